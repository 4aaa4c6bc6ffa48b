"""Sibling prompts: two prompts of nearly the same words that ask of two things.

Layer 3 (``similar``) reads prompts by their words; these predicates read what the fold
loses, the order around a comparison and a code's sub-number, and say when two prompts
ask two questions however many words they share.
"""

from __future__ import annotations

import re

from .normalize import content_words, fold

#: A comparison that has a direction: what comes before "than" is compared with what
#: comes after it ("When are tubes better than pans?"). Not "vs": "TCP vs UDP" asks what
#: "UDP vs TCP" asks.
_THAN = re.compile(r"^(.*)\bthan\b(.*)$")


def compared_the_other_way(a: str, b: str) -> bool:
    """Two prompts of the same words that compare two things the other way round ("When
    are tubes better than pans?" / "When are pans better than tubes?"): two questions.
    One thing compared in other words ("Is a rook worth more than a bishop?" / "Is a
    bishop worth less than a rook?") is left to the words: they differ."""
    folded_a, folded_b = fold(a), fold(b)
    found_a, found_b = _THAN.match(folded_a), _THAN.match(folded_b)
    if found_a is None or found_b is None:
        return False
    if sorted(content_words(folded_a)) != sorted(content_words(folded_b)):
        return False
    return sorted(content_words(found_a[2])) != sorted(content_words(found_b[2]))


#: A code of letters then digits, and the sub-number after its colon if it has one:
#: the Colour Index's "PB15:3" is a form of "PB15", another pigment than "PB15:1".
_CODE = re.compile(r"(?<![\w:])([A-Za-z]+\d+[A-Za-z]?)(?::(\d+))?(?![\w:])")


def sub_numbers_apart(a: str, b: str) -> bool:
    """Two prompts that name one code, with another sub-number after its colon in each or
    in one only ("Which shade is PB15:1?" / "... PB15:3?" / "Which pigment is PB15?"):
    they ask of two things, which the fold (the colon dropped, "pb15 1") cannot tell."""
    subs_a, subs_b = _sub_numbers(a), _sub_numbers(b)
    return any(
        subs_a[code] != subs_b[code] and (subs_a[code] | subs_b[code]) - {""}
        for code in subs_a.keys() & subs_b.keys()
    )


def _sub_numbers(text: str) -> dict[str, set[str]]:
    """Each code of ``text`` (casefolded) with its sub-numbers ("" for none)."""
    found: dict[str, set[str]] = {}
    for code, sub in _CODE.findall(text):
        found.setdefault(code.casefold(), set()).add(sub)
    return found
