"""Read Anki's "Notes in Plain Text" export (``.txt``), with its ``#`` header lines:
``#separator``, ``#html``, ``#guid column``, ``#notetype column``, ``#deck column``,
``#tags column``. Without a GUID column the notes would come back as new notes in
Anki, so such a file is refused. The text does not say whether a note has a reverse
card, nor its note type's field names, except for Anki's stock note types ("Basic (and
reversed card)", …), which the notetype column names: a note with a ``{{c1::...}}``
deletion is a cloze, any other is question/answer (fields 1 and 2, the rest as notes)."""

from __future__ import annotations

import csv
import html
import io
from pathlib import Path

from ..cloze import DELETION
from .notes import ImportedNote, ImportError_, NoteType

#: Anki's stock note types, as the notetype column names them (English): their fields,
#: and whether a note has a reversed card (None: its third field, "Add Reverse", says).
STOCK_TYPES: dict[str, tuple[tuple[str, ...], bool | None]] = {
    "Basic": (("Front", "Back"), False),
    "Basic (and reversed card)": (("Front", "Back"), True),
    "Basic (optional reversed card)": (("Front", "Back", "Add Reverse"), None),
    "Basic (type in the answer)": (("Front", "Back"), False),
    "Cloze": (("Text", "Back Extra"), False),
    "Image Occlusion": (("Occlusion", "Image", "Header", "Back Extra", "Comments"), False),
}
SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|", "colon": ":"}


def _utf8_text(path: Path) -> str:
    """The export's text; one that is not UTF-8 is refused at its first bad byte."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = len(data[data.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode()) + 1
        raise ImportError_(
            f"{path}:{line}:{col}: byte 0x{data[exc.start]:02x} is not UTF-8: export the "
            "notes again from Anki (File > Export, Notes in Plain Text), which writes UTF-8, "
            "or save the file as UTF-8"
        ) from None


def _column_number(path: Path, line: int, key: str, value: str) -> int:
    """The 0-based column a ``#... column:N`` header names."""
    if not value.isdigit() or int(value) < 1:
        raise ImportError_(
            f"{path}:{line}:1: '#{key}:{value}' names no column: write its number, "
            f"counted from 1, as Anki does (#{key}:1)"
        )
    return int(value) - 1


def read_text_export(path: Path) -> list[ImportedNote]:
    text = _utf8_text(path)
    headers: dict[str, str] = {}
    header_lines: dict[str, int] = {}
    lines = text.split("\n")
    number = 0
    while lines and lines[0].startswith("#"):
        key, _, value = lines.pop(0)[1:].partition(":")
        number += 1
        headers[key.strip().lower()] = value.strip()
        header_lines[key.strip().lower()] = number
    if "guid column" not in headers:
        raise ImportError_(
            f"{path}: no GUID column (export with 'Include unique identifier' ticked), "
            "so Anki could not match the notes again"
        )
    sep = SEPARATORS.get(headers.get("separator", "tab").lower(), headers.get("separator", "\t"))
    is_html = headers.get("html", "false").lower() == "true"
    column = {
        k: _column_number(path, header_lines[f"{k} column"], f"{k} column", headers[f"{k} column"])
        for k in ("guid", "notetype", "deck", "tags")
        if f"{k} column" in headers
    }
    notes = []
    for row in csv.reader(io.StringIO("\n".join(lines)), delimiter=sep):
        if not row:
            continue
        meta = {k: row[i] if i < len(row) else "" for k, i in column.items()}
        values = [v for i, v in enumerate(row) if i not in column.values()]
        if not is_html:
            values = [html.escape(v, quote=False).replace("\n", "<br>") for v in values]
        cloze = any(DELETION.search(v) for v in values)
        name = meta.get("notetype") or ("Cloze" if cloze else "Basic")
        notetype, values, reverse = _note_type(name, values, cloze)
        notes.append(
            ImportedNote(
                guid=meta["guid"],
                notetype=notetype,
                values=tuple(values),
                deck=meta.get("deck") or headers.get("deck") or "Default",
                tags=tuple(meta.get("tags", "").split()),
                reversed_card=reverse,
                source=str(path),
                media_dir=path.parent,
            )
        )
    return notes


def _note_type(
    name: str, values: list[str], cloze: bool
) -> tuple[NoteType, list[str], bool | None]:
    """The note type a row's note has, its values, and whether it has a reversed card
    (None: the text cannot say). A stock note type's fields and cards are Anki's own,
    the empty columns past its fields the export's padding (each row has as many
    columns as the widest note type); another note type's fields are "Field 1", …."""
    stock = STOCK_TYPES.get(name)
    if stock is not None and not any(v.strip() for v in values[len(stock[0]) :]):
        fields, reverse = stock
        values = (values + [""] * len(fields))[: len(fields)]
        if reverse is None:
            reverse = bool(values[2].strip())
        typed = name == "Basic (type in the answer)"
        cloze = name in ("Cloze", "Image Occlusion")
        return NoteType(name, fields, templates=1, cloze=cloze, typed=typed), values, reverse
    fields = tuple(f"Field {n}" for n in range(1, len(values) + 1))
    return NoteType(name, fields, templates=1, cloze=cloze), values, None
