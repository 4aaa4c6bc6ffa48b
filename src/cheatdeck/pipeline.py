"""The pipeline behind ``check`` and ``build``, one process, one straight line:
load -> check -> stamp (the lock) -> render -> write, and nothing written unless clean."""

from __future__ import annotations

import copy
import datetime as dt
import gc
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from . import __version__, identity, incremental, shipped
from .checks import CheckContext, all_checks, run_checks
from .diagnostics import Report
from .facts import Fact, facts_of
from .invocation import corpus_folder
from .load import load_corpus
from .lock import Lock, card_hash
from .model import PRIORITIES, Card, Corpus, most_columns

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
    corpus_with_errors: Corpus | None = None  # its valid cards, checked all the same
    shipped_before: dict = field(default_factory=dict)  # notes the last builds into OUT shipped
    shipped: dict | None = None  # what OUT's manifest keeps of this build's notes (shipped.py)


def check(
    corpus_dir: Path,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Outcome:
    """Load every file and run every check; nothing is written."""
    track = _Tracker(progress)
    outcome, retired_locs = _load(corpus_dir, track)
    if outcome.corpus is None:
        return _check_valid_part(outcome, retired_locs, today)
    track.enter("checking")
    outcome.report.extend(_run_checks(outcome, retired_locs, today))
    return outcome


def _load(corpus_dir: Path, track: _Tracker) -> tuple[Outcome, dict]:
    """Every file loaded, and the lock read (of two cards with one id, the one the lock
    had keeps it): the outcome so far, and the retired cards' places."""
    track.enter("loading")
    lock = Lock.read(Path(corpus_dir))
    result = load_corpus(Path(corpus_dir), progress=track.update, built=lock.built)
    gc.freeze()  # the corpus lives to the end: later collections need not walk it
    report = Report(cards=result.card_count, unchecked=result.unchecked, unread=result.unread_files)
    report.extend(result.diagnostics)
    corpus = result.corpus and identity.with_guid_renames(result.corpus, lock)
    outcome = Outcome(report, corpus, lock)
    outcome.corpus_with_errors = result.partial
    return outcome, result.retired_locs


def _check_valid_part(outcome: Outcome, retired_locs: dict, today: dt.date | None) -> Outcome:
    """The checks (but the lock's) over the valid cards of a corpus with errors: every
    problem at once. The outcome keeps no corpus: nothing is written."""
    valid = outcome.corpus_with_errors
    if valid is None or not valid.topics:
        return outcome
    checks = [c for c in all_checks() if not getattr(c, "reads_lock", False)]
    ctx = CheckContext(corpus=valid, today=today or dt.date.today(), retired_locs=retired_locs)
    outcome.report.extend(run_checks(ctx, checks))
    return outcome


def _run_checks(outcome: Outcome, retired_locs: dict, today: dt.date | None) -> list:
    ctx = CheckContext(
        corpus=outcome.corpus,
        lock=outcome.lock,
        today=today or dt.date.today(),
        retired_locs=retired_locs,
    )
    return run_checks(ctx)


def filter_by_tags(corpus: Corpus, tags: Sequence[str]) -> Corpus:
    """Keep only the cards carrying one of ``tags``, in any case as Anki's tag search
    (``Türkçe`` is ``türkçe``); empty sections are dropped."""
    if not tags:
        return corpus
    wanted = {tag.casefold() for tag in tags}
    topics = []
    for topic in corpus.topics:
        cards = tuple(
            card
            for card in topic.cards
            if not wanted.isdisjoint(_tags_of(card))  # kind::qa as in Anki
        )
        if cards:
            topics.append(replace(topic, cards=cards))
    return replace(corpus, topics=tuple(topics))


def unused_tags(corpus: Corpus, tags: Sequence[str]) -> list[str]:
    """The tags of ``--tag`` that no card carries, in any case (``kind::<kind>`` counts,
    as in Anki)."""
    known = {tag for card in corpus.cards() for tag in _tags_of(card)}
    return [tag for tag in tags if tag.casefold() not in known]


def _tags_of(card) -> set[str]:
    """A card's tags and the ``kind::<kind>`` tag Anki gets, case folded."""
    return {tag.casefold() for tag in (*card.tags, f"kind::{card.kind}")}


def no_tag_message(corpus: Corpus, tags: Sequence[str]) -> str:
    """Why ``--tag`` selects nothing, with the near-miss tags the corpus has."""
    import difflib

    known = sorted({tag for card in corpus.cards() for tag in (*card.tags, f"kind::{card.kind}")})
    by_fold = {tag.casefold(): tag for tag in known}
    close = []
    for tag in tags:
        close += difflib.get_close_matches(tag.casefold(), list(by_fold), n=2, cutoff=0.6)
    message = "no card carries the tag " + " or ".join(map(repr, tags))
    listed = next((tag for tag in tags if "," in tag), None)
    if listed is not None:  # one --tag each: "--tag a,b" is one tag named "a,b"
        each = " ".join(f"--tag {part.strip()}" for part in listed.split(",") if part.strip())
        return f"{message}: --tag takes one tag: write {each}"
    priority = next((tag for tag in tags if tag.casefold() in PRIORITIES), None)
    if priority is not None and priority.casefold() not in by_fold:
        return (
            f"{message}: '{priority}' is a priority, not a tag: --pages N keeps the "
            "essential cards first"
        )
    if close:
        return message + ": did you mean " + " or ".join(repr(by_fold[c]) for c in close) + "?"
    return message + " (tags: " + ", ".join(known[:20]) + (", …)" if len(known) > 20 else ")")


def stamp_cards(
    corpus: Corpus,
    lock: Lock,
    facts_by_id: dict[str, list[Fact]] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cards: list[Card] | None = None,
    mnemosyne: bool = False,
) -> dict[str, list[str]]:
    """Record every card (or only ``cards``) in the lock; returns ids added, changed,
    moved (deck: only the cards a deck was built with: Anki has no card of the others)
    and retired,
    and when there are any, the draft cards gone from the corpus, forgotten
    (``dropped``: no build shipped them), "old → new" renames, retired cards written again
    (``restored``), each moved card's "old deck → new deck" (``deck_moves``, in the order
    of ``moved``) and notices of edits Anki cannot follow.

    Each card's facts are made once; pass ``facts_by_id`` to keep them (card id -> facts);
    ``mnemosyne``: the build writes the Mnemosyne export (the notices say what it gets).
    """
    changes: dict[str, list[str]] = {"added": [], "changed": [], "moved": [], "retired": []}
    kept = {} if facts_by_id is None else facts_by_id
    owners: dict[str, str] = {}  # GUID -> card id: one note each
    cards = corpus.cards() if cards is None else cards
    moves = identity.find_moves(cards, lock, corpus.name)  # rows and items between cards
    said, notices = identity.moved_lines(moves, {card.id: card.deck for card in cards})
    folder = corpus_folder(corpus.root)  # as the commands the notices give name it
    if said:
        changes["carried"] = said
    for done, card in enumerate(cards):
        if progress is not None and done % STEP == 0:
            progress(done, len(cards))
        took_over = False  # a draft given a shipped card's id: a rename
        if card.renamed_from and card.id in lock.cards:  # a rename and an edit merged
            took_over = lock.absorb_renamed(card.id, card.renamed_from)
        if took_over:
            changes.setdefault("renamed", []).append(f"{card.renamed_from} → {card.id}")
        # identity hook: GUIDs follow rows, columns, items and renames (identity.py)
        facts = facts_of(card, corpus.name)
        carried = identity.carry(card, facts, lock, corpus.name, moves, folder, mnemosyne)
        facts, apart = identity.one_note_each(carried.facts, owners, lock, corpus.name)
        kept[card.id] = facts
        if not card.anki:
            apart += identity.left_out_notice(card, lock.cards.get(carried.renamed_from or card.id))
        if carried.notices or apart:  # what Anki cannot follow
            changes.setdefault("notices", []).extend([*carried.notices, *apart])
        if carried.renamed_from:
            lock.cards[card.id] = lock.cards.pop(carried.renamed_from)
            changes.setdefault("renamed", []).append(f"{carried.renamed_from} → {card.id}")
        was_retired = bool((lock.cards.get(card.id) or {}).get("retired"))
        in_anki = card.id in lock.cards and not lock.is_draft(card.id)  # a deck shipped it
        notes = {f.key: (f.guid, f.content_hash) for f in facts}
        stamped = lock.stamp_card(card, notes, partial(_hashes_in_deck, facts))
        if was_retired:  # written again under its retired id: its notes come back untagged
            changes.setdefault("restored", []).append(card.id)
        if stamped.added and not carried.renamed_from and not took_over:
            changes["added"].append(card.id)
        elif stamped.edited and not (carried.renamed_from or took_over):  # else: renamed
            changes["changed"].append(card.id)
        if in_anki and stamped.old_deck and stamped.old_deck != card.deck:
            changes["moved"].append(card.id)  # Anki keeps its cards in the old deck
            changes.setdefault("deck_moves", []).append(f"{stamped.old_deck} → {card.deck}")
    if notices:  # rows or items moved to a card of another deck: Anki keeps the deck
        changes.setdefault("notices", []).extend(notices)
    if dropped := lock.drop_drafts({card.id for card in cards}):
        changes["dropped"] = dropped
    for card_id in corpus.retired:
        entry = lock.cards.get(card_id)
        if entry is not None and not entry.get("retired"):
            changes["retired"].append(card_id)
    if changes["added"] and corpus.retired:  # a rename by hand: new id, old id retired
        added = set(changes["added"])
        before = [r for r in corpus.retired if r not in changes["retired"]]
        said = identity.retired_as_new_notices(
            [card for card in cards if card.id in added and card.anki],  # notes of its own
            changes["retired"],
            lock,
            before,
        )
        changes.setdefault("notices", []).extend(said)
    return changes


def pending_notices(corpus: Corpus, lock: Lock) -> list[str]:
    """The notices of what Anki cannot follow (a kind changed, rows, columns or items
    left behind, cloze deletions renumbered, ...) that the next build of ``corpus`` will
    print, from a copy of ``lock``: ``check`` says them before any build, and writes
    nothing. What only an OUT's last deck knows (an edit built on another machine, a
    revert) is the build's to say."""
    if lock.problem or not lock.cards:
        return []
    edited = [  # a card the lock holds as it is gets no notice: only the others are stamped
        card
        for card in corpus.cards()
        if (entry := lock.cards.get(card.id)) is None
        or entry.get("hash") != card_hash(card)
        or entry.get("retired")
    ]
    if not edited:
        return []
    mine = dict(lock.cards)  # the entries a stamp may change are copies: the lock stays
    for card_id in {c.id for c in edited} | {c.renamed_from for c in edited if c.renamed_from}:
        if card_id in mine:
            mine[card_id] = copy.deepcopy(mine[card_id])
    changes = stamp_cards(corpus, replace(lock, cards=mine), cards=edited)
    return list(dict.fromkeys(changes.get("notices", [])))


def _hashes_in_deck(facts: list[Fact], deck: str) -> dict[str, str]:
    """Each fact's note key -> its content hash with its card in ``deck``."""
    return {fact.key: fact.hash_in_deck(deck) for fact in facts}


def renamed_decks(changes: dict[str, list[str]], decks_now: set[str]) -> dict[str, str]:
    """The decks this build renamed as a whole (old name -> new name): every card a deck
    was built with moved to one other deck and no card is left in it or below it; and,
    when all of them moved under one other parent ('Geo::Rivers' and 'Geo::Peaks' to
    'Geography::…', nothing left below 'Geo'), that parent too."""
    targets: dict[str, set[str]] = {}
    for move in changes.get("deck_moves", []):
        old, new = move.split(" → ", 1)
        targets.setdefault(old, set()).add(new)

    def emptied(old: str) -> bool:
        return not any(deck == old or deck.startswith(old + "::") for deck in decks_now)

    renamed = {old: new for old, (new, *more) in targets.items() if not more and emptied(old)}
    parents = {identity.renamed_parent(old, new) for old, new in renamed.items()}
    if len(parents) == 1 and None not in parents:
        ((old, new),) = parents
        if emptied(old):
            renamed.setdefault(old, new)
    return renamed


def _deck_renamed(deck: str, renamed: dict[str, str]) -> str | None:
    """``deck``'s name after ``renamed`` (a deck renamed renames its sub-decks)."""
    for old in sorted(renamed, key=len, reverse=True):
        if deck == old or deck.startswith(old + "::"):
            return renamed[old] + deck[len(old) :]
    return None


def retired_facts(
    corpus: Corpus, lock: Lock, before: dict | None = None, renamed: dict[str, str] | None = None
) -> list[Fact]:
    """The last content of each retired card, tagged for deletion (for
    ``identity.RETIRED_DAYS`` after the build that retired it, and again whenever the
    last build into OUT, ``before``, shipped one of its notes otherwise: a retirement
    taken back, then given again). A retired card in a deck this build ``renamed`` as a
    whole (``renamed_decks``) is filed in the new name, as the cards Anki has move with
    the deck renamed there (shipped in the old name, its notes would make Anki create
    the old deck again, empty); its notes keep their time, as a card moved does."""
    facts: list[Fact] = []
    for card_id in corpus.retired:
        stored = lock.stored_card(card_id)
        if stored is None:
            continue
        tagged = replace(stored, tags=(*stored.tags, "cheatdeck::retired"))
        if new_deck := _deck_renamed(tagged.deck, renamed or {}):
            old_hashes = {
                f.key: f.content_hash for f in facts_of(tagged, corpus.name, retired=True)
            }
            tagged = replace(tagged, deck=new_deck)
            new_hashes = {
                f.key: f.content_hash for f in facts_of(tagged, corpus.name, retired=True)
            }
            lock.refile(card_id, new_deck, {k: (old_hashes[k], h) for k, h in new_hashes.items()})
        these = facts_of(tagged, corpus.name, retired=True)
        these = identity.carry(tagged, these, lock, corpus.name).facts  # the GUIDs shipped
        lock.retire(card_id, {f.key: (f.guid, f.content_hash) for f in these})
        if identity.still_shipped(lock, card_id) or _shipped_otherwise(these, before or {}):
            facts.extend(these)
    return facts


def _shipped_otherwise(facts: list[Fact], before: dict) -> bool:
    """Whether the last build shipped a note of ``facts`` with other content (untagged)."""
    return any(f.guid in before and before[f.guid].digest != f.content_hash for f in facts)


def _any_shipped(facts: list[Fact], shipped_before: dict) -> bool:
    """Whether the last .apkg built into OUT shipped a note of ``facts`` (a lock gone
    back to before that build may hold the card as a draft: it is shipped)."""
    return any(fact.guid in shipped_before for fact in facts)


def _newer_than(lock: Lock, fact: Fact, time: int) -> None:
    """Make ``fact``'s note in the lock newer than ``time`` (Anki updates a note only
    from a newer one)."""
    note = lock.cards.get(fact.card.id, {}).get("notes", {}).get(fact.key)
    if isinstance(note, dict) and isinstance(note.get("changed"), int) and note["changed"] <= time:
        note["changed"] = time + 1


def _after_the_last_build(
    outcome: Outcome, facts, before: dict, out_dir: Path, gone: list[Fact], held: dict
) -> None:
    """Compare this build's notes with what the last builds into ``out_dir`` shipped
    (``before``, ``shipped.read``): a note the lock went back on (git revert) is made
    newer, and said changed (a retired card's, ``gone``: said retired, as Anki tags it
    again); notes it shipped that a lock gone back no longer holds, and a lock that is
    gone, get notices, as do the notes of a change built into another OUT (``held``:
    each card's notes in the lock as read)."""
    outcome.shipped_before = before
    changes = outcome.changes
    said = {*changes.get("added", []), *changes.get("changed", []), *changes.get("restored", [])}
    said |= {renamed.rsplit(" → ", 1)[-1] for renamed in changes.get("renamed", [])}
    facts = list(facts)
    deck_of = {f.card.id: f.card.deck for f in facts}
    behind = shipped.gone_back_notices(outcome.lock, facts, before)
    behind += shipped.gone_card_notices(outcome.lock, facts, before, outcome.corpus.retired)
    behind += shipped.changed_elsewhere_notices(outcome.lock, facts, before, held, str(out_dir))
    if behind:
        changes.setdefault("notices", []).extend(behind)
    for card_id in shipped.newer_than_shipped(outcome.lock, facts, before):
        if card_id not in said:
            changes["changed"].append(card_id)
    for card_id, deck in shipped.decks_gone_back(facts, before).items():
        if card_id not in changes["moved"]:  # the lock went back with the deck: unseen
            changes["moved"].append(card_id)
            changes.setdefault("deck_moves", []).append(f"{deck} → {deck_of[card_id]}")
    for card_id in shipped.newer_than_shipped(outcome.lock, gone, before):
        if card_id not in changes["retired"]:
            changes["retired"].append(card_id)
    added = changes["added"]  # no lock entry before: all cards when there is no lock
    if notice := shipped.lock_gone_notice(outcome.lock, facts, before, str(out_dir), added):
        changes.setdefault("notices", []).insert(0, notice)


class NoCardsSelected(ValueError):
    """``--tag`` kept no card: building empty outputs would only hide the typo."""


class ColumnsUnfit(ValueError):
    """``--paper``/``--orientation`` gives paper too narrow for corpus.yaml's ``columns``:
    corpus.yaml itself would be refused so (``load._check_columns``)."""


def unfit_columns(corpus: Corpus, options) -> str | None:
    """What to say when ``options`` choose paper narrower than corpus.yaml's columns."""
    chosen = {
        flag: value
        for flag, value in (
            ("--paper", options and options.paper),
            ("--orientation", options and options.orientation),
        )
        if value
    }
    if not chosen:
        return None
    settings = replace(
        corpus.settings,
        paper=chosen.get("--paper", corpus.settings.paper),
        orientation=chosen.get("--orientation", corpus.settings.orientation),
    )
    most = most_columns(settings.paper, settings.orientation)
    if settings.columns <= most:
        return None
    flags = " ".join(f"{flag} {value}" for flag, value in chosen.items())
    return (
        f"{flags}: corpus.yaml's columns: {settings.columns} leaves columns too narrow for "
        f"words on {settings.paper.upper()} {settings.orientation} paper: at most {most} fit; "
        f"build without {flags}, or write columns: {most} (or 0) in corpus.yaml"
    )


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
    """Load, check, stamp the lock, render every writer in memory, then write the outputs
    and the lock as one step (``build.publish``); nothing is written unless clean."""
    track = _Tracker(progress)
    outcome, retired_locs = _load(corpus_dir, track)
    if outcome.corpus is None:
        return _check_valid_part(outcome, retired_locs, today)
    if tags and not outcome.report.failed(strict):
        if unused := unused_tags(outcome.corpus, tags):  # a typo would drop its cards
            raise NoCardsSelected(no_tag_message(outcome.corpus, unused))
    if problem := unfit_columns(outcome.corpus, options):
        raise ColumnsUnfit(problem)
    track.enter("checking")
    outcome.report.extend(_run_checks(outcome, retired_locs, today))
    if outcome.report.failed(strict):
        return outcome
    incremental.reuse_renderings(Path(out_dir))  # unchanged fields are not rendered again
    track.enter("stamping", outcome.corpus.card_count())
    mnemosyne = any(writer.name == "mnemosyne" for writer in writers)
    ctx = context_for(
        outcome, out_dir, tags=tags, options=options, progress=track.update, mnemosyne=mnemosyne
    )
    ctx.say = getattr(progress, "say", None)
    rendered = _render_writers(ctx, writers, track)
    first_shipped: list[str] = []
    if any(writer.keeps_history for writer in writers):  # these cards are in a deck now
        live = dict.fromkeys(fact.card.id for fact in ctx.facts if not fact.retired)
        first_shipped = [card_id for card_id in live if outcome.lock.is_draft(card_id)]
        outcome.lock.ship(dict.fromkeys(fact.card.id for fact in ctx.facts))
    if any(writer.name in shipped.DATED for writer in writers):
        times = {fact.guid: ctx.time_of(fact) for fact in ctx.facts}
        live = {card.id for card in outcome.corpus.cards()}
        outcome.shipped = shipped.record(
            ctx.facts, times, outcome.lock, outcome.shipped_before, live, outcome.changes["added"]
        )
        if outcome.shipped_before:  # counted as the import counts them, not as the lock
            shipped.since_the_last_deck(
                outcome.changes, ctx.facts, outcome.lock, outcome.shipped_before
            )
    _new_to_the_deck(outcome.changes, first_shipped, outcome.corpus)
    _off_the_deck(outcome.changes, outcome.corpus, writers)
    return _write(outcome, out_dir, rendered, ctx, track)


def _new_to_the_deck(
    changes: dict[str, list[str]], first_shipped: list[str], corpus: Corpus
) -> None:
    """Say added each card a build of the deck ships for the first time (a draft in the
    lock: only the sheet had it, or it was kept off the deck): Anki adds its notes,
    whatever the lock saw of the card before and whatever OUT holds. A card renamed onto
    it, or restored, is said so instead."""
    renamed = {line.rsplit(" → ", 1)[-1] for line in changes.get("renamed", [])}
    new = set(first_shipped) - renamed - set(changes.get("restored", []))
    if not new:
        return
    order = {card.id: place for place, card in enumerate(corpus.cards())}
    added = new | set(changes.get("added", []))
    changes["added"] = sorted(added, key=lambda card_id: (order.get(card_id, len(order)), card_id))
    changes["changed"] = [card_id for card_id in changes["changed"] if card_id not in new]


def _off_the_deck(changes: dict[str, list[str]], corpus: Corpus, writers: Sequence) -> None:
    """A build that writes a deck (the .apkg, or a study tool's export: ``Writer.
    deck_cards_only``) says added and changed what an import of it adds and updates: a
    card kept off the deck (``anki: false``) is in none of its notes. Such a card on the
    sheet is said apart (``sheet added``, ``sheet changed``) when the build writes the
    sheet too, and not at all when it does not."""
    if not any(writer.deck_cards_only for writer in writers):
        return  # the sheet and the other outputs: every card counts
    off = {card.id: card.sheet for card in corpus.cards() if not card.anki}
    on_sheet = any(writer.family == "sheet" for writer in writers)
    for kind in ("added", "changed"):
        ids = changes.get(kind, [])
        if left := [card_id for card_id in ids if card_id in off]:
            changes[kind] = [card_id for card_id in ids if card_id not in off]
            if shown := [card_id for card_id in left if on_sheet and off[card_id]]:
                changes[f"sheet {kind}"] = shown


def _render_writers(ctx, writers, track: _Tracker) -> dict:
    """Render ``writers`` in memory: file name -> bytes (or a folder's files)."""
    rendered = {}
    for writer in writers:
        track.enter(writer.name)
        rendered[writer.filename(ctx.corpus.name)] = writer.render(ctx)
    return rendered


def _write(outcome: Outcome, out_dir: Path, rendered, ctx, track) -> Outcome:
    """Write the outputs and the lock of a clean build, as one step."""
    from .build import publish  # not at start-up: ``check`` writes nothing

    track.enter("writing", len(rendered))
    outcome.written = publish(Path(out_dir), rendered, ctx.lock.path, ctx.lock.dumps())
    outcome.notices = ctx.notices
    return outcome


def _two_notes(lock: Lock, facts_by_id: dict[str, list[Fact]]) -> list[str]:
    """A notice for each note the two sides of a merged lock gave two shipped GUIDs (one
    branch added the card, the other gave the same id another card's note with
    ``renamed_from``): Anki cannot join two notes, so one is no longer updated."""
    notices = []
    for card_id, notes in lock.split.items():
        for fact in facts_by_id.get(card_id, ()):
            if fact.key not in notes:
                continue
            read, left_out = notes[fact.key]
            other = read if fact.guid == left_out else left_out
            one = fact.key == card_id  # one note: guid: may choose it
            what = f"'{card_id}'" if one else f"'{card_id}' ({fact.key})"
            choose = f". To ship '{other}' instead, write guid: {json.dumps(other)} on the card"
            notices.append(
                f"{what}: the two branches git merged gave it two notes, '{fact.guid}' and "
                f"'{other}' (Anki cannot join two notes): this build ships '{fact.guid}'; a "
                f"collection that has '{other}' keeps it with its reviews, no longer "
                f"updated{choose if one else ''}"
            )
    return notices


def context_for(
    outcome: Outcome,
    out_dir: Path,
    *,
    tags: Sequence[str] = (),
    options=None,
    progress: Callable[[int, int], None] | None = None,
    mnemosyne: bool = False,
):
    """A clean check's outcome -> the writers' BuildContext (the lock stamped; changes kept;
    ``mnemosyne``: the build writes the Mnemosyne export, which its notices name)."""
    from .writers import BuildContext, BuildOptions

    corpus, lock = outcome.corpus, outcome.lock
    facts_by_id: dict[str, list[Fact]] = {}
    before = shipped.read(incremental.shipped_notes(Path(out_dir), corpus.name, lock.held_guids()))
    if another := shipped.of_another_corpus(lock, corpus.cards(), before):
        before = {}  # none of its notes is this corpus's
    taken_back = shipped.guids_taken_back(lock, corpus.cards(), before, corpus.name)
    held = shipped.notes_held(lock)  # what identity compares each card with
    outcome.changes = stamp_cards(corpus, lock, facts_by_id, progress, mnemosyne=mnemosyne)
    lock.ship(card_id for card_id, facts in facts_by_id.items() if _any_shipped(facts, before))
    if another:
        notice = shipped.another_corpus_notice(corpus.name, str(out_dir))
        outcome.changes.setdefault("notices", []).append(notice)
    if taken_back:
        outcome.changes.setdefault("notices", []).extend(taken_back)
    if two := _two_notes(lock, facts_by_id):
        outcome.changes.setdefault("notices", []).extend(two)
    decks_now = {card.deck for card in corpus.cards()}
    gone = retired_facts(corpus, lock, before, renamed_decks(outcome.changes, decks_now))
    live = {f.guid: f for these in facts_by_id.values() for f in these}
    for fact in gone:  # a note a card still has is not retired: that card's note ships,
        if fact.guid in live:  # newer than any retired one a build shipped before
            _newer_than(lock, live[fact.guid], lock.note_time(fact.card.id, fact.key))
    gone = [f for f in gone if f.guid not in live]
    _after_the_last_build(outcome, live.values(), before, Path(out_dir), gone, held)
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
        sheet_sections=tuple(
            topic.path for topic in corpus.topics if any(card.sheet for card in topic.cards)
        ),
    )
