"""Opposites read as pairs (issue 18): a guard that keeps two prompts apart when they
say two sides of one scale ("before" / "after") no longer does so for two words of one
side ("early" / "first"). Tried on cards about canals, a subject the pair sets do not
cover."""

from __future__ import annotations

import pytest

from conftest import card_pair
from conftest import check_facts_padded as check

FOUND = [
    pytest.param(  # "early" and "first" say one side of a series, not two
        "Who proposed the summit-level canal over the Pennines in the early 1790s?",
        "The summit-level canal over the Pennines was first proposed by?",
        ("Benjamin Outram", "Benjamin Outram (1794)"),
        id="early-first",
    ),
]


@pytest.mark.parametrize(("first", "second", "answers"), FOUND)
def test_one_side_said_twice_or_once_is_one_fact(tmp_path, first, second, answers):
    found = check(tmp_path, card_pair(first, second, answers))
    assert len(found) == 1, found
    line = found[0]
    assert "warning similar-fact: nearly the same fact as b" in line, line
    assert "allow: [b]" in line, line


NOTHING = [
    pytest.param(  # "upper" / "lower": two sides, two locks
        "Who built the upper lock of the Caen Hill flight?",
        "The lower lock of the Caen Hill flight was built by?",
        ("John Rennie", "John Rennie (1810)"),
        id="upper-lower",
    ),
    pytest.param(  # "before" / "after": two canals of a series
        "Which waterway was finished just before the Grand Junction?",
        "What did the Thames navigators open after the Oxford?",
        ("the Oxford", "the Grand Junction"),
        id="before-after",
    ),
]


@pytest.mark.parametrize(("first", "second", "answers"), NOTHING)
def test_two_sides_of_one_scale_are_two_facts(tmp_path, first, second, answers):
    assert check(tmp_path, card_pair(first, second, answers)) == []


def test_two_words_of_two_scales_ask_one_date(tmp_path):
    """ "front" and "first" name sides of two scales, not two sides of one: one date,
    written two ways, asked twice."""
    found = check(
        tmp_path,
        card_pair(
            "When was the truce ending the fighting at the front signed?",
            "Date of the First Canal War truce?",
            ("3 March 1772", "Mar 3, 1772"),
        ),
    )
    assert len(found) == 1, found
    assert "nearly the same fact as b" in found[0], found[0]
