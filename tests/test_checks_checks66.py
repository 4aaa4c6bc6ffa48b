"""The fact checks on the kinds of card the forty-seventh held-out set showed them
missing (tests/data/fact_pairs_unseen47.txt): each test is a general rule, met there on
hydroponics, Nix, kayaking or podiatry cards and written here with other tools and
subjects."""

from __future__ import annotations

from conftest import check_facts as check


def test_bundled_short_options_are_the_long_ones_spelt_out(tmp_path):
    # "-av" is "-a -v": the same command as "--archive --verbose" (a warning)
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Mirror a folder with rsync, command: rsync -av src/ dst/}
        - {id: b, kind: command, task: Mirror src into dst verbosely,
           command: rsync --archive --verbose src/ dst/}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_bundled_short_options_that_are_not_those_long_ones_stay_apart(tmp_path):
    # "-av" is not "--archive --delete": another command
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Copy a folder with rsync, command: rsync -av src/ dst/}
        - {id: b, kind: command, task: "Make dst a copy of src, deleting extra files",
           command: rsync --archive --delete src/ dst/}
        """,
    )
    assert found == [], found


def test_a_long_option_shortened_after_one_dash_is_that_option(tmp_path):
    # "-lang" is how dotnet shortens "--language"
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Create a Visual Basic class library,
           command: dotnet new classlib -lang VB}
        - {id: b, kind: command, task: New VB class library with the dotnet CLI,
           command: dotnet new classlib --language VB}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_tasks_with_roles_traded_but_one_command_are_one_task(tmp_path):
    # "... the solution for release" / "Release build of the solution": the way back
    # would be another command, not "-p:" spelt "--property:"
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Compile the solution with optimisations for release,
           command: "dotnet build -p:Configuration=Release"}
        - {id: b, kind: command, task: Release build of the solution,
           command: "dotnet build --property:Configuration=Release"}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_question_answered_with_a_command_run_with_sudo_elsewhere(tmp_path):
    # "How do you ...?" answered "apt autoremove", the task's command run as root
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Remove packages that are no longer needed,
           command: sudo apt autoremove}
        - {id: b, kind: qa, question: How do you remove automatically installed packages that
             are no longer needed?, answer: apt autoremove}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_question_answered_with_a_command_less_its_file(tmp_path):
    # "awk 'NR==5'" is the task's command without the file it reads
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Print the fifth line of a file,
           command: "awk 'NR==5' notes.txt"}
        - {id: b, kind: qa, question: How do you print only line 5 with awk?,
           answer: "awk 'NR==5'"}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_question_answered_with_a_command_and_its_task_asked_by_its_verb_again(tmp_path):
    # "Rebuild" is "build" again: with one command as the answer, one task asked twice
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Rebuild the font cache, command: fc-cache -f -v}
        - {id: b, kind: qa, question: Which command forces fontconfig to build its index again?,
           answer: fc-cache -f -v}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_one_letter_option_is_the_initial_of_one_spelt_out_after_one_dash(tmp_path):
    # PowerShell (as ffmpeg and find) spells options out after one dash: "-r" is "-Recurse"
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Delete a folder and everything in it,
           command: Remove-Item logs -r}
        - {id: b, kind: command, task: Delete the logs folder recursively,
           command: Remove-Item logs -Recurse}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_question_naming_the_program_answered_with_its_subcommand_alone(tmp_path):
    # "Which systemctl subcommand ...?" daemon-reload is "systemctl daemon-reload"
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Reload the unit files after editing them,
           command: sudo systemctl daemon-reload}
        - {id: b, kind: qa, question: Which systemctl subcommand reloads changed unit files?,
           answer: daemon-reload}
        - {id: c, kind: qa, question: Which systemctl subcommand lists the failed units?,
           answer: --failed}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0] and "as b" in found[0], found


def test_a_module_named_by_its_usual_alias_is_that_module(tmp_path):
    # "import pandas as pd": "pd.read_csv" calls "pandas.read_csv" (a warning)
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Load a CSV file into a data frame,
           command: "pd.read_csv('sales.csv')"}
        - {id: b, kind: command, task: Read sales.csv with pandas,
           command: "pandas.read_csv('sales.csv')"}
        """,
    )
    assert len(found) == 1 and "named by its usual alias" in found[0], found
