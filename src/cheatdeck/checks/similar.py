"""Layer 3 of the fact checks: the same fact in other words, found without all-pairs.

Candidates: items of one scope that share a pair of their rarest words, one of their
prompt's three rarest words, or a value (blocks of more than ``MAX_BLOCK`` items hold a
common word and are skipped); in a small corpus, every pair of a scope. Verdict,
entity-aware: two prompts (or two statements) match when they share ``similarity`` of
their words (stop words, word order, word forms, abbreviations and misspellings set
aside; an acronym and its words, a word written as two, as one) and every word that
differs is common in the corpus. A differing name-like word (``EBS``/``EFS``,
``Premium``/``Provisioned``, ``gp2``/``gp3``), number, rare word ("with *batching*"),
negation or direction (to/from) vetoes the pair: on template-made cards the one
differing word carries the meaning. Matched prompts with different
answers are a possible conflict; answers count as the same when they match by the same
rule.

Questions, terms and limits are also compared as rewordings (``_reworded``): the same
answer to a prompt that holds half the other's words is the same fact; answers that
cannot both be right (``really_differ``) to a prompt that holds all the other's rare
words, or that shares three words and says one other ("normal" / "healthy"), are a
possible conflict. Both are warnings. So is one measure with its unit answering two
prompts in other words that share a rare word (``_measure_echoed``).

``marks_apart`` tells two prompts that folding made one but that differ by a lone
symbol, a letter's case ("What does ; do in Vim?" / "… , …", "K" / "k" in FEN), an
element's symbol against its letters in capitals ("Co" / "CO") or a letter's mark the
fold leaves out (Turkish "İ" / "I")."""

from __future__ import annotations

import ipaddress
import math
import re
import unicodedata
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from fractions import Fraction
from functools import lru_cache
from itertools import combinations
from os.path import commonprefix

from .accidentals import accidentals_apart, dots_apart
from .acronym_defined import defined_otherwise, two_letter_definitions
from .acronyms import acronym_words, acronyms_in, spelt_out_acronyms, spelt_out_in
from .answer_within import adds_nothing_apart
from .choices import choice_answers
from .command_forms import script_run_by_name, typed_one_way
from .compounds import formula_and_name
from .elements import ELEMENT_OF_NAME, SYMBOLS
from .grouping_dot import dot_may_group_thousands
from .initials import short_of
from .items import (
    MEASURE_WORDS,
    Item,
    Vocabulary,
    names_unit_of,
    placeholders_one_way,
    program_by_name,
    reordered_keys,
    spaced_program,
    without_named_unit,
    without_sudo,
)
from .languages import articles_apart, forms_apart
from .macrons import typed_without_macrons
from .measure_labels import labelled_apart
from .names_spelt import (
    a_name,
    capitalised_words,
    name_key,
    one_name_spelt,
    small_words,
    spelt_one_way_or_two,
)
from .normalize import (
    IRREGULAR_VERBS,
    LOOSE,
    LOOSE_GUARDED,
    LOOSE_WRITTEN,
    NEGATIONS,
    REPEAT,
    SIDES,
    STOPWORDS,
    SYNONYMS,
    american_spelling,
    bound_signs,
    capital_stopwords,
    content_words,
    fold,
    fold_code,
    name_like_words,
    numbers_read_as_ordinals,
    one_word_phrases,
    stem,
    stressed_words,
    symbol_of_a_word,
    without_marks,
    without_result_asked,
)
from .notations import hex_values_apart, hex_written_otherwise
from .objects_apart import values_of_two_objects
from .option_asked import option_asked, option_defined
from .provisions import provisions_apart
from .quantities import (
    CURRENCIES,
    codes_apart,
    converted_alike,
    counts_paired_otherwise,
    date_alone,
    doses_a_day,
    equal_values,
    inside_range,
    is_mostly_quantity,
    numbers_apart,
    numbers_reordered,
    numbers_traded,
    numerals_apart,
    opposite_bounds,
    paired_otherwise,
    parse,
    parts_make,
    powered_units_as_words,
    progressions_apart,
    rounded_alike,
    same_tuple,
    same_value,
    schedules_apart,
    unit_words,
    values_told_among,
    versions_answered_apart,
)
from .restated import (
    asked_another_way,
    in_notation,
    leans_on_question,
    narrowed_by_compound,
    one_frame,
    same_core,
    shared_ends,
    superlatives_apart,
    told_in_other_words,
    told_more,
)
from .siblings import (
    choice_and_rule_apart,
    compared_the_other_way,
    counter_of_other,
    directions_apart,
    glued_suffixes_apart,
    negated_by_prefix,
    numbered_names_apart,
    numbers_stated_apart,
    one_slot_apart,
    sub_numbers_apart,
    with_and_without,
)
from .structured import (
    CAPITALISED,
    GENERIC,
    deck_names_apart,
    measures_apart,
    name_adjectives,
    names_several,
    names_swapped,
    slashed_reordered,
)
from .terms_reworded import (
    answered_with_term,
    defined_when_asked,
    definition_answers,
    said_alike,
)
from .typos import typo_mapping

#: A question about a term may ask it with this many words more than the term's
#: (``Verdict._term_described_again``: "What does the VACUUM *command* do in SQLite?") ...
_MAX_MORE_ASKED = 2
#: ... and its answer and the term's definition share this many words at least.
_LEAST_TOLD_AGAIN = 3
#: The fewest words a "Where ...?" answer and a term's definition share, besides the
#: prompts' words, to tell one place (``_place_told_by_definition``).
_LEAST_PLACE_TOLD = 2
#: The fewest answer words a definition must say to tell a question's answer
#: (``_answer_said_by_definition``).
_LEAST_ANSWER_TOLD = 2
#: A question that ends asking what a thing is made of, with or from: "What is a
#: crucible made of?", "What is gouache bound with?".
_ASKS_OF_WHAT = re.compile(r"\b(?:of|with|from)\W*$", re.IGNORECASE)
#: A word as written, with the marks inside it: "Verb-Noun", "MEMORY_ONLY" are one.
_WRITTEN_WORD = re.compile(r"[^\s,;:()]+")
#: A definition's examples, to the end of their clause: "... such as Bacillus and
#: Clostridium", "(e.g. push!, sort!)".
_EXAMPLES = re.compile(r"\b(?:such as|e\.g\.|for example|for instance|including)[^;:.()]*")
#: A question that opens with what or which: "What ...?", "Which ...?".
_ASKS_WHAT_WHICH = re.compile(r"\s*(?:what|which)\b", re.IGNORECASE)
#: The clause of an answer to "Why ...?" that tells the means, not the reason: "To
#: relieve brittleness*, by reheating it*".
_MEANS_CLAUSE = re.compile(r"[,;]?\s+by\s+(?=\w+ing\b)", re.IGNORECASE)
#: A question that denies: "Why *can't* ...?", "Why is it *not* ...?".
_DENIED = re.compile(r"\b(?:not|never|cannot)\b|n['’]t\b", re.IGNORECASE)
#: A question that asks why: "Why ...?".
_ASKS_WHY = re.compile(r"\s*why\b", re.IGNORECASE)


def _why_denied_by_one(first: str, second: str) -> bool:
    """Two "Why ...?" questions, one of them denying ("Why *can't* tempering bring back
    the hardness?" / "Why is a blade tempered?"): a reason a thing cannot do something,
    and what it is done for, are two facts."""
    if _ASKS_WHY.match(first) is None or _ASKS_WHY.match(second) is None:
        return False
    return (_DENIED.search(first) is None) != (_DENIED.search(second) is None)


#: What sets another thing beside the one a question asks of: "Why is a blade quenched
#: *before tempering*?" asks of quenching.
_BESIDE_ANOTHER = re.compile(
    r"\s(?:before|after|without|than|instead of|unlike|versus|vs\.?|rather than|compared)\s",
    re.IGNORECASE,
)
#: Blocks larger than this hold a common pair of words: no evidence, skipped.
MAX_BLOCK = 16
#: Every pair of items of a scope is compared for the smallest scopes whose pairs
#: number ``ALL_PAIRS`` all told (~0.3 s): every pair of a corpus of ``SMALL_CORPUS``
#: items, and in a larger one those that share a word or hold an acronym (``_linked``).
SMALL_CORPUS = 250
ALL_PAIRS = SMALL_CORPUS * (SMALL_CORPUS - 1) // 2
#: How many of an item's rarest words make its blocking pairs.
RAREST = 3
#: A word may differ between two matching prompts only when this share of the items
#: (and at least MIN_COMMON of them) use it: the corpus's own stop words.
COMMON_SHARE = 0.05
MIN_COMMON = 5
#: A word two prompts share counts as their rare word below this many items (or the
#: corpus's common words, whichever is more): a newcomer's 70-card deck on one subject
#: uses its own words ("aperture" in a photography deck) on five cards and more, and a
#: pair that shares no other ("Aperture" / "Lens aperture") was never compared. Only
#: the "share a rare word" tests read it; a word that differs stays rare from
#: ``MIN_COMMON`` ("longest" / "strongest" bone: two questions).
SHARED_RARE_FLOOR = 10
#: In a corpus too small to tell its stop words (fewer than 200 items: ``self.common``
#: below ``SHARED_RARE_FLOOR``), a topic's own words recur in card after card ("bridge",
#: "cards" in a bridge deck of 60 cards) and no shared word is rare: two prompts with one
#: short answer (``SHORT_ANSWER_WORDS``) count a shared word used by fewer than this
#: share of the items as rare (``Verdict._rare_in_small_corpus``).
SMALL_CORPUS_RARE_SHARE = 0.4
#: The most words an answer has for ``SMALL_CORPUS_RARE_SHARE``: a longer answer said
#: twice is more often one rule of two things ("95 years from publication or ...").
SHORT_ANSWER_WORDS = 3
#: Where an answer's core ends and its detail starts ("the Argand lamp*,* a hollow wick").
_CORE_END = re.compile(r"[,;(]|\s[–—-]\s")
#: Answers of at most this many words that share none, or differ by a swapped word,
#: cannot both be right.
SHORT_ANSWER = 3
#: Answers of up to this many words that differ by one word each are not one reworded.
ONE_WORD_SWAPPED = 6
#: Words a question may say that another, asked in other words, does not (``_asked_again``).
_ASKED_AGAIN_OWN = 3
#: Words two questions share, more than this, when their answers name one head
#: (``Verdict._answers_worded_apart``).
_SHARED_BESIDE_HEAD = 2
#: Kinds whose prompt may be asked again in other words (``_asked_again``): a question,
#: and a limit, whose subject people write as a question too ("Shot clock in NCAA men's
#: lacrosse" / "How long is the shot clock in men's college lacrosse?").
_ASKED_AGAIN_KINDS = frozenset({"qa", "limit"})
#: What a question asks for: the words after its first "which" or "what".
_ASKED_FOR = re.compile(r"\b(?:which|what)\b(.*)")
#: Verbs that follow a question's "what" or "which" when it asks for no kind of thing:
#: "What *is* Shiraz known as?", "What *does* wedging do?".
_ASKING_VERBS = frozenset({"is", "are", "was", "were", "does", "do", "did", "happens"})
#: What a question asks for when it asks which part or which way: a place or a manner,
#: which the other question may ask with "where" or "how", or name otherwise.
_PLACE_OR_MANNER = frozenset({"part", "way"})
#: A question for a thing's kind asked with a word for "kind": "What *kind of* bond ...?",
#: "Which *type of* aquifer ...?" ask what "Which bond ...?" asks.
_KIND_OF = re.compile(r"\b(?:what|which)\s+(kind|type|sort)s?\s+of\b", re.IGNORECASE)
#: A question opening with the kind of thing it asks for: "*What pose* is Tadasana?",
#: "*In what conditions* is klister used?", "*Which teeth* are also called cuspids?"
#: (one or two words between "what" or "which" and the verb).
_ANSWER_KIND = re.compile(
    r"^\W*(?:(?:in|at|on|for|from|by|with|under|during)\s+)?(?:what|which)\s+"
    r"([a-z]+(?:\s+[a-z]+)?)\s+(?:is|are|was|were|do|does|did|has|have|can|should|must)\b",
    re.IGNORECASE,
)
#: Kinds a question asks for that are a thing's attribute, not what the thing is: "What
#: *colour* is a ruby?" asks something "What is a ruby?" does not.
_ATTRIBUTES_ASKED = frozenset(
    content_words(
        "colour color size shape age year date time length width height depth weight "
        "temperature language gender speed price cost value number amount percentage "
        "distance rate sound smell taste"
    )
)
#: Kinds whose prompts people reword: a table's cells and a list's items are named by
#: their rows and terms (layer 2 meets them by what they measure).
_REWORDED = frozenset({"qa", "concept", "limit"})
#: Words that say which value of a thing is meant: the shorter of two related prompts
#: never has one the longer lacks.
QUALIFIERS = frozenset({"default", "max", "min", "maximum", "minimum"})
#: Words that name one of two sides, places or times: a prompt that says one where
#: another says the other asks another thing ("under 50" / "50 and over", "the SSH
#: *client*" / "the SSH *server*", "an *even* score" / "an *odd* score", "*downlink*
#: MU-MIMO" / "*uplink* MU-MIMO"). Not "wide"
#: ("How wide is the hole?" asks its diameter), "broad" ("Russian broad gauge" is the
#: track gauge of Russian railways) nor "external" (a "native" program is one).
OPPOSITES = frozenset(
    """under over above below before after left right upper lower inner outer front back
    early late high low first last next previous top bottom major minor north south east
    west warm cold hot cool wet dry input output small big large male female rear
    horizontal vertical inbound outbound upstream downstream uplink downlink client server
    even odd""".split()
)
#: The ``OPPOSITES`` that say which of a series is meant, as a qualifier says which
#: value: one question may say one alone (``_lone_qualifier``), while "hot", "small",
#: "before" narrow the thing asked about to a kind or a condition.
_ORDER_WORDS = frozenset({"first", "last"})
#: Words a prompt adds without asking another thing: "Roman *name* of Zeus" asks what
#: "Roman equivalent of Zeus" asks, "How to *say* please in Polish" what 'Polish for
#: "please"' asks, "What does the rule of tincture *say*?" what "What is the rule of
#: tincture?" asks, "Gross profit *formula*" what "How is gross profit *calculated*?"
#: asks, "What is the TSH *level* in Graves disease?" what the cell "Graves disease" /
#: "TSH" asks, "*Which exception* does next() raise?" what "What does next() raise?" asks
#: (layer 3 only: "name" is no filler in a value's key).
FILLERS = frozenset({"name", "say", "formula", "calculate", "level", "exception"})
#: Words that say a value is the one usually met, which a prompt may leave out:
#: "*Standard* seam allowance in quilting" asks what "Quilting seam allowance" asks,
#: "*Recommended* headspace for jams" what "Headspace for jams" asks (layer 3 only; a
#: qualifier that names another value, "max", "min", still counts; "usual" is a stop
#: word, "typical" a synonym of "average", which is no worst case). Not against another
#: word in its place ("*Standard* VAT rate" / "*Reduced* VAT rate", "*Recommended*
#: current per pin" / "*Maximum* ...": ``_hedge_in_slot``).
HEDGES = frozenset({"standard", "recommended"})
#: Generic words that name a bound: a template's slot against another word ("CPU
#: *limit* of the web container" / "CPU *request* ...": two values of one thing).
_BOUNDS = frozenset({"limit", "quota"})
#: Words that turn an answer into its opposite when added: "clockwise" /
#: "counterclockwise" (folded "counter clockwise"), "SIGTERM" / "not SIGTERM" (not "only":
#: "letters" / "only letters" may say one thing).
_TURNING = NEGATIONS - {"only"} | {"counter"}
#: Answers that two questions share without asking one thing ("Can a king and queen
#: force mate?" / "Can two bishops force mate?": yes). Not "true" / "false": a value
#: ("Default value of a bool?").
_YES_NO = frozenset({"yes", "no", "ja", "nein", "oui", "non", "sí", "si"})
#: Words that never differ silently (nor do words after per, to and from).
PROTECTED = NEGATIONS | {"to", "from"}


@dataclass(slots=True)
class Words:
    """Each item's words as token ids, misspellings folded: its prompt's and its answer's
    (sorted tuples), in two lists indexed by item (not an object per item: 12 MB at
    100k cards, at the fact checks' peak)."""

    prompt: list[tuple[int, ...]]
    answer: list[tuple[int, ...]]

    def both(self, index: int) -> set[int]:
        return {*self.prompt[index], *self.answer[index]}


@dataclass(frozen=True, slots=True)
class Match:
    """Two items that state nearly the same fact; ``conflict`` when answers differ;
    ``same_prompt`` when their prompts differ only in British and American spelling
    (layer 1 judges them: "What colour …" / "What color …")."""

    first: Item
    second: Item
    conflict: bool
    same_prompt: bool = False


#: A question for a count or a measure, answered by its value ("*How many* stages ...?").
_MEASURE_ASKED = re.compile(
    r"(?i)\bhow\s+(?:many|much|long|far|old|big|high|heavy|often)\b|\bnumber\s+of\b"
)


def _both_terse(a: Item, b: Item) -> bool:
    """Both answers are of ``SHORT_ANSWER`` words or fewer, each with a letter or a
    digit, neither a yes or a no nor a time: a value and a word then answer alike ("A
    tab" / "Four spaces", "all" / "1"), not a value and a sentence, nor "Size 16" and
    "Yes", nor a year and a place ("In which year was Napoleon born?" 1796 / "Where was
    Napoleon born?" Ajaccio, Corsica: two questions), nor a question for a count or a
    measure (``_MEASURE_ASKED``: "How many stages does the Tour de Romandie have?" 6 /
    "In which city does the Tour de Romandie end?" Geneva)."""
    return all(
        len(item.answer.split()) <= SHORT_ANSWER
        and any(c.isalnum() for c in item.answer)
        and item.answer_key not in _YES_NO
        and not _a_time(item)
        and _MEASURE_ASKED.search(item.full_prompt) is None
        for item in (a, b)
    )


def _yes_or_no(a: Item, b: Item) -> bool:
    """Both answers say yes or no: an answer two questions share without telling that
    they ask one thing."""
    return a.answer_key in _YES_NO and b.answer_key in _YES_NO


def find_similar(
    items: list[Item],
    verdict: Verdict,
    group_of: Sequence[int],
    scopes: Sequence[int],
    alike: list[tuple[Item, Item]] | None = None,
) -> Iterator[Match]:
    """Pairs of items of one scope (``scopes[i]``) that state nearly the same fact; pairs
    of one card or of one layer 1-2 group (``group_of[i]``) are left out, pairs that
    ``allow`` names are not (``facts`` leaves them out, and what they silence)."""
    count = len(items)
    quantities = [item.quantities or None for item in items]
    card_of = _card_numbers(items)
    pairs = _candidates(
        verdict.words, verdict.vocab.df, card_of, scopes, quantities, verdict.common
    )
    if count <= SMALL_CORPUS:
        pairs |= _all_pairs(scopes, card_of)
    else:
        linked = _linked(items, verdict.words, verdict.vocab.words)
        pairs.update(p for p in _all_pairs(scopes, card_of) if linked(*divmod(p, count)))
    pairs |= _typed_alike(items, scopes, card_of)
    for pair in sorted(pairs):
        i, j = divmod(pair, count)
        a, b = items[i], items[j]
        if group_of[i] == group_of[j] or a.card is b.card:
            continue
        found = verdict.judge(a, b)
        if found is not None and not (found.conflict and _answers_echo_own_words(a, b)):
            yield found
        elif alike is not None and verdict.prompts_alike(a, b):
            alike.append((a, b))


#: The shortest word stem an answer may echo (``_answers_echo_own_words``).
_ECHOED_STEM = 4
#: The shortest answer that may echo its prompt's word as that word's start ("str").
_ABBREVIATED_ECHO = 3


def _places_reworded(first: str, second: str) -> int:
    """In how many places two prompts' words (stop words too, in their order) differ."""
    x, y = _WORD.findall(fold(first)), _WORD.findall(fold(second))
    matcher = SequenceMatcher(None, x, y, autojunk=False)
    return sum(op != "equal" for op, *_ in matcher.get_opcodes())


_WORD = re.compile(r"\w+")


def _answers_echo_own_words(a: Item, b: Item) -> bool:
    """Two prompts answered each with one word or code, each spelling a word that its
    own prompt says and the other prompt does not ("Which stage *sorts* documents?"
    ``$sort`` / "Which stage *limits* the documents?" ``$limit``): the words that differ
    pick the answers, so the two ask two things, not one reworded. (One answer alone
    that echoes its prompt may be the wrong one: "Lua function to *parse* a string
    into a number" ``parseInt``.)"""
    return all(_echoes_own_word(item, other) for item, other in ((a, b), (b, a)))


def _echoes_own_word(item: Item, other: Item) -> bool:
    """``item`` is answered with one word or code that spells a word of its prompt that
    ``other``'s prompt and answer do not: the word's stem in it ("Which stage *sorts*
    ...?" ``$sort``), the answer's stem the word's ("... *applies* a function?"
    ``apply``), or the answer the word's start, three letters or more ("... as a
    *string*?" ``str``, "... a *reference* ...?" ``#REF!``). Of two answers of as many
    words, apart by one word each, that word ("Which command shows Homebrew's
    *configuration*?" ``brew config`` / "... the *environment* Homebrew uses ...?" ``brew
    --env``)."""
    said, other_said = item.answer.split(), other.answer.split()
    if len(said) != 1:
        apart = [word for word in said if word not in other_said]
        if len(said) != len(other_said) or len(apart) != 1:
            return False
        said = apart
    own = _stems_of(item.full_prompt) - _stems_of(other.full_prompt)
    answer, other_answer = _compact(said[0]), _compact(other.answer)
    if any(
        len(word) >= _ECHOED_STEM and word in answer and word not in other_answer for word in own
    ):
        return True
    if not answer.isalpha() or len(answer) < _ABBREVIATED_ECHO or answer in other_answer:
        return False
    return bool(_stems_of(answer) & own) or any(
        len(word) > len(answer) and word.startswith(answer) for word in own
    )


#: An empty literal: brackets and quotes only ("[]", '""', "{}", "()").
_EMPTY_LITERAL = re.compile(r"[\[\]{}()\"'`]+")


def _empty_literal_in_slot(first: str, second: str) -> bool:
    """Two prompts the same word for word but for one place, where one says an empty
    literal and the other a value ("What does typeof *null* return?" / "... typeof *[]*
    ...", "Number(*null*)" / "Number(*""*)"): folding drops the literal, so the two
    looked like one prompt with a word added; they ask of two values."""
    x, y = first.split(), second.split()
    if len(x) != len(y):
        return False
    apart = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    if len(apart) != 1:
        return False
    ((p, q),) = apart
    start = len(commonprefix([p, q]))
    end = len(commonprefix([p[start:][::-1], q[start:][::-1]]))
    p, q = p[start : len(p) - end], q[start : len(q) - end]
    return bool(p and q) and (
        bool(_EMPTY_LITERAL.fullmatch(p)) != bool(_EMPTY_LITERAL.fullmatch(q))
    )


#: A term's sense in brackets at its end: "Fly (length)".
_SENSE = re.compile(r"\(([^()]+)\)\s*$")


def _sense_glossed(shorter: Item, longer: Item) -> bool:
    """The longer term is the shorter with a sense in brackets that its own definition
    says and the shorter's does not ("Fly": "The half of a flag farthest from the
    staff" / "Fly (length)": "The horizontal length of a flag"): the writer told two
    senses of one word apart."""
    found = _SENSE.search(longer.prompt)
    if found is None or _stems_of(longer.prompt[: found.start()]) != _stems_of(shorter.prompt):
        return False
    sense = _stems_of(found.group(1))
    return (
        bool(sense)
        and sense <= _stems_of(longer.answer)
        and sense.isdisjoint(_stems_of(shorter.answer))
    )


def function_words_glossed(a: Item, b: Item) -> bool:
    """One term is the other with a gloss in brackets at its end of two English function
    words or more (``english_function_words``: "есть" / "есть (there is)", "нет" / "нет
    (there is not)"), and the two
    are defined otherwise: the gloss tells one sense of the word from another, though
    its words are ones the comparison leaves out."""
    if a.kind not in _GLOSSED_KINDS or b.kind not in _GLOSSED_KINDS:
        return False
    if a.answer_key == b.answer_key:
        return False  # one definition under both: a copy
    for shorter, longer in ((a, b), (b, a)):
        found = _SENSE.search(longer.prompt)
        if found is None or fold(longer.prompt[: found.start()]) != fold(shorter.prompt):
            continue
        gloss = re.findall(r"[\w'’]+", found.group(1).casefold())
        if english_function_words(gloss):
            return True
    return False


_GLOSSED_KINDS = frozenset({"concept", "list-item"})


def english_function_words(words: list[str]) -> bool:
    """Two words or more, each an English function word or "not" ("there is", "there is
    not"): a gloss of a word's sense, in no language's reading."""
    return len(words) >= 2 and all(word in STOPWORDS or word == "not" for word in words)


#: A number as written: "1754", "10.0", "1,600" (not a part of a word: "gp3", "H2O").
_A_NUMBER = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?(?![\w])")
#: The most asked words a definition may leave unsaid when it gives the answer's number
#: ("When was X *written*?").
_ASKED_UNTOLD = 1


def _numbers_in(text: str) -> set[float]:
    """The numbers ``text`` writes in digits, as values ("10.0" is 10)."""
    return {float(found.replace(",", "")) for found in _A_NUMBER.findall(text)}


def _stems_of(text: str) -> frozenset[str]:
    """The stems of a text's content words, sides and repeat marks left out."""
    words = content_words(fold(text))
    return frozenset(word.split(REPEAT, 1)[0].rpartition(":")[2] for word in words)


def _compact(text: str) -> str:
    """A text folded, with its letters and digits only ("$sort" -> "sort")."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _count_words(items: list[Item], words: Words, df: array) -> array:
    """``df[token]``: how many items use each word (added to ``df``); returned: in how
    many cards each word appears (a table's cells count once)."""
    cards = array("I", bytes(4 * len(df)))
    card, seen = None, set()
    for item, prompt, answer in zip(items, words.prompt, words.answer, strict=True):
        both = {*prompt, *answer}
        for token in both:
            df[token] += 1
        if item.card is not card:
            for token in seen:
                cards[token] += 1
            card, seen = item.card, set()
        seen.update(both)
    for token in seen:
        cards[token] += 1
    return cards


def _fold_typos(words: Words, vocab: Vocabulary, cards: array, items: list[Item]) -> Words:
    """Misspelt words replaced by the words meant (``cards``: each word's card count).
    Two words written in capitals are two acronyms, never one misspelt: "ARPKD" is no
    "ADPKD" (recessive, not dominant), "GORD" is no "GERD" typed wrong."""
    mapping = typo_mapping(vocab.words, vocab.ids, cards)
    if mapping:
        mapping = _without_acronyms(mapping, words, vocab, items)
    if not mapping:
        return words
    return _words_respelled(words, vocab, mapping)


def _words_respelled(words: Words, vocab: Vocabulary, mapping: dict[int, int]) -> Words:
    """``words`` with each word of ``mapping`` read as the word it maps to (a typo as the
    word meant, a word with macrons as typed plain), that word's count grown by its own."""
    respelt = mapping.keys()
    fixed = Words([], [])
    for prompt, answer in zip(words.prompt, words.answer, strict=True):
        if respelt.isdisjoint(prompt) and respelt.isdisjoint(answer):
            fixed.prompt.append(prompt)
            fixed.answer.append(answer)
            continue
        fixed.prompt.append(_respelled(prompt, mapping, vocab))
        fixed.answer.append(_respelled(answer, mapping, vocab))
    for token, meant in mapping.items():
        vocab.df[meant] += vocab.df[token]
    return fixed


def _without_acronyms(
    mapping: dict[int, int], words: Words, vocab: Vocabulary, items: list[Item]
) -> dict[int, int]:
    """``mapping`` without the misspellings that the cards holding them and the word
    meant write in capitals ("ARPKD" / "ADPKD")."""
    tokens = {*mapping, *mapping.values()}
    capitals: set[int] = set()
    ids = vocab.ids
    for item in items:
        index = item.index
        if tokens.isdisjoint(words.prompt[index]) and tokens.isdisjoint(words.answer[index]):
            continue
        for text in (item.prompt, item.answer):
            for word in _CAPITALS_WORD.findall(text):
                capitals.update(ids[form] for form in content_words(fold(word)) if form in ids)
    return {
        token: meant
        for token, meant in mapping.items()
        if token not in capitals or meant not in capitals
    }


#: A word written in capitals, two or more, digits allowed after the first: "ADPKD", "GERD".
_CAPITALS_WORD = re.compile(r"\b[A-Z][A-Z0-9]+\b")


#: A genus written as its initial before a species' name: "B. linens", "E. coli" (not
#: "U.S. citizens"); and a capitalised word before a word in small letters.
_GENUS_INITIAL = re.compile(r"(?<![\w.])([A-Z])\. ([a-z]{3,})\b")
_GENUS_SPELT = re.compile(r"(?<![\w.])([A-Z][a-z]{2,}) ([a-z]{3,})\b")


def _fold_genera(words: Words, items: list[Item], vocab: Vocabulary) -> Words:
    """Prompts' and answers' words with a genus written out as the initial that other
    cards of the corpus write before the same species' name: "Brevibacterium linens" is
    "B. linens", "Escherichia coli" "E. coli", and "Aspergillus oryzae (koji)" answers
    as "Koji mold (A. oryzae)" does (an initial that is a stop word, "A. niger", leaves
    the genus out). Not when two genera of one initial come before that name."""
    abbreviated: set[tuple[str, str]] = set()
    for item in items:
        for text in _species_texts(item):
            if ". " in text:
                abbreviated.update(found.groups() for found in _GENUS_INITIAL.finditer(text))
    if not abbreviated:
        return words
    genera: dict[tuple[str, str], set[str]] = {}
    for item in items:
        for text in _species_texts(item):
            for found in _GENUS_SPELT.finditer(text):
                genus, species = found.groups()
                if (genus[0], species) in abbreviated:
                    genera.setdefault((genus[0], species), set()).add(genus)
    mapping: dict[int, int | None] = {}
    ids = vocab.ids
    for (initial, _), names in genera.items():
        if len(names) != 1:
            continue
        written = content_words(fold(names.pop()))
        token = ids.get(written[0]) if len(written) == 1 else None
        if token is not None:
            letter = content_words(fold(initial))
            mapping[token] = ids.get(letter[0]) if letter else None
    if not mapping:
        return words
    changed = mapping.keys()

    def folded(tokens: tuple[int, ...]) -> tuple[int, ...]:
        if changed.isdisjoint(tokens):
            return tokens
        return tuple(sorted({mapping.get(t, t) for t in tokens} - {None}))

    return Words([folded(p) for p in words.prompt], [folded(a) for a in words.answer])


def _species_texts(item: Item) -> tuple[str, ...]:
    """The texts of an item that may name a species: its prompt, and its answer but code."""
    if item.is_code or not item.answer:
        return (item.full_prompt,)
    return (item.full_prompt, item.answer)


def _macrons_left_out(vocab: Vocabulary) -> dict[int, int]:
    """Each word written with macrons that the corpus also writes without them -> that
    word typed plain (``macrons.typed_without_macrons``): "gōjū" -> "goju"."""
    ids = vocab.ids
    mapping: dict[int, int] = {}
    for token, word in enumerate(vocab.words):
        plain = None if word.isascii() else typed_without_macrons(word)
        if plain is not None and plain in ids:
            mapping[token] = ids[plain]
    return mapping


def _fold_macrons(words: Words, vocab: Vocabulary, mapping: dict[int, int]) -> Words:
    """Words written with macrons as typed plain (``mapping``, ``_macrons_left_out``):
    "Founder of Gōjū-ryū" asks what "Who founded Goju-ryu?" asks, "Kanō Jigorō" answers
    as "Jigoro Kano" does."""
    if not mapping:
        return words
    return _words_respelled(words, vocab, mapping)


def _fold_name_spellings(words: Words, items: list[Item], vocab: Vocabulary) -> Words:
    """Words the corpus writes with a capital alone read as one name when they are one
    name spelt two ways (``names_spelt.one_name_spelt``): "Heimdallr" answers as
    "Heimdall" does, "Óðinn" as "Odinn"."""
    texts = [text for i in items for text in (i.full_prompt, i.answer)]
    names = spelt_one_way_or_two(capitalised_words(texts))  # most corpora: none
    if not names:
        return words
    names -= small_words(texts)
    by_plain: dict[str, list[tuple[str, int]]] = {}
    for name in sorted(names, key=lambda name: (not name.isascii(), name)):
        read = content_words(fold(name))
        token = vocab.ids.get(read[0]) if len(read) == 1 else None
        if token is not None:  # the word as the corpus reads it (a stem: "heimdal")
            by_plain.setdefault(name_key(name), []).append((name, token))
    mapping: dict[int, int] = {}
    for plain, spellings in by_plain.items():
        meant, meant_token = (by_plain.get(plain[:-1]) or spellings)[0]
        for name, token in spellings:
            if token != meant_token and one_name_spelt(name, meant):
                mapping.setdefault(token, meant_token)
    if not mapping:
        return words
    return _words_respelled(words, vocab, mapping)


#: A name in code qualified by dots: "Date.getDay()", "os.path.join"; and a name called
#: bare: "getDay()".
_QUALIFIED = re.compile(r"(?<![\w.])((?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*)(?![\w.])")
_CALLED = re.compile(r"(?<![\w.])([A-Za-z_]\w*)\(")


def _fold_qualified_names(words: Words, items: list[Item], vocab: Vocabulary) -> Words:
    """Prompts' words without the qualifiers of a dotted name that another prompt of
    the corpus writes without them: "Date.getDay()" where another says "getDay()" (a
    call), "os.path.join" where another says "path.join" (dotted too): the class or
    module is the context the other leaves out. A word other than a call ("join" in
    prose) never counts as the name written bare."""
    qualified: list[tuple[int, list[str]]] = []
    for item in items:
        prompt = item.full_prompt
        if "." in prompt:
            qualified.extend(
                (item.index, found[1].split(".")) for found in _QUALIFIED.finditer(prompt)
            )
    if not qualified:
        return words
    written = {".".join(parts) for _, parts in qualified}
    for item in items:
        if "(" in item.full_prompt:
            written.update(found[1] for found in _CALLED.finditer(item.full_prompt))
    left_out: dict[int, set[int]] = {}
    ids = vocab.ids
    for index, parts in qualified:
        for cut in range(1, len(parts)):
            if ".".join(parts[cut:]) in written:
                prefix = content_words(fold(" ".join(parts[:cut])))
                tokens = {ids.get(word) for word in prefix} - {None}
                left_out.setdefault(index, set()).update(tokens)
                break
    if not left_out:
        return words
    prompts = list(words.prompt)
    for index, tokens in left_out.items():
        kept = tuple(t for t in prompts[index] if t not in tokens)
        if kept:
            prompts[index] = kept
    return Words(prompts, words.answer)


#: How a word is written in a prompt's words: after a side ("to:end"), repeated ("end§2").
#: A term that declares its other name: "Setback (also called building line)",
#: "Tissue plasminogen activator, also known as alteplase", "CBD (a.k.a. downtown)".
_OTHER_NAME_IN_TERM = re.compile(
    r"\s*(?P<name>[^()]+?)\s*(?:\(|,)\s*(?:also called|also known as|aka|a\.k\.a\.)\s+"
    r"(?P<other>[^(),;]+?)\s*\)?\s*"
)
#: A definition that declares the term's other name: "..., also called the building line".
_OTHER_NAME_IN_DEFINITION = re.compile(
    r"(?:^|[,;(]\s*)(?:also called|also known as|aka|a\.k\.a\.)\s+(?P<other>[^(),;.]+)"
)
#: A definition that gives the term's other name, now or before: "..., also called the
#: hole set", "..., formerly FINA", "(previously known as Ceylon)".
_NAME_GIVEN_IN_DEFINITION = re.compile(
    r"(?:^|[,;(]\s*)(?:also called|also known as|aka|a\.k\.a\.|(?:formerly|previously|once)"
    r"(?: called| known as| named)?)\s+(?P<other>[^(),;.]+)"
)
#: An acronym as a term, defined by a name of a few words and nothing else: "tPA":
#: "Alteplase", "PUD": "Planned unit development" (not "A protocol": a kind of thing).
_SHORT_NAME = re.compile(
    r"\s*(?!(?:an?|the)\b)(?P<other>[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2})\s*\.?\s*",
    re.IGNORECASE,
)


#: A short form in brackets after a term: an acronym of one word, three characters or
#: more, two capitals or more ("SBL", "SoC"), which need not spell the term's words (not
#: "US", "UK": a term's country, as often as its name).
_ABBREVIATION = re.compile(r"(?=(?:\w*[A-Z]){2})[A-Za-z][\w₀-₉]{2,11}")


def _short_form_of(short: str, name: str) -> bool:
    """``short``, in brackets after the term ``name``, is its short form: an acronym
    (``_ABBREVIATION``) of more capitals than small letters, starting with the first
    letter of one of ``name``'s words ("Setback (SBL)"). Not a product or a field the
    term is of: "replica set (MongoDB)", "Index (SQL)"."""
    if not _ABBREVIATION.fullmatch(short) or _ABBREVIATION.fullmatch(name.strip()):
        return False
    if sum(ch.isupper() for ch in short) <= sum(ch.islower() for ch in short):
        return False
    initial = short[0].casefold()
    return any(word[0].casefold() == initial for word in _INITIALS.findall(name))


#: A definition's bracket that gives the term's other names after a bare "also":
#: "... at a glacier's head (also cirque or cwm)", "(also sinkhole)".
_ALSO_IN_BRACKETS = re.compile(r"\(\s*also\s+(?P<other>[^()]+?)\s*\)")
#: Other names given as alternatives: "cirque or cwm", "cirque, cwm".
_ALTERNATIVES = re.compile(r"\s*,\s*(?:or\s+)?|\s+or\s+")
#: The most words one other name in a bare "(also ...)" may have.
_BARE_NAME_WORDS = 3
#: Words after a bare "also" that open a remark, not a name.
_NOT_A_NAME = frozenset({"see", "cf", "spelt", "spelled", "written", "called", "known"})


def _alternatives(names: str) -> list[str]:
    """The names of "X or Y", "X, Y or Z" (one name: itself)."""
    return [name for name in _ALTERNATIVES.split(names.strip()) if name]


def _a_bare_name(name: str) -> bool:
    """``name``, after a bare "also" in brackets, reads as a name: a few words, none a stop
    word or a verb's form ("(also used for ...)", "(also see ...)" say something else)."""
    words = name.split()
    if not 0 < len(words) <= _BARE_NAME_WORDS:
        return False
    folded = fold(name).split()
    if len(content_words(fold(name))) != len(folded):
        return False
    return not any(word.endswith(("ed", "ing")) or word in _NOT_A_NAME for word in folded)


def _declared_names(items: list[Item]) -> Iterator[tuple[str, str]]:
    """(name, other name) of the terms of the corpus that declare another name for
    themselves: in brackets or after a comma ("also called", "also known as", "aka"), in
    their definition ("..., also called the building line"), an acronym in brackets
    (``_short_form_of``: "Setback (SBL)"), or as an acronym whose definition is only a
    name ("tPA": "Alteplase")."""
    for item in items:
        if item.kind != "concept":
            continue
        term = item.prompt
        found = _OTHER_NAME_IN_TERM.fullmatch(term)
        if found is not None:
            yield found.group("name"), found.group("other")
            term = found.group("name")
        elif (found := _GLOSS.fullmatch(term.strip())) is not None:
            name, short = found.group(1), found.group(2).strip()
            if _short_form_of(short, name):
                yield name, short  # "Setback (SBL)", "Specific impulse (Isp)"
        for found in _OTHER_NAME_IN_DEFINITION.finditer(item.answer):
            for other in _alternatives(found.group("other")):
                yield term, other
        for found in _ALSO_IN_BRACKETS.finditer(item.answer):
            names = _alternatives(found.group("other"))
            if all(_a_bare_name(name) for name in names):
                yield from ((term, name) for name in names)
        if _ACRONYM.fullmatch(term.strip()) and sum(ch.isupper() for ch in term) >= 2:
            found = _SHORT_NAME.fullmatch(item.answer)
            if found is not None:
                yield term, found.group("other")


def _fold_declared_names(words: Words, items: list[Item], vocab: Vocabulary) -> Words:
    """Prompts' words with a thing's other name, as a term of the corpus declares it
    (``_declared_names``), as the term's words: once a card says "Setback (also called
    building line)", "Minimum building line in an R1 zone" asks what "Minimum setback in
    an R1 zone" asks. The corpus says which words are one, never a list of them; a prompt
    that holds both names keeps its words."""
    renames: list[tuple[frozenset[int], tuple[int, ...]]] = []
    for name, other in _declared_names(items):
        named = vocab.ids_of(content_words(fold(name)))
        others = frozenset(vocab.ids_of(content_words(fold(other))))
        if named and others and others.isdisjoint(named):
            renames.append((others, named))
    if not renames:
        return words
    prompts = []
    for prompt in words.prompt:
        for others, named in renames:
            if others.issubset(prompt) and not set(named).issubset(prompt):
                added = set(named).difference(prompt)
                prompt = tuple(sorted(set(prompt).difference(others) | added))
                for token in added:
                    vocab.df[token] += 1
        prompts.append(prompt)
    return Words(prompts, words.answer)


_SIDE_PREFIXES = ("", "per:", "to:", "from:", "with:")
_REPEAT_MARKS = ("", f"{REPEAT}2", f"{REPEAT}3")


def _fold_loose_synonyms(
    words: Words, vocab: Vocabulary, items: list[Item]
) -> tuple[Words, dict[int, int]]:
    """Prompts' words with the looser synonyms (``LOOSE``) as their group's first word:
    "ended" as "abolish", "retention" as "keep"; a form whose stem other words share
    only in a prompt that writes it so ("completely", not "completed": ``LOOSE_GUARDED``).
    Answers keep their words. Also the mapping used by stem: each written form's token
    -> its group's."""
    mapping: dict[int, int] = {}
    ids = vocab.ids
    for word, meant in LOOSE.items():  # a few dozen words, in a few forms each
        if word in LOOSE_GUARDED:
            continue
        for side in _SIDE_PREFIXES:
            for repeat in _REPEAT_MARKS:
                token = ids.get(side + word + repeat)
                if token is not None:
                    mapping[token] = vocab.ids_of([side + meant])[0]
    guarded = _loose_guarded_tokens(words, vocab, items)
    if not mapping and not guarded:
        return words, mapping
    changed = mapping.keys()
    prompts = []
    for index, prompt in enumerate(words.prompt):
        used = mapping
        if index in guarded:
            used = {**mapping, **guarded[index]}
            for meant in guarded[index].values():
                vocab.df[meant] += 1
        elif changed.isdisjoint(prompt):
            prompts.append(prompt)
            continue
        prompts.append(_respelled(prompt, used, vocab))
    for token, meant in mapping.items():
        vocab.df[meant] += vocab.df[token]
    return Words(prompts, words.answer), mapping


def _loose_guarded_tokens(
    words: Words, vocab: Vocabulary, items: list[Item]
) -> dict[int, dict[int, int]]:
    """Each prompt (by index) whose text reads one of its words as a guarded loose
    synonym (``LOOSE_GUARDED``: "completely" as written, "took" before a name) -> that
    word's token -> its group's."""
    ids = vocab.ids
    tokens: dict[int, tuple[str, re.Pattern[str]]] = {}
    for word, (meant, pattern) in LOOSE_GUARDED.items():
        for side in _SIDE_PREFIXES:
            for repeat in _REPEAT_MARKS:
                token = ids.get(side + word + repeat)
                if token is not None:
                    tokens[token] = (side + meant, pattern)
    found: dict[int, dict[int, int]] = {}
    if not tokens:
        return found
    for index, prompt in enumerate(words.prompt):
        for token in prompt:
            guard = tokens.get(token)
            if guard is not None and guard[1].search(items[index].prompt):
                found.setdefault(index, {})[token] = vocab.ids_of([guard[0]])[0]
    return found


#: "type" (or "kind", its loose synonym) as the last word of a compound noun: "*voice
#: type*", "skin types", "Amide type", "trap kind"; not "the type of X", "What type of
#: rock", "an object's type", nor a type a program has ("return type", "data type", "file
#: type", "MIME type"), nor the word itself ("the Dutch word kind").
_COMPOUND_TYPE = re.compile(
    r"(?i)\b(?<!['’])(?!(?:the|a|an|what|which|whose|of|this|that|these|each|every|its"
    r"|their|one|any|some|no|same|other|return|data|file|mime|media|content|value|object"
    r"|class|input|word|term|noun|verb)\b)[a-z][\w-]* (?:type|kind)s?\b"
)
_TYPE_WORD = re.compile(r"(?i)\b(?:type|kind)s?\b")


def _without_compound_type(words: Words, items: list[Item], vocab: Vocabulary) -> Words:
    """Prompts' words without "type" (or "kind") where it only ends compound nouns:
    "Voice type of the Queen of the Night" asks what "Queen of the Night voice" asks,
    "Amide type" (a list's term) names what "Amides" names."""
    token = vocab.ids.get("type")
    if token is None:
        return words
    prompts = list(words.prompt)
    for item in items:
        prompt = item.full_prompt
        if token not in prompts[item.index]:
            continue
        compounds = len(_COMPOUND_TYPE.findall(prompt))
        if compounds and compounds == len(_TYPE_WORD.findall(prompt)):
            prompts[item.index] = tuple(t for t in prompts[item.index] if t != token)
    return Words(prompts, words.answer)


def _respelled(tokens: tuple[int, ...], mapping: dict[int, int], vocab: Vocabulary) -> tuple:
    """``tokens`` with misspellings replaced, repeated words marked again (``word§2``)."""
    counts: dict[str, int] = {}
    for token in tokens:
        word = vocab.words[mapping.get(token, token)].split(REPEAT, 1)[0]
        counts[word] = counts.get(word, 0) + 1
    return vocab.ids_of(
        word if n == 1 else f"{word}{REPEAT}{n}"
        for word, count in counts.items()
        for n in range(1, count + 1)
    )


# ------------------------------------------------------------------ candidates


def _adds_few_words(x: set[int], y: set[int]) -> bool:
    """One set of a prompt's words holds the other's and adds no more words than they
    share ("Aperture" / "Lens aperture"): a word swapped, a generic one too ("Resource
    *limit*" / "Resource *request*"), or a question about a term ("AA" / "What phenotype
    does Aa show?") is no such pair."""
    own_x, own_y = x - y, y - x
    return not (own_x and own_y) and len(own_x | own_y) <= len(x & y)


def _card_numbers(items: list[Item]) -> array:
    """For each item, a number shared by the items of its card (they are consecutive)."""
    numbers, card, number = array("I"), None, -1
    for item in items:
        if item.card is not card:
            card, number = item.card, number + 1
        numbers.append(number)
    return numbers


def _candidates(
    words: Words,
    df: array,
    card_of: array,
    scopes: Sequence[int],
    quantities: list,
    common: int,
) -> set[int]:
    """Pairs ``i * count + j`` (i < j, ``count`` items) of items of two cards of one scope
    sharing a pair of rare words, one of their prompt's rarest words, or a value.

    A word of one item only cannot be shared: the rarest words are picked among the
    others (on a corpus of made-up words that leaves most items without a block).
    Blocks are runs of one key in a sorted list of ``key * count + item``: most
    blocks hold one item, and a dict of lists would spend a list on each."""
    size = len(df) + 2  # keys are made of usable ranks, 1 to len(df)
    ranks = _usable_ranks(df)
    usable = ranks.__getitem__
    # the highest rank of a word fewer than ``common`` items use (ranks follow df)
    rare = max((rank for token, rank in enumerate(ranks) if df[token] < common), default=0)
    count = len(words.prompt)
    scope_count = max(scopes, default=0) + 1
    keyed: list[int] = []
    for index, (prompt, answer) in enumerate(zip(words.prompt, words.answer, strict=True)):
        both = sorted(filter(None, map(usable, {*prompt, *answer})))
        value = quantities[index]
        if not both and not value:
            continue  # no word it shares with another item (the prompt's are among them)
        prompt = sorted(filter(None, map(usable, prompt)))
        # the prompt's rarest words alone: "What number is SIGKILL?" meets "Signal
        # number of SIGKILL" (blocks are per scope; words of the corpus's common ones
        # are left out: their blocks would be full)
        keys = {rank * size + size - 1 for rank in prompt[:RAREST] if rank <= rare}
        rarest = both[:RAREST]
        if len(rarest) == 1:
            keys.add(rarest[0] * size + size - 1)
        keys.update(a * size + b for a, b in combinations(rarest, 2))
        if value:  # equal values meet whatever their words ("40", "forty characters")
            keys.add(size * size + zlib.crc32(repr(sorted(value)).encode()))
        scope = scopes[index]
        keyed.extend((key * scope_count + scope) * count + index for key in keys)
    keyed.sort()
    pairs: set[int] = set()
    members: list[int] = []
    block = -1
    for value in keyed:
        key, index = divmod(value, count)
        if key != block:
            if len(members) > 1:  # most blocks hold one item
                _add_pairs(members, card_of, count, pairs)
            block, members = key, []
        members.append(index)
    if len(members) > 1:
        _add_pairs(members, card_of, count, pairs)
    return pairs


def _all_pairs(scopes: Sequence[int], card_of: array) -> set[int]:
    """Every pair of items of two cards of one scope, for the scopes whose pairs fit in
    ``ALL_PAIRS`` all told, smallest first (a small corpus: all of them). There they cost
    little, and the blocks miss pairs that share no rare word: words all common in the
    corpus ("sharps", "E major" in a deck about keys), or none at all ("DOF" / "Depth of
    field")."""
    count = len(scopes)
    members: dict[int, list[int]] = {}
    for index, scope in enumerate(scopes):
        members.setdefault(scope, []).append(index)
    pairs: set[int] = set()
    budget = ALL_PAIRS
    for indexes in sorted(members.values(), key=len):
        budget -= len(indexes) * (len(indexes) - 1) // 2
        if budget < 0:
            break
        for x, i in enumerate(indexes):
            card = card_of[i]
            pairs.update(i * count + j for j in indexes[x + 1 :] if card_of[j] != card)
    return pairs


def _linked(items: list[Item], words: Words, spelt: list[str]):
    """``linked(i, j)``: items ``i`` and ``j`` share a word (their prompts' or answers',
    whatever side word is before it: "to the map" / "a map"), or one prompt holds an
    acronym, which may spell the other's words. Pairs without either are seldom one
    fact, and cost the verdict's time in a large corpus."""
    known: dict[int, frozenset[str] | None] = {}  # None: the prompt holds an acronym

    def words_of(index: int) -> frozenset[str] | None:
        if index not in known:  # made for the items of the scopes compared only
            acronym = _has_acronym(items[index].full_prompt)
            known[index] = (
                None
                if acronym
                else frozenset(
                    spelt[t].split(REPEAT, 1)[0].rpartition(":")[2] for t in words.both(index)
                )
            )
        return known[index]

    def linked(i: int, j: int) -> bool:
        first, second = words_of(i), words_of(j)
        return first is None or second is None or not first.isdisjoint(second)

    return linked


def _typed_alike(items: list[Item], scopes: Sequence[int], card_of: array) -> set[int]:
    """Pairs ``i * count + j`` of a command and a question of one scope answered with
    one command of two words or more once each is typed one way (``_typed_plainly``:
    "tar -tvf a.tar" / "tar tvf a.tar", "apt-get clean" / "apt clean"): the words of
    two commands typed otherwise need not be one token, nor their prompts share one."""
    count = len(items)
    blocks: dict[tuple[int, str], list[int]] = defaultdict(list)
    for item in items:
        if item.statement or item.kind not in ("command", "qa") or " " not in item.answer:
            continue
        typed = _typed_plainly(item.answer)
        if " " in typed:
            blocks[scopes[item.index], typed].append(item.index)
    pairs: set[int] = set()
    for members in blocks.values():
        if len(members) > 1 and any(items[i].kind == "command" for i in members):
            _add_pairs(sorted(members), card_of, count, pairs)
    return pairs


def _has_acronym(text: str) -> bool:
    """``text`` holds a word of two capitals or more ("DOF", "SpO2")."""
    return any(sum(ch.isupper() for ch in word) >= 2 for word in _ACRONYM.findall(text))


def _usable_ranks(df: array) -> array:
    """For each token, 1 + its place in the order of (df, token), rarest first; 0 for a
    word of one item at most, which no other item can share."""
    starts = [0] * (max(df, default=0) + 2)
    for used in df:
        starts[used + 1] += 1
    for used in range(1, len(starts)):
        starts[used] += starts[used - 1]
    usable = array("I", bytes(4 * len(df)))
    for token, used in enumerate(df):
        if used > 1:
            starts[used] += 1
            usable[token] = starts[used]  # the place before the increment, plus one
    return usable


def _add_pairs(members: list[int], card_of: array, count: int, pairs: set[int]) -> None:
    """The pairs of one block's items (two or more, in increasing order), of two cards."""
    if card_of[members[0]] == card_of[members[-1]]:
        return  # one card's items (a table's cells share its title's words): no pair
    if len(members) <= MAX_BLOCK:
        for x, i in enumerate(members):
            base, card = i * count, card_of[i]
            pairs.update(base + j for j in members[x + 1 :] if card_of[j] != card)


# ------------------------------------------------------------------ verdict


#: How many words of their own two reworded questions share for an answer that third
#: prompts name to be theirs alone (``Verdict._one_answer_reworded``).
_SHARED_OWN_WORDS = 3
#: How many words two prompts of a small corpus share to be compared by their measured
#: values (``Verdict._one_measure_asked_again``).
_SMALL_CORPUS_SHARED = 2
#: The kinds whose prompts ``Verdict.prompts_alike`` compares.
_ASKS_ALIKE = frozenset({"qa", "concept", "limit", "command"})
#: The share of their words, weighted by rarity, of two prompts alike (``prompts_alike``).
ALIKE_SHARE = 0.5
#: In how many places (runs of words) two prompts alike differ at least: fewer is one
#: template with a slot or two changed, which asks two things more often than one.
ALIKE_PLACES = 4
#: The kinds whose prompt may ask what a table cell answers, without its table's title.
_ASKS_A_CELL = frozenset({"qa", "concept", "limit"})


class Verdict:
    """Entity-aware comparison of two items, over their words with misspellings folded
    (making it counts how many items use each word, in ``vocab.df``)."""

    def __init__(
        self, items: list[Item], vocab: Vocabulary, similarity: float, language: str | None = None
    ):
        #: the Snowball language the corpus's words are read in (None: English)
        self.language = language
        words = Words([item.prompt_ids for item in items], [item.answer_ids for item in items])
        cards = _count_words(items, words, vocab.df)
        words = _fold_typos(words, vocab, cards, items)
        words = _fold_genera(words, items, vocab)
        self._plain_spelling = _macrons_left_out(vocab)
        words = _fold_macrons(words, vocab, self._plain_spelling)
        if language in (None, "english"):  # German nouns are capitalised
            words = _fold_name_spellings(words, items, vocab)
        words = _fold_qualified_names(words, items, vocab)
        words = _fold_declared_names(words, items, vocab)
        self.words, self._loose = _fold_loose_synonyms(words, vocab, items)
        self.words = _without_compound_type(self.words, items, vocab)
        self.vocab = vocab
        self.similarity = similarity
        self.common = max(MIN_COMMON, int(len(items) * COMMON_SHARE))
        self.shared_rare = max(SHARED_RARE_FLOOR, self.common)
        self.protected = frozenset(vocab.ids[w] for w in PROTECTED if w in vocab.ids)
        self.stranded = frozenset(vocab.ids[w] for w in ("to", "from") if w in vocab.ids)
        self._names: dict[int, frozenset[int]] = {}
        self._capitals: dict[int, frozenset[str]] = {}
        self._decks: dict[str, frozenset[int]] = {}
        self._spellings: dict[int, tuple] = {}
        self._shapes: dict[int, tuple] = {}
        self._answer_words: dict[int, frozenset[str]] = {}
        self._answer_name_words: dict[int, frozenset[str]] = {}
        self._ordered_words: dict[int, tuple[str, ...]] = {}
        self._title_only: dict[int, tuple[frozenset[int], frozenset[int]]] = {}
        self._untitled_cells: dict[frozenset[int], set[int]] | None = None
        self._items = items
        self._acronyms: dict[str, str] | None = None
        self._lowercase_words: frozenset[int] | None = None
        self._lowercase_or_loose_words: frozenset[int] | None = None
        self._sibling_words: dict[int, set[int]] | None = None
        self._name_tails: dict[str, set[str]] | None = None
        # two-letter acronyms a term card defines -> their definitions' words (made once)
        self._two_letters_defined: dict[str, set[frozenset[str]]] | None = None
        self._item_tails: dict[int, list[tuple[str, str]]] = {}
        self._values_stated: Counter | None = None
        self._prompt_counts: Counter | None = None
        generic = content_words(" ".join(sorted(GENERIC - QUALIFIERS | FILLERS | HEDGES)))
        self.generic = frozenset(vocab.ids[w] for w in generic if w in vocab.ids)
        self._generic_words = frozenset(generic)
        self._hedges = frozenset(content_words(" ".join(sorted(HEDGES))))
        self._opposing_words = frozenset(content_words(" ".join(sorted(_OPPOSING))))
        self._qualifier_words = frozenset(content_words(" ".join(sorted(QUALIFIERS))))
        fillers = content_words(" ".join(sorted(FILLERS)))
        self.fillers = frozenset(vocab.ids[w] for w in fillers if w in vocab.ids)
        self.year_words = frozenset(vocab.ids[w] for w in ("year", "date") if w in vocab.ids)
        self.conditions = frozenset(vocab.ids[w] for w in ("without",) if w in vocab.ids)
        self.threshold = vocab.ids.get("threshold", -1)
        sides = content_words("below above under over")
        self.bound_sides = frozenset(vocab.ids[w] for w in sides if w in vocab.ids)
        self.no = vocab.ids.get("no")
        opposites = content_words(" ".join(sorted(OPPOSITES)))
        self.opposites = frozenset(vocab.ids[w] for w in opposites if w in vocab.ids)
        self._bounds = frozenset(vocab.ids[w] for w in ("min", "max") if w in vocab.ids)
        order = content_words(" ".join(sorted(_ORDER_WORDS)))
        self.order_words = frozenset(vocab.ids[w] for w in order if w in vocab.ids)
        qualifiers = content_words(" ".join(sorted(QUALIFIERS)))
        self.qualifiers = frozenset(vocab.ids[w] for w in qualifiers if w in vocab.ids)
        # a minimum is what is required ("requirement", "needed" read as "need")
        self.minimum_required = frozenset(vocab.ids.get(w, -1) for w in ("min", "need"))

    def prompts_alike(self, a: Item, b: Item) -> bool:
        """Two prompts (of questions, terms, tasks or subjects) that may ask one thing in
        other words: their words, each weighted by its rarity in the corpus, are at least
        ``ALIKE_SHARE`` the same (Dice), and their words in order differ in at least
        ``ALIKE_PLACES`` places ("Which current carries warm water from the Gulf of Mexico
        across the Atlantic?" / "Which current brings warm Gulf of Mexico water across the
        North Atlantic?"). Two prompts made from one template with a word or two swapped
        ("... BERT-base have?" / "... BERT-large have?") differ in fewer places: on the
        pair sets they were most of the distinct pairs that share their rare words."""
        if a.kind not in _ASKS_ALIKE or b.kind not in _ASKS_ALIKE:
            return False
        x, y = self.words.prompt[a.index], self.words.prompt[b.index]
        shared = set(x).intersection(y)
        if not shared:
            return False
        rarity = self._rarity
        total = sum(map(rarity, x)) + sum(map(rarity, y))
        if 2 * sum(map(rarity, shared)) < ALIKE_SHARE * total:
            return False
        if _places_reworded(a.prompt, b.prompt) < ALIKE_PLACES:
            return False
        if _time_and_thing(a.full_prompt, b.full_prompt):
            return False  # "In which year was it published?" / "Which data rates ...?"
        return not numbered_names_apart(a.full_prompt, b.full_prompt)  # "Vatican Council I"
        # / "... Vatican Council II": two councils

    def _rarity(self, token: int) -> float:
        """How rare a word is in the corpus: log((items + 1) / (items using it + 1))."""
        return math.log((len(self._items) + 1) / (self.vocab.df[token] + 1))

    def judge(self, a: Item, b: Item) -> Match | None:
        """The match of two items, or None. A pair that ``_told_apart`` tells apart is
        none, whatever other rule finds it alike; asked only of a pair found alike
        (``_found_alike``), those many rules are spared for the most pairs, with the same
        verdict (every rule is a pure function of the two items)."""
        if _quotes_each_others_answer(a, b):
            return Match(a, b, conflict=False)  # 'What does "Hund" mean?' / 'Say "dog"?'
        if self._asked_from_both_ends(a, b):
            return Match(a, b, conflict=False)  # "Who wrote Gasoline?" Gregory Corso /
            # "Gregory Corso's 1958 collection?" Gasoline
        if option_asked(a, b):
            return Match(a, b, conflict=False)  # "UDP scan": nmap -sU / "nmap's UDP scan?" -sU
        if option_defined(a, b):
            return Match(a, b, conflict=False)  # "rsync -z": "compresses ..." / "...?" -z
        if self._answered_with_term(a, b) or self._answered_with_term(b, a):
            return Match(a, b, conflict=False)  # "Why …?" "Doppler effect: …" / the term
        if self._reason_told_by_definition(a, b) or self._reason_told_by_definition(b, a):
            return Match(a, b, conflict=False)  # "Why is a blade tempered?" / "Tempering"
            # (a reason beside a term is else told apart: ``_asked_otherwise``)
        if self._place_told_by_definition(a, b) or self._place_told_by_definition(b, a):
            return Match(a, b, conflict=False)  # "Where is the oche?" / "Oche": "the line ..."
        if self._value_told_by_definition(a, b) or self._value_told_by_definition(b, a):
            return Match(a, b, conflict=False)  # "When was the Code of Hammurabi written?"
            # about 1754 BCE / "Code of Hammurabi": "Babylonian law code of c. 1754 BC, ..."
            # (a time asked beside a term is else told apart: ``_asked_otherwise``)
        found = self._found_alike(a, b)
        if found is None and (definition_answers(a, b) or definition_answers(b, a)):
            if not self._told_apart(a, b):  # "When is X diagnosed?" / "X": "Diagnosed ..."
                return Match(a, b, conflict=False)
        if found is None or self._told_apart(a, b):
            return None
        if found.conflict and articles_apart((a.prompt, b.prompt)):
            return None  # "der See" the lake / "die See" the sea: two words (a corpus in
            # German leaves its articles out of the words it compares)
        return found

    def _told_apart(self, a: Item, b: Item) -> bool:
        """The prompts of a pair found alike ask two things: a word, a number, a name or
        an order that sets them apart. (``judge`` asks only of a pair some rule found
        alike: of most pairs none does, and these rules are many.)"""
        if _labelled_phrases_apart(a.prompt, b.prompt):
            return True  # "Polish: dzień dobry" / "Polish: dobry wieczór": two phrases
        if dots_apart(a.full_prompt, b.full_prompt):
            return True  # "How long is a dotted half note?" / "... a half note?": two values
        if _quote_other_things(a.full_prompt, b.full_prompt) and not _quoted_alike(a, b):
            return True  # "Which mood follows «ojalá»?" / "… «quiero que»?": two questions
        if _caseless_terms_apart(a.full_prompt, b.full_prompt):
            return True  # "What does 〜ている express?" / "… 〜てある …?": two questions
        if _term_inside_quote(a, b) or _term_inside_quote(b, a):
            return True  # "sept" / "What time is 'dix-sept heures'?"
        if _asked_otherwise(a, b):
            return True  # "Where was Napoleon born?" / "When was Napoleon born?"
        if self._floor_and_allowance(a, b) or self._floor_and_allowance(b, a):
            return True  # "Minimum disks in a vdev" / "Disks that *may* fail in a vdev"
        if function_words_glossed(a, b):
            return True  # "есть": "to eat" / "есть (there is)": "there is, there are"
        if name_lengthened(a.full_prompt, b.full_prompt) or name_lengthened(
            b.full_prompt, a.full_prompt
        ):
            return True  # "World Chess Champion" / "Women's World Chess Champion"
        if _name_of_thing_asked(a.full_prompt, b.full_prompt) or _name_of_thing_asked(
            b.full_prompt, a.full_prompt
        ):
            return True  # "Maximum length of a file name" / "Maximum size of a file"
        if _doer_and_done_to(a.full_prompt, b.full_prompt) or _doer_and_done_to(
            b.full_prompt, a.full_prompt
        ):
            return True  # "What beats a flush?" / "What does a flush beat?"
        if paired_otherwise(a.full_prompt, b.full_prompt):
            return True  # "What does 1-0 mean in a chess score?" / "... 0-1 ...?"
        if numbers_reordered(a.full_prompt, b.full_prompt) or numbers_traded(
            a.full_prompt, b.full_prompt
        ):
            return True  # "the 4-3-3 formation" / "the 3-4-3 formation"
        if slashed_reordered(a.full_prompt, b.full_prompt):
            return True  # "EUR/USD exchange rate" / "USD/EUR exchange rate"
        if _between_them(a.full_prompt, b.full_prompt) or _between_them(
            b.full_prompt, a.full_prompt
        ):
            return True  # "How long is a quarter?" / "How long is the break between quarters?"
        if _superlatives_apart(a.full_prompt, b.full_prompt):
            return True  # "Longest muscle?" / "Largest muscle?"
        if _ranks_apart(a.full_prompt, b.full_prompt):
            return True  # "Largest moon of Saturn?" / "Second largest moon of Saturn?"
        if _name_and_value_asked(a.full_prompt, b.full_prompt):
            return True  # "Print the value of a sysctl key" / "Print the names of the keys"
        if _degrees_apart(a.full_prompt, b.full_prompt):
            return True  # "... for the most serious infringements" / "... lesser ..."
        if _intensified(a.full_prompt, b.full_prompt):
            return True  # "Low birth weight" / "Very low birth weight": two classes
        if _operators_apart(a.full_prompt, b.full_prompt):
            return True  # "What does == test in Prolog?" / "What does =:= test in Prolog?"
        if _verbs_opposed(a.full_prompt, b.full_prompt):
            return True  # "Which colour passes through a red filter?" / "... absorb?"
        if _ages_apart(a.full_prompt, b.full_prompt):
            return True  # "... nephrotic syndrome in children?" / "... in white adults?"
        if _months_apart(a.full_prompt, b.full_prompt):
            return True  # "What is the birthstone for April?" / "... for May?"
        if _duration_and_count(a.full_prompt, b.full_prompt):
            return True  # "How many steps may a player take?" / "How many seconds ...?"
        if _time_and_count(a.full_prompt, b.full_prompt):
            return True  # "When was Beethoven born?" / "How many symphonies did he complete?"
        if _time_and_thing(a.full_prompt, b.full_prompt):
            return True  # "In which year was it published?" / "Which data rates did it offer?"
        if _orders_apart(a, b):
            return True  # "Individual medley stroke order?" / "Medley relay stroke order?"
        if (
            a.kind == "command" == b.kind
            and _roles_traded(a.full_prompt, b.full_prompt)
            and not _abbreviated_alike(a.answer, b.answer)  # the way back is another command
        ):
            return (
                True  # "Get the code point of a character" / "... the character for a code point"
            )
        if _shapes_measured_apart(a.full_prompt, b.full_prompt):
            return True  # "Volume of a sphere?" / "Surface area of a sphere?"
        if _negated_apart(a.full_prompt, b.full_prompt):
            return True  # "... that never burns?" / "... that always burns and never tans?"
        if negated_by_prefix(a.full_prompt, b.full_prompt):
            return True  # "... an aerobic session" / "... an anaerobic session": two things
        if _units_chained(a.full_prompt, b.full_prompt):
            return True  # "Points in one pica" / "Picas in one inch"
        if _multiples_apart(a.full_prompt, b.full_prompt):
            return True  # "Turning chain for *single* crochet" / "... *double* crochet"
        if _party_and_counterparty(a.full_prompt, b.full_prompt):
            return True  # "Insurer" / "Insured": who does it and who it is done to
        if names_swapped(a.full_prompt, b.full_prompt):
            return True  # "APY of a 12% APR" / "APR of a 12% APY": two questions
        if measures_apart(a, b):
            return True  # "Sea-level pressure" 1013 hPa / "Sea-level temperature" 15 °C
        if deck_names_apart(a, b):
            return True  # "German trocken" / "Austrian trocken" in "Germany and Austria"
        if symbols_apart(a.full_prompt, b.full_prompt):
            return True  # "Cs" (caesium) / "What is CS?" (carbon monosulfide)
        if _empty_literal_in_slot(a.full_prompt, b.full_prompt):
            return True  # "What does typeof null return?" / "What does typeof [] return?"
        if compared_the_other_way(a.full_prompt, b.full_prompt):
            return True  # "When are tubes better than pans?" / "... pans better than tubes?"
        if counter_of_other(a.full_prompt, b.full_prompt):
            return True  # "What is the counterstain ...?" / "What is the primary stain ...?"
        if choice_and_rule_apart(a.full_prompt, b.full_prompt):
            return True  # "... allow a draw claim?" / "... end the game in a draw automatically?"
        if sub_numbers_apart(a.full_prompt, b.full_prompt):
            return True  # "Which shade is PB15:1?" / "Which pigment is PB15?": two pigments
        if numbered_names_apart(a.full_prompt, b.full_prompt):
            return True  # "Who won Super Bowl I?" / "Winner of Super Bowl II?": two games
        if self._hedge_in_slot(a, b):
            return True  # "Standard gauge" / "Russian gauge": two values of one thing
        if letter_names_apart(a.full_prompt, b.full_prompt):
            return True  # "Relative minor of C major?" / "... of A major?": two keys
        if glued_suffixes_apart(a.full_prompt, b.full_prompt):
            return True  # "Max data rate of 802.11a?" / "... of 802.11be?": two variants
        if values_of_two_objects(a, b):
            return True  # "Adult dose of amoxicillin" / "... of metronidazole": 500 mg each
        return False

    def _found_alike(self, a: Item, b: Item) -> Match | None:
        """The match of two items whose prompts some rule finds alike, or None; unless
        ``_told_apart`` says they ask two things."""
        if self._item_asked_and_answered(a, b) or self._item_asked_and_answered(b, a):
            return Match(a, b, conflict=False)  # "Snooker ball values" / "Pink": 6 points
            # and "How many points is the pink worth?" 6
        if a.kind == "qa" == b.kind:
            chosen = choice_answers(a.full_prompt, a.answer, b.full_prompt, b.answer)
            if chosen is not None:  # "Which cools faster, water or oil?" / "... oil or water?"
                return Match(a, b, conflict=chosen[0] != chosen[1])
        words, i, j = self.words, a.index, b.index
        if not a.statement and not b.statement and a.is_code == b.is_code:
            x, y = words.prompt[i], words.prompt[j]
            if (
                self._near(a, b, x, y)
                or _same_spelling(a, b, x, y)
                or self._same_acronym_as_defined(a, b)
                or (_may_alias(a, b) and _aliased(a.prompt, b.prompt))
                or (a.kind in _REWORDED and b.kind in _REWORDED and self._agent_named(a, b, x, y))
                or (a.kind == "concept" == b.kind and self._term_qualified(a, b))
                or self._term_asked_with_gloss(a, b)
                or self._term_asked_with_gloss(b, a)
                or (a.kind == "qa" == b.kind and _quote_described(a.full_prompt, b.full_prompt))
                or (not a.is_code and self._same_but_decks(a, b, x, y))
                or (not a.is_code and self._same_but_brackets(a, b, x, y))
                or self._list_term_asked(a, b, x, y)
                or self._list_term_asked(b, a, y, x)
                or _asked_in_context(a, b)
                or _asked_in_context(b, a)
                or self._cell_asked_untitled(a, b, x, y)
                or self._cell_asked_untitled(b, a, y, x)
                or self._dated_aside(a, b, x, y)
                or (a.kind == "qa" == b.kind and _asked_either_voice(a.prompt, b.prompt))
            ):
                spelt_out = _expansion_defined(a, b) or _expansion_defined(b, a)
                dated = _date_added(a.answer, b.answer) or _date_added(b.answer, a.answer)
                if x != y and _value_and_name(a, b) and not spelt_out and not dated:
                    if self._answer_detail_asked(a, b) or self._answer_detail_asked(b, a):
                        return Match(a, b, conflict=False)  # "Noam Chomsky, 1957" / "Chomsky"
                    return None  # "Who painted Guernica?" / "How long is Guernica?" (not
                    # "What does TOF stand for?" Train-of-four / "TOF": "train of four: ...")
                if _expansion_and_definition(a, b) or _expansion_and_definition(b, a):
                    return None  # "What does GDP stand for?" / "GDP": "The market value ..."
                same = (
                    self._same_answer(a, b)
                    or self.same_meaning(a, b)
                    or self.prose_states_value(a, b)
                    or spelt_out
                )
                if not same and a.is_code and _task_names_command(a, b):
                    return None  # "Compile the project" / "Compile and *run* ...": cargo run
                if not same and _count_of_one(a, b):
                    return None  # "the dimensions of an array" / "the number of dimensions"
                conflict = not same and (self.really_differ(a, b) or not self._prose(a, b))
                return Match(a, b, conflict=conflict, same_prompt=x == y and spelt_alike(a, b))
            if not a.is_code and a.kind in _REWORDED and b.kind in _REWORDED:
                found = self._reworded(a, b, x, y)
                if found is not None:
                    return found
                if self._asked_the_other_way(a, b) or self._asked_the_other_way(b, a):
                    return Match(a, b, conflict=False)
                if self._asked_by_what_it_does(a, b) or self._asked_by_what_it_does(b, a):
                    return Match(a, b, conflict=False)  # "Which hormone ...?" / insulin
        if self._asks_for_command(a, b) or self._asks_for_command(b, a):
            return Match(a, b, conflict=a.code_key != b.code_key)  # "Which key undoes ..."
        if self._answered_with_its_code(a, b) or self._answered_with_its_code(b, a):
            return Match(a, b, conflict=False)  # "Which dot-command lists tables?" .tables
        if self._asks_what_code_does(a, b) or self._asks_what_code_does(b, a):
            return Match(a, b, conflict=False)  # "What does `npm ci` do?" / npm ci
        if self._answered_with_its_subcommand(a, b) or self._answered_with_its_subcommand(b, a):
            return Match(a, b, conflict=False)  # "Which subcommand runs a file?" / zig run f
        if self._answered_with_keywords(a, b) or self._answered_with_keywords(b, a):
            return Match(a, b, conflict=False)  # "How do you turn a list into rows?" UNWIND
            # / "Expand a list into rows" ``UNWIND [1, 2, 3] AS x RETURN x``
        if self._answered_with_command_typed(a, b) or self._answered_with_command_typed(b, a):
            return Match(a, b, conflict=False)  # "How do you rerun a package's debconf
            # questions?" sudo dpkg-reconfigure <package> / ``dpkg-reconfigure pkg``
        if _acronym_letter_asked(a, b) or _acronym_letter_asked(b, a):
            return Match(a, b, conflict=False)  # "What does the G in APGAR stand for?" Grimace
        spelt = _expansion_beside_term(a, b) or _expansion_beside_term(b, a)
        if spelt is not None:  # "What does DLI stand for?" / "Daily light integral (DLI)"
            return Match(a, b, conflict=spelt == "other")
        if _acronym_expanded_otherwise(a, b) and not self._equal_answers(a, b):
            return Match(a, b, conflict=True)  # "What does CMHR (foam) stand for?", two ways
        if self._asks_for_listed_term(a, b) or self._asks_for_listed_term(b, a):
            return Match(a, b, conflict=False)  # "Which operator tests for a file?" -f
        if self._asks_for_term_lead(a, b) or self._asks_for_term_lead(b, a):
            return Match(a, b, conflict=False)  # "Medical term for spaying?" / "Spay"
        if self._term_asked_by_name(a, b) or self._term_asked_by_name(b, a):
            return Match(a, b, conflict=False)  # "Aquifer" / "What is ... called?" an aquifer
        if self._term_asked_by_description(a, b) or self._term_asked_by_description(b, a):
            return Match(a, b, conflict=False)  # "What tool shapes glass ...?" Jacks / "Jacks"
        if self._question_told_by_definition(a, b) or self._question_told_by_definition(b, a):
            return Match(a, b, conflict=False)  # "Who created Zig?" / "…": "Creator of Zig"
        if self._other_name_asked(a, b) or self._other_name_asked(b, a):
            return Match(a, b, conflict=False)  # "Sri Lanka": "..., formerly Ceylon" / Ceylon
        if self._class_asked_of_term(a, b) or self._class_asked_of_term(b, a):
            return Match(a, b, conflict=False)  # "What drug class is imatinib?" tyrosine
            # kinase inhibitor / "Imatinib": "A TKI that targets BCR-ABL"
        if self._symbol_asked_by_definition(a, b) or self._symbol_asked_by_definition(b, a):
            return Match(a, b, conflict=False)  # "Which operator prepends ...?" :: / "Cons
            # operator": "::, adds an element at the head of a list"
        if _term_spelt_out(a, b) or _term_spelt_out(b, a):
            return Match(a, b, conflict=False)  # "GDV": "Gastric dilatation-volvulus: ..."
        if self._asked_by_definition_lead(a, b) or self._asked_by_definition_lead(b, a):
            return Match(a, b, conflict=False)  # "FTP": "functional threshold power: ..." /
            # "What is functional threshold power?"
        if self._stated_in_answer(a, b) or self._stated_in_answer(b, a):
            return Match(a, b, conflict=False)  # "Dative ending?" -ibus / "With the dative ..."
        if self._defined_when_asked(a, b) or self._defined_when_asked(b, a):
            return Match(a, b, conflict=False)  # "Hops": "add aroma" / "What do hops add?"
        if self._list_title_asked(a, b) or self._list_title_asked(b, a):
            return Match(a, b, conflict=False)  # "Negative symptoms": "the five As" / "What
            # are the negative symptoms?", one list of words
        if self._told_by_definition(a, b) or self._told_by_definition(b, a):
            return Match(a, b, conflict=False)  # "Which syntax maps f?" dot / "Broadcasting"
        if self._term_and_definition_answer(a, b) or self._term_and_definition_answer(b, a):
            return Match(a, b, conflict=False)  # "How is a method chosen?" "By multiple ..."
        if self._property_told_by_definition(a, b) or self._property_told_by_definition(b, a):
            return Match(a, b, conflict=False)  # "Who devised X?" / "X": "... devised by ..."
        if self._answer_said_by_definition(a, b) or self._answer_said_by_definition(b, a):
            return Match(a, b, conflict=False)  # "Which registers are callee-saved?" "RBX,
            # RBP, R12–R15" / "Callee-saved registers": "rbx, rbp and r12 to r15: ..."
        if self._term_described_again(a, b) or self._term_described_again(b, a):
            return Match(a, b, conflict=False)  # "VACUUM": "Rebuilds the database file ..."
            # / "What does the VACUUM command do?" "Rebuilds the database file to ..."
        if self._term_asked_by_acronym(a, b) or self._term_asked_by_acronym(b, a):
            return Match(a, b, conflict=False)  # "Atrial fibrillation" / "What is AF?"
        if self._other_name_in_answer(a, b) or self._other_name_in_answer(b, a):
            return Match(a, b, conflict=False)  # "What is an erg?" "… (ergometer)"
        if defined_when_asked(a, b) or defined_when_asked(b, a):
            return Match(a, b, conflict=False)  # "What is crazing?" / "Crazing (glaze defect)"
        if answered_with_term(a, b) or answered_with_term(b, a):
            return Match(a, b, conflict=False)  # "How to brake?" with a snowplow / "Snowplough"
        if self._odds_as_probability(a, b) or self._odds_as_probability(b, a):
            return Match(a, b, conflict=False)  # "Odds against ...?" 3:1 / "Probability ...?" 25%
        if self._one_chance_reworded(a, b):
            return Match(a, b, conflict=False)  # "Probability of ...?" 1/17 / "Chance ...?" 5.88%
        if self._near(a, b, words.both(i), words.both(j)) and not self._one_slot_apart(a, b):
            return Match(a, b, conflict=False)  # not "Derivative of sin x?" cos x / "… cos x?"
        if a.kind == "command" == b.kind:
            if _abbreviated_alike(a.answer, b.answer):
                if not set(words.prompt[i]).isdisjoint(words.prompt[j]):
                    return Match(a, b, conflict=False)  # "npm ls -g" / "npm list --global"
            elif _command_word_abbreviated(a.answer, b.answer):
                if not set(words.prompt[i]).isdisjoint(words.prompt[j]):
                    return Match(a, b, conflict=False)  # gdb's "b main" / "break main"
            elif _option_named_by_task(a, b) or _option_named_by_task(b, a):
                return Match(a, b, conflict=False)  # "sysctl -p f": "Load ..." / "--load=f"
            elif self._one_option_changed(a, b):
                return Match(a, b, conflict=True)  # "scp -r" / "scp -R", one task reworded
            elif _calls_of_examples(a.answer, b.answer, f"{a.full_prompt} {b.full_prompt}"):
                shared = set(words.prompt[i]) & set(words.prompt[j])
                shared -= self.generic | self._deck_words(a) | self._deck_words(b)
                if len(shared) >= 2:
                    return Match(a, b, conflict=False)  # read.csv("f.csv") / ...('d.csv')
        if self._measure_echoed(a, b):
            return Match(a, b, conflict=False)  # "Oliguria threshold" 400 mL/day / "Below
            # what daily urine volume is an adult oliguric?" less than 400 ml per 24 hours
        if self._measure_contradicted(a, b):
            return Match(a, b, conflict=True)  # "Breath alcohol limit for driving in
            # England and Wales" 35 µg / "Drink-drive breath limit (England & Wales)" 22 µg
        if self._asked_again_naming_one(a, b):
            return Match(a, b, conflict=True)  # "Which museum houses the Rosetta Stone?"
            # British Museum / "Where is the Rosetta Stone displayed?" The Louvre
        if self._answer_detail_asked(a, b) or self._answer_detail_asked(b, a):
            return Match(a, b, conflict=False)  # "Who wrote X?" "Noam Chomsky, 1957" / "Who
            # is the author of X (1957)?" "Chomsky"
        if self._answers_opposed(a, b):
            return Match(a, b, conflict=True)  # "Which hand works the clutch lever?" The
            # right hand / "Which hand operates the clutch on a motorcycle?" The left hand
        if self._divisions_counted(a, b):
            return Match(a, b, conflict=not self._equal_answers(a, b) and self.really_differ(a, b))
            # "How many groups are in X?" 7 / "How many classes does X have?" 6
        return self._one_answer_reworded(a, b)  # "Which grape is Barolo made from?" /
        # "Barolo is 100% which variety?", both Nebbiolo

    def _answers_opposed(self, a: Item, b: Item) -> bool:
        """Two questions written anew (not one template with a slot changed:
        ``one_frame``), sharing two words of their own or more, answered in the same words
        but one, the two sides of one scale (``_opposed``: "Which side of a right-handed
        knife carries the bevel?" The *right* side / "On a right-handed knife, which face
        is beveled?" The *left* side): one question, answers that cannot both be right.
        Not when the prompts say two sides of one scale themselves, as
        ``_asked_from_both_ends`` keeps them apart ("upper" / "lower": two things); a
        prompt that names both sides asks for one of them ("Should you wash a blood stain
        in hot or cold water?" cold water / "What water temperature removes blood
        stains?" hot water)."""
        if a.kind != "qa" or b.kind != "qa":
            return False
        words = self.words
        told_a, told_b = set(words.answer[a.index]), set(words.answer[b.index])
        own_a, own_b = told_a - told_b, told_b - told_a
        if len(own_a) != 1 or len(own_b) != 1 or not told_a & told_b:
            return False
        if not _opposed(self._bare(own_a), self._bare(own_b)):
            return False
        x, y = set(words.prompt[a.index]), set(words.prompt[b.index])
        aside = self.generic | self._deck_words(a) | self._deck_words(b)
        if len((x & y) - aside) < 2 or _opposed(self._bare(x - y), self._bare(y - x)):
            return False
        return not one_frame(a.full_prompt, b.full_prompt)

    def _divisions_counted(self, a: Item, b: Item) -> bool:
        """Two questions count the parts a whole is divided into, in other words for them
        (``_DIVISIONS``: "How many *groups* are in the Baltimore classification?" / "How
        many *classes* does the Baltimore classification have?") and else say the same
        words, some of their own (not generic, nor their decks'): one count asked twice."""
        if a.kind != "qa" or b.kind != "qa":
            return False
        first, second = _COUNT_ASKED.search(a.full_prompt), _COUNT_ASKED.search(b.full_prompt)
        if first is None or second is None:
            return False
        if _counted_as(first[1]) != _DIVISION or _counted_as(second[1]) != _DIVISION:
            return False
        counted = {self.vocab.ids.get(stem(found[1].casefold())) for found in (first, second)}
        x = set(self.words.prompt[a.index]) - counted
        if x != set(self.words.prompt[b.index]) - counted:
            return False
        return bool(x - self.generic - self._deck_words(a) - self._deck_words(b))

    def _answer_detail_asked(self, told: Item, asked: Item) -> bool:
        """One question says a detail the other's answer tells beside the same core:
        "Who wrote Syntactic Structures?" "Noam Chomsky, 1957" / "Who is the author of
        Syntactic Structures (1957)?" "Chomsky" (the year moved into the question). The
        asking prompt holds every word of the other and, besides, only words of the other's
        answer; its own answer only words of the other's answer that it does not ask with
        (a question turned the other way, "When did X write Y?" / "What did X write in
        1957?", answers with the moved word: not this)."""
        if told.kind != "qa" or asked.kind != "qa":
            return False
        words = self.words
        told_prompt, asked_prompt = set(words.prompt[told.index]), set(words.prompt[asked.index])
        moved = asked_prompt - told_prompt
        if not moved or not told_prompt < asked_prompt:
            return False
        told_answer, asked_answer = set(words.answer[told.index]), set(words.answer[asked.index])
        if not moved <= told_answer or not asked_answer or not asked_answer <= told_answer - moved:
            return False
        aside = self.generic | self._deck_words(told) | self._deck_words(asked)
        return bool(told_prompt - aside)

    def _one_answer_reworded(self, a: Item, b: Item) -> Match | None:
        """Two questions in other words that share a word of their own (not a generic
        one, nor their decks') and give one answer's core (``same_core``: "Mozart" /
        "Wolfgang Amadeus Mozart" to "Who composed The Magic Flute?" / "Die Zauberflöte
        composer"), or one the other's core with a detail told after a comma, a semicolon
        or a dash (``told_more``: "Yuri Gagarin" / "Yuri Gagarin, on Vostok 1 in 1961"):
        one fact asked twice, a warning. Not two prompts of one template
        (``one_frame``: "Who wrote the Iliad?" / "... the Odyssey?", both Homer), nor
        answers that other rules read apart. One answer written in other symbols ("?T" /
        "T?", one answer to the fold) is a possible conflict. An answer that third prompts
        name (``_answered_by_these_alone``) is a subject of several facts, unless the two
        questions share three words of their own or more ("Which AI *program* beat *Lee
        Sedol* in 2016?" / "What *program* defeated *Lee Sedol* 4–1 ...?", AlphaGo; not
        two: "Which *anticonvulsant* causes *gum* overgrowth?" / "Which IV
        *anticonvulsant* ... overgrows the *gums*?", Phenytoin, which a third card asks
        about)."""
        if a.kind != "qa" or b.kind != "qa":
            return None
        words, i, j = self.words, a.index, b.index
        same_key = bool(a.answer_key) and a.answer_key == b.answer_key
        if not same_key and self._answer_ids(a).isdisjoint(self._answer_ids(b)):
            return None  # not "val" / "with val": the means is the thing
        aside = self.generic | self._deck_words(a) | self._deck_words(b)
        shared = (set(words.prompt[i]) & set(words.prompt[j])) - aside
        if not shared:  # "What is the IDE bundled with *Racket*?" / "Which editor ships
            shared = self._deck_named_by_both(a, b)  # with the *Racket* distribution?"
        if not shared or self._only_kind_shared(a, b, shared):
            return None
        if one_frame(a.full_prompt, b.full_prompt):
            return None
        if narrowed_by_compound(a.full_prompt, b.full_prompt):
            return None
        if superlatives_apart(a.full_prompt, b.full_prompt):
            return None  # "Softest alkali metal?" / "... reacting most violently ...?"
        own_a, own_b = set(words.prompt[i]) - shared, set(words.prompt[j]) - shared
        bounds = self._bounds
        if not own_a.isdisjoint(bounds) and not own_b.isdisjoint(bounds):
            return None  # "Minimum replica count" / "Maximum number of replicas", both 3
        if _opposed(self._bare(own_a), self._bare(own_b)):
            return None  # "upper" / "lower", not "early" / "first": one side twice
        if _why_denied_by_one(a.prompt, b.prompt):
            return None  # "Why can't tempering bring back the hardness?" / "Why is a
            # blade tempered?": what a thing cannot do is not what it is for
        if len(shared) < _SHARED_OWN_WORDS and not (
            self._answered_by_these_alone(a, b)
            or _one_number_answered(a, b)
            or _one_day_answered(a, b)
            or _one_terse_core(a, b, same_key)
        ):
            return None  # "Phenytoin" to two questions that share two words of their own
        if self._two_named_things(a, b):
            return None  # "Default restartPolicy of a Pod?" / "Default imagePullPolicy ...?"
        prompts, told = f"{a.full_prompt} {b.full_prompt}", False
        if same_key:
            if leans_on_question(a.answer) or leans_on_question(b.answer):
                return None
        elif _one_day_answered(a, b):
            told = True  # "1 July 1916" / "July 1, 1916": one day, written two ways
        elif not same_core(a.answer, b.answer, prompts):
            told = (
                told_more(a.answer, b.answer, prompts)
                or self._answer_said_within(a, b)
                or _one_measure_leads(a.answer, b.answer)
            )
            if not told:  # not "Yuri Gagarin" / "Yuri Gagarin, on Vostok 1 in 1961"
                return self._answer_told_otherwise(a, b)
        if not (told or self._equal_answers(a, b)) or self.really_differ(a, b):
            return None
        symbols = in_notation(a.answer) or in_notation(b.answer)
        return Match(a, b, conflict=symbols and a.answer.strip() != b.answer.strip())

    def _answer_said_within(self, a: Item, b: Item) -> bool:
        """The shorter answer's words, generic ones aside, are some of the longer's and
        what the longer adds leaves it the answer (``adds_nothing_apart``): "Whey" /
        "The whey left from making other cheese", "final" / "Declare it final"."""
        aside = self.generic | self.fillers
        first = set(self.words.answer[a.index]) - aside
        second = set(self.words.answer[b.index]) - aside
        if len(first) > len(second):
            a, b, first, second = b, a, second, first
        return bool(first) and first < second and adds_nothing_apart(a.answer, b.answer)

    def _answer_told_otherwise(self, a: Item, b: Item) -> Match | None:
        """Of two questions reworded (``_one_answer_reworded``'s measure), one answer
        told again in other words (``told_in_other_words``: "The seat nearest the stern;
        its rower sets the rhythm" / "the rower nearest the stern, who sets the rhythm
        for the crew" to "Which seat is the stroke seat?" / "Who is the stroke?"): one
        fact asked twice, a warning; possibly conflicting when the answers really
        differ. Not two questions asked another way (``asked_another_way``: "What is
        ERA?" / "How is ERA computed?")."""
        if not told_in_other_words(a.answer, b.answer):
            return None
        if asked_another_way(a.full_prompt, b.full_prompt):
            return None
        return Match(a, b, conflict=self.really_differ(a, b))

    def _deck_named_by_both(self, a: Item, b: Item) -> set[int]:
        """The words of their one deck's name that both prompts write as a name, when
        they answer with one core (``same_core``), not one number alone: what both
        questions ask about ("What is the IDE bundled with *Racket*?" / "Which editor
        ships with the *Racket* distribution?", DrRacket), which a question in its own
        deck may leave out ("Which editor ships with it?"). Not a kind a deck is named
        for ("What's the *capital* of New Zealand?" / "Southernmost *capital* of a
        sovereign state?" in Capitals, both Wellington: two facts)."""
        if a.card.deck != b.card.deck or _one_number_answered(a, b):
            return set()
        same_key = bool(a.answer_key) and a.answer_key == b.answer_key
        if not same_key and not same_core(a.answer, b.answer, f"{a.full_prompt} {b.full_prompt}"):
            return set()  # not two lines of one file: 'config.vm.network "forwarded_port",
            # guest: 80, host: 8080' / 'config.vm.network "private_network", ip: "..."'
        deck, names = self._deck_words(a) - self.generic, self.vocab.words
        named = _names_of(a.full_prompt) & _names_of(b.full_prompt)  # not "capital" of
        return {  # "Capitals" ("... ships *with Elixir*?" / "... *in the Elixir* ...?")
            t
            for t in self.words.prompt[a.index]
            if t in deck and names[t].rpartition(":")[2] in named
        }

    def _only_kind_shared(self, a: Item, b: Item, shared: set[int]) -> bool:
        """The words two questions share are only what they ask for ("Which *organ*
        stores bile?" / "Which *organ* is removed in a cholecystectomy?"): two facts of
        one thing, which one answer may fit. A question whose "what" or "which" a verb
        follows asks for no kind: the word after the verb is what it asks about ("What is
        *Shiraz* known as in France?" / "Which grape variety is called *Shiraz* in
        Australia?", both Syrah)."""
        words = self.vocab.words
        asked = {LOOSE.get(w, w) for w in (*self._kind_asked(a), *self._kind_asked(b))}
        bare = {LOOSE.get(w, w) for w in (_bare_word(words[t]) for t in shared)}
        return bare <= asked

    def _kind_asked(self, item: Item) -> tuple[str, ...]:
        """The word a question asks for a thing of (``_focus``'s first: "Which *organ*
        stores bile?"), none when a verb follows its "what" or "which" ("What *is*
        Shiraz known as ...?", "What *does* wedging do?")."""
        found = _ASKED_FOR.search(fold(item.full_prompt))
        after = found[1].split()[:1] if found is not None else []
        if not after or after[0] in _ASKING_VERBS:
            return ()
        return self._focus(item)[:1]

    def _answered_by_these_alone(self, a: Item, b: Item) -> bool:
        """A word the two answers share that no third item's prompt says: not an answer
        other cards ask about ("Phenytoin" to two questions, and "What is the
        therapeutic range of phenytoin?"), a subject of several facts."""
        if self._prompt_counts is None:  # made when first asked
            self._prompt_counts = Counter(t for tokens in self.words.prompt for t in set(tokens))
        counts, prompt_a, prompt_b = (
            self._prompt_counts,
            self.words.prompt[a.index],
            self.words.prompt[b.index],
        )
        shared = self._answer_ids(a) & self._answer_ids(b)
        return any(counts[t] == (t in prompt_a) + (t in prompt_b) for t in shared)

    def _answer_ids(self, item: Item) -> set[int]:
        """An answer's word ids; an answer that opens with "with" says the means it
        names: "With -eq", "with val" answer "How do you ...?" as "-eq" and "val" answer
        "Which operator ...?", "Which keyword ...?" (the word after "with" read as the word
        alone, when the corpus has it)."""
        tokens = set(self.words.answer[item.index])
        if not _MEANS_FIRST.match(item.answer):
            return tokens
        words, ids = self.vocab.words, self.vocab.ids
        return {
            ids.get(words[t].removeprefix("with:"), t) if words[t].startswith("with:") else t
            for t in tokens
        }

    def _two_named_things(self, a: Item, b: Item) -> bool:
        """Each prompt names something and they share no name: two subjects, which one
        answer may fit ("What is the max connections of *YJL Classic*?" / "For *ZMK
        Turbo*, what is the maximum connections?", "Default *restartPolicy* ...?" /
        "Default *imagePullPolicy* ...?", both "Always"). A bare number names nothing
        ("Barolo is *100*% which variety?" / "Which grape is *Barolo* made from?"), nor
        do the words of the deck's name, the topic of all its cards ("... *Esperanto's*
        first book ...?" / "When did Zamenhof publish the Unua Libro?" in Esperanto)."""
        deck = _deck_name_words(a.card.deck) | _deck_name_words(b.card.deck)
        first, second = _names_of(a.full_prompt) - deck, _names_of(b.full_prompt) - deck
        return bool(first) and bool(second) and first.isdisjoint(second)

    def _asked_again_naming_one(self, a: Item, b: Item) -> bool:
        """Two questions asked again in other words (``_asked_again``'s measure: two
        words shared or more, a rare one among them, up to three of each's own and no
        more than they share), with a name among one's own words only: "Which *museum*
        houses the Rosetta Stone?" / "Where is the Rosetta Stone displayed?", "*SI* unit
        of absorbed dose" / "Unit of absorbed *radiation* dose", "Who wrote Control
        Unleashed and created the *Look at That* game?" / "Author of Control
        Unleashed?". ``_asked_again`` lets no name differ, as the slot of one template
        does ("... of *Denver*" / "... of *San Francisco*"); a name on one side only is
        context the other leaves out. Text answers that cannot both be right: a possible
        conflict, a warning. Not when an own word is a number, a letter, a side or a
        qualifier ("region *B*", "class *II*"), the words one prompt adds modify a word
        both say (``_modifier_added``: "the current *UTC* date"), an answer spells its
        own prompt's word (``_echoes_own_word``: "... *sorts* a table" table.sort), the
        question without a name asks for a thing of its own ("What *colour* is ...?" /
        "... called in *French*?"), nor siblings of one template or list
        (``_asked_again``'s guards)."""
        if a.kind != "qa" or b.kind != "qa" or a.is_code or b.is_code:
            return False
        if a.quantities or b.quantities or not self.really_differ(a, b):
            return False
        first, _ = self._shape(a, self.words.prompt[a.index])
        second, _ = self._shape(b, self.words.prompt[b.index])
        aside = self.generic | self._pair_deck(a, b, first, second) | self.stranded
        shared, own_a, own_b = first & second, first - second - aside, second - first - aside
        if len(shared) < max(2, len(own_a), len(own_b)) or not (own_a or own_b):
            return False
        if not (own_a and own_b) and self._modifier_added(a if own_a else b, own_a | own_b, shared):
            return False  # "... the current *UTC* date ...?": another thing of one kind
        if max(len(own_a), len(own_b)) > _ASKED_AGAIN_OWN or not self._lone_qualifier(own_a, own_b):
            return False
        named_a, named_b = self._named_own(a, b, own_a), self._named_own(b, a, own_b)
        if named_a == named_b or not self._plain_own_words(own_a | own_b):
            return False  # no name (``_asked_again``'s), or names on both sides
        unnamed = b if named_a else a
        if (
            _echoes_own_word(a, b)
            or _echoes_own_word(b, a)
            or self._asks_own_thing(unnamed, shared)
        ):
            return False
        framed = self._one_word_each(a, b) or _frame_written_alike(a.full_prompt, b.full_prompt)
        return not (
            not self._shares_rare(a, b, shared)
            or (self._slot_siblings(a, b) and framed)
            or self._siblings(own_a, own_b)
            or self._own_stem_siblings(a, b, own_a, own_b)
            or self._two_things_of_one_subject(a, b, shared, own_a, own_b)
            or (self._one_slot_apart(a, b) and framed)
            or _stop_word_in_slot(a.full_prompt, b.full_prompt)
            or not self._focus_shared(a, b)
            or _part_and_whole(a.full_prompt, b.full_prompt)
            or _opposite_added(a.full_prompt, b.full_prompt)
        )

    def _shares_rare(self, a: Item, b: Item, shared: Iterable[int]) -> bool:
        """Some word two prompts share is rare in the corpus (``_rare_shared``)."""
        return self._rare_shared(shared, one_adds_words=self._one_adds_words(a, b))

    def _rare_shared(self, shared: Iterable[int], one_adds_words: bool) -> bool:
        """Some of ``shared`` is used by fewer items than the corpus's common words
        (``self.common``), or, in a small corpus, by fewer than ``SHARED_RARE_FLOOR``
        when one prompt only adds words to the other (``one_adds_words``: "Aperture" /
        "Lens aperture"). Not when each swaps a word of its own for the other's: two
        things of one template ("Resource *request*" / "Resource *limit*")."""
        df = self.vocab.df
        shared = [t for t in shared if df[t] < self.shared_rare]
        if any(df[t] < self.common for t in shared):
            return True
        return bool(shared) and one_adds_words

    def _rare_in_small_corpus(self, shared: Iterable[int]) -> bool:
        """Some of ``shared`` is used by fewer than ``SMALL_CORPUS_RARE_SHARE`` of the
        items: in a small deck on one topic ("Which card wins every euchre trick?" /
        "Highest card of a euchre hand", both "the right bower"), the topic's words recur
        in most cards and a word rare in a larger corpus is not rare here."""
        df, rare = self.vocab.df, len(self._items) * SMALL_CORPUS_RARE_SHARE
        return any(df[t] < rare for t in shared)

    def _one_adds_words(self, a: Item, b: Item) -> bool:
        """``_adds_few_words`` of the two prompts' words, their decks' aside."""
        x, y = set(self.words.prompt[a.index]), set(self.words.prompt[b.index])
        aside = self._deck_words(a) | self._deck_words(b)
        return _adds_few_words(x - aside, y - aside)

    def _named_own(self, item: Item, other: Item, own: frozenset[int]) -> bool:
        """Some of ``item``'s own words is a name of either item (``_names_of``) or a
        word its prompt writes capitalised (``_capitalised``: "*Chablis* is made from
        which grape?", a name as the first word), the words of the cards' decks aside."""
        names = self._names_of(item) | self._names_of(other)
        names -= self._deck_words(item) | self._deck_words(other)
        base, words, capitals = self.vocab.base_id, self.vocab.words, self._capitalised(item)
        return any(base(t) in names or words[t] in capitals for t in own)

    def _floor_and_allowance(self, floor: Item, allowed: Item) -> bool:
        """The words only ``floor``'s prompt says, generic and deck words aside, are a
        lower bound, and ``allowed`` counts what may happen (``_floor_and_allowance``):
        "Minimum disks in a RAID-Z1 vdev" / "Disks that may fail in a RAID-Z1 vdev"."""
        x, y = set(self.words.prompt[floor.index]), set(self.words.prompt[allowed.index])
        own = x - y - self.generic - self._deck_words(floor) - self._deck_words(allowed)
        return _floor_and_allowance(floor, allowed, own, self.vocab.words)

    def _modifier_added(self, item: Item, own: frozenset[int], shared: frozenset[int]) -> bool:
        """The words only ``item``'s prompt says are one run right before a word both
        prompts say: a modifier of that word ("the current *UTC* date", "the less-than-*or
        equal* operator"), which names another thing of its kind."""
        said, own_words = self._ordered(item), self._word_set(own)
        at = [i for i, word in enumerate(said) if word in own_words]
        if not at or at[-1] - at[0] + 1 != len(at) or at[-1] + 1 == len(said):
            return False
        return said[at[-1] + 1] in self._word_set(shared)

    def _plain_own_words(self, own: frozenset[int]) -> bool:
        """Every word is letters only, two or more, after no side: no number, no lone
        letter ("region *B*") and no side ("*from* another")."""
        words = self.vocab.words
        return all(":" not in words[t] and words[t].isalpha() and len(words[t]) > 1 for t in own)

    def _asks_own_thing(self, item: Item, shared: frozenset[int]) -> bool:
        """What a question asks for, the first word after its "which" or "what"
        (``_focus``), is none of the words it shares: "What *colour* is the leader's
        jersey?" asks another thing than "What is the leader's jersey called in French?"."""
        focus = self._focus(item)
        return bool(focus) and focus[0] not in self._word_set(shared)

    def _measure_contradicted(self, a: Item, b: Item) -> bool:
        """Two prompts reworded in two words or more, answered with values of one measure
        that differ, though not by more than ``_FAR_APART`` times ("Autoclave
        sterilisation temperature" 121 °C / "Temperature of an autoclave cycle" 100 °C):
        they share a subject, a word rare in the corpus that names no measure and no unit
        (deck and generic words aside), and nothing tells them apart as two things of
        one kind (``_asked_of_two_things``): one fact stated twice, a possible conflict
        (a warning), in a corpus large enough to tell rare words (``MIN_COMMON``). Not
        one template with its slot filled otherwise ("Maximum *daily*
        dose" / "Maximum *single* dose"), nor values bounded from two sides ("below
        120/80 mmHg" / "130/80 mmHg or higher"). Bare numbers too (a count, a year, a
        version: "How many referees judge a lift?" 3 / "How many referees decide whether
        a lift is good?" 5), unless ``_counts_asked_apart`` tells the prompts apart, or
        one is a term (a vocabulary deck's number words: "dix-sept" 17 / "soixante-dix"
        70). A
        side written as a threshold is one ("Serum lithium level *above which* toxicity
        becomes likely" / "Lithium toxicity *threshold*": ``_bound_of_threshold``)."""
        if not (a.kind in _REWORDED and b.kind in _REWORDED) or a.is_code or b.is_code:
            return False
        if not a.quantities or not b.quantities:
            return False
        if self.common <= MIN_COMMON and not self._one_measure_asked_again(a, b):
            return False  # a corpus too small to tell a rare word: every word is rare
        measures, other_measures = _measures_compared(a, b)
        counts = (  # not a word's number: "dix-sept" 17 / "soixante-dix" 70
            "concept" not in (a.kind, b.kind)
            and _dimensions(a.quantities) == {_BARE} == _dimensions(b.quantities)
        )
        if not counts and (not measures or measures != other_measures):
            return False
        if not self.really_differ(a, b) or opposite_bounds(a.value, b.value):
            return False
        if _values_far_apart(a.quantities, b.quantities):
            return False  # "5 TB" / "5 GB": the limits of two things
        x, y = set(self.words.prompt[a.index]), set(self.words.prompt[b.index])
        aside = self.generic | self._deck_words(a) | self._deck_words(b)
        own_a, own_b = self._bound_of_threshold(x - y - aside, y - x - aside)
        if (own_a | own_b) != (x ^ y) - aside:  # one bound, named as a threshold and a side
            x, y = x | {self.threshold}, y | {self.threshold}
        if len(own_a | own_b) < 2 and not (own_a | own_b and self._shared_reordered(a, b)):
            return False  # "Default *maintenance_*work_mem": one template, a word added
        if self._one_slot_apart(a, b):
            return False
        subject = self._subject_shared(a, b, (x & y) - aside)
        if counts and self._counts_asked_apart(a, b, subject, own_a, own_b):
            return False
        return bool(subject) and not self._asked_of_two_things(a, b, subject, own_a, own_b)

    def _one_measure_asked_again(self, a: Item, b: Item) -> bool:
        """In a corpus too small to tell its rare words (``_measure_contradicted``), two
        prompts that share ``_SMALL_CORPUS_SHARED`` words or more, neither generic nor
        their decks, in another order (``_shared_reordered``: written anew), answered
        with values of one measure, no bare count, one prompt adding few words to the
        other (``_adds_few_words``: "Liquidus temperature of 60/40 tin-lead solder" 190 °C
        / "60/40 solder liquidus" 250 °C). Not "Melting point of
        *iron*" / "*Gallium* melting point": a word swapped, two things; nor when a
        capitalised word or a bare number is added ("Flash sync speed" / "*Canon EOS
        R6* flash sync speed": one camera's)."""
        measures, other_measures = _measures_compared(a, b)
        if not measures or measures != other_measures:
            return False
        x, y = set(self.words.prompt[a.index]), set(self.words.prompt[b.index])
        aside = self.generic | self._deck_words(a) | self._deck_words(b)
        if len((x & y) - aside) < _SMALL_CORPUS_SHARED or not self._one_adds_words(a, b):
            return False
        if not self._shared_reordered(a, b):
            return False  # "Roth IRA *catch-up* contribution limit": one template, a word added
        added = (x ^ y) - aside
        capitals, words = self._capitalised(a) | self._capitalised(b), self.vocab.words
        return not any(words[t] in capitals or words[t].isdigit() for t in added)

    def _shared_reordered(self, a: Item, b: Item) -> bool:
        """The words two prompts share, two or more, stand in another order in each
        ("*Fever* *threshold*" / "Temperature that counts as a *fever*", "*Minimum*
        *weight* of an *F1* *car*" / "*F1* *minimum* *car* *weight*"): the prompt was
        written anew, not one template with a word added ("Default work_mem" / "Default
        maintenance_work_mem")."""
        first, second = self._ordered(a), self._ordered(b)
        shared = set(first) & set(second)
        in_first = [w for w in dict.fromkeys(first) if w in shared]
        in_second = [w for w in dict.fromkeys(second) if w in shared]
        return len(shared) >= 2 and in_first != in_second

    def _counts_asked_apart(
        self, a: Item, b: Item, subject: frozenset[int], own_a: set[int], own_b: set[int]
    ) -> bool:
        """What tells apart two reworded prompts answered with bare numbers (a count, a
        year, a version, a code), whose answers name no measure to say what they are:
        each says three words or more of its own while they share fewer than three rare
        words ("What grit do you start sanding rough lumber with?" / "... sand to before
        applying a finish?"), two ordinals ("World War I" / "World
        War II"), two things counted or a count against one of its kind ("How many
        *points* win a game?" / "How many *games* win a match?", "How many sections
        ...?" / "Which section ...?"), a name added to the other's words ("MySQL" /
        "MySQL Group Replication"), a thing added or any of its kind ("a flush draw" /
        "a flush draw *plus* a straight draw", "pocket aces" / "*any* pocket pair"), one
        compound with another first part ("*partial*-thickness" / "*full*-thickness"), or
        two bounds named ("Default *soft* limit of open files" / "Default *hard* limit
        for open files"). Two years or dates asked with two words of its own each, fewer
        than three shared, one naming a doer (a capitalised word) the other does not:
        two events of one thing ("When was the ZFS source first *published* in
        OpenSolaris?" / "When did *Oracle* *close* the Solaris source, ending
        OpenSolaris?")."""
        if min(len(own_a), len(own_b)) > 2 and len(subject) < 3:
            return True
        spelt = self.vocab.words
        if _a_time(a) and _a_time(b) and min(len(own_a), len(own_b)) > 1 and len(subject) < 3:
            doer_a = {spelt[t] for t in own_a} & self._capitalised(a)
            doer_b = {spelt[t] for t in own_b} & self._capitalised(b)
            if doer_a or doer_b:
                return True  # "When was the source first *published*?" / "When did
                # *Oracle* *close* the source?": a doer named, two events
        ordinals = [{_bare_word(spelt[t]) for t in own} & _ORDINALS for own in (own_a, own_b)]
        if ordinals[0] and ordinals[1] and ordinals[0] != ordinals[1]:
            return True
        first, second = a.full_prompt, b.full_prompt
        if _counts_of_two_things(first, second) or _counts_of_two_things(second, first):
            return True
        if _things_counted_apart(a.value, b.value):
            return True  # "1,000 executions" / "10,000 requests per second"
        if not own_a and self._names_own(own_b) or not own_b and self._names_own(own_a):
            return True
        if bool(_ADDING.search(first)) != bool(_ADDING.search(second)):
            return True
        return _compounds_apart(first, second) or _bounds_named_apart(first, second)

    def _subject_shared(self, a: Item, b: Item, shared: set[int]) -> frozenset[int]:
        """The words two prompts share that are rare in the corpus and name no measure
        ("age", "duration", "thickness") and no unit of the answers' values ("Teaspoons in
        a *tablespoon*" / "*Tablespoons* in a US cup")."""
        df, spelt = self.vocab.df, self.vocab.words
        return frozenset(
            t
            for t in shared
            if df[t] < self.common
            and _bare_word(spelt[t]) not in _MEASURE_NAMES
            and not names_unit_of(_bare_word(spelt[t]), a.quantities)
        )

    def _asked_of_two_things(
        self, a: Item, b: Item, subject: frozenset[int], own_a: set[int], own_b: set[int]
    ) -> bool:
        """What tells two reworded prompts of one subject apart as two things: a
        condition ("without"), a qualifier against another ("*Minimum* age ..." /
        "*Maximum* age ..."), a name among each side's own words (``_names_own``: "*Mapo
        Archive* max storage" / "Max storage of *Mugipu Plus*"), numbers stated apart,
        with against without, a part of the other's whole, two words
        of one stem ("*offensive* rebound" / "*defensive* rebound"), siblings of one
        template or list, a shared setting alone ("... in the EU"), or words of each
        side's own that modify the one word they share ("*penalty* throw" / "*free*
        throw")."""
        own = own_a | own_b
        if not own.isdisjoint(self.conditions) or not self._lone_qualifier(own_a, own_b):
            return True
        if self._names_own(own_a) and self._names_own(own_b):
            return True  # "*Mapo Archive* max storage" / "Max storage of *Mugipu Plus*"
        first, second = a.full_prompt, b.full_prompt
        return (
            self._bounds_apart(a, b)
            or numbers_stated_apart(first, second)
            or with_and_without(first, second)
            or _part_and_whole(first, second)
            or self._own_stem_siblings(a, b, own_a, own_b)
            or self._slot_siblings(a, b)
            or self._siblings(set(own_a), set(own_b))
            or self._two_things_of_one_subject(a, b, subject, own_a, own_b)
            or self._setting_only(a, b, subject)
            or self._modifiers_of_one_word(a, b, subject)
        )

    def _names_own(self, own: set[int]) -> bool:
        """Some of a prompt's own words is a name: a word with letters that the corpus
        never writes in small letters ("Mapo", "VS1")."""
        lowercase, ids, spelt = self._lowercase(), self.vocab.ids, self.vocab.words
        bare = (_bare_word(spelt[self.vocab.base_id(t)]) for t in own)  # "from:blood": blood
        return any(
            ids.get(word) not in lowercase and any(ch.isalpha() for ch in word) for word in bare
        )

    def _bounds_apart(self, a: Item, b: Item) -> bool:
        """Each prompt names a value of ``QUALIFIERS`` and not the same ones: "*Minimum*
        age for penalty-free withdrawals" / "*Maximum* age to start required *minimum*
        distributions" ask of two bounds."""
        words = self.words.prompt
        x = self.qualifiers.intersection(words[a.index])
        y = self.qualifiers.intersection(words[b.index])
        return bool(x) and bool(y) and x != y

    def _setting_only(self, a: Item, b: Item, subject: frozenset[int]) -> bool:
        """All the subject two prompts share is a name written as where it is asked ("...
        in the EU", "... in MLB"): a setting, which two things share."""
        ids = self.vocab.ids
        settings = {
            ids.get(word)
            for item in (a, b)
            for found in _SETTING.findall(item.full_prompt)
            for word in content_words(fold(found))
        }
        return subject <= settings

    def _modifiers_of_one_word(self, a: Item, b: Item, subject: frozenset[int]) -> bool:
        """The one word of the subject is next to words of each prompt's own on the same
        side, before it in both or after it in both (``_modifier``: "*penalty* throw" /
        "*free*-throw line", "NHL *regular-season* overtime" / "NHL *playoff* overtime",
        "a puppy's *first rabies vaccine*" / "a puppy's *DHPP series*"): words that say
        which kind of it each asks."""
        if len(subject) != 1:
            return False
        word = _bare_word(self.vocab.words[next(iter(subject))])
        x, y = self._ordered(a), self._ordered(b)
        if word not in x or word not in y:
            return False
        i, j = x.index(word), y.index(word)
        return any(
            0 <= i + step < len(x)
            and 0 <= j + step < len(y)
            and _modifier(x[i + step], y)
            and _modifier(y[j + step], x)
            for step in (-1, 1)
        )

    def _measure_echoed(self, a: Item, b: Item) -> bool:
        """One measure with its unit (not a bare count, a year or a date) answers two
        prompts in other words that share a word rare in the corpus, deck and generic
        words aside ("Traditional *PSA* upper limit of normal" 4 ng/mL / "Classic *PSA*
        cut-off for further work-up" 4.0 ng/ml), or one value in two units, converted
        and rounded (``_converted_and_rounded``: "Temperature of cone 6" about 1222 °C /
        "Cone 6 firing temperature" approx. 2232 °F): one fact asked twice, a warning. Not
        when neither prompt's own words are plain words in small letters (each names a
        subject: "... of an *Ionity* charger" / "... at a *Tesla* Supercharger"), nor
        one template with short slots ("Key size" / "Block size", both 128 bits)."""
        if not (a.kind in _REWORDED and b.kind in _REWORDED) or a.is_code or b.is_code:
            return False
        quantities, other_quantities = _lead_values(a, b)
        if not quantities or not other_quantities:
            return False
        measures, other_measures = _measures_compared(a, b, quantities, other_quantities)
        bare = _bare_numbers_of_measure(a, b, quantities, other_quantities)
        if not bare and (not measures or measures != other_measures):
            return False  # "more than 1 month" / "3 days to 1 month": a range of two units
        equal = bare or equal_values(quantities, other_quantities)
        converted = not equal and _converted_and_rounded(a, b)  # "1222 °C" / "2232 °F"
        if not equal and not converted:
            return False
        led = (quantities, other_quantities) != (a.quantities, b.quantities)
        if not (bare or led or converted or self._equal_answers(a, b)):
            return False
        words = self.words
        x, y = self._acronyms_folded(a, b, words.prompt[a.index], words.prompt[b.index])
        aside = self.generic | self._deck_words(a) | self._deck_words(b)
        shared = (x & y) - aside
        if "n" in measures:  # "Pairs of cranial nerves" 12 / "How many pairs of ribs?" 12
            shared -= self._counted_words(a, b, shared)  # pairs: what is counted, no subject
        if not self._shares_rare(a, b, shared):
            return False
        if converted and len(shared) < 2:
            return False  # "Melting point of lead" 327 °C / "... at which lead boils" 621 °F
        own_a, own_b = x - y - aside, y - x - aside
        sources = self._sources_named(a, b)  # "Speed limit ... (FAA)": whose figure it is
        own_a, own_b = own_a - sources, own_b - sources
        own_a, own_b = own_a - self._measure_asked_how(a), own_b - self._measure_asked_how(b)
        lowercase = self._lowercase()  # a word never written in small letters: a name
        compounds = self._plain_compounds(a) | self._plain_compounds(b)  # "lead-acid"
        if not any(
            (plain := self._unsided_words(own)) - compounds <= lowercase
            and self._name_free(a, b, plain - compounds, sides=False)
            for own in (own_a, own_b)
        ):
            return False  # "*Brunello* ... ageing" / "*Rioja* ... ageing": two subjects
        if not (own_a | own_b).isdisjoint(self.conditions) or not self._lone_qualifier(
            own_a, own_b
        ):
            return False  # "... *without* batching", "*Minimum* ..." / "*Maximum* ..."
        return not (
            self._slot_siblings(a, b)
            or self._one_short_slot_apart(a, b)
            or self._siblings(set(own_a), set(own_b))
            or self._two_things_of_one_subject(a, b, frozenset(x & y), own_a, own_b)
        )

    def _measure_asked_how(self, item: Item) -> frozenset[int]:
        """The word a question asks its measure by after "how" ("*How high* must the ball
        be thrown?", "*How big* is ...?"): the height or the size asked, not a side of
        it ("high" / "low") that would tell two things apart."""
        ids = self.vocab.ids
        return frozenset(
            ids[word]
            for found in _HOW_MEASURE.findall(item.full_prompt)
            for word in content_words(fold(found))
            if word in ids
        )

    def _plain_compounds(self, item: Item) -> frozenset[int]:
        """The words of a prompt's compounds of plain words joined by hyphens, in small
        letters but for the prompt's first ("lead-acid", "drug-sensitive",
        "General-purpose"): words, though ``name_like_words`` reads a hyphen as a name's
        ("us-east-1")."""
        ids = self.vocab.ids
        return frozenset(
            ids[word]
            for found in _PLAIN_COMPOUND.finditer(item.full_prompt)
            if found.start() == 0 or found.group()[0].islower()
            for word in content_words(fold(found.group()))
            if word in ids
        )

    def _acronyms_folded(
        self, a: Item, b: Item, first: Collection[int], second: Collection[int]
    ) -> tuple[set[int], set[int]]:
        """The two prompts' words ``first`` and ``second``, the words one spells out of an
        acronym the other holds written as the acronym, as the corpus spells it
        (``spelt_out_acronyms``): "GCS at which to consider intubation" / "Below what
        Glasgow Coma Scale score ..." share "GCS", in both sets though ``_align`` set
        it aside from both (an acronym in capitals, its words as ``spelt_out_in`` reads
        them)."""
        x, y = set(first), set(second)
        if self._acronyms is None:
            self._acronyms = dict(spelt_out_acronyms(item.full_prompt for item in self._items))
        if not self._acronyms:
            return x, y
        for item, own, other, spelling in ((a, x, y, b), (b, y, x, a)):
            for acronym in acronyms_in(item.full_prompt):
                named = self._known_ids(acronym_words(acronym))
                if not named or not named <= set(self.words.prompt[item.index]):
                    continue
                spelt = self._acronyms.get(acronym)
                if spelt is None or not any(spelt_out_in(spelling.full_prompt, {acronym})):
                    continue
                other -= self._spelt_ids(spelt, other)
                other |= named  # in both, though ``_align`` may have set it aside
                own |= named
        return x, y

    def _spelt_ids(self, spelt: str, tokens: set[int]) -> set[int]:
        """The ``tokens`` that are the words ``spelt``, a word said twice by its second
        saying ("kidney damage ... chronic *kidney* disease")."""
        ids, found = self.vocab.ids, set()
        for word in content_words(fold(spelt)):
            token = ids.get(f"{word}{REPEAT}2", -1)
            found.add(token if token in tokens else ids.get(word, -1))
        return found & tokens

    def _known_ids(self, words: list[str]) -> set[int]:
        """Token ids of ``words``, none when one of them is no word of the corpus."""
        ids = self.vocab.ids
        found = {ids.get(word, -1) for word in words}
        return set() if -1 in found else found

    def _counted_words(self, a: Item, b: Item, shared: set[int]) -> set[int]:
        """The shared prompt words that an answer writes too ("How many *pairs* of
        ribs?" "12 *pairs*"): of a count, the thing counted, which two subjects share."""
        words = self.vocab.words
        said = set(content_words(fold(f"{a.answer} {b.answer}")))
        return {t for t in shared if words[self.vocab.base_id(t)].rpartition(":")[2] in said}

    def _unsided_words(self, own: set[int]) -> set[int]:
        """A prompt's own words as the words they are, a side word's mark left out ("*to*
        drink": drink) and words of no letter (a number, a sign) left out."""
        words, ids = self.vocab.words, self.vocab.ids
        plain = set()
        for token in own:
            word = words[self.vocab.base_id(token)].rpartition(":")[2]
            if any(ch.isalpha() for ch in word):
                plain.add(ids.get(word, token))
        return plain

    def _one_short_slot_apart(self, a: Item, b: Item) -> bool:
        """``_one_slot_apart`` with slots of three words at most ("*Key* size" / "*Block*
        size"): a template filled twice, not two wordings that end alike ("Time window
        to salvage a torsed testis" / "Within how many hours ... to save the testis?")."""
        slots = self._slots(a, b)
        return (
            slots is not None
            and slots[0].isdisjoint(slots[1])
            and max(len(slots[0]), len(slots[1])) <= 3
        )

    def _defined_when_asked(self, term: Item, question: Item) -> bool:
        """A term (a concept, a list's item) and a question that names it, answered with
        what the definition says, in two words or more (``same_meaning``: "Hops": "add
        bitterness, aroma and act as a preservative" / "What do hops add to beer?"
        "Bitterness, aroma and preservative qualities"): one fact asked twice. Not a
        question that asks a part of it ("What does the mitochondrion produce?" ATP)."""
        if term.kind not in ("concept", "list-item") or question.kind != "qa":
            return False
        if term.statement or question.statement or term.is_code or question.is_code:
            return False
        ids = self.vocab.ids  # a list's item: its term, without the list's title
        named = {ids.get(word, -1) for word in content_words(fold(term.prompt))}
        if not named or not named <= set(self.words.prompt[question.index]):
            return False
        if len(self._plain_words(question)) < 2:
            return False
        return self.same_meaning(term, question) or self._answer_after_asked_words(term, question)

    def _answer_after_asked_words(self, term: Item, question: Item) -> bool:
        """The definition, an aside in brackets at its end set aside, says the question's
        answer (two words or more) and besides only words the question says ("Thiazides":
        "act on the distal convoluted tubule (NCC)" / "Where do thiazides act?" "distal
        convoluted tubule"): the question's verb restated before its answer. So is a
        definition that quotes the answer ("Origami": 'Japanese for "folding paper": ...'
        / 'What does "origami" mean?' "folding paper (ori = fold, kami = paper)")."""
        definition = _without_aside(term.answer) or term.answer
        answer = _stems_of(_without_aside(question.answer) or question.answer)
        if len(answer) < 2 or any(ch.isdigit() for ch in definition):
            return False
        if any(
            _stems_of(next(filter(None, quoted.groups()))) == answer
            for quoted in _QUOTED.finditer(term.answer)
        ):
            return True
        told = _stems_of(definition) - _stems_of(question.prompt)
        return told == answer

    def _bare(self, tokens: Iterable[int]) -> set[str]:
        """Words as said, their sides and repeat marks set aside ("with:dot" is "dot")."""
        words = self.vocab.words
        return {words[t].split(REPEAT, 1)[0].rpartition(":")[2] for t in tokens}

    def _term_question(self, term: Item, question: Item) -> bool:
        """A term and a question in words, neither a statement nor code."""
        return (
            term.kind == "concept"
            and question.kind == "qa"
            and not (term.statement or question.statement or term.is_code or question.is_code)
        )

    def _item_question(self, term: Item, question: Item) -> bool:
        """A term or a list's item (its term, the list's title aside) and a question in
        words, neither a statement nor code (``_term_question``)."""
        return (
            term.kind in ("concept", "list-item")
            and question.kind == "qa"
            and not (term.statement or question.statement or term.is_code or question.is_code)
        )

    def _term_ids(self, term: Item) -> set[int]:
        """The words of ``term``'s term; of a list's item, without the list's title."""
        if term.kind != "list-item":
            return set(self.words.prompt[term.index])
        ids = self.vocab.ids
        return {ids[word] for word in content_words(fold(term.prompt)) if word in ids}

    def _list_title_asked(self, item: Item, question: Item) -> bool:
        """``question`` asks for ``item``'s list title and nothing more, generic words and
        its deck's aside, and answers what the item explains, in the same words
        ("Negative symptoms of schizophrenia": "the five As" "alogia, avolition, ..." /
        "What are the negative symptoms of schizophrenia?" "affective flattening, alogia,
        ..."): the item's term only labels the list the question asks for."""
        if item.kind != "list-item" or question.kind != "qa" or not item.context:
            return False
        if item.statement or question.statement or question.is_code:
            return False
        title = self._context_words(item)
        asked = set(self.words.prompt[question.index]) - self.generic
        asked -= self._deck_words(question)
        if not title or len(title) < 2 or not asked or asked != title - self.generic:
            return False
        words = self.words.answer
        return words[item.index] == words[question.index] and len(words[item.index]) >= 2

    def _told_by_definition(self, term: Item, question: Item) -> bool:
        """``term``'s definition says ``question``'s answer and every word of its
        question, three or more besides generic words and its deck's ("Which syntax
        applies a function element-wise?" the dot / "Broadcasting": "Applying a function
        element-wise with dot syntax"): the question asks for what the term is, by what
        its definition says, without naming it. ``_stated_in_answer`` with a definition
        for the answer that states the fact. Two words ask too little to be that fact
        ("What do you add to the grain?" hot water / "Strike water": "the hot water added
        to the grain to start the mash")."""
        if not self._term_question(term, question):
            return False
        words = self.words
        told = self._bare(words.answer[term.index])
        answer = self._bare(words.answer[question.index])
        # a prompt's words fold loose synonyms, a definition's do not: "Who *invented* the
        # flexible wing ...?" asks "make" of "Flexible wing *invented* by ..."
        told |= {LOOSE.get(word, word) for word in told}
        aside = self.generic | self._deck_words(question)
        asked = self._bare(set(words.prompt[question.index]) - aside) - self._generic_words
        # the term's own words and generic ones ("No." is "number") tell nothing more:
        # "FMVSS No. 218 (DOT)" / "DOT helmet standard": "FMVSS 218, the US ..."
        rest = answer - self._bare(words.prompt[term.index]) - self._generic_words
        if not (answer and asked <= told and rest <= told):
            return False
        # two words ask enough beside a numbered code the definition states too ("What is
        # the US motorcycle helmet standard?" FMVSS 218 in a deck Motorcycling)
        coded = len(rest) >= 2 and any(word.isdigit() for word in rest)
        return len(asked) >= (2 if coded else 3)

    def _term_and_definition_answer(self, term: Item, question: Item) -> bool:
        """``question``'s answer names ``term``'s term, which its question does not, and
        says besides two words or more, each of them in the definition ("How does Julia
        pick a method to run?" "By multiple dispatch on the types of all arguments" /
        "Multiple dispatch": "Choosing the method from the types of all arguments"): the
        term asked for by what it does, and its definition told again."""
        if not self._term_question(term, question):
            return False
        words = self.words
        named = self._bare(words.prompt[term.index])
        answer = self._bare(words.answer[question.index])
        if not named or not named <= answer:
            return False
        if not named.isdisjoint(self._bare(words.prompt[question.index])):
            return False  # it asks about the term: "What is the difference between ..."
        rest = answer - named - self._generic_words - self._bare(self._deck_words(question))
        return len(rest) >= 2 and rest <= self._bare(words.answer[term.index])

    def _property_told_by_definition(self, term: Item, question: Item) -> bool:
        """``question`` names ``term``'s term and asks one thing of it in words its
        definition says, answered with two words or more that the definition says too
        ("Who devised the Foundational hand?" "Edward Johnston" / "Foundational hand": "a
        round formal hand devised by Edward Johnston ..."): the definition tells the
        question's fact whole (a warning). An answer of one word is left alone: a
        definition says many single words, and a question on one of them is often a card
        of its own beside the term ("What does the mitochondrion produce?" ATP /
        "Organelle that produces ATP by cellular respiration")."""
        if not self._term_question(term, question):
            return False
        # the words as written: a prompt's tokens fold synonyms ("devised" is "make"),
        # an answer's do not
        named, prompt = _stems_of(term.prompt), _stems_of(question.prompt)
        if not named or not named <= prompt:
            return False
        told = _stems_of(term.answer)
        aside = self._generic_words | self._bare(self._deck_words(question))
        asked = prompt - named - aside
        answer = _stems_of(question.answer) - aside
        if not asked or len(answer) < 2 or not answer <= told:
            return False
        # a verb and its loose synonym count as one ("Who *invented* X?" / "X": "...
        # *developed* by ...")
        return {LOOSE.get(word, word) for word in asked} <= told | {
            LOOSE.get(word, word) for word in told
        }

    def _value_told_by_definition(self, term: Item, question: Item) -> bool:
        """``question`` names ``term``'s whole term (a hyphen read as a space: "E-score" /
        "the E score") and is answered with one number, which the definition gives too
        and neither prompt says ("When was the Code of Hammurabi written?" "about 1754
        BCE" / "Code of Hammurabi": "Babylonian law code of c. 1754 BC, ..."; "What does
        the E score start from?" "10.0 points" / "E-score": "... starts from 10 ..."), and
        the definition says all of its other asked words but one ("written"): the
        definition tells the question's fact (a warning)."""
        if not self._term_question(term, question):
            return False
        values = _numbers_in(question.answer)
        if len(values) != 1 or not values <= _numbers_in(term.answer):
            return False
        if values & (_numbers_in(term.prompt) | _numbers_in(question.prompt)):
            return False
        prompt = _stems_of(question.prompt) | _stems_of(question.prompt.replace("-", " "))
        named = next(
            (
                stems
                for stems in (_stems_of(term.prompt), _stems_of(term.prompt.replace("-", " ")))
                if stems and stems <= prompt
            ),
            None,
        )
        if named is None:
            return False
        told = _stems_of(term.answer)
        told |= {LOOSE.get(word, word) for word in told}
        aside = self._generic_words | self._bare(self._deck_words(question))
        asked = {LOOSE.get(word, word) for word in prompt - named - aside}
        return len(asked - told) <= _ASKED_UNTOLD

    def _answer_said_by_definition(self, term: Item, question: Item) -> bool:
        """``question`` names ``term``'s term (an aside in brackets after it aside) and
        asks what or which of it, and its answer's words that neither prompt says,
        ``_LEAST_ANSWER_TOLD`` or more, are said by the definition, all but one in three
        at most, a word written a little otherwise as one ("Which registers are
        callee-saved in the SysV ABI?" "RBX, RBP,
        R12–R15" / "Callee-saved registers": "rbx, rbp and r12 to r15: ..."): the
        definition tells the question's answer, one fact asked twice (a warning). Not a
        question that asks who, why, how, when or where ("Who first sold Helvetica?" "the
        Haas Type Foundry" / "Helvetica": "... designed ... for the Haas Type Foundry":
        a person's or a body's part the definition may tell otherwise), nor one that
        denies ("What can't
        ...?"), nor an answer that adds words of its own ("Which cells make insulin?"
        "the beta cells of the pancreatic islets of Langerhans" / "Insulin": "a hormone
        of the beta cells of the pancreas ..."): another fact beside the term. Nor an
        answer of one word as written ("What naming pattern do cmdlets use?" "Verb-Noun"
        / "Cmdlet": "... command named in Verb-Noun form"), a definition that denies ("a
        ruler who seized power, not necessarily a cruel one"), or one whose examples
        say the answer ("Which genera form endospores?" "Bacillus and Clostridium" /
        "Endospore": "... formed by some bacteria such as Bacillus and Clostridium"):
        one detail of the term asked, not what it is; nor a question that sets another
        thing beside the term ("Which element does a role's trust policy carry instead
        of `Resource`?" "`Principal`: who may assume the role" / "Trust policy": "The
        policy on a role naming which principals may assume it"), one that asks what it
        is made of, with or from ("What is a crucible made of?" "clay or graphite" /
        "Crucible": "a pot of clay or graphite ..."), nor an answer that names the term,
        a thing named after it ("Which chisel chops a mortise?" "A mortise chisel ...")."""
        if term.kind != "concept" or question.kind != "qa" or term.statement:
            return False
        if question.statement or _interrogative(question) is not None:
            return False
        if _ASKS_WHAT_WHICH.match(question.prompt) is None or _DENIED.search(question.prompt):
            return False
        if _BESIDE_ANOTHER.search(question.prompt):
            return False  # "Which element does a trust policy carry *instead of* Resource?"
        if _ASKS_OF_WHAT.search(question.prompt):
            return False  # "What is a crucible made *of*?", "What is gouache bound *with*?"
        if _DENIED.search(term.answer) or len(_WRITTEN_WORD.findall(question.answer)) < 2:
            return False  # "a ruler ..., *not* necessarily a cruel one"; "Verb-Noun"
        named, asked = _stems_of(_LAST_ASIDE.sub("", term.prompt)), _stems_of(question.prompt)
        if not named or not named <= asked:
            return False
        told = _stems_of(_EXAMPLES.sub("", term.answer)) - asked - named
        said = _stems_of(question.answer) - asked - named - self._generic_words
        if named <= _stems_of(question.answer):
            return False  # "Which chisel chops a mortise?" "A mortise chisel, ...": another thing
        shared = {word for word in said if said_alike(word, told)}
        return len(shared) >= _LEAST_ANSWER_TOLD and 3 * len(shared) >= 2 * len(said)

    def _term_described_again(self, term: Item, question: Item) -> bool:
        """``question`` asks about ``term``'s term with two words more at most (generic
        words and its deck's aside), and its answer says what the definition says:
        three words or more of the two answers are one, half of the shorter's at least
        ("VACUUM": "Rebuilds the database file, repacking it into the minimum disk
        space" / "What does the VACUUM command do in SQLite?" "Rebuilds the database file
        to reclaim unused space"; "Xylem": "Tissue carrying water and minerals up from
        the roots" / "What does xylem transport?" "Water and dissolved minerals, from the
        roots to the leaves"). A warning: one thing described twice. Not a question for
        a place, a time, a reason, a way or a person ("How do you clip a quickdraw?"
        "Clip the top carabiner to the bolt, then the rope ..." / "Quickdraw": "Two
        carabiners ... used to clip the rope to a bolt"): another fact of the term. A
        list's item is a term too ("Zig build modes": "ReleaseSmall": "optimised for
        binary size, safety checks off" / "What does the ReleaseSmall mode optimize
        for?" "small binary size (no runtime safety checks)")."""
        if not self._item_question(term, question) or _interrogative(question) is not None:
            return False
        words = self.words
        named = self._bare(self._term_ids(term))
        asked = self._bare(words.prompt[question.index])
        if not named or not named <= asked:
            return False
        aside = self._generic_words | self._bare(self._deck_words(question))
        if len(asked - named - aside) > _MAX_MORE_ASKED:
            return False
        told = self._bare(words.answer[term.index]) - aside
        answer = self._bare(words.answer[question.index]) - aside
        shared = told & answer
        return len(shared) >= _LEAST_TOLD_AGAIN and 2 * len(shared) >= min(len(told), len(answer))

    def _reason_told_by_definition(self, term: Item, question: Item) -> bool:
        """``question`` asks why of ``term``'s term, which it names, and its answer says
        again what the definition says: three words or more that neither prompt says,
        one of them in the reason itself, before a "by ..." that tells the means ("Why
        is a blade tempered after quenching?" "To relieve brittleness, by reheating it to
        a moderate temperature" / "Tempering": "Reheating hardened steel to a lower
        temperature to reduce its brittleness"): the term's purpose told twice (a
        warning). Not an answer whose reason the definition leaves unsaid, only its means
        ("Why reconcile a bank account monthly?" "To catch errors and fees by matching
        your books to the bank statement" / "Bank reconciliation": "Matching the cash
        book to the bank statement ..."); nor a question asking why something does not
        happen ("Why can't `aws cloudtrail lookup-events` tell you who deleted an S3
        object?" / "CloudTrail"): a limit of the term, another fact."""
        if not self._term_question(term, question) or _interrogative(question) != "why":
            return False
        if _DENIED.search(question.prompt) is not None:
            return False  # "Why can't ...?" asks of what the term does not do
        named, asked = _stems_of(term.prompt), _stems_of(question.prompt)
        if not named or not named <= _stems_of(_BESIDE_ANOTHER.split(question.prompt)[0]):
            return False  # "Why is a blade quenched *before tempering*?" asks of quenching
        told = _stems_of(term.answer) - asked - named
        restated = (_stems_of(question.answer) - asked - named) & told
        reason = _MEANS_CLAUSE.split(question.answer, maxsplit=1)[0]
        return len(restated) >= _LEAST_TOLD_AGAIN and not restated.isdisjoint(_stems_of(reason))

    def _place_told_by_definition(self, term: Item, question: Item) -> bool:
        """``question`` asks where ``term``'s term is, naming it (an aside in brackets
        after the term aside), and its answer says again what the definition says:
        ``_LEAST_PLACE_TOLD`` words or more that neither prompt says ("Where is the oche
        in darts?" "2.37 m from the board, a raised line" / "Oche": "the line 2.37 m from
        the dartboard behind which a player throws"): the place the definition tells,
        asked again (a warning). Not an answer the definition leaves unsaid ("Where does
        photosynthesis happen?" "in the chloroplasts" / "Photosynthesis": "making sugar
        from light, water and carbon dioxide"), which ``_asked_otherwise`` tells apart;
        nor a question for a time ("When do neap tides occur?" "At the first and third
        quarter moons" / "Neap tide": "Tide with the smallest range, at the first and
        third quarter moon"): one part of a definition that tells what the thing is."""
        if term.kind != "concept" or question.kind != "qa" or term.statement:
            return False
        if question.statement or _interrogative(question) != "where":
            return False
        named, asked = _stems_of(_LAST_ASIDE.sub("", term.prompt)), _stems_of(question.prompt)
        if not named or not named <= asked:
            return False
        told = _stems_of(term.answer) - asked - named
        restated = (_stems_of(question.answer) - asked - named) & told
        return len(restated) >= _LEAST_PLACE_TOLD

    def _other_name_in_answer(self, item: Item, other: Item) -> bool:
        """``item`` asks about a thing in a few words and its answer gives, in brackets,
        the other name that ``other``'s prompt asks about, in an answer sharing a word
        with ``other``'s: "What is an erg?" "an indoor rowing machine (ergometer)" /
        "What is an ergometer?" "A rowing machine"."""
        if item.kind not in _REWORDED or other.kind not in _REWORDED or "(" not in item.answer:
            return False
        asked = set(other.prompt_ids)
        if not 0 < len(asked) <= 2 or not 0 < len(item.prompt_ids) <= 2:
            return False
        ids = self.vocab.ids
        for inside in _IN_BRACKETS.findall(item.answer):
            named = {ids.get(w) for w in content_words(fold(inside))}
            if named == asked and not asked & set(item.prompt_ids):
                shared = set(self.words.answer[item.index]) & set(self.words.answer[other.index])
                return bool(shared - self.generic - named)
        return False

    def _odds_as_probability(self, odds: Item, chance: Item) -> bool:
        """One prompt asks the odds against a thing, the other its probability, in the same
        other words, and the odds "N:1" (or "N to 1") against are the probability, within
        2% of it: 1 / (N + 1) ("What are the odds against flopping a set?" 7.5:1 / "What
        is the probability of flopping a set?" 11.8%). Odds not said to be against say
        nothing here ("odds of 3:1" may be for)."""
        if odds.is_code or chance.is_code or odds.statement or chance.statement:
            return False
        ids = self.vocab.ids
        odd, against, probable = ids.get("odd"), ids.get("against"), ids.get("probabl")
        if odd is None or probable is None:
            return False
        x, y = set(self.words.prompt[odds.index]), set(self.words.prompt[chance.index])
        if odd not in x or probable not in y or odd in y or probable in x:
            return False
        asked = y - {probable}
        if not asked or x - {odd, against} != asked:
            return False
        if against not in x and "against" not in odds.answer.casefold():
            return False
        found = _ODDS_AGAINST.match(odds.answer)
        stated = _probability_stated(chance.answer)
        if found is None or stated is None:
            return False
        implied = 1 / (float(found.group(1)) + 1)
        return abs(implied - stated) <= 0.02 * max(implied, stated)

    def _one_chance_reworded(self, a: Item, b: Item) -> bool:
        """Two prompts that each ask a chance (its probability, chance, likelihood, odds,
        or "how likely"), in other words that share at least two and half the shorter
        prompt's (none a number the other lacks), answered with one probability within
        2%: a percentage, "1 in N", a fraction, or odds "N:1" against ("What is the
        probability of being dealt a pocket pair?" 1/17 / "Chance of a pocket pair
        preflop?" 5.88%; "How likely is ...?" 1.86:1 against / "... odds of ...?" 35%)."""
        if a.kind not in _ASKS_CHANCE_KINDS or b.kind not in _ASKS_CHANCE_KINDS:
            return False
        if _ASKS_CHANCE.search(a.prompt) is None or _ASKS_CHANCE.search(b.prompt) is None:
            return False
        chance_a, chance_b = _chance_stated(a), _chance_stated(b)
        if chance_a is None or chance_b is None:
            return False
        if abs(chance_a - chance_b) > 0.02 * max(chance_a, chance_b):
            return False
        words = self.vocab.words
        # each word without its side ("with two dice" / "when throwing two dice")
        x = {words[t].rpartition(":")[2] for t in self.words.prompt[a.index]} - _CHANCE_STEMS
        y = {words[t].rpartition(":")[2] for t in self.words.prompt[b.index]} - _CHANCE_STEMS
        shared = x & y
        if len(shared) < 2 or 2 * len(shared) < min(len(x), len(y)):
            return False
        if any(any(c.isdigit() for c in word) for word in x ^ y):
            return False  # "rolling a 6" / "rolling a 1"
        names = {words[t] for t in self._names_of(a) | self._names_of(b)}
        return (x - y).isdisjoint(names) or (y - x).isdisjoint(names)  # not "I" / "II"

    def _term_asked_by_acronym(self, term: Item, question: Item) -> bool:
        """A term and a question that asks what its acronym is ("Atrial fibrillation" /
        "What is AF?", "Define AF.") or its word clipped ("Devitrification" / "What is
        devit?"), answered with half the words of the definition or more: one concept
        asked twice. Not "What does AF stand for?": its answer is the
        term, not a definition (``_expansion_and_definition``)."""
        if term.kind != "concept" or question.kind != "qa":
            return False
        asked = _term_named(question)  # "AF" of "What is AF?"
        if not asked or not (_same_acronym(asked, term.prompt) or _clipped(asked, term.prompt)):
            return False
        said, defined = set(self.words.answer[question.index]), set(self.words.answer[term.index])
        shared = len(said & defined)
        return shared >= 2 and 2 * shared >= max(len(said), len(defined))

    def _context_words(self, item: Item) -> set[int]:
        """The words of an item's list or table title, a looser synonym as its group's
        word, as the prompts' words are (``_fold_loose_synonyms``): "Cheese molds and
        *bacteria*" is context to "Brevibacterium linens" with "bacteria" compared as
        "organism"."""
        ids = self.vocab.ids
        found = {ids.get(w) for w in content_words(fold(item.context))} - {None}
        return {self._loose.get(token, token) for token in found}

    def _list_term_asked(self, item: Item, other: Item, x: Sequence[int], y: Sequence[int]) -> bool:
        """A list's item and a question or term that names it without the list's title
        (the title's words being context, as a deck's are): "Promise combinators" /
        "Promise.allSettled" and "What does Promise.allSettled do?", "vm.overcommit_memory
        modes" / "2" and "What does vm.overcommit_memory = 2 mean?". The words left must
        be near the other's (``_near``). A title's word may stand in for one of a
        question's ("R operators" / "%%" and "What does %% do in R?"), not for one of a
        term's name: "Brush care" / "Dry" is no "Dry brush", a technique."""
        if item.kind != "list-item" or other.kind not in ("qa", "concept") or not item.context:
            return False
        base = self.vocab.base_id
        asked = {base(t) for t in y}
        title = self._context_words(item)
        words = {base(t) for t in x}
        kept = words - (title - asked)
        # a title word that the term says again is said once ("Dashes" / "Em dash": the
        # item asks of an "em dash", not of a dash twice)
        said_again = any(base(t) != t and base(t) in title for t in x)
        if (kept == words and not said_again) or not kept:
            return False
        if not self._near(item, other, kept, asked):
            return False
        if other.kind != "concept":
            return True
        own = self._term_words(item.prompt)
        # ... but a term named so in brackets is that term: "Skate techniques" / "V2" and
        # "V2 (one-skate)"
        return (
            kept <= own
            or bool(own)
            and self._term_words(_IN_BRACKETS.sub(" ", other.prompt)) <= own
        )

    def _item_asked_and_answered(self, item: Item, question: Item) -> bool:
        """A list's item and a question that names its term and gives its short answer:
        "Woolly Bugger materials" / "Tail": marabou and "What is the tail of a Woolly
        Bugger made of?" Marabou, "Beach volleyball rules" / "Players per team": 2 and
        "How many players are on a beach volleyball team?" two. One fact, whatever the
        question's other words (the list's title says them as context); an item in prose
        that states the question's value and no other too ("Blade steels" / "1095":
        "Simple high-carbon steel with about 0.95% carbon" and "How much carbon does 1095
        steel contain?" About 0.95 percent)."""
        if item.kind != "list-item" or question.kind != "qa" or not item.context:
            return False
        term = self._bare(self._term_words(item.prompt))  # "per team" names a team
        asked = self._bare(map(self.vocab.base_id, self.words.prompt[question.index]))
        if not term or not term <= asked:
            return False
        if question.quantities and parse(item.answer) == question.quantities:
            return True  # "1095": "Simple steel with about 0.95% carbon" / "About 0.95 percent"
        short = max(len(self._plain_words(item)), len(self._plain_words(question)))
        return short <= SHORT_ANSWER and self._equal_answers(item, question)

    def _term_words(self, term: str) -> set[int]:
        """The words of a term (a list item's own, its title left out; as ``base_id``)."""
        ids, base = self.vocab.ids, self.vocab.base_id
        found = {ids.get(word) for word in content_words(fold(term))} - {None}
        return {base(token) for token in found}

    def _cell_asked_untitled(
        self, cell: Item, other: Item, x: Sequence[int], y: Sequence[int]
    ) -> bool:
        """A question, term or limit that names a table cell's row and column but no
        word of its table's title ("What happens to the PR interval in Mobitz I?" / the
        row "Mobitz I" and column "PR interval" of a table "AV blocks"): the title is
        context, as a deck's name is. A title word that the row or column also says is
        left out once ("Thyroid disorders" / "Hashimoto thyroiditis": the row keeps its
        own "thyroid"). Not a cell that holds a value (layer 2 reads those, titles
        included), nor one whose row and column another table also has: the other
        prompt would name either."""
        if cell.kind != "table-cell" or other.kind not in _ASKS_A_CELL or cell.quantities:
            return False
        if not cell.context:
            return False
        untitled = self._untitled(cell, x)
        if untitled is None or not untitled[1].isdisjoint(y):
            return False  # the other names the title: the words with it decide
        words = untitled[0]
        if len(self._tables_with_cell().get(words, ())) > 1:
            return False  # "Standard" / "Price" of "S3 pricing" and of "EFS pricing"
        return 2 <= len(words) < len(x) and self._near(cell, other, words, set(y))

    def _untitled(
        self, cell: Item, x: Sequence[int]
    ) -> tuple[frozenset[int], frozenset[int]] | None:
        """A cell's prompt words ``x`` without those of its table's title, and the title
        words that its row and column do not say; None for a title of no such word."""
        title, title_only = self._title_words(cell)
        if not title_only:
            return None
        base, words = self.vocab.base_id, self.vocab.words
        untitled = list(x)
        for token in title:
            copies = [t for t in untitled if base(t) == token]
            if copies:  # the last copy ("thyroid§2" after "thyroid")
                untitled.remove(max(copies, key=lambda t: (len(words[t]), words[t])))
        return frozenset(untitled), title_only

    def _tables_with_cell(self) -> dict[frozenset[int], set[int]]:
        """Each cell's words without its table's title -> the tables (cards) whose
        cells have them, made once."""
        if self._untitled_cells is None:
            found: dict[frozenset[int], set[int]] = {}
            for item in self._items:
                if item.kind == "table-cell" and item.context:
                    untitled = self._untitled(item, self.words.prompt[item.index])
                    if untitled is not None:
                        found.setdefault(untitled[0], set()).add(id(item.card))
            self._untitled_cells = found
        return self._untitled_cells

    def _title_words(self, cell: Item) -> tuple[frozenset[int], frozenset[int]]:
        """The words of a cell's table title, and those of them that its row and column
        do not say."""
        found = self._title_only.get(cell.index)
        if found is None:
            found = self._title_only[cell.index] = self._title_words_of(cell)
        return found

    def _title_words_of(self, cell: Item) -> tuple[frozenset[int], frozenset[int]]:
        ids = self.vocab.ids

        def words(text: str) -> set[int]:
            found = content_words(fold(text), capital_stopwords(text))
            return {self._loose.get(ids[word], ids[word]) for word in found if word in ids}

        title = words(cell.context)
        return frozenset(title), frozenset(title - words(f"{cell.row}\n{cell.column}"))

    def _asks_for_command(self, question: Item, command: Item) -> bool:
        """``question``, answered with one code span, asks for ``command``'s task: it says
        every word of the task, two or more, and besides them only the word it asks for
        (the first after "which" or "what": "Which *key* undoes the last change?" `U` /
        "Undo the last change" ``u``), generic words and its deck's words."""
        if question.kind != "qa" or command.kind != "command" or question.code_key is None:
            return False
        prompts = self.words.prompt
        task, asked = set(prompts[command.index]), set(prompts[question.index])
        if len(task) < 2 or not task <= asked:
            return False
        own = asked - task - self.generic - self._deck_words(question)
        if len(own) > 1:
            return False
        focus, words = self._focus(question), self.vocab.words
        return all(words[t].split(REPEAT, 1)[0] in focus[:1] for t in own)

    def _answered_with_its_code(self, question: Item, command: Item) -> bool:
        """``question``'s answer is ``command``'s code as written ("Which PRAGMA checks
        the integrity of a database?" PRAGMA integrity_check / "Check a database for
        corruption" ``PRAGMA integrity_check;``) and the two prompts share two words or
        more besides generic ones and their decks', one when the answer is the command
        as written, no other way to write it set aside ("Which call gives the working
        *directory*?" os.getcwd() / "Print the *directory* the interpreter runs in"
        ``os.getcwd()``), or after a verb that says to run or call it ("Show a legend on
        the *axes*?" call ax.legend() / "Add a legend to the *axes*" ``ax.legend()``):
        perhaps one fact asked two ways. So is
        a call of the function the command calls, named with empty brackets or with the
        command's arguments, another way to write it aside ("str()" / ``str(x)``,
        "nrow(df) — or dim(df)[1]" / ``nrow(df)``). An answer that is the name alone of
        the function or macro the command calls needs one shared word only ("Which
        function returns the type of a value?" typeof / "Find the type of a value"
        ``typeof(x)``): that name already ties the two. An answer that is the value a
        command assigns to a name is its code too ("@import("std")" / ``const std =
        @import("std");``, "require('fs')" / ``const fs = require('fs')``)."""
        if question.kind != "qa" or command.kind != "command":
            return False
        asked_code = question.code_key
        code = asked_code or fold_code(question.answer.strip())
        if not code:
            return False
        written = command.answer_key  # folded once: the comparisons below each read it
        as_written = code == written
        if code != written and asked_code is None:  # "run lein test"
            code = fold_code(_RUN_VERB.sub("", question.answer.strip(), count=1)) or code
            as_written = code == written  # "call ax.legend()" / ``ax.legend()``
            if code != written and _AN_ARTICLE.match(code):  # "the CAGE test"
                code = _AN_ARTICLE.sub("", code, count=1) or code
        if code != command.answer_key and script_run_by_name(code) == script_run_by_name(
            command.answer_key
        ):  # "manage.py createsuperuser" / ``python manage.py createsuperuser``
            code = command.answer_key
        assigned = _ASSIGNED.fullmatch(command.answer.strip())
        if assigned is not None and fold_code(assigned[1]) == code:
            code = written  # "@import("std")" / ``const std = @import("std");``
        if code != written and _call_unspaced(code) == _call_unspaced(written):
            code = written  # "allocate (a(n))" / ``allocate(a(n))``: one call, spaced in one
        prompts = f"{question.full_prompt} {command.full_prompt}"
        if code != written and not _one_call(question.answer, command.answer, prompts):
            if not _function_called(question.answer, command.answer):
                return False
            # "Which function updates a value in a nested map?" update-in / "Increment the
            # count at a path in the map m" ``(update-in m [:a :b] inc)``: words by their
            # side or none ("to the map" / "in a map")
            words, aside = self.vocab.words, self.generic | self._deck_words(question)
            asked, task = (
                {words[t].split(REPEAT, 1)[0].rpartition(":")[2] for t in found - aside}
                for found in (
                    set(self.words.prompt[question.index]),
                    set(self.words.prompt[command.index]),
                )
            )
            return not asked.isdisjoint(task)
        shared = set(self.words.prompt[question.index]) & set(self.words.prompt[command.index])
        shared -= self.generic | self._deck_words(question) | self._deck_words(command)
        return len(shared) >= (1 if as_written else 2)

    def _answered_with_keywords(self, question: Item, command: Item) -> bool:
        """``question`` asks how to do a thing ("How do you ...?", "How to ...?") and
        answers with a query language's keywords in capitals, one to three ("UNWIND",
        "DETACH DELETE", "ORDER BY"), that ``command``'s code says in that order; and the
        two prompts share two words or more besides generic ones and their decks' ("How
        do you turn a *list* into *rows*?" UNWIND / "Expand a *list* into individual
        *rows*" ``UNWIND [1, 2, 3] AS x RETURN x``): perhaps one fact asked two ways (a
        warning). Not when one prompt says a side the other does not ("... groups *after*
        aggregation?" HAVING / "Filter rows *before* grouping": ``OPPOSITES``)."""
        if question.kind != "qa" or command.kind != "command" or question.statement:
            return False
        if _KEYWORDS.fullmatch(question.answer.strip()) is None:
            return False
        asked = fold(question.full_prompt)
        if _COMMAND_ASKED.search(asked) is None and _HOW_TO.match(asked) is None:
            return False
        said, typed = fold_code(question.answer).split(), fold_code(command.answer).split()
        if not any(typed[at : at + len(said)] == said for at in range(len(typed))):
            return False
        words, aside = self.vocab.words, self.generic
        asked, task = (
            {
                words[t].split(REPEAT, 1)[0].rpartition(":")[2]  # "into *rows*": its side aside
                for t in set(self.words.prompt[item.index]) - aside - self._deck_words(item)
            }
            for item in (question, command)
        )
        said = set(fold(question.full_prompt).split()) ^ set(fold(command.full_prompt).split())
        return len(asked & task) >= 2 and said.isdisjoint(OPPOSITES)

    def _answered_with_command_typed(self, question: Item, command: Item) -> bool:
        """``question`` asks how to do a thing ("How do you ...?", "How to ...?", "Which
        command ...?") and its answer, not marked as code, is ``command``'s code of two
        words or more, typed with a leading sudo or its placeholders written another way
        ("sudo dpkg-reconfigure <package>" / ``dpkg-reconfigure pkg``, "apt show
        <package>" / ``apt show pkg``): one fact asked two ways (a warning), whatever
        words the two prompts share: the code ties them."""
        if question.kind != "qa" or command.kind != "command" or question.code_key is not None:
            return False
        if question.statement or command.statement:
            return False
        asked = fold(question.full_prompt)
        if _COMMAND_ASKED.search(asked) is None and _HOW_TO.match(asked) is None:
            return False
        typed = _typed_plainly(question.answer)
        return len(typed.split()) >= 2 and typed == _typed_plainly(command.answer)

    def _answered_with_its_subcommand(self, question: Item, command: Item) -> bool:
        """``question`` asks for a command ("Which *subcommand* compiles and runs a
        file?", "What is the formatter *command*?", "*How do you* run a file's tests?")
        and answers with ``command``'s program and subcommand, its code less arguments
        that are no options ("zig run" / ``zig run hello.zig``), its code less the files
        it reads ("sed '/x/d'" / ``sed '/x/d' notes.txt``), its subcommand alone when the
        question names the program ("Which nixos-rebuild subcommand ...?" boot / ``sudo
        nixos-rebuild boot``), or with its code, perhaps
        but for other file paths (``zig test src/main.zig`` / ``zig test main.zig``), an
        aside in brackets, a "run" or a "sudo" before it set aside ("sudo nixos-rebuild
        switch" / "nixos-rebuild switch"), a placeholder of the answer ("WORKFLOW",
        "RUN_ID") standing for one of the command's words or for an argument it leaves
        out ("gh run watch RUN_ID" / ``gh run watch``); and the prompts share a word
        besides generic words and their decks' (a word and the one it starts or ends,
        "format" / "formatter", "build" / "rebuild", count as one). Perhaps one fact asked
        two ways: a warning."""
        if question.kind != "qa" or command.kind != "command":
            return False
        if _COMMAND_ASKED.search(fold(question.full_prompt)) is None:
            return False
        answer = question.answer.strip()
        spans = _CODE_SPAN.findall(answer)
        if len(spans) > 1:
            return False
        code = spans[0] if spans else _RUN_VERB.sub("", _without_aside(answer) or answer)
        said = without_sudo(fold_code(code)).split()
        typed = without_sudo(fold_code(command.answer)).split()  # run as root or not
        if len(said) == 1 and len(typed) >= 2 and _program_named(question, typed[0]):
            said = [typed[0], *said]  # "Which nixos-rebuild subcommand ...?" boot
        said = _placeholders_left_out(said, typed)
        if len(said) < 2 or len(said) > len(typed):
            return False
        if len(said) < len(typed):
            rest = typed[len(said) :]
            if said != typed[: len(said)] or any(word.startswith("-") for word in rest):
                return False
            if _SUBCOMMAND.fullmatch(said[1]) is None and not all(map(_file_operand, rest)):
                return False  # "sed '/x/d'" / "sed '/x/d' file": the same, less its file
        elif said[0] != typed[0] or not all(
            x == y
            or (_FILE_PATH.fullmatch(x) and _FILE_PATH.fullmatch(y))
            or (_NAMED_PLACEHOLDER.fullmatch(x) and x not in typed)
            for x, y in zip(said, typed, strict=True)
        ):
            return False
        words, aside = self.vocab.words, self.generic
        asked, task = (
            {
                words[t].split(REPEAT, 1)[0].rpartition(":")[2]
                for t in set(self.words.prompt[item.index]) - aside - self._deck_words(item)
            }
            for item in (question, command)
        )
        return any(
            x == y or (min(len(x), len(y)) >= 5 and _one_word_extends(x, y))
            for x in asked
            for y in task
        )

    def _asks_what_code_does(self, question: Item, command: Item) -> bool:
        """``question`` asks what ``command``'s code does: it quotes that code in its one
        code span and says besides only generic words and its deck's ("What does `npm
        ci` do?" / "Do a clean install from the lockfile": npm ci). Not a question that
        asks more of it ("What does `npm ci` *delete* first?")."""
        if question.kind != "qa" or command.kind != "command" or "`" not in question.prompt:
            return False
        spans = _CODE_SPAN.findall(question.full_prompt)
        if len(spans) != 1 or fold_code(spans[0]) != command.answer_key:
            return False
        ids = self.vocab.ids
        said = content_words(fold(_CODE_SPAN.sub(" ", question.full_prompt)))
        own = {ids.get(word, -1) for word in said} - self.generic - self._deck_words(question)
        return not own

    def _asks_for_listed_term(self, item: Item, question: Item) -> bool:
        """``question`` asks for ``item``'s term by its explanation, as
        ``_asked_the_other_way`` asks for a concept's term: the answer is the list item's
        term (its list's title aside), and half of the question's words or more, two or
        more, are in the explanation ("Which test operator checks that a file exists and
        is a regular file?" -f / "Bash file tests": -f "True if the file exists and is a
        regular file"); the words of the list's title count as told, once one word of the
        explanation is asked. The answer may gloss the term in brackets."""
        if item.kind != "list-item" or item.statement or question.kind != "qa":
            return False
        ids = self.vocab.ids
        term = {ids.get(word, -1) for word in content_words(fold(item.prompt))}
        if not term or -1 in term:
            return False
        if term != set(self.words.answer[question.index]) and term != set(
            self._unglossed(question) or ()
        ):
            return False  # the term, or the term and a gloss in brackets: "-ae (puellae)"
        asked = set(self.words.prompt[question.index])
        asked -= self.generic | self._deck_words(question)
        told = set(self.words.answer[item.index])
        if len(asked) < 2 or asked.isdisjoint(told):
            return False
        # the list's title tells what its items leave to it ("Latin noun endings": -ae
        # "genitive singular" / "What is the genitive singular ending of Latin nouns?")
        told |= set(self.words.prompt[item.index]) - term
        # a title's word its term says again is marked there ("Glial cells": "Schwann
        # cells" holds "cell§2"): still the word asked
        base = self.vocab.base_id
        told = {base(t) for t in told}
        return 2 * sum(base(t) in told for t in asked) >= len(asked)

    def _asks_for_term_lead(self, term: Item, question: Item) -> bool:
        """``term``'s definition starts with ``question``'s answer, before a colon, a dash,
        a bracket or an apposition after a comma, and the question names the term ("What
        is the medical term for spaying?" Ovariohysterectomy / "Spay": "Ovariohysterectomy:
        removal of the ovaries and uterus"): one fact asked from its other side. A word
        written as two is one word ("the breastbone" / "Sternum": "the breast bone, ...")."""
        if term.kind != "concept" or question.kind != "qa" or question.is_code:
            return False
        answer = _unspaced(fold(question.answer))
        leads = (_DEFINITION_LEAD.match(term.answer), _APPOSITION_LEAD.match(term.answer))
        if not any(lead is not None and _unspaced(fold(lead.group(1))) == answer for lead in leads):
            return False
        named = set(self.words.prompt[term.index])
        return bool(named) and named <= set(self.words.prompt[question.index])

    def _term_asked_by_name(self, term: Item, question: Item) -> bool:
        """A question that asks what a thing is called, answered with ``term``'s term
        alone (an article aside), which no other item says and the question does not
        name, in a question that shares a word with the definition ("What is it called
        when a part of the intestine *telescopes* into the next part?" intussusception /
        "Intussusception": "*telescoping* of one segment of bowel into the adjacent
        one"): the term asked for by its definition. A term of two words or more, each
        said by these two items only, needs no shared word: such a name is asked for by
        what it means whatever words each uses ("What is the Stoic exercise of negative
        visualization called?" premeditatio malorum / "Premeditatio malorum": "imagining
        in advance the bad things that could happen"). Not a question that asks
        something else of a thing ("Which organ does hepatitis harm?" the liver /
        "Liver")."""
        if term.kind != "concept" or question.kind != "qa" or question.is_code:
            return False
        if term.is_code or term.statement or question.statement:
            return False
        if _ASKS_A_NAME.search(one_word_phrases(fold(question.prompt))) is None:
            return False
        if not _says_term(question.answer, term.prompt):
            return False
        words, df = self.words, self.vocab.df
        named = set(words.prompt[term.index])
        asked = set(words.prompt[question.index])
        if not named or not named.isdisjoint(asked) or any(df[t] > 2 for t in named):
            return False
        if len(named) >= 2:
            return True  # a rare name of two words or more: only this term is it
        shared = asked.intersection(words.answer[term.index])
        return bool(shared - self.generic - self._deck_words(question))

    def _term_asked_by_description(self, term: Item, question: Item) -> bool:
        """A question answered with ``term``'s term alone (an article aside), which the
        question does not name whole (its head word it may: "Which *score* rates a
        newborn ...?" the Apgar score), whose words say two or more of the definition's
        besides the term's, generic and deck words ("What tool shapes hot glass with
        two steel blades joined by a spring?" Jacks / "Jacks": "Tweezer-like steel tongs
        used to shape the piece ..."): the term asked for by what its definition says,
        without "What is it called". One shared word is too little ("Which organ does
        hepatitis harm?" the liver / "Liver": "the largest organ ...")."""
        if term.kind != "concept" or question.kind != "qa" or question.is_code:
            return False
        if term.is_code or term.statement or question.statement:
            return False
        if not _says_term(question.answer, term.prompt):
            return False
        words = self.words
        named = set(words.prompt[term.index])
        asked = set(words.prompt[question.index])
        if not named or named <= asked:
            return False  # the question names the term: it asks something of it
        shared = asked.intersection(words.answer[term.index]) - named
        return len(shared - self.generic - self._deck_words(question)) >= 2

    def _class_asked_of_term(self, term: Item, question: Item) -> bool:
        """``question`` asks what class, type or kind of thing ``term``'s term is, naming
        it ("What drug class is imatinib?", "Which type of rock is basalt?"), and is
        answered with the words that open the definition before "that", "which", "used",
        a comma or the like ("Imatinib": "A TKI that targets BCR-ABL", an acronym read as
        the words it spells: tyrosine kinase inhibitor): the definition's first words say
        the class. Words the lead adds ("A *fine-grained* igneous rock") are another
        answer: no match."""
        if not self._term_question(term, question):
            return False
        if _ASKS_A_CLASS.match(fold(question.prompt)) is None:
            return False
        named, asked = _stems_of(term.prompt), _stems_of(question.prompt)
        if not named or not named <= asked:
            return False
        lead = _CLASS_LEAD.match(term.answer)
        if lead is None:
            return False
        said = _stems_of(_LAST_ASIDE.sub("", question.answer))
        opening = _stems_of(lead.group(1))
        opening = _acronyms_spelt(lead.group(1), question.answer, opening, said)
        return bool(said) and opening == said

    def _symbol_asked_by_definition(self, term: Item, question: Item) -> bool:
        """A question answered with a symbol alone (marks, not a word: ``|>``, ``::``,
        ``$_``), which ``term`` is (an aside in brackets after it) or its definition
        opens with as its subject ("::, adds an element at the head of a list"), the
        question saying two of the term's and definition's words besides generic and
        deck words ("Which operator prepends an element to a list?" :: / "Cons
        operator"), or one when the term is the symbol: the symbol asked for by what it
        does. A word answer is left to the rules that weigh words ("top-grain" is a word)."""
        if term.kind != "concept" or question.kind != "qa" or question.statement:
            return False
        symbol = _LAST_ASIDE.sub("", question.answer).strip().strip("`")
        if not symbol or any(c.isspace() for c in symbol) or not _SYMBOL_MARKS.sub("", symbol):
            return False
        if _LAST_ASIDE.sub("", term.prompt).strip().strip("`") == symbol:
            needed = 1
        else:
            opening = term.answer.lstrip().lstrip("`")
            if re.match(rf"{re.escape(symbol)}(?:$|[\s,:`])", opening) is None:
                return False
            needed = 2
        words = self.words
        asked = set(words.prompt[question.index]) - self.generic - self._deck_words(question)
        told = set(words.prompt[term.index]) | set(words.answer[term.index])
        return len(asked & told) >= needed

    def _question_told_by_definition(self, term: Item, question: Item) -> bool:
        """A question answered with ``term``'s term (or with the term less a word the
        question says: "What is the default build *mode*?" Debug / "Debug mode"), every
        content word of which, but for the term's and its deck's, the definition says,
        two or more told all told ("Who created Zig?" Andrew Kelley / "Andrew Kelley":
        "Creator of the Zig language ..."): the definition tells the question's fact
        whole. A word and a longer one it starts ("creat" / "creator") and loose synonyms
        count as one."""
        if term.kind != "concept" or question.kind != "qa" or question.is_code:
            return False
        if term.is_code or term.statement or question.statement:
            return False
        answer = set(content_words(_ARTICLE.sub("", fold(question.answer))))
        named = set(content_words(_ARTICLE.sub("", fold(term.prompt))))
        if not answer or not answer <= named:
            return False
        asked = {LOOSE.get(word, word) for word in _stems_of(question.prompt)}
        if not (named - answer) <= asked:
            return False
        told = {LOOSE.get(word, word) for word in _stems_of(term.answer)}
        said = {
            word
            for word in asked - named
            if any(
                word == other or (min(len(word), len(other)) >= 4 and other.startswith(word))
                for other in told
            )
        }
        unsaid = asked - named - said - self._generic_words - self._bare(self._deck_words(question))
        return len(said) >= 2 and not unsaid

    def _other_name_asked(self, term: Item, question: Item) -> bool:
        """``question`` names ``term``'s term and asks what it is (or was) called, and is
        answered with the other name the definition gives it ("What was Sri Lanka called
        before 1972?" Ceylon / "Sri Lanka": "an island country in South Asia, formerly
        Ceylon"): one fact asked from the term's side."""
        if term.kind != "concept" or question.kind != "qa" or question.is_code:
            return False
        if term.statement or question.statement or "(" in term.prompt:
            return False
        if _ASKS_A_NAME.search(one_word_phrases(fold(question.prompt))) is None:
            return False
        named = set(self.words.prompt[term.index])
        if not named or not named <= set(self.words.prompt[question.index]):
            return False
        answer = content_words(fold(question.answer))
        return bool(answer) and any(
            content_words(fold(found.group("other"))) == answer
            for found in _NAME_GIVEN_IN_DEFINITION.finditer(term.answer)
        )

    def _asked_by_definition_lead(self, term: Item, question: Item) -> bool:
        """``question`` asks what a thing is ("What is X?", "What does X (T) measure?",
        "What is X a measure of?") of the name ``term``'s definition gives first, before
        a colon or a dash ("FTP": "functional threshold power: the highest average power
        ..." / "What is functional threshold power?"): the term asked by its other name,
        one fact (a warning). A name of one word only when the corpus seldom uses it
        (``self.common``: "noun: house" names no thing of its own), and a gloss in the
        question's brackets must be the term ("the basic reproduction number (R₀)")."""
        if term.kind != "concept" or question.kind != "qa" or question.is_code:
            return False
        if term.statement or question.statement:
            return False
        lead = _DEFINITION_LEAD.match(term.answer)
        if lead is None or lead.group(1).split()[0].casefold() in _QUESTION_WORDS:
            return False  # "How a hang glider is steered: ..." names no thing
        named = content_words(fold(lead.group(1)))
        asked = _asked_what_it_is(question.prompt)
        if not named or asked is None or len(named) > _LEAD_NAME_WORDS:
            return False
        glossed = _GLOSS.fullmatch(asked)
        if glossed:
            if content_words(fold(glossed.group(2))) != content_words(fold(term.prompt)):
                return False  # "What is a python (snake)?" asks another thing
            asked = glossed.group(1)
        if content_words(fold(asked)) != named or named == content_words(fold(term.prompt)):
            return False
        if len(named) == 1:  # a rare word: "onychocryptosis", not "noun" or "note"
            token = self.vocab.ids.get(named[0])
            return token is not None and self.vocab.df[token] < self.common
        return True

    def _stated_in_answer(self, question: Item, other: Item) -> bool:
        """``other``'s answer says ``question``'s short answer and every word of its
        question, two or more besides generic words and its deck's ("What is the dative
        plural ending?" -ibus / "How is the indirect object marked?" "With the dative
        plural ending -ibus"): the fact stated whole in another card's answer."""
        if question.kind != "qa" or other.kind != "qa":
            return False
        if question.is_code or other.is_code or other.statement:
            return False
        answer = self.words.answer[question.index]
        if not 0 < len(answer) <= SHORT_ANSWER or not set(answer) <= set(
            self.words.answer[other.index]
        ):
            return False
        aside = self._generic_words | set(
            content_words(fold(question.card.deck.replace("::", " ")))
        )
        asked = {w.split(REPEAT, 1)[0] for w in content_words(fold(question.prompt))} - aside
        told = content_words(fold(other.answer))
        return len(asked) >= 2 and asked <= {w.rpartition(":")[2].split(REPEAT, 1)[0] for w in told}

    def _answered_with_term(self, term: Item, question: Item) -> bool:
        """``question``'s answer starts with ``term``'s term, before a colon, a dash or a
        bracket, and what it says after shares a word with the definition ("Why does a
        siren's pitch drop as it passes?" "Doppler effect: the frequency you hear
        changes ..." / "Doppler effect": "The change in frequency ..."): the term asked
        for by what it explains, whatever the question asks with ("why", "where"); not
        by a question that names the term, which asks about it ("What is the difference
        between 'savoir' and 'connaître'?" "savoir: a fact ..."). The term may come
        before a comma, and be written with an article or another spelling ("What is a
        hole set?" "the centre forward, positioned in front of the goal" / "Center
        forward": "the attacker in front of the goal ...")."""
        if term.kind != "concept" or question.kind != "qa" or question.is_code:
            return False
        named_as = content_words(fold(term.prompt))
        leads = (_DEFINITION_LEAD.match(question.answer), _COMMA_LEAD.match(question.answer))
        if not any(
            lead is not None
            and (
                fold(lead.group(1)) == fold(term.prompt)
                or (named_as and content_words(fold(lead.group(1))) == named_as)
            )
            for lead in leads
        ):
            return False
        words = self.words
        named = set(words.prompt[term.index])
        if named <= set(words.prompt[question.index]):
            return False  # it asks about the term: "What is the difference between ..."
        told = set(words.answer[question.index]) - named
        return not (told - self.generic).isdisjoint(words.answer[term.index])

    def _one_option_changed(self, a: Item, b: Item) -> bool:
        """Two commands word for word the same but for one word after the program's name
        (an option, a subcommand, an option's value: ``scp -r dir host:`` / ``scp -R dir
        host:``) under two tasks that share two words or more, a rare one among them,
        and say up to three plain words each that the other does not, no more than they
        share ("*Copy* a directory *recursively* to a remote host with scp" /
        "*Recursively copy* a folder to a server using scp"): perhaps one task worded
        twice, and one of the commands wrong. Of the shared words, those naming the
        changed word or the program (``_words_naming_change``) are set aside; of the
        own words, those the commands spell. Not when a task's own word is a name, a
        number, a qualifier, a side or a negation, or names its own command (``cargo
        build`` / ``cargo run``: "Compile and *run* the project"); nor two tasks of one
        template with another word in one slot ("*Describe* a pod" / "*Delete* a pod",
        "Make a file executable by its *owner*" / "... by *everyone*"), unless that slot
        names the option both commands change ("*Scale* a video to 720p" / "*Resize* a
        video to 720p", ``-vf scale=1280:720`` / ``-vf scale=1920:1080``)."""
        these, those = _long_options_apart(a.answer), _long_options_apart(b.answer)
        if len(these) != len(those) or len(these) < 2 or these[0] != those[0]:
            return False
        changed = [(x, y) for x, y in zip(these, those, strict=True) if x != y]
        if len(changed) != 1 or _task_names_command(a, b):
            return False
        first, second = set(self.words.prompt[a.index]), set(self.words.prompt[b.index])
        if first == second:
            return False  # the same words but stop words ("Unstage *a* file" / "... *all* files")
        words = self.vocab.words
        spelt = {w.split(REPEAT, 1)[0] for w in content_words(fold(f"{a.answer} {b.answer}"))}
        code = {t for t in first ^ second if words[t].rpartition(":")[2] in spelt}
        aside = self.generic | self._deck_words(a) | self._deck_words(b) | code
        # a task's word that its own changed option spells names it ("List the *hosts*
        # ..." ``--list-hosts`` / "List the *tasks* ..." ``--list-tasks``)
        (option_a, option_b) = changed[0]
        if _spells_option(option_a, first - second, words, option_b) or _spells_option(
            option_b, second - first, words, option_a
        ):
            return False
        shared = first & second - self.generic - self._deck_words(a) - self._deck_words(b)
        own_first, own_second = first - second - aside, second - first - aside
        said_with = self._said_with_and_alone(own_first, own_second)
        own_first, own_second = own_first - said_with, own_second - said_with
        shared |= {t for t in said_with if ":" not in words[t]}
        naming = _words_naming_change(these[0], option_a, option_b)
        plain = [t for t in shared if words[t].rpartition(":")[2] not in naming]
        if len(plain) < 2:
            return False  # "Show line numbers *with grep*" / "Count matching lines *with grep*"
        # a task's word that both changed words spell is said too ("*Scale* a video" /
        # "*Resize* ...", ``scale=640:-2`` / ``scale=-2:640``)
        named = _named_by_both(first ^ second, option_a, option_b, words)
        said_first, said_second = own_first | (named & first), own_second | (named & second)
        if bool(said_first) != bool(said_second) and not self._shared_reordered(a, b):
            return False  # one task adds words: "Test the configuration *and print it*"
        if max(len(own_first), len(own_second)) > min(_ASKED_AGAIN_OWN, len(shared)):
            return False
        own = own_first | own_second
        if not (self._may_differ(own) and self._name_free(a, b, own, sides=False)):
            return False
        if any(words[t] in _TURNING for t in own):
            return False  # "clockwise" / "*counter*clockwise"
        if _kept_and_discarded(a.full_prompt, b.full_prompt):
            return False  # "..., *keeping* changes staged" / "... and *throw* the changes away"
        if self._siblings(own_first, own_second) or (
            self._one_slot_apart(a, b)
            and not _says_the_change(first - second, named, naming, words)
            and not _says_the_change(second - first, named, naming, words)
        ):
            return False
        df, common = self.vocab.df, self.common
        return any(df[t] < common for t in plain)

    def _said_with_and_alone(self, own_first: set[int], own_second: set[int]) -> set[int]:
        """The words one task says after "with" and the other alone, both forms: one word
        of both tasks ("Submit app.py to YARN *with the driver* running inside the
        cluster" / "Submit app.py to YARN, *driver* inside the cluster")."""
        words, ids = self.vocab.words, self.vocab.ids
        found: set[int] = set()
        for own, other in ((own_first, own_second), (own_second, own_first)):
            for token in own:
                side, _, word = words[token].partition(":")
                alone = ids.get(word) if side == "with" else None
                if alone is not None and alone in other:
                    found |= {token, alone}
        return found

    def _asked_the_other_way(self, a: Item, b: Item) -> bool:
        """``b`` asks for ``a``'s prompt by its answer: "What is trisomy 21?" (Down
        syndrome) / "What causes Down syndrome?" (Trisomy 21), a term and "What is ...
        called?". ``a``'s prompt is ``b``'s answer word for word, and ``b``'s prompt is
        ``a``'s answer with one word more at most, besides its deck's words ("der Hund" /
        "What is the German word for dog?" in a German deck); or, when ``a`` is a term,
        half of ``b``'s prompt or more is in its definition ("What is the other name of
        *platelets*?" / "Thrombocytes": "*platelets*, cell fragments ...").
        A term is also the answer typed without its marks, or with an aside in brackets
        after it ("Shodo": ... / "What is the Japanese word for calligraphy?" shodō,
        "Axis (C2)" / axis)."""
        words = self.words
        asked = words.prompt[a.index]  # sorted tuples of distinct ids: compared as they are
        if not asked or (
            asked != words.answer[b.index]
            and set(asked) != self._answer_loosened(b)
            and asked != self._unglossed(b)
            and asked != self._unglossed(b, gloss=True)
            and not _term_typed_as_answer(a, b)
            and not self._term_completed_by_question(a, b)
        ):
            return False
        answer, prompt = self._answer_loosened(a), set(words.prompt[b.index])
        own = prompt - answer - self.generic - self._deck_words(b)  # "German word for dog"
        if bool(answer) and answer <= prompt and len(own) <= 1:
            return True
        # a term's definition, asked in fewer words: "Which cells produce melanin?"
        # (melanocytes) / "Melanocyte": "A cell ... of the epidermis that produces melanin"
        prompt -= self.generic | self._deck_words(b)
        if a.kind != "concept" or not prompt:
            return False
        if len(prompt) == 1:  # "What is the other name of platelets?": its one word told
            return bool(prompt & answer) and _ASKS_OTHER_NAME.search(fold(b.prompt)) is not None
        # a word's side set aside: "... causing coronary aneurysms?" / "... can lead *to*
        # coronary aneurysms" say one "coronary"
        vocab_words = self.vocab.words
        defined = {vocab_words[t].rpartition(":")[2] for t in answer}
        told = [t for t in prompt if vocab_words[t].rpartition(":")[2] in defined]
        return 2 * len(told) >= len(prompt)

    def _asked_from_both_ends(self, a: Item, b: Item) -> bool:
        """Two questions, each asked with the other's answer: one fact asked from both
        ends ("Who wrote Gasoline?" Gregory Corso / "Gregory Corso's 1958 City Lights
        collection?" Gasoline; "What replaced AACR2 as the cataloguing standard?" RDA /
        "Which standard did RDA replace?" AACR2). ``_crossing`` measures each answer in
        the other's prompt: one must be said there whole, the other half or more ("What
        is a skunk?" winning before the loser reaches 91 / "What is it called when the
        loser fails to reach 91?" a skunk). A value, or an answer's part before a comma,
        a semicolon or a dash, crosses only when the prompts also share a word of their
        own besides the answers: a year answers many questions, a detail may be another
        fact ("When was the Battle of Marathon?" 490 BC / "Where did the Athenians
        defeat the Persians in 490 BC?" Marathon; "Which Beats lived in Tangier?"
        Burroughs / "Where did Burroughs write Naked Lunch?" Tangier, Morocco; not "What
        does squawk 7600 mean?" / "Which squawk code ...?" 7600).

        Kept apart: yes / no answers; one template (``one_frame``) with its one-word
        slots traded (``_TRADED_SLOTS``: "What is a US double crochet in UK terms?"
        Treble crochet / "... a US treble crochet ...?" Double crochet; not "Which ship
        did Shackleton lose?" / "Whose ship Endurance was lost?"); prompts that say two
        sides of one scale (``_opposed``: "... finished just *before* the Grand
        Junction?" the Oxford / "... open *after* the Oxford?" the Grand Junction; not
        "early" / "first"). The other shape, one prompt the other's answer ("What is
        halite?" / "What is the mineral name of rock salt?"), is
        ``_asked_the_other_way``."""
        if a.kind != "qa" or b.kind != "qa" or a.is_code or b.is_code:
            return False
        if a.statement or b.statement:
            return False
        if not _crossed(a, b, loose=True):
            return False
        said_a, said_b = _stems(a.prompt), _stems(b.prompt)
        if _opposed(said_a - said_b, said_b - said_a):
            return False
        told_a, told_b = _stems(a.answer) - said_a, _stems(b.answer) - said_b
        rest_a, rest_b = said_a - told_b, said_b - told_a
        traded = len(told_a) == 1 == len(told_b) and len(rest_a ^ rest_b) <= _TRADED_SLOTS
        if traded and rest_a and rest_b and one_frame(a.full_prompt, b.full_prompt):
            return False
        if _crossed(a, b, loose=False):
            return True
        ids, aside = self.vocab.ids, self.generic | self._deck_words(a) | self._deck_words(b)
        return any(ids.get(word, -1) not in aside for word in rest_a & rest_b)

    def _answer_loosened(self, item: Item) -> set[int]:
        """``item``'s answer words with the looser synonyms folded as prompts' words are
        (``_fold_loose_synonyms``): "Child's pose" says the "child" that a prompt's
        "Child's Pose in Sanskrit?" folds to "children"."""
        return {self._loose.get(token, token) for token in self.words.answer[item.index]}

    def _term_completed_by_question(self, term: Item, question: Item) -> bool:
        """``question`` is answered with ``term``'s term but for one word that the question
        names ("What is the flat working surface of an anvil called?" the face / "Anvil
        face"): the term, its thing named by the question."""
        if term.kind != "concept" or question.kind != "qa":
            return False
        words = self.words
        named, answer = set(words.prompt[term.index]), set(words.answer[question.index])
        rest = named - answer
        return (
            bool(answer)
            and answer < named
            and len(rest) == 1
            and rest <= set(words.prompt[question.index])
        )

    def _asked_by_what_it_does(self, short: Item, other: Item) -> bool:
        """``short``'s answer, of up to ``SHORT_ANSWER`` words, is named in ``other``'s
        question, whose answer says the rest of ``short``'s question, two words or more
        besides what ``other`` asks, all but the word ``short`` asks for ("Which
        *hormone* lowers blood glucose?" insulin / "What does insulin do?" "It lowers
        blood glucose by ..."; "Which sigil makes a list of words?" ~w / "What does the
        ~w sigil create?" "A list of words ..."): one fact asked from both sides. The
        short answer may say how in brackets after it, and the verb after the word asked
        for is the other's to say ("Which *test checks* for an Achilles tendon rupture?"
        "Thompson test (squeeze the calf)" / "What does the Thompson test *assess*?")."""
        if short.kind != "qa" or other.kind != "qa" or short.statement or other.statement:
            return False
        words = self.words
        named = set(words.prompt[other.index])
        answer = set(words.answer[short.index])
        if not answer <= named:
            answer = set(self._unglossed(short) or ())
        if not 0 < len(answer) <= SHORT_ANSWER or not answer <= named:
            return False
        asked = set(words.prompt[short.index]) - self.generic - self._deck_words(short)
        rest = asked - named
        told = rest.intersection(words.answer[other.index])
        focus, vocab_words = self._focus(short), self.vocab.words
        untold = {t for t in rest - told if vocab_words[t].split(REPEAT, 1)[0] not in focus[:2]}
        return len(told) >= 2 and not untold

    def _one_rare_answer(self, a: Item, b: Item) -> bool:
        """Two questions answered alike with a word no other item says, whose prompts
        share two words or more besides generic ones and their decks' ("What is the
        classic X-ray *sign* of *croup*?" / "Which radiographic *sign* shows the
        subglottic narrowing of *croup*?", both "the steeple sign"): one fact asked two
        ways, a warning. Only for prompts that ``_relation`` finds unrelated: prompts it
        relates and then sets apart (two sides, "yes" to two questions, two subjects of
        one template) stay apart. Not values: one number answers many questions; nor two
        answers in prose, which the same words may say apart."""
        if a.kind != "qa" or b.kind != "qa" or a.quantities or b.quantities:
            return False
        df, words = self.vocab.df, self.words
        shared = set(words.answer[a.index]) & set(words.answer[b.index])
        if not any(df[t] <= 2 and self.vocab.words[t].isalpha() for t in shared):
            return False
        if min(len(self._plain_words(a)), len(self._plain_words(b))) > SHORT_ANSWER:
            return False  # prose: "a shot curving right to left" / "... left to right"
        if not self._equal_answers(a, b):
            return False
        aside = self.generic | self._deck_words(a) | self._deck_words(b)
        vocab_words = self.vocab.words
        asked_a, asked_b = (
            {vocab_words[t].split(REPEAT, 1)[0].rpartition(":")[2]: t for t in found - aside}
            for found in (set(words.prompt[a.index]), set(words.prompt[b.index]))
        )
        asked = asked_a.keys() & asked_b.keys()
        if len(asked) >= 2:
            return True
        if len(asked) != 1:
            return False
        # one shared word is enough when it is as rare as the answer, said by these two
        # items alone ("Which grape is *Barolo* made from?" / "*Barolo* is 100% which
        # variety?", both "Nebbiolo"); never the word the questions ask for: "Which
        # *key* deletes a character?" / "Which *key* closes the list?" (both `x`) ask
        # two things of one kind
        word = asked.pop()
        if word in self._focus(a)[:1] or word in self._focus(b)[:1]:
            return False
        return all(df[found[word]] <= 2 for found in (asked_a, asked_b))

    def _unglossed(self, item: Item, gloss: bool = False) -> tuple[int, ...] | None:
        """The words of ``item``'s answer without the gloss in brackets after it (its
        short form or other name: "Accounts receivable (A/R)"), or with ``gloss`` the
        gloss's words alone (the other name: "Flush left (ragged right)" names "Ragged
        right"), as sorted ids; None without a gloss, or with a word no item has."""
        if "(" not in item.answer:  # most answers have no brackets: no match to try
            return None
        found = _ANSWER_GLOSS.fullmatch(item.answer.strip())
        if found is None or item.is_code:
            return None
        part = found.group(2 if gloss else 1)
        ids = {self.vocab.ids.get(word) for word in content_words(fold(part))}
        return None if None in ids else tuple(sorted(ids))

    def _equal_answers(self, a: Item, b: Item) -> bool:
        """The same answer: equal text, equal values (a bare number equals the same
        number with a unit: "32", "32 bits"), one answer the other plus a word or two
        ("SIGTERM", "SIGTERM (15)"), or the same in other words."""
        if _symbols_in_other_case(a.answer, b.answer):
            return False  # "*(om[1])" / "*(Om[1])": a letter's case is an option's
        if _written_apart(a.answer, b.answer):
            return False  # "$?" / "$!", ".ex" / ".exs": symbols and extensions as written
        if provisions_apart(a.answer, b.answer):
            return False  # "s. 1(1)" / "s. 2(1)(a)": two provisions, not a word more
        key = a.answer_key  # folded again at each reading
        if key and key == b.answer_key:
            return True
        if (listed := _listed_apart(a.answer, b.answer)) is not None:
            return not listed  # "(0 1 2 3 4)" is no "(1 2 3 4)", "FF FE" no "FE FF"
        if (moves := _moves(a.answer)) is not None and (other := _moves(b.answer)) is not None:
            return moves == other  # "R U R' U'" is no "R U' R U": one order, other moves
        if _code_named(a.answer, b.answer) or _code_named(b.answer, a.answer):
            return True  # "const" / "with `const`", "implode()" / "implode (alias join)"
        if (orders := _orders_of_growth(a, b)) is not None:
            return orders[0] == orders[1]  # "O(n)" is no "O(log n)" with a word less
        if (sounds := _transcribed(a.answer, b.answer)) is not None:
            return sounds[0] == sounds[1]  # "[ɾ]" / "/ɾ/": one sound
        if is_mostly_quantity(a.value) and is_mostly_quantity(b.value):
            quantities_a, quantities_b = _values(a), _values(b)
            if opposite_bounds(a.value, b.value) or codes_apart(a.value, b.value):
                return False  # "< 120 mmHg" is not "> 120 mmHg", "1...c5" not "1...c6"
            if _suffixed_numbers(a.value) != _suffixed_numbers(b.value):
                return False  # "Form 1099-INT" is not "Form 1099-DIV", "1120-S" not "1120"
            if paired_otherwise(a.value, b.value):
                return False  # "15-30" is not "30-15": each number in the other's place
            if equal_values(quantities_a, quantities_b) or converted_alike(a.value, b.value):
                return True
            bare_a, bare_b = _amounts(quantities_a), _amounts(quantities_b)
            if _eras_apart(quantities_a, quantities_b):
                return False  # "44 BC" is no "44 AD" with a word more
            if ("n" in _dimensions(quantities_a) or "n" in _dimensions(quantities_b)) and (
                bare_a <= bare_b or bare_b <= bare_a
            ):
                if _end_of_range(a.value, b.value) or _end_of_range(b.value, a.value):
                    return False  # "7" is no "6.0 to 7.0", a range it ends
                return not numbers_apart(a.value, b.value)  # "2-2" is not in "4-2"
            if _measured_unit_unsaid(a, b):
                return True  # "121.500" / "121.5 MHz": the number with its unit left unsaid
            return False  # other values: "2.4 g" is not "4 g" and a word more
        if (a.quantities or b.quantities) and self.prose_states_value(a, b):
            return True  # "1.6 mm" / "1.6 millimetres across the central three-quarters"
        x, y = self._plain_words(a), self._plain_words(b)
        if x == y and len(x) <= 2 and self._answer_ids(a) != self._answer_ids(b):
            return False  # one short answer repeated: "O-O" is not "O-O-O"
        small, large = (x, y) if len(x) <= len(y) else (y, x)
        if not (small and small <= large and len(large) - len(small) <= 2):
            # "Midori Ito (1988)" / "Midori Ito of Japan", "Amazon River (209,000 m³/s)"
            x, y = self._aside_set_aside(a, x, b), self._aside_set_aside(b, y, a)
            small, large = (x, y) if len(x) <= len(y) else (y, x)
        if small and small <= large and len(large) - len(small) <= 2:
            if _clauses_apart(a.answer, b.answer):
                return False  # "Debit cash, credit revenue" / "Debit revenue, credit cash"
            if _traded_across_joint(a.answer, b.answer):
                return False  # "PIP hyperextension with DIP flexion" / "PIP flexion with DIP ..."
            shorter, longer = (a, b) if small is x else (b, a)
            if _letter_left_out(shorter.answer_key, longer.answer_key):
                return False  # "Vitamin A" is no "Vitamin B12" less a word
            if _intensified(a.answer, b.answer):
                return False  # "Loud" is not "Moderately loud": forte / mezzo-forte
            if _opposite_added(a.answer, b.answer, _OPPOSING_ANSWER):
                return False  # "equal to its transpose" / "equal to *minus* its transpose"
            return not self._turned(a, b)  # not "clockwise" / "counterclockwise"
        if _named_in_aside(a.answer, b.answer) or _named_in_aside(b.answer, a.answer):
            return True  # "catchment" / "a drainage basin (catchment, watershed)"
        return self.same_meaning(a, b)

    def _aside_set_aside(self, item: Item, words: frozenset[str], other: Item) -> frozenset[str]:
        """An answer's words (``_plain_words``) without those of its one aside in
        brackets after a word ("Midori Ito *(1988)*", "Ixodes *(black-legged or deer)*
        ticks"), when the other answer has no brackets and words are left; else
        ``words``."""
        if "(" in other.answer or item.is_code:
            return words
        found = _WORDS_ASIDE.fullmatch(item.answer.strip())
        if found is None:
            return words
        aside = {w.split(REPEAT, 1)[0].rpartition(":")[2] for w in content_words(fold(found[1]))}
        return words - aside or words

    def _turned(self, a: Item, b: Item) -> bool:
        """Two short answers, one the other with a word that turns it into its opposite
        ("clockwise" / "counterclockwise", "whitespace" / "non-whitespace")."""
        if a.is_code or b.is_code or a.statement or b.statement or a.quantities or b.quantities:
            return False
        x, y = self._plain_words(a), self._plain_words(b)
        small, large = (x, y) if len(x) <= len(y) else (y, x)
        added = large - small
        if not (0 < len(small) <= SHORT_ANSWER and small <= large and 0 < len(added) <= 2):
            return False
        if added.isdisjoint(_TURNING):
            return False
        # ... the turning word before a word both say: not "bookshop" / "bookshop, *not*
        # library", which turns a word of its own
        shorter, longer = (a, b) if len(x) <= len(y) else (b, a)
        said = set(content_words(fold(shorter.answer)))
        words = content_words(fold(longer.answer))
        pairs = zip(words, words[1:], strict=False)
        return any(word in _TURNING and after in said for word, after in pairs)

    def _same_but_brackets(self, a: Item, b: Item, x: Sequence[int], y: Sequence[int]) -> bool:
        """One prompt is the other's words and words in brackets, which the other (with
        no brackets) leaves to its context, as a deck's name: "EAN (gas) meaning" / "What
        does EAN stand for?". Not a term: "Mercury (element)" names another thing than
        "Mercury" (``_term_qualified`` compares terms)."""
        if a.kind == "concept" or b.kind == "concept":
            return False
        for item, other, words, others in ((a, b, x, y), (b, a, y, x)):
            if "(" in other.full_prompt or "(" not in item.full_prompt or not others:
                continue
            ids = self.vocab.ids
            inside = " ".join(_IN_BRACKETS.findall(item.full_prompt))
            bracketed = {ids[w] for w in content_words(fold(inside)) if w in ids}
            if bracketed and set(words) - bracketed == set(others) != set(words):
                return True
        return False

    def _two_substances(self, x: Sequence[int], y: Sequence[int]) -> bool:
        """Each prompt names a chemical element or ion the other does not ("Serum
        *chloride* reference range" / "Total serum *calcium* reference range"): two
        things measured, whatever words they share."""
        words = self.vocab.words
        own_x, own_y = set(x).difference(y), set(y).difference(x)
        return any(words[t].rpartition(":")[2] in _SUBSTANCES for t in own_x) and any(
            words[t].rpartition(":")[2] in _SUBSTANCES for t in own_y
        )

    def _reworded(self, a: Item, b: Item, x: Sequence[int], y: Sequence[int]) -> Match | None:
        """Two prompts that may ask the same thing in other words (``_relation``): the
        same answer loosely related, or answers that cannot both be right strictly."""
        if self._another_word(a, b):
            return None  # "la pomme" / "la pomme de terre", "laver" / "se laver"
        if self._own_decks_named(a, b, x, y) or self._own_decks_named(b, a, y, x):
            return None  # "Letters in the *Arabic* / *Hebrew* alphabet", decks of each
        if self._deck_things_traded(a, b, x, y):
            return None  # "... a *snooker* ball?" / "... a *pool* ball?" in "Snooker and pool"
        if self._two_substances(x, y):
            return None  # "Serum *chloride* ..." / "Total serum *calcium* ...": two analytes
        first, sides_a = self._shape(a, x)
        second, sides_b = self._shape(b, y)
        first, second = self._bounded(first, second), self._bounded(second, first)
        first = first - self._code_gloss(a, b) - self._name_tail(a, b)
        second = second - self._code_gloss(b, a) - self._name_tail(b, a)
        counted_a, counted_b = self._counted_word(a), self._counted_word(b)
        if counted_a != counted_b:  # "Crew of Apollo 11": 3 *astronauts*
            first, second = first | counted_a, second | counted_b
        if sides_a or sides_b:  # "from a *Clojure* map" in a deck Clojure: "from a map"
            decks = _deck_word_set(a.card.deck) & _deck_word_set(b.card.deck)
            unsided_a, unsided_b = self._unsided(x), self._unsided(y)
            sides_a, sides_b = (
                _sides_without(sides_a, decks, sides_b, unsided_a),
                _sides_without(sides_b, decks, sides_a, unsided_b),
            )
        if (
            (sides_a or sides_b)
            and _other_sides(sides_a, sides_b, self._word_set(first), self._word_set(second))
            and not _sides_spelt_out(a, b, sides_a, sides_b)
        ):
            return None  # "users per group" / "groups per user"
        deck = self._pair_deck(a, b, first, second)
        if _a_time(a) and _a_time(b):
            deck |= self.year_words  # "Year of the Battle of Hastings" / "When was it fought"
        alike = (  # one short answer in a small corpus (``SMALL_CORPUS_RARE_SHARE``)
            self.common < self.shared_rare
            and max(len(a.answer.split()), len(b.answer.split())) <= SHORT_ANSWER_WORDS
            and self._equal_answers(a, b)
            and not self._one_slot_apart(a, b)
            # "Longest bone?" / "Strongest bone?", both the femur: two questions
            and not superlatives_apart(a.full_prompt, b.full_prompt)
        )
        relation = self._relation(first, second, 0, deck, alike)
        spelt = 0  # the words set aside, counted as the longer writing says them
        if relation is None or not relation[1]:
            if self._may_align(a, b) or self._may_align(b, a):
                first, second = set(first), set(second)  # aligning sets words aside
                before = len(first), len(second)
                aligned = self._align(a.full_prompt, b.full_prompt, first, second)
                aligned += self._align(b.full_prompt, a.full_prompt, second, first)
                spelt = max(before[0] - len(first), before[1] - len(second))
                if aligned:
                    relation = self._relation(first, second, aligned, deck, alike) or relation
        if (relation is None or not relation[1]) and len(first & second) >= 2:
            # for another answer, a word both answers state needs no asking ("section of
            # the StGB" / "§ 242 StGB"); equal answers share words anyway ("Current
            # ratio" / "Quick ratio", both "current assets ÷ ...")
            stated = set(self.words.answer[a.index]).intersection(self.words.answer[b.index])
            wider = self._relation(first, second, 0, deck | stated) if stated else None
            if wider is not None and wider[1] and not self._equal_answers(a, b):
                relation = wider
        if relation is None:
            if (
                len(first & second) >= 2
                and _converted(a, b)  # someone converted it:
                and not self._each_names_its_own(a, b, first, second)
            ):
                return Match(a, b, conflict=False)  # "boils at 1 atm" 212 °F / "sea level" 100 °C
            if self._one_rare_answer(a, b) or self._one_rare_value(a, b, first, second, deck):
                return Match(a, b, conflict=False)  # "the steeple sign" / "Steeple sign"
            return self._loosely_reworded(a, b, first, second, deck) or self._asked_again(
                a, b, first, second, deck
            )
        loose, strict, missing, differing = relation
        # "clockwise" / "counterclockwise": one answer turned, to one question (not to
        # two that differ by a side: "the left pedal" / "the right pedal")
        turned = self._turned(a, b)
        if turned and not self._may_differ(set(differing)):
            return None
        if turned or self._equal_answers(a, b) or (strict and _answer_restated(a, b)):
            # siblings share values ("7 days"): with equal values, the words the shorter
            # prompt has alone are words ("length"), never only written as names ("Zokida")
            missing -= self._short_forms(missing, differing - missing)  # "Li-ion" / "lithium-ion"
            converted = loose and _converted(a, b)  # 5 V / 5000 mV: one value converted
            if loose and a.quantities and b.quantities:
                loose = missing <= self._lowercase()
            if loose and a.answer_key in _YES_NO and b.answer_key in _YES_NO:
                loose = False  # "yes" to two questions says nothing: queen, two bishops
            if loose and _option_picked(a) and _option_picked(b):
                loose = False  # "P or S waves: which are faster?" / "... which travel ...?"
            if self._value_shared_by_slots(a, b):
                return None  # "Safe ammonia level" / "Safe nitrite level": both 0 ppm
            if (
                a.kind == b.kind
                and a.answer_key == b.answer_key
                and one_slot_apart(a.full_prompt, b.full_prompt)
            ):
                return None  # "How far from water should you camp?" / "... dig a cathole?"
            if _number_echoed(a, b):
                return None  # "... an exact term?" term / "... several exact terms?" terms
            if _nested_answers_of_two_objects(a, b):
                return None  # "Which keyword declares ...?" val / "Which keywords ...?" lazy val
            if self._opposing_added(first, second, deck):
                return None  # "Sweep stroke" / "Reverse sweep" in a deck of strokes
            if self._prefixed_siblings(a, b):
                return None  # "Hypothyroidism" / "Hyperthyroidism": two things, one stem
            if self._sibling_answers(a, b):
                return None  # "Current ratio" / "Quick ratio": "(Current assets − inventory) …"
            if _reordered(a.answer, b.answer) and self._slot_siblings(a, b):
                return None  # "Bond premium" / "Bond discount": "price exceeds face value"
            if _opposed(self._bare(first - second), self._bare(second - first)):
                return None  # "major scale" / "minor scale": two sides, one answer
            if self._siblings(set(first) - set(second), set(second) - set(first)):
                return None  # "Size of a Java int" / "... float", 32 bits: two rows, one value
            if loose and self._name_free(a, b, missing, sides=True):
                return Match(a, b, conflict=turned)
            if (
                converted
                and not self._slot_siblings(a, b)  # "Hours in a day" 24 / "Minutes ..." 1440
                and self._names_one_side(a, b, first, second, differing)
            ):
                return Match(a, b, conflict=turned)
            unsourced = differing - self._sources_named(a, b)  # "Ball mass *(FIH)*"
            if (
                strict
                and self._name_free(a, b, unsourced, sides=True)
                and (
                    unsourced <= self._lowercase()
                    or (not missing and self._added_in_lowercase(differing))
                )
            ):
                return Match(a, b, conflict=turned)
            if turned:
                return None
            if self._one_rare_value(a, b, first, second, deck):
                return Match(a, b, conflict=False)  # "262,144" / "262144 processes"
            return self._asked_again(a, b, first, second, deck)
        if (
            loose
            and _converted(a, b)
            and (
                self._name_free(a, b, differing, sides=True)
                or (
                    not self._slot_siblings(a, b)
                    and self._names_one_side(a, b, first, second, differing)
                )
            )
        ):
            return Match(a, b, conflict=False)  # "brewing pressure" 9 bar, "pump ..." 130 psi
        if loose and self._term_narrowed(a, b, missing, differing):
            return Match(a, b, conflict=False)
        if not (first - second).isdisjoint(self.opposites) and not (second - first).isdisjoint(
            self.opposites
        ):
            return None  # "adult male" / "adult female": two sides, two values
        # prompts strictly related, or two that say one word otherwise ("normal" /
        # "healthy"), with answers that cannot both be right (or, strictly related, a
        # short answer and another sharing no word with it): a possible conflict
        if strict:
            related = not self._subject_swapped(a, b, missing, differing, deck)
        else:
            related = (
                self._one_word_swapped(first, second, deck, spelt)
                or (loose and self._only_names_added(a, b, missing, differing))
                or (loose and self._only_time_asked(a, b, missing, differing))
                or (loose and self._meaning_asked_of_one_term(a, b, missing, differing - deck))
            )  # "What does caldo mean?" / "English meaning of caldo?"
        if (
            related
            and (
                self._differ_in_one_measure(a, b)
                or rounded_alike(a.value, b.value)
                or (strict and self._short_and_apart(a, b))
            )
            and (
                self._name_free(a, b, differing - self._sources_named(a, b), sides=False)
                or self._only_names_added(a, b, missing, differing - deck)
            )
            and not self._slot_siblings(a, b)
            and not self._subjects_of_one_template(a, b)
            and not _value_and_name(a, b)
            and not self._named_after(a, b)
            and not self._named_after(b, a)
            and not _part_and_whole(a.full_prompt, b.full_prompt)
            and not _opposite_added(a.full_prompt, b.full_prompt)
            and not _stop_word_in_slot(a.full_prompt, b.full_prompt)
            and not _season_in_one(a.full_prompt, b.full_prompt)
            and not self._kind_defined_by_other(a, b)
        ):
            return Match(a, b, conflict=True)
        return self._loosely_reworded(a, b, first, second, deck) or self._asked_again(
            a, b, first, second, deck
        )

    def _opposing_added(
        self, first: frozenset[int], second: frozenset[int], deck: frozenset[int]
    ) -> bool:
        """One prompt's words are the other's and words of ``_OPPOSING`` only, the
        words of the cards' decks and generic words aside: "Sweep stroke" / "*Reverse*
        sweep" in a deck "Strokes" name a thing and its opposite, whose answers share
        their words in another order ("from bow to stern" / "from stern to bow")."""
        aside = self.generic | deck
        own_first, own_second = first - second - aside, second - first - aside
        if own_first and own_second or not (own_first or own_second):
            return False
        words = self.vocab.words
        return all(
            {words[t], words[t].rpartition(":")[2]} & self._opposing_words
            for t in own_first or own_second
        )

    def _short_forms(self, missing: frozenset[int], others: frozenset[int]) -> frozenset[int]:
        """The words of ``missing`` that are the start of one of ``others``, or that one
        of them starts: a word and its short form ("Li-ion" / "lithium-ion", "US" /
        "USA")."""
        words = self.vocab.words
        return frozenset(
            t for t in missing if any(_starts_another(words[t], words[o]) for o in others)
        )

    def _asked_again(
        self, a: Item, b: Item, first: frozenset[int], second: frozenset[int], deck: frozenset
    ) -> Match | None:
        """Two questions that share two words or more, a rare one among them, and say up
        to three plain words each that the other does not, no more than they share
        ("Which order do dragonflies belong to?" / "Dragonflies are in which insect
        order?", "Which chamber pumps blood into the aorta?" / "Which heart chamber
        ejects blood into the aorta?"; more when both answers are one name no other item
        uses, ``_one_rare_name``): perhaps one question worded twice, a possible
        conflict when the answers cannot both be right. Not when a word said by one only
        is a name, a number or a negation, nor when both say a qualifier or a side of
        their own, or one says a side other than "first" or "last" (``_lone_qualifier``),
        or two rows of one table; nor two prompts of one template
        with another word or two in one slot (``_one_slot_apart``: "Which organelle
        carries out *photosynthesis*?" / "... *cellular respiration*?") whose words
        around the slot are written alike, function words too (``_frame_written_alike``),
        nor two words of one stem with other prefixes (``_own_stem_siblings``:
        "systolic" / "diastolic").
        A limit's subject is asked so too, with the same value only
        (``_limit_asked_again``: "Default Prometheus local storage retention" 15 days /
        "Prometheus TSDB retention time default" fifteen days). Of two questions, a word
        one writes short or in another form is a word both say (``_forms_as_shared``:
        "Which country does the *Fontainebleau* bouldering grade come from?" / "Origin
        country of the *Font* bouldering scale?")."""
        if not {a.kind, b.kind} <= _ASKED_AGAIN_KINDS or a.is_code or b.is_code:
            return None
        first, second = map(frozenset, self._acronyms_folded(a, b, first, second))
        shared = first & second
        aside = self.generic | deck | self.stranded  # "... belong *to*?"
        aside |= self._kind_word_asked(a) | self._kind_word_asked(b)  # "What *kind* of bond ...?"
        own_first, own_second = first - second - aside, second - first - aside
        if a.kind == "qa" == b.kind:
            shared, own_first, own_second = self._forms_as_shared(
                a, b, shared, own_first, own_second
            )
        most = max(len(own_first), len(own_second))
        if len(shared) < 2 or (most > _ASKED_AGAIN_OWN and not self._one_rare_name(a, b)):
            return self._asked_with_answer_kind(a, b, shared, own_first, own_second)
        # One answer to both: a question may then say more words of its own than the two
        # share, and a qualifier or a name the other leaves out ("*Default* port of the
        # Grafana *HTTP* server" / "Which port does the Grafana web interface listen
        # on?", both 3000), never one each ("*Minimum* ..." / "*Maximum* ...", "... of
        # *YJL Classic*" / "... of *ZMK Turbo*").
        same = self._equal_answers(a, b)
        if (
            len(shared) < most
            and not (same and not _yes_or_no(a, b))
            and (
                _yes_or_no(a, b) or not self._name_asked_about(a, b, shared, own_first | own_second)
            )
        ):
            return None  # "Does JSON allow comments?" / "Is a trailing comma allowed ...?" no
        if "limit" in (a.kind, b.kind) and not self._limit_asked_again(
            a, b, own_first, own_second, same
        ):
            return None  # "Bipa Standard max timeout" / "Max timeout of Vuna Regional"
        if self._two_times(own_first, own_second) or self._two_times(own_second, own_first):
            return None  # "Who built the Pantheon that stands *today*?" / "... the *first* ...?"
        own = own_first | own_second
        if same:
            guarded = self.qualifiers | self.protected | self.opposites
            if not (own_first.isdisjoint(guarded) or own_second.isdisjoint(guarded)):
                return None
            if not any(
                self._name_free(a, b, side, sides=False) for side in (own_first, own_second)
            ):
                return None
        elif not (
            self._lone_qualifier(own_first, own_second) and self._name_free(a, b, own, sides=False)
        ) or (
            # one answer alone echoing its prompt ("sorts" $sort) may be the wrong one
            _one_opening_two_objects(a.full_prompt, b.full_prompt)
            and _echoes_own_word(a, b) == _echoes_own_word(b, a)
        ):
            return None
        framed = self._one_word_each(a, b) or _frame_written_alike(a.full_prompt, b.full_prompt)
        if (
            (self._slot_siblings(a, b) and framed)
            or self._siblings(own_first, own_second)
            or self._own_stem_siblings(a, b, own_first, own_second)
            or self._two_things_of_one_subject(a, b, shared, own_first, own_second)
            or (self._one_slot_apart(a, b) and framed)
            or _stop_word_in_slot(a.full_prompt, b.full_prompt)
            or not self._focus_shared(a, b)
        ):
            return None
        if not self._shares_rare(a, b, shared):
            return None
        if same:
            return Match(a, b, conflict=False)  # one question worded twice, one answer
        if _part_and_whole(a.full_prompt, b.full_prompt) or _opposite_added(
            a.full_prompt, b.full_prompt
        ):
            return None  # "How many arrows per end ...?" / "How many arrows ...?"
        if self.really_differ(a, b):
            return Match(a, b, conflict=True)
        if self._answers_worded_apart(a, b, shared, own_first, own_second):
            return Match(a, b, conflict=True)  # "Which operator tests integer less-than?"
            # -lt / "Which operator compares two integers for less than?" -le: a warning
        return None

    def _name_asked_about(
        self, a: Item, b: Item, shared: frozenset[int], own: frozenset[int]
    ) -> bool:
        """Two questions that share a name (a capitalised word, an acronym) that is not
        their deck's, and say no name or number of their own: one thing asked about in two
        wordings, however many plain words each says of its own ("Which program beat *Lee
        Sedol* in 2016?" / "AI that defeated *Lee Sedol*", "What does the *Phillips* curve
        relate?" / "Which two variables does the *Phillips* curve link?"). Two questions of
        one template share their frame ("Which file lists ...?"), and their own words are
        the things they ask about. A term of two rare words both say in a row counts as
        the name (``_term_asked_about``). Only for questions that say up to
        ``_ASKED_AGAIN_OWN`` words alone: "How long does a *UK* patent grant protection
        last?" / "How long can a registered design be renewed in the *UK*?" share a
        setting, not a subject."""
        if a.kind != "qa" or b.kind != "qa":
            return False
        names = self._names_of(a) & self._names_of(b)
        names -= self._deck_words(a) | self._deck_words(b)
        words = self.vocab.words
        if not any(t in shared and any(c.isalpha() for c in words[t]) for t in names):
            if not self._term_asked_about(a, b):
                return False
        return self._name_free(a, b, set(own), sides=False)

    def _term_asked_about(self, a: Item, b: Item) -> bool:
        """Two words in a row that both prompts say in a row, both rare in the corpus,
        neither a word of their decks nor of what either asks for (the words after
        "which" or "what", ``_focus``): a term of two words or more both ask about
        ("Where were the *Dead Sea* Scrolls found?" / "... discovered?"); "Which
        *thyroid hormone* ...?" names the kind of thing asked, not the thing asked about."""
        x, y = self._ordered(a), self._ordered(b)
        aside = set(self._focus(a)) | set(self._focus(b))
        for item in (a, b):  # "*Time complexity* of binary search": the thing's attribute
            head, of, _ = fold(item.full_prompt).partition(" of ")
            if of:
                aside.update(_bare_word(w) for w in content_words(head))
        ids, df = self.vocab.ids, self.vocab.df
        decks = self._deck_words(a) | self._deck_words(b)

        def rare(word: str) -> bool:
            token = ids.get(word)
            return (
                token is not None
                and word not in aside
                and token not in decks
                and df[token] < self.common
                and word.isalpha()
            )

        pairs = {(p, q) for p, q in zip(y, y[1:], strict=False)}
        return any(
            pair in pairs and rare(pair[0]) and rare(pair[1])
            for pair in zip(x, x[1:], strict=False)
        )

    def _answers_worded_apart(
        self,
        a: Item,
        b: Item,
        shared: frozenset[int],
        own_a: frozenset[int],
        own_b: frozenset[int],
    ) -> bool:
        """Two questions that ``_asked_again`` reads as one asked twice, sharing more
        words than either says alone, answered by two answers that share no word, or only
        a head each says with words of its own, neither a value the other lacks: perhaps
        one answer is wrong, though ``really_differ`` cannot tell ("Which keyword ends a
        block in Lua?" end / "Lua block terminator keyword" done, a word it reads as a
        stop word; "What epithelium lines the true vocal cords?" stratified squamous
        epithelium / "The true vocal folds are lined by which epithelium?"
        pseudostratified ciliated columnar epithelium). Not when one question alone asks what a
        thing is and the other something of it ("What is a penalty stroke?" / "When is a
        penalty stroke awarded?"): prose about one thing."""
        if a.kind != "qa" or b.kind != "qa" or a.answer_key == b.answer_key:
            return False
        if len(shared) <= max(len(own_a), len(own_b)):
            return False
        if bool(a.quantities) != bool(b.quantities) and not _both_terse(a, b):
            return False  # a value against prose, but not "A tab" / "Four spaces"
        if _asks_what_it_is(a.full_prompt) != _asks_what_it_is(b.full_prompt):
            return False
        x, y = self._plain_words(a), self._plain_words(b)
        if x.isdisjoint(y):
            return True
        # a head both name, each with words of its own, more on one side than they share:
        # two of one kind ("the superior laryngeal nerve" / "the recurrent laryngeal
        # nerve"), asked by questions that share three words at least
        own_x, own_y = len(x - y), len(y - x)
        return (
            len(shared) > _SHARED_BESIDE_HEAD
            and min(own_x, own_y) > 0
            and len(x & y) < max(own_x, own_y)
        )

    def _asked_with_answer_kind(
        self,
        a: Item,
        b: Item,
        shared: frozenset[int],
        own_a: frozenset[int],
        own_b: frozenset[int],
    ) -> Match | None:
        """Two questions about one rare subject, one saying no word of its own, the
        other only the kind of thing it asks for (``_answer_kind``: "What is Tadasana?"
        Mountain pose / "*What pose* is Tadasana?" Tree pose, "When is klister used?" /
        "*In what conditions* is klister used?"), answered by answers that cannot both be
        right or share no word: perhaps one answer is wrong, a possible conflict. Not a
        kind that is an attribute of the subject (``_ATTRIBUTES_ASKED``: "What is a
        ruby?" / "What *colour* is a ruby?"), nor a name."""
        if a.kind != "qa" or b.kind != "qa" or not shared or (own_a and own_b):
            return None
        kinded, own = (a, own_a) if own_a else (b, own_b)
        if not own or own != self._answer_kind(kinded):
            return None
        if not own <= self._lowercase() or not self._name_free(a, b, set(own), sides=False):
            return None
        if not self._shares_rare(a, b, shared) or a.answer_key == b.answer_key:
            return None
        if self.really_differ(a, b) or self._plain_words(a).isdisjoint(self._plain_words(b)):
            return Match(a, b, conflict=True)
        return None

    def _answer_kind(self, item: Item) -> frozenset[int]:
        """The words of a question's opening that name the kind of thing it asks for
        (``_ANSWER_KIND``), unless an attribute (``_ATTRIBUTES_ASKED``); empty if none."""
        found = _ANSWER_KIND.match(item.full_prompt)
        if found is None:
            return frozenset()
        words = content_words(fold(found[1]))
        if not words or not _ATTRIBUTES_ASKED.isdisjoint(words):
            return frozenset()
        ids = self.vocab.ids
        return frozenset(ids[w] for w in words if w in ids)

    def _one_word_each(self, a: Item, b: Item) -> bool:
        """Two prompts whose slot (``_slots``) is one word on each side ("How many *hearts*
        does an octopus have?" / "Number of *arms* of an octopus", "When was the Berlin
        Wall *built*?" / "When did it *fall*?"): siblings of one template however their
        frames are written, a word reworded too rare to tell from another thing."""
        slots = self._slots(a, b)
        return slots is not None and len(slots[0]) == 1 == len(slots[1])

    def _kind_word_asked(self, item: Item) -> frozenset[int]:
        """The word "kind", "type" or "sort" of a question that asks "what kind of X"
        (``_KIND_OF``): it asks what "which X" asks, the word says nothing of its own
        ("*What kind of* bond joins amino acids ...?" / "*Which* bond links amino acids
        ...?")."""
        found = _KIND_OF.search(item.full_prompt)
        if found is None:
            return frozenset()
        word, ids = found[1].casefold(), self.vocab.ids
        return frozenset(ids[w] for w in (word, LOOSE.get(word, word)) if w in ids)

    def _forms_as_shared(
        self,
        a: Item,
        b: Item,
        shared: frozenset[int],
        own_a: frozenset[int],
        own_b: frozenset[int],
    ) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
        """``shared``, ``own_a`` and ``own_b`` with one word written in two forms, one
        prompt's own word the start of the other's (``_word_and_its_form``), counted as
        shared: "the *Federal* Reserve's target" / "the *Fed* target", "*Japan*'s flag" /
        "the *Japanese* flag", "the *determinant*" / "*det*". Not in prompts that share
        fewer than two words written alike ("the first *Athenian* to be *ostracized*" /
        "... *ostracism* in *Athens*" ask two things)."""
        if len(shared) < 2:
            return shared, own_a, own_b
        words = self.vocab.words
        paired = [(p, q) for p in own_a for q in own_b if _word_and_its_form(words[p], words[q])]
        if not paired:
            return shared, own_a, own_b
        firsts, seconds = {p for p, _ in paired}, {q for _, q in paired}
        return shared | firsts, own_a - firsts, own_b - seconds

    def _limit_asked_again(
        self, a: Item, b: Item, own_first: frozenset[int], own_second: frozenset[int], same: bool
    ) -> bool:
        """A limit's subject may be asked again in other words (``_asked_again``) with the
        same value: another value to a subject worded otherwise is most often a sibling
        ("Maximum daily dose of paracetamol" / "Ibuprofen maximum daily dose"). Not when
        one prompt alone says a condition ("SQS FIFO throughput" / "... *without*
        batching"), nor names on both sides, words the corpus never writes in small
        letters: subjects of one template name their products ("Bipa Standard default
        port" / "What is the default port of Vuna Regional?")."""
        if not same or not (own_first | own_second).isdisjoint(self.conditions):
            return False
        lowercase = self._lowercase()
        return own_first <= lowercase or own_second <= lowercase

    def _one_rare_value(
        self, a: Item, b: Item, first: frozenset[int], second: frozenset[int], deck: frozenset
    ) -> bool:
        """One value, stated by these two items alone in the corpus, answering prompts
        that share two words or more besides generic and deck words ("Default maximum
        number of *processes* on the BEAM" / "What is the Erlang VM's *default process*
        limit?", both 262,144): one fact asked two ways, a warning. Not when the words
        each says alone hold a name, a number, a qualifier or a side on both sides
        (``_lone_qualifier``), a negation or a condition ("without"), nor two rows of one
        table or two subjects of one template."""
        if not a.quantities or not b.quantities or not self._equal_answers(a, b):
            return False
        numbers_a, numbers_b = _NUMBER.findall(a.answer), _NUMBER.findall(b.answer)
        if numbers_a != numbers_b and sorted(numbers_a) == sorted(numbers_b):
            return False  # "1-8-4-3-6-5-7-2" / "1-5-4-8-6-3-7-2": one set, two orders
        counts = self._value_counts()
        if counts[a.quantities] + counts[b.quantities] > (4 if a.quantities == b.quantities else 2):
            return False  # "6.2 %" said by a third item: a common figure
        aside = self.generic | deck
        shared = (first & second) - aside
        if len(shared) < 2 or not self._shares_rare(a, b, shared):
            return False
        own_first, own_second = first - second - aside, second - first - aside
        if not (own_first | own_second).isdisjoint(self.conditions) or not self._lone_qualifier(
            own_first, own_second
        ):
            return False  # "SQS FIFO throughput" / "... *without* batching": a condition
        lowercase = self._lowercase_or_loose()  # a word never written in small letters:
        if not any(  # a name
            side <= lowercase and self._name_free(a, b, side, sides=False)
            for side in (own_first, own_second)
        ):
            return False  # "*Brunello* ... ageing" / "*Rioja* ... ageing": two subjects
        return not (
            self._slot_siblings(a, b)
            or self._siblings(set(own_first), set(own_second))
            or self._one_slot_apart(a, b)
            or self._two_things_of_one_subject(a, b, shared, own_first, own_second)
        )

    def _value_counts(self) -> Counter:
        """How many items state each set of values."""
        if self._values_stated is None:
            self._values_stated = Counter(i.quantities for i in self._items if i.quantities)
        return self._values_stated

    def _two_times(self, own: set[int], other: set[int]) -> bool:
        """One question says a word of the present or the past (``_SENSE_OF_A_TIME``:
        "today") that the other does not, and the other a word of order ("first",
        "last"): "Who built the Pantheon that stands *today*?" / "Who built the *first*
        Pantheon?" ask of two times."""
        words = self.vocab.words
        return any(words[t].rpartition(":")[2] in _SENSE_OF_A_TIME for t in own) and any(
            words[t].rpartition(":")[2] in _ORDER_WORDS for t in other
        )

    def _one_rare_name(self, a: Item, b: Item) -> bool:
        """Both answers are one word of their own, the same, which no other item of the
        corpus uses ("Etomidate" / "etomidate (even after a single dose)"): two questions
        that share words and lead to it may be one worded twice, however many words
        each says of its own."""
        word = _lone_word(a.answer)
        if word is None or word != _lone_word(b.answer):
            return False
        found = content_words(word)
        token = self.vocab.ids.get(found[0]) if len(found) == 1 else None
        return token is not None and self.vocab.df[token] <= 2

    def _own_stem_siblings(self, a: Item, b: Item, own_a: set[int], own_b: set[int]) -> bool:
        """A word said by one prompt only and one said by the other only, built on one
        stem with other prefixes (``_stem_siblings``: "systolic" / "diastolic") and
        followed by one word, the same in both ("Which sound marks the *systolic
        pressure*?" / "... the *diastolic pressure* in adults?"): two things of one kind,
        whatever else a prompt adds."""
        words = self.vocab.words
        written_a = re.findall(r"\w+", fold(a.full_prompt))
        written_b = re.findall(r"\w+", fold(b.full_prompt))
        for p in own_a:
            first = _written(words[p], written_a)
            for q in own_b:
                second = _written(words[q], written_b)
                if _stem_siblings(first, second) and _next_word(first, written_a) == (
                    _next_word(second, written_b) or None
                ):
                    return True
        return False

    def _lone_qualifier(self, own_first: set[int], own_second: set[int]) -> bool:
        """Of the words two questions say each alone, one side's may hold a qualifier or
        a word of order ("default", "max", "first": ``_ORDER_WORDS``), the other's no
        qualifier and no side; neither a negation: "*Default* port of the Memcached
        server" asks what "Memcached listen port" asks, "Who won the *first* Tour de
        France (1903)?" what "Winner of the 1903 Tour de France" asks (a question without
        a qualifier asks for the value usually meant). Not "*Minimum* ..." / "*Maximum*
        ...", "*small* board" / "*medium* board", nor "Largest *hot* desert?" /
        "Largest desert overall?" ("hot" names a kind of desert)."""
        guarded = self.qualifiers | self.opposites
        own_first, own_second = self._bound_of_threshold(own_first, own_second)
        lone = own_first & guarded or own_second & guarded
        if (own_first & guarded and own_second & guarded) or not lone <= (
            self.qualifiers | self.order_words
        ):
            return False
        return (own_first | own_second).isdisjoint(self.protected)

    def _bound_of_threshold(self, own_first: set[int], own_second: set[int]) -> tuple[set, set]:
        """Two prompts' own words, a side of a bound ("below", "above") left out of one
        when the other's say "threshold" (or "cutoff"): "Preterm birth *cutoff*" /
        "Gestational age *below* which a birth is preterm" name one bound, the first by
        its name, the second by the side it bounds."""
        threshold, bounds = self.threshold, self.bound_sides
        if threshold in own_first and own_second & bounds and not own_first & bounds:
            return own_first - {threshold}, own_second - bounds
        if threshold in own_second and own_first & bounds and not own_second & bounds:
            return own_first - bounds, own_second - {threshold}
        return own_first, own_second

    def _focus_shared(self, a: Item, b: Item) -> bool:
        """What the questions ask for, the words after "which" or "what", is named by
        both: the first such word of one of them is in the other, and the first two of
        each meet the other's ("Which *order* do dragonflies belong to?" / "Dragonflies
        are in which *insect order*?"). Not "What *treats* a paracetamol overdose?" /
        "Which *organ* does a paracetamol overdose harm?", which share their subject
        only. A prompt with no "which" or "what" (a subject line, "Where ...?", "Who
        ...?") says what it asks in words of its own: "In which *city* does the Tour de
        France end?" / "Where is the Tour de France finish line?"."""
        x, y = self._ordered(a), self._ordered(b)
        focus_x, focus_y = self._focus(a), self._focus(b)
        if not focus_x or not focus_y:
            return True
        if focus_x[0] in _PLACE_OR_MANNER or focus_y[0] in _PLACE_OR_MANNER:
            return True  # "Which *part* of the eye is clouded in a cataract?" / "What does a
            # cataract make cloudy?": a part or a way is asked, of no kind of its own
        if focus_x[:1] and focus_x[0] in y or focus_y[:1] and focus_y[0] in x:
            return all(
                not focus or not set(focus).isdisjoint(other)
                for focus, other in ((focus_x, y), (focus_y, x))
            )
        return False

    def _focus(self, item: Item) -> tuple[str, ...]:
        """The first two content words after a question's first "which" or "what"."""
        found = _ASKED_FOR.search(fold(item.full_prompt))
        if found is None:
            return ()
        words = (w.split(REPEAT, 1)[0].rpartition(":")[2] for w in content_words(found[1]))
        return tuple(LOOSE.get(w, w) for w in words)[:2]

    def _one_slot_apart(self, a: Item, b: Item) -> bool:
        """Two prompts that are one template with its slot filled otherwise: the same
        words before and after (one side may be empty, not both), and between them words
        of each that the other lacks ("Which gland secretes *melatonin*?" / "... *parathyroid
        hormone*?", "Which Java version made *records* a standard feature?" / "...
        *sealed classes* ...")."""
        slots = self._slots(a, b)
        return slots is not None and slots[0].isdisjoint(slots[1])

    def _slots(self, a: Item, b: Item) -> tuple[set[str], set[str]] | None:
        """The words of two prompts between the words they both start and end with (one
        side may be empty, not both), when each has some: None else."""
        x, y = self._ordered(a), self._ordered(b)
        start, end = shared_ends(x, y)
        middle_x, middle_y = x[start : len(x) - end], y[start : len(y) - end]
        if not (middle_x and middle_y and start + end):
            return None
        return set(middle_x), set(middle_y)

    def _hedge_in_slot(self, a: Item, b: Item) -> bool:
        """Two prompts of which one says only words of ``HEDGES`` that the other lacks
        and the other only qualifiers ("max", "min"), or of one template (``_one_slot_apart``) whose
        slot one fills with words of ``HEDGES`` only and the other with other words:
        "*Standard* tiebreak" / "*Match* tiebreak", "Pool depth, *recommended*" / "Pool
        depth, *minimum*" name two things, which ``HEDGES`` being generic words would
        have joined (not "*standard deviation*" / "*SD*")."""
        hedges = self._hedges
        x, y = set(self._ordered(a)), set(self._ordered(b))
        for own, other in ((x - y, y - x), (y - x, x - y)):
            if own and own <= hedges and other and other <= self._qualifier_words:
                return True  # "Maximum current per pin" / "Current per pin, recommended"
        slots = self._slots(a, b)
        if slots is None or not slots[0].isdisjoint(slots[1]):
            return False
        return (slots[0] <= hedges) != (slots[1] <= hedges)

    def _subjects_of_one_template(self, a: Item, b: Item) -> bool:
        """Two prompts the same but for their last words, which name what each asks
        about (after "of" or "for") and share none: "Valence electrons of a *halogen*?" /
        "... of an *alkali metal*?", one template asked of two subjects. Not when a
        prompt writes a word in capitals, which may abbreviate the other's words
        ("Section of the *StGB*" / "... of the *German Criminal Code*")."""
        if _CAPITALS.search(a.full_prompt) or _CAPITALS.search(b.full_prompt):
            return False
        x, y = self._ordered(a), self._ordered(b)
        start = 0
        while start < min(len(x), len(y)) and x[start] == y[start]:
            start += 1
        slot_x, slot_y = x[start:], y[start:]
        if start < 2 or not slot_x or not slot_y or not set(slot_x).isdisjoint(slot_y):
            return False
        ids = self.vocab.ids
        return all(
            {ids.get(w) for w in slot} <= self._named_subject(item)
            for slot, item in ((slot_x, a), (slot_y, b))
        )

    def _ordered(self, item: Item) -> tuple[str, ...]:
        """A prompt's content words in their order, sides and repeat marks left out and
        loose synonyms folded, made once per item."""
        found = self._ordered_words.get(item.index)
        if found is None:
            words = (
                word.split(REPEAT, 1)[0].rpartition(":")[2]
                for word in content_words(fold(item.full_prompt))
            )
            found = self._ordered_words[item.index] = tuple(LOOSE.get(w, w) for w in words)
        return found

    def _each_names_its_own(
        self, a: Item, b: Item, first: frozenset[int], second: frozenset[int]
    ) -> bool:
        """Each prompt names something the other does not ("*Brunello di Montalcino*
        minimum ageing" 5 years / "*Rioja Gran Reserva*, minimum total ageing" 60
        months): two subjects that share a value, not one value converted."""
        base = self.vocab.base_id
        own_a = {base(t) for t in first - second} & self._names_of(a)
        own_b = {base(t) for t in second - first} & self._names_of(b)
        return bool(own_a) and bool(own_b)

    def _names_one_side(self, a: Item, b: Item, first, second, differing) -> bool:
        """For one value converted ("*Arduino* Uno operating voltage" 5 V / "Operating
        voltage of the Uno board" 5000 mV): the words that differ hold no number or side,
        and names (name-like, or never written in lower case) of one prompt only, which
        narrow the subject the other leaves to its context. Each prompt naming its own
        ("Ionity ..." 350 kW / "... of a Fastned charger" 350000 W) is two subjects, and
        so is a template's slot filled twice (``_slot_siblings``, asked by the caller)."""
        names = self._names_of(a) | self._names_of(b)
        base, lowercase = self.vocab.base_id, self._lowercase_or_loose()
        named = {t for t in differing if base(t) in names or t not in lowercase}
        if named & first and named & second:
            return False
        return self._name_free(a, b, set(differing) - named, sides=True)

    def _short_and_apart(self, a: Item, b: Item) -> bool:
        """Text answers, one of a few words, that share no word, to prompts neither of
        which names the other's answer: "It panics." / "the zero value of the element
        type" to "What happens when you receive from a closed channel?" / "What does a
        receive from a closed channel return?" may not both be right (a warning, as for
        two short answers). Words a prompt says and asides in brackets aside when the
        answers share a word: "the facial nerve (CN VII)" / "the trigeminal nerve" to
        "Which cranial *nerve* ...?" share only the kind asked for. Questions only: a
        term's definition and a question that asks something of it ("IVZ Topics" / "Can
        IVZ Topics span regions?") differ so.
        Not "oxygen" / "some carbon dioxide" to "What does hemoglobin carry *besides
        oxygen*?"."""
        if a.kind != "qa" or b.kind != "qa" or a.is_code or b.is_code:
            return False
        if (a.quantities and not _dated_aside(a.answer)) or (
            b.quantities and not _dated_aside(b.answer)
        ):
            return False  # a value; not a name with its year aside ("Ilia Malinin (2022)")
        x, y = self._plain_words(a), self._plain_words(b)
        if _written_apart(a.answer, b.answer):
            x, y = {a.answer}, {b.answer}  # ".ex" / ".exs": one word each, not one stem
        elif not x.isdisjoint(y):  # "the facial nerve (CN VII)" / "the trigeminal nerve"
            x, y = self._words_beyond_prompts(a, b), self._words_beyond_prompts(b, a)
        if not x or not y or not x.isdisjoint(y) or min(len(x), len(y)) > SHORT_ANSWER:
            return False
        words, answers = self.words.prompt, self.words.answer
        return not (
            set(answers[a.index]) <= set(words[b.index])
            or set(answers[b.index]) <= set(words[a.index])
        )

    def _words_beyond_prompts(self, item: Item, other: Item) -> frozenset[str]:
        """``item``'s answer's plain words outside brackets that neither prompt says:
        "the facial nerve (CN VII)" to "Which cranial *nerve* supplies the stapedius?"
        names "facial" alone; the answer's kind ("nerve") echoes the question."""
        said = self._plain_prompt_words(item) | self._plain_prompt_words(other)
        outside = _IN_BRACKETS.sub(" ", item.answer)
        written = {w.split(REPEAT, 1)[0].rpartition(":")[2] for w in content_words(fold(outside))}
        return frozenset(w for w in self._plain_words(item) if w in written and w not in said)

    def _plain_prompt_words(self, item: Item) -> frozenset[str]:
        """A prompt's words as ``_plain_words`` gives an answer's."""
        words = self.vocab.words
        return frozenset(
            words[t].split(REPEAT, 1)[0].rpartition(":")[2] for t in self.words.prompt[item.index]
        )

    def _bounded(self, words: frozenset[int], other: frozenset[int]) -> frozenset[int]:
        """``words`` with "max" when they say "limit" and ``other`` says "max": a limit
        names the highest value allowed ("Depth *limit* of Open Water Diver
        certification" asks the "*Maximum* depth for an Open Water Diver"; "upper" and
        "lower limit" are read as "max" and "min" before)."""
        ids = self.vocab.ids
        bound, limit = ids.get("max", -1), ids.get("limit", -1)
        if limit in words and bound in other and bound not in words:
            if ids.get("min", -1) not in words:
                return words | {bound}
        return words

    def _loosely_reworded(
        self, a: Item, b: Item, first: frozenset[int], second: frozenset[int], deck: frozenset
    ) -> Match | None:
        """Two prompts that share two words or more, at least half of the words of both,
        and differ by one plain lower-case word at most on each side ("How do you *say*
        "cat" in Greek?" / "Greek *word* for cat"): perhaps one question worded twice, a
        warning when the answers are equal or cannot both be right. Not when a differing
        word is a name, a number, a qualifier, a side or a negation, a template's slot
        (``_slot_siblings``), or what the prompt asks about after "of" or "for" ("molar
        mass of *water*" / "... of *carbon dioxide*")."""
        shared = first & second
        if len(shared) < 2 or 4 * len(shared) < len(first) + len(second):
            return None
        own_first, own_second = (
            first - second - self.generic - deck,
            second - first - self.generic - deck,
        )
        if len(own_first) > 1 or len(own_second) > 1:
            return None  # more: "What *treats* an overdose?" / "Which *organ* does it *harm*?"
        if self._siblings(own_first, own_second):
            return None  # "queen" / "rook": two rows of one table
        if self._two_substances(own_first, own_second):
            return None  # "K⁺ reference range (serum)" / "Serum *urea* reference range"
        if self._two_things_of_one_subject(a, b, shared, own_first, own_second):
            return None  # "Who *wrote* Moby-Dick?" / "*Narrator* of Moby-Dick?"
        own = own_first | own_second
        if not (
            self._may_differ(own)
            and self._name_free(a, b, own, sides=False)  # letters only, and no name
            and not self._slot_siblings(a, b)
            and not _stop_word_in_slot(a.full_prompt, b.full_prompt)
            and own.isdisjoint(self._named_subject(a))
            and own.isdisjoint(self._named_subject(b))
        ):
            return None
        if self._equal_answers(a, b):
            return Match(a, b, conflict=False)
        if self._differ_in_one_measure(a, b) and not _part_and_whole(a.full_prompt, b.full_prompt):
            return Match(a, b, conflict=True)
        if rounded_alike(a.value, b.value):
            return Match(a, b, conflict=True)  # "180 g/mol" / "180.16 g/mol": one, rounded?
        return None

    def _differ_in_one_measure(self, a: Item, b: Item) -> bool:
        """Answers to two prompts worded otherwise that cannot both be right, and not a
        count against a measure ("twelve" leads / "25 mm/s" of paper, "< 120 ms" / "−30°
        to +90°"): no one question asks both (one prompt asked twice may: "1,000 nm" /
        "1 micrometre", ``maybe_one_value``), but for one number in both ("Max length of
        varchar(n)" 8,000 bytes / "Maximum n for varchar(n)" 8000)."""
        if not self.really_differ(a, b):
            return False
        if _values_only_as_example(a.answer) or _values_only_as_example(b.answer):
            return False  # "0" / "A small slope times the input, e.g. 0.01x": no value
        if not _count_against_measure(_values(a), _values(b)):
            return True
        return not _written_numbers(a.value).isdisjoint(_written_numbers(b.value))  # "8000"

    def _two_things_of_one_subject(
        self, a: Item, b: Item, shared: frozenset[int], own_a: set[int], own_b: set[int]
    ) -> bool:
        """Each prompt says words of its own and all they share is a name both write
        capitalised, what one of them asks something of ("Who *wrote* Moby-Dick?" /
        "*Narrator* of Moby-Dick?", "Who wrote Don Quixote?" / "Don Quixote's *horse*?"):
        two questions about one work or person, not one question worded twice ("How do
        you *say* "cat" in Greek?" / "Greek *word* for cat" share "cat"; "Which
        templating engine does Ansible use?" / "Templating language of Ansible
        templates?" share "templating")."""
        if not own_a or not own_b:
            return False
        if not shared <= self._name_words(a) & self._name_words(b):
            return False
        return shared <= self._asked_about(a) or shared <= self._asked_about(b)

    def _name_words(self, item: Item) -> frozenset[int]:
        """The words a prompt writes with a capital letter, its first word too."""
        ids = self.vocab.ids
        text = " ".join(_CAPITAL_WORD.findall(item.full_prompt))
        return frozenset(ids[w] for w in content_words(fold(text)) if w in ids)

    def _asked_about(self, item: Item) -> frozenset[int]:
        """What a prompt asks something of: the words after its first "of" or "for"
        (``_named_subject``) and before a "'s" ("*Don Quixote*'s horse?"), or the name a
        subject line starts with ("*Mona Lisa* painter?")."""
        found = _POSSESSOR.match(item.full_prompt) or _LEADING_NAME.match(item.full_prompt)
        if found is None:
            return self._named_subject(item)
        ids = self.vocab.ids
        words = (w for w in content_words(fold(found[1])) if w in ids)
        return self._named_subject(item) | {ids[w] for w in words}

    def _named_subject(self, item: Item) -> frozenset[int]:
        """The words after a prompt's first "of" or "for": what it asks about ("molar
        mass *of water*", "safe temperature *for poultry*")."""
        folded = fold(item.full_prompt)
        _, of, tail = folded.partition(" of ")
        _, for_, tail2 = folded.partition(" for ")
        text = " ".join(t for t in (tail if of else "", tail2 if for_ else "") if t)
        ids = self.vocab.ids
        return frozenset(ids[w] for w in content_words(text) if w in ids)

    def _term_narrowed(self, a: Item, b: Item, missing: set[int], differing: set[int]) -> bool:
        """Two terms, one the other with a plain word more ("Aperture" / "Lens aperture",
        "Absolute reference" / "Absolute cell reference"), defined with a word in common:
        perhaps one concept named twice (a warning). Not a name, a qualifier, a side or a
        negation ("Max heap" / "heap"); nor a kind of the other, defined by it
        ("Castling" / "Kingside castling: *castling* with the h-file rook"), unless the
        word it adds is the one the other is defined by ("mortise and tenon: a *joint*
        where ..." / "Mortise-and-tenon joint: a tenon ... fits into a mortise"). A question
        that asks what the term is asks the same ("What is a toilet flapper?" /
        "Flapper"); one that asks something of it does not ("What is an enzyme made of?",
        "What does the mitochondrion produce?")."""
        kinds = {a.kind, b.kind}
        if "concept" not in kinds or not kinds <= {"concept", "qa"}:
            return False
        if any(item.kind == "qa" and not _asks_what_it_is(item.prompt) for item in (a, b)):
            return False
        if missing or len(differing) != 1:
            return False
        if not self._name_free(a, b, differing, sides=False) or not self._may_differ(differing):
            return False
        if {self.vocab.words[t].rpartition(":")[2] for t in differing} & _SENSE_OF_A_TIME:
            return False  # "Tyrant" / "What is a tyrant *today*?": the sense of one time
        prompts, answers = self.words.prompt, self.words.answer
        shorter, longer = (a, b) if len(prompts[a.index]) < len(prompts[b.index]) else (b, a)
        if longer.kind == "concept" == shorter.kind and (
            self._head_added(shorter, longer)
            or _sense_glossed(shorter, longer)
            or self._kinds_of_one_head(shorter, longer)
        ):
            return False  # "Crown": "The knob ..." / "Crown wheel": "The wheel that ..."
        if set(prompts[shorter.index]) <= set(answers[longer.index]) and differing.isdisjoint(
            answers[shorter.index]
        ):
            return False
        return not set(answers[a.index]).isdisjoint(answers[b.index])

    def _value_shared_by_slots(self, a: Item, b: Item) -> bool:
        """Two prompts of one template with other words in its slots
        (``_slot_siblings``) whose values are zero, or one value written the same: two
        rows of one table that share it ("Employer share of the tax" / "Employee share
        ...", both 6.2 %; "Key size" / "Block size", both 128 bits). Not a text answer
        written the same ("Antidote for heparin?" / "What reverses heparin?", both
        protamine; one definition under two terms: a copy to fix)."""
        if not a.quantities or not b.quantities:
            return False
        same = _all_zero(a.quantities) or a.answer_key == b.answer_key
        return same and self._slot_siblings(a, b)

    def _kinds_of_one_head(self, shorter: Item, longer: Item) -> bool:
        """Two terms that end with one word, the head ("City *roast*" / "Full City
        *roast*"), each defined as a thing of that head, the definition's first word ("A
        *roast* dropped at the end of first crack" / "A *roast* dropped just before
        second crack"): two kinds of one thing, each told by what its definition adds,
        not one named twice ("Reformation": "The split from ..." / "Protestant
        Reformation": "The split ..."). Not a word added in brackets, an aside
        ("Fluorocarbon (fishing line)": "a line ...")."""
        if "(" in shorter.prompt or "(" in longer.prompt:
            return False
        short, long = self._ordered(shorter), self._ordered(longer)
        if not short or not long or short[-1] != long[-1]:
            return False
        head = short[-1]
        return all(
            [LOOSE.get(w, w) for w in content_words(fold(item.answer))[:1]] == [head]
            for item in (shorter, longer)
        )

    def _head_added(self, shorter: Item, longer: Item) -> bool:
        """The longer term is the shorter with a word added last, the compound's head,
        its definition opens with that word and the shorter's never says it: a thing of
        another kind ("Crown": "The knob on the case ..." / "Crown wheel": "The wheel
        that passes the winding ..."). Not an adjective and its noun, each defined as
        one thing ("Optional": "A type that ..." / "Optional type": "A type whose ...")."""
        short, long = self._ordered(shorter), self._ordered(longer)
        if len(long) != len(short) + 1 or long[:-1] != short:
            return False
        head = long[-1]
        opening = content_words(fold(longer.answer))[:1]
        said = {LOOSE.get(w, w) for w in content_words(fold(shorter.answer))}
        return [LOOSE.get(w, w) for w in opening] == [head] and head not in said

    def _another_word(self, a: Item, b: Item) -> bool:
        """Two terms, one the other with words added that neither definition says, and
        no value: a compound or a derived word of a vocabulary deck, another word, when
        the definitions share no word ("la pomme": apple / "la pomme de terre": potato)
        or the longer one's says all the shorter one's and more ("laver": to wash / "se
        laver": to wash (oneself), "hier": yesterday / "avant-hier": the day before
        yesterday). Not "Aperture" / "Lens aperture", defined as an opening of a *lens*."""
        if a.kind != "concept" or b.kind != "concept" or a.quantities or b.quantities:
            return False
        prompts, answers = self.words.prompt, self.words.answer
        words_a, words_b = set(prompts[a.index]), set(prompts[b.index])
        if not (words_a < words_b or words_b < words_a):
            return False
        shorter, longer = (a, b) if words_a < words_b else (b, a)
        added = (words_a ^ words_b) - self.generic
        said = set(answers[shorter.index]), set(answers[longer.index])
        if not said[0] or not added or not added.isdisjoint(said[0] | said[1]):
            return False
        return said[0].isdisjoint(said[1]) or said[0] < said[1]

    def _one_word_swapped(
        self,
        first: Collection[int],
        second: Collection[int],
        deck: frozenset[int],
        spelt: int = 0,
    ) -> bool:
        """Two prompts that share three words or more and each say one other word in
        another place ("*Normal* adult resting heart rate" / "Resting heart rate of a
        *healthy* adult", "human *body* cell" / "human *somatic* cell"): perhaps one
        question in two wordings, a warning when the values differ. Not a qualifier
        ("max" / "recommended"), a negation or one of two sides ("under" / "over",
        "first" / "last"); names are left out after (``_name_free``). Words ``_align``
        set aside count as shared, as many as the longer writing says (``spelt``:
        "puffer fish" / "pufferfish" two)."""
        shared = len(set(first) & set(second)) + spelt
        if shared < 3:
            return False
        ignored = self.generic | deck
        own_first = set(first).difference(second, ignored)
        own_second = set(second).difference(first, ignored)
        if len(own_first) != 1 or len(own_second) != 1:
            return False
        own = own_first | own_second
        words = self.vocab.words
        if own == self.minimum_required:
            return True  # "Wyzenbeek *minimum* for ..." / "... Wyzenbeek *requirement*"
        if not own.isdisjoint(self.qualifiers | self.protected):
            return False
        if own_first <= self.opposites and own_second <= self.opposites:
            return False  # "under" / "over": two sides ("before" / "allow" is no side)
        if self._siblings(own_first, own_second):
            return False  # "queen" / "rook": two rows of one table
        return all(words[t].isalpha() for t in own)

    def _may_differ(self, tokens: set[int]) -> bool:
        """None of ``tokens`` is a qualifier, a negation or one of two sides: words that
        may differ between two wordings of one question."""
        return tokens.isdisjoint(self.qualifiers | self.protected | self.opposites)

    def _kind_defined_by_other(self, a: Item, b: Item) -> bool:
        """Two terms, one the other with words more, the longer defined by the shorter
        ("Soundex" / "Daitch–Mokotoff Soundex": "A refinement of *Soundex* ..."): a kind
        or a variant of it, not one thing named twice. Not when the shorter's definition
        says the words the longer adds (``_term_narrowed``)."""
        if a.kind != "concept" or b.kind != "concept":
            return False
        prompts, answers = self.words.prompt, self.words.answer
        shorter, longer = sorted((a, b), key=lambda item: len(prompts[item.index]))
        short, long = set(prompts[shorter.index]), set(prompts[longer.index])
        return (
            short < long
            and short <= set(answers[longer.index])
            and (long - short).isdisjoint(answers[shorter.index])
        )

    def _only_time_asked(self, a: Item, b: Item, missing: set[int], differing: set[int]) -> bool:
        """Both answers are times and the longer prompt adds to the shorter one only a
        word that asks for a time: "Date of the Merge" / "When did the Merge happen?"
        ("when" and "happen" say no word of their own), one question asked twice."""
        return (
            not missing
            and bool(differing)
            and differing <= self.year_words
            and _a_time(a)
            and _a_time(b)
        )

    def _meaning_asked_of_one_term(
        self, a: Item, b: Item, missing: set[int], differing: set[int]
    ) -> bool:
        """Both prompts ask what a thing means (``_ASKS_MEANING``) and the longer one only
        adds up to ``_MAX_MORE_ASKED`` plain words that say what kind of thing it is or
        where it is said: "What does the *referee's call* hajime mean?" / "What does
        hajime mean *in judo*?" (the decks' words aside), "What does "plié" mean?" /
        "Plié — *literal* meaning?": one meaning asked twice. Not a number or a letter
        added ("a square with a circle and *one dot*"), a word in brackets (a gloss:
        "見る (*miru*)") nor one said twice ("... mean in a date, as in "üç *ay*"?")."""
        if missing or not differing or len(differing) > _MAX_MORE_ASKED:
            return False
        if not all(_ASKS_MEANING.search(item.full_prompt) for item in (a, b)):
            return False
        words = self.vocab.words
        for token in differing:
            word = words[token].rpartition(":")[2]
            if not word.isalpha() or len(word) < 2 or REPEAT in word:
                return False
            if _in_brackets(word, a.full_prompt) or _in_brackets(word, b.full_prompt):
                return False
        return True

    def _only_names_added(self, a: Item, b: Item, missing: set[int], differing: set[int]) -> bool:
        """The longer prompt only adds capitalised words to the shorter one ("Annual ISA
        allowance" / "... (UK)", "Distance to Sirius" / "... from Earth"): a place or a
        body that narrows the same question, which another value may contradict. A
        lower-case word added ("SMTP *submission* port") or a name of other spelling
        ("work_mem" / "maintenance_work_mem") asks another thing."""
        if missing or not differing:
            return False
        capitalised, words = self._capitalised(a) | self._capitalised(b), self.vocab.words
        added = [words[t].rpartition(":")[2] for t in differing]
        if not all(word in capitalised for word in added):
            return False
        # ... but not a word that makes another place of a name: "South Sudan" is not
        # "Sudan", "New York" not "York" (while "US Social Security" is Social Security)
        leading = _leading_name_words(a.full_prompt) | _leading_name_words(b.full_prompt)
        if leading.intersection(added).intersection(_PLACE_MAKERS):
            return False
        # ... nor a word in capitals that goes on another: "UNION ALL" is not "UNION"
        trailing = _trailing_name_words(a.full_prompt) | _trailing_name_words(b.full_prompt)
        return not trailing.intersection(added)

    def _capitalised(self, item: Item) -> frozenset[str]:
        """The words a prompt writes capitalised and alone (``UK``, ``Earth``); its first
        word only when it names no attribute "of" something ("*Opposite* of groot") and
        the corpus never writes it in lower case ("*Plural* of bil", "the plural of")."""
        found = self._capitals.get(item.index)
        if found is None:
            prompt = item.full_prompt.lstrip()
            lowercase, ids = self._lowercase(), self.vocab.ids
            words = [
                form
                for match in CAPITALISED.finditer(prompt)
                for form in content_words(fold(match.group()))
                if match.start() > 0
                or (ids.get(form) not in lowercase and not prompt[match.end() :].startswith(" of "))
            ]
            found = self._capitals[item.index] = frozenset(words)
        return found

    def _subject_swapped(
        self, a: Item, b: Item, missing: set[int], differing: set[int], deck: frozenset[int]
    ) -> bool:
        """The shorter prompt's own words give way to a rare word of the longer one:
        "Half-life of *paracetamol*" / "Half-life of *morphine*", where the drug the
        corpus names most is common in it. Two subjects, not one question reworded. The
        words of the cards' decks are no subject here ("How long is a *Git* hash?")."""
        if not missing - deck:
            return False  # the longer prompt only adds words
        df, common = self.vocab.df, self.common
        return any(df[t] < common for t in differing - missing)

    def _slot_siblings(self, a: Item, b: Item) -> bool:
        """Two prompts of one template with other words in its slots ("ser — yo
        (presente)" / "estar — yo (presente)", "Port of the primary" / "Port of the
        replica"): as many words, the same ones in the same places but for some, each
        swapped for a word the other prompt lacks. They ask two things, not one reworded."""
        words = self.words.prompt
        if set(words[a.index]) == set(words[b.index]):  # the same words (typos folded)
            return False
        x, y = _bare_words(a), _bare_words(b)
        if len(x) != len(y) or _written_as_one(x, y) or _written_as_one(y, x):
            return False  # "... of *GRS 80*?" / "... of the *GRS80* ellipsoid?": no slot
        swapped = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
        if self._value_unit_named(a, b, swapped):
            return False  # "*Days* for mortar to cure" / "*Time* for mortar to cure"
        generic = self._generic_words - _BOUNDS  # "Memory *limit*" / "Memory *request*"
        if not (
            0 < len(swapped) < len(x)
            and all(
                p not in y and q not in x and p not in generic and q not in generic
                for p, q in swapped
            )  # a generic word is no slot: "Roman *name* of Zeus" / "Roman *equivalent* of Zeus"
        ):
            return False
        # ... but the deck's name for a plain word is no slot: "last column in *Excel*" /
        # "... of a *worksheet*" in an Excel deck (while "highest *Unicode* code point" /
        # "highest *ASCII* code point" in a Unicode deck are two); a word the deck's name
        # writes in lower case is a plain word there too ("first *orbited* the Moon" /
        # "first *landed* on the Moon" in a deck "Spaceflight and orbital mechanics")
        ids, deck = self.vocab.ids, self._deck_words(a) | self._deck_words(b)
        deck -= _lowercase_deck_words(a.card.deck, ids) | _lowercase_deck_words(b.card.deck, ids)
        names = self._names_of(a) | self._names_of(b)
        return not all(
            (ids.get(p) in deck and ids.get(q) not in names)
            or (ids.get(q) in deck and ids.get(p) not in names)
            for p, q in swapped
        )

    def _value_unit_named(self, a: Item, b: Item, swapped: list[tuple[str, str]]) -> bool:
        """One word swapped between two prompts of one measure, one of the two the name
        of a unit of its own prompt's value, in the plural, and the other no unit's:
        "*Days* for mortar to reach full strength" (28 days) asks what "*Time* for mortar
        to ..." asks, the unit named for the measure (not "*Hours* in a day" / "*Minutes*
        in a day", nor "Fuel reserve, *day*" / "..., *night*", a time of day)."""
        if len(swapped) != 1 or not a.quantities or not b.quantities:
            return False
        if _dimensions(a.quantities) != _dimensions(b.quantities):
            return False
        written_a = re.findall(r"\w+", fold(a.full_prompt))
        written_b = re.findall(r"\w+", fold(b.full_prompt))
        ((p, q),) = swapped
        unit_a = _plural_unit(_written(p, written_a), a.quantities)
        unit_b = _plural_unit(_written(q, written_b), b.quantities)
        return unit_a != unit_b and not (
            names_unit_of(_written(p, written_a), b.quantities)
            and names_unit_of(_written(q, written_b), a.quantities)
        )

    def _prefixed_siblings(self, a: Item, b: Item) -> bool:
        """Two prompts of one template (``_slot_siblings``) whose swapped words share a
        long ending, at least half the shorter word, and start apart: words built on one
        stem with other prefixes ("*Systolic* pressure" / "*Diastolic* pressure",
        "*Kingside* castling" / "*Queenside* castling", "*Biotic* factor" / "*Abiotic*
        factor"), which name two things of one kind, not one thing reworded. Answered
        with other words (not one text, no values): siblings may share a value."""
        if a.answer_key == b.answer_key or a.quantities or b.quantities:
            return False
        if not self._slot_siblings(a, b):
            return False
        x, y = _bare_words(a), _bare_words(b)
        swapped = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
        written_a = re.findall(r"\w+", fold(a.full_prompt))  # unstemmed: "abiotic"
        written_b = re.findall(r"\w+", fold(b.full_prompt))
        return all(
            _stem_siblings(_written(p, written_a), _written(q, written_b)) for p, q in swapped
        )

    def _sibling_answers(self, a: Item, b: Item) -> bool:
        """Two prompts of one template (``_slot_siblings``) answered in words, not one
        text, where one answer says all the other's words and more ("Current ratio":
        "Current assets ÷ current liabilities" / "Quick ratio": "(Current assets −
        inventory) ÷ current liabilities") or each says one word the other lacks ("Narrow
        gauge": "Track *narrower* than ..." / "Broad gauge": "Track *wider* than ..."):
        two things of one kind, told apart by the words their answers say apart. Not
        values apart ("Normal body temperature" 37 °C / "Normal oral temperature" 98.6
        °F), nor answers apart by a number or a unit."""
        if a.answer_key == b.answer_key or a.is_code or b.is_code:
            return False
        valued = is_mostly_quantity(a.value) or is_mostly_quantity(b.value)
        if valued and a.quantities != b.quantities:
            return False  # values: "Normal body temperature" 37 °C / "... oral ..." 98.6 °F
        if not (_LOWERCASE_WORD.search(a.answer) and _LOWERCASE_WORD.search(b.answer)):
            return False  # names: "Mauna Loa" / "Mauna Loa, Hawaii", one answer and more
        x, y = self._plain_words(a), self._plain_words(b)
        if len(x & y) < 2 or not self._slot_siblings(a, b):
            return False
        prompt_a, prompt_b = _bare_words(a), _bare_words(b)
        slots = [(p, q) for p, q in zip(prompt_a, prompt_b, strict=True) if p != q]
        if len(slots) != 1:
            return False  # one slot: "Largest active volcano on Earth" / "Biggest ... world"
        own_x, own_y = x - y, y - x
        if valued and not all(word.isalpha() for word in own_x | own_y):
            return False  # a number or a unit apart
        if not (own_x.isdisjoint(prompt_b) and own_y.isdisjoint(prompt_a)):
            return False  # an answer says the other's word: "What does X manage?" / "It manages"
        # a word in brackets is an aside, no slot: "the finish of the stroke" / "the
        # finish (release)" name one thing
        if _in_brackets(slots[0][0], a.full_prompt) or _in_brackets(slots[0][1], b.full_prompt):
            return False
        return bool(own_x or own_y) and (not own_x or not own_y or len(own_x) == 1 == len(own_y))

    def _named_after(self, base: Item, derived: Item) -> bool:
        """``derived``'s prompt is ``base``'s and more words, and its answer holds
        ``base``'s answer and more: a thing named after the other, with a value made
        from the other's ("Default port of Redis" 6379 / "... of Redis Sentinel" 26379,
        "MySQL" 3306 / "MySQL Group Replication" 33061)."""
        short, long = _unspaced(base.answer_key), _unspaced(derived.answer_key)
        if len(short) < 3 or short == long or not (short in long or _letters_put_in(short, long)):
            return False
        if _numerals_apart(base.answer_key, derived.answer_key):
            return False  # "Helm 2" / "Helm 3" (folded "helm ii" / "helm iii"): two versions
        said, more = set(self.words.prompt[base.index]), set(self.words.prompt[derived.index])
        added = more - said
        # a generic word added names no other thing: "Default port" / "Default server
        # port" 5432 / 54320 is one port mistyped
        return said < more and added.isdisjoint(self.generic)

    def _relation(
        self,
        first: set[int],
        second: set[int],
        aligned: int,
        deck: frozenset[int],
        alike: bool = False,
    ) -> tuple | None:
        """How two prompts' words relate: (loose, strict, missing, differing), or None
        when neither holds. The longer prompt holds the shorter one's words: loosely,
        half of them, a rare one among them (it may add a name: "in English");
        strictly, two or more, and all but common and generic ones, with no negation
        among the words that differ and no qualifier ("max", "default") the longer
        lacks. ``aligned``: words matched otherwise (acronyms, words written as two);
        ``deck``: the words of the cards' decks, which a prompt may leave out ("How long
        is a *Git* hash?" in a Git deck); ``alike``: one short answer in a small corpus,
        where a shared word need only be rarer than ``SMALL_CORPUS_RARE_SHARE`` (unless
        one prompt only adds words to the other)."""
        # the shorter: the one with fewer words of its own ("number" and such aside)
        # (the deck's words are no words of its own: "Excel max rows" in an Excel deck
        # asks what "Maximum rows in a worksheet" asks)
        own_first = first - second - self.generic - deck
        own_second = second - first - self.generic - deck
        one_adds = _adds_few_words(first - deck, second - deck)  # "Lens aperture"
        as_small = (len(own_first), len(first)) <= (len(own_second), len(second))
        small, large = (first, second) if as_small else (second, first)
        shared = len(small & large) + aligned
        if not shared:
            return None
        missing = small - large - self.generic - deck
        differing = (small ^ large) - self.generic  # "number", "value", "default", …
        df, common = self.vocab.df, self.common
        # loosely, they share half the shorter prompt, one of its words a rare one:
        # siblings share only their template's common words ("max message size"); the
        # words of the decks and fillers ("name") need no sharing
        loose = (
            2 * shared >= len(small - deck - self.fillers)
            and (
                aligned > 0  # "ROI" / its words
                or self._rare_shared(small & large, one_adds)
                or (alike and not one_adds and self._rare_in_small_corpus(small & large))
            )
            and self._no_condition_apart(small, differing)  # "without batching"
        )
        strict = (
            shared >= 2
            and all(df[t] >= common for t in missing)
            and differing.isdisjoint(self.protected)
            and missing.isdisjoint(self.qualifiers)  # "default timeout" / "max timeout"
        )
        return (loose, strict, missing, differing) if loose or strict else None

    def _no_condition_apart(self, small: set[int], differing: set[int]) -> bool:
        """No "without" among the words that differ ("max TPS" / "max TPS without
        batching"), or one the other prompt says with "no" ("a key with no expiry" is
        written "without expiry" once folded, "a key that has no expiry" keeps its "no")."""
        conditions = differing & self.conditions
        if not conditions:
            return True
        return self.no in differing and all(
            (condition in small) != (self.no in small) for condition in conditions
        )

    def _siblings(self, first: set[int], second: set[int]) -> bool:
        """One word each that name two rows of one table or two terms of one list: two
        things of one kind ("Rook" / "Queen" in a "Piece values" table), which a question
        about each names in the same place ("How many points is a *queen* worth?" / "What
        is a *rook* worth in points?")."""
        if len(first) != 1 or len(second) != 1:
            return False
        if self._sibling_words is None:  # made when first asked
            self._sibling_words = _label_siblings(self._items, self.vocab)
        (one,), (other,) = first, second
        return other in self._sibling_words.get(one, ())

    def _lowercase(self) -> frozenset[int]:
        """The words the corpus writes in lower case somewhere (made when first asked)."""
        if self._lowercase_words is None:
            self._lowercase_words = _written_lowercase(self._items, self.vocab)
        return self._lowercase_words

    def _lowercase_or_loose(self) -> frozenset[int]:
        """``_lowercase``, and a looser synonym's group word when one of its forms is
        written in lower case ("How many bytes does X *require*?" compares "need", which
        nobody writes: still no name; made when first asked)."""
        if self._lowercase_or_loose_words is None:
            lowercase = self._lowercase()
            loose = {meant for token, meant in self._loose.items() if token in lowercase}
            self._lowercase_or_loose_words = lowercase | loose
        return self._lowercase_or_loose_words

    def _added_in_lowercase(self, added: set[int]) -> bool:
        """Words that one prompt adds to the other's are all written in lower case
        somewhere, a looser synonym as any of its written forms ("Which bone is the
        longest in the *human* body?", compared as "people", which nobody writes)."""
        return added <= self._lowercase_or_loose()

    def _name_free(self, a: Item, b: Item, tokens: set[int], sides: bool) -> bool:
        """None of ``tokens`` is a name, a number or (unless ``sides``) a side; the
        words of the cards' decks are no names here."""
        names = (self._names_of(a) | self._names_of(b)) - self._deck_words(a) - self._deck_words(b)
        base, words = self.vocab.base_id, self.vocab.words
        return all(
            base(t) not in names
            and words[t].isalpha()
            and (sides or ":" not in words[t])
            and words[t] not in _MULTIPLIERS
            for t in tokens
        )

    def _sources_named(self, a: Item, b: Item) -> frozenset[int]:
        """The acronym in brackets that ends one prompt, the other having no brackets:
        the body whose figure it is ("Age for the first dental visit *(AAPD)*"), a
        source beside the question, not another thing asked."""
        found: set[int] = set()
        ids = self.vocab.ids
        for item, other in ((a, b), (b, a)):
            if "(" in other.full_prompt:
                continue
            source = _SOURCE_ASIDE.search(item.full_prompt)
            if source is not None:
                found.update(ids[w] for w in content_words(fold(source[1])) if w in ids)
        return frozenset(found)

    def _code_gloss(self, item: Item, other: Item) -> frozenset[int]:
        """The words of a code in brackets that ends ``item``'s prompt, ``other``'s having
        no brackets, when the code repeats a word the prompt says before it: a gloss of
        the name it follows ("Minimum weight of an eight *(8+)*", "Maximum length of an
        array *(Sys.max_array_length)*"), not another thing asked. Its words that neither
        prompt says elsewhere are returned. Not a code of other words ("Max packet size
        *(IPv6)*": a condition), nor a number alone ("Population *(2019)*")."""
        if "(" in other.full_prompt or not item.full_prompt.rstrip(" ?").endswith(")"):
            return frozenset()
        found = _CODE_ASIDE.search(item.full_prompt)
        if found is None or found[1].isdigit():
            return frozenset()
        said = set(content_words(fold(item.full_prompt[: found.start()])))
        pieces = {
            w for piece in _FOLDED_PIECE.findall(fold(found[1])) for w in content_words(piece)
        }
        if said.isdisjoint(pieces):
            return frozenset()
        said.update(content_words(fold(other.full_prompt)))
        ids = self.vocab.ids
        return frozenset(
            ids[w] for w in content_words(fold(item.full_prompt)) if w in ids and w not in said
        )

    def _name_tail(self, item: Item, other: Item) -> frozenset[int]:
        """The words of a name's tail after a particle ("Vuelta *a España*", "Tour *de
        France*", "Giro *d'Italia*") in ``item``'s prompt whose head ``other``'s prompt
        says alone: the short form of one name ("the Vuelta leader" / "the Vuelta a
        España leader"). Not when ``other`` says a tail of its own after the head, nor
        when the corpus gives the head two tails ("Tour de France", "Tour de Suisse": "the
        Tour" may be either), nor a tail word ``other`` says elsewhere."""
        tails = self._tails_of(item)
        if not tails:
            return frozenset()
        other_text = other.full_prompt
        found: set[str] = set()
        for head, tail in tails:
            if re.search(rf"(?<![\w'’-]){re.escape(head)}(?![\w'’-])", other_text) is None:
                continue
            if any(other_head == head for other_head, _ in self._tails_of(other)):
                continue
            if len(self._tails().get(head, ())) > 1:
                continue
            found.update(content_words(fold(tail)))
        if not found:
            return frozenset()
        said, ids = set(content_words(fold(other_text))), self.vocab.ids
        return frozenset(ids[w] for w in found - said if w in ids)

    def _tails(self) -> dict[str, set[str]]:
        """Each name's head -> the tails the corpus's prompts give it (``_NAME_TAIL``)."""
        if self._name_tails is None:
            self._name_tails = {}
            for item in self._items:
                for head, tail in self._tails_of(item):
                    tail = _POSSESSIVE_END.sub("", tail)  # "Tour de France's"
                    self._name_tails.setdefault(head, set()).add(tail)
        return self._name_tails

    def _tails_of(self, item: Item) -> list[tuple[str, str]]:
        """The (head, tail) names of ``item``'s prompt (``_NAME_TAIL``), made once."""
        found = self._item_tails.get(item.index)
        if found is None:
            found = self._item_tails[item.index] = _NAME_TAIL.findall(item.full_prompt)
        return found

    def _may_align(self, a: Item, b: Item) -> bool:
        """``a``'s prompt has an acronym ``b``'s spells out, or a word ``b``'s writes as two
        (a long one, or a code of letters and a number: "NIS2" / "NIS 2")."""
        acronyms, words, _, _, _ = self._spelling(a)
        _, words_b, initials, joined, apart = self._spelling(b)
        if any(short in initials for short in acronyms):
            return True
        mixed = [short for short in _ACRONYM.findall(a.full_prompt) if _capitals(short)]
        if mixed:  # "MoCA" / "Montreal Cognitive Assessment"
            raw = _INITIALS.findall(b.full_prompt)
            if any(_spelt_by_capitals(short, raw) for short in mixed):
                return True
        long_ones = [short for short in acronyms if len(short) >= 3]
        if long_ones:  # "HOA" / "homeowners association"
            raw = _INITIALS.findall(b.full_prompt)
            if any(_compound_spelt(short, raw) for short in long_ones):
                return True
        if acronyms and any(word in _SMALL_WORDS_INSIDE for word in words_b):
            raw = _INITIALS.findall(b.full_prompt)  # "RC" / "Radius of Curvature"
            if any(_spelt_past_small_words(short, raw) for short in acronyms):
                return True
        if any(
            w in joined and w not in apart and (len(w) > 5 or _LETTERS_NUMBER.fullmatch(w))
            for w in words
        ):
            return True
        return bool(name_adjectives(a.full_prompt, b.full_prompt))

    def _spelling(self, item: Item) -> tuple:
        """(acronyms, words in lower case, initials, words joined, set of words) of a
        prompt."""
        found = self._spellings.get(item.index)
        if found is None:
            text = item.full_prompt
            acronyms = [
                short.upper()
                for short in _ACRONYM.findall(text)
                if short.isalpha() and sum(ch.isupper() for ch in short) >= 2
            ]
            raw = _INITIALS.findall(text)
            initials = "".join(word[0] for word in raw).upper()
            words = [word.casefold() for word in raw]
            found = (acronyms, words, initials, "".join(words), set(words))
            self._spellings[item.index] = found
        return found

    def _align(self, text: str, other: str, words: set[int], others: set[int]) -> int:
        """Words of ``text`` written otherwise in ``other`` set aside from both sets: an
        acronym spelt out ("MTU" / "maximum transmission unit"), a word written as two
        ("filename" / "file name"). Returned: how many."""
        found = 0
        raw = _INITIALS.findall(other)
        for short in _ACRONYM.findall(text):
            if sum(ch.isupper() for ch in short) < 2 or not short.isalpha():
                continue
            run = len(short)
            for start in range(len(raw) - run + 1):
                spelt = raw[start : start + run]
                if any(_ROMAN_NUMERAL.fullmatch(w) for w in spelt):
                    continue  # "World War II" is no "WWI": its "II" is one letter short
                if "".join(w[0] for w in spelt).upper() == short.upper():
                    if self._defined_otherwise(short, spelt):
                        continue  # "PO" is "by mouth" here, not "paracetamol overdose"
                    self._set_aside([short], spelt, words, others)
                    found += 1
                    break
            else:
                spelt = _spelt_by_capitals(short, raw)
                if spelt:  # "MoCA": "Montreal Cognitive Assessment", its small "o" aside
                    self._set_aside([short], spelt, words, others)
                    found += 1
                    continue
                spelt = _compound_spelt(short, raw) if len(short) >= 3 else None
                if not spelt:  # "RC": "Radius of Curvature", its small word left out
                    spelt = _spelt_past_small_words(short, raw)
                if spelt:  # "PPH": "postpartum haemorrhage", two letters of one word
                    self._set_aside([short], spelt, words, others)
                    found += 1
        folded, folded_other = fold(text).split(), fold(other).split()
        joined = {a + b: (a, b) for a, b in zip(folded_other, folded_other[1:], strict=False)}
        for word in folded:
            if word in joined:
                self._set_aside([word], list(joined[word]), words, others)
                found += 1
        for adjective, name in name_adjectives(text, other):
            self._set_aside([adjective], [name], words, others)
            found += 1
        return found

    def _same_acronym_as_defined(self, a: Item, b: Item) -> bool:
        """``_same_acronym``, unless one prompt is two letters the corpus defines as other
        words than the other prompt's ("PR" is "public relations" / "Pipe rust")."""
        if not _same_acronym(a.prompt, b.prompt):
            return False
        for short, long in ((a.prompt.strip(), b.prompt), (b.prompt.strip(), a.prompt)):
            if len(short) == 2 and short not in long:
                if self._defined_otherwise(short, _INITIALS.findall(long)):
                    return False
        return True

    def _defined_otherwise(self, short: str, spelt: list[str]) -> bool:
        """The corpus defines the two letters ``short`` as other words than ``spelt``."""
        if len(short) != 2:
            return False
        if self._two_letters_defined is None:
            self._two_letters_defined = two_letter_definitions(self._items)
        return defined_otherwise(short, spelt, self._two_letters_defined)

    def _agent_named(self, a: Item, b: Item, x: Sequence[int], y: Sequence[int]) -> bool:
        """One prompt names the one who did a thing, the other asks who did it, in the
        same other words: "*Discoverer* of X-rays" / "Who *discovered* X-rays?",
        "*Creator* of Elasticsearch" / "Who *created* Elasticsearch?" (``_agent_and_verb``).
        Not "Who discovered penicillin?": the words left must be near (``_near``)."""
        asks_who = _asks_who(a.prompt), _asks_who(b.prompt)
        if not any(asks_who) or (all(asks_who) and not _who_is(a.prompt, b.prompt)):
            return False  # neither asks who, or both do alike (most pairs: no fold)
        for one, other, words, others in ((a, b, x, y), (b, a, y, x)):
            found = _agent_and_verb(one.full_prompt, other.full_prompt)
            if found is not None:
                words, others = set(words), set(others)
                self._set_aside([found[0]], found[1:], words, others)
                return self._near(one, other, words, others)
        return False

    def _dated_aside(self, a: Item, b: Item, x: Sequence[int], y: Sequence[int]) -> bool:
        """One prompt dates what it asks by one year, in brackets or after "in" ("Who won
        the Thrilla in Manila *(1975)*?", "Who created judo *in 1882*?"), and the other
        says no number at all: the year tells when, not what, and without it the prompts
        are alike (``_near``, or one names the one who did it: ``_agent_named``). Not two
        prompts that each say a number ("... in 1998?" / "... in 2002?"): two questions."""
        for one, other, words in ((a, b, x), (b, a, y)):
            if any(char.isdigit() for char in other.full_prompt):
                continue
            years = [found[1] or found[2] for found in _DATED.finditer(one.full_prompt)]
            token = self.vocab.ids.get(years[0]) if len(years) == 1 else None
            if token is None or token not in words:
                continue
            kept = tuple(t for t in words if t != token)
            pair = (kept, y) if one is a else (x, kept)
            return bool(kept) and (self._near(a, b, *pair) or self._agent_named(a, b, *pair))
        return False

    def _term_qualified(self, a: Item, b: Item) -> bool:
        """One term is the other with a word in brackets that says which one it is, and
        the two definitions share two words or more: "Recession" / "Recession (rule of
        thumb)", "the flop" / "Flop (hold'em)", "Isobath" / "isobaths (depth
        contours)". Not "есть" ("to eat") / "есть (there is)": the brackets name
        another sense, and the definitions share no word."""
        for one, other in ((a, b), (b, a)):
            if "(" not in one.prompt or "(" in other.prompt:
                continue
            found = _GLOSS.fullmatch(one.prompt.strip())
            if found is None:
                return False
            named = content_words(fold(found.group(1)))
            if not named or named != content_words(fold(other.prompt)):
                return False
            shared = set(self.words.answer[a.index]).intersection(self.words.answer[b.index])
            return len(shared) >= 2
        return False

    def _term_asked_with_gloss(self, term: Item, question: Item) -> bool:
        """``question`` asks what ``term``'s term is, with a gloss in brackets after it
        that ``term``'s definition says in its words ("What is tracking
        (letter-spacing)?" / "Tracking": "Uniform spacing across a range of letters"):
        one prompt, the gloss only tells which sense. Not a gloss the definition leaves
        unsaid ("What is mercury (element)?" / "Mercury": "The planet nearest the
        Sun"), which names another thing (``_term_qualified`` compares two terms)."""
        if term.kind != "concept" or "(" in term.prompt or not self._term_question(term, question):
            return False
        asked = _term_named(question)
        found = _GLOSS.fullmatch(asked) if asked else None
        if found is None:
            return False
        named = content_words(fold(term.prompt))
        if not named or content_words(fold(found.group(1))) != named:
            return False
        gloss = _stems_of(found.group(2))
        return bool(gloss) and gloss <= _stems_of(term.answer)

    def _set_aside(self, these: list[str], those: list[str], words: set, others: set) -> None:
        """The words of ``these`` and ``those`` left out of ``words`` and ``others``, also
        where a side marks them ("from the LMP" is "from:lmp")."""
        ids = self.vocab.ids
        for texts, tokens in ((these, words), (those, others)):
            for word in content_words(fold(" ".join(texts))):
                bare = word.rpartition(":")[2]
                for prefix in _SIDE_PREFIXES:
                    tokens.discard(ids.get(prefix + bare, -1))

    def _shape(self, item: Item, tokens: Sequence[int]) -> tuple[frozenset[int], dict]:
        """A prompt's plain words and its sides (``_sides``), made once per item."""
        found = self._shapes.get(item.index)
        if found is None:
            found = (frozenset(self._plain(tokens)), _sides(self.vocab.words, tokens))
            self._shapes[item.index] = found
        return found

    def _counted_word(self, item: Item) -> set[int]:
        """The word a count names ("3 *astronauts*"): what the prompt asks the number of,
        though it may not say it ("Crew of Apollo 11" / "Number of astronauts on ...")."""
        if not item.quantities or _dimensions(item.quantities) != {"n"}:
            return set()
        found = _COUNTED_WORD.fullmatch(item.answer.strip())
        if found is None:
            return set()
        ids = self.vocab.ids
        words = (LOOSE.get(word, word) for word in content_words(fold(found.group(1))))
        return {ids[word] for word in words if word in ids}

    def _word_set(self, tokens: Collection[int]) -> frozenset[str]:
        """The words of plain token ids (``_shape``) as text."""
        words = self.vocab.words
        return frozenset(words[token] for token in tokens)

    def _plain(self, tokens: Sequence[int]) -> set[int]:
        """Token ids without sides and repeat marks (``to:ignore`` -> ``ignore``)."""
        words, ids = self.vocab.words, self.vocab.ids
        found = set()
        for token in tokens:
            word = words[token]
            if REPEAT in word or ":" in word:
                word = word.split(REPEAT, 1)[0].rpartition(":")[2]
                token = ids.get(word, token)
            found.add(token)
        return found

    def _unsided(self, tokens: Sequence[int]) -> frozenset[str]:
        """The words of token ids that follow no side word, without repeat marks."""
        words = self.vocab.words
        found = (words[token].split(REPEAT, 1)[0] for token in tokens)
        return frozenset(word for word in found if ":" not in word)

    def _deck_words(self, item: Item) -> frozenset[int]:
        deck = item.card.deck
        found = self._decks.get(deck)
        if found is None:
            ids = self.vocab.ids
            words = content_words(fold(deck.replace("::", " ")))
            # a deck's word after a side word too: "from a *Clojure* map" ("from:clojur")
            sided = (side + word for word in words for side in _SIDE_PREFIXES)
            found = self._decks[deck] = frozenset(ids[w] for w in sided if w in ids)
        return found

    def _own_decks_named(self, a: Item, b: Item, x: Sequence[int], y: Sequence[int]) -> bool:
        """``b``'s prompt names a word of its own deck that ``a``'s deck lacks, and
        ``a``'s names one of its own deck in its stead: "Letters in the *Hebrew* alphabet"
        in Arabic::Hebrew comparison, "Number of letters in the *Arabic* alphabet" in
        Arabic::Numbers. Each asks about its own deck's thing (a word both decks share,
        set aside as context elsewhere, is no context beside the other deck's word)."""
        deck_a, deck_b = self._deck_words(a), self._deck_words(b)
        own_a, own_b = set(x) - set(y) - self.generic, set(y) - set(x) - self.generic
        return bool(own_a & deck_a) and bool((own_b & deck_b) - deck_a)

    def _pair_deck(
        self, a: Item, b: Item, first: frozenset[int], second: frozenset[int]
    ) -> frozenset[int]:
        """The words of two cards' decks that either prompt may leave out. When each
        prompt says words of its own, a deck's word one of them says alone is left out
        only when the other card's deck says it: "Who *wrote* War and Peace?" in
        Literature::Authors ("author" folds to "write") asks another thing than
        "*Original language* of War and Peace?" in Literature::Forms."""
        deck_a, deck_b = self._deck_words(a), self._deck_words(b)
        deck = deck_a | deck_b
        own_a, own_b = first - second - self.generic, second - first - self.generic
        if deck_a == deck_b or not (own_a and own_b):
            return deck
        return deck - (own_a - deck_b) - (own_b - deck_a)

    def _deck_things_traded(self, a: Item, b: Item, x: Sequence[int], y: Sequence[int]) -> bool:
        """Two prompts of decks named for several things, each with words of its own that
        are all words of the decks: "What is the diameter of a *snooker* ball?" and "...
        of a *pool* ball?" in "Snooker and pool" ask of two of the deck's things."""
        if not (names_several(a.card.deck) and names_several(b.card.deck)):
            return False
        own_a, own_b = set(x) - set(y) - self.generic, set(y) - set(x) - self.generic
        deck = self._deck_words(a) | self._deck_words(b)
        return bool(own_a) and bool(own_b) and own_a <= deck and own_b <= deck

    def _same_but_decks(self, a: Item, b: Item, x: Sequence[int], y: Sequence[int]) -> bool:
        """Prompts that differ only in their decks' words and generic ones: "What is
        sharding in MongoDB?" and "Sharding" in a MongoDB deck ask one thing."""
        aside = self._deck_words(a) | self._deck_words(b)
        if not aside:
            return False
        aside |= self.generic
        differing = set(x).symmetric_difference(y)
        if not (
            differing and differing <= aside and not (aside.issuperset(x) or aside.issuperset(y))
        ):
            return False
        # each prompt naming its own deck names two things: "Largest *organ*?" in
        # Anatomy::Organs / "Largest *muscle*?" in Anatomy::Muscles
        own_a, own_b = set(x) - set(y) - self.generic, set(y) - set(x) - self.generic
        if self._deck_things_traded(a, b, x, y):
            return False  # "... a *snooker* ball?" / "... a *pool* ball?" in "Snooker and pool"
        return not (own_a and own_b) or (
            own_a <= self._deck_words(b) and own_b <= self._deck_words(a)
        )

    def _near(self, a: Item, b: Item, x: Collection[int], y: Collection[int]) -> bool:
        """Same words, or words that differ only in common ones, sharing ``similarity``.
        ``x`` and ``y`` are both sorted tuples of distinct ids, or both sets."""
        if x == y:
            return bool(x)
        x, y = self._per_said_plainly(a, b, x, y)
        differing = set(x).symmetric_difference(y)
        if differing <= self.generic and not self.generic.issuperset(x):
            return True  # only generic words differ: "Default value of X?" / "X by default?"
        # Jaccard |x & y| / |x | y| >= similarity, both sides doubled:
        # 2|x & y| = |x| + |y| - |x ^ y| and 2|x | y| = |x| + |y| + |x ^ y|.
        if len(x) + len(y) - len(differing) < self.similarity * (len(x) + len(y) + len(differing)):
            return False
        df, common, base = self.vocab.df, self.common, self.vocab.base_id
        if any(df[t] < common for t in differing) or not differing.isdisjoint(self.protected):
            return False
        if any(":" in self.vocab.words[t] for t in differing):
            return False  # per:/to:/from: — a side never differs silently
        names = self._names_of(a) | self._names_of(b)
        return all(base(t) not in names for t in differing)

    def _per_said_plainly(
        self, a: Item, b: Item, x: Collection[int], y: Collection[int]
    ) -> tuple[Collection[int], Collection[int]]:
        """``x`` and ``y`` with a word after "per" in one prompt as its plain word, when the
        other prompt says that word with no side at all and after the word counted: "How
        many players *per team*?" asks what "How many players are on a *team*?" asks.
        Never when the other says the two words the other way round: "groups per user" is
        not "users in a group"."""
        words, ids = self.vocab.words, self.vocab.ids
        sided_x = [t for t in x if words[t].startswith("per:")]
        sided_y = [t for t in y if words[t].startswith("per:")]
        if bool(sided_x) == bool(sided_y) or any(":" in words[t] for t in (y if sided_x else x)):
            return x, y
        sided, plain = (set(x), set(y)) if sided_x else (set(y), set(x))
        sided_item, plain_item = (a, b) if sided_x else (b, a)
        for token in sided_x or sided_y:
            word = words[token][4:]
            base = ids.get(word)
            if (
                base in plain
                and base not in sided
                and not self._counted_after(word, sided_item, plain_item)
            ):
                sided.discard(token)
                sided.add(base)
        return (sided, plain) if sided_x else (plain, sided)

    def _counted_after(self, word: str, sided: Item, plain: Item) -> bool:
        """The word that ``sided``'s prompt counts "per ``word``" comes after ``word`` in
        ``plain``'s prompt: "groups per user" / "*users* in a *group*" (the two words the
        other way round: another count). False when either prompt does not spell them so."""
        word = LOOSE.get(word, word)
        own, other = self._ordered(sided), self._ordered(plain)
        at = own.index(word) if word in own else 0
        counted = own[at - 1] if at else ""
        return counted in other and word in other and other.index(word) < other.index(counted)

    def prose_states_value(self, a: Item, b: Item) -> bool:
        """One answer a value, the other prose that states that value and no other: "6-9
        mm" / "A gap of 6–9 mm that bees leave open"; or the same numbers bare, the unit
        left unsaid ("121.500" / "121.5 MHz"): not a conflict, nearly one fact."""
        if a.is_code or b.is_code or a.statement or b.statement:
            return False
        if a.quantities and b.quantities:  # "121.5 MHz" / "121.500", not "5 M☉": no unit
            return _measured_unit_unsaid(a, b)
        value, prose = (a, b) if a.quantities else (b, a)
        if not value.quantities or prose.quantities:
            return False
        stated = parse(prose.value)
        return (
            bool(stated)
            and not opposite_bounds(value.value, prose.value)
            and equal_values(value.quantities, stated)
        )

    def same_meaning(self, a: Item, b: Item, acronyms: bool = True) -> bool:
        """Two answers say the same in other words: they share half their words (sides
        and repeats set aside) and differ in no name, number or negation. With
        ``acronyms``, an acronym in one is the words the other spells it with
        (``_acronyms_spelt``); the checks of one question leave it off, as an acronym
        may stand for other words there ("the UN" / "the United Nations" is a warning)."""
        if hex_written_otherwise(a.answer, b.answer):
            return True  # "int 0x80" / "INT 80h", in code or not
        if a.is_code or b.is_code or a.statement or b.statement:
            return False
        if accidentals_apart(a.answer, b.answer) or dots_apart(a.answer, b.answer):
            return False  # "1♭" / "1♯", "a dotted half note" / "a half note": other values
        if (orders := _orders_of_growth(a, b)) is not None:
            return orders[0] == orders[1]
        if (addresses := _addresses(a, b)) is not None:
            return addresses[0] == addresses[1]  # "::1" / "0:0:0:0:0:0:0:1"
        if (versions := _versions_apart(a, b)) is not None:
            return not versions  # "2.7.18" is no "2.18.7": the same words, two releases
        if _element_and_symbol(a.answer, b.answer) or _element_and_symbol(b.answer, a.answer):
            return True  # "hydrogen" / "H"
        if formula_and_name(a.answer, b.answer):
            return True  # "CaCO3" / "calcium carbonate"
        if _initials_of(a.answer, b.answer) or _initials_of(b.answer, a.answer):
            return True  # "R. Bannister" / "Roger Bannister"
        if _one_name_of(a.answer, b.answer) or _one_name_of(b.answer, a.answer):
            return True  # "Fitzgerald" / "F. Scott Fitzgerald", "Leonardo" / "Leonardo da Vinci"
        if _names_alike_but_aside(a.answer, b.answer):
            return True  # "Tchaikovsky (1875–76)" / "Pyotr Ilyich Tchaikovsky"
        x, y = self._plain_words(a), self._plain_words(b)
        if not x or not y:
            return False
        if acronyms:
            x, y = (
                _acronyms_spelt(a.answer, b.answer, x, y),
                _acronyms_spelt(b.answer, a.answer, y, x),
            )
            if _truncated_alike(a.answer, b.answer):
                return True  # "-70 dBm + ANT gain" / "-70 dBm + antenna gain"
        if _gloss_added(a.answer, b.answer) or _gloss_added(b.answer, a.answer):
            return True  # "The femur (thigh bone)." / "Femur"; "… (17th century)": an aside
        if _date_added(a.answer, b.answer) or _date_added(b.answer, a.answer):
            return True  # "Shah Jahan, 1639–48" / "Shah Jahan": when, after a comma
        if _acronym_glossed(a.answer, b.answer) or _acronym_glossed(b.answer, a.answer):
            return True  # "Respiratory syncytial virus (RSV)" / "RSV"
        quantities_a, quantities_b = _values(a), _values(b)
        if (quantities_a or quantities_b) and not same_value(quantities_a, quantities_b):
            return False
        if counts_paired_otherwise(a.answer, b.answer):
            return False  # "one σ and two π bonds" / "two σ and one π bonds"
        differing = x ^ y
        if 2 * len(x & y) < len(x | y) or not differing.isdisjoint(_TURNING):
            return False  # "clockwise" is not "counterclockwise"
        if _swapped(x, y):
            return False  # "Red blood cells" / "White blood cells"
        if directions_apart(x, y):
            return False  # "... squares diagonally" / "... squares horizontally or vertically"
        if not all(word.isalpha() for word in differing):
            return False  # a flag, a number, a symbol: ``-c`` is not ``-m``
        if self._counted_numbers(a) != self._counted_numbers(b):
            return False  # "127.0.1.1" / "127.0.0.1": one number written more often
        if self._directions_swapped(a, b):
            return False  # "from dexter chief to sinister base" / "from sinister ... dexter"
        if _traded_across_contrast(a.answer, b.answer):
            return False  # "Identity, while == compares values" / "Values, while ... identity"
        if _traded_across_joint(a.answer, b.answer):
            return False  # "PIP hyperextension with DIP flexion" / "PIP flexion with DIP ..."
        if any(len(word) == 1 for word in x - y) and any(len(word) == 1 for word in y - x):
            return False  # one letter for another: "Art. 5(1)(b)" is not "Art. 5(1)(c)"
        if letter_names_apart(a.answer, b.answer):
            return False  # "A minor" / "C minor": the "A" left out as an article
        return differing.isdisjoint(self._answer_names(a) | self._answer_names(b))

    def _directions_swapped(self, a: Item, b: Item) -> bool:
        """Two answers that go from and to the same things, the other way round: "from
        the host to the container" / "from the container to the host", "from dexter chief
        to sinister base" / "from sinister chief to dexter base"."""
        words = self.vocab.words
        sides_a = _sides(words, self.words.answer[a.index])
        sides_b = _sides(words, self.words.answer[b.index])
        start, end = sides_a.get("from"), sides_a.get("to")
        turned = (sides_b.get("to"), sides_b.get("from"))
        return bool(start and end) and start != end and (start, end) == turned

    def _plain_words(self, item: Item) -> frozenset[str]:
        """An answer's words without sides and repeat marks, made once per item; a side
        with no word after it says nothing ("to happen": "happen" is a stop word)."""
        found = self._answer_words.get(item.index)
        if found is None:
            words = self.vocab.words
            found = frozenset(
                words[t].split(REPEAT, 1)[0].rpartition(":")[2]
                for t in self.words.answer[item.index]
                if words[t] not in SIDES
            )
            self._answer_words[item.index] = found
        return found

    def _counted_numbers(self, item: Item) -> list[str]:
        """An answer's numbers, each as often as it is written (``_plain_words`` sets
        repeats aside), sides dropped: "4.5 to 5.5" holds 4, 5, 5 and 5."""
        words = self.vocab.words
        bases = (
            words[t].split(REPEAT, 1)[0].rpartition(":")[2] for t in self.words.answer[item.index]
        )
        return sorted(base for base in bases if base.isdigit())

    def _answer_names(self, item: Item) -> frozenset[str]:
        """The name-like words of an answer, made once per item."""
        found = self._answer_name_words.get(item.index)
        if found is None:
            found = self._answer_name_words[item.index] = frozenset(name_like_words(item.answer))
        return found

    def _prose(self, a: Item, b: Item) -> bool:
        """Both answers are text of more than a few words, no value and no code: worded
        otherwise, they may well say one thing ("the hot water added to the grain" /
        "water heated and mixed with the grist")."""
        return (
            not a.is_code
            and not b.is_code
            and not a.quantities
            and not b.quantities
            and len(self._plain_words(a)) > SHORT_ANSWER
            and len(self._plain_words(b)) > SHORT_ANSWER
        )

    def really_differ(self, a: Item, b: Item) -> bool:
        """Two answers to one prompt that cannot both be right: other values, another
        short answer ("main" / "master", "Stateful" / "Stateless"), an answer of a few
        words with one side swapped for the other ("left" / "right": ``_side_swapped``),
        or another command of the same program and sub-command (``--name`` / ``--id``).
        Prose that merely differs is left to the reader."""
        if a.is_code != b.is_code or a.statement or b.statement:
            return False
        if marks_apart(a.full_prompt, b.full_prompt):
            return False  # "What does K mean in FEN?" / "... k ...": two questions
        if a.is_code:
            head_a, head_b = a.answer.split()[:2], b.answer.split()[:2]
            return len(head_a) == 2 and head_a == head_b
        if (orders := _orders_of_growth(a, b)) is not None:
            return orders[0] != orders[1]  # "O(n log n)" / "O(n^2)"
        if (addresses := _addresses(a, b)) is not None:
            return addresses[0] != addresses[1]  # "1.1.1.1" / "1.0.0.1"
        if (tuples := same_tuple(a.value, b.value)) is not None:
            return not tuples  # "0,1,0" / "1,0,0": each number in another place
        if (sounds := _transcribed(a.answer, b.answer)) is not None:
            return sounds[0] != sounds[1]  # "[i]" / "[u]": two sounds ("i" is no stop word)
        if progressions_apart(a.answer, b.answer):
            return True  # "I–IV–V" / "I–V–IV", "ii–V–I" / "II–V–I": two progressions
        if hex_values_apart(a.answer, b.answer):
            return True  # "0x90" / "91h": two numbers in two notations
        quantities_a, quantities_b = _values(a), _values(b)
        if quantities_a and quantities_b:
            per_day_a, per_day_b = doses_a_day(a.value)[0], doses_a_day(b.value)[0]
            if per_day_a is not None and per_day_b is not None and per_day_a != per_day_b:
                return True  # "500 mg every 8 hours" / "500 mg twice daily"
            if schedules_apart(a.value, b.value):
                return False  # "500 mg q8h" / "500 mg TID": one count a day, two schedules
            if durations_far_apart(quantities_a, quantities_b):
                return True  # "2 to 8 weeks" / "6 months to 1 year": no month is that long
            if _other_measures(quantities_a, quantities_b) or _counted_apart(a, b):
                return False  # "5 mg/kg" and "5-10 mg/L", "1 year" and "31536000 s"
            if inside_range(quantities_a, quantities_b):
                return False  # "2.0 V" in "1.8–2.2 V": a typical value, or a rounding
            if _paired(a.value, quantities_a, quantities_b) or _paired(
                b.value, quantities_b, quantities_a
            ):
                return False  # "23 pairs" of chromosomes and "46": the pairs, or the things
            if opposite_bounds(a.value, b.value) or codes_apart(a.value, b.value):
                return True  # "< 120 mmHg" / "> 120 mmHg": one side each; "1...c5" / "1...c6"
            if values_told_among(a.value, b.value):
                return False  # "1013.25 hPa" / "15 °C and 29.92 inHg (1013.25 hPa)"
            return not same_value(quantities_a, quantities_b) and not rounded_alike(
                a.value, b.value
            )
        if quantities_a or quantities_b:
            return False
        x, y = self._plain_words(a), self._plain_words(b)
        x, y = x - _glosses_apart(a.answer, y), y - _glosses_apart(b.answer, x)
        if self._turned(a, b):
            return True  # "clockwise" / "counterclockwise"
        if _side_swapped(x, y):
            return True  # "the upper *right* central incisor" / "the upper *left* ..."
        if _signs_apart(x, y):
            return True  # "−cos x + C" / "cos x + C"
        if _yes_and_no(a.answer, b.answer):
            return True  # "No, the leaves are only glued" / "Yes, through the fold"
        if self.language and forms_apart(a.answer_key, b.answer_key, self.language):
            return True  # "die Häuser" / "die Hausen": two forms of one word, one asked
        if not 0 < len(x) <= SHORT_ANSWER or not 0 < len(y) <= SHORT_ANSWER:
            return False
        if a.kind == "concept" or b.kind == "concept":
            if _senses(a.answer) or _senses(b.answer):
                return False  # "la libreria": "the bookshop" / "the bookcase, bookshelf"
            # a word against other words ("the dog" / "the cat"); two descriptions of a
            # few words each may say one thing two ways ("the powerhouse of the cell" /
            # "site of cellular respiration"): a warning
            return x.isdisjoint(y) and min(len(x), len(y)) == 1
        return x.isdisjoint(y) or _swapped(x, y)

    def maybe_one_value(self, a: Item, b: Item) -> bool:
        """Answers that ``really_differ`` but may state one value in two units: a count,
        or a unit the checks do not know ("1,000 nm", "3 NM"), against a measure in
        units they know ("1 micrometre", "5.6 km"). A possible conflict, not a
        certain one. So are two commands, one with an option's or a subcommand's short
        form where the other spells it out (``kubectl get pods -w`` / ``... --watch``):
        most tools mean one thing by both, some another; a question answered with one
        code span is such a command (```kubectl get nodes``` / ```kubectl get no```)."""
        if a.code_key is not None and b.code_key is not None:
            return _written_otherwise(a.code_key, b.code_key)
        if _short_form(a.answer, b.answer) or _short_form(b.answer, a.answer):
            return True  # "SC" / "Subcutaneous": perhaps its abbreviation
        if a.answer[:1] == "-" == b.answer[:1] and _abbreviated_alike(a.answer, b.answer):
            return True  # "-k" / "--keep-going": perhaps one option, spelt two ways
        if same_tuple(a.value, b.value) is not None:
            return False  # "255, 0, 0" / "0,0,255": bare numbers, no parts of a sum
        quantities_a, quantities_b = _values(a), _values(b)
        if dot_may_group_thousands(a.value, quantities_b) or dot_may_group_thousands(
            b.value, quantities_a
        ):
            return True  # "1.200 €" / "€1,200": 1200 where a dot groups thousands
        if labelled_apart(a.value, b.value):
            return True  # "4.40% APR" / "4.50% APY": one rate measured two ways
        if parts_make(quantities_a, b.value) or parts_make(quantities_b, a.value):
            return True  # "4" / "2 atria and 2 ventricles"
        if _counts_of_other_words(a.value, b.value):
            return True  # "72 Stunden" / "3 Tage": words the checks cannot convert
        return bool(quantities_a and quantities_b) and _count_against_measure(
            quantities_a, quantities_b
        )

    def _same_answer(self, a: Item, b: Item) -> bool:
        if a.answer_key == b.answer_key:
            return True
        if a.is_code or b.is_code:
            return False
        if _one_name_unaccented(a.answer, b.answer):
            return True  # "Gabriel García Márquez" / "Gabriel Garcia Marquez"
        if (versions := _versions_apart(a, b)) is not None:
            return not versions  # "Java 16.0.0" / "16.0": one release
        if a.quantities and b.quantities:
            if opposite_bounds(a.value, b.value) or codes_apart(a.value, b.value):
                return False
            return same_value(a.quantities, b.quantities)
        return self._near(a, b, self.words.answer[a.index], self.words.answer[b.index])

    def _names_of(self, item: Item) -> frozenset[int]:
        """The name-like words and numbers of an item, as token ids."""
        found = self._names.get(item.index)
        if found is None:
            words = name_like_words(item.full_prompt)
            if not item.is_code:
                words |= name_like_words(item.answer)
            ids, plain = self.vocab.ids, self._plain_spelling
            found = frozenset(plain.get(ids[w], ids[w]) for w in words if w in ids)
            self._names[item.index] = found
        return found


#: A word of letters, then a number: a code ("nis2", "w2"), written as two words or one.
_LETTERS_NUMBER = re.compile(r"[^\W\d_]+\d+")
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z0-9]{1,7}\b")
#: Words that, leading a name, name another place: "South Sudan", "New Zealand".
_PLACE_MAKERS = frozenset(
    content_words(
        "north south east west northern southern eastern western central new upper lower"
        " equatorial democratic greater little"
    )
)
#: A capitalised word followed by another: the first word of a name ("South Sudan").
_NAME_START = re.compile(r"(?<![\w.-])([A-Z][A-Za-z]+) +(?=[A-Z][a-z])")


#: A word in capitals after another: it goes on a keyword or a name ("UNION ALL",
#: "GROUP BY"); a capitalised one may narrow ("German Criminal Code").
_NAME_GOES_ON = re.compile(r"(?<![\w.-])[A-Z][A-Z0-9]+ +(?=([A-Z][A-Z0-9]+)(?![\w.-]\w))")


#: Words quoted in a prompt: «…», “…”, "…", ‘…’ and '…' (a single quote opens after no
#: letter and closes before none: "What's", "l'eau" and "dogs' bowls" quote nothing,
#: "'l'eau'" quotes "l'eau").
_QUOTED = re.compile(
    r"«([^»]+)»|“([^”]+)”|\"([^\"]+)\"|(?<!\w)‘(.+?)’(?!\w)|(?<![\w'])'(?=\w)(.+?)(?<=[\w.!?])'(?!\w)"
)
_QUOTE_MARKS = "«“\"‘'"


#: Superlatives of a length, of a size, of a height, and of a size or a height: all fold
#: to "max" or "min", yet "Longest muscle?" (sartorius) asks another thing than "Largest
#: muscle?" (gluteus maximus), and "Tallest tree?" (a redwood) than "Largest tree?" (a
#: sequoia); "highest" may say either of the last two. "Max", "most" and "least" may
#: stand for any. Each with the kinds of superlative it may say.
_SUPERLATIVE_KINDS = (
    (re.compile(r"\b(?:longest|shortest)\b", re.IGNORECASE), frozenset({"length"})),
    (re.compile(r"\b(?:largest|biggest|smallest)\b", re.IGNORECASE), frozenset({"size"})),
    (re.compile(r"\b(?:tallest)\b", re.IGNORECASE), frozenset({"height"})),
    (re.compile(r"\b(?:highest|lowest)\b", re.IGNORECASE), frozenset({"size", "height"})),
)


#: A question whose asking word is the doer: "What beats a flush?" (not "What is ...").
_ASKS_DOER = re.compile(
    r"\s*(?:what|which|who)\s+(?!(?:is|are|was|were|do|does|did)\b)(\w+)\s+(.+?)\s*\?\s*$", re.I
)
#: A question whose asking word is what is done to: "What does a flush beat?"
_ASKS_DONE_TO = re.compile(
    r"\s*(?:what|which|whom|who)\s+(?:do|does|did)\s+(.+?)\s+(\w+)\s*\?\s*$", re.I
)


def _doer_and_done_to(first: str, second: str) -> bool:
    """``first`` asks what does a thing to something ("What *beats* three of a kind?"),
    ``second`` what that something does it to ("What does three of a kind *beat*?"):
    one verb, the same words, the roles traded: two questions."""
    doer, done_to = _ASKS_DOER.match(first), _ASKS_DONE_TO.match(second)
    if doer is None or done_to is None:
        return False
    verb, rest = content_words(fold(doer[1])), content_words(fold(doer[2]))
    return (
        bool(verb)
        and verb == content_words(fold(done_to[2]))
        and rest == content_words(fold(done_to[1]))
    )


#: Two capitalised words or more in a row: a name ("Open Water Diver").
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


#: A noun before "name" that says which name, not what thing is named: "the *Latin* name
#: for a wolf", "a *common* name", "his *stage* name" (``_name_of_thing_asked``).
_KINDS_OF_NAME = frozenset(
    """latin greek english french german local native common scientific generic brand trade
    chemical proper full official formal real original other old new short long given
    family first last middle maiden pet stage pen code nick""".split()
)
#: "<noun> name" not followed by "of" or "for" (there "name" asks what a thing is
#: called: "Roman name of Zeus"); the noun and "name" joined by a space or a hyphen.
_COMPOUND_NAME = re.compile(r"\b([^\W\d_]+)[ -]names?\b(?!\s+(?:of|for)\b)")


def _name_of_thing_asked(named: str, plain: str) -> bool:
    """``named`` asks how long a thing's name may be, the name as a compound noun
    ("Maximum *length* of a *file name*"), where ``plain`` asks how large the thing itself
    is, saying its noun with no name ("Maximum *size* of a single *file*"): two
    measures of two things, a name and what it names (which "length" and "size", read
    as one measure, do not tell apart). Not a length asked of both ("Maximum length of an
    S3 object key" / "S3 key name length limit"), nor a prompt with no measure: "<noun>
    name" mostly names the thing ("Which character prefixes array names in Perl?"), and
    "name" is a word a prompt may add (``FILLERS``: "Roman name of Zeus"); a noun that
    says which name ("the Latin name") is no such compound."""
    folded, other_folded = fold(named), fold(plain)
    if not _LENGTH_ASKED.search(folded) or not _SIZE_ASKED.search(other_folded):
        return False
    if _LENGTH_ASKED.search(other_folded):
        return False
    other = content_words(other_folded)
    if any(word in _NAME_WORDS for word in other):
        return False
    for match in _COMPOUND_NAME.finditer(folded):
        noun = content_words(match[1])
        if len(noun) != 1 or match[1] in _KINDS_OF_NAME or noun[0] in _KINDS_OF_NAME:
            continue
        if noun[0] in other:
            return True
    return False


#: A length asked (of a name) and a size asked (of a thing): ``_name_of_thing_asked``.
_LENGTH_ASKED = re.compile(r"\b(?:length|long|longest|characters?)\b")
_SIZE_ASKED = re.compile(r"\b(?:size|large|largest|big|biggest)\b")
#: The words that ask what a thing is called (``_name_of_thing_asked``).
_NAME_WORDS = frozenset(content_words("name names named called call"))


#: The stems of ``OPPOSITES``, as ``Verdict._bare`` gives words.
_OPPOSITE_STEMS = frozenset(content_words(" ".join(sorted(OPPOSITES))))
#: ``OPPOSITES`` by the scale they name a side of, each scale's two sides apart by "|":
#: "early" and "first" say one side of a series (neither is the other's opposite),
#: "before" and "after" its two sides.
_OPPOSITE_SCALES = """over above upper top high|under below lower bottom low
    /before early first previous|after late last next/left|right/inner|outer
    /front|back rear/major|minor/north|south/east|west/warm hot|cold cool/wet|dry
    /input|output/small|big large/male|female/horizontal|vertical/inbound|outbound
    /upstream|downstream/uplink|downlink/client|server/even|odd"""
#: Each stem of ``OPPOSITES`` with its scale and side.
_SIDE_OF = {
    stem: (scale, side)
    for scale, sides in enumerate(_OPPOSITE_SCALES.split("/"))
    for side, named in enumerate(sides.split("|"))
    for stem in content_words(named)
}


def _opposed(x: Iterable[str], y: Iterable[str]) -> bool:
    """A word of ``x`` and one of ``y`` (stems, as ``Verdict._bare`` gives words) name
    the two sides of one scale (``_OPPOSITE_SCALES``): "before" / "after", "top" /
    "bottom"; not "early" / "first", two words for one side."""
    sides = {_SIDE_OF[w] for w in x if w in _SIDE_OF}
    return any((_SIDE_OF[w][0], 1 - _SIDE_OF[w][1]) in sides for w in y if w in _SIDE_OF)


def _with_adjectives_read(prompt: set[str]) -> set[str]:
    """A prompt's words, and the place name in "a" its adjective in "an" says ("Indian",
    "Eurasian" say India and Eurasia: "the Indian and Eurasian plates")."""
    return prompt | {word[:-1] for word in prompt if len(word) > 4 and word.endswith("an")}


#: Titles written before a person's name, which name the same person with it or without
#: it ("*Archduke* Franz Ferdinand", "*Sir* Douglas Haig", "*Pope* Urban II").
_TITLES = frozenset(
    "archduke archduchess emperor empress king queen prince princess tsar tsarina czar"
    " sultan pharaoh pope cardinal archbishop bishop saint st sir dame lord lady dr"
    " professor prof president general admiral marshal colonel captain kaiser shah caliph"
    " mr mrs ms".split()
)


def name_lengthened(short: str, long: str) -> bool:
    """``long`` writes a name of ``short`` (two capitalised words or more) with one
    capitalised word more in it, a word ``short`` does not say: another
    name, of another thing ("Open Water Diver" / "*Advanced* Open Water Diver", "World
    Chess Champion" / "*Women's* World Chess Champion"). Not a word in capitals ("*US*
    Social Security"), nor the first word of ``long``, capitalised as any first word
    ("*Default* SQL Server port", "*Tesla* V3 Supercharger"), nor words joined by a
    hyphen that ``short`` says apart ("the *Oxford-Cambridge* Boat Race" / "the Boat
    Race between Oxford and Cambridge"), nor a title before a person's name (``_TITLES``:
    "Franz Ferdinand" / "*Archduke* Franz Ferdinand")."""
    own = {word.casefold() for word in re.findall(r"[\w'’-]+", short)}
    first = re.match(r"\W*([\w'’-]+)", long)
    for run in _NAME_RUN.findall(short):
        words = run.split()
        for match in _NAME_RUN.finditer(long):
            longer = match[0].split()
            if len(longer) != len(words) + 1:
                continue
            for at, added in enumerate(longer):
                if longer[:at] + longer[at + 1 :] != words:
                    continue
                if at == 0 and first is not None and first.start(1) == match.start():
                    continue
                if at == 0 and added.casefold().rstrip(".") in _TITLES:
                    continue  # "Archduke Franz Ferdinand" is Franz Ferdinand
                if not added.isupper() and added.casefold() not in own:
                    parts = added.casefold().split("-")
                    if len(parts) > 1 and own.issuperset(parts):
                        continue  # "Oxford-Cambridge": "Oxford" and "Cambridge" said
                    return True
    return False


#: Words that say how many of a thing make another thing: "single crochet" / "double
#: crochet", "single precision" / "double precision", "singles" / "doubles".
_MULTIPLES = re.compile(
    r"\b(single|double|triple|quadruple|quintuple)s?\b|\b(single|double|triple)-", re.IGNORECASE
)


def _multiples_apart(first: str, second: str) -> bool:
    """Each prompt says one word of multiples (``_MULTIPLES``), another one, that the
    other prompt does not say: two things of one kind ("Turning chain for *single*
    crochet" / "... for *double* crochet", "Size of a *single*-precision float" /
    "... *double*-precision ..."), not one thing asked twice."""
    said_first = {(m[1] or m[2]).casefold() for m in _MULTIPLES.finditer(first)}
    said_second = {(m[1] or m[2]).casefold() for m in _MULTIPLES.finditer(second)}
    return len(said_first) == 1 == len(said_second) and said_first != said_second


#: The endings of one who does a thing (insur*er*, less*or*) and of one it is done to
#: (insur*ed*, less*ee*).
_DOER_ENDINGS = ("er", "or")
_DONE_TO_ENDINGS = ("ee", "ed")


def _party_and_counterparty(first: str, second: str) -> bool:
    """The prompts differ in one word each, one stem with the ending of one who does a
    thing in one and of one it is done to in the other: "*Insurer*" / "*Insured*",
    "Duties of the *employer*" / "... of the *employee*", "*Lessor*" / "*Lessee*": two
    parties, not one word misspelt."""
    x = re.findall(r"[\w'’-]+", first.casefold())
    y = re.findall(r"[\w'’-]+", second.casefold())
    own_x, own_y = [w for w in x if w not in y], [w for w in y if w not in x]
    if len(own_x) != 1 or len(own_y) != 1 or len(x) != len(y):
        return False
    (one,), (other,) = own_x, own_y
    for doer, done_to in ((one, other), (other, one)):
        if (
            doer.endswith(_DOER_ENDINGS)
            and done_to.endswith(_DONE_TO_ENDINGS)
            and len(doer) >= 5
            and doer[:-2] == done_to[:-2]
        ):
            return True
    return False


#: A share of a thing ("per state", "each player", "relative to its body size") and a
#: whole ("total", "in total", "overall").
_SHARE = re.compile(
    r"\b(?:per|each|relative\s+to)\s+(?:(?:an?|the|its|their|one)\s+)?"
    r"([a-z][\w'’-]+(?:\s+(?!(?:in|on|of|for|at|by|with|to|from|and|or)\b)[a-z][\w'’-]+){0,2})"
)
_WHOLE = re.compile(r"\b(?:total|overall|altogether)\b")


def _part_and_whole(first: str, second: str) -> bool:
    """One prompt asks a share of what it counts by a thing the other does not name ("How
    many arrows *per end* in the ranking round?" / "How many arrows in the ranking
    round?", "Number of senators *per state*" / "Total number of senators"), or one asks
    the total and the other narrows it by one word ("How many Olympic medals did she win
    *in total*?" / "How many Olympic *gold* medals ...?"): two amounts, which differ
    rightly. Not a share by a thing both name ("Max columns *per table*" / "Maximum
    columns in a table")."""
    x, y = fold(first), fold(second)
    words_x, words_y = re.findall(r"[\w'’-]+", x), re.findall(r"[\w'’-]+", y)
    for text, others in ((x, words_y), (y, words_x)):
        for share in _SHARE.finditer(text):  # "per SQL Server table": a table
            stems = [word.removesuffix("s") for word in share[1].split() if len(word) >= 3]
            if stems and not any(_same_stem(stem, word) for stem in stems for word in others):
                return True
    if _one_part_inserted(words_x, words_y) or _one_part_inserted(words_y, words_x):
        return True  # "Length of *one link of* a Gunter's chain" / "Length of a Gunter's chain"
    if _holder_inserted(words_x, words_y) or _holder_inserted(words_y, words_x):
        return True  # "What does a *square with* a circle mean?" / "What does a circle mean?"
    if _plural_made_modifier(first, second):
        return True  # "... introduced *records*?" / "... introduced *record structs*?"
    if bool(_WHOLE.search(x)) == bool(_WHOLE.search(y)):
        return False
    whole, part = (words_x, words_y) if _WHOLE.search(x) else (words_y, words_x)
    own_whole = set(content_words(" ".join(w for w in whole if w not in part)))
    own_part = set(content_words(" ".join(w for w in part if w not in whole)))
    return len(own_part) == 1 and own_whole <= {"total", "overall", "altogether"}


def _holder_inserted(words: list[str], others: list[str]) -> bool:
    """``words`` are ``others`` with a content word and "with" (and an article) put
    before one of their words ("what does a *square with a* circle mean" / "what does
    a circle mean"): the thing that word named is now a part of another thing, the one
    asked about."""
    for size in (2, 3):
        if len(words) != len(others) + size:
            continue
        for at in range(len(others)):
            inserted = words[at : at + size]
            if (
                inserted[1] == "with"
                and content_words(inserted[0])
                and (size == 2 or inserted[2] in ("a", "an", "the"))
                and words[:at] + words[at + size :] == others
            ):
                return True
    return False


def _one_part_inserted(words: list[str], others: list[str]) -> bool:
    """``words`` are ``others`` with "one", "each" or "a single" and a word and "of"
    put in one place ("length of *one link of* a chain" / "length of a chain"): one
    part of the thing the other prompt asks about."""
    for lead in (["one"], ["each"], ["a", "single"]):
        size = len(lead) + 2
        if len(words) != len(others) + size:
            continue
        for at in range(len(others) + 1):
            inserted = words[at : at + size]
            if (
                inserted[: len(lead)] == lead
                and inserted[-1] == "of"
                and words[:at] + words[at + size :] == others
            ):
                return True
    return False


def _same_stem(stem: str, word: str) -> bool:
    """``word`` starts with ``stem`` ("region" / "regional"), or is ``stem`` but for a
    last letter or two ("hour" / "hours")."""
    return word.startswith(stem) or (len(word) >= 4 and stem.startswith(word))


#: Words that make a thing its opposite when put before it: "*negative* regex match",
#: "*inverse* function", "*reverse* proxy", "*non*-blocking call".
_OPPOSING = frozenset({"negative", "inverse", "reverse", "opposite", "non"})
#: ... and in an answer, "minus" ("equal to its transpose" / "equal to *minus* its
#: transpose").
_OPPOSING_ANSWER = _OPPOSING | {"minus"}


#: Words that keep a thing and words that let it go: "Reset the branch, *keeping* the
#: changes staged" / "Reset the branch and *throw* the changes away".
_KEEPING = frozenset(
    "keep keeps keeping kept preserve preserves preserving retain retaining".split()
)
_DISCARDING = frozenset(
    """discard discards discarding throw throws throwing drop drops dropping lose loses
    losing delete deletes deleting wipe wipes wiping""".split()
)


def _plural_made_modifier(first: str, second: str) -> bool:
    """One prompt says a word in the plural ("introduced *records*") where the other, the
    rest word for word alike, says it in the singular before another word ("introduced
    *record structs*"): the word now tells a kind of that other thing, which is asked
    about instead."""
    x = re.findall(r"[\w'’]+", first.casefold())
    y = re.findall(r"[\w'’]+", second.casefold())
    for short, long in ((x, y), (y, x)):
        if len(long) != len(short) + 1:
            continue
        for at, word in enumerate(short):
            if (
                len(word) > 3
                and word.endswith("s")
                and not word.endswith("ss")
                and long[at] == word[:-1]
                and content_words(long[at + 1])
                and long[:at] + long[at + 2 :] == short[:at] + short[at + 1 :]
            ):
                return True
    return False


#: A prompt that is a label and a short phrase: "Polish: dzień dobry".
_LABELLED_PHRASE = re.compile(r"([A-Z][\w'’-]*):\s+([^:?]+?)\s*")


def _labelled_phrases_apart(first: str, second: str) -> bool:
    """Both prompts are one label and a phrase of three words at most ("Polish: dzień
    dobry" / "Polish: dobry wieczór"), each phrase with a content word the other lacks
    (folded: "comprehension" is "comprehensions"): the phrase is what is asked, two of
    them are two things. (A question with a label, "Polish: what does ...?", is no
    phrase.)"""
    x, y = _LABELLED_PHRASE.fullmatch(first.strip()), _LABELLED_PHRASE.fullmatch(second.strip())
    if x is None or y is None or x[1] != y[1]:
        return False
    if len(x[2].split()) > 3 or len(y[2].split()) > 3:
        return False
    words_x, words_y = set(content_words(fold(x[2]))), set(content_words(fold(y[2])))
    return bool(words_x - words_y) and bool(words_y - words_x)


def _name_and_value_asked(first: str, second: str) -> bool:
    """One prompt alone asks for a value and the other alone for a name ("Print only the
    *value* of a sysctl key" / "Print only the *names* of the sysctl keys"): the two
    sides of a setting, which "value" and "name" being generic words would have joined.
    Words in the plural and the singular are one word here."""
    x = {_uninflected(word) for word in re.findall(r"[\w'’]+", first.casefold())}
    y = {_uninflected(word) for word in re.findall(r"[\w'’]+", second.casefold())}
    own_x, own_y = x - y, y - x
    return ("value" in own_x and "name" in own_y) or ("name" in own_x and "value" in own_y)


def _kept_and_discarded(first: str, second: str) -> bool:
    """One prompt alone says a word that keeps a thing (``_KEEPING``) and the other alone
    one that lets it go (``_DISCARDING``): two tasks of opposite outcomes ("Reset the
    branch, keeping changes staged" ``git reset --soft`` / "Reset the branch and throw
    the changes away" ``git reset --hard``), not one task worded twice."""
    x = set(re.findall(r"[\w'’]+", first.casefold()))
    y = set(re.findall(r"[\w'’]+", second.casefold()))
    own_x, own_y = x - y, y - x
    return bool(
        (own_x & _KEEPING and own_y & _DISCARDING) or (own_x & _DISCARDING and own_y & _KEEPING)
    )


#: Auxiliaries that, leading what follows a question's opening, move its subject: "How
#: many chains make up an IgG molecule?" / "How many chains *does* an IgG antibody have?"
#: say their object in another place.
_AUXILIARIES = frozenset(
    "do does did is are was were can could will would should has have had".split()
)


def _one_opening_two_objects(first: str, second: str, inflected: bool = False) -> bool:
    """Two questions written word for word alike for three words or more ("Which knot
    makes"), a content word among them, whose rests each say content words of their own
    and share one at most, neither rest led by an auxiliary: one opening asked of two
    things ("... a fixed loop?" / "... an adjustable loop for tent guylines?", "Which
    Node.js module joins file paths?" / "... reads files?"), not one question reworded,
    which keeps its object and words its verb otherwise ("Which chamber pumps blood into
    the aorta?" / "Which heart chamber ejects blood into the aorta?"). ``inflected``:
    the opening's words may be inflected otherwise ("Which keyword declares" / "Which
    keywords declare", "is" / "are": ``_uninflected``)."""
    x = re.findall(r"[\w'’]+", first.casefold())
    y = re.findall(r"[\w'’]+", second.casefold())
    start = 0
    while start < min(len(x), len(y)) and (
        x[start] == y[start] or (inflected and _uninflected(x[start]) == _uninflected(y[start]))
    ):
        start += 1
    rest_x, rest_y = x[start:], y[start:]
    if start < 3 or not rest_x or not rest_y or not content_words(" ".join(x[:start])):
        return False
    if rest_x[0] in _AUXILIARIES or rest_y[0] in _AUXILIARIES:
        return False
    words_x = set(content_words(" ".join(rest_x)))
    words_y = set(content_words(" ".join(rest_y)))
    return bool(words_x - words_y) and bool(words_y - words_x) and len(words_x & words_y) <= 1


#: A time of year a question asks in: "in a hot summer", "during winter", "in early
#: spring" (not "spring" alone, a coil, nor "fall", a drop).
_IN_A_SEASON = re.compile(
    r"\b(?:in|during) (?:the |a |an )?(?:[\w-]+ )?(?:spring|summer|autumn|winter)\b",
    re.IGNORECASE,
)
_SEASON = re.compile(r"\b(?:spring|summer|autumn|fall|winter)s?\b", re.IGNORECASE)


def _season_in_one(first: str, second: str) -> bool:
    """One prompt asks in a time of year (``_IN_A_SEASON``: "How often may a potted
    lemon tree need water *in a hot summer*?") and the other names no season ("When
    should a potted lemon tree be watered?"): the general rule and the figure of one
    season, whose answers differ rightly."""
    in_first, in_second = _IN_A_SEASON.search(first), _IN_A_SEASON.search(second)
    if bool(in_first) == bool(in_second):
        return False
    return not _SEASON.search(second if in_first else first)


#: Forms of one verb that agree with a subject in the singular or the plural.
_AGREEING = {"are": "is", "were": "was", "do": "does", "have": "has"}


def _uninflected(word: str) -> str:
    """``word`` without the ending that makes a noun plural or a verb agree with a
    subject in the singular ("keywords", "declares": "keyword", "declare"; "are": "is");
    a word ending in "ss" ("class") or of three letters or fewer kept."""
    word = _AGREEING.get(word, word)
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _number_echoed(a: Item, b: Item) -> bool:
    """Two answers of one word each, written apart only by a plural "s" ("term" /
    "terms"), each a word its own prompt says as written and the other's does not
    ("Which query matches an exact *term*?" / "Which query matches any of several exact
    *terms*?"): two names, each told by the number its question asks in."""
    x, y = a.answer.strip().casefold(), b.answer.strip().casefold()
    if not re.fullmatch(r"[\w-]+", x) or not re.fullmatch(r"[\w-]+", y):
        return False
    if not (x + "s" == y or y + "s" == x):
        return False
    words_a = set(re.findall(r"[\w'’-]+", a.full_prompt.casefold()))
    words_b = set(re.findall(r"[\w'’-]+", b.full_prompt.casefold()))
    return x in words_a - words_b and y in words_b - words_a


def _nested_answers_of_two_objects(a: Item, b: Item) -> bool:
    """Two answers, one the other's words and more ("val" / "lazy val", "AFP" / "AFP
    and beta-hCG"), to one opening asked of two things, its words inflected otherwise,
    one asking for one thing and the other for several ("Which keyword declares an
    immutable variable?" / "Which keywords declare a value computed only on first
    access?"): each answers its own thing, the longer saying what sets its thing apart.
    Not an opening written alike ("Journal entry for tuition received in advance?"
    "Debit cash, credit unearned revenue" / "... received ahead of the term?" "...
    unearned tuition revenue": one question, reworded at its end), nor one answer
    written twice ("PHP 8.1" to "... introduced enums?" / "... readonly properties?")."""
    if a.kind != "qa" or b.kind != "qa" or a.answer_key == b.answer_key:
        return False
    words_a, words_b = set(content_words(fold(a.answer))), set(content_words(fold(b.answer)))
    if not words_a or not words_b or words_a == words_b:
        return False
    if not (words_a < words_b or words_b < words_a):
        return False
    x = re.findall(r"[\w'’]+", a.full_prompt.casefold())[:3]
    y = re.findall(r"[\w'’]+", b.full_prompt.casefold())[:3]
    if x == y or list(map(_uninflected, x)) != list(map(_uninflected, y)):
        return False  # the opening written alike, or not one opening
    return _one_opening_two_objects(a.full_prompt, b.full_prompt, inflected=True)


#: A digit, anywhere in an answer.
_DIGIT = re.compile(r"\d")


#: Words that ask for how many there are of what follows: "the *number of* dimensions".
_COUNT_OF = re.compile(r"(?i)\b(?:(?:number|count|total|amount) of(?: the)?|how many) ([\w'’-]+)")


def _count_of_one(a: Item, b: Item) -> bool:
    """One prompt asks for the number of what the other asks for ("Which function
    returns the dimensions of an array?" size / "... the number of dimensions ...?"
    ndims), and neither answer says a number: "number" is a generic word, so the two
    read alike, but they ask for a thing and for a count of it, whose answers are no
    values to compare (a count answered with a number still is: "How many bones ...?").
    The word counted is one the other prompt says: "the number of items" / "the length"
    may ask one thing. A prompt that counts "per" a thing asks a count too: "How many
    layers can one function use?" / "Layers per function"."""
    count_a, count_b = _COUNT_OF.search(a.full_prompt), _COUNT_OF.search(b.full_prompt)
    if bool(count_a) == bool(count_b):
        return False
    counted, other = (count_a, b) if count_a else (count_b, a)
    words = re.findall(r"[\w'’-]+", other.full_prompt.casefold())
    if counted[1].casefold() not in words:
        return False  # "the number of *items*" / "the length": not the count of its thing
    if "per" in words:
        return False  # "Layers *per* function": a count of layers
    return not (a.quantities or b.quantities or _DIGIT.search(a.answer + b.answer))


#: Stop words that may fill a template's slot as a plain word does: "*single* dose" /
#: "*daily* dose", "Olympic-distance *run*" / "... *bike*", "Syntax to *define* a
#: fragment" / "... *spread* ...". (Not the function words, nor the words that ask,
#: "mean", "called", "explain": those never fill a slot.)
_SLOT_STOP_WORDS = frozenset(
    """single typical usual given run runs running define offer offers provide provides
    happen happens give gives use uses used using""".split()
)


#: Function words one template writes otherwise by its slot's number or tense ("does" /
#: "do", "is" / "were"), and words it may leave out: articles, and adverbs that hedge
#: anywhere in a sentence ("is *usually* first-line in ...").
_FRAME_FORMS = {"does": "do", "did": "do", "are": "is", "was": "is", "were": "is", "be": "is"}
_FRAME_FORMS |= {"has": "have", "had": "have", "which": "what"}
_FRAME_LEFT_OUT = frozenset({"a", "an", "the", "just", "also", "please"}) | frozenset(
    word for word in STOPWORDS if word.endswith("ly")
)


def _frame_written_alike(first: str, second: str) -> bool:
    """The words two prompts share at their start and end, content words in order
    (``_one_slot_apart``'s frame), are written alike with their function words too: one
    template with its slot filled twice ("Which *gland* secretes melatonin?" / "What
    *gland* secretes parathyroid hormone?", "How many toes *does an* ostrich have on each
    foot?" / "... *do* most birds ..."). Not a question asked again in other words, whose
    shared words stand in other frames ("Which field type is analyzed for full-text
    search?" / "Field type for analyzed full-text fields", "Which node delays the
    impulse *between* atria and ventricles?" / "... *from* the atria *to* the
    ventricles?"): its slot may be a word reworded, not another thing."""
    x, y = _frame_words(first), _frame_words(second)
    start, end = shared_ends([w for w, _ in x], [w for w, _ in y])
    framed = sum(content for _, content in (*x[:start], *x[len(x) - end :]))
    content_x = [w for w, content in x if content]
    content_y = [w for w, content in y if content]
    return framed >= sum(shared_ends(content_x, content_y))


def _frame_words(prompt: str) -> list[tuple[str, bool]]:
    """A prompt's words in order, each with whether it is a content word: content words
    stemmed, function words in one form (``_FRAME_FORMS``), articles and hedging adverbs
    left out (``_FRAME_LEFT_OUT``)."""
    words: list[tuple[str, bool]] = []
    for word in re.findall(r"\w+", fold(prompt)):
        if word in STOPWORDS:
            if word not in _FRAME_LEFT_OUT:
                words.append((_FRAME_FORMS.get(word, word), False))
        else:
            stemmed = stem(word)
            words.append((LOOSE.get(stemmed, stemmed), True))
    return words


def _stop_word_in_slot(first: str, second: str) -> bool:
    """Two prompts written word for word alike but for one word each, at one place, one
    of ``_SLOT_STOP_WORDS`` and the other no stop word, with two words or more around
    them: one template asked of two things ("Maximum *single* dose of paracetamol" /
    "Maximum *daily* dose ..."). Dropped as a stop word, the slot's word would read as
    one the other prompt adds to the same words."""
    x = re.findall(r"[\w'’]+", first.casefold())
    y = re.findall(r"[\w'’]+", second.casefold())
    if len(x) != len(y) or len(x) < 3:
        return False
    apart = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    if len(apart) != 1:
        return False
    ((p, q),) = apart
    return (p in _SLOT_STOP_WORDS and q not in STOPWORDS) or (
        q in _SLOT_STOP_WORDS and p not in STOPWORDS
    )


def _opposite_added(first: str, second: str, opposing: frozenset[str] = _OPPOSING) -> bool:
    """One prompt is the other's words and a word of ``_OPPOSING`` ("Label matcher for a
    regex match" / "... for a *negative* regex match"): the opposite thing, whose value
    differs rightly. (Of two answers, with a word of ``_OPPOSING_ANSWER``.)"""
    x = set(re.findall(r"[\w'’]+", first.casefold()))
    y = set(re.findall(r"[\w'’]+", second.casefold()))
    added = (y - x) if x < y else (x - y) if y < x else set()
    return bool(added & opposing)


#: A choice a question offers: "P waves or S waves: which ...?", "..., 80 or 220?".
_CHOICE = re.compile(r"([\w'’-]+(?:\s+[\w'’-]+)?)\s+or\s+([\w'’-]+(?:\s+[\w'’-]+)?)")


def _option_picked(item: Item) -> bool:
    """The question offers a choice ("X or Y") and the answer is one of its options, as
    written there ("P waves or S waves: which are faster?" P waves): an answer that two
    questions offering that choice share says nothing, as "yes" does."""
    if item.kind != "qa":
        return False
    answer = fold(item.answer).strip(" .")
    for choice in _CHOICE.finditer(fold(item.full_prompt)):
        for option in choice.groups():
            if answer and (option == answer or option.endswith(f" {answer}")):
                return True
    return False


#: The word that joins what a prompt asks for to what it asks it of.
_OF_OR_FOR = re.compile(r"\s(?:of|for)\s")


def _roles_traded(first: str, second: str) -> bool:
    """Each prompt asks a thing of ("of", "for") another, and what one asks for is what
    the other asks it of ("Get the *code point* of a *character*" / "Get the *character*
    for a *code point*"): the way there and the way back, two tasks. Tasks only: a
    question turned about keeps its roles ("Which section of the BGB defines the contract
    of sale?" / "Contract of sale: which section of the BGB?")."""
    x, y = _OF_OR_FOR.split(fold(first), 1), _OF_OR_FOR.split(fold(second), 1)
    if len(x) != 2 or len(y) != 2:
        return False
    (head_x, tail_x), (head_y, tail_y) = (
        [set(content_words(part)) for part in halves] for halves in (x, y)
    )
    there, back = head_x & tail_y - head_y, tail_x & head_y - tail_y
    return bool(there) and bool(back) and there.isdisjoint(back)


#: Measures of a shape that no other measure words otherwise; "length", "distance",
#: "width", "height", "depth" and "thickness" are one kind, an extent, which people
#: say one for another ("Marathon distance" / "Length of a marathon").
_SHAPE_MEASURES = {
    "diameter": "diameter",
    "radius": "radius",
    "radii": "radius",
    "circumference": "perimeter",
    "perimeter": "perimeter",
    "area": "area",
    "volume": "volume",
}
_EXTENTS = frozenset({"length", "distance", "width", "height", "depth", "thickness"})


def _shapes_measured_apart(first: str, second: str) -> bool:
    """Each prompt asks one measure of a shape, a measure the other does not say, and
    one of them a measure no other word says (``_SHAPE_MEASURES``): "*Volume* of a
    sphere?" / "*Surface area* of a sphere?", "Olympic target *distance*" / "Olympic
    target face *diameter*": two values of one thing."""
    kinds = []
    for prompt in (first, second):
        words = set(re.findall(r"[a-z]+", prompt.casefold()))
        found = {_SHAPE_MEASURES[w] for w in words if w in _SHAPE_MEASURES}
        if words & _EXTENTS:
            found.add("extent")
        kinds.append(found)
    x, y = kinds
    return len(x) == 1 == len(y) and x != y  # never both "extent"


#: A negation and the word it denies: "*not found*", "*never tans*", "*cannot* be *undone*".
#: What a prompt denies: the word after "not", "never", ... ("not *found*"); after "not
#: allowed to" or "not permitted to", the verb ("not allowed to *block*" denies what "may
#: not *block*" does).
_NEGATED = re.compile(
    r"\b(?:not|never|cannot|can't|don't|doesn't|isn't|won't)\s+(?:(?:be|been|is|a|an|the)\s+)?"
    r"(?:(?:allowed|permitted)\s+to\s+)?([a-z][\w-]+)"
)


def _negated_apart(first: str, second: str) -> bool:
    """Both prompts deny something, another thing each, and one denies a word the other
    says without denying it ("Exit status of a command that is *not found*" / "... that
    is found but *not executable*", "Which skin type *never burns*?" / "... always burns
    and *never tans*?"): two questions. Not two words for one thing denied ("cannot
    *travel* through liquid" / "cannot *pass* through liquid")."""
    folded_x, folded_y = first.casefold(), second.casefold()  # as written: "lacks" is no "not"
    x = {stem(word) for word in _NEGATED.findall(folded_x)}
    y = {stem(word) for word in _NEGATED.findall(folded_y)}
    if not x or not y or not x.isdisjoint(y):
        return False
    said_x = {stem(word) for word in re.findall(r"[a-z][\w-]+", folded_x)}
    said_y = {stem(word) for word in re.findall(r"[a-z][\w-]+", folded_y)}
    return not (x & said_y).isdisjoint(said_y - y) or not (y & said_x).isdisjoint(said_x - x)


#: "Points in one pica", "Number of picas in an inch": what is counted in which unit.
_COUNTED_IN = re.compile(
    r"^(?:number of |how many )?([a-z][\w-]+) (?:in|per) (?:one|an?|1) ([a-z][\w-]+)\W*$"
)


def _units_chained(first: str, second: str) -> bool:
    """Each prompt counts one thing in one other, and what one counts is what the other
    counts in ("Points in one pica" / "Picas in one inch"): two steps of a chain of
    units, not one question."""
    x, y = _COUNTED_IN.match(fold(first)), _COUNTED_IN.match(fold(second))
    if x is None or y is None:
        return False
    (counted_x, unit_x), (counted_y, unit_y) = (
        [word.removesuffix("s") for word in match.groups()] for match in (x, y)
    )
    return (counted_x == unit_y) != (counted_y == unit_x)


def _between_them(first: str, second: str) -> bool:
    """``second`` asks of a thing between the things ``first`` asks of, the same measure
    of it: before its "between" a word of ``first`` ("long") and one ``first`` does not
    say, and after it the words of ``first`` left ("How *long* is a *quarter*?" / "How
    *long* is the *break between quarters*?"). Not a question narrowed by a "between"
    ("How long is the break?" / "... the break between quarters?"), nor a thing defined
    by what it measures between ("Metre gauge" / "Distance between the rails of
    metre-gauge track")."""
    folded, other = fold(second).split(), fold(first).split()
    if "between" not in folded or "between" in other:
        return False
    at = folded.index("between")
    before = set(content_words(" ".join(folded[:at])))
    after = set(content_words(" ".join(folded[at + 1 :])))
    own = set(content_words(" ".join(other)))
    return bool(before - own) and bool(before & own) and bool(own & after) and own - before <= after


def _superlatives_apart(first: str, second: str) -> bool:
    """Each prompt says superlatives of one kind (``_SUPERLATIVE_KINDS``), kinds the other
    cannot say: two questions ("Highest capital city in the world?" / "Longest river in
    the world?", "Tallest tree species?" / "Largest tree species by volume?")."""
    kinds_first, kinds_second = _superlatives(first), _superlatives(second)
    if len(kinds_first) != 1 or len(kinds_second) != 1:
        return False
    return next(iter(kinds_first)).isdisjoint(next(iter(kinds_second)))


#: A rank before a superlative: "second largest", "3rd-highest", "third most".
_RANKED = re.compile(
    r"\b(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)[\s-]+(?:\w+est|most|least)\b",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(r"\b(?:\w{3,}est|most|least)\b", re.IGNORECASE)


def _ranks_apart(first: str, second: str) -> bool:
    """Both prompts ask for a superlative, one of another rank: "Largest moon of
    Saturn?" / "Second largest moon of Saturn?" (no rank: the first)."""
    if not (_SUPERLATIVE.search(first) and _SUPERLATIVE.search(second)):
        return False
    rank_first, rank_second = _RANKED.search(first), _RANKED.search(second)
    if rank_first is None or rank_second is None:
        return (rank_first is None) != (rank_second is None)
    return _RANK.get(rank_first[1].lower()) != _RANK.get(rank_second[1].lower())


#: Words that put a thing high or low on a scale: "the *most* serious infringements" /
#: "*lesser* infringements", "*major* / *minor* surgery", "*more* / *less* common".
_DEGREE_UP = frozenset({"most", "more", "greater", "greatest", "major", "higher", "highest"})
_DEGREE_DOWN = frozenset({"least", "less", "lesser", "minor", "lower", "lowest"})


def _degrees_apart(first: str, second: str) -> bool:
    """One prompt alone says a word that puts its thing high on a scale and the other
    alone one that puts it low (``_DEGREE_UP``, ``_DEGREE_DOWN``): "GDPR maximum fine
    for the *most* serious infringements" / "... for *lesser* infringements" ask of two
    tiers, whose values differ rightly."""
    x = set(re.findall(r"[\w'’]+", first.casefold()))
    y = set(re.findall(r"[\w'’]+", second.casefold()))
    own_x, own_y = x - y, y - x
    return bool(
        (own_x & _DEGREE_UP and own_y & _DEGREE_DOWN)
        or (own_x & _DEGREE_DOWN and own_y & _DEGREE_UP)
    )


#: Words that raise or lower the degree of the word after them, naming a class of its
#: own: "very low birth weight", "extremely preterm", "severely underweight".
_INTENSIFIERS = frozenset(
    {"very", "extremely", "severely", "profoundly", "critically", "moderately", "mildly"}
)


def _intensified(first: str, second: str) -> bool:
    """Two prompts that differ only by intensifiers (``_INTENSIFIERS``): "Low birth
    weight" / "Very low birth weight" (or "Extremely low ...") name two classes, whose
    values differ rightly."""
    x = set(re.findall(r"[\w'’]+", first.casefold()))
    y = set(re.findall(r"[\w'’]+", second.casefold()))
    apart = x ^ y
    return bool(apart) and apart <= _INTENSIFIERS


def _operators_apart(first: str, second: str) -> bool:
    """Two prompts alike but for one word each, both symbols alone ("What does *==*
    test in Prolog?" / "What does *=:=* test in Prolog?"): two operators asked about,
    which the words of a prompt (symbols left out) cannot tell apart. Backticks around
    one are no other operator ("the `?` operator" / "the ? operator")."""
    x, y = first.split(), second.split()
    if len(x) != len(y):
        return False
    apart = [(u.strip("`"), v.strip("`")) for u, v in zip(x, y, strict=True) if u != v]
    if len(apart) != 1:
        return False
    u, v = apart[0]
    return bool(u and v and u != v and not re.search(r"\w", u + v))


#: Verbs of opposite actions, each form folded to one stem, and the stems opposed.
_VERB_STEMS = {
    form: stem
    for stem, forms in {
        "absorb": "absorb absorbs absorbed absorbing",
        "transmit": "transmit transmits transmitted transmitting pass passes passed",
        "reflect": "reflect reflects reflected reflecting",
        "accept": "accept accepts accepted accepting",
        "reject": "reject rejects rejected rejecting",
        "encrypt": "encrypt encrypts encrypted encrypting",
        "decrypt": "decrypt decrypts decrypted decrypting",
        "compress": "compress compresses compressed compressing",
        "decompress": "decompress decompresses decompressed decompressing",
        "inhale": "inhale inhales inhaled inhaling",
        "exhale": "exhale exhales exhaled exhaling",
        "buy": "buy buys bought buying",
        "sell": "sell sells sold selling",
        "release": "release releases released releasing emit emits emitted emitting",
    }.items()
    for form in forms.split()
}
_VERBS_OPPOSED = frozenset(
    frozenset(pair)
    for pair in (
        ("absorb", "transmit"),
        ("absorb", "reflect"),
        ("absorb", "release"),  # "Which gas do leaves *release* ...?" / "Gas that leaves *absorb*"
        ("accept", "reject"),
        ("encrypt", "decrypt"),
        ("compress", "decompress"),
        ("inhale", "exhale"),
        ("buy", "sell"),
    )
)


def _verbs_opposed(first: str, second: str) -> bool:
    """One prompt alone says a verb and the other alone its opposite (``_VERBS_OPPOSED``:
    "Which colour of light *passes* through a red filter?" / "Which colours of light does
    a red filter *absorb*?"): two questions, whose answers differ rightly. Not when a
    prompt says a negation ("does not absorb" may ask what "passes" asks)."""
    x = set(re.findall(r"[\w'’]+", first.casefold()))
    y = set(re.findall(r"[\w'’]+", second.casefold()))
    if (x | y) & NEGATIONS:
        return False
    own_x = {_VERB_STEMS[w] for w in x - y if w in _VERB_STEMS}
    own_y = {_VERB_STEMS[w] for w in y - x if w in _VERB_STEMS}
    return any(frozenset((u, v)) in _VERBS_OPPOSED for u in own_x for v in own_y)


#: Words that name children, and words that name adults (English, Portuguese, Spanish,
#: French), by which one prompt asks of one age group and another of the other.
_CHILDREN = frozenset(
    """child children childhood infant infants newborn newborns neonate neonates neonatal
    baby babies toddler toddlers kid kids paediatric pediatric youth adolescent adolescents
    criança crianças niño niños niña niñas enfant enfants""".split()
)
_ADULTS = frozenset("adult adults adulto adultos adulta adultas adulte adultes".split())


def _ages_apart(first: str, second: str) -> bool:
    """One prompt alone names children (``_CHILDREN``) and the other alone adults
    (``_ADULTS``): "Most common cause of nephrotic syndrome in *children*?" / "... of
    primary nephrotic syndrome in white *adults*?" ask of two age groups, whose answers
    differ rightly. A prompt that names no age group is left to the other rules."""
    x = set(re.findall(r"[^\W\d_]+", first.casefold()))
    y = set(re.findall(r"[^\W\d_]+", second.casefold()))
    own_x, own_y = x - y, y - x
    return bool((own_x & _CHILDREN and own_y & _ADULTS) or (own_x & _ADULTS and own_y & _CHILDREN))


#: A month or a day of the week by its name, capitalised as a name is (so "may" the
#: verb is none), not the prompt's first word ("May a player ...?").
_MONTH_OR_DAY = re.compile(
    r"(?<=\S )\b(January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _months_apart(first: str, second: str) -> bool:
    """Each prompt names a month or a day of the week the other does not ("What is the
    birthstone for *April*?" / "... for *May*?"): two questions, one of each month,
    whose answers differ rightly."""
    x, y = set(_MONTH_OR_DAY.findall(first)), set(_MONTH_OR_DAY.findall(second))
    return bool(x - y and y - x)


#: "How many <noun>": the noun a count is asked in.
_HOW_MANY = re.compile(r"\bhow many ([^\W\d_]+)", re.IGNORECASE)
#: A question's "how" and the adjective that names the measure it asks ("How *high*
#: ...?", "how *big*"): a measure asked, never a side (``_measure_asked_how``).
_HOW_MEASURE = re.compile(r"\bhow ([^\W\d_]+)", re.IGNORECASE)
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years decades centuries".split())


def _duration_and_count(first: str, second: str) -> bool:
    """One prompt asks "How many" of a unit of time (a duration: "How many *seconds* may
    a player hold the ball?") and the other "How many" of a thing that is none ("How
    many *steps* may a player take with the ball?"): a time and a count, two questions
    even when their figures agree. Two units of time ("seconds" / "minutes") may ask
    one duration, and are left to the other rules."""
    x, y = _HOW_MANY.search(first), _HOW_MANY.search(second)
    if not x or not y:
        return False
    x_time = x[1].casefold() in _TIME_UNITS
    y_time = y[1].casefold() in _TIME_UNITS
    return x_time != y_time


#: A question for a time: "When ...?", "In which year ...?", "What century ...?".
_ASKS_WHEN = re.compile(
    r"\s*(?:when|(?:in |on )?(?:which|what) (?:year|century|decade|date|day))\b", re.I
)


def _time_and_count(first: str, second: str) -> bool:
    """One question asks when ("When was Ludwig van Beethoven born?") and the other how
    many of a thing that is no unit of time ("How many symphonies did Ludwig van
    Beethoven complete?"): a date and a count, two questions, however many words of a
    name they share. "How many years did he reign?" asks a time and is left to the
    other rules."""
    for when, count in ((first, second), (second, first)):
        if _ASKS_WHEN.match(when) and (found := _HOW_MANY.search(count)):
            return found[1].casefold() not in _TIME_UNITS
    return False


#: A question that opens by asking which thing, and the first words of what it asks
#: ("*Which data rates did* the original standard offer?", "Which PHP version ...").
_ASKS_WHICH = re.compile(r"\s*(?:which|what) ([^\W\d_]+(?: [^\W\d_]+){0,2})", re.I)
#: A question word after a "when" that opens a clause ("When coating a screen, *which*
#: side ...?"): the question asks that, not when.
_ASKS_LATER = re.compile(r"\b(?:which|what|who|whom|whose|how|where|why)\b", re.I)
#: Words after "which" or "what" that may ask a time, or what a time is often told by
#: (a version, a round, a reign): such a question may ask what "When ...?" asks.
_WHEN_LIKE = frozenset(
    """year years century centuries decade decades date dates day days month months week
    weeks hour hours minute minutes second seconds time times era eras period periods age
    ages epoch season seasons millennium reign dynasty dynasties moment stage stages phase
    phases point version versions release releases edition editions round rounds game
    games match inning innings lap laps quarter half set step steps generation
    generations term event events occasion""".split()
)


def _time_and_thing(first: str, second: str) -> bool:
    """One question asks when ("In which year was the original 802.11 standard
    published?") and the other which thing, a thing that is no time ("Which data rates
    did the original 802.11 standard offer?", "Which king signed ...?"): a date and a
    thing, two questions, however many rare words they share. "Which version introduced
    ...?" and "What year ...?" may ask a time and are left to the other rules, and so is
    a question whose "when" opens a clause ("When coating a screen, which side ...?")."""
    for when, which in ((first, second), (second, first)):
        asked = _ASKS_WHEN.match(when)
        if asked is None or _ASKS_LATER.search(when, asked.end()):
            continue  # "When coating a screen, which side ...?": "when" opens a clause
        found = _ASKS_WHICH.match(which)
        if found is not None:
            words = found[1].casefold().split()
            return words[0] not in STOPWORDS and _WHEN_LIKE.isdisjoint(words)
    return False


_RANK = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_RANK |= {"fifth": 5, "5th": 5, "sixth": 6, "6th": 6}


@lru_cache(maxsize=65536)
def _superlatives(prompt: str) -> frozenset[frozenset[str]]:
    """The kinds (``_SUPERLATIVE_KINDS``) of each superlative ``prompt`` says."""
    return frozenset(kinds for pattern, kinds in _SUPERLATIVE_KINDS if pattern.search(prompt))


#: A word of two capitals or more: an acronym, perhaps of another prompt's words.
_CAPITAL_WORD = re.compile(r"(?<![\w'’])[A-Z]\w*")
_POSSESSOR = re.compile(r"\s*(.+?)['’]s\s")
#: The capitalised words a subject line starts with, before a word in small letters:
#: "Mona Lisa painter?" asks its painter of "Mona Lisa" (not a question: "Who ...?").
_LEADING_NAME = re.compile(
    r"(?!(?:Who|What|Which|When|Where|Why|How|In|On|At|The|A|An)\b)"
    r"((?:[A-Z][\w'’-]*\s+)+)(?=[a-z])"
)
_CAPITALS = re.compile(r"\b[A-Z][A-Za-z0-9]*[A-Z]")


#: The words a definition starts with before a colon, a dash or a bracket that explains
#: them ("Ovariohysterectomy: removal of ...", "Bloat (GDV) — ...").
_DEFINITION_LEAD = re.compile(r"\s*([^:;(\n—–]+?)\s*(?::|;|\(| — | – | - )")


#: A definition's first words set apart by an apposition after a comma: "Ulmus rubra, a
#: North American elm ...", "Laetiporus sulphureus, the chicken of the woods" (not a
#: list's first thing: "Red, white and blue ...").
_APPOSITION_LEAD = re.compile(r"\s*([^,:;(\n—–]+?), (?:an?|the) ")
#: An answer's first words before a comma: "the centre forward, positioned at 2 m".
_COMMA_LEAD = re.compile(r"\s*([^,:;(\n—–]+?), ")


def _term_typed_as_answer(term: Item, question: Item) -> bool:
    """``term`` is a concept whose term is ``question``'s answer, one typed with marks and
    the other without ("Shodo" / "shodō"), or the term with an aside in brackets after it
    ("Axis (C2)" / "axis"). A Q&A that asks a word, no question ("ماء" water), names it
    as a term does ("What is the Arabic word for water?" مَاء)."""
    if not _names_a_term(term) or question.kind not in ("qa", "concept"):
        return False
    answer = content_words(fold(without_marks(question.answer)))
    if not answer:
        return False
    named = (term.prompt, _SENSE.sub("", term.prompt))  # "Axis (C2)" -> "Axis"
    return any(content_words(fold(without_marks(text))) == answer for text in named)


def _names_a_term(item: Item) -> bool:
    """A concept, or a Q&A whose question is a word or phrase with no question mark."""
    if item.kind == "qa":
        return not item.prompt.rstrip().endswith(("?", "؟", "？"))
    return item.kind == "concept"


def _term_spelt_out(a: Item, b: Item) -> bool:
    """Two terms, one named in the other's definition before a colon, a dash or a bracket,
    as it is written or in the brackets after it ("GDV": "Gastric dilatation-volvulus:
    the stomach twists ..." / "Bloat (gastric dilatation and volvulus)"): two names of
    one thing."""
    if a.kind != "concept" or b.kind != "concept":
        return False
    lead = _DEFINITION_LEAD.match(a.answer)
    if lead is None:
        return False
    spelt = content_words(fold(lead.group(1)))
    glossed = _GLOSS.fullmatch(b.prompt.strip())
    names = (b.prompt, *(glossed.groups() if glossed else ()))
    return len(spelt) >= 2 and any(content_words(fold(name)) == spelt for name in names)


def _term_inside_quote(term: Item, question: Item) -> bool:
    """A term and a question that quotes one longer expression holding it ("sept" /
    "What time is 'dix-sept heures'?"): the question asks about the expression."""
    if (
        term.kind != "concept"
        or question.kind != "qa"
        or not any(mark in question.full_prompt for mark in _QUOTE_MARKS)
    ):
        return False
    quoted = _QUOTED.findall(question.full_prompt)
    if len(quoted) != 1:
        return False
    words = set(content_words(fold(term.prompt)))
    return bool(words) and words < set(content_words(fold("".join(quoted[0]))))


def _quote_other_things(first: str, second: str) -> bool:
    """Both prompts quote something, and not the same: they ask about two things."""
    if not any(mark in first for mark in _QUOTE_MARKS) or not any(
        mark in second for mark in _QUOTE_MARKS
    ):
        return False
    quoted_first = {fold("".join(found)) for found in _QUOTED.findall(first)}
    quoted_second = {fold("".join(found)) for found in _QUOTED.findall(second)}
    if not quoted_first or not quoted_second or quoted_first == quoted_second:
        return False
    # quotes for emphasis: what one quotes alone the other says without them ('What
    # did "beat" mean in "Beat Generation"?' / 'Meaning of "beat" in the Beat Generation?')
    return not (
        all(_said_unquoted(phrase, second) for phrase in quoted_first - quoted_second)
        and all(_said_unquoted(phrase, first) for phrase in quoted_second - quoted_first)
    )


def _said_unquoted(phrase: str, prompt: str) -> bool:
    """``prompt`` says the folded ``phrase`` as whole words, out of quotes."""
    unquoted = _QUOTED.sub(" ", prompt)
    return (
        bool(phrase.strip()) and re.search(rf"\b{re.escape(phrase)}\b", fold(unquoted)) is not None
    )


def _quoted_alike(a: Item, b: Item) -> bool:
    """Two prompts quote phrases that share a word and give one answer: one phrase said
    in other words ('"thank you"' / '"Thanks"' in Swedish, both "tack"), not two things
    (two phrases that share a word and differ in their answers stay two questions)."""
    if not a.answer_key or a.answer_key != b.answer_key:
        return False
    first = {_stems_of("".join(found)) for found in _QUOTED.findall(a.full_prompt)}
    second = {_stems_of("".join(found)) for found in _QUOTED.findall(b.full_prompt)}
    return any(x & y for x in first for y in second)


def _quotes_each_others_answer(a: Item, b: Item) -> bool:
    """Two questions that each quote one thing, the other's answer: one word asked from
    each side ('What does "Hund" mean?' dog / 'How do you say "dog" in German?' Hund)."""
    if a.kind != "qa" or b.kind != "qa" or a.is_code or b.is_code:
        return False
    quoted_a, quoted_b = _QUOTED.findall(a.full_prompt), _QUOTED.findall(b.full_prompt)
    if len(quoted_a) != 1 or len(quoted_b) != 1:
        return False
    return _answers_with("".join(quoted_a[0]), b) and _answers_with("".join(quoted_b[0]), a)


#: At most this many words apart, the rest of two prompts answered in one word each (of
#: their own; the other's answer set aside) is one template with its slots traded
#: (``_asked_from_both_ends``).
_TRADED_SLOTS = 2
#: The share of an answer's words the other prompt must say when the other answer is all
#: in this one's prompt (``_asked_from_both_ends``).
_HALF_CROSSED = 0.5


def _crossed(a: Item, b: Item, loose: bool) -> bool:
    """Each answer said in the other's prompt (``_crossing``), one whole, the other half
    or more; read ``loose`` or not."""
    first, second = _crossing(a, b, loose), _crossing(b, a, loose)
    if first is None or second is None:
        return False
    return max(first, second) == 1.0 and min(first, second) >= _HALF_CROSSED


def _crossing(item: Item, other: Item, loose: bool) -> float | None:
    """The share of ``item``'s answer words that ``other``'s prompt says (a place's
    adjective saying the place: "Indian" says India), the words of ``item``'s own prompt
    set aside ("Which lighthouse ...?" the Bell Rock lighthouse), in the answer's best
    form: whole, or without its gloss in brackets, or the gloss alone when of two words or
    more ("Lost communications (radio failure)"; "hi, or bye (informal)" glosses with a
    note); read ``loose``, also a value ("490 BC") and the part before a comma, a
    semicolon or a dash ("the Argand lamp, a hollow oil wick"). None for a yes / no, or
    when no form shares two words with the other prompt, or all of its own.
    """
    if item.answer_key in _YES_NO:
        return None
    own, asked = _stems(item.prompt), _with_adjectives_read(_stems(other.prompt))
    asked |= numbers_read_as_ordinals(other.prompt)  # "grade 3" (folded "3rd") says 3
    forms = [item.answer]
    glossed = _ANSWER_GLOSS.fullmatch(item.answer.strip())
    if glossed is not None:  # a gloss of one word is a note: "hi, or bye (informal)"
        forms += glossed.groups() if len(glossed[2].split()) > 1 else [glossed[1]]
    if loose:
        forms.append(_CORE_END.split(item.answer, maxsplit=1)[0])
    best = None
    for form in forms:
        words = _stems(form) - own
        if not words or (not loose and is_mostly_quantity(form)):
            continue
        shared = len(words & asked)
        if shared < len(words) and shared < 2:
            continue
        best = max(best or 0.0, shared / len(words))
    return best


def _answers_with(quoted: str, item: Item) -> bool:
    """``item``'s answer, or its answer without a gloss in brackets, is ``quoted``."""
    folded = fold(quoted)
    if not folded:
        return False
    if folded == item.answer_key:
        return True
    glossed = _ANSWER_GLOSS.fullmatch(item.answer.strip())
    return glossed is not None and folded == fold(glossed.group(1))


#: The words that say what a quoted thing is, before it: 'the German *word* "Hund"', 'the
#: *prefix* "un-"'.
_DESCRIBED = re.compile(r"\b(?:the|an?) (?:[\w-]+ ){1,3}(?=[«“\"‘'])", re.I)


def _quote_described(first: str, second: str) -> bool:
    """Two questions about one quoted thing, one of them saying what it is, the other
    not, in the same words besides ('What does "cane" mean?' / 'What does the Italian
    word "cane" mean?'). Not two that each say another thing ("the noun" / "the verb")."""
    if not any(mark in first for mark in _QUOTE_MARKS) or not any(
        mark in second for mark in _QUOTE_MARKS
    ):
        return False
    quoted_first, quoted_second = _QUOTED.findall(first), _QUOTED.findall(second)
    if len(quoted_first) != 1 or len(quoted_second) != 1:
        return False
    if fold("".join(quoted_first[0])) != fold("".join(quoted_second[0])):
        return False
    for one, other in ((first, second), (second, first)):
        plain = _DESCRIBED.sub("", one, count=1)
        if plain != one and fold(plain) == fold(other):
            return True
    return False


def _caseless_terms_apart(first: str, second: str) -> bool:
    """Both prompts are written in a script with capitals (English) and each names a word
    of a script without them (Japanese, Chinese, Korean, Arabic, ...) that the other does
    not: such a word is what its question asks about, as a word in quotes is ("What does
    〜ている express?" / "What does 〜てある express?": two questions)."""
    terms_first, terms_second = _caseless_terms(first), _caseless_terms(second)
    return bool(terms_first) and bool(terms_second) and terms_first.isdisjoint(terms_second)


@lru_cache(maxsize=65536)
def _caseless_terms(prompt: str) -> frozenset[str]:
    """The words of ``prompt`` in letters that have no case (``食べる``, ``كتاب``), folded;
    none unless it also has a word of two letters or more in a script with capitals."""
    if prompt.isascii():
        return frozenset()
    words = fold(prompt).split()
    if not any(sum(ch.islower() for ch in word) >= 2 for word in words):
        return frozenset()
    return frozenset(word for word in words if _caseless(word))


def _caseless(word: str) -> bool:
    """``word`` (folded) has letters, none of them in a script with capitals."""
    return any(ch.isalpha() for ch in word) and not any(ch.islower() for ch in word)


def _trailing_name_words(text: str) -> frozenset[str]:
    """The words of ``text`` in capitals that go on a word in capitals before them."""
    return _words_of(_NAME_GOES_ON, text)


def _leading_name_words(text: str) -> frozenset[str]:
    """The words of ``text`` that begin a name of several capitalised words."""
    return _words_of(_NAME_START, text)


def _words_of(pattern: re.Pattern, text: str) -> frozenset[str]:
    """The content words of what ``pattern`` finds in ``text`` (two words at least)."""
    if " " not in text:
        return frozenset()
    return frozenset(content_words(fold(" ".join(pattern.findall(text)))))


_INITIALS = re.compile(r"[^\W_]+")


#: A question that asks who did a thing: "Who *discovered* X-rays?", "Who first *won*
#: ...?".
_WHO_DID = re.compile(r"who (?:first |originally )?([a-z]+)\b")
#: A question that asks who did a thing by the kind of doer, one word, then a verb in
#: the past: "Which *team* won ...?", "Which *country* hosted ...?" (not "Which team
#: is ...?": ``_agent_and_verb`` leaves out a stop word).
_WHICH_KIND_DID = re.compile(r"(?:which|what) (?P<kind>[a-z]+) (?P<verb>[a-z]+)\b")
#: A prompt that names the one who did it: "*Discoverer* of X-rays", "The *creator* of
#: Elasticsearch", "Die Zauberflöte *composer*", "Career home run record *holder*".
_AGENT_FIRST = re.compile(r"(?:the )?([a-z]{3,}(?:er|or)) (?:of|for)\b")
_AGENT_LAST = re.compile(r".* ([a-z]{3,}(?:er|or))")
#: Each irregular past form -> its verb ("won" is the verb here: it follows "who").
_PAST_OF = {
    **{form: verb for verb, forms in IRREGULAR_VERBS.items() for form in forms.split()},
    "won": "win",
}


#: A year that dates a prompt's fact, in brackets (after other words and a comma too) or
#: after "in": "(1975)", "(Ali-Frazier, 1971)", "in 1912".
_DATED = re.compile(r"\((?:[^()]*,\s*)?(1\d{3}|20\d{2})\)|\bin (1\d{3}|20\d{2})\b")


def _asks_who(prompt: str) -> bool:
    """A question that asks who did a thing: "Who ...?", or "Which <kind> <verb> ...?"
    ("Which team won ...?", ``_WHICH_KIND_DID``)."""
    return prompt[:4].casefold() == "who " or _WHICH_KIND_DID.match(fold(prompt)) is not None


def _agent_and_verb(text: str, other: str) -> tuple[str, ...] | None:
    """(the one who did it, the verb) when ``text`` names the one who did what ``other``
    asks who did: "Discoverer of X-rays" / "Who discovered X-rays?" gives ("discoverer",
    "discovered"), "Creator of Elasticsearch" / "Who created Elasticsearch?", "Winner of
    the World Cup" / "Who won the World Cup?"; and the kind of doer when ``other`` asks
    by it ("Winner of Super Bowl I" / "Which *team* won Super Bowl I?"). The noun is the
    verb with -er or -or ("creat-or", "win-n-er", "compose-r"); a word the checks read
    otherwise ("number", "author") is left to them."""
    asked, kind = _WHO_DID.match(fold(other)), ()
    if asked is not None:
        verb = asked.group(1)
    elif (asked := _WHICH_KIND_DID.match(fold(other))) is not None:
        verb, kind = asked.group("verb"), (asked.group("kind"),)  # "Which *team* won?"
    if asked is None or verb in STOPWORDS:
        return None  # "Who is the author of ...?" names no verb
    folded = fold(text)
    if (named := _WHO_IS_THE.match(folded)) is not None:
        folded = folded[named.end() :]  # "Who is the ruler of X?" names "Ruler of X"
    elif folded.startswith("who ") or _WHICH_KIND_DID.match(folded) is not None:
        return None  # two questions that ask who
    found = _AGENT_FIRST.match(folded) or _AGENT_LAST.fullmatch(folded)
    if found is None:
        return None
    noun = found.group(1)
    if noun in SYNONYMS:
        return None  # "number" is "num", "author" is "write": compared as such
    bases = {noun[:-2], noun[:-1], noun[:-2] + "e"}
    if noun[-3] == noun[-4]:
        bases.add(noun[:-3])  # "winner": "win"
    wanted = stem(_PAST_OF.get(verb, verb))
    return (noun, verb, *kind) if any(stem(base) == wanted for base in bases) else None


#: A prompt in the passive that asks who or what did a thing, the doer left last: "Baldr
#: was killed by whom?", "Constantinople was sacked in 1204 by", "Komodo dragon first
#: described by", "Glucagon is secreted by which cells?" (not "... by aspirin": a doer
#: named asks what was done to).
_PASSIVE_ASKS_DOER = re.compile(
    r"\s*(?P<done_to>.+?)\s+(?:(?:is|are|was|were|has been|have been|had been)\s+)?"
    r"(?P<how>(?:\w+ly|first|originally)\s+)?(?P<verb>[^\W\d_]+)\s+"
    r"(?P<when>(?:in|on|at|during)\s+[^?]+?\s+)?"
    r"by(?:\s+(?:whom|(?:which|what)\s+(?P<doer>[^?]+?)))?\s*[?:.…]*\s*$",
    re.IGNORECASE,
)
#: What an active question asks of the doer: "Who ...?", "Which crusade ...?".
_ASKS_WHO_OR_WHICH = re.compile(r"\s*(?:who|which|what)\s", re.IGNORECASE)
#: A prompt that asks what a thing means: "What does X mean?", "Meaning of X", "What
#: does X stand for?", "What is X?" (one word or code after "is").
_ASKS_MEANING = re.compile(
    r"\bmean(?:s|ing)?\b|\bstands? for\b|\bsignif(?:y|ies)\b|^\s*what is (?:the )?\S+\s*\?\s*$",
    re.IGNORECASE,
)
#: Words that say when or how a deed was done, not what was done: "*first* described",
#: "described *scientifically* *in 1912*".
_WHEN_OR_HOW = re.compile(r"(?:1\d{3}|20\d{2}|\w+ly|first|originally)")
_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
#: How a past participle ends ("sack*ed*", "writt*en*", "slai*n*", "buil*t*").
_PARTICIPLE_ENDINGS = ("ed", "en", "n", "t")


def _asked_in_the_passive(active: str, passive: str) -> bool:
    """``passive`` asks in the passive who did what ``active`` asks in the active, with
    one verb and the same words done to: "Which crusade *sacked* Constantinople?" /
    "Constantinople was *sacked* in 1204 by", "Who *described* the Komodo dragon
    scientifically in 1912?" / "Komodo dragon first *described* by", "Which cells of the
    pancreas *secrete* glucagon?" / "Glucagon is *secreted* by which pancreatic islet
    cells?" (``_one_deed_asked``). Not "Which enzyme is inhibited by aspirin?" (a doer
    named: ``_PASSIVE_ASKS_DOER``), nor two verbs."""
    found = _PASSIVE_ASKS_DOER.fullmatch(passive)
    if found is None or _ASKS_WHO_OR_WHICH.match(active) is None:
        return False
    if _ASKS_WHO_OR_WHICH.match(found["done_to"]):
        return False  # "What must the columns of a TSV file be separated by?": asks what
    verb = found["verb"].casefold()
    if not (verb.endswith(_PARTICIPLE_ENDINGS) or verb in _PAST_OF) or verb in STOPWORDS:
        return False
    split = _deed_split(active, stem(_PAST_OF.get(verb, verb)))
    if split is None:
        return False
    return _one_deed_asked(split, (found["doer"] or "", found["done_to"]), active, passive)


def _asked_of_one_deed(first: str, second: str) -> bool:
    """Two questions ask who did one deed, one with "who", the other with "which" and
    the kind of doer: "Who *created* the Elk Hair Caddis?" / "Which tier *created* the
    Elk Hair Caddis in 1957?" (``_one_deed_asked``): one verb in the past, the same
    words after it."""
    if _ASKS_WHO_OR_WHICH.match(first) is None or _ASKS_WHO_OR_WHICH.match(second) is None:
        return False
    words = fold(first).split()
    for word in words[1:]:
        if not (word.endswith("ed") or word in _PAST_OF) or word in STOPWORDS:
            continue
        wanted = stem(_PAST_OF.get(word, word))
        one, other = _deed_split(first, wanted), _deed_split(second, wanted)
        if one is not None and other is not None and (not one[0]) != (not other[0]):
            return _one_deed_asked(one, other, first, second)
    return False


def _deed_split(question: str, verb: str) -> tuple[str, str] | None:
    """(the doer asked for, what was done to) of a question that asks who did a thing,
    its verb's stem ``verb`` said once after the asking word: "Which cells of the
    pancreas *secrete* glucagon?" gives ("cells of the pancreas", "glucagon")."""
    words = fold(question).split()
    at = [i for i, word in enumerate(words) if i and stem(_PAST_OF.get(word, word)) == verb]
    if len(at) != 1:
        return None
    return " ".join(words[1 : at[0]]), " ".join(words[at[0] + 1 :])


def _one_deed_asked(one: tuple[str, str], other: tuple[str, str], first: str, second: str) -> bool:
    """Two (doer, done to) splits of questions that ask who did one thing: the same
    words done to, years and words of how ("first", "-ly") aside, and a doer asked for on
    both sides ("which cells" / "which ... cells") sharing a word. Not two years
    ("... in 1204" / "... in 1453"): two deeds."""
    years = [frozenset(_YEAR.findall(text)) for text in (first, second)]
    if all(years) and years[0] != years[1]:
        return False

    def kept(text: str) -> frozenset[str]:
        plain = (word for word in fold(text).split() if not _WHEN_OR_HOW.fullmatch(word))
        return frozenset(content_words(" ".join(plain)))

    done_to = kept(one[1])
    if not done_to or done_to != kept(other[1]):
        return False
    doer, other_doer = kept(one[0]), kept(other[0])
    return not (doer and other_doer and doer.isdisjoint(other_doer))


def _asked_either_voice(first: str, second: str) -> bool:
    """Two questions ask who did one thing: one of them in the passive
    (``_asked_in_the_passive``), or both in the active (``_asked_of_one_deed``)."""
    return (
        _asked_in_the_passive(first, second)
        or _asked_in_the_passive(second, first)
        or _asked_of_one_deed(first, second)
    )


#: Odds against, "N:1" or "N to 1" ("About 7.5:1", "220:1 against").
_ODDS_AGAINST = re.compile(r"(?:about |roughly |around |~)?(\d+(?:\.\d+)?) ?(?::|to) ?1\b", re.I)
#: A probability as a percentage, "1 in N" or a fraction.
_PERCENTAGE = re.compile(r"(\d+(?:\.\d+)?) ?%")
_ONE_IN_N = re.compile(r"\b1 in (\d+(?:\.\d+)?)\b")
_FRACTION = re.compile(r"(?<![\d.])(\d+)/(\d+)(?![\d.])")


#: A sound transcribed alone, in square brackets or slashes: "[i]", "/ʃ/", "[pʰ]".
_TRANSCRIPTION = re.compile(r"\[([^\s\[\]/]{1,4})\]|/([^\s\[\]/]{1,4})/")


def _transcribed(first: str, second: str) -> tuple[str, str] | None:
    """The sounds of two answers that each transcribe one, as written ("[i]" / "[u]");
    None when either answer is something else."""
    found = _TRANSCRIPTION.fullmatch(first.strip()), _TRANSCRIPTION.fullmatch(second.strip())
    if found[0] is None or found[1] is None:
        return None
    return found[0][1] or found[0][2], found[1][1] or found[1][2]


def _versions_apart(a: Item, b: Item) -> bool | None:
    """Whether two answers that are each a version name other releases
    (``versions_answered_apart``); None when they are no two versions."""
    return versions_answered_apart(f"{a.full_prompt} {b.full_prompt}", a.answer, b.answer)


#: A prompt that asks a chance, and the stems of the words that ask it.
_ASKS_CHANCE = re.compile(
    r"\b(?:probabilit(?:y|ies)|chances?|likelihood|odds|(?:how|most|least) likely)\b", re.I
)
_CHANCE_STEMS = frozenset({"probabl", "chanc", "likelihood", "odd", "against", "like"})
_ASKS_CHANCE_KINDS = frozenset({"qa", "limit"})


def _chance_stated(item: Item) -> float | None:
    """The chance an answer states, from 0 to 1: odds "N:1" against (said so in the
    answer or the prompt) as 1 / (N + 1), else its ``_probability_stated``."""
    odds = _ODDS_AGAINST.match(item.answer)
    if odds is not None:
        against = "against" in item.answer.casefold() or "against" in item.prompt.casefold()
        return 1 / (float(odds.group(1)) + 1) if against else None
    return _probability_stated(item.answer)


def _probability_stated(answer: str) -> float | None:
    """The first probability an answer states, as a number from 0 to 1, or None."""
    for pattern, value in (
        (_PERCENTAGE, lambda found: float(found.group(1)) / 100),
        (_ONE_IN_N, lambda found: 1 / float(found.group(1))),
        (_FRACTION, lambda found: int(found.group(1)) / int(found.group(2))),
    ):
        found = pattern.search(answer)
        if found is not None and float(found.group(found.lastindex or 1)) > 0:
            return value(found)
    return None


def _stem_siblings(first: str, second: str) -> bool:
    """Two words with one long ending, at least three letters and half the shorter
    word, and other starts ("systolic" / "diastolic", "biotic" / "abiotic")."""
    if not (first.isalpha() and second.isalpha()) or first == second:
        return False
    ending = len(commonprefix([first[::-1], second[::-1]]))
    return ending >= max(3, min(len(first), len(second)) / 2)


#: A number with capitals hyphened on: a code ("1099-INT"), not a number and its unit in
#: small letters ("2,048-bit", "10-year").
_SUFFIXED_NUMBER = re.compile(r"(?<![\d.,])\d+-[A-Z][A-Z0-9]*\b")


def _suffixed_numbers(text: str) -> frozenset[str]:
    """The numbers of ``text`` with capitals hyphened on: codes of which the number is
    only a part ("1099-INT", "1120-S")."""
    return frozenset(_SUFFIXED_NUMBER.findall(text))


#: A name of one letter, with a sharp, a flat or a number after it: "C", "F#", "Eb", "B12".
_LETTER_NAME = re.compile(r"[a-z](?:[#♯♭b]|\d+)?")


def letter_names_apart(first: str, second: str) -> bool:
    """Two texts alike word for word but in one place, where one says "A" and the other
    another name of one letter ("A minor" / "F# minor", "... of A major?" / "... of C
    major?", "Type A" / "Type O"): the folded "a" is read as an article and left out of
    the words compared, so the two looked like one text with a word added; they name two
    things."""
    x, y = fold(first).split(), fold(second).split()
    if len(x) != len(y):
        return False
    apart = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    if len(apart) != 1:
        return False
    p, q = apart[0]
    return "a" in (p, q) and all(_LETTER_NAME.fullmatch(word) for word in (p, q))


def _letter_left_out(shorter: str, longer: str) -> bool:
    """A folded answer names a single letter after its first word ("vitamin a", "-b a",
    "plan b"), a stop word its plain words leave out, that the other answer lacks: the
    letter is what it answers ("Vitamin A" / "Vitamin B12"), not an article. Not "i",
    "v" or "x", which may be Roman numbers ("MHC class I" / "MHC class II")."""
    words, others = shorter.split(), set(longer.split())
    return any(
        len(word) == 1 and word.isalpha() and word not in "ivx" and word not in others
        for word in words[1:]
    )


def _one_terse_core(a: Item, b: Item, same_key: bool) -> bool:
    """Both answers terse (``_both_terse``: a word or a name, no yes or no, no count or
    measure asked) and one core (``same_core``: "Median" / "The median", "cones" / "cone
    cells", "Hannibal" / "Hannibal Barca"): two questions in other words that share one
    rare word of their own ask one thing ("Which *protein* carries oxygen in red blood
    cells?" / "What *protein* in erythrocytes transports O2?", hemoglobin); a longer
    answer with the same words may tell another fact of them ("Daniel Jones" / "Reference
    vowels devised by Daniel Jones ..."). Not a name of two capitalised words or more
    (``a_name``: "Rosalind Franklin" to "Who took Photo 51 of *DNA*?" / "Which
    crystallographer studied the *DNA* of viruses ...?"): a person or a place that third
    prompts name is the subject of several facts, which one shared word does not join."""
    if not _both_terse(a, b) or a_name(a.answer) or a_name(b.answer):
        return False
    return same_key or same_core(a.answer, b.answer, f"{a.full_prompt} {b.full_prompt}")


def _one_number_answered(a: Item, b: Item) -> bool:
    """Both answers one number alone, the same ("4" / "four", "Two" / "2"): a number is
    no subject of several facts, whatever third prompts say of it ("How many operas make
    up Wagner's Ring cycle?" 4 / "Number of operas in Der Ring des Nibelungen" four)."""
    first, second = content_words(fold(a.answer)), content_words(fold(b.answer))
    return len(first) == 1 and first == second and first[0].isdigit()


def _one_day_answered(a: Item, b: Item) -> bool:
    """Both answers one full date alone, the same day in any of the ways people write
    one ("1 July 1916" / "July 1, 1916" / "1916-07-01"): like a number alone
    (``_one_number_answered``), one day given to two questions that share a word of
    their own is most often one fact asked twice ("First day of the Battle of the
    *Somme*?" / "When did the *Somme* offensive begin?"); two events of one day share no
    such word ("Opening day of the Convention?" / "When was Valmy fought?")."""
    day = date_alone(a.answer)
    return day is not None and day == date_alone(b.answer)


def _answer_restated(a: Item, b: Item) -> bool:
    """One answer is one word the other answer says, whose other words (before an
    example) are words of the two prompts: "const" / "with the const keyword, e.g. const
    MAX = 10;" to "Which keyword declares a class constant?" / "How do you define a
    class constant?"."""

    def words(text: str) -> set[str]:  # "with the const keyword": "const", "keyword"
        return {word.rpartition(":")[2] for word in content_words(fold(text))}

    prompts = words(a.full_prompt) | words(b.full_prompt)
    for short, long in ((a, b), (b, a)):
        word = words(short.answer)
        if len(word) != 1 or short.is_code or long.is_code:
            continue
        example = _EXAMPLE.search(long.answer)
        said = words(long.answer[: example.start()] if example else long.answer)
        if word < said and said - word <= prompts:
            return True
    return False


#: An answer that lists numbers or bytes only, two or more: "(0 1 2 3 4)", "FF FE",
#: "1, 2, 3".
_LISTED = re.compile(
    r"([(\[{]?)\s*(?:\d+|[0-9A-F]{2})(?:(?:\s*,\s*|\s+)(?:\d+|[0-9A-F]{2}))+\s*[)\]}]?"
)


def _listed_apart(first: str, second: str) -> bool | None:
    """Two answers that list numbers or bytes only (``_LISTED``): whether they list other
    ones. In brackets, a sequence, in its order ("(3 1 2)" is no "(1 2 3)"); bytes (two
    of them or more with a letter: "FF FE", not "AD 79"), in their order ("FF FE" is no
    "FE FF"); other numbers in any order ("1, 2, 3" is "3, 2, 1"). "(0 1 2 3 4)" is no
    "(1 2 3 4)", which the word fold reads as one answer and a word more. None when one
    answer lists other things."""
    lists = [_LISTED.fullmatch(answer.strip()) for answer in (first, second)]
    if lists[0] is None or lists[1] is None:
        return None
    items = [re.findall(r"[0-9A-F]+", found[0]) for found in lists]
    lettered = [sum(not item.isdigit() for item in listed) for listed in items]
    if any(0 < count < 2 for count in lettered):
        return None  # "AD 79": an era and a year, not two bytes
    if lists[0][1] and lists[1][1] or all(lettered):
        return items[0] != items[1]
    return sorted(map(int, items[0])) != sorted(map(int, items[1]))


#: One move of a notation written as a sequence: a letter or two, then digits or primes
#: ("R", "U'", "R2", "e4", "Nf3", "Bb5"), maybe in brackets.
_MOVE = re.compile(r"[(\[]*[A-Za-z]{1,2}[0-9]*['’′]?[)\]]*")


def _moves(answer: str) -> tuple[str, ...] | None:
    """The moves of an answer that is a sequence written in a notation and nothing else:
    three moves or more apart by spaces, one with a digit or a prime at least (a cube
    algorithm "R U R' U'", chess moves "e4 e5 Nf3"), brackets left out. Their order is
    the answer: the word fold reads "R U R' U' R' F" and "R U' R U R U" as the same
    words. None for any other answer (a list apart by commas, words)."""
    tokens = answer.split()
    if len(tokens) < 3 or not all(_MOVE.fullmatch(token) for token in tokens):
        return None
    if not any(ch.isdigit() or ch in "'’′" for ch in answer):
        return None
    return tuple(token.strip("()[]").replace("’", "'").replace("′", "'") for token in tokens)


#: Words that ask for a term's sense at one time ("What is a tyrant *today*?"), as
#: ``content_words`` gives them (not "currently", "originally": "current", "origin" are
#: nouns too).
_SENSE_OF_A_TIME = frozenset(content_words(fold("today nowadays now historically formerly")))
#: A range of two numbers: "6.0 to 7.0", "6–7" (not "4-2", a score).
_RANGE = re.compile(r"\d(?:[.,]\d+)?\s*(?:to|–|—)\s*\d")
#: An answer that is one number and nothing else: "7", "7.0".
_LONE_NUMBER = re.compile(r"\s*\d+(?:[.,]\d+)?\s*")


def _end_of_range(one: str, other: str) -> bool:
    """``one`` is a lone number and ``other`` writes a range (``_RANGE``): "7" / "slightly
    acidic, 6.0 to 7.0" state other facts, a value and a span it ends, which the
    numbers alone (7 among 6 and 7) would take for one answer said at more length."""
    return bool(_LONE_NUMBER.fullmatch(one)) and bool(_RANGE.search(other))


def _clauses_apart(first: str, second: str) -> bool:
    """Two answers of as many clauses (two or more, apart by commas or semicolons), each
    led by the same word in both, a word for each clause, where what one clause says in
    one answer another clause says in the other: "*Debit* cash, *credit* deferred
    revenue" / "*Debit* deferred revenue, *credit* revenue" put things in other roles,
    whatever words they share (not "credit unearned revenue" / "credit unearned
    tuition revenue", one role said at more length)."""
    parts = [
        [content_words(fold(part)) for part in re.split(r"[,;]", answer.strip().rstrip("."))]
        for answer in (first, second)
    ]
    if len(parts[0]) < 2 or len(parts[0]) != len(parts[1]):
        return False
    if not all(len(clause) >= 2 for clauses in parts for clause in clauses):
        return False
    heads = [[clause[0] for clause in clauses] for clauses in parts]
    if heads[0] != heads[1] or len(set(heads[0])) != len(heads[0]):
        return False
    said = [[set(clause[1:]) for clause in clauses] for clauses in parts]
    return any(
        said[0][i] != said[1][i] and not said[0][i].isdisjoint(said[1][j])
        for i in range(len(said[0]))
        for j in range(len(said[1]))
        if i != j
    )


def _in_brackets(word: str, prompt: str) -> bool:
    """``word`` (a folded content word) is said in brackets in ``prompt`` and nowhere
    else: an aside ("What happens at the finish (release)?")."""
    inside = " ".join(_IN_BRACKETS.findall(prompt))
    outside = _IN_BRACKETS.sub(" ", prompt)
    return word in content_words(fold(inside)) and word not in content_words(fold(outside))


#: A Roman numeral in small letters, as the fold writes a number after a name ("Helm 3":
#: "helm iii").
_FOLDED_NUMERAL = re.compile(r"m*(?:c[md]|d?c{0,3})(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})")


def _numerals_apart(first: str, second: str) -> bool:
    """Two folded answers alike but for one word, a Roman numeral in each ("helm ii" /
    "helm iii", "Helm 2" / "Helm 3"): two numbers, though one's letters are in the
    other's."""
    these, those = first.split(), second.split()
    if len(these) != len(those):
        return False
    differing = [(this, that) for this, that in zip(these, those, strict=True) if this != that]
    return len(differing) == 1 and all(_FOLDED_NUMERAL.fullmatch(word) for word in differing[0])


def _letters_put_in(short: str, long: str) -> bool:
    """``long`` is ``short`` with letters put in at one place, inside it: "getdate()" /
    "get*utc*date()", ".ps1" / ".ps*m*1" (a name made from another's, as the thing it
    names is). Not digits alone ("2.44" / "2.434": a value mistyped)."""
    if len(long) <= len(short):
        return False
    start = 0
    while start < len(short) and short[start] == long[start]:
        start += 1
    end = len(short) - start  # characters of ``short`` left for the common ending
    put_in = long[start : len(long) - end]
    return (
        0 < start < len(short)
        and long.endswith(short[start:])
        and any(char.isalpha() for char in put_in)
    )


#: A prompt that asks for an order: "Stroke order of the medley relay", "byte order mark".
_ASKS_ORDER = re.compile(r"\b(?:order|sequence)\b", re.IGNORECASE)


def _orders_apart(a: Item, b: Item) -> bool:
    """Both prompts ask for an order, each names a thing the other does not, and the
    answers say the same words in another order ("*Individual* medley stroke order?" fly,
    back, breast, free / "Medley *relay* stroke order?" back, breast, fly, free): the
    orders of two things. Not one question reworded ("In what order are the legs of a
    triathlon raced?" / "What is the order of the triathlon legs?": a conflict)."""
    if not (_ASKS_ORDER.search(a.full_prompt) and _ASKS_ORDER.search(b.full_prompt)):
        return False
    if not _reordered(a.answer, b.answer):
        return False
    x = set(content_words(fold(_ASKS_ORDER.sub(" ", a.full_prompt))))
    y = set(content_words(fold(_ASKS_ORDER.sub(" ", b.full_prompt))))
    return bool(x - y - GENERIC) and bool(y - x - GENERIC)


#: An answer of symbols only ("$?", "=~") or a file name extension (".exs").
_AS_WRITTEN = re.compile(r"[^\w\s]+|\.\w{1,8}")
#: A name in code with an underscore in it ("find_by", "read_csv()").
_SNAKE_NAME = re.compile(r"[a-z]\w*_\w+(?:\(\))?", re.IGNORECASE)
#: A name in code ("find", "find()").
_CODE_NAME = re.compile(r"[a-z]\w*(?:\(\))?", re.IGNORECASE)


def _written_apart(first: str, second: str) -> bool:
    """Two answers, each symbols only or a file name extension, written otherwise: "$?"
    is not "$!" (folding drops the "?" and "!"), ".exs" not ".ex" (stemming drops the
    "s"). Spaces, brackets around and the case of letters aside ("(<$>)" is "<$>", ".PS1"
    is ".ps1"). So are two names in code, one with an underscore ("find" / "find_by":
    read as words, one is the other and a word more)."""
    x, y = ("".join(text.split()).removeprefix("(").removesuffix(")") for text in (first, second))
    if x.casefold() == y.casefold():
        return False
    if _AS_WRITTEN.fullmatch(x) is not None and _AS_WRITTEN.fullmatch(y) is not None:
        return True
    # "find" / "find_by": a name in code and another with an underscore, two names
    if x.removesuffix("()").casefold() == y.removesuffix("()").casefold():
        return False  # "read_csv()" / "read_csv"
    return (
        (_SNAKE_NAME.fullmatch(first) is not None or _SNAKE_NAME.fullmatch(second) is not None)
        and _CODE_NAME.fullmatch(first) is not None
        and _CODE_NAME.fullmatch(second) is not None
    )


def _reordered(first: str, second: str) -> bool:
    """Two answers of the same words in another order: "price exceeds face value" /
    "face value exceeds price", "right to left" / "left to right" (the order is what
    they answer); not numbers, which a date writes either way ("1 October")."""
    x, y = re.findall(r"\w+", first.casefold()), re.findall(r"\w+", second.casefold())
    return len(x) >= 2 and x != y and sorted(x) == sorted(y) and all(map(str.isalpha, x))


def _symbols_in_other_case(first: str, second: str) -> bool:
    """Two answers of one word written with symbols (code: "*(om[1])") that differ
    only in a letter's case, which code tells apart ("-n" / "-N"); not a formula of
    words, whose case may be a habit ("PV = nRT" / "pV = nRT"), nor a name of words
    joined by "_" written once in capitals ("Constraint_Error" / "CONSTRAINT_ERROR")."""
    first, second = first.strip(), second.strip()
    return (
        first != second
        and first.casefold() == second.casefold()
        and not any(char.isspace() for char in first)
        and any(not char.isalnum() for char in first)
        and not _joined_name_in_capitals(first, second)
    )


#: A name of words joined by underscores ("Constraint_Error", "max_path").
_JOINED_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")


def _joined_name_in_capitals(first: str, second: str) -> bool:
    """One name of words joined by "_", written in capitals in one answer: one
    identifier in two habits of writing ("Constraint_Error" / "CONSTRAINT_ERROR"), not
    two that differ by one letter's case."""
    return (
        _JOINED_NAME.fullmatch(first) is not None
        and (first.isupper() or second.isupper())
        and not (first.isupper() and second.isupper())
    )


def _unspaced(folded: str) -> str:
    """A folded answer without its spaces."""
    return "".join(folded.split())


def _next_word(word: str, words: list[str]) -> str:
    """The word after the first ``word`` in ``words`` ("" when none)."""
    at = words.index(word) if word in words else len(words)
    return words[at + 1] if at + 1 < len(words) else ""


def _written(stem: str, words: list[str]) -> str:
    """The first of ``words`` that starts with ``stem`` (``stem`` itself if none)."""
    return next((word for word in words if word.startswith(stem)), stem)


def _bare_words(item: Item) -> list[str]:
    """A prompt's content words in order, without sides and repeat marks, an article
    "one" at its start ("One calorie in joules") or the words at its end that name its
    value's unit ("Lager fermentation temperature *in Fahrenheit*")."""
    folded = without_named_unit(one_word_phrases(fold(item.full_prompt)), item.quantities)
    if folded.startswith(("one ", "1 ")):
        folded = folded.partition(" ")[2]
    words = content_words(folded)
    return [word.rpartition(":")[2].split(REPEAT, 1)[0] for word in words]


def _plural_unit(word: str, quantities: frozenset) -> bool:
    """``word``, written in the plural, names a unit of one of ``quantities``' measures
    ("days" for 28 days; not "day", a time of day)."""
    return word.endswith("s") and names_unit_of(word, quantities)


def _written_as_one(words: list[str], others: list[str]) -> bool:
    """Two words side by side in ``words`` are one word of ``others`` ("grs", "80" /
    "grs80"; "puffer", "fish" / "pufferfish")."""
    joined = {first + second for first, second in zip(words, words[1:], strict=False)}
    return not joined.isdisjoint(others)


def _same_acronym(first: str, second: str) -> bool:
    """One prompt is the acronym of the other: ``WAL`` / ``Write-ahead log``, or the other
    written out with it: ``NSAID`` / ``Non-steroidal anti-inflammatory drug (NSAID)``
    (the words before the brackets spell it: "Distance from Sun (AU)" holds a unit)."""
    for short, long in ((first.strip(), second), (second.strip(), first)):
        short = _slashes_dropped(short)
        if len(short) <= 8 and _ACRONYM.fullmatch(short) and sum(map(str.isupper, short)) >= 2:
            if long.rstrip().endswith(f"({short})") and len(long) > len(short) + 2:
                spelt = long.rstrip()[: -len(short) - 2]
                if _spells(short, _initials_of_words(spelt)):
                    return True
            for words in (_INITIALS.findall(long), long.split()):  # "Hash-based": H or HB
                if len(words) == len(short) and _initials(words) == short.upper():
                    return True
    return _glossed(first, second) or _glossed(second, first)


#: An initialism written with slashes: "A/R", "I/O", "P/E" (single capitals).
_SLASHED_INITIALISM = re.compile(r"[A-Z](?:/[A-Z]){1,3}")


def _slashes_dropped(short: str) -> str:
    """An initialism written with slashes as its letters: "A/R" is "AR" (accounts
    receivable), "I/O" "IO"; any other text as it is."""
    return short.replace("/", "") if _SLASHED_INITIALISM.fullmatch(short) else short


#: A prompt with a gloss in brackets: "HMAC (hash-based message authentication code)".
_GLOSS = re.compile(r"([^()]+?)\s*\(([^()]+)\)")


def _glossed(plain: str, other: str) -> bool:
    """``other`` is ``plain`` with its acronym or its spelt-out words in brackets:
    "Service account" / "Service account (SA)", "HMAC" / "HMAC (hash-based message
    authentication code)"."""
    if "(" not in other:  # most prompts have no brackets: no match to try
        return False
    found = _GLOSS.fullmatch(other.strip())
    if found is None or found.group(1).casefold() != plain.strip().casefold():
        return False
    outside, inside = found.groups()
    return _abbreviates(inside, outside) or _abbreviates(outside, inside)


#: Words in brackets.
_IN_BRACKETS = re.compile(r"\(([^()]*)\)")
#: An acronym in brackets at a prompt's end: "... dental visit (AAPD)", "(WHO)?".
_SOURCE_ASIDE = re.compile(r"\(([A-Z]{2,6})\)\s*\??\s*$")
#: A code in brackets ending a prompt: one run of characters with a digit or a mark
#: ("(8+)", "(Sys.max_array_length)"), and its pieces of letters or digits.
_CODE_ASIDE = re.compile(r"\(((?=[^\s()]*[\d+._/:-])[^\s()]*[^\W_][^\s()]*)\)\s*\??\s*$")
_FOLDED_PIECE = re.compile(r"[^\W_]+")
#: A capitalised name, a particle in small letters and a capitalised word or more: its
#: head and its tail ("Vuelta a España", "Tour de France", "Giro d'Italia").
_POSSESSIVE_END = re.compile(r"['’]s$")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME_TAIL = re.compile(
    r"(?<![\w'’-])([A-Z][\w-]+) ((?:(?:a|de|del|della|di|du|des|da|do|la|le) |d['’])"
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"
)
#: An answer's aside in brackets after a word, at its end or before the answer's last
#: words: "Midori Ito (1988)", "Ixodes (black-legged or deer) ticks".
_WORDS_ASIDE = re.compile(r"[^()]*[^\W_][^()]*\(([^()]+)\)[^()]*")
#: An answer of words without a digit and a year in brackets after them: "Ilia Malinin
#: (2022)", "Treaty of Paris (1783)".
_DATED_ASIDE = re.compile(r"[^\W\d_][^\d()]*\(\s*(?:in )?\d{3,4}\s*\)\s*\.?")


_CODE_WORD = re.compile(r"[^\W\d_]+")
_CALL_ASIDE = re.compile(r"([A-Za-z_$][\w$.]*)\s+\(([^()]+)\)\s*\.?")
_AROUND_CODE = 3  # the most words an answer says around its one code span
_SPACED_CODE = 3  # the most words of a code an answer names in its one code span
_NOT_THE_SAME = NEGATIONS | {"or"}  # "never `const`", "implode (or explode)"


def _code_named(code: str, said: str) -> bool:
    """``said`` names the code that ``code`` is: in its one code span, with a few words
    around it and no negation nor "or" ("const" / "with `const`", "===" / "`===` (identical)"),
    or a call's name with an aside in brackets ("implode()" / "implode (alias join)").
    A call's "()" is no other code ("setState()" / "`setState`"); case is kept. A code of
    two or three words is named by a code span only ("let rec" / "with `let rec`")."""
    found = _CODE_SPAN.fullmatch(code.strip())
    name = (found.group(1) if found else code).strip().removesuffix("()")
    spans = _CODE_SPAN.findall(said)
    if not name or len(name.split()) > (_SPACED_CODE if len(spans) == 1 else 1):
        return False
    if len(spans) == 1:
        if spans[0].strip().removesuffix("()") != name:
            return False
        around = _CODE_WORD.findall(_CODE_SPAN.sub(" ", said).casefold())
        return len(around) <= _AROUND_CODE and _NOT_THE_SAME.isdisjoint(around)
    if spans or not code.strip().endswith("()"):
        return False
    found = _CALL_ASIDE.fullmatch(said.strip())
    if found is None or found.group(1) != name:
        return False
    return _NOT_THE_SAME.isdisjoint(_CODE_WORD.findall(found.group(2).casefold()))


#: A question that asks what a thing is called: "What is X called?", "What do you call
#: X?", "What term names X?" ("known as" reads as "also called": ``one_word_phrases``).
_ASKS_A_NAME = re.compile(r"\b(?:called|call|term|terms|name|names|named)\b")
_ARTICLE = re.compile(r"^(?:the|an?) ")


#: A question for the class of a thing: "What drug class is X?", "Which type of rock is
#: X?", "What kind of animal is X?".
_ASKS_A_CLASS = re.compile(
    r"(?:what|which) (?:\w+ )?(?:class|type|kind|family|group|category|sort)(?: of \w+)? "
    r"(?:is|are|was|were) "
)
#: A definition's first words before what it goes on to say: "A TKI *that* targets ...",
#: "An igneous rock*,* ...", "A drug *used* for ...".
_CLASS_LEAD = re.compile(
    r"\s*(?:an?|the)?\s*([^,;:()]+?)\s*"
    r"(?:[,;:(]|\b(?:that|which|who|whose|used|with|for|of|in|from|made|formed)\b)",
    re.I,
)
#: What a symbol may hold besides its marks: letters and digits, and hyphens between
#: them (what is left of "|>", "$_" or "::" is marks; of "top-grain", nothing).
_SYMBOL_MARKS = re.compile(r"(?<=\w)-(?=\w)|\w")
#: An aside in brackets at the end of an answer, and the space before it.
_LAST_ASIDE = re.compile(r"\s*\([^()]*\)\s*\.?\s*$")


def _says_term(answer: str, term: str) -> bool:
    """``answer`` is ``term`` alone: an article aside, and also in the plural or with an
    aside in brackets after it ("an ace (service ace)", "cames (lead came)" say "Ace",
    "Came")."""
    named = _ARTICLE.sub("", fold(term))
    if _ARTICLE.sub("", fold(answer)) == named:
        return True
    said = _ARTICLE.sub("", fold(_LAST_ASIDE.sub("", answer)))
    return bool(named) and said in (named, f"{named}s", f"{named}es")


def _dated_aside(answer: str) -> bool:
    """``answer`` is words, no digit among them, with a year in brackets after them."""
    return _DATED_ASIDE.fullmatch(answer.strip()) is not None


#: An answer and, after a comma, the year or the years of what it did: "Shah Jahan,
#: 1639–48", "Akbar, in 1571", "Vasco da Gama, c. 1498".
_COMMA_DATED = re.compile(
    r"([^\d()]+?),\s*(?:in\s+|c\.\s*|circa\s+)?\d{3,4}(?:\s*[-–—]\s*\d{2,4})?"
    r"(?:\s*(?:BCE?|CE|AD))?\s*\.?",
    re.IGNORECASE,
)


def _date_added(dated: str, plain: str) -> bool:
    """``dated`` is ``plain`` with, after a comma, the year or years it happened ("Shah
    Jahan, 1639–48" / "Shah Jahan", "Akbar, in 1571" / "Akbar"): the date tells when,
    not who or what. Not when ``plain`` says a number of its own (two dates may differ)."""
    found = _COMMA_DATED.fullmatch(dated.strip())
    if found is None or any(char.isdigit() for char in plain):
        return False
    return bool(fold(plain)) and fold(found[1]) == fold(plain)


#: An answer and a gloss in brackets after it, perhaps ended by a full stop.
_ANSWER_GLOSS = re.compile(r"([^()]+?)\s*\(([^()]+)\)\s*\.?")


def _gloss_added(glossed: str, plain: str) -> bool:
    """``glossed`` is ``plain`` with a gloss in brackets after it ("The femur (thigh
    bone)." / "Femur", "Stapes (stirrup)" / "Stapes"): the words before the brackets are
    ``plain``'s, articles and a full stop set aside. Not when ``plain`` has brackets of its
    own (two glosses may tell two things apart), nor when the gloss turns or narrows the
    answer ("Yes (not on Windows)")."""
    if "(" in plain or ")" in plain:
        return False
    found = _ANSWER_GLOSS.fullmatch(glossed.strip())
    if found is None:
        return False
    outside, inside = found.groups()
    words = content_words(fold(outside))
    if not words or words != content_words(fold(plain)):
        return False
    return NEGATIONS.isdisjoint(fold(inside).split())


def _acronym_glossed(glossed: str, plain: str) -> bool:
    """``glossed`` is words and, in brackets after them, ``plain``, an acronym they spell
    or the words it spells: "Respiratory syncytial virus (RSV)" / "RSV"."""
    if "(" in plain or ")" in plain:
        return False
    found = _ANSWER_GLOSS.fullmatch(glossed.strip())
    if found is None:
        return False
    outside, inside = found.groups()
    if fold(inside) != fold(plain):
        return False
    return _abbreviates(inside.strip(), outside) or _abbreviates(outside.strip(), inside)


def _may_alias(a: Item, b: Item) -> bool:
    """Two kinds whose prompts may name one thing by two names (``_aliased``): not a
    term and a limit, whose subject in brackets says what it measures ("Ketone" / "IR
    C=O stretch (ketone)": a definition and a measure)."""
    kinds = {a.kind, b.kind}
    return kinds <= _REWORDED and kinds != {"concept", "limit"}


def _aliased(first: str, second: str) -> bool:
    """One prompt is the other's other name, given in brackets: "犬 (inu)" / "inu",
    "Sensitivity (true positive rate)" / "True positive rate". (Not the name before the
    brackets: "есть (there is)" names one sense of "есть".)"""
    for one, other in ((first, second), (second, first)):
        if ")" in one and "(" in one:
            found = _GLOSS.fullmatch(one.strip())
            if found is not None and _folded_alike(found.group(2), other) and fold(other):
                return True
            named = _WORD_GLOSSED.sub(r"\2", one)  # "What does 犬 (inu) mean?"
            if named != one and _folded_alike(named, other):
                return True
    return False


def _folded_alike(first: str, second: str) -> bool:
    """Two texts whose folds are one, in British or American spelling alike ("GI
    (glycaemic index)" names the "Glycemic index")."""
    a, b = fold(first), fold(second)
    return a == b or american_spelling(a) == american_spelling(b)


#: A word and its other name in brackets, inside a prompt: "犬 (inu)", "ß (eszett)".
_WORD_GLOSSED = re.compile(r"(?<!\S)([^\s()]+) \(([^()]+)\)")


def _abbreviates(short: str, words: str) -> bool:
    """``short`` is an acronym ("SA", "HMAC") that ``words``' initials spell."""
    if not _ACRONYM.fullmatch(short) or sum(ch.isupper() for ch in short) < 2:
        return False
    return _spells(short, _initials_of_words(words))


def _acronyms_spelt(text: str, other: str, words: frozenset[str], others: frozenset[str]):
    """``text``'s answer words (``words``) with each acronym in capitals that ``other``
    spells out in words it does not write itself ("DC" / "direct current", "TKI" /
    "tyrosine kinase inhibitor") read as those words: one answer, an acronym for its
    words. The letters must be the initials of a run of ``other``'s words, in order."""
    if not _has_acronym(text):
        return words
    raw = _INITIALS.findall(other)
    spelt_out = set(words)
    for short in _ACRONYM.findall(text):
        if not short.isalpha() or not short.isupper() or not 2 <= len(short) <= 6:
            continue
        form = fold(short)
        if form not in spelt_out or form in others:
            continue  # a word the other answer writes too: no acronym to read
        for start in range(len(raw) - len(short) + 1):
            run = raw[start : start + len(short)]
            if any(_ROMAN_NUMERAL.fullmatch(w) for w in run):
                continue
            if "".join(w[0] for w in run).upper() == short:
                read = {w.split(REPEAT, 1)[0] for w in content_words(fold(" ".join(run)))}
                if len(read) == len(short) and read <= others:
                    spelt_out.discard(form)
                    spelt_out |= read
                break
    return frozenset(spelt_out)


def _truncated_alike(first: str, second: str) -> bool:
    """Two texts of two words or more, word for word the same but for words one writes
    cut short: the first three letters or more of the other's word at the same place,
    that word two letters longer at least ("10 + DEX mod" / "10 + Dexterity modifier",
    "ANT gain" / "antenna gain"). One cut word at least is marked as one, in capitals
    where the whole word is not ("DEX") or with a full stop ("ant."); a cut word in
    small letters ("mod") only beside a marked one. Only where two prompts are compared
    (``same_meaning`` with ``acronyms``): one question's answers "con" / "constitution"
    / "concentration" stay apart."""
    these, those = first.split(), second.split()
    if len(these) != len(those) or len(these) < 2:
        return False
    marked = cut = False
    for this, that in zip(these, those, strict=True):
        this, that = this.rstrip(",;"), that.rstrip(",;")
        if this.casefold() == that.casefold():
            continue
        short, long = sorted((this, that), key=lambda word: len(word.rstrip(".")))
        stem = short.rstrip(".")
        if not (
            len(stem) >= 3
            and stem.isalpha()
            and long.isalpha()
            and len(long) >= len(stem) + 2
            and long.casefold().startswith(stem.casefold())
        ):
            return False
        cut = True
        marked = marked or short.endswith(".") or (stem.isupper() and not long.isupper())
    return cut and marked


#: A Roman numeral of two letters or more ("II", "XIV"): a number, not a word's initial.
_ROMAN_NUMERAL = re.compile(
    r"(?=[IVXLC]{2})M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})"
)


def _initials(words: list[str]) -> str:
    return "".join(word[0] for word in words).upper()


def _spells(acronym: str, initials: str) -> bool:
    """The letters of ``acronym`` are ``initials``' first and some of the rest in order
    ("IAM": "Identity and Access Management")."""
    letters = [ch for ch in acronym.upper() if ch.isalpha()]
    rest = iter(initials.upper())
    return (
        bool(letters) and initials[:1].upper() == letters[0] and all(ch in rest for ch in letters)
    )


def _senses(answer: str) -> bool:
    """A definition that lists words of one meaning or several ("the bookcase,
    bookshelf", "bench; pew"): a word with more senses than one, another of which
    another card may give."""
    parts = [part.strip() for part in _SENSES.split(answer.strip().rstrip("."))]
    return len(parts) > 1 and all(
        0 < len(part.split()) <= 3 and not any(ch.isdigit() for ch in part) for part in parts
    )


#: What separates the senses a definition lists.
_SENSES = re.compile(r"\s*[,;/]\s*|\s+or\s+")


def _values(item: Item) -> frozenset:
    """An answer's values: the item's (a ratio's "1:16" read as one, ``items``), else
    any the text states."""
    return item.quantities or parse(item.value)


#: A month's name: "15 April 1912", "July 20, 1969".
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=[\s,\d]|$)", re.I
)


#: The words of a lower bound ("*Minimum* disks in a RAID-Z1 vdev").
_FLOOR_WORDS = frozenset({"min", "minimum", "minimal", "fewest", "least"})
#: A prompt that counts the members of a thing allowed to do something: its counted noun
#: first, then a modal of what may happen ("Disks *that may* fail in a vdev", "Disks a
#: vdev *can* lose").
_ALLOWANCE = re.compile(r"^(?:how many )?([a-z][a-z-]*)\b[^?]*?\b(?:may|can|could|might)\b", re.I)


def _floor_and_allowance(
    floor: Item, allowed: Item, own: Collection[int], spelt: Sequence[str]
) -> bool:
    """One prompt's own words (``own``) are a lower bound alone ("*Minimum* disks in a
    RAID-Z1 vdev" 2), the other counts the members that may do something, its counted
    noun first and a modal after it that the first prompt does not say ("Disks that *may*
    fail in a RAID-Z1 vdev" 2): a floor and an allowance, two limits from two sides whose
    values may match (``Verdict._floor_and_allowance``)."""
    if not own or not all(spelt[t].rpartition(":")[2] in _FLOOR_WORDS for t in own):
        return False
    found = _ALLOWANCE.match(allowed.prompt.strip())
    if found is None or _ALLOWANCE.match(floor.prompt.strip()) is not None:
        return False
    counted = stem(found[1].casefold())
    return any(stem(w) == counted for w in re.findall(r"[a-z]+", allowed.answer.casefold()))


def _a_time(item: Item) -> bool:
    """The answer is a year, or a date with its year ("15 April 1912"): what "When ...?"
    and "In which year ...?" ask."""
    quantities = item.quantities
    if _a_year(quantities) or "date" in _dimensions(quantities):
        return True  # "1066", "1789-07-14" (a day and its year)
    if not 1 < len(quantities) <= 2 or _MONTH.search(item.answer) is None:
        return False
    years = [q for q in quantities if _a_year(frozenset({q}))]
    days = [q for q in quantities if q[0] == "n" and 1 <= q[1] <= 31]
    return len(years) == 1 and len(years) + len(days) == len(quantities)


def _a_year(quantities: frozenset) -> bool:
    """One whole number that may be a year ("1066", "44 BC"): what "When ...?" asks."""
    if len(quantities) != 1:
        return False
    ((dimension, amount),) = quantities
    if dimension == "year bc":
        return True
    return dimension == "n" and amount.denominator == 1 and 100 <= amount <= 2200


def _eras_apart(first: frozenset, second: frozenset) -> bool:
    """One value is a year before the common era and the other is not: "44 BC" and
    "44 AD" (read as the bare 44) are two years."""
    return ("year bc" in _dimensions(first)) != ("year bc" in _dimensions(second))


#: Dimensions that are no measure: a bare number, a year, a date.
_NOT_MEASURES = frozenset({"n", "year bc", "date"})
#: The whole numbers read as years among a limit's counts (``_measures_compared``): from
#: 1000 to 2200. (Compared as bounds: ``in range(...)`` tests a Fraction against each
#: number of the range in turn, 1,201 comparisons a number that is no year.)
_FIRST_YEAR, _LAST_YEAR = 1000, 2200


def _measures_compared(
    a: Item, b: Item, quantities: frozenset | None = None, other: frozenset | None = None
) -> tuple[set, set]:
    """What the values of two items measure, a bare number, a year and a date set aside;
    but a count counts when one item is a limit and no value is a year ("Number of
    permanent teeth" 32 / "Adult teeth count" 36): a limit states a measure of its
    subject, while a question's bare number may name a thing (stage 4, section 4, port
    3306), and two years are two events (1914-1918 / 1939-1945)."""
    quantities = a.quantities if quantities is None else quantities
    other = b.quantities if other is None else other
    aside = _NOT_MEASURES
    if "limit" in (a.kind, b.kind) and not (_years_among(quantities) or _years_among(other)):
        aside = _NOT_MEASURES - {"n"}
    return _dimensions(quantities) - aside, _dimensions(other) - aside


#: An answer's lead: the words before a bracket, a comma or a semicolon.
_LEAD = re.compile(r"[^(,;]+")


def _converted_and_rounded(a: Item, b: Item) -> bool:
    """Two answers write one value in two units, one converted from the other and
    rounded to its own written digits ("about 1222 °C" / "approx. 2232 °F", "200 feet" /
    "about 60 metres", "26.21 m" / "86 feet"): one value (``rounded_alike``), not two."""
    return unit_words(a.value) != unit_words(b.value) and rounded_alike(a.value, b.value)


def _lead_values(a: Item, b: Item) -> tuple[frozenset, frozenset]:
    """The values of two answers; of an answer that states a value and more, or values
    that differ from the other's, the value its lead states when it states one ("120
    volts (a household outlet)" 120 V, "30 s (20 s after a reset)" 30 s): what the rest
    adds is an aside."""
    quantities, other = a.quantities, b.quantities
    if quantities and other and equal_values(quantities, other):
        return quantities, other
    return _lead_value(a), _lead_value(b)


#: A number alone written with decimals: "121.500", "1.50" (a measure's precision; a
#: whole "5" may count things: "5" electrodes are no "5 cm").
_DECIMALS_ALONE = re.compile(r"\s*\d+\.\d+\s*")


def _measured_unit_unsaid(a: Item, b: Item) -> bool:
    """One answer a number alone, written with decimals, the other the same number with
    its unit ("121.500" / "121.5 MHz"): one measure, its unit left unsaid."""
    if not (_DECIMALS_ALONE.fullmatch(a.value) or _DECIMALS_ALONE.fullmatch(b.value)):
        return False
    return _bare_numbers_of_measure(a, b, a.quantities, b.quantities)


def _bare_numbers_of_measure(a: Item, b: Item, quantities: frozenset, other: frozenset) -> bool:
    """One answer states bare numbers, none a year ("30 or more", "fifty and over",
    "about 10 to 1"), and the other the same numbers with a unit or as a ratio ("30
    kg/m²", "50 years", "10:1"): the bare numbers are the other's, as it writes them
    or as its unit reads them ("10k" / "10 km"). One value, its unit left unsaid on one
    side (``_measure_echoed`` asks the rest: a rare word shared, no name apart)."""
    for bare, measured, measuring in ((quantities, other, b), (other, quantities, a)):
        if not bare or not measured or _dimensions(bare) != {_BARE} or _years_among(bare):
            continue
        if _BARE in _dimensions(measured) or "year bc" in _dimensions(measured):
            continue
        numbers = {amount for _, amount in bare}
        lead = _LEAD.match(measuring.value)
        said = (lead.group() if lead else "").replace(",", "")
        if numbers in ({Fraction(n) for n in _DECIMALS.findall(said)}, {n for _, n in measured}):
            return True
    return False


#: Plain words joined by hyphens, all in small letters but the first letter: "lead-acid",
#: "all-purpose" (not "us-east-1", "Hodgkin-Reed", "SHA-256").
_PLAIN_COMPOUND = re.compile(r"(?<![\w./-])[A-Za-z][a-z]+(?:-[a-z]+)+(?![\w./-])")


#: A number written in digits, with its decimals: "17.1", "30" (also either side of a
#: times sign, ``_times_between_numbers``).
_DECIMALS = re.compile(r"\d+(?:\.\d+)?")


def _lead_value(item: Item) -> frozenset:
    lead = _LEAD.match(item.value)
    if lead is None or lead.end() == len(item.value):
        return item.quantities
    text = lead.group().strip()
    return parse(text) if is_mostly_quantity(text) else item.quantities


def _years_among(quantities: frozenset) -> bool:
    return any(
        dimension == "n" and amount.denominator == 1 and _FIRST_YEAR <= amount <= _LAST_YEAR
        for dimension, amount in quantities
    )


#: The dimension of a bare number: a count, a year, a version, a code.
_BARE = "n"
#: Ordinals, as the fold reads them ("II" and "2nd" are "second"): two of them name two
#: things of a series ("World War I" / "World War II").
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
#: What a prompt counts ("*how many* sections", "*number of* players"), and what kind
#: of thing it asks for ("*which* section").
_COUNT_ASKED = re.compile(r"(?i)\b(?:how many|number of(?: the)?)\s+([^\W\d_][\w'’-]*)")
_WHICH = re.compile(r"(?i)\b(?:which|what)\s+([^\W\d_][\w'’-]*)")
#: Words that add a thing to the one asked about or widen it to its kind ("a flush draw
#: *plus* a straight draw", "*any* pocket pair").
_ADDING = re.compile(r"(?i)\b(?:plus|any)\b")
#: A compound of two words joined by a hyphen ("partial-thickness").
_COMPOUND = re.compile(r"(?<![\w-])([^\W\d_]{2,})-([^\W\d_]{3,})(?![\w-])")


#: A count and the word in lower case after it, what it counts ("1,000 *executions*"; not
#: "404 Not Found", "73, Barry Bonds").
_COUNT_AND_THING = re.compile(r"\d(?:[\d,.]*\d)?\s+([^\W\d_]{3,})")


def _things_counted_apart(first: str, second: str) -> bool:
    """Two values that each name what they count, and name two things ("1,000
    *executions*" / "10,000 *requests* per second"): the counts of two things, whatever
    the prompts share."""
    these, those = _COUNT_AND_THING.search(first), _COUNT_AND_THING.search(second)
    if these is None or those is None or not (these[1].islower() and those[1].islower()):
        return False
    return stem(these[1]) != stem(those[1])


def _counts_of_two_things(first: str, second: str) -> bool:
    """``first`` counts a thing and ``second`` counts another ("How many *points* win a
    game?" / "How many *games* win a match?") or asks which one of it ("How many
    sections does a Safety Data Sheet have?" / "Which section of a Safety Data Sheet
    covers first aid?"): two questions."""
    counted = _COUNT_ASKED.search(first)
    if counted is None:
        return False
    thing = _counted_as(counted[1])
    other = _COUNT_ASKED.search(second)
    if other is not None:
        return _counted_as(other[1]) != thing  # not "How many groups ...?" / "... classes ...?"
    return any(_counted_as(which[1]) == thing for which in _WHICH.finditer(second))


#: Words for the parts a whole is divided into, counted as one: "How many *classes* does
#: the classification have?" / "How many *groups* are in the classification?".
_DIVISIONS = frozenset(stem(word) for word in "class group category type kind".split())
_DIVISION = "class"


def _counted_as(word: str) -> str:
    """The thing a count question counts, a division of a whole (``_DIVISIONS``) as one."""
    stemmed = stem(word.casefold())
    return _DIVISION if stemmed in _DIVISIONS else stemmed


def _bounds_named_apart(first: str, second: str) -> bool:
    """A bound both prompts name ("limit", "quota") comes right after a word of each
    one's own ("Default *soft* limit of open files" / "Default *hard* limit for open
    files"): two bounds."""
    words = [re.findall(r"[\w'’-]+", text.casefold()) for text in (first, second)]
    before = [{} for _ in words]
    for said, found in zip(words, before, strict=True):
        for at in range(1, len(said)):
            found.setdefault(said[at], said[at - 1])
    return any(
        word in before[1]
        and word in _BOUNDS
        and modifier != before[1][word]
        and modifier not in STOPWORDS
        and before[1][word] not in STOPWORDS
        and modifier not in words[1]
        and before[1][word] not in words[0]
        for word, modifier in before[0].items()
    )


def _compounds_apart(first: str, second: str) -> bool:
    """Each prompt holds a compound of one last part and its own first part, which the
    other does not say ("*partial*-thickness skin loss" / "*full*-thickness loss"): two
    kinds of one thing."""
    words = [set(re.findall(r"[\w'’-]+", text.casefold())) for text in (first, second)]
    heads = [
        {(m[1].casefold(), m[2].casefold()) for m in _COMPOUND.finditer(text)}
        for text in (first, second)
    ]
    return any(
        last == other_last
        and part != other_part
        and part not in words[1]
        and other_part not in words[0]
        for part, last in heads[0]
        for other_part, other_last in heads[1]
    )


#: Values of one measure further apart than this many times are no one value misremembered
#: ("5 TB" / "5 GB", the limits of two things; "15 A" / "30 A" may be one).
_FAR_APART = 20
#: Words that name what a value measures, not what it is of (``_subject_shared``).
_MEASURE_NAMES = frozenset(
    content_words(
        " ".join(sorted({*_EXTENTS, "age", "size", "dose", "last"}.union(*MEASURE_WORDS.values())))
    )
)
#: A name written as where a thing is asked: "in the EU", "at Wimbledon".
_SETTING = re.compile(r"(?<![\w-])(?:in|at|on) (?:the )?((?:[A-Z][\w-]*\s?)+)")


def _values_far_apart(first: frozenset, second: frozenset) -> bool:
    """The largest amounts of two values of one measure are ``_FAR_APART`` times apart,
    or one is no more than zero."""
    high_a, high_b = max(_amounts(first)), max(_amounts(second))
    low, high = sorted((high_a, high_b))
    return low <= 0 or high > low * _FAR_APART


def _modifier(word: str, other: Sequence[str]) -> bool:
    """A word of a prompt's own that may say which kind of thing is asked: a word of
    letters that names no measure ("Clock *speed*" / "Clock *frequency*" say one thing)."""
    return word not in other and word.isalpha() and word not in _MEASURE_NAMES


def _names_of(text: str) -> set[str]:
    """``name_like_words`` of a prompt but bare numbers, which name no thing ("Barolo is
    *100*% which variety?")."""
    return {word for word in name_like_words(text) if not word.isdigit()}


def _deck_name_words(deck: str) -> frozenset[str]:
    """The words of a deck's name as ``name_like_words`` writes them: the topic every
    card of the deck is about, which names no thing of one card ("... available *in
    PHP*?" in a deck named PHP)."""
    return frozenset(re.findall(r"[^\W_]+", deck.casefold()))


def _bare_word(token: str) -> str:
    """A token's word without its side ("per:day") and repeat mark."""
    return token.split(REPEAT, 1)[0].rpartition(":")[2]


def _amounts(quantities: frozenset) -> set:
    return {amount for _, amount in quantities}


def _dimensions(quantities: frozenset) -> set:
    return {dimension for dimension, _ in quantities}


def spelt_alike(a: Item, b: Item) -> bool:
    """Two prompts of one namespace that differ only in British and American spelling."""
    first, second = a.key, b.key
    return (
        first[:-1] == second[:-1]
        and first[-1] != second[-1]
        and american_spelling(first[-1]) == american_spelling(second[-1])
    )


def _spells_option(option: str, own: set[int], words: list[str], other: str) -> bool:
    """A word of ``own`` (a task's own words) is one of the words ``option`` spells:
    "hosts" in ``--list-hosts``; not the name of one option that both it and the
    ``other`` give a value ("scale" in ``scale=1280:720`` / ``scale=1920:1080``)."""
    spelt = set(_words_spelt(option)) - set(_words_spelt(_option_named(option, other)))
    return any(words[t] in spelt for t in own)


def _option_named(option_a: str, option_b: str) -> str:
    """The name before "=" of two changed words that give one option two values
    (``scale=1280:720`` / ``scale=1920:1080``: "scale"); "" else (``*.txt`` /
    ``'*.txt'``)."""
    name, given, _ = option_a.partition("=")
    return name if given and option_b.partition("=")[:2] == (name, given) else ""


def _words_spelt(code: str) -> list[str]:
    """The words a command or an option spells: "list", "hosts" in ``--list-hosts``."""
    return content_words(" ".join(re.findall(r"[a-z]{2,}", fold(code))))


def _says_the_change(own: set[int], named: set[int], naming: set[str], words: list[str]) -> bool:
    """A task's own words name the option both commands change (``named``), with at most
    the program besides (``naming``): "*Scale* a video to 720p *with ffmpeg*" / "Resize a
    video to 720p (ffmpeg)" fill no slot of one template with two things."""
    return bool(own & named) and all(words[t].rpartition(":")[2] in naming for t in own)


def _named_by_both(own: set[int], option_a: str, option_b: str, words: list[str]) -> set[int]:
    """The words of ``own`` (a task's own words) that both changed words of two commands
    spell: the name of one option given two values ("*Scale* a video to 720p" / "*Resize*
    a video to 720p", ``-vf scale=1280:720`` / ``-vf scale=1920:1080``), which names what
    both commands do, not another slot of one template ("*Describe* a pod" / "*Delete* a
    pod", each the word of its own command)."""
    named = set(_words_spelt(_option_named(option_a, option_b)))
    return {t for t in own if words[t].rpartition(":")[2] in named}


def _task_names_command(a: Item, b: Item) -> bool:
    """A word one task has and the other lacks is in its own command only: "Compile the
    project" (``cargo build``) and "Compile and run the project" (``cargo run``) ask for
    two commands, though "run" is no word the checks compare."""
    task_a, task_b = set(fold(a.prompt).split()), set(fold(b.prompt).split())
    code_a, code_b = set(fold(a.answer).split()), set(fold(b.answer).split())
    return any(w in code_a and w not in code_b for w in task_a - task_b) or any(
        w in code_b and w not in code_a for w in task_b - task_a
    )


#: Words that scale what a prompt asks, as a number does: "Length of a *half* marathon"
#: is not "Length of a marathon" (stems, as the checks compare words).
_MULTIPLIERS = frozenset({"half", "halv", "quarter", "twice", "tripl", "quadrupl"})


def _all_zero(quantities: frozenset) -> bool:
    """A value of nothing ("0 ppm", "0"): many things share it, so it ties no two
    prompts of one template together."""
    return bool(quantities) and all(amount == 0 for _dimension, amount in quantities)


#: A name's words, an initial a word of its own: "J.S. Bach" is "J.", "S.", "Bach".
_NAME_PART = re.compile(r"[^\W\d_]\.|[^\W\d_][\w'’-]*")
_DIGITS = re.compile(r"\d+")


#: The small words inside a person's name: "Ludwig van Beethoven", "Simone de Beauvoir".
_NAME_PARTICLES = frozenset("van von de da del della der di du la le ten ter".split())
#: A hyphen or an apostrophe between letters of one name: "Jean-Paul", "Zahir-ud-din",
#: "O'Neill", "Abu'l-Fazl".
_HYPHENS = re.compile(r"(?<=[^\W\d_])[-‐'’](?=[^\W\d_])")


def _one_name_of(short: str, full: str) -> bool:
    """``short`` is one name of the person ``full`` names, alone: the last ("Fitzgerald" /
    "F. Scott Fitzgerald", "Beethoven" / "Ludwig van Beethoven") or the first, as some
    are known ("Leonardo" / "Leonardo da Vinci"); every other word of ``full`` a
    capitalised name (hyphens and apostrophes inside it too: "Babur" / "Zahir-ud-din
    Muhammad Babur", "Sartre" / "Jean-Paul Sartre"), an initial or a particle."""
    name, words = short.strip(" ."), full.strip(" .").split()
    if " " in name or not 2 <= len(words) <= 5 or not name[:1].isupper():
        return False
    if not name.replace("-", "").isalpha():
        return False
    if name.casefold() == words[-1].casefold():
        others = words[:-1]
    elif name.casefold() == words[0].casefold():
        others = words[1:]
    else:
        return False
    return all(
        word in _NAME_PARTICLES
        or (word[:1].isupper() and _HYPHENS.sub("", word.rstrip(".")).isalpha())
        for word in others
    )


def _names_alike_but_aside(first: str, second: str) -> bool:
    """Two answers that name one person once an aside in brackets after the name is set
    aside (one answer's, or both): "Tchaikovsky (1875–76)" / "Pyotr Ilyich Tchaikovsky",
    "P. I. Tchaikovsky (1892)" / "Pyotr Ilyich Tchaikovsky"; the one name, or its
    initials (``_one_name_of``, ``_initials_of``). Not an aside that turns the answer
    ("Adam (not Delibes)")."""
    bare_first, bare_second = _without_aside(first), _without_aside(second)
    if bare_first is None and bare_second is None:
        return False
    x, y = bare_first or first, bare_second or second
    if "(" in x or "(" in y:
        return False
    return _one_name_of(x, y) or _one_name_of(y, x) or _initials_of(x, y) or _initials_of(y, x)


def _without_aside(answer: str) -> str | None:
    """``answer`` without the aside in brackets at its end ("Tchaikovsky (1875–76)"), or
    None when it ends in none or the aside says "not" or the like."""
    found = _ANSWER_GLOSS.fullmatch(answer.strip())
    if found is None or not NEGATIONS.isdisjoint(fold(found[2]).split()):
        return None
    return found[1].strip()


def _initials_of(short: str, full: str) -> bool:
    """``short`` is the name ``full`` with first names written as their initials: "R.
    Bannister" / "Roger Bannister", "J.S. Bach" / "Johann Sebastian Bach"; the last
    name, other words and numbers as written."""
    if "." not in short:  # no initial: no words to read
        return False
    these, those = _NAME_PART.findall(short), _NAME_PART.findall(full)
    if len(these) != len(those) or len(these) < 2:
        return False
    if _DIGITS.findall(short) != _DIGITS.findall(full):
        return False  # "R. Bannister, 1954" / "Roger Bannister, 1955"
    initials = 0
    for this, that in zip(these, those, strict=True):
        if this[-1:] == "." and len(this) == 2 and len(that) > 2 and that[:1].isupper():
            if that[0] != this[0].upper():
                return False  # "R. Landy" / "John Landy"
            initials += 1
        elif this.casefold() != that.casefold():
            return False
    return 0 < initials < len(these)


def _abbreviated_alike(first: str, second: str) -> bool:
    """Two commands, word for word the same but for words one of them abbreviates: a
    subcommand's first letters (``tmux a`` / ``tmux attach``, ``npm ls`` / ``npm list``)
    or a long option's one-letter form (``-g`` / ``--global``, ``-D`` / ``--save-dev``);
    a long option's value after "=" or a blank alike (``-u nginx`` / ``--unit=nginx``).
    Two lone options too (``-k`` / ``--keep-going``: an answer naming an option). A
    program run by its path is named by its name (``bin/rails c`` / ``rails console``).
    Short options bundled in one word are each an option (``nix-env -iA`` / ``nix-env
    --install --attr``, ``rsync -av`` / ``rsync --archive --verbose``); a one-letter
    option is the initial of one spelt out after one dash (ffmpeg's ``-c`` / ``-codec``)."""
    these = _long_options_apart(program_by_name(first))
    those = _long_options_apart(program_by_name(second))
    if len(these) == len(those) == 1 and these[0][:1] == those[0][:1] == "-":
        return _abbreviates_word(*sorted((these[0], those[0]), key=len), subcommand=False)
    if these == those:
        return False
    these, those = _bundles_spread(these, len(those)), _bundles_spread(those, len(these))
    if len(these) != len(those) or these[0] != those[0]:
        return False
    return all(
        _word_abbreviated(this, that, subcommand=place == 1)
        for place, (this, that) in enumerate(zip(these, those, strict=True))
    ) or _options_reordered_alike(these, those)


def _command_word_abbreviated(first: str, second: str) -> bool:
    """Two commands of an interactive tool (a debugger, a REPL) word for word the same
    but for their first words, one the other's short form, and words after it that one
    may abbreviate (``_word_abbreviated``): gdb's ``b main`` / ``break main``, ``i r`` /
    ``info registers``, ``si`` / ``stepi``, ``p/x x`` / ``print/x x`` (a format after
    "/" alike). The short first word is one letter that starts the long one, or letters
    of it in order that do not start it: not ``ls`` / ``lsof``, two programs."""
    these, those = first.split(), second.split()
    if len(these) != len(those) or these[0] == those[0]:
        return False
    (short, short_format), (long, long_format) = sorted(
        (these[0].partition("/")[::2], those[0].partition("/")[::2]), key=lambda w: len(w[0])
    )
    if short_format != long_format or not (short + long).isalpha() or not short.islower():
        return False
    if (len(short) > 1 and long.startswith(short)) or not long.islower():
        return False  # "ls" / "lsof", "vi" / "vim": two programs
    if not _abbreviates_word(short, long, subcommand=True):
        return False
    return all(
        _word_abbreviated(this, that, subcommand=True)
        for this, that in zip(these[1:], those[1:], strict=True)
    )


def _word_abbreviated(this: str, that: str, subcommand: bool) -> bool:
    """Two words of one place in two commands alike: equal, or one the other's short form."""
    return (
        this == that
        or _abbreviates_word(*sorted((this, that), key=len), subcommand=subcommand)
        or short_of(*sorted((this, that), key=len))
    )


def _options_reordered_alike(these: list[str], those: list[str]) -> bool:
    """Two commands' words (one program) alike but for the order of their options and
    how each is written: the same other words in one order, and each option with the
    value after it paired with one of the other's, written alike (``_word_abbreviated``)
    with an equal value, one at least shortened: ``solc --abi --bin -o build T.sol`` /
    ``solc --bin --abi --output-dir build T.sol`` (options only reordered are
    ``items.reordered_keys``'s)."""
    places_a, pieces_a = _options_and_places(these)
    places_b, pieces_b = _options_and_places(those)
    if places_a != places_b or len(pieces_a) != len(pieces_b) or len(pieces_a) < 2:
        return False
    left, shortened = list(pieces_b), False
    for option, value in sorted(pieces_a, key=lambda piece: piece not in left):
        paired = next(
            (
                other
                for other in left
                if other[1] == value and _word_abbreviated(option, other[0], subcommand=False)
            ),
            None,
        )
        if paired is None:
            return False
        left.remove(paired)
        shortened = shortened or paired[0] != option
    return shortened


def _options_and_places(words: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """A command's words but its options, in order, and its options, each with the word
    after it when that is no option (its value, or the word a flag stands before)."""
    places: list[str] = []
    pieces: list[tuple[str, str]] = []
    at = 0
    while at < len(words):
        word = words[at]
        if len(word) > 1 and word[0] == "-":
            after = words[at + 1] if at + 1 < len(words) else ""
            value = after if after and after[0] != "-" else ""
            pieces.append((word, value))
            at += 2 if value else 1
        else:
            places.append(word)
            at += 1
    return places, pieces


#: Short options bundled in one word, as getopt reads them: "-iA" is "-i -A".
_BUNDLED_OPTIONS = re.compile(r"-[A-Za-z]{2,4}")


def _bundles_spread(words: list[str], wanted: int) -> list[str]:
    """``words`` with each word of bundled short options (``-xzf``) spread into its
    options (``-x -z -f``), when that makes them ``wanted`` words; else as they are."""
    if len(words) >= wanted:
        return words
    spread = [
        option
        for word in words
        for option in (
            [f"-{letter}" for letter in word[1:]] if _BUNDLED_OPTIONS.fullmatch(word) else [word]
        )
    ]
    return spread if len(spread) == wanted else words


def _option_named_by_task(short: Item, long: Item) -> bool:
    """Two commands word for word the same but for one short option in one where the
    other has a long option (its value a word of its own: ``--load=f`` is ``--load f``),
    whose words the short one's task says: ``sysctl -p f`` to "*Load* sysctl settings
    from a file" and ``sysctl --load=f``, ``curl -O URL`` to "... under its *remote
    name*" and ``curl --remote-name URL``: perhaps one option written two ways, whatever
    its letter (``-p`` for ``--load``)."""
    these, those = _long_options_apart(short.answer), _long_options_apart(long.answer)
    if len(these) != len(those) or len(these) < 2 or these[0] != those[0]:
        return False
    changed = [(x, y) for x, y in zip(these, those, strict=True) if x != y]
    if len(changed) != 1:
        return False
    option, spelt = changed[0]
    if not (len(option) == 2 and option[0] == "-" and option[1].isalpha()):
        return False
    if spelt[:2] != "--" or not spelt[2:3].isalpha():
        return False
    named = {w.split(REPEAT, 1)[0] for w in content_words(fold(spelt[2:].replace("-", " ")))}
    said = {w.split(REPEAT, 1)[0].rpartition(":")[2] for w in content_words(fold(short.prompt))}
    return bool(named) and named <= said


#: An answer of a few capitals: perhaps an abbreviation ("SC", "IM", "PRN").
_CAPITALS_ONLY = re.compile(r"[A-Z]{2,5}|[A-Z]{1,3}\d{1,2}")  # "SC", "PRN"; "P5", "M3"


#: Number words as an abbreviation writes them: "P5" is "perfect fifth", "M3" "major third".
_COUNTED_AS = {
    word: str(number)
    for number, words in enumerate(
        (
            "", "one first", "two second", "three third", "four fourth", "five fifth",
            "six sixth", "seven seventh", "eight eighth", "nine ninth", "ten tenth",
            "eleven eleventh", "twelve twelfth",
        )
    )
    for word in words.split()
}  # fmt: skip


def _short_form(short: str, long: str) -> bool:
    """``short`` is a few capitals that may abbreviate ``long``: the initials of its words
    ("PRN" / "Pro re nata", "the UN" / "the United Nations"; "of", "and" left out, a
    number kept: "WWII" / "World War II") or letters of its one word in order from its
    first ("SC" / "Subcutaneous", "IM" / "Intramuscular")."""
    short, words = _without_article(short.split()), _without_article(long.split())
    short = "".join(short)
    if _CAPITALS_ONLY.fullmatch(short) is None or not 0 < len(words) <= len(short) + 1:
        return False
    if len(words) > 1:  # a number word abbreviated as its digits: "P5" / "perfect fifth"
        initials = "".join(_initial(word) for word in words).upper()
        # ... or with a word more than the other says: "USA" / "the United States"
        return short == initials or (len(short) == len(initials) + 1 and short[:-1] == initials)
    return _abbreviates_word(short.lower(), words[0].lower(), subcommand=False)


def _without_article(words: list[str]) -> list[str]:
    return words[1:] if words[:1] and words[0].lower() in ("the", "a", "an") else words


def _initial(word: str) -> str:
    """What a word gives an abbreviation: its first letter, its digit ("fifth": 5), a
    number or Roman numeral whole ("II"), an abbreviation whole ("DC" of "DC electrode
    positive": DCEP), nothing for "of" and "and"."""
    if word.lower() in ("of", "and", "&", "for"):
        return ""
    if word.isdigit() or _ROMAN_NUMERAL.fullmatch(word):
        return word
    if len(word) > 1 and word.isalpha() and word.isupper():
        return word
    return _COUNTED_AS.get(word.lower(), word[:1])


def _written_otherwise(first: str, second: str) -> bool:
    """Two commands (folded) that may run one thing written two ways: a word's short
    form (``_abbreviated_alike``), the options in another order (``logs -f web-0`` /
    ``logs web-0 -f``), a leading sudo, a program's name hyphenated. Under one task, not
    a certain conflict."""
    if (
        _abbreviated_alike(first, second)
        or _option_initialled(first, second)
        or _command_word_abbreviated(first, second)
    ):
        return True
    if without_sudo(first) == without_sudo(second) or spaced_program(first) == spaced_program(
        second
    ):
        return True
    if placeholder_written_plainly(first, second) or _with_prose_aside(first, second):
        return True
    return not set(reordered_keys(first)).isdisjoint(reordered_keys(second))


def placeholder_written_plainly(first: str, second: str) -> bool:
    """Two commands word for word the same but where one has a ``<placeholder>`` and the
    other a word in small letters that is its name or its name shortened, the first
    letter kept and the others in order (``pip uninstall pkg`` / ``pip uninstall
    <package>``): perhaps one command, the placeholder written plainly."""
    these, those = first.split(), second.split()
    if len(these) != len(those) or these == those:
        return False
    return all(
        _plain_placeholder(x, y) or _plain_placeholder(y, x)
        for x, y in zip(these, those, strict=True)
        if x != y
    )


def _plain_placeholder(word: str, slot: str) -> bool:
    name = slot[1:-1] if slot[:1] == "<" and slot[-1:] == ">" else ""
    if not (name.isalpha() and word.isalpha() and word.islower() and len(word) > 1):
        return False
    if word[0] != name[0]:
        return False
    letters = iter(name)
    return all(letter in letters for letter in word)


#: Prose in brackets after a command: "(add --fix to also apply them)", "(see the
#: docs)"; words of a sentence in it, not a command's arguments (SQL's "(id int)").
_PROSE_ASIDE = re.compile(
    r"\s+\((?=[^()]*\s)(?=[^()]*\b(?:to|the|also|for|see|then|when|which|e\.g)\b)[^()]*\)$"
)


def without_prose_aside(command: str) -> str:
    """``command`` without prose in brackets after it (``_PROSE_ASIDE``)."""
    return _PROSE_ASIDE.sub("", command)


#: Statements that only load what a command then calls, before it on one line: Julia's
#: "using Pkg; ", Python's "import os; " or "from os import path; ", R's "library(dplyr);
#: ", "require 'json'; " of Ruby.
_IMPORT_FIRST = re.compile(
    r"^(?:(?:(?:using|import|require|library)\b|from\s+\S+\s+import\b)[^;\n]*;\s*)+(?=\S)"
)


def without_import_first(command: str) -> str:
    """``command`` without the import statements before it (``_IMPORT_FIRST``)."""
    return _IMPORT_FIRST.sub("", command, count=1)


def _with_prose_aside(first: str, second: str) -> bool:
    """One command the other with prose in brackets after it (``dune build`` / ``dune
    build (add @runtest to also run the tests)``): perhaps one command and a note on it."""
    for command, other in ((first, second), (second, first)):
        aside = _PROSE_ASIDE.search(other)
        if aside is not None and other[: aside.start()] == command:
            return True
    return False


#: An option and its value joined by "=": "--unit=nginx", "-o=wide".
_LONG_OPTION_VALUE = re.compile(r"(?<!\S)(--?[a-z][\w-]*)[=:](?=\S)", re.I)
#: A resource and its name joined by a slash, as kubectl writes them: "deployment/web"
#: is "deployment web" ("./run", "/etc/hosts" and "apps/v1/x" are none).
_KIND_SLASH_NAME = re.compile(r"(?<!\S)([a-z][a-z.-]*)/(?=[\w.-]+(?:\s|$))", re.I)


def _words_naming_change(program: str, option_a: str, option_b: str) -> set[str]:
    """The words that name what two commands change (``option_a`` / ``option_b``), or the
    program itself when its name is one word: a task that says them says which command
    it is, not what it does. The words of the commands' shared rest still tell what both
    tasks ask ("*Publish* a *release* build" / "*Publish* the app in *Release*
    configuration", ``dotnet publish -c Release`` / ``-r Release``); a program named by
    several words names what it works on ("clicks *topic*": ``kafka-topics.sh``)."""
    changed = content_words(fold(f"{option_a} {option_b}"))
    named = content_words(fold(program))
    spelt = [*changed, *named] if len(named) == 1 else changed
    return {word.split(REPEAT, 1)[0] for word in spelt}


def _long_options_apart(command: str) -> list[str]:
    """The words of ``command``, an option's value a word of its own (``--unit=nginx`` is
    ``--unit nginx``, as getopt reads both; ``-o=wide`` is ``-o wide``), and a resource's
    kind and name two words (``deployment/web`` is ``deployment web``)."""
    if "-" in command and ("=" in command or ":" in command):
        command = _LONG_OPTION_VALUE.sub(r"\1 ", command)
    if "/" in command:
        command = _KIND_SLASH_NAME.sub(r"\1 ", command)
    return command.split()


#: The longest abbreviation that is not its word's start: "ls" (list), "svc", "pvc".
_LONGEST_ABBREVIATION = 4


#: Endings that make a word another thing than its start: a lack ("voice*less*"), a
#: female ("god*dess*").
_OTHER_THING_ENDINGS = ("less", "ess")
#: Prepositions and quantifiers that start many longer words ("*over*takes",
#: "*under*stand", "*all*ow", "*any*thing"): a word of their own, never a short form.
_NEVER_SHORT_FORMS = frozenset({"over", "under", "off", "down", "after", "with", "all", "any"})


def _word_and_its_form(one: str, other: str) -> bool:
    """One word, of three letters or more, starts the other, which goes on by two
    letters or more (not "http" / "http*s*", "fold" / "fold*l*"): a short form ("fed" /
    "federal", "det" / "determinant") or another form ("japan" / "japanese",
    "champion" / "championship"), not an ending that names another thing
    (``_OTHER_THING_ENDINGS``), nor a preposition that starts a longer word ("over" /
    "overtakes", ``_NEVER_SHORT_FORMS``)."""
    short, long = (one, other) if len(one) < len(other) else (other, one)
    if len(short) < 3 or not short.isalpha() or not long.isalpha():
        return False
    if short in _NEVER_SHORT_FORMS:
        return False  # "right of way *over* all others" / "when one aircraft *overtakes*"
    rest = long[len(short) :]
    return long.startswith(short) and len(rest) >= 2 and not rest.endswith(_OTHER_THING_ENDINGS)


def _starts_another(one: str, other: str) -> bool:
    """One word, of two letters or more, is the start of the other, a longer one."""
    short, long = (one, other) if len(one) < len(other) else (other, one)
    return len(short) >= 2 and short.isalpha() and long.isalpha() and long.startswith(short)


def _abbreviates_word(short: str, long: str, subcommand: bool) -> bool:
    """``short`` is ``long``'s one-letter option or its abbreviation: its start
    ("deploy" / "deployment", "nginx" / "nginx.service"; "new" / "new-session" as the
    subcommand; "-lang" / "--language", a long option after one dash) or a few of its
    letters in order ("ls" / "list"); not a name that another
    one extends ("pytest" / "pytest-cov", "awscli" / "aws-sam-cli")."""
    if len(short) == 2 and short[0] == "-" and short[1].isalpha() and long.startswith("--"):
        initials = {part[:1].lower() for part in long[2:].split("=")[0].split("-")}
        return short[1].lower() in initials
    if short_of(short, long):
        return True  # "-lang" / "--language"
    if not (short.isalpha() and long[:1] == short[:1] and len(long) >= len(short) + 2):
        return False
    if long.startswith(short):
        after = long[len(short)]  # "pytest-cov" is another package
        return after.isalpha() or after == "." or (after == "-" and subcommand)
    rest = iter(long)  # "ls": l, then s, in "list-sessions"
    return len(short) <= _LONGEST_ABBREVIATION and all(letter in rest for letter in short)


#: The parts of an option's name: "-filter:v" is "filter" and "v", "--save-dev" "save"
#: and "dev".
_OPTION_PARTS = re.compile(r"[-:_.]+")


def _option_initialled(first: str, second: str) -> bool:
    """Two commands word for word the same but for one option, which one writes as the
    initials of the other's parts (``_initials_in_any_order``), the words after it alike:
    ``ffmpeg -i a -vf fps=24 b`` / ``ffmpeg -i a -filter:v fps=24 b``."""
    these, those = first.split(), second.split()
    if len(these) != len(those) or len(these) < 3 or these[0] != those[0]:
        return False
    changed = [(x, y) for x, y in zip(these, those, strict=True) if x != y]
    if len(changed) != 1:
        return False
    return _initials_in_any_order(*sorted(changed[0], key=len))


def _initials_in_any_order(short: str, long: str) -> bool:
    """``short``, an option of two to four letters after a dash, is ``long``'s parts'
    initials, one letter a part, in any order: ``-vf`` / ``-filter:v`` (video filter),
    ``-sd`` / ``--save-dev``. Each an option of one program in one place, with one value
    after it: perhaps one option written two ways (a warning, not a conflict). Not two
    letters alone (``-r`` / ``-f``) nor a part that is not a word's start."""
    if short[:1] != "-" or long[:1] != "-" or short.startswith("--"):
        return False
    letters = short[1:]
    if not (2 <= len(letters) <= 4 and letters.isalpha()):
        return False
    parts = [part for part in _OPTION_PARTS.split(long.split("=")[0]) if part]
    if len(parts) != len(letters) or not any(len(part) > 1 for part in parts):
        return False
    if not all(part.isalpha() for part in parts):
        return False
    return sorted(part[0].lower() for part in parts) == sorted(letters.lower())


#: A whole answer that counts things: "3 astronauts", "100 senators".
_COUNTED_WORD = re.compile(r"[\d,]+\s+([a-z]{4,})")
#: A number with a word after it: "100 senators", "33 letters".
_COUNTED = re.compile(r"\d\s*[a-z]{4,}\b")


def _counted_apart(a: Item, b: Item) -> bool:
    """One value counts things by a word no unit knows ("100 senators") and the other is a
    measure ("6 years"): two questions ("Number of senators" / "Term of a senator")."""
    for one, other in ((a, b), (b, a)):
        if (
            _dimensions(one.quantities) == {"n"}
            and _COUNTED.search(one.answer) is not None
            and "n" not in _dimensions(other.quantities)  # "1.5B": bytes, or a count
        ):
            return True
    return False


#: An order of growth in big-O (Θ, Ω) notation: "O(n log n)", "Θ(n²)", "O(1)".
_ORDER_OF_GROWTH = re.compile(r"(?<![^\W_])[OΘΩ]\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)")
#: What an order's argument is written with, but means nothing: spaces, a product's dot.
_GROWTH_NOISE = str.maketrans("", "", " \t·*×⋅")


def _orders_of_growth(a: Item, b: Item) -> tuple[str, str] | None:
    """Both answers' orders of growth as one writes them ("O(nlogn)" for "O(n log n)",
    "O(n^2)" for "O(n²)"), when both state one: word overlap says nothing there ("O(n)"
    is no "O(log n)" with a word left out)."""
    if "(" not in a.answer or "(" not in b.answer:  # most answers: no search to run
        return None
    first, second = _ORDER_OF_GROWTH.findall(a.answer), _ORDER_OF_GROWTH.findall(b.answer)
    if not first or not second:
        return None
    return _growth(first), _growth(second)


def _addresses(a: Item, b: Item) -> tuple[object, object] | None:
    """Both answers as IP or MAC addresses or networks ("::1", "10.0.0.0/8"), when each is one
    and nothing more: an address written in full or shortened is one address, and two
    addresses that share their numbers ("1.1.1.1" / "1.0.0.1") are two."""
    first, second = _address(a.answer), _address(b.answer)
    if first is None or second is None:
        return None
    return first, second


#: A MAC address: six pairs of hex digits joined by ':' or '-'.
_MAC = re.compile(r"[0-9A-Fa-f]{2}(?:([:-])[0-9A-Fa-f]{2})(?:\1[0-9A-Fa-f]{2}){4}")


@lru_cache(maxsize=4096)
def _address(text: str) -> object | None:
    """``text`` (perhaps in backticks) as an IP address, a network if it has a "/", or
    a MAC address (in small letters, joined by ':')."""
    written = text.strip().strip("`").strip()
    if not written or written[0] not in "0123456789abcdefABCDEF:" or " " in written:
        return None
    if not any(ch.isdigit() for ch in written):
        return None  # "dead::beef", "a::b": a path in code, not an address
    if _MAC.fullmatch(written):
        return "mac " + written.lower().replace("-", ":")  # "00-1A-..." is "00:1a:..."
    try:
        if "/" in written:
            return ipaddress.ip_network(written, strict=False)
        return ipaddress.ip_address(written)
    except ValueError:
        return None


_TWO_LETTER_SYMBOLS = frozenset(symbol for symbol in SYMBOLS if len(symbol) == 2)
#: The stems of the elements' names and of the ions and other substances a lab
#: measures: two of them are two substances, never one measure worded twice
#: ("chloride" / "calcium", "potassium" / "urea").
_SUBSTANCES = frozenset(
    stem(name)
    for name in (
        *ELEMENT_OF_NAME,
        *("chloride", "bicarbonate", "phosphate", "sulfate", "sulphate", "carbonate"),
        *("fluoride", "iodide", "bromide", "nitrate", "nitrite", "ammonium", "ammonia"),
        *("urea", "creatinine", "glucose", "albumin", "bilirubin", "cholesterol", "urate"),
        *("lactate", "ferritin", "transferrin", "troponin", "triglycerides", "haemoglobin"),
    )
)


def _element_and_symbol(name: str, symbol: str) -> bool:
    """``name`` is a chemical element and ``symbol`` its symbol, as written ("hydrogen" /
    "H", "Sodium" / "Na"; not "h" or "NA"). An ion is no element: "Na+", which folds to
    "sodium", is not "Na"."""
    if _charged(name):
        return False
    words = fold(name).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return len(words) == 1 and ELEMENT_OF_NAME.get(words[0]) == symbol.strip()


#: An ion as written: a symbol or formula with its charge after it ("Na+", "Na⁺", "Ca2+",
#: "Cl-", "SO₄²⁻", "NH4^+"); not an isotope ("Cl-36").
_ION_WRITTEN = re.compile(
    r"(?<![\w])(?:[A-Z][a-z]?[\d₀-₉]*)+(?:\^\{?\d*|[²³¹⁰-⁹]*)[+\-−⁺⁻](?![\w+\-−])"
)


def _charged(text: str) -> bool:
    """``text`` writes an ion: an element's symbol or a formula with its charge."""
    return _ION_WRITTEN.search(text) is not None


def _growth(arguments: list[str]) -> str:
    written = " ".join(arguments).translate(_GROWTH_NOISE).lower()
    return fold(written).replace(" ", "").replace("lg", "log")


def _converted(a: Item, b: Item) -> bool:
    """One value written in two units, equal or rounded ("9 bar" / "130 psi"): someone
    converted it, so the two prompts likely ask one thing, even with a word swapped."""
    dimensions = _dimensions(a.quantities)
    if not dimensions or "n" in dimensions or dimensions != _dimensions(b.quantities):
        return False
    if not (unit_words(a.answer) & unit_words(b.answer)) <= {"°"}:  # °C / °F: two units
        return False  # "16 bytes" for PBKDF2 and for bcrypt; "24 h" / "23 h 56 min"
    if equal_values(a.quantities, b.quantities):
        return True
    return rounded_alike(a.value, b.value) and all(
        any(_converted_close(dimension, x, y) for _, y in b.quantities)
        for dimension, x in a.quantities
    )  # not "5 TiB" / "5 TB": ten per cent apart, nor "4 KiB" / "4 KB": 2.3


def _converted_close(dimension: str, x: Fraction, y: Fraction) -> bool:
    """``x`` and ``y`` (base units of ``dimension``) as close as a conversion rounded to
    the written digits leaves them. A temperature's share is of its degrees from
    freezing, not of its kelvin (2 % of 283 K is 5.7 K: 10 °C and 55 °F), with a degree
    and a half for the roundings of both scales ("18 °C" / "65 °F")."""
    if dimension == "kelvin":
        celsius = max(abs(x - _FREEZING), abs(y - _FREEZING))
        return abs(x - y) <= max(_DEGREES_ROUNDED, _CONVERTED_SHARE * celsius)
    return abs(x - y) <= _CONVERTED_SHARE * max(abs(x), abs(y))


#: A value converted and rounded stays this close to the other: 130 psi is 8.96 bar, and
#: a metric limit given in round feet (120 m is 393.7 ft, written "400 ft") stays within
#: two per cent; a binary prefix against a decimal one (KiB / KB) is 2.3 per cent apart.
_CONVERTED_SHARE = Fraction(2, 100)
#: 0 °C in kelvin, and how far a temperature converted and rounded may be from the
#: other ("200 °C" / "about 390 °F" is 1.1 K apart).
_FREEZING = Fraction("273.15")
_DEGREES_ROUNDED = Fraction(3, 2)


#: A count in pairs: "23 pairs".
_IN_PAIRS = re.compile(r"\d\s*pairs?\b", re.I)


#: A prompt that asks for pairs: "Chromosome pairs in a human cell?".
_PAIRS_WORD = re.compile(r"\bpairs?\b", re.I)


def counts_pairs(text: str) -> bool:
    """``text`` states a count in pairs ("23 pairs")."""
    return _IN_PAIRS.search(text) is not None


def pairs_or_things(a: Item, b: Item) -> bool:
    """One value counts pairs and the other does not, under prompts that do not ask for
    pairs: "Chromosomes in a human gamete?" ``23`` / ``23 pairs`` (46 chromosomes), the
    things, or their pairs."""
    if counts_pairs(a.value) == counts_pairs(b.value):
        return False
    return not (_PAIRS_WORD.search(a.full_prompt) or _PAIRS_WORD.search(b.full_prompt))


def _paired(text: str, pairs: frozenset, other: frozenset) -> bool:
    """``text`` counts pairs (``pairs`` parsed from it) and ``other`` twice as many: may
    be the things paired ("23 pairs" of chromosomes, "46" chromosomes)."""
    if not counts_pairs(text):
        return False
    return {(dimension, 2 * amount) for dimension, amount in pairs} == set(other)


def _other_measures(first: frozenset, second: frozenset) -> bool:
    """Values of two measures that share no unit the checks convert: a dose against a
    level (mg/kg against mg/L), "1 year" against "31536000 s". They may state one
    thing (a year of 365 days), or two: a possible conflict, never a certain one. Two
    currencies are no such pair: "USD 7000" and "EUR 7000" cannot both be one limit."""
    x, y = _dimensions(first) - {"n"}, _dimensions(second) - {"n"}
    if x | y == _CENTURIES:
        return False  # "5th century BC" / "5th century": two centuries
    return bool(x) and bool(y) and x.isdisjoint(y) and not x | y <= CURRENCIES


#: Seconds in a year of 365.25 days: months and years (unit "year") against weeks,
#: days and hours (unit "second"), read roughly (``durations_far_apart``).
_YEAR_SECONDS = Fraction(36525 * 864)


def durations_far_apart(first: frozenset, second: frozenset) -> bool:
    """Durations in calendar units (months, years) against durations in fixed ones
    (weeks, days), each answer in one unit, whose ranges are more than three times
    apart once a year is read as 365.25 days ("2 to 8 weeks" / "6 months to 1 year"):
    they cannot both be right. Not "6 weeks" / "2 months", which a month's length may
    make one, nor "2 weeks" / "1 month", which one may round to the other."""
    x, y = _dimensions(first), _dimensions(second)
    if {frozenset(x), frozenset(y)} != {frozenset({"second"}), frozenset({"year"})}:
        return False

    def seconds(quantities: frozenset) -> list:
        scale = _YEAR_SECONDS if _dimensions(quantities) == {"year"} else 1
        return sorted(value * scale for _, value in quantities)

    low, high = sorted((seconds(first), seconds(second)))
    return 0 < low[-1] and 3 * low[-1] < high[0]


#: A century by its number in either era (``quantities._numbered_centuries``).
_CENTURIES = frozenset({"century", "century bc"})


#: The first words of a question that ask for a place, a time, a reason, a way or a
#: person: its other words may be another question's ("Where was Napoleon born?" /
#: "When ...?", "Who wrote Hamlet?" / "When was Hamlet written?").
_INTERROGATIVE = re.compile(
    r"(where|when|why|how|who)\b(?! (?:many|much|long|far|old|big|large|tall|often|fast|high"
    r"|deep|wide|heavy|hot|cold|early|late|soon)\b)",
    re.IGNORECASE,
)


#: A question that asks a place in words: "Location of X?", "What is the location of X?"
_LOCATION_OF = re.compile(r"(?:what is )?(?:the )?location of\b", re.IGNORECASE)


def _interrogative(item: Item) -> str | None:
    """ "where", "when", "why", "how" or "who" when a question starts by asking for a
    place, a time, a reason, a way or a person ("How long", "How many" ask for a value:
    None)."""
    if item.kind != "qa":
        return None
    found = _INTERROGATIVE.match(item.prompt.lstrip())
    if found is None and _LOCATION_OF.match(item.prompt.lstrip()):
        return "where"  # "Location of the hippocampus?"
    return found.group(1).casefold() if found else None


#: A question for another name of a thing: "What is the other name of platelets?",
#: "What are thrombocytes also called?", "... also known as?", its name in a language:
#: "What is Go called in Chinese?", "What is a zoning board's name in French?"
_ASKS_OTHER_NAME = re.compile(
    r"\b(?:(?:an)?other|alternative) names?\b|\balso (?:called|known)\b"
    r"|\b(?:called|named|name|known) in [^\W\d_]+\W*$"
)


def _asked_otherwise(a: Item, b: Item) -> bool:
    """Two questions that ask for two kinds of thing ("Where was Napoleon born?" /
    "When was Napoleon born?"), or a question for a place, a time or a reason beside a
    term, which is asked what it is ("Where does photosynthesis happen?" /
    "Photosynthesis"): their other words may all be the same."""
    first, second = _interrogative(a), _interrogative(b)
    if first and second:
        return first != second
    if _amount_and_one_asked(a, b) or _amount_and_one_asked(b, a):
        return True  # "How tall is the Eddystone tower?" / "Which lighthouse stood there first?"
    asked = first or second
    question, other = (a, b) if first else (b, a)
    if asked == "who" and other.kind == "concept":  # not "Who is tori?" / "Tori": what it is
        return not _asks_what_it_is(question.prompt) and not _who_told_by_definition(
            question, other
        )
    return asked in ("where", "when", "why") and other.kind == "concept"


#: A question for an amount: "How tall ...?", "How many ...?"; and one for a person or a
#: thing of a kind: "Who ...?", "Which lighthouse ...?"
_ASKS_AMOUNT = re.compile(
    r"\s*how (?:many|much|long|far|old|big|large|tall|often|fast|high|deep|wide|heavy|hot"
    r"|cold)\b",
    re.IGNORECASE,
)
_ASKS_ONE = re.compile(r"\s*(?:who|whom|which)\b", re.IGNORECASE)


def _amount_and_one_asked(amount: Item, one: Item) -> bool:
    """A question for an amount answered with a number ("How tall is the tower of the
    Eddystone lighthouse?" 49 metres) and one for a person or a thing of a kind answered
    with a name ("Which lighthouse stood on the Eddystone rocks first?" Winstanley's):
    two questions of one subject, however many words they share. Not one asked the other
    way, whose prompt says all the other's answer ("How many moons has Mars?" 2 / "Which
    planet has two moons?" Mars)."""
    if amount.kind != "qa" or one.kind != "qa":
        return False
    if _ASKS_AMOUNT.match(amount.prompt) is None or _ASKS_ONE.match(one.prompt) is None:
        return False
    if not amount.answer.lstrip()[:1].isdigit() or not one.answer.lstrip()[:1].isalpha():
        return False
    said_one, said_amount = (
        set(content_words(fold(one.full_prompt))),
        set(content_words(fold(amount.full_prompt))),
    )
    return not (
        said_one.issuperset(content_words(fold(amount.answer)))
        or said_amount.issuperset(content_words(fold(one.answer)))
    )


def _who_told_by_definition(question: Item, term: Item) -> bool:
    """A definition that says a word of the person a "Who ...?" question answers, beyond
    the words of the term ("Who created Zig?" Andrew Kelley / "Zig": "A language Andrew
    Kelley created"): the question is one of the term's facts. Not one that says none
    ("Who designed the first lighthouse Fresnel lens?" Augustin-Jean Fresnel / "Fresnel
    lens": "A lens of concentric prisms ..."): two facts of the term."""
    told = set(content_words(fold(question.answer))) - set(content_words(fold(term.prompt)))
    return not told or not told.isdisjoint(content_words(fold(term.answer)))


#: A question that asks what a term is: "What is a toilet flapper?", "What are
#: cocci?", "What does "proofing" dough mean?", "What does \b match?", "What does the
#: first law of thermodynamics state?", "What does leather hard mean for clay?" (in a
#: context, as "What is gezellig in English?"), "Define PEX." Not one that goes on to ask
#: something of it: "What is an enzyme made of?", "What is Git used for?".
_WHAT_IT_IS = re.compile(
    r"(?:what|who) (?:is|are) (?:meant by )?(?:an? |the )?(?P<asked>.+?)\s*\?*"
    r"|what does (?P<meant>.+) (?:mean|stand for|do|match|state|say|look like|represent|measure"
    r"|indicate|signify|denote)(?: (?:in|for|on|to) [^?]+)?\s*\?*|define (?P<defined>.+?)[.?]*",
    re.IGNORECASE,
)
_ASKS_MORE = re.compile(
    r"\b(?:of|for|with|from|in|on|at|to|by|about|like|made|used|called|doing|do)$", re.I
)


#: Words that open a question: a definition's lead that opens so is no name.
_QUESTION_WORDS = frozenset("how what why when where who which whose".split())
#: The most words a definition's lead may say and still be the thing's other name.
_LEAD_NAME_WORDS = 5
#: "What is specific impulse a measure of?": what a thing measures, its definition.
_MEASURE_OF = re.compile(r"(?P<asked>.+?) an? measure of", re.IGNORECASE)


def _asked_what_it_is(question: str) -> str | None:
    """The thing a question asks what it is, means or measures (``_WHAT_IT_IS``, "What
    is X a measure of?"), as written; None for any other question."""
    found = _WHAT_IT_IS.fullmatch(question.strip())
    if found is None:
        return None
    asked = found.group("asked") or found.group("meant") or found.group("defined")
    if asked is None:
        return None
    measured = _MEASURE_OF.fullmatch(asked.strip())
    if measured is not None:
        return measured.group("asked").strip()
    return None if _ASKS_MORE.search(asked) else asked.strip()


def _asks_what_it_is(question: str) -> bool:
    """``question`` asks what its term is, and no more (``_WHAT_IT_IS``)."""
    found = _WHAT_IT_IS.fullmatch(question.strip())
    if found is None:
        return False
    asked = found.group("asked")
    return asked is None or _ASKS_MORE.search(asked) is None


#: A question that asks what a term is in a context: "What is a let in tennis?", "What
#: are stops in photography?"
_WHAT_IT_IS_IN = re.compile(
    r"(?:what|who) (?:is|are) (?:an? |the )?(?P<asked>.+?) (?:in|for|on) [^?]+?\s*\?*",
    re.IGNORECASE,
)


#: "What does BAT stand for in dog training?": what letters stand for in a context.
_STANDS_FOR_IN = re.compile(
    r"what does (?P<asked>.+?) (?:stand for|mean) (?:in|for|on) [^?]+?\s*\?*", re.IGNORECASE
)


def _asked_in_context(term: Item, question: Item) -> bool:
    """``question`` asks what ``term``'s term is in a context its deck may leave unsaid
    ("What is a refusal in show jumping?" / "Refusal"), as "What is a refusal?" asks:
    one prompt. Not a question that asks more of it ("What is a shuttlecock made of in
    badminton?"), nor a definition that names a context of its own ("Handshake": "The
    TLS exchange ..." / "What is a handshake in TCP?"). A question that asks what a term
    is and no more is that term ("What is the catch?" / "What is the catch in the rowing
    stroke?")."""
    if question.kind != "qa" or question.is_code:
        return False
    term_name = _term_asked(term)
    if term_name is None:
        return False
    found = _WHAT_IT_IS_IN.fullmatch(question.prompt.strip())
    if found is None:  # "What does BAT stand for in reactivity training?" / "BAT": "Behavior
        # Adjustment Training, Grisha Stewart's method ...": the letters spelt out say it
        found = _STANDS_FOR_IN.fullmatch(question.prompt.strip())
        if found is None or not _expansion_defined(question, term):
            return False
    elif _ASKS_MORE.search(found.group("asked")) is not None:
        return False
    elif name_like_words(term.answer) - name_like_words(question.prompt):
        return False
    named = content_words(fold(term_name))
    return bool(named) and set(content_words(fold(found.group("asked")))) == set(named)


#: The fewest letters a clipped word keeps, and the fewest it drops ("devit" of
#: "devitrification", "exam" of "examination"; not "cat" of "catalyst").
_CLIPPED_KEEPS = 4
_CLIPPED_DROPS = 3


def _clipped(short: str, word: str) -> bool:
    """``short`` is one word, ``word``'s start: the word clipped, as speakers of a trade
    say it ("devit" / "Devitrification")."""
    short, word = short.strip().lower(), word.strip().lower()
    return (
        short.isalpha()
        and word.isalpha()
        and len(short) >= _CLIPPED_KEEPS
        and len(word) >= len(short) + _CLIPPED_DROPS
        and word.startswith(short)
    )


def _term_asked(item: Item) -> str | None:
    """The term a concept defines, or the one a question asks what it is and no more
    ("What is the catch?"; not "What is the catch in rowing?" nor "What is X made of?")."""
    if item.kind == "concept":
        return item.prompt
    if item.kind != "qa" or item.is_code:
        return None
    prompt = item.prompt.strip()
    found = _WHAT_IT_IS.fullmatch(prompt)
    if found is None or found.group("asked") is None or _WHAT_IT_IS_IN.fullmatch(prompt):
        return None
    return None if _ASKS_MORE.search(found.group("asked")) else found.group("asked")


#: A value that is one number and one word after it: "72 Stunden", "3 Tage", "96 senators".
_NUMBER_AND_WORD = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s+([^\W\d_]{3,})\.?\s*")


def _counts_of_other_words(a: str, b: str) -> bool:
    """Two values that are each a number of another word the checks read as no unit
    ("72 Stunden" / "3 Tage": hours and days in German): perhaps one value in two
    units, as "1 year" / "31536000 s" may be; "96 senators" / "100 senators" conflict."""
    first, second = _NUMBER_AND_WORD.fullmatch(a), _NUMBER_AND_WORD.fullmatch(b)
    if first is None or second is None:  # "1000 cm⁻¹" / "100000 m⁻¹": such words too
        first = _NUMBER_AND_WORD.fullmatch(powered_units_as_words(a))
        second = _NUMBER_AND_WORD.fullmatch(powered_units_as_words(b))
    if first is None or second is None:
        return False
    if first.group(2).casefold() == second.group(2).casefold():
        return False
    for found in (first, second):
        value = parse(found.group(0))
        if _dimensions(value) != {"n"} or value != parse(found.group(1)):
            return False  # "3.1 billion": a word the checks read
    return True


def _count_against_measure(first: frozenset, second: frozenset) -> bool:
    """One value only counts (a bare number, or one in a unit the checks do not know:
    "1,000 nm") and the other only measures, in units they know ("1 micrometre"). A year
    before Christ is no measure: "44 BCE" and "AD 44" are two years."""
    x, y = _dimensions(first), _dimensions(second)
    if "year bc" in x or "year bc" in y:
        return False
    return (x == {"n"} and "n" not in y) or (y == {"n"} and "n" not in x)


def _written_numbers(value: str) -> set[str]:
    """The numbers written in digits in ``value``, without thousands commas ("8,000 bytes":
    "8000")."""
    return set(_DIGITS.findall(value.replace(",", "")))


def _same_spelling(a: Item, b: Item, x: Sequence[int], y: Sequence[int]) -> bool:
    """Prompts spelt alike but for spaces: "ConfigMap" / "Config map"."""
    if len(x) == len(y):
        return False  # one word written as two makes a word more
    first, second = a.key[-1], b.key[-1]
    return first != second and first.replace(" ", "") == second.replace(" ", "")


#: An acronym in brackets: "(DIP)", "(COPD)".
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")


def _glosses_apart(answer: str, other: frozenset[str]) -> frozenset[str]:
    """The words of ``answer`` that are acronyms in brackets right after the words they
    spell ("distal interphalangeal (DIP) joints", "chronic obstructive pulmonary disease
    (COPD)"), as its plain words (``Verdict._plain_words``), that ``other`` (the other
    answer's plain words) does not say: a gloss, no word of its own, so "the distal
    interphalangeal (DIP) joints" is a short answer of three words, as "the proximal
    interphalangeal joints" is."""
    if "(" not in answer:
        return frozenset()
    found: set[str] = set()
    for match in _BRACKETED_ACRONYM.finditer(answer):
        short = match.group(1)
        if sum(ch.isupper() for ch in short) < 2:
            continue
        before = [word.upper() for word in _INITIALS.findall(answer[: match.start()])]
        if any(
            _letters_from(short.upper(), before[-size:])
            for size in range(2, min(len(short), len(before)) + 1)
        ):
            found.update(content_words(fold(short)))
    return frozenset(found - other)


def _swapped(x: set[str], y: set[str]) -> bool:
    """Short answers where each has a word the other lacks: one word swapped for
    another ("Red blood cells" / "White blood cells"), not one answer said at more
    length ("Red blood cells (erythrocytes)"). In an answer of a few more words, one
    word for one other is a swap too: "... at which air becomes saturated" is not "...
    at which air becomes unstable"."""
    only_x, only_y = x - y, y - x
    if len(only_x) == 1 == len(only_y) and max(len(x), len(y)) <= ONE_WORD_SWAPPED:
        (one,), (other,) = only_x, only_y  # not a word and its short form ("Art." /
        if (
            one.isalpha()
            and other.isalpha()
            and not (  # "Article"), nor a sign ("€")
                one.startswith(other) or other.startswith(one)
            )
        ):
            return True
    return min(len(x), len(y)) <= SHORT_ANSWER and bool(only_x) and bool(only_y)


#: A word that sets an answer's two clauses against each other ("X, while Y").
_CONTRAST = re.compile(r"\b(while|whereas|but|unlike)\b", re.I)


def _traded_across_contrast(first: str, second: str, joint: re.Pattern = _CONTRAST) -> bool:
    """Two answers that set two clauses against each other with one word ("while",
    "whereas", "but", "unlike") and trade words across it while other words stay where
    they were: "Identity (the same object), while == compares values" / "Values
    (equality), while == compares identity" say opposite things in the same words. Two
    clauses that only change places ("Lists are mutable, while tuples are immutable" /
    "Tuples are immutable, while lists are mutable") keep nothing in place: one fact."""
    clauses_a, clauses_b = _contrasted(first, joint), _contrasted(second, joint)
    if clauses_a is None or clauses_b is None or clauses_a[0] != clauses_b[0]:
        return False
    (_, a1, a2), (_, b1, b2) = clauses_a, clauses_b
    moved_on = (a1 - a2) & (b2 - b1)
    moved_back = (a2 - a1) & (b1 - b2)
    stayed = ((a1 & b1) - a2 - b2) | ((a2 & b2) - a1 - b1)
    return bool(moved_on and moved_back and stayed)


def _contrasted(
    answer: str, joint: re.Pattern = _CONTRAST
) -> tuple[str, set[str], set[str]] | None:
    """The contrast word (``joint``) of an answer that holds one once, and the stems of
    the words before and after it; None for any other answer."""
    found = joint.findall(answer)
    if len(found) != 1:
        return None
    before, _, after = joint.split(answer, maxsplit=1)
    return found[0].lower(), _stems(before), _stems(after)


#: A word that joins two parts of one finding ("PIP flexion *with* DIP hyperextension").
#: A measure that opens an answer, a hedge before it: "225 L (about 59 US gallons)",
#: "about 2 atm, at sea level" (``_one_measure_leads``).
_LEADING_MEASURE = re.compile(
    r"\s*(?:(?:about|approx\.?|approximately|roughly|around|~)\s+)?(\d[^,;(\[]*?)\s*(?:[,;(\[]|$)",
    re.I,
)


#: A number as written, for ``_one_measure_leads``.
_WRITTEN_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _one_measure_leads(first: str, second: str) -> bool:
    """Both answers open with one measure in a unit (a hedge before it aside), the same
    value in other units or the same number rounded in another unit, and say more after
    a comma or in brackets: "225 litres" / "225 L (about 59 US gallons)", "2 bar" /
    "2 atm". One answer's core written otherwise; a bare number has no unit to read
    ("2" / "2, at 8 and 16 points"), nor has an answer that opens with words ("RSP
    aligned to 16 bytes")."""
    leads = []
    for answer in (first, second):
        found = _LEADING_MEASURE.match(answer)
        if found is None:
            return False
        values = parse(found[1])
        if len(values) != 1 or next(iter(values))[0] == "n":
            return False
        leads.append((found[1], next(iter(values))))
    (text_a, value_a), (text_b, value_b) = leads
    if value_a[0] != value_b[0]:
        return False
    if value_a == value_b:
        return True
    written = _WRITTEN_NUMBER.findall(text_a) == _WRITTEN_NUMBER.findall(text_b)
    return written and rounded_alike(text_a, text_b)  # not "5 ft 8 in" / "6 feet"


#: One aside in brackets after an answer's first words, and what follows it.
_FIRST_ASIDE = re.compile(r"([^()]+)\(([^()]+)\)([^()]*)")
#: What parts the names an aside lists: "(catchment, watershed)", "(NAC or acetylcysteine)".
_ASIDE_LIST = re.compile(r"\s*(?:[,;/]|\bor\b|\baka\b|\balso\b|\bcalled\b)\s*", re.I)
#: Words that make an aside no other name of the answer: "(not nitrogen)", "(unlike X)".
_ASIDE_APART = re.compile(r"\b(?:not|no|never|unlike|except|vs|versus|than|before|after)\b", re.I)


def _named_in_aside(name: str, answer: str) -> bool:
    """``name``, an answer of no brackets nor comma, is one of the names the aside in
    brackets of ``answer`` lists, the answer's other name: "catchment" / "a drainage
    basin (catchment, watershed)", "N-acetylcysteine" / "NAC (N-acetylcysteine), best
    given within 8 hours". Not an aside that sets it apart ("Oxygen (not nitrogen)",
    "Saturn (smaller than Jupiter)": a whole entry is the name, no negation by it)."""
    if any(mark in name for mark in "()[],;") or not name.strip():
        return False
    found = _FIRST_ASIDE.fullmatch(answer.strip())
    if found is None or _ASIDE_APART.search(found[2]) or _ASIDE_APART.search(found[1]):
        return False
    wanted = fold(name).strip()
    return any(fold(entry).strip() == wanted for entry in _ASIDE_LIST.split(found[2]) if entry)


#: An answer that opens with the means it names ("With -eq", "with val"): ``_answer_ids``.
_MEANS_FIRST = re.compile(r"\s*with\s", re.I)
_JOINED_WITH = re.compile(r"\b(with)\b", re.I)


def _traded_across_joint(first: str, second: str) -> bool:
    """Two answers of two parts joined by "with" whose words trade across it while a
    word of each part stays ("PIP hyperextension with DIP flexion" / "PIP flexion with
    DIP hyperextension": a swan-neck and a boutonnière deformity): two findings in the
    same words. Not "and", which joins the items of a list as often ("identity and
    origin" / "identity, origin and lasting traits": one answer)."""
    return _traded_across_contrast(first, second, _JOINED_WITH)


def _stems(text: str) -> set[str]:
    return {word.split(REPEAT, 1)[0].rpartition(":")[2] for word in content_words(fold(text))}


#: Words that name the two sides of one thing: one swapped for the other says another
#: thing ("left" / "right"), while two of ``OPPOSITES`` may say one ("top" / "upper").
_SIDE_PAIRS = frozenset(
    frozenset(content_words(pair))
    for pair in """left right|upper lower|top bottom|north south|east west|inner outer
    |front back|before after|above below|over under|input output|major minor|first last
    |high low|early late|hot cold|warm cool|wet dry|next previous""".split("|")
)


def _side_swapped(x: set[str], y: set[str]) -> bool:
    """Answers of a few words, one word swapped for its other side (``_SIDE_PAIRS``):
    "the upper right central incisor" / "the upper left central incisor" cannot both be
    right, however long they are."""
    only_x, only_y = x - y, y - x
    return (
        len(only_x) == 1 == len(only_y)
        and max(len(x), len(y)) <= ONE_WORD_SWAPPED
        and only_x | only_y in _SIDE_PAIRS
    )


def _other_sides(
    first: dict[str, set[str]],
    second: dict[str, set[str]],
    first_words: frozenset[str] = frozenset(),
    second_words: frozenset[str] = frozenset(),
) -> bool:
    """One side holds other words in the two prompts ("users per group" / "groups per
    user", "memory to CPU" / "CPU to memory"), or one prompt has a condition the other
    lacks ("throughput with batching"). A word after "with" that the other prompt
    states elsewhere is no condition of its own: "cool a burn *with cool* water" asks
    what "cool a burn under water" asks. (``*_words``: each prompt's plain words.)"""
    if first.get("with", set()) - second_words != second.get("with", set()) - first_words:
        return True
    return any(side in second and second[side] != found for side, found in first.items())


#: A function's call alone: "str(x)", "read.csv('f.csv')", "ls()".
_CALL = re.compile(r"([A-Za-z_][\w.]*)\((.*)\)")
#: Another way to write an answer, after it: "(or objects())", "— or dim(df)[1]".
_OR_ASIDE = re.compile(r"\s*(?:\(\s*or\b.*\)|[—–]\s*or\b.*|[,;]\s*or\b.*)$")


#: One string literal: "dplyr", 'pkg'.
_ONE_LITERAL = re.compile(r"\s*(?:\"([^\"]*)\"|'([^']*)')\s*")


def _one_call(answer: str, code: str, prompts: str) -> bool:
    """``answer`` (another way to write it aside) calls the function ``code`` calls, with
    the same arguments, with none written ("str()" / ``str(x)``), or each with one string
    literal neither of the ``prompts`` names, an example ("pkg" / "dplyr" to install a
    package; not to install "dplyr"), or one with a placeholder where the other has a
    value its prompt names (``c(Module).`` / "How do you compile foo.erl?" ``c(foo).``).
    The full stop that ends an Erlang or Prolog expression is left out."""
    answer = _OR_ASIDE.sub("", answer.strip()).strip("` ")
    called = _CALL.fullmatch(_ENDING_FULL_STOP.sub("", answer))
    command = _CALL.fullmatch(_ENDING_FULL_STOP.sub("", code.strip()))
    if called is None or command is None or called[1] != command[1]:
        return False
    if called[2] == command[2] or not called[2] or not command[2]:
        return True
    return _examples_apart(called[2], command[2], prompts) or _placeholder_filled(
        called[2], command[2], prompts
    )


#: The full stop after a call's closing bracket that ends an Erlang or Prolog expression.
_ENDING_FULL_STOP = re.compile(r"(?<=\))\.$")
#: A placeholder as an argument: a capitalised word (an Erlang or Prolog variable:
#: "Module", "File") or a name in angle brackets ("<module>").
_PLACEHOLDER_ARGUMENT = re.compile(r"[A-Z][a-z]+|<[\w -]+>")
#: A value as an argument: a plain lowercase name ("foo", "my_app").
_VALUE_ARGUMENT = re.compile(r"[a-z][a-z0-9_]*")


def _placeholder_filled(first: str, second: str, prompts: str) -> bool:
    """Two calls' one argument each: a placeholder and a value that ``prompts`` name as
    a word of their own ("Module" / "foo" in "How do you compile foo.erl?")."""
    for placeholder, value in ((first, second), (second, first)):
        if _PLACEHOLDER_ARGUMENT.fullmatch(placeholder.strip()) and _VALUE_ARGUMENT.fullmatch(
            value.strip()
        ):
            return re.search(rf"(?<![\w-]){re.escape(value.strip())}\b", prompts) is not None
    return False


#: An article before a plain answer's name of a command: "the CAGE questionnaire".
_AN_ARTICLE = re.compile(r"(?:the|an?)\s+(?=\S)", re.IGNORECASE)
#: A verb that says to run the code after it: "run lein test", "type :wq"; or to call
#: the function after it: "call ax.legend()", "invoke f(x)" (the call then the code).
_RUN_VERB = re.compile(r"(?i)^(?:run|type|enter|execute|(?:call|invoke)(?=\s+[\w.]+\())\s+(?=\S)")
#: A name called with a space before its bracket: "allocate (a(n))", "print (x)".
_SPACED_CALL = re.compile(r"(?<![\w.])([A-Za-z_][\w.]*) +\(")


def _call_unspaced(code: str) -> str:
    """``code`` with no space between a called name and its bracket: "allocate (a(n))"
    is "allocate(a(n))", as most languages read both."""
    return _SPACED_CALL.sub(r"\1(", code) if " (" in code else code


#: A function's name alone, perhaps in backticks or with empty brackets: "update-in",
#: "`assoc`", "len()"; or a macro's, after its "@" ("@time").
_FUNCTION_NAME = re.compile(r"`?(@?[A-Za-z_][\w.?!*<>=/-]*)(?:\(\))?`?")
#: A call written as Lisp writes it: "(assoc m :a 1)", "(map inc xs)".
_LISP_CALL = re.compile(r"\(([A-Za-z_][\w.?!*<>=/-]*)\s[^()]*(?:\([^()]*\)[^()]*)*\)")
#: A macro called with its arguments after a space, as Julia writes it: "@time f(x)".
_MACRO_CALL = re.compile(r"(@[A-Za-z_][\w.!]*)\s+\S.*")


#: A call without brackets, as Perl, Ruby or a shell's builtins write it, its first
#: argument a literal or a variable: ``say "text"``, ``chomp $line``, ``puts 42``.
_BARE_CALL = re.compile(r"([A-Za-z_]\w*)\s+[\"'$@%\d].*")
#: A prose aside in brackets after an answer: "say (needs use feature 'say')".
_NAME_ASIDE = re.compile(r"\s+\([^()]*\)$")


def _function_called(answer: str, code: str) -> bool:
    """``answer`` is a function's name alone (an aside in brackets after it aside) and
    ``code`` one call of it (a ``;`` after it aside), as C writes it ("len" / ``len(xs)``),
    Lisp ("assoc" / ``(assoc m :a 1)``) or Perl ("say" / ``say "text";``); or a macro's
    name and one call of it ("@time" / ``@time f(x)``)."""
    named = _FUNCTION_NAME.fullmatch(_NAME_ASIDE.sub("", answer.strip()))
    if named is None:
        return False
    code = code.strip().removesuffix(";").rstrip()
    called = (
        _LISP_CALL.fullmatch(code)
        or _CALL.fullmatch(code)
        or _MACRO_CALL.fullmatch(code)
        or _BARE_CALL.fullmatch(code)
    )
    return called is not None and called[1] == named[1]


def _examples_apart(first: str, second: str, prompts: str) -> bool:
    """Two calls' arguments, each one string literal that neither of the ``prompts``
    names: examples ("file.csv" / 'data.csv')."""
    literals = _ONE_LITERAL.fullmatch(first), _ONE_LITERAL.fullmatch(second)
    if literals[0] is None or literals[1] is None:
        return False
    said = prompts.casefold()
    return not any((found[1] or found[2] or "").casefold() in said for found in literals)


def _calls_of_examples(first: str, second: str, prompts: str) -> bool:
    """Two commands that call one function, each with one string literal as an example
    (``_examples_apart``): read.csv("file.csv") / read.csv('data.csv')."""
    calls = _CALL.fullmatch(first.strip()), _CALL.fullmatch(second.strip())
    if calls[0] is None or calls[1] is None or calls[0][1] != calls[1][1]:
        return False
    return _examples_apart(calls[0][2], calls[1][2], prompts)


#: A question for one letter of an acronym: "What does the G in APGAR stand for?", "the
#: 'S' in SOLID".
_LETTER_IN = re.compile(r"\bthe\s+['\"‘“]?([A-Za-z])['\"’”]?\s+in\s+['\"‘“]?([A-Za-z]{2,})\b")


#: A term written with its acronym in brackets, after its words or before them: "Daily
#: light integral (DLI)", "DLI (daily light integral)".
_TERM_AND_ACRONYM = re.compile(
    r"(?P<words>[^()]+?)\s*\((?P<short>[A-Z]{2,6})\)|(?P<short2>[A-Z]{2,6})\s*\((?P<words2>[^()]+)\)"
)


def _expansion_beside_term(question: Item, term: Item) -> str | None:
    """``question`` asks what an acronym stands for, and ``term``'s term writes that
    acronym in brackets beside its words ("What does DLI stand for?" / "Daily light
    integral (DLI)"): "same" when the answer is those words (the term names the fact),
    "other" when it spells the acronym in other words ("daily light index") and the
    question names no context of its own ("... in printing?"), else None."""
    if question.kind != "qa" or term.kind != "concept" or question.is_code:
        return None
    if not (_ASKS_EXPANSION.search(question.prompt) or _STANDS_FOR.search(question.prompt)):
        return None
    found = _TERM_AND_ACRONYM.fullmatch(term.prompt.strip())
    if found is None:
        return None
    short = found.group("short") or found.group("short2")
    if set(_IN_CAPITALS.findall(question.prompt)) != {short}:
        return None
    expansion = content_words(
        american_spelling(fold(found.group("words") or found.group("words2")))
    )
    if not expansion:
        return None
    if content_words(american_spelling(fold(question.answer))) == expansion:
        return "same"
    words = _INITIALS.findall(question.answer)
    if (
        len(short) <= len(words) <= len(short) + 3
        and _spells(short, _initials(words))
        and not _words_besides_acronym(question.prompt)
    ):
        return "other"
    return None


def _acronym_letter_asked(item: Item, question: Item) -> bool:
    """``item`` of a list whose title names an acronym and ``question`` asks what one of
    its letters stands for, answered with the item's term, which starts with that
    letter: "Apgar score components" / "Grimace" and "What does the G in APGAR stand
    for?" "Grimace (reflex irritability)"."""
    if item.kind != "list-item" or question.kind != "qa" or not item.context:
        return False
    found = _LETTER_IN.search(question.full_prompt)
    if found is None:
        return False
    letter, acronym = found[1].casefold(), found[2].casefold()
    term = item.prompt.split()
    if not term or letter not in acronym or term[0].casefold()[:1] != letter:
        return False
    if acronym not in fold(item.context).split():
        return False
    answer = question.answer.split()
    return bool(answer) and answer[0].casefold().strip(".,:;") == term[0].casefold()


@lru_cache(maxsize=1024)
@lru_cache(maxsize=256)
def _lowercase_words_of(deck: str) -> frozenset[str]:
    """The words a deck's name writes in lower case, as ``content_words`` gives them
    ("Spaceflight and *orbital mechanics*")."""
    return frozenset(
        word
        for written in re.findall(r"[\w'’-]+", deck)
        if written[0].islower()
        for word in content_words(fold(written))
    )


def _lowercase_deck_words(deck: str, ids: dict[str, int]) -> frozenset[int]:
    """``_lowercase_words_of`` a deck, as word ids."""
    return frozenset(ids[w] for w in _lowercase_words_of(deck) if w in ids)


def _deck_word_set(deck: str) -> frozenset[str]:
    """The words of a deck's name, as ``content_words`` gives them (no id: a deck's
    word may be in no prompt but after a side word, "from a *Clojure* map")."""
    return frozenset(content_words(fold(deck.replace("::", " "))))


def _sides_without(
    sides: dict[str, set[str]],
    words: frozenset[str],
    others: dict[str, set[str]],
    unsided: frozenset[str],
) -> dict[str, set[str]]:
    """``sides`` (``_sides``) without ``words`` (a deck's). A side that only held them
    takes the other prompt's words of that side (``others``) when this prompt says them
    after no side word ("from a Clojure map" is "from a map" in a deck Clojure); else it
    holds no word, and stays apart from a side that holds some."""
    if not words or all(found.isdisjoint(words) for found in sides.values()):
        return sides
    kept = {side: found - words for side, found in sides.items()}
    for side, found in kept.items():
        if not found and others.get(side) and others[side] <= unsided:
            kept[side] = set(others[side])
    return kept


def _sides_spelt_out(
    a: Item, b: Item, first: dict[str, set[str]], second: dict[str, set[str]]
) -> bool:
    """Each side that the two prompts fill with other words holds an acronym in one and
    its words spelt out in the other ("from the LMP" / "from the last menstrual
    period"), and each prompt has the same sides."""
    if first.keys() != second.keys():
        return False
    apart = [side for side in first if first[side] != second[side]]
    return bool(apart) and all(
        _side_acronym(first[side], second[side], b.full_prompt)
        or _side_acronym(second[side], first[side], a.full_prompt)
        for side in apart
    )


def _side_acronym(short: set[str], long: set[str], prompt: str) -> bool:
    """``short`` is one acronym whose spelt-out words ``prompt`` writes, the first of
    them the one word of ``long`` (both sets of folded words after one side word)."""
    if len(short) != 1 or len(long) != 1:
        return False
    acronym, (first_word,) = next(iter(short)).upper(), long
    if not 2 <= len(acronym) <= 6 or not acronym.isalpha():
        return False
    words = _INITIALS.findall(prompt)
    for start in range(len(words) - len(acronym) + 1):
        run = words[start : start + len(acronym)]
        if "".join(word[0] for word in run).upper() == acronym and content_words(fold(run[0])) == [
            first_word
        ]:
            return True
    return False


def _sides(words: list[str], tokens: Sequence[int]) -> dict[str, set[str]]:
    """The words after each side word of a prompt: ``per:group`` -> {"per": {"group"}}."""
    found: dict[str, set[str]] = {}
    for token in tokens:
        side, _, word = words[token].split(REPEAT, 1)[0].rpartition(":")
        if side:
            found.setdefault(side, set()).add(word)
    return found


#: A word in small letters (an answer with none is a name: "Victor David Brenner").
_LOWERCASE_WORD = re.compile(r"(?<![\w.-])[a-z][a-z]+\b")


#: A prompt's first word, capitalised as a sentence's, naming what is asked "of" a thing.
_ATTRIBUTE_FIRST = re.compile(r"\s*([A-Z][a-z]+) of ")


def _written_lowercase(items: list[Item], vocab: Vocabulary) -> frozenset[int]:
    """The words the corpus writes in lower case somewhere (as token ids), and a prompt's
    first word that names an attribute "of" something ("Range of human hearing"): the
    others are names ("Zokida"), whatever their place in a sentence."""
    seen: set[str] = set()
    for item in items:
        seen.update(_LOWERCASE_WORD.findall(item.prompt))
        if not item.is_code:
            seen.update(_LOWERCASE_WORD.findall(item.answer))
        attribute = _ATTRIBUTE_FIRST.match(item.prompt)
        if attribute is not None:
            seen.add(attribute.group(1).casefold())
    ids = vocab.ids
    # word by word: in one text, "to" or "with" would make the next word a side ("to:typic")
    forms = (form for word in sorted(seen) for form in content_words(word))
    found = {ids[form] for form in forms if form in ids}
    # a loose synonym's word, which prompts are read with, is written in lower case when
    # one of its listed forms is ("launched" read as "start" in a deck that never writes
    # "start"); not a form that only shares a stem ("completed" is no "completely")
    meant = (LOOSE_WRITTEN.get(word) for word in seen)
    return frozenset(found | {ids[form] for form in meant if form in ids})


#: Quotes and backticks around a prompt word: ``'A'``, ```%s```.
_QUOTES = "\"'`‘’“”«»"
#: A letter standing alone, after a format or escape sign or a count: ``K``, ``%S``,
#: ``\\n``, ``3W`` (Vim: three WORDS).
_LONE_LETTER = re.compile(r"\d*[%\\$]?[^\W\d_]")
#: A number in parentheses: an accountant's negative ("(500)", "(1,200)"); not a year,
#: which only dates a subject ("Standard deduction (2024)" is "... in 2024").
_PARENTHESISED_NUMBER = re.compile(r"\((?![12]\d{3}\))\d[\d.,]*\)")
#: Braces, brackets, a backslash or "(?" in a word: a pattern's syntax ("{3}" / "{3,}",
#: "(?:x)" / "(x)"), which the fold leaves out and the word's letters do not tell apart.
_CODE_SYNTAX = re.compile(r"[{}\[\]\\]|\(\?")
#: A name that ends in an underscore (Haskell's ``mapM_``, Python's ``class_``): another
#: name than the one without it, which the fold makes it.
_UNDERSCORED_NAME = re.compile(r"[^\W_]\w*_")
#: A name that ends in a prime (Haskell's ``foldl'``, a derivative's ``f'``, ``x''``):
#: another name than the one without it. Not a plural's possessive ("the users'").
_PRIMED_NAME = re.compile(r"[^\W_]\w*(?<!s)['′]+")


def _is_code_like(word: str) -> bool:
    """``word`` holds a pattern's syntax (``_CODE_SYNTAX``), and is no part of a cloze
    deletion (``{{c1::type 2 diabetes}}``) nor a Markdown link."""
    if _CODE_SYNTAX.search(word) is None:
        return False
    return not ("{{" in word or "}}" in word or "::" in word or "](" in word)


#: A code span in a prompt or an answer, and what it holds: its case is the code's
#: (```gJ``` is not ```gj```).
_CODE_SPAN = re.compile(r"`+([^`]+)`+")
#: A name given a value, perhaps declared ("const std = @import("std");", "x <- f(y)"):
#: the value.
_ASSIGNED = re.compile(
    r"(?:(?:const|let|var|val|auto|my|local|final)\s+)?[A-Za-z_$][\w$]*\s*(?:=|<-|:=)\s*"
    r"(?![=\s])(.+?)\s*;?"
)
#: A question that asks for a command (``_answered_with_its_subcommand``).
#: A question that asks how to do a thing: "How to display a package's details?".
_HOW_TO = re.compile(r"how to\b")
#: An answer that is a query language's keywords in capitals, one to three, as written:
#: "UNWIND", "DETACH DELETE", "ORDER BY", "GROUP BY".
_KEYWORDS = re.compile(r"`?[A-Z]{2,}(?: [A-Z]{2,}){0,2}`?")


def _typed_plainly(code: str) -> str:
    """A command folded as code, without a leading sudo, each placeholder by its plain
    short name ("sudo apt show <package>" and "apt show pkg" are "apt show pkg"), and
    written one way as ``command_forms.typed_one_way`` writes it ("sudo apt-get purge
    <pkg>" and "apt purge pkg", "tar tvf a.tar" and "tar -tvf a.tar")."""
    return typed_one_way(fold_code(placeholders_one_way(code.strip())))


_COMMAND_ASKED = re.compile(r"\b(?:sub)?commands?\b|^how (?:do|would|can|should) (?:you|i|we)\b")
#: A subcommand as typed: a word, perhaps hyphened ("run", "build-exe").
_SUBCOMMAND = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
#: An argument that names a file: a name with an extension or a path ("main.zig",
#: "src/main.zig", "./run.sh"), no option.
#: A placeholder an answer names its argument by: "WORKFLOW", "RUN_ID", "<name>".
_NAMED_PLACEHOLDER = re.compile(r"[A-Z][A-Z0-9]*_[A-Z0-9_]+|[A-Z]{4,}|<[\w -]+>")


def _placeholders_left_out(said: list[str], typed: list[str]) -> list[str]:
    """The words of an answer's command (``said``) less the placeholders it ends with
    past the words of ``typed``, a command that leaves that argument out ("gh run watch
    RUN_ID" / ``gh run watch``, which asks which run)."""
    end = len(said)
    while end > len(typed) and _NAMED_PLACEHOLDER.fullmatch(said[end - 1]):
        end -= 1
    return said[:end]


_FILE_PATH = re.compile(r"(?!-)[\w./~-]*(?:\w\.[A-Za-z0-9]{1,5}|/[\w.-]+)")


def _program_named(question: Item, program: str) -> bool:
    """``question`` names ``program`` (folded as code) as a word of its own."""
    found = re.search(rf"(?<![\w./-]){re.escape(program)}(?![\w-])", fold_code(question.prompt))
    return found is not None


def _one_word_extends(x: str, y: str) -> bool:
    """One word starts or ends the other ("format" / "formatter", "build" / "rebuild")."""
    return x.startswith(y) or y.startswith(x) or x.endswith(y) or y.endswith(x)


#: A file argument written as a placeholder word: "file", "<file>", "FILE", "[path]".
_FILE_PLACEHOLDERS = frozenset(("file", "files", "filename", "path", "input"))


def _file_operand(word: str) -> bool:
    """A folded command's word that names a file it reads: a path ("notes.txt",
    "src/main.zig") or a placeholder for one ("file", "<file>")."""
    return bool(_FILE_PATH.fullmatch(word)) or word.strip("<>[]{}$") in _FILE_PLACEHOLDERS


#: Letters that are also words, in whatever case they are typed ("What is A bond?"):
#: told apart only in quotes ("ASCII code of 'A'").
_LETTER_WORDS = frozenset("aAiI")
#: What ends a word without being part of it.
_TRAILING = ",.;:?!"
#: Signs that are a number's unit, written spaced from it or not ("95 %", "95%").
_UNIT_SIGNS = frozenset(("%", "‰", "°"))
#: An answer's aside after it: "(Narcan)", ", an opioid antagonist", "; rarely used".
_ANSWER_ASIDE = re.compile(r"\s*[(,;:—–].*", re.S)


def _lone_word(answer: str) -> str | None:
    """The one word an answer is, its aside and article left out, in small letters, if
    it is a word of five letters or more: "Etomidate", "the kettle stitch" is none."""
    words = _ANSWER_ASIDE.sub("", answer).split()
    if words[:1] and words[0].casefold() in ("a", "an", "the"):
        words = words[1:]
    if len(words) != 1 or len(words[0]) < 5 or not words[0].isalpha():
        return None
    return words[0].casefold()


#: A symbol in brackets, as a word: "(?->)" after its name, "(<=>)?" ending a question.
_SYMBOL_IN_BRACKETS = re.compile(r"\(([^\w\s()]+)\)[?.,;:!]?")
#: Lone symbols that only separate the parts of a prompt ("tener — yo (presente)" is
#: "tener, yo, presente"; "Git - undo" is "Git: undo").
_SEPARATORS = frozenset(("-", "–", "—", "―", "…", "...", ":", "/", "|", "·", "•"))
#: Signs that name a section or a paragraph by the number after them: "§ 823" is "§823".
_SECTION_SIGNS = frozenset(("§", "§§", "¶", "¶¶"))


def _one_name_unaccented(a: str, b: str) -> bool:
    """Two answers that are one name of two or more capitalised words, one typed without
    its accents: "Gabriel García Márquez" / "Gabriel Garcia Marquez" (a word in small
    letters, "pêche" / "péché", may be two words)."""
    words = a.split()
    return (
        a != b
        and len(words) >= 2
        and all(word[:1].isupper() for word in words + b.split())
        and without_marks(a).casefold() == without_marks(b).casefold()
    )


#: "Who is the ...", "Who was the ...": a question that names an agent ("Who is the
#: ruler of ...?") where another asks it with a verb ("Who rules ...?").
_WHO_IS_THE = re.compile(r"who (?:is|was|were|are) (?:the|an?) ", re.I)


def _who_is(a: str, b: str) -> bool:
    """One of two questions asks "Who is the ...?", the other "Who <verb> ...?"."""
    return (_WHO_IS_THE.match(a) is None) != (_WHO_IS_THE.match(b) is None)


#: A question for what an acronym's letters stand for: "What does GDP stand for?".
_STANDS_FOR = re.compile(r"\b(?:stands?|short) for\b|\babbreviat", re.I)


def _expansion_and_definition(question: Item, term: Item) -> bool:
    """``question`` asks what an acronym stands for and is answered with the words its
    letters spell ("Gross domestic product"); ``term`` defines it in other words, fewer
    than half of those ("The market value of all final goods ..."): two facts of one
    term, not one asked twice."""
    if not _asks_what_term_stands_for(question, term):
        return False
    acronym = _term_named(term)
    if not (_ACRONYM.fullmatch(acronym) and sum(ch.isupper() for ch in acronym) >= 2):
        return False
    if not _spells(acronym, _initials_of_words(question.answer)):
        return False
    if _spells(acronym, _initials_of_words(term.answer)):
        return False  # another expansion ("Feline infectious peritonitis virus"): compared
    shared, expansion = _expansion_words_defined(question, term)
    return 2 * shared < expansion  # not "A message authentication code built from a hash
    # function ...", which says what "Hash-based message authentication code" does


def _expansion_defined(question: Item, term: Item) -> bool:
    """``term``'s definition says the words ``question``, asking what the term's letters
    stand for, answers: it starts with them ("GDP": "Gross domestic product: the market
    value ..."), or holds half of them or more ("HMAC": "A message authentication code
    built from a hash function ...")."""
    if not _asks_what_term_stands_for(question, term):
        return False
    spelt = american_spelling(fold(question.answer))
    if not spelt:
        return False
    if american_spelling(fold(term.answer)).startswith(spelt):
        return True  # "Behavior Adjustment Training" / "Behaviour Adjustment Training, ..."
    if _spells(_term_named(term), _initials_of_words(term.answer)):
        return False  # another expansion: "Feline infectious peritonitis virus" (FIV)
    shared, expansion = _expansion_words_defined(question, term)
    return 2 * shared >= expansion > 1


def _asks_what_term_stands_for(question: Item, term: Item) -> bool:
    """``question`` asks what letters stand for, and ``term`` is a concept's term or a
    question that asks what a term is ("What is GDP?")."""
    return bool(_term_named(term)) and _STANDS_FOR.search(question.prompt) is not None


def _term_named(item: Item) -> str:
    """The term a concept names, or a question asks what it is ("What is GDP?",
    "Define GDP."); "" for any other card."""
    if item.kind == "concept":
        return item.prompt.strip()
    found = _WHAT_IT_IS.fullmatch(item.prompt.strip()) if item.kind == "qa" else None
    return (found and (found.group("asked") or found.group("defined")) or "").strip()


#: Small words an acronym may leave out inside the run of words it spells, written in
#: lower case there: "IEEE" is "Institute of Electrical and Electronics Engineers".
_SMALL_WORDS_INSIDE = frozenset({"of", "and", "for", "the", "to", "in", "on"})


def _spelt_past_small_words(acronym: str, words: list[str]) -> list[str] | None:
    """The run of ``words`` whose initials are ``acronym``'s letters once its small
    words in lower case (``_SMALL_WORDS_INSIDE``) are left out: "RC" is "Radius of
    Curvature", "FBI" "Federal Bureau of Investigation". The run starts and ends on a
    word that gives a letter, and leaves out one small word at least (the other rules
    read the runs that leave out none); None when no run does."""
    letters = acronym.upper()
    if not letters.isalpha() or len(letters) < 2:
        return None
    for start, first in enumerate(words):
        if first[:1].upper() != letters[0] or first in _SMALL_WORDS_INSIDE:
            continue
        taken, skipped, at = 1, 0, start + 1
        while taken < len(letters) and at < len(words):
            word = words[at]
            if word in _SMALL_WORDS_INSIDE:
                skipped += 1
            elif word[:1].upper() == letters[taken] and not _ROMAN_NUMERAL.fullmatch(word):
                taken += 1
            else:
                break
            at += 1
        if taken == len(letters) and skipped:
            return words[start:at]
    return None


def _capitals(short: str) -> str:
    """The capitals of a word written in capitals and small letters ("MoCA": "MCA"), two
    or more; "" for another word."""
    capitals = "".join(ch for ch in short if ch.isupper())
    return capitals if 2 <= len(capitals) < len(short) and short.isalpha() else ""


def _spelt_by_capitals(short: str, raw: list[str]) -> list[str] | None:
    """The run of ``raw``'s words whose initials are the capitals of ``short``, an acronym
    that writes some letters small ("MoCA": "Montreal Cognitive Assessment", "SysV":
    "System V"); None when there is none."""
    capitals = _capitals(short)
    if not capitals:
        return None
    for start in range(len(raw) - len(capitals) + 1):
        spelt = raw[start : start + len(capitals)]
        if "".join(w[0] for w in spelt) == capitals:
            return spelt
    return None


def _compound_spelt(acronym: str, words: list[str]) -> list[str] | None:
    """The run of ``words`` that spells ``acronym`` with fewer words than letters, each
    word giving its first letter and perhaps more of its own in order, each after a
    first part of three letters or more: "PPH" is "postpartum haemorrhage" (P-P of one
    compound word), "HOA" "homeowners association" (not "housing authority": its "o" is
    the second letter). At least two words; None when no run does."""
    letters = acronym.upper()
    if not letters.isalpha():
        return None
    for size in range(2, len(letters)):
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if _letters_from(letters, [word.upper() for word in run]):
                return run
    return None


#: The fewest letters before a letter an acronym takes from inside a compound word.
_FIRST_PART = 3


def _letters_from(letters: str, run: list[str]) -> bool:
    """``letters`` are the first letter of each word of ``run`` in turn, each perhaps
    followed by more letters that word holds later, in order."""
    if not run:
        return not letters
    word, rest = run[0], run[1:]
    if not letters or word[:1] != letters[0]:
        return False
    taken, at = 1, _FIRST_PART
    while True:
        if _letters_from(letters[taken:], rest):
            return True
        if taken >= len(letters):
            return False
        at = word.find(letters[taken], at) + 1
        if not at:
            return False
        taken += 1


#: A question that asks what an acronym stands for ("What does CMHR stand for?", "NNT
#: abbreviation?"), and the words that ask it.
_ASKS_EXPANSION = re.compile(r"\b(?:stands? for|abbreviation|acronym)\b", re.IGNORECASE)
_EXPANSION_ASKING = frozenset("what does do stand stands for abbreviation acronym".split())
#: A word in capitals: an acronym ("CMHR", "NNT").
_IN_CAPITALS = re.compile(r"\b[A-Z]{2,6}\b")


def _acronym_expanded_otherwise(a: Item, b: Item) -> bool:
    """Two questions that ask what one acronym stands for, each answered with words that
    spell it ("What does CMHR stand for?" combustion modified high resilience / "What
    does CMHR foam stand for?" cold moulded high resilience): both cannot be right. Not
    when each question names a field of its own ("PCA in statistics" / "PCA in
    anaesthesia": two acronyms)."""
    if a.kind != "qa" or b.kind != "qa" or a.is_code or b.is_code:
        return False
    if not (_ASKS_EXPANSION.search(a.prompt) and _ASKS_EXPANSION.search(b.prompt)):
        return False
    acronyms = set(_IN_CAPITALS.findall(a.prompt))
    if len(acronyms) != 1 or acronyms != set(_IN_CAPITALS.findall(b.prompt)):
        return False
    (acronym,) = acronyms
    for item in (a, b):
        words = _INITIALS.findall(item.answer)
        if not len(acronym) <= len(words) <= len(acronym) + 3:
            return False  # an expansion, not prose about it
        if not _spells(acronym, _initials(words)):
            return False
    own_a, own_b = _words_besides_acronym(a.prompt), _words_besides_acronym(b.prompt)
    return own_a <= own_b or own_b <= own_a


def _words_besides_acronym(prompt: str) -> set[str]:
    """A prompt's words in lower case but stop words and the words that ask what an
    acronym stands for (the acronym itself among them)."""
    acronyms = {acronym.lower() for acronym in _IN_CAPITALS.findall(prompt)}
    words = set(re.findall(r"[a-z0-9]+", prompt.lower()))
    return words - STOPWORDS - _EXPANSION_ASKING - acronyms


def _initials_of_words(text: str) -> str:
    """The first letters of ``text``'s words ("Hash-based message ..." -> "Hbm...")."""
    return "".join(word[0] for word in _INITIALS.findall(text))


def _expansion_words_defined(question: Item, term: Item) -> tuple[int, int]:
    """How many of the content words of ``question``'s answer ``term``'s definition says,
    and how many there are."""
    expansion = set(content_words(fold(question.answer)))
    return len(expansion & set(content_words(fold(term.answer)))), len(expansion)


def _value_and_name(a: Item, b: Item) -> bool:
    """One answer a measured value, the other a name ("3.49 m" / "Pablo Picasso"): answers
    to two questions ("How long is Guernica?" / "Who painted Guernica?"), never one. A
    number in brackets only makes no value: "Ernest Beaux (in 1921)" is a name."""
    for value, other in ((a, b), (b, a)):
        words = other.answer.split()
        if (
            value.quantities
            and any(ch.isdigit() for ch in _IN_BRACKETS.sub("", value.answer))
            and not other.quantities
            and not any(ch.isdigit() for ch in other.answer)
            and words
            and all(word[:1].isupper() for word in words)
        ):
            return True
    return False


#: The first word of an answer: "No" in "No, the leaves are only glued".
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")


def _yes_and_no(first: str, second: str) -> bool:
    """One answer opens with "yes", the other with "no", each then explaining itself
    ("No, the leaves are only glued" / "Yes, through the fold of each signature"): the
    explanations share no sense the words would tell, the openings cannot both be
    right."""
    openings = []
    for answer in (first, second):
        found = _FIRST_WORD.match(answer)
        openings.append(found[1].casefold() if found else "")
    return {*openings} == {"yes", "no"}


def _signs_apart(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two answers' words, one with a word signed ("-cos", the fold's "−cos") where the
    other has it unsigned, and otherwise alike: "−cos x + C" / "cos x + C"."""
    signed = {word[1:] for word in x ^ y if word[:1] == "-" and word[1:2].isalpha()}
    return bool(signed) and (x ^ y) == signed | {"-" + word for word in signed}


def marks_apart(a: str, b: str) -> bool:
    """Two prompts the fold makes one that still ask two things: a letter or a code span
    in capitals in one and in small letters in the other ("K" / "k" in FEN, ``%s`` /
    ``%S``, 'A' / 'a', ```gJ``` / ```gj```), another symbol standing alone ("!" / "!!"
    in chess annotation, ";" / "," in Vim, "_" / "__", "cd -" / "cd --"), or a number in
    parentheses against the bare number ("(500)" / "500"), a stress mark on another
    syllable ("за́мок" / "замо́к"), a lone letter whose mark the fold leaves out
    (Turkish "İ" / "I"), Roman numerals of a progression in another case ("ii–V–I" /
    "II–V–I"), or a name's trailing underscore or prime ("mapM_" / "mapM",
    "foldl'" / "foldl")."""
    if a == b:
        return False
    if symbols_apart(a, b):
        return True  # "What is Co?" (cobalt) / "What is CO?" (carbon monoxide)
    if glued_suffixes_apart(a, b):
        return True  # "Max data rate of 802.11a" / "... of 802.11be": the fold drops "a", "be"
    if _genotypes_apart(a, b):
        return True  # "Aa" (heterozygous) / "aa" (homozygous recessive)
    if numerals_apart(a, b):
        return True  # "ii–V–I" / "II–V–I": the chords' case is their quality
    if _lone_marked_letters(a) != _lone_marked_letters(b):
        return True  # "Lower case of İ?" / "… of I?": two letters in Turkish
    stressed_a, stressed_b = stressed_words(a), stressed_words(b)
    if stressed_a and stressed_b and stressed_a != stressed_b:
        return True  # за́мок (castle) / замо́к (lock): both marked, each otherwise
    letters_a, symbols_a = _marked_words(a)
    letters_b, symbols_b = _marked_words(b)
    if symbols_a != symbols_b:
        return True
    return letters_a != letters_b and [w.casefold() for w in letters_a] == [
        w.casefold() for w in letters_b
    ]


#: What brings in an example: the value after it illustrates, it is not the answer.
_EXAMPLE = re.compile(r"(?i)(?:^|[\s,;(])(?:e\.\s?g\.|for example|for instance|such as)\s")


def _values_only_as_example(answer: str) -> bool:
    """An answer in words whose numbers all stand after "e.g.", "for example" or "such
    as" ("A small slope times the input, e.g. 0.01x"): its value is an example, not the
    answer, so it does not contradict another card's value ("What does ReLU output for
    negative inputs?" 0 / "... Leaky ReLU ...")."""
    found = _EXAMPLE.search(answer)
    if found is None:
        return False
    before = answer[: found.start()]
    return not any(c.isdigit() for c in before) and len(re.findall(r"[^\W\d_]{2,}", before)) >= 2


def _label_siblings(items: list[Item], vocab: Vocabulary) -> dict[int, set[int]]:
    """Each word of a table's row label or a list item's term, with the words of the other
    labels of that table or list (the words all its labels share set aside)."""
    labels: dict[tuple[str, str], set[str]] = {}
    for item in items:
        if item.kind == "table-cell":
            labels.setdefault((item.card.id, item.context), set()).add(item.row)
        elif item.kind == "list-item" and not item.statement:
            labels.setdefault((item.card.id, item.context), set()).add(item.prompt)
    ids, found = vocab.ids, {}
    for group in labels.values():
        if len(group) < 2:
            continue
        words = [{ids[w] for w in content_words(fold(label)) if w in ids} for label in group]
        shared = set.intersection(*words)
        for number, own in enumerate(words):
            others = set().union(*(w for n, w in enumerate(words) if n != number)) - shared
            for token in own - shared:
                found.setdefault(token, set()).update(others - {token})
    return found


#: A genotype: pairs of one letter, each pair in any case ("AA", "Aa", "aa", "AaBb").
_GENOTYPE = re.compile(r"(?i:([a-z])\1)+")


def _genotypes_apart(a: str, b: str) -> bool:
    """Two prompts whose words fold alike but for a genotype written in other case
    ("What does Aa show?" / "... aa ...", the terms "AA" / "Aa"): in genetics the case of
    an allele's letter is what it says, wherever the word stands, the first included."""
    words_a, words_b = _genotype_words(a), _genotype_words(b)
    return (
        bool(words_a)
        and words_a != words_b
        and [w.casefold() for w in words_a] == [w.casefold() for w in words_b]
    )


@lru_cache(maxsize=4096)  # a group's first prompt is compared with each of the others
def _genotype_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` that are a genotype (``_GENOTYPE``), as written."""
    found = []
    for word in text.split():
        core = word.strip(_QUOTES).rstrip(_TRAILING).strip(_QUOTES)
        if core.isascii() and _GENOTYPE.fullmatch(core):
            found.append(core)
    return tuple(found)


@lru_cache(maxsize=4096)  # a group's first prompt is compared with each of the others
def _lone_marked_letters(text: str) -> tuple[str, ...]:
    """The lone Latin letters (after the first word) whose mark the fold leaves out:
    Turkish "İ" folds to "i" as "I" does ("İstanbul" is "ISTANBUL"), yet alone it is
    another letter."""
    found = []
    for word in text.split()[1:]:
        core = word.strip(_QUOTES).rstrip(_TRAILING).strip(_QUOTES)
        if len(core) != 1 or core.isascii() or not core.isalpha():
            continue
        if unicodedata.name(core, "").startswith("LATIN") and fold(core) != core.casefold():
            found.append(core)
    return tuple(found)


@lru_cache(maxsize=4096)  # a group's first prompt is compared with each of the others
def _marked_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lone letters (after the first word) and code spans, and the lone symbols and
    parenthesised numbers of a prompt, as written."""
    letters: list[str] = _CODE_SPAN.findall(text) if "`" in text else []
    symbols: list[str] = []
    text = without_result_asked(text)  # "6 × 7 =" asks what "6 × 7" asks
    words = bound_signs(text).split()  # "over 50 kg" is "> 50 kg", as the fold reads it
    emphasis = any(word.strip(_QUOTES)[:1] == "_" for word in words)  # "_mise en place_"
    quoted = any(word[:1] in "'‘" for word in words)  # "the 'go to' statement"
    for position, word in enumerate(words):
        if _times_between_numbers(words, position):
            continue  # "7 × 8" / "7 x 8": one product, as the fold reads it
        core = word.strip(_QUOTES) or word
        if not any(ch.isalnum() for ch in core):
            aside = _SYMBOL_IN_BRACKETS.fullmatch(core)
            if aside:
                core = aside[1]  # "the nullsafe operator (?->)" names the symbol "?->"
            if position == len(words) - 1 and core[-1:] == "?" and "?" not in core[:-1]:
                core = core[:-1] or core  # "… pipe |>?" ends a question: the symbol is "|>"
            if core in _SEPARATORS or (position == len(words) - 1 and core in ("?", "!")):
                continue  # "tener — yo", "… mean ?"
            if position and _dictionary_plural(words[position - 1], core):
                continue  # "der Apfel, -¨" is "der Apfel": its plural takes an umlaut
            if core == "∫":
                continue  # a word to the fold: "∫ sin x dx" asks "Integral of sin x"
            unit = core.rstrip(_TRAILING) or core  # "8 %?" ends a question
            if unit in _UNIT_SIGNS and position and words[position - 1][-1:].isdigit():
                continue  # "95 %" is "95%", a unit spaced from its number
            following = words[position + 1 : position + 2]
            if core in _SECTION_SIGNS and following and following[0][:1].isdigit():
                continue  # "§ 823 BGB" is "§823 BGB", a section spaced from its sign
            if core[1:] in ("<", ">") and core[0] in "([":
                core = core[1:]  # "(under 50)" is "(< 50)": the bound, not a bracket
            before = words[position - 1].casefold().lstrip("([{") if position else ""
            after = following[0].casefold().rstrip(_TRAILING + ")]}") if following else ""
            if symbol_of_a_word(before, core, after):
                continue  # "Stockton & Darlington" is "... and ...", "R0 = 5" "R0 is 5",
                # "(England & Wales)" too: the brackets are around the words, not the sign
            symbols.append(core)
            continue
        core = core.rstrip(_TRAILING)
        if _PARENTHESISED_NUMBER.fullmatch(core) or _is_code_like(core):
            symbols.append(core)
            continue
        if _UNDERSCORED_NAME.fullmatch(core) and not emphasis:
            symbols.append(core)  # "mapM_" is not "mapM": the fold drops the underscore
            continue
        if not quoted and _PRIMED_NAME.fullmatch(primed := word.rstrip(_TRAILING)):
            symbols.append(primed)  # "foldl'" is not "foldl", "f'" not "f"
            continue
        core = core.strip(_QUOTES)
        if position and _LONE_LETTER.fullmatch(core):
            if core not in _LETTER_WORDS or word[:1] in _QUOTES:  # "of a" / "of 'A'"
                letters.append(core)
    return tuple(letters), tuple(symbols)


def _times_between_numbers(words: list[str], position: int) -> bool:
    """The word at ``position`` is a "×", "x" or "X" between two plain numbers ("7 × 8?",
    "7 x 8?"): the fold writes each as one sign, so it is no lone symbol or letter that
    tells two prompts apart."""
    if not 0 < position < len(words) - 1 or words[position] not in ("×", "x", "X"):
        return False
    before, after = words[position - 1], words[position + 1].rstrip(_TRAILING)
    return bool(_DECIMALS.fullmatch(before) and _DECIMALS.fullmatch(after))


#: A German noun's plural as dictionaries and textbooks write it after the noun and a
#: comma, when it only adds an umlaut: "der Apfel, -¨", "die Mutter, ¨-" (a combining
#: diaeresis after the dash too). The plurals with an ending ("-¨e", "-n") hold letters.
_UMLAUT_PLURAL = re.compile("[-–]?[\u00a8\u0308][-–]?")


def _dictionary_plural(before: str, word: str) -> bool:
    """``word``, after ``before``, is a noun's plural mark that only adds an umlaut."""
    return before.endswith(",") and _UMLAUT_PLURAL.fullmatch(word) is not None


def symbols_apart(a: str, b: str) -> bool:
    """Two prompts that name a two-letter chemical element's symbol in one and its
    letters in capitals in the other, where both name such words: "What is Co?"
    (cobalt) / "What is CO?" (carbon monoxide), the term "Cs" / "What is CS?". The case
    of a symbol's second letter tells an element from a formula, and a sentence's
    capital never reaches it."""
    written_a, written_b = _symbol_words(a), _symbol_words(b)
    if not written_a or not written_b or written_a == written_b:
        return False
    return [w.upper() for w in written_a] == [w.upper() for w in written_b]


@lru_cache(maxsize=4096)  # a group's first prompt is compared with each of the others
def _symbol_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` that are a two-letter element's symbol ("Co", "Cs", "No")
    or its letters in capitals ("CO", "CS", "NO"), as written; a sentence's first word
    only when it is the whole text (a term): "IN clause" / "In clause" is one clause."""
    found = []
    words = text.split()
    for word in words if len(words) == 1 else words[1:]:
        core = word.strip(_QUOTES).rstrip(_TRAILING).strip(_QUOTES)
        if len(core) == 2 and core.isascii() and core.isalpha() and core[0].isupper():
            if core.capitalize() in _TWO_LETTER_SYMBOLS:
                found.append(core)
    return tuple(found)
