"""The fact checks on the kinds of card the fiftieth held-out set showed them missing
(tests/data/fact_pairs_unseen50.txt): each test is a general rule, met there on
firefighting, jq, motorcycling or neonatology cards and written here with other words
(most on other subjects)."""

from __future__ import annotations

import pytest

from cheatdeck.checks.normalize import content_words, fold

from conftest import check_deck
from conftest import check_facts as check


@pytest.mark.parametrize(
    ("slashed", "listed"),
    [
        ("2-up/2-down", "two-up, two-down"),
        ("X-ray/CT-scan", "X-ray, CT-scan"),
    ],
)
def test_a_slash_between_hyphenated_words_parts_the_compounds(slashed, listed):
    # "2-up/2-down" is "2-up" and "2-down", never the words "2", "up/2" and "down"
    assert content_words(fold(slashed)) == content_words(fold(listed))


def test_a_slash_between_ranges_of_numbers_is_kept():
    # "120-129/80-84" holds no compound of words: it is left as written
    assert fold("120-129/80-84") == "120 129/80 84"


def test_a_term_slashed_and_a_question_in_words_are_one_fact(tmp_path):
    # the question spells the numbers and lists the compounds with a comma
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What is a two-up, two-down house?
          answer: A small terraced house with two rooms upstairs and two downstairs
        - id: b
          kind: concept
          term: 2-up/2-down
          definition: A small terraced house with two rooms downstairs and two rooms upstairs
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0] and "conflict" not in found[0], found


SEASONING = """
- id: a
  kind: concept
  term: Seasoning
  definition: >-
    Drying timber slowly to lower its moisture content, so it shrinks and warps less in use
- id: b
  kind: qa
  question: "{question}"
  answer: "{answer}"
"""


def test_a_reason_the_definition_tells_is_the_term_told_again(tmp_path):
    # "Why is timber seasoned?" asks of the term it names, and its reason is the
    # definition's purpose in other order: one fact told twice, a warning
    found = check(
        tmp_path,
        SEASONING.format(
            question="Why is timber seasoned before use?",
            answer="To lower its moisture content so it warps and shrinks less, by drying it "
            "slowly",
        ),
    )
    assert len(found) == 1 and "similar-fact" in found[0] and "conflict" not in found[0], found


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (  # the reason is the question's own; only the means ("by ...") is the definition's
            "Why season timber outdoors?",
            "To save the cost of a kiln, by drying it slowly in the air to lower its moisture "
            "content",
        ),
        (  # the question asks of planing, done after seasoning
            "Why is timber planed after seasoning?",
            "To take out the warp left by drying, so the boards are flat and of even moisture "
            "content",
        ),
    ],
)
def test_a_reason_of_another_thing_is_another_fact(tmp_path, question, answer):
    found = check(tmp_path, SEASONING.format(question=question, answer=answer))
    assert found == [], found


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        ("Accounts receivable", False),  # the words the term writes beside "AR"
        ("Annual revenue", True),  # other words that spell "AR": both cannot be right
    ],
)
def test_a_term_with_its_acronym_in_brackets_answers_what_the_acronym_stands_for(
    tmp_path, answer, conflict
):
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: What does AR stand for?, answer: {answer}}}
        - id: b
          kind: concept
          term: Accounts receivable (AR)
          definition: Money customers owe a business for goods already delivered
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found
    assert ("conflict" in found[0]) == conflict, found


def test_an_acronym_asked_in_a_context_of_its_own_is_no_conflict(tmp_path):
    # "AR in augmented reality" may stand for other words than the term's "AR"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does AR stand for in optics?, answer: Augmented reality}
        - id: b
          kind: concept
          term: Accounts receivable (AR)
          definition: Money customers owe a business for goods already delivered
        """,
    )
    assert found == [], found


def test_a_question_told_by_a_definition_may_be_answered_with_the_terms_own_word(tmp_path):
    # "(UIAA)" names the term, "No." is a generic "number": the rest of the answer and
    # every word of the question are in the definition
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What is the European dynamic rope standard?
          answer: EN No. 892 (UIAA)
        - id: b
          kind: concept
          term: UIAA rope standard
          definition: EN 892, the European safety standard for dynamic climbing ropes
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0] and "conflict" not in found[0], found


@pytest.mark.parametrize(("answer", "found_one"), [("CFR 1203", True), ("Orange", False)])
def test_two_words_ask_enough_beside_a_numbered_code(tmp_path, answer, found_one):
    # "helmet" is the deck's word: two words ask, and the answer's numbered code, which
    # the definition states, tells the rest; a name without a number tells too little
    found = check_deck(
        tmp_path,
        "Helmets",
        f"""
        - id: a
          kind: qa
          question: What is the US bicycle helmet standard?
          answer: {answer}
        - id: b
          kind: concept
          term: CPSC helmet standard
          definition: {answer}, the US federal safety standard for bicycle helmets
        """,
    )
    assert (len(found) == 1 and "similar-fact" in found[0]) == found_one, found
    assert len(found) <= 1, found


def test_a_term_asked_with_a_gloss_its_definition_says_is_the_term(tmp_path):
    # "(final rise)" tells which proofing is asked: the definition says so in its words
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What is proofing (final rise)?
          answer: Letting shaped dough rest so the yeast can puff it up before baking
        - id: b
          kind: concept
          term: Proofing
          definition: The final rise of shaped dough before it goes in the oven
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0] and "conflict" not in found[0], found


def test_a_term_asked_with_a_gloss_of_another_sense_is_another_thing(tmp_path):
    # the definition says nothing of a snake: "Python (snake)" is another thing
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is a python (snake)?, answer: A large constrictor}
        - id: b
          kind: concept
          term: Python
          definition: A programming language named after a comedy group
        """,
    )
    assert found == [], found


@pytest.mark.parametrize("intensifier", ["Very", "Severely", "Extremely"])
def test_an_intensifier_names_a_class_of_its_own(tmp_path, intensifier):
    # "Very high blood pressure" is another class than "High blood pressure": its
    # threshold differs rightly, no possible conflict
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: limit, subject: High blood pressure, value: "> 140 mmHg"}}
        - {{id: b, kind: limit, subject: {intensifier} high blood pressure, value: "> 180 mmHg"}}
        """,
    )
    assert found == [], found
