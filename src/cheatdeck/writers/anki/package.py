"""The .apkg container: a legacy (schema 11) Anki collection in SQLite, zipped with its media.

Built here rather than by genanki (which only the benchmark runs, as a baseline) so
that the bytes are deterministic: the SQLite file is made in a temporary file with a
fixed statement order and streamed into the zip by ``writers.archive`` (so the
collection is never held in memory whole, let alone twice); the collection's deck
and note type JSON is written once (genanki rewrites it per deck, quadratic in deck
count); its deck options are ``deck_options``, the ones CrowdAnki ships too.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..archive import zip_bytes
from .deck_options import deck_options

# The schema genanki writes (Anki's collection schema 11); Anki upgrades it on import.
SCHEMA = """
CREATE TABLE col (
    id integer primary key, crt integer not null, mod integer not null,
    scm integer not null, ver integer not null, dty integer not null,
    usn integer not null, ls integer not null, conf text not null,
    models text not null, decks text not null, dconf text not null, tags text not null
);
CREATE TABLE notes (
    id integer primary key, guid text not null, mid integer not null,
    mod integer not null, usn integer not null, tags text not null,
    flds text not null, sfld integer not null, csum integer not null,
    flags integer not null, data text not null
);
CREATE TABLE cards (
    id integer primary key, nid integer not null, did integer not null,
    ord integer not null, mod integer not null, usn integer not null,
    type integer not null, queue integer not null, due integer not null,
    ivl integer not null, factor integer not null, reps integer not null,
    lapses integer not null, left integer not null, odue integer not null,
    odid integer not null, flags integer not null, data text not null
);
CREATE TABLE revlog (
    id integer primary key, cid integer not null, usn integer not null,
    ease integer not null, ivl integer not null, lastIvl integer not null,
    factor integer not null, time integer not null, type integer not null
);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
"""

SCHEMA_VERSION = 11
DEFAULT_DECK_ID = 1
#: A card's queue when suspended. Anki's import keeps the scheduling of the cards a
#: collection has, so only a collection that never had the card, imported with its
#: learning progress, takes it.
SUSPENDED = -1


@dataclass(frozen=True, slots=True)
class NoteRow:
    """One note and the template ordinals of its cards."""

    id: int
    guid: str
    notetype_id: int
    mtime: int
    tags: Sequence[str]
    fields: Sequence[str]
    sort_field: str
    checksum: int
    deck_id: int
    card_ids: Sequence[int]
    ords: Sequence[int]
    suspended: bool = False  # its cards arrive suspended (a retired card's)


@dataclass(frozen=True, slots=True)
class Deck:
    """One deck of the package (parents included), matched by name on import."""

    id: int
    name: str
    description: str = ""


def deck_json(deck: Deck, mtime: int) -> dict:
    return {
        "id": deck.id,
        "name": deck.name,
        "desc": deck.description,
        "mod": mtime,
        "usn": -1,
        "conf": 1,
        "dyn": 0,
        "collapsed": False,
        "browserCollapsed": False,
        "extendNew": 0,
        "extendRev": 0,
        "newToday": [0, 0],
        "revToday": [0, 0],
        "lrnToday": [0, 0],
        "timeToday": [0, 0],
    }


def collection_conf(first_notetype: int) -> dict:
    return {
        "activeDecks": [DEFAULT_DECK_ID],
        "addToCur": True,
        "collapseTime": 1200,
        "curDeck": DEFAULT_DECK_ID,
        "curModel": str(first_notetype),
        "dueCounts": True,
        "estTimes": True,
        "newBury": True,
        "newSpread": 0,
        "nextPos": 1,
        "sortBackwards": False,
        "sortType": "noteFld",
        "timeLim": 0,
    }


#: The collection's one options group: the deck options every Anki output shares.
DECK_CONFIG = {"1": {"id": 1, "name": "Default", "mod": 0, "usn": 0, **deck_options()}}


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def write_collection(
    path: Path,
    notes: Iterable[NoteRow],
    notetypes: Sequence[dict],
    decks: Sequence[Deck],
    build_time: int,
) -> None:
    """The SQLite collection, written to the new file ``path`` in a fixed order."""
    conn = sqlite3.connect(path)
    try:
        # a scratch file: no journal, no syncing; the page cache stays small
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.executescript(SCHEMA)
        all_decks = [Deck(DEFAULT_DECK_ID, "Default"), *decks]
        conn.execute(
            "INSERT INTO col VALUES (1,?,?,?,?,0,0,0,?,?,?,?,?)",
            (
                build_time,
                build_time * 1000,
                build_time * 1000,
                SCHEMA_VERSION,
                _dumps(collection_conf(notetypes[0]["id"] if notetypes else 0)),
                _dumps({str(nt["id"]): nt for nt in notetypes}),
                _dumps({str(d.id): deck_json(d, build_time) for d in all_decks}),
                _dumps(DECK_CONFIG),
                "{}",
            ),
        )
        cards: list[tuple[int, ...]] = []  # small: kept until notes are in

        def note_values():
            """Each note's row (its fields leave memory once in SQLite); cards are kept."""
            for n in notes:
                for card_id, ord_ in zip(n.card_ids, n.ords, strict=True):
                    queue = SUSPENDED if n.suspended else 0
                    cards.append((card_id, n.id, n.deck_id, ord_, n.mtime, queue, len(cards) + 1))
                yield (
                    n.id,
                    n.guid,
                    n.notetype_id,
                    n.mtime,
                    f" {' '.join(n.tags)} " if n.tags else "",
                    "\x1f".join(n.fields),
                    n.sort_field,
                    n.checksum,
                )

        conn.executemany("INSERT INTO notes VALUES (?,?,?,?,-1,?,?,?,?,0,'')", note_values())
        conn.executemany("INSERT INTO cards VALUES (?,?,?,?,?,-1,0,?,?,0,0,0,0,0,0,0,0,'')", cards)
        conn.commit()
    finally:
        conn.close()


_LEVEL = 1  # deflate: level 6 makes files 5 % smaller for 2.7x the time


def package_bytes(
    collection: bytes | Path, media: Sequence[tuple[str, bytes]], build_time: int
) -> bytes:
    """The .apkg zip: collection.anki2, the media map, and media files named 0, 1, …

    ``collection`` is the SQLite file's bytes or its path (streamed in, never read whole).
    """
    media_map = _dumps({str(i): name for i, (name, _) in enumerate(media)}).encode("utf-8")
    entries = [
        ("collection.anki2", collection),
        ("media", media_map),
        *((str(i), data) for i, (_, data) in enumerate(media)),
    ]
    return zip_bytes(entries, build_time, level=_LEVEL)
