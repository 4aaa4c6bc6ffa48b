"""What the last builds into OUT shipped to Anki, note by note, and what a build learns
from it about its own lock.

The lock is the one memory of each note's time, and it is kept in git: ``git revert``
of an edit, or an old ``cheatdeck.lock`` checked out, takes its times back too. Anki
updates a note only from a newer one, so the content the user went back to would never
reach a collection that took the edit. The manifest in OUT keeps, per note GUID, the
time, content hash and card id it shipped with (``record``); a note whose content
differs from that and whose time is not newer is made newer (``newer_than_shipped``).
A build with no lock at all, into an OUT whose last build had one, gives GUIDs from
the ids alone: ``lock_gone_notice`` names the cards that then get new notes.
"""

from __future__ import annotations

from collections.abc import Iterable

from .facts import Fact
from .lock import LATEST_TIME, Lock, is_time

#: The formats whose notes Anki updates by their time (the .apkg's note mtime).
DATED = frozenset({"apkg"})


def _entry(value: object) -> tuple[int, str, str] | None:
    """(time, content hash, card id) of one recorded note; None when not as written."""
    if not (isinstance(value, list) and len(value) == 3):
        return None
    time, digest, card_id = value
    if is_time(time) and isinstance(digest, str) and isinstance(card_id, str):
        return time, digest, card_id
    return None


def read(record: dict) -> dict[str, tuple[int, str, str]]:
    """GUID -> (time, content hash, card id) from a manifest's record ({} without)."""
    notes = record.get("shipped")
    if not isinstance(notes, dict):
        return {}
    found = {guid: _entry(value) for guid, value in notes.items() if isinstance(guid, str)}
    return {guid: entry for guid, entry in found.items() if entry is not None}


def newer_than_shipped(
    lock: Lock, facts: Iterable[Fact], shipped: dict[str, tuple[int, str, str]]
) -> list[str]:
    """Make each note newer than the one of its GUID an earlier build shipped, when its
    content or card id differs and its time is not newer (the lock went back); returns
    their card ids, in order."""
    ids: list[str] = []
    for fact in facts:
        before = shipped.get(fact.guid)
        if before is None or before[1:] == (fact.content_hash, fact.card.id):
            continue  # the note Anki has (its id too: a rename taken back) is this one
        entry = lock.cards.get(fact.card.id, {})
        note = entry.get("notes", {}).get(fact.key)
        if not isinstance(note, dict) or not is_time(note.get("changed")):
            continue
        if note["changed"] > before[0]:
            continue
        note["changed"] = min(max(lock.now, before[0] + 1), LATEST_TIME)
        if not is_time(entry.get("changed")) or entry["changed"] < note["changed"]:
            entry["changed"] = note["changed"]
        if fact.card.id not in ids:
            ids.append(fact.card.id)
    return ids


def record(
    facts: Iterable[Fact], times: dict[str, int], before: dict, live_ids: set[str]
) -> dict[str, list]:
    """The record to keep after a build that wrote a dated format: each note it shipped
    (``times``: GUID -> its time), and the notes of earlier builds of cards it did not
    ship (left out by ``--tag`` or ``anki: false``) that the corpus still has."""
    shipped = {f.guid: [times[f.guid], f.content_hash, f.card.id] for f in facts}
    ids = {value[2] for value in shipped.values()}
    kept = {
        guid: list(entry)
        for guid, entry in before.items()
        if entry[2] not in ids and entry[2] in live_ids and guid not in shipped
    }
    return dict(sorted({**kept, **shipped}.items()))


def lock_gone_notice(
    lock: Lock, facts: Iterable[Fact], shipped: dict[str, tuple[int, str, str]], out: str
) -> str | None:
    """With no lock file, the cards whose notes the last build into OUT shipped under
    GUIDs this build does not give them: Anki adds new notes, the history stays behind."""
    if lock.path.exists() or not shipped:
        return None
    facts = list(facts)
    guids = {f.guid for f in facts}
    ids = list(dict.fromkeys(f.card.id for f in facts))
    gone = {entry[2] for guid, entry in shipped.items() if guid not in guids}
    moved = [card_id for card_id in ids if card_id in gone]
    if not moved:
        return None
    named = ", ".join(moved[:20]) + (f" and {len(moved) - 20} more" if len(moved) > 20 else "")
    return (
        f"{lock.shown_path} is missing, and the last build into {out} had one: without it "
        f"{len(moved)} card(s) ship under other note GUIDs than before ({named}): Anki "
        "adds them as new notes, their review history left on the old ones, or skips "
        "those whose note type differs. Before you import this build, put the lock back "
        "from git "
        f"(git checkout HEAD -- {lock.path.name}, or find it with git log -- "
        f"{lock.path.name}) and build again"
    )
