"""Diagnostics: one problem at one place, the codes we know, and how they are printed
(what a card holds escaped: no control, zero-width or bidi character reaches a terminal).

``Report`` owns the exit status of ``check`` and ``build`` (0 clean, 1 errors — or
warnings with ``--strict``); usage errors (2) are the command line's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .field_limit import FIELD_LIMIT

ERROR = "error"
WARNING = "warning"

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

#: Every diagnostic code, its severity and when it fires (SPEC section 3 + lock codes).
CODES: dict[str, tuple[str, str]] = {
    "yaml-syntax": (ERROR, "the file is not valid YAML (a tab in indentation included)"),
    "encoding": (ERROR, "the file is not UTF-8"),
    "unsafe-yaml": (ERROR, "a YAML tag that builds objects, or aliases that expand too far"),
    "yaml-comment": (WARNING, "a plain value followed by ' #': YAML drops the rest as a comment"),
    "quoted-item": (
        WARNING,
        "a list item quoted whole as 'term: explanation' among terms, or parted by a "
        "full-width '：': one plain item",
    ),
    "yaml-anchor": (WARNING, "a value starting with '&word ': YAML drops the word as an anchor"),
    "outside-corpus": (
        ERROR,
        "a topic file or folder linked from outside the corpus, a link read twice or to "
        "nothing, or not a file",
    ),
    "control-char": (ERROR, "a text holds a control character (ESC, BEL, NUL...)"),
    "invisible-char": (WARNING, "a text holds a zero-width or bidi-control character"),
    "duplicate-key": (ERROR, "a mapping repeats a key"),
    "unknown-field": (ERROR, "a key the kind does not have"),
    "missing-field": (ERROR, "a required key is absent"),
    "wrong-type": (ERROR, "a value of the wrong type"),
    "unknown-kind": (ERROR, "kind names no kind"),
    "bad-id": (ERROR, "an id that breaks the id pattern"),
    "duplicate-id": (ERROR, "two cards share an id"),
    "deck-case": (ERROR, "two topics' decks differ only in case or in look-alike letters"),
    "empty-field": (ERROR, "a required text is empty or blank"),
    "table-shape": (ERROR, "a row has more or fewer cells than there are columns"),
    "empty-cell": (ERROR, "a table cell is empty"),
    "no-cards": (ERROR, "a topic file has no cards"),
    "unknown-lang": (ERROR, "a code block's lang names no language Pygments highlights"),
    "unknown-allow": (ERROR, "allow: names an id no card has"),
    "bad-cloze": (ERROR, "a cloze card with no deletion or a malformed one"),
    "placeholder": (ERROR, "TODO, TBD, FIXME, XXX, ??? or lorem ipsum left in a text"),
    "missing-unit": (ERROR, "a numeric limit without a unit"),
    "unit-twice": (WARNING, "a limit's value ends with its unit, and 'unit' repeats it"),
    "missing-media": (ERROR, "an image that does not exist or lies outside the corpus"),
    "bad-image": (ERROR, "an image that is not one by its bytes, is damaged, unsafe or too big"),
    "large-image": (WARNING, "an image over max_image_mb (2 MB): every output carries it whole"),
    "secret": (ERROR, "text that looks like a live credential"),
    "duplicate-fact": (ERROR, "two cards state the same fact"),
    "conflicting-fact": (ERROR, "two cards ask the same thing and answer differently"),
    "similar-fact": (WARNING, "two cards state nearly the same fact in other words"),
    "bad-math": (
        WARNING,
        "math the sheets cannot typeset (unbalanced braces, unknown command, no \\), "
        "LaTeX outside \\( \\), a cloze deletion after ^ or _ without braces)",
    ),
    "long-answer": (WARNING, "an answer longer than the configured word limit"),
    "long-field": (
        WARNING,
        f"a field over {FIELD_LIMIT:,} characters: the PDF prints and the fact checks "
        "compare only its start",
    ),
    "bold-name": (WARNING, "a __name__ outside backticks, shown in bold without underscores"),
    "lost-backslash": (WARNING, "a \\. or \\| outside backticks, shown without its backslash"),
    "joined-code": (WARNING, "code in backticks over lines in a text: shown as one line"),
    "glued-link": (WARNING, "a [text](x) glued to a word outside backticks: shown as a link"),
    "glued-stars": (WARNING, "a*b*c outside backticks: shown in italics without its stars"),
    "raw-html": (WARNING, "an HTML tag (<b>, <br>, <sup>) outside backticks, shown as written"),
    "unfinished-command": (
        WARNING,
        "a shell command whose last line ends in '\\', '|', '||' or '&&': a shell waits for more",
    ),
    "placeholder-notation": (
        WARNING,
        "a shell command's placeholder in braces, {name}: every output reads only <name> so",
    ),
    "stale": (WARNING, "a card whose as_of date is older than the configured age"),
    "future-date": (WARNING, "a card's as_of, the day it was checked, is a day to come"),
    "bad-lock": (ERROR, "cheatdeck.lock is not as cheatdeck writes it (not JSON, a bad entry)"),
    "removed-card": (ERROR, "a card in cheatdeck.lock is gone without being retired"),
    "reused-id": (ERROR, "a retired id is used by a card again"),
    "unknown-retired": (WARNING, "retired: names an id that no build had (not in the lock)"),
    "duplicate-guid": (ERROR, "two cards give the same guid, or a table or list gives one"),
    "swapped-ids": (
        WARNING,
        "two built cards swapped their ids: Anki would show each one's reviews on the other",
    ),
    "bad-rename": (ERROR, "renamed_from names a card that is still there or was never built"),
}


@dataclass(frozen=True, slots=True)
class Related:
    """The other place of a pair."""

    file: str
    line: int


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem: where, how bad, which rule, what to do."""

    file: str
    line: int
    col: int
    severity: str
    code: str
    message: str
    related: Related | None = None

    def sort_key(self) -> tuple:
        return (self.file, self.line, self.col, self.code, self.message)

    def to_text(self) -> str:
        file, message = visible(self.file), visible(self.message)
        return f"{file}:{self.line}:{self.col}: {self.severity} {self.code}: {message}"

    def to_json(self) -> dict:
        related = None
        if self.related is not None:
            related = {"file": self.related.file, "line": self.related.line}
        return {
            "file": self.file,
            "line": self.line,
            "column": self.col,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "related": related,
        }

    def to_github(self) -> str:
        kind = "error" if self.severity == ERROR else "warning"
        message = _github_escape(visible(self.message))
        file = _github_escape(visible(self.file), prop=True)
        return f"::{kind} file={file},line={self.line},col={self.col},title={self.code}::{message}"


#: Characters a diagnostic never prints as they are: control characters (a newline
#: would start a forged line, ESC a terminal sequence), zero-width and bidi controls.
INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def visible(text: str) -> str:
    """``text`` with every control, zero-width and bidi character written as an escape
    (``\\n``, ``\\x1b``, ``\\u202e``): what a card holds cannot act on a terminal or a CI log."""
    return INVISIBLE.sub(_escape, text)


def _escape(match: re.Match) -> str:
    char = match.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if char in named:
        return named[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _github_escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def make(loc, code: str, message: str, related=None) -> Diagnostic:
    """A diagnostic of ``code`` at ``loc`` (anything with file, line and col)."""
    severity = CODES[code][0]
    rel = None
    if related is not None:
        rel = Related(related.file, related.line)
    return Diagnostic(loc.file, loc.line, loc.col, severity, code, message, rel)


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


@dataclass
class Report:
    """All diagnostics of one run; decides the exit status."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    cards: int = 0
    unchecked: int = 0  # card entries with errors, which the fact checks did not see
    unread: int = 0  # topic files that could not be read (a syntax error): their cards unknown

    def extend(self, items: Iterable[Diagnostic]) -> None:
        self.diagnostics.extend(items)

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity == WARNING)

    def failed(self, strict: bool = False) -> bool:
        return self.errors > 0 or (strict and self.warnings > 0)

    def exit_code(self, strict: bool = False) -> int:
        return EXIT_PROBLEMS if self.failed(strict) else EXIT_OK

    def sorted(self) -> list[Diagnostic]:
        return sorted(set(self.diagnostics), key=Diagnostic.sort_key)

    def summary(self) -> str:
        line = (
            f"{plural(self.errors, 'error')}, {plural(self.warnings, 'warning')} "
            f"in {plural(self.cards, 'card')}"
        )
        if not self.errors:
            return line
        missed = []
        if self.unchecked:
            missed.append(f"{plural(self.unchecked, 'card')} not checked for facts")
        if self.unread:
            missed.append(f"{plural(self.unread, 'file')} not read")
        if missed:
            line += f"; {' and '.join(missed)}: fix the errors above"
        return line

    def render(self, fmt: str = "text") -> str:
        """The whole report in ``fmt`` (text, json or github), ending with a newline."""
        items = self.sorted()
        if fmt == "json":
            return json.dumps([d.to_json() for d in items], ensure_ascii=False, indent=1) + "\n"
        lines = [d.to_github() if fmt == "github" else d.to_text() for d in items]
        lines.append(self.summary())
        return "\n".join(lines) + "\n"
