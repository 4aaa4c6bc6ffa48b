"""A fraction written in words ("three quarters", "two-thirds") is the fraction in digits
to the fact checks, and still the count it may also be ("two quarters" of a year)."""

from __future__ import annotations

from cheatdeck.checks.quantities import parse

from conftest import check_facts as check


def test_a_fraction_in_words_never_conflicts_with_it_in_digits(tmp_path):
    # read as the bare numerator 3, "Three quarters" was a conflicting-fact error with 3/4
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What share backs a rule change?, answer: Three quarters}
        - {id: b, kind: qa, question: What share backs a rule change?, answer: 3/4}
        """,
    )
    assert not any("conflicting-fact" in line for line in found), found


def test_two_fractions_in_words_with_one_numerator_are_told_apart():
    # "two thirds" and "two fifths" share no reading but the count 2 they may also be
    assert (2, 3) in _fractions("two-thirds")
    assert (2, 5) in _fractions("Two fifths of the seats")
    assert (1, 10) in _fractions("about one tenth")


def test_a_count_of_halves_or_quarters_is_no_fraction():
    # "six quarters" (of a year), "three halves" of a game gone to extra time: a count
    counts = {"six quarters": 6, "three halves": 3, "one thirds": 1, "ninety-nine hundredths": 99}
    for text, count in counts.items():
        assert {amount for _dimension, amount in parse(text)} == {count}, text


def test_two_quarters_still_equals_the_count_in_digits(tmp_path):
    # two quarters of a year: read as 2/4 alone it would conflict with "2 quarters"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How long does a recession last?, answer: Two quarters}
        - {id: b, kind: qa, question: How long does a recession last?, answer: 2 quarters}
        """,
    )
    assert not any("conflicting-fact" in line for line in found), found


def _fractions(text: str) -> set[tuple[int, int]]:
    return {(a.numerator, a.denominator) for _dimension, a in parse(text) if a.denominator > 1}
