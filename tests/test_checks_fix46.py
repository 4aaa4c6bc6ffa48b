"""The fact checks on prompts and answers whose numbers come in an order that matters
(issue 18): a count, a score, a ratio, a formation or a date written with the same
numbers in another order asks another thing, and counts traded between the things they
count are another answer. Each test is a general rule, seen failing before its fix."""

from __future__ import annotations

from conftest import check_facts as check


def _errors(found: list[str]) -> list[str]:
    return [line for line in found if line.startswith("error")]


def test_numbers_joined_in_another_order_ask_two_things(tmp_path):
    # "3-1" / "1-3", "2:1" / "1:2": one ordered pair each, the same numbers the other
    # way round; the answers trade their counts too, yet neither is a duplicate
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does the 2:1 ratio mean in the recipe?,
           answer: two cups flour to one cup water}
        - {id: b, kind: qa, question: What does the 1:2 ratio mean in the recipe?,
           answer: one cup flour to two cups water}
        - {id: c, kind: qa, question: What does a 3-1 count mean in baseball?,
           answer: three balls and one strike}
        - {id: d, kind: qa, question: What does a 1-3 count mean in baseball?,
           answer: one ball and three strikes}
        """,
    )
    assert not _errors(found), found
    assert not any("same question" in line or "same subject" in line for line in found), found


def test_numbers_joined_in_the_same_order_still_ask_one_thing(tmp_path):
    # the rule parts other orders only: one ratio written twice is still one question
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does the 2:1 ratio mean in the recipe?,
           answer: two cups flour to one cup water}
        - {id: b, kind: qa, question: What does the 2:1 ratio mean in this recipe?,
           answer: 2 cups flour to 1 cup water}
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0], found
