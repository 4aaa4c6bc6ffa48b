"""cheatdeck.lock: per card its GUIDs, a content hash and when that content last changed.

Every timestamp inside an output comes from here, so an unchanged card keeps its
time (Anki updates nothing) and an edited card gets a newer one (Anki updates
exactly that note). The file is JSON, one card a line, so git diffs stay readable
and diagnostics can point at a card's line. Retired cards keep their last content
here so they can ship once more, tagged for deletion.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from .model import CARD_CLASSES, Card, Item, Loc, Row

LOCK_FILE = "cheatdeck.lock"
LOCK_VERSION = 1


def now_seconds() -> int:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return int(epoch)
    return int(time.time())


_DATA_FIELDS: dict[type, tuple[str, ...]] = {}


def _data_fields(cls: type) -> tuple[str, ...]:
    names = _DATA_FIELDS.get(cls)
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(cls) if f.name not in ("loc", "locs"))
        _DATA_FIELDS[cls] = names
    return names


def card_data(card: Card) -> dict:
    """A card as plain JSON data (positions left out)."""
    data: dict = {"kind": card.kind}
    for name in _data_fields(type(card)):
        value = getattr(card, name)
        if isinstance(value, tuple):
            value = [_plain(v) for v in value]
        elif isinstance(value, dt.date):
            value = value.isoformat()
        data[name] = value
    return data


def _plain(value):
    if isinstance(value, Row):
        return {"label": value.label, "cells": list(value.cells)}
    if isinstance(value, Item):
        return {"text": value.text, "term": value.term}
    return value


def card_from_data(data: dict, loc: Loc) -> Card | None:
    """The card stored in the lock, or None when the entry is unreadable."""
    try:
        values = dict(data)
        cls = CARD_CLASSES[values.pop("kind")]
        if "rows" in values:
            values["rows"] = tuple(Row(r["label"], tuple(r["cells"]), loc) for r in values["rows"])
        if "items" in values:
            values["items"] = tuple(Item(i["text"], i["term"], loc) for i in values["items"])
        if "columns" in values:
            values["columns"] = tuple(values["columns"])
        for name in ("tags", "allow"):
            values[name] = tuple(values.get(name, ()))
        if values.get("as_of"):
            values["as_of"] = dt.date.fromisoformat(values["as_of"])
        return cls(loc=loc, locs={}, **values)
    except (KeyError, TypeError, ValueError):
        return None


def card_hash(card: Card) -> str:
    return _data_hash(card_data(card))


def _data_hash(data: dict) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass
class Lock:
    """The lock's content; ``stamp`` is the one way a time enters an output."""

    path: Path
    cards: dict[str, dict] = field(default_factory=dict)
    other: dict[str, dict] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    now: int = field(default_factory=now_seconds)
    problem: str | None = None

    @classmethod
    def read(cls, corpus_dir: Path) -> Lock:
        # A lock holds a dict per card and note (60 MB of JSON at 100k cards): the cyclic
        # collector is off while they are made (it halves the time) and they are frozen
        # out of its later runs, as the loader does with the corpus.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return cls._read(corpus_dir)
        finally:
            if collecting:
                gc.freeze()
                gc.enable()

    @classmethod
    def _read(cls, corpus_dir: Path) -> Lock:
        path = Path(corpus_dir) / LOCK_FILE
        lock = cls(path)
        if not path.is_file():
            return lock
        try:
            text = path.read_text(encoding="utf-8")
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("cheatdeck-lock") != LOCK_VERSION:
                raise ValueError("unknown lock version")
            lock.cards = {k: v for k, v in data.get("cards", {}).items() if isinstance(v, dict)}
            lock.other = {k: v for k, v in data.get("other", {}).items() if isinstance(v, dict)}
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            lock.problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            lock.cards, lock.other = {}, {}
            return lock
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.lstrip()
            if stripped.startswith('"') and '": {' in stripped:
                key = json.loads(stripped.split('": {', 1)[0] + '"')
                lock.lines.setdefault(key, number)
        return lock

    # -- times -----------------------------------------------------------------

    def _stamp(self, entry: dict, digest: str) -> int:
        if entry.get("hash") != digest or not isinstance(entry.get("changed"), int):
            entry["hash"] = digest
            entry["changed"] = self.now
        return entry["changed"]

    def stamp_card(self, card: Card, notes: dict[str, tuple[str, str]]) -> int:
        """Record ``card`` and its notes (key -> (guid, hash)); returns the card's time."""
        entry = self.cards.setdefault(card.id, {})
        data = card_data(card)
        changed = self._stamp(entry, _data_hash(data))
        old_notes = entry.get("notes", {})
        new_notes = {}
        for key, (guid, digest) in notes.items():
            note = dict(old_notes.get(key, {}))
            note["guid"] = guid
            self._stamp(note, digest)
            new_notes[key] = {
                "guid": note["guid"],
                "hash": note["hash"],
                "changed": note["changed"],
            }
        entry["notes"] = new_notes
        entry["data"] = data
        entry.pop("retired", None)
        return changed

    def note_time(self, card_id: str, key: str) -> int:
        note = self.cards.get(card_id, {}).get("notes", {}).get(key, {})
        return int(note.get("changed", self.now))

    def stamp(self, key: str, digest: str) -> int:
        """Time of any other content (a note type, a template) keyed by name."""
        return self._stamp(self.other.setdefault(key, {}), digest)

    def retire(self, card_id: str, notes: dict[str, tuple[str, str]]) -> None:
        """Mark a stored card retired (its notes become newer once, tagged)."""
        entry = self.cards.get(card_id)
        if entry is None:
            return
        if not entry.get("retired"):
            entry["retired"] = True
        old = entry.get("notes", {})
        for key, (guid, digest) in notes.items():
            note = old.setdefault(key, {"guid": guid})
            self._stamp(note, digest)

    def stored_card(self, card_id: str) -> Card | None:
        entry = self.cards.get(card_id)
        if not entry or "data" not in entry:
            return None
        loc = Loc(str(self.path), self.lines.get(card_id, 1), 1)
        return card_from_data(entry["data"], loc)

    def latest(self) -> int:
        """The newest change in the corpus: the build's identity date."""
        times = [e.get("changed", 0) for e in self.cards.values()]
        return max((t for t in times if isinstance(t, int)), default=self.now)

    # -- writing ---------------------------------------------------------------

    def dumps(self) -> str:
        """The lock as text: one card per line, keys sorted, so same content -> same bytes."""
        out = [f'{{"cheatdeck-lock": {LOCK_VERSION},', ' "cards": {']
        items = sorted(self.cards.items())
        for index, (key, entry) in enumerate(items):
            comma = "," if index < len(items) - 1 else ""
            out.append(f"  {json.dumps(key)}: {_compact(entry)}{comma}")
        out.append(" },")
        out.append(' "other": {')
        others = sorted(self.other.items())
        for index, (key, entry) in enumerate(others):
            comma = "," if index < len(others) - 1 else ""
            out.append(f"  {json.dumps(key)}: {_compact(entry)}{comma}")
        out.append(" }")
        out.append("}")
        return "\n".join(out) + "\n"


def _compact(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
