"""The apkg writer: facts -> one Anki package whose notes keep their identity across builds.

Anki's importer matches notes by GUID only and updates one only when the incoming
note is newer and its note type keeps the same id and schema. So: GUIDs come from
``Fact.guid`` (corpus name + note key); note types have fixed ids and a frozen
schema (``notetypes``); and every time comes from ``cards/cheatdeck.lock`` —
a note's time is when its content last changed, a note type's when its templates
or CSS last changed — so an edited card updates exactly its note and an unchanged
build updates nothing. Same corpus and lock, same bytes.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ...facts import Fact
from ...media import inline_media
from .. import BuildContext, OutputError
from .fields import (
    Media,
    card_ords,
    field_values,
    inline_image_path,
    media_name,
    sort_checksum,
    sort_text,
    tags_of,
)
from .notetypes import (
    NOTE_TYPES,
    TemplateProblem,
    note_type_of,
    notetype_json,
    read_look,
    stable_id,
)
from .package import Deck, NoteRow, package_bytes, write_collection

# Bump when the HTML written into fields changes shape (here, in text.py or
# highlight.py, or after an upgrade of Pygments or markdown-it that changes it), so
# every note is newer once and Anki applies the new rendering; the lock keeps the
# time of the last bump.
FIELDS_KEY = "anki:fields"  # the lock's entry of the fields' format
FIELD_FORMAT = 4  # 2: math kept as \( \) and inline images packed (issue 16);
# 3: an entity written in a card (&nbsp;) shown as written; 4: code lexed with a final
# newline (a last line's tokens), a cloze's \{\{ in code shown as {{


def render(ctx: BuildContext) -> bytes:
    """The .apkg bytes for ``ctx.facts`` (retired facts included, already tagged)."""
    look = note_look(ctx)
    media = _MediaStore(ctx)
    fields_time = _fields_time(ctx)
    decks = _decks(ctx)
    deck_ids = {deck.name: deck.id for deck in decks}
    variants = {note_type_of(fact.variant).variant for fact in ctx.facts}
    used = [spec for spec in NOTE_TYPES.values() if spec.variant in variants]
    root_id = deck_ids.get(ctx.corpus.deck, 1)
    type_times = [ctx.lock.stamp(f"notetype:{spec.name}", look.digest(spec)) for spec in used]
    notetypes = [
        notetype_json(spec, look, time, root_id)
        for spec, time in zip(used, type_times, strict=True)
    ]
    notes = list(_note_rows(ctx, media, fields_time, deck_ids, _IdAllocator()))
    # The package's own times (the collection's, the decks', the zip entries') are its
    # newest note's or note type's: an edit no note shows (a card moved to another file,
    # term items reordered) leaves the deck the same bytes, as Anki takes nothing from it.
    time = max((*(note.mtime for note in notes), *type_times), default=ctx.build_time)
    with tempfile.TemporaryDirectory(prefix="cheatdeck-apkg-") as folder:
        collection = Path(folder) / "collection.anki2"
        write_collection(collection, notes, notetypes, decks, time)
        return package_bytes(collection, media.entries(), time)


def _fields_time(ctx: BuildContext) -> int:
    """When the fields' format last changed; a notice when it changes in this build."""
    before = ctx.lock.other.get(FIELDS_KEY, {}).get("hash")
    digest = _field_format_digest()
    if before is not None and before != digest:
        ctx.notices.append(
            f"{ctx.corpus.name}.apkg: this cheatdeck writes the notes' fields in a new form: "
            "importing the deck updates every note once (reviews are kept; a field you "
            "edited inside Anki gets the corpus's text again)"
        )
    return ctx.lock.stamp(FIELDS_KEY, digest)


def _note_rows(
    ctx: BuildContext, media, fields_time: int, deck_ids: dict, ids
) -> Iterator[NoteRow]:
    """One row per fact, its fields rendered, in ``ctx.facts`` order."""
    type_ids = {variant: note_type_of(variant).id for variant in {f.variant for f in ctx.facts}}
    for fact in ctx.facts:
        image = media.get(fact)
        inline = media.inline(fact)  # the images of its texts: packed
        times = (image_time(ctx, item) for item in (image, *inline))
        mtime = max(ctx.time_of(fact), fields_time, *times)
        fields = field_values(fact, image, media.packed_name)
        sort_field = sort_text(fields[0])
        ords = card_ords(fact)
        yield NoteRow(
            id=ids.take(mtime),
            guid=fact.guid,
            notetype_id=type_ids[fact.variant],
            mtime=mtime,
            tags=tags_of(fact),
            fields=fields,
            sort_field=sort_field,
            checksum=sort_checksum(sort_field),
            deck_id=deck_ids[fact.card.deck],
            card_ids=[ids.take(mtime) for _ in ords],
            ords=ords,
            suspended=fact.retired,  # not to be studied where it arrives new
        )


#: What the note types' code colours are made of: bump when the styles or scopes below, or
#: the rules ``highlight.css`` keeps, change (every note type newer once, so Anki takes
#: the new colours). Pygments' own output stays out of the note types' time: another
#: installed Pygments writes other rules, and two machines would re-stamp each other's.
CODE_COLOURS = "default .code; monokai .nightMode .code, .night_mode .code; no .hl-err"


def note_look(ctx: BuildContext):
    """The note types' CSS and card templates, code colours included (crowdanki's too)."""
    from ...highlight import css

    code_css = "\n".join(
        [
            "/* code colours (Pygments) */",
            css("default", ".code"),
            css("monokai", ".nightMode .code"),
            css("monokai", ".night_mode .code"),
        ]
    )
    try:
        return read_look(Path(ctx.templates) / "anki", code_css + "\n", CODE_COLOURS)
    except TemplateProblem as exc:
        raise OutputError(str(exc)) from exc


def _field_format_digest() -> str:
    # Library versions stay out on purpose: two machines with another Pygments
    # would otherwise rewrite each other's lock and touch every note.
    return hashlib.sha256(f"cheatdeck-anki-fields-{FIELD_FORMAT}".encode()).hexdigest()[:16]


def image_time(ctx: BuildContext, image: Media | None) -> int:
    """When an image's bytes last changed: a new image makes its notes newer (and the
    build says so once: the cards' text, which the report counts, did not change)."""
    if image is None:
        return 0
    key = f"media:{image.path}"
    before = ctx.lock.other.get(key, {}).get("hash")
    if before is not None and before != image.digest:
        ctx.notices.append(
            f"{ctx.corpus.name}.apkg: {image.path} changed: Anki updates the notes that show it"
        )
    return ctx.lock.stamp(key, image.digest)


class _MediaStore:
    """Images read once each, named by content; referenced by basename."""

    def __init__(self, ctx: BuildContext):
        self.ctx = ctx
        self.by_path: dict[str, Media | None] = {}
        self.last_card = None
        self.last_paths: tuple[str, ...] = ()

    def get(self, fact: Fact) -> Media | None:
        path = fact.card.image
        if not path:
            return None
        if path not in self.by_path:
            self.by_path[path] = self._read(path, fact.retired)
        return self.by_path[path]

    def inline(self, fact: Fact) -> list[Media]:
        """The images of the fact's card's texts (a card's facts share them)."""
        card = fact.card
        if self.last_card is not card:
            self.last_card, self.last_paths = card, inline_media(card)
        found = []
        for path in self.last_paths:
            if path not in self.by_path:
                self.by_path[path] = self._read(path, fact.retired)
            if self.by_path[path] is not None:
                found.append(self.by_path[path])
        return found

    def packed_name(self, src: str) -> str | None:
        """The packed name of an image written in a card's text: a file inside the
        corpus folder, else None (a URL or an outside path is never referenced)."""
        path = inline_image_path(self.ctx.corpus_dir, src)
        if path is None:
            return None
        if path not in self.by_path:
            self.by_path[path] = self._read(path, retired=True)  # unreadable: not shown
        media = self.by_path[path]
        return media.name if media is not None else None

    def _read(self, path: str, retired: bool) -> Media | None:
        file = Path(self.ctx.corpus_dir) / path
        try:
            data = file.read_bytes()
        except OSError as exc:
            if retired:  # a retired card's image may be gone with it
                return None
            raise OutputError(f"cannot read image {path}: {exc.strerror}") from exc
        name, digest = media_name(path, data)
        return Media(path, name, data, digest)

    def entries(self) -> list[tuple[str, bytes]]:
        unique = {m.name: m.data for m in self.by_path.values() if m is not None}
        return sorted(unique.items())


class _IdAllocator:
    """Note and card ids like Anki's (milliseconds of the content's time): unique, reproducible.

    Ids rise strictly in build order, so a thousand notes of one second never collide.
    """

    def __init__(self):
        self.last = 0

    def take(self, seconds: int) -> int:
        self.last = max(seconds * 1000, self.last + 1)
        return self.last


def _decks(ctx: BuildContext) -> list[Deck]:
    """Every deck the facts use, with its parents; ids from sha256 of the name."""
    from ...text import inline_html

    descriptions: dict[str, str] = {}
    if ctx.corpus.subtitle:
        descriptions[ctx.corpus.deck] = inline_html(ctx.corpus.subtitle)
    for topic in ctx.corpus.topics:
        if topic.intro:
            descriptions.setdefault(topic.deck, inline_html(topic.intro))
    names: set[str] = set()
    for fact in ctx.facts:
        parts = fact.card.deck.split("::")
        names.update("::".join(parts[: i + 1]) for i in range(len(parts)))
    return [
        Deck(stable_id(f"cheatdeck deck {name}"), name, descriptions.get(name, ""))
        for name in sorted(names)
    ]
