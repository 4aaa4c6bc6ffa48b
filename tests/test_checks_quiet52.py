"""Fewer false warnings on cards that state two facts (issue 18, quiet52): each test a
general rule drawn from pairs labelled distinct in the pair sets or from a corpus written
with no duplicates on purpose (freshwater kayaking and canoeing), written here with other
words."""

from __future__ import annotations

from conftest import check_deck
from conftest import check_facts as check


def test_a_term_with_an_opposing_word_added_once_the_decks_word_is_set_aside(tmp_path):
    # "Stockinette stitch" in a deck of stitches is "stockinette": "Reverse stockinette"
    # adds only "reverse", the opposite fabric, though the definitions share their words
    found = check_deck(
        tmp_path,
        "Knitting stitches",
        """
        - {id: a, kind: concept, term: Stockinette stitch,
           definition: knit the right-side rows and purl the wrong-side rows}
        - {id: b, kind: concept, term: Reverse stockinette,
           definition: purl the right-side rows and knit the wrong-side rows}
        """,
    )
    assert not found, found


def test_a_term_and_its_opposite_word_swapped_for_another_is_still_compared(tmp_path):
    # one definition worded twice under two spellings of a term stays a finding
    found = check_deck(
        tmp_path,
        "Knitting stitches",
        """
        - {id: a, kind: concept, term: Stockinette stitch,
           definition: knit the right-side rows and purl the wrong-side rows}
        - {id: b, kind: concept, term: Stocking stitch,
           definition: knit the right-side rows and purl the wrong-side rows}
        """,
    )
    assert any("-fact:" in line for line in found), found


def test_a_stop_word_filling_a_templates_slot_is_a_slot_not_a_word_left_out(tmp_path):
    # "single", "run", "define" are stop words elsewhere; here each fills the one slot
    # of a template whose other prompt fills it with another word: two things asked
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Maximum single dose of ibuprofen for adults,
           value: 800 mg}
        - {id: b, kind: limit, subject: Maximum daily dose of ibuprofen for adults,
           value: 3200 mg}
        - {id: c, kind: limit, subject: Sprint-distance run, value: 5 km}
        - {id: d, kind: limit, subject: Sprint-distance bike, value: 20 km}
        - {id: e, kind: qa, question: Syntax to define a macro in Rust, answer: macro_rules!}
        - {id: f, kind: qa, question: Syntax to invoke a macro in Rust, answer: "name!(...)"}
        """,
    )
    assert not found, found


def test_a_stop_word_swapped_for_a_word_of_the_same_meaning_is_still_compared(tmp_path):
    # the word beside the stop word is no slot when the rest also differs
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Maximum single dose of ibuprofen for adults,
           value: 800 mg}
        - {id: b, kind: limit, subject: Maximum dose of ibuprofen for adults, value: 400 mg}
        """,
    )
    assert any("conflicting" in line or "similar-fact" in line for line in found), found


def test_one_opening_asked_of_two_objects_is_two_questions(tmp_path):
    # the same first words ("Which grebe builds"), then each question its own object,
    # sharing one word at most: two things asked, whatever the answers
    found = check(
        tmp_path,
        """
        - {id: c, kind: qa, question: Which grebe builds floating nests on lakes?,
           answer: great crested grebe}
        - {id: d, kind: qa, question: Which grebe builds nests of reeds at the water's edge?,
           answer: little grebe}
        - {id: e, kind: qa, question: Which cells handle fine detail vision?,
           answer: midget cells}
        - {id: f, kind: qa, question: Which cells handle vision of motion?,
           answer: parasol cells}
        """,
    )
    assert not found, found


def test_one_opening_whose_rest_moves_its_subject_is_still_a_possible_conflict(tmp_path):
    # "does ... have" after the opening says the object in another place: one question
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many protein subunits make up a haemoglobin molecule?,
           answer: four}
        - {id: b, kind: qa, question: How many protein subunits does adult haemoglobin have?,
           answer: two}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_a_thing_and_the_number_of_it_are_two_questions(tmp_path):
    # "number" is a generic word, but asking for the count of what the other asks for,
    # answered with no number, asks another thing
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which method returns the keys of a dictionary?,
           answer: keys()}
        - {id: b, kind: qa, question: Which method returns the number of keys of a dictionary?,
           answer: len()}
        """,
    )
    assert not found, found


def test_a_count_of_another_word_or_answered_with_a_number_is_still_compared(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which function returns the length of a Python list?,
           answer: len}
        - {id: b, kind: qa, question: Which function returns the number of items in a Python list?,
           answer: count}
        - {id: c, kind: limit, subject: Number of strings on a viola, value: 4 strings}
        - {id: d, kind: limit, subject: Strings on a viola, value: 5 strings}
        """,
    )
    assert len(found) == 2 and "with b" in found[0] and "with d" in found[1], found


def test_one_part_of_the_thing_the_other_measures_is_another_thing(tmp_path):
    # "one square of" put before the other's words: a part of it, whose value differs
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Width of a tournament chessboard, value: 45 cm}
        - {id: b, kind: limit, subject: Width of one square of a tournament chessboard,
           value: 5.7 cm}
        """,
    )
    assert not found, found
