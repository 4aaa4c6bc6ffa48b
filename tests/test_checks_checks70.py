"""The fact checks on the kinds of card the fifty-first held-out set showed them missing
(tests/data/fact_pairs_unseen51.txt): each test is a general rule, met there on
forestry, GitHub Actions, caving or gynecology cards and written here on other subjects."""

from __future__ import annotations

import pytest

from conftest import check_facts as check
from conftest import check_facts_padded as check_padded


@pytest.mark.parametrize(
    ("question", "answer", "subject", "value"),
    [
        ("How many square metres are in a hectare?", "10,000", "Area of a hectare", "1 ha"),
        ("How many cubic inches are in a US gallon?", "231", "Volume of a US gallon", "3.785 L"),
        ("How many seconds are in an hour?", "3,600", "Length of an hour", "60 min"),
        (
            "How many metres are in a nautical mile?",
            "1852",
            "Length of a nautical mile",
            "1.852 km",
        ),
    ],
)
def test_a_question_that_counts_a_unit_asks_the_measure_of_its_thing(
    tmp_path, question, answer, subject, value
):
    # "How many square metres are in a hectare?" with a bare 10,000 asks the area of a
    # hectare in square metres: the limit "Area of a hectare" states the same fact
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{question}", answer: "{answer}"}}
        - {{id: b, kind: limit, subject: "{subject}", value: "{value}"}}
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0], found


def test_two_questions_counting_two_units_stay_two(tmp_path):
    # "How many hours ...?" and "How many days ...?" alone name two units, as "Hours
    # ..." and "Days ..." subjects do (test_checks_checks60): no error between them
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many hours does bread dough proof?, answer: "2"}
        - {id: b, kind: qa, question: How many days does bread dough proof?, answer: "1"}
        """,
    )
    assert not any("conflicting-fact" in line for line in found), found


def test_another_count_of_a_unit_is_a_conflict(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many square metres are in a hectare?, answer: "1,000"}
        - {id: b, kind: limit, subject: Area of a hectare, value: "10,000 m²"}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # the thing measured differs: two facts
        ("How many square metres are in a hectare?", "Area of an acre"),
        # a count of things, no unit: "How many players" names no measure
        ("How many players are in a rugby team?", "Length of a rugby team"),
    ],
)
def test_a_count_of_a_unit_of_another_thing_stays_apart(tmp_path, question, subject):
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{question}", answer: "15"}}
        - {{id: b, kind: limit, subject: "{subject}", value: "4047 m²"}}
        """,
    )
    assert not any("duplicate-fact" in line or "conflicting-fact" in line for line in found)


@pytest.mark.parametrize(
    ("question", "answer", "term", "definition"),
    [
        (
            "Who may pick up the ball with the hands in futsal?",
            "only the goalkeeper",
            "hand-ball rule",
            "only the goalkeeper may pick up the ball with the hands",
        ),
    ],
)
def test_a_definition_that_holds_the_answer_states_the_question_fact(
    tmp_path, question, answer, term, definition
):
    # the question names the term, and the term card says most of the question's words
    # and most of its answer's: one fact asked twice (a warning), in a corpus the size
    # of a pair set (``padded``), where its words are rare
    found = check_padded(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{question}", answer: "{answer}"}}
        - {{id: b, kind: concept, term: "{term}", definition: "{definition}"}}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_definition_of_a_sibling_term_does_not_answer(tmp_path):
    # "fifths" is not the term "Thirds rule": the question's words are not the term
    # card's, though its answer is close to the definition
    found = check_padded(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What is the rule of fifths in photography?
          answer: Place the subject along lines that divide the frame into five equal parts
        - id: b
          kind: concept
          term: Thirds rule
          definition: >-
            Composition guideline: put subjects on the lines dividing the frame into three
            equal parts
        """,
    )
    assert found == [], found


@pytest.mark.parametrize(
    ("title", "term", "explanation", "question", "answer"),
    [
        (
            "Form events",
            "submit",
            "Runs the handler when the user sends the form",
            "When does the submit event trigger a handler?",
            "When the user sends the form to the server",
        ),
        (
            "Deploy triggers",
            "tag",
            "Runs the pipeline when a release tag is created",
            "When does the tag trigger start a pipeline?",
            "When a release tag is created in the repository",
        ),
    ],
)
def test_a_list_title_says_the_words_of_the_question_too(
    tmp_path, title, term, explanation, question, answer
):
    # the list's title names what the item is ("events"), as the question does: the item
    # and its title say the question's words, the explanation its answer's
    found = check_padded(
        tmp_path,
        f"""
        - id: a
          kind: list
          title: {title}
          items:
            - {term}: {explanation}
        - {{id: b, kind: qa, question: "{question}", answer: "{answer}"}}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found
