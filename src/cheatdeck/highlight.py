"""Code highlighting with Pygments, by CSS class, shared by the deck and the sheet.

Placeholders such as ``<function>`` or ``<account-id>`` are taken out of the code
before the lexer sees it (it would read ``<`` as a redirect or an operator) and come
back as ``<span class="placeholder">`` (``mark_placeholders``), styled by ``css()`` the
same way in the Anki deck and on the sheet. Markup languages (HTML, XML, …) keep their
tags: there ``<name>`` is code. A key in Vim's notation (``<Esc>``, ``<C-w>``) is a key,
never a placeholder (``vim_key``).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

_WHITESPACE_SPAN = re.compile(r'<span class="hl-w">(\s*)</span>')

# "<name>" not glued to a word or another angle bracket: not List<T>, <<EOF or <stdio.h>;
# nor after a name and "::" and before "(" or "::", Rust's turbofish ("parse::<i32>()",
# "Vec::<u8>::new()"), which names a generic's type ("<crate>::<item>" is two
# placeholders, and so is the one in "arn:aws:iam::<account-id>:root").
_NOT_TURBOFISH = r"(?!(?<=\w::)(?:<|&lt;)\w+(?:>|&gt;)(?:\(|::))"
PLACEHOLDER = re.compile(
    _NOT_TURBOFISH + r"(?<![\w<])<([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)>(?![\w>])"
)
# In a shell command a placeholder may name a file with its dot ("<file.json>"), as the
# tldr, navi and cheat exports read it (writers.terminal.common); elsewhere "<stdio.h>"
# is code. It may also start with a digit when a letter follows ("<2cm>", "<10s>") and
# hold words parted by one blank, each starting with a letter ("<DejaVu Serif>", "<font
# name>"): what people write for a value to fill in. A part after a blank that starts
# with a digit is a redirection's file descriptor, not a word ("sort <in 2> err").
SHELL_PLACEHOLDER = re.compile(
    _NOT_TURBOFISH + r"(?<![\w<])<((?:[A-Za-z]|\d[\w.-]*?[A-Za-z])[\w.-]*"
    r"(?: [A-Za-z][\w.-]*)*)>(?![\w>])"
)
SHELL_LEXERS = frozenset({"Bash", "Bash Session", "Fish"})
#: Languages whose generics are written in angle brackets: there a capitalised "<T>"
#: before a blank and a name, or before "(", declares type parameters (Java's
#: "public static <T> T first(…)", Kotlin's "fun <T> List<T>.second()", TypeScript's
#: "<T>(x: T) => x"): code, not a placeholder.
GENERICS_LEXERS = frozenset(
    {"Java", "Kotlin", "C#", "TypeScript", "Swift", "Rust", "C++", "Dart", "Groovy", "F#"}
)
TYPE_PARAMETERS = re.compile(r"<[A-Z][A-Za-z0-9]*>(?:[ \t]+[A-Za-z_]|\()")
#: Vim's key notation (``:help key-notation``): a key to press, never a placeholder to
#: fill. A key with modifiers (``<C-w>``, ``<c-r>``, ``<S-Tab>``, ``<M-x>``, ``<C-S-Left>``),
#: a function key (``<F5>``) and these names in any case (``<Esc>``, ``<cr>``, ``<Leader>``):
_VIM_KEYS = frozenset(
    {"esc", "cr", "bs", "nl", "nul", "leader", "localleader", "bslash", "plug", "sid", "nop"}
)
#: ... and these names as Vim writes them (``<Tab>``, ``<Space>``, ``<lt>``), or in Vim
#: code in any case, with a mapping's arguments (``<silent>``, ``<buffer>``); elsewhere
#: ``<space>`` or ``<end>`` may be a placeholder.
_VIM_SPELT_KEYS = frozenset(
    {"Tab", "Space", "Enter", "Return", "Del", "Up", "Down", "Left", "Right", "Home", "End"}
    | {"PageUp", "PageDown", "Insert", "Bar", "lt", "Help", "Undo", "Cmd"}
)
_VIM_MAP_ARGUMENTS = frozenset({"silent", "buffer", "expr", "nowait", "unique", "script"})
_FUNCTION_KEY = r"F(?:[1-9]|[12][0-9]|3[0-7])"
_MODIFIED_KEY = re.compile(
    rf"(?:[CSMAD]-)+(?:[A-Z0-9]|{_FUNCTION_KEY}|"
    + "|".join(sorted(_VIM_KEYS | _VIM_SPELT_KEYS, key=len, reverse=True))
    + r")\Z",
    re.IGNORECASE,
)
MARKUP_LANGS = frozenset({"html", "xml", "svg", "jsx", "tsx", "vue", "xslt", "php", "erb", "jinja"})
PLACEHOLDER_CLASS = "placeholder"
PLACEHOLDER_CSS = (
    ".placeholder { font-style: italic; text-decoration: underline dotted;"
    " text-underline-offset: 0.15em; }"
)

LANG_ALIASES = {"shell": "console", "sh": "bash", "cli": "bash", "yml": "yaml", "text": "text"}


@lru_cache(maxsize=8192)
def _lexer(lang: str):
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    name = (lang or "text").lower()
    try:
        if name in ("shell", "console"):
            return get_lexer_by_name("bash", stripnl=False, ensurenl=True)
        return get_lexer_by_name(LANG_ALIASES.get(name, name), stripnl=False, ensurenl=True)
    except ClassNotFound:
        return get_lexer_by_name("text", stripnl=False, ensurenl=True)


def _session_commands(lexer, code: str):
    """``lexer``, or for a console session's lexer (``doscon``, ``ps1con``, ``tcshcon``)
    over code without one prompt line, the lexer of its shell: such a lexer reads every
    line without a prompt as output, and ``explorer %APPDATA%`` was greyed whole."""
    from pygments.lexers.shell import ShellSessionBaseLexer

    if not isinstance(lexer, ShellSessionBaseLexer):
        return lexer
    if any(lexer._ps1rgx.match(line) for line in code.split("\n")):
        return lexer
    return _inner_lexer(type(lexer))


@lru_cache(maxsize=16)
def _inner_lexer(session: type):
    """The lexer of the shell whose session ``session`` reads."""
    return session._innerLexerCls(stripnl=False, ensurenl=True)


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

    code, placeholders = hide_placeholders(code, lang)
    body = highlight(code, _session_commands(_lexer(lang or "text"), code), _formatter())
    body = _WHITESPACE_SPAN.sub(r"\1", body.rstrip("\n"))
    body = show_placeholders(body, placeholders)
    language = html.escape(lang or "text", quote=True)
    return f'<pre class="code" data-lang="{language}"><code>{body}</code></pre>'


def hide_placeholders(code: str, lang: str | None) -> tuple[str, dict[str, str]]:
    """``code`` with each ``<placeholder>`` replaced by a plain word the lexer reads as
    one name, and the words with the placeholders they stand for; in a language of
    ``GENERICS_LEXERS``, a type parameter list (``TYPE_PARAMETERS``) is left to the
    lexer; in a shell's, a placeholder may hold a dot (``SHELL_PLACEHOLDER``)."""
    if (lang or "").lower() in MARKUP_LANGS or "<" not in code:
        return code, {}
    stand_ins: dict[str, str] = {}
    prefix = "cheatdeckph"
    while prefix in code:
        prefix += "x"

    generics = _lexer(lang or "text").name in GENERICS_LEXERS

    vim = _lexer(lang or "text").name == "VimL"

    def stand_in(match: re.Match) -> str:
        if generics and TYPE_PARAMETERS.match(code, match.start()):
            return match.group(0)
        if vim_key(match.group(1), vim):
            return match.group(0)
        word = f"{prefix}{len(stand_ins)}z"
        stand_ins[word] = match.group(0)
        return word

    shell = _lexer(lang or "text").name in SHELL_LEXERS
    return (SHELL_PLACEHOLDER if shell else PLACEHOLDER).sub(stand_in, code), stand_ins


def show_placeholders(body: str, stand_ins: dict[str, str]) -> str:
    """Highlighted HTML with each stand-in word back as its styled placeholder."""
    for word, placeholder in stand_ins.items():
        shown = html.escape(placeholder, quote=False)
        body = body.replace(word, f'<span class="{PLACEHOLDER_CLASS}">{shown}</span>')
    return body


def mark_placeholders(escaped: str) -> str:
    """Already-escaped text (inline code) with each ``&lt;placeholder&gt;`` styled (a
    Vim key, ``&lt;Esc&gt;``, is no placeholder)."""

    def styled(match: re.Match) -> str:
        if vim_key(match.group(1)):
            return match.group(0)
        return f'<span class="{PLACEHOLDER_CLASS}">{match.group(0)}</span>'

    return re.sub(
        _NOT_TURBOFISH + r"(?<![\w;])&lt;([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)&gt;(?![\w&])",
        styled,
        escaped,
    )


def vim_key(name: str, in_vim: bool = False) -> bool:
    """Whether ``<name>`` is a key in Vim's notation (``C-w``, ``Esc``, ``Leader``) rather
    than a placeholder; ``in_vim``: in Vim code, where ``<tab>`` and ``<silent>`` are Vim's."""
    if _MODIFIED_KEY.match(name) or re.fullmatch(_FUNCTION_KEY, name) or name.lower() in _VIM_KEYS:
        return True
    if name in _VIM_SPELT_KEYS:
        return True
    spelt = {key.lower() for key in _VIM_SPELT_KEYS} | _VIM_MAP_ARGUMENTS
    return in_vim and name.lower() in spelt


def css(style: str = "default", scope: str = ".code") -> str:
    """Pygments rules for ``code_html`` output under ``scope``."""
    from pygments.formatters import HtmlFormatter

    formatter = HtmlFormatter(style=style, classprefix="hl-")
    lines = formatter.get_style_defs(scope).splitlines()
    # keep token colours only: layout and background are ours, and a token the lexer
    # could not read ("..." in JSON, "…" in SQL: a card's shorthand) is no red box
    rules = [
        line
        for line in lines
        if ".hl-" in line and "background" not in line.split("{")[0] and ".hl-err " not in line
    ]
    return "\n".join([*rules, PLACEHOLDER_CSS])
