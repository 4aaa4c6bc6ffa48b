"""A fact asked from both ends (issue 18), ``Verdict._asked_crosswise``, tried on cards of
other subjects than the pair sets': each question names the other's answer ("What
replaced X?" Y / "What did Y replace?" X) and the prompts, those answers set aside, still
share a word of their own. A warning; nothing when the prompts are one template with the
slots swapped, or share no word but the answers."""

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
    pytest.param(  # the answer's part before its comma is the other's words
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
]


@pytest.mark.parametrize(("first", "second", "answers"), FOUND)
def test_a_fact_asked_from_both_ends_is_one_fact(tmp_path, first, second, answers):
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
        id="opposites",
    ),
    pytest.param(  # one answer named by the other prompt, not the other way round
        "Who kept the Longstone lighthouse in 1838?",
        "Whom did William Darling's daughter row out to in 1838?",
        ("William Darling", "the survivors of the Forfarshire"),
        id="one-way-only",
    ),
]


@pytest.mark.parametrize(("first", "second", "answers"), NOTHING)
def test_questions_not_asked_from_both_ends(tmp_path, first, second, answers):
    assert check(tmp_path, card_pair(first, second, answers)) == []


#: Pairs ``_asked_crosswise`` leaves alone (one template with its slots swapped; prompts
#: that share no word but the answers) which the crossed-answers reading
#: (``_answers_crossed``, from set 66's misses) reports: each prompt names the other's
#: answer, as in "Who wrote Gasoline?" Gregory Corso / "Gregory Corso's 1958
#: collection?" Gasoline. A gear meshing with another says the same fact from both ends;
#: a keeper who first lit a light and the light he kept link the same two things. A
#: warning, which ``allow:`` silences, never an error.
CROSSED_ONLY = [
    pytest.param(  # one template, the slots swapped: which other rules judge
        "Which gear meshes with the pinion of the lamp clockwork?",
        "Which gear meshes with the crown wheel of the lamp clockwork?",
        ("the crown wheel", "the pinion"),
        id="one-template",
    ),
    pytest.param(  # the prompts share no word but the answers: two facts about them
        "Who first lit the lamp at the Longstone?",
        "Which light did William Darling keep until 1860?",
        ("William Darling", "the Longstone"),
        id="nothing-else-shared",
    ),
]


@pytest.mark.parametrize(("first", "second", "answers"), CROSSED_ONLY)
def test_questions_crossed_by_their_answers_only_are_a_warning(tmp_path, first, second, answers):
    found = check(tmp_path, card_pair(first, second, answers))
    assert len(found) == 1, found
    line = found[0]
    assert "warning similar-fact: nearly the same fact as b" in line, line
    assert "allow: [b]" in line, line
