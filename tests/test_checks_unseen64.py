"""Rules from the misses of the 64th held-out pair set (issue 18), tried on cards of
other subjects than the sets': one script run through its interpreter in one card and
by its own name in the other ("python app.py" / "./app.py",
``command_forms.script_run_by_name``); a verb and its noun in two prompts ("When did X
*die*?" / "X's *death*", "born" / "birth", "worth" / "value") and an organ and its Latin
adjective ("*gastric* acid" / "acid of the *stomach*"), ``normalize.LOOSE_SYNONYMS``."""

from __future__ import annotations

import pytest

from cheatdeck.checks.command_forms import script_run_by_name

from conftest import card_pair
from conftest import check_facts_padded as check

# ---------------------------------- one script, run through its interpreter or by name


@pytest.mark.parametrize("second", ["./app.py --port 5001", "app.py --port 5001"])
def test_a_script_run_through_its_interpreter_or_by_name_is_one_command(tmp_path, second):
    cards = card_pair(
        "Start the Flask app on port 5001",
        "Serve the web app on another port",
        ("python3 app.py --port 5001", second),
        kind="command",
    )
    found = check(tmp_path, cards)
    assert len(found) == 1, found
    line = found[0]
    assert "warning similar-fact: the same command as b" in line, line
    assert "running its script through the interpreter the other leaves out" in line, line
    assert "allow: [b]" in line, line


def test_two_scripts_run_alike_by_name_are_one_command(tmp_path):
    # neither is written as the other: both name the script once rewritten
    cards = card_pair(
        "Fill the database with the demo rows",
        "Seed the demo database",
        ("python seed.py --demo", "./seed.py --demo"),
        kind="command",
    )
    found = check(tmp_path, cards)
    assert len(found) == 1 and "warning similar-fact" in found[0], found


def test_a_question_answered_with_the_script_run_by_name(tmp_path):
    cards = "\n".join(
        [
            '- {id: a, kind: qa, question: "Which command fills the database with the'
            ' demo rows?", answer: "./seed.py --demo"}',
            '- {id: b, kind: command, task: "Fill the demo database with rows",'
            ' command: "python seed.py --demo"}',
        ]
    )
    found = check(tmp_path, cards)
    assert len(found) == 1 and "warning similar-fact" in found[0], found


def test_two_scripts_or_another_interpreter_are_two_commands(tmp_path):
    cards = card_pair(
        "Start the Flask app",
        "Start the worker",
        ("python app.py", "./worker.py"),
        kind="command",
    )
    assert check(tmp_path, cards) == []


def test_script_run_by_name():
    assert script_run_by_name("python manage.py migrate") == "manage.py migrate"
    assert script_run_by_name("python3 ./manage.py migrate") == "manage.py migrate"
    assert script_run_by_name("./manage.py migrate") == "manage.py migrate"
    assert script_run_by_name("ruby setup.rb x") == "setup.rb x"
    assert script_run_by_name("manage.py migrate") == "manage.py migrate"
    assert script_run_by_name("python build.sh") == "python build.sh"  # not a Python script
    assert script_run_by_name("python -m http.server") == "python -m http.server"
    assert script_run_by_name("./configure --prefix=/opt") == "./configure --prefix=/opt"
    assert script_run_by_name("cat app.py") == "cat app.py"  # no interpreter


# ------------------------------ a verb and its noun in two prompts: "died" / "death"


@pytest.mark.parametrize(
    "first, second, answers",
    [
        ("When did Charlie Parker die?", "Year of Charlie Parker's death?", ("1955", "1954")),
        ("When was Louis Armstrong born?", "Year of Louis Armstrong's birth?", ("1901", "1900")),
        ("What is a Scrabble bingo worth?", "Bingo value?", ("50 points", "35 points")),
    ],
)
def test_a_verb_and_its_noun_ask_one_question(tmp_path, first, second, answers):
    found = check(tmp_path, card_pair(first, second, answers))
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "allow: [b]" in found[0], found


def test_a_year_died_and_a_death_limit_ask_one_question(tmp_path):
    cards = "\n".join(
        [
            '- {id: a, kind: limit, subject: "Year Charlie Parker died", value: "1955"}',
            '- {id: b, kind: limit, subject: "Charlie Parker\'s death", value: "1954"}',
        ]
    )
    found = check(tmp_path, cards)
    assert len(found) == 1 and "warning similar-fact" in found[0], found


def test_a_death_and_a_birth_are_two_questions(tmp_path):
    cards = card_pair(
        "When did Charlie Parker die?", "Year of Charlie Parker's birth?", ("1955", "1920")
    )
    assert check(tmp_path, cards) == []


# ------------------------------------- an organ and its Latin adjective: "gastric"


@pytest.mark.parametrize(
    "first, second, answers",
    [
        # zoology
        ("Which smooth muscle spans the trachea?", "Tracheal muscle?", ("trachealis", "vocalis")),
        ("Which acid fills the stomach?", "Gastric acid?", ("hydrochloric acid", "lactic acid")),
    ],
)
def test_an_organ_and_its_adjective_ask_one_question(tmp_path, first, second, answers):
    found = check(tmp_path, card_pair(first, second, answers))
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "allow: [b]" in found[0], found


def test_two_organs_adjectives_are_two_questions(tmp_path):
    cards = card_pair(
        "Tracheal cuff pressure target?",
        "Gastric balloon pressure target?",
        ("25 cmH2O", "20 mmHg"),
    )
    assert check(tmp_path, cards) == []
