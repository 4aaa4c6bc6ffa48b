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
note then gets the fields and tags the built deck gives it (a note adopt does not move
keeps what the import left: Anki never writes a build's text over a newer note, from a
clone that is ahead or an edit made in Anki; keeping Anki's own
``marked`` and ``leech`` tags, which Anki's export leaves out of the .apkg the corpus
came from), and the collection the media files those fields show.

The target is the built note's note type among ``NOTE_TYPES``, found by its id: one per
kind, a Q&A or concept note's reversed card being its second template, shown when the
``Reverse`` field is filled (the built fields fill it). An earlier cheatdeck's note types
("cheatdeck Q&A (and reversed)", and "cheatdeck Q&A", whose name Anki then gives today's
note type with a "+") are moved like any other. A note stays where it is, and adopt says
so, when one of its cards would lose its template or land on one the built note gives no
card: a reversed card whose corpus card lacks ``reverse: true`` would be left empty.

A card whose kind changed gets a new note from the build (Anki never changes a note's
type on import), while the collection holds the old note with the reviews (the lock's
``former``). Run before that build is imported, adopt moves the old note to the new note
type the same way, deletes the new note its own import just added (no review on it) and
gives the old note the new note's GUID: importing the deck then updates it. Run after
the import, it does the same while the new note is unstudied (every card new, none in
the review log); a new note studied too is said, and both stay.

Each note adopt moves keeps the time the built deck gives it (the lock's), not the
time Anki's own writes would stamp: the next edit's build is newer, and updates it.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .importer.field_names import name_fields
from .importer.notes import own_look
from .writers.anki.notetypes import NOTE_TYPES, REVERSE_FIELD, NoteTypeSpec


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
    except sqlite3.DatabaseError:  # a .apkg or any other file given by mistake
        raise AdoptError(
            f"{collection} is not an Anki collection: give the collection.anki2 in the "
            "profile's folder (on Linux ~/.local/share/Anki2/<profile>/collection.anki2)"
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
    """One note of the built deck: its cheatdeck note type, fields, tags and the
    templates that give it a card (the second template of a Q&A or concept note only
    when its ``Reverse`` field is filled)."""

    spec: NoteTypeSpec
    fields: list[str]
    tags: list[str]
    ords: frozenset[int]
    #: template -> the deck the built deck puts that card in
    decks: dict[int, str] = field(default_factory=dict)
    #: the note's modification time in the built deck: the time the lock gave it
    mod: int = 0


@dataclass
class Adopted:
    moved: dict[str, int] = field(default_factory=dict)  # "old -> new" -> notes
    refreshed: int = 0
    #: old notes of cards whose kind changed, given the GUIDs of their new notes
    replaced: int = 0
    skipped: list[str] = field(default_factory=list)
    #: (GUID, card id, sound files) of each note whose sounds the corpus's fields lack
    silenced: list[tuple[str, str, list[str]]] = field(default_factory=list)
    #: (from deck, to deck) -> cards moved down into the deck the corpus puts them in
    placed: dict[tuple[str, str], int] = field(default_factory=dict)
    #: (note type, notes moved off it, what gave it a look of its own)
    restyled: list[tuple[str, int, str]] = field(default_factory=list)
    #: deck adopt's own import added that holds no card, removed again -> the decks
    #: the cards the build puts there are in (with how many)
    emptied: dict[str, dict[str, int]] = field(default_factory=dict)


#: A sound Anki plays (``[sound:cuckoo.mp3]``); cheatdeck's fields hold none.
_SOUND = re.compile(r"\[sound:([^\]]+)\]")


def built_notes(apkg: Path, work: Path) -> dict[str, BuiltNote]:
    """GUID -> the note as the built deck has it (read through a scratch collection).

    Its note type is found among cheatdeck's own (``NOTE_TYPES``) by id: names may
    clash with the note types an earlier cheatdeck made (schema 1 had "cheatdeck Q&A"
    too), ids never do."""
    from anki.collection import Collection, ImportAnkiPackageRequest

    specs = {spec.id: spec for spec in NOTE_TYPES.values()}
    col = Collection(str(work / "scratch.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
        ords: dict[int, set[int]] = {}
        decks: dict[int, dict[int, str]] = {}
        for nid, ord_, did in col.db.all("select nid, ord, did from cards"):
            ords.setdefault(nid, set()).add(ord_)
            decks.setdefault(nid, {})[ord_] = col.decks.name(did)
        notes = {}
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            spec = specs.get(note.mid)
            if spec is None:  # pragma: no cover - the writer uses NOTE_TYPES only
                raise AdoptError(f"the built deck has a note type cheatdeck does not know: {nid}")
            notes[note.guid] = BuiltNote(
                spec,
                list(note.fields),
                note.tags,
                frozenset(ords.get(nid, ())),
                decks.get(nid, {}),
                note.mod,  # Anki's import keeps the package's time on the notes it adds
            )
        return notes
    finally:
        col.close()


def kind_changes(lock_cards: dict) -> dict[str, str]:
    """Old GUID -> new GUID of each note a card left under another note type when its
    kind changed (the lock's ``former``: note type -> note key -> GUID), for the note of
    the same key the card has now. An old GUID two notes of today could take is left
    out, and so is a new GUID two old notes could give theirs to."""
    found: dict[str, set[str]] = {}
    for entry in lock_cards.values():
        if not isinstance(entry, dict) or entry.get("retired"):
            continue
        former, notes = entry.get("former"), entry.get("notes")
        if not isinstance(former, dict) or not isinstance(notes, dict):
            continue
        for old in former.values():
            for key, old_guid in old.items() if isinstance(old, dict) else ():
                note = notes.get(key)
                new_guid = note.get("guid") if isinstance(note, dict) else None
                if isinstance(new_guid, str) and old_guid != new_guid:
                    found.setdefault(new_guid, set()).add(old_guid)
    olds = [old for news in found.values() for old in news]
    return {
        next(iter(old)): new
        for new, old in found.items()
        if len(old) == 1 and olds.count(next(iter(old))) == 1
    }


#: The GUIDs of the notes none of whose cards was ever studied: every card new, none in
#: the review log (a note an import just added).
UNSTUDIED = (
    "select n.guid from notes n where not exists (select 1 from cards c where c.nid = n.id "
    "and (c.type != 0 or exists (select 1 from revlog r where r.cid = c.id)))"
)


def _carried_over(
    guids: set[str],
    wanted: dict[str, BuiltNote],
    changes: dict[str, str],
    unstudied: set[str] | frozenset[str] = frozenset(),
):
    """Of ``changes`` (old GUID -> new), those whose old note the collection holds
    (``guids``) and whose new note it does not, or holds never studied (``unstudied``:
    the build was imported before adopt ran, and the new card not studied since): the
    old note can take the new one's place with its review history, and the new note,
    which holds none, goes."""
    return {
        old: new
        for old, new in changes.items()
        if old in guids and (new not in guids or new in unstudied) and new in wanted
    }


def _both_studied(guids: set[str], changes: dict[str, str], unstudied: set[str]) -> list[str]:
    """The new GUIDs of ``changes`` whose old and new notes the collection both holds, both
    studied: Anki cannot join two notes' review histories, so both stay."""
    studied = guids - unstudied
    return sorted(new for old, new in changes.items() if old in studied and new in studied)


def to_move(
    collection: Path, wanted: dict[str, BuiltNote], changes: dict[str, str] | None = None
) -> tuple[int, int, list[str]]:
    """(notes of the built deck the collection holds, those of them not yet of the
    note type the built deck gives them, and the old notes of a card whose kind changed
    that are to take its new notes' place; the new GUIDs of kind changes whose old and
    new notes the collection holds, both studied: ``_both_studied``), read without
    changing the collection (opened read-write all the same: a reader of Anki's WAL file
    that may not write leaves its -wal and -shm files beside it)."""
    conn = sqlite3.connect(f"file:{collection}?mode=rw", uri=True)
    try:
        held = moving = 0
        guids = set()
        for guid, mid in conn.execute("select guid, mid from notes"):
            guids.add(guid)
            target = wanted.get(guid)
            if target is not None:
                held += 1
                moving += mid != target.spec.id
        unstudied = {guid for (guid,) in conn.execute(UNSTUDIED)}
        carried = _carried_over(guids, wanted, changes or {}, unstudied)
        return held, moving + len(carried), _both_studied(guids, changes or {}, unstudied)
    finally:
        conn.close()


def adopt(
    collection: Path,
    apkg: Path,
    work: Path,
    wanted: dict[str, BuiltNote] | None = None,
    changes: dict[str, str] | None = None,
) -> Adopted:
    """``changes``: old GUID -> new GUID of the notes cards left under another note type
    when their kind changed (``kind_changes``)."""
    from anki.collection import Collection, ImportAnkiPackageRequest

    wanted = built_notes(apkg, work) if wanted is None else wanted
    col = Collection(str(collection))
    result = Adopted()
    try:
        types_before = dict(col.db.all("select id, mid from notes"))
        before = set(col.db.list("select guid from notes"))
        unstudied = set(col.db.list(UNSTUDIED))
        carried = _carried_over(before, wanted, changes or {}, unstudied)
        decks_before = {deck.id for deck in col.decks.all_names_and_ids()}
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
        _take_their_place(col, carried, wanted, result)
        present = {nt.id for nt in col.models.all_names_and_ids()}
        lacking = sorted({t.spec.name for t in wanted.values() if t.spec.id not in present})
        if lacking:  # pragma: no cover - Anki keeps the id of a note type it adds
            raise AdoptError(f"Anki did not add cheatdeck's note types {', '.join(lacking)}")
        cards: dict[int, list[int]] = {}
        for nid, ord_ in col.db.all("select nid, ord from cards"):
            cards.setdefault(nid, []).append(ord_)
        groups: dict[tuple[int, int], list[tuple[int, BuiltNote, list[int]]]] = {}
        for nid, guid, mid in col.db.all("select id, guid, mid from notes"):
            target = wanted.get(guid)
            if target is not None and mid != target.spec.id:
                notes = groups.setdefault((mid, target.spec.id), [])
                notes.append((nid, target, cards.get(nid, [])))
        for (old_mid, new_mid), notes in sorted(groups.items()):
            _change(col, old_mid, new_mid, notes, result)
        _add_media(col, wanted, work / "scratch.media")
        built_times = []
        for nid, guid, mid in col.db.all("select id, guid, mid from notes"):
            target = wanted.get(guid)
            if target is None or mid != target.spec.id or types_before.get(nid) == mid:
                continue  # not moved by adopt: the import did what Anki does (never older
            built_times.append((target.mod, nid))  # text over a newer note: a clone
            note = col.get_note(nid)  # behind, an Anki edit)
            tags = _with_review_state_tags(target.tags, note.tags)
            # the built fields include Reverse, which the reversed card (template 1) shows
            if list(note.fields) != target.fields or sorted(note.tags) != sorted(tags):
                built = "\x1f".join(target.fields)
                if sounds := [
                    s for s in _SOUND.findall("\x1f".join(note.fields)) if s not in built
                ]:
                    card_id = target.fields[target.spec.fields.index("CheatdeckId")]
                    result.silenced.append((guid, card_id, list(dict.fromkeys(sounds))))
                note.fields[:] = target.fields
                note.tags = tags
                col.update_note(note)
                result.refreshed += 1
        _as_built(col, built_times)
        _place_below(col, wanted, result)
        _remove_empty_new_decks(col, decks_before, wanted, result)
    finally:
        col.close()
    return result


def _remove_empty_new_decks(
    col, before: set[int], wanted: dict[str, BuiltNote], result: Adopted
) -> None:
    """Remove the decks adopt's own import added that hold no card, sub-decks
    included. Anki's import adds every deck the package names, while the cards the
    collection has stay in their decks: a topic whose ``deck:`` was renamed would leave
    its new deck empty, and the user's rename of the old deck to that name in Anki
    (what the build says to do before the import) would then make "<name>+". Without
    it, the user's own import of the deck adds that deck as it always does."""
    added = {
        deck.id: deck.name
        for deck in col.decks.all_names_and_ids()
        if deck.id not in before and not col.decks.card_count(deck.id, include_subdecks=True)
    }
    names = set(added.values())
    # a parent removed takes its sub-decks along: name the top ones only
    top = [
        (did, name)
        for did, name in added.items()
        if not any(name.startswith(other + "::") for other in names)
    ]
    if not top:
        return
    for _, name in sorted(top, key=lambda one: one[1]):
        result.emptied[name] = {}
    for ord_, did, guid in col.db.all(
        "select c.ord, c.did, n.guid from cards c join notes n on c.nid = n.id"
    ):
        target = wanted.get(guid)
        there = target.decks.get(ord_) if target is not None else None
        for name, held in result.emptied.items():
            if there is not None and (there == name or there.startswith(name + "::")):
                here = col.decks.name(did)
                held[here] = held.get(here, 0) + 1
    col.decks.remove([did for did, _ in top])


def _as_built(col, times: list[tuple[int, int]]) -> None:
    """Give each note adopt moved (note id, built time) the time the built deck gives it,
    which is the time the lock gave its card. Anki stamps a note it changes with its own
    clock and updates a note on import only from a newer one: a note left at adopt's
    second would keep its text when a build of an edit made in that same second (or any
    build whose clock is behind, a fixed ``SOURCE_DATE_EPOCH``) is imported. The lock
    stamps an edit at least one second after the time it gave the card before, so from
    the built time on every edit reaches the note. Changing a note's type makes Anki ask
    for a one-way sync, so no sync weighs this time against another device's."""
    for mod, nid in times:
        if mod > 0:
            col.db.execute("update notes set mod = ? where id = ?", mod, nid)


#: Anki's own tags, which its .apkg export leaves out (so no imported card holds them):
#: the user's mark and the leech flag are review state, kept on the note by adopt.
REVIEW_STATE_TAGS = frozenset({"marked", "leech"})


def _with_review_state_tags(built: list[str], current: list[str]) -> list[str]:
    """The built note's tags, and those of ``REVIEW_STATE_TAGS`` the note has (in any
    case, as Anki matches tags) that the built ones lack."""
    have = {tag.casefold() for tag in built}
    kept = [t for t in current if t.casefold() in REVIEW_STATE_TAGS and t.casefold() not in have]
    return [*built, *kept]


def _place_below(col, wanted: dict[str, BuiltNote], result: Adopted) -> None:
    """Move each adopted card that sits in a deck above the one the built deck puts it
    in (a note of the imported deck's root deck: a corpus puts it in ``<root>::General``)
    down into that deck. Anki's import keeps a card where it is but adds the decks the
    package names, so without the move ``<root>::General`` stays empty; a card moved
    within its own deck's subtree keeps its reviews and is still studied with that deck."""
    moves: dict[tuple[str, str], list[int]] = {}
    for cid, ord_, did, guid, mid in col.db.all(
        "select c.id, c.ord, c.did, n.guid, n.mid from cards c join notes n on c.nid = n.id"
    ):
        target = wanted.get(guid)
        if target is None or mid != target.spec.id or ord_ not in target.decks:
            continue
        here, there = col.decks.name(did), target.decks[ord_]
        if there.casefold().startswith(here.casefold() + "::"):
            moves.setdefault((here, there), []).append(cid)
    for (here, there), card_ids in sorted(moves.items()):
        col.set_deck(card_ids, col.decks.id(there))
        result.placed[(here, there)] = len(card_ids)


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


def _by_name_then_position(old: list[str], new: list[str], positions: int = 0) -> list[int]:
    """For each new field or template, the old one it takes over: the one of the same
    name, else the one at its position that no new one claims by name (only for the
    first ``positions`` new ones, when given); -1 for none."""
    claimed = set(new) & set(old)
    return [
        old.index(name)
        if name in claimed
        else index
        if index < len(old) and old[index] not in claimed and (not positions or index < positions)
        else -1
        for index, name in enumerate(new)
    ]


def _change(
    col,
    old_mid: int,
    new_mid: int,
    notes: list[tuple[int, BuiltNote, list[int]]],
    result: Adopted,
    kind: bool = False,
) -> None:
    """Move notes (id, built note, the ords of its cards) of one note type to one of
    cheatdeck's: fields and templates by name, else by position, so each card goes to
    the template that asks the same (template 1 of a Q&A or concept note type is the
    reversed card) and keeps its id, state and review log. A note stays where it is
    when one of its cards would lose its template or land on a template the built note
    gives no card (a reversed card, and the corpus's card lacks ``reverse: true``)."""
    old = col.models.get(old_mid)
    new = col.models.get(new_mid)
    change = f"'{old['name']}' not moved to '{new['name']}'"
    info = col.models.change_notetype_info(old_notetype_id=old_mid, new_notetype_id=new_mid)
    request = info.input
    new_fields = [f["name"] for f in new["flds"]]
    # Past the prompt and answer, a field of another name starts empty (the built fields
    # fill every field right after): an "Example" third field put into ``Reverse`` would
    # make Anki add each note a reversed card with a blank front.
    old_fields = [f["name"] for f in old["flds"]]
    request.new_fields[:] = _by_name_then_position(old_fields, new_fields, positions=2)
    if new["type"] == 1:  # a cloze note type has no templates to map: each card keeps its ord
        lands = {ord_: ord_ for _nid, _built, ords in notes for ord_ in ords}
    else:
        old_templates = [t["name"] for t in old["tmpls"]]
        # a card would lose its template, and its history with it: leave these be (of a
        # card whose kind changed, only the notes one of whose cards would: a Q&A note
        # without its reversed card moves to a one-template type, each card found below)
        if old["type"] == 1 or (not kind and len(old_templates) > len(new["tmpls"])):
            result.skipped.append(
                f"{_count(len(notes))} of {change}: some of their cards have no template there"
            )
            return
        mapped = _by_name_then_position(old_templates, [t["name"] for t in new["tmpls"]])
        request.new_templates[:] = mapped
        lands = {old_ord: new_ord for new_ord, old_ord in enumerate(mapped) if old_ord >= 0}
    movable, stranded = [], []
    for nid, built, ords in notes:
        fits = all(lands.get(ord_, -1) in built.ords for ord_ in ords)
        (movable if fits else stranded).append((nid, built, ords))
    if stranded:
        guids = sorted(col.get_note(nid).guid for nid, _built, _ords in stranded)
        shown = ", ".join(guids[:5]) + (", ..." if len(guids) > 5 else "")
        spec = stranded[0][1].spec  # the note type every note here goes to
        reverse = {i for i, t in enumerate(spec.templates) if t.asks == REVERSE_FIELD}
        why = "a card they have would lose its template or show nothing there"
        if all(
            lands.get(ord_, -1) in built.ords or lands.get(ord_, -1) in reverse
            for _nid, built, ords in stranded
            for ord_ in ords
        ):
            why = "they have a reversed card: give their cards `reverse: true` to keep it"
        result.skipped.append(f"{_count(len(stranded))} of {change} (GUIDs {shown}): {why}")
    if movable:
        request.note_ids.extend(nid for nid, _built, _ords in movable)
        col.models.change_notetype_of_notes(request)
        key = f"{old['name']} -> {new['name']}" + (" (a card's kind changed)" if kind else "")
        result.moved[key] = result.moved.get(key, 0) + len(movable)
        if not kind and (look := own_look(old.get("css", ""), old["tmpls"])):
            result.restyled.append((old["name"], len(movable), look))


def _take_their_place(
    col, carried: dict[str, str], wanted: dict[str, BuiltNote], result: Adopted
) -> None:
    """A card whose kind changed: the build gave it a new note (Anki cannot move a note
    to another note type), which the import just added, and the collection holds the
    note of its old kind with the review history. Anki's change-note-type operation
    moves the old note to the new note's type (each card keeps its id, its state and
    its review log), then the new note, unreviewed, is deleted and the old note takes
    its GUID: the next import updates it. An old note that cannot move (a card would
    lose its template) stays as it was, and the new note too."""
    if not carried:
        return
    ids = dict(col.db.all("select guid, id from notes"))
    cards: dict[int, list[int]] = {}
    for nid, ord_ in col.db.all("select nid, ord from cards"):
        cards.setdefault(nid, []).append(ord_)
    groups: dict[tuple[int, int], list[tuple[int, BuiltNote, list[int]]]] = {}
    for old, new in carried.items():
        if old not in ids or new not in ids:
            continue
        note = col.get_note(ids[old])
        target = wanted[new]
        if note.mid != target.spec.id:
            groups.setdefault((note.mid, target.spec.id), []).append(
                (note.id, target, cards.get(note.id, []))
            )
    for (old_mid, new_mid), notes in sorted(groups.items()):
        _change(col, old_mid, new_mid, notes, result, kind=True)
    replaced = []
    for old, new in carried.items():
        if old in ids and new in ids and col.get_note(ids[old]).mid == wanted[new].spec.id:
            replaced.append((ids[old], ids[new], new))
    if replaced:
        col.remove_notes([new_id for _old_id, new_id, _guid in replaced])
        result.replaced += len(replaced)
        for old_id, _new_id, guid in replaced:
            note = col.get_note(old_id)
            note.guid = guid
            col.update_note(note)


def _count(count: int) -> str:
    return f"{count} note{'' if count == 1 else 's'}"


def _studied_twice(built: BuiltNote) -> str:
    """A card whose kind changed and whose new note was imported and studied: the old
    note's reviews cannot join it."""
    card_id = built.fields[built.spec.fields.index("CheatdeckId")]
    return (
        f"notice: '{card_id}' changed kind and its new note has reviews of its own: Anki "
        "cannot join two notes, so the old one keeps its review history, no longer updated "
        f'(to delete it in Anki, search "CheatdeckId:{card_id}" -"note:{built.spec.name}")'
    )


def _nothing_to_move(collection: Path, held: int, built: int) -> str:
    """What adopt says when no note is to change note type: it changes nothing, so it
    makes no backup either."""
    if held:
        return (
            f"nothing to adopt: {'the' if held == 1 else 'all'} {_count(held)} of the corpus "
            f"in {collection} {'has' if held == 1 else 'have'} cheatdeck's note types "
            "already; nothing was changed and no backup made (import the built .apkg in "
            "Anki to update them)"
        )
    return (
        f"nothing to adopt: {collection} holds none of the corpus's {_count(built)} (is it "
        "the profile whose notes you imported?); nothing was changed and no backup made"
    )


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
        for line in name_fields(corpus, collection):  # a text import's "Field 3: …"
            print(line)
        with tempfile.TemporaryDirectory(prefix="cheatdeck-adopt-") as tmp:
            work = Path(tmp)
            outcome = pipeline.build(corpus, work / "out", [WRITER_NAMES["apkg"]])
            if outcome.report.failed(False):
                sys.stdout.write(outcome.report.render("text"))
                print("cheatdeck: the corpus has errors; nothing was changed", file=sys.stderr)
                return EXIT_PROBLEMS
            apkg = work / "out" / WRITER_NAMES["apkg"].filename(outcome.corpus.name)
            wanted = built_notes(apkg, work)
            changes = kind_changes(outcome.lock.cards)
            held, moving, studied = to_move(collection, wanted, changes)
            for guid in (g for g in studied if g in wanted):
                print(_studied_twice(wanted[guid]))
            if not moving:
                print(_nothing_to_move(collection, held, len(wanted)))
                return 0
            saved = backup(collection)
            print(f"backup: {saved}")
            try:
                result = adopt(collection, apkg, work, wanted, changes)
            except Exception as exc:  # the anki backend's errors share no public base
                raise AdoptError(
                    f"Anki could not change {collection} ({exc}); the backup is {saved}"
                ) from None
    except AdoptError as exc:
        print(f"cheatdeck: error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    for change, count in result.moved.items():
        print(f"moved {count} note{'' if count == 1 else 's'}: {change}")
    for (here, there), count in result.placed.items():
        print(
            f"moved {count} card{'' if count == 1 else 's'} from the deck {here} into "
            f"{there}, where the corpus puts {'it' if count == 1 else 'them'} (reviews kept)"
        )
    for name, count, look in result.restyled:
        print(
            f"notice: {_count(count)} of '{name}' no longer show its look ({look}): they "
            f"show as every cheatdeck card does; '{name}' stays in Anki, empty, with it"
        )
    for line in result.skipped:
        print(f"cheatdeck: {line}", file=sys.stderr)
    for guid, card_id, sounds in result.silenced:
        print(
            f"notice: note {guid} ({card_id}): no longer plays {', '.join(sounds)}: a "
            f"cheatdeck card has no sound (the note as it was is in {saved})"
        )
    for name, held in result.emptied.items():
        if not held:  # a deck no card of the build goes to: nothing to say
            continue
        where = ", ".join(f"{count} in {deck}" for deck, count in sorted(held.items()))
        if len(held) == 1:
            (old,) = held
            what = f"rename '{old}' to '{name}' in Anki (its gear → Rename), or move them"
        else:
            what = "move them"
        print(
            f"did not add the deck '{name}' that the build names: its cards are still "
            f"where you have them ({where}); {what}, as the build said"
        )
    if result.replaced:
        print(
            f"kept {_count(result.replaced)} of cards whose kind changed, with their reviews, "
            "in place of the new notes the build gave them (the import updates them)"
        )
    print(
        f"{_count(sum(result.moved.values()))} moved, "
        f"{_count(result.refreshed)} given the corpus's text"
    )
    return EXIT_PROBLEMS if result.skipped else 0
