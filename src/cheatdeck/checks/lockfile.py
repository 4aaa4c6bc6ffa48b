"""Lock checks: a card may leave the corpus only through ``retired`` (removed-card), once
a build shipped it (a draft, ``Lock.is_draft``, that no deck had, leaves freely)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from pathlib import Path, PurePath

from ..diagnostics import Diagnostic, make
from ..identity import RETIRED_DAYS, identity_problems
from ..lock import Lock
from ..model import Corpus, Loc
from . import CheckContext


def check_removed_cards(ctx: CheckContext) -> Iterator[Diagnostic]:
    if ctx.lock is None:
        return
    # identity hook: guid:, renamed_from: and the "looks like a rename" advice
    cards = list(ctx.corpus.cards())
    found = identity_problems(cards, ctx.lock, ctx.corpus.retired)
    present = {card.id for card in cards}
    where = retired_place(ctx.corpus, ctx.retired_locs)
    yield from removed_cards(ctx.lock, present, ctx.corpus.retired, found, where)
    if ctx.lock.cards and not ctx.lock.problem:  # no lock yet (or an empty one): unknown
        yield from unknown_retired(ctx.lock, present, ctx.corpus.retired, ctx.retired_locs)


def unknown_retired(
    lock: Lock, present: Collection[str], retired: Iterable[str], places: dict[str, Loc]
) -> Iterator[Diagnostic]:
    """unknown-retired: a ``retired`` id that no build ever had (not in the lock) nor any
    card has (that is reused-id): a typo retires nothing, and the card meant is still
    reported gone. The nearest id the lock knows, a gone one first, is suggested."""
    import difflib

    gone = sorted(card_id for card_id in lock.cards if card_id not in present)
    for card_id in retired:
        if card_id in lock.cards or card_id in present or card_id not in places:
            continue
        close = difflib.get_close_matches(card_id, gone, n=1, cutoff=0.6) or (
            difflib.get_close_matches(card_id, sorted(lock.cards), n=1, cutoff=0.6)
        )
        hint = (
            f"did you mean '{close[0]}'?"
            if close
            else "remove it, or write the id of the card you removed"
        )
        yield make(
            places[card_id],
            "unknown-retired",
            f"retired: names '{card_id}', which no card of {lock.shown_path} ever had: {hint}",
        )


def retired_place(corpus: Corpus, places: dict[str, Loc]) -> Loc:
    """Where in corpus.yaml an id is added to ``retired``: after its last id, else on
    its ``retired:`` line, else on the line after the file's last."""
    if places:
        return max(places.values(), key=lambda loc: (loc.line, loc.col))
    try:
        lines = (Path(corpus.root) / PurePath(corpus.loc.file).name).read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):  # read a moment ago: gone since
        lines = []
    line = next((n for n, text in enumerate(lines, 1) if text.startswith("retired:")), None)
    return Loc(corpus.loc.file, line or len(lines) + 1, 1)


def removed_cards(
    lock: Lock,
    present: Collection[str],
    retired: Iterable[str],
    identity=None,
    where_retired: Loc | None = None,
) -> Iterator[Diagnostic]:
    """removed-card for each shipped card of ``lock`` (not a draft) neither ``present``,
    ``retired`` nor renamed, after the identity checks' findings
    (``identity.identity_problems``). Each is said where its fix is typed: at the card
    that looks like it carries on, where ``renamed_from`` goes, else at
    ``where_retired`` (corpus.yaml's ``retired``), the lock's line beside."""
    if lock.problem:
        yield make(
            Loc(lock.shown_path, lock.problem_line, lock.problem_col),
            "bad-lock",
            f"cheatdeck.lock cannot be read: {lock.problem}{_lock_fix(lock)}",
        )
        return
    renamed, hints = (identity.renamed, identity.hints) if identity else (set(), {})
    places = identity.places if identity else {}
    if identity:
        yield from identity.diagnostics
    retired = list(retired)
    left = set(retired) | set(renamed)
    shipped = [card_id for card_id in sorted(lock.cards) if not lock.is_draft(card_id)]
    gone = [card_id for card_id in shipped if card_id not in present and card_id not in left]
    plain = [card_id for card_id in gone if card_id not in hints]
    # every example gone: one error, even when a new card of one's own looks like the
    # rename of an example (a table of drugs after the starter's table of git commands)
    if gone and len(gone) == len(shipped) and _only_examples(gone):
        yield _examples_gone(lock, gone, retired)
        return
    for card_id in gone:
        in_lock = Loc(lock.shown_path, lock.line_of(card_id), 1)
        gone_from = f"card '{card_id}' is gone from the corpus{_former_file(lock, card_id)}"
        if card_id in hints:
            message = f"{gone_from}{hints[card_id]}"
        else:
            message = (
                f"{gone_from}: add it to 'retired' in corpus.yaml "
                f"(its notes then ship tagged cheatdeck::retired for {RETIRED_DAYS} days) "
                f"or restore it; if it lives on under a new id, add `renamed_from: {card_id}` "
                "to that card to keep its Anki notes and their review history"
            )
            if len(plain) > 1 and card_id == plain[0]:  # once: the list to paste
                message += (
                    f"; to retire all {len(plain)}, write in corpus.yaml: "
                    f"retired: [{', '.join([*retired, *plain])}]"
                )
        # a rename: where renamed_from is to be written; else where retired: is
        where = places.get(card_id, where_retired)
        if where is not None:
            yield make(where, "removed-card", message, related=in_lock)
        else:
            yield make(in_lock, "removed-card", message)


def _lock_fix(lock: Lock) -> str:
    """What to type for a lock that cannot be read (``Lock.problem_fix``): edit the
    line named, or put a good lock back from git; with none, delete it and build."""
    if lock.problem_fix == "said":
        return ""
    restore = (
        f"restore it from git: {lock.git('checkout HEAD --')} (or find a good one with "
        f"{lock.git('log --')}); with none, delete it and build again, and read what that "
        "build says (every note gets a new time, retired cards no longer ship)"
    )
    return f"; {restore}" if lock.problem_fix == "restore" else f"; fix that line, or {restore}"


def _former_file(lock: Lock, card_id: str) -> str:
    """' (last in cards/knots.yaml)': the topic file the lock saw the card in, as the
    diagnostics show paths (the lock's line is where the card is still written)."""
    data = lock.cards[card_id].get("data")
    topic = data.get("topic") if isinstance(data, dict) else None
    if not isinstance(topic, str) or not topic:
        return ""
    return f" (last in {(PurePath(lock.shown_path).parent / topic).as_posix()})"


def _only_examples(card_ids: list[str]) -> bool:
    """Every card is one of ``cheatdeck init``'s examples."""
    from ..starter_corpus import starter_ids  # only when every card of the lock is gone

    return set(card_ids) <= starter_ids()


def _examples_gone(lock: Lock, card_ids: list[str], retired: list[str]) -> Diagnostic:
    """The starter's examples replaced by a new user's cards: one error, and the fresh
    start (the lock holds nothing else) beside retiring them."""
    return make(
        Loc(lock.shown_path, lock.line_of(card_ids[0]), 1),
        "removed-card",
        f"the {len(card_ids)} example cards of `cheatdeck init` are gone from the corpus: if "
        f"you never imported them into Anki, delete {lock.shown_path} (it holds only them); "
        f"else write in corpus.yaml: retired: [{', '.join([*retired, *card_ids])}] (their "
        f"notes then ship tagged cheatdeck::retired for {RETIRED_DAYS} days)",
    )
