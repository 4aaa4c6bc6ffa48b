"""Fewer false findings on facts that differ (issue 18, quiet55): each rule with a pair it
quiets and a near pair it must leave reported."""

from __future__ import annotations

from conftest import check_facts


def test_a_chosen_stop_word_alone_parts_two_answers(tmp_path):
    cards = """
    - {id: a, kind: qa, question: What does == test in Erlang?, answer: that two terms are equal}
    - {id: b, kind: qa, question: What does `==` test in Erlang?,
       answer: that two terms are exactly equal}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 1 and "warning similar-fact: possibly conflicting" in found[0], found


def test_a_function_word_or_a_number_qualified_is_still_one_answer(tmp_path):
    cards = """
    - {id: a, kind: qa, question: Which value is the middle of a sorted sample?, answer: median}
    - {id: b, kind: qa, question: Which value is the middle of a sorted sample?,
       answer: the median}
    - {id: c, kind: qa, question: How many kings does each side have in chess?, answer: "1"}
    - {id: d, kind: qa, question: How many kings does each side have in chess?,
       answer: exactly 1}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 2 and all("error duplicate-fact" in line for line in found), found
