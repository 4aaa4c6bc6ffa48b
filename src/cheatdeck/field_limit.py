"""The one size above which a card's text field counts as oversized: ``FIELD_LIMIT``.

A field of more characters than any card a person writes (a long snippet or table is a
few thousand) is pasted text: the ``long-field`` warning names it, the PDF prints only
its first ``FIELD_LIMIT`` characters (WeasyPrint's layout time grows faster than the
text), and the fact checks compare only those (their cost grows with every pair's text:
one 5 MB answer beside 40 cards took minutes). Both cut with ``cut_long_fields``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

from .model import Card, Corpus

#: Characters of one card field above which it is oversized: warned of, cut on paper
#: and in the fact checks (the HTML sheet, the deck and the exports keep it whole).
FIELD_LIMIT = 20_000


def long_fields(card: Card) -> Iterator[tuple[str, str]]:
    """Each text field of ``card`` (by name) longer than ``FIELD_LIMIT`` characters."""
    for spec in dataclasses.fields(card):
        value = getattr(card, spec.name)
        if isinstance(value, str) and len(value) > FIELD_LIMIT:
            yield spec.name, value


def cut_long_fields(corpus: Corpus, cut: Callable[[Card, str, str], str] | None = None) -> Corpus:
    """``corpus`` with every field longer than ``FIELD_LIMIT`` replaced by ``cut(card,
    name, value)`` (by default its first ``FIELD_LIMIT`` characters); ``corpus`` itself
    when no field is that long."""
    topics = []
    cut_any = False
    for topic in corpus.topics:
        cards = []
        for card in topic.cards:
            changes = {
                name: value[:FIELD_LIMIT] if cut is None else cut(card, name, value)
                for name, value in long_fields(card)
            }
            cards.append(dataclasses.replace(card, **changes) if changes else card)
            cut_any = cut_any or bool(changes)
        topics.append(dataclasses.replace(topic, cards=tuple(cards)))
    if not cut_any:
        return corpus
    return dataclasses.replace(corpus, topics=tuple(topics))
