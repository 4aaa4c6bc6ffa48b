"""The sheet's sections and cards as HTML, one plain function per card kind.

Each card is one compact ``<article>``. Every value goes through the renderer:
``md`` (inline Markdown, raw HTML escaped), ``code`` (Pygments) or ``cloze``; the rest
(ids, classes, image URIs, command output) is escaped here. These were Jinja2 macros,
three calls per card and most of the time of the HTML file; the output is the same.
"""

from __future__ import annotations

import dataclasses
import html
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from markupsafe import escape

from ...model import Card, Row, Topic
from .headings import headings
from .words import words_for


def section_anchors(topics: Iterable[Topic]) -> dict[str, str]:
    """Topic path -> its section's element id: ``Topic.anchor``, numbered ("-2", "-3")
    for a later topic whose deck gives the same slug (two files of one deck)."""
    found: dict[str, str] = {}
    taken: set[str] = set()
    for topic in topics:
        anchor, number = topic.anchor, 1
        while anchor in taken:
            number += 1
            anchor = f"{topic.anchor}-{number}"
        taken.add(anchor)
        found[topic.path] = anchor
    return found


#: The colour of a section heading's words (sheet.css ``.topic > h2``): its formulas too.
HEADING_INK = "#fff"


def section(renderer, topic: Topic, cards: Sequence[Card], accent: str, anchor: str) -> str:
    """One section (its element id ``anchor``): its heading, intro and cards under their
    sub-headings.

    The heading sets the page's running header (``string-set`` in sheet.css); an empty
    span at its end sets the same header to "<title> (cont.)", which is what a page
    shows that starts inside the section (one whose first column opens with its own
    "(cont.)" bar shows nothing there: ``page.mark_continued``).
    """
    md = renderer.md
    title = renderer.plain(topic.title)
    out = [f'<section id="{escape(anchor)}"']
    out.append(f' class="topic {escape(accent)}" data-title="{escape(title)}">\n')
    continued = words_for(renderer.language).continued
    here = f'<span class="here" data-cont="{escape(title)} {escape(continued)}"></span>'
    heading = md(topic.title, math_color=HEADING_INK)  # a formula white, as the words
    out.append(f'<h2 data-title="{escape(title)}">{heading}{here}</h2>\n')
    if topic.intro:
        out.append(f'<p class="intro">{md(topic.intro)}</p>\n')
    for heading in headings(cards):
        if heading.title:
            own = f' id="{escape(group_anchor(anchor, heading.title))}"'
            out.append(f'<h3 class="group"{own}>{md(heading.title)}</h3>\n')
        for run in runs(heading.cards):
            out.append(run_html(renderer, run))
    out.append("</section>")
    return "".join(out)


def group_anchor(section_anchor: str, title: str) -> str:
    """The element id of a sub-heading: its section's anchor and a slug of its title."""
    from ...text import plain

    slug = re.sub(r"[\W_]+", "-", plain(title).lower()).strip("-") or "group"
    return f"{section_anchor}--{slug}"


def runs(cards: Sequence[Card]) -> list[list[Card]]:
    """Cards in order, each alone, except a group's limits: one table where the first is."""
    out: list[list[Card]] = []
    limits_run: list[Card] | None = None
    for card in cards:
        if card.kind != "limit":
            out.append([card])
        elif limits_run is None:
            limits_run = [card]
            out.append(limits_run)
        else:
            limits_run.append(card)
    return out


def run_html(renderer, run: list[Card]) -> str:
    """One ``<article>``: a single card, or the limits of a run as one table."""
    first = run[0]
    rows = len(run) if first.kind == "limit" else 0
    anchor = escape(renderer.anchor(first))
    classes = escape(renderer.card_class(first, rows))
    if first.kind == "limit":
        body = limits(renderer, run)
    else:
        body = KINDS[first.kind](renderer, first) + extras(renderer, first)
    if renderer.links and first.kind != "limit":  # a limits table links each row
        body += permalink(anchor)
    return f'<article id="{anchor}" class="{classes}">\n{body}</article>\n'


def permalink(anchor: str) -> str:
    """A link to the card itself (the HTML file): copy it to point someone at the card."""
    return f'<a class="permalink" href="#{anchor}" aria-label="link to this card">#</a>\n'


def card_html(renderer, card: Card) -> str:
    """One card's ``<article>``, ending with a newline."""
    return run_html(renderer, [card])


#: A note this short (characters) is never cut between two columns: a card split across
#: columns (``tall``) breaks before it, where the column can be headed "(cont.)".
NOTE_KEPT_WHOLE = 600


def extras(r, card: Card) -> str:
    """The card's note and figure, if any."""
    out = ""
    if card.note:
        keep = " keep" if len(card.note) <= NOTE_KEPT_WHOLE else ""
        out += f'<p class="note{keep}">{r.md(card.note)}</p>\n'
    src = r.image(card.image)
    if src:
        out += f'<img class="figure" src="{escape(src)}" alt="">\n'
    return out


def concept(r, card) -> str:
    out = (
        f'<p><b class="term">{r.md(card.term)}</b> <span class="sep">—</span>'
        f" {r.md(card.definition)}</p>\n"
    )
    if card.example:
        out += f'<p class="example"><i>e.g.</i> {r.md(card.example)}</p>\n'
    return out


def qa(r, card) -> str:
    """A Q&A as a statement: its ``fact``, else its answer under the question's key phrase."""
    if card.fact:
        return f'<p class="statement">{r.md(card.fact)}</p>\n'
    # a one-word answer stays on the line of the question's last word: alone on a line
    # of its own ("Flapper" under a question that filled its line) it read as a stray
    between = "&#160;" if ONE_WORD.fullmatch(card.answer.strip()) else " "
    label, colon = label_and_colon(card.question)
    return (
        f'<p class="statement"><span class="label">{r.md(label)}{colon}</span>'
        f'{between}<span class="answer">{r.md(card.answer)}</span></p>\n'
    )


ONE_WORD_MAX = 16  # characters: a longer word may need a line of its own
ONE_WORD = re.compile(rf"[^\s`]{{1,{ONE_WORD_MAX}}}")


QUESTION_OPENER = re.compile(
    r"^(?:what|which)\s+(?:is|are)\s+(?:the\s+|a\s+|an\s+)?(?P<rest>.+?)\s*\?\s*$", re.IGNORECASE
)
# A word that shows the rest of the question is a clause, not a noun phrase ("What is
# the port HTTPS uses?", "What is Nebbiolo *called* in Valtellina?": it asks for a
# name): then the whole question is the label.
CLAUSE_WORD = re.compile(
    r"\b(?:is|are|was|were|does|do|did|can|could|must|should|will|would|has|have|uses?|needs?"
    r"|called|termed|known as)\b",
    re.IGNORECASE,
)

ENDS_IN_PREPOSITION = re.compile(r"\b(?:for|to|of|in|on|with|about|from|by|at)$", re.IGNORECASE)
# ... or left standing before another one: the rest is a clause too ("What is weight
# decay *equivalent to for* plain SGD?", "What is IP *short for in* networking?")
STRANDED_PREPOSITION = re.compile(
    r"\b(?:for|to|of|in|on|with|about|from|by|at)\s+(?:for|to|of|in|on|with|about|from|by|at)\b",
    re.IGNORECASE,
)


def key_phrase(question: str) -> str:
    """A Q&A's label on the sheet: "What is the max size of X?" -> "Max size of X:"; a
    question that is not "what is <noun phrase>" stays whole (a label ending in "?")."""
    text = question.strip()
    match = QUESTION_OPENER.match(text)
    rest = match["rest"] if match else ""
    if (
        not rest
        or CLAUSE_WORD.search(rest)
        or rest.startswith("`")
        or ENDS_IN_PREPOSITION.search(rest)
        or STRANDED_PREPOSITION.search(rest)
    ):
        return label_of(text)
    return _capitalized(rest) + ":"


def label_and_colon(question: str) -> tuple[str, str]:
    """``key_phrase`` as the label's text and the colon the sheet adds after it, apart
    when the label is all right to left (a word asked in Arabic or Hebrew, "كِتَاب"):
    written after the field, the colon stands in the sheet's direction between the label
    and its answer ("كِتَاب: book"); inside the field it was set on the word's far
    side, away from the answer (":كِتَاب book"). A colon the question was written with
    is its own, and stays in it."""
    label = key_phrase(question)
    added = label.endswith(":") and not question.rstrip().endswith(":")
    if added and _right_to_left(label[:-1]):
        return label[:-1], ":"
    return label, ""


def label_of(text: str) -> str:
    """A whole question or instruction as a label: a question keeps its "?", an
    instruction ends in ":" ("State the chain rule." -> "State the chain rule:")."""
    if text.endswith(ENDS_A_LABEL) or _greek_question(text):
        return text
    return text.removesuffix(".").removesuffix("。").removesuffix("।") + ":"


# Marks a label ends with as written: question, exclamation and colon marks of Latin,
# Arabic ("؟") and Chinese or Japanese ("？") text, and an ellipsis.
ENDS_A_LABEL = ("?", ":", "!", "…", "...", "؟", "？", "！", "：")

GREEK_LETTER = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def _greek_question(text: str) -> bool:
    """Greek ends a question with ";" (U+037E, which NFC makes U+003B): "Πώς …;"."""
    return text.endswith((";", "\u037e")) and bool(GREEK_LETTER.search(text))


def _capitalized(phrase: str) -> str:
    """``phrase`` with a capital first letter, unless its first word is written with a
    capital or a digit inside ("pH", "iOS", "mRNA", "x86" keep their case) or is one
    letter before a hyphen ("p-value", "t-test", "k-means"); a word of hyphened words
    is a word ("Split-grade printing"), and so is one with an apostrophe inside
    ("Kun'yomi of 日:", from "What is the kun'yomi of 日?")."""
    first = phrase.split(maxsplit=1)[0]
    parts = re.sub(r"(?<=\w)['’](?=\w)", "", first).split("-")
    one_letter_before_hyphen = len(parts) > 1 and len(parts[0]) == 1
    if one_letter_before_hyphen or not all(part.isalpha() and part.islower() for part in parts):
        return phrase
    return phrase[0].upper() + phrase[1:]


def command(r, card) -> str:
    """A short one-line command beside what it does (aligned with its neighbours); a
    longer one under it."""
    output = ""
    if card.output:
        output = f"{r.output(card.output)}\n"
    if r.fits_beside(card.command):
        does = r.md(card.task)
        if r.for_print:
            does = kept_within(does, r.setup.does_chars)
        return (
            f'<div class="cmd-row"><div class="cmd">{r.code(card.command, card.lang)}</div>'
            f'<div class="does">{does}</div></div>\n{output}'
        )
    return f'<p class="task">{r.md(card.task)}</p>\n{r.code(card.command, card.lang)}\n{output}'


#: A run of text ``units_whole`` keeps on one line, with nothing nested in it.
KEPT_RUN = re.compile(r'<span class="unit">([^<]*)</span>')


def kept_within(html_text: str, most: int) -> str:
    """``html_text`` with each run that ``units_whole`` keeps on one line but that is
    longer than ``most`` characters left free to break between its words: "(it keeps
    running)" beside a command on a six-column letter sheet reached 14 px past its
    column."""

    def freed(match: re.Match) -> str:
        return match.group(1) if len(html.unescape(match.group(1))) > most else match.group(0)

    return KEPT_RUN.sub(freed, html_text)


def limits(r, run: Sequence[Card]) -> str:
    """Consecutive limits as one table: what is limited, its value; a row per card.
    A limit's ``as_of`` follows what is limited, small ("as of 2025-11-02"): the day
    the value was last checked, which the Markdown and the Anki back show too."""
    out = ['<table class="limits">\n<tbody>\n']
    shown = [value_unit_whole(card, value_html(r, limit_text(card))) for card in run]
    if r.for_print:  # a date and time wider than a value may be: date over time
        room = VALUE_SHARE_MAX * r.setup.text_chars // 100 - VALUE_PADDING_CHARS
        shown = [times_apart(value, room) for value in shown]
    share = value_share(r, run, shown) if r.for_print else VALUE_SHARE
    for index, card in enumerate(run):
        anchor = f' id="{escape(r.anchor(card))}"' if index else ""
        more = ""
        if card.as_of:
            as_of = words_for(r.language).as_of
            more += f' <span class="as-of">{as_of} {card.as_of.isoformat()}</span>'
        if card.note:
            more += f' <span class="note">{r.md(card.note)}</span>'
        src = r.image(card.image)
        if src:
            more += f'<img class="figure" src="{escape(src)}" alt="">'
        if r.links:
            more += f' <a class="permalink" href="#{escape(r.anchor(card))}">#</a>'
        subject = "subject wrap" if r.has_long_word(card.subject) else "subject"
        out.append(
            f'<tr{anchor} class="limit"><td class="{subject}">{r.md(card.subject)}{more}</td>'
            f'<td class="value"{_width(share) if index == 0 else ""}>'
            f"{shown[index]}</td></tr>\n"
        )
    out.append("</tbody>\n</table>\n")
    return "".join(out)


UNIT_WORD_MAX = 12  # characters: a limit's unit word kept on one line with its value
#: Units set close after their number, as typesetters set an angle: "15°", "3600″",
#: "24–25″" ("15 °" read as a stray mark). A temperature keeps its blank ("20 °C").
CLOSE_UNITS = frozenset("°′″")


def limit_text(card: Card) -> str:
    """A limit's value and unit as the sheet shows them: the unit after a blank, or
    close after the number when it is an angle's mark (``CLOSE_UNITS``: "15°")."""
    if card.unit and card.unit.split(maxsplit=1)[0] in CLOSE_UNITS and card.value[-1:].isdigit():
        return f"{card.value}{card.unit}"
    return card.value_text


def value_unit_whole(card: Card, shown: str) -> str:
    """A limit's value HTML (``shown``) with the value and the first word of its unit in
    one ``.unit`` span when ``units_whole`` did not keep them together already: "10000
    levels" broke after "10000" in a narrow value column, "levels" alone below it."""
    if not card.unit or limit_text(card) != card.value_text:  # "15°": one word already
        return shown
    first = card.unit.split(maxsplit=1)[0]
    together = f"{escape(card.value)} {escape(first)}"
    if len(first) > UNIT_WORD_MAX or not shown.startswith(together):
        return shown
    rest = shown[len(together) :]
    if rest[:1] not in ("", " ", "<"):  # "10000 levelsX": not the unit's whole first word
        return shown
    if len(card.value) <= UNIT_WORD_MAX:  # ">= 30 observations": one piece
        return f'<span class="unit">{together}</span>{rest}'
    # A longer value keeps only its last word with the unit: "116 ÷ aperture in mm
    # arcseconds" kept on one line ran past a narrow column's edge.
    head, blank, last = escape(card.value).rpartition(" ")
    return f'{head}{blank}<span class="unit">{last} {escape(first)}</span>{rest}'


# On paper a limits table's value column takes a third of it (sheet.css), more when its
# values are longer than what they limit, up to VALUE_SHARE_MAX: "56 m (the narcosis
# limit is far shallower, about 30 m for most divers)" took four ragged lines beside a
# one-line subject and a column's width of nothing. (On screen it takes what it needs.)
VALUE_SHARE = 34  # percent of the table's width (sheet.css: table.limits td.value)
VALUE_SHARE_MAX = 60


def value_share(r, run: Sequence[Card], shown: Sequence[str]) -> int:
    """The percent of a limits table's width its values take on paper: their share of
    the table's text (each column then holds about as many lines), from ``VALUE_SHARE``
    to ``VALUE_SHARE_MAX``, and at least what the longest piece of a value kept on one
    line needs (``shown``: the values' HTML): ">= 30 observations", one ``.unit``, ran
    past the column's edge in a third of a 4-column sheet's column."""
    values = sum(len(r.plain(limit_text(card))) for card in run)
    subjects = sum(
        len(r.plain(card.subject))
        + len(r.plain(card.note))
        + (len(f" {words_for(r.language).as_of} YYYY-MM-DD") if card.as_of else 0)
        for card in run
    )
    share = round(100 * values / max(values + subjects, 1))
    whole = max(map(longest_unbroken, shown), default=0)
    needed = math.ceil(100 * (whole + VALUE_PADDING_CHARS) / r.setup.text_chars)
    return min(max(share, needed, VALUE_SHARE), VALUE_SHARE_MAX)


VALUE_PADDING_CHARS = 1  # a value cell's padding, in characters of its text
UNIT_SPAN = re.compile(r'<span class="unit">(.*?)</span>', re.S)


#: A date with its time kept on one line (``HYPHENATED_DATE``), its date and time apart.
DATE_TIME_SPAN = re.compile(r'<span class="unit">(\d{4}-\d{2}-\d{2})(T[^<]*)</span>')


def times_apart(value: str, room: int) -> str:
    """A limit's value HTML with each date and time kept on one line that is longer than
    ``room`` characters ("2017-01-01T00:00:37+00:00" in a narrow column) kept as its date
    and its time, a line free to end between them: whole, it ran 28 px past an A5
    column, as the value's share of the table has a ceiling (``VALUE_SHARE_MAX``)."""

    def apart(found: re.Match) -> str:
        if len(found[0]) - len('<span class="unit"></span>') <= room:
            return found[0]
        return f'<span class="unit">{found[1]}</span><wbr><span class="unit">{found[2]}</span>'

    return DATE_TIME_SPAN.sub(apart, value)


def longest_unbroken(value: str) -> int:
    """How many characters of a limit's value HTML stay on one line at most: a word, or
    a ``.unit`` span's words together ("30 observations")."""
    pieces = [plain_text(found) for found in UNIT_SPAN.findall(value)]
    pieces += plain_text(UNIT_SPAN.sub(" ", value)).split()
    return max(map(len, pieces), default=0)


def plain_text(html_text: str) -> str:
    """The characters HTML shows: its tags dropped, its entities read."""
    return html.unescape(TAG.sub("", html_text))


def _width(share: int) -> str:
    """The style attribute of a value cell whose column is not the stylesheet's width."""
    return "" if share == VALUE_SHARE else f' style="width:{share}%"'


# A limit's value that ends in an aside in brackets: "23 h 56 min 4 s (86,164 seconds)".
VALUE_ASIDE = re.compile(r"(?P<figure>[^`]*?[^\s(])\s+(?P<aside>\([^()`*_]*\))", re.S)


def value_html(r, text: str) -> str:
    """A limit's value: the figure bold, what it ends with in brackets not (sheet.css:
    ``.aside``). In bold too, "55 mm (add 1/3 of each filter's thickness)" was four
    heavy lines where the eye looks for "55 mm"."""
    found = VALUE_ASIDE.fullmatch(text)
    if found is None or found["figure"].count("*") % 2 or found["figure"].count("_") % 2:
        return r.md(text)
    return f'{r.md(found["figure"])} <span class="aside">{r.md(found["aside"])}</span>'


#: An HTML tag, kept by ``split`` (text and tags alternate, text first).
TAG = re.compile(r"(<[^>]*>)")
UNIT_WORDS = frozenset(
    "s ms min h hr d yr second minute hour day night week month year quarter "
    "bit byte pixel px request user seat core node instance session frame sub "
    "arcsec arcmin degree watt volt amp metre meter litre liter gram mile foot feet "
    "inch pound ton tonne kelvin parsec torr knot acre pint yard".split()
    # and time and dose words of Portuguese and Spanish ("6 horas", "3–5 minutos", "20
    # gotas", "5 años"), which a sheet in those languages writes after a number
    + "segundo minuto hora dia día semana mes mês ano año gota microgota".split()
)
# A number and the short unit after it ("1/1000 s", "30 MB/s", "100 %", "6–8 h",
# "10–15 mg/kg", "9.81 m/s²", "6 years", "72 hours"): one a line's end and the other the
# next one's start read as two cells' worth of text. A short formula counts as one, "2 H₂O"
# ("+ 2" ended a line of an equation and "H₂O" began the next).
_UNIT_WORD = "|".join(sorted(UNIT_WORDS, key=len, reverse=True))
# A unit of three small letters after a metric prefix, "kohm", "kcal", "mmol", "mbar": a
# word of four small letters is a unit only so, or as a unit word (``UNIT_WORDS``: "days",
# "torr") or before a "/" ("mmol/L"). Any other, "here", "more", "from", is the sentence's
# next word: "2-207 here" kept on one line as a figure and its unit left "met by" alone.
_PREFIXED_UNIT = r"[kmµμncdMG](?:ohm|cal|mol|bar|bit|bps|lux|sec|amp)"
_NOT_A_UNIT = rf"(?!(?!{_PREFIXED_UNIT})[a-z]{{4}}(?![\w/]))"
# A number may group its thousands with spaces, thin or not: "299 792 458 m/s" broke
# after "299 792", "458 m/s" on the next line read as another number. A decimal written
# without its zero, ".25 mm", is a number too (``BARE_DECIMAL``).
NUMBER_UNIT = re.compile(
    r"(?<![\w.,/])(?P<number>\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?(?![\d.,])"
    r"|\d(?:[\d.,/:]*\d)?(?:[–-]\d(?:[\d.,]*\d)?)?|\.\d+) "
    rf"(?P<unit>%|(?:{_UNIT_WORD})(?:e?s)?(?![\w/])"
    rf"|{_NOT_A_UNIT}[A-Za-zµ°][A-Za-z°²³⁻¹₀-₉]{{0,3}}(?:/[A-Za-zµ][A-Za-z²³⁻¹]{{0,3}})*)(?![\w/])"
)
# A short aside in brackets, "(11 nines)", "(86,400 seconds)": broken inside, "(11" ended
# one line and "nines)" began the next, a fragment on each.
ASIDE_MAX = 20  # characters, brackets included
SHORT_ASIDE = r"\((?=[^()<>]*[\s/–-])[^()<>\s][^()<>]{0,%s}\)".replace("%s", str(ASIDE_MAX - 3))
# A reading or gloss in Chinese or Japanese script in brackets, "電圧 (でんあつ)",
# "(きま / す)", "（ていこう）": a browser and WeasyPrint break between any two of its
# characters, so "(でんあ" ended a line and "つ)" began the next. Up to ``READING_MAX``
# characters inside.
_KANA_OR_HAN = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f"
READING_MAX = 12  # characters
READING = rf"[(（][{_KANA_OR_HAN}][{_KANA_OR_HAN} /・]{{0,{READING_MAX - 1}}}[)）]"
# A compound of words joined by hyphens or slashes ("GB-month", "telescope-hour",
# "arcsec/pixel"): kept whole when short and one of its words is a unit (``UNIT_WORDS``).
COMPOUND = r"(?<![\w/–-])[A-Za-zµ]{1,10}(?:[-/][A-Za-zµ]{1,10}){1,2}(?![\w/–-])"
COMPOUND_MAX = 16  # characters
# An abbreviated unit, "GB", "GiB", "vCPU", "kWh", "IOPS": a short word with two
# capitals or one after a small letter ("Meta" of "Meta-commands" is no unit).
ABBREVIATION = re.compile(r"[A-Z][a-z]?[A-Z][A-Za-z]{0,2}|[a-zµ][A-Z][A-Za-z]{0,2}")
# A range of numbers, "5–10": a line may end after an en dash.
RANGE = r"(?<![\w.,])\d[\d.,]*–\d[\d.,]*(?<=\d)(?![\w])"
# A range written with blanks, "1.5 to 2", "22 – 27 knots", "−5 to −10 °C", and the short
# unit after it (``NUMBER_UNIT``'s): "1.5 to" ended a line and "2 hPa" began the next, a
# range split from one of its ends. Up to ``SPACED_RANGE_MAX`` characters; a longer one
# keeps each number with its unit only. Either number may carry its sign, "−40 to +85 °C",
# "-4 to +6 s/day": "−40 to" ended a line of a limits table and "+85 °C" began the next.
_RANGE_NUMBER = r"[+−-]?\d(?:[\d.,]*\d)?"
_RANGE_UNIT = (
    rf"%|(?:{_UNIT_WORD})(?:e?s)?(?![\w/])"
    rf"|{_NOT_A_UNIT}[A-Za-zµ°][A-Za-z°²³⁻¹₀-₉]{{0,3}}(?:/[A-Za-zµ][A-Za-z²³⁻¹]{{0,3}})*"
)
# The word between a range's ends in the languages a sheet is written in: English "to",
# German "bis", French "à" and "au", Spanish, Italian and Portuguese "a" ("de 5 a 10"),
# Italian "al", Portuguese "até", Dutch "tot", Swedish "till", Danish and Norwegian "til",
# Polish and Czech "do"; or a dash. "5 bis" was kept as a number and its unit, and "10
# kg" began the next line.
RANGE_WORDS = "to|bis|à|au|a|al|até|tot|till|til|do|–|—"
SPACED_RANGE = (
    rf"(?<![\w.,+−-]){_RANGE_NUMBER}[ \u00a0](?:{RANGE_WORDS})[ \u00a0]{_RANGE_NUMBER}"
    rf"(?:[ \u00a0](?:{_RANGE_UNIT}))?(?![\w/]|[.,]\d)"
)
SPACED_RANGE_MAX = 24  # characters
# A longer aside, "(DAN/UHMS guideline for repetitive diving)": it may break, but at a
# blank inside it, never right after its opening bracket nor right before its closing
# one (")" alone began a line of a crowded table's cell): each bracket is kept on one
# line with the word next to it (``ASIDE_EDGE`` characters at most, else with the
# character next to it) or with the number and unit next to it.
LONG_ASIDE = r"\((?P<inner>[^()<>\s][^()<>]{%s,}[^()<>\s])\)".replace("%s", str(ASIDE_MAX - 3))
# A bracket and a word of up to 4 characters fit where a crowded table keeps its words
# whole (page.MIN_WHOLE_WORD); a longer word would widen its column.
ASIDE_EDGE = 4  # characters
# An angle or a time in sexagesimal parts, a star's place: "06h 45m 08.9s", "−16° 42′ 58″",
# "29′ 20″": its parts stay on one line ("−16° 42′" over "58″" read as two figures).
SEXAGESIMAL = (
    r"(?<![\w.,])[+−-]?\d{1,3}(?:[h°]\s?\d{1,2}(?:[.,]\d+)?[m′](?:\s?\d{1,2}(?:[.,]\d+)?[s″])?"
    r"|′\s?\d{1,2}(?:[.,]\d+)?″)(?!\w)"
)
# A date or a span of years written with hyphens, "1969-07-20", "1914-18", "1914-1918",
# "2001-05": a line broke after a hyphen ("1969-07-" over "20" read as two figures). A
# date with its time as ISO 8601 writes it, "1970-01-01T00:00:00Z", "…T03:14:07+01:00",
# too: a browser broke "1970-01-" over "01T00:00:00Z" in a limit's value.
ISO_TIME = r"T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+−-]\d{2}(?::?\d{2})?)?"
HYPHENATED_DATE = (
    rf"(?<![\w.,/-])\d{{4}}-\d{{2}}(?:-\d{{2}}(?:{ISO_TIME})?|\d{{2}})?(?![\w/-]|[.,]\d)"
)
# A time of day or an offset from UTC, "05:30", "12:30:00", "UTC+05:45", "GMT−3:30": a
# crowded table's cell broke one at its edge, "UTC+05:" over "30", a time cut in two.
CLOCK = r"(?<![\w:.,+−-])(?:(?:UTC|GMT)?[+−-])?\d{1,2}:\d{2}(?::\d{2})?(?![\w:]|[.,]\d)"
# A chain of short names joined by en dashes, a chord progression or a chord's notes:
# "I–IV–V–I", "ii–V7–I", "G–B–D–F": "I–IV–" ended a line and "V" began the next, a
# progression cut in two. Each name starts with a letter (or a flat or a sharp): a range
# of numbers is ``RANGE``'s.
_CHAINED = r"(?:[^\W\d_]|[♭♯])[\w°ø♯♭#+]{0,3}"
CHAIN = rf"(?<![\w–-]){_CHAINED}(?:–{_CHAINED})+(?![\w–-])"
CHAIN_MAX = 24  # characters
# A provision of a law or a rule by its sign and number, "§ 2-207", "s. 1(1)(a)",
# "Art. 6(1)", "r. 3.2": "§ 2-" ended a line and "207" began the next, "s." and "1(1)"
# were parted. Up to ``PROVISION_MAX`` characters.
PROVISION = (
    r"(?<![\w.])(?:§§?|(?i:ss?|arts?|sec|r|rr|reg|para|cl|pt)\.)[ \u00a0]?"
    r"\d+[a-z]?(?:[-–.]\d+[a-z]?)*(?:\([0-9a-z]{1,4}\))*(?![\w-])"
)
PROVISION_MAX = 24  # characters
# A decimal written without its zero, ".5", "p < .05", "a .22 rifle": the PDF's line
# breaker (Pango, Unicode's line breaking before its version 15.1) may end a line after
# its point, and "written ." over "5 in the ledger" read as a full stop and a 5.
BARE_DECIMAL = r"(?<![\w.,/])\.\d+(?![\w]|[.,]\d)"
# An HTML tag written as text in prose, "</script>", "<br/>" (escaped: ``&lt;/script&gt;``):
# a line may end after its slash, and "</" ended a line and "script>" began the next.
# Up to 16 characters in its name.
HTML_TAG_TEXT = r"&lt;(?:/[A-Za-z][\w:.-]{0,15}|[A-Za-z][\w:.-]{0,15} ?/)&gt;"
KEPT_WHOLE = re.compile(
    f"(?P<tag>{HTML_TAG_TEXT})|"
    f"(?P<provision>{PROVISION})|"
    f"(?P<dated>{HYPHENATED_DATE})|(?P<clock>{CLOCK})|(?P<sexagesimal>{SEXAGESIMAL})|"
    f"(?P<aside>{SHORT_ASIDE})|(?P<reading>{READING})|(?P<long>{LONG_ASIDE})"
    f"|(?P<spaced>{SPACED_RANGE})"
    f"|{NUMBER_UNIT.pattern}"
    f"|(?P<compound>{COMPOUND})|(?P<range>{RANGE})|(?P<chain>{CHAIN})"
)
#: ``KEPT_WHOLE`` and a decimal without its zero, for a text that holds one
#: (``has_bare_decimal``): one more alternative tried at every place of every field cost the
#: shipped corpus's fields 5-10 % more time in ``units_whole``.
KEPT_WHOLE_OR_BARE = re.compile(f"{KEPT_WHOLE.pattern}|(?P<bare>{BARE_DECIMAL})")
_POINT_DIGIT = re.compile(r"\.\d")


def has_bare_decimal(text: str) -> bool:
    """Whether ``text`` may hold a ``BARE_DECIMAL``: a '.' and a digit after it, with no
    letter, digit, '.', ',' or '/' before it (a quick test: the search with its look
    behind took a sixth of ``units_whole``'s time on the shipped corpus)."""
    if "." not in text:
        return False
    for found in _POINT_DIGIT.finditer(text):
        before = text[found.start() - 1 : found.start()]
        if not before or not (before.isalnum() or before in "_.,/"):
            return True
    return False


ASIDE = re.compile(SHORT_ASIDE)
PROVISION_ONLY = re.compile(PROVISION)
SPACED_RANGE_ONLY = re.compile(SPACED_RANGE)
#: Where a text may hold a ``SPACED_RANGE`` (a quick test before the search).
SPACED_RANGE_HINT = re.compile(rf"\d[ \u00a0](?:{RANGE_WORDS})[ \u00a0][+−\d-]")
SEXAGESIMAL_ONLY = re.compile(SEXAGESIMAL)
LONG_ASIDE_ONLY = re.compile(LONG_ASIDE)
READING_ONLY = re.compile(READING)
# A column heading's unit in brackets, "Max size (GB)", "Speed (MB/s)", "Cost (EUR)", or
# a short aside: "Max size (" ended a line and "GB)" began the next.
UNIT_IN_BRACKETS_MAX = 10  # characters, brackets included
HEADING_UNIT = re.compile(f"{SHORT_ASIDE}|\\([^()<>\\s]{{1,{UNIT_IN_BRACKETS_MAX - 2}}}\\)")
#: Elements whose text is no prose: code keeps its own spans, a formula is a picture.
NOT_PROSE = re.compile(r"<(/?)(code|svg)\b", re.IGNORECASE)


#: A digit: every ``KEPT_WHOLE`` match but an aside or a compound holds one.
_DIGIT = re.compile(r"\d")


def units_whole(html_text: str) -> str:
    """HTML with each number kept on one line with its short unit, and each short
    bracketed aside, unit compound ("GB-month"), range of numbers ("5–10") and chain of
    short names ("I–IV–V") kept on one line (only in the text between tags, and not
    inside code or a formula)."""
    if not (
        "(" in html_text
        or "（" in html_text
        or "-" in html_text
        or "/" in html_text
        or "–" in html_text
        or _DIGIT.search(html_text)
    ):  # no bracket (an aside), no '-' or '/' (a compound), no '–' (a chain), no digit
        return html_text  # most fields: ``KEPT_WHOLE``'s search is 10x these tests
    pattern = KEPT_WHOLE_OR_BARE if has_bare_decimal(html_text) else KEPT_WHOLE
    return _in_prose(html_text, pattern, _kept_whole)


def numbers_whole(html_text: str) -> str:
    """HTML with each number kept on one line with its short unit ("14 AWG", "2.5 mm²")
    and each decimal written without its zero (".05"), and nothing else: a row label's
    short aside may still break ("EventBridge (CloudWatch" over "Events)"), kept whole,
    it widened the label column of the AWS sheet's Lambda triggers and took two lines
    from the others)."""
    if not _DIGIT.search(html_text):
        return html_text
    pattern = _NUMBER_OR_BARE if has_bare_decimal(html_text) else NUMBER_UNIT
    return _in_prose(html_text, pattern, _number_or_bare)


def readings_whole(html_text: str) -> str:
    """A row label's HTML with each reading or gloss in Chinese or Japanese script in
    brackets kept on one line ("Chinese (农历)"): its label column broke between its two
    characters, "Chinese (农" over "历)", as text never does (``READING``)."""
    if "(" not in html_text and "（" not in html_text:
        return html_text
    return _in_prose(html_text, READING_ONLY, r'<span class="unit">\g<0></span>')


#: ``NUMBER_UNIT``, or a decimal written without its zero alone (``BARE_DECIMAL``).
_NUMBER_OR_BARE = re.compile(f"{NUMBER_UNIT.pattern}|(?P<bare>{BARE_DECIMAL})")


def _number_or_bare(match: re.Match) -> str:
    if match.re is _NUMBER_OR_BARE and match.group("bare"):
        return f'<span class="unit">{match.group(0)}</span>'
    return _number_and_unit(match)


def heading_units_whole(html_text: str) -> str:
    """A table heading's HTML with its units in brackets ("(GB)", "(MB/s)") and short
    asides each kept on one line (not inside code or a formula)."""
    return _in_prose(html_text, HEADING_UNIT, r'<span class="unit">\g<0></span>')


def _in_prose(html_text: str, pattern: re.Pattern, replace) -> str:
    """``html_text`` with ``pattern`` replaced in the text between its tags, but not
    inside code or a formula (``NOT_PROSE``)."""
    if pattern.search(html_text) is None:
        return html_text
    parts = TAG.split(html_text)
    depth = 0
    for at, part in enumerate(parts):
        if at % 2:
            tag = NOT_PROSE.match(part)
            if tag:
                depth += -1 if tag.group(1) else 1
        elif depth <= 0 and part:
            parts[at] = pattern.sub(replace, part)
    return "".join(parts)


def _kept_whole(match: re.Match) -> str:
    """One match of ``KEPT_WHOLE`` in a span that keeps it on one line (``.unit``), or
    as it is: a compound without a unit ("read-only") or too long."""
    if match.group("long"):
        return _aside_edges_whole(match.re.sub(_kept_whole, match.group("inner")))
    if match.group("compound"):
        words = re.split("[-/]", match.group(0))
        if len(match.group(0)) > COMPOUND_MAX or not any(map(_is_unit, words)):
            return match.group(0)
    elif match.group("chain"):
        if len(match.group(0)) > CHAIN_MAX:
            return match.group(0)
    elif match.group("provision"):
        if len(match.group(0)) > PROVISION_MAX:
            return match.group(0)
    elif match.group("spaced"):
        if len(match.group(0)) > SPACED_RANGE_MAX:  # each number with its unit only
            return NUMBER_UNIT.sub(_number_and_unit, match.group(0))
    elif not (
        match.group("tag")
        or match.group("aside")
        or (match.re is KEPT_WHOLE_OR_BARE and match.group("bare"))
        or match.group("reading")
        or match.group("range")
        or match.group("sexagesimal")
        or match.group("dated")
        or match.group("clock")
    ):
        return _number_and_unit(match)
    return f'<span class="unit">{match.group(0)}</span>'


def _number_and_unit(match: re.Match) -> str:
    """A number and its short unit (``NUMBER_UNIT``) in a span that keeps them on one line."""
    number, unit = match.group("number", "unit")
    return f'<span class="unit">{number} {unit}</span>'


#: One character written as an HTML entity (``&quot;``, ``&amp;``, ``&#39;``): a bracket
#: kept with "the character next to it" keeps the whole entity, or the sheet showed
#: ``=INDIRECT(&quot;Sheet"…`` for ``=INDIRECT("Sheet"…``.
_ENTITY = r"&(?:#\d+|#x[\da-fA-F]+|\w+);"


#: A word with a Hebrew or Arabic letter: kept whole beside an aside's bracket. Cut after
#: its first letter or before its last, its two pieces were drawn side by side left to
#: right on the PDF ("(الشمس" as "لشمسا"), an Arabic letter cut from its neighbour in
#: its unjoined form.
_RIGHT_TO_LEFT_WORD = "(?=[^\\s<>]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe])[^\\s<>]+"


def _aside_edges_whole(inner: str, edge: int = ASIDE_EDGE) -> str:
    """A long aside (``LONG_ASIDE``, ``inner``: its text between the brackets as HTML)
    with each bracket kept on one line with what is next to it: a number and its unit
    already kept whole (a span), a word of ``edge`` characters at most or one with a
    Hebrew or Arabic letter, else one character."""
    head = re.match(
        f'<span class="unit">[^<]*</span>|[^\\s<]{{1,{edge}}}(?=[\\s<]|$)|{_ENTITY}'
        f"|{_RIGHT_TO_LEFT_WORD}(?=[\\s<]|$)|[^\\s<]",
        inner,
    )
    inner = inner[head.end() :]
    tail = re.search(
        f'<span class="unit">[^<]*</span>$|(?<![^\\s>])[^\\s<>]{{1,{edge}}}$|{_ENTITY}$'
        f"|(?<![^\\s>]){_RIGHT_TO_LEFT_WORD}$|[^\\s<>]$",
        inner,
    )
    if tail is None:  # a one-word aside: it is the head
        return f'<span class="unit">({head.group(0)}{inner})</span>'
    middle, tail = inner[: tail.start()], tail.group(0)
    return f'<span class="unit">({head.group(0)}</span>{middle}<span class="unit">{tail})</span>'


def aside_edges_whole(html_text: str) -> str:
    """``html_text`` with each long aside's brackets kept with the character next to
    them (a crowded table's cell, whose words may break anywhere: a longer piece kept
    whole would widen its column)."""
    return _in_prose(
        html_text, LONG_ASIDE_ONLY, lambda match: _aside_edges_whole(match["inner"], 1)
    )


def _is_unit(word: str) -> bool:
    """Whether a word of a compound names a unit: "month", "hours", "GB", "vCPU"."""
    lower = word.lower()
    return (
        lower in UNIT_WORDS
        or (lower.endswith("s") and lower[:-1] in UNIT_WORDS)
        or ABBREVIATION.fullmatch(word) is not None
    )


def _cell(
    tag: str,
    r,
    text,
    units: bool = False,
    whole: int | None = None,
    heading: bool = False,
    shape: str = "",
    hyphenated: Callable[[str], str] | None = None,
) -> str:
    """A table cell; ``units``: its numbers kept on one line with their units;
    ``whole``: its words longer than this marked ``long`` (they alone may break, where
    ``hyphenated``, by default ``r.hyphenated``, marks them);
    ``heading``: a column heading, its units in brackets kept whole; ``shape``: its
    class (``num``: a column of figures, ``rtl``: one written right to left, both set
    right)."""
    classes = " ".join(filter(None, ("wrap" if r.has_long_word(text) else "", shape)))
    wrap = f' class="{classes}"' if classes else ""
    shown = r.md(text, units=units)
    if not units:
        shown = aside_edges_whole(shown)
    if heading:
        shown = heading_units_whole(shown)
    if whole is not None:
        shown = long_words(shown, whole, hyphenated or r.hyphenated)
    return f"<{tag}{wrap}>{shown}</{tag}>"


#: A word of a table cell's text (no blank, no tag; an entity counts as one character).
WORD = re.compile(r"(?:&#?\w+;|[^\s<&])+")


#: Where a formula's word may end a line: after an argument's ``,`` or ``;`` (the
#: ``;`` of an entity, ``&quot;``, is none).
WBR_AFTER = r"\g<0><wbr>"
SEPARATOR = re.compile(r"(?:,|(?<!&[#\w]{2})(?<!&[#\w]{3})(?<!&[#\w]{4})(?<!&[#\w]{5});)(?=.)")
#: A word that is a formula or a call, ``=SUMIFS(B:B,A:A,"x")``, ``f(a,b)``: a bracket,
#: ``=``, a quote or a separator inside it, not only at its ends as in "(Pauling)".
FORMULA = re.compile(r"^.*\w[=(\[{\"]|[=,;\"]\S")


def is_formula(word: str) -> bool:
    """Whether a word of a table cell is a formula or a call rather than a word of
    prose: it may break after its separators, never at a syllable with a hyphen."""
    return FORMULA.match(word.strip("()[]{}.,;:!?'\"")) is not None


def formula_pieces(word: str) -> list[str]:
    """The pieces a formula's word may end a line between: after each ``,`` or ``;``."""
    return re.split(r"(?<=[,;])(?=.)", word)


def long_words(cell_html: str, limit: int, hyphenated: Callable[[str], str]) -> str:
    """A table cell's HTML with each word longer than ``limit`` characters (in the text
    between tags) in a ``<span class="long">``: in a crowded table the only words that
    may break; ``hyphenated`` marks where (soft hyphens: ``shy``, on paper)."""

    def mark(match: re.Match, hyphenated: Callable[[str], str]) -> str:
        word = match.group(0)
        if len(re.sub(r"&#?\w+;", "x", word)) <= limit:
            return word
        if is_formula(html.unescape(word)):  # no syllables: a hyphen would change it
            return f'<span class="long formula">{SEPARATOR.sub(WBR_AFTER, word)}</span>'
        marked = hyphenated(word)
        shy = " shy" if marked != word else ""
        return f'<span class="long{shy}">{marked}</span>'

    parts = TAG.split(cell_html)
    code = 0  # inside <code>: marked long, never given a hyphen the code does not have
    for at, part in enumerate(parts):
        if at % 2:
            code += part.startswith("<code") - part.startswith("</code")
        elif code:
            parts[at] = WORD.sub(lambda match: mark(match, str), part)
        else:
            parts[at] = WORD.sub(lambda match: mark(match, hyphenated), part)
    return "".join(parts)


def table(r, card) -> str:
    out = [f"<h3>{r.md(card.title)}</h3>\n"]
    crowded = r.crowded(card)
    whole = r.whole_words(card) if crowded else None  # None: any word may break anywhere
    if crowded and whole is None and r.for_print:
        card, crowded, whole = _turned_if_it_fits(r, card, crowded, whole)
    shape = "" if not crowded else ' class="wrap"' if whole is None else ' class="wrap whole"'
    if crowded and whole is None and r.for_print:
        whole = r.short_words_whole(card)  # its longer words break anywhere (.tight)
        shape = shape if whole is None else ' class="wrap whole tight"'
    if (
        not r.for_print
        and not crowded
        and not _short_cells(r, card)
        and _crowded_on_screen(r, card)
    ):
        shape = ' class="wrap"'  # it spans a wide screen's columns as a crowded one does
    if not r.for_print and _short_cells(r, card) and (crowded or _wraps_on_screen(r, card)):
        shape = shape[:-1] + ' span"' if shape else ' class="span"'
    out.append(f"<table{shape}>\n")
    # too crowded to keep its long words whole, a word with no syllable breaks with a hyphen
    hyphenated = r.spread if "tight" in shape else None
    figures = [
        "num" if is_figures(r, cells) else "rtl" if is_right_to_left(r, cells) else ""
        for cells in ([row.cells[index] for row in card.rows] for index in range(len(card.columns)))
    ]
    labels = "rtl" if is_right_to_left(r, [row.label for row in card.rows]) else ""
    out.append("<thead><tr>")
    out.append(_cell("th", r, card.row_header, heading=True, shape=labels))  # their heading
    out.extend(
        _cell("th", r, column, whole=whole, heading=True, shape=column_class, hyphenated=hyphenated)
        for column, column_class in zip(card.columns, figures, strict=True)
    )
    out.append("</tr></thead>\n<tbody>\n")
    units = not crowded or whole is not None  # else a unit may still break from its number
    for row in card.rows:
        out.append("<tr>")
        # "14 AWG" and "Chinese (农历)" whole
        label = readings_whole(numbers_whole(_cell("th", r, row.label, shape=labels)))
        out.append(labels_whole(label) if crowded else label)
        out.extend(
            _cell(
                "td", r, text, units=units, whole=whole, shape=column_class, hyphenated=hyphenated
            )
            for text, column_class in zip(row.cells, figures, strict=True)
        )
        out.append("</tr>\n")
    out.append("</tbody>\n</table>\n")
    return "".join(out)


#: A cell that is a figure: a number with an optional sign or factor before it ("+25 %",
#: "× 0.8", "−20 %", "~3"), a word of scale ("1.41 billion") and a short unit after it
#: ("2.5 L", "60 s", "1 200 m", "9.6 million km²"), or a dash for none.
FIGURE = re.compile(
    r"[+\-−±×~≈<>≤≥]?\s?\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})*(?:\d*)(?:[.,]\d+)?"
    r"(?:\s(?:thousand|million|billion|trillion))?"
    r"(?:\s?(?:%|‰|°\w?|[A-Za-zµ][A-Za-z²³/]{0,4}))?|[-–—]"
)

DIGIT = re.compile(r"\d")


def is_figures(r, cells: Sequence[str]) -> bool:
    """Whether a table column holds figures only (at least one, the rest maybe a dash):
    set right-aligned, with its heading, so their last digits and units line up, as
    a designed table sets a column of figures."""
    shown = [r.plain(cell).strip() for cell in cells]
    return any(DIGIT.search(text) for text in shown) and all(
        FIGURE.fullmatch(text) for text in shown
    )


def is_right_to_left(r, cells: Sequence[str]) -> bool:
    """Whether a table column's cells are all written right to left: Hebrew or Arabic
    letters (with numbers and punctuation), none Latin or of another left-to-right
    script; set right, with its heading, as the column is read (and as Anki sets each
    such cell, ``dir="auto"``). An empty cell does not count either way."""
    shown = [text for text in (r.plain(cell) for cell in cells) if text.strip()]
    return bool(shown) and all(_right_to_left(text) for text in shown)


def _right_to_left(text: str) -> bool:
    kinds = {unicodedata.bidirectional(char) for char in text}
    return "L" not in kinds and bool(kinds & {"R", "AL"})


SPAN_CELL_MAX = 40  # characters: a table's cells up to this long may span a wide screen


def _short_cells(r, card) -> bool:
    """Whether a table compares things on three or more counts in short cells (nine
    HTTP methods: "yes", "no", "200 OK"): when it is crowded, or would wrap in a screen
    column (``_wraps_on_screen``), it spans its section's columns on a wide screen
    (sheet.css ``table.span``). A table of prose, or of two columns of long
    names, stays in its column: spanned, it read no better and cut the columns in two."""
    texts = [card.row_header or "", *card.columns]
    texts += [text for row in card.rows for text in (row.label, *row.cells)]
    return len(card.columns) >= 3 and max(len(r.plain(text)) for text in texts) <= SPAN_CELL_MAX


# A screen column (sheet.css ``.topic { columns: 24em }``) holds this many characters of
# table text side by side, and each cell's padding takes this many more: measured in
# Chromium, DejaVu Sans Condensed set about 6.7 px a character at the table's 13.4 px,
# 8 px of padding a cell, in the 320 px a 24em column leaves inside its card.
SCREEN_COLUMN_CHARS = 47
SCREEN_CELL_PADDING = 1.2  # characters


def _wraps_on_screen(r, card) -> bool:
    """Whether a table's cells, each on one line, would not fit side by side in a screen
    column: four knots compared on use, hold and strength ("fixed loop at line end")
    wrapped there inside their short phrases, their row labels too ("Clove" over
    "hitch"), while two thirds of a wide screen beside them stayed empty. Its widest
    cell of each column (its heading and row labels included) sizes that column."""
    columns = [(card.row_header or "", *(row.label for row in card.rows))]
    columns += [
        (heading, *(row.cells[index] for row in card.rows))
        for index, heading in enumerate(card.columns)
    ]
    natural = sum(
        max(len(r.plain(text)) for text in column) + SCREEN_CELL_PADDING for column in columns
    )
    return natural > SCREEN_COLUMN_CHARS


#: Headings a table that spans a wide screen's columns has (sheet.css: five to seven
#: ``thead th``, the row labels' own heading among them).
SPANNED_HEADINGS = range(5, 8)


def _crowded_on_screen(r, card) -> bool:
    """Whether a table of four to six columns besides its row labels, not crowded on
    paper, could not hold its longest words side by side in a screen column (a 24em
    column holds ``SCREEN_COLUMN_CHARS``): such a table is marked as crowded on screen
    (``.wrap``), so it spans a wide screen's columns as one crowded on paper does.

    Whether a table spanned depended on the paper: five key blanks compared on brand,
    pins, keyway, use and notes spanned a laptop's screen in the HTML of an A4
    landscape sheet (a narrower column, crowded there) and, built for A4 portrait or
    Letter, stayed in one 24em column of the same screen, its last column out of view."""
    if len(card.columns) + 1 not in SPANNED_HEADINGS:
        return False
    widest = r.widest_words(card)
    return sum(widest) + SCREEN_CELL_PADDING * len(widest) > SCREEN_COLUMN_CHARS


#: A word of a row label that a line may break inside of (after "/" or "-": "HTTP/1.1",
#: "Wi-Fi"), up to as long as a word that sizes a column (page.LONG_WORD).
LABEL_WORD_MAX = 24
LABEL_WORD_BREAKING = re.compile(r"(?:&#?\w+;|[^\s<&])*[/\u2010-\u2013-](?:&#?\w+;|[^\s<&])+")
#: Names joined by an en dash ("Schmidt–Cassegrain", "Hertzsprung–Russell"): a line
#: breaks after the dash as in running text (a range of numbers, "5–10", stays whole).
#: Kept whole, such a label took a third of an eight-column table's width, and the
#: others broke "never" into "ne", "ve", "r".
NAMES_JOINED = re.compile(r"[^\W\d_]{2,}(?:–[^\W\d_]{2,})+")


def label_pieces(word: str) -> list[str]:
    """The pieces of a row label's word that a line keeps whole: names joined by an en
    dash (``NAMES_JOINED``) break after it ("Schmidt–", "Cassegrain"); any other word is
    one piece."""
    if not NAMES_JOINED.fullmatch(word):
        return [word]
    return re.findall(r"[^–]+–?", word)


def labels_whole(cell_html: str) -> str:
    """A crowded table's row label with each word it could break inside ("HTTP/1.1"
    over two lines as "HTTP/" and "1.1") kept on one line: the label column is sized to
    hold its words whole (page.Renderer.whole_words), but a table sized its columns by
    where their words may break, and gave its room to the others."""

    def kept(match: re.Match) -> str:
        word = match.group(0)
        if len(re.sub(r"&#?\w+;", "x", word)) > LABEL_WORD_MAX or NAMES_JOINED.fullmatch(word):
            return word
        return f'<span class="unit">{word}</span>'

    parts = TAG.split(cell_html)
    for at in range(0, len(parts), 2):
        parts[at] = LABEL_WORD_BREAKING.sub(kept, parts[at])
    return "".join(parts)


def _turned_if_it_fits(r, card, crowded: bool, whole: int | None):
    """On paper, a table too wide for a column to keep even its short words whole
    (three birds compared on six counts: "Weig/ht") set with its rows as columns, when
    that keeps its words whole: the same cells, each under its row's label and beside
    its column's heading. Else the table as written."""
    turned = dataclasses.replace(
        card,
        columns=tuple(row.label for row in card.rows),
        rows=tuple(
            Row(heading, tuple(row.cells[index] for row in card.rows), card.loc)
            for index, heading in enumerate(card.columns)
        ),
    )
    if not r.crowded(turned):
        return turned, False, None
    turned_whole = r.whole_words(turned)
    if turned_whole is not None:
        return turned, True, turned_whole
    if r.short_words_whole(card) is None and r.short_words_whole(turned) is not None:
        # too crowded to keep even "yes" or "5 V" whole as written ("3.3 V" printed as
        # "3", ".", "3", "V", a letter a line), but not with its rows as columns
        return turned, True, None
    return card, crowded, whole


def cloze(r, card) -> str:
    return f"<p>{r.cloze(card.text)}</p>\n"


def snippet(r, card) -> str:
    return f"<h3>{r.md(card.title)}</h3>\n{r.code(card.code, card.lang)}\n"


# A list of plain items each this short ("f/2.8", "Backups") runs on as one line,
# "f/1.4 · f/2 · f/2.8": one a line, nine stops took nine lines of a column.
RUN_IN_ITEM = 14  # characters


def runs_in(card) -> bool:
    """Whether a list's items are all plain text, short, and so set one after another."""
    return card.kind == "list" and all(
        item.term is None and len(item.text) <= RUN_IN_ITEM and "\n" not in item.text
        for item in card.items
    )


def list_card(r, card) -> str:
    """A list: ``<ol>`` when its items are in order (``ordered: true``), else ``<ul>``."""
    shape = ' class="run-in"' if runs_in(card) else ""
    tag = "ol" if card.ordered else "ul"
    out = [f"<h3>{r.md(card.title)}</h3>\n<{tag}{shape}>\n"]
    for item in card.items:
        term = f'<b>{r.md(item.term)}</b> <span class="sep">—</span> ' if item.term else ""
        out.append(f"<li>{term}{r.md(item.text)}</li>\n")
    out.append(f"</{tag}>\n")
    return "".join(out)


KINDS: dict[str, Callable[..., str]] = {
    "concept": concept,
    "qa": qa,
    "command": command,
    "table": table,
    "cloze": cloze,
    "snippet": snippet,
    "list": list_card,
}
