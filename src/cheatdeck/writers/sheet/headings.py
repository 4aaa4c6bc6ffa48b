"""The sub-headings inside a section of the sheet.

``headings`` gathers a section's cards under their sub-heading: a card's ``group:``
field, else the sub-section its ``source:`` names after ``›``; headings in the order
their first card comes, cards in the author's order under each, cards with no heading
first. The sheet (HTML, PDF) and the Markdown show them as sub-headings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Card

SUBSECTION_MARK = "›"  # in ``source:``, what follows the last one names the sub-section


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
