"""Inline Markdown of card fields -> safe HTML or plain text, shared by every writer.

Raw HTML in a card is never passed through: markdown-it runs with ``html`` off, so
``<script>`` arrives as ``&lt;script&gt;``, and without its entity rule, so ``&nbsp;``
shows as written (as the Markdown sheet shows it), never as the character. Results are
cached by content: ``RENDERED`` holds every rendering of this run, and a build starts
from the previous build's (``incremental`` stores them), so an unchanged field is never
parsed again.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

_MD = None


def _markdown():
    global _MD
    if _MD is None:
        _MD = _new_markdown()
    return _MD


def _new_markdown():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("strikethrough")
    md.disable("entity")  # "&nbsp;" in a card is text about HTML, not a space
    return md


_MD_AS_WRITTEN = None


def _markdown_as_written():
    """The parser with each link's address kept as written: plain text shows it, and
    HTML's percent-encoding (``?q=a%7Cb``, ``K%C3%B6nigin``) is not what the card says."""
    global _MD_AS_WRITTEN
    if _MD_AS_WRITTEN is None:
        _MD_AS_WRITTEN = _new_markdown()
        _MD_AS_WRITTEN.normalizeLink = _MD_AS_WRITTEN.normalizeLinkText = lambda url: url
    return _MD_AS_WRITTEN


def inline_markdown(text: str) -> str:
    """``text`` read as inline Markdown, as HTML: the parser every output's HTML comes
    from, with no math held and no cache (for comparing two ways of writing a text)."""
    return _markdown().renderInline(text)


#: Markdown text -> inline_html of it, for every text rendered (or reused) in this run.
RENDERED: dict[str, str] = {}
#: Renderings of an earlier build, moved into RENDERED when used again.
EARLIER: dict[str, str] = {}


def inline_html(text: str) -> str:
    """One field of inline Markdown as HTML; newlines become <br>. Math (``\\(…\\)``,
    ``\\[…\\]``) is kept as written, escaped: Anki's MathJax reads it, and
    ``typeset_math`` turns it into pictures for the sheets."""
    if not text:
        return ""
    if not _has_markup(text):
        return text  # no & < > and no newline: nothing to escape or break
    found = RENDERED.get(text)
    if found is None:
        found = EARLIER.pop(text, None)
        if found is None:
            found = _simple_html(text)
        if found is None:
            found = _with_math(text, lambda t: _markdown().renderInline(t), _escape_md)
            found = found.replace("\n", "<br>")
        RENDERED[text] = found
    return found


# ---------------------------------------------------------------- math

#: Anki's MathJax delimiters: ``\(inline\)`` and ``\[display\]``.
MATH = re.compile(r"\\\((?P<inline>.+?)\\\)|\\\[(?P<display>.+?)\\\]", re.S)
#: A Markdown code span (`` `x` ``, ``` ``x`` ```): group 1 its backticks, group 2 the code.
CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
_SLOT = re.compile("\ue010(\\d+)\ue011")


def _with_math(text: str, render, escape_math) -> str:
    """``render(text)`` with each math span kept out of Markdown's reach (Markdown
    would read ``\\(`` as an escaped ``(``) and put back as ``escape_math(span)``."""
    if "\\(" not in text and "\\[" not in text:
        return render(text)
    spans: list[str] = []

    def hold(match: re.Match) -> str:
        spans.append(match.group())
        return f"\ue010{len(spans) - 1}\ue011"

    rendered = render(MATH.sub(hold, _SLOT.sub("", text)))
    return _SLOT.sub(lambda m: escape_math(spans[int(m.group(1))]), rendered)


def last_backslash_kept(text: str) -> str:
    """``text`` with a backslash that ends it doubled ("Ctrl+\\" as "Ctrl+\\\\"):
    Markdown shows it as written at the end of a text, but a mark written after it
    ("**", "==", a table's "|") would be escaped instead. Two backslashes ("\\\\", one
    shown) are left as they are."""
    if text.endswith("\\") and (len(text) - len(text.rstrip("\\"))) % 2:
        return text + "\\"
    return text


def github_math(text: str) -> str:
    """Math in GitHub's Markdown form: ``\\(x\\)`` -> ``$x$``, ``\\[x\\]`` -> ``$$x$$``."""
    if "\\(" not in text and "\\[" not in text:
        return text

    def dollars(match: re.Match) -> str:
        if match.group("inline") is not None:
            return f"${match.group('inline').strip()}$"
        return f"$${match.group('display').strip()}$$"

    return MATH.sub(dollars, text)


def typeset_math(rendered: str, color: str | None = None) -> str:
    """Rendered HTML with each math span as a picture (SVG made here, at build time, by
    ziamath: no JavaScript, no network); a span it cannot read stays as written.
    ``color``: the ink of the pictures (a picture does not take its text's colour),
    black by default."""
    if "\\(" not in rendered and "\\[" not in rendered:
        return rendered

    def picture(match: re.Match) -> str:
        display = match.group("display") is not None
        latex = html.unescape(match.group("display") if display else match.group("inline"))
        made = math_image(latex.strip(), display, color)
        return made if made is not None else match.group()

    return MATH.sub(picture, rendered)


#: A command ziamath does not know, which its MathML keeps as a name to draw as text.
_UNKNOWN_COMMAND = re.compile(r"<mi>\\[A-Za-z]+</mi>")
#: A backslash written as text, or a brace written as text: neither opens nor closes a group.
_ESCAPED_BRACE = re.compile(r"\\\\|\\[{}]")


#: A ``-`` or ``+`` that TeX reads as a sign, not as an operation: after a relation, an
#: opening bracket or a comma (``pH = -\\log[H^+]``, ``\\Delta G = -RT \\ln K``, ``(-1)^n``).
_SIGN = re.compile(
    r"(?P<before>[=<>(\[,]|\\(?:le|ge|leq|geq|ne|neq|approx|equiv|sim|to)(?![A-Za-z]))"
    r"(?P<space>\s*)(?P<sign>[-+])"
)


#: Text inside a formula (``\\text{a, -b}``), where a brace would show as written.
_MATH_TEXT = re.compile(r"(\\(?:text[a-z]*|mbox|operatorname)\s*\{[^{}]*\})")


def signs_as_written(latex: str) -> str:
    """``latex`` with each sign braced (``= -b`` as ``= {-}b``): ziamath spaces a minus
    after ``=`` or ``(`` as a subtraction, ``= − b``, where TeX (and Anki's MathJax)
    sets it close to what it negates, ``= −b``. Text in the formula is left as written."""
    parts = _MATH_TEXT.split(latex)
    for index in range(0, len(parts), 2):  # the parts between \text{…} groups
        parts[index] = _SIGN.sub(_braced_sign, parts[index])
    return "".join(parts)


def _braced_sign(match: re.Match) -> str:
    return "{before}{space}{{{sign}}}".format(**match.groupdict())


def unknown_command(latex: str) -> str | None:
    """The first command in ``latex`` that the sheets' typesetter does not know
    (``\\ce`` in ``\\ce{SO4^2-}``), or None."""
    try:
        import ziamath

        found = _UNKNOWN_COMMAND.search(ziamath.Latex(signs_as_written(latex)).mathmlstr())
    except Exception:  # noqa: BLE001 - a LaTeX ziamath cannot read at all
        return None
    return found.group()[4:-5] if found else None


def braces(latex: str) -> tuple[int, int]:
    """How many groups a formula opens and closes (``\\{`` is a brace as text)."""
    bare = _ESCAPED_BRACE.sub("", latex)
    return bare.count("{"), bare.count("}")


@lru_cache(maxsize=4096)
def math_image(latex: str, display: bool, color: str | None = None) -> str | None:
    """An ``<img>`` of ``latex`` sized in em (it follows the text's size), or None."""
    import base64

    opened, closed = braces(latex)
    if opened != closed:
        return None  # ziamath drew \\frac{1}{2 as a half, where Anki's MathJax shows an error
    try:
        import ziamath

        formula = ziamath.Latex(signs_as_written(latex), size=16, inline=not display, color=color)
        if _UNKNOWN_COMMAND.search(formula.mathmlstr()):
            return None  # mhchem's \ce{SO4^2-} was drawn as the letters "\ce" and SO4²−
        svg = formula.svg()
    except Exception:  # noqa: BLE001 - a LaTeX ziamath cannot read: shown as written
        return None
    box = re.search(r'viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"', svg)
    if box is None:
        return None
    top, width, height = float(box.group(2)), float(box.group(3)), float(box.group(4))
    em = 16.0
    style = (
        f"width:{width / em:.3f}em;height:{height / em:.3f}em;"
        f"vertical-align:{-(height + top) / em:.3f}em"
    )
    if display:  # a formula of its own: on its own line, centred
        style += ";display:block;margin:0.2em auto"
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    alt = html.escape(latex, quote=True)
    kind = "math display" if display else "math"
    return (
        f'<img class="{kind}" alt="{alt}" style="{style}" src="data:image/svg+xml;base64,{data}">'
    )


@lru_cache(maxsize=200_000)
def plain(text: str, addresses: bool = False) -> str:
    """The visible text of a field: Markdown markup removed (an entity stays as written).
    With ``addresses``, a link's address follows its text: "the docs (https://…)"."""
    if not text or not _has_markup(text):
        return text
    if addresses:
        return _with_math(text, _plain_with_addresses, lambda span: span)
    return _with_math(text, _plain_of, lambda span: span)


def _plain_of(text: str, addresses: bool = False) -> str:
    tokens = (_markdown_as_written() if addresses else _markdown()).parseInline(text)
    out: list[str] = []
    links: list[tuple[str, int]] = []  # each open link's address and where its text starts
    for token in tokens[0].children or ():
        if token.type in ("text", "code_inline"):
            out.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif addresses and token.type == "link_open":
            links.append((str(token.attrGet("href") or ""), len(out)))
        elif addresses and token.type == "link_close" and links:
            href, start = links.pop()
            if href and href != "".join(out[start:]):  # an autolink shows its address
                out.append(f" ({href})")
    return "".join(out)


def _plain_with_addresses(text: str) -> str:
    return _plain_of(text, addresses=True)


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
