"""Lock checks: a card may leave the corpus only through ``retired`` (removed-card)."""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, make
from ..model import Loc
from . import CheckContext


def check_removed_cards(ctx: CheckContext) -> Iterator[Diagnostic]:
    lock = ctx.lock
    if lock is None:
        return
    if lock.problem:
        yield make(
            Loc(_display(lock, ctx), 1, 1),
            "yaml-syntax",
            f"cheatdeck.lock cannot be read ({lock.problem}); resolve the conflict or delete it",
        )
        return
    present = {card.id for card in ctx.corpus.cards()}
    retired = set(ctx.corpus.retired)
    for card_id in sorted(lock.cards):
        if card_id in present or card_id in retired:
            continue
        loc = Loc(_display(lock, ctx), lock.lines.get(card_id, 1), 1)
        yield make(
            loc,
            "removed-card",
            f"card '{card_id}' is gone from the corpus: add it to 'retired' in corpus.yaml "
            "(its notes then ship once more, tagged cheatdeck::retired) or restore it",
        )


#: Reads the lock as it is on disk: a build runs it before stamping the lock.
check_removed_cards.reads_lock = True


def _display(lock, ctx: CheckContext) -> str:
    import os

    try:
        return os.path.relpath(lock.path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(lock.path)
