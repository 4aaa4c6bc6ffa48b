"""The fact checks on prompts that name one thing with a verb of their own, as the
held-out sets 59-62 showed them missing (tests/data/fact_pairs_unseen62.txt): "take" /
"capture" / "seize" a place, "retake" / "regain" / "take back" / "win back" it, "take
across" / "carry across". Written here with other words than the sets' (the Age of
Sail), with the pairs that must stay apart."""

from __future__ import annotations

import pytest

from conftest import card_pair
from conftest import check_facts as check


def _possibly_conflicting(found: list[str]) -> bool:
    return len(found) == 1 and "possibly conflicting with b" in found[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "In which year did the British take the frigate Chesapeake?",
            "In which year did the British capture the frigate Chesapeake?",
        ),
        (
            "Which squadron seized the Spanish treasure fleet at Vigo?",
            "Which squadron captured the Spanish treasure fleet at Vigo?",
        ),
        (
            "Which admiral conquered the island of Minorca?",
            "Which admiral took the island of Minorca?",
        ),
        (
            "Which admiral recaptured Minorca from the French?",
            "Which admiral retook Minorca from the French?",
        ),
        (
            "Which admiral regained Minorca from the French?",
            "Which admiral took Minorca back from the French?",
        ),
        (
            "Which admiral won Minorca back from the French?",
            "Which admiral recaptured Minorca from the French?",
        ),
    ],
    ids=[
        "take-capture",
        "seize-capture",
        "conquer-take",
        "recapture-retake",
        "regain-take-back",
        "win-back-recapture",
    ],
)
def test_a_verb_reworded_asks_one_thing(tmp_path, first, second):
    # two answers for one question reworded: possibly conflicting (a warning: a loose
    # synonym never makes an error)
    found = check(tmp_path, card_pair(first, second, ("1813", "1814")))
    assert _possibly_conflicting(found), found
    assert "warning similar-fact" in found[0], found


def test_a_thing_taken_across_is_carried_across(tmp_path):
    # one phrase for one verb (as "turn off" is "disable"): the prompts are one question
    found = check(
        tmp_path,
        card_pair(
            "What takes the mooring line across to the mast?",
            "What carries the mooring line across to the mast?",
            ("a messenger line", "a heaving line"),
        ),
    )
    assert len(found) == 1 and "conflict" in found[0], found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # taken and taken back, captured and lost, taken and taken away
        ("Which admiral captured Minorca?", "Which admiral recaptured Minorca?"),
        ("Which admiral captured Minorca?", "Which admiral lost Minorca?"),
        # a way back is no retaking
        ("When did the fleet get back to Portsmouth?", "When did the fleet retake Portsmouth?"),
        ("When did the fleet get back from Lisbon?", "When did the fleet retake Lisbon?"),
    ],
    ids=["capture-recapture", "capture-lose", "get-back-to", "get-back-from"],
)
def test_verbs_of_other_meaning_stay_apart(tmp_path, first, second):
    found = check(tmp_path, card_pair(first, second, ("1756", "1798")))
    assert not any("same fact" in line or "conflict" in line for line in found), found


@pytest.mark.parametrize(
    ("prompt", "read"),
    [
        ("which admiral took minorca back", "which admiral retook minorca"),
        (
            "which admiral won the island back from spain",
            "which admiral retook the island from spain",
        ),
        ("who got it back in 1782", "who retook it in 1782"),
        # a way back, and a thing got in reply, are no retaking
        ("when did the fleet get back to portsmouth", "when did the fleet get back to portsmouth"),
        (
            "what does the sloop get a signal back from",
            "what does the sloop get a signal back from",
        ),
    ],
)
def test_taken_back_is_retaken(prompt, read):
    from cheatdeck.checks.normalize import one_word_phrases

    assert one_word_phrases(prompt) == read
