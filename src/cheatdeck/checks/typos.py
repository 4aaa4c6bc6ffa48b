"""Misspellings for layer 3: a rarely used word one edit from a word used far more often.

``Lamdba`` in one card and ``Lambda`` in forty: the first is the second misspelt.
Words used alike are both meant, and short words never count (``EBS`` is not a
misspelt ``EFS``; ``role`` is not ``rule``). Works on token ids of a ``Vocabulary``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .normalize import SYNONYMS

#: A word is a misspelling of a word one edit away used in at least TYPO_RATIO times
#: as many cards, when it is in at most TYPO_MAX_CARDS cards or is FREQUENT_RATIO times
#: rarer (a misspelling repeated across a big corpus: "polciy" in 8 cards, "policy" in 3000).
TYPO_RATIO = 4
TYPO_MAX_CARDS = 3
FREQUENT_RATIO = 20
#: Shorter words are never misspellings; substitutions need one letter more.
MIN_LENGTH = 4
MIN_LENGTH_SUBSTITUTION = 5


def typo_mapping(words: Sequence[str], ids: dict[str, int], cards: Sequence[int]) -> dict[int, int]:
    """Misspelt token -> the token meant. ``cards[t]``: in how many cards token t appears."""
    index = _SpellingIndex()
    for token, word in enumerate(words):
        if cards[token] >= 2 and _spelling(word):
            index.add(token, word)
    for spelled, meant in SYNONYMS.items():  # "Creaate" is "Create", whose token is "make"
        token = ids.get(meant)
        if token is not None and cards[token] >= 2 and _spelling(spelled):
            index.add(token, spelled)
    # Each key's spellings, the most used first: a word's search ends at the first
    # spelling used too little to be the word meant (on a large corpus a short half is
    # shared by thousands of spellings, nearly all of them as rare as the word).
    for entries in index.keys.values():
        entries.sort(key=lambda entry: -cards[entry[0]])
    most = max(cards, default=0)
    mapping: dict[int, int] = {}
    indexed = index.keys.get
    for token, word in enumerate(words):
        length = len(word)
        if length < MIN_LENGTH:
            continue
        used = cards[token]
        enough = TYPO_RATIO * used if used <= TYPO_MAX_CARDS else FREQUENT_RATIO * used
        if enough > most:
            continue
        # The indexed spellings that may be one edit from ``word`` (and some that are
        # not): ``_halves(word, length)``, inlined (this runs for every word of the corpus).
        half = max(1, (length - 3) // 2)
        before, after = indexed((length, 0, word[:half])), indexed((length, 1, word[-half:]))
        if before is None and after is None:
            continue
        letters = _spelling(word)
        if not letters:
            continue
        first, needed = letters[0], max(2, enough)
        partners = set()
        for entries in (before, after):
            for partner, spelled, initial in entries or ():
                if cards[partner] < needed:
                    break  # the spellings after it are used as little or less
                if partner != token and initial == first and one_edit(word, spelled):
                    partners.add(partner)
        if partners:
            ranked = sorted(partners, key=lambda t: (-cards[t], t))
            # Two words it could be, used alike ("Getri", "Geviri"): no telling which.
            if len(ranked) == 1 or cards[ranked[0]] >= TYPO_RATIO * cards[ranked[1]]:
                mapping[token] = ranked[0]
    return mapping


def _spelling(word: str) -> str:
    """The letters of a word that may be misspelt ("" if none may): ``to:internet`` is
    spelt ``internet``; numbers, ``us-east-1`` and short words are never misspellings."""
    letters = word.rpartition(":")[2]
    return letters if len(letters) >= MIN_LENGTH and letters.isalpha() else ""


class _SpellingIndex:
    """Spellings found by a shared half: a word and a word one edit from it share their
    first or their last (n - 3) // 2 letters (the letters before and after the edit
    number at least n - 3). Two dictionary lookups per word, whatever the vocabulary."""

    def __init__(self) -> None:
        # key -> (token, spelling, the first letter of its ``_spelling``)
        self.keys: dict[tuple[int, int, str], list[tuple[int, str, str]]] = defaultdict(list)

    def add(self, token: int, spelled: str) -> None:
        length = len(spelled)
        entry = (token, spelled, _spelling(spelled)[0])
        for other_length in (length - 1, length, length + 1):
            for key in _halves(spelled, other_length):
                self.keys[key].append(entry)


def _halves(word: str, length: int) -> tuple[tuple[int, int, str], tuple[int, int, str]]:
    """The keys a word shares with every word of ``length`` letters one edit from it."""
    half = max(1, (length - 3) // 2)
    return (length, 0, word[:half]), (length, 1, word[-half:])


def one_edit(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours turns ``a`` into ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return len(a) >= MIN_LENGTH_SUBSTITUTION  # "role" / "rule" are both words
    return a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
