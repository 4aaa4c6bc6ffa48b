"""Layer 2 of the fact checks: values keyed by what they measure.

A limit, a table cell, a termed list item, or a question or term whose answer is a
value, is keyed by the words of its subject and attribute, in any order:
"Lambda maximum timeout", "What is the max timeout of Lambda?" and the cell
Lambda limits / Timeout / Maximum all meet. ``per`` keeps its side ("users per group"
is not "groups per user"); ``with batching`` and ``without batching`` stay apart.
A setting's dotted name also keys its subject by the setting's own name ("vm.swappiness
default" meets "Default swappiness"), and so does a setting's name in brackets at its end
("Default TCP FIN-WAIT-2 timeout (tcp_fin_timeout)").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import combinations

from .glossed_rows import GlossedRows
from .items import (
    MEASURE_WORDS,
    Item,
    Vocabulary,
    asked,
    column_names_unit,
    names_unit_of,
    numbered_row,
)
from .normalize import capital_stopwords, content_words, fold
from .quantities import numbers_reordered, numbers_traded

#: Words that name no subject or attribute: "Default PostgreSQL server port" and
#: "PostgreSQL port" measure the same thing. The words of the card's deck path are
#: dropped too ("Max identifier length in PostgreSQL" in a PostgreSQL deck). A value
#: "recommended" is the one a limit names, as a "default" one is ("Recommended wick trim
#: length" / "Wick trim length"; layer 3 leaves "standard" out too: ``similar.HEDGES``).
GENERIC = frozenset(
    """limit quota value number amount count total many much server default setting
    config recommended""".split()
)
#: How many words of a table title a limit's subject may carry beyond row and column.
MAX_TITLE_WORDS = 2
#: Longer subjects are not matched against cells word-subset by word-subset.
MAX_SUBJECT_WORDS = 8


def _keys(
    item: Item, vocab: Vocabulary, generic: frozenset[int], deck: frozenset[int]
) -> tuple[frozenset[int], frozenset[int] | None, bool]:
    """(full key, cell key, whether the cell key lost a word of the deck) of an item as
    word ids, ``generic`` and ``deck`` words left out: the cell key leaves out the table
    or list title."""
    full = frozenset(item.prompt_ids).difference(generic, deck)
    if item.kind == "table-cell":
        row = numbered_row(item.row, item.row_heading)  # "4" under "Category": "Category 4"
        raw = f"{row}\n{item.column}"
    elif item.kind == "list-item":
        raw = item.prompt
    else:
        return full, None, False
    # item.key is ("cell", title, row, column) or ("term", title, term), folded; a long
    # option's row ("--retries") is named by its word ("HEALTHCHECK default retries")
    key = item.key[2:]
    if item.kind == "table-cell" and row != item.row:
        key = (fold(row), *key[1:])
    if item.kind == "table-cell" and column_names_unit(key[-1], item.quantities):
        key = key[:-1]  # a column "mph" of "130–156 mph" names no attribute, its unit
    folded = _LONG_OPTION_DASHES.sub("", " ".join(key))
    short = frozenset(vocab.ids_of(content_words(folded, capital_stopwords(raw))))
    return full, short.difference(generic, deck), not short.isdisjoint(deck)


#: The dashes of a long option, where a word starts.
_LONG_OPTION_DASHES = re.compile(r"(?<!\S)--(?=[a-z])")

_VALUE_KINDS = frozenset({"limit", "qa", "concept", "table-cell", "list-item"})


def same_measure_groups(
    items: list[Item], vocab: Vocabulary, scopes: list[int]
) -> Iterator[list[Item]]:
    """Groups of value items of one scope (``scopes[item.index]``) that measure the same
    thing (each of two or more)."""
    generic = frozenset(vocab.ids_of(content_words(" ".join(sorted(GENERIC)))))
    # a limit's subject that ends in "to" leaves its value the slot after it: "Trim wicks
    # to" measures what "Wick trim length" does (its "to" is no side: ``content_words``
    # keeps a "to" at the very end as a word of its own; "from" stays: "Upgrade from")
    stranded_to = vocab.ids.get("to", -1)
    deck_words: dict[str, frozenset[int]] = {}
    by_key: dict[tuple[int, frozenset[int]], list[Item]] = defaultdict(list)
    cells: dict[int, _CellIndex] = defaultdict(_CellIndex)
    subjects: list[tuple[Item, frozenset[int]]] = []
    left_out_of: dict[int, frozenset[int]] = {}  # a bracketed subject's generic and deck words
    # another key of a subject -> (the dotted names it comes from, its items)
    by_alias: dict[tuple[int, frozenset[int]], tuple[set[str], list[Item]]] = {}
    # a key without the unit a question counts -> its items (met by a key that names none)
    by_uncounted: dict[tuple[int, frozenset[int]], list[Item]] = defaultdict(list)
    for item in items:
        if not item.quantities or item.kind not in _VALUE_KINDS:
            continue
        if len(item.prompt_ids) < 2 and not _names_a_setting(item.prompt):
            continue  # "Timeout" alone names nothing; "DefaultStartLimitBurst" does
        deck = item.card.deck
        if deck not in deck_words:
            deck_words[deck] = frozenset(vocab.ids_of(content_words(fold(deck))))
        generic_here = generic | _size_of_compound(item, vocab) | _config_extension(item, vocab)
        if item.kind == "limit" and stranded_to in item.prompt_ids:
            generic_here |= {stranded_to}  # "Trim wicks to": 6 mm, the value fills its slot
        full, short, named_deck = _keys(item, vocab, generic_here, deck_words[deck])
        if not full:
            continue
        scope = scopes[item.index]
        by_key[scope, full].append(item)
        counted = _without_counted_unit(item)
        if counted is not None:  # "How many square feet are in one acre?": "Area of an acre"
            uncounted = _key_of(counted, item, vocab, generic_here | deck_words[deck])
            if uncounted and uncounted != full:
                by_uncounted[scope, uncounted].append(item)
        for alias, dotted in _other_keys(item, full, vocab, generic_here | deck_words[deck]):
            names, named = by_alias.setdefault((scope, alias), (set(), []))
            names.update(dotted)
            named.append(item)
        if short is None:
            subjects.append((item, full))
            if "(" in item.prompt:
                left_out_of[item.index] = generic_here | deck_words[deck]
        elif len(short) >= 2 or (
            len(short) == 1
            and (named_deck or _names_a_setting(item.row) or _names_a_setting(item.column))
        ):
            # a column of the deck's word ("Port" in a Ports deck) is named by a subject
            # that lost that word too: "SNMP port" is the row SNMP of that column
            cells[scope].add(item, short, full)
        elif len(short) == 1 and len(full) > 1:
            # one word besides generic ones ("thoracic" / "Count"): the subject must also
            # name a word of the title ("How many thoracic vertebrae?")
            cells[scope].add(item, short, full, with_title=True)

    def apart(a: Item, b: Item) -> bool:
        """One names a word of its own deck that the other neither names nor is in:
        "Letters in the Arabic alphabet" (an Arabic deck) and "Letters in the Russian
        alphabet" (a Russian deck) lose their deck words alike, yet measure two things.
        Nor two cells of one table: "Temperature" and "Time" of a PCR step both read as
        the step's measure, yet its author wrote two columns. Nor two prompts of one
        score, count or ratio in another order ("a 3-1 count" / "a 1-3 count"), or of
        numbers traded between the words beside them ("pin 3 of the 5-pin connector" /
        "pin 5 of the 3-pin connector"), or of names a slash joins in another order
        ("EUR/USD" / "USD/EUR"): their words are one set, their questions two."""
        return (
            _cells_of_one_table(a, b)
            or _names_apart(a, b, deck_words)
            or _names_apart(b, a, deck_words)
            or deck_names_apart(a, b)
            or _deck_words_traded(a, b, deck_words)
            or names_swapped(a.full_prompt, b.full_prompt)
            or numbers_reordered(a.full_prompt, b.full_prompt)
            or numbers_traded(a.full_prompt, b.full_prompt)
            or slashed_reordered(a.full_prompt, b.full_prompt)
            or measures_apart(a, b)
        )

    for group in by_key.values():
        if len(group) > 1:
            yield from _together(group, apart)
    for (scope, alias), (names, named) in by_alias.items():
        group = [*by_key.get((scope, alias), ()), *named]
        if len(group) > 1 and len(names) < 2:  # one setting of that name: the bare name is it
            yield from _together(list(dict.fromkeys(group)), apart)
    for key, counting in by_uncounted.items():
        if key in by_key:  # two counts of two units alone stay two ("hours" / "days")
            yield from _together([*by_key[key], *counting], apart)
    glossed = GlossedRows(items, vocab)
    for item, subject in subjects:
        index = cells[scopes[item.index]]
        named = [c for c in index.named_by(subject) if not apart(item, c)]
        if not named and item.index in left_out_of:  # "Vne (never-exceed speed)"
            found = glossed.cells_named(item, left_out_of[item.index], index.by_short)
            named = [cell for cell in found if not apart(item, cell)]
        if len({id(cell.card) for cell in named}) < len(named):
            # cells of one row, each column its unit: each against the subject alone
            yield from ([item, cell] for cell in named)
        elif named:
            yield [item, *named]


#: A word of a prompt, folded.
_WORD = re.compile(r"[^\W\d_]+")


def _measures(item: Item) -> frozenset[str]:
    """The words that may name the measure of ``item``'s value ("pressure" for hPa)."""
    return frozenset().union(
        *(MEASURE_WORDS.get(dimension, frozenset()) for dimension, _ in item.quantities)
    )


def _measure_words(item: Item, measures: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(the words of ``item``'s prompt, those of them that are ``measures``: "pressure"
    of "Standard sea-level pressure" with 1013.25 hPa)."""
    words = frozenset(_WORD.findall(fold(item.full_prompt)))
    return words, words & measures


def measures_apart(a: Item, b: Item) -> bool:
    """Each prompt names its own value's measure with a word the other does not say:
    "Standard sea-level pressure" (1013.25 hPa) and "Standard sea-level temperature"
    (15 °C) both read as "Standard sea-level" (``items.asked``), yet ask two things."""
    if not a.quantities or not b.quantities:  # most answers are no values
        return False
    measures_a, measures_b = _measures(a), _measures(b)
    if not measures_a or not measures_b:  # no word to name them by: no prompt to fold
        return False
    words_a, named_a = _measure_words(a, measures_a)
    words_b, named_b = _measure_words(b, measures_b)
    return (
        bool(named_a)
        and bool(named_b)
        and named_a.isdisjoint(words_b)
        and named_b.isdisjoint(words_a)
        and {d for d, _ in a.quantities}.isdisjoint(d for d, _ in b.quantities)
    )


#: A setting's dotted name in small letters: its namespace, then its own name
#: ("vm.swappiness", "net.ipv4.tcp_fin_timeout"); not a file's name ("sysctl.conf").
_DOTTED_SETTING = re.compile(
    r"(?<![\w./-])((?:[a-z][a-z0-9_]*\.)+)([a-z][a-z0-9]*(?:_[a-z0-9]+)*)(?![\w./-])"
)
#: The ends of file names, which a dotted name in small letters may be.
_FILE_ENDS = frozenset(
    "conf cfg ini yaml yml json toml xml txt log md csv sh py js ts rb go rs html css d".split()
)


def _other_keys(
    item: Item, full: frozenset[int], vocab: Vocabulary, left_out: frozenset[int]
) -> list[tuple[frozenset[int], tuple[str, ...]]]:
    """Other keys of a subject that names a setting, each with the dotted names it comes
    from: a dotted name's key without the words of its namespace ("vm.swappiness
    default" is also "swappiness", which "Default swappiness" asks), and the key of a
    setting's name in brackets at its end alone ("Default TCP FIN-WAIT-2 timeout
    (tcp_fin_timeout)" is also "tcp_fin_timeout"). No key when the namespace's words are
    also elsewhere in the subject. The caller joins a key only when one dotted name of
    the scope gives it (not both "net.ipv4.conf.all.rp_filter" and
    "net.ipv4.conf.lo.rp_filter", for a bare "rp_filter")."""
    if item.kind not in ("limit", "qa", "concept"):
        return []
    prompt = item.prompt
    found: list[tuple[frozenset[int], tuple[str, ...]]] = []
    dotted = [m for m in _DOTTED_SETTING.finditer(prompt) if m.group(2) not in _FILE_ENDS]
    if dotted:
        prefix = " ".join(m.group(1).replace(".", " ") for m in dotted)
        rest = _DOTTED_SETTING.sub(r"\2", prompt)
        spaces = frozenset(vocab.ids_of(content_words(fold(prefix))))
        spaces -= frozenset(vocab.ids_of(content_words(fold(rest), capital_stopwords(rest))))
        found.append((full - spaces, tuple(m.group() for m in dotted)))
    named = _NAME_IN_BRACKETS.search(prompt)
    if named is not None and _names_a_setting(named.group(1)):
        name = named.group(1).strip("`=")
        found.append((_key_of(name, item, vocab, left_out), ()))
        leaf = _DOTTED_SETTING.fullmatch(name)
        if leaf is not None and leaf.group(2) not in _FILE_ENDS:
            found.append((_key_of(leaf.group(2), item, vocab, left_out), (name,)))
    return [(key, names) for key, names in found if key and key != full]


#: Where a question counts its value's unit: after "how many" or "number of" ("How many
#: *square feet* are in an acre?").
_COUNTING = re.compile(
    r"^(?P<lead>.*?)\b(?:how many|number of) (?P<unit>\S+(?: \S+)?)(?P<rest> .+)$"
)


def _without_counted_unit(item: Item) -> str | None:
    """The prompt of a value without the words that count its unit, or None: "How many
    square feet are in one acre?" (43,560 sq ft) asks what "Area of an acre" asks, "How
    many seconds are in a day?" (86,400) what "Length of a day" does. The unit is one
    word of four letters or more or two words (``items.names_unit_of``). (A subject that
    opens with its unit, "Days for a starter to mature", stays as it is: beside "Time
    for ..." it is a warning, and "Hours ..." / "Days ..." two subjects.)"""
    if item.kind not in ("qa", "limit") or not item.quantities or item.key[0] != "text":
        return None
    found = _COUNTING.match(" ".join(item.key[1:]))
    if found is None:
        return None
    words = found["unit"].split()
    for count in (2, 1):
        unit = " ".join(words[:count])
        if len(words) >= count and len(words[0]) >= 4 and names_unit_of(unit, item.quantities):
            rest = " ".join(words[count:])
            return f"{found['lead']}{rest}{found['rest']}".strip()
    return None


#: A name in brackets that ends a subject: "Default TCP timeout (tcp_fin_timeout)".
_NAME_IN_BRACKETS = re.compile(r"\(\s*(\S+)\s*\)\s*\??$")


def _key_of(name: str, item: Item, vocab: Vocabulary, left_out: frozenset[int]) -> frozenset[int]:
    """The key of a setting's ``name`` alone, read as ``item``'s prompt is."""
    return frozenset(vocab.ids_of(content_words(asked(fold(name), item)))) - left_out


def _cells_of_one_table(a: Item, b: Item) -> bool:
    """``a`` and ``b`` are two cells of one table."""
    return a.kind == b.kind == "table-cell" and a.card is b.card


#: A compound adjective of "size" before a noun: "Olympic-size pool", "king-sized bed",
#: "A4-size sheet" (not a chain such as "max-body-size", nor an option "--shm-size").
_SIZE_COMPOUND = re.compile(r"(?<![\w-])[^\W_]+-sized?(?=\s+[^\W\d_])", re.IGNORECASE)
_SIZE_WORD = re.compile(r"\bsized?\b", re.IGNORECASE)


def _size_of_compound(item: Item, vocab: Vocabulary) -> frozenset[int]:
    """The word "size" when it is only the end of a compound adjective: a value of an
    "Olympic-size swimming pool" measures what one of an "Olympic pool" does (its first
    word stays: "king-size" is not "queen-size"); none when "size" is also a word of its
    own ("Olympic-size pool size")."""
    raw = item.full_prompt
    if "-siz" not in raw.lower():
        return frozenset()
    compounds = len(_SIZE_COMPOUND.findall(raw))
    if not compounds or compounds != len(_SIZE_WORD.findall(raw)):
        return frozenset()
    (size,) = vocab.ids_of(content_words("size"))
    return frozenset(t for t in item.prompt_ids if vocab.base_id(t) == size)


#: A configuration file's name: "php.ini", "my.cnf", "postgresql.conf", "config.toml".
_CONFIG_FILE = re.compile(
    r"(?i)(?<![\w.])[\w-]+\.(ini|conf|cnf|cfg|toml|yaml|yml|json|xml|properties)(?![\w.])"
)


def _config_extension(item: Item, vocab: Vocabulary) -> frozenset[int]:
    """The extension of a configuration file's name in a value's subject: "in php.ini"
    says where the setting is written, as "in PHP" would ("Default max_execution_time"
    and "Default max_execution_time in php.ini" measure one thing); the file's own name
    stays ("postgresql.conf" is not "my.cnf"). None when the extension is also a word of
    its own ("ini file")."""
    raw = item.full_prompt
    if "." not in raw:
        return frozenset()
    extensions = [found[1].lower() for found in _CONFIG_FILE.finditer(raw)]
    kept = frozenset(
        extension
        for extension in extensions
        if len(re.findall(rf"(?i)\b{extension}\b", raw)) == extensions.count(extension)
    )
    if not kept:
        return frozenset()
    return frozenset(vocab.ids_of(content_words(" ".join(sorted(kept))))).intersection(
        item.prompt_ids
    )


#: One word that names a setting on its own: CamelCase ("DefaultStartLimitBurst",
#: "KillMode"), snake_case ("max_connections"), dotted ("vm.swappiness") or a long
#: command-line option ("--retries", "--shm-size"), perhaps in backticks or with its "=".
_SETTING = re.compile(
    r"`?(?:[A-Z]?[a-z]{2,}(?:[A-Z][a-z0-9]+)+|[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+"
    r"|--[a-z][a-z0-9]+(?:-[a-z0-9]+)*)=?`?"
)


def _names_a_setting(text: str) -> bool:
    """``text`` is one setting's name (``_SETTING``), which names a value alone, as
    "Timeout" does not."""
    return _SETTING.fullmatch(text.strip()) is not None


def _names_apart(a: Item, b: Item, deck_words: dict[str, frozenset[int]]) -> bool:
    own = deck_words[a.card.deck].intersection(a.prompt_ids)
    return bool(own) and not own <= deck_words[b.card.deck].union(b.prompt_ids)


#: A deck name that joins several things: "Snooker and pool", "Docker & Compose".
_JOINED_DECK = re.compile(r"\band\b|&|,|/|\bvs\b|\bversus\b", re.IGNORECASE)


def names_several(deck: str) -> bool:
    """``deck`` is named for several things ("Snooker and pool")."""
    return _JOINED_DECK.search(deck) is not None


def _deck_words_traded(a: Item, b: Item, deck_words: dict[str, frozenset[int]]) -> bool:
    """Two prompts of a deck named for several things that differ only by which of them
    they name: "What is the diameter of a snooker ball?" and "... of a pool ball?" in
    "Snooker and pool" lose their deck words alike, yet ask of two things."""
    if not (names_several(a.card.deck) and names_several(b.card.deck)):
        return False
    only_a = frozenset(a.prompt_ids).difference(b.prompt_ids)
    only_b = frozenset(b.prompt_ids).difference(a.prompt_ids)
    deck = deck_words[a.card.deck] | deck_words[b.card.deck]
    return bool(only_a) and bool(only_b) and only_a <= deck and only_b <= deck


#: A capitalised word standing alone: not part of ``maintenance_work_mem`` or ``us-east-1``,
#: nor a single letter, the slot of a template ("sharps in *G* major" against "sharps in
#: *A* major", whose "A" reads as a stop word).
CAPITALISED = re.compile(r"(?<![\w.-])[A-Z][A-Za-z]+(?![\w.-]\w)")
#: A capitalised word ending in "n", "ese", "ish" or "i": perhaps the adjective of a
#: name ("European", "Chinese", "Turkish", "Israeli").
_ADJECTIVE_OF_NAME = re.compile(r"(?<![\w.-])[A-Z][a-z]{3,}(?:n|ese|ish|i)\b")
_ADJECTIVE_ENDINGS = ("n", "an", "ian", "ean", "ese", "ish", "i")


#: Adjectives of country names that the endings of ``_ADJECTIVE_ENDINGS`` do not make
#: (one name or several, spaced): "the *Welsh* flag" names what "the flag of *Wales*"
#: names, "the *American* flag" what "the *US* flag" names.
_ADJECTIVE_OF_COUNTRY = {
    "Welsh": "Wales", "Swiss": "Switzerland", "French": "France", "Dutch": "Netherlands",
    "Danish": "Denmark", "Spanish": "Spain", "Swedish": "Sweden", "Finnish": "Finland",
    "Polish": "Poland", "British": "Britain UK", "English": "England",
    "Scottish": "Scotland", "Irish": "Ireland", "Greek": "Greece", "Portuguese": "Portugal",
    "Norwegian": "Norway", "Icelandic": "Iceland", "Thai": "Thailand",
    "Filipino": "Philippines", "German": "Germany", "Czech": "Czechia", "Belgian": "Belgium",
    "Lebanese": "Lebanon", "Cypriot": "Cyprus", "Peruvian": "Peru", "Chilean": "Chile",
    "Malagasy": "Madagascar", "American": "US USA",
}  # fmt: skip
_IRREGULAR_ADJECTIVE = re.compile(r"(?<![\w.-])(?:" + "|".join(_ADJECTIVE_OF_COUNTRY) + r")\b")


def name_adjectives(text: str, other: str) -> list[tuple[str, str]]:
    """Adjectives in ``text`` of names ``other`` writes: "European" / "Europe",
    "American" / "America", "Canadian" / "Canada", "Italian" / "Italy", "Chinese" /
    "China", "Turkish" / "Turkey", "Israeli" / "Israel" (the name's final vowels left
    out, then -n, -an, -ian, -ean, -ese, -ish or -i), and the country adjectives of
    ``_ADJECTIVE_OF_COUNTRY`` ("Welsh" / "Wales"). Not "Martian" / "Mars"."""
    adjectives = _ADJECTIVE_OF_NAME.findall(text)
    found = []
    for adjective in _IRREGULAR_ADJECTIVE.findall(text):
        names = CAPITALISED.findall(other)
        found.extend(
            (adjective, name) for name in _ADJECTIVE_OF_COUNTRY[adjective].split() if name in names
        )
    if not adjectives:
        return found
    for name in CAPITALISED.findall(other):
        root = name.rstrip("aeiouy")
        if len(root) < 4:
            continue
        for adjective in adjectives:
            if adjective.startswith(root) and adjective[len(root) :] in _ADJECTIVE_ENDINGS:
                found.append((adjective, name))
    return found


def deck_names_apart(a: Item, b: Item) -> bool:
    """Two prompts that each name a thing their decks name and the other prompt does not:
    "Bordeaux red maximum yield" and "Burgundy red maximum yield" in a deck "Bordeaux
    and Burgundy", "German trocken" and "Austrian trocken" (an adjective of the name) in
    "Germany and Austria". A deck named for several things holds cards of each; its
    words are left out of prompts only where a prompt names none of the others."""
    said_a, said_b = _deck_names_said(a), _deck_names_said(b)
    if not (said_a - said_b and said_b - said_a):
        return False
    # "International Phonetic Alphabet" / "IPA" in "Phonetics and the IPA": one thing,
    # its acronym in one prompt and its words (a deck name among them) in the other
    return not (
        _acronym_spelt(said_b - said_a, said_a - said_b, a.full_prompt)
        or _acronym_spelt(said_a - said_b, said_b - said_a, b.full_prompt)
    )


#: An acronym as a deck names it: two capitals or more ("IPA", "NATO").
_DECK_ACRONYM = re.compile(r"[A-Z]{2,}")


def _acronym_spelt(acronyms: frozenset[str], names: frozenset[str], prompt: str) -> bool:
    """``prompt`` spells out one of ``acronyms`` (a run of its words has the acronym's
    letters as initials), and every one of ``names`` is a word of that run."""
    words = _WORD.findall(prompt)
    for acronym in acronyms:
        if not _DECK_ACRONYM.fullmatch(acronym):
            continue
        run = len(acronym)
        for start in range(len(words) - run + 1):
            spelt = words[start : start + run]
            if "".join(word[0] for word in spelt).upper() != acronym:
                continue
            spelt_words = set(content_words(fold(" ".join(spelt))))
            if all(set(content_words(fold(name))) <= spelt_words for name in names):
                return True
    return False


def _deck_names_said(item: Item) -> frozenset[str]:
    """The capitalised words of ``item``'s deck (below its root too) its prompt says,
    as written or as their adjective ("Austrian" says "Austria")."""
    deck = item.card.deck.replace("::", " ")
    return _names_said(item.full_prompt, deck)


@lru_cache(maxsize=65536)
def _names_said(prompt: str, deck: str) -> frozenset[str]:
    """The capitalised words of ``deck`` that ``prompt`` writes with a capital too: not
    "study" in "What is the study of flags called?" for a deck "Study"."""
    capitalised = " ".join(word for word in _WORD.findall(prompt) if word[0].isupper())
    words = set(content_words(fold(capitalised)))
    names = [word for word in _WORD.findall(deck) if word[0].isupper()]  # "Rhône" too
    said = {name for name in names if words.issuperset(content_words(fold(name)))}
    said.update(name for _adjective, name in name_adjectives(prompt, deck))
    return frozenset(said)


#: A name in capitals ("APR", "BTC", "S&P"), then what comes before the next one.
_CAPITALS = re.compile(r"(?<![\w&])[A-Z][A-Z0-9&]+(?![\w&])")
#: Words between two names that make one of them what the other is measured in or of.
_RELATING = re.compile(r"\b(?:of|in|for|per|into)\b")
#: Words of a way from one place to another, the same both ways ("Distance from A to B").
_WAY = re.compile(r"\b(?:from|to|between)\b", re.I)


#: Words a slash joins into one name whose order counts: a currency pair "EUR/USD", a
#: chord "C/E", a unit "km/h".
_SLASHED = re.compile(r"(?<![\w/])[^\W_]+(?:/[^\W_]+)+(?![\w/])")


def slashed_reordered(a: str, b: str) -> bool:
    """Two prompts that join the same words with slashes in another order ("EUR/USD
    exchange rate" / "USD/EUR exchange rate", "km/h" / "h/km"): two questions, though
    they hold the same words. The same names in another order are one prompt."""
    if "/" not in a or "/" not in b:
        return False
    runs_a = sorted(tuple(run.casefold().split("/")) for run in _SLASHED.findall(a))
    runs_b = sorted(tuple(run.casefold().split("/")) for run in _SLASHED.findall(b))
    if not runs_a or runs_a == runs_b:
        return False
    return sorted(tuple(sorted(run)) for run in runs_a) == sorted(
        tuple(sorted(run)) for run in runs_b
    )


def names_swapped(a: str, b: str) -> bool:
    """Two prompts whose two names in capitals trade places across "of", "in", "for" or
    "per" ("APY of a 12% APR" / "APR of a 12% APY", "Price of 1 BTC in ETH" / "... ETH in
    BTC"): two questions, though they hold the same words. Not a way from one place to
    another, nor a name that only moves ("CEO of IBM" / "IBM CEO")."""
    first, second = _related_names(a), _related_names(b)
    return first is not None and second is not None and first == second[::-1]


@lru_cache(maxsize=65536)
def _related_names(prompt: str) -> tuple[str, str] | None:
    """The two names in capitals of ``prompt``, in order, when a relating word stands
    between them and no word of a way is in it; else None."""
    names = list(_CAPITALS.finditer(prompt))
    if len(names) != 2 or names[0].group() == names[1].group() or _WAY.search(prompt):
        return None
    if _RELATING.search(prompt, names[0].end(), names[1].start()) is None:
        return None
    return names[0].group(), names[1].group()


def _together(group: list[Item], apart) -> Iterator[list[Item]]:
    """``group`` split where two of its items are ``apart``; parts of two or more."""
    parts: list[list[Item]] = []
    for item in group:
        for part in parts:
            if not any(apart(item, other) for other in part):
                part.append(item)
                break
        else:
            parts.append([item])
    yield from (part for part in parts if len(part) > 1)


def _one_table(found: Iterable[list[Item]]) -> bool:
    """The cells are all of one table: those of a row whose columns name their units
    ("mph", "km/h"), each a subject names alike."""
    return len({id(cell.card) for cells in found for cell in cells}) == 1


class _CellIndex:
    """Cells by their row and column words, and by those plus one title word."""

    def __init__(self) -> None:
        self.by_short: dict[frozenset[int], dict[frozenset[int], list[Item]]] = {}
        self.by_title_word: dict[tuple[frozenset[int], int], list[frozenset[int]]] = {}
        self.words: set[int] = set()
        self.with_title: set[frozenset[int]] = set()  # full keys named only with a title word

    def add(
        self, item: Item, short: frozenset[int], full: frozenset[int], with_title: bool = False
    ) -> None:
        """Index a cell by its row and column words (``short``) and its full key;
        ``with_title``: a subject names it only with a word of its title too."""
        if with_title:
            self.with_title.add(full)
        tables = self.by_short.setdefault(short, {})
        if full not in tables:
            tables[full] = []
            for word in full - short:
                self.by_title_word.setdefault((short, word), []).append(full)
        tables[full].append(item)
        self.words.update(short)

    def named_by(self, subject: frozenset[int]) -> list[Item]:
        """The cells a subject names: its words are the row and column words plus up to
        two words of the title. Only when they all lie in one table: "Standard price"
        does not name a cell of both "S3 pricing" and "EFS pricing"."""
        if len(subject) > MAX_SUBJECT_WORDS:
            return []
        title_only = subject.difference(self.words)  # no row or column has them
        spare = MAX_TITLE_WORDS - len(title_only)
        if spare < 0:
            return []
        rest = subject - title_only
        found: dict[frozenset[int], list[Item]] = {}
        for dropped in range(spare + 1):
            for removed in combinations(sorted(rest), dropped):
                short = rest.difference(removed)
                tables = self.by_short.get(short)
                if not tables:
                    continue
                in_title = title_only.union(removed)
                if not in_title:
                    matches = [
                        full for full in tables if full != subject and full not in self.with_title
                    ]
                else:
                    some = next(iter(sorted(in_title)))
                    matches = [
                        full
                        for full in self.by_title_word.get((short, some), ())
                        if in_title <= full
                    ]
                for full in matches:
                    found[full] = tables[full]
                if len(found) > 1 and not _one_table(found.values()):
                    return []
        return [cell for cells in found.values() for cell in cells]
