"""The pipeline behind ``check`` and ``build``: load all -> check all -> write only when clean."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import __version__, incremental
from .checks import CheckContext, run_checks
from .diagnostics import Report
from .facts import Fact, facts_of
from .load import load_corpus
from .lock import LOCK_FILE, Lock
from .model import Corpus

#: Told each stage's name (and the count of its work when known): ``progress(stage, total)``.
#: An object with ``update(done, total)`` (``progress.Stages``) also hears how far it got.
Progress = Callable[..., None]
STEP = 256  # cards between two progress updates (an update costs ~10 µs on a terminal)


class _Tracker:
    """Adapts whatever ``progress`` the caller gave (a Stages, a callable or None)."""

    def __init__(self, progress: Progress | None) -> None:
        self._enter = progress
        self._update = getattr(progress, "update", None)

    def enter(self, stage: str, total: int | None = None) -> None:
        if self._enter is None:
            return
        if self._update is None:  # a plain callable that takes the stage name only
            self._enter(stage)
        else:
            self._enter(stage, total)

    def update(self, done: int, total: int | None = None) -> None:
        if self._update is not None:
            self._update(done, total)


@dataclass
class Outcome:
    """What a run found, and what a build changed."""

    report: Report
    corpus: Corpus | None = None
    lock: Lock | None = None
    written: list[str] = field(default_factory=list)
    changes: dict[str, list[str]] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)  # the writers' (not the corpus's)


def check(
    corpus_dir: Path, today: dt.date | None = None, progress: Progress | None = None
) -> Outcome:
    """Load every file and run every check; nothing is written."""
    track = _Tracker(progress)
    track.enter("loading")
    result = load_corpus(Path(corpus_dir), progress=track.update)
    report = Report(cards=result.card_count)
    report.extend(result.diagnostics)
    lock = Lock.read(Path(corpus_dir))
    if result.corpus is not None:
        track.enter("checking")
        ctx = CheckContext(
            corpus=result.corpus,
            lock=lock,
            today=today or dt.date.today(),
            retired_locs=result.retired_locs,
        )
        report.extend(run_checks(ctx))
    return Outcome(report, result.corpus, lock)


def filter_by_tags(corpus: Corpus, tags: Sequence[str]) -> Corpus:
    """Keep only the cards carrying one of ``tags``; empty sections are dropped."""
    if not tags:
        return corpus
    wanted = set(tags)
    topics = []
    for topic in corpus.topics:
        cards = tuple(card for card in topic.cards if wanted.intersection(card.tags))
        if cards:
            topics.append(replace(topic, cards=cards))
    return replace(corpus, topics=tuple(topics))


def stamp_cards(
    corpus: Corpus,
    lock: Lock,
    facts_by_id: dict[str, list[Fact]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, list[str]]:
    """Record every card in the lock; returns ids added, changed, moved (deck) and retired.

    Each card's facts are made once; pass ``facts_by_id`` to keep them (card id -> facts).
    """
    changes: dict[str, list[str]] = {"added": [], "changed": [], "moved": [], "retired": []}
    kept = {} if facts_by_id is None else facts_by_id
    cards = corpus.cards()
    for done, card in enumerate(cards):
        if progress is not None and done % STEP == 0:
            progress(done, len(cards))
        before = lock.cards.get(card.id)
        old_hash = before.get("hash") if before else None
        old_deck = before.get("data", {}).get("deck") if before else None
        facts = kept[card.id] = facts_of(card, corpus.name)
        lock.stamp_card(card, {f.key: (f.guid, f.content_hash) for f in facts})
        if before is None:
            changes["added"].append(card.id)
        elif old_hash != lock.cards[card.id]["hash"]:
            changes["changed"].append(card.id)
            if old_deck and old_deck != card.deck:
                changes["moved"].append(card.id)
    for card_id in corpus.retired:
        entry = lock.cards.get(card_id)
        if entry is not None and not entry.get("retired"):
            changes["retired"].append(card_id)
    return changes


def retired_facts(corpus: Corpus, lock: Lock) -> list[Fact]:
    """The last content of each retired card, once more, tagged for deletion."""
    facts: list[Fact] = []
    for card_id in corpus.retired:
        stored = lock.stored_card(card_id)
        if stored is None:
            continue
        tagged = replace(stored, tags=(*stored.tags, "cheatdeck::retired"))
        these = facts_of(tagged, corpus.name, retired=True)
        lock.retire(card_id, {f.key: (f.guid, f.content_hash) for f in these})
        facts.extend(these)
    return facts


def build(
    corpus_dir: Path,
    out_dir: Path,
    writers: Sequence,
    *,
    tags: Sequence[str] = (),
    strict: bool = False,
    options=None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Outcome:
    """Check, then render every writer in memory, then write outputs and the lock."""
    from .build import save_cache, write_file, write_outputs
    from .writers.piece_cache import CACHE_DIR, PieceCache

    track = _Tracker(progress)
    outcome = check(corpus_dir, today, progress)
    if outcome.report.failed(strict) or outcome.corpus is None:
        return outcome
    track.enter("preparing", outcome.corpus.card_count())
    incremental.reuse_renderings(Path(out_dir))  # unchanged fields are not rendered again
    ctx = context_for(outcome, out_dir, tags=tags, options=options, progress=track.update)
    ctx.cache = PieceCache(Path(out_dir) / CACHE_DIR)
    rendered = {}
    for writer in writers:
        track.enter(writer.name)
        rendered[writer.filename(ctx.corpus.name)] = writer.render(ctx)
    track.enter("writing", len(rendered))
    outcome.written = write_outputs(Path(out_dir), rendered)
    write_file(Path(corpus_dir) / LOCK_FILE, ctx.lock.dumps().encode("utf-8"))
    save_cache(Path(out_dir) / CACHE_DIR, *ctx.cache.changes())  # only after a whole build
    outcome.notices = ctx.notices
    return outcome


def context_for(
    outcome: Outcome,
    out_dir: Path,
    *,
    tags: Sequence[str] = (),
    options=None,
    progress: Callable[[int, int], None] | None = None,
):
    """A clean check's outcome -> the writers' BuildContext (the lock stamped; changes kept)."""
    from .writers import BuildContext, BuildOptions

    corpus, lock = outcome.corpus, outcome.lock
    facts_by_id: dict[str, list[Fact]] = {}
    outcome.changes = stamp_cards(corpus, lock, facts_by_id, progress)
    gone = retired_facts(corpus, lock)
    shown = filter_by_tags(corpus, tags)
    facts = [f for card in shown.cards() if card.anki for f in facts_by_id[card.id]]
    if tags:
        gone = [f for f in gone if set(tags).intersection(f.card.tags)]
    return BuildContext(
        corpus=shown,
        facts=facts + gone,
        lock=lock,
        options=options or BuildOptions(),
        version=__version__,
        out_dir=Path(out_dir).resolve(),
    )
