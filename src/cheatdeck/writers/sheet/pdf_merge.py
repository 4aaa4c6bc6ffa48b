"""The sheet's PDF pieces merged into one PDF with pypdf.

Pages are copied as they are; every font subset is renamed per piece (the PDF format
wants one tag per subset, and WeasyPrint tags a face the same in every document).
"page x / y" is stamped on each page in the font, size, colour and place that
WeasyPrint gave the same words on a sample page (``read_stamp``): the pieces carry no
page numbers, so a piece never changes when another one gains a page. The outline,
the named destinations (every card and section id), the metadata and the file
identifier are the merge's own, from the pieces' marks and the build.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from .pdf_piece import Piece

STAMP_FONT = "/CheatdeckStamp"  # the page-number font's name in each page's resources
SUBSET_TAG = re.compile(r"^/([A-Z]{6})\+")
IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True)
class Info:
    """The merged document's metadata."""

    title: str
    subject: str | None
    creator: str
    date: str  # PDF date: D:YYYYMMDDHHMMSSZ


@dataclass(frozen=True)
class Stamp:
    """How to draw a line of text as the sample page drew it, right-aligned like it."""

    reader: object  # the sample's PdfReader (holds the font)
    font: object  # the sample's font, an IndirectObject of ``reader``
    codes: dict[str, bytes]  # character -> glyph code
    widths: dict[bytes, float]  # glyph code -> advance, thousandths of the font size
    default_width: float
    size: float
    ctm: tuple[float, ...]  # the transformation in force at the sample's text
    matrix: tuple[float, ...]  # the sample's text matrix
    color: tuple[float, ...]  # RGB fill
    width: float  # the sample text's advance, text space units

    def operators(self, text: str) -> bytes:
        """Content stream operators that draw ``text`` ending where the sample ended."""
        codes = [self.codes[char] for char in text if char in self.codes]
        advance = sum(self.widths.get(code, self.default_width) for code in codes)
        shift = self.width - advance * self.size / 1000
        a, b, c, d, e, f = self.matrix
        matrix = (a, b, c, d, e + shift * a, f + shift * b)
        glyphs = b"".join(codes).hex().encode("ascii")
        return b"\n".join(
            [
                b"q",
                _numbers(self.ctm) + b" cm",
                _numbers(self.color) + b" rg",
                b"BT",
                STAMP_FONT.encode("ascii") + b" " + _numbers((self.size,)) + b" Tf",
                _numbers(matrix) + b" Tm",
                b"<" + glyphs + b"> Tj",
                b"ET",
                b"Q",
            ]
        )


def read_stamp(sample_pdf: bytes) -> Stamp:
    """The font, size, colour and place of the one line of text on the sample page."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(BytesIO(sample_pdf))
    page = reader.pages[0]
    ctm, stack, color = IDENTITY, [], (0.0, 0.0, 0.0)
    found: dict = {}
    for operands, operator in ContentStream(page["/Contents"].get_object(), reader).operations:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q" and stack:
            ctm = stack.pop()
        elif operator == b"cm" and "ctm" not in found:
            ctm = _multiply(tuple(map(float, operands)), ctm)
        elif operator == b"rg" and "matrix" not in found:
            color = tuple(map(float, operands))
        elif operator == b"BT" and "ctm" not in found:
            found.update(ctm=ctm, color=color)
        elif operator == b"Tf" and "font" not in found:
            found.update(font=str(operands[0]), size=float(operands[1]))
        elif operator == b"Tm" and "matrix" not in found:
            found["matrix"] = tuple(map(float, operands))
        elif operator in (b"TJ", b"Tj") and "text" not in found:
            found["text"] = operands[0] if operator == b"TJ" else [operands[0]]
    resources = page["/Resources"].get_object()
    font = resources["/Font"].get_object().raw_get(found["font"])
    codes, widths, default = _font_metrics(font.get_object())
    width = 0.0
    for item in found["text"]:
        if isinstance(item, (int, float)):
            width -= float(item) / 1000 * found["size"]
        else:
            raw = bytes(getattr(item, "original_bytes", item))
            glyphs = [raw[i : i + 2] for i in range(0, len(raw), 2)]
            width += sum(widths.get(g, default) for g in glyphs) / 1000 * found["size"]
    return Stamp(
        reader=reader,
        font=font,
        codes=codes,
        widths=widths,
        default_width=default,
        size=found["size"],
        ctm=found["ctm"],
        matrix=found["matrix"],
        color=found["color"],
        width=width,
    )


def merge(
    pieces: Sequence[Piece], digests: Sequence[str], stamp: Stamp, info: Info, label: str
) -> bytes:
    """One PDF of every piece's pages, in order, numbered "``label`` x / y"."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject

    writer = PdfWriter()
    starts = []
    for piece, digest in zip(pieces, digests, strict=True):
        starts.append(len(writer.pages))
        if not piece.pages:
            continue  # a part of a group with no page of its own (a one-page group)
        reader = PdfReader(BytesIO(piece.pdf))
        for page in reader.pages:
            writer.add_page(page)
        _rename_subsets(writer.pages[starts[-1] :], digest)
    _stamp_pages(writer, stamp, label)
    _add_outline(writer, pieces, starts)
    _add_names(writer, pieces, starts)
    writer.add_metadata(
        {
            "/Title": info.title,
            **({"/Subject": info.subject} if info.subject else {}),
            "/Creator": info.creator,
            "/Producer": _producer(),
            "/CreationDate": info.date,
            "/ModDate": info.date,
        }
    )
    identifier = hashlib.sha256("\0".join([*digests, repr(info)]).encode()).digest()[:16]
    writer._ID = ArrayObject([ByteStringObject(identifier), ByteStringObject(identifier)])
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _stamp_pages(writer, stamp: Stamp, label: str) -> None:
    """Draw "label x / y" on every page, after (and apart from) the page's own content."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject

    font = stamp.font.clone(writer)
    save = _stream(writer, b"q\n")
    restore = _stream(writer, b"\nQ\n")
    total = len(writer.pages)
    for number, page in enumerate(writer.pages, start=1):
        resources = page.get("/Resources")
        if resources is None:
            resources = page[NameObject("/Resources")] = DictionaryObject()
        resources = resources.get_object()
        fonts = resources.get("/Font")
        if fonts is None:
            fonts = resources[NameObject("/Font")] = DictionaryObject()
        fonts.get_object()[NameObject(STAMP_FONT)] = font
        contents = page.raw_get("/Contents") if "/Contents" in page else ArrayObject()
        old = list(contents.get_object()) if isinstance(contents.get_object(), list) else [contents]
        text = stamp.operators(f"{label} {number} / {total}")
        stamped = DecodedStreamObject()
        stamped.set_data(text)
        page[NameObject("/Contents")] = ArrayObject(
            [save, *old, restore, writer._add_object(stamped)]
        )


def _stream(writer, data: bytes):
    from pypdf.generic import DecodedStreamObject

    stream = DecodedStreamObject()
    stream.set_data(data)
    return writer._add_object(stream)


def _rename_subsets(pages, digest: str) -> None:
    """Give every font subset of these pages a tag of its own (PDF 32000-1, 9.6.4)."""
    from pypdf.generic import NameObject

    seen: set[int] = set()
    for page in pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font")
        if fonts is None or id(fonts.get_object()) in seen:
            continue
        seen.add(id(fonts.get_object()))
        for ref in fonts.get_object().values():
            font = ref.get_object()
            described = [font]
            for descendant in font.get("/DescendantFonts", []):
                described.append(descendant.get_object())
            for entry in described:
                for holder, key in (
                    (entry, "/BaseFont"),
                    (entry.get("/FontDescriptor"), "/FontName"),
                ):
                    if holder is None:
                        continue
                    holder = holder.get_object()
                    name = str(holder.get(key, ""))
                    match = SUBSET_TAG.match(name)
                    if match:
                        tag = _tag(digest + match.group(1))
                        holder[NameObject(key)] = NameObject(f"/{tag}+{name[8:]}")


def _tag(seed: str) -> str:
    digest = hashlib.sha256(seed.encode()).digest()
    return "".join(chr(65 + byte % 26) for byte in digest[:6])


def _add_outline(writer, pieces: Sequence[Piece], starts: Sequence[int]) -> None:
    from pypdf.generic import Fit

    for piece, start in zip(pieces, starts, strict=True):
        for mark in piece.outline:
            writer.add_outline_item(
                title=mark.name,
                page_number=start + mark.page,
                fit=Fit.xyz(mark.left, mark.top, 0),
            )


def _add_names(writer, pieces: Sequence[Piece], starts: Sequence[int]) -> None:
    """Every element id as a named destination (``sheet.pdf#c-card-id``), sorted by name."""
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    places: dict[str, tuple[int, float, float]] = {}
    for piece, start in zip(pieces, starts, strict=True):
        for mark in piece.anchors:
            places.setdefault(mark.name, (start + mark.page, mark.left, mark.top))
    if not places:
        return
    pages = [page.indirect_reference for page in writer.pages]  # pypdf counts pages per index
    names = ArrayObject()
    for name in sorted(places):
        page, left, top = places[name]
        names.append(TextStringObject(name))
        names.append(
            ArrayObject(
                [
                    pages[page],
                    NameObject("/XYZ"),
                    FloatObject(left),
                    FloatObject(top),
                    NumberObject(0),
                ]
            )
        )
    tree = DictionaryObject({NameObject("/Names"): names})
    writer.root_object[NameObject("/Names")] = DictionaryObject({NameObject("/Dests"): tree})


def _font_metrics(font) -> tuple[dict[str, bytes], dict[bytes, float], float]:
    """(character -> code, code -> width, default width) of a Type0 Identity-H font."""
    descendant = font["/DescendantFonts"][0].get_object()
    default = float(descendant.get("/DW", 1000))
    widths: dict[bytes, float] = {}
    entries = list(descendant.get("/W", []))
    i = 0
    while i < len(entries):
        first = int(entries[i])
        if isinstance(entries[i + 1].get_object(), list):
            for offset, width in enumerate(entries[i + 1].get_object()):
                widths[(first + offset).to_bytes(2, "big")] = float(width)
            i += 2
        else:
            for code in range(first, int(entries[i + 1]) + 1):
                widths[code.to_bytes(2, "big")] = float(entries[i + 2])
            i += 3
    codes: dict[str, bytes] = {}
    cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            codes.setdefault(bytes.fromhex(text).decode("utf-16-be"), bytes.fromhex(code))
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, start in re.findall(
            r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block
        ):
            base = int(start, 16)
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                codes.setdefault(chr(base + offset), code.to_bytes(len(low) // 2, "big"))
    return codes, widths, default


def _multiply(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, ...]:
    """``m`` then ``n``, as PDF concatenates a ``cm`` with the matrix in force."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _numbers(values: Sequence[float]) -> bytes:
    return " ".join(f"{value:.6f}".rstrip("0").rstrip(".") or "0" for value in values).encode()


def _producer() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"WeasyPrint {version('weasyprint')}, pypdf {version('pypdf')}"
    except PackageNotFoundError:  # pragma: no cover - both are dependencies
        return "WeasyPrint, pypdf"
