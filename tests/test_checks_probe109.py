"""The fact checks on a German learner's corpus (probe109): a noun's plural, a verb's
tense, a case ending, written wrong on one card. Each test failed before its fix."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cheatdeck import pipeline


def check_qa_pair(tmp_path: Path, language: str, cards: tuple[tuple[str, str], ...]) -> list[str]:
    """``check`` of question cards (question, answer) in a corpus of ``language``:
    ``severity code: message`` lines."""
    folder = tmp_path / "cards"
    folder.mkdir()
    head = f"name: deutsch\ntitle: Deutsch\ndeck: Deutsch\nsettings:\n  language: {language}\n"
    (folder / "corpus.yaml").write_text(head, "utf-8")
    lines = [
        f"  - {{id: card-{n}, kind: qa, question: {quoted(question)}, answer: {quoted(answer)}}}"
        for n, (question, answer) in enumerate(cards)
    ]
    topic = "deck: Nomen\ntitle: Nomen\ncards:\n" + "\n".join(lines) + "\n"
    (folder / "nomen.yaml").write_text(textwrap.dedent(topic), "utf-8")
    return [f"{d.severity} {d.code}: {d.message}" for d in pipeline.check(folder).report.sorted()]


def quoted(text: str) -> str:
    """``text`` in YAML's double quotes."""
    return '"' + text.replace('"', '\\"') + '"'


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("What is the plural of Haus?", "die Häuser", "die Hausen"),  # one stem: "haus"
        ("Präteritum von schreiben?", "schrieb", "schrieben"),  # a tense's person
        ("Genitiv von der Mann?", "des Mannes", "des Manne"),
        ("Plural von die Zeitung?", "die Zeitungen", "die Zeitunge"),
    ],
)
def test_two_forms_of_one_stem_in_a_language_corpus_conflict(tmp_path, question, first, second):
    """German's stemmer reads "die Häuser" and "die Hausen" as one word ("haus"): the
    wrong plural was a duplicate-fact whose fix said to keep one card, either one."""
    found = check_qa_pair(tmp_path, "de", ((question, first), (question, second)))
    assert len(found) == 1, found
    assert found[0].startswith("error conflicting-fact"), found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("die Bücher", "die Buecher"),  # umlauts spelt out
        ("die Bücher", "Bücher"),  # the article left out
        ("Bücher", "die BÜCHER"),  # case
    ],
)
def test_one_form_written_two_ways_is_still_a_duplicate(tmp_path, first, second):
    question = "Was ist der Plural von Buch?"
    found = check_qa_pair(tmp_path, "de", ((question, first), (question, second)))
    assert len(found) == 1, found
    assert found[0].startswith("error duplicate-fact"), found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Konjunktiv II von haben?", "Konjunktiv II von sein?"),  # the verb asked about
        ("Welcher Kasus nach mit?", "Welcher Kasus nach für?"),  # the preposition
        ('Was bedeutet "ohne"?', 'Was bedeutet "gegen"?'),  # a word in quotes
        ("Was bedeutet *unter*?", "Was bedeutet *über*?"),
    ],
)
def test_a_function_word_a_question_names_is_a_word_of_the_question(tmp_path, first, second):
    """German's function words are left out of the prompts compared, so "Konjunktiv II
    von haben?" (hätte) and "... von sein?" (wäre) were one question, possibly
    conflicting; a word quoted or ending the question after a preposition is asked."""
    found = check_qa_pair(tmp_path, "de", ((first, "eins"), (second, "zwei")))
    assert found == [], found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("der Tisch, -e", "das Tisch"),
        ("das Mädchen, -", "die Mädchen"),
        ("das Buch, ¨-er", "der Buch, ¨-er"),
        ("der Apfel, ¨", "die Apfel"),
    ],
)
def test_a_noun_with_its_plural_under_another_article_names_the_gender(tmp_path, first, second):
    """A noun written as dictionaries write it, with its plural after a comma, was no
    longer "one noun under two articles": the warning said to merge the cards, not that
    one of them has the wrong gender."""
    folder = tmp_path / "cards"
    folder.mkdir()
    head = "name: deutsch\ntitle: Deutsch\ndeck: Deutsch\nsettings:\n  language: de\n"
    (folder / "corpus.yaml").write_text(head, "utf-8")
    topic = f"""\
        deck: Nomen
        title: Nomen
        cards:
          - {{id: first, kind: concept, term: {quoted(first)}, definition: the thing}}
          - {{id: second, kind: concept, term: {quoted(second)}, definition: the thing}}
        """
    (folder / "nomen.yaml").write_text(textwrap.dedent(topic), "utf-8")
    found = [f"{d.severity} {d.code}: {d.message}" for d in pipeline.check(folder).report.sorted()]
    assert len(found) == 1, found
    assert "under another article" in found[0] and "keep the right gender" in found[0], found
