"""Fact checks in a corpus written in another language than English: its function and
question words are no words of a prompt, and its words are stemmed in that language."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cheatdeck import pipeline
from cheatdeck.checks.languages import in_own_words, language_of


def check(tmp_path: Path, language: str, cards: str) -> list[str]:
    corpus = tmp_path / language
    corpus.mkdir(parents=True)
    head = f"name: c\ntitle: C\ndeck: C\nsettings:\n  language: {language}\n"
    (corpus / "corpus.yaml").write_text(head, "utf-8")
    topic = "deck: T\ntitle: T\ncards:\n" + textwrap.indent(textwrap.dedent(cards), "  ")
    (corpus / "t.yaml").write_text(topic, "utf-8")
    report = pipeline.check(corpus).report
    return [f"{d.severity} {d.code}: {d.message}" for d in report.sorted()]


DEADLINE = """\
    - id: frage
      kind: qa
      question: Wie lang ist die Meldefrist bei einer Datenpanne?
      answer: 72 Stunden
    - id: grenze
      kind: limit
      subject: Meldefrist bei Datenpannen
      value: 48 Stunden
    """


def test_a_german_question_and_a_subject_of_one_deadline_are_compared(tmp_path):
    """'Wie lang ist die Meldefrist bei einer Datenpanne?' (72 Stunden) and the limit
    'Meldefrist bei Datenpannen' (48 Stunden) were never compared: every German word
    was a word of the prompt, and 'Datenpanne' / 'Datenpannen' two words."""
    found = check(tmp_path, "de", DEADLINE)
    assert len(found) == 1, found
    assert "grenze" in found[0] and "'72 Stunden' here and '48 Stunden' there" in found[0]


def test_two_german_questions_of_two_mountains_stay_apart(tmp_path):
    cards = """\
        - {id: zugspitze, kind: qa, question: Wie hoch ist die Zugspitze?, answer: 2962 m}
        - {id: watzmann, kind: qa, question: Wie hoch ist der Watzmann?, answer: 2713 m}
        - {id: kinder, kind: qa, question: Wie viele Kinder hatte Bach?, answer: "20"}
        - {id: werke, kind: qa, question: Wie viele Werke hatte Bach?, answer: "1128"}
        """
    assert check(tmp_path, "de", cards) == []


@pytest.mark.parametrize(
    ("tag", "language"),
    [("de", "german"), ("de-AT", "german"), ("fr_CA", "french"), ("pt-BR", "portuguese")],
)
def test_a_language_tag_names_the_words_read(tag, language):
    assert language_of(tag) == language


@pytest.mark.parametrize("tag", ["en", "en-GB", "ja", "tr"])
def test_english_and_other_languages_are_read_as_before(tag):
    assert language_of(tag) is None


def test_function_words_fall_away_and_words_are_stemmed():
    assert in_own_words("wie lang ist die meldefrist bei einer datenpanne", "german") == (
        in_own_words("lang meldefrist datenpannen", "german")
    )
    assert in_own_words("quelle est la capitale de la france", "french") == "capital franc"
