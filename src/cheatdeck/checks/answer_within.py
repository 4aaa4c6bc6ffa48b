"""One answer said within a longer one: the same answer with more words around it.

Two questions asked in other words are often answered once in a word and once in a
sentence that holds that word ("Whey" / "The whey left from making other cheese",
"final" / "Declare it final", "map" / "`map` (returns a lazy seq)"). ``Verdict`` finds
that the shorter answer's words are all among the longer's; ``adds_nothing_apart`` says
whether what the longer adds leaves the shorter the answer, not another thing: not a
list with more items ("AFP" / "AFP and beta-hCG"), not the shorter given as an example
("allkeys-lru" / "Which keys ... are evicted, e.g. allkeys-lru"), not code written
otherwise ("SCOPE_IDENTITY()" / "The last identity value ...") nor a sequence in
another order ("R U R' U'" / "R U' R U R U' R' U'"), not a word that names
another kind of it ("val" / "lazy val"), not a number the shorter does not say
("Mineral oil" / "Oil it with mineral oil about once a month"), not a call of it with
arguments ("seq" / "(seq coll)")."""

from __future__ import annotations

import re

#: Words that join the items of a list ("AFP *and* beta-hCG").
_JOINING = re.compile(r"\b(?:and|or|nor|plus|as well as)\b|&")
#: Words that introduce an example of what an answer names.
_EXAMPLE = r"(?:e\.g\.|such as|for example|for instance|like)\s*"
#: A character neither a plain word nor prose punctuation holds: an answer with one is
#: code or notation ("SCOPE_IDENTITY()", not "Kona, Hawaii").
_CODE_CHARACTER = re.compile(r"[^\w\s'’,.;:!?\"-]|_")
#: Numbers in digits (thousands grouped or not) and the common number words.
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NUMBER_WORDS = frozenset(
    "once twice thrice one two three four five six seven eight nine ten eleven twelve"
    " half quarter dozen hundred thousand million billion".split()
)
#: A written word, for the words an answer adds before another.
_TOKEN = re.compile(r"[^\s()]+")


def adds_nothing_apart(short: str, long: str) -> bool:
    """``long`` holds ``short`` and adds words that leave it the answer (module doc)."""
    short, long = short.strip(), long.strip()
    if _items(long) > _items(short):
        return False  # "Martin Odersky" / "Martin Odersky and his lab"
    if re.search(_EXAMPLE + re.escape(short.strip("`").lower()), long.lower()):
        return False  # "allkeys-lru" / "..., e.g. allkeys-lru"
    bare = short.strip("`")
    if (_CODE_CHARACTER.search(bare) or _repeats_a_word(bare)) and bare not in long:
        return False  # "SCOPE_IDENTITY()" / "The last identity value generated ...",
        # "R U R' U'" / "R U' R U R U' R' U'": code, or a sequence its order tells
    if _numbers(long) - _numbers(short):
        return False  # "Mineral oil" / "Oil it with ... mineral oil about once a month"
    return not (_one_word_before(short, long) or _called(bare, long))


def _repeats_a_word(answer: str) -> bool:
    """An answer that says a word twice is a sequence ("R U R' U'", "a -> m a"): its
    order tells it, which its words alone do not."""
    words = _TOKEN.findall(answer.lower())
    return len(set(words)) < len(words)


def _items(answer: str) -> int:
    """How many joining words an answer says outside its asides in brackets."""
    return len(_JOINING.findall(re.sub(r"\([^()]*\)", " ", answer).lower()))


def _numbers(answer: str) -> set[str]:
    """The numbers an answer says, in digits (grouping aside) or as words."""
    lowered = answer.lower()
    digits = {found.replace(",", "") for found in _DIGITS.findall(lowered)}
    return digits | (set(re.findall(r"[a-z]+", lowered)) & _NUMBER_WORDS)


def _one_word_before(short: str, long: str) -> bool:
    """``long``, its asides in brackets aside, is one word and then ``short``: a kind of
    it named apart ("val" / "lazy val", "gold" / "colloidal gold (gold chloride)")."""
    words = _TOKEN.findall(re.sub(r"\([^()]*\)", " ", long).lower())
    own = _TOKEN.findall(short.lower())
    return len(words) == len(own) + 1 and words[1:] == own


def _called(short: str, long: str) -> bool:
    """``long`` is ``short`` called with arguments: "(seq coll)", "len(xs)"."""
    name = re.escape(short)
    return re.fullmatch(rf"\(\s*{name}\s+[^()]+\)|{name}\s*\([^()]+\)", long) is not None
