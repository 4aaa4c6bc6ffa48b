"""Reading values from YAML nodes (text, numbers, dates, lists, images) into diagnostics or data."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..diagnostics import Diagnostic, make, visible
from ..media import image_problem, large_image
from ..model import (
    Loc,
    Settings,
    as_latin,
    lookalike_note,
)
from .syntax import (
    _CONSTRUCTOR,
    BINARY_TAG,
    BOOL_TAG,
    FLOAT_TAG,
    INT_TAG,
    MERGE_TAG,
    NULL_TAG,
    TIMESTAMP_TAG,
    _loc,
    single_quoted_body,
)

# ---------------------------------------------------------------- values

#: A number as ``order`` and the settings take it: decimal digits, a sign, a point.
# Code fields that are blocks of lines: folded into one, they are other code. (A
# command folded over lines is one long command wrapped in the file.)
_BLOCK_CODE = frozenset({"code", "output"})
#: "&word " where a key starts: YAML's anchor, which drops the word from the key.
_ANCHOR_BEFORE_KEY = re.compile(r"&([^\s,\[\]{}]+)[ \t]+")
_DECIMAL = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)")
#: Control characters a card may not hold (tab, newline and carriage return may).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Zero-width and bidi-control characters: allowed, with a warning.
#: (ZWJ, ZWNJ and the marks LRM/RLM belong to emoji and scripts: not warned.)
_HIDDEN = re.compile("[\u200b\u202a-\u202e\u2066-\u2069\ufeff]")
#: The direction marks (LRM, RLM, ALM): at home in a text, never in a name Anki keeps as
#: written ('deck', 'tags'), where they make another deck or tag that looks the same.
_DIRECTION_MARK = re.compile("[\u061c\u200e\u200f]")
_NAMES_WITHOUT_MARKS = frozenset({"deck", "tags"})
#: A plain value that begins with direction marks before what would have opened a quoted
#: value or a block, had the marks not been typed (a right-to-left keyboard types one with
#: a key): '\u200f"قلم"' ends in its quote, '\u200f|' has its block's lines after it.
_MARK_BEFORE_QUOTE = re.compile("[\u061c\u200e\u200f]+[ \t]*(?:\"(?=.*\"$)|'(?=.*'$))", re.S)
_MARK_BEFORE_BLOCK = re.compile("[\u061c\u200e\u200f]+[ \t]*[|>][-+0-9]*(?=\\s|$)")
#: Any of them: one search rules most values out.
_CONTROL_OR_HIDDEN = re.compile(f"{_CONTROL.pattern}|{_HIDDEN.pattern}|{_DIRECTION_MARK.pattern}")
#: In a double-quoted value as written: a backslash (not itself escaped) with the letter
#: of a one-letter YAML escape and the letters after it (``\\theta``, ``\\frac``).
_ESCAPE_AND_WORD = re.compile(r"(?<!\\)(?:\\\\)*(?P<command>\\[abefnrtv][A-Za-z]*)")
#: In a double-quoted value as written: ``\/``, which YAML reads as ``/`` (a Vim or sed
#: pattern ``"\/usr\/bin"`` would lose every backslash).
_ESCAPED_SLASH = re.compile(r"(?<!\\)(?:\\\\)*(?P<command>\\/)")
#: In a double-quoted value as written: ``\n`` or ``\t`` alone between blanks, which
#: names itself ("What does \n mean?") rather than breaks a line or indents one.
_ESCAPE_NAMED = re.compile(r"(?<= )(?P<command>\\[nt])(?= )")
#: ... or inside a code span (``"`a\tb\t1`"``, what jq's ``@tsv`` prints): written to be
#: shown, where YAML reads a tab or a line break. A span is set apart by one backtick on
#: each side: the three of a fence (``"```nginx\nlocation …\n```"``) open lines of code,
#: which ``\n`` breaks as meant.
_CODE_SPAN = re.compile(r"(?<!`)`(?!`)[^`]+`(?!`)")
_ESCAPE_IN_CODE = re.compile(r"(?<!\\)(?:\\\\)*(?P<command>\\[nt])")
#: What each of those escapes is, as the error names it.
_ESCAPE_NAMES = {
    "a": "a bell",
    "b": "a backspace",
    "e": "an escape character",
    "f": "a form feed",
    "n": "a line break",
    "r": "a carriage return",
    "t": "a tab",
    "v": "a vertical tab",
}
#: LaTeX commands that start with one of those letters: written in double quotes, each
#: is an escape followed by a word, never what its writer meant.
LATEX_COMMANDS = frozenset(
    """
    aleph alpha amalg angle approx arccos arcsin arctan arg ast asymp
    backslash bar because beta beth bf big bigcap bigcup bigg biggl biggr bigl bigodot
    bigoplus bigotimes bigr bigsqcup bigstar bigtriangledown bigtriangleup biguplus
    bigvee bigwedge binom bmod boldsymbol bot bowtie boxed breve bullet
    ell emph emptyset end ensuremath epsilon eqcirc eqref equiv eta eth exists exp
    fbox flat forall frac frak frown
    nabla natural nearrow neg neq newline ne ni nleq ngeq nmid not notin nparallel nsim
    nsubseteq nu nwarrow
    rangle rbrace rbrack rceil rfloor rho right rightarrow rightharpoonup
    rightleftharpoons rm rtimes rvert
    tag tan tanh tau text textbf textit textrm textsf texttt textup tfrac therefore
    theta tilde times tiny to top triangle triangledown triangleleft triangleright
    vdash vdots vec vee veebar vert varepsilon varkappa varnothing varphi varpi varrho
    varsigma vartheta
    """.split()
)
#: A text shaped like a date: "2026-13-01" (month 13) is not one.
_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")


class _Invalid(Exception):
    """A value could not be read; the diagnostic is already recorded."""


@dataclass
class FileReader:
    """Reads the values of one file, recording diagnostics as it goes."""

    display: str
    corpus_root: Path
    diagnostics: list[Diagnostic] = field(default_factory=list)
    cards_seen: int = 0  # card entries read, valid or not (for the summary line)
    source: str = ""  # the file's text (for what the parser drops: comments)
    ids_seen: list[str] = field(default_factory=list)  # every card's id, valid card or not
    # the valid ids of cards that are not valid, and where each is written
    ids_unbuilt: list[tuple[str, Loc]] = field(default_factory=list)
    deck_seen: tuple[str, Loc] | None = None  # the topic's full deck and where it is written
    # image path as written -> ``image_problem``'s answer, shared by the files of one
    # load: cards show the same few images, each looked at once
    images: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    max_image_mb: float = Settings().max_image_mb  # the large-image warning's limit
    _lines: list[str] | None = None
    _has_ampersand: bool = False  # an '&' anywhere in the file: a value may lose an anchor
    _has_comment: bool = False  # a ' #' anywhere in the file: a value may lose a comment
    # where a value that is all comment (``term: #samples``) starts: (line, column)
    whole_comments: set[tuple[int, int]] = field(default_factory=set)
    # No backslash (so no escape) and no control or hidden character in the file's
    # text: no value can hold one (most files: their values are not searched one by one).
    _may_hold_control: bool = True

    def __post_init__(self) -> None:
        self._has_ampersand = "&" in self.source
        self._has_comment = " #" in self.source
        self._may_hold_control = (
            not self.source  # the text is not known
            or "\\" in self.source
            or _CONTROL_OR_HIDDEN.search(self.source) is not None
        )

    def lines(self) -> list[str]:
        """The file's lines."""
        if self._lines is None:
            self._lines = self.source.split("\n")
        return self._lines

    def line(self, number: int) -> str:
        """The file's line ``number`` (0-based), or ''."""
        lines = self.lines()
        return lines[number] if 0 <= number < len(lines) else ""

    def warn_comment(self, node: yaml.ScalarNode, name: str) -> None:
        """The comment trap: a plain value followed by ' #' on its line loses the rest."""
        if node.style or not self._has_comment:
            return
        end = node.end_mark
        rest = self.line(end.line)[end.column :]
        if not rest.startswith(" #"):
            return  # no comment, or one set off by two spaces or more: meant as one
        whole = (node.value + rest).strip()
        if not node.value.strip():
            self.whole_comments.add((node.start_mark.line, node.start_mark.column))
        self.report(
            node,
            "yaml-comment",
            f"'{name}' stops before ' #': YAML reads the rest of the line as a comment. "
            f"If the '#' is part of the text, quote the value: "
            f"{self._written_before(node, name)} {_quoted(whole)}; "
            "if it is a comment, put two spaces before it",
        )

    def _block_fix(self, node: yaml.Node, name: str) -> str:
        """For a block list or mapping on the lines under ``name:`` (a playbook pasted
        under ``code:`` without ``|``): ': … write 'code: |' …'; '' for one elsewhere
        (an item's own list, meant as one)."""
        if not self.source or node.start_mark.line == 0:
            return ""
        key_line = self.line(node.start_mark.line - 1)
        written = key_line.strip().removeprefix("- ").strip()
        if written != f"{name}:":
            return ""
        column = key_line.index(name)
        what = "list" if isinstance(node, yaml.SequenceNode) else "mapping"
        indent = (
            ""
            if node.start_mark.column > column
            else f" and indent the lines under it {column + 2} spaces"
        )
        return (
            f": YAML reads the lines under '{name}:' as a {what}; to keep them as text, "
            f"write '{name}: |'{indent}"
        )

    def _written_before(self, node: yaml.ScalarNode, name: str) -> str:
        """What comes before ``node`` on its line, for a fix to type: ``answer:``, ``-``
        (a list item), ``Foraging:`` (an item's term); ``name:`` inside [ ] or { }."""
        start = node.start_mark
        before = self.line(start.line)[: start.column].strip()
        if before == "-" or (before.endswith(":") and before[-2:-1] not in "[{,"):
            return before.removeprefix("- ") if before != "-" else before
        return f"{name}:"

    def warn_anchor(self, node: yaml.ScalarNode, name: str) -> None:
        """A value that starts with '&word ' loses that word to YAML (an anchor no alias
        uses): say to quote it."""
        start = node.start_mark
        line = self.line(start.line)
        match = re.match(r"&([^\s,\[\]{}]+)\s", line[start.column :])
        if match is None or f"*{match.group(1)}" in self.source:
            return
        whole = (match.group(0) + node.value).strip()
        self.report(
            node,
            "yaml-anchor",
            f"'{name}' reads '{node.value}': YAML takes '&{match.group(1)}' as an anchor. "
            "If it is part of the text, quote the value: "
            f"{self._written_before(node, name)} {_quoted(whole)}",
        )

    def anchored_key(self, key: yaml.Node) -> tuple[str, Loc] | None:
        """The '&word' YAML took as an anchor before a key (a list item's term or a
        row label: ``- &mut T: one mutable borrow`` reads the term ``T``) and where it
        is, or None."""
        if not self._has_ampersand or not isinstance(key, yaml.ScalarNode) or key.style:
            return None
        start = key.start_mark  # at the anchor, which belongs to the key's node
        match = _ANCHOR_BEFORE_KEY.match(self.line(start.line), start.column)
        if match is None or f"*{match.group(1)}" in self.source:
            return None
        return f"&{match.group(1)}", Loc(self.display, start.line + 1, start.column + 1)

    def check_characters(self, node: yaml.Node, name: str, value: str) -> None:
        """Control characters (written as escapes: YAML refuses them raw) are refused;
        zero-width and bidi-override characters, which hide or reorder text, warned."""
        if not self._may_hold_control:
            return
        if getattr(node, "style", None) == '"':
            self.refuse_latex_escape(node, name)
        if _CONTROL_OR_HIDDEN.search(value) is None:
            return
        control = _CONTROL.search(value)
        if control is not None:
            self.report(
                node,
                "control-char",
                f"'{name}' holds the control character {visible(control.group())}: "
                "remove the escape (only \\t and \\n may be written)",
            )
            raise _Invalid
        if not getattr(node, "style", None) and self.warn_mark_before_quote(node, name, value):
            return
        mark = _DIRECTION_MARK.search(value) if name in _NAMES_WITHOUT_MARKS else None
        if mark is not None:
            bare = " ".join(_CONTROL_OR_HIDDEN.sub("", value).split())
            self.report(
                node,
                "invisible-char",
                f"'{name}' holds the invisible character {visible(mark.group())} (a direction "
                "mark): Anki keeps it as part of the name, another one than it looks: write "
                + (bare if name == "tags" else f"{name}: {bare}"),
            )
            return
        hidden = _HIDDEN.search(value)
        if hidden is not None:
            self.report(
                node,
                "invisible-char",
                f"'{name}' holds the invisible character {visible(hidden.group())} "
                "(zero-width or bidi control): delete it unless it is meant",
            )

    def warn_mark_before_quote(self, node: yaml.Node, name: str, value: str) -> bool:
        """A plain value that starts with a direction mark before its opening quote or
        its block's '|' or '>': YAML read the quote, or the block's lines, as text (the
        answer showed "قلم" with its quotes). Warned, with the value to write; True when
        warned."""
        quote = _MARK_BEFORE_QUOTE.match(value)
        block = None if quote else _MARK_BEFORE_BLOCK.match(value)
        if quote is None and block is None:
            return False
        found = (quote or block).group().lstrip("\u061c\u200e\u200f \t")
        mark, sign = value[0], found[0]
        shown = f'"{sign}"' if sign == "'" else f"'{sign}'"
        if quote is not None:
            what, fix = "a quote", f"{name}: {value[quote.end() - 1 :]}"
        else:
            what, fix = "a block", f"write '{name}: {found}' and each line under it"
        self.report(
            node,
            "invisible-char",
            f"'{name}' starts with the invisible character {visible(mark)} (a direction "
            f"mark) before {shown}: YAML reads the {shown} as text, not as {what}: delete "
            f"the mark: {fix}",
        )
        return True

    def refuse_latex_escape(self, node: yaml.ScalarNode, name: str) -> None:
        """A LaTeX command in double quotes that YAML read as an escape and a word
        (``"\\theta"`` a tab and "heta", ``"\\frac"`` a form feed and "rac"), a ``\\/``
        that YAML read as ``/`` (``":%s/\\/usr/…"`` in Vim), or a ``\\n`` or ``\\t`` alone
        between blanks (``"What does \\n mean?"``, a line break there) or inside a code
        span (``"`a\\tb`"``): an error at its backslash, with the value in single quotes,
        where a backslash is one."""
        start, end = node.start_mark, node.end_mark
        written = self.source[start.index : end.index]
        found = [
            m for m in _ESCAPE_AND_WORD.finditer(written) if m["command"][1:] in LATEX_COMMANDS
        ]
        found += _ESCAPED_SLASH.finditer(written)
        found += _ESCAPE_NAMED.finditer(written)
        for span in _CODE_SPAN.finditer(written):
            found += _ESCAPE_IN_CODE.finditer(written, span.start(), span.end())
        for match in sorted(found, key=lambda m: m.start("command"))[:1]:
            command = match.group("command")
            before = written[: match.start("command")]
            line = start.line + before.count("\n")
            col = (
                len(before) - before.rfind("\n") - 1
                if "\n" in before
                else start.column + len(before)
            )
            plain = written[1:-1]
            opened = self.line(start.line)[: start.column].rstrip()
            key = "" if opened.endswith(("[", ",")) else f"{self._written_before(node, name)} "
            fix = (
                f"write the value in single quotes: {key}'{single_quoted_body(plain)}'"
                if not any(mark in plain for mark in ("'", "\n"))
                else "write the value in single quotes, or each backslash as \\\\"
            )
            lost = (
                f"in double quotes '\\/' is an escape for '/', so it loses its backslash: {fix}"
                if command == "\\/"
                else f"in double quotes '{command[:2]}' is an escape "
                f"({_ESCAPE_NAMES[command[1]]}), so '{command}' loses its backslash and "
                f"'{command[1]}': {fix}"
            )
            self.report(Loc(self.display, line + 1, col + 1), "yaml-syntax", lost)
            raise _Invalid

    def comment_for_value(self, node: yaml.Node, name: str) -> str | None:
        """For a field left empty because its whole value was read as a comment
        (``term: #samples``): that warning taken back, and the error's fix to say."""
        if (node.start_mark.line, node.start_mark.column) not in self.whole_comments:
            return None
        loc = self.loc(node)
        for problem in self.diagnostics:
            if problem.code == "yaml-comment" and (problem.line, problem.col) == (
                loc.line,
                loc.col,
            ):
                self.diagnostics.remove(problem)
                break
        rest = self.line(node.start_mark.line)[node.start_mark.column :].strip()
        return (
            f"YAML reads '{visible(rest)}' as a comment. If it is the text, quote it: "
            f"{self._written_before(node, name)} {_quoted(rest)}"
        )

    def loc(self, node: yaml.Node) -> Loc:
        return _loc(node, self.display)

    def loc_within(self, node: yaml.Node, value: str, index: int | None) -> Loc:
        """Where the character ``index`` of ``value`` (the text read from ``node``) is
        written in the file: found by the text from it to the end of its line (at most 24
        characters), when the file holds that text as often inside the node as the value
        does (a quoted value's escapes and the line breaks YAML folds move nothing else);
        else, or with no ``index``, where the value starts."""
        if index is None or not self.source or not isinstance(node, yaml.ScalarNode):
            return self.loc(node)
        needle = value[index : index + 24].split("\n", 1)[0]
        written = self.source[node.start_mark.index : node.end_mark.index]
        if not needle.strip():
            return self.loc(node)
        in_value = [m.start() for m in re.finditer(re.escape(needle), value)]
        in_file = [m.start() for m in re.finditer(re.escape(needle), written)]
        if len(in_value) != len(in_file) or index not in in_value:
            return self.loc(node)
        at = node.start_mark.index + in_file[in_value.index(index)]
        line_start = self.source.rfind("\n", 0, at) + 1
        return Loc(self.display, self.source.count("\n", 0, at) + 1, at - line_start + 1)

    def report(self, node_or_loc, code: str, message: str, related=None) -> None:
        loc = node_or_loc if isinstance(node_or_loc, Loc) else self.loc(node_or_loc)
        self.diagnostics.append(make(loc, code, message, related))

    def mapping(
        self, node: yaml.Node, what: str, fix: str = ""
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """Key -> (key node, value node); duplicate keys reported, merge keys applied.
        ``fix``: what to write instead, said when ``node`` is no mapping."""
        if not isinstance(node, yaml.MappingNode):
            fix = f": {fix}" if fix else ""
            self.report(node, "wrong-type", f"{what} must be a mapping of keys to values{fix}")
            raise _Invalid
        result: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        merged: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        run_together = False  # a card's '- ' left out: the next card's keys repeat this one's
        bad_key = False  # a key YAML read as a list or mapping, said once per key
        for key_node, value_node in node.value:
            if key_node.tag == MERGE_TAG:
                for source in _merge_sources(value_node):
                    if isinstance(source, yaml.MappingNode):
                        for k, v in source.value:
                            if isinstance(k, yaml.ScalarNode):
                                merged.setdefault(k.value, (k, v))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.report(key_node, "wrong-type", self._key_not_text(key_node))
                bad_key = True
                continue
            key = key_node.value
            if key in result and run_together:
                continue
            if key in result and key == "id" and what == "a card":
                run_together = True
                self.report(key_node, "duplicate-key", _card_run_together(key_node, value_node))
                continue
            if key in result:
                first = self.loc(result[key][0])
                both_lists = all(
                    isinstance(v, yaml.SequenceNode) for v in (result[key][1], value_node)
                )
                name = "key"
                if what == "'rows'":  # a row's cells merged would no longer fit the columns
                    name = "row label"
                    fix = "each row needs its own label: rename this row or remove this line"
                elif both_lists:
                    fix = f"move its items under the first '{key}:' and remove this line"
                else:
                    fix = "keep one of the two"
                self.report(
                    key_node,
                    "duplicate-key",
                    f"{name} '{key}' is repeated (first at {first.file}:{first.line}): {fix}",
                    first,
                )
                continue
            result[key] = (key_node, value_node)
        for key, pair in merged.items():
            result.setdefault(key, pair)
        if bad_key and not result:
            raise _Invalid  # not "'rows' is empty": its rows were said above
        return result

    def _key_not_text(self, key_node: yaml.Node) -> str:
        """A key YAML read as a list or mapping (a Go constraint ``[T any]:`` as a row
        label, ``{}:``): the line to type, the key quoted."""
        start, end = key_node.start_mark, key_node.end_mark
        written = self.source[start.index : end.index] if self.source else ""
        if not getattr(key_node, "flow_style", False) or not written or "\n" in written:
            return "a key must be plain text: write it without brackets or braces"
        shape = "list" if isinstance(key_node, yaml.SequenceNode) else "mapping"
        line = self.line(start.line)
        fixed = line[: start.column] + _quoted(written) + line[start.column + len(written) :]
        return (
            f"'{written}' is a YAML {shape}, and a key must be text: to write it as text, "
            f"quote it: {fixed.strip()}"
        )

    def scalar(self, node: yaml.Node, name: str) -> yaml.ScalarNode:
        if not isinstance(node, yaml.ScalarNode):
            shape = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
            fix = self.quote_fix(node, name)
            self.report(node, "wrong-type", f"'{name}' must be text, not {shape}{fix}")
            raise _Invalid
        if self._has_ampersand and not node.value and not node.style:
            self.refuse_lone_anchor(node)
        return node

    def refuse_lone_anchor(self, node: yaml.ScalarNode) -> None:
        """A value written as an anchor alone (``answer: &x``, ``- &x``, ``[&x]``: Go's
        address of x): YAML reads an empty value named 'x'. Unless an alias uses the
        name, an error with the line to type, the anchor quoted."""
        start = node.start_mark
        line = self.line(start.line)
        match = re.match(r"&[^\s,\[\]{}]+", line[start.column :])
        if match is None or f"*{match.group()[1:]}" in self.source:
            return
        fixed = line[: start.column] + _quoted(match.group()) + line[match.end() + start.column :]
        self.report(
            node,
            "yaml-syntax",
            f"'{match.group()}' starts a YAML anchor, and YAML reads nothing after it: to "
            f"write it as text, quote it: {fixed.strip()}",
        )
        raise _Invalid

    def quote_fix(self, node: yaml.Node, name: str) -> str:
        """For a value YAML read as a list or mapping because it starts with '[' or '{'
        (``answer: {}``, ``text: {{c1::FROM}}``, ``- [a]``): ': ... quote the value: ...'
        with the value as written; '' for a block list or mapping (meant as one)."""
        if not getattr(node, "flow_style", False):
            return self._block_fix(node, name)
        start, end = node.start_mark, node.end_mark
        written = self.source[start.index : end.index] if self.source else ""
        if not written or "\n" in written or written[0] not in "[{":
            return ""
        what = "list" if written[0] == "[" else "mapping"
        return (
            f": '{written[0]}' starts a YAML {what}; to write it as text, quote the value: "
            f"{self._written_before(node, name)} {_quoted(written)}"
        )

    def text(self, node: yaml.Node, name: str, prose: bool = True) -> str:
        """Any scalar as written (``1.10``, ``0700``, ``NULL``, ``~`` stay so); nothing is empty."""
        node = self.scalar(node, name)
        if node.tag == BINARY_TAG:
            self.report(node, "wrong-type", f"'{name}' must be text, not binary data")
            raise _Invalid
        if prose:
            self.warn_comment(node, name)
            if self._has_ampersand:
                self.warn_anchor(node, name)
            if not node.style and node.end_mark.line > node.start_mark.line:
                self.refuse_joined_dash(node, name)
        self.check_characters(node, name, node.value)
        return node.value.strip()

    def refuse_joined_dash(self, node: yaml.ScalarNode, name: str) -> None:
        """A plain value that runs on into a '- ' line: a list item indented past the one
        above it, which YAML joins to that one's text ("Physical - Data link")."""
        start = node.start_mark
        for number in range(start.line + 1, node.end_mark.line + 1):
            line = self.line(number)
            written = line.lstrip(" ")
            if not written.startswith("- "):
                continue
            dash = start.column - 2  # the '- ' of the item this value is, if it is one
            if dash >= 0 and self.line(start.line)[dash : start.column] == "- ":
                fix = f"put its '-' under the one above ({dash} spaces)"
            else:
                fix = f"to keep its lines, write '{name}: |' and the lines under it"
            self.report(
                Loc(self.display, number + 1, len(line) - len(written) + 1),
                "yaml-syntax",
                f"'{visible(written.strip())}' is read as more of the {name} above: YAML "
                f"joins a '- ' line indented past the line above to its text "
                f"('{visible(' '.join(node.value.split()))}'): {fix}",
            )
            raise _Invalid

    def code(self, node: yaml.Node, name: str) -> str:
        """Code as written, trailing blanks dropped."""
        node = self.scalar(node, name)
        self.warn_comment(node, name)  # `grep -n #include .` loses '#include .' as prose would
        if node.style not in ("|", '"') and node.end_mark.line > node.start_mark.line:
            self.refuse_folded_continuation(node, name)
            # '>' folds on purpose; a value that kept line breaks (blank lines between
            # its lines, as a YAML writer quotes a block) was not folded into one
            if name in _BLOCK_CODE and node.style != ">" and "\n" not in node.value:
                self.refuse_folded_block(node, name)
        self.check_characters(node, name, node.value)
        return node.value.rstrip()

    def refuse_folded_continuation(self, node: yaml.ScalarNode, name: str) -> None:
        """Code written over lines without ``|`` whose line ends in a ``\\`` (``command:
        zpool create tank \\`` and ``mirror sda sdb`` under it): YAML joins the lines with
        a blank, so the ``\\`` no longer continues a line but escapes that blank, and every
        output showed ``zpool create tank \\ mirror sda sdb``, a command that passes
        " mirror" as one word. (In double quotes a line's last ``\\`` is YAML's own.)"""
        for number in range(node.start_mark.line, node.end_mark.line):
            line = self.line(number).rstrip()
            ending = len(line) - len(line.rstrip("\\"))
            if ending % 2 == 0:
                continue  # no backslash, or an escaped one ("echo \\\\")
            self.report(
                Loc(self.display, number + 1, len(line)),
                "yaml-syntax",
                f"'{name}' runs on to the next line without '|': YAML joins its lines with a "
                f"blank, so this '\\' escapes the blank instead of continuing the line "
                f"('{visible(' '.join(node.value.split()))}'): to keep its lines, write "
                f"'{name}: |' and the lines under it",
            )
            raise _Invalid

    def refuse_folded_block(self, node: yaml.ScalarNode, name: str) -> None:
        """A snippet's code or a command's output written over lines without ``|``
        (``code:`` and a function's lines under it, or ``code: fn main() {`` and the
        rest): YAML folds plain and single-quoted lines into one, their indents and line
        breaks gone, and every output showed ``fn main() { println!("hi"); }``. A
        command folded so is one long command wrapped in the file, and stays allowed."""
        self.report(
            node,
            "yaml-syntax",
            f"'{name}' runs on over lines without '|': YAML joins them into one line, "
            f"their indents lost ('{visible(' '.join(node.value.split()))}'): to keep its "
            f"lines, write '{name}: |' and the lines under it",
        )
        raise _Invalid

    def construct(self, node: yaml.ScalarNode):
        return _CONSTRUCTOR.construct_object(node, deep=True)

    def boolean(self, node: yaml.Node, name: str) -> bool:
        node = self.scalar(node, name)
        if node.tag != BOOL_TAG or node.value.lower() not in ("true", "false"):
            meant = _MEANT_BOOLEANS.get(node.value.strip().lower())
            fix = f": write {name}: {meant}" if meant else f": write {name}: true or {name}: false"
            if node.style in ("'", '"') and node.value.strip().lower() in ("true", "false"):
                fix = f": write {name}: {node.value.strip().lower()} (without quotes)"
            self.report(
                node, "wrong-type", f"'{name}' must be true or false, not '{node.value}'{fix}"
            )
            raise _Invalid
        return node.value.lower() == "true"  # as PyYAML's constructor reads it

    def number_or_text(self, node: yaml.Node, name: str) -> str | int | float:
        node = self.scalar(node, name)
        decimal = _DECIMAL.fullmatch(node.value) is not None  # not 1:30, 0x10, 0o7, .inf
        if node.tag in (INT_TAG, FLOAT_TAG) and not node.style and decimal:
            value = self.construct(node)
            if isinstance(value, float) and value != value:  # NaN is not a number here
                return node.value
            return value
        return self.text(node, name)

    def date(self, node: yaml.Node, name: str) -> dt.date:
        node = self.scalar(node, name)
        raw = node.value.strip()
        if (timed := _DATE_AND_TIME.fullmatch(raw)) is not None:  # 2026-01-02T10:00
            self.report(
                node,
                "wrong-type",
                f"'{name}' is a day, without a time: write {name}: {timed[1]}",
            )
            raise _Invalid
        try:
            if node.tag == TIMESTAMP_TAG:
                value = self.construct(node)
                return value.date() if isinstance(value, dt.datetime) else value
            return dt.date.fromisoformat(raw)
        except (ValueError, TypeError, OverflowError):
            message = f"'{name}' must be a date written YYYY-MM-DD" + _date_fix(name, raw)
            if _DATE_SHAPE.fullmatch(raw):  # "2026-13-01": the shape, but no such day
                message = (
                    f"'{name}': {raw} is no day of the calendar: write a real date (YYYY-MM-DD)"
                )
            self.report(node, "wrong-type", message)
            raise _Invalid from None

    def words(self, node: yaml.Node, name: str) -> tuple[str, ...]:
        """A list of short strings; one string is read as a list of one."""
        if isinstance(node, yaml.ScalarNode):
            items = [] if node.tag == NULL_TAG else [node]
        elif isinstance(node, yaml.SequenceNode):
            items = node.value
        else:
            self.report(node, "wrong-type", f"'{name}' must be a list")
            raise _Invalid
        words = []
        for item in items:
            word = self.text(item, name)
            if word and (wide := wide_brackets_message(word, name, _flow_piece)) is not None:
                self.report(item, "wrong-type", wide)  # "tags: 【动物, 宠物】"
                continue
            # "[動物、ペット]", "[numbers، digits]": one word, or one with a space
            if word and (comma := WIDE_COMMA.search(word)) is not None:
                pieces = [p.strip() for p in WIDE_COMMA.split(word) if p.strip()]
                if not any(ch.isspace() for piece in pieces for ch in piece):
                    fix = f"{name}: [{', '.join(pieces)}]"
                    self.report(item, "wrong-type", wide_comma_message(comma.group(), name, fix))
                    continue
            if not word or any(ch.isspace() for ch in word):
                bare = isinstance(node, yaml.ScalarNode)  # "tags: a b", no brackets
                self.report(item, "wrong-type", _words_message(name, word, bare))
                continue
            words.append(word)
        return tuple(words)

    def texts(self, node: yaml.Node, name: str) -> tuple[list[str], list[yaml.Node]]:
        if not isinstance(node, yaml.SequenceNode):
            example = "a, b"
            if isinstance(node, yaml.ScalarNode) and "," in node.value:
                example = ", ".join(part.strip() for part in node.value.split(","))
            message = f"'{name}' must be a list: write {name}: [{example}]"
            if isinstance(node, yaml.ScalarNode):
                message = wide_brackets_message(node.value, name, _flow_piece) or message
            self.report(node, "wrong-type", message)
            raise _Invalid
        return [self.text(item, name) for item in node.value], node.value

    def image(self, node: yaml.Node, name: str) -> str:
        raw = self.text(node, name)
        if not raw:
            self.report(
                node,
                "empty-field",
                f"'{name}' is empty: write the image's path in the corpus folder after "
                f"'{name}: ' (images/hive.png), or delete the line",
            )
            raise _Invalid
        known = self.images.get(raw)
        if known is None:
            known = self.images[raw] = image_problem(self.corpus_root, raw)
        problem, relative = known
        if problem:
            self.report(node, "missing-media" if relative is None else "bad-image", problem)
            raise _Invalid
        if large := large_image(self.corpus_root, relative, self.max_image_mb):
            self.report(node, "large-image", large)
        return relative


#: Commas of other scripts, which YAML reads as text, not as ',', and who types each:
#: a Japanese or Chinese input method, an Arabic-script keyboard (Arabic, Persian, Urdu),
#: an N'Ko one.
_TYPED_BY = {
    **dict.fromkeys("\u3001\uff0c\uff64", "a Japanese or Chinese input method"),
    "\u060c": "an Arabic, Persian or Urdu keyboard",
    "\u07f8": "an N'Ko keyboard",
}
WIDE_COMMA = re.compile(f"[{''.join(_TYPED_BY)}]")


#: A list written in the brackets a Japanese or Chinese input method types for "[" and
#: "]" ("【a, b】", "［a，b］"), which YAML reads as one text.
_WIDE_BRACKETS = re.compile(r"\s*([【［〔])([^【】［］〔〕]*)([】］〕])\s*")


def wide_brackets_message(
    value: str, written: str, piece: Callable[[str], str] = lambda text: text
) -> str | None:
    """What to write for ``value`` when it is a list in full-width brackets (``written``:
    its key as written, ``piece``: each piece as it can stand inside ``[ ]``), or None."""
    found = _WIDE_BRACKETS.fullmatch(value)
    if found is None:
        return None
    opening, inside, closing = found.groups()
    pieces = [part.strip() for part in re.split(f"[,{''.join(_TYPED_BY)}]", inside)]
    return (
        f"'{opening}' and '{closing}' (U+{ord(opening):04X}, U+{ord(closing):04X}, as a "
        f"Japanese or Chinese input method types brackets) are not YAML's brackets: "
        f"write {written}: [{', '.join(piece(part) for part in pieces if part)}]"
    )


def wide_comma_message(comma: str, what: str, fix: str) -> str:
    """The words for a ``WIDE_COMMA`` that was meant to separate ``what``, and the fix."""
    return (
        f"'{comma}' (U+{ord(comma):04X}, as {_TYPED_BY[comma]} types a comma) "
        f"does not separate {what} in YAML: write {fix}"
    )


#: What a yes or a no written otherwise means (YAML 1.2 reads only true and false).
_MEANT_BOOLEANS = {
    **dict.fromkeys(("yes", "y", "on", "1", "ja", "oui", "si", "sí"), "true"),
    **dict.fromkeys(("no", "n", "off", "0", "nein", "non"), "false"),
}


#: A date followed by a time of day (YAML's timestamps among them): its date part.
_DATE_AND_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[Tt]|\s+)\d{1,2}:\d{2}\S*(?:\s*\S+)?")
#: A date with its parts in another order or joined otherwise: 2026-3-1, 12.03.2026, 3/12/2026.
_OTHER_DATE = re.compile(r"(\d{1,4})\s*([-/.])\s*(\d{1,2})\s*[-/.]\s*(\d{1,4})")
#: ... or with the month's name: 12 March 2026, Mar 12, 2026.
_NAMED_DATE = re.compile(
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?P<m1>[A-Za-z]{3,})\.?,?|"
    r"(?P<m2>[A-Za-z]{3,})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?)\s+(?P<y>\d{4})"
)
_MONTHS = (
    "january february march april may june july august september october november december"
).split()


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date_fix(name: str, raw: str) -> str:
    """': write as_of: 2026-03-12' for a date written another way, with both readings
    when day and month could be either (3/12/2026); '' when it reads as no date."""
    if (named := _NAMED_DATE.fullmatch(raw)) is not None:
        word = (named["m1"] or named["m2"]).lower()
        month = next((i for i, m in enumerate(_MONTHS, 1) if m.startswith(word)), 0)
        found = _day(int(named["y"]), month, int(named["d1"] or named["d2"])) if month else None
        return f": write {name}: {found.isoformat()}" if found else ""
    if (parts := _OTHER_DATE.fullmatch(raw)) is None:
        return ""
    first, joint, middle, last = parts.groups()
    if len(first) == 4:  # 2026-3-1, 2026/03/01
        found = _day(int(first), int(middle), int(last))
        return f": write {name}: {found.isoformat()}" if found else ""
    if len(last) != 4:
        return ""
    year, a, b = int(last), int(first), int(middle)
    day_first, month_first = _day(year, b, a), _day(year, a, b)
    if joint == "." or month_first is None or day_first == month_first:
        readings = [day_first]  # 12.03.2026 is written day first
    else:
        readings = [month_first, day_first] if day_first else [month_first]
    readings = [found for found in readings if found is not None]
    if len(readings) == 1:
        return f": write {name}: {readings[0].isoformat()}"
    return " or ".join(
        f"{': write ' if i == 0 else ''}{name}: {found.isoformat()} "
        f"({found.day} {_MONTHS[found.month - 1].title()})"
        for i, found in enumerate(readings)
    )


def _flow_piece(text: str) -> str:
    """``text`` as it can stand inside ``[ ]``: quoted when YAML would read it otherwise."""
    return _quoted(text) if re.search(r"[\[\]{},#&*!|>'\"%@`]|: |:$|^[-?] ", text) else text


def _words_message(name: str, word: str, bare: bool = False) -> str:
    """What to write for a ``tags``-like value that is not one word; a value written
    without brackets (``tags: acordes séptimas``) may be several words meant as several."""
    parts = [part.strip() for part in word.split(",") if part.strip()]
    if len(parts) > 1 and all(not any(ch.isspace() for ch in part) for part in parts):
        return f"each of '{name}' must be one word: write {name}: [{', '.join(parts)}]"
    if word:
        joined = "-".join(word.split())
        if bare:
            return (
                f"each of '{name}' must be one word, no spaces: write {name}: "
                f"[{', '.join(word.split())}] to give each word, or {name}: [{joined}] "
                "to keep them as one"
            )
        return f"each of '{name}' must be one word, no spaces: write '{joined}'"
    return f"each of '{name}' must be one word: this one is empty"


def _quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _merge_sources(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return [node]


def suggest(key: str, valid: list[str]) -> str:
    """'did you mean ...?' for a misspelt key, or the list of valid keys; both for a
    key only half like the one suggested ('port': 'priority'?), which may be no typo."""
    latin = as_latin(key)
    if latin in valid:  # 'tеrm', its 'е' Cyrillic: a name the reader sees as valid
        return f"{lookalike_note(key)}: write '{latin}'"
    close = difflib.get_close_matches(key, valid, n=1, cutoff=0.6)
    listed = "valid keys: " + ", ".join(valid)
    if not close:
        return listed
    if difflib.SequenceMatcher(None, key, close[0]).ratio() < _TYPO_LIKENESS:
        return f"did you mean '{close[0]}'? {listed}"
    return f"did you mean '{close[0]}'?"


#: How alike a key and a valid one are when one is a typo of the other ('anwser' /
#: 'answer' 0.83, 'img' / 'image' 0.75), as difflib measures it.
_TYPO_LIKENESS = 0.75


def _card_run_together(key_node: yaml.Node, value_node: yaml.Node) -> str:
    """A second ``id:`` inside one card: the '- ' that starts the next card is missing."""
    written = value_node.value if isinstance(value_node, yaml.ScalarNode) else "..."
    column = max(key_node.start_mark.column - 2, 0)
    where = f"{column} spaces in" if column else "at the start of the line"
    return (
        "a second 'id' in one card: the '- ' that starts a card is missing: write "
        f"'- id: {visible(written)}' with its '-' under the other cards' ({where})"
    )
