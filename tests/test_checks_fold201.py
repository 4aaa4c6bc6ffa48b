"""Two misreadings of numbers and lengths (issue 18, fold201): a number after the word it
numbers ("inspection *grade 3*") folds to an ordinal ("3rd"), so a card answered "3"
and asked the other way was not found; and "How long may X be?" answered in characters
or letters was not read as the "Length of X" another card asks. Written in domains of
no pair set (wire rope inspection on cranes, crossword setting)."""

from __future__ import annotations

from conftest import check_deck_padded


def _similar(found: list[str]) -> list[str]:
    return [line for line in found if " similar-fact: " in line]


def test_a_grade_asked_from_both_ends_is_one_fact(tmp_path):
    # "grade 3" in one prompt, "3" the other's answer: one fact asked from both ends
    found = check_deck_padded(
        tmp_path,
        "Crane ropes",
        """
        - {id: meaning, kind: qa, question: What does wire rope inspection grade 3 mean?,
           answer: Broken outer wires are visible.}
        - {id: which, kind: qa, question: Which wire rope inspection grade marks visible
             broken outer wires?, answer: "3"}
        - {id: discard, kind: qa, question: When must a crane rope be discarded?,
           answer: When a lay length holds more than six broken wires.}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1 and len(found) == 1, found
    assert "nearly the same fact as which " in similar[0], found


def test_another_grade_answered_is_not_the_fact_asked(tmp_path):
    # the prompt numbers grade 3, the other card answers 4: not one fact
    found = check_deck_padded(
        tmp_path,
        "Crane ropes",
        """
        - {id: meaning, kind: qa, question: What does wire rope inspection grade 3 mean?,
           answer: Broken outer wires are visible.}
        - {id: which, kind: qa, question: Which wire rope inspection grade marks kinked
             strands?, answer: "4"}
        """,
    )
    assert found == [], found
