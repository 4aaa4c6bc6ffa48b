"""The ``anki-tsv`` writer: Anki's text import, one note a row, same notes as the .apkg.

File headers tell Anki everything (``#separator:tab``, ``#html:true`` and the guid,
note type, deck and tags columns), so the import needs no choices. Each row names the
cheatdeck note type of its fact and carries the fact's GUID, so importing this file
after the .apkg updates the very same notes (a stock "Basic" row with an apkg GUID
would be rejected as conflicting, and stock names are localised anyway). Field
contents, tags and image names (of ``image:`` and of images written in the text) come
from the apkg writer's own functions, so a note reads the same whichever file last
touched it; the text file cannot carry the images: the .apkg brings them.
"""

from __future__ import annotations

from ...facts import Fact
from .. import BuildContext
from ..exports.common import read_image
from .fields import Media, field_values, inline_image_path, media_name, tags_of
from .notetypes import NOTE_TYPES, note_type_of

HEADER = (
    "#separator:tab",
    "#html:true",
    "#guid column:1",
    "#notetype column:2",
    "#deck column:3",
    "#tags column:4",
)
_NEEDS_QUOTES = ('"', "\t", "\n", "\r")


def render(ctx: BuildContext) -> bytes:
    width = max((len(spec.fields) for spec in NOTE_TYPES.values()), default=0)
    images: dict[str, Media | None] = {}

    def media(path: str) -> Media | None:
        if path not in images:
            images[path] = _media(ctx, path)
        return images[path]

    def packed_name(src: str) -> str | None:
        """An image written in a card's text, by its .apkg name (as the .apkg has it)."""
        path = inline_image_path(ctx.corpus_dir, src)
        found = media(path) if path is not None else None
        return found.name if found is not None else None

    lines = list(HEADER)
    for fact in ctx.facts:
        image = media(fact.card.image) if fact.card.image else None
        cells = row(fact, image, width, packed_name)
        lines.append("\t".join(cell(value) for value in cells))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _media(ctx: BuildContext, path: str) -> Media | None:
    """The image under the name the .apkg gives it (the text file cannot carry it:
    importing the .apkg once brings the file into the collection)."""
    data = read_image(ctx, path)
    if data is None:
        return None
    name, digest = media_name(path, data)
    return Media(path, name, data, digest)


def row(fact: Fact, image: Media | None, width: int, inline_image=None) -> list[str]:
    """GUID, note type, deck, tags, then the note type's fields (padded to ``width``);
    ``inline_image`` as ``fields.field_values`` takes it."""
    spec = note_type_of(fact.variant)
    fields = field_values(fact, image, inline_image)
    fields += [""] * (width - len(fields))
    meta = [fact.guid, spec.name, fact.card.deck, " ".join(tags_of(fact))]
    return meta + fields


def cell(value: str) -> str:
    """One TSV cell, the field as the .apkg has it: quoted when it holds a quote, a tab
    or a line break (Anki's text import keeps a quoted line break as it is: the only ones
    are in code's <pre>, so the note reads the same, and is not updated, whichever
    file last touched it), or starts with '#' (a first cell so written is a comment)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if value.startswith("#") or any(mark in value for mark in _NEEDS_QUOTES):
        return '"' + value.replace('"', '""') + '"'
    return value
