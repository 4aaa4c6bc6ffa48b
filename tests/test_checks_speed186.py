"""Gates speed186 put before costly passes: each skips only what could find nothing."""

from __future__ import annotations

from types import SimpleNamespace

from cheatdeck.checks.facts import _letters, _options_reordered
from cheatdeck.checks.names_spelt import _CAPITALISED, capitalised_words
from cheatdeck.checks.normalize import fold


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


def test_capitals_are_found_as_the_pattern_finds_them():
    # a text in small ASCII letters is passed by; a small letter beyond ASCII still starts
    # a word the pattern reads as capitalised ("élan"), as it did before the gate
    texts = ["the odin saga", "élan vital", "Who leads the Aesir?", "óðinn", "ABC and Def", ""]
    expected = {word.lower() for text in texts for word in _CAPITALISED.findall(text)}
    assert capitalised_words(texts) == expected
    assert {"élan", "who", "aesir", "óðinn", "def"} <= expected


def test_an_acronyms_plural_is_still_its_singular():
    assert fold("Which APIs are public?") == fold("Which API are public?")
    assert fold("which apis are public?") == "which apis are public"  # no capitals: kept
