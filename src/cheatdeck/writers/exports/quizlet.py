"""The ``quizlet`` writer: text for Quizlet's import box, one ``term<TAB>definition`` a line.

Quizlet's importer splits terms from definitions at a tab and cards at a new line
(its default settings) and shows plain text, so every field is plain text on one
line: Markdown is reduced to its visible text (a link's address in brackets after its
text), runs of blanks one space and line breaks " / ". Code keeps its lines apart that
way too (except a shell command's ``\\`` continuations, which are joined as the shell reads
them) and its blanks as written, a tab as four spaces: ``echo "a   b"`` prints three.
"""

from __future__ import annotations

import re

from ... import cloze
from ...facts import Fact
from ...text import plain
from .. import BuildContext
from ..terminal.common import SHELL_LANGS
from .common import context_prompt, inline_images_replaced, live_facts

LINE_BREAK = " / "
_SPACES = re.compile(r"[ \t\u00a0]+")
_CONTINUATION = re.compile(r"[ \t]*\\\n[ \t]*")  # a shell line ending in "\"


def render(ctx: BuildContext) -> bytes:
    rows = [f"{term}\t{definition}" for term, definition in pairs(ctx)]
    return ("\n".join(rows) + "\n").encode("utf-8")


def pairs(ctx: BuildContext) -> list[tuple[str, str]]:
    """(term, definition) of each Quizlet card, each one line (``field``)."""
    out: list[tuple[str, str]] = []
    for fact in live_facts(ctx.facts):
        if fact.variant == "cloze":
            out.extend(cloze_pairs(fact))
        else:
            out.append((field(shown(context_prompt(fact))), definition(fact)))
    return out


def shown(text: str) -> str:
    """The visible text of card Markdown, an image as its alt text (Quizlet's import
    takes no picture; without it "This one ![a dot](dot.png)" read "This one")."""
    return plain(inline_images_replaced(text, lambda match: match.group("alt")), addresses=True)


def definition(fact: Fact) -> str:
    if not fact.code_lang:
        return _joined([field(shown(fact.answer)), *extra_lines(fact)])
    answer = fact.answer
    if fact.code_lang in SHELL_LANGS:  # one command over several lines is one line here
        answer = _CONTINUATION.sub(" ", answer)
    return _joined([code_field(answer), *extra_lines(fact)])


def extra_lines(fact: Fact) -> list[str]:
    """The card's extras (example, note, source, ...), "Label: text" each, one line."""
    return [
        f"{e.label}: {code_field(e.text)}" if e.code else field(f"{e.label}: {shown(e.text)}")
        for e in fact.extras
    ]


def _joined(lines: list[str]) -> str:
    return LINE_BREAK.join(line for line in lines if line)


def cloze_pairs(fact: Fact) -> list[tuple[str, str]]:
    """One term per Anki cloze group: the text with that group blanked ("[…]", or
    "[hint]"), defined by the hidden words."""
    if cloze.in_math(fact.prompt):
        return _cloze_pairs_in_math(fact)
    parts = cloze.parts(cloze.code_split(fact.prompt))
    numbers = sorted({p.number for p in parts if isinstance(p, cloze.Deletion)})
    out = []
    for number in numbers:
        shown, hidden = [], []
        for part in parts:
            if not isinstance(part, cloze.Deletion):
                shown.append(plain(part))
            elif part.number == number:
                shown.append(f"[{plain(part.hint)}]" if part.hint else "[…]")
                hidden.append(plain(part.answer))
            else:
                shown.append(plain(part.answer))
        out.append((field("".join(shown)), _joined([field("; ".join(hidden)), *extra_lines(fact)])))
    return out


def _cloze_pairs_in_math(fact: Fact) -> list[tuple[str, str]]:
    """``cloze_pairs`` of a text with a deletion inside a formula: the formula is kept as
    written around its blank, and a deletion inside it is its LaTeX as written."""
    text = cloze.code_split(fact.prompt)
    deletions = cloze.deletions_in_math(text)
    out = []
    for number in sorted({part.number for part, _ in deletions}):

        def show(part: cloze.Deletion, in_math: bool, number: int = number) -> str:
            if part.number == number:
                return f"[{part.hint if in_math else plain(part.hint)}]" if part.hint else "[…]"
            return part.answer if in_math else plain(part.answer)

        hidden = [
            part.answer if in_math else plain(part.answer)
            for part, in_math in deletions
            if part.number == number
        ]
        shown = cloze.rendered_around(text, plain, show)
        out.append((field(shown), _joined([field("; ".join(hidden)), *extra_lines(fact)])))
    return out


def field(value: str) -> str:
    """One line of plain text: no tab, no line break (Quizlet's separators)."""
    lines = [_SPACES.sub(" ", line).strip() for line in value.replace("\r", "").split("\n")]
    return LINE_BREAK.join(line for line in lines if line)


def code_field(code: str) -> str:
    """Code on one line: its lines joined by " / ", each with its blanks as written (a
    tab as four spaces; "@echo   done" was "@echo done"), blank lines left out."""
    lines = [line.replace("\t", "    ").rstrip() for line in code.replace("\r", "").split("\n")]
    return LINE_BREAK.join(line for line in lines if line.strip()).lstrip(" ")
