"""Read an ``.apkg`` or ``.colpkg`` with the ``anki`` package: the package is imported
into a fresh temporary collection (every collection format, ``collection.anki21b``'s
zstd included, is the backend's business), then its notes are read from there."""

from __future__ import annotations

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


def read_package(path: Path, work: Path) -> list[ImportedNote]:
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    work.mkdir(parents=True, exist_ok=True)
    col_path = work / "collection.anki2"
    try:
        if path.suffix.lower() == ".colpkg":
            from anki._backend import RustBackend

            media = work / "collection.media"
            media.mkdir(exist_ok=True)
            RustBackend().import_collection_package(
                col_path=str(col_path),
                backup_path=str(path),
                media_folder=str(media),
                media_db=str(work / "collection.media.db2"),
            )
            col = Collection(str(col_path))
        else:
            col = Collection(str(col_path))
            options = ImportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False)
            col.import_anki_package(
                ImportAnkiPackageRequest(package_path=str(path), options=options)
            )
    except Exception as exc:  # the backend's errors have no common public base
        raise ImportError_(f"{path}: not an Anki package Anki can read ({exc})") from None
    try:
        return _notes(col, path)
    finally:
        col.close()


def _notes(col, path: Path) -> list[ImportedNote]:
    types: dict[int, NoteType] = {}
    notes = []
    for nid in sorted(col.find_notes("")):
        note = col.get_note(nid)
        model = note.note_type()
        if model["id"] not in types:
            fields = tuple(f["name"] for f in model["flds"])
            front, back = template_sides(model["tmpls"], fields)
            types[model["id"]] = NoteType(
                # Anki adds "+" to a name the scratch collection's stock types already have
                name=model["name"].rstrip("+") or model["name"],
                fields=fields,
                templates=len(model["tmpls"]),
                cloze=model["type"] == 1,
                typed=types_answer(model["tmpls"]),
                ruby=ruby_fields(model["tmpls"]),
                front=front,
                back=back,
                look=own_look(model.get("css", ""), model["tmpls"]),
                id=model["id"],
            )
        notetype = types[model["id"]]
        cards = sorted((col.get_card(cid) for cid in note.card_ids()), key=lambda c: c.ord)
        deck = col.decks.name(cards[0].did) if cards else "Default"
        notes.append(
            ImportedNote(
                guid=note.guid,
                notetype=notetype,
                values=tuple(note.fields),
                deck=deck,
                tags=tuple(note.tags),
                reversed_card=None if notetype.cloze else len(cards) > 1,
                source=str(path),
                media_dir=Path(col.media.dir()),
            )
        )
    return notes
