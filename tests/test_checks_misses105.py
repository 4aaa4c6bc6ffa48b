"""misses105: commands written two ways (issue 18) — what bash reads two ways, options
in another order with a value attached in one."""

from __future__ import annotations

from conftest import check_deck_padded


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


def test_options_reordered_with_a_value_attached_in_one_are_one_command(tmp_path):
    """``nasm -felf64 -o prog.o prog.asm`` is ``nasm -f elf64 prog.asm -o prog.o``: the
    options in another order, the value of ``-f`` attached in one (letters and digits: no
    bundle of one-letter flags holds a digit). A value attached in one order stays the
    other reason's (``make -j4`` / ``make -j 4``), one warning a pair."""
    found = check_deck_padded(
        tmp_path,
        "Assembly",
        """
        - {id: a, kind: command, task: Assemble a 64-bit ELF object with NASM,
           command: nasm -f elf64 prog.asm -o prog.o}
        - {id: b, kind: command, task: Assemble prog.asm for 64-bit Linux with nasm,
           command: nasm -felf64 -o prog.o prog.asm}
        - {id: c, kind: command, task: Build with four jobs, command: make -j4}
        - {id: d, kind: command, task: Build with 4 parallel jobs, command: make -j 4}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 2, facts
    assert any(" b " in line and "another order" in line for line in facts), facts
    assert any(" d " in line and "attached" in line for line in facts), facts
