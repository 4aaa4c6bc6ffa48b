"""Rules from the misses of the 64th held-out pair set (issue 18), tried on cards of
other subjects than the sets': one script run through its interpreter in one card and
by its own name in the other ("python app.py" / "./app.py",
``command_forms.script_run_by_name``)."""

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
