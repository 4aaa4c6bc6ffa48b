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
import hashlib
import json
import os
import time
import weakref
from array import array
from collections.abc import Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from . import collector
from .model import CARD_CLASSES, Card, FieldLocs, Item, Loc, Row

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


#: Fields added in 0.2, left out while at their default so that the content hash of a
#: card written for 0.1 does not change (its Anki note is not needlessly updated).
_OMITTED_AT_DEFAULT = {
    "priority": "common",
    "group": None,
    "renamed_from": None,
    "guid": None,
    "fact": None,
    "as_of": None,
}


def card_data(card: Card) -> dict:
    """A card as plain JSON data (positions left out)."""
    data: dict = {"kind": card.kind}
    for name in _data_fields(type(card)):
        value = getattr(card, name)
        if name in _OMITTED_AT_DEFAULT and value == _OMITTED_AT_DEFAULT[name]:
            if not (name == "as_of" and card.kind == "limit"):
                continue
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
        values = {k: v for k, v in values.items() if k != "as_of" or v is not None}
        for name in ("tags", "allow"):
            values[name] = tuple(values.get(name, ()))
        if values.get("as_of"):
            values["as_of"] = dt.date.fromisoformat(values["as_of"])
        return cls(locs=FieldLocs.of(loc.file, (loc.line, loc.col)), **values)
    except (KeyError, TypeError, ValueError):
        return None


def card_hash(card: Card) -> str:
    return _data_hash(card_data(card))


def _data_hash(data: dict) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class Entries(MutableMapping):
    """Card id -> lock entry. An entry read from the lock stays in the file until it is
    used (its line is kept, the file left open), and a stamped entry goes back to text,
    or to its line when unchanged: at 100k cards the lock's 60 MB of JSON would otherwise
    be 60 MB of text or 300 MB of dicts. A dict handed out is the entry from then on
    (changes to it are kept) until ``settle`` stores it again."""

    def __init__(self, entries: dict[str, dict] | None = None) -> None:
        self._stored: dict[str, str | int] = {}  # its JSON text, or its line in _file
        self._dicts: dict[str, dict] = dict(entries or {})
        self._file: _LockFile | None = None

    def __getitem__(self, key: str) -> dict:
        entry = self._dicts.get(key)
        if entry is None:
            entry = self._dicts[key] = _object(self._text(key, self._stored.pop(key)))
        return entry

    def __setitem__(self, key: str, entry: dict) -> None:
        self._stored.pop(key, None)
        self._dicts[key] = entry

    def __delitem__(self, key: str) -> None:
        if self._stored.pop(key, None) is None:
            del self._dicts[key]

    def __contains__(self, key: object) -> bool:
        return key in self._stored or key in self._dicts

    def __iter__(self) -> Iterator[str]:
        return iter([*self._stored, *self._dicts])  # reading an entry moves it to _dicts

    def __len__(self) -> int:
        return len(self._stored) + len(self._dicts)

    def stored(self, key: str) -> str | int | None:
        """The entry as stored while it is not in use: its text or its line (not read)."""
        return self._stored.get(key)

    def settle(self, key: str, entry: dict, stored: str | int | None = None) -> None:
        """Store ``entry`` again: as ``stored`` when given (the same entry, as ``stored``
        gave it before), else as its text."""
        self._dicts.pop(key, None)
        self._stored[key] = _compact(entry) if stored is None else stored

    def changed_times(self) -> Iterator[object]:
        """Every entry's ``changed``, read off the text without parsing it."""
        for stored in self._stored.values():
            if isinstance(stored, int):
                yield self._file.changed(stored)
            elif stored.startswith('{"changed":'):
                digits = stored[11 : stored.find(",", 11)]
                yield int(digits) if digits.isdigit() else json.loads(stored).get("changed")
            else:
                yield json.loads(stored).get("changed")
        for entry in self._dicts.values():
            yield entry.get("changed")

    def line_text(self, key: str) -> str:
        stored = self._stored.get(key)
        return _compact(self._dicts[key]) if stored is None else self._text(key, stored)

    def _text(self, key: str, stored: str | int) -> str:
        return stored if isinstance(stored, str) else self._file.entry_text(stored, key)


#: ``_LockFile.changed`` of an entry whose ``changed`` is not a plain integer.
_NOT_AN_INT = -(2**63)


class _LockFile:
    """The lock file as read: where each line starts, and each card entry's ``changed``.
    An entry is read again by its line when used. The file stays open while this object
    lives, so another build replacing the lock meanwhile does not change what is read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        self.starts = array("q", [0])  # byte offset of line n + 1 at [n]
        self.times = array("q", [_NOT_AN_INT])  # per line: the entry's ``changed``
        self.close = weakref.finalize(self, os.close, self.fd)  # once, by hand or when gone

    def add_line(self, size: int) -> None:
        self.starts.append(self.starts[-1] + size)
        self.times.append(_NOT_AN_INT)

    def entry_text(self, number: int, key: str) -> str:
        """The JSON text of card ``key``'s entry, on line ``number``."""
        found, value = self._entry(number)
        if found != key:
            raise OSError(f"{self.path} changed on disk while this build was reading it")
        return value

    def changed(self, number: int) -> object:
        """The ``changed`` of the entry on line ``number``."""
        known = self.times[number]
        return known if known != _NOT_AN_INT else _object(self._entry(number)[1]).get("changed")

    def _entry(self, number: int) -> tuple[str | None, str]:
        start = self.starts[number - 1]
        size = self.starts[number] - start
        if not self.close.alive:
            raise OSError(f"{self.path} was closed before an entry was read")
        if hasattr(os, "pread"):
            raw = os.pread(self.fd, size, start)
        else:  # Windows: one reader, so seek and read
            os.lseek(self.fd, start, os.SEEK_SET)
            raw = os.read(self.fd, size)
        return _entry_line(raw.decode("utf-8").rstrip("\r\n"))


@dataclass
class Lock:
    """The lock's content; ``stamp`` is the one way a time enters an output."""

    path: Path
    cards: Entries = field(default_factory=Entries)
    other: dict[str, dict] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    now: int = field(default_factory=now_seconds)
    problem: str | None = None
    _note_times: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)

    @classmethod
    def read(cls, corpus_dir: Path) -> Lock:
        # A lock holds a dict per card and note (60 MB of JSON at 100k cards): the cyclic
        # collector is off while they are made (it halves the time) and they are frozen
        # out of its later runs, as the loader does with the corpus.
        with collector.paused(keep=True):
            return cls._read(corpus_dir)

    @classmethod
    def _read(cls, corpus_dir: Path) -> Lock:
        path = Path(corpus_dir) / LOCK_FILE
        lock = cls(path)
        if not path.is_file():
            return lock
        try:
            lock_file = _LockFile(path)
            with open(lock_file.fd, "rb", closefd=False) as handle:
                canonical = lock._read_lines(handle, lock_file)
            if not canonical:  # not as cheatdeck writes it: read it whole
                lock._read_whole(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            lock.problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            lock.cards, lock.other, lock.lines = Entries(), {}, {}
        return lock

    def _read_whole(self, text: str) -> None:
        """Read a lock laid out in any other way (pretty-printed, hand-edited)."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("cheatdeck-lock") != LOCK_VERSION:
            raise ValueError("unknown lock version")
        cards = data.get("cards", {})
        self.cards = Entries({k: v for k, v in cards.items() if isinstance(v, dict)})
        other = data.get("other", {})
        self.other = {k: v for k, v in other.items() if isinstance(v, dict)}
        self.lines = {}
        for number, line in enumerate(text.splitlines(), start=1):
            key, _ = _entry_line("  " + line.lstrip())
            if key in self.cards:  # a card's line is the first that names it
                self.lines.setdefault(key, number)

    def _read_lines(self, handle: Iterable[bytes], lock_file: _LockFile) -> bool:
        """Read a lock laid out as ``dumps`` writes it, each card's entry left in the file
        (checked to be a JSON object, its line kept); False when it is laid out otherwise.
        Raises ValueError for an entry that is not JSON. The file is read a line at a time:
        its text (60 MB at 100k cards) is never held whole, nor its entries."""
        lines = enumerate(_decoded(handle, lock_file), start=1)
        if [line for _, line in islice(lines, 2)] != [
            f'{{"cheatdeck-lock": {LOCK_VERSION},',
            ' "cards": {',
        ]:
            return False
        cards, other, numbers = Entries(), {}, {}
        for number, line in lines:
            if line == " },":
                break
            key, value = _entry_line(line)
            if key is None or key in cards:
                return False
            lock_file.times[number] = _time_of(_object(value))  # checked now, parsed when used
            cards._stored[key] = numbers[key] = number
        else:
            return False
        if next(lines, (0, None))[1] != ' "other": {':
            return False
        for _, line in lines:
            if line == " }":
                break
            key, value = _entry_line(line)
            if key is None:
                return False
            entry = json.loads(value)
            if isinstance(entry, dict):
                other[key] = entry
        else:
            return False
        if [line for _, line in lines if line] != ["}"]:
            return False
        cards._file = lock_file
        self.cards, self.other, self.lines = cards, other, numbers
        return True

    def close(self) -> None:
        """Let go of the lock file (entries not read by now cannot be): before it is
        replaced, which Windows refuses while the file is open."""
        if self.cards._file is not None:
            self.cards._file.close()

    # -- times -----------------------------------------------------------------

    def _stamp(self, entry: dict, digest: str) -> int:
        if entry.get("hash") != digest or not isinstance(entry.get("changed"), int):
            entry["hash"] = digest
            entry["changed"] = self.now
        return entry["changed"]

    def stamp_card(self, card: Card, notes: dict[str, tuple[str, str]]) -> Stamped:
        """Record ``card`` and its notes (key -> (guid, hash)); says what changed."""
        old_stored = self.cards.stored(card.id)
        old = self.cards.get(card.id)
        entry = dict(old) if old is not None else {}
        old_deck = entry.get("data", {}).get("deck") if old is not None else None
        old_hash = entry.get("hash")
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
        self._note_times[card.id] = {key: note["changed"] for key, note in new_notes.items()}
        self.cards.settle(card.id, entry, old_stored if entry == old else None)
        return Stamped(changed, old is None, old_hash != entry["hash"], old_deck)

    def note_time(self, card_id: str, key: str) -> int:
        times = self._note_times.get(card_id)
        if times is not None and key in times:
            return int(times[key])
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
        times = self.cards.changed_times()
        return max((t for t in times if isinstance(t, int)), default=self.now)

    # -- writing ---------------------------------------------------------------

    def dumps(self) -> str:
        """The lock as text: one card per line, keys sorted, so same content -> same bytes."""
        return "".join(self.text_lines())

    def text_lines(self) -> Iterator[str]:
        """``dumps``' lines, each with its newline, made one at a time (to write 60 MB
        of lock without holding it twice)."""
        yield f'{{"cheatdeck-lock": {LOCK_VERSION},\n "cards": {{\n'
        keys = sorted(self.cards)
        last = len(keys) - 1
        for index, key in enumerate(keys):
            comma = "," if index < last else ""
            yield f"  {json.dumps(key)}: {self.cards.line_text(key)}{comma}\n"
        yield ' },\n "other": {\n'
        others = sorted(self.other.items())
        last = len(others) - 1
        for index, (key, entry) in enumerate(others):
            comma = "," if index < last else ""
            yield f"  {json.dumps(key)}: {_compact(entry)}{comma}\n"
        yield " }\n}\n"


@dataclass(frozen=True, slots=True)
class Stamped:
    """What stamping one card found: its time, and whether it is new, edited or moved."""

    changed: int
    added: bool
    edited: bool
    old_deck: str | None


def _decoded(handle: Iterable[bytes], lock_file: _LockFile) -> Iterator[str]:
    """The lines of ``handle`` without their line ends, each noted in ``lock_file``."""
    for raw in handle:
        lock_file.add_line(len(raw))
        yield raw.decode("utf-8").rstrip("\r\n")


def _time_of(entry: dict) -> int:
    """An entry's ``changed`` as kept in ``_LockFile.times``."""
    changed = entry.get("changed")
    if isinstance(changed, int) and not isinstance(changed, bool) and abs(changed) < 2**62:
        return changed
    return _NOT_AN_INT


def _entry_line(line: str) -> tuple[str | None, str]:
    """``  "key": {...},`` -> (key, its JSON object's text); (None, "") for another line."""
    if not line.startswith('  "'):
        return None, ""
    at = line.find('": {')
    if at < 0:
        return None, ""
    value = line[at + 3 : -1] if line.endswith(",") else line[at + 3 :]
    key = line[3:at]
    if "\\" in key or '"' in key:  # escapes: let JSON read them
        try:
            key = json.loads(line[2:at] + '"')
        except ValueError:
            return None, ""
    return (key, value) if isinstance(key, str) else (None, "")


_DECODER = json.JSONDecoder()


def _object(text: str) -> dict:
    """The JSON object ``text`` holds (ValueError if it is not one)."""
    found, end = _DECODER.raw_decode(text)
    if end != len(text) or not isinstance(found, dict):
        raise ValueError("an entry is not a JSON object")
    return found


def _compact(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
