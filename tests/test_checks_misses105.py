"""misses105: commands written two ways (issue 18) — a short option whose letter is
inside its long option's words, not their initial."""

from __future__ import annotations

from conftest import check_deck_padded


def test_a_short_option_lettered_inside_its_long_one_is_one_command(tmp_path):
    """``make -n`` is ``make --dry-run`` ("n" ends "run"), ``gradle build -x test`` is
    ``--exclude-task test`` and ``objdump -d -M intel`` is ``objdump --disassemble
    --disassembler-options=intel`` (its value after '='): the letter of a short option
    is often one inside the long one's words. Only a warning; an option changed for
    another short one (``-x test`` / ``-t test``) is no such pair."""
    found = check_deck_padded(
        tmp_path,
        "Tools",
        """
        - {id: a, kind: command, task: Print what make would run, command: make -n}
        - {id: b, kind: command, task: Dry run of make, command: make --dry-run}
        - {id: c, kind: command, task: Skip the tests during a Gradle build,
           command: gradle build -x test}
        - {id: d, kind: command, task: Build but exclude the test task,
           command: gradle build --exclude-task test}
        - {id: e, kind: command, task: Disassemble a binary in Intel syntax,
           command: objdump -d -M intel prog}
        - {id: f, kind: command, task: Show the disassembly of prog in Intel syntax,
           command: objdump --disassemble --disassembler-options=intel prog}
        - {id: g, kind: command, task: Rebuild when a source changes, command: cmake -t test}
        - {id: h, kind: command, task: Build the tests and go on, command: cmake --exclude test}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 3, facts
    assert all(line.startswith("warning similar-fact:") for line in facts), facts
    assert all("short option" in line for line in facts), facts
    for first, second in (("a", "b"), ("c", "d"), ("e", "f")):
        assert any(f" {first} " in line or f" {second} " in line for line in facts), facts


def test_a_redirection_or_builtin_bash_spells_two_ways_is_one_command(tmp_path):
    """bash reads ``cmd &> f`` as ``cmd > f 2>&1`` and ``source f`` as POSIX's ``. f``:
    one command written two ways (a warning: ``sh`` reads only one of them). Appending
    (``>> f 2>&1``) is another command, so is standard error alone (``2> f``) against
    standard output (``1> f``)."""
    found = check_deck_padded(
        tmp_path,
        "Shell",
        """
        - {id: a, kind: command, task: Redirect stdout and stderr to a file,
           command: cmd > out.log 2>&1}
        - {id: b, kind: command, task: Send both streams of cmd to out.log,
           command: "cmd &> out.log"}
        - {id: c, kind: command, task: Append stdout and stderr to out.log,
           command: cmd >> out.log 2>&1}
        - {id: d, kind: command, task: Reload the zsh configuration, command: source ~/.zshrc}
        - {id: e, kind: command, task: Re-read .zshrc in the current shell, command: . ~/.zshrc}
        - {id: f, kind: command, task: Redirect only stderr to a file, command: cmd 2> err.log}
        - {id: g, kind: command, task: Redirect only stdout to a file, command: cmd 1> err.log}
        """,
    )
    facts = [line for line in found if "-fact:" in line and "bash reads two ways" in line]
    assert len(facts) == 2, facts
    assert any(" b " in line for line in facts) and any(" e " in line for line in facts), facts
    assert not [line for line in found if "-fact:" in line and " c " in line], found
