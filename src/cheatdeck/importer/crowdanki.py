"""Read a CrowdAnki folder (``deck.json`` + ``media/``): sub-decks are its ``children``,
note types its ``note_models``. A note's reverse card is known from its note type: more
than one template and not a cloze."""

from __future__ import annotations

import json
from pathlib import Path

from .notes import (
    ImportedNote,
    ImportError_,
    NoteType,
    own_look,
    ruby_fields,
    template_sides,
    types_answer,
)

#: What to do with a folder that is no CrowdAnki export.
EXPORT_AGAIN = "export the deck again with CrowdAnki, or give a .apkg, .colpkg or notes .txt"


def read_crowdanki(folder: Path) -> list[ImportedNote]:
    deck_file = folder / "deck.json"
    if not deck_file.is_file():
        raise ImportError_(
            f"{folder}: a folder without deck.json, so no CrowdAnki export: {EXPORT_AGAIN}"
        )
    try:
        root = json.loads(deck_file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        where = f"{deck_file}:{exc.lineno}:{exc.colno}"
        raise ImportError_(f"{where}: not JSON ({exc.msg}): {EXPORT_AGAIN}") from None
    except (OSError, ValueError) as exc:
        raise ImportError_(f"{deck_file}: not a CrowdAnki deck.json ({exc})") from None
    try:
        return _notes(root, folder)
    except (KeyError, TypeError, AttributeError, IndexError) as exc:
        if isinstance(exc, KeyError):
            why = f"no '{exc.args[0]}' where CrowdAnki writes one"
        else:
            why = "its values are not where CrowdAnki writes them"
        raise ImportError_(
            f"{deck_file}: not a CrowdAnki deck.json ({why}): {EXPORT_AGAIN}"
        ) from None


def _notes(root: dict, folder: Path) -> list[ImportedNote]:
    """The notes of a CrowdAnki deck tree, its sub-decks' included."""
    types: dict[str, NoteType] = {}
    notes: list[ImportedNote] = []

    def walk(deck: dict, path: list[str]) -> None:
        for model in deck.get("note_models", []):
            fields = tuple(
                f["name"] for f in model["flds"]
            )  # a missing "flds" is named before "tmpls"
            front, back = template_sides(model["tmpls"], fields)
            types[model["crowdanki_uuid"]] = NoteType(
                name=model["name"],
                fields=fields,
                templates=len(model["tmpls"]),
                cloze=model.get("type") == 1,
                typed=types_answer(model["tmpls"]),
                ruby=ruby_fields(model["tmpls"]),
                front=front,
                back=back,
                look=own_look(model.get("css", ""), model["tmpls"]),
            )
        name = deck.get("name", "Default")
        here = name.split("::") if "::" in name else [*path, name]
        for note in deck.get("notes", []):
            notetype = types[note["note_model_uuid"]]
            notes.append(
                ImportedNote(
                    guid=note["guid"],
                    notetype=notetype,
                    values=tuple(note["fields"]),
                    deck="::".join(here),
                    tags=tuple(note.get("tags", [])),
                    reversed_card=None if notetype.cloze else notetype.templates > 1,
                    source=str(folder),
                    media_dir=folder / "media",
                )
            )
        for child in deck.get("children", []):
            walk(child, here)

    walk(root, [])
    return notes
