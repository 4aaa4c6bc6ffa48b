"""Decks cheatdeck did not write, made with genanki (as other tools make them): Basic,
Basic-and-reversed and Cloze notes, HTML fields, an image, sub-decks and hierarchical
tags. Shared by the import and adopt tests."""

from __future__ import annotations

from pathlib import Path

import genanki


def _png(width: int = 24, height: int = 12) -> bytes:
    """A small valid PNG (a blue bar): made here so the test needs no image file."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + b"\x20\x4a\x87" * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


PNG = _png()

NOTES = [
    # (deck, model, fields, tags, guid)
    (
        "Chemistry::Elements",
        "basic",
        ["Symbol of <b>sodium</b>?", "Na"],
        ["chem::elements"],
        "g-na",
    ),
    (
        "Chemistry::Elements",
        "basic",
        ["Symbol of iron?", "Fe <i>(ferrum)</i>"],
        ["chem::elements"],
        "g-fe",
    ),
    (
        "Chemistry::Elements",
        "reversed",
        ["Noble gas in period 2", "Neon"],
        ["chem::elements", "chem::gases"],
        "g-ne",
    ),
    (
        "Chemistry::Reactions",
        "cloze",
        ["{{c1::Oxidation}} is the loss of {{c2::electrons}}.", "OIL RIG"],
        ["chem::redox"],
        "g-ox",
    ),
    (
        "Chemistry::Reactions",
        "basic",
        ['Water molecule<br><img src="water.png">', "H<sub>2</sub>O"],
        ["chem"],
        "g-h2o",
    ),
    ("Chemistry", "basic", ["pH of pure water at 25 °C", "7"], [], "g-ph"),
]


def make_apkg(path: Path) -> Path:
    models = {
        "basic": genanki.BASIC_MODEL,
        "reversed": genanki.BASIC_AND_REVERSED_CARD_MODEL,
        "cloze": genanki.CLOZE_MODEL,
    }
    decks: dict[str, genanki.Deck] = {}
    for deck_id, (deck, model, fields, tags, guid) in enumerate(NOTES, start=2059400110):
        if deck not in decks:
            decks[deck] = genanki.Deck(deck_id, deck)
        decks[deck].add_note(genanki.Note(model=models[model], fields=fields, tags=tags, guid=guid))
    media = path.parent / "water.png"
    media.write_bytes(PNG)
    genanki.Package(list(decks.values()), media_files=[str(media)]).write_to_file(str(path))
    return path
