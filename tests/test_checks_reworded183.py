"""Both prompts reworded (issue 18), tried on cards of other subjects than the pair sets':
a phrasal verb and its one word ("Who *came up with* X?", "Who *put forward* X?" / "Who
*proposed* X?", ``normalize._PHRASES``), and a person named with a title before the name
or without it ("*Sir* Walter Scott" / "Walter Scott", ``similar._TITLES``), which is no
other name of another thing ("World Chess Champion" / "*Women's* World Chess Champion")."""

from __future__ import annotations

import pytest

from conftest import card_pair
from conftest import check_facts_padded as check


@pytest.mark.parametrize("verb", ["came up with", "put forward"])
def test_a_phrasal_verb_asks_what_its_one_word_asks(tmp_path, verb):
    cards = card_pair(
        "Who proposed the inclined plane at Foxton locks?",
        f"Who {verb} the inclined plane at Foxton locks?",
        ("Gordon Thomas", "James Brindley"),
    )
    found = check(tmp_path, cards)
    assert len(found) == 1, found
    assert "possibly conflicting with b" in found[0], found[0]


def test_putting_the_clocks_forward_proposes_nothing(tmp_path):
    cards = card_pair(
        "When do lighthouse keepers put forward the clocks?",
        "When do lighthouse keepers propose the clocks?",
        ("the last Sunday of March", "never"),
    )
    assert not any("conflict" in line for line in check(tmp_path, cards))


@pytest.mark.parametrize("title", ["Sir", "Lord", "Archduke"])
def test_a_title_before_a_name_names_the_same_person(tmp_path, title):
    cards = card_pair(
        "Which lighthouse did Walter Scott visit in 1814?",
        f"Name the lighthouse that {title} Walter Scott visited in 1814",
        ("Bell Rock", "the Bell Rock lighthouse"),
    )
    found = check(tmp_path, cards)
    assert len(found) == 1, found
    assert "similar-fact" in found[0] or "duplicate-fact" in found[0], found[0]


def test_another_capitalised_word_still_names_another_thing(tmp_path):
    cards = card_pair(
        "Which lighthouse did Walter Scott visit in 1814?",
        "Name the lighthouse that Walter Scott Junior visited in 1814",
        ("Bell Rock", "the Bell Rock lighthouse"),
    )
    assert check(tmp_path, cards) == []
