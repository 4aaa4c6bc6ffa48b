"""Fact -> the HTML of each Anki field, cloze text guarded, images under content-hashed names.

Every field is HTML: inline Markdown goes through ``text.inline_html`` (raw HTML
off, plain text escaped exactly once), code through ``highlight.code_html``. A
cloze text keeps the author's deletion numbers; as Anki's manual advises, an empty
HTML comment splits every ``}}``, ``{{`` and ``::`` inside it (``std:<!-- -->:vector``)
so that no text can end a deletion, start one or start a hint early.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from ... import cloze
from ...facts import Fact
from ...highlight import code_html
from ...model import KINDS, FieldSpec, FieldType, Role
from ...text import inline_html
from .notetypes import NOTE_TYPES

# ------------------------------------------------------------------ media


@dataclass(frozen=True, slots=True)
class Media:
    """One image in the package: its corpus path, its name inside Anki and its bytes."""

    path: str
    name: str
    data: bytes
    digest: str


_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def media_name(path: str, data: bytes) -> tuple[str, str]:
    """(content-hashed basename, digest): ``images/Dot.PNG`` -> ``Dot-3f2a…c1.png``.

    Never starts with ``_`` or ``.`` (Anki never updates ``_`` files once imported).
    """
    digest = hashlib.sha256(data).hexdigest()[:16]
    pure = PurePosixPath(path)
    stem = _UNSAFE_NAME.sub("-", pure.stem).strip("-._")[:60] or "image"
    return f"{stem}-{digest}{pure.suffix.lower()}", digest


def image_html(media: Media | None) -> str:
    if media is None:
        return ""
    return f'<img src="{html.escape(media.name, quote=True)}" alt="">'


# ------------------------------------------------------------------ cloze

# Private-use characters mark the deletions while the whole text is rendered as
# Markdown (so emphasis may span a deletion); they become Anki's syntax afterwards.
_OPEN, _HINT, _CLOSE = "\ue000", "\ue001", "\ue002"
_MARKS = re.compile(f"[{_OPEN}{_HINT}{_CLOSE}]")
_CLOZE_RENDERED = re.compile(f"{_OPEN}(\\d+){_OPEN}(.*?)(?:{_HINT}(.*?))?{_CLOSE}", re.S)
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)|([^<]+)")


def cloze_html(text: str) -> str:
    """A cloze card's text as Anki cloze HTML with ``{{cN::answer::hint}}`` deletions."""
    marked = cloze.DELETION.sub(_mark_deletion, _MARKS.sub("", text))
    rendered = inline_html(marked)
    out: list[str] = []
    pos = 0
    for match in _CLOZE_RENDERED.finditer(rendered):
        out.append(_guard(rendered[pos : match.start()], inside=False))
        answer, hint = match.group(2), match.group(3)
        out.append("{{c" + match.group(1) + "::" + _guard(answer, inside=True))
        if hint is not None:
            out.append("::" + _guard(hint, inside=True))
        out.append("}}")
        pos = match.end()
    out.append(_guard(rendered[pos:], inside=False))
    return _MARKS.sub("", "".join(out))


def _mark_deletion(match: re.Match) -> str:
    answer, _, hint = match.group(2).partition("::")
    marked = f"{_OPEN}{match.group(1)}{_OPEN}{answer}"
    return marked + (f"{_HINT}{hint}" if hint else "") + _CLOSE


_SPLIT = "<!-- -->"  # invisible, and breaks Anki's cloze syntax (Anki manual, "Cloze Conflicts")
_DOUBLED = re.compile(r"([{}:])(?=\1)")
_DOUBLED_BRACE = re.compile(r"([{}])(?=\1)")


def _guard(fragment: str, inside: bool) -> str:
    """Split doubled braces (and inside a deletion colons) so Anki reads them as text.

    A brace or colon at either end is split off too: inside a deletion ``a}`` before
    the closing ``}}`` or ``a:`` before a ``::hint`` would otherwise be misread, and
    outside one a ``{`` just before ``{{c1::``.
    """
    doubled = _DOUBLED if inside else _DOUBLED_BRACE

    def part(match: re.Match) -> str:
        if match.group(1) is not None:  # a tag: a comment cannot go in an attribute
            return match.group(1).replace("::", ":&#58;") if inside else match.group(1)
        return doubled.sub(r"\1" + _SPLIT, match.group(2))

    guarded = _TAG_OR_TEXT.sub(part, fragment)
    first, last = ("{", ":"), ("}", ":")
    if not inside:  # next to a deletion's own {{ or }}
        first, last = ("}",), ("{",)
    if guarded[:1] in first:
        guarded = _SPLIT + guarded
    if guarded[-1:] in last:
        guarded += _SPLIT
    return guarded


# ------------------------------------------------------------------ fields per variant


def _md(text: str | None) -> str:
    return inline_html(text) if text else ""


def field_values(fact: Fact, image: Media | None) -> list[str]:
    """The note's fields, in the note type's order."""
    card = fact.card
    spec = NOTE_TYPES[fact.variant]
    values = dict(_own_fields(fact))
    values.update(
        Note=_md(card.note),
        Source=_md(card.source),
        Image=image_html(image),
        CheatdeckId=html.escape(card.id, quote=False),
        CheatdeckKey=html.escape(fact.key, quote=False),
    )
    return [values[name].replace("\x1f", "") for name in spec.fields]


def _own_fields(fact: Fact) -> dict[str, str]:
    """The note's fields before the ones every note ends with, named as ``model.KINDS``
    declares them."""
    if fact.variant == "table-cell":
        parts = (fact.prompt, fact.answer, fact.context, fact.row, fact.column)
        return dict(zip(KINDS["table"].item_fields, map(_md, parts), strict=True))
    if fact.variant == "list-item":
        parts = (fact.prompt, fact.answer, fact.context)
        return dict(zip(KINDS["list"].item_fields, map(_md, parts), strict=True))
    return {spec.anki_field: _field_html(fact, spec) for spec in fact.card.spec.noted_fields}


def _field_html(fact: Fact, spec: FieldSpec) -> str:
    """One field of a one-fact card as HTML: by its role, then by its type."""
    if spec.role is Role.PROMPT:
        return cloze_html(fact.prompt) if fact.variant == "cloze" else _md(fact.prompt)
    if spec.role is Role.ANSWER:
        if fact.code_lang:
            return code_html(fact.answer.rstrip("\n"), fact.code_lang)
        return _md(fact.answer)
    text = fact.card.shown(spec.name)
    if spec.type is FieldType.CODE:
        return code_html(text.rstrip("\n"), "text") if text else ""
    return text if spec.type is FieldType.DATE else _md(text)


def card_ords(fact: Fact) -> list[int]:
    """The template ordinals that give cards: every template, or one per cloze number."""
    if NOTE_TYPES[fact.variant].cloze:
        return [number - 1 for number in cloze.numbers(fact.prompt)] or [0]
    return list(range(len(NOTE_TYPES[fact.variant].templates)))


def tags_of(fact: Fact) -> list[str]:
    """Anki tags: the card's (topic and own, hierarchical with ::) plus kind::<kind>."""
    tags = {re.sub(r"\s+", "_", tag.strip()) for tag in fact.card.tags if tag.strip()}
    tags.add(f"kind::{fact.card.kind}")
    return sorted(tags, key=str.casefold)


_TAG_RE = re.compile(r"<[^>]*>")


def sort_text(html_text: str) -> str:
    """A field as Anki's sort field and checksum see it: tags stripped, entities decoded."""
    return html.unescape(_TAG_RE.sub("", html_text)).strip()


def checksum(html_text: str) -> int:
    """Anki's csum: the first 32 bits of sha1 of the stripped first field."""
    return int(hashlib.sha1(sort_text(html_text).encode("utf-8")).hexdigest()[:8], 16)
