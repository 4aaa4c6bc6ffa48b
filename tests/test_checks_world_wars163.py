"""The fact checks on a world war by any of its names: "WWI", "WW1", "World War I",
"World War One" and "the First World War" are one war (and "WWII", "WW2", "World War
II", "the Second World War" the other), as tests/data/fact_pairs_unseen61.txt showed
them missed. Airships, a domain not in the pair sets."""

from __future__ import annotations

import pytest

from conftest import card_pair
from conftest import check_facts as check


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "How many Zeppelin raids hit London in WWI?",
            "How many Zeppelin raids hit London in the First World War?",
        ),
        (
            "How many Zeppelin raids hit London in WW1?",
            "How many Zeppelin raids hit London in World War I?",
        ),
        (
            "How many airships did the US Navy lose in World War Two?",
            "How many airships did the US Navy lose in WWII?",
        ),
        (
            "How many airships did the US Navy lose in the Second World War?",
            "How many airships did the US Navy lose in WW2?",
        ),
    ],
    ids=["wwi-first", "ww1-world-war-i", "two-wwii", "second-ww2"],
)
def test_a_world_war_by_any_of_its_names_is_one_war(tmp_path, first, second):
    found = check(tmp_path, card_pair(first, second, ("23", "51")))
    assert len(found) == 1 and "conflict" in found[0], found


def test_the_two_world_wars_stay_apart(tmp_path):
    found = check(
        tmp_path,
        card_pair(
            "How many airships did the US Navy lose in WWI?",
            "How many airships did the US Navy lose in WWII?",
            ("1", "7"),
        ),
    )
    assert not any("same fact" in line or "conflict" in line for line in found), found
