"""The fact checks on four shapes of writing the blind set 62
(tests/data/fact_pairs_unseen62.txt) showed them missing: a drug's British and American
names in two prompts ("adrenaline" / "epinephrine"), a version series written with a
wildcard ("Blender 4.x" / "Blender 4"), a question answered "call f()" beside the
command ``f()``, and a call with every argument given by its name beside the call that
gives them by position. Each rule is written here in other domains than the sets'
(wilderness medicine, Blender, Pygame, turtle graphics), with the pairs that must stay
apart."""

from __future__ import annotations

import pytest

from conftest import card_pair
from conftest import check_facts as check


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Adrenaline dose for a child's sting reaction on the trail?",
            "Epinephrine dose for a child's sting reaction on the trail?",
        ),
        (
            "Starting noradrenaline rate for septic shock at a field hospital?",
            "Starting norepinephrine rate for septic shock at a field hospital?",
        ),
    ],
    ids=["adrenaline", "noradrenaline"],
)
def test_a_drug_named_the_british_or_the_american_way_is_one_drug(tmp_path, first, second):
    found = check(tmp_path, card_pair(first, second, ("0.15 mg", "0.3 mg")))
    assert len(found) == 1, found
    assert "similar-fact" in found[0] or "conflicting-fact" in found[0], found
    assert "b" in found[0].split(":", 3)[-1], found


def test_other_drugs_stay_apart(tmp_path):
    found = check(
        tmp_path,
        card_pair(
            "Adrenaline dose for a child's sting reaction on the trail?",
            "Antihistamine dose for a child's sting reaction on the trail?",
            ("0.15 mg", "10 mg"),
        ),
    )
    assert not any("same fact" in line or "conflict" in line for line in found), found


def test_a_version_series_with_a_wildcard_is_the_bare_version(tmp_path):
    found = check(
        tmp_path,
        card_pair(
            "What is the default render engine in Blender 4.x?",
            "Which render engine is the default in Blender 4?",
            ("EEVEE", "Cycles"),
        ),
    )
    assert len(found) == 1, found
    assert "conflict" in found[0], found


def test_two_versions_stay_apart(tmp_path):
    found = check(
        tmp_path,
        card_pair(
            "What is the default render engine in Blender 2.x?",
            "Which render engine is the default in Blender 4?",
            ("Blender Internal", "EEVEE"),
        ),
    )
    assert not any("conflict" in line for line in found), found


def _flip_and_question(question: str, answer: str) -> str:
    """The command ``pygame.display.flip()`` and a question ``b`` answered ``answer``."""
    command = '- {id: a, kind: command, task: "Refresh the whole display", '
    command += 'command: "pygame.display.flip()"}'
    return f'{command}\n- {{id: b, kind: qa, question: "{question}", answer: "{answer}"}}'


def test_a_question_answered_call_f_is_the_command_f(tmp_path):
    found = check(
        tmp_path,
        _flip_and_question(
            "How do you redraw the full display in Pygame?", "call pygame.display.flip()"
        ),
    )
    assert len(found) == 1, found
    assert "similar-fact" in found[0] and "possibly conflicting" not in found[0], found


def test_a_question_answered_with_another_call_stays_apart(tmp_path):
    found = check(
        tmp_path,
        _flip_and_question("How do you close the display in Pygame?", "call pygame.display.quit()"),
    )
    assert not any("same fact" in line or "conflict" in line for line in found), found


def test_a_call_with_its_arguments_named_is_the_call_by_position(tmp_path):
    found = check(
        tmp_path,
        card_pair(
            "Move the turtle to the top of the window",
            "Send the pen to x 0, y 100",
            ("turtle.goto(0, 100)", "turtle.goto(x=0, y=100)"),
            kind="command",
        ),
    )
    assert len(found) == 1, found
    assert "similar-fact" in found[0] and "arguments given by their names" in found[0], found


@pytest.mark.parametrize(
    "named",
    ["turtle.goto(x=100, y=0)", "turtle.goto(0, y=100)", "turtle.goto(x=0)"],
    ids=["other-order", "one-named", "one-argument"],
)
def test_other_calls_stay_apart(tmp_path, named):
    found = check(
        tmp_path,
        card_pair(
            "Move the turtle to the top of the window",
            "Send the pen to a point",
            ("turtle.goto(0, 100)", named),
            kind="command",
        ),
    )
    assert not any("arguments given by their names" in line for line in found), found
