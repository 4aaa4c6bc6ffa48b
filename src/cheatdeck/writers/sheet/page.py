"""The cheat sheet as one HTML document: the single rendering behind the PDF and the HTML file.

The page is built per section (``section_html``, made by ``blocks``: sub-headings,
statements, aligned commands, a group's limits as one table); ``document_html`` wraps
all of them with the title, the build identity, the stylesheet, and for the HTML file a
table of contents and a few KB of plain JavaScript (templates/sheet/sheet.js: the search
box and copy buttons; without it everything is shown); ``print_html`` wraps them for
the PDF, one WeasyPrint document.
Everything is inline: CSS in ``<style>``, images as data URIs, so the same bytes work
offline in a browser and in WeasyPrint. Card text goes through ``text.inline_html`` (raw
HTML escaped); code through ``highlight.code_html``, the deck's Pygments rendering, with
token colours moved until they reach ``MIN_CONTRAST`` on the code background
(``readable``). A page budget (``budget``) sets which cards and what type size.
A field with Hebrew or Arabic letters is a bidi isolate (``isolate_of``), and for the
PDF each Arabic phrase one inline piece (``upright``): WeasyPrint orders no text across
pieces.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import mimetypes
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

from markupsafe import Markup

from ... import cloze, highlight
from ...model import COLUMN_GAP_MM, PAGE_MARGINS_MM, PAPER_MM, Card, Settings, Topic
from ...text import inline_html, plain, typeset_math
from . import blocks as sheet_cards
from . import syllables
from .words import ENGLISH, words_for

TEMPLATE_FOLDER = "sheet"
# Pygments styles, the deck's: light for paper and a light screen, dark for a dark one.
LIGHT_STYLE = "default"
DARK_STYLE = "monokai"
# Code backgrounds (sheet.css --code-bg, light and dark): every token colour is made
# to reach MIN_CONTRAST (WCAG AA for text) on them.
LIGHT_CODE_BG = "#f1f1f1"
DARK_CODE_BG = "#23272e"
MIN_CONTRAST = 4.6
# The smallest sizes a printed sheet may use, in points.
MIN_BODY_PT = 6.5
MAX_BODY_PT = 12.0
MIN_CODE_PT = 6.0
CODE_RATIO = 0.8  # code size relative to body text
LONG_WORD = 24  # characters: a longer word in a table heading may break anywhere
CROWDED_TYPE = 0.9  # a crowded table's type size relative to the body's (sheet.css)
MIN_WHOLE_WORD = 5  # characters: a crowded table that cannot keep these whole breaks any
MIN_SHORT_WORD = 3  # characters: ... but still keeps "yes", "no" and "GET" whole if it can
HANGING_INDENT = 2  # characters a wrapped code line is indented past its own start
TAB_SIZE = 4  # characters a tab in code takes (sheet.css: tab-size, .tab)
BESIDE_SHARE = 0.55  # a command this share of a column wide or less sits beside its task
# Characters of code the narrowest screen's command cell holds (sheet.css: 55 % of a 24em
# column, 12.5px code): on screen a command with a longer word goes under its task, as
# the word broke anywhere in the cell ("cat ~/.config/app/config.j" over "son").
SCREEN_BESIDE_WORD = 22
SPLIT_ROWS = 3  # a table or limits table this long may split between columns
# ... and a list this long: one of three split (sheet.css keeps its first and last item
# with their neighbours, which a browser's balanced columns did not) left one item alone
# at a column's top or foot, "check the belt tension" apart from the two before it
SPLIT_ITEMS = 4
SPLIT_LINES = 8  # so may code this many lines long
# A text with right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, …) is set
# between an isolate and POP DIRECTIONAL ISOLATE: both chromium and WeasyPrint (Pango)
# then order it apart from the text around it. A text all right-to-left is a
# right-to-left isolate ("מה השעה?" ends on the left); one with Latin letters too
# ("كِتَاب (kitāb)") reads left to right like the sheet, its Arabic runs inside.
RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
LEFT_TO_RIGHT_ISOLATE, RIGHT_TO_LEFT_ISOLATE, POP_ISOLATE = "\u2066", "\u2067", "\u2069"
CARD_ANCHOR_PREFIX = "c-"  # a card's element id is this prefix + the card id
ACCENTS = 8  # number of section colours in sheet.css (.accent-0 ... .accent-7)
# What the column width is worked out from: the paper, margins and gap (model), pre.code
# padding and border.
CODE_BOX_PT = 7.0  # a code block's padding, border and the card's padding, left + right
PT_PER_MM = 72 / 25.4
MONO_ADVANCE = 0.602  # DejaVu Sans Mono: every glyph is 0.602 em wide
TEXT_ADVANCE = 0.55  # DejaVu Sans Condensed: bold lowercase averages about 0.55 em
WIDTH_MARGIN = 0.9  # use 90 % of the worked-out width: never trust an estimate to the point

IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
}
CLOZE_OPEN, CLOZE_CLOSE = "\ue000", "\ue001"  # private-use marks that survive Markdown
INLINE_CODE = re.compile(r"<code>(.*?)</code>", re.S)
TOKEN_SPAN = re.compile(r'<span class="hl-([a-z0-9]+)">([^<]*)</span>')
MARKDOWN_IMAGE = re.compile(r'<img src="([^"]*)" alt="([^"]*)"(?: title="[^"]*")? ?/?>')
# A command-line option in code's plain text ("-ISO", "--width", "-gps:all"): a dash or
# two that start a word, then a letter, up to a blank or a tag.
OPTION = re.compile(r"(?:(?<=[ \t])|^)(--?[A-Za-z][^\s<]*)")
OPTION_KEPT_WHOLE = 24  # characters: a longer option may still break, else it overflows
# An option ``options_whole`` kept whole, a blank, and the word after it (its text and the
# tags inside it: ``<span class="hl-m">18</span>``, ``<span class="hl-k">in</span>.mp4``);
# only after a blank or at the start: "x-y z" glues "-y" to "x" (``GLUED``), no option.
OPTION_AND_VALUE = re.compile(
    r'(?<!\S)<span class="opt">(--?[A-Za-z][^\s<]*)</span> ((?:<[^>]*>|[^\s<])+)'
)
# A hyphen or slash inside a word of code and the character after it ("new-session",
# "deployment/web-frontend"): both engines may end a line after it, and "tmux new-" over
# "session" reads as a command and a new line. Glued, a word wraps at the blank before
# it; one longer than GLUED_WORD_MAX, likely to break anyway, may still break there.
GLUED = re.compile(r"(?<=[^\s>])[-/][^\s<&]")
# A hyphen or slash inside a word right before a short span with no blank in it (a
# placeholder, "<backup>/<dataset>"): the character ``GLUED`` would keep it with is
# behind a tag, so the separator is kept with the whole span.
GLUED_BEFORE_SPAN = re.compile(
    r'(?:(?<=[^\s>])|(?<=[^\s>]</span>))([-/])(<span class="[^"]*">([^<\s]+)</span>)'
)
CODE_WORD = re.compile(r"[^\s<]+")  # a word of code's text between two tags
# A part of a path, its slash and the name after it ("/var" of "/var/lib/x.csv"), up to
# OPTION_KEPT_WHOLE characters: the line-breaking rules never break before a "/" (not
# even after a blank), so "csv > /var/lib/…" ended a line with "> /" and went on with
# "var/lib/…". Each part set as one box (sheet.css ``.lead``), a line may end before
# any of its slashes, as a path is broken in print ("/var/lib" over "/thermctl").
LEADING_SLASH = re.compile(rf"/[^\s</&]{{1,{OPTION_KEPT_WHOLE - 1}}}(?=[/&])")
# A comment's marker, the blank after it and its first word ("# 16-bit", "// ms"): a
# wrapped line ended with the marker alone ("65535   #") and the comment went on below.
COMMENT_OPENING = re.compile(
    r'(<span class="hl-c[1hms]?">)((?:#+|//+|--|;+|%+|/\*+)[ \t]+'
    r"(?:<span[^>]*>[^<]*</span>|[^\s<])+)"
)
# A number some lexers (sh) colour only up to its point, "<span class="hl-m">2</span>.1":
# WeasyPrint then ended a line at the span's end, "-fov 2." over "1". One span holds it.
SPLIT_NUMBER = re.compile(r'<span class="(hl-m[a-z]*)">([^<]*\d)</span>((?:[.,]\d+)+)(?![\w.])')
GLUED_WORD_MAX = 32  # characters: a longer word ("arn:aws:…") breaks where it may
# A slash inside such a word before a name (not the "//" of "https://"): a line may end
# after it (``<wbr>``).
SLASH_IN_LONG_WORD = re.compile(r"/(?=[^\s/<&])")
# ... for the browser only: WeasyPrint ends a line after such a slash by itself, and the
# break (a box boundary to it) made a crowded table on paper size its columns otherwise:
# the AWS sheet's "instance/i-1234567890abcdef0" broke as "i-123456789" over "0abcdef0".
SLASH_BREAK = '<wbr class="slash">'
# A blank escaped with a backslash ("/mnt/data\\ disk": one word to the shell) and the
# character after it (or the short token a lexer coloured after it: "\\ 25"), as a lexer
# colours it (the escape in a span of its own) and as plain text: wrapped after the
# blank, "/mnt/data\\" over "disk" read as a continued line.
ESCAPED_BLANK_SPAN = re.compile(
    r'(<span class="hl-[a-z0-9]+">[^<]*(?<!\\)\\ </span>)'
    r'(<span class="hl-[a-z0-9]+">[^<\s]{1,24}</span>|[^\s<&]|&#?\w+;)'
)
ESCAPED_BLANK = re.compile(r"(?<!\\)\\ ([^\s<&]|&#?\w+;)")
# A backslash and the character it escapes ("\(" of jq's "\(.name)", "\d", '\"'): a
# browser ended a line between "\" and "(", which read as a line continued. An escaped
# backslash ("\\") is read past and left as it is.
ESCAPE_PAIR = re.compile(r"\\\\|\\(?:[^\s<&]|&#?\w+;)")
# A regular expression's group opening: "(?" and what says what the group is, a name
# ("(?P<door>", "(?<year>", "(?P=door)"), a lookaround ("(?=", "(?<!") or flags ("(?i)",
# "(?x:"). The line-breaking rules let a line end after the "?" before a letter, "<" or
# "=": the PDF and the browser printed "door=(?" over "P<door>\S+)", the group's name
# cut from its bracket. Kept whole, such a line breaks before or after the opening.
REGEX_GROUP = re.compile(
    r"\(\?(?:P?&lt;[A-Za-z_]\w{0,23}&gt;|P=\w{1,24}\)|P?&lt;[=!]|[=!:>|]|[a-zA-Z-]{1,8}[:)])"
)


@dataclass(frozen=True, slots=True)
class PageSetup:
    """Paper, orientation, columns and type sizes of the printed sheet."""

    paper: str
    orientation: str
    columns: int
    body_pt: float
    code_pt: float

    @classmethod
    def of(cls, settings: Settings) -> PageSetup:
        body = min(max(float(settings.font_size), MIN_BODY_PT), MAX_BODY_PT)
        code = max(MIN_CODE_PT, round(body * CODE_RATIO, 2))
        columns = max(1, int(settings.sheet_columns))
        return cls(settings.paper, settings.orientation, columns, body, code)

    @property
    def column_pt(self) -> float | None:
        """A column's width in points (None for a paper size the sheet does not know)."""
        size = PAPER_MM.get(self.paper)
        if size is None:
            return None
        width = max(size) if self.orientation == "landscape" else min(size)
        gaps = (self.columns - 1) * COLUMN_GAP_MM
        return (width - PAGE_MARGINS_MM - gaps) / self.columns * PT_PER_MM

    @property
    def code_chars(self) -> int | None:
        """How many monospace characters a code line surely holds without wrapping."""
        column = self.column_pt
        if column is None:
            return None
        return int((column - CODE_BOX_PT) / (self.code_pt * MONO_ADVANCE) * WIDTH_MARGIN)

    @property
    def text_chars(self) -> int:
        """How many characters of table text surely fit across a column."""
        column = self.column_pt or 180.0
        return int(column / (self.body_pt * TEXT_ADVANCE) * WIDTH_MARGIN)

    @property
    def does_chars(self) -> int:
        """How many characters of text surely fit across the cell of what a command does,
        beside the command (sheet.css ``.cmd-row``)."""
        return int(self.text_chars * (1 - BESIDE_SHARE))

    @property
    def css(self) -> str:
        """The rules that depend on the settings (the rest is the static sheet.css)."""
        size = {"a4": "A4", "a3": "A3", "a5": "A5"}.get(self.paper, self.paper)
        return (
            f"@page {{ size: {size} {self.orientation}; }}\n"
            f"@media print {{\n"
            f"  :root {{ --body-size: {self.body_pt:g}pt; --code-size: {self.code_pt:g}pt; }}\n"
            f"  .flow {{ columns: {self.columns}; }}\n"
            f"}}\n"
        )


@dataclass
class Renderer:
    """Turns card fields into safe HTML for the templates; knows the corpus folder for images.

    With ``for_print`` the code is marked up for the PDF only: a line too short to wrap
    needs no block of its own and a token that print leaves uncoloured needs no span
    (WeasyPrint lays out every element, and these were a fifth of its time).
    """

    corpus_dir: Path
    tall: frozenset[str] = frozenset()  # cards taller than a column: allowed to split
    setup: PageSetup = field(default_factory=lambda: PageSetup.of(Settings()))
    for_print: bool = False
    links: bool = False  # a link to every card (the HTML file)
    language: str = "en"  # the sheet's language: where a long word may be hyphenated
    images: dict[str, str | None] = field(default_factory=dict, init=False, repr=False)

    @staticmethod
    def has_long_word(text: str | None) -> bool:
        """Whether a table heading holds a word too long to size a column by."""
        return bool(text) and max(map(len, plain(text).split()), default=0) > LONG_WORD

    def crowded(self, card: Card) -> bool:
        """Whether a table's longest words, one per column, could not sit side by side.

        Such a table is set smaller and lets its long words break (``table.wrap``,
        ``whole_words``); the others break words only when they must, which WeasyPrint
        sizes far faster.
        """
        return sum(self.widest_words(card)) > self.setup.text_chars

    @staticmethod
    def widest_words(card: Card) -> list[int]:
        """Each table column's longest word (its heading's and row labels' included),
        in characters, and one for the blank beside it."""
        return [max(map(len, column), default=0) + 1 for column in _column_words(card)]

    def whole_words(self, card: Card) -> int | None:
        """For a crowded table: the length up to which its words stay whole, as long as
        its columns can hold them side by side; longer words may break (at a syllable,
        with a hyphen, where the sheet's language allows). None when not even words of
        ``MIN_WHOLE_WORD`` characters fit: then any word may break anywhere.

        Sized by words that could all break, a narrow column took "Dens-ity" and
        "0.889 g/ mL" while a wide one held whole sentences.
        """
        room = self.setup.text_chars / CROWDED_TYPE
        labels, *columns = _column_words(card)  # the row labels stay whole (sheet.css)
        lengths = sorted({len(word) for column in columns for word in column}, reverse=True)
        need = max(map(len, labels), default=0) + 1
        kept = _kept_lengths(card)
        for limit in lengths:
            if limit < MIN_WHOLE_WORD:
                break
            widths = [
                max(max((self._narrowest(word, limit) for word in column), default=0), least) + 1
                for column, least in zip(columns, kept, strict=True)
            ]
            if need + sum(widths) <= room:
                return limit
        return None

    def short_words_whole(self, card: Card) -> int | None:
        """For a table on paper too crowded for ``whole_words``: the length up to which
        its words still stay whole when each longer word may break anywhere (at a
        syllable first, where it has one), as long as its columns can hold them side by
        side; None when not even words of ``MIN_SHORT_WORD`` characters fit.

        Left to break any word, a table of nine yes/no columns was sized by its longest
        cells: "yes" broke into "ye" over "s" and "Safe" into "S", "af", "e" while a
        column of "only with freshness info" kept three words a line.
        """
        room = self.setup.text_chars / CROWDED_TYPE
        labels, *columns = _column_words(card)
        need = max(map(len, labels), default=0) + 1
        lengths = sorted({len(word) for column in columns for word in column}, reverse=True)
        # a column of figures: its heading breaks at its syllables only (sheet.css), so
        # its longest syllable sizes the column ("Mag-" over "nitude", not "nitud" over "e")
        syllable = [
            max((self._narrowest(word, 0) for word in _heading_words(heading)), default=0)
            if sheet_cards.is_figures(self, [row.cells[index] for row in card.rows])
            else 0
            for index, heading in enumerate(card.columns)
        ]
        kept = _kept_lengths(card)
        for limit in lengths:
            if limit < MIN_SHORT_WORD:
                break
            widths = [
                max(
                    max(
                        (len(word) for word in column if len(word) <= limit or _kept(word)),
                        default=1,
                    ),
                    least,
                    whole,
                )
                + 1
                for column, least, whole in zip(columns, syllable, kept, strict=True)
            ]
            if need + sum(widths) <= room:
                return limit
        return None

    def _narrowest(self, word: str, limit: int) -> int:
        """The characters ``word`` needs on a line when words longer than ``limit`` may
        break: all of them, else its longest syllable and a hyphen on paper (the
        browser's print breaks it anywhere)."""
        if len(word) <= limit:
            return len(word)
        if not self.for_print:
            return 1
        if sheet_cards.is_formula(word):  # it breaks after its separators, not a syllable
            return max(map(len, sheet_cards.formula_pieces(word)))
        return max(map(len, syllables.pieces(word, self.language)))

    def hyphenated(self, word: str) -> str:
        """``word`` with a soft hyphen where it may break (on paper; as it is on screen)."""
        return syllables.marked(word, self.language) if self.for_print else word

    def spread(self, word: str) -> str:
        """``word`` as ``hyphenated`` marks it, and on paper a word with no syllable the
        patterns find marked after each letter (``syllables.spread``): in a table too
        crowded to keep it whole (``short_words_whole``) it breaks with a hyphen."""
        return syllables.spread(word, self.language) if self.for_print else word

    @staticmethod
    def plain(text: str | None) -> str:
        """The visible text of inline Markdown (for <title> and <meta>)."""
        return plain(text) if text else ""

    @staticmethod
    def anchor(card: Card) -> str:
        return CARD_ANCHOR_PREFIX + card.id

    def card_class(self, card: Card, rows: int = 0) -> str:
        """The article's classes: card, its kind, and tall when it may split.

        A card splits when it is taller than a column, or when it is long enough that a
        part of it in each column reads well (``SPLIT_ROWS`` table rows, ``SPLIT_ITEMS`` list items,
        ``SPLIT_LINES`` lines of code): a column then ends full rather than leaving the
        space such a card does not fit in. ``rows``: the rows of a group's limits table.
        """
        long = rows >= SPLIT_ROWS or splits_well(card)
        extra = " tall" if card.id in self.tall or long else ""
        return f"card kind-{card.kind}{extra}"

    def fits_beside(self, code: str) -> bool:
        """Whether a command is one line short enough to sit beside what it does (on
        screen, each of its words short enough for the narrowest command cell)."""
        fits = int((self.setup.code_chars or 40) * BESIDE_SHARE)
        line = code.strip("\n")
        if "\n" in line or display_width(line) > fits:
            return False
        return self.for_print or all(
            display_width(word) <= SCREEN_BESIDE_WORD for word in line.split()
        )

    def md(self, text: str | None, units: bool = True, math_color: str | None = None):
        """Inline Markdown as safe HTML; images are embedded or replaced by their alt text.

        ``units``: each number kept on one line with its short unit ("1 h", "6–8 h",
        "10 mg/kg"); a crowded table's cells leave them free to break anywhere.
        ``math_color``: the ink of its formulas where the text is not black (a section's
        white heading)."""
        if not text:
            return Markup("")
        rendered = inline_html(text)
        if "<code>" in rendered:
            rendered = INLINE_CODE.sub(_placeholders_in_code, rendered)
            if self.for_print:
                rendered = rendered.replace(SLASH_BREAK, "")
        if "<img" in rendered:
            rendered = MARKDOWN_IMAGE.sub(self._markdown_image, rendered)
        rendered = typeset_math(rendered, math_color)  # \(…\) as pictures made now
        if units:
            rendered = sheet_cards.units_whole(rendered)
        if RIGHT_TO_LEFT.search(text):
            # a field of its own direction: a question and its answer, a term and its
            # definition, stay side by side in the sheet's order; "מה השעה?" keeps its
            # "?" on its left; "29 أو 30" keeps its 29 on the right
            rendered = isolate_of(text) + rendered + POP_ISOLATE
        return Markup(rendered)

    def code(self, code: str, lang: str | None):
        """Highlighted code (the deck's HTML), one block per source line.

        A line too long for its column wraps with a hanging indent two characters
        deeper than its own indentation, so a reader tells a wrapped line from the
        next one. Pygments closes its spans at every newline, so splitting its
        output on newlines keeps the markup whole.
        """
        source = code.rstrip("\n")
        rendered = highlight.code_html(source, lang)
        if '"hl-m' in rendered:
            rendered = SPLIT_NUMBER.sub(r'<span class="\1">\2\3</span>', rendered)
        head, rest = rendered.split("<code>", 1)
        body, tail = rest.rsplit("</code>", 1)
        lines = body.split("\n")
        sources = source.split("\n")
        if len(sources) != len(lines):
            sources = [""] * len(lines)
        return Markup(f"{head}<code>{self._code_lines(lines, sources)}</code>{tail}")

    def output(self, text: str) -> Markup:
        """A command's output, as ``code`` lays out code: a line too long for its column
        wraps two characters deeper than its own indentation (it went on at the left
        edge, "    Finished `release` profile" over "target(s) in 4.21s", read as a
        line of its own)."""
        sources = text.rstrip("\n").split("\n")
        lines = [html.escape(line, quote=False) for line in sources]
        return Markup(f'<pre class="output"><code>{self._code_lines(lines, sources)}</code></pre>')

    def _code_lines(self, lines: list[str], sources: list[str]) -> str:
        """Lines of code HTML (``lines``, written ``sources``) laid out for print or screen."""
        if self.for_print:
            fits = self.setup.code_chars or 0
            code = print_code_lines(lines, sources, fits, len(lines) >= SPLIT_LINES)
            return code.replace(SLASH_BREAK, "")
        ends = ["\n"] * (len(lines) - 1) + [""]
        lines = list(map(screen_breaks_after_brackets, lines, sources))
        return "".join(map(code_line, lines, sources, ends))

    def cloze(self, text: str):
        """Cloze text with every deletion's answer shown emphasised and hints dropped
        (inside a formula, emphasised in LaTeX: ``cloze.MATH_REVEALED``)."""

        def reveal(text: str) -> str:
            return cloze.revealed(text, self._mark_deletion, cloze.math_revealed, unescape=False)

        marked = reveal(text)
        while marked != (again := reveal(marked)):
            marked = again  # nested deletions: inner ones first
        marked = cloze.braces_in_code(marked)  # once, after: an escaped brace is no deletion
        rendered = str(self.md(marked))
        rendered = rendered.replace(CLOZE_OPEN, '<b class="cloze">').replace(CLOZE_CLOSE, "</b>")
        return Markup(rendered)

    @staticmethod
    def _mark_deletion(deletion: cloze.Deletion) -> str:
        """The answer marked, a blank at its ends (the one Anki needs before '}}' in
        ``{{c1::{a: 1} }}``) outside the mark: highlighted, it showed as a gap."""
        return cloze.marked(deletion.answer, CLOZE_OPEN, CLOZE_CLOSE)

    def image(self, path: str | None) -> str | None:
        """A data URI for an image inside the corpus folder, or None."""
        if not path:
            return None
        if path not in self.images:
            self.images[path] = image_data_uri(self.corpus_dir, path)
        return self.images[path]

    def _markdown_image(self, match: re.Match) -> str:
        src = unquote(html.unescape(match.group(1)))  # Markdown wrote my%20chart.png
        uri = None if "://" in src or src.startswith(("data:", "/")) else self.image(src)
        if uri is None:
            return f'<span class="alt">{match.group(2)}</span>'
        return f'<img class="inline" src="{uri}" alt="{match.group(2)}">'


def _placeholders_in_code(match: re.Match) -> str:
    return f"<code>{options_whole(highlight.mark_placeholders(match.group(1)))}</code>"


def options_whole(code_html: str) -> str:
    """Code HTML with each short command-line option kept on one line, with the value
    after it when there is one ("-crf 18": ``OPTION_AND_VALUE``).

    A browser and WeasyPrint both end a line after a word's leading dash, so a wrapped
    command read "-" at one line's end and "ISO" at the next one's start. Only the text
    between tags is read (a tag's attributes hold dashes too), and a dash counts as an
    option's only after a blank or at the start of the line.
    """
    if "\\ " in code_html:
        code_html = _escaped_blanks_kept(code_html)
    if "\\" in code_html:
        code_html = _escapes_kept(code_html)
    if "(?" in code_html:
        code_html = _regex_groups_kept(code_html)
    if "-" not in code_html and "/" not in code_html:
        return code_html
    parts = sheet_cards.TAG.split(code_html)
    after_blank = True
    for at in range(0, len(parts), 2):  # the text between the tags
        text = parts[at]
        if "-" in text or "/" in text:  # "~/projects/app" has slashes only
            parts[at] = _options_in(text, after_blank)
        if text:
            after_blank = text[-1] in " \t"
    code_html = OPTION_AND_VALUE.sub(_with_its_value, "".join(parts))
    return GLUED_BEFORE_SPAN.sub(_glued_to_span, code_html)


def _glued_to_span(match: re.Match) -> str:
    """A word's hyphen or slash and the short span after it as one unbreakable span."""
    if len(html.unescape(match.group(3))) > OPTION_KEPT_WHOLE:
        return match.group(0)  # kept whole, it overflows its column
    return f'<span class="opt">{match.group(1)}{match.group(2)}</span>'


def _escaped_blanks_kept(code_html: str) -> str:
    """Each blank escaped with a backslash kept on the line of the character after it."""
    code_html = ESCAPED_BLANK_SPAN.sub(r'<span class="opt">\1\2</span>', code_html)
    return ESCAPED_BLANK.sub(r'\\<span class="opt"> \1</span>', code_html)


def _escapes_kept(code_html: str) -> str:
    """Each backslash kept on one line with the character it escapes (``ESCAPE_PAIR``);
    only the text between tags is read."""
    parts = sheet_cards.TAG.split(code_html)
    for at in range(0, len(parts), 2):
        if "\\" in parts[at]:
            parts[at] = ESCAPE_PAIR.sub(_escape_kept, parts[at])
    return "".join(parts)


def _regex_groups_kept(code_html: str) -> str:
    """Each regular expression's group opening (``REGEX_GROUP``) kept on one line;
    only the text between tags is read."""
    parts = sheet_cards.TAG.split(code_html)
    for at in range(0, len(parts), 2):
        if "(?" in parts[at]:
            parts[at] = REGEX_GROUP.sub(r'<span class="opt">\g<0></span>', parts[at])
    return "".join(parts)


def _escape_kept(match: re.Match) -> str:
    pair = match.group()
    return pair if pair == "\\\\" else f'<span class="opt">{pair}</span>'


def _with_its_value(match: re.Match) -> str:
    """An option kept whole and the value after it as one unbreakable span ("-crf 18",
    "-o out.mp4"): a line that ended with "-preset" and went on with "slow" read as a
    flag and a new argument. Not when the value is an option itself, opens a quote it
    does not close, or the two are longer than ``OPTION_KEPT_WHOLE`` (else they overflow)."""
    option, value = match.group(1, 2)
    visible = html.unescape(sheet_cards.TAG.sub("", value))
    if (
        OPTION.match(visible)
        or visible.count('"') % 2
        or visible.count("'") % 2
        or value.count("<span") != value.count("</span>")
        or len(html.unescape(option)) + 1 + len(visible) > OPTION_KEPT_WHOLE
    ):
        return match.group(0)
    return f'<span class="opt">{option} {value}</span>'


def _options_in(text: str, after_blank: bool) -> str:
    """``text`` (between two tags) with its short options whole and the hyphens and
    slashes inside its other words glued to the character after them."""
    out, last = [], 0
    for match in OPTION.finditer(text):
        option = match.group(1)
        out.append(_glued(text[last : match.start(1)], joined=not (last or after_blank)))
        last = match.end(1)
        if match.start() == 0 and not after_blank:  # "<span>x</span>-y": a word's dash
            out.append(_glued(option, joined=True))
        elif len(html.unescape(option)) > OPTION_KEPT_WHOLE:  # whole, it overflows
            out.append(_glued(option))
        else:
            out.append(f'<span class="opt">{option}</span>')
    out.append(_glued(text[last:], joined=not (last or after_blank)))
    return "".join(out)


def _glued(text: str, joined: bool = False) -> str:
    """``text`` with each hyphen or slash inside a word kept on the line of the character
    after it (``GLUED``); ``joined``: ``text`` goes on a word before it."""
    if "-" not in text and "/" not in text:
        return text
    if joined:
        return _glued("x" + text)[1:]
    return CODE_WORD.sub(_glued_word, text)


def _glued_word(match: re.Match) -> str:
    word = match.group(0)
    if LEADING_SLASH.match(word):  # a path: each part whole, a line may end before its "/"
        parts, rest = [], word
        while (part := LEADING_SLASH.match(rest)) is not None:
            parts.append(f'<span class="lead">{part.group(0)}</span>')
            rest = rest[part.end() :]
        # its last part as the rest of a word, its slash glued to the letter after it (a
        # box there let a line end inside the "$(" a lexer's span began after it); only
        # when that part is short and ends the word: after a box WeasyPrint breaks no word
        # anywhere, and "/mnt" then "/dddd…\ disk" (an escaped blank) ran past the column
        if len(html.unescape(rest)) < OPTION_KEPT_WHOLE and not rest.endswith("\\"):
            # a browser ends no line before a box's "/" by itself (the boxes are print's):
            # a long path broke inside its last name there ("…/holidays-2026" over ".txt")
            joint = SLASH_BREAK if len(html.unescape(word)) > GLUED_WORD_MAX else ""
            return joint.join(parts) + joint + _glued(rest, joined=True)
    if len(html.unescape(word)) > GLUED_WORD_MAX:
        # "arn:aws:…:instance/i-…": better broken after "/" than anywhere (and a browser
        # finds no place there by itself: "…/thermostat/buil" over "d/thermostat.hex")
        return SLASH_IN_LONG_WORD.sub("/" + SLASH_BREAK, word)
    return GLUED.sub(lambda found: f'<span class="opt">{found.group(0)}</span>', word)


def splits_well(card: Card) -> bool:
    """Whether a card is long enough to be split between columns (see ``card_class``)."""
    if card.kind == "table":
        return len(card.rows) >= SPLIT_ROWS
    if card.kind == "list":
        return len(card.items) >= SPLIT_ITEMS and not sheet_cards.runs_in(card)
    code = getattr(card, "code", None) or getattr(card, "command", None)
    if card.kind in ("snippet", "command") and code:
        return code.strip("\n").count("\n") + 1 >= SPLIT_LINES
    return False


def code_line(line_html: str, source: str, end: str = "") -> str:
    """One line of highlighted code as a block that wraps under its own indentation.

    ``end`` ("\\n" for all but the last line) keeps a real newline in the text, so the
    code copies as lines even without the stylesheet."""
    indent = source[: len(source) - len(source.lstrip(" \t"))]
    depth = len(indent) + (TAB_SIZE - 1) * indent.count("\t")
    if not line_html:  # its newline gives it a line's height; a space would be copied
        return f'<span class="line">{end or " "}</span>'
    line_html = inner_tabs(breaks_after_separators(options_whole(line_html)))
    if '"hl-c' in line_html:
        line_html = COMMENT_OPENING.sub(r'\1<span class="opt">\2</span>', line_html)
    if depth == 0:
        return f'<span class="line">{line_html}{end}</span>'
    if "\t" in indent:
        line_html = LEADING_BLANKS.sub(_fixed_tabs, line_html, count=1)
    hang = depth + HANGING_INDENT
    style = f"padding-left:{hang}ch;text-indent:-{hang}ch"
    return f'<span class="line" style="{style}">{line_html}{end}</span>'


# The leading blanks of a line of highlighted code, after the spans that open it.
LEADING_BLANKS = re.compile(r"^((?:<span[^>]*>)*)([ \t]+)")


def _fixed_tabs(match: re.Match) -> str:
    """Leading tabs as boxes ``TAB_SIZE`` characters wide (sheet.css ``.tab``): a tab
    stop is counted from the line's block, which a hanging indent moves, so a bare tab
    would indent each line by another amount. The tab itself stays, for copying."""
    return match.group(1) + match.group(2).replace("\t", '<span class="tab">\t</span>')


def inner_tabs(line_html: str) -> str:
    """Code HTML with each tab after the line's first non-blank character a box as wide
    as the blanks to the next tab stop (``TAB_SIZE``), the tab kept inside for copying.

    WeasyPrint counts a tab stop from the start of the text run the tab is in, not of
    the line, so behind the highlighter's coloured tokens a tab took no width at all
    (``onPulse() {\tpulses++; }`` printed as ``{pulses++; }``), and a browser counts it
    from a hanging line's indented edge. The column is counted as the sheet shows the
    line: its leading tabs ``TAB_SIZE`` wide (``_fixed_tabs``), wide characters 2."""
    if "\t" not in sheet_cards.TAG.sub("", line_html).lstrip(" \t"):
        return line_html
    parts = sheet_cards.TAG.split(line_html)
    column, leading = 0, True
    for at in range(0, len(parts), 2):  # the text between the tags
        out: list[str] = []
        for char in CODE_CHAR.findall(parts[at]):
            if char == "\t" and not leading:
                width = TAB_SIZE - column % TAB_SIZE
                out.append(f'<span class="tab" style="width:{width}ch">\t</span>')
                column += width
                continue
            if char not in " \t":
                leading = False
            column += display_width(html.unescape(char)) if char != "\t" else TAB_SIZE
            out.append(char)
        parts[at] = "".join(out)
    return "".join(parts)


#: A character of code HTML's text: an entity (``&quot;``, ``&#39;``) or one character.
CODE_CHAR = re.compile(r"&(?:#\d+|#x[\da-fA-F]+|\w+);|.", re.S)
QUOTES = {"&quot;": '"', '"': '"', "&#39;": "'", "&#x27;": "'", "'": "'"}


def breaks_after_separators(line_html: str) -> str:
    """Code HTML with a line-break opportunity (``<wbr>``) after each ``,`` or ``;``
    outside quotes that a blank does not follow, and each short quoted string
    (``"<>Closed"``, up to ``OPTION_KEPT_WHOLE`` characters) kept on one line.

    A formula or a call with no blank in it (``=IF(B2>=90,"A",IF(B2>=80,"B","F"))``)
    had no place to wrap but "anywhere": a line ended with ``"F`` and the next began with
    ``")))``, a string cut from its quotes. After an argument's comma it reads as one.
    A browser also broke a string with no separator near: tmux's ``"#{pane_current_path}"``
    as ``"#`` over ``{pane_current_path}"``. A comma that groups a number's thousands
    (``$1,800/yr``, ``12,500``: ``THOUSANDS_COMMA``) is no separator: a line ended with
    ``$1,`` and the next began with ``800/yr``, two numbers.
    """
    text = sheet_cards.TAG.sub("", line_html)
    if not any(mark in text for mark in (",", ";", '"', "'", "&quot;", "&#39;", "&#x27;")):
        return line_html
    parts = sheet_cards.TAG.split(line_html)
    quote, escaped = None, False
    for at in range(0, len(parts), 2):  # the text between the tags
        out: list[str] = []
        opened = None  # where in ``out`` this part's open string starts
        chars = CODE_CHAR.findall(parts[at])
        for index, char in enumerate(chars):
            mark = None if escaped else QUOTES.get(char)
            escaped = char == "\\" and not escaped  # \" inside a string is no quote
            if mark and quote is None:
                quote, opened = mark, len(out)
            elif mark == quote:
                quote, start, opened = None, opened, None
                if start is not None and len(out) - start < OPTION_KEPT_WHOLE:
                    out[start:] = ['<span class="opt">', *out[start:], char + "</span>"]
                    continue
            out.append(char)
            following = chars[index + 1] if index + 1 < len(chars) else "x"
            if char in ",;" and quote is None and not following.isspace():
                if not (char == "," and _groups_thousands(chars, index)):
                    out.append("<wbr>")
        parts[at] = "".join(out)
    return "".join(parts)


#: The text after a comma that groups thousands: three digits, then no other digit.
THOUSANDS_COMMA = re.compile(r"\d{3}(?!\d)")


def _groups_thousands(chars: list[str], index: int) -> bool:
    """Whether the comma at ``chars[index]`` groups a number's thousands: a digit before
    it, three digits and no fourth after it ("1,800", not "f(1,2)" or "a,800")."""
    after = "".join(chars[index + 1 : index + 5])
    return index > 0 and chars[index - 1].isdigit() and bool(THOUSANDS_COMMA.match(after))


def print_code_lines(lines: list[str], sources: list[str], fits: int, split: bool = False) -> str:
    """Code lines for print: bare text when a line cannot wrap, else a hanging block.

    Bare lines are joined by newlines (``pre-wrap`` keeps them); next to a block
    there is none, as a block starts and ends its own line. ``split``: code long
    enough to split between columns has every line a block, so a column that begins
    inside it begins with an element its "(cont.)" heading can stand at.
    """
    out: list[str] = []
    bare_before = False
    for line_html, source in zip(lines, sources, strict=True):
        line_html = TOKEN_SPAN.sub(_bare_if_uncoloured, line_html)
        bare = not split and bool(source.strip()) and display_width(source) <= fits
        if bare and bare_before:
            out.append("\n")
        if not bare:
            indent = source[: len(source) - len(source.lstrip(" \t"))]
            room = fits - display_width(indent) - HANGING_INDENT
            line_html = breaks_after_brackets(line_html, room)
        out.append(inner_tabs(line_html) if bare else code_line(line_html, source))
        bare_before = bare
    return "".join(out)


#: Characters of code a screen's narrowest code block surely holds on a line: a phone's
#: (390 px, with room for the copy button a touch screen always shows) or a 24em column's
#: of a tablet held 35 to 45 of DejaVu Sans Mono at 12.5 px in Chromium.
SCREEN_CODE_CHARS = 42
#: ... and there a bracket's contents longer than this may go on after it: a run longer
#: than a line is cut anyway, and ``unlockDoorForAuthorisedCredential(OP`` over
#: ``EN_MS);`` read worse than a line ending at the bracket ("(2)", "(i)" stay whole).
SCREEN_BRACKET_KEPT_WHOLE = 2


def screen_breaks_after_brackets(line_html: str, source: str) -> str:
    """A line of code HTML for the screen with ``breaks_after_brackets``'s line-break
    opportunities, for the width of the narrowest code block a screen shows.

    A browser breaks a run too long for its line anywhere (``overflow-wrap``): in a
    24em column a laptop printed ``unlockDoorForAuthorisedCredential(unsigne`` over
    ``d long durationMilliseconds) {``, a word cut in two, where paper wrapped after
    the call's bracket."""
    indent = source[: len(source) - len(source.lstrip(" \t"))]
    room = SCREEN_CODE_CHARS - display_width(indent) - HANGING_INDENT
    return breaks_after_brackets(line_html, room, SCREEN_BRACKET_KEPT_WHOLE)


#: Opening and closing brackets of code.
OPENERS, CLOSERS = "([{", ")]}"
#: Characters inside a bracket up to which they are kept on one line with it: "(2)",
#: "[i]", "(pin)" stay whole where a longer bracket may break after its opening.
BRACKET_KEPT_WHOLE = 8


def breaks_after_brackets(line_html: str, room: int, kept_whole: int = BRACKET_KEPT_WHOLE) -> str:
    """Code HTML with a line-break opportunity (``<wbr>``) after each call's opening
    bracket ``(`` whose contents are longer than ``kept_whole`` characters, in
    each run without a blank longer than ``room`` characters (what a wrapped line holds).

    Such a run has no place to wrap, and the PDF broke it where the line ran out:
    ``attachInterrupt(digitalPinToInterrupt(`` ended a line and ``2), onPulse, RISING);``
    began the next, an argument cut from its call. After the outer call's bracket the
    inner call stays whole. A shorter run is left as it is: it moves to a line of its own.
    Not after ``[`` or ``{``: the AWS sheet's ``Instances[*].[InstanceId,…]`` and
    ``"pathParameters":{"userId":…}`` broke before their bracket, and after it read worse."""
    if room <= 0 or "(" not in line_html:
        return line_html
    parts = sheet_cards.TAG.split(line_html)
    chars = [char for at in range(0, len(parts), 2) for char in CODE_CHAR.findall(parts[at])]
    text = [html.unescape(char) for char in chars]
    after: set[int] = set()  # indices of the characters a break may follow
    start = 0
    for end in [*(at for at, char in enumerate(text) if char.isspace()), len(text)]:
        if end - start > room:
            after |= _long_brackets(text, start, end, kept_whole)
        start = end + 1
    if not after:
        return line_html
    index = 0
    for at in range(0, len(parts), 2):
        out: list[str] = []
        for char in CODE_CHAR.findall(parts[at]):
            out.append(char + "<wbr>" if index in after else char)
            index += 1
        parts[at] = "".join(out)
    return "".join(parts)


def _long_brackets(text: list[str], start: int, end: int, kept_whole: int) -> set[int]:
    """The indices in ``text[start:end]`` of each ``(`` whose contents (to their
    closing bracket, or the line's end) are longer than ``kept_whole``."""
    found, opened = set(), []
    for at in range(start, len(text)):
        if text[at] in OPENERS:
            opened.append(at)
        elif text[at] in CLOSERS and opened:
            begun = opened.pop()
            if at - begun - 1 > kept_whole and start <= begun < end - 1:
                found.add(begun)
    found.update(at for at in opened if start <= at < end - 1 and len(text) - at - 1 > kept_whole)
    # not a regular expression's group opening, "(?P<name>": options_whole keeps it whole
    return {at for at in found if text[at] == "(" and text[at + 1 : at + 2] != ["?"]}


def _bare_if_uncoloured(match: re.Match) -> str:
    """A token span whose class print leaves unstyled becomes its bare text."""
    return match.group(0) if match.group(1) in printed_tokens() else match.group(2)


@lru_cache(maxsize=1)
def printed_tokens() -> frozenset[str]:
    """The Pygments token classes the light (print) style gives a rule."""
    return frozenset(re.findall(r"\.hl-([a-z0-9]+)", highlight.css(LIGHT_STYLE, ".code")))


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospace font: tabs to the next ``TAB_SIZE``, wide
    characters 2."""
    width = 0
    for char in text:
        if char == "\t":
            width += TAB_SIZE - width % TAB_SIZE
        elif unicodedata.combining(char):
            continue
        elif not char.isprintable():
            width += 4  # shown as a hex box, if at all
        else:
            width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width


BLANKS = re.compile(r"[^\S\u00a0]+")  # white space but the no-break space


def _column_words(card: Card) -> list[list[str]]:
    """A table's words, column by column (the row labels first), a number and its short
    unit one word ("0.889 g/mL": ``blocks.units_whole`` keeps them on one line), and so
    is a short aside in brackets ("(11 nines)")."""
    columns = [[card.row_header, *(row.label for row in card.rows)]]
    for index, heading in enumerate(card.columns):
        columns.append([heading, *(row.cells[index] for row in card.rows)])
    words = [
        [word for text in column if text for word in BLANKS.split(_kept_whole(plain(text))) if word]
        for column in columns
    ]
    words[0] = [piece for word in words[0] for piece in sheet_cards.label_pieces(word)]
    return words


def _heading_words(heading: str) -> list[str]:
    """A column heading's words as ``_column_words`` counts them."""
    return [word for word in BLANKS.split(_kept_whole(plain(heading))) if word]


def _kept(word: str) -> bool:
    """Whether a table's word is one that stays on one line at any table size: a star's
    place ("06h\u00a045m\u00a008.9s", ``blocks.SEXAGESIMAL``), which its cell keeps whole
    even where longer words break anywhere (an estimate that let it break, "05h",
    "34m", "31.9s", sized a table 16 px past its column)."""
    return "\u00a0" in word and bool(
        sheet_cards.SEXAGESIMAL_ONLY.fullmatch(word.replace("\u00a0", " "))
    )


def _kept_lengths(card: Card) -> list[int]:
    """For each column of a table (not its row labels): the length of its longest word
    that its cells keep on one line at any size where a crowded table keeps its short
    words whole: its heading's unit or aside in brackets ("(approx.)", "(עברית)",
    ``blocks.heading_units_whole``), a cell's range of numbers ("29–31"), a date
    ("1969-07-20") or a reading in brackets ("(农历)"). Counted as words that may break,
    they sized a calendar table of eight columns 30 px past its column."""
    lengths = []
    for index, heading in enumerate(card.columns):
        words = [word for word in _heading_words(heading) if _heading_kept(word)]
        for row in card.rows:
            words += [
                word
                for word in BLANKS.split(plain(row.cells[index]))
                if KEPT_CELL_WORD.fullmatch(word)
            ]
        lengths.append(max(map(len, words), default=0))
    return lengths


#: A word a crowded table's cell keeps on one line (``blocks.units_whole``): a range of
#: numbers, a date written with hyphens, a time of day or a UTC offset, a reading in
#: Chinese or Japanese in brackets.
KEPT_CELL_WORD = re.compile(
    f"{sheet_cards.RANGE}|{sheet_cards.HYPHENATED_DATE}|{sheet_cards.CLOCK}|{sheet_cards.READING}"
)


def _heading_kept(word: str) -> bool:
    """Whether a column heading's word (as ``_heading_words`` gives it) is one its
    heading keeps on one line: a unit or short aside in brackets."""
    return sheet_cards.HEADING_UNIT.fullmatch(word.replace("\u00a0", " ")) is not None


def _kept_whole(text: str) -> str:
    """Plain text with no-break spaces where ``blocks.units_whole`` keeps it on one line."""
    if sheet_cards.SPACED_RANGE_HINT.search(text):  # a range, "1.5 to 2 hPa", "5 bis 10 kg"
        text = sheet_cards.SPACED_RANGE_ONLY.sub(_spaced_range_whole, text)
    if "§" in text or ". " in text:  # a provision, "§ 2-207", "s. 1(1)"
        text = sheet_cards.PROVISION_ONLY.sub(_provision_whole, text)
    text = sheet_cards.NUMBER_UNIT.sub("\\1\u00a0\\2", text)
    if any(mark in text for mark in "h°′"):  # a star's place: "06h 45m 08.9s"
        text = sheet_cards.SEXAGESIMAL_ONLY.sub(lambda found: BLANKS.sub("\u00a0", found[0]), text)
    if "(" not in text:
        return text
    return sheet_cards.ASIDE.sub(lambda found: BLANKS.sub("\u00a0", found.group(0)), text)


def _provision_whole(found: re.Match) -> str:
    """A provision ``blocks.PROVISION`` reads, its blank no-break when it is kept whole."""
    if len(found[0]) > sheet_cards.PROVISION_MAX:
        return found[0]
    return BLANKS.sub("\u00a0", found[0])


def _spaced_range_whole(found: re.Match) -> str:
    """A range ``blocks.SPACED_RANGE`` reads, its blanks no-break when it is kept whole."""
    if len(found[0]) > sheet_cards.SPACED_RANGE_MAX:
        return found[0]
    return BLANKS.sub("\u00a0", found[0])


def image_data_uri(corpus_dir: Path, path: str) -> str | None:
    """The file as ``data:`` URI when it is an image inside ``corpus_dir``, else None."""
    root = Path(corpus_dir).resolve()
    target = (root / path).resolve()
    if not target.is_relative_to(root) or not target.is_file():
        return None
    kind = IMAGE_TYPES.get(target.suffix.lower()) or mimetypes.guess_type(target.name)[0]
    if not kind or not kind.startswith("image/"):
        return None
    return f"data:{kind};base64," + base64.b64encode(target.read_bytes()).decode("ascii")


# ---------------------------------------------------------------- templates


@lru_cache(maxsize=4)
def environment(templates: Path):
    """The Jinja environment for templates/sheet, compiled once per process."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(templates) / TEMPLATE_FOLDER)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def ordered_css(ctx) -> str:
    """The rules of numbered lists (sheet-ordered.css) when the corpus has a list with
    ``ordered: true``, else nothing: a sheet without one keeps its bytes."""
    if not any(getattr(card, "ordered", False) for card in ctx.corpus.cards()):
        return ""
    return (Path(ctx.templates) / TEMPLATE_FOLDER / "sheet-ordered.css").read_text("utf-8")


def stylesheet(templates: Path, dark: bool = True) -> str:
    """sheet.css with the Pygments rules for light paper, and with ``dark`` (the HTML
    file) sheet-dark.css and the Pygments rules for dark screens."""
    folder = Path(templates) / TEMPLATE_FOLDER
    base = (folder / "sheet.css").read_text(encoding="utf-8")
    light = readable(highlight.css(LIGHT_STYLE, ".code"), LIGHT_CODE_BG)
    css = f"{base}\n/* code: Pygments {LIGHT_STYLE} */\n{light}\n"
    if not dark:
        return css
    screen = (folder / "sheet-dark.css").read_text(encoding="utf-8")
    code = readable(highlight.css(DARK_STYLE, ".code"), DARK_CODE_BG)
    reset = '.code [class^="hl-"] { color: inherit; font-weight: inherit; font-style: inherit; }'
    return (
        f"{css}\n{screen}\n@media screen and (prefers-color-scheme: dark) {{\n"
        f"/* code: Pygments {DARK_STYLE} */\n{reset}\n{code}\n}}\n"
    )


CSS_COLOUR = re.compile(r"(?<![-\w])color: #([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")


def readable(css: str, background: str) -> str:
    """``css`` with every text colour moved toward black or white (away from
    ``background``) until it has at least ``MIN_CONTRAST`` against it."""

    def fix(match: re.Match) -> str:
        return f"color: {legible(match.group(1), background)}"

    return CSS_COLOUR.sub(fix, css)


def legible(colour: str, background: str) -> str:
    """``colour`` (hex) as is when it has ``MIN_CONTRAST`` on ``background``, else mixed
    with black (light background) or white (dark) in steps until it has."""
    fg, bg = rgb(colour), rgb(background)
    target = (0.0, 0.0, 0.0) if luminance(bg) > 0.5 else (255.0, 255.0, 255.0)
    share = 0.0
    mixed = fg
    while contrast(mixed, bg) < MIN_CONTRAST and share < 1.0:
        share = min(1.0, share + 0.05)
        mixed = tuple(c + (t - c) * share for c, t in zip(fg, target, strict=True))
    return "#" + "".join(f"{round(c):02x}" for c in mixed)


def rgb(colour: str) -> tuple[float, ...]:
    text = colour.lstrip("#")
    if len(text) == 3:
        text = "".join(char * 2 for char in text)
    return tuple(float(int(text[i : i + 2], 16)) for i in (0, 2, 4))


def luminance(colour: tuple[float, ...]) -> float:
    """WCAG relative luminance of an sRGB colour (0-255 channels)."""

    def channel(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = map(channel, colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: tuple[float, ...], second: tuple[float, ...]) -> float:
    """WCAG contrast ratio of two colours."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# ---------------------------------------------------------------- the sheet


@dataclass(frozen=True, slots=True)
class Identity:
    """What the top of the sheet says about this build."""

    name: str
    title: str
    subtitle: str | None
    date: str  # YYYY-MM-DD of the build time
    timestamp: str  # ISO 8601 of the build time, for the PDF dates
    cards: int
    version: str
    language: str = "en"  # the corpus's: the words of the card count

    @property
    def line(self) -> str:
        count = words_for(self.language).count(self.cards)
        return f"{self.name} · {self.date} · {count} · cheatdeck {self.version}"


def identity(ctx, card_count: int) -> Identity:
    """The build identity: corpus name, build date (from the lock), card count, version."""
    moment = dt.datetime.fromtimestamp(ctx.build_time, tz=dt.UTC)
    corpus = ctx.corpus
    return Identity(
        name=corpus.name,
        title=corpus.title,
        subtitle=corpus.subtitle,
        date=moment.strftime("%Y-%m-%d"),
        timestamp=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        cards=card_count,
        version=ctx.version,
        language=ctx.settings.language,
    )


_last_identity: list = [None, None]  # the last context and its identity


def build_identity(ctx) -> Identity:
    """The identity of the build ``ctx`` is for, worked out once (a PDF asks per group)."""
    if _last_identity[0] is not ctx:
        card_count = sum(len(cards) for _topic, cards in ctx.sheet_cards())
        _last_identity[:] = [ctx, identity(ctx, card_count)]
    return _last_identity[1]


def section_html(
    templates: Path,
    renderer: Renderer,
    topic: Topic,
    cards: Sequence[Card],
    index: int,
    anchor: str,
) -> str:
    """One section: its coloured heading, intro and cards, in corpus order."""
    return sheet_cards.section(renderer, topic, cards, f"accent-{index % ACCENTS}", anchor)


_last_anchors: list = [None, None]  # the last corpus and its sections' anchors


def section_anchors(ctx) -> dict[str, str]:
    """Topic path -> its section's element id, for every topic of the corpus (so a
    section's id does not depend on what --pages or --tag leave out)."""
    if _last_anchors[0] is not ctx.corpus:
        _last_anchors[:] = [ctx.corpus, sheet_cards.section_anchors(ctx.corpus.topics)]
    return _last_anchors[1]


def section_colours(ctx) -> dict[str, int]:
    """Topic path -> its section's place on the whole sheet, which picks its colour (so
    a section keeps its colour whatever --tag or --pages leave out)."""
    order = getattr(ctx, "sheet_sections", ()) or tuple(
        topic.path for topic, _cards in ctx.sheet_cards_unbudgeted()
    )
    return {path: index for index, path in enumerate(order)}


def sections_html(ctx, renderer: Renderer, shown=None) -> Iterator[str]:
    """Every section of the sheet, in corpus order (empty sections left out); ``shown``:
    other (topic, cards) pairs than the build's."""
    anchors, colours = section_anchors(ctx), section_colours(ctx)
    for index, (topic, cards) in enumerate(ctx.sheet_cards() if shown is None else shown):
        place = colours.get(topic.path, index)
        yield section_html(ctx.templates, renderer, topic, cards, place, anchors[topic.path])


def _page_html(ctx, renderer: Renderer, sections: Iterable[str], css: str, **flags) -> str:
    return "".join(_page_chunks(ctx, renderer, sections, css, **flags))


def _page_chunks(
    ctx, renderer: Renderer, sections: Iterable[str], css: str, who=None, **flags
) -> Iterator[str]:
    """The page's HTML in pieces, each section made as the template reaches it."""
    template = environment(ctx.templates).get_template("sheet.html.j2")
    defaults = {"masthead": True, "dated": True, "toc": (), "script": "", "cut": None}
    return template.generate(
        who=who or build_identity(ctx),
        css=Markup(css),
        sections=(Markup(section) for section in sections),
        r=renderer,
        lang=ctx.settings.language,
        words=words_for(ctx.settings.language),
        **{**defaults, **flags},
    )


def setup_of(ctx) -> PageSetup:
    """The page setup of this build: the corpus's, with the page budget's type size."""
    from .budget import cut_of, setup_at

    setup = PageSetup.of(ctx.settings)
    cut = cut_of(ctx)
    return setup if cut is None else setup_at(setup, cut.body_pt)


@dataclass(frozen=True, slots=True)
class TocEntry:
    """A line of the HTML's table of contents: a section or one of its sub-headings."""

    title: str
    anchor: str
    groups: tuple[tuple[str, str], ...]  # (sub-heading, anchor)


def table_of_contents(ctx) -> list[TocEntry]:
    """The sections and their sub-headings, with the anchors ``blocks.section`` gives them."""
    from .headings import headings

    anchors = section_anchors(ctx)
    return [
        TocEntry(
            topic.title,
            anchors[topic.path],
            tuple(
                (heading.title, sheet_cards.group_anchor(anchors[topic.path], heading.title))
                for heading in headings(cards)
                if heading.title
            ),
        )
        for topic, cards in ctx.sheet_cards()
    ]


@lru_cache(maxsize=4)
def page_words_css(language: str) -> str:
    """The page numbers' word (sheet.css says "page 3 / 7") in the sheet's language."""
    word = words_for(language).page
    if word == ENGLISH.page:
        return ""
    return (
        f'@page {{ @bottom-right {{ content: "{word} " counter(page) " / " counter(pages); }} }}\n'
    )


def script(templates: Path) -> str:
    """The HTML's plain JavaScript: search box, copy buttons (templates/sheet/sheet.js)."""
    return (Path(templates) / TEMPLATE_FOLDER / "sheet.js").read_text(encoding="utf-8")


def document_html(ctx, tall: Iterable[str] = ()) -> str:
    """The whole sheet as one self-contained HTML document; ``tall`` cards may split."""
    return "".join(document_chunks(ctx, tall))


def document_chunks(ctx, tall: Iterable[str] = ()) -> Iterator[str]:
    """``document_html`` in pieces (to write 30 MB of sheet without holding it)."""
    from .budget import cut_of

    setup = setup_of(ctx)
    renderer = Renderer(
        ctx.corpus_dir, frozenset(tall), setup, links=True, language=ctx.settings.language
    )
    css = stylesheet(ctx.templates) + setup.css + page_words_css(ctx.settings.language)
    css += ordered_css(ctx)
    cut = cut_of(ctx)
    return _page_chunks(
        ctx,
        renderer,
        sections_html(ctx, renderer),
        css,
        toc=table_of_contents(ctx),
        script=Markup(script(ctx.templates)),
        cut=cut.summary if cut is not None and cut.is_cut else None,
    )


# ---------------------------------------------------------------- the PDF


def print_html(ctx, tall: Iterable[str] = (), *, setup=None, who=None, shown=None) -> str:
    """The whole sheet as one document for the PDF: code marked up for print only,
    page numbers and the title in the page footer (``sheet.css``), dated by the build.
    ``setup``, ``who`` and ``shown`` (the sections): the page budget's trial layouts
    (``budget``) set them; by default the build's."""
    setup = setup or setup_of(ctx)
    renderer = Renderer(
        ctx.corpus_dir, frozenset(tall), setup, for_print=True, language=ctx.settings.language
    )
    css = stylesheet(ctx.templates, dark=False) + setup.css + page_words_css(ctx.settings.language)
    css += ordered_css(ctx)
    if who is None:  # the build's own sheet, not a trial layout of the page budget
        css += cut_foot_css(ctx)
    css = constants_inlined(css)
    return upright(_page_html(ctx, renderer, sections_html(ctx, renderer, shown), css, who=who))


def cut_foot_css(ctx) -> str:
    """On a sheet cut by ``--pages``, the foot of every page says so after the title, as
    the HTML and the Markdown say it under theirs ("A cut to fit 2 pages: 48 of 83
    cards ..."): page 2 of 2 of a cut PDF read as the whole sheet. The foot is in the
    page's margin, so the cut's layout is the one the budget measured."""
    from .budget import cut_of

    cut = cut_of(ctx)
    if cut is None or not cut.is_cut:
        return ""
    said = cut.summary.replace("\\", "\\\\").replace('"', '\\"')
    return f'@page {{ @bottom-left {{ content: string(sheet-title) " \u00b7 {said}"; }} }}\n'


# Characters DejaVu's oblique faces lack (Arabic and its presentation forms, N'Ko,
# Ogham, Tifinagh; in Mono also the symbols and dingbats). In italic text Pango takes
# them from the upright face, slanted, and WeasyPrint 70 files that face under the
# oblique face's name (its font key is the face's description, the same for both):
# the PDF then prints the oblique face's glyphs at their glyph numbers, wrong letters.
# Set upright (as Arabic is printed anyway), they come from the upright face.
_UPRIGHT_CHARS = (
    "\u0600-\u06ff\u0750-\u077f\u07c0-\u07ff\u08a0-\u08ff\u1680-\u169f"
    "\u2600-\u27bf\u2d30-\u2d7f\ufb50-\ufdff\ufe70-\ufefe"
)


def isolate_of(text: str) -> str:
    """The isolate a text with right-to-left letters is set in: right-to-left when it
    has no left-to-right letter, else left-to-right (the sheet's own direction). A
    private-use character (the marks ``Renderer.cloze`` puts around a deletion's answer)
    is no letter: Unicode calls it left to right, and a cloze all in Arabic, "{{c1::أنا}}
    طالب.", was set left to right, its "." on the right of its first word."""
    if any(_left_to_right_letter(char) for char in text):
        return LEFT_TO_RIGHT_ISOLATE
    return RIGHT_TO_LEFT_ISOLATE


def _left_to_right_letter(char: str) -> bool:
    return unicodedata.bidirectional(char) == "L" and unicodedata.category(char) != "Co"


# A run goes on over numbers, spaces and punctuation up to its next letter, so that a
# phrase such as "في المدرسة 300 طالب" or "رمضان 2025؟" is one piece: WeasyPrint puts
# inline pieces side by side in the sheet's left-to-right order, and split at its number
# the phrase printed in the wrong order. A Latin letter, a tag or an entity that is not
# punctuation ends it (there a right-to-left run ends anyway). Numbers after its last
# letter belong to it too ("رمضان 2025"), and so does the start of a field all right to
# left (``isolate_of``), its isolate and numbers included: each piece is laid out left to
# right, but a piece that starts with that isolate sets its "29 أو 30" from the right.
# Such a field's run goes on to its end, the isolate's pop included, when no tag stops
# it: a ")" or "." after its last letter, left outside, was set on the run's right
# ("تاء مربوطة (ة)" printed as "ة( مربوطة تاء)"), and so was a "(" before its first.
_RUN_GAP = (
    r"(?:[\s\u200c\u200d\d.,:;!?()\[\]/%+=×*#_…«»\"'\u2010-\u2015-]|&#\d+;|&(?:amp|lt|gt|quot);)"
)
# Hebrew letters go into a run too, so that Hebrew beside Arabic is one piece ("العربية
# و עברית"); a run without a character of ``_UPRIGHT_CHARS`` is left as it is. A letter's
# variation selector ("❤️", "⚠️": text or emoji style) and an emoji's skin tone stay in
# its run: left outside, it began a text run of its own, and the PDF printed it as a
# dotted circle ("⚠◌").
_LETTERS = f"(?:[{_UPRIGHT_CHARS}\u0590-\u05ff\ufb1d-\ufb4f][\ufe00-\ufe0f\U0001f3fb-\U0001f3ff]*)+"
_TRAILING_NUMBER = r"(?:\s*\d+(?!\d*[.,]?\w))?"
UPRIGHT_RUN = re.compile(
    f"(?:(?P<rtl>{RIGHT_TO_LEFT_ISOLATE}){_RUN_GAP}*)?{_LETTERS}(?:{_RUN_GAP}+{_LETTERS})*"
    f"(?(rtl)(?:{_RUN_GAP}*{POP_ISOLATE}|{_TRAILING_NUMBER})|{_TRAILING_NUMBER})"
)
NEEDS_UPRIGHT = re.compile(f"[{_UPRIGHT_CHARS}]")
# What ``upright`` leaves alone: tags (their attributes) and the head's title and style.
_NOT_TEXT = re.compile(
    r"(<title>.*?</title>|<style>.*?</style>|<script>.*?</script>|<[^>]*>)", re.S
)


def upright(html: str) -> str:
    """``html`` with each run of the characters WeasyPrint cannot print in italic
    (``_UPRIGHT_CHARS``) in a ``<span class="upright">`` (sheet.css: never italic),
    and each right-to-left phrase that tags split in a ``<span dir="rtl">``
    (``phrases_ordered``)."""
    if not UPRIGHT_RUN.search(html):
        return html
    parts = _NOT_TEXT.split(phrases_ordered(html))
    for index in range(0, len(parts), 2):
        parts[index] = UPRIGHT_RUN.sub(_upright_span, parts[index])
    return "".join(parts)


# A tag inside a line of text (emphasis, a cloze's answer, a link, a number kept whole):
# a right-to-left phrase goes on across it. Any other tag (a paragraph, a cell, a line
# break, an image) ends the phrase.
_INLINE_TAG = re.compile(r"</?(a|b|i|em|strong|span|code|sub|sup|mark|u|s|small)\b[^>]*>")
# Stand-ins for the tags while phrases are found (one for an inline tag, one for any
# other tag or the head's title, style and script), each put back after, in order.
_INLINE, _OTHER = "\ue0f0", "\ue0f1"
_STAND_IN = re.compile(f"[{_INLINE}{_OTHER}]")
_TAG_OR_GAP = f"(?:{_RUN_GAP}|{_INLINE})"
# A right-to-left phrase (``UPRIGHT_RUN``'s letters and gaps) and the inline tags inside
# and around it; one that starts a field all right to left, from its isolate to its pop.
_PHRASE_ACROSS_TAGS = re.compile(
    f"(?:(?P<rtl>{RIGHT_TO_LEFT_ISOLATE}){_TAG_OR_GAP}*|{_INLINE}*){_LETTERS}"
    f"(?:{_TAG_OR_GAP}+{_LETTERS})*(?(rtl){_TAG_OR_GAP}*{POP_ISOLATE}|{_INLINE}*)"
)


def phrases_ordered(html: str) -> str:
    """``html`` with each right-to-left phrase that inline tags split (a cloze all in
    Arabic, "ذهبت إلى <b>المدرسة</b> صباحا.", or an Arabic phrase with a highlighted
    word in an English line) in a ``<span dir="rtl">``: WeasyPrint sets the pieces
    between tags side by side in their block's direction, and such a phrase printed
    piece by piece from the left ("إلى ذهبت" + "المدرسة" + "صباحا."); in a
    right-to-left span it sets them from the right. A phrase is taken with the tags
    that open or close around it only where they pair up inside it; where its own tags
    do not, it is left as it was."""
    tags = [match.group(0) for match in _NOT_TEXT.finditer(html)]
    if not tags:
        return html
    text = _NOT_TEXT.sub(lambda tag: _INLINE if _INLINE_TAG.fullmatch(tag[0]) else _OTHER, html)
    starts = [stand_in.start() for stand_in in _STAND_IN.finditer(text)]
    spans = []
    for phrase in _PHRASE_ACROSS_TAGS.finditer(text):
        span = _widest_paired(text, *phrase.span(), tags, starts)
        if span is not None:
            spans.append(span)
    if not spans:
        return html
    put_back = iter(tags)
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], '<span dir="rtl">', text[start:end], "</span>"]
        at = end
    out.append(text[at:])
    return _STAND_IN.sub(lambda _: next(put_back), "".join(out))


def _widest_paired(text: str, start: int, end: int, tags: list[str], starts: list[int]):
    """The widest part of the phrase ``text[start:end]`` whose inline tags pair up
    inside it, as (start, end), leaving out tags at its ends (one opened before it and
    closed after it); None when its tags never pair up, or it holds none."""
    opening = len(text[start:end]) - len(text[start:end].lstrip(_INLINE))
    closing = len(text[start:end]) - len(text[start:end].rstrip(_INLINE))
    for left_out in range(opening + closing + 1):
        for before in range(max(0, left_out - closing), min(opening, left_out) + 1):
            first, last = start + before, end - (left_out - before)
            inside = tags[bisect_left(starts, first) : bisect_left(starts, last)]
            if inside and _paired(inside):
                return first, last
    return None


def _paired(tags: list[str]) -> bool:
    """Whether ``tags`` (inline tags, in order) open and close in pairs, nested."""
    opened: list[str] = []
    for tag in tags:
        name = _INLINE_TAG.match(tag)[1]
        if not tag.startswith("</"):
            opened.append(name)
        elif not opened or opened.pop() != name:
            return False
    return not opened


def _upright_span(run: re.Match) -> str:
    """``run`` in a ``<span class="upright">`` when it holds a character that needs one."""
    if NEEDS_UPRIGHT.search(run.group(0)) is None:
        return run.group(0)
    return f'<span class="upright">{run.group(0)}</span>'


ROOT_RULE = re.compile(r"^:root\s*\{([^{}]*)\}", re.M)
CUSTOM_PROPERTY = re.compile(r"(--[\w-]+)\s*:\s*([^;{}]+?)\s*[;}]")
VAR_USE = re.compile(r"var\((--[\w-]+)\)")


def constants_inlined(css: str) -> str:
    """``css`` with ``var(--name)`` replaced by its value for each custom property set
    once only, in the stylesheet's top-level ``:root`` rule (the colours; not a
    section's ``--accent`` nor the type sizes, set again per build). WeasyPrint works a
    variable out again for every element that uses it: about 5 % of a layout."""
    root = ROOT_RULE.search(css)
    if root is None:
        return css
    set_anywhere = CUSTOM_PROPERTY.findall(css)
    constants = {
        name: value
        for name, value in CUSTOM_PROPERTY.findall(root.group(1) + ";")
        if sum(found == name for found, _value in set_anywhere) == 1
    }
    return VAR_USE.sub(lambda match: constants.get(match.group(1), match.group(0)), css)


CONT_TITLE = (
    '<span class="cont-title"><b style="{bar}" data-here="{here}"><span style="{fit}">{title}'
    "</span> <i>{continued}</i></b></span>"
)
CONT_ROOM_PX = 46.0  # what " (cont.)" and the bar's padding take; the title gets the rest
CONT_CHAR_PX = 5.0  # what one more letter of a longer word than "(cont.)" takes
LANG = re.compile(r'<html lang="([^"]*)"')
MARKABLE = re.compile(r'<(?:article|h3)\b[^>]*?\bid="([^"]*)"')
# Elements a "(cont.)" heading is put inside of, at their start (where a margin of theirs
# stays as it was); before any other (a table row: inside its first cell).
HOLDS_HEADING = frozenset({"p", "li", "pre", "h3", "span"})
CELL_START = re.compile(r"<t[dh]\b[^>]*>")
BAR_HOST = " data-bar"  # the attribute of an element a "(cont.)" heading goes inside


def mark_continued(document: str, marks: Iterable) -> str:
    """``document`` with a "<title> (cont.)" heading for each column that begins inside
    a section (``marks``: ``layout_check.Continuation``, found by a first layout): at the
    start of the card or sub-heading that begins the column, or, in a card split across
    columns, at the element the column begins with; its bar drawn at the column's top.
    "(cont.)" is said in the document's language (``<html lang>``, ``words``)."""
    language = LANG.search(document, 0, 200)
    continued = words_for(language[1] if language else "en").continued
    places: list[tuple[int, str]] = []
    wanted: dict[str, list] = {}
    for mark in marks:  # a card split over three columns has two
        wanted.setdefault(mark.ref, []).append(mark)
    for match in MARKABLE.finditer(document):
        for mark in wanted.pop(html.unescape(match.group(1)), ()):
            if mark.tag:
                places.extend(_place_inside(document, match.start(), mark, continued))
            else:
                where = f"top:{mark.top:g}px;left:{mark.left:g}px"
                end = document.index(">", match.end()) + 1
                places.append((end, _cont_title(mark.title, where, mark.width, continued)))
    out, last = [], 0
    for index, text in sorted(set(places)):  # a table's head is marked once
        out.extend((document[last:index], text))
        last = index
    out.append(document[last:])
    return "".join(out)


def _place_inside(document: str, start: int, mark, continued: str) -> list[tuple[int, str]]:
    """Where in the card starting at ``start`` the heading of ``mark`` goes, and its HTML
    (none when the element is not found). The element it goes inside is marked
    ``data-bar`` (sheet.css): the page's running header reads the value the page's first
    element sets, and a list item's marker or a cell's row comes before the heading."""
    end = document.find("</article>", start)
    opening = re.compile(f"<{mark.tag}(?=[\\s>])")
    found = list(opening.finditer(document, start, end))
    if mark.ordinal >= len(found):
        return []
    index = found[mark.ordinal].start()
    where = f"top:{mark.top:g}px;left:{mark.left:g}px"
    heading = _cont_title(mark.title, where, mark.width, continued)
    if mark.tag == "tr":
        cell = CELL_START.search(document, index, end)
        if cell is None:
            return []
        head = _repeated_head(document, start, index, f"{mark.title} {continued}")
        return [*head, (cell.end(), heading)]
    if mark.tag in HOLDS_HEADING:
        close = document.index(">", index)
        return [(close, BAR_HOST), (close + 1, heading)]
    return [(index, heading)]


def _repeated_head(document: str, start: int, row: int, header: str) -> list[tuple[int, str]]:
    """A split table's head, repeated at the column's top above the row its "(cont.)"
    heading goes in, is what the page's running header reads first: it is marked
    ``data-bar`` and its body sets the header back (``data-here``), for the first
    fragment, where the head is no column's top. ``header``: "<title> (cont.)"."""
    table = document.rfind("<table", start, row)
    head = document.find("<thead", table, row)
    body = document.find("<tbody", table, row)
    if table < 0 or head < 0 or body < 0:
        return []
    here = html.escape(header, quote=True)
    return [(head + len("<thead"), BAR_HOST), (body + len("<tbody"), f' data-here="{here}"')]


def _cont_title(title: str, where: str, width: float, continued: str) -> str:
    """A "(cont.)" heading for a column ``width`` px wide, its bar moved by ``where`` to
    the column's top-left corner. Its own box takes no room (so no table cell grows,
    nothing moves); a title too long for the bar ends in "…"."""
    room = CONT_ROOM_PX + CONT_CHAR_PX * max(len(continued) - len(ENGLISH.continued), 0)
    return CONT_TITLE.format(
        bar=f"{where};width:{width:g}px",
        fit=f"max-width:{max(width - room, 20.0):g}px",
        title=html.escape(title, quote=False),
        continued=html.escape(continued, quote=False),
        here=html.escape(f"{title} {continued}", quote=True),
    )


def mark_whole(document: str, card_ids: Iterable[str]) -> str:
    """``document`` with these cards kept whole (``whole``: never split, even when long
    enough to split where a column ends)."""
    return _with_class(document, card_ids, "whole")


def mark_tall(document: str, card_ids: Iterable[str]) -> str:
    """``document`` with these cards marked ``tall`` (allowed to split across columns);
    a card already marked so (a long table, list or code) is left as it is."""
    return _with_class(document, card_ids, "tall")


def _with_class(document: str, card_ids: Iterable[str], name: str) -> str:
    """``document`` with the class ``name`` added to these cards' articles (once)."""
    for card_id in sorted(card_ids):
        anchor = re.escape(html.escape(CARD_ANCHOR_PREFIX + card_id, quote=True))
        unmarked = f'(<article id="{anchor}" class="(?![^"]*\\b{name}\\b)[^"]*)"'
        document = re.sub(unmarked, f'\\1 {name}"', document, count=1)
    return document
