"""The fact checks on the kinds of card the thirty-eighth held-out set showed them
missing (tests/data/fact_pairs_unseen38.txt): each test is a general rule, met there on
rheumatology, Prolog, blacksmithing or lacrosse cards and written here with other words
(most on other subjects)."""

from __future__ import annotations

import pytest

from conftest import check_facts as check


@pytest.mark.parametrize(
    ("value", "answer"),
    [
        ("more than 1 hour", "longer than an hour"),
        ("over 1 year", "over a year"),
        ("at least 1 week", "at least a week"),
        ("within 1 day", "Within a day"),
    ],
)
def test_a_span_said_with_a_after_a_bound_is_one_span(tmp_path, value, answer):
    # "longer than an hour" is "longer than 1 hour", as "up to a week" is "up to 1 week"
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: limit, subject: Duration of the cooling-off period, value: {value}}}
        - {{id: b, kind: qa, question: How long does the cooling-off period last?,
           answer: {answer}}}
        """,
    )
    assert len(found) == 1 and "same fact" in found[0], found


def test_a_span_said_with_a_after_a_bound_is_compared_as_a_value(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Minimum rest between two shifts, value: more than a day}
        - {id: b, kind: limit, subject: Minimum rest between two shifts, value: 8 hours}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_an_acronym_glossing_its_words_is_no_word_of_the_answer(tmp_path):
    # "random access memory (RAM)" is a short answer of three words: another short answer
    # to the same question cannot also be right
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which memory loses its contents when power is cut?,
           answer: random access memory (RAM)}
        - {id: b, kind: qa, question: Which memory loses its contents when power is cut?,
           answer: read-only memory (ROM)}
        - {id: c, kind: qa, question: Which lung disease is smoking the main cause of?,
           answer: chronic obstructive pulmonary disease (COPD)}
        - {id: d, kind: qa, question: Smoking is the main cause of which lung disease?,
           answer: cystic fibrosis}
        """,
    )
    assert len(found) == 2, found
    assert "conflicting-fact" in found[0] and "'read-only memory (ROM)'" in found[0], found
    assert "similar-fact: possibly conflicting" in found[1], found


def test_an_acronym_the_other_answer_says_stays(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which memory loses its contents when power is cut?,
           answer: random access memory (RAM)}
        - {id: b, kind: qa, question: Which memory loses its contents when power is cut?,
           answer: RAM}
        """,
    )
    assert not any("conflicting-fact" in line for line in found), found


@pytest.mark.parametrize(
    ("call", "named"),
    [
        ("msort(List, Sorted)", "msort/2"),
        ("nl.", "nl/0"),
        ("erlang:memory()", "erlang:memory/0"),
        ("Enum.reverse(list)", "Enum.reverse/1"),
    ],
)
def test_a_call_and_its_function_by_arity_are_one_command(tmp_path, call, named):
    # Prolog, Erlang and Elixir name a function by its name and number of arguments:
    # "msort/2" is the predicate "msort(List, Sorted)" calls (a warning: the call's
    # arguments may be what one card teaches)
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: command, task: Do the thing one way, command: "{call}"}}
        - {{id: b, kind: command, task: Get it done in a second way, command: "{named}"}}
        """,
    )
    assert len(found) == 1 and "its function's name and number of arguments" in found[0], found


def test_a_call_of_other_arguments_or_another_function_is_another_command(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Sort a list keeping duplicates, command: "msort(L, S)"}
        - {id: b, kind: command, task: Sort a list by a key, command: "msort/3"}
        - {id: c, kind: command, task: Sort a list dropping duplicates, command: "sort/2"}
        - {id: d, kind: command, task: Print two things, command: "f(a) + g(b)"}
        - {id: e, kind: command, task: Print another, command: "f/1"}
        """,
    )
    assert found == [], found


def test_commonly_is_a_hedge_as_usually_is(tmp_path):
    # "Which X is *commonly* used ...?" asks what "... do people use ...?" asks, as
    # "usually" and "typically" do: another short answer is a possible conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which solvent is commonly used for thinning oil paint?,
           answer: turpentine}
        - {id: b, kind: qa, question: What solvent do painters use to thin oil paint?,
           answer: water}
        - {id: c, kind: qa, question: Which stain is commonly used for bacterial spores?,
           answer: malachite green}
        - {id: d, kind: qa, question: What stain do labs use for bacterial spores?,
           answer: crystal violet}
        """,
    )
    assert len(found) == 2, found
    assert all("similar-fact: possibly conflicting" in line for line in found), found


def test_a_term_whose_thing_the_question_names_is_asked_the_other_way(tmp_path):
    # "Tooth enamel" is "the enamel" of the tooth the question names, and the question
    # says what the definition says: one fact asked from the term's side
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the hard outer layer of a tooth called?,
           answer: the enamel}
        - {id: b, kind: concept, term: Tooth enamel,
           definition: "The hard, mineralised outer layer of a tooth"}
        - {id: c, kind: qa, question: What is the soft inner part of a tooth called?,
           answer: the pulp}
        """,
    )
    assert len(found) == 1 and "similar-fact: nearly the same fact" in found[0], found
    assert "same fact as b" in found[0], found


def test_creation_is_the_noun_of_created(tmp_path):
    # "Year of the Red Cross's creation" asks what "Year the Red Cross was created" asks
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Year the Red Cross was created, value: "1863"}
        - {id: b, kind: limit, subject: Year of the Red Cross's creation, value: "1859"}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_a_side_counted_per_is_a_team(tmp_path):
    # "per side" in a game is "per team": another count is a conflict (not a "sided"
    # thing: "Faces of a six-sided die" keeps its word)
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Players per team in water polo, value: "7"}
        - {id: b, kind: limit, subject: Water polo players per side, value: "6"}
        - {id: c, kind: limit, subject: Substitutes per team in rugby union, value: "8"}
        - {id: d, kind: limit, subject: Rugby union substitutes per sided bench, value: "10"}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0] and "with b" in found[0], found


def test_comes_after_is_follows(tmp_path):
    # "What comes after X?" asks what "What follows X?" asks: another answer is a
    # possible conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which planet follows Mars in order from the Sun?,
           answer: Jupiter}
        - {id: b, kind: qa, question: Which planet comes right after Mars in order from the Sun?,
           answer: Saturn}
        """,
    )
    assert len(found) == 1 and "conflict" in found[0], found
