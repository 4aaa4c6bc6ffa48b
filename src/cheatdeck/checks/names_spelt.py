"""One name spelt two ways: a name of Old Norse, Icelandic or Scandinavian letters typed
plainly ("Óðinn" / "Odinn", "Ørsted" / "Orsted"), its old nominative ending left off
("Heimdallr" / "Heimdall"), or a Greek name in its Greek or its Latin letters
("Alexios Komnenos" / "Alexius Comnenus", "Herakles" / "Heracles"). Only for words the
corpus writes with a capital alone, never in small letters: "schön" / "schon" stay two
words."""

from __future__ import annotations

import re

from .normalize import without_marks

#: Letters that lose their shape when typed on an English keyboard, not a mark.
_PLAIN_LETTERS = str.maketrans({"ð": "d", "þ": "th", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l"})
#: A capitalised word of letters (marked ones too), and one in small letters.
_CAPITALISED = re.compile(r"(?<![\w'’-])[^\W\d_a-z][^\W\d_A-Z]+(?![\w-])")
_SMALL = re.compile(r"(?<![\w'’-])[^\W\d_A-Z]+(?![\w-])")
#: A word of a name: letters, then letters, digits, apostrophes, dots or hyphens.
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: Small words inside a name: "Ludwig van Beethoven", "Leonardo da Vinci".
_NAME_PARTICLES = frozenset("van von de da del della der di du la le ten ter y".split())
#: The shortest name that may be read with one consonant more at its end.
MIN_STEM = 5
#: Consonants after which an old nominative ``r`` ends one spelling of a name only.
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


def plain_name(word: str) -> str:
    """``word`` (folded, small letters) typed plainly: marks left off, ``ð`` as ``d``,
    ``þ`` as ``th``, ``ø`` as ``o``."""
    if word.isascii():  # most names: no letter to change (a translation looks each up)
        return word
    return without_marks(word.translate(_PLAIN_LETTERS))


#: A Greek name written in Latin letters one way or the other: its kappa as "k" or "c",
#: its diphthongs "ai" and "oi" as "ae" and "oe", its ending "-os" as "-us" ("Alexios" /
#: "Alexius", "Komnenos" / "Comnenus", "Aischylos" / "Aeschylus", "Oidipus" / "Oedipus").
_GREEK_LETTERS = re.compile(r"k|ai|oi|os$")
_LATIN_LETTERS = {"k": "c", "ai": "ae", "oi": "oe", "os": "us"}


def latin_letters(plain: str) -> str:
    """A name typed plainly (``plain_name``) with the Greek spellings of
    ``_GREEK_LETTERS`` in their Latin letters: "komnenos" as "comnenus"."""
    if "k" not in plain and "ai" not in plain and "oi" not in plain and plain[-2:] != "os":
        return plain  # most names: nothing to respell
    return _GREEK_LETTERS.sub(lambda found: _LATIN_LETTERS[found[0]], plain)


def name_key(name: str) -> str:
    """What two spellings of one name share (``one_name_spelt``, the old nominative
    ending aside): the name typed plainly, in Latin letters."""
    return latin_letters(plain_name(name))


def capitalised_words(texts: list[str]) -> set[str]:
    """The words (in small letters) that ``texts`` write with a capital."""
    capitalised: set[str] = set()
    for text in texts:
        if text.isascii() and text.islower():
            continue  # no A-Z for ``_CAPITALISED`` to start on (a small "é" may: "élan")
        capitalised.update(word.lower() for word in _CAPITALISED.findall(text))
    return capitalised


def small_words(texts: list[str]) -> set[str]:
    """The words that ``texts`` write in small letters."""
    small: set[str] = set()
    for text in texts:
        small.update(_SMALL.findall(text))
    return small


def spelt_one_way_or_two(names: set[str]) -> set[str]:
    """The names (folded, small letters) that ``one_name_spelt`` may pair: those whose
    plain spelling (``plain_name``) another name's is, or is with one letter more or
    less. On most corpora none: a cheap look before the costlier reading of each name."""
    by_plain: dict[str, list[str]] = {}
    for name in names:
        by_plain.setdefault(name_key(name), []).append(name)
    alike: set[str] = set()
    for plain, spellings in by_plain.items():
        shorter = by_plain.get(plain[:-1])
        if len(spellings) > 1 or shorter is not None:
            alike.update(spellings)
        if shorter is not None:
            alike.update(shorter)
    return alike


def one_name_spelt(first: str, second: str) -> bool:
    """Two names (folded, small letters) that are one name spelt two ways: equal typed
    plainly, a letter of their own among them ("óðinn" / "odinn", not "mütter" /
    "mutter"), a Greek name in Greek and in Latin letters of five letters or more
    ("alexios" / "alexius", ``latin_letters``), or one the other with its last consonant
    doubled ("huginn" / "hugin") or an ``r`` after it ("heimdallr" / "heimdall"), the
    shorter of five letters or more. An ending vowel, ``s`` or ``n`` makes another word:
    "Julian" / "Juliana", "Louis" / "Louise", "America" / "American"."""
    if first == second:
        return False
    a, b = plain_name(first), plain_name(second)
    if a == b:  # not marks alone: German nouns are capitalised ("Mütter" / "Mutter")
        return any(letter in _PLAIN_LETTERS for letter in map(ord, first + second))
    if min(len(a), len(b)) >= MIN_STEM and latin_letters(a) == latin_letters(b):
        return True
    short, long = sorted((a, b), key=len)
    return (
        len(long) == len(short) + 1
        and len(short) >= MIN_STEM
        and long.startswith(short)
        and short.isalpha()
        and short[-1] in _CONSONANTS
        and long[-1] in (short[-1], "r")
    )


def a_name(answer: str) -> bool:
    """``answer`` is a name of two capitalised words or more ("José Valim", "São Paulo"),
    which people also type without its accents; a word in small letters keeps its marks
    ("año" / "ano" are two words)."""
    words = _NAME_WORD.findall(answer)
    capitalised = [word for word in words if word[:1].isupper()]
    return len(capitalised) >= 2 and all(
        word[:1].isupper() or word in _NAME_PARTICLES for word in words
    )
