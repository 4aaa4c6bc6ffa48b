"""The shortcuts of ``check`` give what the long way gives: the words ``content_words``
reads with the words around them, the British endings' tail look-up, the gate of
``one_word_phrases``, ``as_latin``'s answer for a name all in ASCII, and the misspelling
search that stops at the first spelling used too little."""

from __future__ import annotations

import pytest

from cheatdeck.checks.normalize import (
    _BRITISH_ENDINGS,
    _may_be_british,
    content_words,
    fold,
    one_word_phrases,
)
from cheatdeck.checks.typos import typo_mapping
from cheatdeck.model import as_latin

# Each reads a word with the one before or after it: a side, a "to", a symbol, a
# multiplier, tens and units, "min" after a number, a stop word kept in capitals.
CONTEXT_WORDS = [
    ("Max users per group", ["max", "user", "per:group"]),
    ("Memory to CPU ratio", ["mem", "to:cpu", "ratio"]),
    ("How to create a bucket", ["make", "bucket"]),
    ("Function to parse a string", ["function", "pars", "string"]),
    ("Women 19 to 50", ["femal", "19", "50"]),
    ("Salt & pepper", ["salt", "pepper"]),
    ("threshold when R0 = 5", ["threshold", "r0", "5"]),
    ("A hundred years", ["100", "year"]),
    ("One Hundred Years of Solitude", ["100", "year", "solitud"]),
    ("Twenty thousand leagues", ["20000", "leagu"]),
    ("Ninety five theses", ["95", "these"]),
    ("Min. wind speed", ["min", "wind", "speed"]),
    ("Rest 5 min between sets", ["rest", "5", "minut", "between", "config"]),
    ("Max TPS with batching", ["max", "tps", "with:batch"]),
    ("Max TPS with no batching", ["max", "tps", "no", "batch"]),
    ("Chablis is made from which grape?", ["chabl", "make", "from", "grape"]),
    ("Max daily dose", ["max", "per:day", "dose"]),
    ("Touch the wall with?", ["touch", "wall"]),
    ("to all the hosts", ["to:all", "host"]),
    ("burst max burst duration", ["burst", "max", "burst§2", "durat"]),
]


@pytest.mark.parametrize(("text", "expected"), CONTEXT_WORDS)
def test_content_words_of_words_read_in_context(text, expected):
    assert content_words(fold(text)) == expected


def test_content_words_keep_a_capital_stop_word():
    assert content_words(fold("Elizabeth I"), frozenset({"i"})) == ["elizabeth", "first"]


@pytest.mark.parametrize("ending", _BRITISH_ENDINGS)
def test_every_british_ending_passes_the_tail_look_up(ending):
    assert _may_be_british("abcd" + ending)


# One prompt per phrase of ``_PHRASES``: each must get past the gate to be rewritten.
PHRASES = [
    ("when did the dodo go extinct", "when did the dodo extinct"),
    ("sound travels through air", "sound travel through air"),
    ("the most recent version", "the latest version"),
    ("what is a negroni made of", "what is a negroni ingredients"),
    ("what is bronze composed of", "what is bronze ingredients"),
    ("what is steel comprised of", "what is steel ingredients"),
    ("what does a negroni consist of", "what does a negroni ingredients"),
    ("what goes in a negroni", "what ingredients a negroni"),
    ("run it from the command line", "run it from the cli"),
    ("longest allowed bucket name", "longest bucket name"),
    ("max permitted dose", "max dose"),
    ("max permissible dose", "max dose"),
    ("largest possible value", "largest value"),
    ("max supported size", "max size"),
    ("angles add up to", "angles sum"),
    ("max dose per 24 hours", "max dose daily"),
    ("what is capacitance measured in", "what is capacitance unit"),
]


@pytest.mark.parametrize(("prompt", "expected"), PHRASES)
def test_one_word_phrases_gate_lets_each_phrase_through(prompt, expected):
    assert one_word_phrases(prompt) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("concept", None),  # all ASCII: nothing to read as Latin
        ("id", None),
        ("c\u043encept", "concept"),  # its 'о' Cyrillic
        ("\u0456d", "id"),  # its 'і' Cyrillic
        ("\u0441\u0430\u0445\u0430\u0440", None),  # сахар: a Russian word, no Latin letter
        ("\u043f\u0440\u0438\u0432\u0435\u0442", None),  # привет: another script besides
        ("Kr\u00f6te", None),  # a Latin letter with an accent is no look-alike
    ],
)
def test_as_latin(text, expected):
    assert as_latin(text) == expected


class _CountedCards(list):
    """Card counts that count how often they are read."""

    reads = 0

    def __getitem__(self, index):
        _CountedCards.reads += 1
        return super().__getitem__(index)


def _spellings_sharing_a_half(rare: int) -> tuple[list[str], list[int]]:
    """ "lambda" in 50 cards, "lamdba" in one, and ``rare`` other six-letter words starting
    with "l" in two cards each: all of them share the key of their first letter."""
    letters = "bcdfghjkmnpqrstvwxz"
    rares = [
        "l" + a + b + c + "o" + "e"
        for a in letters
        for b in letters
        for c in letters
        if a + b + c not in ("amb", "amd")
    ][:rare]
    return ["lambda", "lamdba", *rares], [50, 1] + [2] * len(rares)


@pytest.mark.parametrize("rare", [0, 30, 1500])
def test_misspelling_found_among_many_spellings_of_one_half(rare):
    words, cards = _spellings_sharing_a_half(rare)
    ids = {word: token for token, word in enumerate(words)}
    mapping = typo_mapping(words, ids, cards)
    assert mapping == {1: 0}  # "lamdba" is "lambda"; the rare ones are nobody's typo


def test_misspelling_search_reads_few_spellings_per_word():
    """1,500 rare words sharing one key with one common word: each word's search reads
    the common word's count and one rare one's, not the 1,500 (2.3 million reads)."""
    words, cards = _spellings_sharing_a_half(1500)
    ids = {word: token for token, word in enumerate(words)}
    counted = _CountedCards(cards)
    _CountedCards.reads = 0
    assert typo_mapping(words, ids, counted) == {1: 0}
    assert _CountedCards.reads < 20 * len(words)
