"""The fact checks on the kinds of card the thirty-fifth held-out set showed them
missing (tests/data/fact_pairs_unseen35.txt): each test is a general rule, met there on
gastroenterology, Perl, leathercraft or volleyball cards and written here with other words
(most on other subjects)."""

from __future__ import annotations

import pytest

from conftest import check_facts as check


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Calories in an 8 oz glass of milk", "Calories in an eight-ounce glass of milk"),
        ("Caffeine in a 12 oz cup of coffee", "Caffeine in a 12-ounce cup of coffee"),
    ],
)
def test_an_ounce_is_oz(tmp_path, first, second):
    # a unit in a prompt written as its symbol in one and its name in the other: one
    # subject, and two values of it a conflict
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: limit, subject: {first}, value: 150 mg}}
        - {{id: b, kind: limit, subject: {second}, value: 300 mg}}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_ounces_of_other_sizes_are_other_subjects(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Caffeine in an 8 oz cup of coffee, value: 95 mg}
        - {id: b, kind: limit, subject: Caffeine in a 12-ounce cup of coffee, value: 140 mg}
        """,
    )
    assert found == [], found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("tar -x -z -f backup.tgz", "tar -xzf backup.tgz"),
        ("ruby -n -e 'print if /err/'", "ruby -ne 'print if /err/'"),
        ("sed -i -n -e p notes.txt", "sed -ni -e p notes.txt"),
    ],
)
def test_flags_written_apart_are_the_flags_bundled(tmp_path, first, second):
    # single-letter flags, one after another, set what the same letters after one dash do
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: command, task: Unpack the archive quietly, command: "{first}"}}
        - {{id: b, kind: command, task: Extract every file, command: "{second}"}}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_flags_apart_with_a_word_between_are_left_as_written(tmp_path):
    # "-f" takes the word after it: "-x -f a.tgz -z" is no "-xzf a.tgz"
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Unpack the archive quietly, command: "tar -x -f a.tgz -z"}
        - {id: b, kind: command, task: Extract every file, command: "tar -xzf a.tgz"}
        """,
    )
    assert found == [], found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Where is most vitamin K mainly stored?",
            "Where is most vitamin K chiefly stored?",
        ),
        (
            "Which method adds an item to the end of a Python list?",
            "Which method appends an item to the end of a Python list?",
        ),
        (
            "What is the diameter of a regulation basketball hoop?",
            "What is the diameter of an official basketball hoop?",
        ),
    ],
)
def test_a_question_in_a_synonym_is_the_same_question(tmp_path, first, second):
    # "mainly" / "chiefly", "adds to the end" / "appends", "regulation" / "official":
    # two answers to it are a possible conflict (a warning)
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{first}", answer: liver}}
        - {{id: b, kind: qa, question: "{second}", answer: bones}}
        """,
    )
    assert len(found) == 1 and "similar-fact: possibly conflicting" in found[0], found


@pytest.mark.parametrize(
    ("question", "answer", "task", "command"),
    [
        (
            "Which Ruby method prints its arguments, each on a line of its own?",
            "puts (Kernel#puts)",
            "Print each argument on a line of its own",
            'puts "a", "b"',
        ),
        (
            "Which C function gives heap memory back to the allocator?",
            "free",
            "Give a heap block back to the allocator",
            "free(block);",
        ),
        (
            "Which Tcl command prints a string to standard output?",
            "puts",
            "Print a string to standard output",
            "puts $greeting",
        ),
    ],
)
def test_a_function_named_and_one_call_of_it(tmp_path, question, answer, task, command):
    # the answer names the function (an aside after it), the command calls it without
    # brackets, or with them and a ';'
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{question}", answer: "{answer}"}}
        - {{id: b, kind: command, task: "{task}", command: '{command}'}}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_another_function_called_is_another_fact(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which Perl builtin prints its arguments without a newline?,
           answer: print}
        - {id: b, kind: command, task: Print a line followed by a newline, command: 'say "text";'}
        """,
    )
    assert found == [], found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Which rash is characteristic of measles?",
            "Which rash is the hallmark of measles?",
        ),
        (
            "Which antibody is most specific for lupus?",
            "Which autoantibody is most specific for lupus?",
        ),
    ],
)
def test_a_hallmark_is_characteristic_and_an_autoantibody_an_antibody(tmp_path, first, second):
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{first}", answer: anti-dsDNA}}
        - {{id: b, kind: qa, question: "{second}", answer: anti-Ro}}
        """,
    )
    assert len(found) == 1 and "similar-fact: possibly conflicting" in found[0], found


def test_veg_is_vegetable(tmp_path):
    # "veg" is how cooks and shops write "vegetable(s)": one subject, two values a conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Cooking time of root vegetables in a pressure cooker,
           value: 5 min}
        - {id: b, kind: limit, subject: Cooking time of root veg in a pressure cooker,
           value: 15 min}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_what_a_term_does_to_a_thing_asks_what_it_is(tmp_path):
    # "What does X do to Y?" answered "... it ..." asks what the term X is
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does the sprintf function do to a template?,
           answer: fills it}
        - {id: b, kind: concept, term: sprintf function,
           definition: fills a template with the values given after it}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


@pytest.mark.parametrize(
    ("subject", "question"),
    [
        (
            "Frequency of a total solar eclipse at one place",
            "How often does a total solar eclipse happen at one place?",
        ),
        ("Watering frequency of a cactus", "How often should a cactus be watered?"),
    ],
)
def test_how_often_asks_the_frequency(tmp_path, subject, question):
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: limit, subject: {subject}, value: every 375 years}}
        - {{id: b, kind: qa, question: "{question}", answer: every 3 weeks}}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Which vehicles may not use the bus lane?",
            "Which vehicles are prohibited from using the bus lane?",
        ),
        (
            "Which vehicles cannot use the bus lane?",
            "Which vehicles are not allowed to use the bus lane?",
        ),
    ],
)
def test_may_not_is_not_allowed_to(tmp_path, first, second):
    # "may not", "cannot", "is not allowed to", "is prohibited from" deny one thing
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{first}", answer: lorries}}
        - {{id: b, kind: qa, question: "{second}", answer: taxis}}
        """,
    )
    assert len(found) == 1 and "similar-fact: possibly conflicting" in found[0], found


def test_what_is_allowed_is_not_what_is_not(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which vehicles may use the bus lane?, answer: taxis}
        - {id: b, kind: qa, question: Which vehicles are prohibited from using the bus lane?,
           answer: lorries}
        """,
    )
    assert found == [], found
