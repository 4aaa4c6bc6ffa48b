"""Fewer false warnings on cards that state two facts (issue 18, quiet51): each test a
general rule drawn from pairs labelled distinct in the pair sets or from a corpus written
with no duplicates on purpose (home coffee roasting and espresso), written here with
other words."""

from __future__ import annotations

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
