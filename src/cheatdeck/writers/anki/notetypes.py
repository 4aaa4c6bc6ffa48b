"""The Anki note types: one per card kind, their frozen schema, ids and templates.

A concept or Q&A note has an optional second card (answer -> prompt): its front is
wrapped in ``{{#Reverse}}…{{/Reverse}}``, so ``reverse:`` fills the ``Reverse`` field
and toggling it updates the note in place (Anki adds the second card; turning it off
leaves that card empty, for Tools → Empty Cards).

Anki updates an existing note only while its note type keeps the same id and the
same schema (field names and template names). So ids come from fixed strings
through sha256 (never from templates or CSS), and the schema below is pinned by a
golden snapshot: renaming a field or template needs a deliberate ``SCHEMA_VERSION``
bump, which makes new note types (existing notes then stop updating). The fields of
each note type come from ``model.KINDS`` (``KindSpec.note_fields``), then the ones
every note ends with.
Template and CSS *content* lives in ``templates/anki/`` and may change freely:
its digest gives the note type a newer time, and Anki applies it on import.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...model import KINDS

SCHEMA_VERSION = 2  # 2: reverse is an optional card, not a note type of its own
PREFIX = "cheatdeck"

# Fields every note type ends with: the back's extras and the card's identity.
EXTRA_FIELDS = ("Note", "Source", "Image", "CheatdeckId")
KEY_FIELD = "CheatdeckKey"  # the note key of a table cell or list item


@lru_cache(maxsize=4096)
def stable_id(text: str) -> int:
    """A positive id below 2**53 (safe in JSON and JavaScript) from sha256 of ``text``.

    It lies above 2**50, far from Anki's own millisecond-timestamp ids.
    """
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return (1 << 50) + int.from_bytes(digest[:6], "big")


@dataclass(frozen=True, slots=True)
class TemplateSpec:
    """One card template: its frozen name and the field its front asks for."""

    name: str
    asks: str  # the field whose emptiness would make the front empty


@dataclass(frozen=True, slots=True)
class NoteTypeSpec:
    """One note type: the variant it serves, its frozen name, fields and templates."""

    variant: str
    title: str
    fields: tuple[str, ...]
    templates: tuple[TemplateSpec, ...]
    cloze: bool = False

    @property
    def name(self) -> str:
        return f"{PREFIX} {self.title}"

    @property
    def id(self) -> int:
        return stable_id(f"{PREFIX} notetype {self.variant} v{SCHEMA_VERSION}")

    def field_id(self, field: str) -> int:
        return stable_id(f"{PREFIX} field {self.variant} v{SCHEMA_VERSION} {field}")

    def template_id(self, template: str) -> int:
        return stable_id(f"{PREFIX} template {self.variant} v{SCHEMA_VERSION} {template}")

    @property
    def template_file(self) -> str:
        return f"{self.variant}.html"


def _spec(variant, title, fields, *templates, cloze=False, keyed=False) -> NoteTypeSpec:
    tail = EXTRA_FIELDS + ((KEY_FIELD,) if keyed else ())
    return NoteTypeSpec(
        variant=variant,
        title=title,
        fields=tuple(fields) + tail,
        templates=tuple(TemplateSpec(name, asks) for name, asks in templates),
        cloze=cloze,
    )


REVERSE_FIELD = "Reverse"  # non-empty: the note has its answer -> prompt card


def _fields(kind: str) -> tuple[str, ...]:
    """The note fields a kind declares in ``model.KINDS`` (labels of its shown fields),
    then ``Reverse`` for a kind that may have a reversed card."""
    spec = KINDS[kind]
    return spec.note_fields + ((REVERSE_FIELD,) if spec.field("reverse") else ())


_CONCEPT = _fields("concept")
_QA = _fields("qa")
_TERM_DEF = ("Term → Definition", "Term")
_QUESTION_ANSWER = ("Question → Answer", "Question")

NOTE_TYPES: dict[str, NoteTypeSpec] = {
    spec.variant: spec
    for spec in (
        _spec("concept", "Concept", _CONCEPT, _TERM_DEF, ("Definition → Term", REVERSE_FIELD)),
        _spec("qa", "Q&A", _QA, _QUESTION_ANSWER, ("Answer → Question", REVERSE_FIELD)),
        _spec("command", "Command", _fields("command"), ("Task → Command", "Task")),
        _spec("limit", "Limit", _fields("limit"), ("Subject → Value", "Subject")),
        _spec(
            "table-cell",
            "Table cell",
            _fields("table"),
            ("Row × Column → Cell", "Row"),
            keyed=True,
        ),
        _spec("cloze", "Cloze", _fields("cloze"), ("Cloze", "Text"), cloze=True),
        _spec("snippet", "Snippet", _fields("snippet"), ("Title → Code", "Title")),
        _spec(
            "list-item",
            "List item",
            _fields("list"),
            ("List item", "Prompt"),
            keyed=True,
        ),
    )
}


def note_type_of(variant: str) -> NoteTypeSpec:
    """The note type of a fact variant: ``concept-reverse`` is a concept note."""
    return NOTE_TYPES[variant.removesuffix("-reverse")]


def schema_snapshot() -> dict:
    """What must never change silently: names, ids, fields and templates per note type."""
    return {
        "schema_version": SCHEMA_VERSION,
        "note_types": {
            spec.variant: {
                "name": spec.name,
                "id": spec.id,
                "cloze": spec.cloze,
                "fields": list(spec.fields),
                "templates": [t.name for t in spec.templates],
                # Anki matches fields and templates by these ids when both sides have them
                "field_ids": [spec.field_id(name) for name in spec.fields],
                "template_ids": [spec.template_id(t.name) for t in spec.templates],
            }
            for spec in NOTE_TYPES.values()
        },
    }


# ------------------------------------------------------------------ templates on disk

_SECTION = re.compile(r"^<!-- (front|back): (.+?) -->[ \t]*$", re.M)
EXTRAS_SLOT = "[[extras]]"


@dataclass(frozen=True, slots=True)
class Look:
    """The note types' content read from templates/anki: CSS and each card's two sides."""

    own_css: str  # templates/anki/style.css
    sides: dict[str, dict[str, tuple[str, str]]]  # variant -> template name -> (front, back)
    code_css: str = ""  # the code colours, made by the installed Pygments
    code_format: str = ""  # what cheatdeck asks of Pygments for them (styles, rules kept)

    @property
    def css(self) -> str:
        return self.own_css + self.code_css

    def digest(self, spec: NoteTypeSpec) -> str:
        """What a note type's time follows: its templates, name, schema and CSS, where the
        code colours count by ``code_format``, not as the installed Pygments writes them:
        two machines with two Pygments (any >= 2.17 installs) would otherwise re-stamp
        each other's note types at every build. A cheatdeck that asks Pygments for other
        colours bumps ``code_format``."""
        css = [self.own_css, self.code_format]
        payload = [css, spec.name, list(spec.fields), self.sides[spec.variant]]
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class TemplateProblem(Exception):
    """A template file is missing or lacks a side: a broken installation."""


def read_look(folder: Path, code_css: str, code_format: str = "") -> Look:
    """Read style.css, extras.html and one <variant>.html per note type from ``folder``;
    ``code_css`` follows style.css (``Look``: ``code_format`` names it in the digest)."""
    try:
        css = (folder / "style.css").read_text(encoding="utf-8").rstrip() + "\n"
        extras = (folder / "extras.html").read_text(encoding="utf-8").strip()
        sides = {
            spec.variant: _sides(spec, (folder / spec.template_file).read_text(encoding="utf-8"))
            for spec in NOTE_TYPES.values()
        }
    except OSError as exc:
        raise TemplateProblem(f"Anki templates missing in {folder}: {exc.strerror}") from exc
    filled = {
        variant: {
            name: (front, back.replace(EXTRAS_SLOT, extras)) for name, (front, back) in t.items()
        }
        for variant, t in sides.items()
    }
    return Look(own_css=css, sides=filled, code_css=code_css, code_format=code_format)


def _sides(spec: NoteTypeSpec, text: str) -> dict[str, tuple[str, str]]:
    found: dict[tuple[str, str], str] = {}
    marks = list(_SECTION.finditer(text))
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        found[(mark.group(1), mark.group(2).strip())] = text[mark.end() : end].strip()
    sides = {}
    for template in spec.templates:
        front = found.get(("front", template.name))
        back = found.get(("back", template.name))
        if front is None or back is None:
            raise TemplateProblem(
                f"{spec.template_file} lacks the front or back of template '{template.name}'"
            )
        sides[template.name] = (front, back)
    return sides


# ------------------------------------------------------------------ Anki's JSON (schema 11)

LATEX_PRE = (
    "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
    "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n"
    "\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n"
)
LATEX_POST = "\\end{document}"


def notetype_json(spec: NoteTypeSpec, look: Look, mtime: int, deck_id: int) -> dict:
    """The note type as the legacy collection's ``models`` entry."""
    sides = look.sides[spec.variant]
    return {
        "id": spec.id,
        "name": spec.name,
        "type": 1 if spec.cloze else 0,
        "mod": mtime,
        "usn": -1,
        "sortf": 0,
        "did": deck_id,
        "tmpls": [
            {
                "name": template.name,
                "ord": ord_,
                "qfmt": sides[template.name][0],
                "afmt": sides[template.name][1],
                "bqfmt": "",
                "bafmt": "",
                "did": None,
                "bfont": "",
                "bsize": 0,
                "id": spec.template_id(template.name),
            }
            for ord_, template in enumerate(spec.templates)
        ],
        "flds": [
            {
                "name": field,
                "ord": ord_,
                "sticky": False,
                "rtl": False,
                "font": "Arial",
                "size": 20,
                "media": [],
                "description": "",
                "plainText": False,
                "collapsed": False,
                "excludeFromSearch": False,
                "id": spec.field_id(field),
            }
            for ord_, field in enumerate(spec.fields)
        ],
        "css": look.css,
        "latexPre": LATEX_PRE,
        "latexPost": LATEX_POST,
        "latexsvg": False,
        "req": [
            [ord_, "any", [spec.fields.index(template.asks)]]
            for ord_, template in enumerate(spec.templates)
        ],
        "tags": [],
        "vers": [],
    }
