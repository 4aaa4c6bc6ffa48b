"""Two questions asking one thing in other words, answered with different text (issue 18,
qa/qa conflicts). Two prompts whose content words share their start and end but for
one slot read as one template asked of two things only when the words around the slot
are written alike, function words too (``_frame_written_alike``); shared words that
stand in other frames are a question asked again, its slot a word reworded. "What kind
of X" asks what "Which X" asks (``Verdict._kind_word_asked``). Each test failed with its rule
undone."""

from __future__ import annotations

import pytest
from test_checks_checks64 import _prompt_words

from cheatdeck.checks.similar import _frame_written_alike

from conftest import check_deck_padded


def _similar(found: list[str]) -> list[str]:
    return [line for line in found if " similar-fact: " in line]


def test_a_question_reworded_around_its_slot_is_asked_again(tmp_path):
    """ "Which feather type is moulted for winter plumage?" / "Feather type for moulted
    winter body cover": the content words share their start and end, but one asks with
    "which ... is ... for" and the other is a subject line: one question in other
    words, so two answers are a possible conflict (a warning, never an error)."""
    found = check_deck_padded(
        tmp_path,
        "Birds",
        """
        - {id: a, kind: qa, question: Which feather type is moulted for winter plumage?,
           answer: contour feathers}
        - {id: b, kind: qa, question: Feather type for moulted winter body cover,
           answer: down feathers}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "possibly conflicting with b " in similar[0], found
    assert not [line for line in found if "conflicting-fact" in line], found


def test_a_question_reworded_with_a_name_on_one_side_is_asked_again(tmp_path):
    """ "What does en passant capture on the board?" / "What is en passant in FIDE
    rules?": a name on one side only (``_asked_again_naming_one``), and a slot whose
    frame is written otherwise ("does ... capture" / "is"): one question reworded."""
    found = check_deck_padded(
        tmp_path,
        "Chess",
        """
        - {id: a, kind: qa, question: What does en passant capture on the board?,
           answer: a pawn}
        - {id: b, kind: qa, question: What is en passant in FIDE rules?, answer: a knight move}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "possibly conflicting with b " in similar[0], found


def test_what_kind_of_asks_what_which_asks(tmp_path):
    """ "What kind of seam ...?" asks what "Which seam ...?" asks: the word "kind" is
    none of the question's own words, so the two questions (three own words besides)
    are one asked again, their answers a possible conflict."""
    found = check_deck_padded(
        tmp_path,
        "Sewing",
        """
        - {id: a, kind: qa, question: Which seam hides raw edges in a blouse?,
           answer: a French seam}
        - {id: b, kind: qa, question: What kind of seam encloses raw edges of sheer chiffon?,
           answer: a flat-felled seam}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "possibly conflicting with b " in similar[0], found


def test_a_question_for_a_part_asks_what_the_other_names_otherwise(tmp_path):
    """ "Which *part* of the leaf is scorched by sunburn?" / "What does sunburn scorch on
    a houseplant?": a part (or a way) is asked, no kind the other must name, so what
    the questions ask for is no reason to tell them apart (``_focus_shared``); a kind
    named on both sides still is ("Which *hormone* ...?" / "Which *enzyme* ...?")."""
    verdict, (a, b), _ = _prompt_words(
        tmp_path,
        [
            "Which part of the leaf is scorched by sunburn?",
            "What does sunburn scorch on a houseplant?",
        ],
    )
    assert verdict._focus_shared(a, b)
    (tmp_path / "kinds").mkdir()
    verdict, (c, d), _ = _prompt_words(
        tmp_path / "kinds",
        [
            "Which hormone do the kidneys secrete to raise blood oxygen?",
            "Which enzyme do the kidneys secrete to raise blood pressure?",
        ],
    )
    assert not verdict._focus_shared(c, d)


def test_one_template_written_with_do_and_does_is_two_things(tmp_path):
    """ "How many toes does an ostrich have ...?" / "How many toes do most parrots have
    ...?": the frame differs only by the verb's number and an article, one template
    asked of two birds, whose counts differ rightly."""
    found = check_deck_padded(
        tmp_path,
        "Birds",
        """
        - {id: a, kind: qa, question: How many toes does an ostrich have on each foot?,
           answer: two}
        - {id: b, kind: qa, question: How many toes do most parrots have on each foot?,
           answer: four}
        """,
    )
    assert not _similar(found), found


@pytest.mark.parametrize(
    ("first", "second", "alike"),
    [
        ("Which enzyme digests starch?", "What enzyme digests fats?", True),
        ("How many toes does an ostrich have?", "How many toes do most parrots have?", True),
        ("Which feather type is moulted for winter?", "Feather type for moulted winter", False),
        ("What colour does a ripe sloe turn?", "Colour of a ripe sloe?", False),
        (
            "Which rope is first-line for rappels?",
            "Which rope is usually first-line for slacklines?",
            True,
        ),
    ],
)
def test_frame_written_alike(first, second, alike):
    """Which/what, does/do, is/are, articles and hedging adverbs ("usually") are one
    frame; other function words around the shared words, or the shared words in another
    order, are not."""
    assert _frame_written_alike(first, second) is alike
