"""The fact checks on the kinds of card the thirty-first held-out set showed them
missing or getting wrong (tests/data/fact_pairs_unseen31.txt): each test is a general
rule, met there on forensic science, OCaml, geodesy or judo cards and written here with
other words (most on other subjects)."""

from __future__ import annotations

import pytest

from conftest import check_facts as check


@pytest.mark.parametrize(
    "name", ["Tange Kenzō", "Tange Kenzō (for the 1964 Olympics)", "'Tange, Kenzō'"]
)
def test_a_name_in_the_other_order_and_without_its_marks_is_one_name(tmp_path, name):
    # a Japanese name written family name first with its long vowels marked, and given
    # name first without them: one person, never a conflict
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: Who designed the Yoyogi National Gymnasium?,
           answer: Kenzo Tange}}
        - {{id: b, kind: qa, question: Who designed the Yoyogi National Gymnasium?,
           answer: {name}}}
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0], found


def test_two_names_with_marks_still_conflict(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who designed the Yoyogi National Gymnasium?,
           answer: Kenzo Tange}
        - {id: b, kind: qa, question: Who designed the Yoyogi National Gymnasium?,
           answer: Kurokawa Kishō}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_an_ordinal_in_digits_is_the_ordinal_in_words(tmp_path):
    # "1st" and "2nd" are "first" and "second" (the words "first" and "second" are not
    # read as numbers, yet the digits are only ever ordinals)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who was the 1st Secretary-General of the UN?,
           answer: Trygve Lie}
        - {id: b, kind: qa, question: Who was the first Secretary-General of the UN?,
           answer: U Thant}
        - {id: c, kind: qa, question: Who was the 2nd President of the United States?,
           answer: John Adams}
        - {id: d, kind: qa, question: Who was the second President of the United States?,
           answer: Thomas Jefferson}
        """,
    )
    assert len(found) == 2, found
    assert all("conflict" in line for line in found), found


def test_a_placeholder_written_as_a_plain_word_is_no_certain_conflict(tmp_path):
    # "pkg" where the other writes "<package>": the placeholder's name, shortened
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Remove a package with pip, command: pip uninstall pkg}
        - {id: b, kind: command, task: Remove a package with pip,
           command: pip uninstall <package>}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found


def test_another_word_for_a_placeholder_still_conflicts(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Remove a package with pip, command: pip uninstall <package>}
        - {id: b, kind: command, task: Remove a package with pip,
           command: pip uninstall -r reqs.txt}
        """,
    )
    assert len(found) == 1 and "error conflicting-fact" in found[0], found


def test_a_command_with_an_aside_in_brackets_is_no_certain_conflict(tmp_path):
    # "(add -- to also ...)" after the command is prose about it, not its arguments
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Lint the crate with cargo, command: cargo clippy}
        - {id: b, kind: command, task: Lint the crate with cargo,
           command: cargo clippy (add --fix to also apply the suggestions)}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found


def test_an_identifier_with_its_parts_reordered_is_another_identifier(tmp_path):
    # list_to_tuple and tuple_to_list share their words, never their meaning
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which Erlang BIF turns a list into a tuple?,
           answer: list_to_tuple}
        - {id: b, kind: qa, question: Which Erlang BIF turns a list into a tuple?,
           answer: tuple_to_list}
        """,
    )
    assert len(found) == 1 and "duplicate" not in found[0], found
    assert "conflict" in found[0], found


def test_a_day_of_a_month_in_digits_is_no_ordinal_word(tmp_path):
    # "May 1st" is a date: no "first" to share with the word for "first"
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: primero, definition: first}
        - {id: b, kind: concept, term: el primero de mayo, definition: May 1st (Labour Day)}
        """,
    )
    assert found == [], found


def test_which_exception_asks_what_is_raised(tmp_path):
    # "Which exception does X raise?" asks what "What does X raise?" asks
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does next() raise on an exhausted iterator?,
           answer: StopIteration}
        - {id: b, kind: qa, question: Which exception does next() raise on an exhausted iterator?,
           answer: IndexError}
        """,
    )
    assert len(found) == 1 and "conflict" in found[0] and "with b" in found[0], found


def test_int_and_bool_are_integer_and_boolean(tmp_path):
    # a type's short name in one question, its name in full in the other
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many bytes does an int take in Java?, answer: "4"}
        - {id: b, kind: qa, question: How many bytes does an integer take in Java?, answer: "8"}
        - {id: c, kind: qa, question: What is the default value of a bool field in C#?,
           answer: "false"}
        - {id: d, kind: qa, question: What is the default value of a boolean field in C#?,
           answer: "true"}
        """,
    )
    assert len(found) == 2, found
    assert "with b" in found[0] and "with d" in found[1], found
    assert all("conflict" in line for line in found), found


def test_a_command_and_itself_with_a_note_under_another_task_are_one_command(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Lint the crate with cargo, command: cargo clippy}
        - {id: b, kind: command, task: Run Rust's linter,
           command: cargo clippy (add --fix to also apply the suggestions)}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "one with a note in brackets after it" in found[0], found


def test_a_placeholder_written_plainly_under_another_task_is_one_command(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Remove a package with pip, command: pip uninstall pkg}
        - {id: b, kind: command, task: Uninstall a Python library,
           command: pip uninstall <package>}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "one with a placeholder written as a plain word" in found[0], found
