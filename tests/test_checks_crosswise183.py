"""One fact asked from both ends (issue 18), ``Verdict._asked_from_both_ends``, and the
scale guards it shares with ``Verdict._answers_opposed`` (``_opposed``: "before" /
"after" are two sides of one scale, "early" / "first" one side twice), tried on cards
about lighthouses and canals, subjects the pair sets do not cover. Each question is
asked with the other's answer ("What replaced X?" Y / "What did Y replace?" X): a
warning, which ``allow:`` silences. Nothing when the prompts say two sides of one scale,
when only one answer is in the other prompt, or when a value crosses and the prompts
share no word of their own besides the answers (a year answers many questions)."""

from __future__ import annotations

import pytest

from conftest import card_pair
from conftest import check_facts_padded as check

FOUND = [
    pytest.param(  # each answer is words of the other's prompt; "replace" said by both
        "What replaced the Argand lamp as the standard burner of Trinity House lights in 1901?",
        "Which burner did the incandescent mantle replace?",
        ("the incandescent mantle", "the Argand lamp, a hollow oil wick"),
        id="replaced",
    ),
    pytest.param(  # half the answer's words in the other prompt, the other answer whole
        "Who designed the Eddystone Lighthouse of 1759?",
        "Which tower off Plymouth did John Smeaton design?",
        ("John Smeaton, a civil engineer", "the Eddystone Lighthouse"),
        id="detail-after-comma",
    ),
    pytest.param(  # the answer's bracket is the other's words
        "What does a red flag at the lock gate mean?",
        "Which colour of flag at the lock gate signals no entry?",
        ("Lock closed (no entry)", "red"),
        id="bracket",
    ),
    pytest.param(  # a place name ending in "a" said by its adjective
        "Which wonder of the ancient world stood on the island of Pharos?",
        "On which island off the Alexandrian coast did the ancient lighthouse stand?",
        ("the Lighthouse of Alexandria", "Pharos"),
        id="place-adjective",
    ),
    pytest.param(  # a value crossing, the prompts naming one thing besides: "fog signal"
        "What does fog signal code 4 mean in a keeper's log?",
        "Which fog signal code does a keeper log after a horn failure?",
        ("Horn failure (signal lost)", "4"),
        id="value-one-thing-named",
    ),
    pytest.param(  # one template, the slots swapped, asked from both ends all the same
        "Which gear meshes with the pinion of the lamp clockwork?",
        "Which gear meshes with the crown wheel of the lamp clockwork?",
        ("the crown wheel", "the pinion"),
        id="one-template",
    ),
    pytest.param(  # the prompts share no word but the answers: still one link of two things
        "Who first lit the lamp at the Longstone?",
        "Which light did William Darling keep until 1860?",
        ("William Darling", "the Longstone"),
        id="nothing-else-shared",
    ),
    pytest.param(  # "early" and "first" say one side of a series, not two
        "Who proposed the summit-level canal over the Pennines in the early 1790s?",
        "The summit-level canal over the Pennines was first proposed by?",
        ("Benjamin Outram", "Benjamin Outram (1794)"),
        id="early-first",
    ),
    pytest.param(  # "front" and "first" name sides of two scales: one date, written two ways
        "When was the truce ending the fighting at the front signed?",
        "Date of the First Canal War truce?",
        ("3 March 1772", "Mar 3, 1772"),
        id="front-first",
    ),
]


@pytest.mark.parametrize(("first", "second", "answers"), FOUND)
def test_one_fact_asked_twice_is_a_warning(tmp_path, first, second, answers):
    found = check(tmp_path, card_pair(first, second, answers))
    assert len(found) == 1, found
    line = found[0]
    assert "warning similar-fact: nearly the same fact as b" in line, line
    assert "allow: [b]" in line, line


NOTHING = [
    pytest.param(  # one tower before the other, the other after it: two facts
        "Which Stevenson tower was first lit just before Skerryvore?",
        "What did the Stevensons light after Bell Rock?",
        ("Bell Rock", "Skerryvore"),
        id="before-after-towers",
    ),
    pytest.param(  # "before" / "after": two canals of a series
        "Which waterway was finished just before the Grand Junction?",
        "What did the Thames navigators open after the Oxford?",
        ("the Oxford", "the Grand Junction"),
        id="before-after-canals",
    ),
    pytest.param(  # "upper" / "lower": two sides, two locks
        "Who built the upper lock of the Caen Hill flight?",
        "The lower lock of the Caen Hill flight was built by?",
        ("John Rennie", "John Rennie (1810)"),
        id="upper-lower",
    ),
    pytest.param(  # one answer named by the other prompt, not the other way round
        "Who kept the Longstone lighthouse in 1838?",
        "Whom did William Darling's daughter row out to in 1838?",
        ("William Darling", "the survivors of the Forfarshire"),
        id="one-way-only",
    ),
    pytest.param(  # a year crossing, the prompts naming nothing else alike: two facts
        "When was the Skerryvore tower completed?",
        "Which Stevenson light off Tiree was finished in 1844?",
        ("1844", "Skerryvore"),
        id="value-nothing-else-shared",
    ),
]


@pytest.mark.parametrize(("first", "second", "answers"), NOTHING)
def test_two_facts_are_no_finding(tmp_path, first, second, answers):
    assert check(tmp_path, card_pair(first, second, answers)) == []


OPPOSED = [
    pytest.param(  # one question in other words, answered by two sides of one scale
        "Which side of a narrowboat does the towpath usually run on?",
        "On a canal, the towpath runs along which side of the boat?",
        ("the left side", "the right side"),
        id="left-right",
    ),
    pytest.param(  # a prompt that names both sides asks for one of them
        "Should you fill a canal lock with the top or bottom paddles first?",
        "Which paddles do you open first to fill a canal lock?",
        ("the top paddles", "the bottom paddles"),
        id="both-sides-offered",
    ),
]


@pytest.mark.parametrize(("first", "second", "answers"), OPPOSED)
def test_one_question_answered_by_two_sides_of_a_scale_conflicts(tmp_path, first, second, answers):
    found = check(tmp_path, card_pair(first, second, answers))
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found
