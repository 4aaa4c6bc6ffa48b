"""The cheat sheet as one self-contained HTML file (no WeasyPrint involved)."""

from __future__ import annotations

from collections.abc import Iterator

from . import page as sheet


def render(ctx) -> bytes:
    """The sheet's HTML: CSS inline, images as data URIs, nothing fetched from the network."""
    return "".join(chunks(ctx)).encode("utf-8")


def chunks(ctx) -> Iterator[str]:
    """``render``'s text in pieces, for a writer that streams it to its file."""
    return sheet.document_chunks(ctx)
