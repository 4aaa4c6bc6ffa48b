"""Fewer false warnings on pairs written apart on purpose (issue 18, quiet54): each rule
with a pair it quiets and a near pair it must leave reported. Met on the sets' gemstone
and handball cards (fact_pairs_unseen37.txt), written here with other words."""

from __future__ import annotations

from conftest import check_facts


def test_two_months_are_two_questions(tmp_path):
    cards = """
    - {id: march, kind: qa, question: Which flower is the birth flower of March?, answer: daffodil}
    - {id: may, kind: qa, question: Which flower is the birth flower of May?,
       answer: lily of the valley}
    """
    assert check_facts(tmp_path, cards) == []


def test_one_month_asked_twice_is_still_compared(tmp_path):
    cards = """
    - {id: a, kind: qa, question: What is the birthstone for June?, answer: pearl}
    - {id: b, kind: qa, question: Which gem is the birthstone for June?, answer: ruby}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 1 and "with b at" in found[0], found


def test_a_duration_and_a_count_are_two_questions(tmp_path):
    cards = """
    - {id: dribbles, kind: qa, question: How many dribbles may a player take with the ball?,
       answer: "2"}
    - {id: secs, kind: qa, question: How many seconds may a player keep the ball?,
       answer: 2 seconds}
    """
    assert check_facts(tmp_path, cards) == []


def test_one_duration_asked_twice_is_still_compared(tmp_path):
    cards = """
    - {id: a, kind: qa, question: How many seconds may a player keep the ball?,
       answer: 2 seconds}
    - {id: b, kind: qa, question: How many seconds may a player keep the ball?,
       answer: 3 seconds}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 1 and "with b at" in found[0], found


def test_children_and_adults_are_two_questions(tmp_path):
    cards = """
    - {id: kids, kind: qa, question: Most common cause of the nephrotic syndrome in children?,
       answer: minimal change disease}
    - {id: grown, kind: qa,
       question: Most common cause of primary nephrotic syndrome in black adults?,
       answer: focal segmental glomerulosclerosis}
    """
    assert check_facts(tmp_path, cards) == []


def test_one_age_group_asked_twice_is_still_compared(tmp_path):
    cards = """
    - {id: a, kind: qa, question: Most common cause of the nephrotic syndrome in children?,
       answer: minimal change disease}
    - {id: b, kind: qa, question: Most common cause of primary nephrotic syndrome in children?,
       answer: focal segmental glomerulosclerosis}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 1 and "with b at" in found[0], found


def test_opposite_verbs_are_two_questions(tmp_path):
    cards = """
    - {id: passes, kind: qa, question: Which colour of light passes through a green filter?,
       answer: Green}
    - {id: absorbs, kind: qa, question: Which colours of light does a green filter absorb?,
       answer: Red and blue}
    """
    assert check_facts(tmp_path, cards) == []


def test_one_verb_asked_twice_is_still_compared(tmp_path):
    cards = """
    - {id: a, kind: qa, question: Which colours of light does a green filter absorb?,
       answer: Red and blue}
    - {id: b, kind: qa, question: Which colours of light does a green filter absorb?,
       answer: Green}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 1 and "with b at" in found[0], found


def test_two_operators_in_one_slot_are_two_questions(tmp_path):
    cards = """
    - {id: eq, kind: qa, question: What does == test in Erlang?, answer: that two terms are equal}
    - {id: exact, kind: qa, question: What does =:= test in Erlang?,
       answer: that two terms are exactly equal}
    """
    assert check_facts(tmp_path, cards) == []


def test_one_operator_in_backticks_or_not_is_still_compared(tmp_path):
    cards = """
    - {id: a, kind: qa, question: What does == test in Erlang?, answer: that two terms are equal}
    - {id: b, kind: qa, question: What does `==` test in Erlang?,
       answer: that two terms are exactly equal}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 1 and " b at " in found[0], found
