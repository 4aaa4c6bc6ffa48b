"""Imported notes -> cards of the closest kind, and a report of what did not carry over.

The rules (docs/import.md says the same):
* a cloze note type -> ``cloze``: the first field is the text; the other fields that
  hold something go to ``note``;
* any other note type -> ``qa``: the fields named Question and Answer (or Front and
  Back) when it has both, else the first field is the question, the second the answer,
  ``reverse: true`` when Anki made the note's second card (Basic and reversed); a third
  field and more go to ``note``, each as ``Name: value`` (and are reported);
* a note whose question or answer is empty after conversion cannot be a card: it is
  left out and reported, never dropped silently;
* the note's GUID becomes ``guid:``, its tags ``tags:``; each image stays where it is
  in its field, as ``![](images/x.png)`` (the file copied into ``images/``); sounds and
  formatting that inline Markdown cannot hold are reported.

HTML becomes Markdown with markdownify. The conversion counts as lossless when the HTML
uses only what inline Markdown has (bold, italic, code, strike, links, line breaks) and
the Markdown shows the same text as the HTML; anything else is reported.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import PurePath
from urllib.parse import unquote

from .. import cloze
from ..media import INLINE_IMAGE
from ..model import ID_PATTERN, KINDS, unaccented
from ..text import MATH
from .notes import ImportedNote

KEPT_TAGS = frozenset(
    {"b", "strong", "i", "em", "code", "s", "del", "strike", "a", "br", "div", "p", "span"}
)
#: Tags that start a line where Anki shows the field: ``<div>a</div><div>b</div>`` reads
#: "a", then "b", as the Markdown's two lines do, never "ab".
_BLOCK_TAGS = frozenset({"div", "p"})
_SOUND = re.compile(r"\[sound:([^\]]+)\]")
_SPACE = re.compile(r"\s+")
#: Anki's LaTeX, which it makes into images: a cheatdeck card shows it as text. (MathJax,
#: ``\(…\)`` and ``\[…\]``, reaches Anki as written, and Anki typesets it as before.)
_LATEX = re.compile(r"\[\$\$?\]|\[latex\]", re.IGNORECASE)
#: Anki's LaTeX math, ``[$]…[/$]`` (inline) and ``[$$]…[/$$]`` (display): the same math
#: as MathJax's ``\(…\)`` and ``\[…\]``, which Anki typesets in the card it shows.
#: (``[latex]…[/latex]`` is a LaTeX document's body, which MathJax cannot typeset.)
_LATEX_MATH = re.compile(r"\[\$\](.+?)\[/\$\]|\[\$\$\](.+?)\[/\$\$\]", re.IGNORECASE | re.S)


def _latex_as_mathjax(math: re.Match) -> str:
    return rf"\({math[1]}\)" if math[1] is not None else rf"\[{math[2]}\]"


#: Anki's editor writes km² as ``km<sup>2</sup>``. Markdown has no sub- or superscript,
#: and the digits alone would read as another fact (km2); digits and signs (and a
#: superscript n) have Unicode forms, which every output shows as the editor did.
_SCRIPT = re.compile(r"<(sub|sup)>([^<]*)</\1>", re.IGNORECASE)
_SCRIPT_FORMS = {
    "sub": dict(zip("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎", strict=True)),
    "sup": dict(zip("0123456789+-−=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿ", strict=True)),
}


def _script_as_unicode(tag: re.Match) -> str:
    """A ``<sub>``/``<sup>`` holding only characters with a Unicode sub- or superscript
    form as those characters; any other is left as it is (and reported)."""
    forms = _SCRIPT_FORMS[tag[1].lower()]
    text = html.unescape(tag[2])
    if not text or any(char not in forms for char in text):
        return tag.group()
    return "".join(forms[char] for char in text)


#: A ``<ruby>`` reading (``<ruby>学校<rt>がっこう</rt></ruby>``, as Anki's editor keeps one
#: pasted from a web page): Markdown has none, and its text alone glues the reading to the
#: word (学校がっこう). Written ``学校[がっこう]``, the form Anki's furigana filter reads and
#: the one imported furigana fields keep. ``<rp>`` holds the fallback brackets.
_RUBY = re.compile(r"<ruby\b[^>]*>(.*?)</ruby>", re.IGNORECASE | re.S)
_RUBY_TEXT = re.compile(r"<rt\b[^>]*>(.*?)</rt>", re.IGNORECASE | re.S)
_RUBY_FALLBACK = re.compile(r"<rp\b[^>]*>.*?</rp>|</?rb\b[^>]*>", re.IGNORECASE | re.S)


def _ruby_as_brackets(ruby: re.Match) -> str:
    """A ``<ruby>`` element as its words, each reading in brackets after its word."""
    inner = _RUBY_FALLBACK.sub("", ruby[1])
    return _RUBY_TEXT.sub(lambda reading: f"[{reading[1].strip()}]", inner)


#: A field that only says whether Anki makes the reverse card ("Basic (optional reversed
#: card)"): it becomes ``reverse``, not text.
REVERSE_SWITCHES = frozenset({"add reverse"})
#: The fields of cheatdeck's own note types (a deck it built, imported back) that are its
#: bookkeeping, not a card's text: the card's id, a cell's or item's key, the reverse switch.
OWN_FIELDS = frozenset({"CheatdeckId", "CheatdeckKey", "Reverse"})


@dataclass
class Converted:
    """One field as Markdown, with the images it held and what did not carry over."""

    text: str
    images: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[str] = []
        self.other: set[str] = set()
        self.styled: set[str] = set()
        self.text: list[str] = []
        self.alt = ""  # the last image's alt text

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in _BLOCK_TAGS:
            self.text.append(" ")
        if tag == "img":
            if attrs.get("src"):
                # Anki's editor writes the file "umami (1).jpg" as src="umami%20(1).jpg",
                # and Anki shows the file the decoded address names
                self.images.append(unquote(attrs["src"]))
                self.alt = attrs.get("alt") or ""
            return
        if tag not in KEPT_TAGS:
            self.other.add(tag)
        elif any(k in ("style", "class") for k in attrs) or (tag == "span" and attrs):
            self.styled.add(tag)

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self.text.append(" ")

    def handle_data(self, data):
        self.text.append(data)


def visible(text_html: str) -> str:
    text_html = text_html.replace("&nbsp;", " ").replace("\xa0", " ")
    scan = _Scan()
    scan.feed(text_html.replace("<br>", " ").replace("<br/>", " ").replace("<br />", " "))
    return _SPACE.sub(" ", "".join(scan.text)).strip()


_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)


def _image_markdown(tag: str, images: dict[str, str]) -> str:
    """An ``<img>`` tag as the Markdown image of its file's copy in the corpus
    (``![alt](images/x.png)``, a path with a space or bracket in angle brackets). A media file that
    was not copied keeps its place as ``images/<name>``, which check reports missing
    until the user copies it there (the caller says so); an address or a path, which is
    no media file, gives "" (the caller reports it)."""
    scan = _Scan()
    scan.feed(tag)
    src = scan.images[0] if scan.images else ""
    path = images.get(src) or (f"images/{src}" if media_name(src) else None)
    if path is None:
        return ""
    alt = re.sub(r"[\[\]\n]", " ", scan.alt).strip()
    # a space or a bracket ends a bare Markdown image path: "femur(1).png" in angle brackets
    return f"![{alt}](<{path}>)" if re.search(r"[\s()]", path) else f"![{alt}]({path})"


_TABLE = re.compile(r"<table\b[^>]*>(.*?)</table>", re.IGNORECASE | re.S)
_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.IGNORECASE | re.S)
_CELL = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]>", re.IGNORECASE | re.S)


def _table_as_lines(table: re.Match) -> str:
    """An HTML table as one line per row, its cells joined by " | " (markdownify's pipe
    table, which no cheatdeck text renders, showed an empty header row and '| --- |'
    rules in Anki)."""
    rows = [
        " | ".join(cell.strip() for cell in _CELL.findall(row)) for row in _ROW.findall(table[1])
    ]
    return "<br>" + "<br>".join(row for row in rows if row.strip(" |")) + "<br>"


def media_name(src: str) -> bool:
    """Whether an ``<img src>`` names a file of Anki's media folder (not an address or
    a path), which ``import`` copies into ``images/`` under the same name."""
    return bool(src) and "/" not in src and "\\" not in src and src not in (".", "..")


_PRE = re.compile(r"<pre\b", re.IGNORECASE)


def _raw_newlines_as_spaces(value: str) -> str:
    """A field's HTML with each newline typed into it (not ``<br>``) as a space: Anki
    shows "書く\nline two" on one line, as HTML does, so the card keeps showing it so
    (markdownify kept the newline, and the card then broke the line). A field with
    ``<pre>``, whose newlines are lines, is left as it is."""
    if _PRE.search(value):
        return value
    return re.sub(r"[ \t]*\r?\n[ \t]*", " ", value)


def convert(value: str, images: dict[str, str] | None = None) -> Converted:
    """One field's HTML -> inline Markdown (newlines for line breaks). ``images`` maps a
    media file name to its copy in the corpus: each image it holds stays where it is,
    as a Markdown image; any other image is left out of the text."""
    from markdownify import markdownify

    from ..text import inline_html

    value = _SCRIPT.sub(_script_as_unicode, _raw_newlines_as_spaces(value))
    lost = []
    if _RUBY.search(value):
        value = _RUBY.sub(_ruby_as_brackets, value)
        lost.append(
            "a <ruby> reading written in brackets after its word, as 漢字[かんじ]: Anki"
            " showed it above the word"
        )
    scan = _Scan()
    scan.feed(value)
    if scan.other:
        lost.append("formatting Markdown cannot hold: <" + ">, <".join(sorted(scan.other)) + ">")
    if scan.styled:
        lost.append("styles (colour, font) on <" + ">, <".join(sorted(scan.styled)) + ">")
    if _LATEX_MATH.search(value):
        value = _LATEX_MATH.sub(_latex_as_mathjax, value)
        lost.append(
            r"LaTeX [$]…[/$] turned into MathJax \(…\) ([$$]…[/$$] into \[…\]), which Anki"
            " typesets instead of making an image: check that it reads as before"
        )
    latex = sorted({found.lower() for found in _LATEX.findall(value)}, key=len)
    if latex:  # [latex], or a [$] without its [/$]
        kinds = ", ".join(f"{opening}…[/{opening[1:]}" for opening in latex)
        lost.append(f"LaTeX ({kinds}) kept as plain text")
    sounds = _SOUND.findall(value)
    if sounds:
        lost.append("sounds not carried over: " + ", ".join(sounds))
        value = _SOUND.sub("", value)
    #: a plain word standing for each image and formula while markdownify converts
    shown: dict[str, str] = {}

    def stand_in(tag: re.Match) -> str:
        markdown = _image_markdown(tag.group(), images) if images is not None else ""
        if not markdown:
            return ""
        word = f"cheatdeckimage{len(shown)}x"
        shown[word] = markdown
        return word

    def math_as_written(span: re.Match) -> str:
        if re.search(r"<[a-zA-Z/]", span.group()):  # HTML inside: converted as text
            return span.group()
        word = f"cheatdeckmath{len(shown)}x"
        shown[word] = html.unescape(span.group()).replace("\xa0", " ")
        return word

    no_images = _TABLE.sub(_table_as_lines, MATH.sub(math_as_written, _IMG.sub(stand_in, value)))
    text = markdownify(
        no_images,
        heading_style="ATX",
        bullets="-",
        strong_em_symbol="*",
        escape_underscores=True,
        escape_asterisks=True,
    )
    text = text.replace("\xa0", " ")  # Anki's editor leaves &nbsp; where a space was typed
    text = "\n".join(line.strip() for line in text.strip().splitlines())
    text = re.sub(r"\n{2,}", "\n", text)
    if visible(inline_html(text)) != visible(no_images):
        lost.append("the text reads differently as Markdown; check it")
    for word, markdown in shown.items():
        text = text.replace(word, markdown)
    return Converted(text, scan.images, lost)


def slug(text: str, fallback: str) -> str:
    words = re.findall(r"[a-z0-9]+", unaccented(text.casefold()))
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > 40:
            break
        out = f"{out}-{word}" if out else word
    return out or fallback


def own_note(note: ImportedNote) -> bool:
    """Whether the note is of one of cheatdeck's own note types ("cheatdeck Concept")."""
    nt = note.notetype
    return nt.name.startswith("cheatdeck ") and "CheatdeckId" in nt.fields


def own_id(note: ImportedNote) -> str:
    """The card id a note of cheatdeck's own note types carries, or "" (another note
    type, or no valid id)."""
    if not own_note(note):
        return ""
    value = dict(zip(note.notetype.fields, note.values, strict=False)).get("CheatdeckId", "")
    value = html.unescape(value).strip()
    return value if ID_PATTERN.match(value) else ""


#: A code field of cheatdeck's own note types: its language and its highlighted code.
_OWN_CODE = re.compile(
    r'\s*<pre class="code" data-lang="([^"<>]*)"><code>(.*)</code></pre>\s*', re.S
)
#: cheatdeck's own note types whose fields are a kind's, not question and answer: the
#: kind, and the card field each note field fills ("code": a ``_OWN_CODE`` field).
_OWN_KINDS = {
    ("Task", "Command", "Output"): ("command", ("task", "command", "output")),
    ("Title", "Code"): ("snippet", ("title", "code")),
}


def own_code(value: str) -> tuple[str, str] | None:
    """(language, code as written) of a code field a cheatdeck build wrote, or None."""
    found = _OWN_CODE.fullmatch(value)
    if found is None:
        return None
    return html.unescape(found.group(1)), html.unescape(re.sub(r"<[^>]*>", "", found.group(2)))


def _own_kind_card(
    note: ImportedNote, fields: list[Converted]
) -> tuple[dict, int, list[str]] | None:
    """A command or snippet note a cheatdeck build wrote, as that kind's card: (the card,
    how many fields it took, the names of its code fields); None for another note."""
    for shape, (kind, keys) in _OWN_KINDS.items():
        if tuple(note.notetype.fields[: len(shape)]) != shape:
            continue
        card: dict = {"kind": kind, keys[0]: fields[0].text}
        values = dict(zip(note.notetype.fields, note.values, strict=False))
        for name, key in zip(shape[1:], keys[1:], strict=True):
            written = values.get(name, "")
            code = own_code(written)
            if code is None and written.strip():
                return None  # not as cheatdeck writes it: question and answer
            if code is not None and code[1].strip():
                card[key] = code[1].strip("\n")
                if key in ("command", "code") and code[0] != KINDS[kind].field("lang").default:
                    card["lang"] = code[0]
        if not card[keys[0]] or not card.get(keys[1]):
            return None
        return card, len(shape), list(shape[1:])
    return None


#: A reading Anki's furigana filter shows above the word: ``漢字[かんじ]``.
_READING = re.compile(r"\S\[[^\]\[]+\]")


def _cloze_left_out(field_html: str, text: str) -> str | None:
    """Why a cloze note (its first field as HTML, and as Markdown) cannot be a cheatdeck
    cloze card, or None: the corpus ``import`` writes must pass ``check``."""
    if cloze.IMAGE_OCCLUSION.search(field_html):
        return "an Image Occlusion note (cheatdeck has no card that hides parts of an image)"
    if not cloze.DELETION.search(text):
        return "a cloze note without a {{c1::...}} deletion"
    if cloze.NESTED.search(text):
        return "nested cloze deletions ({{c1::…{{c2::…}}…}}), which a cheatdeck cloze cannot hold"
    if (problem := cloze.problem(text)) is not None:
        return f"its cloze text is not one a cheatdeck card can hold ({problem})"
    return None


#: Names of a field that is what a card's ``note`` is: the stock Cloze's and Image
#: Occlusion's "Back Extra", and the "Note" of the decks cheatdeck builds. Such a field
#: becomes the note as written; any other field beyond the card's becomes a
#: "Name: value" line of it.
NOTE_NAMES = frozenset({"note", "notes", "back extra", "extra"})

#: Pairs of field names that say which field is the question and which the answer.
QUESTION_ANSWER_NAMES = (("question", "answer"), ("front", "back"))


def _question_and_answer(names: list[str]) -> tuple[int, int]:
    """The positions of the question and answer fields: the first pair of fields named
    so ("Question" and "Answer", else "Front" and "Back") that a note type has both of,
    else the first two."""
    folded = [name.casefold() for name in names]
    for asked, told in QUESTION_ANSWER_NAMES:
        if asked in folded and told in folded:
            return folded.index(asked), folded.index(told)
    return 0, 1


def _asked_as_shown(nt, names: list[str]) -> tuple[list[int], int] | None:
    """For a note type of one card whose fields are not named as question and answer:
    the fields its front shows (the question) and the first field only its back shows
    (the answer), as the user studied them; None when the templates do not say, or say
    what the first two fields would (field 1 on the front, field 2 the first on the back)."""
    if nt.templates != 1 or nt.cloze or not nt.front or not nt.back:
        return None
    folded = [name.casefold() for name in names]
    if any(a in folded and t in folded for a, t in QUESTION_ANSWER_NAMES):
        return None
    asked = [names.index(name) for name in nt.front if name in names]
    told = names.index(nt.back[0]) if nt.back[0] in names else None
    if not asked or told is None or (asked, told) == ([0], 1):
        return None
    return asked, told


def _field_said(names: list[str], index: int) -> str:
    return {0: "first field", 1: "second field"}.get(index, f"field {names[index]}")


#: The row_header a table cell's Table field holds after the title (writers.anki.fields).
_ROW_HEADER = re.compile(r'<span class="cd-row-header">.*?</span>\Z', re.S)


def note_to_card(note: ImportedNote, images: dict[str, str]) -> tuple[dict | None, list[str]]:
    """(the card, or None when it cannot be one; report lines). ``images`` maps a media
    file name to its path in the corpus (filled by the caller as it copies them)."""
    nt = note.notetype
    values = note.values
    if own_note(note):  # a table's row_header, which the Table field holds for the card's
        values = [_ROW_HEADER.sub("", value) for value in values]  # top-left cell only
    fields = [convert(v, images) for v in values]
    names = list(nt.fields) + [f"Field {n}" for n in range(len(nt.fields) + 1, len(fields) + 1)]
    report = []
    for name, conv in zip(names, fields, strict=False):
        report += [f"field {name}: {line}" for line in conv.lost]
    all_images = [src for conv in fields for src in conv.images]
    if ruby := [
        name
        for name, value in zip(nt.fields, note.values, strict=False)
        if name in nt.ruby and _READING.search(value)
    ]:
        report.append(
            f"note type '{nt.name}' shows {', '.join(ruby)} with furigana; a cheatdeck "
            "card shows the reading in brackets, as written: 漢字[かんじ]"
        )
    card: dict = {}
    own = own_note(note)
    if own:  # its bookkeeping fields are no text of the card
        kept = [n not in OWN_FIELDS for n in names]
        names = [n for n, keep in zip(names, kept, strict=False) if keep]
        fields = [f for f, keep in zip(fields, kept, strict=False) if keep]
    if nt.cloze:
        text = fields[0].text if fields else ""
        rest = list(zip(names[1:], fields[1:], strict=False))
        if (why := _cloze_left_out(note.values[0] if note.values else "", text)) is not None:
            return None, [*report, f"left out: {why}; the note stays in Anki as it is"]
        card = {"kind": "cloze", "text": text}
    elif own and (made := _own_kind_card(note, fields)) is not None:
        card, taken, code_fields = made
        report = [
            line
            for line in report
            if not line.startswith(tuple(f"field {n}:" for n in code_fields))
        ]
        rest = list(zip(names[taken:], fields[taken:], strict=False))
    else:
        shown = None if own else _asked_as_shown(nt, names)
        if shown is not None:
            asking, told = shown
        else:
            asked, told = _question_and_answer(names) if not own else (0, 1)
            asking = [asked]
        question = "\n".join(fields[i].text for i in asking if i < len(fields) and fields[i].text)
        answer = fields[told].text if len(fields) > told else ""
        if not question or not answer:
            which = (
                "question ("
                + (", ".join(names[i] for i in asking) if shown else _field_said(names, asking[0]))
                + ")"
                if not question
                else f"answer ({_field_said(names, told)})"
            )
            return None, [*report, f"left out: its {which} is empty"]
        card = {"kind": "qa", "question": question, "answer": answer}
        if own and nt.fields[:2] == ("Term", "Definition"):
            card = {"kind": "concept", "term": question, "definition": answer}
        if note.reversed_card:
            card["reverse"] = True
        rest = [
            (name, conv)
            for index, (name, conv) in enumerate(zip(names, fields, strict=False))
            if index not in (*asking, told) and name.casefold() not in REVERSE_SWITCHES
        ]
        if nt.typed:
            report.append(
                f"note type '{nt.name}' has the answer typed in; a cheatdeck card shows "
                "it to recall"
            )
        if shown or nt.templates > 2 or len(nt.fields) > 2 and any(conv.text for _, conv in rest):
            report.append(
                f"note type '{nt.name}' mapped as question/answer "
                + (
                    f"(fields {', '.join(names[i] for i in asking)} as the question and "
                    f"{names[told]} as the answer, as its card showed them)"
                    if shown
                    else "(fields 1 and 2)"
                    if (asking, told) == ([0], 1)
                    else f"(fields {names[asking[0]]} and {names[told]})"
                )
            )
    as_written = [conv.text for name, conv in rest if conv.text and name.casefold() in NOTE_NAMES]
    named = [(name, conv) for name, conv in rest if conv.text and name.casefold() not in NOTE_NAMES]
    extras = as_written + [f"{name}: {conv.text}" for name, conv in named]
    if extras:
        card["note"] = "\n".join(extras)
    if named and not nt.cloze:
        unnamed = any(re.fullmatch(r"Field \d+", name) for name, _ in named)
        report.append(
            "fields beyond question and answer kept in note: "
            + ", ".join(n for n, _ in named)
            + (" (adopt writes the names the collection gives them)" if unnamed else "")
        )
    for missing in dict.fromkeys(src for src in all_images if src not in images):
        if media_name(missing):
            report.append(
                f"image {missing} is not in {PurePath(note.source).name or 'the source'}: "
                "copy it into images/ from the "
                "Anki profile's collection.media folder (check reports it missing until then)"
            )
        else:
            report.append(f"image {missing} is no media file; left out of the text")
    card["guid"] = note.guid
    tags = [t for t in note.tags if t.strip()]
    if own:  # the build tags each card with its kind itself
        tags = [t for t in tags if not t.startswith("kind::")]
    if tags:
        card["tags"] = tags
    return card, report


def card_id_base(card: dict, deck: str) -> str:
    """The id a note's card is named by: from its question (or cloze text), followed by
    its answer's words when the question also holds words of another script, which an
    id cannot ("食べる means?" -> ``means-to-eat``, not ``means`` beside ``means-2``);
    when the question has no Latin letter or digit ("김치", "水"), from its answer
    ("kimchi"); else from its deck's last part ("food", then "food-2", ...)."""
    for name in ("question", "text", "answer", "definition"):
        words = _said(card, name)
        found = slug(words, "")
        if found and name == "question" and _other_script(words):
            found = slug(f"{words} {_said(card, 'answer')}", "")
        if found:
            return found
    return slug(deck.rsplit("::", 1)[-1], "note")


def _said(card: dict, name: str) -> str:
    """The words of one of the card's texts, its cloze deletions revealed, its images'
    file names left out."""
    return cloze.revealed(INLINE_IMAGE.sub(" ", html.unescape(card.get(name) or "")))


def _other_script(text: str) -> bool:
    """Whether ``text`` has a letter that an id cannot hold (kana, kanji, Cyrillic...)."""
    return any(
        char.isalpha() and not re.fullmatch(r"[a-z]+", unaccented(char.casefold())) for char in text
    )
