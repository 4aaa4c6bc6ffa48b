"""Sibling prompts: two prompts of nearly the same words that ask of two things.

Layer 3 (``similar``) reads prompts by their words; these predicates read what the fold
loses, the order around a comparison and a code's sub-number, and say when two prompts
ask two questions however many words they share.
"""

from __future__ import annotations

import re

from .normalize import STOPWORDS, content_words, fold

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


#: A number with letters glued after it, a variant's or a version's code ("802.11a",
#: "802.11be", "Model 3a"); not an ordinal ("3rd").
_GLUED_CODE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)*)(?!(?:st|nd|rd|th)\b)([A-Za-z]+)(?![\w.])")


def glued_suffixes_apart(a: str, b: str) -> bool:
    """Two prompts that each name one number with letters glued after it, other letters
    in each, one of them a stop word ("Max data rate of 802.11a?" / "... of 802.11be?",
    "802.11a" / "802.11ac"): the fold parts "802.11a" into "802 11 a" and leaves out the
    stop word "a", so the two looked like one prompt (or one with a word added); they name
    two variants. Not a number glued in one prompt and spaced in the other ("10A" / "10
    A"), which the fold reads alike."""
    codes_a, codes_b = _glued_suffixes(a), _glued_suffixes(b)
    for number in codes_a.keys() & codes_b.keys():
        apart = codes_a[number] ^ codes_b[number]
        if apart and apart & STOPWORDS:
            return True
    return False


def _glued_suffixes(text: str) -> dict[str, set[str]]:
    """Each number of ``text`` with the letters glued after it (casefolded)."""
    found: dict[str, set[str]] = {}
    for number, letters in _GLUED_CODE.findall(text):
        found.setdefault(number, set()).add(letters.casefold())
    return found


#: The most words a slot may hold in each prompt ("dig a cathole").
MAX_SLOT_WORDS = 3


def one_slot_apart(a: str, b: str) -> bool:
    """Two prompts of one template, the same words before and after one place that holds
    other words in each, none shared and none a name ("How far from water should you
    *camp*?" / "... *dig a cathole*?", "Which PHP version introduced *enums*?" / "...
    *readonly properties*?"): two sibling questions, which one answer may fit both. Not
    a number in a slot ("at sea level" / "at 1 atm" may say one place), nor a word
    written as one and as two ("filename" / "file name")."""
    x, y = _plain_words(a), _plain_words(b)
    if x is None or y is None:
        return False
    before = 0
    while before < min(len(x), len(y)) and x[before] == y[before]:
        before += 1
    after = 0
    while after < min(len(x), len(y)) - before and x[-1 - after] == y[-1 - after]:
        after += 1
    slot_x, slot_y = x[before : len(x) - after], y[before : len(y) - after]
    return (
        before + after >= 2
        and 0 < len(slot_x) <= MAX_SLOT_WORDS
        and 0 < len(slot_y) <= MAX_SLOT_WORDS
        and set(slot_x).isdisjoint(slot_y)
        and all(word.isalpha() for word in (*slot_x, *slot_y))  # "at sea level" / "at 1 atm"
        and not _written_as_one(slot_x, slot_y)
    )


def _written_as_one(x: list[str], y: list[str]) -> bool:
    """One word written as one and as two ("filename" / "file name", "sidelight" / "side
    light"), word stems joined."""
    joined_x, joined_y = "".join(x), "".join(y)
    return joined_x.startswith(joined_y) or joined_y.startswith(joined_x)


def _plain_words(text: str) -> list[str] | None:
    """The content words of ``text`` in order ("max" and "maximum" one word); None if a
    word but the first is written with a capital (a name: "Heracles" / "Hercules" may
    be one)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if any(word[:1].isupper() for word in words[1:]):
        return None
    return content_words(fold(text))


#: Words that make a thing one's choice: it may be claimed, asked for, allowed.
_AT_ONES_CHOICE = frozenset(
    "claim claims claimed claimable optional optionally allow allows allowed permit permits "
    "permitted request requested".split()
)
#: Words that make it happen whether anyone asks or not. (Not the modal verbs: "must
#: cross the net" / "may a team touch the ball" ask one thing.)
_WITHOUT_CHOICE = frozenset(
    "automatic automatically mandatory compulsory compulsorily forced".split()
)


def choice_and_rule_apart(a: str, b: str) -> bool:
    """One prompt asks when a thing may be claimed or is allowed, the other when it
    happens without a choice ("How many repetitions allow a draw claim?" / "How many
    repetitions end the game in a draw automatically?"): two thresholds, two questions."""
    x, y = set(fold(a).split()), set(fold(b).split())
    only_x, only_y = x - y, y - x
    return bool(
        (only_x & _AT_ONES_CHOICE and only_y & _WITHOUT_CHOICE)
        or (only_y & _AT_ONES_CHOICE and only_x & _WITHOUT_CHOICE)
    )


#: Directions a thing moves or lies in, each another answer ("diagonally" is no
#: "horizontally or vertically"), as ``content_words`` stems them.
_DIRECTIONS = frozenset(
    stem
    for word in (
        "horizontally vertically diagonally sideways forwards backwards upwards downwards "
        "horizontal vertical diagonal lateral longitudinal clockwise"
    ).split()
    for stem in content_words(word)
)


def directions_apart(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two answers' words (stems) that differ in a direction each says and the other
    does not ("any number of squares *diagonally*" / "any number of squares
    *horizontally* or *vertically*": a bishop's move and a rook's)."""
    return bool((x - y) & _DIRECTIONS) and bool((y - x) & _DIRECTIONS)


def counter_of_other(a: str, b: str) -> bool:
    """One prompt says a word that is another word of the other prompt with "counter"
    before it, which the other does not say ("What is the *counterstain* in the Gram
    stain?" / "What is the primary stain ...?", a counterattack and an attack): the
    counter-thing is another thing."""
    x, y = set(fold(a).split()), set(fold(b).split())
    return _counters(x - y, y) or _counters(y - x, x)


def _counters(own: set[str], other: set[str]) -> bool:
    return any(
        word.startswith("counter") and len(word) > len("counter") + 2 and word[7:] in other
        for word in own
    )


#: Prefixes that make a word its negation: "*a*typical", "*an*aerobic", "*un*signed",
#: "*non*linear", "*in*active", "*il*legal", "*ir*regular", "*im*mature", "*dis*connected".
_NEGATING_PREFIXES = ("non", "dis", "un", "in", "im", "il", "ir", "an", "a")
#: Endings of adjectives that "a-", "an-", "in-" and its forms negate ("atypical",
#: "anaerobic", "inactive", "illegal", "irregular", "impossible"); other words after
#: those letters are rarely negated ("across", "inline", "income").
_ADJECTIVE_ENDINGS = ("ic", "al", "ous", "ive", "ar", "ible", "able")
#: Prefixes that negate adjectives only.
_ADJECTIVE_PREFIXES = frozenset({"a", "an", "in", "im", "il", "ir"})


def negated_by_prefix(a: str, b: str) -> bool:
    """One prompt says a word that is another word of the other prompt with a negating
    prefix, and says not that word itself ("Recovery after an *aerobic* session" /
    "... an *anaerobic* session", "*typical*" / "*atypical*", "*symmetric*" /
    "*asymmetric*"): the word and its negation name two things."""
    x, y = set(re.findall(r"[a-z]+", fold(a))), set(re.findall(r"[a-z]+", fold(b)))
    return _negates_one(x - y, y - x) or _negates_one(y - x, x - y)


def _negates_one(own: set[str], other: set[str]) -> bool:
    return any(
        _negation_of(word, prefix) in other
        for word in own
        for prefix in _NEGATING_PREFIXES
        if word.startswith(prefix)
    )


def _negation_of(word: str, prefix: str) -> str | None:
    """The word that ``word`` negates with ``prefix``, or None when it is too short to
    say, or an "a-" or "in-" before a word that is no adjective of five letters or more
    ("alive" is no negation of "live", nor "inline" of "line")."""
    bare = word[len(prefix) :]
    if len(bare) < 4:
        return None
    if prefix in _ADJECTIVE_PREFIXES and (len(bare) < 5 or not bare.endswith(_ADJECTIVE_ENDINGS)):
        return None
    return bare


#: A number a prompt states as an amount: not one in a code or a name, after letters,
#: a hyphen after letters or a dot ("DSM-5", "x86", "G-6", "v1.2" hold none).
_STATED_NUMBER = re.compile(r"(?<![\w.])(?<![^\W\d_]-)\d+(?:[.,]\d+)*")


def numbers_stated_apart(a: str, b: str) -> bool:
    """The two prompts state other numbers, or one states a number the other does not
    ("... for a 100 mm lens" / "... for a 100 mm lens on a *1.6x* crop body", "Power of a
    *32* A wallbox" / "... of a *16* A wallbox", "Ironman bike leg" / "Ironman *70.3*
    bike leg"): a number in a prompt says which case is asked. Numbers in codes and
    names ("DSM-5", "x86") are no amounts."""
    return _stated_numbers(a) != _stated_numbers(b)


def _stated_numbers(text: str) -> set[str]:
    return {number.replace(",", "") for number in _STATED_NUMBER.findall(text)}


#: Words that say a thing comes without what another prompt names "with" it.
_WITHOUT = frozenset({"without", "plain", "bare", "no"})


def with_and_without(a: str, b: str) -> bool:
    """One prompt names a thing "with" something and the other says it without: "plain",
    "without", "no", or a word ending in "-less" ("Maximum dose of lidocaine *with*
    epinephrine" / "... of *plain* lidocaine", "Tire pressure *with* inner tubes" /
    "*Tubeless* tire pressure"): two cases of one thing."""
    x, y = set(re.findall(r"[a-z]+", fold(a))), set(re.findall(r"[a-z]+", fold(b)))
    return any(
        "with" in one
        and "with" not in other
        and any(
            word in _WITHOUT or (len(word) > 6 and word.endswith("less")) for word in other - one
        )
        for one, other in ((x, y), (y, x))
    )


#: A capitalised word, then a number that counts it: in digits ("Apollo 11", "Super Bowl
#: 50") or in Roman numerals of capitals ("Super Bowl II", "Henry VIII", "Pius XII"). Not
#: a number that goes on ("Python 3.11", "4,000"), nor one before a unit sign ("Grade 3
#: %"), nor a Roman numeral glued to more letters or a hyphen.
_NAME_NUMBERED = re.compile(
    r"\b([A-Z][a-z]+) (\d{1,4}|[IVXLC]{1,7})\b(?![.,:/]?\d| ?[%°]|-\w|['’]\w)"
)
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
#: A Roman numeral as written: the hundreds, the tens and the units in their usual forms.
_ROMAN_NUMERAL = re.compile(r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _roman_value(numeral: str) -> int | None:
    """The number a Roman numeral of capitals writes ("XIV": 14), None for letters that
    are not one in the usual form ("IIII", "VX")."""
    if not numeral or _ROMAN_NUMERAL.fullmatch(numeral) is None:
        return None
    values = [_ROMAN_DIGITS[letter] for letter in numeral]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def _numbered_names(text: str) -> dict[str, set[int]]:
    """Each capitalised word of ``text`` that a number follows (casefolded), with the
    numbers, Roman numerals read as numbers ("Super Bowl IV" and "Super Bowl 4": 4)."""
    found: dict[str, set[int]] = {}
    for name, number in _NAME_NUMBERED.findall(text):
        value = int(number) if number.isdigit() else _roman_value(number)
        if value is not None:
            found.setdefault(name.casefold(), set()).add(value)
    return found


def numbered_names_apart(a: str, b: str) -> bool:
    """Two prompts that name one thing by one name with another number after it ("Who won
    Super Bowl I?" / "Winner of Super Bowl II?", "Who commanded Apollo 11?" / "Commander
    of Apollo 12?", "Pius XI" / "Pius XII"): two things of a series, however alike the
    rest of the words; a number written in digits in one and in Roman numerals in the
    other is one number ("Super Bowl 4" / "Super Bowl IV"). Not a stop word before the
    number ("Can I ...?": a pronoun)."""
    names_a = _numbered_names(a)
    if not names_a:
        return False
    names_b = _numbered_names(b)
    return any(
        names_a[name].isdisjoint(names_b[name])
        for name in names_a.keys() & names_b.keys()
        if name not in STOPWORDS
    )
