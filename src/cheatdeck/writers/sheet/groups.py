"""Groups of cards: the sub-headings inside a section, and the PDF's layout groups.

``headings`` gathers a section's cards under their sub-heading: a card's ``group:``
field, else the sub-section its ``source:`` names after ``›``; headings in the order
their first card comes, cards in the author's order under each, cards with no heading
first. The sheet (HTML, PDF) and the Markdown show them as sub-headings.

The PDF's layout groups (``plan_groups``) are runs of consecutive sections, each laid
out as a document of its own.

A group starts on a new page, so groups are few and large; a sheet of up to
``SINGLE_GROUP`` cards stays one document. Where a group ends is decided by the
cards themselves (a hash of a card id, as content-defined chunking does), not by a
running count, so adding or removing a card moves at most the boundaries next to it
and every other group keeps its content, and its cached PDF piece. A section too long
for one group is cut between cards; its later runs are marked ``continued``. The
first group holds the masthead, whose date and card count change with every edit, so
it is laid out again after any edit: it is kept small.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Card, Topic

SUBSECTION_MARK = "›"  # in ``source:``, what follows the last one names the sub-section
GROUP_CARDS = 300  # the size a group aims at
SINGLE_GROUP = 600  # a sheet of at most this many cards is one group
FIRST_GROUP = 4  # the first group aims at a quarter of the others


@dataclass(frozen=True, slots=True)
class Heading:
    """A sub-heading of a section and its cards ("" for the cards under none)."""

    title: str
    cards: tuple[Card, ...]


def heading_of(card: Card) -> str:
    """The sub-heading a card sits under: its ``group``, else its source's sub-section."""
    if card.group and card.group.strip():
        return card.group.strip()
    source = card.source or ""
    if SUBSECTION_MARK in source:
        return source.rsplit(SUBSECTION_MARK, 1)[1].strip()
    return ""


def headings(cards: Sequence[Card]) -> list[Heading]:
    """``cards`` gathered under their sub-headings, in first-appearance and author order."""
    gathered: dict[str, list[Card]] = {"": []}
    for card in cards:
        gathered.setdefault(heading_of(card), []).append(card)
    return [Heading(title, tuple(run)) for title, run in gathered.items() if run]


@dataclass(frozen=True, slots=True)
class Part:
    """A section in a group, or the run of its cards that falls into this group."""

    topic: Topic
    cards: tuple[Card, ...]
    index: int  # the section's place on the sheet (its colour)
    continued: bool = False  # not the section's first run: no intro, no outline entry


def plan_groups(
    sections: Sequence[tuple[Topic, Sequence[Card]]],
    target: int | None = None,
    single: int | None = None,
) -> list[list[Part]]:
    """Cut the sheet's sections (in order) into groups of about ``target`` cards."""
    target = target or GROUP_CARDS
    single = SINGLE_GROUP if single is None else single
    if sum(len(cards) for _topic, cards in sections) <= single:
        return [[Part(topic, tuple(cards), index) for index, (topic, cards) in enumerate(sections)]]
    low, high = max(1, target * 3 // 4), max(2, target * 3 // 2)  # a group's least and most
    chance = 1 / max(1, target - low)  # per card past ``low``: groups average ``target``
    first_low = max(1, low // FIRST_GROUP)
    groups: list[list[Part]] = []
    current: list[Part] = []
    count = 0
    wanted = False  # a card past ``low`` asked for a boundary: at the next place one may be
    for index, (topic, cards) in enumerate(sections):
        long = len(cards) > high  # only a long section is ever cut between cards
        start = 0
        for position, card in enumerate(cards, start=1):
            count += 1
            if not groups:  # the first group ends at the first section end past its least
                wanted = count >= first_low
            else:
                wanted = wanted or (count >= low and _unit(card.id) < chance)
            at_end = position == len(cards)
            if not (at_end or long) or not (wanted or count >= high):
                continue
            current.append(Part(topic, tuple(cards[start:position]), index, start > 0))
            groups.append(current)
            current, count, wanted, start = [], 0, False, position
        if start < len(cards):
            current.append(Part(topic, tuple(cards[start:]), index, start > 0))
    if current and groups and count < low // 2:
        groups[-1].extend(current)  # a few cards left over: no page of their own
    elif current:
        groups.append(current)
    return groups


def _unit(card_id: str) -> float:
    """A number in [0, 1) that depends on the card id only."""
    digest = hashlib.blake2b(card_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64
