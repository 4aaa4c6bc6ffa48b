"""The fact checks on hard negatives: prompts the fold makes one that still ask two
things (a letter's case, a symbol standing alone, a number in parentheses) and a sign
written as a word. Each test is a tiny corpus a newcomer could write (board games,
Unicode, accounting); each failed before its fix."""

from __future__ import annotations

import pytest

from conftest import check_cards as check


def questions(*pairs: tuple[str, str]) -> str:
    return "\n".join(
        f"- {{id: q{n}, kind: qa, question: {question!r}, answer: {answer!r}}}"
        for n, (question, answer) in enumerate(pairs)
    )


@pytest.mark.parametrize(
    "pairs",
    [
        (("What does K mean in FEN?", "White king"), ("What does k mean in FEN?", "Black king")),
        (("ASCII code of 'A'?", "65"), ("ASCII code of 'a'?", "97")),
        (
            ("What does %s print in printf?", "A narrow string"),
            ("What does %S print in printf?", "A wide string"),
        ),
        (
            ("What does ! mean in chess annotation?", "A good move"),
            ("What does !! mean in chess annotation?", "A brilliant move"),
            ("What does ? mean in chess annotation?", "A mistake"),
            ("What does ?! mean in chess annotation?", "A dubious move"),
        ),
        (
            ("What does (500) mean in a financial statement?", "A negative number"),
            ("What does 500 mean in a financial statement?", "A positive number"),
        ),
        (
            ("What does ; do in Vim?", "Repeats the last f or t forward"),
            ("What does , do in Vim?", "Repeats the last f or t backward"),
            ("What does [[ do in Vim?", "Goes to the previous section"),
            ("What does ]] do in Vim?", "Goes to the next section"),
        ),
        (
            ("What does _ mean in the Python REPL?", "The last result"),
            ("What does __ mean in the Python REPL?", "The result before the last"),
        ),
        (
            ("What does cd - do?", "Goes to the previous directory"),
            ("What does cd -- do?", "Ends the options"),
        ),
        (
            ("What does `gJ` do in Vim?", "Joins lines without spaces"),
            ("What does `gj` do in Vim?", "Moves down one screen line"),
        ),
    ],
    ids=[
        "letter-case",
        "quoted-letter-case",
        "format-letter-case",
        "lone-symbols",
        "parentheses",
        "vim-motions",
        "underscores",
        "dashes",
        "code-case",
    ],
)
def test_prompts_apart_only_by_marks_are_two_questions(tmp_path, pairs):
    """The fold sets case and lone punctuation aside; prompts that differ only by them
    ask two things: nothing is reported (no "same question")."""
    assert check(tmp_path, questions(*pairs)) == []


def test_the_same_symbol_quoted_or_not_is_one_question(tmp_path):
    found = check(
        tmp_path,
        questions(
            ("What does ; do in Vim?", "Repeats the last f or t forward"),
            ("What does `;` do in Vim?", "Repeats the last f, t, F or T backward"),
        ),
    )
    assert len(found) == 1 and found[0].startswith("warning similar-fact"), found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("What does K mean in FEN?", "What does K mean in FEN ?"),  # a question's own mark
        ("What is A share in China?", "What is a share in China?"),  # the article, any case
        ("Git - what does HEAD name?", "Git: what does HEAD name?"),  # a separator
    ],
    ids=["question-mark", "article-case", "separator"],
)
def test_a_real_conflict_is_still_an_error(tmp_path, first, second):
    """A question's own mark, the article typed in capitals and a dash between parts
    keep one prompt: another short answer conflicts."""
    found = check(tmp_path, questions((first, "White king"), (second, "Black king")))
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("A negative 500", "A positive 500", "error conflicting-fact"),
        ("minus 40 °C", "-40 °C", "error duplicate-fact"),
        ("plus 5 points", "5 points", "error duplicate-fact"),
    ],
)
def test_a_sign_written_as_a_word(tmp_path, first, second, expected):
    """ "negative 500" is -500: not "positive 500", the same as "-500"."""
    found = check(
        tmp_path, questions(("Balance of the account?", first), ("Balance of the account?", second))
    )
    assert len(found) == 1 and found[0].startswith(expected), found


def test_a_year_in_parentheses_only_dates_the_subject(tmp_path):
    """ "(2024)" and "in 2024" ask one thing: another value is a conflict."""
    found = check(
        tmp_path,
        "- {id: a, kind: limit, subject: 'Standard deduction, single filer (2024)', "
        "value: '$14,600'}\n"
        "- {id: b, kind: limit, subject: 'Standard deduction for single filers in 2024', "
        "value: '$13,850'}",
    )
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found


def test_list_items_apart_by_a_counted_letters_case(tmp_path):
    """Vim's ``3w`` (three words) and ``3W`` (three WORDS) are two motions."""
    found = check(
        tmp_path,
        """
        - id: counts
          kind: list
          title: Vim counts
          items:
            - "3w: three words forward"
            - "3W: three WORDS forward"
        """,
    )
    assert found == [], found


def commands(*pairs: tuple[str, str]) -> str:
    return "\n".join(
        f"- {{id: c{n}, kind: command, task: {task!r}, command: {command!r}, lang: vim}}"
        for n, (task, command) in enumerate(pairs)
    )


def test_tasks_and_keys_apart_only_by_case_are_two_facts(tmp_path):
    """Vim's word and WORD motions: "Move back a word" ``b`` and "Move back a WORD"
    ``B`` were "possibly conflicting: the same task". Case tells both sides apart."""
    found = check(
        tmp_path,
        commands(
            ("Move back a word", "b"),
            ("Move back a WORD", "B"),
            ("Move to the end of a word", "e"),
            ("Move to the end of a WORD", "E"),
        ),
    )
    assert found == []


@pytest.mark.parametrize(
    "second",
    [("Undo the last change", "U"), ("Undo the LAST change", "Ctrl-r")],
    ids=["same-task", "task-recased-other-key"],
)
def test_keys_apart_by_case_for_one_task_still_conflict(tmp_path, second):
    """One task written twice with ``u`` and ``U``, or in other capitals with another
    key, is still one task with two answers."""
    found = check(tmp_path, commands(("Undo the last change", "u"), second))
    assert len(found) == 1 and "the same task" in found[0], found


def test_a_conflict_names_the_card_of_the_same_task(tmp_path):
    """Three cards joined through one command: ``Ctrl-w v`` and ``Ctrl-w s`` both for
    "Split the window vertically", ``Ctrl-w s`` also for "... horizontally". The
    conflict named the horizontal card ("the same task"); it is the other vertical one."""
    found = check(
        tmp_path,
        commands(
            ("Split the window vertically", "Ctrl-w v"),
            ("Split the window horizontally", "Ctrl-w s"),
            ("Split the window vertically", "Ctrl-w s"),
        ),
    )
    conflicts = [line for line in found if "the same task" in line]
    assert len(conflicts) == 1 and "with c2 at" in conflicts[0], found
    assert any(
        "duplicate-fact" in line and "same command for another task" in line for line in found
    )


@pytest.mark.parametrize(
    "pairs",
    [
        (("What is No?", "Nobelium"), ("What is NO?", "Nitric oxide")),
        (
            ("What is Co?", "Cobalt, a transition metal (Z = 27)"),
            ("What is CO?", "Carbon monoxide, a toxic gas"),
        ),
        (("What is Cs?", "Caesium"), ("What is CS?", "Carbon monosulfide, an unstable gas")),
        (("Is Hf a metal?", "Yes"), ("Is HF a metal?", "No")),
    ],
    ids=["nobelium", "cobalt", "caesium", "hafnium"],
)
def test_an_element_symbol_and_a_formula_in_capitals_are_two_questions(tmp_path, pairs):
    """Co (cobalt) and CO (carbon monoxide): an element's symbol and the same letters in
    capitals name two substances, so their questions are not one question asked twice."""
    assert check(tmp_path, questions(*pairs)) == []


def test_an_element_symbol_and_a_formula_as_terms_are_two_terms(tmp_path):
    """The concept ``Cs`` (caesium) and ``CS`` (carbon monosulfide) are two terms."""
    found = check(
        tmp_path,
        "- {id: a, kind: concept, term: Cs, definition: 'Caesium, the alkali metal'}\n"
        "- {id: b, kind: qa, question: What is CS?, answer: 'Carbon monosulfide, a gas'}",
    )
    assert found == [], found
