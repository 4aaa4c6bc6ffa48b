"""What the last .apkg built into OUT shipped to Anki, note by note, and what a build
learns from it about its own lock.

The lock is the one memory of each note's time, and it is kept in git: ``git revert``
of an edit, or an old ``cheatdeck.lock`` checked out, takes its times back too. Anki
updates a note only from a newer one, so the content the user went back to would never
reach a collection that took the edit. ``OUT/.cheatdeck-manifest-shipped.json`` keeps,
per note GUID, the time, content hash, card id, key, note type and deck it shipped with
(``record``; a build with no lock leaves out the notes it tells the user not to import):
a note whose content differs from that and whose time is not newer is made
newer (``newer_than_shipped``); notes shipped that the lock taken back no longer holds get
a notice (``gone_back_notices``); a one-note card the lock taken back gives another
GUID than it shipped with (a ``guid:`` reverted) keeps the shipped one, the note with
the reviews made since (``guids_taken_back``); a card in another deck than it shipped
in, unseen by the lock (a deck rename reverted), is said moved (``decks_gone_back``).
A build with no lock at all, into an OUT whose last build had one, or with a lock that
lost some cards' entries (a line deleted by hand, a merge resolved without it), gives
those cards GUIDs from their ids alone: ``lock_gone_notice`` names the cards that then
get new notes. Notes shipped by another corpus of the same name built into the same OUT
are not this one's (``of_another_corpus``).
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from typing import NamedTuple

from .facts import Fact, facts_of
from .lock import LATEST_TIME, Lock, is_time
from .model import Card

#: The formats whose notes Anki updates by their time (the .apkg's note mtime).
DATED = frozenset({"apkg"})


class Note(NamedTuple):
    """One note as a deck shipped it."""

    time: int
    digest: str  # Fact.content_hash
    card_id: str
    key: str  # Fact.key: the card id, or a table cell's or list item's key
    note_type: str
    deck: str = ""  # its card's deck ("": recorded by a cheatdeck that did not keep it)

    def search(self) -> str:
        """What finds this note alone in Anki's Browse."""
        from .identity import anki_literal

        if self.key != self.card_id:  # a table cell or list item
            return f'"CheatdeckKey:{anki_literal(html.escape(self.key, quote=False))}"'
        return f'"CheatdeckId:{self.card_id}" "note:{anki_literal(self.note_type)}"'


def _entry(value: object) -> Note | None:
    """One recorded note; None when it is not as ``record`` writes it."""
    if not (isinstance(value, list) and len(Note._fields) - 1 <= len(value) <= len(Note._fields)):
        return None
    note = Note(*value)
    if is_time(note.time) and all(isinstance(part, str) for part in note[1:]):
        return note
    return None


def read(notes: dict) -> dict[str, Note]:
    """GUID -> Note from what ``incremental.shipped_notes`` read (entries not as
    ``record`` writes them are left out)."""
    found = {guid: _entry(value) for guid, value in notes.items() if isinstance(guid, str)}
    return {guid: entry for guid, entry in found.items() if entry is not None}


def of_another_corpus(lock: Lock, cards: Iterable[Card], shipped: dict[str, Note]) -> bool:
    """Whether the notes recorded (``read``) were shipped by another corpus of the same
    name built into the same OUT: not one of their cards is in this corpus or its lock
    (a lock gone back, a folder or topic renamed, keep some). Not without a lock: the
    example cards of ``cheatdeck init`` replaced, their lock deleted, look the same."""
    if not shipped or not lock.cards:
        return False
    ids = {note.card_id for note in shipped.values()}
    return ids.isdisjoint(lock.cards) and ids.isdisjoint(card.id for card in cards)


def another_corpus_notice(corpus_name: str, out: str) -> str:
    """What a build says when ``of_another_corpus``."""
    return (
        f"{out}/{corpus_name}.apkg was built from another corpus also named "
        f"'{corpus_name}' (none of its cards is in this one): a card id written in both "
        "corpora is one note in Anki; give each corpus its own name: in corpus.yaml, or "
        "its own -o"
    )


def newer_than_shipped(lock: Lock, facts: Iterable[Fact], shipped: dict[str, Note]) -> list[str]:
    """Make each note newer than the one of its GUID an earlier build shipped, when its
    content or card id differs and its time is not newer (the lock went back); returns
    their card ids, in order."""
    ids: list[str] = []
    for fact in facts:
        before = shipped.get(fact.guid)
        if before is None:
            continue
        if _as_shipped(lock, fact, before):
            continue  # the note Anki has (its id too: a rename taken back) is this one
        entry = lock.cards.get(fact.card.id, {})
        note = entry.get("notes", {}).get(fact.key)
        if not isinstance(note, dict) or not is_time(note.get("changed")):
            continue
        if note["changed"] > before.time:
            continue
        note["changed"] = min(max(lock.now, before.time + 1), LATEST_TIME)
        if not is_time(entry.get("changed")) or entry["changed"] < note["changed"]:
            entry["changed"] = note["changed"]
        if fact.card.id not in ids:
            ids.append(fact.card.id)
    return ids


def _as_shipped(lock: Lock, fact: Fact, before: Note) -> bool:
    """Whether ``fact``'s note, as the lock stamped it, is the one ``before`` shipped: the
    same content and card id. Its card's deck aside: Anki keeps no deck on a note and
    never moves a card it has, so a card in another deck now (said moved) is no change."""
    if before.card_id != fact.card.id:
        return False
    digest = lock.note_hash(fact.card.id, fact.key) or fact.content_hash  # as stamped
    if before.digest == digest:
        return True
    moved = bool(before.deck) and before.deck != fact.card.deck
    return moved and fact.hash_in_deck(before.deck) == before.digest


def guids_taken_back(
    lock: Lock, cards: Iterable[Card], shipped: dict[str, Note], corpus_name: str
) -> list[str]:
    """The one-note cards whose lock, as read, gives them another GUID than the last build
    shipped them as (the lock went back: a ``guid:`` added or changed, then taken back by
    a git revert or an older lock checked out; a ``guid:`` leaves the note's time as it
    was, so nothing else finds it). Anki holds the shipped note with the reviews made
    since: a card without ``guid:`` keeps it (the lock takes its GUID back, before the
    build stamps it); a card whose ``guid:`` is the lock's is left as written. Returns
    one notice per card. Read before stamping."""
    if not lock.path.exists() or not shipped:
        return []  # no lock: lock_gone_notice
    found = {}  # card id -> (its note in the lock, the GUID shipped)
    for guid, note in shipped.items():
        entry = lock.cards.get(note.card_id)
        notes = entry.get("notes") if isinstance(entry, dict) else None
        if note.key != note.card_id or not isinstance(notes, dict) or len(notes) != 1:
            continue  # a table's or list's notes, or a card the lock has not
        held = notes.get(note.key)
        if isinstance(held, dict) and isinstance(held.get("guid"), str) and held["guid"] != guid:
            found[note.card_id] = (held, guid)
    if not found:
        return []
    shared = _given_twice(lock, {held["guid"] for held, _ in found.values()})
    notices = []
    for card in cards:
        if card.id not in found:
            continue
        held, guid = found[card.id]
        if held["guid"] in shared:
            continue  # a lock giving two cards one note: identity.one_note_each
        if guid in lock.held_guids() or not _one_note_of(card, shipped[guid], corpus_name):
            continue  # another card's note, or another note type (gone_back_notices)
        if card.guid is None:
            if card.id not in lock.split:  # else the merge's own notice says it
                notices.append(_kept_notice(lock, card.id, held["guid"], guid))
            held["guid"] = guid  # carried and stamped as the lock's
            lock.held_guids().add(guid)
        elif card.guid == held["guid"]:  # else identity's guid: notice says it
            notices.append(_left_notice(card, guid))
    return notices


def _given_twice(lock: Lock, guids: set[str]) -> set[str]:
    """Those of ``guids`` the lock gives more than one note of its cards."""
    seen: set[str] = set()
    twice: set[str] = set()
    for entry in lock.cards.values():
        notes = entry.get("notes") if isinstance(entry, dict) else None
        for note in notes.values() if isinstance(notes, dict) else ():
            guid = note.get("guid") if isinstance(note, dict) else None
            if guid in guids:
                (twice if guid in seen else seen).add(guid)
    return twice


def _one_note_of(card: Card, note: Note, corpus_name: str) -> bool:
    """Whether ``note`` (shipped) is of the one note ``card`` has now: its key and note
    type (the card shipped to Anki)."""
    from .writers.anki.notetypes import note_type_of

    facts = facts_of(card, corpus_name) if card.anki else []
    if len(facts) != 1 or facts[0].key != note.key:
        return False
    return note_type_of(facts[0].variant).name == note.note_type


def _kept_notice(lock: Lock, card_id: str, lock_guid: str, guid: str) -> str:
    return (
        f"'{card_id}': {lock.shown_path} gives it the note '{lock_guid}', but the last "
        f"build shipped it as the note '{guid}' (the lock went back, or was made anew: a "
        "guid: taken back by a git revert, an older lock checked out; or it comes from "
        "another deck's build, which gave the card another note): this build keeps it "
        f"on '{guid}', "
        "the note Anki updated last, with the reviews made since; Anki keeps "
        f"'{lock_guid}' as it is, no longer updated. If you never imported the last build, "
        f"write guid: {json.dumps(lock_guid)} on the card to go back to that note"
    )


def _left_notice(card: Card, guid: str) -> str:
    return (
        f"'{card.id}' ({card.loc}): guid: '{card.guid}' is back (the lock went back with it: a git "
        f"revert, or an older lock checked out), and the last build shipped it as the note "
        f"'{guid}': Anki keeps '{guid}' with the reviews made since, no longer updated, and "
        f"this build ships '{card.guid}' again; to keep studying '{guid}', write guid: "
        f"{json.dumps(guid)} (nothing to do if you never imported the last build)"
    )


def record(
    facts: Iterable[Fact],
    times: dict[str, int],
    lock: Lock,
    before: dict[str, Note],
    live_ids: set[str],
    added: Iterable[str],
) -> dict[str, list]:
    """The record to keep after a build that wrote a dated format: each note it shipped
    (``times``: GUID -> its time; its content hash as the stamped ``lock`` holds it), and
    the notes of earlier builds of cards it did not ship (left out by ``--tag`` or
    ``anki: false``) that the corpus still has. ``added``: the cards the lock had no
    entry for before this build."""
    from .writers.anki.notetypes import note_type_of  # the note types' names, for a search

    facts = list(facts)
    unsure = _told_not_to_import(facts, before, added)
    shipped = {
        f.guid: [
            times[f.guid],
            lock.note_hash(f.card.id, f.key) or f.content_hash,  # hashed once, when stamped
            f.card.id,
            f.key,
            note_type_of(f.variant).name,
            f.card.deck,
        ]
        for f in facts
        if f.card.id not in unsure
    }
    ids = {value[2] for value in shipped.values()}
    kept = {  # their deck unsaid: the lock sees a move while they are not shipped
        guid: list(entry._replace(deck=""))
        for guid, entry in before.items()
        if entry.card_id not in ids and entry.card_id in live_ids and guid not in shipped
    }
    return {**kept, **shipped}  # sorted when written (``incremental.shipped_file``)


def decks_gone_back(facts: Iterable[Fact], shipped: dict[str, Note]) -> dict[str, str]:
    """Card id -> the deck the last build shipped it in, for the cards in another deck
    now whose lock did not see the move (a deck rename taken back by a git revert, the
    lock with it): Anki keeps their cards where they are."""
    moved: dict[str, str] = {}
    for fact in facts:
        before = shipped.get(fact.guid)
        if before is not None and before.deck and before.deck != fact.card.deck:
            moved.setdefault(fact.card.id, before.deck)
    return moved


def _not_shipped(facts: list[Fact], shipped: dict[str, Note]) -> dict[str, list[Note]]:
    """Card id -> the notes the last build shipped for it that ``facts`` do not hold."""
    guids = {f.guid for f in facts}
    ids = set(f.card.id for f in facts)
    found: dict[str, list[Note]] = {}
    for guid, note in shipped.items():
        if guid not in guids and note.card_id in ids:
            found.setdefault(note.card_id, []).append(note)
    return found


def _told_not_to_import(
    facts: list[Fact], before: dict[str, Note], added: Iterable[str]
) -> list[str]:
    """The cards the lock had no entry for (``added``: all of them when there is no
    lock) that this build gives other GUIDs than the last build did: its notice
    (``lock_gone_notice``) says not to import it but to put the lock back, so the record
    keeps what the last build shipped for them (else the build with the lock back took
    the notes never imported for notes Anki keeps, and its notice's search found the
    studied note). In the corpus's order."""
    added = set(added)
    facts = [f for f in facts if f.card.id in added]
    gone = _not_shipped(facts, before) if before else {}
    return [card_id for card_id in dict.fromkeys(f.card.id for f in facts) if card_id in gone]


def lock_gone_notice(
    lock: Lock, facts: Iterable[Fact], shipped: dict[str, Note], out: str, added: Iterable[str]
) -> str | None:
    """With no lock file, or a lock without the entries of some cards (``added``: the
    cards it had no entry for), the cards whose notes the last build into OUT shipped
    under GUIDs this build does not give them: Anki adds new notes, the history stays
    behind."""
    moved = _told_not_to_import(list(facts), shipped, added)
    if not moved:
        return None
    named = ", ".join(moved[:20]) + (f" and {len(moved) - 20} more" if len(moved) > 20 else "")
    path = lock.shown_path
    if lock.path.exists():
        what = (
            f"{path} has no entry for {len(moved)} card(s) the last build into {out} "
            "shipped (a line deleted by hand, or lost in a merge): without it they"
        )
    else:
        what = (
            f"{path} is missing, and the last build into {out} had one: without it "
            f"{len(moved)} card(s)"
        )
    return (
        f"{what} ship under other note GUIDs than before ({named}): Anki "
        "adds them as new notes, their review history left on the old ones, or skips "
        "those whose note type differs. Before you import this build, put the lock back "
        f"from git ({lock.git('checkout HEAD --')}, or find it with {lock.git('log --')}) and "
        "build again"
    )


def gone_back_notices(lock: Lock, facts: Iterable[Fact], shipped: dict[str, Note]) -> list[str]:
    """The notes the last build shipped for a card that this one does not, while the lock
    holds the card as it was before that build (a git revert of a kind change, a row or
    item added): Anki keeps them with their review history, no longer updated. Read
    before ``newer_than_shipped`` makes any card newer."""
    if not lock.path.exists():
        return []  # lock_gone_notice
    notices = []
    for card_id, notes in _not_shipped(list(facts), shipped).items():
        changed = lock.cards.get(card_id, {}).get("changed")
        if not is_time(changed):
            continue
        behind = [note for note in notes if note.time > changed]
        if not behind:
            continue
        one = len(behind) == 1
        what, it = ("a note", "it") if one else (f"{len(behind)} notes", "them")
        search = " OR ".join(note.search() for note in behind[:5])
        notices.append(
            f"'{card_id}': {lock.shown_path} holds it as it was before the last build (a git "
            f"revert, or an older lock checked out), which shipped {what} this build does "
            f"not. Anki keeps {it} with the review history, no longer updated; to delete "
            f"{it} in Anki, search: {search}" + (" (and the others)" if len(behind) > 5 else "")
        )
    return notices


def gone_card_notices(
    lock: Lock, facts: Iterable[Fact], shipped: dict[str, Note], retired: Iterable[str]
) -> list[str]:
    """The cards the last build shipped that neither the corpus nor the lock has now, nor
    ``retired`` (a git revert of the commit that added them, or an older lock checked
    out: no ``removed-card`` error, no retired tag): Anki keeps their notes with the
    review history, still scheduled. One notice per card; the record forgets them, so
    only the next build says it."""
    if not lock.path.exists():
        return []  # lock_gone_notice
    facts = list(facts)
    guids = {f.guid for f in facts}
    known = {f.card.id for f in facts} | set(retired) | set(lock.cards)
    known |= {f.card.renamed_from for f in facts if f.card.renamed_from}  # identity's
    gone: dict[str, list[Note]] = {}
    for guid, note in sorted(shipped.items(), key=lambda item: item[1].key):
        if guid not in guids and note.card_id not in known:
            gone.setdefault(note.card_id, []).append(note)
    notices = []
    for card_id, notes in sorted(gone.items()):
        what, it = ("its note", "it") if len(notes) == 1 else (f"its {len(notes)} notes", "them")
        notices.append(
            f"'{card_id}': the last build shipped it and neither the corpus nor "
            f"{lock.shown_path} has it now (a git revert of the commit that added it, or an "
            f"older commit checked out): Anki keeps {what} with the review history, still "
            f"scheduled, never tagged cheatdeck::retired. Nothing to do if you will check the "
            f"newer commit out again; else delete {it} in Anki, search: "
            f'"CheatdeckId:{card_id}"'
        )
    return notices


def notes_held(lock: Lock) -> dict[str, set[str]]:
    """Card id -> the GUIDs of its notes in the lock as read (not those it left under
    other note types): what this build's identity compares each card with. Read before
    stamping."""
    held: dict[str, set[str]] = {}
    for card_id, entry in lock.cards.items():
        notes = entry.get("notes") if isinstance(entry, dict) else None
        if isinstance(notes, dict):
            held[card_id] = {
                note["guid"]
                for note in notes.values()
                if isinstance(note, dict) and isinstance(note.get("guid"), str)
            }
    return held


def changed_elsewhere_notices(
    lock: Lock,
    facts: Iterable[Fact],
    shipped: dict[str, Note],
    held: dict[str, set[str]],
    out: str,
) -> list[str]:
    """The notes the last build into OUT shipped for a card that this build does not
    (of another note type, or a table's or list's), while the lock as read (``held``,
    ``notes_held``) already gave the card other notes: the change (a kind changed; rows,
    columns or items removed or reworded) was built into another OUT, on another machine
    or branch, and its lock came here with git, so this build's identity, which compares
    each card with the lock, saw nothing of it. Anki keeps those notes with their review
    history, no longer updated. One notice per card; the record forgets the notes, so
    only the next build says it. Read after stamping (a lock gone back:
    ``gone_back_notices``)."""
    if not lock.path.exists():
        return []  # lock_gone_notice
    from .writers.anki.notetypes import note_type_of

    facts = list(facts)
    guids = {f.guid for f in facts}
    cards = {f.card.id: f.card for f in facts}
    types = {f.card.id: note_type_of(f.variant).name for f in facts}
    left: dict[str, list[Note]] = {}
    for guid, note in sorted(shipped.items(), key=lambda item: item[1].key):
        changed = lock.cards.get(note.card_id, {}).get("changed")
        if (
            guid in guids
            or note.card_id not in cards
            or note.card_id not in held  # no entry as read: lock_gone_notice
            or guid in held[note.card_id]  # this build's identity saw it go
            or not is_time(changed)
            or note.time > changed  # the lock went back: gone_back_notices
            or (note.key == note.card_id and note.note_type == types[note.card_id])
        ):  # one note of the same type, given another GUID: guids_taken_back, _two_notes
            continue
        left.setdefault(note.card_id, []).append(note)
    notices = []
    for card_id, notes in left.items():
        card = cards[card_id]
        one = len(notes) == 1
        it = "it" if one else "them"
        search = " OR ".join(note.search() for note in notes[:5])
        search += " (and the others)" if len(notes) > 5 else ""
        came = f"{lock.shown_path} came with it from another machine, branch or OUT"
        old_types = {note.note_type for note in notes}
        if types[card_id] not in old_types:  # a kind changed
            old = " and ".join(sorted(old_types))
            notices.append(
                f"'{card_id}' ({card.loc}) changed kind in a build {out} did not see "
                f"({old} → {types[card_id]}; {came}): Anki cannot move a note to another "
                f"note type, so importing this build adds a new note and keeps the old "
                f"{'one' if one else 'ones'} with the review history, no longer updated; "
                f"to delete {it} in Anki, search: {search}"
            )
            continue
        notices.append(
            f"'{card_id}' ({card.loc}): {'a note' if one else f'{len(notes)} notes'} the last "
            f"build into {out} shipped {'is' if one else 'are'} no longer in the deck (rows, "
            f"columns or items removed or reworded in a build {out} did not see; {came}): "
            f"Anki keeps {it} with the review history, no longer updated; to delete {it} in "
            f"Anki, search: {search}"
        )
    return notices


def since_the_last_deck(
    changes: dict[str, list[str]], facts: Iterable[Fact], lock: Lock, before: dict[str, Note]
) -> None:
    """Say added, changed or retired, as importing this build does, each card whose
    notes differ from those the last .apkg built into OUT shipped (``before``) while the
    stamped lock already had them so: an edit, a card or a retirement built into another
    OUT (another machine, a branch built elsewhere) and pulled with its lock, which the
    lock alone counts only in the build that first saw it. ``facts``: what this build
    ships."""
    said = {kind: set(changes.get(kind, [])) for kind in ("added", "changed", "retired")}
    told = set().union(*said.values(), changes.get("restored", []))
    told |= {renamed.rsplit(" → ", 1)[-1] for renamed in changes.get("renamed", [])}
    by_card: dict[str, list[Fact]] = {}
    for fact in facts:
        by_card.setdefault(fact.card.id, []).append(fact)
    shipped_ids = {note.card_id for note in before.values()}
    for card_id, these in by_card.items():
        if card_id in told:
            continue
        differ = [
            f for f in these if f.guid not in before or not _as_shipped(lock, f, before[f.guid])
        ]
        if not differ:
            continue
        if these[0].retired:
            kind = "retired"
        elif card_id not in shipped_ids and all(f.guid not in before for f in these):
            kind = "added"
        else:
            kind = "changed"
        changes.setdefault(kind, []).append(card_id)
