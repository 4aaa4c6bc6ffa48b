"""The cheat sheet as one self-contained HTML file (no WeasyPrint involved)."""

from __future__ import annotations

from . import sheet


def render(ctx) -> bytes:
    """The sheet's HTML: CSS inline, images as data URIs, nothing fetched from the network."""
    return sheet.document_html(ctx).encode("utf-8")
