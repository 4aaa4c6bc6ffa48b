"""The ``anki-tsv`` writer: Anki's text import, one note a row, same notes as the .apkg.

File headers tell Anki everything (``#separator:tab``, ``#html:true`` and the guid,
note type, deck and tags columns), so the import needs no choices. Each row names the
cheatdeck note type of its fact and carries the fact's GUID, so importing this file
after the .apkg updates the very same notes (a stock "Basic" row with an apkg GUID
would be rejected as conflicting, and stock names are localised anyway). Field
contents, tags and image names come from the apkg writer's own functions, so a note
reads the same whichever file last touched it.
"""

from __future__ import annotations

from ...facts import Fact
from .. import BuildContext
from ..exports.common import read_image
from .fields import Media, field_values, media_name, tags_of
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
    lines = list(HEADER)
    for fact in ctx.facts:
        image = None
        if fact.card.image:
            if fact.card.image not in images:
                images[fact.card.image] = _media(ctx, fact.card.image)
            image = images[fact.card.image]
        lines.append("\t".join(cell(value) for value in row(fact, image, width)))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _media(ctx: BuildContext, path: str) -> Media | None:
    """The image under the name the .apkg gives it (the text file cannot carry it:
    importing the .apkg once brings the file into the collection)."""
    data = read_image(ctx, path)
    if data is None:
        return None
    name, digest = media_name(path, data)
    return Media(path, name, data, digest)


def row(fact: Fact, image: Media | None, width: int) -> list[str]:
    """GUID, note type, deck, tags, then the note type's fields (padded to ``width``)."""
    spec = note_type_of(fact.variant)
    fields = field_values(fact, image)
    fields += [""] * (width - len(fields))
    meta = [fact.guid, spec.name, fact.card.deck, " ".join(tags_of(fact))]
    return meta + fields


def cell(value: str) -> str:
    """One TSV cell: line breaks as <br>, as Anki's text import stores them anyway
    (code's <pre> shows them the same); quoted when it holds a quote or a tab, or
    starts with '#' (Anki drops such rows as comments when it is the first cell)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")
    if value.startswith("#") or any(mark in value for mark in _NEEDS_QUOTES):
        return '"' + value.replace('"', '""') + '"'
    return value
