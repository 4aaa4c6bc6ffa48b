"""A question answered with one option (or a word of code) that a command card's
command holds among its other words, the question naming the command's program or
sharing a word with its task (issue 18, blind192): "Which rg flag adds line numbers?"
``-n`` / "find TODO in Python sources, with line numbers" ``rg -n -t py TODO``. One
fact, asked as a question and as a task: a ``similar-fact`` warning. The command may
give other options, and the question may call the program by another name ("ripgrep")
when a word ties it to the task. Written in a domain of no pair set (ripgrep)."""

from __future__ import annotations

import pytest

from conftest import check_facts_padded as check


@pytest.mark.parametrize(
    ("question", "answer", "task", "command"),
    [
        (  # the program named, the command giving another option too
            "Which rg flag adds line numbers?",
            "-n",
            "find TODO in Python sources, with line numbers",
            "rg -n -t py TODO",
        ),
        (  # "ripgrep" is not "rg": "hidden" and "files" tie question and task
            "Which ripgrep flag also searches hidden files?",
            "`--hidden` (dotfiles too)",
            "search hidden files for TODO",
            "rg --hidden TODO",
        ),
    ],
    ids=["program-named", "word-shared"],
)
def test_an_option_asked_and_run_in_a_command_is_one_fact(
    tmp_path, question, answer, task, command
):
    cards = f"""
    - {{id: asked, kind: qa, question: "{question}", answer: "{answer}"}}
    - {{id: run, kind: command, task: "{task}", command: "{command}"}}
    """
    found = check(tmp_path, cards)
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: may be the same fact as run "), found
    assert f"part of the command '{command}'" in found[0], found
    assert "add 'allow: [run]' if they are two facts" in found[0], found


def test_the_same_letter_in_another_programs_command_is_no_answer(tmp_path):
    # "-r" of sort (reverse) and "-r" of grep (recursive): no program, no word in common
    found = check(
        tmp_path,
        """
        - {id: rev, kind: qa, question: Which option makes sort reverse its order?,
           answer: -r}
        - {id: todo, kind: command, task: look for TODO below src, command: grep -r TODO src}
        """,
    )
    assert found == [], found


def test_an_option_deep_in_a_long_command_is_a_detail_asked_apart(tmp_path):
    # a recipe of several options; the question asks one of them, not the recipe
    found = check(
        tmp_path,
        """
        - {id: size, kind: qa, question: Which rg option skips files above a size?,
           answer: --max-filesize}
        - {id: recipe, kind: command, task: "search Rust files for TODO with line numbers,
             skipping huge ones", command: rg -n -t rust --max-filesize 1M TODO}
        """,
    )
    assert found == [], found
