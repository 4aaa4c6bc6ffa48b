"""The fact checks on the kinds of card the thirty-third held-out set showed them
missing (tests/data/fact_pairs_unseen33.txt): each test is a general rule, met there on
psychiatry, Julia, glassblowing or badminton cards and written here with other words (most
on other subjects)."""

from __future__ import annotations

import pytest

from conftest import check_facts as check


@pytest.mark.parametrize(
    ("subject", "question"),
    [
        ("Width of a tennis doubles court", "How wide is a tennis doubles court?"),
        ("Depth of the diving pool", "How deep is the diving pool?"),
        ("Height of the Eiffel Tower", "How tall is the Eiffel Tower?"),
        ("Thickness of a credit card", "How thick is a credit card?"),
    ],
)
def test_how_wide_asks_the_width(tmp_path, subject, question):
    # the adjective of an extent asks what its noun names, when the answer is a length:
    # another length is a conflict
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: limit, subject: {subject}, value: 10.97 m}}
        - {{id: b, kind: qa, question: "{question}", answer: 8.23 metres}}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_how_high_of_another_measure_is_left_as_written(tmp_path):
    # "How high is the fever?" asks a temperature, never a "height"
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Height of the fever chart, value: 20 cm}
        - {id: b, kind: qa, question: How high is the fever?, answer: 39 °C}
        """,
    )
    assert found == [], found


def test_a_question_the_definition_states_whole_is_that_term(tmp_path):
    # the question and its answer are all said by a term's definition: the term's fact
    # asked without naming the term
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Photosynthesis,
           definition: "Plants turning light, water and carbon dioxide into glucose and oxygen"}
        - {id: b, kind: qa, question: What do plants turn into glucose with light and water?,
           answer: carbon dioxide}
        """,
    )
    assert len(found) == 1 and "similar-fact: nearly the same fact" in found[0], found


def test_an_answer_naming_the_term_and_its_definition_is_that_term(tmp_path):
    # the answer names the term the question does not, and says besides only words of
    # its definition
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Vaccination,
           definition: "Training the immune system with a harmless antigen of a pathogen"}
        - {id: b, kind: qa, question: How do doctors prepare a body for a disease not met yet?,
           answer: by vaccination with a harmless antigen}
        """,
    )
    assert len(found) == 1 and "similar-fact: nearly the same fact" in found[0], found


def test_an_answer_naming_a_term_among_other_words_is_another_fact(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Mitosis,
           definition: One cell dividing into two identical daughter cells}
        - {id: b, kind: qa, question: How do gametes form?,
           answer: "by meiosis, halving the chromosomes (mitosis keeps the number)"}
        """,
    )
    assert found == [], found


def test_a_question_of_two_words_the_definition_says_asks_too_little(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Strike water,
           definition: the hot water added to the grain to start the mash}
        - {id: b, kind: qa, question: What do you add to the grain?, answer: hot water}
        """,
    )
    assert found == [], found


@pytest.mark.parametrize("word", ["required", "needed"])
def test_a_value_required_is_the_minimum(tmp_path, word):
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: limit, subject: Minimum protein content of bread flour, value: 12 %}}
        - {{id: b, kind: limit, subject: Protein content of bread flour {word}, value: 9 %}}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_a_value_required_beside_another_bound_keeps_it(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Minimum current required by the motor, value: 1 A}
        - {id: b, kind: limit, subject: Maximum current required by the motor, value: 2 A}
        """,
    )
    assert not any("conflicting-fact" in line for line in found), found


@pytest.mark.parametrize(
    ("loaded", "command"),
    [
        ("import json; json.dumps(data)", "json.dumps(data)"),
        ("from math import sqrt; sqrt(2)", "sqrt(2)"),
        ("library(dplyr); glimpse(df)", "glimpse(df)"),
    ],
)
def test_a_command_with_its_import_before_it_is_that_command(tmp_path, loaded, command):
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: command, task: Turn a value into text, command: "{loaded}"}}
        - {{id: b, kind: command, task: Print the result, command: "{command}"}}
        """,
    )
    assert len(found) == 1 and "one with an import before it" in found[0], found


def test_a_function_asked_for_by_one_word_of_its_task_is_that_command(tmp_path):
    # the question's answer is the function the command calls, and the two prompts
    # share one word besides generic ones ("value" is one)
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Get the absolute value of a number, command: abs(x)}
        - {id: b, kind: qa, question: Which function returns the absolute value in Python?,
           answer: abs}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_macro_asked_for_is_the_command_that_calls_it(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Time a call and count its allocations,
           command: "@time f(x)"}
        - {id: b, kind: qa, question: Which macro reports the time and allocations of a call?,
           answer: "@time"}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_function_under_a_task_of_other_words_is_another_fact(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Measure a string, command: length(s)}
        - {id: b, kind: qa, question: Which function counts the items of a vector?,
           answer: length}
        """,
    )
    assert found == [], found


def test_a_term_asked_by_its_word_clipped_is_that_term(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Examination,
           definition: A formal test of a student's knowledge}
        - {id: b, kind: qa, question: What is an exam?,
           answer: a formal test of what a student knows}
        """,
    )
    assert len(found) == 1 and "similar-fact: nearly the same fact" in found[0], found


@pytest.mark.parametrize(
    ("short", "word", "clipped"),
    [("devit", "Devitrification", True), ("cat", "Catalyst", False), ("port", "Porte", False)],
)
def test_clipped(short, word, clipped):
    from cheatdeck.checks.similar import _clipped

    assert _clipped(short, word) is clipped


def test_a_command_named_with_an_article_is_that_command(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Screen for depression with nine questions,
           command: PHQ-9 questionnaire}
        - {id: b, kind: qa, question: Which nine-question screening tool is used for depression?,
           answer: the PHQ-9 questionnaire}
        """,
    )
    assert len(found) == 1 and "similar-fact: nearly the same fact" in found[0], found


@pytest.mark.parametrize("asked", ["Who founded the Red Cross?", "Founder of the Red Cross"])
def test_founded_is_created(tmp_path, asked):
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: Who created the Red Cross?, answer: Henry Dunant}}
        - {{id: b, kind: qa, question: "{asked}", answer: Florence Nightingale}}
        """,
    )
    assert len(found) == 1 and "possibly conflicting" in found[0], found


def test_a_list_title_asked_with_the_items_explanation_is_that_item(tmp_path):
    # the item's term only labels the list ("the three Rs"); the question asks the title
    found = check(
        tmp_path,
        """
        - {id: a, kind: list, title: Waste hierarchy steps,
           items: [{the three Rs: "reduce, reuse, recycle"}]}
        - {id: b, kind: qa, question: What are the waste hierarchy steps?,
           answer: "recycle, reduce and reuse"}
        """,
    )
    assert len(found) == 1 and "similar-fact: nearly the same fact" in found[0], found


def test_a_list_title_asked_with_another_items_explanation_is_no_finding(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: list, title: Waste hierarchy steps,
           items: [{first: reduce}, {last: recycle}]}
        - {id: b, kind: qa, question: What are the waste hierarchy steps?,
           answer: "reduce, reuse, recycle"}
        """,
    )
    assert found == [], found


def test_even_and_odd_ask_two_things(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which lane is used on an even day?, answer: the right one}
        - {id: b, kind: qa, question: Which lane is used on an odd day?, answer: the left one}
        """,
    )
    assert found == [], found
