"""Two misreadings of numbers and lengths (issue 18, fold201): a number after the word it
numbers ("inspection *grade 3*") folds to an ordinal ("3rd"), so a card answered "3"
and asked the other way was not found; and "How long may X be?" answered in characters
or letters was not read as the "Length of X" another card asks. Written in domains of
no pair set (wire rope inspection on cranes, crossword setting)."""

from __future__ import annotations

from conftest import check_deck, check_deck_padded


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


def test_how_long_with_letters_asks_the_length(tmp_path):
    # a length counted in letters: "How long may ... be?" asks the "Length of ..."
    found = check_deck(
        tmp_path,
        "Crosswords",
        """
        - {id: limit, kind: limit, subject: Length of a cryptic crossword light,
           value: 15 letters}
        - {id: same, kind: qa, question: How long may a cryptic crossword light be?,
           answer: 15 letters}
        - {id: other, kind: qa, question: How long may a barred crossword light be?,
           answer: 12 letters}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("error duplicate-fact: same fact as same "), found


def test_how_long_with_letters_against_another_count_is_a_conflict(tmp_path):
    found = check_deck(
        tmp_path,
        "Crosswords",
        """
        - {id: limit, kind: limit, subject: Length of a cryptic crossword light,
           value: 15 letters}
        - {id: same, kind: qa, question: How long may a cryptic crossword light be?,
           answer: 13 letters}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("error conflicting-fact: conflicts with same "), found


def test_how_long_counted_in_clues_is_no_length(tmp_path):
    # a count that measures no length ("clues"): "How long" stays as written, and the
    # "Number of clues" another card asks is another question
    found = check_deck(
        tmp_path,
        "Crosswords",
        """
        - {id: clues, kind: limit, subject: Length of a cryptic crossword light,
           value: 15 letters}
        - {id: count, kind: qa, question: How long is a cryptic crossword's clue list?,
           answer: 32 clues}
        """,
    )
    assert found == [], found
