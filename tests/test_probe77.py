"""A language learner's corpus (German and Spanish vocabulary, probe77): what the checks
and the outputs got wrong on a newcomer's words, one test each."""

from __future__ import annotations

from conftest import check_facts as check


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
