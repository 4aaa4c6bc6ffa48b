"""The field names a notes text export lacks, given by the collection: ``cheatdeck import``
of a ``.txt`` writes a custom note type's third field as ``Field 3: …`` in the card's
``note`` (the text holds no field names); ``adopt``, which has the collection, writes
the name the note type gives it (``Example: …``) into the topic file, before it builds,
so the adopted note and every later build show it (``name_fields``)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from ..model import Card

#: A note line that a text import wrote for a field it could not name.
FIELD_LINE = re.compile(r"^Field (\d+): ", re.M)
#: A field name written as is into any YAML scalar: no quote, colon, '#' or line break.
_PLAIN_NAME = re.compile(r"^[^\s'\"#:\\][^'\"#:\\\n]*$")


def field_names(collection: Path) -> dict[str, tuple[str, ...]]:
    """Note GUID -> its note type's field names, read from the collection (Anki's schema
    of 2.1.28 and later; an older one gives none)."""
    conn = sqlite3.connect(f"file:{collection}?mode=rw", uri=True)
    try:
        names: dict[int, list[str]] = {}
        rows = conn.execute("select ntid, ord, name from fields order by ntid, ord")
        for ntid, _ord, name in rows:
            names.setdefault(ntid, []).append(name)
        notes = conn.execute("select guid, mid from notes")
        return {guid: tuple(names.get(mid, ())) for guid, mid in notes}
    except sqlite3.DatabaseError:
        return {}
    finally:
        conn.close()


def name_fields(corpus_dir: Path, collection: Path) -> list[str]:
    """Write the collection's field name for each ``Field N:`` note line of a card whose
    GUID the collection holds; the lines that say what was written. A file whose cards
    would not read back as intended is left as it was."""
    from ..load import load_corpus

    loaded = load_corpus(corpus_dir).corpus
    if loaded is None:  # the build says what is wrong
        return []
    cards = [c for c in loaded.cards() if c.guid and c.note and FIELD_LINE.search(c.note)]
    if not cards:
        return []
    names = field_names(collection)
    edits: dict[str, list[tuple[Card, dict[str, str]]]] = {}
    for card in cards:
        renames = _renames(card.note or "", names.get(card.guid or "", ()))
        if renames:
            edits.setdefault(card.topic, []).append((card, renames))
    if not edits:
        return []
    before = {topic: (Path(corpus_dir) / topic).read_text("utf-8") for topic in edits}
    for topic, edited in edits.items():
        (Path(corpus_dir) / topic).write_text(_renamed(before[topic], edited), "utf-8")
    if not _reads_back(corpus_dir, edits):
        for topic, text in before.items():
            (Path(corpus_dir) / topic).write_text(text, "utf-8")
        return []
    done = sorted(
        {f"{old} → {new}" for e in edits.values() for _c, r in e for old, new in r.items()}
    )
    count = sum(len(edited) for edited in edits.values())
    return [
        f"named the fields a notes text export could not, as {collection} names them: "
        f"{', '.join(done)} ({count} card{'' if count == 1 else 's'}, in "
        f"{', '.join(sorted(edits))})"
    ]


def _renames(note: str, fields: tuple[str, ...]) -> dict[str, str]:
    """'Field N' -> the collection's name of field N, for each such line of ``note``."""
    renames = {}
    for number in FIELD_LINE.findall(note):
        index = int(number) - 1
        if index < len(fields) and _PLAIN_NAME.match(fields[index]):
            if fields[index] != f"Field {number}":
                renames[f"Field {number}"] = fields[index]
    return renames


def _renamed(text: str, edited: list[tuple[Card, dict[str, str]]]) -> str:
    """``text`` with each card's note lines renamed: the note's value from where it
    starts to the last line indented deeper than its key."""
    lines = text.split("\n")
    for card, renames in edited:
        start = card.at("note")
        first = start.line - 1
        indent = len(lines[first]) - len(lines[first].lstrip())
        head, value = lines[first][: start.col - 1], lines[first][start.col - 1 :]
        lines[first] = head + _rename_line(value, renames, r"^(['\"]?)")
        end = first + 1
        while end < len(lines) and (
            not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent
        ):
            lines[end] = _rename_line(lines[end], renames, r"^(\s*)")
            end += 1
    return "\n".join(lines)


def _rename_line(line: str, renames: dict[str, str], lead: str) -> str:
    pattern = re.compile(lead + r"(Field \d+): ")
    return pattern.sub(lambda m: f"{m.group(1)}{renames.get(m.group(2), m.group(2))}: ", line)


def _reads_back(corpus_dir: Path, edits: dict[str, list[tuple[Card, dict[str, str]]]]) -> bool:
    """Whether every edited card's note now reads as its note with the names written."""
    from ..load import load_corpus

    loaded = load_corpus(corpus_dir).corpus
    if loaded is None:
        return False
    now = {card.id: card.note for card in loaded.cards()}
    for edited in edits.values():
        for card, renames in edited:
            wanted = FIELD_LINE.sub(
                lambda m, r=renames: f"{r.get(f'Field {m.group(1)}', f'Field {m.group(1)}')}: ",
                card.note or "",
            )
            if now.get(card.id) != wanted:
                return False
    return True
