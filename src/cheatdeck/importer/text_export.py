"""Read Anki's "Notes in Plain Text" export (``.txt``), with its ``#`` header lines:
``#separator``, ``#html``, ``#guid column``, ``#notetype column``, ``#deck column``,
``#tags column``. Without a GUID column the notes would come back as new notes in
Anki, so such a file is refused. The text does not say whether a note has a reverse
card, nor its note type's field names: a note with a ``{{c1::...}}`` deletion is a
cloze, any other is question/answer (fields 1 and 2, the rest as notes)."""

from __future__ import annotations

import csv
import html
import io
from pathlib import Path

from ..cloze import DELETION
from .notes import ImportedNote, ImportError_, NoteType

SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|", "colon": ":"}


def read_text_export(path: Path) -> list[ImportedNote]:
    text = path.read_text(encoding="utf-8-sig")
    headers: dict[str, str] = {}
    lines = text.split("\n")
    while lines and lines[0].startswith("#"):
        key, _, value = lines.pop(0)[1:].partition(":")
        headers[key.strip().lower()] = value.strip()
    if "guid column" not in headers:
        raise ImportError_(
            f"{path}: no GUID column (export with 'Include unique identifier' ticked), "
            "so Anki could not match the notes again"
        )
    sep = SEPARATORS.get(headers.get("separator", "tab").lower(), headers.get("separator", "\t"))
    is_html = headers.get("html", "false").lower() == "true"
    column = {
        k: int(headers[f"{k} column"]) - 1
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
        fields = tuple(f"Field {n}" for n in range(1, len(values) + 1))
        notes.append(
            ImportedNote(
                guid=meta["guid"],
                notetype=NoteType(name, fields, templates=1, cloze=cloze),
                values=tuple(values),
                deck=meta.get("deck") or headers.get("deck") or "Default",
                tags=tuple(meta.get("tags", "").split()),
                reversed_card=None,
                source=str(path),
                media_dir=path.parent,
            )
        )
    return notes
