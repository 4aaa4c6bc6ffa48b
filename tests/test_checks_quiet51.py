"""Fewer false warnings on cards that state two facts (issue 18, quiet51): each test a
general rule drawn from pairs labelled distinct in the pair sets or from a corpus written
with no duplicates on purpose (home coffee roasting and espresso), written here with
other words."""

from __future__ import annotations

from conftest import check_deck
from conftest import check_facts as check


def test_answers_that_echo_their_own_prompts_word_forms_are_two_facts(tmp_path):
    # each answer spells a word of its own prompt in another form ("copies" / copy) or
    # shortened ("string" / str): the words that differ pick the answers
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which built-in function deletes entries from a map?,
           answer: delete}
        - {id: b, kind: qa, question: Which built-in function copies entries between maps?,
           answer: copy}
        - {id: c, kind: qa,
           question: Which Python built-in gives the text of an object as a string?, answer: str}
        - {id: d, kind: qa,
           question: Which Python built-in lists the names in a directory of an object?,
           answer: dir}
        """,
    )
    assert not any("same" in line for line in found), found


def test_one_answer_echoing_its_prompt_is_still_a_possible_conflict(tmp_path):
    # one answer alone that echoes its prompt may be the wrong one
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which aggregation stage sorts the documents?,
           answer: $sort}
        - {id: b, kind: qa, question: Which aggregation stage puts the documents in order?,
           answer: $group}
        """,
    )
    assert any("similar-fact" in line for line in found), found


def test_lists_of_other_numbers_or_bytes_are_other_answers(tmp_path):
    # "[0, 1, 2, 3]" holds "[1, 2, 3]" and a number more; bytes in another order are
    # another byte order mark
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does list(range(4)) give?, answer: "[0, 1, 2, 3]"}
        - {id: b, kind: qa, question: "What does list(range(1, 4)) give?", answer: "[1, 2, 3]"}
        - {id: c, kind: qa, question: What are the first bytes of a UTF-32LE file with a BOM?,
           answer: FF FE 00 00}
        - {id: d, kind: qa, question: What are the first bytes of a UTF-32BE file with a BOM?,
           answer: 00 00 FE FF}
        """,
    )
    assert not any("same fact" in line for line in found), found


def test_one_list_of_numbers_written_two_ways_is_one_answer(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which faces of a die are even?, answer: "2, 4, 6"}
        - {id: b, kind: qa, question: Which faces of a die are even?, answer: "6 4 2"}
        - {id: c, kind: qa, question: "What does (cons 0 '(1 2)) return?", answer: "(0 1 2)"}
        - {id: d, kind: qa, question: "What does (cons 0 '(1 2)) return?", answer: "(1 2 0)"}
        """,
    )
    assert len(found) == 2, found
    assert "error duplicate-fact" in found[0] and "same fact as b" in found[0], found
    assert "possibly conflicting with d" in found[1], found


def test_an_answer_with_minus_added_is_the_opposite_answer(tmp_path):
    # "equal to its conjugate transpose" / "equal to *minus* its conjugate transpose":
    # one word more in the answer, which turns it
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is a Hermitian matrix?,
           answer: "A square matrix equal to its conjugate transpose, A = A*"}
        - {id: b, kind: qa, question: What is a skew-Hermitian matrix?,
           answer: "A square matrix equal to minus its conjugate transpose, A* = −A"}
        """,
    )
    assert not any("same fact" in line for line in found), found


def test_two_kinds_of_one_thing_each_defined_as_that_thing_are_two_terms(tmp_path):
    # "Reef *knot*": "A *knot* ..." / "Slipped reef *knot*": "A *knot* ...": each term
    # a kind of the head word both end with, told by what its definition adds (the
    # coffee corpus's "City roast" / "Full City roast"); a term with a word more whose
    # definitions open otherwise may still be one concept named twice
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Reef knot,
           definition: A knot joining two ends of one rope around a bundle}
        - {id: b, kind: concept, term: Slipped reef knot,
           definition: A knot with one end pulled back as a loop so that it unties with a tug}
        - {id: c, kind: concept, term: Hypertension,
           definition: Blood pressure that stays too high}
        - {id: d, kind: concept, term: Arterial hypertension,
           definition: Persistently high blood pressure in the arteries}
        """,
    )
    assert len(found) == 1, found
    assert "nearly the same fact as d" in found[0], found


def test_a_word_the_deck_name_writes_in_lower_case_is_a_plain_slot(tmp_path):
    # "first *climbed*" / "first *skied*" in a deck "Mountaineering and ski touring":
    # two questions of one template; the deck's lower-case "ski" names no tool or
    # subject that a prompt may leave out (as "Excel" does in an Excel deck)
    found = check_deck(
        tmp_path,
        "Mountaineering and ski touring",
        """
        - {id: a, kind: qa, question: Which expedition first climbed the north face of the Eiger?,
           answer: Heckmair and Vörg's rope team}
        - {id: b, kind: qa, question: Which expedition first skied the north face of the Eiger?,
           answer: Zeller and Nussbaumer}
        """,
    )
    assert not any("similar-fact" in line for line in found), found


def test_answers_that_put_things_in_other_roles_are_two_answers(tmp_path):
    # "Debit cash, credit unearned tuition" / "Debit unearned tuition, credit tuition":
    # the words one answer says under "credit" the other says under "debit"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Journal entry to record tuition received before it is earned?,
           answer: "Debit cash, credit unearned tuition."}
        - {id: b, kind: qa, question: Journal entry when unearned tuition is earned?,
           answer: "Debit unearned tuition, credit tuition."}
        """,
    )
    assert not any("same fact" in line for line in found), found


def test_one_role_said_at_more_length_is_still_nearly_the_same_answer(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: c, kind: qa, question: Journal entry for tuition received in advance?,
           answer: "Debit cash, credit unearned revenue."}
        - {id: d, kind: qa, question: Journal entry for tuition received ahead of the term?,
           answer: "Debit cash, credit unearned tuition revenue."}
        """,
    )
    assert any("nearly the same fact as d" in line for line in found), found


def test_a_number_and_a_range_it_ends_are_two_answers(tmp_path):
    # 7 is among the numbers of "6.0 to 7.0", but a value is no span
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the pH of a neutral aquarium?, answer: "7"}
        - {id: b, kind: qa, question: What aquarium pH do most tetras prefer?,
           answer: "slightly acidic, 6.0 to 7.0"}
        """,
    )
    assert not any("same fact" in line for line in found), found


def test_a_question_for_a_terms_sense_today_asks_another_sense(tmp_path):
    # "Sophist" (the historical sense) / "What is a sophist *today*?"
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Sophist,
           definition: "In old Athens, a paid teacher of rhetoric, not necessarily a deceiver."}
        - {id: b, kind: qa, question: What is a sophist today?,
           answer: A deceiver who argues cleverly but dishonestly.}
        """,
    )
    assert not any("same fact" in line for line in found), found


def test_the_one_standing_today_and_the_first_one_are_two_things(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who designed the Eddystone Lighthouse that stands today?,
           answer: James Douglass}
        - {id: b, kind: qa, question: Who designed the first Eddystone Lighthouse?,
           answer: Henry Winstanley}
        """,
    )
    assert not any("similar-fact" in line for line in found), found
