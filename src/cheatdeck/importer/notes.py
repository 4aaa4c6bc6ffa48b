"""What every import source is read into: notes with their note type's shape, deck,
tags, GUID and media, before they become cards (``mapping``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class NoteType:
    """An Anki note type as far as the mapping needs it."""

    name: str
    fields: tuple[str, ...]
    templates: int  # how many card templates
    cloze: bool = False
    typed: bool = False  # a template asks to type the answer in (``{{type:Back}}``)


def types_answer(templates: list[dict]) -> bool:
    """Whether one of an Anki note type's templates (``qfmt``, ``afmt``) asks to type in."""
    return any("{{type:" in t.get("qfmt", "") + t.get("afmt", "") for t in templates)


@dataclass(slots=True)
class ImportedNote:
    """One note from an Anki package, a notes text export or a CrowdAnki folder."""

    guid: str
    notetype: NoteType
    values: tuple[str, ...]  # HTML, one per field of the note type
    deck: str  # full Anki deck path ("Spanish::Verbs")
    tags: tuple[str, ...] = ()
    #: True when Anki made the note's second card (a "Basic (and reversed card)"); None
    #: when the source cannot say (a text export)
    reversed_card: bool | None = None
    source: str = ""  # the file it came from, for the report
    media_dir: Path | None = None  # where its media files are


class ImportError_(Exception):  # noqa: N801 - ImportError is a builtin
    """A file that cannot be imported: one line for the user."""
