"""A language learner's corpus (German and Spanish vocabulary, probe77): what the checks
and the outputs got wrong on a newcomer's words, one test each."""

from __future__ import annotations

import unicodedata

from conftest import check_facts as check
from conftest import run_cli


def test_a_word_typed_without_its_accent_is_found_whatever_the_cards_order(tmp_path):
    # "el ano" typed for "el año" (the year), after another card of "el ano" (the anus):
    # the typo was found only when it came before the real "ano"
    found = check(
        tmp_path,
        """
        - {id: year, kind: concept, term: el año, definition: the year}
        - {id: anus, kind: concept, term: el ano, definition: the anus}
        - {id: typo, kind: concept, term: el ano, definition: the year}
        """,
    )
    assert any("duplicate-fact" in line and "but for accents" in line for line in found), found
    assert any("conflicting-fact" in line for line in found), found


def test_a_plural_that_only_adds_an_umlaut_is_the_noun_as_dictionaries_write_it(tmp_path):
    # "der Apfel, -¨" (plural "die Äpfel") is "der Apfel": the lone "-¨" was taken for a
    # symbol that makes the prompts ask two things, and nothing was found
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: "der Apfel, -¨", definition: the apple}
        - {id: b, kind: concept, term: der Apfel, definition: the apple}
        - {id: c, kind: concept, term: "die Mutter, ¨-", definition: the mother}
        - {id: d, kind: concept, term: die Mutter, definition: the mother}
        """,
    )
    assert len(found) == 2, found
    assert all("duplicate-fact" in line for line in found), found


def test_a_lone_umlaut_sign_asked_about_stays_a_symbol(tmp_path):
    # not after a noun and a comma, "¨" is a symbol a question may ask about
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does ¨ mark in a dictionary entry?, answer: an umlaut}
        - {id: b, kind: qa, question: What does - mark in a dictionary entry?, answer: no change}
        """,
    )
    assert found == [], found


def check_in_language(tmp_path, language: str, cards: str) -> list[str]:
    """The fact checks' lines on ``cards`` in a corpus whose ``language`` is set."""
    import textwrap

    from cheatdeck import pipeline

    folder = tmp_path / "cards"
    folder.mkdir(parents=True)
    corpus = f"name: t\ntitle: T\ndeck: Study\nsettings:\n  language: {language}\n"
    (folder / "corpus.yaml").write_text(corpus, "utf-8")
    body = textwrap.indent(textwrap.dedent(cards).strip(), "  ")
    (folder / "t.yaml").write_text(f"deck: Words\ntitle: Words\ncards:\n{body}\n", "utf-8")
    return [f"{d.severity} {d.code}: {d.message}" for d in pipeline.check(folder).report.sorted()]


NOUNS_UNDER_TWO_ARTICLES = """
    - {id: lake, kind: concept, term: der See, definition: the lake}
    - {id: sea, kind: concept, term: die See, definition: the sea}
    - {id: leader, kind: concept, term: der Leiter, definition: the leader}
    - {id: ladder, kind: concept, term: die Leiter, definition: the ladder}
    - {id: comet, kind: concept, term: el cometa, definition: the comet}
    - {id: kite, kind: concept, term: la cometa, definition: the kite}
    """


def test_one_noun_under_two_articles_with_two_meanings_is_two_words_in_any_language(tmp_path):
    # "der See" the lake / "die See" the sea: with language de (or es) the articles were
    # left out of the words compared and each pair was "possibly conflicting"
    for language in ("en", "de", "es"):
        found = check_in_language(tmp_path / language, language, NOUNS_UNDER_TWO_ARTICLES)
        assert found == [], (language, found)


def test_one_noun_under_two_articles_with_one_meaning_still_names_the_articles(tmp_path):
    # the wrong gender of one word stays a warning in a German corpus
    found = check_in_language(
        tmp_path,
        "de",
        """
        - {id: a, kind: concept, term: das Mädchen, definition: the girl}
        - {id: b, kind: concept, term: der Mädchen, definition: the girl}
        """,
    )
    assert len(found) == 1 and "under another article" in found[0], found


def test_a_word_twice_in_a_list_of_words_is_told_to_be_removed(tmp_path):
    # "der Hund" twice among animals: the message only spoke of a sequence whose steps
    # repeat, not of the repeat to remove
    found = check(
        tmp_path,
        """
        - id: animals
          kind: list
          title: Tiere
          items: [der Hund, die Katze, der Hund]
        """,
    )
    assert len(found) == 1 and "error duplicate-fact" in found[0], found
    assert "'der Hund' twice" in found[0] and "remove the repeat, or" in found[0], found


def test_a_comment_cutting_a_card_written_in_braces_names_the_value_to_quote(tmp_path):
    # "definition: the bank # money" inside { }: YAML's own "did not find expected ','
    # or '}'" on the line below, with no fix
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: Study\n", "utf-8")
    (folder / "t.yaml").write_text(
        "deck: Words\ntitle: Words\ncards:\n"
        "  - {id: b, kind: concept, term: die Bank, definition: the bank # money, reverse: true}\n"
        "  - {id: dog, kind: concept, term: der Hund, definition: the dog}\n",
        "utf-8",
    )
    checked = run_cli("check", "cards", cwd=tmp_path)
    found = checked.stdout.splitlines()[:-1]
    assert len(found) == 1, found
    assert found[0] == (
        "cards/t.yaml:4:65: error yaml-syntax: '#' after a space starts a comment in YAML, so this "
        "card's '{' is never closed: quote the value: - {id: b, kind: concept, term: die "
        'Bank, definition: "the bank # money", reverse: true}'
    ), found


def test_a_word_typed_with_a_combining_accent_is_no_stress_mark(tmp_path):
    # "die Bücher" with its "ü" typed as "u" and U+0308 (as macOS saves it) against the
    # same words with one "ü": the same text, which the message said differed by stress
    decomposed = unicodedata.normalize("NFD", "die Bücher")
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: concept, term: {decomposed}, definition: the books}}
        - {{id: b, kind: concept, term: die Bücher, definition: the books}}
        """,
    )
    assert len(found) == 1 and "(same term and definition)" in found[0], found
