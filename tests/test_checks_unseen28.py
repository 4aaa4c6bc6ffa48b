"""The fact checks on the kinds of card the twenty-eighth held-out set showed them
missing (tests/data/fact_pairs_unseen28.txt): each test is a general rule, met there on
pediatrics, Clojure, hydrology or figure skating cards and written here with other
words (most on other subjects)."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_term_asked_by_its_definition_whose_words_have_another_side(tmp_path):
    # "linked *to* noise exposure" and "after loud noise exposure" say one "noise": the
    # term is asked for by what its definition says
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Tinnitus,
           definition: "a ringing or buzzing heard in both ears, often linked to noise exposure"}
        - {id: b, kind: qa,
           question: Which hearing disorder causes ringing ears after noise exposure at concerts?,
           answer: tinnitus (phantom sound)}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "possibly conflicting" not in found[0], found
