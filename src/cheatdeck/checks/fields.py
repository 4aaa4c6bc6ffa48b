"""Every text a card holds, with where it is written: what the text checks scan."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ..model import COMMON_FIELDS, KINDS, Card, Corpus, FieldLocs, FieldType, ListCard, Loc, Table

#: Fields whose value is code (verbatim, never Markdown): no word limit, lighter
#: placeholder rules (``???`` is Scala, a ``# TODO`` may be the lesson).
CODE_FIELDS = frozenset(
    spec.name for kind in KINDS.values() for spec in kind.fields if spec.type is FieldType.CODE
)

#: Fields that are one answer of one fact (a table's cell, a list's item too): the word
#: limit applies to them.
_ANSWERS = frozenset(kind.answer.name for kind in KINDS.values() if kind.answer)
ANSWER_FIELDS = _ANSWERS - CODE_FIELDS | {"cell", "item"}

_LABELS = {"cell": "table cell", "row": "row label", "column": "column", "item": "list item"}
_SCALAR_TEXT = (FieldType.TEXT, FieldType.CODE, FieldType.NUMBER_OR_TEXT)

#: Per kind, its fields that hold one text (from ``model.KINDS``, the one list of fields).
_TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    kind: tuple(
        spec.name
        for spec in (*spec.fields, *COMMON_FIELDS)
        if spec.type in _SCALAR_TEXT and spec.name not in ("id", "kind")
    )
    for kind, spec in KINDS.items()
}


class Text(NamedTuple):
    """One text of a card: the field it belongs to, its value and its place."""

    card: Card | None
    field: str  # a field name, or "cell", "row", "column", "item", "term" of a row/item
    value: str
    place: Loc | FieldLocs  # a Loc, or the card's places, where ``field`` is written

    @property
    def loc(self) -> Loc:
        return self.place if isinstance(self.place, Loc) else self.place.at(self.field)

    @property
    def is_code(self) -> bool:
        return self.field in CODE_FIELDS

    @property
    def label(self) -> str:
        """How a message names the field."""
        return _LABELS.get(self.field) or f"'{self.field}'"


def card_texts(card: Card) -> list[Text]:
    """Every text of ``card`` (ids, tags, kinds, dates and paths are not texts)."""
    texts = []
    locs = card.locs
    for name in _TEXT_FIELDS[card.kind]:
        value = getattr(card, name)
        if not value or not isinstance(value, str):
            continue  # absent, or a limit's number
        if name == "source" and name not in locs:
            continue  # inherited from the topic: checked once, there
        texts.append(Text(card, name, value, locs))  # its Loc made if reported
    if isinstance(card, Table):
        columns_at = card.at("columns")
        texts += [Text(card, "column", column, columns_at) for column in card.columns]
        for row in card.rows:
            texts.append(Text(card, "row", row.label, row.loc))
            texts += [Text(card, "cell", cell, row.loc) for cell in row.cells]
    elif isinstance(card, ListCard):
        for item in card.items:
            if item.term:
                texts.append(Text(card, "term", item.term, item.loc))
            texts.append(Text(card, "item", item.text, item.loc))
    return texts


def text_groups(corpus: Corpus) -> Iterator[list[Text]]:
    """The corpus's own texts, each topic's, then each card's: one list per owner."""
    yield [
        Text(None, name, value, corpus.loc)
        for name in ("title", "subtitle")
        if (value := getattr(corpus, name))
    ]
    for topic in corpus.topics:
        yield [
            Text(None, name, value, topic.at(name))
            for name in ("title", "intro", "source")
            if (value := getattr(topic, name))
        ]
        for card in topic.cards:
            yield card_texts(card)
