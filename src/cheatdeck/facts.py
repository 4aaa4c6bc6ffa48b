"""Cards -> facts: the one intermediate form the Anki writers and the exports read.

A concept, qa, command, limit, cloze or snippet card is one fact; a table gives one
fact per cell, a list one per item. A ``Fact`` names everything a writer needs:
prompt, answer, the table or list it belongs to, its code language and the extras
shown under the answer (``Fact.extras``, from the roles ``model.KINDS`` declares).
Each fact has a note key (card id, plus row and column, or the item's term or text
digest) and a GUID: the card's own ``guid:``, else sha256 of the corpus name and the
key. ``identity.py`` then carries a fact's GUID from the lock when a wording fix, a
move or a rename changed its key.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from .model import KINDS, Card, FieldType, KindSpec, ListCard, Table

_BASE91 = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"
)


# Two base91 digits at a time (most significant first): half the divisions.
_BASE91_PAIRS = [high + low for high in _BASE91 for low in _BASE91]
_PAIR_BASE = len(_BASE91) ** 2


def guid_for(corpus_name: str, note_key: str) -> str:
    """The note GUID: base91 of the first 64 bits of sha256("cheatdeck" NUL name NUL key)."""
    digest = hashlib.sha256(f"cheatdeck\0{corpus_name}\0{note_key}".encode()).digest()
    number = int.from_bytes(digest[:8], "big")
    pairs = []
    while number:
        number, rest = divmod(number, _PAIR_BASE)
        pairs.append(_BASE91_PAIRS[rest])
    # a leading zero digit ("a") of the top pair is not part of the number
    return "".join(reversed(pairs)).lstrip(_BASE91[0]) or _BASE91[0]


@dataclass(frozen=True, slots=True)
class Extra:
    """A piece of text shown under an answer: the card field it comes from, its label
    and its value (inline Markdown, or code when ``code`` is set)."""

    field: str
    label: str
    text: str
    code: bool = False


class Part(NamedTuple):
    """One study item of a card before its GUID is added (what ``fact_parts`` yields)."""

    key: str
    variant: str  # the note type: concept, concept-reverse, qa, ..., table-cell, list-item
    prompt: str
    answer: str
    context: str = ""  # table or list title
    row: str = ""
    column: str = ""
    code_lang: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """One study item. ``prompt`` and ``answer`` are inline Markdown, or code when
    ``code_lang`` is set (the answer of a command or snippet)."""

    key: str
    guid: str
    card: Card
    variant: str  # note type: concept, concept-reverse, qa, qa-reverse, command, limit, ...
    prompt: str
    answer: str
    context: str = ""  # table or list title
    row: str = ""
    column: str = ""
    code_lang: str | None = None
    retired: bool = False

    @property
    def extras(self) -> list[Extra]:
        """What the back adds under the answer, in ``KindSpec.extras`` order (an example or
        a command's output, then as_of, note and source); unset ones left out."""
        card = self.card
        return [
            Extra(spec.name, spec.label, text, code=spec.type is FieldType.CODE)
            for spec in card.spec.extras
            if (text := card.shown(spec.name))
        ]

    @property
    def content_hash(self) -> str:
        """What Anki stores of this fact, and its card's deck; a change makes the note
        newer (but a change of deck alone: ``hash_in_deck``)."""
        return self.hash_in_deck(self.card.deck)

    def hash_in_deck(self, deck: str) -> str:
        """The ``content_hash`` this fact would have with its card in ``deck``. Anki keeps
        no deck on a note, and its import never moves a card it has: a note whose hash in
        its card's old deck is the one stamped is unchanged (``Lock.stamp_card``)."""
        card = self.card
        payload = [
            self.variant,
            self.prompt,
            self.answer,
            self.context,
            self.row,
            self.column,
            self.code_lang,
            deck,
            list(card.tags),
            card.note,
            card.source,
            card.image,
            getattr(card, "example", None),
            getattr(card, "output", None),
            self.retired,
        ]
        as_of = getattr(card, "as_of", None)
        if as_of is not None:  # shown on the back of a limit; appended so other hashes stay
            payload.append(as_of.isoformat())
        terms = [item.term for item in card.items] if isinstance(card, ListCard) else []
        if any(terms) and self.prompt not in terms:
            # a plain item's front shows a term item by its term, which the prompt (the
            # other items' texts) leaves out; appended only then, so other hashes stay
            payload.append(terms)
        if getattr(card, "ordered", False) and self.prompt not in terms:
            payload.append("ordered")  # a plain item's front numbers the items
        return hashlib.sha256(json.dumps(payload).encode()).hexdigest()[:16]


# facts_of builds a Fact from a Part by position: the two must list their fields alike.
assert Part._fields == ("key", *(f for f in Fact.__match_args__[3:] if f != "retired")), (
    Part._fields
)


def item_key(card_id: str, term: str | None, text: str) -> str:
    """A list item's note key: its term, else a digest of its text (never its position)."""
    if term:
        return f"{card_id}#{term}"
    return f"{card_id}#~" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


#: Where a plain item's own text stands in its card's prompt (an overlapping cloze).
HIDDEN_ITEM = "…?…"


def list_context(title: str, items, index: int) -> str:
    """A plain item's prompt: the list's title and every other item, its own hidden.

    Asks for a fact in its context, not for a position in the author's list. An item
    with a term stands there as its term, as on the Anki card.
    """
    others = [HIDDEN_ITEM if i == index else item.term or item.text for i, item in enumerate(items)]
    return f"{title}: " + " · ".join(others)


def shown_prompt(fact: Fact) -> str:
    """``fact.prompt`` as a study tool shows it: a plain item of an ordered list (``ordered:
    true``) with every item numbered, "Steps: 1. Mix · 2. …?… · 3. Bake", so its place in
    the order shows. (The prompt itself, which the checks compare, stays unnumbered.)"""
    card = fact.card
    if fact.variant != "list-item" or not isinstance(card, ListCard) or not card.ordered:
        return fact.prompt
    index = list_item_keys(card).index(fact.key)
    if card.items[index].term:
        return fact.prompt
    numbered = (
        f"{n}. {HIDDEN_ITEM if n - 1 == index else item.term or item.text}"
        for n, item in enumerate(card.items, 1)
    )
    return f"{card.title}: " + " · ".join(numbered)


def note_keys(card: Card) -> list[str]:
    """The note keys a card gives, without building its facts."""
    return [part.key for part in fact_parts(card)]


def facts_of(card: Card, corpus_name: str, retired: bool = False) -> list[Fact]:
    """The facts of one card, whatever its ``anki`` flag (callers leave out ``anki: false``
    cards); ``retired`` marks the facts of a card the corpus retired. A card's own ``guid:``
    (a note brought in by ``cheatdeck import``) is the GUID of its one note."""
    parts = list(fact_parts(card))
    own_guid = card.guid if card.guid and len(parts) == 1 else None
    return [
        # positional: the fields of Part, with the GUID and the card after the key
        Fact(part.key, own_guid or guid_for(corpus_name, part.key), card, *part[1:], retired)
        for part in parts
    ]


def fact_parts(card: Card) -> Iterator[Part]:
    """The study items of ``card``: one per table cell or list item, else one, asking
    the field whose role is PROMPT and answering the one whose role is ANSWER."""
    if isinstance(card, Table):
        yield from _cells(card)
    elif isinstance(card, ListCard):
        yield from _list_items(card)
    else:
        yield _single(card)


class _Roles(NamedTuple):
    """What a one-fact kind asks and answers (``KindSpec.prompt`` and ``answer``, read once:
    they search the kind's fields)."""

    prompt: str
    answer: str | None
    code: bool  # the answer is code
    default_lang: str | None  # its language when the card names none


def _roles(spec: KindSpec) -> _Roles:
    prompt, answer = spec.prompt, spec.answer
    if prompt is None:  # pragma: no cover - every kind but table and list has a prompt
        raise TypeError(f"{spec.name} has no prompt field")
    lang = spec.field("lang")
    return _Roles(
        prompt.name,
        answer.name if answer else None,
        answer is not None and answer.type is FieldType.CODE,
        lang.default if lang else None,
    )


_ROLES = {kind: _roles(spec) for kind, spec in KINDS.items() if spec.prompt is not None}


def _single(card: Card) -> Part:
    roles = _ROLES[card.kind]
    code_lang = (getattr(card, "lang", None) or roles.default_lang) if roles.code else None
    return Part(
        key=card.id,
        variant=f"{card.kind}-reverse" if getattr(card, "reverse", False) else card.kind,
        prompt=card.shown(roles.prompt),
        answer=card.shown(roles.answer) if roles.answer else "",
        code_lang=code_lang,
    )


def _cells(card: Table) -> Iterator[Part]:
    for row in card.rows:
        for column, cell in zip(card.columns, row.cells, strict=True):
            yield Part(
                key=f"{card.id}/{row.label}/{column}",
                variant="table-cell",
                prompt=f"{row.label} — {column}",
                answer=cell,
                context=card.title,
                row=row.label,
                column=column,
            )


def list_item_keys(card: ListCard) -> list[str]:
    """The note key of each of a list's items, in order."""
    keys: list[str] = []
    for item in card.items:
        key = item_key(card.id, item.term, item.text)
        while key in keys:  # the same text twice in one list: still two notes
            key += "+"
        keys.append(key)
    return keys


def _list_items(card: ListCard) -> Iterator[Part]:
    for index, (item, key) in enumerate(zip(card.items, list_item_keys(card), strict=True)):
        yield Part(
            key=key,
            variant="list-item",
            prompt=item.term or list_context(card.title, card.items, index),
            answer=item.text,
            context=card.title,
        )
