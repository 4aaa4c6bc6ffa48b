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
from functools import lru_cache
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from ... import cloze
from ...facts import Fact, list_item_keys
from ...highlight import code_html
from ...model import KINDS, FieldSpec, FieldType, ListCard, Role
from ...text import inline_html
from .notetypes import REVERSE_FIELD, note_type_of

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


def inline_image_path(corpus_dir: Path, src: str) -> str | None:
    """The corpus path of an image written in a card's text, when it is a file inside
    the corpus folder; None for a URL, an absolute or outside path, or a missing file."""
    src = unquote(src)  # as Markdown wrote it in the link: my%20chart.png
    if not src or ":" in src or src.startswith(("/", "\\")) or "\\" in src:
        return None
    root = Path(corpus_dir).resolve()
    file = (root / src).resolve()
    if not file.is_relative_to(root) or not file.is_file():
        return None
    return file.relative_to(root).as_posix()


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
    marked = cloze.braces_in_code(cloze.DELETION.sub(_mark_deletion, _MARKS.sub("", text)))
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
    answer, _, hint = cloze.split_hint(match.group(2))
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

    guarded = fragment
    if "{{" in fragment or "}}" in fragment or (inside and "::" in fragment):  # else no change
        guarded = _TAG_OR_TEXT.sub(part, fragment)
    first, last = ("{", ":"), ("}", ":")
    if not inside:  # next to a deletion's own {{ or }}
        first, last = ("}",), ("{",)
    if guarded[:1] in first:
        guarded = _SPLIT + guarded
    if guarded[-1:] in last:
        guarded += _SPLIT
    return guarded


# ------------------------------------------------------------------ what Anki would interpret

# Anki turns [$]…[/$], [$$]…[/$$], [latex]…[/latex] into LaTeX images, [sound:…] into
# an audio button and [anki:tts]…[/anki:tts] into speech, wherever they stand in a
# field's HTML, code included; MathJax typesets \(…\) and \[…\]: wanted in text (math
# reaches Anki as written), not in code. An entity for the bracket, and an empty element
# after a backslash in code, show the same characters while no longer matching (Anki
# reads the HTML; MathJax reads text nodes).
_ANKI_MARKUP = re.compile(r"\[(?=/?\$|/?latex\]|sound:|/?anki:)", re.I)
_MATHJAX = re.compile(r"\\(?=[()\[\]])")
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_CODE_TAG = re.compile(r"</?(?:code|pre)\b", re.I)
_ATTR = re.compile(r'\b(src|alt)="([^"]*)"', re.I)
#: What ``anki_safe`` may change: a bracket, a backslash, an image. Most fields have none.
_MAY_NEED_GUARD = re.compile(r"[\[\\]|<img\b", re.I)


def anki_safe(field_html: str, inline_image=None) -> str:
    """A field's HTML as Anki shows it literally: its media-like and math-like text
    broken up (see above), and every ``<img>`` pointing at a packed media file (the
    name ``inline_image(src)`` gives) or else replaced by its alt text — never a
    remote URL or a path outside the package."""

    if _MAY_NEED_GUARD.search(field_html) is None:
        return field_html
    code = 0  # how deep in <code> or <pre>: math is typeset outside code only

    def part(match: re.Match) -> str:
        nonlocal code
        if match.group(1) is not None:
            tag = match.group(1)
            if _CODE_TAG.match(tag):
                code += -1 if tag.startswith("</") else 1
            return _image(tag, inline_image) if _IMG.fullmatch(tag) else tag
        text = _ANKI_MARKUP.sub("&#91;", match.group(2))
        return _MATHJAX.sub(r"\\<span></span>", text) if code > 0 else text

    return _TAG_OR_TEXT.sub(part, field_html)


def _image(tag: str, inline_image) -> str:
    attrs = {name.lower(): html.unescape(value) for name, value in _ATTR.findall(tag)}
    src, alt = attrs.get("src", ""), attrs.get("alt", "")
    name = inline_image(src) if inline_image is not None else None
    if name is None:
        return html.escape(f"[image: {alt or src}]", quote=False)
    return f'<img src="{html.escape(name, quote=True)}" alt="{html.escape(alt, quote=True)}">'


# ------------------------------------------------------------------ fields per variant


def _md(text: str | None) -> str:
    return inline_html(text) if text else ""


def field_values(fact: Fact, image: Media | None, inline_image=None) -> list[str]:
    """The note's fields, in the note type's order, safe for Anki (``anki_safe``).

    ``inline_image(src)`` gives the packed name of an image written in the text, or
    None; without it every such image shows as its alt text.
    """
    card = fact.card
    spec = note_type_of(fact.variant)
    values = _own_fields(fact)
    values["Note"] = _md(card.note)
    values["Source"] = _md(card.source)
    if _MAY_NEED_GUARD.search("\x1f".join(values.values())) is not None:  # one search a note
        values = {name: anki_safe(value, inline_image) for name, value in values.items()}
    values.update(
        Image=image_html(image),
        CheatdeckId=html.escape(card.id, quote=False),
        CheatdeckKey=html.escape(fact.key, quote=False),
    )
    return [values[name].replace("\x1f", "") for name in spec.fields]


#: Each kind's note fields with the card fields they show (``KindSpec.noted_fields``).
_NOTED = {
    kind: tuple((spec.anki_field, spec) for spec in kind_spec.noted_fields)
    for kind, kind_spec in KINDS.items()
}


def _own_fields(fact: Fact) -> dict[str, str]:
    """The note's fields before the ones every note ends with, named as ``model.KINDS``
    declares them."""
    if fact.variant == "table-cell":
        parts = (fact.prompt, fact.answer, fact.context, row_named(fact), fact.column)
        fields = dict(zip(KINDS["table"].item_fields, map(_md, parts), strict=True))
        fields["Table"] += _row_header(fact)
        return fields
    if fact.variant == "list-item":
        prompt = _md(fact.prompt) if _own_term(fact) else _items_hiding(fact)
        parts = (prompt, _md(fact.answer), _md(fact.context))
        return dict(zip(KINDS["list"].item_fields, parts, strict=True))
    fields = {name: _field_html(fact, spec) for name, spec in _NOTED[fact.card.kind]}
    if REVERSE_FIELD in note_type_of(fact.variant).fields:
        fields[REVERSE_FIELD] = _reverse(fact)
    return fields


#: A row label that is only a number ("4", "12+", "0.5"): alone on a card it says nothing.
_NUMBER_LABEL = re.compile(r"[-+−]?\d+(?:[.,]\d+)?\+?")


def row_named(fact: Fact) -> str:
    """A table cell's row as its card shows it: a row labelled with a bare number is
    named with the table's ``row_header`` ("Category 4", "Force 8"), as the sheet's
    heading over the labels names it; any other label as written."""
    header = getattr(fact.card, "row_header", None)
    if header and _NUMBER_LABEL.fullmatch(fact.row.strip()):
        return f"{header} {fact.row}"
    return fact.row


def _row_header(fact: Fact) -> str:
    """The table's ``row_header`` for the card's top-left cell, as the sheet heads the
    row labels with it: in the ``Table`` field after the title (a field of its own would
    change the note type's schema, and every note would stop updating), which the
    template shows there alone (style.css ``.cd-corner``); nothing for a table without."""
    header = getattr(fact.card, "row_header", None)
    return f'<span class="cd-row-header">{_md(header)}</span>' if header else ""


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


def _reverse(fact: Fact) -> str:
    """The ``Reverse`` field: non-empty when the note has its answer -> prompt card."""
    return "reverse" if fact.variant.endswith("-reverse") else ""


def _own_term(fact: Fact) -> bool:
    return isinstance(fact.card, ListCard) and any(
        item.term == fact.prompt for item in fact.card.items if item.term
    )


def _items_hiding(fact: Fact) -> str:
    """A plain list item's front: the other items in order, its own hidden (an
    overlapping cloze), so the card asks for a fact in context, not a position."""
    card = fact.card
    if not isinstance(card, ListCard):  # pragma: no cover - a list item's card is a list
        return _md(fact.prompt)
    # by its key: its text may also be another item's explanation, or written twice
    own = next((i for i, key in enumerate(list_item_keys(card)) if key == fact.key), -1)
    rows = [
        '<li class="cd-ask-item">?</li>' if i == own else f"<li>{_md(item.term or item.text)}</li>"
        for i, item in enumerate(card.items)
    ]
    # Steps in order are numbered, the hidden one's number shown. A style on the list, not
    # an <ol>: the note type's CSS (.cd ul.cd-items) stays as it was, so a deck with no
    # ordered list updates no note type.
    numbered = ' style="list-style-type: decimal"' if card.ordered else ""
    return f'<ul class="cd-items"{numbered}>{"".join(rows)}</ul>'


def card_ords(fact: Fact) -> list[int]:
    """The template ordinals that give cards: one per cloze number, else the first
    template and, for a reversed concept or Q&A, the second."""
    spec = note_type_of(fact.variant)
    if spec.cloze:
        return [number - 1 for number in cloze.numbers(fact.prompt)] or [0]
    if REVERSE_FIELD in spec.fields and not _reverse(fact):
        return [0]
    return list(range(len(spec.templates)))


def tags_of(fact: Fact) -> list[str]:
    """Anki tags: the card's (topic and own, hierarchical with ::) plus kind::<kind>."""
    return list(_anki_tags(fact.card.tags, fact.card.kind))


@lru_cache(maxsize=4096)  # a corpus has few distinct sets of tags; its cards share them
def _anki_tags(card_tags: tuple[str, ...], kind: str) -> tuple[str, ...]:
    tags = {re.sub(r"\s+", "_", tag.strip()) for tag in card_tags if tag.strip()}
    tags.add(f"kind::{kind}")
    return tuple(sorted(tags, key=str.casefold))


_TAG_RE = re.compile(r"<[^>]*>")


def sort_text(html_text: str) -> str:
    """A field as Anki's sort field and checksum see it: tags stripped, entities decoded."""
    return html.unescape(_TAG_RE.sub("", html_text)).strip()


def checksum(html_text: str) -> int:
    """Anki's csum: the first 32 bits of sha1 of the stripped first field."""
    return sort_checksum(sort_text(html_text))


def sort_checksum(sorted_text: str) -> int:
    """``checksum`` of a field whose ``sort_text`` is ``sorted_text``."""
    return int.from_bytes(hashlib.sha1(sorted_text.encode("utf-8")).digest()[:4], "big")
