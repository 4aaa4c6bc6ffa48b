"""Gates speed186 put before costly passes: each skips only what could find nothing."""

from __future__ import annotations

from types import SimpleNamespace

from cheatdeck.checks.facts import _letters, _options_reordered


def _pairs(commands: list[str]) -> list[tuple[int, int]]:
    """The pairs ``_options_reordered`` finds among commands of one scope, by number."""
    first_with_command = {
        (0, command): SimpleNamespace(index=index) for index, command in enumerate(commands)
    }
    return [(a.index, b.index) for a, b in _options_reordered(first_with_command)]


def test_commands_bundled_or_spaced_otherwise_still_meet():
    # the look by letters leaves blanks and dashes out: "-n -e" is the bundle "-ne",
    # "-felf64" the option "-f" with "elf64" after it
    assert _letters("perl -n -e CODE") == _letters("perl -ne CODE")
    assert _pairs(["perl -n -e CODE", "perl -ne CODE"]) == [(0, 1)]
    assert _pairs(["nasm -f elf64 x.asm -o x.o", "nasm -felf64 -o x.o x.asm"]) == [(0, 1)]
    assert _pairs(["tar -x -z -f a.tgz", "tar -zxf a.tgz", "rsync -a -e ssh"]) == [(0, 1)]


def test_commands_of_other_letters_are_not_read_further():
    assert _pairs(["ssh -N host", "scp -N host", "ssh -L 8080:db:80 host"]) == []
