"""The fact checks on two questions that ask one thing in other words, with answers that
cannot both be right (issue 18, the conflicts the pair sets showed going unfound):
"killed" / "slain" / "assassinated" / "murdered", "triggers" / "causes" (loose
synonyms: a ``similar-fact`` warning at most, and only in prompts). Written in domains
no pair set uses (primatology, Tudor England), with the pairs that must stay apart."""

from __future__ import annotations

import pytest

from conftest import card_pair
from conftest import check_facts as check


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Who killed the Princes in the Tower?",
            "Who murdered the Princes in the Tower?",
        ),
        ("Year Lord Darnley was killed?", "Year Lord Darnley was assassinated?"),
        ("Who killed the rebel Robert Aske?", "Who slew the rebel Robert Aske?"),
        (
            "Which hormone triggers milk let-down in gorillas?",
            "Which hormone causes milk let-down in gorillas?",
        ),
    ],
    ids=["killed-murdered", "killed-assassinated", "killed-slew", "triggers-causes"],
)
def test_a_deed_asked_with_a_loose_synonym_may_conflict(tmp_path, first, second):
    found = check(tmp_path, card_pair(first, second, ("Richard III", "Henry VII")))
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "possibly conflicting with b" in found[0], found


def test_a_deed_of_another_kind_stays_apart(tmp_path):
    # wounded is not killed: two questions, each with its own answer
    found = check(
        tmp_path,
        card_pair(
            "Who killed the rebel Robert Aske?",
            "Who wounded the rebel Robert Aske?",
            ("Henry VIII", "the Duke of Norfolk"),
        ),
    )
    assert found == [], found
