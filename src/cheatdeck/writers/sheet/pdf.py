"""The cheat sheet as a printable PDF: the sheet's HTML, one WeasyPrint document.

WeasyPrint reads nothing but ``data:`` URIs and files inside the corpus folder and
``templates/`` (``safe_fetcher``). The laid-out pages are read back by the layout
check (``layout_check``): a card taller than a column cannot stay whole, so the first
layout finds such cards and the columns that begin inside a section, and a second one
lets exactly those cards split and heads those columns "<section> (cont.)". What the
last build's layouts found (their tall cards and headings, kept in OUT's manifest by
``incremental``) are guesses, each for the layout it was made by (the first, and the
one that keeps whole the cards balancing cut), that spare a layout when the layout made
with one asks for exactly it. A layout that the sheet is laid out again after (to keep
whole the cards that balancing cut) is not laid out again only to draw its headings.
Dates come from the build time (the lock, through the HTML's ``dcterms`` dates), the
file identifier from the HTML: the same corpus gives the same bytes. Layout time grows
faster than the text it lays out, so a field longer than ``FIELD_LIMIT`` characters is cut on
paper (the HTML sheet and the deck keep it whole), and a sheet larger than
``LARGE_SHEET`` characters of HTML (its embedded images left out) is announced before it
is laid out. A run of
placeholders, code and text longer than a code line (``<host>:<path_to_dir>``) may break
where a placeholder or a coloured token begins (``breakable_placeholders``): WeasyPrint
would not break it at all. A word longer than ``LONG_WORD`` characters (a key, a hash, a
sequence) is printed as lines of a code line's length (``long_words_in_lines``):
WeasyPrint's time to break one word grows with the cube of its length.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html as htmllib
import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ... import incremental
from ...field_limit import FIELD_LIMIT, cut_long_fields
from .. import OutputError
from . import font_coverage, layout_check
from . import page as sheet

PANGO_HINT = (
    "the PDF needs Pango: install it "
    "(Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0)"
)
# Characters the fonts lack (zero-width marks in DejaVu Sans Mono): a missing glyph
# sends fontconfig on a long fallback search, so they are dropped or mapped first.
TEXT_FIXES = str.maketrans({"\u200b": None, "\u2060": None, "\ufeff": None, "\u2011": "-"})
# Without libharfbuzz-subset WeasyPrint subsets fonts with fontTools, which stamps each
# subset with SOURCE_DATE_EPOCH or else the clock: a fixed date keeps the bytes fixed.
FONT_EPOCH = 946684800  # 2000-01-01
#: Characters of one word (no blank) above which the PDF prints it as lines of a code
#: line's length: breaking a 1,000-character word took WeasyPrint 4 s, 3,000 took 72 s.
LONG_WORD = 200
#: Characters of sheet HTML above which the build says, before layout, that it will take
#: time (about 2,000 cards; WeasyPrint lays out some 1,000 cards in 15 CPU seconds).
LARGE_SHEET = 1_000_000
#: Layouts after the first that may place the columns' "(cont.)" headings (lay_out_sheet).
CONTINUATION_PASSES = 3
#: A card guessed tall is trusted only when its pieces add up to this share of a column
#: more than a whole column (a split table repeats its head, a split adds no more).
SURELY_TALL = 1.15
#: Layouts that keep whole the cards balancing cut on the last page, before that page is
#: filled column after column instead (at once when keeping them whole adds a page).
WHOLE_PASSES = 2
#: What a settled sheet's layouts found (``Guess.as_json`` of the first, and under
#: "later" of each pass that kept cards whole): ``LAID_OUT`` of the last sheet laid out in
#: this process, which ``incremental`` keeps in OUT's manifest, and ``EARLIER`` of the
#: last build into OUT, read back from it and taken by the next ``build_sheet`` as its
#: guesses, each for the layout it was made by.
LAID_OUT, EARLIER = incremental.SHEET_LAID_OUT, incremental.SHEET_EARLIER


def weasyprint():
    """The weasyprint module, or OutputError when its system libraries are missing."""
    try:
        import weasyprint as module
    except OSError as exc:
        raise OutputError(PANGO_HINT) from exc
    return module


def safe_fetcher(allowed: list[Path]):
    """A URL fetcher that serves data: URIs and files under ``allowed`` and refuses the rest."""
    from urllib.request import url2pathname

    from weasyprint.urls import URLFetcher, URLFetcherResponse

    roots = [Path(folder).resolve() for folder in allowed]

    class SafeFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if url.startswith("file:"):
                path = Path(url2pathname(url[5:].split("?")[0].split("#")[0])).resolve()
                if path.is_file() and any(path.is_relative_to(root) for root in roots):
                    return URLFetcherResponse(path.as_uri(), path.read_bytes())
            raise ValueError(f"cheatdeck does not fetch {url[:100]}")

    return SafeFetcher()


@dataclass
class Sheet:
    """The PDF and what its laid-out pages hold (for the report and the tests)."""

    pdf: bytes
    layout: layout_check.Layout
    columns: int
    uncovered: list[str] = field(default_factory=list)  # characters no installed font has

    @property
    def pages(self) -> int:
        return self.layout.pages

    @property
    def cards(self) -> list[str]:
        """Every card found on the pages, once per fragment."""
        return [card for card, pieces in self.layout.cards.items() for _ in pieces]

    @property
    def tall(self) -> set[str]:
        return set(self.layout.tall)

    @property
    def problems(self) -> list[layout_check.Problem]:
        return self.layout.problems

    @property
    def fill(self) -> float:
        """The share of the column space the cards fill: a measure of density."""
        return layout_check.fill(self.layout, self.columns)


def render(ctx) -> bytes:
    """The sheet's PDF; layout problems and characters no font has go to ``ctx.notices``."""
    made = build_sheet(ctx)
    name = ctx.corpus.name + ".pdf"
    ctx.notices.extend(f"{name}: layout: {problem}" for problem in made.problems)
    if made.uncovered:
        ctx.notices.append(font_coverage.notice(name, made.uncovered))
    return made.pdf


def build_sheet(ctx) -> Sheet:
    """Lay the sheet out and write it.

    The first pass (``lay_out_sheet``) marks the cards taller than a column and heads
    the columns that begin inside a section; then the cards that the last page's
    balanced columns cut (``cut_by_balancing``) are kept whole, and the sheet laid out
    again (at most ``WHOLE_PASSES`` times), or its last page filled column after column
    when keeping them whole adds a page. A pass whose layout is laid out again anyway
    (``passed_over``) stops before drawing its headings: a heading takes no room, so the
    cut cards and the page count are read from the layout without them. The pass that
    keeps cards whole starts from the last build's guess for it, or else from what the
    pass before found (``Guess.carried_over``). The AWS corpus, cold, takes three
    layouts: the first (no tall card, two cards cut), then with them kept whole, then
    with that layout's headings on the last page (the other pages' were guessed right).
    """
    name = ctx.corpus.name + ".pdf"
    printed = _cut_long_fields(ctx, lambda line: ctx.notices.append(f"{name}: {line}"))
    line_chars = _code_line(ctx)
    html = whole_code_spans(
        breakable_placeholders(sheet.print_html(printed), line_chars), line_chars
    )
    html = long_words_in_lines(html, sheet.PageSetup.of(ctx.settings).code_chars)
    html = spaces_before_inline_boxes(html)
    if (size := laid_out_size(html)) > LARGE_SHEET:
        _say(
            ctx,
            f"{name}: WeasyPrint is laying out {printed.corpus.card_count():,} cards "
            f"({size / 1e6:.1f} MB of HTML): this takes minutes; --tag prints a part",
        )
    earlier = dict(EARLIER)
    EARLIER.clear()  # a guess for one sheet: the next build stores its own
    guesses = [Guess.from_json(earlier)]  # the first layout's, then each whole pass's
    later = earlier.get("later")
    guesses += [Guess.from_json(one) for one in later] if isinstance(later, list) else []
    roots = (ctx.corpus_dir, ctx.templates)
    document, layout, laid = lay_out_sheet(html, roots, guess=guesses[0], redone=passed_over(None))
    settled = [dict(LAID_OUT)]  # what each layout settled on, the next build's guesses
    whole: set[str] = set()
    balanced = True
    for number in range(1, WHOLE_PASSES + 1):
        cut = cut_by_balancing(layout)
        if not cut:
            break
        if number < len(guesses):
            guess = guesses[number]
        else:
            guess = Guess.carried_over(layout, Guess.from_json(settled[-1]))
        document = None  # a pass keeps its own layout or lays the sheet out anew
        kept = lay_out_sheet(
            sheet.mark_whole(html, whole | cut), roots, guess=guess, redone=passed_over(layout)
        )
        settled.append(dict(LAID_OUT))
        if kept[1].pages > layout.pages:
            # Kept whole, a card fits no column of the last page (a one-page sheet's
            # columns begin under the masthead): it went on to a page of its own and left
            # the first holding the masthead alone, one page more than the budget counted.
            balanced = False
            break
        whole |= cut  # kept whole, the page balances around them
        document, layout, laid = kept
    else:
        balanced = not cut_by_balancing(layout)
    if not balanced:  # the last page filled column after column instead
        document = kept = None
        document, layout, laid = lay_out_sheet(unbalanced(html), roots)
        settled = settled[:1]
    LAID_OUT.clear()
    if settled[0]:
        LAID_OUT.update(settled[0])
        if settled[1:]:
            LAID_OUT["later"] = settled[1:]
    html = laid
    missing = font_coverage.uncovered([html])
    with source_date_epoch(FONT_EPOCH):
        data = document.write_pdf(pdf_identifier=identifier(html))
    return Sheet(data, layout, sheet.PageSetup.of(ctx.settings).columns, missing)


def lay_out_sheet(
    html: str,
    roots,
    headed: bool = True,
    guess: Guess | None = None,
    redone: Callable[[layout_check.Layout], bool] | None = None,
) -> tuple[object, layout_check.Layout, str]:
    """The laid-out document, what the layout check found and the HTML laid out;
    ``headed=False``: without "(cont.)" headings (they change no page break: the page
    budget counts pages so); ``guess``: what the last build's layout settled on.

    The first layout finds the cards taller than a column (marked ``tall``, allowed to
    split) and the columns that begin inside a section; the second lays out the sheet
    with those cards marked and those columns headed "<section> (cont.)"
    (``page.mark_continued``: at the start of the card or sub-heading the column begins
    with, or inside a split card at the element it begins with). A heading takes no
    room in its column (sheet.css), so it moves nothing and the second layout is the
    first one with headings: read again, the columns beginning inside a section are
    the ones headed, and it is done. Only when cards were newly marked ``tall`` does
    the flow change, and the sheet is laid out again with headings where that layout
    puts the column tops, at most ``CONTINUATION_PASSES`` layouts after the first. If
    the headings have still not settled (none was seen to), the sheet is laid out
    without them: a sound sheet with the running header only, never a heading drawn
    in the middle of a column.

    With a ``guess``, the first layout already has its tall cards marked and its
    headings. When each of those cards proves taller than a column by a margin
    (``SURELY_TALL``), the layout is the one a build without the guess makes once it
    has marked them (headings move nothing): when it asks for no other tall card and
    exactly the guessed headings, the sheet is done in one layout; otherwise the passes
    go on from it. When a card guessed tall may not be, the guess is dropped and the
    sheet laid out as without it: a guess never leaves a card marked tall that a build
    without it would not mark.

    ``redone(layout)`` says whether the caller lays the sheet out again after ``layout``
    (``passed_over``): a layout that finds no new tall card is then returned even when
    its headings are not the ones it asks for (nothing moves when they are drawn), and
    what it asks for is kept in ``LAID_OUT`` as if they were.
    """
    base = html
    marks: frozenset[layout_check.Continuation] = frozenset()
    marked: frozenset[str] = frozenset()  # cards marked tall after a layout found them so
    document = layout = None
    if headed and guess is not None and (guess.tall or guess.marks):
        trial = sheet.mark_tall(base, guess.tall)
        html = sheet.mark_continued(trial, guess.marks)
        document = lay_out(html, roots)
        layout = layout_check.read_layout(document)
        present = frozenset(card for card in guess.tall if card in layout.cards)
        if surely_tall(layout, present):
            base, marked, marks = trial, present, guess.marks
        else:
            document, html = None, base
    if document is None:
        document = lay_out(base, roots)
        layout = layout_check.read_layout(document)
    LAID_OUT.clear()
    for _pass in range(CONTINUATION_PASSES):
        tall = layout.too_tall()
        wanted = continuation_marks(layout) if headed else frozenset()
        if not tall and (wanted == marks or (redone is not None and redone(layout))):
            if headed:
                LAID_OUT.update(Guess(marked, wanted).as_json())
            return document, layout, html
        if tall:
            base = sheet.mark_tall(base, tall)
            marked |= tall
        marks = wanted
        html = sheet.mark_continued(base, marks)
        document = None  # not held while the next one is laid out
        document = lay_out(html, roots)
        layout = layout_check.read_layout(document)
    if headed and continuation_marks(layout) != marks:
        html = base
        document = None
        document = lay_out(html, roots)
        layout = layout_check.read_layout(document)
    return document, layout, html


def cut_by_balancing(layout: layout_check.Layout) -> set[str]:
    """The cards that fit in one column but lie split over the last page's balanced
    columns (a long snippet, table or list may split where a column ends; balancing
    cuts it into as many short pieces as there are columns)."""
    last, room = layout.pages, layout.page_height - layout_check.TOLERANCE
    return {
        card
        for card, pieces in layout.cards.items()
        if len(pieces) > 1
        and all(piece.page == last for piece in pieces)
        and sum(piece.height for piece in pieces) < room
    }


def passed_over(before: layout_check.Layout | None) -> Callable[[layout_check.Layout], bool]:
    """Whether ``build_sheet`` lays the sheet out again after a layout of one of its
    passes (``before``: the layout the pass keeps cards whole in, None for the first):
    when it has cards that balancing cut (the next pass keeps them whole, or the last
    page is filled column after column), or when it has more pages than ``before`` (the
    last page is filled column after column)."""

    def again(layout: layout_check.Layout) -> bool:
        grew = before is not None and layout.pages > before.pages
        return grew or bool(cut_by_balancing(layout))

    return again


def unbalanced(html: str) -> str:
    """The sheet with its last page filled column after column, like the others."""
    return html.replace('<main class="flow">', '<main class="flow unbalanced">', 1)


def continuation_marks(layout: layout_check.Layout) -> frozenset[layout_check.Continuation]:
    """Where each column that begins inside a section gets its "(cont.)" heading."""
    return frozenset(layout.continuations())


def surely_tall(layout: layout_check.Layout, cards: frozenset[str]) -> bool:
    """Whether each of ``cards`` (marked tall, so free to split) is well over a column high."""
    return all(
        sum(piece.height for piece in layout.cards[card]) > layout.page_height * SURELY_TALL
        for card in cards
    )


@dataclass(frozen=True)
class Guess:
    """What a settled layout found: the cards it marked tall and its "(cont.)" headings."""

    tall: frozenset[str] = frozenset()
    marks: frozenset[layout_check.Continuation] = frozenset()

    def as_json(self) -> dict:
        """``{"tall": [card, …], "marks": [[ref, title, tag, ordinal, top, left, width], …]}``"""
        marks = [list(dataclasses.astuple(mark)) for mark in self.marks]
        return {"tall": sorted(self.tall), "marks": sorted(marks, key=json.dumps)}

    @classmethod
    def carried_over(cls, layout: layout_check.Layout, settled: Guess) -> Guess:
        """The guess for the pass that keeps whole the cards balancing cut on the last
        page of ``layout`` (whose tall cards are ``settled.tall``): the headings of the
        pages before the last, which that changes nothing on, and the tall cards when
        each is well over a column high. The last page's headings are not guessed: its
        columns are balanced anew, and some began inside the cards now kept whole."""
        tall = settled.tall if surely_tall(layout, settled.tall) else frozenset()
        return cls(tall, frozenset(layout.continuations(before_page=layout.pages)))

    @classmethod
    def from_json(cls, stored) -> Guess:
        """The guess ``as_json`` wrote; an empty one when anything in it is malformed."""
        if not isinstance(stored, dict):
            return cls()
        tall, entries = stored.get("tall"), stored.get("marks")
        if not isinstance(tall, list) or not all(isinstance(card, str) for card in tall):
            return cls()
        marks = set()
        for entry in entries if isinstance(entries, list) else ():
            if not isinstance(entry, list) or len(entry) != 7:
                return cls()
            ref, title, tag, ordinal, top, left, width = entry
            texts = all(isinstance(text, str) for text in (ref, title, tag))
            numbers = type(ordinal) is int and all(type(n) in (int, float) for n in entry[4:])
            if not (texts and numbers):
                return cls()
            marks.add(layout_check.Continuation(ref, title, tag, ordinal, top, left, width))
        return cls(frozenset(tall), frozenset(marks))


def lay_out(html: str, roots) -> object:
    """WeasyPrint's laid-out document for ``html`` (pages and boxes)."""
    module = weasyprint()
    # No base URL: the sheet holds its images as data URIs, and a relative link must
    # not become a file:// link that names the build machine's folders.
    document = module.HTML(
        string=html.translate(TEXT_FIXES),
        url_fetcher=safe_fetcher([Path(root) for root in roots]),
        media_type="print",
    )
    return document.render(presentational_hints=False)


#: A placeholder glued to the text before it (``host:<path>``, ``s3://<bucket>``,
#: ``KEY=<value>``), and that text's last character or tag.
_GLUED_PLACEHOLDER = re.compile(r'(</span>|[^\s>])(<span class="(?:placeholder|hl-[a-z0-9]+)">)')
_TAG = re.compile(r"<[^>]*>")
#: Characters of visible text looked at on each side of a glued placeholder.
_RUN_WINDOW = 300
#: The indent a code line's continuation may have (its hanging indent and two spaces).
_CONTINUATION_INDENT = 4


def breakable_placeholders(html: str, line_chars: int | None) -> str:
    """``html`` with a line-break opportunity (``<wbr>``) where a placeholder or a
    coloured token of code meets the text before it, in every run without a space that
    is longer than a code line (``line_chars`` characters): WeasyPrint breaks no such run
    (``<remote_host>:<path_to_remote_directory>``,
    ``std::env::var("CARGO_FEATURE_…").is_ok()``) at a column's edge, even with
    ``overflow-wrap: anywhere``, and lets it run into the next column. A shorter run is
    left as it is: it moves to a line of its own."""
    if line_chars is None:
        return html
    longest = line_chars - _CONTINUATION_INDENT

    def breakable(match: re.Match) -> str:
        start, end = match.start(2), match.end()
        before = htmllib.unescape(_TAG.sub("", html[max(0, start - _RUN_WINDOW) : start]))
        after = htmllib.unescape(_TAG.sub("", html[end : end + _RUN_WINDOW]))
        run = len(re.search(r"\S*$", before).group()) + len(re.match(r"\S*", after).group())
        if run <= longest or (before[-1:] in tuple(sheet.OPENERS) and _short_bracket(after)):
            return match.group()
        return match.group(1) + "<wbr>" + match.group(2)

    return _GLUED_PLACEHOLDER.sub(breakable, html)


def _short_bracket(after: str) -> bool:
    """Whether the text ``after`` an opening bracket closes it within
    ``sheet.BRACKET_KEPT_WHOLE`` characters ("2)" of ``digitalPinToInterrupt(2)``): such
    a bracket is kept with its call. A break after its opening printed
    ``attachInterrupt(digitalPinToInterrupt(`` over ``2), onPulse, RISING);``."""
    depth = 0
    for char in after[: sheet.BRACKET_KEPT_WHOLE + 1]:
        if char in sheet.OPENERS:
            depth += 1
        elif char in sheet.CLOSERS:
            if depth == 0:
                return True
            depth -= 1
    return False


#: The markup of the sheet's body that holds no text to print: a tag, a comment, a style.
_MARKUP = re.compile(r"(<style\b.*?</style>|<!--.*?-->|<[^>]*>)", re.S)
#: A word of more than ``LONG_WORD`` characters (an entity counts as one) in a run of text.
_LONG_WORD = re.compile(r"(?:&#?\w+;|[^\s&<>]){" + str(LONG_WORD + 1) + ",}")
#: One character as printed: an entity, or a letter with the marks that follow it.
_PRINTED_CHARACTER = re.compile(r"&#?\w+;|.[\u0300-\u036f\u200d\ufe0e\ufe0f]*", re.S)
#: The start or end tag of a table cell (its width is the table's to set, not known
#: here) or of code (set in the monospace font a code line is measured in).
_CELL_OR_CODE_TAG = re.compile(r"<(/?)(t[dh]|pre|code)\b")
#: Characters of a line of a long word when the paper's code line is not known, and in
#: a table cell (a cell is seldom narrower).
DEFAULT_LINE, CELL_LINE = 40, 16
#: The share of a code line that a line of text holds surely: the text's capitals are
#: wider than monospace letters ("W" and "M" aside).
TEXT_SHARE = 0.8


def long_words_in_lines(html: str, code_chars: int | None) -> str:
    """``html`` with each word longer than ``LONG_WORD`` characters in its body cut into
    lines (``<br>`` between them) that a code line holds (``code_chars``; ``CELL_LINE``
    in a table cell). Each line is then a short text of its own: WeasyPrint breaks a
    long word by laying the rest of it out again for every line (and for every
    character when it measures the word's narrowest width), so its time grows with the
    cube of the word's length; cut, it grows with the length. The characters printed are
    the word's, in order."""
    head, body_tag, body = html.partition("<body")
    if not body_tag or _LONG_WORD.search(body) is None:
        return html
    code_line = (code_chars or DEFAULT_LINE) - _CONTINUATION_INDENT
    parts = _MARKUP.split(body_tag + body)
    open_tags = {"cell": 0, "code": 0}  # table cells and code around the text
    for index, part in enumerate(parts):
        if index % 2:  # markup
            if (tag := _CELL_OR_CODE_TAG.match(part)) is not None:
                name = "cell" if tag.group(2)[0] == "t" else "code"
                open_tags[name] = max(0, open_tags[name] + (-1 if tag.group(1) else 1))
            continue
        if open_tags["cell"]:
            width = CELL_LINE
        else:
            width = code_line if open_tags["code"] else int(code_line * TEXT_SHARE)
        parts[index] = _LONG_WORD.sub(lambda match, n=width: _in_lines(match.group(), n), part)
    return head + "".join(parts)


def _in_lines(word: str, width: int) -> str:
    printed = _PRINTED_CHARACTER.findall(word)
    return "<br>".join(
        "".join(printed[start : start + width]) for start in range(0, len(printed), width)
    )


#: A code block (left as it is), or an inline code span and what it holds.
_CODE_SPAN_OR_BLOCK = re.compile(r"<pre\b.*?</pre>|<code>(.*?)</code>", re.S)


def whole_code_spans(html: str, line_chars: int | None) -> str:
    """``html`` with each inline code span whose every word fits a line marked
    ``class="whole"`` (sheet.css: it breaks only at its blanks). WeasyPrint broke such
    a span that met a line's end inside a word ("write into `Cargo.to`" over "`ml`")
    instead of moving it to the next line, even with ``overflow-wrap: break-word``; a
    span with a longer word may still break anywhere, or it would run out of its column."""
    if line_chars is None or "<code>" not in html:
        return html
    longest = line_chars - _CONTINUATION_INDENT

    def marked(match: re.Match) -> str:
        inside = match.group(1)
        if inside is None:
            return match.group()
        visible = htmllib.unescape(_TAG.sub("", inside))
        if max(map(len, visible.split()), default=0) > longest:
            return match.group()
        return f'<code class="whole">{inside}</code>'

    return _CODE_SPAN_OR_BLOCK.sub(marked, html)


#: A blank before an inline element in the sheet's text (not in code blocks, where
#: blanks are the code's own, nor in the style sheet).
_BLANK_BEFORE_INLINE = re.compile(r" (<(?:span|code|b|strong|em|i|a|mark|kbd)\b)")
_PRE_OR_STYLE = re.compile(r"(<pre\b.*?</pre>|<style\b.*?</style>)", re.S)


def spaces_before_inline_boxes(html: str) -> str:
    """``html`` with each blank that stands before an inline element (a value's unit, a
    code span, a bold word) in a span of its own. WeasyPrint 70, when such an element
    does not fit at a line's end, broke the line at the first blank of the text before
    it instead of the last: "Max" alone over "increase in sleeping altitude per day
    above" over "3000 m", or "The" over "first call after idle; initializing ... adds"
    over "100 ms–2 s". In a span of its own, the blank is where the line breaks. Nothing
    printed changes but where lines end."""
    if " <" not in html:
        return html
    parts = _PRE_OR_STYLE.split(html)
    for index in range(0, len(parts), 2):  # the text between code blocks
        parts[index] = _BLANK_BEFORE_INLINE.sub(r"<span> </span>\1", parts[index])
    return "".join(parts)


def _code_line(ctx) -> int | None:
    """How many characters a code line of the sheet holds (None for an unknown paper)."""
    surely = sheet.PageSetup.of(ctx.settings).code_chars
    return None if surely is None else int(surely / sheet.WIDTH_MARGIN)


def _cut_long_fields(ctx, warn: Callable[[str], None]):
    """``ctx`` with every text field longer than ``FIELD_LIMIT`` cut, for paper only."""

    def cut(card, name: str, value: str) -> str:
        warn(
            f"card '{card.id}': its {name} has {len(value):,} characters; "
            f"the PDF shows the first {FIELD_LIMIT:,}"
        )
        more = len(value) - FIELD_LIMIT
        return (
            value[:FIELD_LIMIT]
            + f"\n\n[… {more:,} more characters: see the HTML sheet or the deck]"
        )

    corpus = cut_long_fields(ctx.corpus, cut)
    return ctx if corpus is ctx.corpus else dataclasses.replace(ctx, corpus=corpus)


#: An image embedded in the sheet's HTML: its bytes are drawn, not laid out as text.
_DATA_URI = re.compile(r"data:[^\"'()\s]*")


def laid_out_size(html: str) -> int:
    """The characters of ``html`` that WeasyPrint lays out, its embedded images left
    out: a 7 MB photo makes a sheet no slower to lay out than a small one."""
    return len(_DATA_URI.sub("", html))


def _say(ctx, line: str) -> None:
    """Tell the user now (not at the end of the build): ``ctx.say`` when the caller gave one."""
    say = getattr(ctx, "say", None)
    if say is not None:
        say(line)
    else:
        ctx.notices.append(line)


def identifier(html: str) -> bytes:
    """A file identifier that depends only on the content."""
    return hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")


@contextmanager
def source_date_epoch(seconds: int) -> Iterator[None]:
    """SOURCE_DATE_EPOCH set for the duration of the block, then restored."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(seconds))
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before
