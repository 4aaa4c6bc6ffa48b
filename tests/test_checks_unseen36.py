"""The fact checks on the kinds of card the thirty-sixth held-out set showed them
missing (tests/data/fact_pairs_unseen36.txt): each test is a general rule, met there on
nephrology, Zig, origami or table tennis cards and written here with other words (most
on other subjects)."""

from __future__ import annotations

import pytest

from conftest import check_deck
from conftest import check_facts as check


def test_what_does_it_weigh_asks_its_mass(tmp_path):
    # "What does X weigh?" with a mass for answer asks what "Weight of X" / "Mass of X"
    # asks: the same value is one fact, another value a conflict
    same = check(
        tmp_path / "same",
        """
        - {id: a, kind: limit, subject: Mass of a cricket ball, value: 160 g}
        - {id: b, kind: qa, question: What does a cricket ball weigh?, answer: 160 grams}
        """,
    )
    assert len(same) == 1 and "duplicate-fact" in same[0], same
    other = check(
        tmp_path / "other",
        """
        - {id: a, kind: limit, subject: Weight of an adult male chimpanzee, value: 60 kg}
        - {id: b, kind: qa, question: How much does an adult male chimpanzee weigh?,
           answer: 40 kg}
        """,
    )
    assert len(other) == 1 and "conflicting-fact" in other[0], other


def test_a_cut_off_is_a_threshold(tmp_path):
    # "cut-off" (and "cutoff") names the threshold a value is judged by: two values of it
    # for one subject conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Ferritin threshold for iron deficiency, value: 30 ng/mL}
        - {id: b, kind: limit, subject: Ferritin cut-off for iron deficiency, value: 15 ng/mL}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_cut_off_as_a_verb_stays_two_words():
    from cheatdeck.checks.normalize import fold, one_word_phrases

    assert one_word_phrases(fold("Who is cut off?")) == "who is cut off"
    assert one_word_phrases(fold("Why cut off the supply?")) == "why cut off the supply"
    assert one_word_phrases(fold("Egg cut-off date")) == "egg cutoff date"


@pytest.mark.parametrize(
    ("task", "command", "question", "answer"),
    [
        (
            "Build and run one Go source file",
            "go run hello.go",
            "Which go subcommand compiles a file and runs it?",
            "go run",
        ),
        (
            "Format the code in src",
            "deno fmt src",
            "What is Deno's formatter command?",
            "`deno fmt`",
        ),
        (
            "Run the tests in a Python file",
            "pytest tests/test_app.py",
            "How do you run the tests of a file with pytest?",
            "`pytest test_app.py`",
        ),
    ],
)
def test_a_command_question_answered_with_the_subcommand(tmp_path, task, command, question, answer):
    # a question for a command answered with the task's program and subcommand (the
    # arguments left out, or other file paths): perhaps one fact asked twice
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: command, task: {task}, command: {command}}}
        - {{id: b, kind: qa, question: "{question}", answer: "{answer}"}}
        """,
    )
    assert len(found) == 1 and "similar-fact: nearly the same fact" in found[0], found


def test_a_subcommand_with_an_option_is_another_command(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Amend the last commit, command: git commit --amend}
        - {id: b, kind: qa, question: Which git subcommand records a commit?, answer: git commit}
        """,
    )
    assert found == [], found


@pytest.mark.parametrize(
    ("term", "definition", "question", "answer"),
    [
        (
            "Guido van Rossum",
            "Creator of the Python programming language",
            "Who created Python?",
            "Guido van Rossum",
        ),
        (
            "Release mode",
            "the optimised build mode of Python wheels",
            "Which build mode of Python wheels is optimised?",
            "Release",
        ),
    ],
)
def test_a_question_whose_words_the_definition_of_its_answer_says(
    tmp_path, term, definition, question, answer
):
    # the question is answered with a term (or the term less a word it says) whose
    # definition says every word of the question: the fact told twice, though the
    # question's subject is its deck's name ("Python" in deck Python)
    found = check_deck(
        tmp_path,
        "Python",
        f"""
        - {{id: a, kind: concept, term: {term}, definition: "{definition}"}}
        - {{id: b, kind: qa, question: "{question}", answer: "{answer}"}}
        """,
    )
    found = [line for line in found if not line.startswith("warning placeholder")]
    assert len(found) == 1 and "similar-fact: nearly the same fact" in found[0], found


def test_a_question_the_definition_says_in_part_is_left_alone(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Guido van Rossum,
           definition: Creator of the Python programming language}
        - {id: b, kind: qa, question: Who led the Python steering council in 2019?,
           answer: Guido van Rossum}
        """,
    )
    assert found == [], found


def test_sum_to_asks_what_add_up_to_asks(tmp_path):
    # "... sum to?" and "What do ... add up to?" ask one sum: other values conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Interior angles of a pentagon sum to?, answer: 540°}
        - {id: b, kind: qa, question: What do the interior angles of a pentagon add up to?,
           answer: 720 degrees}
        """,
    )
    assert len(found) == 1 and "conflict" in found[0], found


@pytest.mark.parametrize(
    "term",
    [
        "- {id: a, kind: list, title: Cranial nerves,"
        " items: [{Vagus: 'innervates the heart, lungs and gut (CN X)'}]}",
        "- {id: a, kind: concept, term: Vagus,"
        " definition: 'innervates the heart, lungs and gut (CN X)'}",
    ],
)
def test_a_definition_that_restates_the_question_before_its_answer(tmp_path, term):
    # the definition is the question's verb and then its answer (an aside in brackets at
    # its end set aside): one fact asked twice
    found = check(
        tmp_path,
        f"""
        {term}
        - {{id: b, kind: qa, question: What does the vagus innervate?,
           answer: "the heart, lungs and gut"}}
        """,
    )
    assert len(found) == 1 and "similar-fact: nearly the same fact" in found[0], found


def test_a_definition_that_says_more_than_the_answer_is_left_alone(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Vagus, definition: innervates the heart and slows it down}
        - {id: b, kind: qa, question: What does the vagus innervate?, answer: the heart and gut}
        """,
    )
    assert not any("nearly the same fact" in line for line in found), found


def test_a_verb_the_definition_says_in_a_loose_synonym(tmp_path):
    # "Who invented X?" answered with a name the definition of X gives after "developed
    # by": the definition tells the question's fact
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Spin casting,
           definition: "moulding method, developed by Otto Wichterle, for soft lenses"}
        - {id: b, kind: qa, question: Who invented spin casting?, answer: Otto Wichterle}
        """,
    )
    assert len(found) == 1 and "similar-fact: nearly the same fact" in found[0], found


def test_a_definition_that_quotes_the_answer(tmp_path):
    # the question names the term and its answer (an aside set aside) is what the
    # definition quotes: one fact asked twice, though the term is a word of many cards
    others = "\n        ".join(
        f"- {{id: k{n}, kind: qa, question: Karaoke question {word}?, answer: answer {word}}}"
        for n, word in enumerate(["alpha", "bravo", "charlie", "delta", "echo"])
    )
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: concept, term: Karaoke,
           definition: 'Japanese for "empty orchestra": from kara (empty) and oke (orchestra)'}}
        - {{id: b, kind: qa, question: 'What does "karaoke" literally mean?',
           answer: empty orchestra (kara = empty)}}
        {others}
        """,
    )
    found = [line for line in found if " b at " in line or " a at " in line]
    assert len(found) == 1 and "similar-fact: nearly the same fact" in found[0], found


def test_site_of_action_asks_where_it_acts(tmp_path):
    # a drug's "site of action" is where it "acts": two sites are a possible conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Site of action of omeprazole,
           answer: the parietal cell proton pump}
        - {id: b, kind: qa, question: Where does omeprazole act?, answer: the collecting duct}
        """,
    )
    assert len(found) == 1 and "possibly conflicting" in found[0], found


def test_a_command_that_assigns_the_answer_to_a_name(tmp_path):
    # the question's answer is the value the command gives a name: its code
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Load the built-in fs module,
           command: "const fs = require('fs');"}
        - {id: b, kind: qa, question: Which call loads the built-in fs module?,
           answer: "require('fs')"}
        """,
    )
    assert len(found) == 1 and "similar-fact: nearly the same fact" in found[0], found


@pytest.mark.parametrize(
    ("question", "answer", "found_code"),
    [
        ("Boiling point of ethanol (°C)?", "seventy-eight", "nearly the same fact"),
        ("Boiling point of ethanol (in °F)?", "172", "duplicate-fact"),
        ("Boiling point of ethanol (in °F)?", "190", "conflicting-fact"),
    ],
)
def test_a_bare_number_is_in_the_unit_its_prompt_names_in_brackets(
    tmp_path, question, answer, found_code
):
    # "(°C)" in a prompt says the unit of its bare-number answer: 78 °C is 172 °F
    # (rounded), never 190 °F; brackets that name no unit change nothing
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: limit, subject: Boiling point of ethanol, value: 78 °C}}
        - {{id: b, kind: qa, question: "{question}", answer: "{answer}"}}
        """,
    )
    assert len(found) == 1 and found_code in found[0], found


def test_brackets_without_a_unit_leave_a_bare_number_bare(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Bones in the adult hand, value: 27 bones}
        - {id: b, kind: qa, question: How many bones are in the adult hand (wrist included)?,
           answer: '27'}
        """,
    )
    assert not any("conflict" in line for line in found), found


def test_two_acronyms_in_capitals_are_no_misspelling(tmp_path):
    # "ARPKD" is one letter from "ADPKD", which more cards use, but both are written in
    # capitals: two names, not one misspelt (the questions ask two things)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does ADPKD stand for?,
           answer: autosomal dominant polycystic kidney disease}
        - {id: b, kind: qa, question: What does ARPKD stand for?,
           answer: autosomal recessive polycystic kidney disease}
        - {id: c, kind: qa, question: Which gene is most often mutated in ADPKD?, answer: PKD1}
        - {id: d, kind: qa, question: Which organ besides the kidney holds cysts in ADPKD?,
           answer: the liver}
        - {id: e, kind: qa, question: Which aneurysm does ADPKD raise the risk of?,
           answer: intracranial berry aneurysm}
        """,
    )
    assert found == [], found


def test_a_disturbance_is_a_disorder(tmp_path):
    # "Which acid-base disturbance ...?" asks what "Which acid-base disorder ...?" asks:
    # another answer is a possible conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which acid-base disturbance does prolonged vomiting cause?,
           answer: metabolic alkalosis}
        - {id: b, kind: qa, question: Which acid-base disorder does prolonged vomiting cause?,
           answer: metabolic acidosis}
        """,
    )
    assert len(found) == 1 and "conflict" in found[0], found


def test_an_organ_and_its_latin_adjective(tmp_path):
    # "renal" is "kidney", "hepatic" "liver": another answer is a possible conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which renal enzyme starts the RAAS cascade?, answer: renin}
        - {id: b, kind: qa, question: Which kidney enzyme starts the RAAS cascade?,
           answer: angiotensinase}
        """,
    )
    assert len(found) == 1 and "conflict" in found[0], found
