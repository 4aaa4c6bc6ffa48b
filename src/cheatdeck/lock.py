"""cheatdeck.lock: per card its GUIDs, a content hash and when that content last changed.

Every timestamp inside an output comes from here, so an unchanged card keeps its
time (Anki updates nothing) and an edited card gets a newer one (Anki updates
exactly that note): an edit is stamped ``max(now, previous + 1)``, so it is newer
even when ``SOURCE_DATE_EPOCH`` is fixed. The file is ordinary JSON, read and
written whole, laid out one card a line so git diffs stay small and diagnostics can
point at a card's line. A card's entry is a dict: ``changed``, ``hash``, ``notes``
(key -> guid, hash, changed) and ``data`` (the card's last content, which a card
ships once more with when it is retired); ``"draft": true`` while no build has
written it into an output whose tool keeps review history (the .apkg and the other
``Writer.keeps_history`` formats): such a card may leave the corpus freely, as
nothing holds its reviews (``drop_drafts``). An entry without it is shipped, as is
every entry of a lock written before drafts were kept apart. Keys this module does
not know are kept as they are, for other modules' per-card data. Every entry is checked when read:
one that is not as written here is one clear problem naming the card. A lock git
could not merge (two branches added or edited cards next to each other) is read with
both sides' entries, as its one-card lines allow, and the next build writes it whole
again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import shlex
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .model import CARD_CLASSES, Card, FieldLocs, Item, Loc, Row

LOCK_FILE = "cheatdeck.lock"
LOCK_VERSION = 1
#: The key of a card no output that keeps review history has had yet (its only value: true).
DRAFT = "draft"


#: Card id -> note key -> (the GUID read, the GUID git's merge left out): see Lock.split
Split = dict[str, dict[str, tuple[str, str]]]


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
    "ordered": False,  # added after 0.2: a list written before keeps its hash
}


def card_data(card: Card) -> dict:
    """A card as plain JSON data (positions left out).

    Sequences stay tuples (JSON writes them as arrays, the same bytes): the card's own
    tuples are shared rather than copied into lists, objects the garbage collector would
    walk again at every full collection of a build (a lock holds 100,000 cards).
    """
    data: dict = {"kind": card.kind}
    for name in _data_fields(type(card)):
        value = getattr(card, name)
        if name in _OMITTED_AT_DEFAULT and value == _OMITTED_AT_DEFAULT[name]:
            if not (name == "as_of" and card.kind == "limit"):
                continue
        if name == "renamed_from" and name not in card.locs:
            # a rename implied by a kept guid: (identity.with_guid_renames), not written:
            # recorded, the next build (the id in the lock, no rename implied) dropped it
            # again, two changes to the lock for one edit
            continue
        if isinstance(value, tuple):
            if value and not isinstance(value[0], str):  # a table's rows, a list's items
                value = tuple(map(_plain, value))
        elif isinstance(value, dt.date):
            value = value.isoformat()
        data[name] = value
    return data


def _plain(value):
    if isinstance(value, Row):
        return {"label": value.label, "cells": value.cells}
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


#: ``json.dumps(..., sort_keys=True, ensure_ascii=False)``, its encoder made once.
_SORTED_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _data_hash(data: dict) -> str:
    text = _SORTED_JSON.encode(data)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


#: The latest time a lock may hold: 9999-12-31 23:59:59 UTC (Anki and SQLite take it,
#: in seconds and in milliseconds).
LATEST_TIME = 253402300799


class LockProblem(ValueError):
    """The lock is not as cheatdeck writes it: one line saying where and why."""


@dataclass
class Lock:
    """The lock's content; ``stamp`` is the one way a time enters an output."""

    path: Path
    cards: dict[str, dict] = field(default_factory=dict)
    other: dict[str, dict] = field(default_factory=dict)
    _lines: dict[str, int] | None = field(default=None, repr=False)
    now: int = field(default_factory=now_seconds)
    problem: str | None = None
    problem_line: int = 1
    problem_col: int = 1
    #: What fixes it: "edit" the file, "restore" it (no lock at all, nothing to edit), or
    #: "said" (the problem says it)
    problem_fix: str = "edit"
    merged: bool = False  # git's merge conflict markers were in the file: both sides read
    #: Two lines of one card (git's union merge, ``merge=union``): the newer one was read
    doubled: bool = False
    #: Card id -> note key -> (the GUID read, the GUID git's merge left out): the two
    #: sides gave the card's note two GUIDs, both shipped (two notes in Anki)
    split: Split = field(default_factory=dict)
    _held: set[str] | None = field(default=None, repr=False)

    @classmethod
    def read(cls, corpus_dir: Path) -> Lock:
        """The corpus's lock (empty when there is none; ``problem`` says why one cannot be
        read, and the build then stops: it never writes over a lock it cannot read)."""
        path = Path(corpus_dir) / LOCK_FILE
        lock = cls(path)
        if not os.path.lexists(path):
            return lock
        try:
            if not path.is_file():
                raise _problem("it is not a file (a folder, or a link to nothing)", fix="restore")
            # a byte order mark (a Windows editor's) is no part of the JSON: read past it
            text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
            lock.merged = has_conflict_markers(text)
            lock.cards, lock.other, lock.doubled = _parse(text, lock.merged, lock.split)
        except UnicodeDecodeError:
            lock._unreadable(_not_utf8(path.read_bytes()))
        except LockProblem as exc:
            if _TWO_LOCKS in str(exc):  # the git command to type names this lock's folder
                exc.args = (str(exc).replace(_MERGE_BACK, lock.git("checkout --merge")),)
            lock._unreadable(exc)
        except OSError as exc:
            why = f"it cannot be opened ({exc.strerror or exc}): check that you may read it"
            lock._unreadable(_problem(why, fix="said"))
        return lock

    def _unreadable(self, problem: LockProblem) -> None:
        """Keep why the lock cannot be read (and where), and no entry of it."""
        self.problem = str(problem)
        self.problem_line = getattr(problem, "line", 1)
        self.problem_col = getattr(problem, "col", 1)
        self.problem_fix = getattr(problem, "fix", "edit")
        self.cards, self.other, self.split = {}, {}, {}

    def built(self, card: Card) -> bool:
        """The last build had ``card`` under its id: in the same topic file."""
        entry = self.cards.get(card.id)
        data = entry.get("data") if isinstance(entry, dict) else None
        return isinstance(data, dict) and data.get("topic") == card.topic

    # -- times -----------------------------------------------------------------

    def _stamp(self, entry: dict, digest: str) -> int:
        """The entry's time, made newer than before when its content (``digest``) changed."""
        before = entry.get("changed")
        if entry.get("hash") != digest or not is_time(before):
            entry["hash"] = digest
            entry["changed"] = max(self.now, before + 1) if is_time(before) else self.now
        return entry["changed"]

    def stamp_card(
        self,
        card: Card,
        notes: dict[str, tuple[str, str]],
        in_old_deck: Callable[[str], dict[str, str]] | None = None,
    ) -> Stamped:
        """Record ``card`` and its notes (key -> (guid, hash)); says what changed. When
        the card's deck changed, ``in_old_deck(deck)`` gives each note's hash had the card
        stayed in ``deck``: a note stamped with that hash keeps its time (Anki keeps no
        deck on a note and never moves a card it has: importing it would change nothing)."""
        old = self.cards.get(card.id)
        entry = dict(old) if old is not None else {}
        if old is None and card.guid is None:  # a guid: may name a note Anki holds
            entry[DRAFT] = True
        old_data = entry.get("data", {}) if old is not None else {}
        old_deck = old_data.get("deck") if old is not None else None
        old_hash = entry.get("hash")
        data = card_data(card)
        digest = _data_hash(data)
        if old is not None and entry.get("hash") and _dated_hash(old_data) == _dated_hash(data):
            entry["hash"] = digest  # filed elsewhere, not reworded: its time stays
        changed = self._stamp(entry, digest)
        old_notes = entry.get("notes", {})
        moved = in_old_deck(old_deck) if in_old_deck and old_deck not in (None, card.deck) else {}
        new_notes = {}
        for key, (guid, digest) in notes.items():
            note = dict(old_notes.get(key, {}))
            note["guid"] = guid
            if moved and note.get("hash") == moved.get(key) and is_time(note.get("changed")):
                note["hash"] = digest  # only its card's deck changed: no note shows it
            else:
                self._stamp(note, digest)
            new_notes[key] = note
        entry["notes"] = new_notes
        entry["data"] = data
        entry.pop("retired", None)
        self.cards[card.id] = entry
        edited = (
            old is not None
            and old_hash != entry["hash"]
            and _content_hash(old_data) != _content_hash(data)
            and _notes_differ(old_notes, new_notes, moved)
        )
        return Stamped(changed, old is None, edited, old_deck)

    def absorb_renamed(self, card_id: str, old_id: str) -> bool:
        """Fold ``old_id``'s entry into ``card_id``'s when the lock holds both (one branch
        renamed the card with ``renamed_from``, another edited it under its old id, and
        git merged the two): one entry is left, its notes stamped anew past every time of
        both, so a device that imported either branch takes the merged card. When
        ``card_id`` is a draft and ``old_id`` shipped (a card seen only on the sheet, then
        given the id of a card Anki has), the old id's notes are the ones left: returns
        True then, the card renamed."""
        old, entry = self.cards.get(old_id), self.cards.get(card_id)
        if not (isinstance(old, dict) and isinstance(entry, dict)):
            return False
        taken = entry.get(DRAFT) is True and not old.get(DRAFT)
        if taken:  # Anki has no note of the draft: the card carries on the old id's
            entry = self.cards[card_id] = old
        del self.cards[old_id]
        if not old.get(DRAFT):
            entry.pop(DRAFT, None)  # either side shipped: the merged card is shipped
        notes = [
            note
            for one in (old, entry)
            if isinstance(one.get("notes"), dict)
            for note in one["notes"].values()
            if isinstance(note, dict)
        ]
        latest = max(_changed(one) for one in (old, entry, *notes))
        entry.update(changed=latest, hash="")
        if isinstance(entry.get("notes"), dict):
            entry["notes"] = {
                key: {**note, "changed": latest, "hash": ""} if isinstance(note, dict) else note
                for key, note in entry["notes"].items()
            }
        return taken

    def is_draft(self, card_id: str) -> bool:
        """Whether no output that keeps review history has had the card yet."""
        entry = self.cards.get(card_id)
        return isinstance(entry, dict) and entry.get(DRAFT) is True

    def ship(self, card_ids: Iterable[str]) -> None:
        """Mark the cards shipped: a build wrote them into an output that keeps review
        history (from then on they leave the corpus through retired or renamed_from)."""
        for card_id in card_ids:
            entry = self.cards.get(card_id)
            if isinstance(entry, dict):
                entry.pop(DRAFT, None)

    def drop_drafts(self, present: Collection[str]) -> list[str]:
        """Forget the draft cards no longer ``present`` (deleted or renamed before any
        build shipped them): no tool holds their reviews. Returns their ids, sorted."""
        gone = sorted(c for c in self.cards if c not in present and self.is_draft(c))
        for card_id in gone:
            del self.cards[card_id]
        return gone

    def held_guids(self) -> set[str]:
        """Every note GUID the lock gives a card (its notes, and those it left under
        other note types), as read: made once, at the first call."""
        if self._held is None:
            self._held = set()
            for entry in self.cards.values():
                notes = entry.get("notes") if isinstance(entry, dict) else None
                for note in notes.values() if isinstance(notes, dict) else ():
                    if isinstance(note, dict) and isinstance(note.get("guid"), str):
                        self._held.add(note["guid"])
                former = entry.get("former") if isinstance(entry, dict) else None
                for kept in former.values() if isinstance(former, dict) else ():
                    if isinstance(kept, dict):
                        self._held.update(g for g in kept.values() if isinstance(g, str))
        return self._held

    def note_time(self, card_id: str, key: str) -> int:
        note = self.cards.get(card_id, {}).get("notes", {}).get(key, {})
        return int(note.get("changed", self.now))

    def note_hash(self, card_id: str, key: str) -> str | None:
        """The content hash a note was stamped with (``Fact.content_hash``), if any."""
        note = self.cards.get(card_id, {}).get("notes", {}).get(key, {})
        digest = note.get("hash")
        return digest if isinstance(digest, str) and digest else None

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
        old = entry.setdefault("notes", {})
        for key, (guid, digest) in notes.items():
            note = old.setdefault(key, {"guid": guid})
            self._stamp(note, digest)

    def refile(self, card_id: str, deck: str, hashes: dict[str, tuple[str, str]]) -> None:
        """File a stored (retired) card in ``deck``, its deck renamed; ``hashes``: each
        note's (hash in the old deck, hash in ``deck``). A note stamped with its old hash
        takes the new one and keeps its time: Anki keeps no deck on a note."""
        entry = self.cards.get(card_id)
        if not isinstance(entry, dict) or not isinstance(entry.get("data"), dict):
            return
        entry["data"] = {**entry["data"], "deck": deck}
        for key, note in (entry.get("notes") or {}).items():
            if isinstance(note, dict) and key in hashes and note.get("hash") == hashes[key][0]:
                note["hash"] = hashes[key][1]

    def stored_card(self, card_id: str) -> Card | None:
        entry = self.cards.get(card_id)
        if not entry or "data" not in entry:
            return None
        loc = Loc(str(self.path), self.line_of(card_id), 1)
        return card_from_data(entry["data"], loc)

    @property
    def shown_path(self) -> str:
        """The lock's path as diagnostics name files: relative to the current folder."""
        from .load import display_path

        return display_path(Path(os.path.abspath(self.path)), Path.cwd())

    def git(self, command: str) -> str:
        """``git -C <corpus folder> COMMAND cheatdeck.lock``: a git command naming the lock
        that works typed from any folder (a path relative to the current folder fails
        with "not a git repository" outside the repository)."""
        folder = shlex.quote(os.path.abspath(self.path.parent))
        return f"git -C {folder} {command} {self.path.name}"

    def line_of(self, card_id: str) -> int:
        """The card's line in the lock file (1 when it is not there).

        Read again from the file when the first message needs a line: a check that
        reports none does not spend the time, and a build does not keep the text."""
        if self._lines is None:
            try:
                self._lines = _card_lines(self.path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                self._lines = {}
        return self._lines.get(card_id, 1)

    def latest(self) -> int:
        """The newest change in the corpus: the build's identity date."""
        times = (entry.get("changed") for entry in self.cards.values())
        return max((t for t in times if is_time(t)), default=self.now)

    # -- writing ---------------------------------------------------------------

    def dumps(self) -> str:
        """The lock as text: one card per line, keys sorted, so same content -> same bytes."""
        return "".join(self.text_lines())

    def text_lines(self) -> Iterator[str]:
        """``dumps``' lines, each with its newline."""
        yield f'{{"cheatdeck-lock": {LOCK_VERSION},\n "cards": {{\n'
        keys = sorted(self.cards)
        last = len(keys) - 1
        for index, key in enumerate(keys):
            comma = "," if index < last else ""
            yield f"  {json.dumps(key)}: {_compact(self.cards[key])}{comma}\n"
        yield ' },\n "other": {\n'
        others = sorted(self.other.items())
        last = len(others) - 1
        for index, (key, entry) in enumerate(others):
            comma = "," if index < last else ""
            yield f"  {json.dumps(key)}: {_compact(entry)}{comma}\n"
        yield " }\n}\n"


@dataclass(frozen=True, slots=True)
class Stamped:
    """What stamping one card found: its time, and whether it is new, edited (its
    content, not only its file or ``renamed_from``) or moved."""

    changed: int
    added: bool
    edited: bool
    old_deck: str | None


#: Where a card is written and which findings it silences, not what it says: a change of
#: these alone is no edit to report ("allow" is read by the checks, shown nowhere).
_NOT_SAID = ("topic", "renamed_from", "allow")


def _content_hash(data: dict) -> str:
    return _data_hash({key: value for key, value in data.items() if key not in _NOT_SAID})


#: Where Anki files a card and what only ``check`` or the lock read: a change of these
#: alone leaves the card's time (and so the sheet's date, ``Lock.latest``) as it was.
#: Its topic file stays in: the sheet shows each file's cards in a section of their own.
_NOT_DATED = ("deck", "renamed_from", "allow")


def _dated_hash(data: object) -> str | None:
    """The hash of what a card's time follows: all but ``_NOT_DATED``."""
    if not isinstance(data, dict):
        return None
    return _data_hash({key: value for key, value in data.items() if key not in _NOT_DATED})


def _notes_differ(old: object, new: dict[str, dict], in_old_deck: dict[str, str]) -> bool:
    """Whether a card's notes are others than before, or one's content changed: what an
    import of the deck adds or updates. A card edited where no note shows it (term
    items reordered: each note asks its own term; its deck: ``in_old_deck``, each note's
    hash in the deck it was in) changes none."""
    if not isinstance(old, dict) or old.keys() != new.keys():
        return True
    return any(
        not isinstance(before, dict)
        or before.get("guid") != new[key]["guid"]
        or before.get("hash") not in (new[key]["hash"], in_old_deck.get(key, new[key]["hash"]))
        for key, before in old.items()
    )


def is_time(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= LATEST_TIME


def _card_lines(text: str) -> dict[str, int]:
    """Each card's line in the file (the first line that names it as a key)."""
    lines: dict[str, int] = {}
    in_cards = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith('"cards"'):
            in_cards = True
        elif stripped.startswith('"other"'):
            break
        elif in_cards and stripped.startswith('"'):
            try:
                key, _ = json.JSONDecoder().raw_decode(stripped)
            except ValueError:
                continue
            if isinstance(key, str):
                lines.setdefault(key, number)
    return lines


def _problem(message: str, line: int = 1, col: int = 1, fix: str = "edit") -> LockProblem:
    """A LockProblem at ``line``:``col``, and what fixes it (``Lock.problem_fix``)."""
    problem = LockProblem(message)
    problem.line = line  # type: ignore[attr-defined]
    problem.col = col  # type: ignore[attr-defined]
    problem.fix = fix  # type: ignore[attr-defined]
    return problem


def _not_utf8(raw: bytes) -> LockProblem:
    """The problem of a lock that is not UTF-8 text, at its first byte that is not."""
    try:
        raw.decode("utf-8")
        start = 0
    except UnicodeDecodeError as exc:
        start = exc.start
    line = raw.count(b"\n", 0, start) + 1
    col = start - (raw.rfind(b"\n", 0, start) + 1) + 1
    byte = f" (byte 0x{raw[start]:02x})" if start < len(raw) else ""
    return _problem(
        f"it is not UTF-8 text{byte}: a binary file, or text saved in another encoding, "
        "where cheatdeck writes JSON in UTF-8",
        line,
        col,
        fix="restore",
    )


#: What a JSON value that is not an object is called in a message.
_JSON_NAMES = {list: "a JSON array", str: "a JSON string", bool: "true or false"}


def _not_a_lock(data: object) -> LockProblem:
    """The problem of a lock whose JSON is not a lock of this cheatdeck's version."""
    if not isinstance(data, dict):
        name = _JSON_NAMES.get(type(data), "a JSON number" if data is not None else "null")
        return _problem(
            f'it holds {name}, not a cheatdeck lock (which starts {{"cheatdeck-lock": '
            f"{LOCK_VERSION},)",
            fix="restore",
        )
    version = data.get("cheatdeck-lock")
    if version is None:
        return _problem(
            'it has no "cheatdeck-lock" version: it is no lock cheatdeck wrote', fix="restore"
        )
    if is_time(version) and version > LOCK_VERSION:
        return _problem(
            f"it is a lock of version {version}, written by a newer cheatdeck (this one "
            f"reads version {LOCK_VERSION}): build with that cheatdeck",
            fix="said",
        )
    return _problem(
        f'it has "cheatdeck-lock": {json.dumps(version)[:40]}, where cheatdeck writes '
        f"{LOCK_VERSION}"
    )


def _parse(
    text: str, merged: bool, split: Split | None = None
) -> tuple[dict[str, dict], dict[str, dict], bool]:
    """(cards, other, doubled) of a lock's text (``merged``: it holds git's conflict
    markers, as ``has_conflict_markers`` found: a search of the whole text, made once;
    ``doubled``: it held two lines of one card, as git's union merge leaves them);
    LockProblem naming the card for a bad entry. ``split`` is given the notes whose two
    sides had two shipped GUIDs (``_both_sides``)."""
    doubled = False
    split = {} if split is None else split
    if merged:
        cards, other = _both_sides(text, split)
    else:
        cards, other, doubled = _sections_or_union(text, split)
    for card_id, entry in cards.items():
        why = _entry_problem(entry)
        if why is not None:
            line = _card_lines(text).get(card_id, 1)
            raise _problem(f"the entry of card '{card_id}' {why}", line)
    for key, entry in other.items():
        why = _entry_problem(entry, notes=False)
        if why is not None:
            raise _problem(f"the entry '{key}' under 'other' {why}")
    return cards, other, doubled


def _sections_or_union(text: str, split: Split) -> tuple[dict, dict, bool]:
    """(cards, other, doubled) of a lock without conflict markers. Git's union merge
    (``cheatdeck.lock merge=union`` in .gitattributes) keeps both sides' lines of a card
    both changed, one after the other, and may leave a comma out where both added a last
    card: JSON would take the later line, older or not, or fail. Such a lock is read a
    line at a time as both sides of a conflict are, each card's newer line kept."""
    sides: Split = {}  # split, when the union is what is read
    try:
        cards, other = _sections(text)
    except LockProblem:
        union = _union_sides(text, sides)
        if union is None:
            raise
        split.update(sides)
        return *union, True
    if text.count("\n") == len(cards) + len(other) + len(_SKELETON):  # as dumps writes it
        return cards, other, False
    union = _union_sides(text, sides)
    if union is None or _entry_lines(text) == len(union[0]) + len(union[1]):
        return cards, other, False
    split.update(sides)
    return *union, True


def _union_sides(text: str, split: Split) -> tuple[dict, dict] | None:
    """(cards, other) of a lock written one entry a line, or None for any other text."""
    try:
        return _both_sides(text, split)
    except LockProblem:
        return None


def _entry_lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if _entry_line(line) is not None)


def _sections(text: str) -> tuple[dict, dict]:
    """The ``cards`` and ``other`` objects of a lock's JSON text."""
    if not text.strip():
        raise _problem("it is empty", fix="restore")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text[exc.pos :].startswith('{"cheatdeck-lock"'):
            raise _problem(_TWO_LOCKS, exc.lineno, exc.colno) from None
        if exc.pos == len(text) - len(text.lstrip()):  # at its first character
            raise _problem(
                f'it is not JSON (a cheatdeck lock starts {{"cheatdeck-lock": {LOCK_VERSION},)',
                exc.lineno,
                exc.colno,
                fix="restore",
            ) from None
        card = next((c for c, n in _card_lines(text).items() if n == exc.lineno), None)
        where = f"the line of card '{card}'" if card else "it"
        raise _problem(f"{where} is not JSON ({exc.msg})", exc.lineno, exc.colno) from None
    except RecursionError:  # [[[[...: no lock nests more than three levels
        raise _problem("its values are nested too deeply for a lock", fix="restore") from None
    if not isinstance(data, dict) or data.get("cheatdeck-lock") != LOCK_VERSION:
        raise _not_a_lock(data)
    cards, other = data.get("cards", {}), data.get("other", {})
    if not isinstance(cards, dict) or not isinstance(other, dict):
        raise _problem("'cards' and 'other' must be objects")
    return cards, other


#: The command that puts a merge's conflict markers back (``Lock.git`` names the folder)
_MERGE_BACK = "git checkout --merge cheatdeck.lock"

_TWO_LOCKS = (
    "a second lock starts here (two locks one after the other): cheatdeck reads both "
    "sides of a lock git could not merge with its conflict markers left in (during the "
    f"merge, `{_MERGE_BACK}` puts them back), then build; or keep one "
    'lock and copy the other\'s missing card lines into its "cards"'
)

#: How git marks a merge conflict: our side, the base (diff3 style), theirs, the end.
_CONFLICT_MARKERS = ("<<<<<<< ", "||||||| ", "=======", ">>>>>>> ")


def has_conflict_markers(text: str) -> bool:
    """Whether git left merge conflict markers in the lock (two branches added or edited
    cards next to each other)."""
    return "\n<<<<<<< " in text or text.startswith("<<<<<<< ")


def _both_sides(text: str, split: Split) -> tuple[dict, dict]:
    """(cards, other) of a lock git could not merge, with both sides' entries: the lock
    holds one entry a line, so each side of a conflict is whole entries (a card both
    sides hold keeps the newer entry and the notes of both; ``split`` is given each note
    the two sides shipped under two GUIDs, and the GUID left out). The base of a
    diff3-style conflict is left out: both sides started from it. Anything else inside
    the markers (the lock's own lines) is a LockProblem: the conflict is then resolved
    by hand."""
    sections: dict[str, dict] = {"cards": {}, "other": {}}
    skeleton: list[str] = []  # the lines around the entries, as dumps writes them
    section, side = None, "both"
    for number, line in enumerate(text.splitlines(), start=1):
        marker = next((m for m in _CONFLICT_MARKERS if line.startswith(m.rstrip())), None)
        if marker is not None:
            side = {"<<<<<<< ": "ours", "||||||| ": "base", "=======": "theirs"}.get(marker, "both")
            continue
        if side == "base":
            continue
        entry = _entry_line(line) if section else None
        if entry is None:
            if side != "both":
                raise _problem(_BY_HAND, number)
            skeleton.append(line.strip())
            section = {'"cards": {': "cards", '"other": {': "other"}.get(line.strip(), section)
            continue
        ((key, value),) = entry.items()
        found = sections[section]
        if key in found:
            merged = _newer(found[key], value)
            if section == "cards":
                _left_out(key, (found[key], value), merged, split)
            found[key] = merged
        else:
            found[key] = value
    if skeleton != _SKELETON:
        raise _problem(_BY_HAND)
    return sections["cards"], sections["other"]


_BY_HAND = (
    "it holds git's merge conflict markers around more than whole cards: resolve the "
    "conflict by hand, keeping both sides' card lines"
)
_SKELETON = [f'{{"cheatdeck-lock": {LOCK_VERSION},', '"cards": {', "},", '"other": {', "}", "}"]


def _entry_line(line: str) -> dict | None:
    """``{key: entry}`` of one entry line (``"id": {...},``), or None."""
    stripped = line.strip().removesuffix(",")
    if not (stripped.startswith('"') and stripped.endswith("}")):
        return None
    try:
        entry = json.loads("{" + stripped + "}")
    except (ValueError, RecursionError):
        return None
    return entry if isinstance(entry, dict) and len(entry) == 1 else None


def _newer(one: object, other: object) -> object:
    """Of two sides' entries for one card, the one changed last, with the notes of both.

    Two sides that changed a card (or a note) to other content at the same second (the
    rule with a fixed SOURCE_DATE_EPOCH: an edit is one second after the last time) leave
    it without a hash, so the build stamps it newer than both: a device that imported
    either branch's deck then takes the merged content (Anki updates only from newer).
    Changed at the same second, the one whose notes changed last is the newer (a card
    moved to another deck on one side changes no note: the other side's edit does)."""
    if not (isinstance(one, dict) and isinstance(other, dict)):
        return other
    older, newer = sorted((one, other), key=lambda entry: (_changed(entry), _newest_note(entry)))
    merged = _unhashed_if_tied(older, newer)
    if not older.get(DRAFT):
        merged.pop(DRAFT, None)  # one side shipped it: it is shipped
    if isinstance(older.get("notes"), dict) and isinstance(newer.get("notes"), dict):
        notes = {**older["notes"], **newer["notes"]}
        for key in older["notes"].keys() & newer["notes"].keys():
            notes[key] = _unhashed_if_tied(older["notes"][key], newer["notes"][key])
        merged["notes"] = notes
    return merged


def _left_out(card_id: str, sides: tuple[object, object], merged: object, split: Split) -> None:
    """Give ``split`` the shipped GUID each note of ``card_id`` had on a side that
    ``merged`` left out (the two branches gave the card two notes: Anki cannot join them)."""
    kept = _note_guids(merged)
    for side in sides:
        if not isinstance(side, dict) or side.get(DRAFT):
            continue  # no deck had the draft's note
        for key, guid in _note_guids(side).items():
            if key in kept and kept[key] != guid:
                split.setdefault(card_id, {})[key] = (kept[key], guid)


def _note_guids(entry: object) -> dict[str, str]:
    notes = entry.get("notes") if isinstance(entry, dict) else None
    if not isinstance(notes, dict):
        return {}
    return {
        key: note["guid"]
        for key, note in notes.items()
        if isinstance(note, dict) and isinstance(note.get("guid"), str)
    }


def _unhashed_if_tied(older: object, newer: object) -> object:
    """``newer``, with an empty hash when ``older`` has its time but other content."""
    if not (isinstance(older, dict) and isinstance(newer, dict)):
        return newer
    tied = _changed(older) == _changed(newer) and older.get("hash") != newer.get("hash")
    return {**newer, "hash": ""} if tied else dict(newer)


def _newest_note(entry: dict) -> int:
    notes = entry.get("notes")
    if not isinstance(notes, dict):
        return 0
    return max((_changed(note) for note in notes.values() if isinstance(note, dict)), default=0)


def _changed(entry: dict) -> int:
    changed = entry.get("changed")
    return changed if is_time(changed) else 0


def _entry_problem(entry: object, notes: bool = True) -> str | None:
    """What is wrong with one entry, or None."""
    if not isinstance(entry, dict):
        return "is not an object"
    if "changed" in entry and not is_time(entry["changed"]):
        return f"has 'changed': {str(entry['changed'])[:40]}, not a time (seconds, 0 to year 9999)"
    if "hash" in entry and not isinstance(entry["hash"], str):
        return "has a 'hash' that is not text"
    if not notes:
        return None
    if DRAFT in entry and entry[DRAFT] is not True:
        return (
            f"has '{DRAFT}': {json.dumps(entry[DRAFT])[:40]}, where cheatdeck writes true (no "
            "deck has had the card yet) or leaves it out"
        )
    found = entry.get("notes", {})
    if not isinstance(found, dict):
        return "has 'notes' that are not an object"
    for key, note in found.items():
        if not isinstance(note, dict) or not isinstance(note.get("guid"), str):
            return f"has a note '{key}' without a text 'guid'"  # its review history's key
        why = _entry_problem(note, notes=False)
        if why is not None:
            return f"has a note '{key}' that {why}"
    if "data" in entry and not isinstance(entry["data"], dict):
        return "has 'data' that is not an object"
    former = entry.get("former", {})  # note type -> note key -> GUID of a note left there
    if not isinstance(former, dict) or not all(
        isinstance(notes, dict) and all(isinstance(guid, str) for guid in notes.values())
        for notes in former.values()
    ):
        return "has 'former' notes that are not note type -> {note key: text 'guid'}"
    return None


#: ``json.dumps(..., sort_keys=True, ensure_ascii=False, separators=(",", ":"))``, its
#: encoder made once (``json.dumps`` makes one a call when given options).
_compact = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode
