"""What every import source is read into: notes with their note type's shape, deck,
tags, GUID and media, before they become cards (``mapping``)."""

from __future__ import annotations

import re
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
    #: the fields a template shows as ruby text (``{{furigana:Front}}``): Anki shows
    #: ``漢字[かんじ]`` as the kanji with the reading above them
    ruby: tuple[str, ...] = ()
    #: the fields the first template's front shows, and those only its back shows, in
    #: the order they appear (empty when the source has no templates)
    front: tuple[str, ...] = ()
    back: tuple[str, ...] = ()
    #: what gives it a look of its own (``own_look``), "" for Anki's stock look
    look: str = ""
    #: its id in the collection it came from (0 when the source has none): a note type
    #: of cheatdeck's own has the id cheatdeck gives it (``NOTE_TYPES``)
    id: int = 0


#: The styling of Anki's stock note types (Basic's, and Cloze's with its ``.cloze``
#: rules), whitespace aside: a note type that has it looks as any Anki card does.
STOCK_CSS = (
    ".card { font-family: arial; font-size: 20px; text-align: center; color: black; "
    "background-color: white; }",
    ".card { font-family: arial; font-size: 20px; line-height: 1.5; text-align: center; "
    "color: black; background-color: white; }",
)
_CLOZE_CSS = re.compile(r"(\.nightMode )?\.cloze ?\{[^}]*\}")
#: Template markup that gives no look: Anki's answer line, line breaks, the fields.
_PLAIN_MARKUP = re.compile(r"\{\{[^{}]*\}\}|<hr id=\"?answer\"?>|<br ?/?>", re.I)


def own_look(css: str, templates: list[dict]) -> str:
    """What gives an Anki note type a look of its own, which cheatdeck's note types do not
    keep ("its CSS", "its templates' markup", both), or "" for the stock look."""
    plain = " ".join(_CLOZE_CSS.sub("", css or "").replace("\n", " ").split())
    styled = bool(plain) and plain not in STOCK_CSS
    shown = "".join(str(t.get(side) or "") for t in templates for side in ("qfmt", "afmt"))
    marked = "<" in _PLAIN_MARKUP.sub("", shown)
    said = [what for what, has in (("its CSS", styled), ("its templates' markup", marked)) if has]
    return " and ".join(said)


#: A field a template shows: ``{{Call}}``, ``{{text:Call}}`` (not ``{{#Call}}`` … ``{{/Call}}``,
#: which only test it).
_SHOWN = re.compile(r"\{\{(?![#^/!])([^{}]+)\}\}")


def template_sides(templates: list[dict], fields: tuple[str, ...]) -> tuple[tuple, tuple]:
    """The fields an Anki note type's first template shows on the front, and the fields
    only its back shows, each in the order they appear (``{{FrontSide}}``, ``{{Tags}}``
    and other special names are no fields)."""
    if not templates:
        return (), ()

    def shown(side: str) -> list[str]:
        names = (found.rsplit(":", 1)[-1].strip() for found in _SHOWN.findall(side))
        return [name for name in dict.fromkeys(names) if name in fields]

    front = shown(templates[0].get("qfmt", ""))
    back = [name for name in shown(templates[0].get("afmt", "")) if name not in front]
    return tuple(front), tuple(back)


def types_answer(templates: list[dict]) -> bool:
    """Whether one of an Anki note type's templates (``qfmt``, ``afmt``) asks to type in."""
    return any("{{type:" in t.get("qfmt", "") + t.get("afmt", "") for t in templates)


#: Anki's template filters that show ``漢字[かんじ]`` as ruby, or only its kanji or kana.
_RUBY = re.compile(r"\{\{(?:[^{}:]*:)*(?:furigana|kana|kanji):([^{}:]+)\}\}")


def ruby_fields(templates: list[dict]) -> tuple[str, ...]:
    """The fields an Anki note type's templates show through a furigana filter."""
    text = "".join(t.get("qfmt", "") + t.get("afmt", "") for t in templates)
    return tuple(dict.fromkeys(name.strip() for name in _RUBY.findall(text)))


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
