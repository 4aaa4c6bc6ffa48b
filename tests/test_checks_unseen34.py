"""The fact checks on the kinds of card the thirty-fourth held-out set showed them
missing (tests/data/fact_pairs_unseen34.txt): each test is a general rule, met there on
oncology, F#, stained glass or curling cards and written here with other words (on other
subjects)."""

from __future__ import annotations

import pytest

from conftest import check_facts as check


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("How many players does each team have in water polo?", "Players per team in water polo"),
        ("How many timeouts does each side get per half?", "Timeouts per side per half"),
    ],
)
def test_each_as_a_questions_subject_says_per(tmp_path, question, subject):
    # "does each team have" asks what "per team" asks: another count is a conflict
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{question}", answer: "7"}}
        - {{id: b, kind: qa, question: "{subject}", answer: "6"}}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_each_before_two_words_is_left_as_written(tmp_path):
    # "each bridge player" names no "per bridge": the rule stops short of it
    from cheatdeck.checks.normalize import content_words

    assert "per:bridg" not in content_words("how many cards does each bridge player hold")
    assert "per:team" in content_words("how many players does each team have")


@pytest.mark.parametrize("answer", ["run `ghci`", "Type `ghci`."])
def test_an_answer_that_says_to_run_a_code_span_is_that_command(tmp_path, answer):
    # "run `ghci`" answers what the command ghci does, as the answer "`ghci`" would
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: command, task: Start the Haskell interpreter, command: ghci}}
        - {{id: b, kind: qa, question: How do you open a Haskell REPL?, answer: "{answer}"}}
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0], found


def test_zero_in_words_is_the_number(tmp_path):
    # "zero" is compared as "0", as "two" is as "2"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does a Kp index of 0 mean?,
           answer: quiet geomagnetic conditions}
        - {id: b, kind: qa, question: Kp index zero,
           answer: "Quiet geomagnetic field, no storm activity"}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_agent_and_drug_ask_alike(tmp_path):
    # a looser synonym in prompts (a warning, never an error)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the reversal agent for dabigatran?,
           answer: idarucizumab}
        - {id: b, kind: qa, question: Reversal drug for dabigatran, answer: protamine}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found
