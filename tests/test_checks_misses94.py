"""One question asked twice in other words, answered once in a word and once in a
sentence that holds that word (issue 18, the qa/qa duplicates of the held-out sets):
``Verdict._answer_said_within`` and ``checks/answer_within.py``, on cards of other
subjects than the sets'."""

from __future__ import annotations

from cheatdeck.checks.answer_within import adds_nothing_apart

from conftest import check_facts as check


def test_an_answer_said_again_within_a_sentence_is_nearly_the_same_fact(tmp_path):
    # the prompts share "dough" and "rise"; one answer says the other's words and tells
    # how the gas is made
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which gas makes bread dough rise?,
           answer: Carbon dioxide}
        - {id: b, kind: qa, question: What does yeast give off that lets a dough rise?,
           answer: The carbon dioxide released as the yeast ferments sugar}
        - {id: c, kind: qa, question: How long should a sourdough proof?,
           answer: Four to twelve hours}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0], found


def test_an_answer_within_a_list_of_more_items_is_another_fact(tmp_path):
    # "Carbon dioxide plus ethanol" names two products: the other question asks for one
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which gas makes bread dough rise?,
           answer: Carbon dioxide}
        - {id: b, kind: qa, question: What does yeast give off that lets a dough rise?,
           answer: Carbon dioxide plus a little ethanol}
        """,
    )
    assert found == [], found


def test_what_a_longer_answer_adds_may_leave_the_shorter_one_the_answer():
    assert adds_nothing_apart("Carbon dioxide", "The carbon dioxide released by the yeast")
    assert adds_nothing_apart("final", "Declare it final")
    assert adds_nothing_apart("`wait`", "the `wait` builtin (waits for all jobs)")
    assert adds_nothing_apart("chlorine and chloramine", "to remove chlorine and chloramines")
    assert adds_nothing_apart("x -> x", "id :: x -> x, the identity")  # said in order
    assert adds_nothing_apart("Lyon, France", "Greater Lyon, in the east of France")  # prose


def test_what_a_longer_answer_adds_may_make_it_another_answer():
    assert not adds_nothing_apart("Carbon dioxide", "Carbon dioxide plus ethanol")  # a list
    assert not adds_nothing_apart("fsync", "Flushes buffers, e.g. fsync")  # an example
    assert not adds_nothing_apart("os.sync()", "Flushes every buffer of the os")  # code
    assert not adds_nothing_apart("do re do mi", "mi do re do re")  # a sequence reordered
    assert not adds_nothing_apart("Linseed oil", "Wipe on linseed oil twice a year")  # a number
    assert not adds_nothing_apart("Linseed oil", "Wipe on linseed oil every 6 months")
    assert not adds_nothing_apart("rye", "whole rye")  # a word that names another kind
    assert not adds_nothing_apart("dotimes", "(dotimes n body)")  # a call of it
    assert not adds_nothing_apart("split", "split(sep)")
