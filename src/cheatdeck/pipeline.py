"""The pipeline behind ``check`` and ``build``: load all -> check all -> write only when clean."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import __version__
from .checks import CheckContext, run_checks
from .diagnostics import Report
from .facts import Fact, facts_of
from .load import load_corpus
from .lock import LOCK_FILE, Lock
from .model import Corpus

Progress = Callable[[str], None]


@dataclass
class Outcome:
    """What a run found, and what a build changed."""

    report: Report
    corpus: Corpus | None = None
    lock: Lock | None = None
    written: list[str] = field(default_factory=list)
    changes: dict[str, list[str]] = field(default_factory=dict)


def check(corpus_dir: Path, today: dt.date | None = None) -> Outcome:
    """Load every file and run every check; nothing is written."""
    result = load_corpus(Path(corpus_dir))
    report = Report(cards=result.card_count)
    report.extend(result.diagnostics)
    lock = Lock.read(Path(corpus_dir))
    if result.corpus is not None:
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


def stamp_cards(corpus: Corpus, lock: Lock) -> dict[str, list[str]]:
    """Record every card in the lock; returns ids added, changed, moved (deck) and retired."""
    changes: dict[str, list[str]] = {"added": [], "changed": [], "moved": [], "retired": []}
    for card in corpus.cards():
        before = lock.cards.get(card.id)
        old_hash = before.get("hash") if before else None
        old_deck = before.get("data", {}).get("deck") if before else None
        facts = facts_of(card, corpus.name)
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
    from .build import write_file, write_outputs

    say = progress or (lambda _stage: None)
    say("checking")
    outcome = check(corpus_dir, today)
    if outcome.report.failed(strict) or outcome.corpus is None:
        return outcome
    ctx = context_for(outcome, out_dir, tags=tags, options=options)
    rendered = {}
    for writer in writers:
        say(writer.name)
        rendered[writer.filename(ctx.corpus.name)] = writer.render(ctx)
    say("writing")
    outcome.written = write_outputs(Path(out_dir), rendered)
    write_file(Path(corpus_dir) / LOCK_FILE, ctx.lock.dumps().encode("utf-8"))
    return outcome


def context_for(outcome: Outcome, out_dir: Path, *, tags: Sequence[str] = (), options=None):
    """A clean check's outcome -> the writers' BuildContext (the lock stamped; changes kept)."""
    from .writers import BuildContext, BuildOptions

    corpus, lock = outcome.corpus, outcome.lock
    outcome.changes = stamp_cards(corpus, lock)
    gone = retired_facts(corpus, lock)
    shown = filter_by_tags(corpus, tags)
    facts = [f for card in shown.cards() if card.anki for f in facts_of(card, corpus.name)]
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
