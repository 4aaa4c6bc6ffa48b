"""One group of the sheet laid out by WeasyPrint into a PDF piece (run in a worker process).

WeasyPrint reads nothing but ``data:`` URIs and files inside the corpus folder and
``templates/`` (``safe_fetcher``). A card taller than a column cannot stay whole: the
first layout finds such cards and a second one lets exactly those split. The piece
carries, besides the PDF, what the merge needs without parsing it again: page count,
outline entries and named destinations (PDF points), and what the layout check found.
A piece depends only on its HTML (no date, no build clock), so it can be cached.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from ... import collector
from .. import OutputError
from . import layout_check, pdf_columns
from . import page as sheet

PANGO_HINT = (
    "the PDF needs Pango: install it "
    "(Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0)"
)
# Characters the fonts lack (zero-width marks in DejaVu Sans Mono): a missing glyph
# sends fontconfig on a long fallback search, so they are dropped or mapped first.
TEXT_FIXES = str.maketrans({"\u200b": None, "\u2060": None, "\ufeff": None, "\u2011": "-"})
# Without libharfbuzz-subset WeasyPrint subsets fonts with fontTools, which stamps each
# subset with SOURCE_DATE_EPOCH or else the clock: a fixed date keeps pieces cacheable.
FONT_EPOCH = 946684800  # 2000-01-01
PX_TO_PT = 0.75  # CSS px -> PDF points


def weasyprint():
    """The weasyprint module, or OutputError when its system libraries are missing."""
    try:
        import weasyprint as module
    except OSError as exc:
        raise OutputError(PANGO_HINT) from exc
    return module


def safe_fetcher(allowed: list[Path]):
    """A URL fetcher that serves data: URIs and files under ``allowed`` and refuses the rest."""
    from urllib.request import url2pathname

    from weasyprint.urls import URLFetcher, URLFetcherResponse

    roots = [Path(folder).resolve() for folder in allowed]

    class SafeFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if url.startswith("file:"):
                path = Path(url2pathname(url[5:].split("?")[0].split("#")[0])).resolve()
                if path.is_file() and any(path.is_relative_to(root) for root in roots):
                    return URLFetcherResponse(path.as_uri(), path.read_bytes())
            raise ValueError(f"cheatdeck does not fetch {url[:100]}")

    return SafeFetcher()


@dataclass(frozen=True, slots=True)
class Job:
    """One document to lay out: its HTML and the folders it may read.

    With ``parts`` > 1 the job's piece holds only part ``part`` of the pages (the
    pages cut in ``parts`` runs of about equal length): two processes laying out the
    same group each paint half of it, and painting is a quarter of the work."""

    html: str
    roots: tuple[str, ...]
    check: bool = True  # run the layout check (the page-number sample has no cards)
    part: int = 0
    parts: int = 1


@dataclass(frozen=True, slots=True)
class Mark:
    """An outline entry or a named destination: its name and where it points."""

    name: str
    page: int  # 0-based, within the piece
    left: float  # PDF points from the page's bottom-left corner
    top: float


@dataclass(frozen=True, slots=True)
class Piece:
    """A laid-out group: its PDF and what the merge and the layout report need."""

    pdf: bytes
    pages: int
    outline: tuple[Mark, ...] = ()
    anchors: tuple[Mark, ...] = ()
    problems: tuple[layout_check.Problem, ...] = ()
    cards: tuple[str, ...] = ()  # every card found on the pages, once per fragment
    tall: tuple[str, ...] = ()  # cards allowed to split
    used_height: float = 0.0  # the cards' fragments, summed (CSS px)
    page_height: float = 0.0  # a page's content height (CSS px)

    def dumps(self) -> bytes:
        """One JSON line (everything but the PDF), then the PDF bytes."""
        head = {k: v for k, v in asdict(self).items() if k != "pdf"}
        return json.dumps(head, sort_keys=True, separators=(",", ":")).encode() + b"\n" + self.pdf

    @classmethod
    def loads(cls, data: bytes | None) -> Piece | None:
        """The piece ``dumps`` made, or None for anything else."""
        if not data:
            return None
        head, _, pdf = data.partition(b"\n")
        try:
            fields = json.loads(head)
            return cls(
                pdf=pdf,
                pages=int(fields["pages"]),
                outline=tuple(Mark(**mark) for mark in fields["outline"]),
                anchors=tuple(Mark(**mark) for mark in fields["anchors"]),
                problems=tuple(layout_check.Problem(**p) for p in fields["problems"]),
                cards=tuple(fields["cards"]),
                tall=tuple(fields["tall"]),
                used_height=float(fields["used_height"]),
                page_height=float(fields["page_height"]),
            )
        except (ValueError, KeyError, TypeError):
            return None


def lay_out(html: str, roots: tuple[str, ...]):
    """WeasyPrint's laid-out document for ``html`` (pages and boxes)."""
    module = weasyprint()
    pdf_columns.install()  # the same layout, one pass per page instead of two
    # No base URL: the sheet holds its images as data URIs, and a relative link must
    # not become a file:// link that names the build machine's folders.
    document = module.HTML(
        string=html.translate(TEXT_FIXES),
        url_fetcher=safe_fetcher([Path(root) for root in roots]),
        media_type="print",
    )
    return document.render(presentational_hints=False)


def render(job: Job) -> Piece:
    """Lay the group out (again, once, when some cards prove taller than a column).

    The cyclic collector is paused meanwhile: WeasyPrint makes millions of objects
    and the collector's passes over them were a quarter of the time. Its garbage
    goes with the next collection after the piece is made.
    """
    with collector.paused():
        return _render(job)


def _render(job: Job) -> Piece:
    global _kept
    key = (job.html, job.roots, job.check)
    if _kept is not None and _kept[0] == key:
        laid_out = _kept[1]  # another part of the group laid out last
    else:
        _kept = None  # freed before the next layout
        laid_out = _laid_out(job)
    more = job.part < job.parts - 1  # parts come in order: the last one frees it
    _kept = (key, laid_out) if more else None
    return _piece(laid_out, job.part, job.parts)


#: The layout of the last job when a later part of it may follow (in this process):
#: one process given every part of a group lays it out once.
_kept: tuple[tuple, _LaidOut] | None = None


@dataclass(frozen=True, slots=True)
class _LaidOut:
    html: str  # as laid out (tall cards marked)
    document: object
    layout: layout_check.Layout
    outline: tuple[Mark, ...]
    anchors: tuple[Mark, ...]


def _laid_out(job: Job) -> _LaidOut:
    html = job.html
    document = lay_out(html, job.roots)
    layout = layout_check.read_layout(document) if job.check else layout_check.Layout()
    tall = layout.too_tall()
    if tall:
        html = sheet.mark_tall(html, tall)
        document = lay_out(html, job.roots)
        layout = layout_check.read_layout(document)
    outline, anchors = marks(document)
    keep_link_targets_only(document)
    return _LaidOut(html, document, layout, outline, anchors)


def _piece(laid_out: _LaidOut, part: int, parts: int) -> Piece:
    """The piece of pages ``part`` of ``parts`` (all of them for one part)."""
    document, layout = laid_out.document, laid_out.layout
    count = len(document.pages)
    first, end = count * part // parts, count * (part + 1) // parts
    data = b""
    if end > first:
        painted, named = document, laid_out.html
        if parts > 1:
            painted, named = _pages_of(document, first, end), f"{part}/{parts}\n{named}"
        with source_date_epoch(FONT_EPOCH):
            data = painted.write_pdf(pdf_identifier=identifier(named))
    fragments = [
        (card, fragment)
        for card, pieces in layout.cards.items()
        for fragment in pieces
        if first < fragment.page <= end  # 1-based
    ]
    return Piece(
        pdf=data,
        pages=end - first,
        outline=_shifted(laid_out.outline, first, end),
        anchors=_shifted(laid_out.anchors, first, end),
        problems=tuple(
            replace(problem, page=problem.page - first)
            for problem in layout.problems
            if first < problem.page <= end
        ),
        cards=tuple(card for card, _ in fragments),
        tall=tuple(sorted(layout.tall)),
        used_height=round(sum(fragment.height for _, fragment in fragments), 3),
        page_height=round(layout.page_height, 3),
    )


def _shifted(marks: tuple[Mark, ...], first: int, end: int) -> tuple[Mark, ...]:
    """The marks on pages ``first`` to ``end`` (0-based, end excluded), pages counted
    from ``first``."""
    return tuple(
        replace(mark, page=mark.page - first) for mark in marks if first <= mark.page < end
    )


def _pages_of(document, first: int, end: int):
    """A document of pages ``first`` to ``end`` whose links to the other pages stay.

    WeasyPrint drops a link whose anchor is on no page of the document it writes; the
    merge names every anchor of the sheet, so a stand-in anchor keeps such a link."""
    pages = document.pages[first:end]
    present = {name for page in pages for name in page.anchors}
    wanted = {
        target
        for page in pages
        for kind, target, _rectangle, _box in page.links
        if kind == "internal" and target not in present
    }
    if wanted:
        pages[0].anchors = {**pages[0].anchors, **dict.fromkeys(sorted(wanted), (0, 0, 0, 0))}
    return document.copy(pages)


def marks(document) -> tuple[tuple[Mark, ...], tuple[Mark, ...]]:
    """The outline's entries and every element id's place, as WeasyPrint writes them."""
    outline = tuple(
        Mark(label, page, round(x, 3), round(y, 3))
        for label, (page, x, y), _children, _state in document.make_bookmark_tree(
            PX_TO_PT, transform_pages=True
        )
    )
    anchors: list[Mark] = []
    seen: set[str] = set()
    for number, page in enumerate(document.pages):
        height = page.height * PX_TO_PT
        for name, (x, y, _width, _height) in page.anchors.items():
            if name not in seen:  # the first element of a name wins, as in WeasyPrint
                seen.add(name)
                anchors.append(
                    Mark(name, number, round(x * PX_TO_PT, 3), round(height - y * PX_TO_PT, 3))
                )
    return outline, tuple(anchors)


def keep_link_targets_only(document) -> None:
    """Drop the named destinations no link of this document points to.

    The merge writes every id's destination itself (from ``marks``); left in each
    piece, thousands of them would be parsed again by every merge.
    """
    targets = {
        target
        for page in document.pages
        for kind, target, _rectangle, _box in page.links
        if kind == "internal"
    }
    for page in document.pages:
        page.anchors = {name: place for name, place in page.anchors.items() if name in targets}


def identifier(html: str) -> bytes:
    """A file identifier that depends only on the content."""
    return hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")


@contextmanager
def source_date_epoch(seconds: int) -> Iterator[None]:
    """SOURCE_DATE_EPOCH set for the duration of the block, then restored."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(seconds))
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before
