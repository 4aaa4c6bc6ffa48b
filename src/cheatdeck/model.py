"""The corpus model: card kinds, their fields, and the frozen objects the loader builds.

This module is the one definition of what a card is. Each kind's fields are listed
once, in ``KINDS`` (plus ``COMMON_FIELDS``), with what each field is to the study
item the card gives (its ``Role``: prompt, answer, extra, title or option) and the
label outputs show it under. The loader, the JSON Schema, the error messages ("did
you mean ...?"), the facts, the Anki note types and fields and the exports all read
them from here; nothing else lists a kind's fields. It imports nothing of cheatdeck.
"""

from __future__ import annotations

import datetime as _dt
import re
import struct
import unicodedata
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from itertools import chain
from typing import ClassVar

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
NAME_PATTERN = ID_PATTERN
#: Latin letters with no accent to leave out, as they are typed without their own key:
#: Turkish dotless ``ı`` (``kız`` -> ``kiz``, not ``kz``), Nordic ``ø`` and ``æ``, ...
BASE_LETTERS = str.maketrans(
    {"ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l"}
    | {"Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ß": "ss"}
)


#: Letters of other scripts drawn like a Latin letter (Cyrillic ``а``, ``о``, ``е``, ``с``,
#: ``р``; Greek ``ο``, ``ν``), as a keyboard switched to another layout types them into a
#: name: each with the Latin letter it looks like.
LATIN_LOOKALIKES = str.maketrans(
    dict(zip("аеорсухіјѕԁԛԝһӏАВЕКМНОРСТХІЈЅ", "aeopcyxijsdqwhlABEKMHOPCTXIJS", strict=True))
    | dict(zip("οαικνρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "oaikvptuxABEZHIKMNOPTYX", strict=True))
)


def as_latin(text: str) -> str | None:
    """``text`` with each letter ``LATIN_LOOKALIKES`` lists as its Latin letter, when it
    mixes them with Latin letters and that leaves it all ASCII (``cоncept`` ->
    ``concept``); None when it holds no such letter, no Latin letter (``сахар`` is a
    Russian word, whose letters all look Latin), or letters of another script besides
    (``привет``)."""
    if text.isascii():  # most names: no letter of another script (isascii reads a flag)
        return None
    latin = text.translate(LATIN_LOOKALIKES)
    if latin == text or not latin.isascii():
        return None
    return latin if any(ch.isascii() and ch.isalpha() for ch in text) else None


def lookalike_note(text: str) -> str:
    """What a Latin name holds that looks Latin and is not, for a message: ``its 'о' is
    Cyrillic (U+043E), not Latin 'o'`` for ``cоncept`` (a reader cannot see the
    difference); "" when ``as_latin`` finds none."""
    if as_latin(text) is None:
        return ""
    found = dict.fromkeys(ch for ch in text if not ch.isascii())
    said = [
        f"'{ch}' is {unicodedata.name(ch).split()[0].title()} (U+{ord(ch):04X}), "
        f"not Latin '{ch.translate(LATIN_LOOKALIKES)}'"
        for ch in found
    ]
    return "its " + ", ".join(said)


def unaccented(text: str) -> str:
    """``text`` with its letters' accents left out (``Königin`` -> ``Konigin``, ``kız``
    -> ``kiz``), digits of other scripts as ASCII ones (``٢`` -> ``2``) and every other
    character that is not ASCII dropped: the letters an id made from a card's words keeps."""
    decomposed = unicodedata.normalize("NFKD", text).translate(BASE_LETTERS)
    if not decomposed.isascii():
        decomposed = _OTHER_DIGIT.sub(lambda d: str(unicodedata.decimal(d.group())), decomposed)
    return decomposed.encode("ascii", "ignore").decode()


#: A decimal digit of another script than ASCII: Arabic-Indic, Devanagari, Thai, …
_OTHER_DIGIT = re.compile(r"[^\x00-\x7f\D]")


class FieldType(Enum):
    """How a YAML value is read into a card field."""

    TEXT = "text"  # one line or paragraph of inline Markdown
    CODE = "code"  # verbatim code, never Markdown
    WORD = "word"  # a short identifier-like string (a language name)
    NUMBER_OR_TEXT = "number-or-text"  # a limit's value: 15 or "15 minutes"
    DATE = "date"  # YYYY-MM-DD
    BOOL = "bool"
    WORDS = "words"  # a list of short strings (tags, ids)
    TEXTS = "texts"  # a list of texts (table columns)
    ROWS = "rows"  # a mapping: row label -> list of cells
    ITEMS = "items"  # a list of texts or one-key maps term: explanation
    PATH = "path"  # a file path inside the corpus folder


class Role(Enum):
    """What a field is to the study item (the fact) a card gives; writers pick fields by it."""

    PROMPT = "prompt"  # what the item asks: a term, a question, a task, a cloze text
    ANSWER = "answer"  # what it answers: a definition, a command, a value
    EXTRA = "extra"  # shown under the answer: an example, a command's output, a note
    TITLE = "title"  # names a table or a list, whose cells or items are the study items
    OPTION = "option"  # changes how the card is shown, never shown itself (lang, reverse)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One key a card may carry: its type, whether it must be there and what it is to
    the study item (``role``)."""

    name: str
    type: FieldType
    required: bool = False
    help: str = ""
    role: Role | None = None
    default: str | None = None  # what a missing value means (a code language)

    @property
    def label(self) -> str:
        """What outputs show the field under: "Example", "As of"."""
        return self.name.replace("_", " ").capitalize()

    @property
    def anki_field(self) -> str:
        """The Anki note field holding this field: its label in CamelCase ("AsOf")."""
        return "".join(word[:1].upper() + word[1:] for word in self.label.split())


@dataclass(frozen=True, slots=True)
class KindSpec:
    """One card kind: its fields and what they mean."""

    name: str
    summary: str
    fields: tuple[FieldSpec, ...]
    #: Common fields this kind's Anki note holds as fields of its own (a limit's as_of).
    noted: tuple[str, ...] = ()
    #: For a table or a list, whose cells or items are the facts: each fact's Anki fields.
    item_fields: tuple[str, ...] = ()

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)

    def with_role(self, role: Role) -> tuple[FieldSpec, ...]:
        """This kind's own fields of ``role``, in order."""
        return tuple(spec for spec in self.fields if spec.role is role)

    @property
    def prompt(self) -> FieldSpec | None:
        """The field a fact of this kind asks (None for a table or list: its cells, items)."""
        found = self.with_role(Role.PROMPT)
        return found[0] if found else None

    @property
    def answer(self) -> FieldSpec | None:
        """The field a fact of this kind answers (None for a cloze, a table or a list)."""
        found = self.with_role(Role.ANSWER)
        return found[0] if found else None

    @property
    def extras(self) -> tuple[FieldSpec, ...]:
        """What the back shows under the answer: own extras, then ``SHOWN_COMMON``."""
        return self.with_role(Role.EXTRA) + tuple(
            spec for name in SHOWN_COMMON if (spec := self.field(name)) is not None
        )

    @property
    def noted_fields(self) -> tuple[FieldSpec, ...]:
        """The card fields this kind's Anki note holds, in note order: its prompt, answer
        and extras, then ``noted`` (none for a table or a list: see ``item_fields``)."""
        shown = (Role.PROMPT, Role.ANSWER, Role.EXTRA)
        own = tuple(spec for spec in self.fields if spec.role in shown)
        return own + tuple(spec for name in self.noted if (spec := self.field(name)) is not None)

    @property
    def note_fields(self) -> tuple[str, ...]:
        """The Anki note fields of this kind's facts, before the ones every note ends with."""
        return self.item_fields or tuple(spec.anki_field for spec in self.noted_fields)

    def field(self, name: str) -> FieldSpec | None:
        for spec in self.fields:
            if spec.name == name:
                return spec
        for spec in COMMON_FIELDS:
            if spec.name == name:
                return spec
        return None

    def all_fields(self) -> tuple[FieldSpec, ...]:
        return COMMON_FIELDS + self.fields


T = FieldType
R = Role

COMMON_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", T.WORD, True, "unique card id: [a-z0-9][a-z0-9-]*"),
    FieldSpec("kind", T.WORD, True, "the card kind"),
    FieldSpec("tags", T.WORDS, help="tags added to this card"),
    FieldSpec("source", T.TEXT, help="where the fact comes from", role=R.EXTRA),
    FieldSpec("note", T.TEXT, help="extra text on the back and in the sheet", role=R.EXTRA),
    FieldSpec("image", T.PATH, help="an image inside the corpus folder"),
    FieldSpec("sheet", T.BOOL, help="false leaves the card out of the cheat sheet"),
    FieldSpec("anki", T.BOOL, help="false leaves the card out of the Anki deck"),
    FieldSpec("allow", T.WORDS, help="ids of cards this one may resemble"),
    FieldSpec(
        "priority",
        T.WORD,
        help="essential, common (default) or advanced: what a page budget keeps first",
    ),
    FieldSpec("group", T.TEXT, help="sub-heading on the sheet (default: source after '›')"),
    FieldSpec("renamed_from", T.WORD, help="the id this card had before: keeps its Anki note"),
    FieldSpec("guid", T.WORD, help="an explicit Anki note GUID (notes brought in by import)"),
    FieldSpec("as_of", T.DATE, help="date the fact was last verified (YYYY-MM-DD)", role=R.EXTRA),
)

#: The common fields shown under every answer, in the order outputs show them.
SHOWN_COMMON: tuple[str, ...] = ("as_of", "note", "source")

PRIORITIES: tuple[str, ...] = ("essential", "common", "advanced")

_REVERSE = FieldSpec("reverse", T.BOOL, help="also ask the answer -> prompt", role=R.OPTION)

KINDS: dict[str, KindSpec] = {
    spec.name: spec
    for spec in (
        KindSpec(
            "concept",
            "a term and its definition",
            (
                FieldSpec("term", T.TEXT, True, role=R.PROMPT),
                FieldSpec("definition", T.TEXT, True, role=R.ANSWER),
                FieldSpec("example", T.TEXT, role=R.EXTRA),
                _REVERSE,
            ),
        ),
        KindSpec(
            "qa",
            "a question and its answer",
            (
                FieldSpec("question", T.TEXT, True, role=R.PROMPT),
                FieldSpec("answer", T.TEXT, True, role=R.ANSWER),
                FieldSpec("fact", T.TEXT, help="the sheet's statement wording", role=R.OPTION),
                _REVERSE,
            ),
        ),
        KindSpec(
            "command",
            "a task and the command that does it",
            (
                FieldSpec("task", T.TEXT, True, role=R.PROMPT),
                FieldSpec("command", T.CODE, True, role=R.ANSWER),
                FieldSpec("output", T.CODE, role=R.EXTRA),
                FieldSpec(
                    "lang",
                    T.WORD,
                    help="highlighting language (default shell)",
                    role=R.OPTION,
                    default="shell",
                ),
            ),
        ),
        KindSpec(
            "limit",
            "a number or bound worth knowing",
            (
                FieldSpec("subject", T.TEXT, True, role=R.PROMPT),
                FieldSpec("value", T.TEXT, True, role=R.ANSWER),  # as written: 0700, 1:30, 3.10,
                FieldSpec("unit", T.TEXT, help="required when value is a number", role=R.OPTION),
            ),
            noted=("as_of",),
        ),
        KindSpec(
            "table",
            "a comparison table: one Anki card per cell",
            (
                FieldSpec("title", T.TEXT, True, role=R.TITLE),
                FieldSpec("columns", T.TEXTS, True),
                FieldSpec("rows", T.ROWS, True),
                FieldSpec(
                    "row_header", T.TEXT, help="heading of the row-label column", role=R.OPTION
                ),
            ),
            item_fields=("Prompt", "Cell", "Table", "Row", "Column"),
        ),
        KindSpec(
            "cloze",
            "a text with {{c1::deletions}}",
            (FieldSpec("text", T.TEXT, True, role=R.PROMPT),),
        ),
        KindSpec(
            "snippet",
            "a titled block of code",
            (
                FieldSpec("title", T.TEXT, True, role=R.PROMPT),
                FieldSpec("code", T.CODE, True, role=R.ANSWER),
                FieldSpec("lang", T.WORD, role=R.OPTION, default="text"),
            ),
        ),
        KindSpec(
            "list",
            "a titled list: one Anki card per item",
            (
                FieldSpec("title", T.TEXT, True, role=R.TITLE),
                FieldSpec("items", T.ITEMS, True),
                FieldSpec(
                    "ordered",
                    T.BOOL,
                    help="true numbers the items (steps, elements in order); default false",
                    role=R.OPTION,
                ),
            ),
            item_fields=("Prompt", "Item", "List"),
        ),
    )
}

TOPIC_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("deck", T.TEXT, True, "sub-deck under the root deck (may hold ::)"),
    FieldSpec("title", T.TEXT, True, "section heading"),
    FieldSpec("order", T.NUMBER_OR_TEXT, help="section order (default: by path)"),
    FieldSpec("source", T.TEXT, help="default source of its cards"),
    FieldSpec("tags", T.WORDS, help="added to every card"),
    FieldSpec("intro", T.TEXT, help="shown under the heading"),
    FieldSpec("cards", T.ITEMS, True, "the cards"),
)

CORPUS_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", T.WORD, True, "file stem of every output"),
    FieldSpec("title", T.TEXT, True, "title of the sheet and the Markdown"),
    FieldSpec("subtitle", T.TEXT, help="one line under the title"),
    FieldSpec("deck", T.TEXT, True, "root Anki deck"),
    FieldSpec("retired", T.WORDS, help="ids of cards deliberately removed"),
    FieldSpec("settings", T.ROWS, help="build settings"),
)


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One corpus setting with its default."""

    name: str
    default: object
    help: str
    choices: tuple[str, ...] = ()


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("paper", "a4", "sheet paper size", ("a4", "letter", "a3", "a5", "legal")),
    SettingSpec("orientation", "landscape", "sheet orientation", ("landscape", "portrait")),
    SettingSpec("columns", 0, "sheet columns (0: 3 in landscape, 2 in portrait)"),
    SettingSpec("font_size", 7.5, "sheet body size in points (6.5 to 12)"),
    SettingSpec("max_answer_words", 40, "long-answer: words allowed in one answer (0: no limit)"),
    SettingSpec("max_fact_age_days", 730, "stale: days before a limit's as_of is old"),
    SettingSpec("max_image_mb", 2.0, "large-image: megabytes an image may take (0: no limit)"),
    SettingSpec("similarity", 0.8, "similar-fact: share of words two prompts must share"),
    SettingSpec(
        "fact_scope",
        "deck",
        "which cards the fact checks compare: deck (same deck under the root), "
        "topic (same topic deck), corpus (all)",
        ("deck", "topic", "corpus"),
    ),
    SettingSpec("language", "en", "the sheet's language tag, e.g. en, de, pt-BR (<html lang>)"),
)
SETTING_NAMES = {s.name: s for s in SETTINGS}

# The printed sheet's paper sizes in mm (portrait), its left + right page margins and the
# gap between columns (templates/sheet/sheet.css: @page margin, .flow column-gap).
PAPER_MM = {
    "a4": (210.0, 297.0),
    "a3": (297.0, 420.0),
    "a5": (148.0, 210.0),
    "letter": (215.9, 279.4),
    "legal": (215.9, 355.6),
}
PAGE_MARGINS_MM = 16.0
COLUMN_GAP_MM = 3.5
# A narrower column breaks words inside ("charac-ters") and can leave a page empty.
MIN_COLUMN_MM = 40.0


def most_columns(paper: str, orientation: str) -> int:
    """How many sheet columns of at least MIN_COLUMN_MM the paper holds across."""
    short, long = PAPER_MM.get(paper, PAPER_MM["a4"])
    width = long if orientation == "landscape" else short
    return int((width - PAGE_MARGINS_MM + COLUMN_GAP_MM) // (MIN_COLUMN_MM + COLUMN_GAP_MM))


@dataclass(frozen=True, slots=True)
class Loc:
    """A place in a corpus file: display path, 1-based line and column."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"

    def __reduce__(self) -> tuple:  # pickled as its fields: half the time of the slots' way
        return (Loc, (self.file, self.line, self.col))


class FieldLocs(Mapping[str, Loc]):
    """Where one card is written: the card itself (``card``) and each of its fields
    (field name -> ``Loc``), packed.

    A corpus holds one per card (700k places at 100k cards); a ``Loc`` object for each,
    in a dict per card, spent 800 bytes a card on them, this about 130. ``Loc`` objects
    are made when asked for; equal places give equal ``Loc``."""

    __slots__ = ("file", "names", "places")

    _PAIR = struct.Struct("=II")
    _NAMES: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple per set of field names

    def __init__(self, file: str, names: tuple[str, ...], places: bytes) -> None:
        self.file = file
        self.names = self._NAMES.setdefault(names, names)
        self.places = places  # (line, col): the card's, then one per name; 32-bit each

    @classmethod
    def of(
        cls, file: str, card: tuple[int, int], fields: Mapping[str, tuple[int, int]] | None = None
    ) -> FieldLocs:
        """``card`` and each of ``fields``' values: (1-based line, 1-based column)."""
        fields = fields or {}
        flat = array("I", [*card, *chain.from_iterable(fields.values())])
        return cls(file, tuple(fields), flat.tobytes())

    @property
    def card(self) -> Loc:
        """Where the card starts."""
        return Loc(self.file, *self._PAIR.unpack_from(self.places))

    def at(self, name: str) -> Loc:
        """Where field ``name`` is written, or the card itself."""
        return self[name] if name in self.names else self.card

    def __getitem__(self, name: str) -> Loc:
        try:
            index = self.names.index(name)
        except ValueError:
            raise KeyError(name) from None
        return Loc(self.file, *self._PAIR.unpack_from(self.places, 8 * index + 8))

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def __repr__(self) -> str:
        return f"FieldLocs({self.card}, {dict(self)!r})"

    def __reduce__(self) -> tuple:
        return (FieldLocs, (self.file, self.names, self.places))


@dataclass(frozen=True, slots=True)
class Row:
    """One table row: its label and one cell per column."""

    label: str
    cells: tuple[str, ...]
    loc: Loc


@dataclass(frozen=True, slots=True)
class Item:
    """One list item: plain text, or a term with its explanation."""

    text: str
    term: str | None
    loc: Loc


@dataclass(frozen=True, kw_only=True, slots=True)
class Card:
    """What every card kind shares. ``locs`` says where the card and each of its
    fields are written (``loc``, ``at``)."""

    kind: ClassVar[str] = ""
    id: str
    locs: FieldLocs = field(compare=False, hash=False)
    topic: str  # the topic file's path relative to the corpus folder
    deck: str  # full deck path, root included: "AWS::IAM"
    tags: tuple[str, ...] = ()
    source: str | None = None
    note: str | None = None
    image: str | None = None  # posix path relative to the corpus folder
    sheet: bool = True
    anki: bool = True
    allow: tuple[str, ...] = ()
    priority: str = "common"
    group: str | None = None
    renamed_from: str | None = None
    guid: str | None = None
    as_of: _dt.date | None = None

    @property
    def loc(self) -> Loc:
        """Where the card starts."""
        return self.locs.card

    def at(self, name: str) -> Loc:
        """Where field ``name`` is written, or the card itself."""
        return self.locs.at(name)

    @property
    def spec(self) -> KindSpec:
        """This card's kind: its fields and their roles."""
        return KINDS[self.kind]

    def shown(self, name: str) -> str:
        """Field ``name`` as outputs show it: "" when unset, a date as YYYY-MM-DD."""
        value = getattr(self, name, None)
        if value is None:
            return ""
        return value.isoformat() if isinstance(value, _dt.date) else str(value)


@dataclass(frozen=True, kw_only=True, slots=True)
class Concept(Card):
    """A term and its definition."""

    kind: ClassVar[str] = "concept"
    term: str
    definition: str
    example: str | None = None
    reverse: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class QA(Card):
    """A question and its answer."""

    kind: ClassVar[str] = "qa"
    question: str
    answer: str
    fact: str | None = None
    reverse: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class Command(Card):
    """A task and the command that does it."""

    kind: ClassVar[str] = "command"
    task: str
    command: str
    output: str | None = None
    lang: str = "shell"


@dataclass(frozen=True, kw_only=True, slots=True)
class Limit(Card):
    """A number or bound worth knowing: what it limits, its value and unit."""

    kind: ClassVar[str] = "limit"
    subject: str
    value: str  # as written (``0700`` stays ``0700``); the checks read numbers from it
    unit: str | None = None

    @property
    def value_text(self) -> str:
        """The value as shown: the value as written, then the unit."""
        return f"{self.value} {self.unit}" if self.unit else self.value

    def shown(self, name: str) -> str:
        """As ``Card.shown``; the value with its unit (``value_text``)."""
        return self.value_text if name == "value" else Card.shown(self, name)


@dataclass(frozen=True, kw_only=True, slots=True)
class Table(Card):
    """A comparison table: one fact per cell."""

    kind: ClassVar[str] = "table"
    title: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    row_header: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Cloze(Card):
    """A text with {{c1::deletions}}."""

    kind: ClassVar[str] = "cloze"
    text: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Snippet(Card):
    """A titled block of code."""

    kind: ClassVar[str] = "snippet"
    title: str
    code: str
    lang: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class ListCard(Card):
    """A titled list: one fact per item."""

    kind: ClassVar[str] = "list"
    title: str
    items: tuple[Item, ...]
    ordered: bool = False  # the items are in order: numbered wherever the list is shown


CARD_CLASSES: dict[str, type[Card]] = {
    cls.kind: cls for cls in (Concept, QA, Command, Limit, Table, Cloze, Snippet, ListCard)
}
assert set(CARD_CLASSES) == set(KINDS)


@dataclass(frozen=True, slots=True)
class Topic:
    """One topic file: a section of the sheet and a sub-deck."""

    path: str  # relative to the corpus folder, posix
    deck: str  # full deck path, root included
    title: str
    order: float | None
    source: str | None
    tags: tuple[str, ...]
    intro: str | None
    cards: tuple[Card, ...]
    loc: Loc
    #: Where its title, intro and source are written (a diagnostic of one names its line).
    locs: FieldLocs | None = field(default=None, compare=False)

    def at(self, name: str) -> Loc:
        """Where field ``name`` is written, or the topic file's start."""
        return self.locs.at(name) if self.locs is not None else self.loc

    @property
    def anchor(self) -> str:
        """A stable slug of the deck for links (letters of every script kept: 漢字 too).
        Two topics may share a deck: the sheet numbers the later ones' (``blocks``)."""
        return "sec-" + re.sub(r"[\W_]+", "-", self.deck.lower()).strip("-")


@dataclass(frozen=True, slots=True)
class Settings:
    """Build settings from corpus.yaml, each with its default."""

    paper: str = "a4"
    orientation: str = "landscape"
    columns: int = 0
    font_size: float = 7.5
    max_answer_words: int = 40
    max_fact_age_days: int = 730
    max_image_mb: float = 2.0
    similarity: float = 0.8
    fact_scope: str = "deck"
    language: str = "en"
    #: The settings corpus.yaml writes (the others have their default).
    written: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def sheet_columns(self) -> int:
        if self.columns:
            return self.columns
        return 3 if self.orientation == "landscape" else 2


@dataclass(frozen=True, slots=True)
class Corpus:
    """The whole validated corpus, topics in section order."""

    root: str  # absolute path of the corpus folder
    name: str
    title: str
    subtitle: str | None
    deck: str
    retired: tuple[str, ...]
    settings: Settings
    topics: tuple[Topic, ...]
    loc: Loc

    def cards(self) -> list[Card]:
        return [card for topic in self.topics for card in topic.cards]

    def card_count(self) -> int:
        return sum(len(topic.cards) for topic in self.topics)
