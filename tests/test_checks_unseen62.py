"""The fact checks on shapes of writing the blind set 62
(tests/data/fact_pairs_unseen62.txt) showed them missing: a drug's British and American
names in two prompts ("adrenaline" / "epinephrine"), a version series written with a
wildcard ("Blender 4.x" / "Blender 4") and a question answered "call f()" beside the
command ``f()``. Each rule is written here in other domains than the sets' (wilderness
medicine, Blender, Pygame), with the pairs that must stay apart."""

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
