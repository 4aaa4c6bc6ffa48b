"""Two commands alike but for names written short: a command's name made of capitalised
parts written as its initials (``Get-ChildItem`` / ``gci``, ``Get-Member`` / ``gm``), an
option written as the start of its name (``-r`` / ``-Recurse``, ``-lang`` /
``--language``, ``-d:release`` / ``--define:release``). ``facts`` reports such a pair as a
``similar-fact`` warning: many a tool takes these short forms, and a card may teach one
form of each on purpose."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations

from .items import Item

#: A name of two capitalised parts or more, hyphenated or not ("Get-ChildItem").
_COMPOUND = re.compile(r"[A-Z][a-z0-9]+(?:-?[A-Z][a-z0-9]*)+")
#: An option: its dashes, its name, and a value after ':' or '=' ("--define:release").
_OPTION = re.compile(r"(-{1,2})([A-Za-z][A-Za-z-]*)([:=].*)?")


def names_abbreviated(
    first_with_command: dict[tuple[int, str], Item],
) -> Iterator[tuple[Item, Item]]:
    """Pairs of commands of one scope, word for word the same but where one has a
    compound name and the other its initials, or a long option and the other its start
    (``short_of``), in corpus order: the first of each written command only."""
    by_skeleton: dict[tuple, list[tuple[list[str], Item]]] = defaultdict(list)
    for (scope, command_key), item in first_with_command.items():
        words = command_key.split()
        by_skeleton[scope, tuple(_skeleton(word) for word in words)].append((words, item))
    for written in by_skeleton.values():
        for (words, item), (other_words, other) in combinations(written, 2):
            differing = [(x, y) for x, y in zip(words, other_words, strict=True) if x != y]
            if differing and all(short_of(x, y) or short_of(y, x) for x, y in differing):
                yield (item, other) if item.index < other.index else (other, item)


def _skeleton(word: str) -> str:
    """A word as what both its forms share: a compound name as its initials ("gci"), an
    option as its first letter and its value ("-d:release"), another word as it is."""
    if _COMPOUND.fullmatch(word):
        return _initials(word)
    option = _OPTION.fullmatch(word)
    if option:
        return "-" + option.group(2)[0].lower() + (option.group(3) or "")
    return word.lower()


def _initials(name: str) -> str:
    return "".join(part[0] for part in re.findall(r"[A-Z][a-z0-9]*", name)).lower()


def short_of(short: str, long: str) -> bool:
    """``short`` is ``long`` written short: the initials of a compound name ("gci" /
    "Get-ChildItem"), or an option of one dash that starts the other's name, value
    alike, of two letters or more ("-lang" / "--language"), or of one where the other has
    one dash and is a word (``_a_word``: "-r" / "-Recurse") or both carry a value ("-d:release" /
    "--define:release"). A letter against a long option of two dashes alone is
    ``facts._short_and_long``'s ("-a" / "--all")."""
    if _COMPOUND.fullmatch(long):
        return len(short) >= 2 and short == _initials(long)
    first, second = _OPTION.fullmatch(short), _OPTION.fullmatch(long)
    if first is None or second is None or first.group(1) != "-":
        return False
    prefix, name = first.group(2).lower(), second.group(2).lower()
    if first.group(3) != second.group(3) or len(prefix) >= len(name):
        return False
    if not name.startswith(prefix):
        return False
    if len(prefix) >= 2 or first.group(3) is not None:
        return True
    return second.group(1) == "-" and _a_word(second.group(2))


def _a_word(name: str) -> bool:
    """An option's name of one dash that reads as a word, not as letters bundled ("-rn",
    "-lart", "-xzvf"): capitalised ("-Recurse") or of four letters or more with two
    vowels ("-codec")."""
    return name[0].isupper() or (len(name) >= 4 and sum(c in "aeiou" for c in name) >= 2)
