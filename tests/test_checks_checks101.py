"""Rules added with held-out set 57 (checks101), each written here with small corpora of
domains of their own (Python's pdb, shell tools)."""

from __future__ import annotations

from conftest import check_facts_padded as check


def test_a_debugger_command_typed_short_is_the_same_command(tmp_path):
    # pdb's "b 42" is "break 42", "w" is "where": a debugger takes the first letter of
    # a command word (or letters of it in order) for the whole word
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Pause the script in pdb when it reaches line 42,
           command: break 42}
        - {id: b, kind: command, task: pdb - breakpoint on line 42, command: b 42}
        - {id: c, kind: command, task: Print the stack trace with pdb, command: where}
        - {id: d, kind: command, task: "pdb: show the call stack, newest frame last", command: w}
        """,
    )
    assert len(found) == 2, found
    assert all("warning similar-fact" in line for line in found), found
    assert "as b " in found[0] and "as d " in found[1], found


def test_two_programs_one_named_by_the_others_start_stay_apart(tmp_path):
    # "ls" is not short for "lsof", nor "vi" for "vim": two programs that list files
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: List the open files, command: lsof -n}
        - {id: b, kind: command, task: List the files in a directory, command: ls -n}
        - {id: c, kind: command, task: Open a file in the editor, command: vim notes.txt}
        - {id: d, kind: command, task: Open the file in the old editor, command: vi notes.txt}
        """,
    )
    assert found == [], found


def test_a_year_one_prompt_alone_dates_its_fact_by_asks_the_same(tmp_path):
    # "(1642)" and "in 1889" tell when, not what: the prompts without them ask one thing
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who painted The Night Watch (1642)?, answer: Rembrandt}
        - {id: b, kind: qa, question: "The Night Watch: the painter", answer: Vermeer}
        - {id: c, kind: qa, question: Who designed the Eiffel Tower in 1889?,
           answer: Gustave Eiffel's company}
        - {id: d, kind: qa, question: Designer of the Eiffel Tower, answer: Christopher Wren}
        """,
    )
    assert len(found) == 2, found
    assert all("warning similar-fact" in line for line in found), found
    assert "with b " in found[0] and "with d " in found[1], found


def test_prompts_that_each_say_a_year_stay_two_questions(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who won the Tour de France in 1998?, answer: Marco Pantani}
        - {id: b, kind: qa, question: Tour de France winner (2003), answer: Lance Armstrong}
        """,
    )
    assert found == [], found
