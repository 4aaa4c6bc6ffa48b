"""One answer restated: two questions asked in other words, answered with one core.

Layer 3 (``similar``) finds two prompts alike by their words; people who write a card
twice word the question otherwise each time ("Which grape is Barolo made from?" /
"Barolo is 100% which variety?"), and its answer with a word more or less ("Mozart" /
"Wolfgang Amadeus Mozart", "cones" / "cone cells", "Tolerance" / "Tolerance (e.g. gold =
±5%)"). These predicates read the answers: ``same_core`` says when two answers give one
core, ``one_frame`` when two prompts are one template with a slot filled otherwise (those
siblings, "Who wrote the Iliad?" / "... the Odyssey?", may share an answer and ask two
things), ``told_more`` when one answer is the other's core and then tells more ("Yuri
Gagarin" / "Yuri Gagarin, on Vostok 1 in 1961")."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .normalize import REPEAT, content_words, fold

#: An aside in brackets, which an answer adds to its core ("Phenylalanine hydroxylase
#: *(PAH)*").
_ASIDE = re.compile(r"\([^()]*\)")
#: Words that join the items of a list: "AFP *and* beta-hCG" names two things, "AFP" one.
_JOINING = frozenset({"and", "or", "plus", "nor", "&"})
#: Words that open an answer leaning on its question ("*They* are zeroed", "*No*, they
#: stay in one place"): its words do not stand alone, and one such answer fits many
#: questions.
_LEANING = frozenset({"it", "they", "this", "these", "that", "those", "he", "she", "yes", "no"})
#: Characters of code or notation: an answer with one of them says its fact in its
#: symbols ("(a -> b -> b) -> ...", "s.[i]"), which the words alone do not tell apart.
_NOTATION = re.compile(r"[^\w\s.,;:'\"’()\-/&–—%°±]")
#: Small words that a name may hold uncapitalised ("Leonardo da Vinci").
_NAME_PARTICLES = frozenset({"of", "de", "da", "di", "von", "van", "der", "the", "la", "le"})
#: A hyphenated compound before a word: "*dose-limiting* toxicity", "*first-line*
#: treatment".
_COMPOUND_BEFORE = re.compile(r"\b([^\W\d_]+(?:-[^\W\d_]+)+)\s+([^\W\d_]+)")
#: Words that make the word after them a superlative: "*most* violently".
_MOST = frozenset({"most", "least"})
#: Words ending as a superlative does that are none.
_NOT_SUPERLATIVE = frozenset(
    {"interest", "request", "harvest", "contest", "protest", "suggest", "digest", "forest"}
    | {"honest", "modest", "manifest", "earnest", "conquest", "inquest", "arrest", "invest"}
)
#: Where an answer's core ends and what it tells besides begins: a comma, a semicolon, a
#: colon or a dash between spaces ("Yuri Gagarin*,* on Vostok 1 in 1961", "cold*;* hot
#: water sets the protein", "Monosodium urate crystals *—* needle-shaped").
_TELLS_MORE = re.compile(r"\s*[,;:]\s+|\s+[—–-]\s+")
#: A written word of an answer.
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def same_core(first: str, second: str, prompts: str) -> bool:
    """Two answers that give one core in the same order: the same words, or one the
    other's with words that ``prompts`` (both questions) say ("cones" / "cone *cells*"
    to "Which cells see colour?"), words of a name ("Mozart" / "*Wolfgang Amadeus*
    Mozart"), an aside in brackets, or words the shorter says aside ("Roger Bannister, in
    1954" / "Roger Bannister (1954)"); or one the other's aside (``named_in_aside``). Not
    a list against one of its items ("AFP" / "AFP and beta-hCG"), another number ("2" /
    "2, at 8 and 16 points"), an answer leaning on its question ("They are zeroed"), nor
    answers in notation, whose symbols the words leave out."""
    if leans_on_question(first) or leans_on_question(second):
        return False
    if in_notation(first) or in_notation(second):
        return False
    x, y = _core(first), _core(second)
    if not x or not y:
        return False
    if x == y or named_in_aside(first, second) or named_in_aside(second, first):
        return True
    (short, short_text), (long, long_text) = sorted(
        ((x, first), (y, second)), key=lambda pair: len(pair[0])
    )
    if len(short) == len(long) or not _in_order(short, long):
        return False
    if _listed(long_text) and not _listed(short_text):
        return False
    added = set(long) - set(short) - _aside_words(short_text)
    if any(character.isdigit() for word in added for character in word):
        return False
    return not added - _base_words(prompts) - _name_words(long_text)


def told_more(first: str, second: str, prompts: str) -> bool:
    """One answer, asides in brackets aside, is the other's core (``same_core``) up to
    where the other goes on to tell more after a comma, a semicolon, a colon or a dash
    ("Yuri Gagarin" / "Yuri Gagarin*,* on Vostok 1 in 1961", "cold water" / "cold*;* hot
    water sets the protein"): the same answer with a detail besides. Not when the other
    goes on with a list after its comma ("AFP" / "AFP*,* beta-hCG and LDH": the first of
    its items), nor from a bare number ("2" / "2*,* at 8 and 16 points" names others)."""
    for whole, other in ((first, second), (second, first)):
        other = _ASIDE.sub(" ", other).strip()
        found = _TELLS_MORE.search(other)
        if found is None:
            continue
        head, rest = other[: found.start()], other[found.end() :]
        if found.group().strip() == "," and _listed(rest):
            continue
        if all(word.isdigit() for word in _core(head)):
            continue
        if same_core(whole, head, prompts):
            return True
    return False


def named_in_aside(answer: str, other: str) -> bool:
    """``answer``'s core is what ``other`` says in brackets, or one item of it: the other
    name ``other`` gives aside ("a rain gauge" / "a pluviometer *(rain gauge)*", "Nitrous
    oxide" / "N2O *(nitrous oxide)*", "catchment" / "a drainage basin *(catchment,
    watershed)*")."""
    core = _core(answer)
    if not core or leans_on_question(other):
        return False
    return any(
        _core(item) == core
        for aside in _ASIDE.findall(other)
        for item in re.split(r"[,;]| or ", aside[1:-1])
    )


def _aside_words(answer: str) -> set[str]:
    """The content words an answer says in brackets ("Roger Bannister *(1954)*")."""
    return {word for aside in _ASIDE.findall(answer) for word in _core(aside[1:-1])}


def one_frame(first: str, second: str) -> bool:
    """Two prompts whose words before and after one place cover half the shorter one or
    more ("*Who wrote the* Iliad*?*" / "... Odyssey?", "*How long is* an exclusion?" /
    "... the shot clock after an exclusion?"): siblings of one template, which one answer
    may fit and which other rules judge."""
    x, y = _written_words(first), _written_words(second)
    before, after = shared_ends(x, y)
    if 2 * (before + after) >= min(len(x), len(y)):
        return True
    return _one_slot_replaced(x, y)


def shared_ends(x: list, y: list) -> tuple[int, int]:
    """How many words two prompts share at their start, and then at their end (never
    more than the shorter one holds): ``Who wrote the`` … ``?``."""
    shortest = min(len(x), len(y))
    before = 0
    while before < shortest and x[before] == y[before]:
        before += 1
    after = 0
    while after < shortest - before and x[-1 - after] == y[-1 - after]:
        after += 1
    return before, after


def _one_slot_replaced(x: list[str], y: list[str]) -> bool:
    """The words of two prompts match but for one place past their first word where
    each says up to three words of its own, words either one inserts aside ("Gender of
    *most* nouns ending in *-a*?" / "Gender of nouns ending in *-ción*?"); the matched
    words make half the shorter prompt or more."""
    steps = SequenceMatcher(None, x, y, autojunk=False).get_opcodes()
    replaced = [step for step in steps if step[0] == "replace"]
    matched = sum(end - start for tag, start, end, _, _ in steps if tag == "equal")
    if len(replaced) != 1 or 2 * matched < min(len(x), len(y)):
        return False
    _, start, end, other_start, other_end = replaced[0]
    return start > 0 and other_start > 0 and end - start <= 3 and other_end - other_start <= 3


def superlatives_apart(first: str, second: str) -> bool:
    """Each prompt says a superlative the other does not ("Alkali metal reacting *most
    violently* with water?" / "*Softest* alkali metal?"): two questions of one kind."""
    own, other = _superlatives(first), _superlatives(second)
    return bool(own - other) and bool(other - own)


def _superlatives(text: str) -> set[str]:
    words = _written_words(text)
    found = {
        f"{word} {after}" for word, after in zip(words, words[1:], strict=False) if word in _MOST
    }
    found.update(
        w for w in words if len(w) >= 6 and w.endswith("est") and w not in _NOT_SUPERLATIVE
    )
    return found


def narrowed_by_compound(first: str, second: str) -> bool:
    """One prompt puts a hyphenated compound before a word both prompts say, and the
    other says no part of it ("What is the *dose-limiting* toxicity of cisplatin?" /
    "Which toxicity of cisplatin is prevented by hydration?"): the compound narrows
    what is asked to one of a kind, and the other question may ask another one."""
    for prompt, other in ((first, second), (second, first)):
        said = set(_written_words(other))
        other_words = _base_words(other)
        for compound, word in _COMPOUND_BEFORE.findall(prompt):
            asked = _base_words(word)
            parts = compound.casefold().split("-")
            if asked and asked <= other_words and said.isdisjoint(parts):
                return True
    return False


def leans_on_question(answer: str) -> bool:
    """An answer that opens with a pronoun standing for the question's words, or with
    "yes" or "no"."""
    first = re.findall(r"\w+", answer.casefold())[:1]
    return bool(first) and first[0] in _LEANING


def in_notation(answer: str) -> bool:
    """An answer written with a symbol of code or notation ("s.[i]", "?T") outside its
    asides in brackets ("Tolerance (e.g. gold = ±5%)" says its core in words)."""
    return _NOTATION.search(_ASIDE.sub(" ", answer)) is not None


def _written_words(text: str) -> list[str]:
    """Every word of a text as written, casefolded, in order (small words included)."""
    return re.findall(r"[^\W_]+", text.casefold())


def _base(word: str) -> str:
    """A content word without its side and repeat mark ("per:group" is "group")."""
    return word.split(REPEAT, 1)[0].rpartition(":")[2]


def _core(answer: str) -> list[str]:
    """The content words of an answer without its asides in brackets, in order."""
    return [_base(word) for word in content_words(fold(_ASIDE.sub(" ", answer)))]


def _base_words(text: str) -> set[str]:
    return {_base(word) for word in content_words(fold(text))}


def _in_order(short: list[str], long: list[str]) -> bool:
    """``short``'s words are in ``long`` in the same order."""
    rest = iter(long)
    return all(word in rest for word in short)


def _listed(answer: str) -> bool:
    """An answer outside its asides joins items ("time, distance *and* shielding")."""
    return not _JOINING.isdisjoint(re.findall(r"\w+|&", _ASIDE.sub(" ", answer).casefold()))


def _name_words(answer: str) -> set[str]:
    """The words of an answer written as a name: all of them when every word of two or
    more is capitalised ("Wolfgang Amadeus Mozart"), else the capitalised ones after the
    first ("King *Louis* XIV of *France*")."""
    written = _WORD.findall(_ASIDE.sub(" ", answer))
    if len(written) >= 2 and all(
        word[:1].isupper() for word in written if word.casefold() not in _NAME_PARTICLES
    ):
        return _base_words(" ".join(written))
    return _base_words(" ".join(word for word in written[1:] if word[:1].isupper()))


#: How many content words two answers told in other words share at least
#: (``told_in_other_words``), and what share of the shorter answer's words that is.
_TOLD_SHARED = 3
_TOLD_SHARE = 0.6
#: Words that open an answer with a yes or a no.
_YES_OR_NO = frozenset({"yes", "no"})
#: The words a question asks with, the first of which says what kind of answer it wants.
_ASKING = re.compile(r"\b(what|which|who|whom|whose|where|when|why|how)\b")
#: Questions that ask a way or a reason, which a question with another asking word does
#: not ("What is ERA?" / "*How* is ERA computed?", "What does a thermostat do?" / "*Why*
#: does a thermostat stuck closed ...?").
_WAY_OR_REASON = frozenset({"how", "why"})
#: Words of a question that compares two things ("What is the *difference* between any
#: and unknown?"), whose answer tells of both.
_COMPARING = frozenset(
    {"difference", "differences", "differ", "differs", "compare", "versus", "vs"}
)
#: A calendar year ("since *2022*").
_YEAR = re.compile(r"\b(?:1[0-9]|20|21)\d\d\b")


def told_in_other_words(first: str, second: str) -> bool:
    """Two answers that say most of the shorter one's content words again, in any order
    and with others between, three at least, asides included ("everything above the
    waist, including the arms and head" / "the body above the waist, arms and head
    included", "It examines source code and reports suspicious constructs" / "Examining
    Go source and reporting suspicious constructs, such as ..."): one answer told in
    other words. Numbers count among the words, never among the three said again
    (``_worded``). Not answers in notation,
    whose symbols the words leave out ("PRAGMA foreign_keys = ON" / "PRAGMA
    foreign_key_list(table)"), nor a yes against a no."""
    if in_notation(first) or in_notation(second):
        return False
    opening = [re.findall(r"\w+", answer.casefold())[:1] for answer in (first, second)]
    said = [set(words[:1]) & _YES_OR_NO for words in opening]
    if said[0] != said[1]:
        return False
    x, y = _base_words(first), _base_words(second)
    if len(_worded(first) & _worded(second)) < _TOLD_SHARED:
        return False
    return len(x & y) >= _TOLD_SHARE * min(len(x), len(y))


def _worded(answer: str) -> set[str]:
    """The content words of an answer that hold two letters or more: numbers and
    one-letter symbols say no words ("1-8-4-3-6-5-7-2" / "1-5-4-8-6-3-7-2", two firing
    orders of one set of numbers; "R U R' U' R2" / "R U' R U R2", two sequences of
    moves)."""
    return {word for word in _base_words(answer) if sum(c.isalpha() for c in word) >= 2}


def asked_another_way(first: str, second: str) -> bool:
    """Two questions whose answers may share their words and ask two things: one asks
    how or why and the other does not ("What is ERA?" / "How is ERA computed?"), one
    compares ("What is the difference between any and unknown?" / "What does the any
    type do?"), or one names a year the other does not ("What does the Program
    Components Score judge?" / "What are the program components since 2022?": what
    holds from then on)."""
    asked = [_ASKING.findall(prompt.casefold())[:1] for prompt in (first, second)]
    ways = [set(words) & _WAY_OR_REASON for words in asked]
    if (ways[0] or ways[1]) and ways[0] != ways[1]:
        return True
    if any(not _COMPARING.isdisjoint(_written_words(prompt)) for prompt in (first, second)):
        return True
    return set(_YEAR.findall(first)) != set(_YEAR.findall(second))
