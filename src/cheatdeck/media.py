"""Images: which a card shows (its ``image:`` and the ``![alt](path)`` in its texts),
and whether each is a real, safe image inside the corpus folder.

``card_media`` is the one list the writers pack (Anki, CrowdAnki, Mochi, Mnemosyne, the
sheet); ``image_problem`` is what the loader and the checks say about a path: remote or
outside the corpus, missing (with the near-miss name), not an image by its bytes, an
SVG with scripts or outside references, or more pixels than ``MAX_PIXELS``.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
from functools import cache
from operator import attrgetter
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from .model import Item, Row

#: An inline Markdown image: ``![alt](path)``, ``![alt](path "title")``, or a path with spaces
#: written in angle brackets, as CommonMark allows: ``![alt](<my chart.png>)``.
INLINE_IMAGE = re.compile(
    r"!\[(?P<alt>[^\]]*)\]\(\s*(?P<open><)?(?P<path>(?(open)[^<>\n]+|[^)\s<>]+))(?(open)>)"
    r"(?:\s+\"[^\"]*\")?\s*\)"
)
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)

#: The image types every output can show, told by their first bytes.
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg")
#: A bigger image is refused: no sheet or card needs it, and decoding it costs memory.
MAX_PIXELS = 40_000_000
MAX_BYTES = 20_000_000

_SVG_SCRIPT = re.compile(rb"<script|<foreignObject|\son[a-z]+\s*=|javascript:", re.I)
_SVG_OUTSIDE = re.compile(rb"""(?:href|src)\s*=\s*["'](?!#|data:image/)""", re.I)
_SVG_STYLE_URL = re.compile(rb"""url\(\s*["']?(?!#|data:image/)""", re.I)


#: ``![alt](my chart.png)``: a path with a space outside angle brackets, which Markdown
#: shows as text, not as an image (``path "title"`` is a title, not a space in the path).
_SPACED_IMAGE = re.compile(r'!\[(?P<alt>[^\]\n]*)\]\((?P<path>[^)<>"\n]*?\S\s+[^)<>"\n]*?)\)')


def inline_images(text: str) -> list[str]:
    """The paths of the Markdown images in ``text`` (code spans skipped), their
    %-escapes decoded as every writer reads them (``my%20chart.png``: ``my chart.png``)."""
    if "![" not in text:
        return []
    return [unquote(match.group("path")) for match in INLINE_IMAGE.finditer(_prose(text))]


def spaced_images(text: str) -> list[tuple[str, str]]:
    """(alt, path) of each image written with a space in its path outside angle brackets
    (code spans skipped): Markdown shows it as text."""
    if "![" not in text:
        return []
    return [(m["alt"], m["path"].strip()) for m in _SPACED_IMAGE.finditer(_prose(text))]


def _prose(text: str) -> str:
    """``text`` with its code spans blanked out (same length: positions hold)."""
    return _CODE_SPAN.sub(lambda m: " " * len(m.group()), text)


def card_media(card) -> tuple[str, ...]:
    """Every image ``card`` shows, as corpus-relative paths, its ``image:`` first."""
    found = [card.image] if card.image else []
    if not _may_show_inline_image(card):
        return tuple(found)
    from .checks.fields import card_texts

    for text in card_texts(card):
        if not text.is_code:
            found += inline_images(text.value)
    return tuple(dict.fromkeys(found))


def _may_show_inline_image(card) -> bool:
    """Whether any value of ``card`` holds ``![`` (its texts, but its id and paths too):
    a quick test that rules out most cards before their texts are listed."""
    for value in _attributes(type(card))(card):
        if isinstance(value, str):
            if "![" in value:
                return True
        elif isinstance(value, tuple):  # tags, columns, a table's rows, a list's items
            for part in value:
                if isinstance(part, Row):
                    part = "\0".join((part.label, *part.cells))
                elif isinstance(part, Item):
                    part = f"{part.term}\0{part.text}"
                elif not isinstance(part, str):
                    return True  # a value this test does not know: the long way decides
                if "![" in part:
                    return True
    return False


@cache
def _attributes(cls: type):
    """A function giving every field of a ``cls`` card, in one call."""
    return attrgetter(*(field.name for field in dataclasses.fields(cls)))


def _outside(raw: str) -> str:
    """What to do with an image path out of the corpus folder: copy it in, and where."""
    name = PurePosixPath(raw.replace("\\", "/")).name or "picture.png"
    return (
        f"image '{raw}' lies outside the corpus folder: copy it into the corpus, "
        f"as images/{name}, and write images/{name}"
    )


def image_problem(root: Path, raw: str) -> tuple[str, str | None]:
    """(a message, or '' when the image is fine; the corpus-relative path when found)."""
    if re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:", raw) and not re.match(r"[a-zA-Z]:[\\/]", raw):
        return (
            f"image '{raw}' is not a file of the corpus: a card shows only images it "
            "carries (nothing is fetched): save it in the corpus folder, e.g. images/",
            None,
        )
    root = root.resolve()
    candidate = Path(raw)
    try:
        resolved = (root / candidate).resolve()
    except (OSError, RuntimeError, ValueError):
        return f"image '{raw}' is not a usable path", None
    if candidate.is_absolute():
        if resolved.is_relative_to(root):
            relative = resolved.relative_to(root).as_posix()
            message = f"image '{raw}' is absolute: write it relative to the corpus folder"
            return f"{message}: {relative}", None
        return _outside(raw), None
    if not resolved.is_relative_to(root):
        return _outside(raw), None
    try:
        found = resolved.is_file()
    except OSError as exc:  # a folder on the way that may not be read (chmod)
        return f"image '{raw}' cannot be read: {exc.strerror}: make its folder readable", None
    if not found and resolved.exists():  # a folder, a FIFO
        return f"image '{raw}' is not a file: name an image file", None
    if not found and raw.startswith("<") and raw.endswith(">") and len(raw) > 2:
        return _angle_brackets_problem(root, raw), None
    if not found:
        near = _near_miss(root, raw) or ": save the image there, or correct the path"
        return f"image '{raw}' does not exist in the corpus folder{near}", None
    relative = resolved.relative_to(root).as_posix()
    problem = bytes_problem(resolved)
    return (f"image '{raw}' {problem}" if problem else ""), relative


def _angle_brackets_problem(root: Path, raw: str) -> str:
    """``image: <images/my chart.png>``: the angle brackets a Markdown image takes
    around a path with spaces, written where the path stands alone."""
    inner = raw[1:-1].strip()
    file = (root / inner).resolve()
    if file.is_relative_to(root) and file.is_file():
        fix = f"write the path without them: image: {inner}"
    else:
        fix = "write the path without them"
    return (
        f"image '{raw}' is written in angle brackets, which only a Markdown image "
        f"![alt](<…>) takes: {fix}"
    )


def _near_miss(root: Path, raw: str) -> str:
    """': did you mean ...?' naming the file meant: a near name in the folder written,
    or in a folder of that name in other case (``Images/``), then in ``images/`` and the
    corpus folder (an image written without its folder); '' when none is near."""
    wanted = PurePosixPath(raw.replace("\\", "/"))
    for folder in _folders_like(root, wanted.parent):
        try:
            names = sorted(p.name for p in folder.iterdir() if p.is_file())
        except OSError:
            continue
        close = difflib.get_close_matches(wanted.name, names, n=1, cutoff=0.6)
        if not close:
            lower = {name.lower(): name for name in names}
            close = [lower[wanted.name.lower()]] if wanted.name.lower() in lower else []
        if close:
            found = PurePosixPath(folder.relative_to(root).as_posix()) / close[0]
            return f": did you mean '{found.as_posix()}'?"
    elsewhere = _same_name_elsewhere(root, wanted.name)
    if elsewhere:
        return ": did you mean " + " or ".join(f"'{path}'" for path in elsewhere) + "?"
    return ""


def _same_name_elsewhere(root: Path, name: str, most: int = 2000) -> list[str]:
    """The corpus-relative paths of the files named ``name`` (in any case) in any folder
    of the corpus (an ``images/`` folder renamed or moved), at most two; hidden folders
    and build output folders (those holding a build's manifest: the copies a CrowdAnki
    export keeps) skipped, and at most ``most`` folders looked in."""
    from .incremental import MANIFEST

    found: list[str] = []
    for seen, (dirpath, dirnames, filenames) in enumerate(os.walk(root)):
        if seen >= most:
            break
        if MANIFEST in filenames:
            dirnames[:] = []
            continue
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found += [
            (Path(dirpath) / file).relative_to(root).as_posix()
            for file in sorted(filenames)
            if file.lower() == name.lower()
        ]
    return found[:2] if len(found) <= 2 else []


def _folders_like(root: Path, parent: PurePosixPath) -> list[Path]:
    """The folders ``_near_miss`` looks in, each once, all inside ``root``."""
    folders = [root / parent]
    folder = root
    for part in parent.parts:  # the same folders, their names in other case
        try:
            folder = next(p for p in sorted(folder.iterdir()) if p.name.lower() == part.lower())
        except (OSError, StopIteration):
            break
    else:
        folders.append(folder)
    folders += [root / "images", root]
    seen: list[Path] = []
    for folder in folders:
        try:
            inside = folder.resolve().is_relative_to(root) and folder.is_dir()
        except (OSError, RuntimeError):
            continue
        if inside and folder.resolve() not in [f.resolve() for f in seen]:
            seen.append(folder)
    return seen


def bytes_problem(path: Path) -> str:
    """What is wrong with the file as an image, or ''."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return f"is {size:,} bytes: images are limited to {MAX_BYTES:,} bytes"
        data = path.read_bytes()
    except OSError as exc:
        return f"cannot be read: {exc.strerror}"
    kind = sniff(data)
    if kind is None:
        return "is not an image by its contents: use a PNG, JPEG, GIF, WebP or SVG file"
    if misnamed := name_problem(path, kind):
        return misnamed
    if kind == "svg":
        return svg_problem(data)
    return raster_problem(path)


#: The extension each type is saved under, for the name a misnamed image should have.
_SUFFIX_OF = {"png": ".png", "jpeg": ".jpg", "gif": ".gif", "webp": ".webp", "svg": ".svg"}


def name_problem(path: Path, kind: str) -> str:
    """An image whose name hides its type from an output, or ''. The HTML sheet and
    Anki take an SVG's type from its name: an SVG named ``.png`` (or a PNG named
    ``.svg``) showed as a broken image; and the sheets left out an image named without
    an image extension. (A PNG named ``.jpg`` shows: a photo's type is read from its
    bytes.)"""
    suffix = path.suffix.lower()
    rename = f"rename it {path.stem}{_SUFFIX_OF[kind]}"
    label = "an SVG" if kind == "svg" else f"a {kind.upper()}"
    if (suffix in (".svg", ".svgz")) != (kind == "svg"):
        return (
            f"is {label} image by its contents, but its name ends in '{path.suffix}': the "
            f"HTML sheet and Anki take the type from the name and show a broken image: {rename}"
        )
    if suffix not in IMAGE_SUFFIXES and not _image_type_known(suffix):
        named = f"a name ending in '{path.suffix}'" if path.suffix else "no extension"
        return f"is {label} image with {named}: the sheets leave it out: {rename}"
    return ""


def _image_type_known(suffix: str) -> bool:
    """Whether the sheets find an image type for a name ending in ``suffix``."""
    import mimetypes

    found = mimetypes.guess_type(f"image{suffix}")[0] if suffix else None
    return bool(found and found.startswith("image/"))


def sniff(data: bytes) -> str | None:
    """The image type by its first bytes: png, jpeg, gif, webp, svg, or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<?xml", b"<svg", b"<!--", b"<!DOCTYPE svg")) and b"<svg" in data[:4096]:
        return "svg"
    return None


def svg_problem(data: bytes) -> str:
    if _SVG_SCRIPT.search(data):
        return (
            "is an SVG with a script or embedded HTML: remove it (a card shows no active content)"
        )
    if _SVG_OUTSIDE.search(data) or _SVG_STYLE_URL.search(data) or b"<!ENTITY" in data:
        return "is an SVG that refers to other files or addresses: embed what it shows"
    return _svg_shape_problem(data)


SVG_NAMESPACE = "http://www.w3.org/2000/svg"


def _svg_shape_problem(data: bytes) -> str:
    """An SVG that a browser (the HTML sheet, Anki) shows as nothing: not well-formed XML,
    or its ``<svg>`` without ``xmlns="http://www.w3.org/2000/svg"``. ('' when neither.)
    Entities are refused before this is called, so expat expands none."""
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=" ")
    roots: list[str] = []
    parser.StartElementHandler = lambda name, attributes: roots.append(name) if not roots else None
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        return (
            f"is a damaged SVG ({expat.ErrorString(exc.code)} at its line {exc.lineno}): save "
            "it again from its original, or take the image out of the card"
        )
    if roots and roots[0] != f"{SVG_NAMESPACE} svg":
        return (
            f'is an SVG whose <svg> lacks xmlns="{SVG_NAMESPACE}": browsers and Anki show '
            "nothing: add it to the <svg> tag"
        )
    return ""


def raster_problem(path: Path) -> str:
    """A PNG, JPEG, GIF or WebP that cannot be decoded, or has too many pixels."""
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    return (
                        f"is {width:,} x {height:,} pixels: images are limited to "
                        f"{MAX_PIXELS // 1_000_000} megapixels; scale it down"
                    )
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return f"has too many pixels: images are limited to {MAX_PIXELS // 1_000_000} megapixels"
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds for a broken file
        return (
            f"is damaged and cannot be shown ({type(exc).__name__}): save it again from "
            "its original, or take the image out of the card"
        )
    return ""


def large_image(root: Path, relative: str, limit_mb: float) -> str:
    """A warning for an image of more than ``limit_mb`` megabytes (the ``max_image_mb``
    setting; 0: no limit) (checked and found already), or ''. A larger image is packed
    whole into every output (a phone syncs it, the HTML sheet holds it once per card
    that shows it)."""
    path = Path(root) / relative
    try:
        size = path.stat().st_size
    except OSError:
        return ""
    if not limit_mb or size <= limit_mb * 1e6:
        return ""
    pixels = ""
    if not path.suffix.lower() == ".svg":
        from PIL import Image

        try:
            with Image.open(path) as image:
                pixels = f", {image.width:,} x {image.height:,} pixels"
        except Exception:  # noqa: BLE001 - checked as an image already; the size says enough
            pixels = ""
    return (
        f"image '{relative}' is {size / 1e6:.1f} MB{pixels}: every output carries it as it "
        "is (the .apkg, the PDF, the HTML sheet once per card that shows it), while a card "
        "shows it at most a screen wide: scale it down, e.g. to 1600 pixels wide, or, to "
        f"keep it as it is, write max_image_mb: {_mb_above(size)} under 'settings:' in "
        "corpus.yaml"
    )


def _mb_above(size: int) -> str:
    """A whole number of megabytes above ``size`` bytes: 2.4 MB -> 3."""
    return f"{int(size // 1e6) + 1}"


def inline_media(card) -> tuple[str, ...]:
    """The images of ``card``'s texts (not its ``image:``), as written."""
    return tuple(path for path in card_media(card) if path != card.image)
