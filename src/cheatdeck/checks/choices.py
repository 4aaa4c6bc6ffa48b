"""Questions that offer a choice ("..., water or oil?") and the option each answer picks.

Two questions that offer the same two options and ask the same thing in their other
words ("Which quenchant cools faster, water or oil?" / "Which is the faster quench, oil
or water?") are one question, however the rest is worded: the answers "Water" and "Oil"
cannot both be right, "Water" and "Water" say one fact. Layer 3 (``similar``) reads
prompts by their shared words and misses them when the options move and the words
around them change form; this module reads the options.
"""

from __future__ import annotations

import re

from .normalize import content_words, fold

#: Two options joined by "or": the word before it and the word after it.
_OR = re.compile(r"([^\W_][\w'-]*)\s*,?\s+or\s+(?:an?\s+|the\s+)?([^\W_][\w'-]*)")
#: Fewest words besides the options that two questions share: "faster quench" / "dry fly".
MIN_SHARED = 2
#: Shortest stem that may stand for a longer word it starts ("quench" / "quenchant").
MIN_STEM = 4


def _bare(word: str) -> str:
    """A content word without its side ("with:hen") or repeat mark ("snow§2")."""
    return word.rsplit(":", 1)[-1].split("§", 1)[0]


def _stems(text: str) -> list[str]:
    return [_bare(word) for word in content_words(fold(text))]


def options(question: str) -> frozenset[str] | None:
    """The two options a question offers, stemmed ("water or oil?" -> water, oil); None
    unless it offers exactly two, each one content word."""
    found = _OR.findall(fold(question))
    if len(found) != 1:
        return None
    stems = [_stems(word) for word in found[0]]
    if any(len(stem) != 1 for stem in stems) or stems[0] == stems[1]:
        return None
    return frozenset(stem[0] for stem in stems)


def picked(answer: str, offered: frozenset[str]) -> str | None:
    """The one option an answer names ("Rooster (cock) hackle" -> rooster), or None."""
    named = offered.intersection(_stems(answer))
    return next(iter(named)) if len(named) == 1 else None


def _covered(words: set[str], others: set[str]) -> bool:
    """Every word of ``words`` is one of ``others`` or starts it, or is started by it
    ("colder" / "cold", "quench" / "quenchant")."""
    return all(
        word in others
        or any(
            min(len(word), len(other)) >= MIN_STEM
            and (word.startswith(other) or other.startswith(word))
            for other in others
        )
        for word in words
    )


def choice_answers(
    question_a: str, answer_a: str, question_b: str, answer_b: str
) -> tuple[str, str] | None:
    """The options two answers pick, when two questions offer one choice and ask one
    thing: the same two options, and the words of one besides them all said by the other
    (two or more: "Is *dia* masculine or feminine?" and "Is *mapa* ...?" ask of two
    words). None otherwise, or when an answer picks no single option."""
    offered = options(question_a)
    if offered is None or options(question_b) != offered:
        return None
    rest_a = set(_stems(question_a)) - offered
    rest_b = set(_stems(question_b)) - offered
    fewer, more = sorted((rest_a, rest_b), key=len)
    if len(fewer) < MIN_SHARED or not _covered(fewer, more):
        return None
    first, second = picked(answer_a, offered), picked(answer_b, offered)
    if first is None or second is None:
        return None
    return first, second
