"""Code highlighting with Pygments, by CSS class, shared by the deck and the sheet."""

from __future__ import annotations

import html
import re
from functools import lru_cache

_WHITESPACE_SPAN = re.compile(r'<span class="hl-w">(\s*)</span>')

LANG_ALIASES = {"shell": "console", "sh": "bash", "cli": "bash", "yml": "yaml", "text": "text"}


@lru_cache(maxsize=8192)
def _lexer(lang: str):
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    name = (lang or "text").lower()
    try:
        if name in ("shell", "console"):
            return get_lexer_by_name("bash", stripnl=False, ensurenl=False)
        return get_lexer_by_name(LANG_ALIASES.get(name, name), stripnl=False, ensurenl=False)
    except ClassNotFound:
        return get_lexer_by_name("text", stripnl=False, ensurenl=False)


@lru_cache(maxsize=1)
def _formatter():
    # one formatter for every call: building one costs ~0.6 ms (its stylesheet)
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(nowrap=True, classprefix="hl-")


#: (code, lang) -> code_html of it, for every block highlighted (or reused) in this run.
RENDERED: dict[tuple[str, str | None], str] = {}
#: Highlightings of an earlier build, moved into RENDERED when used again.
EARLIER: dict[tuple[str, str | None], str] = {}


def code_html(code: str, lang: str | None) -> str:
    """``<pre class="code">`` with Pygments spans (classes from ``css()``)."""
    key = (code, lang)
    found = RENDERED.get(key)
    if found is None:
        found = EARLIER.pop(key, None)
        if found is None:
            found = _highlight(code, lang)
        RENDERED[key] = found
    return found


def _highlight(code: str, lang: str | None) -> str:
    from pygments import highlight

    body = highlight(code, _lexer(lang or "text"), _formatter())
    body = _WHITESPACE_SPAN.sub(r"\1", body.rstrip("\n"))
    language = html.escape(lang or "text", quote=True)
    return f'<pre class="code" data-lang="{language}"><code>{body}</code></pre>'


def css(style: str = "default", scope: str = ".code") -> str:
    """Pygments rules for ``code_html`` output under ``scope``."""
    from pygments.formatters import HtmlFormatter

    formatter = HtmlFormatter(style=style, classprefix="hl-")
    lines = formatter.get_style_defs(scope).splitlines()
    # keep token colours only: layout and background are ours
    return "\n".join(
        line for line in lines if ".hl-" in line and "background" not in line.split("{")[0]
    )
