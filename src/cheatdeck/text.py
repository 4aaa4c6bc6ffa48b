"""Inline Markdown of card fields -> safe HTML or plain text, shared by every writer.

Raw HTML in a card is never passed through: markdown-it runs with ``html`` off, so
``<script>`` arrives as ``&lt;script&gt;``. Results are cached by content: ``RENDERED``
holds every rendering of this run, and a build starts from the previous build's
(``incremental`` stores them), so an unchanged field is never parsed again.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

_MD = None


def _markdown():
    global _MD
    if _MD is None:
        from markdown_it import MarkdownIt

        _MD = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
        _MD.enable("strikethrough")
    return _MD


#: Markdown text -> inline_html of it, for every text rendered (or reused) in this run.
RENDERED: dict[str, str] = {}
#: Renderings of an earlier build, moved into RENDERED when used again.
EARLIER: dict[str, str] = {}


def inline_html(text: str) -> str:
    """One field of inline Markdown as HTML; newlines become <br>."""
    if not text:
        return ""
    if not _has_markup(text):
        return html.escape(text, quote=False).replace("\n", "<br>")
    found = RENDERED.get(text)
    if found is None:
        found = EARLIER.pop(text, None)
        if found is None:
            found = _simple_html(text)
        if found is None:
            found = _markdown().renderInline(text).replace("\n", "<br>")
        RENDERED[text] = found
    return found


@lru_cache(maxsize=200_000)
def plain(text: str) -> str:
    """The visible text of a field: Markdown markup removed, entities decoded."""
    if not text or not _has_markup(text):
        return text
    tokens = _markdown().parseInline(text)
    out: list[str] = []
    for token in tokens[0].children or ():
        if token.type in ("text", "code_inline"):
            out.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            out.append("\n")
    return "".join(out)


_MARKUP = re.compile(r"[`*_\[\]<>&\\~!]|\n")


def _has_markup(text: str) -> bool:
    return _MARKUP.search(text) is not None


# The common shapes of card text, rendered without markdown-it (~200 µs a field) and to
# the same HTML (tests/test_text_fast.py compares them): plain words with `code`,
# *emphasis* and **strong** runs whose delimiters no other * or ` touches, and whose
# emphasised text starts and ends with a letter or digit (so the flanking rules hold).
_PLAIN = r"[^`*_\[\]<>&\\~!\n\r\x00]"
_EDGE = r"[^\W_]"
_INNER = rf"(?:{_EDGE}|{_EDGE}{_PLAIN}*?{_EDGE})"
_TOKEN = (
    rf"(?P<plain>{_PLAIN}++)"
    r"|(?<!`)`(?P<code>[^`\n\r\x00]+)`(?!`)"
    rf"|(?<!\*)\*\*(?P<strong>{_INNER})\*\*(?!\*)"
    rf"|(?<!\*)\*(?P<em>{_INNER})\*(?!\*)"
)
_SIMPLE = re.compile(rf"(?:{_TOKEN})*")
_TOKENS = re.compile(_TOKEN)


def _simple_html(text: str) -> str | None:
    """``text`` as markdown-it renders it, when it has one of the simple shapes; else None."""
    if _SIMPLE.fullmatch(text) is None:
        return None
    out: list[str] = []
    for match in _TOKENS.finditer(text):
        kind = match.lastgroup
        value = match.group(kind)
        if kind == "plain":
            out.append(_escape_md(value))
        elif kind == "code":
            if value[0] == " " and value[-1] == " " and value.strip(" "):
                value = value[1:-1]
            out.append(f"<code>{_escape_md(value)}</code>")
        elif kind == "strong":
            out.append(f"<strong>{_escape_md(value)}</strong>")
        else:
            out.append(f"<em>{_escape_md(value)}</em>")
    return "".join(out)


def _escape_md(text: str) -> str:
    # markdown-it's escapeHtml: & < > " (not ')
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def link_target(path: str) -> str:
    """``path`` as markdown-it writes it in an ``href`` or ``src`` (percent-encoded)."""
    return _markdown().normalizeLink(path)


def escape(text: str) -> str:
    """Plain text as HTML, quotes included."""
    return html.escape(text, quote=True)
