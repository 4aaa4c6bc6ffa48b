"""The fact checks on prompts reworded with everyday words the held-out sets showed
them missing (tests/data/fact_pairs_unseen9.txt, 11, 17, 22): "every" / "all", "latest" /
"last", "roll back" / "undo", "behind" / "rear", "devised" / "invented", "inaugurated" /
"opened", "old" / "outdated". Loose synonyms all: a ``similar-fact`` warning at most,
and only in prompts. Each rule is written here with other words than the sets', and
with the pairs that must stay apart."""

from __future__ import annotations

import pytest

from conftest import card_pair
from conftest import check_facts as check


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "How many bytes does every UTF-16 code unit take?",
            "How many bytes do all UTF-16 code units take?",
        ),
        ("Year of the last eruption of Mount Etna?", "Year of the latest eruption of Mount Etna?"),
        (
            "Year of the last eruption of Mount Etna?",
            "Year of the most recent eruption of Mount Etna?",
        ),
        (
            "How many releases does helm roll back by default?",
            "How many releases does helm undo by default?",
        ),
        ("Minimum gap to keep behind a truck?", "Minimum gap to keep at the rear of a truck?"),
        ("Year the Vigenère cipher was devised?", "Year the Vigenère cipher was invented?"),
        ("Year the Sydney Opera House was inaugurated?", "Year the Sydney Opera House opened?"),
        ("How many old kernels does apt keep?", "How many outdated kernels does apt keep?"),
    ],
    ids=[
        "every-all",
        "latest-last",
        "most-recent-last",
        "roll-back-undo",
        "behind-rear",
        "devised-invented",
        "inaugurated-opened",
        "old-outdated",
    ],
)
def test_everyday_synonyms_ask_one_thing(tmp_path, first, second):
    # two numbers for one question reworded: possibly conflicting (a warning: a loose
    # synonym never makes an error)
    found = check(tmp_path, card_pair(first, second, ("2", "4")))
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "possibly conflicting with b" in found[0], found


def test_a_command_task_reworded_with_them_may_conflict(tmp_path):
    found = check(
        tmp_path,
        card_pair(
            "Roll back the last release",
            "Undo the latest release",
            ("helm rollback web", "helm uninstall web"),
            kind="command",
        ),
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "possibly conflicting with b" in found[0], found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a template's slots: the first and the last of a series, the front and the back
        ("Year of the first eruption of Mount Etna?", "Year of the latest eruption of Mount Etna?"),
        ("Minimum gap to keep in front of a truck?", "Minimum gap to keep behind a truck?"),
        # undo and redo, all and none stay apart
        ("How many edits does one undo step cover?", "How many edits does one redo step cover?"),
        (
            "How many bytes do all UTF-16 code units take?",
            "How many bytes do no UTF-16 code units take?",
        ),
        # "revert" is not "undo" (Git reverts with a new commit)
        ("How many commits does git revert create?", "How many commits does git undo create?"),
        # opened and closed, old and new
        ("Year the Sydney Opera House opened?", "Year the Sydney Opera House closed?"),
        ("How many old kernels does apt keep?", "How many new kernels does apt keep?"),
    ],
    ids=[
        "first-latest",
        "front-behind",
        "undo-redo",
        "all-none",
        "revert-undo",
        "opened-closed",
        "old-new",
    ],
)
def test_words_of_other_meaning_stay_apart(tmp_path, first, second):
    found = check(tmp_path, card_pair(first, second, ("2", "4")))
    assert not any("same fact" in line or "conflict" in line for line in found), found


@pytest.mark.parametrize(
    "second",
    ["Who is the original author of Redis?", "Who is the creator of Redis?", "Creator of Redis"],
)
def test_a_creator_and_an_original_author_are_who_created_it(tmp_path, second):
    # names that cannot both be right (tests/data/fact_pairs_unseen9.txt, 12, 22, 26)
    found = check(
        tmp_path, card_pair("Who created Redis?", second, ("Salvatore Sanfilippo", "Antirez Labs"))
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "possibly conflicting with b" in found[0], found


@pytest.mark.parametrize(
    "second",
    ["Who wrote Chinatown?", "Who is the author of Chinatown?"],
)
def test_a_writer_is_not_always_the_maker(tmp_path, second):
    # the screenwriter and the director or producer of a film are other people
    found = check(
        tmp_path, card_pair("Who made Chinatown?", second, ("Roman Polanski", "Robert Towne"))
    )
    assert not any("same fact" in line or "conflict" in line for line in found), found
