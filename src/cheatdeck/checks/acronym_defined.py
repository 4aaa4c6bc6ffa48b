"""An acronym of two letters that the corpus defines as other words than a prompt's.

"PO" read as the initials of "paracetamol overdose" makes "Antidote to paracetamol
overdose" a term asked again, yet the corpus's own card defines "PO" as "by mouth". Two
letters stand for many things (``acronyms``: "PE" is a pulmonary embolism and a physical
examination); a term card that defines them in a word or two names which. Two small
words that no such definition holds are then no spelling of it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .items import Item
from .normalize import content_words, fold

#: The most content words of a definition that says what two letters stand for ("by
#: mouth", "citizens band"); a longer one describes the thing ("The square root of the
#: variance" for "SD"), which may be the thing a prompt spells out.
_EXPANSION_WORDS = 2
#: A term that is an acronym of two letters alone: "PO", "BP".
_TWO_LETTERS = re.compile(r"[A-Z]{2}")


def two_letter_definitions(items: Iterable[Item]) -> dict[str, set[frozenset[str]]]:
    """Each two-letter acronym a term card defines in a word or two -> the content words
    of those definitions ("PO" -> {"mouth"})."""
    found: dict[str, set[frozenset[str]]] = {}
    for item in items:
        if item.kind == "concept" and _TWO_LETTERS.fullmatch(item.prompt.strip()):
            words = frozenset(content_words(fold(item.answer)))
            if len(words) <= _EXPANSION_WORDS:  # "by mouth", not "The square root of ..."
                found.setdefault(item.prompt.strip(), set()).add(words)
    return found


def defined_otherwise(
    short: str, spelt: list[str], definitions: dict[str, set[frozenset[str]]]
) -> bool:
    """``spelt``, small words whose initials are the two letters ``short`` (the first
    perhaps capitalised, opening a prompt), are not what the corpus defines ``short``
    as: no definition of it holds their words."""
    if len(short) != 2 or any(word[:1].isupper() for word in spelt[1:]):
        return False  # "GP" / "Grand Prix": a name's capitals spell it
    defined = definitions.get(short.upper())
    if not defined:
        return False
    words = frozenset(content_words(fold(" ".join(spelt))))
    return not any(words <= definition for definition in defined)
