"""The ``obsidian`` writer: one note for the Obsidian Spaced Repetition plugin.

Each topic is a heading followed by its deck tag (``#flashcards/AWS/IAM``), which the
plugin applies to every card below it. Every card is a multi-line card (question,
a ``?`` line — ``??`` for reversible facts — then the answer); clozes use ``==…==``
highlights, numbered (``==…==[^2]``) when Anki's grouping needs it. The plugin's
parser reads ``::`` as a one-line card, a blank line as the end of a card, ``#`` as a
tag and ``==`` as a cloze, so card text is escaped against all of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import groupby

from ... import cloze
from ...facts import Fact
from ...text import CODE_SPAN, github_math, last_backslash_kept
from .. import BuildContext
from ..fence import fence
from .common import (
    context_prompt,
    deck_parts,
    escape_markdown,
    line_start_escaped,
    live_facts,
)

ROOT_TAG = "#flashcards"
# What Obsidian or the plugin would read as syntax in card text: HTML, tags, math,
# wiki links, inline footnotes, comments, one-line separators, highlights and curly
# braces (clozes); and entities, which Obsidian shows as their characters.
MARKS = ("<", "#", "$", "[[", "^[", "%%", "::", "==", "{{", "&")
# lines the parser or Markdown would read as a separator, a fence or a quote
_SEPARATOR_LINE = re.compile(r"^\s*(\?+\s*$|`{3,}|~{3,}|>)")


def render(ctx: BuildContext) -> bytes:
    return ("\n".join(lines(ctx)) + "\n").encode("utf-8")


def lines(ctx: BuildContext) -> Iterator[str]:
    corpus = ctx.corpus
    yield f"# {separator_free(text(corpus.title))}"
    yield ""
    if corpus.subtitle:
        yield separator_free(text(corpus.subtitle))
        yield ""
    for deck, facts in groupby(live_facts(ctx.facts), key=lambda fact: fact.card.deck):
        yield f"## {separator_free(text(deck_title(ctx, deck)))}"
        yield ""
        yield deck_tag(deck)
        yield ""
        for fact in facts:
            yield from card_lines(fact)
            yield ""


def deck_title(ctx: BuildContext, deck: str) -> str:
    for topic in ctx.corpus.topics:
        if topic.deck == deck:
            return topic.title
    return deck


def deck_tag(deck: str) -> str:
    """``#flashcards/AWS/IAM``: each deck level made a valid Obsidian tag segment
    (letters, digits, '_' and '-'; spaces and other marks become '-')."""
    return "/".join([ROOT_TAG, *(tag_segment(part) for part in deck_parts(deck))])


def tag_segment(name: str) -> str:
    kept = [ch if ch.isalnum() or ch in "_-" else "-" for ch in unicodedata.normalize("NFC", name)]
    segment = re.sub(r"-{2,}", "-", "".join(kept)).strip("-")
    if not segment:
        return "deck"
    return segment if not segment.isdigit() else f"deck-{segment}"


def card_lines(fact: Fact) -> list[str]:
    if fact.variant == "cloze" and cloze.in_math(fact.prompt):
        return cloze_cards_with_math(fact.prompt)
    if fact.variant == "cloze":
        return text_lines(cloze_markdown(fact.prompt))
    mark = "??" if fact.variant.endswith("-reverse") else "?"
    out = text_lines(text(context_prompt(fact)))
    out.append(mark)
    if fact.code_lang:
        out += fence(fact.answer, fact.code_lang)
    else:
        out += text_lines(text(fact.answer))
    if fact.card.image:
        out.append(f"![[{fact.card.image}]]")
    for extra in fact.extras:
        if extra.code:
            out.append(f"*{extra.label}:*")
            out += fence(extra.text, "text")
        else:
            out += text_lines(f"*{extra.label}:* {text(extra.text)}")
    return out


def text(value: str) -> str:
    """Card text escaped for the plugin; a formula as Obsidian's ``$…$``, unescaped."""
    return github_math(escape_markdown(value, MARKS, keep_math=True))


def text_lines(value: str) -> list[str]:
    """Text as lines that keep the card together: a blank line would end the card,
    so it becomes a non-breaking space; a line the parser reads as a separator or
    a code fence ('?', '??', '```') gets its first mark escaped."""
    out = []
    value = separator_free(value)
    for line in value.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            out.append("&nbsp;")
        elif _SEPARATOR_LINE.match(line):
            stripped = line.lstrip()
            out.append(line[: len(line) - len(stripped)] + "\\" + stripped)
        else:
            out.append(line_start_escaped(line))  # "- x" a list, "---" a heading
    return out


def separator_free(value: str) -> str:
    """``value`` with each code span that holds ``::`` or ``==`` written as HTML."""
    return CODE_SPAN.sub(_code_span_without_separator, value)


def _code_span_without_separator(match: re.Match) -> str:
    """A code span that holds ``::`` or ``==`` as ``<code>…</code>``: the plugin reads
    the raw line, code span or not, so ``::`` made a one-line card (dropping the card it
    was reading), and in a cloze ``==`` pairs were deletions and every ``==`` was
    removed from the text shown. Its ASCII punctuation is written as character
    references (``&#58;``), which neither the plugin nor Markdown reads as syntax;
    Obsidian shows the code as written."""
    span = match.group(0)
    if "::" not in span and "==" not in span:
        return span
    code = match.group(2).replace("\n", " ")
    if code.startswith(" ") and code.endswith(" ") and code.strip():
        code = code[1:-1]  # Markdown's padding inside the backticks
    return "<code>" + re.sub(r"[!-/:-@\[-`{-~]", lambda m: f"&#{ord(m.group())};", code) + "</code>"


def cloze_cards_with_math(value: str) -> list[str]:
    """A cloze with a deletion inside a formula (where a highlight cannot be): one
    question-and-answer card per Anki group, the group's deletions shown as "[…]", or
    "[hint]" (a boxed "?" in a formula), and the whole text revealed as the answer."""
    value = cloze.code_split(value)
    shown = text_lines(text(cloze.revealed(value, _bold, cloze.math_revealed)))
    out: list[str] = []
    for number in cloze.numbers(value):

        def hide(part: cloze.Deletion, number=number) -> str:
            if part.number != number:
                return part.answer
            return f"[{part.hint}]" if part.hint else "[…]"  # its hint, as Quizlet's

        def hide_in_math(part: cloze.Deletion, number=number) -> str:
            return "\\boxed{?}" if part.number == number else part.answer

        if out:
            out.append("")  # a blank line ends a card
        out += [*text_lines(text(cloze.revealed(value, hide, hide_in_math))), "?", *shown]
    return out


def _bold(part: cloze.Deletion) -> str:
    return cloze.marked(part.answer, "**")


def cloze_markdown(value: str) -> str:
    """Anki's {{cN::answer::hint}} as the plugin's highlights: ``==answer==``, with
    ``^[hint]``, and ``[^N]`` group numbers when deletions share or skip numbers."""
    parts = cloze.parts(cloze.code_split(value))
    numbered = not cloze.numbering_is_plain(parts)
    out = []
    for part in parts:
        if isinstance(part, cloze.Deletion):
            after = ""
            if part.hint:
                after += "^[" + text(part.hint).replace("]", "\\]") + "]"
            if numbered:
                after += f"[^{part.number}]"
            shown = last_backslash_kept(text(part.answer))  # "==Ctrl+\\==" escaped "="
            out.append(cloze.marked(shown, "==", "==" + after))
        else:
            out.append(text(part))
    return "".join(out)
