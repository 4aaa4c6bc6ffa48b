"""The fact checks on the kinds of card the thirty-eighth held-out set showed them
missing (tests/data/fact_pairs_unseen38.txt): each test is a general rule, met there on
rheumatology, Prolog, blacksmithing or lacrosse cards and written here with other words
(most on other subjects)."""

from __future__ import annotations

import pytest

from conftest import check_facts as check


@pytest.mark.parametrize(
    ("value", "answer"),
    [
        ("more than 1 hour", "longer than an hour"),
        ("over 1 year", "over a year"),
        ("at least 1 week", "at least a week"),
        ("within 1 day", "Within a day"),
    ],
)
def test_a_span_said_with_a_after_a_bound_is_one_span(tmp_path, value, answer):
    # "longer than an hour" is "longer than 1 hour", as "up to a week" is "up to 1 week"
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: limit, subject: Duration of the cooling-off period, value: {value}}}
        - {{id: b, kind: qa, question: How long does the cooling-off period last?,
           answer: {answer}}}
        """,
    )
    assert len(found) == 1 and "same fact" in found[0], found


def test_a_span_said_with_a_after_a_bound_is_compared_as_a_value(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Minimum rest between two shifts, value: more than a day}
        - {id: b, kind: limit, subject: Minimum rest between two shifts, value: 8 hours}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found

