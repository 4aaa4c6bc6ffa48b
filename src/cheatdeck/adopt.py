"""``cheatdeck adopt COLLECTION [CORPUS]``: move notes brought in by ``cheatdeck import``
to cheatdeck's note types inside the Anki collection that holds them, once, so that
importing the corpus's deck updates them instead of skipping them (Anki skips a note
whose GUID matches but whose note type differs) and every review is kept.

Steps: refuse while another program (Anki) has the collection open; copy it to a
backup beside it; build the corpus's .apkg into a temporary folder and import it into
the collection (this adds cheatdeck's note types, and any card the collection lacks);
then for each note whose GUID a card holds but whose note type is another, Anki's own
change-note-type operation (``col.models.change_notetype_of_notes``) moves it, card
template by card template so each card keeps its id, its state and its review log; the
note then gets the fields and tags the built deck gives it, and the collection the media
files those fields show.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


class AdoptError(Exception):
    """A collection that cannot be adopted now: one line for the user."""


def ensure_not_open(collection: Path) -> None:
    """Raise when another connection holds the collection (Anki keeps it locked while
    a profile is open)."""
    try:
        conn = sqlite3.connect(f"file:{collection}?mode=rw", uri=True, timeout=0.2)
    except sqlite3.Error as exc:
        raise AdoptError(f"cannot open {collection}: {exc}") from None
    try:
        conn.execute("BEGIN EXCLUSIVE")
        conn.rollback()
    except sqlite3.OperationalError as exc:
        raise AdoptError(
            f"{collection} is in use (is Anki open? close it or switch profile): {exc}"
        ) from None
    finally:
        conn.close()


def backup(collection: Path) -> Path:
    """A consistent copy of the collection beside it (SQLite's online backup)."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    target = collection.with_name(f"{collection.stem}.before-adopt-{stamp}{collection.suffix}")
    source = sqlite3.connect(f"file:{collection}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


@dataclass
class BuiltNote:
    notetype: str
    fields: list[str]
    tags: list[str]


@dataclass
class Adopted:
    moved: dict[str, int] = field(default_factory=dict)  # "old -> new" -> notes
    refreshed: int = 0
    skipped: list[str] = field(default_factory=list)


def built_notes(apkg: Path, work: Path) -> dict[str, BuiltNote]:
    """GUID -> the note as the built deck has it (read through a scratch collection)."""
    from anki.collection import Collection, ImportAnkiPackageRequest

    col = Collection(str(work / "scratch.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
        notes = {}
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            notes[note.guid] = BuiltNote(note.note_type()["name"], list(note.fields), note.tags)
        return notes
    finally:
        col.close()


def adopt(collection: Path, apkg: Path, work: Path) -> Adopted:
    from anki.collection import Collection, ImportAnkiPackageRequest

    wanted = built_notes(apkg, work)
    col = Collection(str(collection))
    result = Adopted()
    try:
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
        ids = {nt.name: nt.id for nt in col.models.all_names_and_ids()}
        groups: dict[tuple[int, int], list[int]] = {}
        for nid, guid, mid in col.db.all("select id, guid, mid from notes"):
            target = wanted.get(guid)
            if target is None:
                continue
            new_mid = ids[target.notetype]
            if mid != new_mid:
                groups.setdefault((mid, new_mid), []).append(nid)
        for (old_mid, new_mid), note_ids in sorted(groups.items()):
            _change(col, old_mid, new_mid, note_ids, result)
        _add_media(col, wanted, work / "scratch.media")
        for nid, guid in col.db.all("select id, guid from notes"):
            target = wanted.get(guid)
            note = col.get_note(nid)
            if target is None or note.note_type()["name"] != target.notetype:
                continue
            if list(note.fields) != target.fields or sorted(note.tags) != sorted(target.tags):
                note.fields[:] = target.fields
                note.tags = list(target.tags)
                col.update_note(note)
                result.refreshed += 1
    finally:
        col.close()
    return result


def _add_media(col, wanted: dict[str, BuiltNote], media: Path) -> None:
    """The media files the built notes show, into the collection's media folder (Anki's
    import leaves them out for the notes it skipped)."""
    import re

    names = {
        name
        for note in wanted.values()
        for value in note.fields
        for name in re.findall(r'src="([^"/]+)"', value)
    }
    for name in sorted(names):
        if (media / name).is_file() and not (Path(col.media.dir()) / name).is_file():
            col.media.add_file(str(media / name))


def _change(col, old_mid: int, new_mid: int, note_ids: list[int], result: Adopted) -> None:
    old = col.models.get(old_mid)
    new = col.models.get(new_mid)
    info = col.models.change_notetype_info(old_notetype_id=old_mid, new_notetype_id=new_mid)
    request = info.input
    request.note_ids.extend(note_ids)
    old_fields = len(old["flds"])
    request.new_fields[:] = [i if i < old_fields else -1 for i in range(len(new["flds"]))]
    if new["type"] != 1:  # a cloze note type has no templates to map
        old_templates = len(old["tmpls"])
        mapped = [i if i < old_templates else -1 for i in range(len(new["tmpls"]))]
        if old["type"] == 1 or old_templates > len(new["tmpls"]):
            # a card would lose its template, and its history with it: leave these be
            result.skipped.append(
                f"{len(note_ids)} notes of '{old['name']}' not moved to '{new['name']}': "
                "some of their cards have no template there"
            )
            return
        request.new_templates[:] = mapped
    col.models.change_notetype_of_notes(request)
    key = f"{old['name']} -> {new['name']}"
    result.moved[key] = result.moved.get(key, 0) + len(note_ids)


def run(args) -> int:
    from . import pipeline
    from .diagnostics import EXIT_PROBLEMS, EXIT_USAGE
    from .writers import WRITER_NAMES

    collection = Path(args.collection)
    corpus = Path(args.corpus)
    if not collection.is_file():
        print(f"cheatdeck: error: no Anki collection '{collection}'", file=sys.stderr)
        return EXIT_USAGE
    if not corpus.is_dir():
        print(f"cheatdeck: error: no corpus folder '{corpus}'", file=sys.stderr)
        return EXIT_USAGE
    try:
        ensure_not_open(collection)
        with tempfile.TemporaryDirectory(prefix="cheatdeck-adopt-") as tmp:
            work = Path(tmp)
            outcome = pipeline.build(corpus, work / "out", [WRITER_NAMES["apkg"]])
            if outcome.report.failed(False):
                sys.stdout.write(outcome.report.render("text"))
                print("cheatdeck: the corpus has errors; nothing was changed", file=sys.stderr)
                return EXIT_PROBLEMS
            apkg = work / "out" / WRITER_NAMES["apkg"].filename(outcome.corpus.name)
            saved = backup(collection)
            print(f"backup: {saved}")
            try:
                result = adopt(collection, apkg, work)
            except Exception as exc:  # the anki backend's errors share no public base
                raise AdoptError(
                    f"Anki could not change {collection} ({exc}); the backup is {saved}"
                ) from None
    except AdoptError as exc:
        print(f"cheatdeck: error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    for change, count in result.moved.items():
        print(f"moved {count} note{'' if count == 1 else 's'}: {change}")
    for line in result.skipped:
        print(f"cheatdeck: {line}", file=sys.stderr)
    print(
        f"{sum(result.moved.values())} notes moved, "
        f"{result.refreshed} notes given the corpus's text"
    )
    return EXIT_PROBLEMS if result.skipped else 0
