"""The ``md`` writer: the sheet as GitHub-flavoured Markdown.

Title, subtitle, a table of contents whose links match GitHub's heading anchors,
one section per topic and a ``###`` sub-heading per group of cards (``groups``);
a group's limits as one pipe table, short commands as "command | what it does"
rows, Q&As as statements, other commands and snippets fenced with their language;
a sheet cut to a page budget (``--pages``) says so under the title. Card text is
inline Markdown already; raw HTML in it is neutralised so GitHub shows it as text.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from itertools import groupby
from pathlib import Path

from ... import cloze
from ...media import INLINE_IMAGE
from ...model import QA, Card, Cloze, Command, Concept, Limit, ListCard, Snippet, Table
from ...text import CODE_SPAN, MATH, github_math, inline_markdown, last_backslash_kept
from .. import BuildContext
from ..fence import fence
from .blocks import label_and_colon, limit_text
from .budget import cut_of
from .headings import headings
from .page import POP_ISOLATE, RIGHT_TO_LEFT, isolate_of
from .words import words_for

SHORT_COMMAND = 60  # characters: a one-line command this long or shorter goes in a table


def render(ctx: BuildContext) -> bytes:
    return "".join(chunks(ctx)).encode("utf-8")


def chunks(ctx: BuildContext) -> Iterator[str]:
    """The Markdown in pieces (its lines, joined by newlines), to stream it to its file."""
    ahead = ""
    for line in lines(ctx):
        yield ahead + line
        ahead = "\n"


def lines(ctx: BuildContext) -> Iterator[str]:
    _relative_link.cache_clear()  # image links are worked out again for each sheet
    out = getattr(ctx, "out_dir", None)
    _IMAGE_BASE[:] = [] if out is None else [str(ctx.corpus_dir), str(out)]
    corpus = ctx.corpus
    yield f"# {inline(corpus.title)}"
    yield ""
    if corpus.subtitle:
        yield f"*{inline(corpus.subtitle)}*"
        yield ""
    date = dt.datetime.fromtimestamp(ctx.build_time, dt.UTC).date().isoformat()
    sections = [(topic, headings(cards)) for topic, cards in ctx.sheet_cards()]
    count = sum(len(h.cards) for _, groups in sections for h in groups)
    words = words_for(ctx.settings.language)
    yield f"`{corpus.name}` · {words.count(count)} · {date} · cheatdeck {ctx.version}"
    yield ""
    cut = cut_of(ctx)
    if cut is not None and cut.is_cut:
        yield f"> {cut.summary}"
        yield ""
    slugs = Slugger()
    slugs.slug(corpus.title)  # the headings before the sections take their anchors first
    slugs.slug(words.contents)
    anchors = []
    for topic, groups in sections:  # every heading in order: GitHub numbers repeats
        anchors.append(slugs.slug(topic.title))
        for heading in groups:
            if heading.title:
                slugs.slug(heading.title)
    yield f"## {words.contents}"
    yield ""
    for (topic, _), anchor in zip(sections, anchors, strict=True):
        yield f"- [{inline(topic.title)}](#{anchor})"
    yield ""
    for topic, groups in sections:
        yield f"## {inline(topic.title)}"
        yield ""
        if topic.intro:
            yield inline(topic.intro)
            yield ""
        for heading in groups:
            if heading.title:
                yield f"### {inline(heading.title)}"
                yield ""
            for kind, run in groupby(gathered(heading.cards), key=block_kind):
                yield from BLOCKS[kind](list(run), ctx)
                yield ""


def gathered(cards) -> list[Card]:
    """A group's cards in order, its limits all where the first is (one table)."""
    limits = [card for card in cards if card.kind == "limit"]
    out: list[Card] = []
    for card in cards:
        if card.kind != "limit":
            out.append(card)
        elif card is limits[0]:
            out.extend(limits)
    return out


def block_kind(card: Card) -> str:
    """The block a card is written in: its kind, or ``command-row`` for a short command."""
    if card.kind == "command" and short_command(card):
        return "command-row"
    return card.kind


def short_command(card: Command) -> bool:
    """A one-line command with nothing more to show fits a row of a commands table."""
    code = card.command.strip("\n")
    return (
        "\n" not in code
        and len(code) <= SHORT_COMMAND
        and not (card.output or card.note or card.image)
        and "`" not in code
    )


class Slugger:
    """GitHub's heading anchors: lower-case, no punctuation, spaces to '-', repeats numbered."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    @staticmethod
    def base(heading: str) -> str:
        text = _visible(heading).strip().lower()
        kept = []
        for ch in text:
            cat = unicodedata.category(ch)
            if ch in " -_" or cat[0] in "LNM":
                kept.append(ch)
        return "".join(kept).replace(" ", "-")

    def slug(self, heading: str) -> str:
        base = self.base(heading)
        count = self.seen.get(base, 0)
        self.seen[base] = count + 1
        return base if count == 0 else f"{base}-{count}"


def _visible(text: str) -> str:
    from ...text import plain

    return plain(text)


def inline(text: str) -> str:
    """Card Markdown made safe: '<' and entities outside code spans are escaped, so raw
    HTML shows as text, and a line that starts like a list, a heading or a quote, or is a
    rule or a heading's underline (``---``), stays a line of text, as on the other
    sheets (inside a list item it became a nested list). A backslash that ends the text
    is doubled: Markdown shows it as written there, but it would escape the "**" or the
    table's "|" written after it."""
    text = literal_stars_escaped(text)
    out = []
    pos = 0
    for match in CODE_SPAN.finditer(text):
        out.append(_escape_html(github_math(_dollars_escaped(text[pos : match.start()]))))
        out.append(_one_line_span(match, text))
        pos = match.end()
    out.append(_escape_html(github_math(_dollars_escaped(text[pos:]))))  # \(x\) -> $x$
    joined = "".join(out)
    if "\n" in joined or joined[:1] in "-*_=~":  # a rule line holds no code span
        joined = _RULE_LINE.sub(_escaped_rule, joined)
    if "```" in joined:
        joined = _FENCE_LINE.sub(r"\1\\\2", joined)
    if "|" in joined and "\n" in joined:
        joined = _TABLE_RULE_LINE.sub(lambda rule: rule.group().replace("|", "\\|"), joined)
    return last_backslash_kept(joined).replace("\n", "  \n")


#: A '*' not escaped by the card (an even run of backslashes before it, none included).
_STAR = re.compile(r"(?<!\\)(?:\\\\)*\*")


#: The stars of a text with emphasis that ``literal_stars_escaped`` reads one by one.
_STARS_READ_MAX = 32


def literal_stars_escaped(text: str) -> str:
    """``text`` with each '*' that its Markdown shows as a star written '\\*' ("the
    antibonding π* orbital", "a * b"): the sheet writes "**" around answers and terms,
    and a lone star inside them would close that bold early (GitHub showed "**The
    antibonding π* orbital**" as italics and stars). Stars of emphasis, and those in
    code spans and formulas, stay as written."""
    if "*" not in text:
        return text
    kept = [
        range(span.start(), span.end())
        for pattern in (CODE_SPAN, MATH)
        for span in pattern.finditer(text)
    ]
    stars = [
        star.end() - 1
        for star in _STAR.finditer(text)
        if not any(star.end() - 1 in span for span in kept)
    ]
    shown = inline_markdown(text)
    if "<em>" not in shown and "<strong>" not in shown and "<" not in text and "](" not in text:
        escaped = _escaped_at(text, stars)  # no emphasis, link or autolink: all are text
        if inline_markdown(escaped) == shown:
            return escaped
    # each star read again escaped (a few: each reading takes the whole text)
    return _escaped_at(
        text,
        [
            at
            for at in stars[:_STARS_READ_MAX]
            if inline_markdown(f"{text[:at]}\\{text[at:]}") == shown
        ],
    )


def _escaped_at(text: str, places: list[int]) -> str:
    """``text`` with a backslash before each of its characters at ``places`` (in order)."""
    out, pos = [], 0
    for at in places:
        out += [text[pos:at], "\\"]
        pos = at
    return "".join([*out, text[pos:]])


#: A '$' written as text (not already escaped by the card: ``\\$``).
_DOLLAR = re.compile(r"(?<!\\)((?:\\\\)*)\$")


def _dollars_escaped(text: str) -> str:
    """Each '$' outside the formulas written '\\$': GitHub reads '$…$' as math, so a
    price on a line with a formula or another price ("a $1 bet? **$-\\frac{1}{37}$**")
    made one formula of the words between them."""
    if "$" not in text:
        return text
    out, pos = [], 0
    for span in MATH.finditer(text):
        out += [_DOLLAR.sub(r"\1\\$", text[pos : span.start()]), span.group()]
        pos = span.end()
    return "".join([*out, _DOLLAR.sub(r"\1\\$", text[pos:])])


def _one_line_span(match: re.Match, text: str) -> str:
    """A code span on one line: Markdown shows a line break inside a code span as a space
    (as the other sheets do), but a line of the span that starts with three backticks
    (a note's ```` ```text ````) opened a fenced code block there. Only a span whose two
    runs of backticks are whole, as Markdown reads one; other matches as they are."""
    span, inner = match.group(0), match.group(2)
    whole = (
        text[match.start() - 1 : match.start()] != "`"
        and text[match.end() : match.end() + 1] != "`"
        and not inner.startswith("`")
        and not inner.endswith("`")
    )
    return span.replace("\n", " ") if whole else span


# A line that opens a fenced code block: three backticks or more, and none after them on
# the line (a code span such as ```` ```a``` ```` opens none). Its first is escaped.
_FENCE_LINE = re.compile(r"(?m)^( {0,3})(`{3,}[^`\n]*)$")
# A line GitHub reads as the rule under a table's heading row (``| - | - |``, ``--|--``):
# with it, the line above became a table and the lines below its rows. Its pipes are
# escaped.
_TABLE_RULE_LINE = re.compile(r"(?m)^[ \t]*(?=[^\n]*\|)(?=[^\n]*-)[-|: \t]+$")


# A line's start that Markdown reads as a block: a list item, a heading, a quote.
_BLOCK_START = re.compile(r"(^|\n)([ \t]*)(?:([-+*#>])|(\d{1,9})([.)]))(?=[ \t]|$)")
# A line Markdown reads as a rule, a heading's underline or a code fence ("---" under a
# line made it a heading, "***" a rule, "~~~" opened code): each of its marks is escaped
# (one "\\*" before "**" would let those two close the bold around an answer).
_RULE_LINE = re.compile(r"(?m)^([ \t]*)(([-*_=])(?:[ \t]*\3)*|~{3})(?=[ \t]*$|(?<=~)~*[^\n]*$)")
# A '<' that opens no web or mail autolink (``<https://git-scm.com/docs>``, a link on the
# other sheets and in Anki too): escaped, it shows as written.
_LESS_THAN = re.compile(r"<(?!(?:https?|ftp|mailto):[^\s<>]+>)", re.I)
# An HTML entity as written (``&amp;``, ``&#60;``): escaped, it shows as written.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def _escape_html(text: str) -> str:
    if "![" in text and _IMAGE_BASE:
        text = INLINE_IMAGE.sub(_image_linked_from_out, text)
    if "&" in text:
        text = _ENTITY.sub("&amp;", text)
    text = _LESS_THAN.sub("&lt;", text)
    return (
        _BLOCK_START.sub(_escaped_block_start, text)
        if "\n" in text or text[:1] in "-+*#>0123456789"
        else text
    )


# The corpus folder and OUT of the sheet being written: an image written in a card's
# text links from the Markdown file in OUT, as the ``image:`` of a card does.
_IMAGE_BASE: list[str] = []


def _image_linked_from_out(match: re.Match) -> str:
    path = match.group("path")
    if "://" in path or path.startswith(("/", "data:", "#")):
        return match.group(0)
    return f"![{match.group('alt')}]({_relative_link(path, *_IMAGE_BASE)})"


def _escaped_block_start(match: re.Match) -> str:
    line, indent, mark, number, dot = match.groups()
    return f"{line}{indent}\\{mark}" if mark else f"{line}{indent}{number}\\{dot}"


def _escaped_rule(match: re.Match) -> str:
    indent, marks, _ = match.groups()
    return indent + re.sub(r"([-*_=~])", r"\\\1", marks)


def field(text: str, beside: str = "") -> str:
    """``inline(text)``, set apart from its neighbours as on the HTML sheet when it, or
    the field ``beside`` it on its line, holds Hebrew or Arabic letters
    (``page.isolate_of``): a question and its answer, a term and its definition, stay
    in the sheet's order, each read in its own direction, in a viewer that sets a line
    from its first letter (GitHub's ``dir="auto"``). Without it, "Plural of كتاب:
    **كُتُب**" showed the answer between "of" and the word it answers (one run read from
    the right), and an English answer after an Arabic question its "?" on its left."""
    shown = inline(text)
    if RIGHT_TO_LEFT.search(text) is None and RIGHT_TO_LEFT.search(beside) is None:
        return shown
    return isolate_of(text) + shown + POP_ISOLATE


def cell(text: str) -> str:
    """Text inside a pipe-table cell (``field``): pipes escaped, line breaks as <br>."""
    return field(text).replace("|", "\\|").replace("  \n", "<br>").replace("\n", "<br>")


def _extras(card: Card, ctx: BuildContext) -> list[str]:
    extras = []
    if getattr(card, "example", None):
        extras.append(f"*e.g.* {field(card.example)}")
    if card.note:
        extras.append(f"*{field(card.note)}*")
    if card.image:
        extras.append(f"![{inline(card.id)}]({_image_path(card.image, ctx)})")
    return extras


def _image_path(image: str, ctx: BuildContext) -> str:
    out = getattr(ctx, "out_dir", None)
    if out is None:
        return image
    return _relative_link(image, str(ctx.corpus_dir), str(out))


@lru_cache(maxsize=1024)  # a corpus has few images, each shown by many cards
def _relative_link(image: str, corpus_dir: str, out_dir: str) -> str:
    """The link from OUT to the corpus's ``image``."""
    target = Path(corpus_dir) / image
    return Path(os.path.relpath(target, Path(out_dir).resolve())).as_posix().replace(" ", "%20")


def _bullet(head: str, body: str, extras: list[str], marker: str = "-") -> str:
    """One list item; ``marker`` is ``-`` or a number's ``1.`` (an ordered list)."""
    text = f"{marker} **{head}** — {body}" if body else f"{marker} {head}"
    text = "  \n".join([text, *extras])
    # continuation lines stay inside the item: indented past its marker
    return text.replace("\n", "\n" + " " * (len(marker) + 1))


def concept_block(cards: list[Concept], ctx) -> Iterator[str]:
    for card in cards:
        term, definition = card.term, card.definition
        yield _bullet(field(term, definition), field(definition, term), _extras(card, ctx))


def qa_block(cards: list[QA], ctx) -> Iterator[str]:
    """Q&As as statements: the ``fact``, else the answer under the question's key phrase."""
    for card in cards:
        if card.fact:
            yield _bullet(field(card.fact), "", _extras(card, ctx))
        else:
            (question, colon), answer = label_and_colon(card.question), card.answer
            label, answer = field(question, answer), field(answer, question)
            yield _bullet_plain(f"{label}{colon} **{answer}**", _extras(card, ctx))


def _bullet_plain(text: str, extras: list[str]) -> str:
    return "  \n".join([f"- {text}", *extras]).replace("\n", "\n  ")


def command_rows(cards: list[Command], ctx) -> Iterator[str]:
    """Short commands as one table: the command, what it does."""
    words = words_for(ctx.settings.language)
    yield f"| {words.command} | {words.what_it_does} |"
    yield "| --- | --- |"
    for card in cards:
        code = card.command.strip("\n").replace("|", "\\|")
        yield f"| `{code}` | {cell(card.task)} |"


def titled(heading, body):
    """A block for cards that are a bold heading over a body: ``heading(card)``, ``body(card)``."""

    def block(cards: list[Card], ctx) -> Iterator[str]:
        for index, card in enumerate(cards):
            if index:
                yield ""
            yield f"**{inline(heading(card))}**"
            yield ""
            yield from body(card)
            for extra in _extras(card, ctx):
                yield ""
                yield extra

    return block


def command_body(card: Command) -> Iterator[str]:
    yield from fence(card.command, card.lang)
    if card.output:
        yield from fence(card.output, "text")


def limit_block(cards: list[Limit], ctx) -> Iterator[str]:
    words = words_for(ctx.settings.language)
    yield f"| {words.limit} | {words.value} |"
    yield "| --- | --- |"
    for card in cards:
        value = cell(limit_text(card))
        extras = [cell(e) for e in _extras(card, ctx)]
        if card.as_of:
            extras.append(f"({words.as_of} {card.as_of.isoformat()})")
        yield f"| {cell(card.subject)} | {' '.join([value, *extras])} |"


def table_body(card: Table) -> Iterator[str]:
    header = [cell(card.row_header or ""), *(cell(c) for c in card.columns)]
    yield "| " + " | ".join(header) + " |"
    yield "|" + " --- |" * len(header)
    for row in card.rows:
        cells = [f"**{cell(row.label)}**", *(cell(c) for c in row.cells)]
        yield "| " + " | ".join(cells) + " |"


def cloze_block(cards: list[Cloze], ctx) -> Iterator[str]:
    for card in cards:
        # a deletion inside code is bold around its own code span: ** in code shows
        text = literal_stars_escaped(card.text)  # "{{c1::n→π*}}": its star is text
        shown = cloze.revealed(cloze.code_split(text), _held, cloze.math_revealed)
        yield _bullet(field(_bold_where_read(shown)), "", _extras(card, ctx))


#: A deletion's answer between these while its "**" are placed (``_bold_where_read``).
_OPEN, _CLOSE = "\ue030", "\ue031"
_HELD = re.compile(f"{_OPEN}(.*?){_CLOSE}", re.S)
#: Two deletions side by side, not two code spans (whose backticks would then touch).
_SIDE_BY_SIDE = re.compile(f"(?<!`){_CLOSE}{_OPEN}(?!`)")


def _held(part: cloze.Deletion) -> str:
    return cloze.marked(part.answer, _OPEN, _CLOSE)


def _bold_where_read(text: str) -> str:
    """The deletions of ``text`` (held by ``_held``) in bold, their "**" where Markdown
    reads them: a "**" between a letter and a bracket or a full stop neither opens nor
    closes, nor do four in a row, so Japanese, written without blanks, showed them
    ('私は**「学生」**です', '**東京****へ**'). Deletions side by side are one bold
    run, and punctuation outside ASCII at a deletion's end next to a letter outside it
    goes outside the marks ('私は「**学生**」です'); a deletion of such punctuation only
    stays as it was."""
    if _OPEN not in text:
        return text
    text = _SIDE_BY_SIDE.sub("", text)
    return _HELD.sub(_placed, text)


def _placed(held: re.Match) -> str:
    answer, text = held.group(1), held.string
    before = text[held.start() - 1] if held.start() else " "
    after = text[held.end()] if held.end() < len(text) else " "
    lead = trail = 0
    if _letter(before):
        while lead < len(answer) and _wide_punctuation(answer[lead]):
            lead += 1
    if _letter(after):
        while trail < len(answer) - lead and _wide_punctuation(answer[-1 - trail]):
            trail += 1
    if lead + trail >= len(answer):
        return f"**{answer}**"
    end = len(answer) - trail
    return f"{answer[:lead]}**{last_backslash_kept(answer[lead:end])}**{answer[end:]}"


def _letter(char: str) -> bool:
    """``char`` is neither a blank nor punctuation, as Markdown's emphasis rules read it."""
    return not char.isspace() and not _punctuation(char)


def _wide_punctuation(char: str) -> bool:
    """Punctuation outside ASCII ('「', '。', '“'): an ASCII mark may be code's backtick,
    a formula's backslash or Markdown's own, which must stay with the answer."""
    return not char.isascii() and _punctuation(char)


def _punctuation(char: str) -> bool:
    """Punctuation as Markdown's emphasis rules read it: ASCII's, and Unicode's P classes."""
    return (char.isascii() and not char.isalnum() and not char.isspace()) or (
        unicodedata.category(char).startswith("P")
    )


def snippet_body(card: Snippet) -> Iterator[str]:
    yield from fence(card.code, card.lang)


def list_body(card: ListCard) -> Iterator[str]:
    """Its items as bullets, or numbered ``1.``, ``2.``, ... when ``ordered: true``."""
    for number, item in enumerate(card.items, 1):
        marker = f"{number}." if card.ordered else "-"
        if item.term:
            yield _bullet(field(item.term, item.text), field(item.text, item.term), [], marker)
        else:
            yield _bullet(field(item.text), "", [], marker)


BLOCKS = {
    "concept": concept_block,
    "qa": qa_block,
    "command": titled(lambda card: card.task, command_body),
    "command-row": command_rows,
    "limit": limit_block,
    "table": titled(lambda card: card.title, table_body),
    "cloze": cloze_block,
    "snippet": titled(lambda card: card.title, snippet_body),
    "list": titled(lambda card: card.title, list_body),
}
