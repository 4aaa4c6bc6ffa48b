"""Pairs of cards met on a stranger's machine-learning corpus that the fact checks
warned about wrongly: each test is a general rule, written here with other words."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_number_given_only_as_an_example_is_no_value_to_contradict(tmp_path):
    # "e.g. −1.76" illustrates an answer in words: it does not contradict another
    # card's 0 ("What does ReLU output for negative inputs?" 0 / "... Leaky ReLU ...",
    # "A small slope times the input, e.g. 0.01x")
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does Dropout output for dropped units?, answer: "0"}
        - id: b
          kind: qa
          question: What does Alpha Dropout output for dropped units?
          answer: A negative saturation value, e.g. −1.76
        """,
    )
    assert found == [], found


def test_a_number_stated_as_the_answer_may_still_contradict(tmp_path):
    # the same pair with the number as the answer itself stays a finding
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does Dropout output for dropped units?, answer: "0"}
        - id: b
          kind: qa
          question: What does Alpha Dropout output for dropped units?
          answer: "−1.76"
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found
