"""Cards -> facts: the study items every output shares (one Anki note each).

A concept, qa, command, limit, cloze or snippet card is one fact; a table gives one
fact per cell, a list one per item. Each fact has a stable note key and GUID that
depend only on the corpus name and the card id (plus row and column, or item).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from .model import (
    QA,
    Card,
    Cloze,
    Command,
    Concept,
    Limit,
    ListCard,
    Snippet,
    Table,
)

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
    def content_hash(self) -> str:
        """What Anki stores of this fact; a change makes the note newer."""
        card = self.card
        payload = [
            self.variant,
            self.prompt,
            self.answer,
            self.context,
            self.row,
            self.column,
            self.code_lang,
            card.deck,
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
        return hashlib.sha256(json.dumps(payload).encode()).hexdigest()[:16]


def note_keys(card: Card) -> list[str]:
    """The note keys a card gives, without building its facts."""
    return [fact_key for fact_key, *_ in fact_parts(card)]


def facts_of(card: Card, corpus_name: str, retired: bool = False) -> list[Fact]:
    """The facts of one card (none when ``anki: false`` — except for retired cards).

    A card's own ``guid:`` (a note brought in by ``cheatdeck import``) is the GUID of its
    one note; other notes' GUIDs come from the corpus name and the note key."""
    return [
        Fact(
            key=key,
            guid=card.guid if card.guid and key == card.id else guid_for(corpus_name, key),
            card=card,
            variant=variant,
            prompt=prompt,
            answer=answer,
            context=context,
            row=row,
            column=column,
            code_lang=lang,
            retired=retired,
        )
        for key, variant, prompt, answer, context, row, column, lang in fact_parts(card)
    ]


def fact_parts(card: Card):
    """(key, variant, prompt, answer, context, row, column, code_lang) per fact."""
    cid = card.id
    if isinstance(card, Concept):
        variant = "concept-reverse" if card.reverse else "concept"
        yield cid, variant, card.term, card.definition, "", "", "", None
    elif isinstance(card, QA):
        variant = "qa-reverse" if card.reverse else "qa"
        yield cid, variant, card.question, card.answer, "", "", "", None
    elif isinstance(card, Command):
        yield cid, "command", card.task, card.command, "", "", "", card.lang or "shell"
    elif isinstance(card, Limit):
        yield cid, "limit", card.subject, card.value_text, "", "", "", None
    elif isinstance(card, Cloze):
        yield cid, "cloze", card.text, "", "", "", "", None
    elif isinstance(card, Snippet):
        yield cid, "snippet", card.title, card.code, "", "", "", card.lang or "text"
    elif isinstance(card, Table):
        for row in card.rows:
            for column, cell in zip(card.columns, row.cells, strict=True):
                key = f"{cid}/{row.label}/{column}"
                yield (
                    key,
                    "table-cell",
                    f"{row.label} — {column}",
                    cell,
                    card.title,
                    row.label,
                    column,
                    None,
                )
    elif isinstance(card, ListCard):
        for index, item in enumerate(card.items, start=1):
            key = f"{cid}#{item.term}" if item.term else f"{cid}#{index}"
            prompt = item.term or f"{card.title} ({index}/{len(card.items)})"
            yield key, "list-item", prompt, item.text, card.title, "", "", None
    else:  # pragma: no cover - every kind is handled above
        raise TypeError(type(card).__name__)
