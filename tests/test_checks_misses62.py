"""Commands and limits stated twice in other words (issue 18, the task/task,
subject/subject and question/subject misses of the held-out sets). Each test failed
with its rule undone."""

from __future__ import annotations

from conftest import check_deck_padded


def _similar(found: list[str]) -> list[str]:
    return [line for line in found if " similar-fact: " in line]


def test_one_option_changed_under_tasks_that_share_the_commands_other_words(tmp_path):
    """``jekyll serve -P 4000`` / ``jekyll serve -p 4000`` under "Serve the site on
    *port* *4000*" / "Listen on *port* *4000* for a preview": the tasks
    share a word the commands' shared rest spells (the port's number), which still tells
    what both ask; only the changed option's words and the program's name say which
    command it is. One command is wrong: a possible conflict."""
    found = check_deck_padded(
        tmp_path,
        "Jekyll",
        """
        - {id: a, kind: command, task: Serve the site on port 4000,
           command: jekyll serve -P 4000}
        - {id: b, kind: command, task: Listen on port 4000 for a preview,
           command: jekyll serve -p 4000}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "possibly conflicting with b " in similar[0], found


def test_the_programs_one_word_name_is_no_word_two_tasks_share(tmp_path):
    """ "Print the *packages* that *brew* installed" / "Refresh the *package* index of
    *brew*" (``brew list`` / ``brew update``): the program's name, one word, says which
    program, not what the tasks do; one word shared is too little, no warning."""
    found = check_deck_padded(
        tmp_path,
        "Homebrew",
        """
        - {id: a, kind: command, task: Print the packages that brew installed,
           command: brew list}
        - {id: b, kind: command, task: Refresh the package index of brew,
           command: brew update}
        """,
    )
    assert _similar(found) == [], found


def test_a_word_said_after_with_in_one_task_and_alone_in_the_other_is_shared(tmp_path):
    """ "Render report.qmd to PDF *with the engine* running inside a container" /
    "Render report.qmd to PDF, *engine* inside a container": "engine" is one word of
    both tasks, not a word of each; the commands change one option's value (``--engine
    docker`` / ``--engine podman``): a possible conflict."""
    found = check_deck_padded(
        tmp_path,
        "Quarto",
        """
        - {id: a, kind: command,
           task: Render report.qmd to PDF with the engine running inside a container,
           command: quarto render report.qmd --to pdf --engine docker}
        - {id: b, kind: command, task: "Render report.qmd to PDF, engine inside a container",
           command: quarto render report.qmd --to pdf --engine podman}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "possibly conflicting with b " in similar[0], found
