"""Lock checks: a card may leave the corpus only through ``retired`` (removed-card)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

from ..diagnostics import Diagnostic, make
from ..lock import Lock
from ..model import Loc
from . import CheckContext


def check_removed_cards(ctx: CheckContext) -> Iterator[Diagnostic]:
    if ctx.lock is None:
        return
    present = {card.id for card in ctx.corpus.cards()}
    yield from removed_cards(ctx.lock, present, ctx.corpus.retired)


def removed_cards(
    lock: Lock, present: Collection[str], retired: Iterable[str]
) -> Iterator[Diagnostic]:
    """removed-card for each card of ``lock`` neither ``present`` nor ``retired``."""
    if lock.problem:
        yield make(
            Loc(_display(lock), lock.problem_line, 1),
            "yaml-syntax",
            f"cheatdeck.lock cannot be read: {lock.problem}; fix it, or restore it from git "
            "(deleting it gives every note a new time, and retired cards cannot ship)",
        )
        return
    retired = set(retired)
    for card_id in sorted(lock.cards):
        if card_id in present or card_id in retired:
            continue
        loc = Loc(_display(lock), lock.lines.get(card_id, 1), 1)
        yield make(
            loc,
            "removed-card",
            f"card '{card_id}' is gone from the corpus: add it to 'retired' in corpus.yaml "
            "(its notes then ship once more, tagged cheatdeck::retired) or restore it",
        )


def _display(lock: Lock) -> str:
    import os

    try:
        return os.path.relpath(lock.path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(lock.path)
