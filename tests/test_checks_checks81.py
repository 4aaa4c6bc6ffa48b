"""The fact checks on the ways of writing that held-out set 53 showed missed: a detail
of one answer said in the other's question ("Noam Chomsky, 1957" / "... (1957)?"
"Chomsky"), the parts a whole is divided into counted in other words ("How many
groups ...?" / "How many classes ...?"), and one question answered with a pair of
opposites ("The left hand" / "The right hand"); a phoneme written between slashes
("/f/")."""

from __future__ import annotations

import pytest
from test_checks_unseen import check

from cheatdeck.checks.normalize import fold


def _qa(card_id: str, question: str, answer: str) -> str:
    return f"- {{id: {card_id}, kind: qa, question: {question!r}, answer: {answer!r}}}\n"


def test_a_detail_of_the_answer_said_in_the_question_is_one_fact(tmp_path):
    cards = _qa("origin", "Who wrote On the Origin of Species?", "Charles Darwin, 1859") + _qa(
        "origin-1859", "Who is the author of On the Origin of Species (1859)?", "Darwin"
    )
    found = check(tmp_path, {"History of biology": cards})
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "possibly conflicting" not in found[0]


KOPPEN_GROUPS = _qa("groups", "How many groups does the Köppen climate classification have?", "5")


def test_divisions_of_one_whole_counted_in_other_words_may_conflict(tmp_path):
    cards = KOPPEN_GROUPS + _qa(
        "classes", "How many classes are in the Köppen climate classification?", "6"
    )
    found = check(tmp_path, {"Climatology": cards})
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "possibly conflicting" in found[0]


def test_divisions_of_two_wholes_are_two_counts(tmp_path):
    cards = KOPPEN_GROUPS + _qa(
        "classes", "How many classes does the Saffir-Simpson scale have?", "5"
    )
    assert check(tmp_path, {"Climatology": cards}) == []


def test_answers_apart_by_a_pair_of_opposites_may_conflict(tmp_path):
    cards = _qa(
        "top",
        "Which hand goes on top when the oar handles cross in sculling?",
        "The left hand",
    ) + _qa(
        "lead",
        "Sculling: which hand leads where the handles overlap?",
        "The right hand",
    )
    found = check(tmp_path, {"Rowing": cards})
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "possibly conflicting" in found[0]


def test_opposite_answers_to_one_template_are_two_facts(tmp_path):
    cards = _qa("bow", "Which hand holds the bow of a right-handed archer?", "The left hand") + _qa(
        "string",
        "Which hand draws the string of a right-handed archer?",
        "The right hand",
    )
    assert check(tmp_path, {"Archery": cards}) == []


@pytest.mark.parametrize(
    ("written", "same_as"),
    [("/f/", "f"), ("/θ/", "θ"), ("/tʃ/", "tʃ"), ("/aɪ/", "aɪ")],
)
def test_a_phoneme_between_slashes_is_its_sound(written, same_as):
    assert fold(written) == fold(same_as)


@pytest.mark.parametrize("path", ["/usr/", "/tmp/", "/a/b/"])
def test_a_path_between_slashes_is_kept(path):
    assert fold(path) == path


def test_a_phoneme_between_slashes_answers_as_the_sound(tmp_path):
    cards = _qa(
        "shift", "Which sound did Latin *p become in Old Norse under Grimm's law?", "f"
    ) + _qa("reflex", "Grimm's law: the Old Norse reflex of Latin *p?", "/f/")
    found = check(tmp_path, {"Historical linguistics": cards})
    assert len(found) == 1 and "possibly conflicting" not in found[0], found
