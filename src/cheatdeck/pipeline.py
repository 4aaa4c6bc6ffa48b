"""The pipeline behind ``check`` and ``build``: load all -> check all -> write only when clean."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import __version__, collector, highlight, identity, incremental, text
from .checks import CheckContext, check_groups, run_checks
from .diagnostics import Report
from .facts import Fact, facts_of
from .forked import Forked
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
    corpus_dir: Path,
    today: dt.date | None = None,
    progress: Progress | None = None,
    keep_corpus: bool = True,
) -> Outcome:
    """Load every file and run every check; nothing is written.

    With ``keep_corpus=False`` (``cheatdeck check``) two processes may each load and
    check half of the files (``check_halves``): the same report, no corpus or lock kept.
    """
    track = _Tracker(progress)
    if not keep_corpus:
        halves = _check_in_halves(Path(corpus_dir), today, track)
        if halves is not None:
            return Outcome(halves)
    outcome, retired_locs = _load(corpus_dir, track)
    if outcome.corpus is None:
        return outcome
    track.enter("checking")
    light, heavy = check_groups()
    child = None
    if _can_fork(outcome.report.cards):
        # The fact checks need no lock: the child starts before it is read (60 MB of
        # JSON at 100k cards), and the parent reads it beside them.
        try:
            child = Forked.start(
                lambda: _ChildResult(_run_checks(outcome, retired_locs, today, heavy))
            )
        except OSError:  # no second process now (a process limit): this one does it all
            pass
    if child is None:
        outcome.lock = Lock.read(Path(corpus_dir))
        outcome.report.extend(_run_checks(outcome, retired_locs, today))
        return outcome
    try:
        outcome.lock = Lock.read(Path(corpus_dir))
        found = _run_checks(outcome, retired_locs, today, light)
    finally:
        result = child.result()
    outcome.report.extend(found + result.diagnostics)  # in CHECKS order
    return outcome


def _check_in_halves(root: Path, today: dt.date | None, track: _Tracker) -> Report | None:
    from . import check_halves
    from .load import topic_files

    may_fork, forced = _fork_setting()
    if not may_fork:
        return None
    paths = topic_files(root)
    if not check_halves.can_split(paths, forced):
        return None
    today = today or dt.date.today()
    return check_halves.check_in_halves(root, paths, today, track.enter, track.update)


def _load(corpus_dir: Path, track: _Tracker) -> tuple[Outcome, dict]:
    """Every file loaded (the lock not read yet): the outcome so far, and the retired
    cards' places."""
    track.enter("loading")
    result = load_corpus(Path(corpus_dir), progress=track.update)
    report = Report(cards=result.card_count)
    report.extend(result.diagnostics)
    return Outcome(report, result.corpus), result.retired_locs


def _run_checks(outcome: Outcome, retired_locs: dict, today: dt.date | None, checks=None) -> list:
    ctx = CheckContext(
        corpus=outcome.corpus,
        lock=outcome.lock,
        today=today or dt.date.today(),
        retired_locs=retired_locs,
    )
    return run_checks(ctx, checks)


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
    """Record every card in the lock; returns ids added, changed, moved (deck) and retired,
    and when there are any, "old → new" renames and notices of edits Anki cannot follow.

    Each card's facts are made once; pass ``facts_by_id`` to keep them (card id -> facts).
    """
    changes: dict[str, list[str]] = {"added": [], "changed": [], "moved": [], "retired": []}
    kept = {} if facts_by_id is None else facts_by_id
    cards = corpus.cards()
    for done, card in enumerate(cards):
        if progress is not None and done % STEP == 0:
            progress(done, len(cards))
        # identity hook: GUIDs follow rows, columns, items and renames (identity.py)
        carried = identity.carry(card, facts_of(card, corpus.name), lock, corpus.name)
        facts = kept[card.id] = carried.facts
        if carried.notices:  # what Anki cannot follow
            changes.setdefault("notices", []).extend(carried.notices)
        if carried.renamed_from:
            lock.cards[card.id] = lock.cards.pop(carried.renamed_from)
            changes.setdefault("renamed", []).append(f"{carried.renamed_from} → {card.id}")
        stamped = lock.stamp_card(card, {f.key: (f.guid, f.content_hash) for f in facts})
        if carried.renamed_from:
            continue  # reported as renamed, not as added or changed
        if stamped.added:
            changes["added"].append(card.id)
        elif stamped.edited:
            changes["changed"].append(card.id)
            if stamped.old_deck and stamped.old_deck != card.deck:
                changes["moved"].append(card.id)
    for card_id in corpus.retired:
        entry = lock.cards.get(card_id)
        if entry is not None and not entry.get("retired"):
            changes["retired"].append(card_id)
    return changes


def retired_facts(corpus: Corpus, lock: Lock) -> list[Fact]:
    """The last content of each retired card, tagged for deletion (for
    ``identity.RETIRED_DAYS`` after the build that retired it)."""
    facts: list[Fact] = []
    for card_id in corpus.retired:
        stored = lock.stored_card(card_id)
        if stored is None:
            continue
        tagged = replace(stored, tags=(*stored.tags, "cheatdeck::retired"))
        these = facts_of(tagged, corpus.name, retired=True)
        these = identity.carry(tagged, these, lock, corpus.name).facts  # the GUIDs shipped
        lock.retire(card_id, {f.key: (f.guid, f.content_hash) for f in these})
        if identity.still_shipped(lock, card_id):  # for RETIRED_DAYS after retiring
            facts.extend(these)
    return facts


class NoCardsSelected(ValueError):
    """``--tag`` kept no card: building empty outputs would only hide the typo."""


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
    """Check, then render every writer in memory, then write outputs and the lock.

    With ``os.fork`` (large corpora) the work is shared by two processes: a child,
    started before the lock is read, runs every check but the lock's and then renders
    the writers that need only the corpus and the build time (sent by the parent),
    while the parent reads the lock, checks it, stamps it and renders the writers that
    need the facts. Outputs are written only if neither side found an error.
    """
    from .writers import warmed

    with warmed(writers):
        return _build(corpus_dir, out_dir, writers, tags, strict, options, today, progress)


def _build(corpus_dir, out_dir, writers, tags, strict, options, today, progress) -> Outcome:
    from .build import discard_all  # not at start-up: ``check`` writes nothing

    track = _Tracker(progress)
    outcome, retired_locs = _load(corpus_dir, track)
    if outcome.corpus is None:
        return outcome
    if tags and not outcome.report.failed(strict):
        if not filter_by_tags(outcome.corpus, tags).topics:
            raise NoCardsSelected("no card carries the tag " + " or ".join(map(repr, tags)))

    def in_one_process(checks: list | None) -> Outcome:
        outcome.lock = Lock.read(Path(corpus_dir))
        outcome.report.extend(_run_checks(outcome, retired_locs, today, checks))
        if outcome.report.failed(strict):
            return outcome
        return _render_and_write(outcome, corpus_dir, out_dir, writers, tags, options, track)

    if outcome.report.failed(strict) or not _can_fork(outcome.report.cards):
        track.enter("checking")
        return in_one_process(None)
    mine, theirs = _share(writers)
    light, heavy = check_groups()
    on_lock = [check for check in light if getattr(check, "reads_lock", False)]
    light = [check for check in light if check not in on_lock]
    track.enter("checking")
    signal = _TimeSignal()

    def in_child() -> _ChildResult:
        signal.child_side()
        theirs_found = _run_checks(outcome, retired_locs, today, light + heavy)
        build_time = signal.receive() if theirs else None  # None: the parent renders nothing
        if build_time is None or _fails(outcome, theirs_found, strict):
            return _ChildResult(theirs_found)
        # Read after the checks, not inherited: 25 MB at 100k cards, which the fact
        # checks' peak need not carry (the memory they used holds them now).
        incremental.reuse_renderings(Path(out_dir))
        ctx = context_for(outcome, out_dir, tags=tags, options=options, build_time=build_time)
        rendered = _render_or_stage(ctx, theirs, Path(out_dir))
        return _ChildResult(theirs_found, rendered, ctx.notices, _renderings())

    # The child runs every check but the lock's and starts before the lock is read (it
    # needs none: 60 MB of JSON at 100k cards it need not hold). Its writers need only
    # the build time, sent once the parent has read and stamped the lock; the parent
    # renders meanwhile. Nothing is written unless the child found no error either.
    try:
        child = Forked.start(in_child)
    except OSError:  # no second process now (a process limit): this one does it all
        signal.parent_side()
        signal.close()
        return in_one_process(on_lock + light + heavy)
    signal.parent_side()
    clean = False
    found: list = []
    try:
        incremental.reuse_renderings(Path(out_dir))  # each side reads its own
        outcome.lock = Lock.read(Path(corpus_dir))
        found = _run_checks(outcome, retired_locs, today, on_lock)  # the lock as on disk
        clean = not _fails(outcome, found, strict)
        if clean:
            ctx = _prepare(outcome, out_dir, tags, options, track)
            if theirs:
                signal.send(ctx.build_time)
            rendered = _render_writers(ctx, mine, track)
            ctx.facts = []  # rendered: freed before the child's outputs arrive
    except BaseException:
        signal.close()
        result = child.result()  # the corpus's errors come before the writer's
        discard_all(result.rendered.values())
        outcome.report.extend(found + result.diagnostics)
        if outcome.report.failed(strict):
            return outcome
        raise
    signal.close()
    result = child.result()
    outcome.report.extend(found + result.diagnostics)  # in CHECKS order
    if not clean or outcome.report.failed(strict):
        discard_all(result.rendered.values())
        return outcome
    _adopt_renderings(result.renderings)
    ctx.notices.extend(result.notices)
    rendered.update(result.rendered)
    names = [w.filename(ctx.corpus.name) for w in writers]
    return _write(
        outcome, corpus_dir, out_dir, {name: rendered[name] for name in names}, ctx, track
    )


class _TimeSignal:
    """A pipe from the parent to the child: the build time, once the lock is stamped.

    Closed without it, it tells the child that nothing is rendered (an error, or an
    exception in the parent): the child then sends back its diagnostics only.
    """

    def __init__(self) -> None:
        self._read, self._write = os.pipe()

    def child_side(self) -> None:
        os.close(self._write)
        self._write = -1

    def parent_side(self) -> None:
        os.close(self._read)
        self._read = -1

    def send(self, seconds: int) -> None:
        try:
            os.write(self._write, str(int(seconds)).encode("ascii"))
        except BrokenPipeError:
            pass  # the child has ended already (it failed): its result says why
        finally:
            self.close()

    def close(self) -> None:
        if self._write >= 0:
            os.close(self._write)
            self._write = -1

    def receive(self) -> int | None:
        chunks = []
        while chunk := os.read(self._read, 64):
            chunks.append(chunk)
        os.close(self._read)
        text = b"".join(chunks).decode("ascii")
        return int(text) if text.isdigit() else None


def _render_or_stage(ctx, writers, out_dir: Path) -> dict:
    """Each writer's output: its bytes, or, for a writer that makes its text in pieces,
    the file staged beside its target (``build.Staged``): the child's largest outputs
    (the HTML sheet, the Markdown) are never held whole, nor pickled to the parent."""
    from .build import discard_all, stage_lines

    made: dict = {}
    try:
        for writer in writers:
            name = writer.filename(ctx.corpus.name)
            pieces = writer.chunks(ctx)
            made[name] = (
                writer.render(ctx) if pieces is None else stage_lines(out_dir / name, pieces)
            )
    except BaseException:
        discard_all(made.values())
        raise
    return made


def _fails(outcome: Outcome, found: list, strict: bool) -> bool:
    """Whether the diagnostics so far, and ``found``, fail the build."""
    probe = Report(cards=outcome.report.cards)
    probe.extend(outcome.report.diagnostics)
    probe.extend(found)
    return probe.failed(strict)


def _prepare(outcome: Outcome, out_dir: Path, tags, options, track: _Tracker):
    """Stamp the lock: the writers' context, with the PDF's piece cache."""
    from .writers.sheet.piece_cache import CACHE_DIR, PieceCache

    track.enter("preparing", outcome.corpus.card_count())
    ctx = context_for(outcome, out_dir, tags=tags, options=options, progress=track.update)
    ctx.cache = PieceCache(Path(out_dir) / CACHE_DIR)
    return ctx


def _render_writers(ctx, writers, track: _Tracker) -> dict:
    """Render ``writers`` in memory: file name -> bytes (or a folder's files)."""
    rendered = {}
    for writer in writers:
        writer.start(ctx)  # the PDF starts laying out edited groups beside the other writers
    for writer in writers:
        track.enter(writer.name)
        rendered[writer.filename(ctx.corpus.name)] = writer.render(ctx)
    return rendered


def _render_and_write(outcome, corpus_dir, out_dir, writers, tags, options, track) -> Outcome:
    incremental.reuse_renderings(Path(out_dir))  # unchanged fields are not rendered again
    ctx = _prepare(outcome, out_dir, tags, options, track)
    rendered = _render_writers(ctx, writers, track)
    return _write(outcome, corpus_dir, out_dir, rendered, ctx, track)


def _write(outcome: Outcome, corpus_dir: Path, out_dir: Path, rendered, ctx, track) -> Outcome:
    """Write the outputs, the lock and the piece cache of a clean build."""
    from .build import commit, save_cache, stage_lines, write_outputs
    from .writers.sheet.piece_cache import CACHE_DIR

    track.enter("writing", len(rendered))
    outcome.written = write_outputs(Path(out_dir), rendered)
    lock = stage_lines(Path(corpus_dir) / LOCK_FILE, ctx.lock.text_lines())
    ctx.lock.close()  # the old lock is read to its end; Windows replaces no open file
    commit(lock)
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
    build_time: int | None = None,
):
    """A clean check's outcome -> the writers' BuildContext (the lock stamped; changes kept).

    Given the ``build_time`` (the stamping done elsewhere), the context has no facts and
    the lock is left as read: for writers that need only the corpus and the date.
    """
    from .writers import BuildContext, BuildOptions

    corpus, lock = outcome.corpus, outcome.lock
    if build_time is not None:
        return BuildContext(
            corpus=filter_by_tags(corpus, tags),
            facts=[],
            lock=lock,
            options=options or BuildOptions(),
            version=__version__,
            out_dir=Path(out_dir).resolve(),
            fixed_build_time=build_time,
        )
    facts_by_id: dict[str, list[Fact]] = {}
    with collector.paused(keep=True):  # facts and lock entries: kept, no cycles
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


# -- two processes: the checks (and some writers) in a forked child -------------------

#: Rough cost of each writer, to share them between two cores (the child has the checks).
_COST = {"apkg": 3.0, "html": 1.5, "md": 0.3, "json": 0.5}
_CHECKS_COST = 2.6  # the completeness and fact checks (the child)
_STAMP_COST = 1.4  # stamping the lock (the parent)
_PARENT_ONLY = {"pdf"}  # has its own process pool and writes the piece cache


#: Below this many cards one process is faster: the fork and the pickled outputs cost
#: more than the checks they run beside.
FORK_MIN_CARDS = 2000


def _can_fork(cards: int) -> bool:
    """Whether to use a child process: ``os.fork`` exists and the corpus is large enough."""
    may_fork, forced = _fork_setting()
    return may_fork and (forced or cards >= FORK_MIN_CARDS)


def _fork_setting() -> tuple[bool, bool]:
    """(a child process may be used, at every size): ``os.fork`` and ``CHEATDECK_JOBS``.

    ``CHEATDECK_JOBS=1`` turns the child off, any other value turns it on at every size.
    """
    jobs = os.environ.get("CHEATDECK_JOBS", "")
    may_fork = hasattr(os, "fork") and jobs != "1"
    return may_fork, may_fork and bool(jobs)


def _share(writers: Sequence) -> tuple[list, list]:
    """Writers for the parent and for the child, the costliest first, to even out the work."""
    mine: list = []
    theirs: list = []
    load = {"mine": _STAMP_COST, "theirs": _CHECKS_COST}
    for writer in sorted(writers, key=lambda w: -_COST.get(w.name, 1.0)):
        cost = _COST.get(writer.name, 1.0)
        parent_only = writer.name in _PARENT_ONLY or writer.uses_facts
        if parent_only or load["mine"] <= load["theirs"]:
            mine.append(writer)
            load["mine"] += cost
        else:
            theirs.append(writer)
            load["theirs"] += cost
    return mine, theirs


@dataclass
class _ChildResult:
    """What the child sends back: its diagnostics and, when clean, its writers' work
    (bytes, or files staged beside their targets: ``build.Staged``)."""

    diagnostics: list
    rendered: dict[str, object] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    renderings: tuple[dict, dict] = field(default_factory=lambda: ({}, {}))


def _renderings() -> tuple[dict, dict]:
    return dict(text.RENDERED), dict(highlight.RENDERED)


def _adopt_renderings(renderings: tuple[dict, dict]) -> None:
    """The child's Markdown and code renderings, kept for the next build as the parent's are."""
    inline, code = renderings
    for source, rendered in inline.items():
        text.RENDERED.setdefault(source, rendered)
    for key, rendered in code.items():
        highlight.RENDERED.setdefault(key, rendered)
