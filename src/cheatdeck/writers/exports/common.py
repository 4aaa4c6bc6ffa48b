"""What the study-tool exports share: safe Markdown, prompts with context, ids, decks.

Every export starts from the same facts as the Anki deck (``facts.Fact``, extras
included). The helpers here escape card Markdown for other tools, give a prompt
the table or list it belongs to, and give stable short ids derived from a fact's
GUID or a deck path. Cloze text is read with ``cheatdeck.cloze``, zips are written
by ``writers.archive`` and code fenced by ``writers.fence``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator

from ...facts import Fact, shown_prompt
from ...text import CODE_SPAN, MATH

# An "&" that starts an HTML entity as written (``&amp;``, ``&#60;``)
ENTITY_START = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def split_code_spans(text: str) -> Iterator[tuple[bool, str]]:
    """(is_code, run) pieces of inline Markdown; code spans are kept whole."""
    pos = 0
    for match in CODE_SPAN.finditer(text):
        if match.start() > pos:
            yield False, text[pos : match.start()]
        yield True, match.group(0)
        pos = match.end()
    if pos < len(text):
        yield False, text[pos:]


def inline_images_replaced(text: str, replace: Callable[[re.Match], str]) -> str:
    """``text`` with each Markdown image outside code spans (``media.INLINE_IMAGE``,
    whose groups are ``alt`` and ``path``) replaced by ``replace(match)``."""
    if "![" not in text:
        return text
    from ...media import INLINE_IMAGE

    return "".join(
        run if is_code else INLINE_IMAGE.sub(replace, run)
        for is_code, run in split_code_spans(text)
    )


def image_link(path: str) -> str:
    """An image path as a Markdown link destination without angle brackets."""
    return path.replace(" ", "%20")


def _image_without_brackets(match: re.Match) -> str:
    if not match.group("open"):
        return match.group(0)
    return f"![{match.group('alt')}]({image_link(match.group('path'))})"


def escape_markdown(text: str, marks: tuple[str, ...], keep_math: bool = False) -> str:
    """Card Markdown with each of ``marks`` (runs of ASCII punctuation that the target
    reads as syntax: "<", "#", "$", "[[", "==", ...) backslash-escaped outside code
    spans (and, with ``keep_math``, outside ``\\(…\\)`` and ``\\[…\\]``, for a target
    that reads them as LaTeX: ``\\<`` or ``\\(`` there would break the formula). The
    mark "&" is escaped only where it starts an entity (``&nbsp;``), which the target
    would show as its character. The card's own Markdown (bold, links, code) is kept."""
    if not marks:
        return text
    if "](<" in text:  # an image path written in angle brackets: escaped, it breaks
        text = inline_images_replaced(text, _image_without_brackets)
    pattern = re.compile(
        "|".join(
            ENTITY_START.pattern if mark == "&" else re.escape(mark)
            for mark in sorted(marks, key=len, reverse=True)
        )
    )

    def backslash(match: re.Match) -> str:
        return "".join("\\" + ch for ch in match.group(0))

    def escaped(run: str) -> str:
        if not keep_math or ("\\(" not in run and "\\[" not in run):
            return pattern.sub(backslash, run)
        out, pos = [], 0
        for span in MATH.finditer(run):
            out += [pattern.sub(backslash, run[pos : span.start()]), span.group()]
            pos = span.end()
        return "".join([*out, pattern.sub(backslash, run[pos:])])

    return "".join(run if is_code else escaped(run) for is_code, run in split_code_spans(text))


#: A line Markdown reads as a rule or a heading's underline: "---", "***", "= =", "___".
_RULE_LINE = re.compile(r"[ \t]*([-*_=])(?:[ \t]*\1)*[ \t]*")


#: A line's start that Markdown reads as a block: a list item, a quote, a heading. A
#: quote's ">" needs no blank after it: ">13" (a pH) is a quote of "13" to Logseq and
#: Mochi.
_BLOCK_START = re.compile(r"([ \t]*)(?:([-+*#])(?=[ \t]|$)|(>)|(\d{1,9})([.)])(?=[ \t]|$))")


def rule_line_escaped(line: str) -> str:
    """``line`` with each of its marks escaped when Markdown would read it as a rule or
    as the underline that makes the line above it a heading; else ``line`` as it is."""
    if not _RULE_LINE.fullmatch(line):
        return line
    return re.sub(r"([-*_=])", r"\\\1", line)


def line_start_escaped(line: str) -> str:
    """``line`` as written where Markdown would read it as a block: a rule or a heading's
    underline (``rule_line_escaped``), a list item (``- x``, ``1. x``), a quote or a
    heading get their mark escaped (``\\- x``, ``1\\. x``); other lines as they are."""
    if _RULE_LINE.fullmatch(line):
        return rule_line_escaped(line)
    start = _BLOCK_START.match(line)
    if start is None:
        return line
    indent, mark, quote, number, dot = start.groups()
    rest = line[start.end() :]
    mark = mark or quote
    return f"{indent}\\{mark}{rest}" if mark else f"{indent}{number}\\{dot}{rest}"


def context_prompt(fact: Fact) -> str:
    """The prompt with the table or list it belongs to, when the prompt lacks it (an
    ordered list's plain items numbered: ``facts.shown_prompt``)."""
    prompt = shown_prompt(fact)
    if fact.context and fact.context not in prompt:
        return f"{fact.context}: {prompt}"
    return prompt


def live_facts(facts: Iterable[Fact]) -> list[Fact]:
    """Facts still in the corpus: retired ones matter only to tools that update
    notes by identity (Anki, CrowdAnki, Mnemosyne), where they ship tagged once more."""
    return [fact for fact in facts if not fact.retired]


def stable_token(seed: str, length: int = 8) -> str:
    """A short base62 id from ``seed`` (a GUID, a deck path): same seed, same id."""
    number = int.from_bytes(hashlib.sha256(seed.encode("utf-8")).digest(), "big")
    chars = []
    for _ in range(length):
        number, rest = divmod(number, 62)
        chars.append(_BASE62[rest])
    return "".join(chars)


def stable_uuid(seed: str) -> str:
    """A UUID-shaped id (8-4-4-4-12 hex) from ``seed``."""
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def deck_parts(deck: str) -> list[str]:
    return [part.strip() for part in deck.split("::") if part.strip()]


def read_image(ctx, relative: str) -> bytes | None:
    """An image of the corpus (checked to exist by the loader), or None if unreadable."""
    try:
        return (ctx.corpus_dir / relative).read_bytes()
    except OSError:
        return None
