"""The cheat sheet as a printable PDF: the sheet's HTML laid out by WeasyPrint.

WeasyPrint reads nothing but ``data:`` URIs and files inside the corpus folder and
``templates/`` (``safe_fetcher``); dates come from the build time through the
``dcterms`` meta tags, the file identifier is a hash of the content and the embedded
font subsets carry the build time too, so the same corpus gives the same bytes.
A card taller than a column cannot stay whole: the first layout finds such cards
and a second one lets exactly those split.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import OutputError, layout_check, sheet

PANGO_HINT = (
    "the PDF needs Pango: install it "
    "(Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0)"
)
# Characters the fonts lack (zero-width marks in DejaVu Sans Mono): a missing glyph
# sends fontconfig on a long fallback search, so they are dropped or mapped first.
TEXT_FIXES = str.maketrans({"\u200b": None, "\u2060": None, "\ufeff": None, "\u2011": "-"})


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


@dataclass
class Rendered:
    """The laid-out sheet: the HTML it came from, WeasyPrint's document and its layout."""

    html: str
    document: object
    layout: layout_check.Layout


def lay_out(ctx, html: str):
    """WeasyPrint's laid-out document for ``html`` (pages and boxes)."""
    module = weasyprint()
    # No base URL: the sheet holds its images as data URIs, and a relative link must
    # not become a file:// link that names the build machine's folders.
    document = module.HTML(
        string=html.translate(TEXT_FIXES),
        url_fetcher=safe_fetcher([ctx.corpus_dir, ctx.templates]),
        media_type="print",
    )
    return document.render(presentational_hints=False)


def render_sheet(ctx) -> Rendered:
    """Lay the sheet out; again, once, when some cards prove taller than a column."""
    html = sheet.document_html(ctx)
    document = lay_out(ctx, html)
    layout = layout_check.read_layout(document)
    tall = layout.too_tall()
    if tall:
        html = sheet.document_html(ctx, tall=tall)
        document = lay_out(ctx, html)
        layout = layout_check.read_layout(document)
    return Rendered(html, document, layout)


def pdf_identifier(html: str) -> bytes:
    """A file identifier that depends only on the sheet's content."""
    return hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")


@contextmanager
def source_date_epoch(seconds: int) -> Iterator[None]:
    """SOURCE_DATE_EPOCH set for the duration of the block, then restored.

    Without libharfbuzz-subset, WeasyPrint subsets fonts with fontTools, which stamps
    each subset's ``head.modified`` with the clock unless SOURCE_DATE_EPOCH is set.
    """
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(seconds))
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


def write_pdf(ctx, rendered: Rendered) -> bytes:
    """The PDF bytes of a laid-out sheet: fixed identifier, dates and font stamps."""
    with source_date_epoch(ctx.build_time):
        return rendered.document.write_pdf(pdf_identifier=pdf_identifier(rendered.html))


def render(ctx) -> bytes:
    return write_pdf(ctx, render_sheet(ctx))
