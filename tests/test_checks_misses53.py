"""The fact checks on the kinds of pair that the thirty-fourth and thirty-fifth held-out
sets still showed them missing (tests/data/fact_pairs_unseen34..35.txt, issue 18): each
test is a general rule, met there on oncology, F#, stained glass, curling, Perl or
volleyball cards and written here with other words and subjects."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_count_with_an_aside_holding_another_number_is_that_count(tmp_path):
    # "twelve (six per row)" answers 12: the aside adds to the count, it is no range's end
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many eggs are in a carton?, answer: "12"}
        - {id: b, kind: qa, question: How many eggs are in a carton?, answer: twelve (six per row)}
        - id: c
          kind: qa
          question: How many chromosomes does a human sperm cell carry?
          answer: "23"
        - id: d
          kind: qa
          question: How many chromosomes does a human sperm cell carry?
          answer: 23 (46 in a body cell)
        """,
    )
    assert len(found) == 2, found
    assert all("error duplicate-fact" in line for line in found), found


def test_a_count_with_an_aside_read_in_the_unit_the_prompt_counts(tmp_path):
    # a bare "14" to "How many pounds ...?" is 14 lb, and so is "fourteen" outside its aside
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many pounds does a gallon of paint weigh?, answer: "14"}
        - id: b
          kind: qa
          question: How many pounds does a gallon of paint weigh?
          answer: fourteen (about 3.5 per quart)
        """,
    )
    assert len(found) == 1 and "error duplicate-fact" in found[0], found


def test_counts_with_asides_that_differ_stay_apart(tmp_path):
    # another count outside the aside, or two asides that differ: a conflict as before
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many legs does a spider have?, answer: "8"}
        - id: b
          kind: qa
          question: How many legs does a spider have?
          answer: six (two per segment)
        - {id: c, kind: qa, question: How many pegs hold a tent?, answer: 12 (three per side)}
        - {id: d, kind: qa, question: How many pegs hold a tent?, answer: 12 (four per side)}
        """,
    )
    assert len(found) == 2, found
    assert "possibly conflicting" in found[0] and "error conflicting-fact" in found[1], found
