"""Lock checks: a card may leave the corpus only through ``retired`` (removed-card)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

from ..diagnostics import Diagnostic, make
from ..identity import RETIRED_DAYS
from ..lock import Lock
from ..model import Loc
from . import CheckContext


def check_removed_cards(ctx: CheckContext) -> Iterator[Diagnostic]:
    if ctx.lock is None:
        return
    from ..identity import rename_hint, renamed_ids

    present = {card.id for card in ctx.corpus.cards()} | renamed_ids(ctx.corpus)

    def hint(card_id: str) -> str:  # "looks like a rename: …" (identity.py)
        return rename_hint(ctx.lock, card_id, ctx.corpus)

    yield from removed_cards(ctx.lock, present, ctx.corpus.retired, hint)


def removed_cards(
    lock: Lock, present: Collection[str], retired: Iterable[str], hint=lambda card_id: ""
) -> Iterator[Diagnostic]:
    """removed-card for each card of ``lock`` neither ``present`` nor ``retired``."""
    if lock.problem:
        yield make(
            Loc(_display(lock), 1, 1),
            "yaml-syntax",
            f"cheatdeck.lock cannot be read ({lock.problem}); resolve the conflict or delete it",
        )
        return
    retired = set(retired)
    for card_id in sorted(lock.cards):
        if card_id in present or card_id in retired:
            continue
        loc = Loc(_display(lock), lock.lines.get(card_id, 1), 1)
        rename = hint(card_id)
        if rename:
            message = f"card '{card_id}' is gone from the corpus and {rename}"
        else:
            message = (
                f"card '{card_id}' is gone from the corpus: add it to 'retired' in corpus.yaml "
                f"(its notes then ship tagged cheatdeck::retired for {RETIRED_DAYS} days) "
                "or restore it"
            )
        yield make(loc, "removed-card", message)


#: Reads the lock as it is on disk: a build runs it before stamping the lock.
check_removed_cards.reads_lock = True


def _display(lock: Lock) -> str:
    import os

    try:
        return os.path.relpath(lock.path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(lock.path)
