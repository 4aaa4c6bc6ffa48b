"""A "one" after an article and a word, or after "the", "which", "each" ... is a pronoun,
not the number 1: "the right one" and "the left one" were read as two answers of 1, so
two questions of one template with opposite answers ("Which lane on the first day?" /
"... on the second day?") were "nearly the same fact"."""

from __future__ import annotations

from cheatdeck.checks.quantities import _in_digits

from conftest import check_facts as check


def test_one_as_a_pronoun_is_no_number():
    assert _in_digits("the right one") == "the right one"
    assert _in_digits("which one") == "which one"
    assert _in_digits("one of the two") == "1 of the 2"
    assert _in_digits("only one") == "only 1"
    assert _in_digits("one hundred") == "100"


def test_two_answers_that_say_the_right_one_and_the_left_one_are_two(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which lane is used on the first day?, answer: the right one}
        - {id: b, kind: qa, question: Which lane is used on the second day?, answer: the left one}
        """,
    )
    assert found == [], found


def test_one_written_in_words_is_still_the_number(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many moons does Earth have?, answer: one}
        - {id: b, kind: limit, subject: Number of moons of Earth, value: "1"}
        """,
    )
    assert len(found) == 1 and "same fact as b" in found[0], found
