"""The ``logseq`` writer: one Logseq page whose blocks are flashcards.

A topic is a top-level block; each fact is a child block tagged ``#card`` (plus its
deck as a namespaced page, ``#[[AWS/IAM]]``, and its tags), whose own children are
the answer and the extras. A cloze becomes one block per Anki group, the group's
deletions as ``{{cloze …}}`` and the others shown, so the cards are Anki's cards.
Logseq reads ``#``, ``[[``, ``((``, ``{{``, ``::``, ``$`` and raw HTML in text as
syntax, so card text escapes them with backslashes (which Logseq's parser honours).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import groupby

from ... import cloze
from ...facts import Fact
from ...text import CODE_SPAN, MATH, plain
from .. import BuildContext
from ..fence import fence
from .common import (
    context_prompt,
    deck_parts,
    escape_markdown,
    inline_images_replaced,
    line_start_escaped,
    live_facts,
    split_code_spans,
)

# Only openers are escaped: Logseq reads `\[ … \]` and `\( … \)` as LaTeX.
MARKS = ("<", "#", "$", "[[", "((", "{{", "}}", "::", "==", "^^")
INDENT = "  "
_FENCE_LINE = re.compile(r"\s*(?:```|~~~)")
_END_SRC = re.compile(r"\s*#\+end_src", re.IGNORECASE)


def render(ctx: BuildContext) -> bytes:
    return ("\n".join(lines(ctx)) + "\n").encode("utf-8")


def lines(ctx: BuildContext) -> Iterator[str]:
    titles = {topic.deck: topic.title for topic in ctx.corpus.topics}
    yield from block(0, f"**{text(ctx.corpus.title)}**")
    for deck, facts in groupby(live_facts(ctx.facts), key=lambda fact: fact.card.deck):
        yield from block(1, f"**{text(titles.get(deck, deck))}**")
        for fact in facts:
            yield from fact_blocks(fact, 2)


def block(level: int, content: str | list[str]) -> list[str]:
    """A block at ``level``: '- ' then the content, its further lines indented under it."""
    rows = content if isinstance(content, list) else text_lines(content)
    pad = INDENT * level
    return [f"{pad}- {rows[0]}", *(f"{pad}{INDENT}{row}" for row in rows[1:])]


def fact_blocks(fact: Fact, level: int) -> list[str]:
    tags = card_tags(fact)
    if fact.variant == "cloze":
        out: list[str] = []
        for shown, answer in cloze_groups(fact.prompt):
            out += block(level, f"{shown} {tags}")
            if answer is not None:
                out += block(level + 1, answer)
            out += back_blocks(fact, level + 1)  # a cloze's image and note, as Anki's back
        return out
    question = text_lines(text(context_prompt(fact)))
    question[0] += f" {tags}"
    out = block(level, question)
    if fact.code_lang:
        out += block(level + 1, code_block(fact.answer, fact.code_lang))
    else:
        out += block(level + 1, text(fact.answer))
    out += back_blocks(fact, level + 1)
    if fact.variant.endswith("-reverse"):  # Anki's second card: the answer asks the prompt
        asked = text_lines(text(fact.answer))
        asked[0] += f" {tags}"
        out += block(level, asked) + block(level + 1, text(context_prompt(fact)))
        out += back_blocks(fact, level + 1)
    return out


def back_blocks(fact: Fact, level: int) -> list[str]:
    """The card's image and extras (example, note, source, ...), a child block each."""
    out: list[str] = []
    if fact.card.image:
        out += block(level, f"![image](../{fact.card.image})")
    for extra in fact.extras:
        if extra.code:
            out += block(level, [f"**{extra.label}:**", *code_block(extra.text, "text")])
        else:
            out += block(level, f"**{extra.label}:** {text(extra.text)}")
    return out


def code_block(code: str, lang: str) -> list[str]:
    """``code`` as a fenced block, or as a ``#+BEGIN_SRC`` block (Logseq reads the
    org-mode blocks in Markdown too) when a line of it starts with ``` or ~~~: mldoc
    ends a fenced block at such a line, whatever the fence's length."""
    lines = code.rstrip("\n").split("\n")
    if any(_FENCE_LINE.match(line) for line in lines) and not any(
        _END_SRC.match(line) for line in lines
    ):
        return [f"#+BEGIN_SRC {lang}", *lines, "#+END_SRC"]
    return fence(code, lang)


def card_tags(fact: Fact) -> str:
    deck = "/".join(part.replace("/", "-") for part in deck_parts(fact.card.deck))
    names = [deck, *fact.card.tags]
    return " ".join(["#card", *(f"#[[{page_name(name)}]]" for name in names)])


def page_name(name: str) -> str:
    return name.replace("[[", "(").replace("]]", ")")


def text(value: str) -> str:
    value = inline_images_replaced(value, _image_beside_pages)
    return escape_markdown(_letter_backslashes_kept(value), MARKS, keep_math=True)


#: A backslash before an ASCII letter that no backslash escapes (an odd run's last one):
#: text in the card's Markdown (CommonMark), ``C:\Users``, ``a\b``, but an escape to
#: mldoc, which drops it ("C:Users"). Before punctuation both read an escape, and before
#: a digit, a blank or another script's letter mldoc keeps it as CommonMark does.
_LETTER_BACKSLASH = re.compile(r"(?<!\\)((?:\\\\)*)\\(?=[A-Za-z])")


def _letter_backslashes_kept(value: str) -> str:
    """``value`` with each ``_LETTER_BACKSLASH`` doubled, so Logseq shows it, outside
    code spans and formulas (``\\(\\alpha\\)`` is LaTeX to Logseq too)."""
    if "\\" not in value:
        return value

    def kept(run: str) -> str:
        return _LETTER_BACKSLASH.sub(lambda found: found.group(1) + "\\\\", run)

    out: list[str] = []
    for is_code, run in split_code_spans(value):
        if is_code:
            out.append(run)
            continue
        pos = 0
        for span in MATH.finditer(run):
            out += [kept(run[pos : span.start()]), span.group()]
            pos = span.end()
        out.append(kept(run[pos:]))
    return "".join(out)


def _image_beside_pages(match: re.Match) -> str:
    """An image written in a card's text, linked as its ``image:`` is: from the page in
    ``pages/`` to the graph's folder beside it."""
    path = match.group("path")
    if "://" in path or path.startswith(("/", "data:")):
        return match.group(0)
    return f"![{match.group('alt')}](../{path})"


def text_lines(value: str) -> list[str]:
    """A block's lines: a blank line would end the block, so blank lines are dropped;
    a line Logseq reads as a block of its own (``- x``, ``> x``) or as a rule (``---``)
    is escaped."""
    lines = value.replace("\r\n", "\n").split("\n")
    return [_no_property(line_start_escaped(line)) for line in lines if line.strip()] or [""]


#: A line mldoc reads as a property, ``key:: value``: its first word ends in "::".
_PROPERTY_LIKE = re.compile(r"[ \t]*\S*?::")


def _no_property(line: str) -> str:
    """``line`` that mldoc reads as no property. A ``::`` outside code is escaped
    already; one in a code span that starts the line's first word ("`tags:: x` …") gets
    a space inside each backtick, so the word before "::" is a backtick run alone, and
    mldoc reads the span as code (shown with those spaces)."""
    prop = _PROPERTY_LIKE.match(line)
    span = CODE_SPAN.search(line)
    if prop is None or span is None or span.start() >= prop.end():
        return line
    ticks, code = span.group(1), span.group(2)
    return f"{line[: span.start()]}{ticks} {code} {ticks}{line[span.end() :]}"


def cloze_groups(value: str) -> list[tuple[str, str | None]]:
    """One (text, answer) per Anki cloze group: the text has that group's deletions as
    {{cloze …}} and the rest shown; Logseq hides every cloze of a block at once, as Anki
    hides a group. A macro inside a formula is not read, so a deletion there is a boxed
    "?" in the formula (and one holding a formula, which a macro would show as LaTeX
    source, or a brace, which ends mldoc's macro, is "[…]"); then the group's answer
    (else None) is the text revealed, a child block that Logseq shows on the card's
    back."""
    value = cloze.code_split(value)  # a macro inside code is shown as typed
    shown = []
    for number in cloze.numbers(value):
        macros: list[str] = []
        in_math: list[cloze.Deletion] = []

        def hide(part: cloze.Deletion, number=number, macros=macros, in_math=in_math) -> str:
            if part.number != number:
                return part.answer
            if MATH.search(part.answer) or "{" in part.answer or "}" in part.answer:
                # a macro shows a formula as written, and mldoc reads no macro holding
                # a brace ("{{cloze {{.Name}}}}" is plain text): "[…]" and the back
                in_math.append(part)
                return "[…]"
            macros.append(cloze_macro(part))
            return f"\ue020{len(macros) - 1}\ue021"

        def hide_in_math(part: cloze.Deletion, number=number, in_math=in_math) -> str:
            if part.number != number:
                return part.answer
            in_math.append(part)
            return MATH_HIDDEN

        hidden = text(cloze.revealed(value, hide, hide_in_math))
        hidden = _MACRO_SLOT.sub(lambda m, macros=macros: _macro_in_place(m, macros), hidden)
        answer = None
        if in_math:
            answer = text(cloze.revealed(value, show_in_math=cloze.math_revealed))
            answer = " ".join(answer.split("\n"))
        shown.append((" ".join(hidden.split("\n")), answer))
    return shown


def _macro_in_place(slot: re.Match, macros: list[str]) -> str:
    """The macro for ``slot``, a space before it when it follows a character other than
    a blank: Logseq's parser reads a macro only after one, so "の{{cloze マスク}}は",
    "re{{cloze use}}d" or "({{cloze x}})" was plain text, the answer on the card's front.
    Right after a code span it reads one too, so none is added there: "`markdown`-smart"
    (the option as typed, the deletion after the code as the bad-cloze fix writes it)
    read "`markdown` -smart" on the card's back."""
    macro = macros[int(slot.group(1))]
    start = slot.start()
    before = slot.string[:start]
    if start == 0 or before[-1].isspace() or _closes_code(before):
        return macro
    return " " + macro


def _closes_code(before: str) -> bool:
    """Whether ``before`` ends with the backticks that close a code span: a run of them
    after an odd number of runs of that length (the one that opened it)."""
    run = len(before) - len(before.rstrip("`"))
    if not run:
        return False
    runs = re.findall(r"(?<!`)`+(?!`)", before)
    return sum(len(found) == run for found in runs) % 2 == 0


MATH_HIDDEN = "\\boxed{?}"  # a deletion inside a formula, hidden (KaTeX reads it)
_MACRO_SLOT = re.compile("\ue020(\\d+)\ue021")


def cloze_macro(part: cloze.Deletion) -> str:
    """``{{cloze answer}}``, or ``{{cloze answer \\\\ hint}}`` (Logseq's cue, as Anki
    shows a hint): macro arguments are shown as plain text, and no escape works inside
    a macro, so a '}}' in the answer is split by a zero-width space, and so is a '\\\\'
    (Logseq would read what follows it as the cue). A hint holding a brace, which ends
    mldoc's macro, is left out."""
    answer = _macro_text(part.answer)
    hint = _macro_text(part.hint or "")
    cue = f" \\\\ {hint}" if hint.strip() and "{" not in hint and "}" not in hint else ""
    return "{{cloze " + answer + cue + "}}"


def _macro_text(text: str) -> str:
    """Card text as a cloze macro's argument: plain, one line, no '}}' and no '\\\\'."""
    text = plain(text).replace("\n", " ").replace("}}", "}\u200b}")
    return text.replace("\\\\", "\\\u200b\\")
