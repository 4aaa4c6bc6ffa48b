"""The fact checks on the kinds of card the thirtieth held-out set showed them missing
(tests/data/fact_pairs_unseen30.txt): each test is a general rule, met there on
toxicology or road-cycling cards and written here with other words and subjects."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_drug_that_reverses_a_thing_is_its_antidote(tmp_path):
    # "Which drug reverses X?" asks what "What is the antidote for X?" asks
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the antidote for dabigatran?, answer: idarucizumab}
        - {id: b, kind: qa, question: Which agent reverses dabigatran?, answer: andexanet alfa}
        - {id: c, kind: qa, question: What is the antidote to rocuronium?, answer: sugammadex}
        - {id: d, kind: qa, question: Which medication counteracts rocuronium?,
           answer: sugammadex}
        """,
    )
    assert len(found) == 2, found
    assert "possibly conflicting with b" in found[0] or "conflicting" in found[0], found
    assert "d at" in found[1] and "conflicting" not in found[1], found


def test_drugs_that_reverse_two_things_stay_apart(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which drug reverses warfarin?, answer: vitamin K}
        - {id: b, kind: qa, question: What is the antidote for heparin?,
           answer: protamine sulfate}
        """,
    )
    assert found == [], found


def test_the_kind_of_thing_a_nickname_names_is_no_other_question(tmp_path):
    # "Which race is nicknamed X?" and "Which classic is called X?" ask what carries the
    # nickname X, whatever the kind of thing each calls it
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which city is nicknamed "the Big Apple"?,
           answer: New York City}
        - {id: b, kind: qa, question: Which metropolis is called the Big Apple?,
           answer: Chicago}
        """,
    )
    assert len(found) == 1 and "conflicting with b" in found[0], found


def test_two_nicknames_stay_apart(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which city is nicknamed "the Big Apple"?,
           answer: New York City}
        - {id: b, kind: qa, question: Which city is called the Windy City?, answer: Chicago}
        """,
    )
    assert found == [], found


def test_a_thing_also_called_a_name_keeps_its_kind(tmp_path):
    # "Which vitamin is also called retinol?" asks what "Retinol is which vitamin?" asks
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which mineral is also called halite?, answer: rock salt}
        - {id: b, kind: qa, question: Halite is which mineral?, answer: gypsum}
        """,
    )
    assert len(found) == 1 and "conflicting with b" in found[0], found
