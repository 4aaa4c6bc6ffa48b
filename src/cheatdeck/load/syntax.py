"""Reading one YAML file safely: UTF-8, syntax errors with positions, no object tags or bombs."""

from __future__ import annotations

import re
import unicodedata

import yaml

from ..diagnostics import Diagnostic, make, visible
from ..model import COMMON_FIELDS, CORPUS_FIELDS, KINDS, TOPIC_FIELDS, FieldType, Loc

_CONSTRUCTOR = yaml.constructor.SafeConstructor()

Y = "tag:yaml.org,2002:"
SAFE_TAGS = {Y + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}
MERGE_TAG = Y + "merge"
# One string each, made once (the composer tags every node; values compare their tags).
STR_TAG, SEQ_TAG, MAP_TAG, NULL_TAG = Y + "str", Y + "seq", Y + "map", Y + "null"
BOOL_TAG, INT_TAG, FLOAT_TAG, TIMESTAMP_TAG = Y + "bool", Y + "int", Y + "float", Y + "timestamp"
BINARY_TAG = Y + "binary"
_ALLOWED_TAGS = frozenset({*SAFE_TAGS, MERGE_TAG})
_IMPLICIT = {
    first: tuple(pairs) for first, pairs in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
# An anchor ("&name") is the only way to share nodes; without one there are no aliases.
_ANCHOR = re.compile(r"&[^\s,\[\]{}]")


_SCALAR, _SEQUENCE = yaml.ScalarNode, yaml.SequenceNode


class _Composer(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """PyYAML's safe composer with a faster tag resolver (a third of composing time).

    Same tags as ``SafeLoader`` with one fix: YAML 1.1's ``=`` ("value") and ``!``/``&``/
    ``*`` ("yaml") types, which no safe constructor builds, are plain text here (as in
    YAML 1.2), so a card may say ``=``. The safe loader has no path resolvers, so the
    descend/ascend bookkeeping is skipped. Every implicit tag is thus safe: only an
    explicit ``!tag`` or an anchor needs ``check_safety``'s walk.
    """

    def descend_resolver(self, current_node, current_index) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind, value, implicit):
        if kind is _SCALAR:
            if implicit[0]:
                for tag, regexp in _IMPLICIT.get(value[:1], ()):
                    if regexp.match(value):
                        return tag if tag in _ALLOWED_TAGS else STR_TAG
            return STR_TAG
        return SEQ_TAG if kind is _SEQUENCE else MAP_TAG


class _PureComposer(yaml.SafeLoader):
    """``_Composer`` in pure Python, for a file libyaml refuses while YAML does not: a
    block scalar whose first line has a tab after the block's spaces (a Makefile's or Go
    snippet's first line), which libyaml takes for indentation."""

    descend_resolver = _Composer.descend_resolver
    ascend_resolver = _Composer.ascend_resolver
    resolve = _Composer.resolve


class _AliasPlacedComposer(_PureComposer):
    """``_PureComposer`` where an alias of a text stands at its own place: a copy of the
    anchored scalar carrying the alias's line and column, so a diagnostic about the card
    that says ``*name`` points there, not at the ``&name`` it repeats. Read only once
    ``check_safety`` has passed the shared tree; aliases of lists and mappings stay shared
    nodes, as copies of them would multiply the file in memory.
    """

    def compose_node(self, parent, index):
        if not self.check_event(yaml.AliasEvent):
            return super().compose_node(parent, index)
        alias = self.peek_event()
        node = super().compose_node(parent, index)
        if not isinstance(node, yaml.ScalarNode):
            return node
        return yaml.ScalarNode(node.tag, node.value, alias.start_mark, alias.end_mark, node.style)


#: libyaml's problem for a tab after the spaces of a block scalar's first line.
_TAB_AT_BLOCK_INDENT = "found a tab character where an indentation space is expected"


#: Aliases may expand a file to at most this many nodes (and 10x its written size).
MAX_EXPANDED_NODES = 200_000
#: ... and to at most this many characters of text (and 10x what is written).
MAX_EXPANDED_CHARS = 5_000_000


# ---------------------------------------------------------------- reading files


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, col


def decode(data: bytes, display: str) -> tuple[str | None, Diagnostic | None]:
    """UTF-8 text of a file (a BOM is allowed), or an ``encoding`` diagnostic."""
    if data and not data.strip(b"\0"):
        return None, make(Loc(display, 1, 1), "encoding", _ONLY_NULS)
    if _utf16_without_bom(data):  # ASCII text in UTF-16 is valid UTF-8, NULs between
        return None, make(Loc(display, 1, 1), "encoding", _encoding_message(b"\xff\xfe", 0))
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        text = exc.object  # the bytes after a BOM: exc.start counts from there
        prefix = text[: exc.start]
        line = prefix.count(b"\n") + 1
        col = len(prefix[prefix.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        loc = Loc(display, line, col)
        return None, make(loc, "encoding", _encoding_message(text, exc.start))


_ONLY_NULS = (
    "the file holds only NUL bytes (a save cut short, by a crash or a full disk): "
    "restore it from git or a backup"
)


def _utf16_without_bom(data: bytes) -> bool:
    """Whether ``data`` starts like UTF-16 text saved without a BOM: one byte in two a NUL."""
    head = data[:200]
    if len(head) < 4 or b"\0" not in head:
        return False
    even, odd = head[0::2].count(0) / len(head[0::2]), head[1::2].count(0) / len(head[1::2])
    return min(even, odd) <= 0.1 and max(even, odd) >= 0.9  # not a file of NULs only


_SAVE_AS_UTF8 = "save the file as UTF-8 (in your editor: Save As, encoding UTF-8)"


def _encoding_message(data: bytes, at: int) -> str:
    """Why the file is not UTF-8 (``data[at]`` is the first byte that is not), naming
    the encoding it looks saved in; when it reads as words in several, what the word
    there says in each, for the user to recognise their own."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return f"the file is UTF-16 (Windows calls it 'Unicode'): {_SAVE_AS_UTF8}"
    byte = f"byte 0x{data[at]:02x} is not UTF-8"
    readings: dict[str, tuple[str, str]] = {}  # the word as read: (encoding, character)
    kana_or_hangul = False
    for codec, name, scripts in _ENCODINGS:
        if scripts == ("CJK",) and kana_or_hangul:
            continue  # Japanese or Korean read as Chinese is Chinese characters too
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_as(text, scripts):
            kana_or_hangul = kana_or_hangul or re.search(_KANA_OR_HANGUL, text) is not None
            here = text[len(data[:at].decode(codec, "replace")) :]
            word = _WORD.match(here)
            readings.setdefault(word.group() if word else here[:1], (name, here[:1]))
    if not readings:
        return f"{byte}: {_SAVE_AS_UTF8}"
    if len(readings) == 1:
        ((name, char),) = readings.values()
        where = f"(where it is '{visible(char)}')"
        return f"{byte}: the file looks saved as {name} {where}: {_SAVE_AS_UTF8}"
    said = [f"'{visible(word)}' in {name}" for word, (name, _char) in readings.items()][:5]
    return (
        f"{byte}: the file looks saved in another encoding, and the word there reads "
        f"{', '.join(said[:-1])} or {said[-1]}: open it in the one that shows your text, "
        f"then {_SAVE_AS_UTF8}"
    )


#: The encodings a file not in UTF-8 is most often saved in (Windows' "ANSI" code
#: pages, Japanese, Korean and Chinese), with the scripts their letters are of.
_ENCODINGS = (
    ("cp1252", "Windows-1252", ("LATIN",)),
    ("cp1251", "Windows-1251", ("CYRILLIC",)),
    ("cp1253", "Windows-1253", ("GREEK",)),
    ("cp1255", "Windows-1255", ("HEBREW",)),
    ("cp1256", "Windows-1256", ("ARABIC",)),
    ("shift_jis", "Shift_JIS", ("CJK", "HIRAGANA", "KATAKANA")),
    ("euc_jp", "EUC-JP", ("CJK", "HIRAGANA", "KATAKANA")),
    ("euc_kr", "EUC-KR", ("HANGUL", "CJK")),
    ("gbk", "GBK", ("CJK",)),
    ("big5", "Big5", ("CJK",)),
)
# Patterns, not compiled ones: compiling a class of thousands of characters costs ~7 ms,
# which every run paid at start-up for a message about a file not in UTF-8 (``re``
# compiles each on its first use and keeps it).
_HANGUL = "[\uac00-\ud7a3]"
_HANJA = "[\u4e00-\u9fff]"
_KANA_OR_HANGUL = "[\u3040-\u30ff\uac00-\ud7a3]"
#: Punctuation these files hold besides letters (a single low quote, "‚", is a
#: Shift_JIS lead byte read as Windows-1252, so it is not one of them).
_PUNCTUATION = frozenset("«»“”„‘’–—…•·°、。「」『』・ー〜\u3000")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{3}")
#: A word that starts with a mark, or a letter with more than three ("דַָֽׁ" is Arabic
#: read as Windows-1255).
_MARKS_RUN = re.compile(
    r".?[\u0300-\u036f\u0591-\u05c7\u064b-\u065f]{4}|[\u0300-\u036f\u0591-\u05c7\u064b-\u065f]"
)
_WORD = re.compile(r"[^\s,.;:!?\"'()\[\]{}]+")


def _reads_as(text: str, scripts: tuple[str, ...]) -> bool:
    """Whether ``text``'s other characters than ASCII are letters of ``scripts`` (or
    punctuation) that make words: none starts with a mark or has a capital after a
    small letter ("ЙЯМнЧг" is Chinese read as Windows-1251) nor marks run on
    (``_MARKS_RUN``); in Latin no three such
    letters in a row ("Ïðèâåò" is Russian read as Windows-1252; "Größe" is Latin), in
    another script no ASCII letter ("Grφίe" is German read as Windows-1253), and no
    word of Hangul and Chinese characters together (Chinese read as EUC-KR)."""
    for char in set(text):
        if char.isascii() or char in _PUNCTUATION or "\uff01" <= char <= "\uff5e":
            continue
        if unicodedata.category(char)[0] not in "LMP":
            return False
        name = unicodedata.name(char, "")
        if name.split(" ", 1)[0] not in scripts or name.startswith("HANGUL LETTER"):
            return False  # a Hangul letter alone, not in its syllable: not Korean as written
    latin = scripts == ("LATIN",)
    for word in re.findall(r"[^\W\d_][\w\u0300-\u036f\u0591-\u05c7\u064b-\u065f]*|\S", text):
        if word.isascii():
            continue
        if _MARKS_RUN.match(word) or any(
            small.islower() and capital.isupper()
            for small, capital in zip(word, word[1:], strict=False)
        ):
            return False
        if _NON_ASCII_RUN.search(word) if latin else re.search(r"[A-Za-z]", word):
            return False
        if re.search(_HANGUL, word) and re.search(_HANJA, word):
            return False
    return True


#: A value of brackets or indents nested beyond what the parser follows.
DEEP = (
    "values nested too deeply: no card field nests more than a few levels: "
    "quote the value to keep it as text, or close what was left open"
)


def _syntax_message(exc: yaml.YAMLError, text: str, settings: bool = False) -> tuple[int, int, str]:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if isinstance(exc, yaml.reader.ReaderError):
        line, col = _position(text, exc.position)
        char = exc.character
        code = ord(char) if isinstance(char, str) else char
        return line, col, f"character U+{code:04X} is not allowed in YAML: delete it"
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    if mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t":
        return line, col, _tab_message(text.split("\n"), line - 1)
    if "\u00a0" in text or "\u3000" in text:
        found = _no_break_space(text.split("\n"), line - 1)
        if found is not None:
            return found
    if FULL_WIDTH_COLON in text:
        found = _full_width_colon(text.split("\n"), line - 1)
        if found is not None:
            return found
    if _OTHER_DASHES.search(text):
        found = _other_dash(text.split("\n"), line - 1)
        if found is not None:
            return found
    if "nesting depth" in problem:
        return line, col, DEEP
    if problem.startswith("found unknown escape character"):
        return line, col, _bad_escape(text, line - 1, col - 1)
    if _HEX_ESCAPE_PROBLEM.match(problem):  # "C:\Users": '\U' takes 8 hex digits
        at = text.split("\n")[line - 1].rfind("\\", 0, col)  # the column of its backslash
        return line, at + 1 if at >= 0 else col, _bad_escape(text, line - 1, col - 1, True)
    opened = getattr(exc, "context_mark", None)
    if opened is not None and "quoted scalar" in (context or "") and "end of stream" in problem:
        lines = text.split("\n")
        found = _unclosed_quote(lines, opened.line) or _closed_mid_value(
            lines, opened.line, opened.column + 1
        )
        if found is not None:
            return found
    if opened is not None and problem.startswith("could not find expected ':'"):
        lines = text.split("\n")
        above = next((i for i in range(opened.line - 1, -1, -1) if lines[i].strip()), None)
        found = block_unindented(lines, above) if above is not None else None
        found = found or _block_dedented(lines, opened.line) or _no_colon(lines, opened.line)
        if found is not None:
            return found
    if problem.startswith("mapping values are not allowed") and mark is not None:
        found = _no_colon_above(text.split("\n"), mark.line, mark.column)
        found = found or _value_then_items(text.split("\n"), mark.line)
        found = found or _text_not_keys(text.split("\n"), mark.line, settings)
        if found is not None:
            return found
    if "flow" in (context or ""):
        found = _unclosed_flow(text.split("\n"), line - 1)
        if found is not None:
            return found
    lines = text.split("\n")
    stray = _stray_dash(lines, line - 1)
    if stray is not None:
        return stray
    header = next((i for i in range(line - 2, -1, -1) if lines[i].strip()), None)
    explained = (
        (block_unindented(lines, header) if header is not None else None)
        or _block_dedented(lines, line - 1)
        or explain(text, line - 1, col - 1, f"{problem} {context or ''}")
    )
    if explained is not None:
        return explained
    if "duplicate anchor" in (context or "") and mark is not None:
        found = _anchor_again(text.split("\n"), mark.line, mark.column, exc.context_mark)
        if found is not None:
            return found
    if mark is not None and (found := _unclosed_item_quote(text.split("\n"), mark.line)):
        return found
    message = problem if not context else f"{problem} ({context})"
    if "single document" in message or "another document" in message:
        message = (
            "a second YAML document ('---'): one file holds one document: delete this "
            "line, or move what follows it into a topic file of its own"
        )
    return line, col, message


#: A key and its value on one line, the key plain or quoted (``paper: a4``, ``"Café": [1]``).
_ANY_KEY = r"""(?P<key>"[^"\n]*"|'[^'\n]*'|[^\s#'"\-\[\]{}][^:#]*?):(?: +(?P<value>.*))?"""
_STRAY_DASH_LINE = re.compile(rf"(?P<indent> *)- +{_ANY_KEY}\Z")
_PLAIN_KEY_LINE = re.compile(rf"(?P<indent> *){_ANY_KEY}\Z")
#: A block scalar's header after its key (``code: |``, ``notes: >-``, ``code: |2``).
_BLOCK_SCALAR = re.compile(r"[|>][-+0-9]*(?:\s+#.*)?\Z")


def _stray_dash(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """A key written as a list item (``- paper: a4``) among keys written without '- '
    (``font_size: 7.5`` above or below it, as indented as its '-'): a mapping's keys in
    ``settings:``, a table's ``rows:`` or the file's own keys, which YAML cannot read as one
    block. The line of the '-' and what to write; None when no such line is at ``line0``
    or the line above it (where the parser stops, the key after the stray item)."""
    above = next((i for i in range(line0 - 1, -1, -1) if lines[i].strip()), None)
    for number in (line0, above):
        if number is None or not 0 <= number < len(lines):
            continue
        item = _STRAY_DASH_LINE.match(lines[number].rstrip())
        if item is None:
            continue
        column = len(item["indent"])
        sibling = _key_beside(lines, number, column)
        if sibling is None:
            continue
        key, value = item["key"], (item["value"] or "").strip()
        holder, first = _holder(lines, number, column)
        if first == key:  # "- id:" among a card's keys: a new card, its '-' misplaced
            continue
        name, where = sibling
        written = f"{key}: {value}" if value else f"{key}:"
        place = f"{_spaces(column)} in" if column else "at the start of the line"
        return (
            number + 1,
            column + 1,
            f"'- ' before {_named(key)} makes it a list item, but {holder} "
            f"holds keys ({_named(name)} {where}): write '{written}' without the '- ', {place} "
            f"like {_named(name)}",
        )
    return None


def _named(key: str) -> str:
    """A key as a message names it: in quotes, unless written in quotes."""
    return key if key[:1] in "'\"" else f"'{key}'"


def _holder(lines: list[str], line0: int, column: int) -> tuple[str, str | None]:
    """What holds the keys at ``column`` around ``line0`` (the file, a card ``- id:``, a
    list item, or the key above them, ``'settings'``) and, for a list item, its first key."""
    for number in range(line0 - 1, -1, -1):
        line = lines[number].rstrip()
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#") or len(line) - len(stripped) >= column:
            continue
        item = _STRAY_DASH_LINE.match(line)
        if item is not None:
            key = item["key"].strip()
            return ("the card" if key == "id" else "the list item"), key
        found = _PLAIN_KEY_LINE.match(line)
        return (f"'{found['key'].strip()}'" if found is not None else "the block"), None
    return "the file", None


def _key_beside(lines: list[str], line0: int, column: int) -> tuple[str, str] | None:
    """(key, "above" or "below") of a key written without '- ' at ``column``, the nearest
    line that indented above or below the item at ``line0``: its sibling in one mapping.
    A key above with no value of its own on its line is none: it may hold the item's
    list (``cards:`` then ``- id:`` as indented, as YAML allows); a key above that opens a
    block scalar (``code: |``) means none at all: the item is the block's text, pasted
    unindented, which the block's own message explains."""
    above = _first_out_to(lines, range(line0 - 1, -1, -1), column)
    found = _PLAIN_KEY_LINE.match(above) if above is not None else None
    value = (found["value"] or "").strip() if found is not None else ""
    if _BLOCK_SCALAR.match(value):  # 'code: |': the item is the block's text, unindented
        return None
    if value:
        return found["key"].strip(), "above"
    below = _first_out_to(lines, range(line0 + 1, len(lines)), column)
    found = _PLAIN_KEY_LINE.match(below) if below is not None else None
    return (found["key"].strip(), "below") if found is not None else None


def _first_out_to(lines: list[str], numbers: range, column: int) -> str | None:
    """The first line of ``numbers`` written at ``column`` (a key there), or None when
    the first written line (not blank, not a comment) less indented comes first."""
    for number in numbers:
        line = lines[number].rstrip()
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        place = len(line) - len(stripped)
        if place > column:
            continue
        return line if place == column else None
    return None


def _anchor_again(
    lines: list[str], line0: int, col0: int, first: yaml.Mark | None
) -> tuple[int, int, str] | None:
    """A second '&name' of one name (``- &x`` twice: Go's address of x, meant as text):
    the line with this one quoted; the first gets its own message once this one reads."""
    line = lines[line0] if 0 <= line0 < len(lines) else ""
    match = re.match(r"&[^\s,\[\]{}]+", line[col0:])
    if match is None:
        return None
    before = line[:col0]
    in_flow = before.count("[") + before.count("{") > before.count("]") + before.count("}")
    end = re.search(r"[,\]}]| #" if in_flow else r" #|\Z", line[col0:])
    value = line[col0 : col0 + end.start()].rstrip() if end else match.group()
    fixed = line[:col0] + quote(value) + line[col0 + len(value) :]
    where = f"line {first.line + 1}" if first is not None else "a line above"
    return (
        line0 + 1,
        col0 + 1,
        f"'{match.group()}' starts a YAML anchor, and {where} starts one of that name too: "
        f"to write it as text, quote it: {fixed.strip()}",
    )


#: A block's first line: ``code: |`` (``- text: >-`` …): its indentation and key.
_BLOCK_HEADER = re.compile(r"(?P<indent> *(?:- +)?)(?P<key>[\w-]+): *[|>][-+0-9]* *(?:#.*)?\Z")


def _tab_message(lines: list[str], line0: int) -> str:
    """What to type for a tab YAML refuses on the line ``line0``: the spaces of the line
    above, or inside a block (``code: |``) the block's spaces before the tab (a tab after
    them stays in the code: a Makefile, Go)."""
    line = lines[line0] if 0 <= line0 < len(lines) else ""
    before = line[: line.find("\t")] if "\t" in line else ""
    if before.strip():
        return (
            "a tab inside the line, after "
            f"'{visible(before.strip()[-20:])}': YAML reads no tab there: write a space instead"
        )
    block, content = _block_around(lines, line0)
    above = next((lines[n] for n in range(line0 - 1, -1, -1) if lines[n].strip()), "")
    if block is not None and _BLOCK_HEADER.match(above.rstrip()):
        key, width = block  # its first line: the tab most likely indents the whole block
        return (
            f"a tab at the start of the first line of '{key}: |': YAML indents a block with "
            f"spaces: if the tab indents the block, write {_spaces(width)} instead of the "
            "first tab of each of its lines; to keep the tab in the code, start the line "
            f"with {_spaces(width)}, then the tab"
        )
    if block is not None:
        key, width = block
        return (
            f"a tab at the start of a line of '{key}: |': YAML needs the block's indent in "
            f"spaces: start the line with {_spaces(width)}, then the tab, which stays in "
            "the code"
        )
    if not line.strip():
        return "a tab on a line with nothing else: YAML reads no tab there: delete it"
    dash = _sibling_dash(lines, line0) if line.lstrip("\t ").startswith("- ") else None
    if dash is not None:
        width, parent = dash
        where = f"2 spaces past '{parent}:'" if parent else "under the '-' above"
        return (
            "a tab character: YAML is indented with spaces, never tabs: indent this line with "
            f"spaces, its '-' {where} (after {_spaces(width)})"
        )
    parent = _PARENT_KEY.match(above.rstrip())
    if parent is not None:  # 'rows:' with its value below: this line is inside it
        width = len(parent["indent"]) + 2
        return (
            "a tab character: YAML is indented with spaces, never tabs: indent this line with "
            f"spaces, its key 2 spaces past '{parent['key']}:' (after {_spaces(width)})"
        )
    above = content if content is not None else 0
    return (
        "a tab character: YAML is indented with spaces, never tabs: indent this line with "
        f"spaces, like the line above (its key starts after {_spaces(above)})"
    )


#: A key whose value is on the lines below it (``    items:``).
_PARENT_KEY = re.compile(r"(?P<indent> *)(?P<key>[\w-]+): *(?:#.*)?\Z")
#: A list item's line: its indent before the dash, and the key after it (``  - id: x``).
_DASH_LINE = re.compile(r"(?P<indent> *)- +(?:(?P<key>[\w-]+):)?")


def _sibling_dash(lines: list[str], line0: int) -> tuple[int, str | None] | None:
    """(indent, None) of the dash of the list item above the line ``line0`` (itself an item
    indented with a tab): the nearest item that starts with the same key (``- id:``),
    else the nearest item; for a list's first item, right under its key, (two spaces
    past the key's indent, the key). "Like the line above" told a card's ``- id:`` the
    4 spaces of the previous card's fields, which YAML reads as part of that card."""
    item = _DASH_LINE.match(lines[line0].lstrip("\t "))
    key = item["key"] if item else None
    nearest = None
    above = [number for number in range(line0 - 1, -1, -1) if lines[number].strip()]
    parent = _PARENT_KEY.match(lines[above[0]]) if above else None
    if parent is not None:  # the list's first item, right under its key
        return len(parent["indent"]) + 2, parent["key"]
    for number in above:
        if "\t" in lines[number]:
            continue
        found = _DASH_LINE.match(lines[number])
        if found is None:
            continue
        if key is not None and found["key"] == key:
            return len(found["indent"]), None
        if nearest is None:
            nearest = len(found["indent"]), None
    return nearest


def _block_around(lines: list[str], line0: int) -> tuple[tuple[str, int] | None, int | None]:
    """((key, the block's indent), None) when the line ``line0`` is inside a block
    scalar, else (None, the indent of the nearest line above)."""
    deepest = None  # the least indent of the lines passed over: the block's own lines
    nearest = None
    for number in range(line0 - 1, -1, -1):
        line = lines[number].replace("\t", " ")
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        if nearest is None:  # where its key starts ('  - id:': 4)
            item = re.match(r" *(?:- +)*", line)
            nearest = item.end() if item else indent
        if deepest is not None and indent >= deepest:
            continue
        header = _BLOCK_HEADER.match(lines[number].rstrip())
        if header is not None:
            width = deepest if deepest is not None else len(header["indent"]) + 2
            return (header["key"], width), None
        if deepest is not None and _KEY_LINE.match(line.rstrip()):
            break  # a key less indented than the lines below it: no block
        deepest = indent
    return None, nearest


#: Spaces YAML does not read as spaces, where it needs a plain one (in the indent, after a
#: key's ':'): what each is called, and where it comes from.
_ODD_SPACES = {
    "\u00a0": ("no-break", "U+00A0", "as pasted from a web page or a word processor"),
    "\u3000": ("full-width", "U+3000", "as a Japanese or Chinese input method types them"),
}


def _no_break_space(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """The line ``line0`` or one of the two above it, indented with no-break or full-width
    spaces or with one after its key's ':' (pasted from a web page, or typed with a
    Japanese input method still on): YAML reads either as text, so the parser stops at
    that line or just below it."""
    for number in range(min(line0, len(lines) - 1), max(line0 - 3, -1), -1):
        line = lines[number]
        for space, (name, code, origin) in _ODD_SPACES.items():
            if space not in line:
                continue
            if space in line[: len(line) - len(line.lstrip(" " + space))]:  # in the indent
                return (
                    number + 1,
                    1,
                    f"this line is indented with {name} spaces ({code}, {origin}): "
                    "indent it with plain spaces",
                )
            match = re.match(
                rf"(?P<head> *(?:- +)?(?P<key>[A-Za-z_][\w-]*):){space}+(?P<value>.*)", line
            )
            if match is not None:
                key, value = match["key"], match["value"].strip()
                return (
                    number + 1,
                    len(match["head"]) + 1,
                    f"a {name} space ({code}) after '{key}:': YAML needs a plain space there: "
                    f"write {key}: {value}",
                )
    return None


#: Dashes that are not YAML's '-': a Japanese input method's 'ー' (U+30FC) or '－' (U+FF0D),
#: a word processor's '–', '—' or bullet '•', the Japanese bullet '・', a hyphen or minus
#: sign of another code.
_DASHES = "\u2010-\u2015\u2022\u2212\u30fb\u30fc\uff0d\uff70"
_OTHER_DASHES = re.compile(rf"^ *[{_DASHES}]", re.MULTILINE)
_OTHER_DASH_LINE = re.compile(rf"(?P<head> *)(?P<dash>[{_DASHES}])(?P<gap> *)(?P<rest>\S.*)\Z")
_KEY_AND_VALUE = re.compile(r"[A-Za-z_][\w-]*:(?: |\Z)")


def _other_dash(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """The line ``line0`` or one of the two above it, a card or item started with a dash
    YAML does not read as one (``ー id: x``, ``ー 火曜日`` among items): YAML reads it as
    a key or as text, and the parser stops there or below, where the indent then looks
    wrong. An item's text so only under a list's key or after an item of its indent."""
    for number in range(min(line0, len(lines) - 1), max(line0 - 3, -1), -1):
        match = _OTHER_DASH_LINE.match(lines[number].rstrip())
        if match is None:
            continue
        head, dash, rest = match["head"], match["dash"], match["rest"]
        above = next((line for line in lines[number - 1 :: -1] if line.strip()), "")
        if not match["gap"] and not (_KEY_AND_VALUE.match(rest) or above.startswith(head + "- ")):
            continue  # "−5" as text; "－id: x" a card, "－本: …" under "- 个: …" an item
        if not _KEY_AND_VALUE.match(rest):
            if not (above.startswith(head + "- ") or above.rstrip().endswith(":")):
                continue
        return (
            number + 1,
            len(head) + 1,
            f"'{dash}' (U+{ord(dash):04X}) is not YAML's list dash: start the list item "
            f"with a plain '-' and a space: write - {rest}",
        )
    return None


FULL_WIDTH_COLON = "\uff1a"
#: A key followed by a full-width colon, "term： 食べる" (a Japanese or Chinese input method).
_FULL_WIDTH_KEY = re.compile(
    r"(?P<head> *(?:- +)?)(?P<key>[A-Za-z_][\w-]*) *\uff1a[ \u3000]*(?P<value>.*)\Z"
)


def _full_width_colon(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """The line ``line0`` or one of the two above it, whose key ends in a full-width
    colon '：' (U+FF1A): YAML reads the line as text, so the parser stops at it or just
    below it."""
    for number in range(min(line0, len(lines) - 1), max(line0 - 3, -1), -1):
        match = _FULL_WIDTH_KEY.match(lines[number].rstrip())
        if match is not None:
            key, value = match["key"], match["value"]
            return (
                number + 1,
                len(match["head"]) + len(key) + 1,
                f"'：' after '{key}' is a full-width colon (U+FF1A, as a Japanese or Chinese "
                f"input method types it): YAML needs a plain ':' and a space: "
                f"write {key}: {value}".rstrip(),
            )
    return None


#: A line holding a key: its indentation (a list's '- ' included), the key, the value.
_KEY_LINE = re.compile(r"(?P<indent> *(?:- +)?)(?P<key>[^\s#'\"\-][^:#]*?):(?: +(?P<value>.*))?\Z")

#: A field's name (``answer``, ``as_of``): a list item's text before ': ' that is none is
#: an item with ': ' in it (``- wrap with `fmt.Errorf("read %s: %w", err)```).
_FIELD_NAME = re.compile(r"[A-Za-z_][\w-]*\Z")

#: What YAML makes of a value's first character, and so why it must be quoted.
_STARTS = {
    "*": "'*' starts a YAML alias",
    "&": "'&' starts a YAML anchor",
    "!": "'!' starts a YAML tag",
    "@": "'@' is reserved in YAML",
    "`": "'`' is reserved in YAML",
    "%": "'%' starts a YAML directive",
    "[": "'[' starts a YAML list",
    "{": "'{' starts a YAML mapping",
    "|": "'|' starts a block of lines",
    ">": "'>' starts a folded block of lines",
    '"': "a value that starts with a quote must end with it",
    "'": "a value that starts with a quote must end with it",
    "-": "'- ' starts a list item",
}


#: The term of a list item ``term: explanation: more``: short, and no code or quotes.
_ITEM_TERM = re.compile(r"[^\s`'\"#&*!|>%@\[\]{},][^`'\"#:]{0,29}\Z")


#: A list item whose text starts with a character YAML reserves (``- *T``, ``- %v``).
_RESERVED_ITEM = re.compile(r"(?P<dash> *- +)(?P<text>[*&!@`%|>].*)")


def _reserved_item(line: str, line0: int) -> tuple[int, int, str] | None:
    """A list item of text that starts with a character YAML reserves (Go's ``- *T``,
    ``- %v``, ``- `go vet` finds it``): the item quoted (a comment after it kept)."""
    item = _RESERVED_ITEM.match(line)
    if item is None:
        return None
    text, _, comment = item["text"].partition(" #")
    text = text.rstrip()
    comment = f"  #{comment}" if comment else ""
    return (
        line0 + 1,
        len(item["dash"]) + 1,
        f"{_STARTS[text[0]]}: to write it as text, quote it: - {quote(text)}{comment}",
    )


def _quoted_item(line: str, line0: int) -> tuple[int, int, str] | None:
    """A list item that starts with a quoted word and goes on after it (``- "cum" with``):
    the item quoted whole, or its quoted word made its term."""
    dash = re.match(r" *- +", line)
    quoted = _QUOTED_KEY.fullmatch(line[dash.end() :].rstrip()) if dash else None
    if dash is None or quoted is None:
        return None
    key, rest = quoted["key"], quoted["rest"].strip()
    if len(key) > 3 and key[-2] == ":":  # '- "cum:" with': the ':' typed in the quotes
        key = key[:-2] + key[-1]
    whole = line[dash.end() :].rstrip()
    term = ""
    if ": " not in rest and not rest.endswith(":"):  # else the explanation needs quotes too
        term = f"; to make '{key[1:-1]}' a term, write - {key}: {rest}"
    return (
        line0 + 1,
        dash.end() + 1,
        f"a value that starts with a quote ({key[0]}) ends at the next one: to keep the "
        f"quotes in the text, quote it whole: - {quote(whole)}{term}",
    )


def _colon_in_item(line: str, line0: int, indent: int) -> tuple[int, int, str]:
    """A list item with ': ' in its text, which YAML reads as a key: the item, quoted;
    and when it starts with a short term ("Ctrl+C: copy: to the clipboard"), the term
    with its explanation quoted, which keeps it a term (quoted whole it is plain text)."""
    item = line.strip()[1:].strip()
    term, _, explanation = item.partition(": ")
    if term[:1] in _STARTS and term[:1] not in "-'\"" and ": " not in explanation:
        return (  # "- >: indent right": the '>' starts a folded block, not the term
            line0 + 1,
            indent + 1,
            f"{_STARTS[term[0]]}: to keep '{term}' a term, quote it: - {quote(term)}: "
            f"{explanation.strip()}",
        )
    also = ""
    if ": " in explanation and _ITEM_TERM.match(term.rstrip()):
        also = f"; to keep '{term.rstrip()}' a term, quote its explanation: - {term.rstrip()}: "
        also += quote(explanation.strip())
    return (
        line0 + 1,
        indent + 1,
        "': ' inside a list item starts a key in YAML: to write the item as text, "
        f"quote it: - {quote(item)}{also}",
    )


def _bad_escape(text: str, line0: int, col0: int, hexadecimal: bool = False) -> str:
    """A backslash in double quotes that is no YAML escape (``"\\(2 \\pi r\\)"``), or
    (``hexadecimal``) one of a character's code without its hexadecimal digits
    (``"C:\\Users"``, ``"\\xampp"``): say to use single quotes, where a backslash is
    just a backslash."""
    lines = text.split("\n")
    line = lines[line0] if 0 <= line0 < len(lines) else ""
    at = line.rfind("\\", 0, col0 + 1)
    escape = line[at : at + 2] if at >= 0 else "\\"
    head = f"in double quotes a backslash starts an escape, and '{escape}' is none"
    digits = _HEX_DIGITS.get(escape[1:], 0) if hexadecimal else 0
    if digits:
        head = (
            f"in double quotes a backslash starts an escape, and '{escape}' takes {digits} "
            "hexadecimal digits (a character's code)"
        )
    match = _KEY_LINE.match(line.rstrip())
    written = (match["value"] or "").strip() if match else ""
    if match and written.startswith('"') and written.endswith('"') and "'" not in written:
        body = single_quoted_body(written[1:-1])
        return f"{head}; write the value in single quotes: {match['key'].strip()}: '{body}'"
    if match and len(written) > 1 and written.startswith('"') and written.endswith('"'):
        # single quotes would end at its own "'": each lone backslash doubled instead
        doubled = _LONE_BACKSLASH.sub(
            lambda found: found[0] if _is_escape(found) else "\\" + found[0],
            written[1:-1],
        )
        return f'{head}; write each backslash as \\\\: {match["key"].strip()}: "{doubled}"'
    return f"{head}; write the value in single quotes, or each backslash as \\\\"


def single_quoted_body(body: str) -> str:
    """A double-quoted value's text between its quotes, as it is written in single
    quotes: its escaped quotes and backslashes (``\\"``, ``\\\\``) are one character
    there, so ``"MustCompile(\\"\\d+\\")"`` becomes ``'MustCompile("\\d+")'``, not a
    value with backslashes before its quotes; every other backslash stays as written."""
    return re.sub(r'\\(["\\])', r"\1", body)


#: A backslash and what it escapes, in a double-quoted YAML value.
_LONE_BACKSLASH = re.compile(r"\\(.?)", re.S)
#: What may follow a backslash in YAML's double quotes (``\x41``, ``\u00e9`` take digits).
_YAML_ESCAPES = frozenset('0abt\tnvfre "/\\N_LPxuU')
#: How many hexadecimal digits each of YAML's escapes of a character's code takes.
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}
#: Such an escape without its digits, in libyaml's words and in PyYAML's.
_HEX_ESCAPE_PROBLEM = re.compile(
    r"did not find expected hexdecimal number|expected escape sequence of \d+ hexadecimal"
)


def _is_escape(found: re.Match) -> bool:
    """Whether a backslash and what follows it (``_LONE_BACKSLASH``) is a YAML escape:
    ``\\x``, ``\\u`` and ``\\U`` only with their hexadecimal digits (``\\Users`` is none)."""
    char = found[1]
    if char not in _YAML_ESCAPES:
        return False
    digits = _HEX_DIGITS.get(char, 0)
    after = found.string[found.end() : found.end() + digits]
    return len(after) == digits and all(c in "0123456789abcdefABCDEF" for c in after)


def quote(value: str) -> str:
    """``value`` as a YAML quoted scalar, in the quotes that need no escapes if possible
    (single quotes for a '"' or a backslash: ``'\\(x_1\\)'``, as the README says)."""
    if ('"' in value or "\\" in value) and "'" not in value:
        return f"'{value}'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def explain(text: str, line0: int, col0: int, problem: str) -> tuple[int, int, str] | None:
    """A YAML syntax error in words, with the fix: (line, column, message), or None.

    Looks at the line the parser stopped on: a key indented unlike the one above it, a
    value that starts with a character YAML reserves, a ': ' inside a plain value.
    """
    lines = text.split("\n")
    glued = _glued_colon(lines, line0)
    if glued is not None:
        return glued
    if not 0 <= line0 < len(lines):
        return None
    braced = _in_braces(lines[line0], line0, col0)
    if braced is not None:
        return braced
    listed = _in_flow_list(lines[line0], line0, col0)
    if listed is not None:
        return listed
    closed_here = _closed_mid_value(lines, line0, col0)
    if closed_here is not None:
        return closed_here
    dash = _DASH_GLUED.match(lines[line0])
    if dash is not None:
        fixed = f"{dash['indent']}- {dash['rest']}".strip()
        return line0 + 1, len(dash["indent"]) + 1, f"put a space after '-': {fixed}"
    above = next((i for i in range(line0 - 1, -1, -1) if lines[i].strip()), None)
    dash = _DASH_GLUED.match(lines[above]) if above is not None else None
    if dash is not None and _KEY_LINE.match(lines[line0].rstrip()) is not None:
        # "-id: a" read as the key "-id": the parser stops on the field below it
        fixed = f"- {dash['rest']}".strip()
        return above + 1, len(dash["indent"]) + 1, f"put a space after '-': {fixed}"
    match = _KEY_LINE.match(lines[line0].rstrip())
    if match is None:
        return (
            _reserved_item(lines[line0], line0)
            or _quoted_item(lines[line0], line0)
            or _item_short_of_above(lines, line0)
        )
    key, value = match["key"].strip(), (match["value"] or "").strip()
    indent = len(match["indent"])
    item = _misplaced_item(lines, line0, match["indent"])
    if item is not None:
        return item
    # a row label (a list item's term, "- >: indent right", is told below, its '-' kept)
    reserved = None if "-" in match["indent"] else _reserved_key(line0, indent, key, value)
    if reserved is not None:
        return reserved
    if "-" in match["indent"] and key[0] in _STARTS and key[0] not in "-'\"" and value:
        # "- %v: default format": the parser stops at the '%', whatever the indentation
        return _colon_in_item(lines[line0], line0, indent)
    above = _key_above(lines, line0)
    if key == "id" and "-" not in match["indent"] and _dash_at(lines, line0, indent):
        return (
            line0 + 1,
            indent + 1,
            f"'id' where the cards' '- ' are: a card starts with '- ': write "
            f"'- id: {value}' with its '-' under the other cards'",
        )
    if above is not None and above[0] != indent and col0 <= indent + len(key):
        width, name = above
        if width < indent and (slipped := _opener_left_out(lines, line0, key, indent)):
            return slipped
        like = f"the card's other fields ({_spaces(width)})" if width else "the file's keys above"
        if not width:
            like += " (at the start of the line)"
        return (
            line0 + 1,
            indent + 1,
            f"'{key}' is indented {_spaces(indent)} and '{name}' above it {width}: "
            f"indent '{key}' like {like}",
        )
    if not value:
        return None
    if "-" in match["indent"] and not _FIELD_NAME.match(key):
        return _colon_in_item(lines[line0], line0, indent)
    fix = f"quote the value: {key}: {quote(value)}"
    start = lines[line0].index(value, indent + len(key)) + 1
    first = value[0]
    if first in "'\"" and len(value) > 1 and value.endswith(first):
        return _unclosed_above(lines, line0, first) or _quote_inside(line0, start, key, value)
    if first in "'\"":
        opened = _unclosed_above(lines, line0, first)
        if opened is not None:
            return opened
    if first in "*&!@`%" and _continued(lines, line0, indent):
        return (  # "code: @{" and a hashtable's lines under it: quoting one line loses them
            line0 + 1,
            start,
            f"{_STARTS[first]}: to write lines as text, make them a block: write '{key}: |' "
            f"and each line under it, 2 spaces further in than '{key}' ('{value}' the first)",
        )
    if first in _STARTS and (first != "-" or value[1:2] == " "):
        return line0 + 1, start, f"{_STARTS[first]}: to write it as text, {fix}"
    if first == "?" and value[1:2] in ("", " "):
        # "answer: ? unknown": PyYAML's "mapping keys are not allowed in this context"
        return line0 + 1, start, f"'? ' marks a YAML key: to write it as text, {fix}"
    if key == "deck" and value.endswith("::") and value.strip(":"):
        parent = value.rstrip(":")
        return (
            line0 + 1,
            start,
            f"a deck name ends with '::', which joins it to a sub-deck: write deck: {parent} "
            f"(or deck: {parent}::Sub-deck)",
        )
    if key in _NESTED_KEYS and ": " in value:
        return line0 + 1, start, _nested_on_its_line(key, value, _NESTED_KEYS[key])
    if ": " in value or value.endswith(":"):
        return (
            line0 + 1,
            start,
            f"': ' inside a value starts a new key in YAML: to write it as text, {fix}",
        )
    if "alias" in problem or "anchor" in problem or "cannot start any token" in problem:
        return line0 + 1, col0 + 1, f"YAML cannot read this value as text: {fix}"
    return None


def _reserved_key(line0: int, indent: int, key: str, value: str) -> tuple[int, int, str] | None:
    """A key (a table's row label ``*``, ``&&``) that starts with a character YAML reserves:
    the key, quoted; None for any other key."""
    first = key[0]
    if first not in _STARTS or first in "-'\"":
        return None
    fixed = f"{quote(key)}: {value}" if value else f"{quote(key)}:"
    return line0 + 1, indent + 1, f"{_STARTS[first]}: to write it as text, quote the key: {fixed}"


def _closed_mid_value(lines: list[str], line0: int, col0: int) -> tuple[int, int, str] | None:
    """A quote opened above and never closed on its line: the parser read on to the next
    quote, inside a later value that does not start with one (``command: ="a"&"b"``, a
    formula), and stopped right after it. The line that opened it, with the fix."""
    before = lines[line0][col0 - 1 : col0] if col0 > 0 else ""
    if before not in ("'", '"'):
        return None
    return _unclosed_above(lines, line0, before)


def _quote_inside(line0: int, start: int, key: str, value: str) -> tuple[int, int, str]:
    """A quoted value with its quote inside it too: ``"The "bowline" knot"``."""
    first, inner = value[0], value[1:-1]
    return (
        line0 + 1,
        start,
        f"a value that starts with a quote ({first}) ends at the next one: to keep quotes "
        f"inside it, write {key}: {quote(inner)}",
    )


#: A value this long at most, with no space, may be a key whose first character is a
#: quote (``"ayy``, ``"+p``) rather than text whose closing quote was forgotten.
_SHORT_KEY = 12


def _unclosed_quote(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """A quoted value never closed on its line (the line ``line0``), with the fix."""
    if not 0 <= line0 < len(lines):
        return None
    match = _KEY_LINE.match(lines[line0].rstrip())
    if match is None or not match["value"] or match["value"][0] not in "'\"":
        return None
    key, value = match["key"].strip(), match["value"].strip()
    start = lines[line0].index(value, len(match["indent"]) + len(key)) + 1
    also = ""
    if len(value) <= _SHORT_KEY and not any(char.isspace() for char in value):
        also = f"; if the quote is part of it, write {key}: {quote(value)}"
    return (
        line0 + 1,
        start,
        f"this value's quote ({value[0]}) is never closed: end the value with it on the same "
        f"line: {key}: {value}{value[0]}{also}",
    )


#: A list item that opens a quote (``- 'a: a named lifetime``).
_QUOTED_ITEM = re.compile(r"(?P<dash> *- +)(?P<mark>['\"])(?P<body>.*)\Z")


def _unclosed_item_quote(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """A list item above ``line0`` (or on it) that opens a quote and never closes it on
    its line (``- 'a: a named lifetime``, a Rust lifetime): the parser read on to a later
    line's quote and stopped somewhere below with a message about a '-'. The item, with
    the fix."""
    for above in range(min(line0, len(lines) - 1), max(line0 - 30, -1), -1):
        match = _QUOTED_ITEM.match(lines[above].rstrip())
        if match is None:
            continue
        mark, body = match["mark"], match["body"]
        inner = body.replace("\\\\", "").replace('\\"', "") if mark == '"' else body
        if mark in (inner.replace("''", "") if mark == "'" else inner):
            continue  # closed on its line: not this one
        written = mark + body
        term, colon, rest = written.partition(": ")
        kept = f"- {quote(term)}: {rest}" if colon and rest else f"- {quote(written)}"
        return (
            above + 1,
            len(match["dash"]) + 1,
            f"this item's quote ({mark}) is never closed: end the item with it on the same "
            f"line: - {written}{mark}; if the quote is part of it, write {kept}",
        )
    return None


def _unclosed_above(lines: list[str], line0: int, mark: str) -> tuple[int, int, str] | None:
    """The line above ``line0`` whose value opens a ``mark`` quote it does not close: the
    parser read on to the next quote, on ``line0``, and stopped there."""
    for above in range(line0 - 1, -1, -1):
        if mark not in lines[above]:
            continue  # read into the value: the opening quote is further up
        match = _KEY_LINE.match(lines[above].rstrip())
        value = (match["value"] or "").strip() if match else ""
        if not value.startswith(mark):
            return None
        body = value[1:].replace("\\\\", "").replace('\\"', "") if mark == '"' else value[1:]
        body = body.replace("''", "") if mark == "'" else body
        return _unclosed_quote(lines, above) if mark not in body else None
    return None


def _no_colon_above(lines: list[str], line0: int, col0: int) -> tuple[int, int, str] | None:
    """``- id a`` above ``kind: qa``: YAML reads the two lines as one text, then stops
    at the second's first ':'. The line above, when it holds no ':' and starts with the
    name of a field (so ``- Bends join two lines`` above ``- Hitches: tie: x`` is not)."""
    if not 0 <= line0 < len(lines) or not re.fullmatch(r" *[\w-]+", lines[line0][:col0]):
        return None
    above = next((i for i in range(line0 - 1, -1, -1) if lines[i].strip()), None)
    if above is None or ":" in lines[above]:
        return None
    first = lines[above].strip(" -").split(" ", 1)[0]
    return _no_colon(lines, above) if first in _FIELD_NAMES else None


def _text_not_keys(
    lines: list[str], line0: int, settings: bool = False
) -> tuple[int, int, str] | None:
    """A file that begins with lines of text, not keys (notes saved as ``notes.yaml``
    in the corpus folder: ``Lighthouse notes``, then ``TODO: add Skerryvore``): YAML reads
    the lines as one text and stops at the first ': ' after them ("mapping values are
    not allowed"). Its first line, when every written line above ``line0`` is such text:
    no ':' in it, at the start of the line, not a list item, a quote or brackets, and not
    a field's name with its ':' left out (``deck Keepers``, which has its own message).
    ``settings``: the file is corpus.yaml, which stays and must hold the corpus's keys."""
    written = [
        i
        for i in range(min(line0, len(lines)))
        if lines[i].strip() and not lines[i].lstrip().startswith("#") and lines[i] != "---"
    ]
    if not written or any(":" in lines[i] for i in written):
        return None
    first = lines[written[0]]
    if first[:1] in " -[{'\"?|>&*!%@`" or first.split(" ", 1)[0] in _FIELD_NAMES:
        return None
    if settings:
        return (
            written[0] + 1,
            1,
            f"corpus.yaml begins with text ('{visible(first.strip()[:40])}'), not with keys: "
            "it is the corpus's own file and holds keys, one a line: 'name:', 'title:' and "
            "'deck:' (the root deck), and if wanted 'subtitle:', 'retired:' and "
            "'settings:'; write the text as comments (each line starting with '# ') or "
            "move it to a .txt or .md file",
        )
    return (
        written[0] + 1,
        1,
        f"the file begins with text ('{visible(first.strip()[:40])}'), not with keys: every "
        ".yaml file in the corpus folder is read as a topic: move this file out of the "
        "folder (or name it .txt or .md), or write it as a topic, starting with 'deck:', "
        "'title:' and 'cards:'",
    )


def _value_then_items(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """``items: Alcohol, Aldehyde`` above ``- ...`` lines: YAML reads the items as more
    of the key's text and stops at the first item that holds ': ' ("mapping values are
    not allowed"). The key's line, when the line ``line0`` is such an item under it."""
    item = re.match(r"( *)- ", lines[line0]) if 0 <= line0 < len(lines) else None
    if item is None:
        return None
    depth = len(item[1])
    for number in range(line0 - 1, -1, -1):
        line = lines[number]
        if not line.strip() or len(line) - len(line.lstrip(" ")) >= depth:
            continue
        key = _KEY_LINE.match(line.rstrip())
        value = (key["value"] or "").strip() if key else ""
        if not value or value[0] in "|>[{&*!#":
            return None
        name = key["key"].strip()
        return (
            number + 1,
            len(line) - len(value) + 1,
            f"'{name}: {visible(value[:30])}' has a value after its key and '- ' items "
            f"under it, which YAML reads as more of that value: write '{name}:' alone on "
            "its line, each item on a '- ' line under it",
        )
    return None


#: Every key a corpus, topic or card file may hold.
_FIELD_NAMES = frozenset(
    spec.name
    for specs in (
        COMMON_FIELDS,
        TOPIC_FIELDS,
        CORPUS_FIELDS,
        *(kind.fields for kind in KINDS.values()),
    )
    for spec in specs
) | {"id", "kind"}


#: Keys whose value is one text, never a list: ``answer: [::1]`` is quoted whole.
_TEXT_KEYS = frozenset(
    spec.name
    for specs in (COMMON_FIELDS, TOPIC_FIELDS, *(kind.fields for kind in KINDS.values()))
    for spec in specs
    if spec.type
    in (FieldType.TEXT, FieldType.CODE, FieldType.WORD, FieldType.NUMBER_OR_TEXT, FieldType.PATH)
)


#: Keys whose value is lines of their own under them, by what each line is: a key and its
#: value (``settings``, a table's ``rows``) or a ``- `` item (``cards``, ``items``).
_NESTED_KEYS = {
    spec.name: "" if spec.type is FieldType.ROWS else "- "
    for specs in (TOPIC_FIELDS, CORPUS_FIELDS, *(kind.fields for kind in KINDS.values()))
    for spec in specs
    if spec.type in (FieldType.ROWS, FieldType.ITEMS)
}


def _nested_on_its_line(key: str, value: str, mark: str) -> str:
    """``settings: fact_scope: corpus``: a key's entry written on the key's own line, where
    YAML reads the entry's ': ' as a second key on one line. Quoting it would make it text,
    which the key does not take: the entry goes on a line of its own under the key."""
    return (
        f"'{key}' takes its entries on lines of their own: write '{key}:' alone on its "
        f"line, then '{mark}{value}' on the line under it, 2 spaces further in"
    )


#: What follows a key whose value is a block of lines: ``|``, ``>-``, ``|2``.
_BLOCK_START = re.compile(r"[|>][-+0-9]*")


def block_unindented(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """A block (``code: |`` on the line ``line0``) whose first line is indented no more
    than its key: YAML ends the block there, empty, and reads the lines as keys."""
    if not 0 <= line0 < len(lines):
        return None
    match = _KEY_LINE.match(lines[line0].rstrip())
    if match is None or not _BLOCK_START.fullmatch((match["value"] or "").strip()):
        return None
    after = next((i for i in range(line0 + 1, len(lines)) if lines[i].strip()), None)
    if after is None:
        return None
    indent, place = len(match["indent"]), len(lines[after]) - len(lines[after].lstrip(" "))
    if place > indent:
        return None
    key, start = match["key"].strip(), match["value"].strip()
    return (
        after + 1,
        place + 1,
        f"the lines under '{key}: {start}' must be indented more than '{key}': "
        f"indent them {_spaces(indent + 2)}",
    )


def _block_dedented(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """A later line of a block (``code: |``) indented less than the block's first line:
    YAML ends the block above it and reads the line (``CMD curl …``) as a key, or, when
    that line reads as a key (``image: nginx``), stops at the code line after it. A line
    that starts with a field's name (``note Runs …``) is left to the other explanations."""
    if not 0 <= line0 < len(lines) or not lines[line0].strip():
        return None
    indent = len(lines[line0]) - len(lines[line0].lstrip(" "))
    word = re.match(r"\s*(- +)?([A-Za-z_][\w-]*)", lines[line0])
    # a '- ' where no list above has one is no card (``- name: ping`` of a playbook)
    item = word is not None and word[1] is not None and not _dash_at(lines, line0, indent)
    if word is not None and not item and _like_a_field(word[2]):
        return None
    above = next(
        (i for i in range(line0 - 1, -1, -1) if lines[i].strip() and _depth(lines[i]) < indent),
        None,
    )
    found = _dedented_in_block(lines, line0)
    return found or (_dedented_in_block(lines, above) if above is not None else None)


def _dedented_in_block(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """``line0`` when it follows the lines of a block, indented less than they are."""
    line = lines[line0].rstrip()
    indent = _depth(line)
    first = None  # the indentation of the lines between the header and this one
    for number in range(line0 - 1, -1, -1):
        above = lines[number].rstrip()
        if not above.strip():
            continue
        header = _BLOCK_HEADER.match(above)
        if header is not None and first is not None:
            if first <= indent or first <= len(header["indent"]):
                return None
            return (
                line0 + 1,
                indent + 1,
                f"'{line[indent:]}' is indented {_spaces(indent)}, less than the first "
                f"line of '{header['key']}: |' above ({first}), which ends the block there: "
                f"indent it {_spaces(first)} or more, like the block's first line",
            )
        if _depth(above) <= indent:
            return None
        first = _depth(above)
    return None


def _depth(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


#: A quoted key and, after a blank, more than a ':' (``"Third person" [amat, amant]``).
_QUOTED_KEY = re.compile(r"""(?P<key>"(?:[^"\\]|\\.)+"|'(?:[^']|'')+') +(?P<rest>[^:#\s].*)""")


def _no_colon(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """A line of a mapping that has no ':' after its key: ``question What is it?``."""
    if not 0 <= line0 < len(lines):
        return None
    line = lines[line0].rstrip()
    glued = _dash_glued_item(lines, line0)
    if glued is not None:
        return glued
    indent = len(line) - len(line.lstrip(" -"))
    quoted = _QUOTED_KEY.fullmatch(line[indent:])
    if quoted is not None and ": " not in quoted["rest"]:
        # '"Third person" [amat, amant]', a table's quoted row label
        key, rest, inside = quoted["key"], quoted["rest"].strip(), ""
        if len(key) > 3 and key[-2] == ":":  # '"Third:" [...]': the ':' typed in the quotes
            key, inside = key[:-2] + key[-1], ", the ':' inside its quotes is text"
        return (
            line0 + 1,
            indent + 1,
            f"'{line[indent:]}' has no ':' after its key{inside}: write {key}: {rest}",
        )
    words = line[indent:].split(" ", 1)
    if not re.fullmatch(r"[A-Za-z_][\w-]*", words[0]):
        return None
    cut = re.fullmatch(r"(?P<key>[^#:]*? #[^:]*?): (?P<value>.*)", line[indent:])
    if cut is not None:  # "Super #1: [honey]": the comment took the key's ':'
        key = cut["key"]
        return (
            line0 + 1,
            indent + 1,
            f"'#' after a space starts a comment in YAML, so '{key}' is no key: quote it: "
            f"{quote(key)}: {cut['value']}",
        )
    fixed = f"{words[0]}: {words[1].strip()}" if len(words) > 1 else f"{words[0]}: …"
    above = _value_above(lines, line0, indent)
    if above is not None and not _like_a_field(words[0]):  # a value's second line, unindented
        return (
            line0 + 1,
            indent + 1,
            f"'{line[indent:]}' has no ':' after its key: if it goes on with '{above}' above, "
            f"indent it further than '{above}' ({indent + 2} spaces); if it is a field, "
            f"write {fixed}",
        )
    empty = _empty_key_above(lines, line0, indent)
    if empty is not None and not _like_a_field(words[0]):  # the value under its key, unindented
        value = line[indent:]
        shown = visible(value if len(value) <= 40 else value[:39] + "…")
        return (
            line0 + 1,
            indent + 1,
            f"'{shown}' under '{empty}:' is read as a key with no ':': as the value of "
            f"'{empty}', write it on that line ({empty}: {shown}) or indent it further than "
            f"'{empty}' ({indent + 2} spaces)",
        )
    return (
        line0 + 1,
        indent + 1,
        f"'{line[indent:]}' has no ':' after its key: write {fixed}",
    )


def _empty_key_above(lines: list[str], line0: int, indent: int) -> str | None:
    """The field of the line above ``line0`` when it is ``field:`` with nothing after it,
    at ``indent``: the line may be its value, written under it without an indent."""
    above = next((i for i in range(line0 - 1, -1, -1) if lines[i].strip()), None)
    if above is None:
        return None
    match = re.fullmatch(r"( *(?:- +)?)([A-Za-z_][\w-]*):\s*", lines[above])
    if match is None or len(match[1]) != indent or match[2] not in _FIELD_NAMES:
        return None
    return match[2]


def _dash_glued_item(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """``-Roof`` under ``- Crown board``: a list item without the space after its dash."""
    line = lines[line0].rstrip()
    match = re.fullmatch(r"(?P<indent> *)-(?P<rest>[^\s\-].*)", line)
    above = next((i for i in range(line0 - 1, -1, -1) if lines[i].strip()), None)
    if match is None or above is None or not lines[above].startswith(f"{match['indent']}- "):
        return None
    fixed = f"- {match['rest']}"
    return line0 + 1, len(match["indent"]) + 1, f"put a space after '-': {fixed}"


def _like_a_field(word: str) -> bool:
    """A field's name, or one misspelt (``anwser``)."""
    import difflib

    return word in _FIELD_NAMES or bool(
        difflib.get_close_matches(word, _FIELD_NAMES, n=1, cutoff=0.8)
    )


def _value_above(lines: list[str], line0: int, indent: int) -> str | None:
    """The key of the line above ``line0`` when it is ``key: value`` (a one-line value)
    at ``indent``: the line may be that value's next line."""
    above = next((i for i in range(line0 - 1, -1, -1) if lines[i].strip()), None)
    if above is None:
        return None
    match = re.match(r"( *(?:- +)?)([A-Za-z_][\w-]*): +[^\s|>&*!'\"\[{#]", lines[above])
    if match is None or len(match[1]) != indent:
        return None
    return match[2]


#: A card written on one line in braces: ``- {id: a, question: What does `d[k]` do?}``.
_BRACED = re.compile(r" *(?:- +)?\{.*\}\s*(?:#.*)?\Z")
#: Where a field of it starts: ``{key: `` or ``, key: ``.
_BRACED_FIELD = re.compile(r"[{,]\s*(?P<key>[A-Za-z_][\w-]*): ")


def _in_braces(line: str, line0: int, col0: int) -> tuple[int, int, str] | None:
    """An error inside a card written in braces: the field it is in, quoted."""
    if _BRACED.match(line) is None:
        return None
    fields = list(_BRACED_FIELD.finditer(line))
    before = [field for field in fields if field.end() <= col0]
    if not before:
        return None
    field = before[-1]
    later = [other.start() for other in fields if other.start() > field.end()]
    end = later[0] if later else line.rindex("}")
    value = line[field.end() : end].strip()
    if not value or value[0] in "'\"":
        return None
    return (
        line0 + 1,
        field.end() + 1,
        "in a card written in braces ({…}), YAML reads [ ] { } , # and ': ' as its own: "
        f"quote the value: {field['key']}: {quote(value)}",
    )


#: A list written in brackets after a key: ``columns: [a, b]``, ``"`[{`": [enclosing `{`]``.
_FLOW_LIST = re.compile(r"(?P<head>.*?:\s+)\[(?P<items>.*)\]\s*(?:#.*)?\Z")
#: What YAML reads as its own inside brackets, or at an item's start (``::1``, ``:80``:
#: inside brackets a ':' is always a key's colon to PyYAML; ``??``, a lazy ``?``: a '?'
#: there is a key's mark).
_FLOW_SPECIAL = re.compile(r"[{}\[\]`#&*!|>%@]|: |\A[:?]")


def _in_flow_list(line: str, line0: int, col0: int) -> tuple[int, int, str] | None:
    """An error inside a list written in brackets: the list with its items quoted."""
    match = _FLOW_LIST.match(line)
    if match is None or not match.start("items") <= col0 <= match.end("items"):
        return None
    items = _flow_items(match["items"])
    if any(item[:1] in "'\"" and not _quoted_whole(item) for item in items):
        return None  # a quote left open: another mistake
    key = match["head"].strip().rstrip(":").strip()
    if key in _TEXT_KEYS:
        whole = f"[{match['items']}]"
        return (
            line0 + 1,
            match.start("items"),
            f"'[' starts a YAML list, and '{key}' is text: quote the value: {key}: {quote(whole)}",
        )
    fixed = ", ".join(
        quote(item) if _FLOW_SPECIAL.search(item) and not _quoted_whole(item) else item
        for item in items
    )  # an item quoted already stays as written: [Trp, N[C@@H](C)C(=O)O, "5.89"]
    if key[:1] in "{[*&!@%`|>":
        key = quote(key)
    return (
        line0 + 1,
        match.start("items"),
        f"inside [ ], YAML reads {{ }} [ ] , ` and a ':' that starts an item as its own: "
        "quote such an item: "
        f"{key}: [{fixed}]",
    )


def _flow_items(text: str) -> list[str]:
    """The items of a bracketed list as written, split at its commas outside braces,
    brackets (``{n,m}?``, a regex's quantifier, is one item) and an item's quotes
    (``"weak Nu, polar solvent"``)."""
    items, depth, start, quoted = [], 0, 0, ""
    for at, char in enumerate(text):
        if quoted:
            quoted = "" if char == quoted else quoted
            continue
        if char in "'\"" and not text[start:at].strip():
            quoted = char
            continue
        depth += (char in "{[") - (char in "}]")
        if char == "," and depth <= 0:
            items.append(text[start:at].strip())
            start = at + 1
    return [*items, text[start:].strip()]


def _quoted_whole(item: str) -> bool:
    """``item`` is one quoted scalar: it starts and ends with the same quote."""
    return len(item) > 1 and item[0] in "'\"" and item[-1] == item[0]


#: What closes each bracket.
_CLOSING = {"[": "]", "{": "}"}


#: What a line holds before a '[' or '{' that opens a flow: blanks, a list item's dash, a
#: key and its colon; a bracket after any other text is a character of a plain value
#: (a Vim key, ``answer: <C-[>``; ``value: a[0]``).
_VALUE_STARTS = re.compile(r" *(?:- +)*(?:[^\s#'\"\-][^#]*?: +|(?P<q>['\"]).*?(?P=q): +)?")


def _opened_flow(line: str) -> tuple[int, int | None] | None:
    """Where ``line`` opens a '[' or '{' it does not close, and where a comment cuts it
    (a '#' after a space or a bracket): (bracket column, '#' column or None), or None.

    Quoted items are passed over; a quote that is not closed on the line is another
    problem (None). Outside a flow, only a bracket where a value starts opens one."""
    opened: list[int] = []
    at, size = 0, len(line)
    while at < size:
        char = line[at]
        before = line[:at].rstrip()[-1:]
        if char in "'\"" and (not before or before in "[{,:-"):
            end = line.find(char, at + 1)
            while char == "'" and end >= 0 and line[end + 1 : end + 2] == "'":
                end = line.find(char, end + 2)  # '' is a quote inside single quotes
            while char == '"' and end >= 0 and line[end - 1] == "\\":
                end = line.find(char, end + 1)
            if end < 0:
                return None
            at = end + 1
            continue
        if char == "#" and (at == 0 or line[at - 1] in " \t[{,"):
            return (opened[-1], at) if opened else None
        if char in "[{" and (opened or _VALUE_STARTS.fullmatch(line[:at])):
            opened.append(at)
        elif char in "]}" and opened:
            opened.pop()
        at += 1
    return (opened[-1], None) if opened else None


def _unclosed_flow(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """A '[' or '{' left open on its line (its ']' forgotten, or cut off by a '#' read as a
    comment): the parser reads on into the lines below and stops there; the open line,
    with the fix."""
    for number in range(min(line0, len(lines) - 1), -1, -1):
        found = _opened_flow(lines[number])
        if found is None:
            continue
        column, comment = found
        line = lines[number]
        if comment is not None and line[column] == "{" and line[:column].strip() == "-":
            return _card_cut_by_comment(line, number, column, comment)
        match = _KEY_LINE.match(line[:column].rstrip() + " x")
        if match is None or match["key"] is None:
            return None
        key = match["key"].strip()
        bracket = line[column]
        written = line[column + 1 :].rstrip()
        if comment is None:
            fixed = f"{key}: {bracket}{written}{_CLOSING[bracket]}"
            return (
                number + 1,
                column + 1,
                f"this '{bracket}' is never closed: close it on its line: {fixed}",
            )
        if written.endswith(_CLOSING[bracket]):
            written = written[:-1]
        items = [item.strip() for item in written.split(",")]
        quoted = ", ".join(quote(item) if "#" in item else item for item in items)
        return (
            number + 1,
            comment + 1,
            f"'#' after a space or '{bracket}' starts a comment in YAML, so this line's "
            f"'{bracket}' is never closed: quote the item: "
            f"{key}: {bracket}{quoted}{_CLOSING[bracket]}",
        )
    return None


def _card_cut_by_comment(line: str, line0: int, column: int, comment: int) -> tuple[int, int, str]:
    """A card written in braces whose '#' (``definition: the bank # money``) YAML reads
    as a comment, so its '{' is never closed: the card with each value that holds the
    '#' quoted."""
    written = line[column + 1 :].rstrip()
    written = written[:-1] if written.endswith("}") else written
    fields = []
    for field in (part.strip() for part in written.split(",")):
        key, colon, value = field.partition(": ")
        if " #" in field and colon and _FIELD_NAME.match(key):
            field = f"{key}: {quote(value.strip())}"
        fields.append(field)
    return (
        line0 + 1,
        comment + 1,
        "'#' after a space starts a comment in YAML, so this card's '{' is never closed: "
        f"quote the value: {line[:column].strip()} {{{', '.join(fields)}}}",
    )


#: A list item without the space after its dash: ``-id: b``.
_DASH_GLUED = re.compile(r"(?P<indent> *)-(?P<rest>[^\s\-].*?:.*)\Z")
#: A key with no space after its colon: ``answer:a`` (YAML reads it as text, not a key).
_COLON_GLUED = re.compile(
    r"(?P<indent> *(?:- +)?)(?P<key>[A-Za-z_][\w-]*):(?P<value>[^\s:/\\].*)\Z"
)


def _glued_colon(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """The line the parser stopped on, or the one above it, written ``key:value``."""
    for number in (line0, line0 - 1):
        if not 0 <= number < len(lines):
            continue
        match = _COLON_GLUED.match(lines[number].rstrip())
        if match is not None:
            key, value = match["key"], match["value"]
            return (
                number + 1,
                len(match["indent"]) + 1,
                f"'{key}:{value}' needs a space after ':' to be a key: write {key}: {value}",
            )
    return None


def _misplaced_item(lines: list[str], line0: int, indent: str) -> tuple[int, int, str] | None:
    """A list item (a new card) whose '-' is not under the '-' of the items before it.

    Items of a list inside a card (``items:``) sit deeper: they are passed over, and the
    first item after ``items:`` is no misplaced card."""
    if "-" not in indent:
        return None
    column = indent.index("-")
    deeper: list[int] = []  # the places of the deeper items passed over
    for number in range(line0 - 1, -1, -1):
        line = lines[number]
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        place = len(line) - len(stripped)
        item = stripped.startswith("- ")
        if item and place == column:
            return None  # under the item above it
        if place > column:
            deeper += [place] if item else []
            continue
        if place == 0 and not item:  # a top-level key: the cards' '-' are the deeper ones
            short = deeper and column < min(deeper)  # left of every card's '-' below the key
            return _misplaced(line0, column, min(deeper)) if short else None
        if item:
            return _misplaced(line0, column, place)
        if place < column and stripped.rstrip().endswith(":"):
            return None  # "items:" above: the first item of a list inside the card
    return None


def _item_short_of_above(lines: list[str], line0: int) -> tuple[int, int, str] | None:
    """A list item of a card's list (``items:``, a row's cells) whose '-' stands left of
    the '-' of the item above it: YAML takes it for no item of that list."""
    line = lines[line0]
    written = line.lstrip(" ")
    if not written.startswith("- "):
        return None
    column = len(line) - len(written)
    if _dash_at(lines, line0, column):
        return None  # a '-' of an outer list (the next card): some other mistake
    for number in range(line0 - 1, -1, -1):
        above = lines[number].lstrip(" ")
        if not above or above.startswith("#"):
            continue
        place = len(lines[number]) - len(above)
        if not above.startswith("- ") or place <= column:
            return None
        return (
            line0 + 1,
            column + 1,
            f"'- ' at {_spaces(column)}, but the list item above starts at "
            f"{_spaces(place)}: put this '-' under the one above ({_spaces(place)})",
        )
    return None


def _dash_at(lines: list[str], line0: int, column: int) -> bool:
    """A list item ('- ') starts at ``column`` on some line above ``line0``."""
    head = " " * column + "- "
    return any(line.startswith(head) for line in lines[:line0])


def _misplaced(line0: int, column: int, place: int) -> tuple[int, int, str]:
    return (
        line0 + 1,
        column + 1,
        f"'- ' at {_spaces(column)}, but the list item above starts at "
        f"{_spaces(place)}: put this '-' under the one above ({_spaces(place)}), as "
        "each card of 'cards:' is",
    )


def _continued(lines: list[str], line0: int, indent: int) -> bool:
    """Whether the value on line ``line0``, of a key indented ``indent``, goes on: the
    next line that is not blank is indented further in than the key (YAML reads it as
    more of the value)."""
    for line in lines[line0 + 1 :]:
        if line.strip():
            return len(line) - len(line.lstrip(" ")) > indent
    return False


def _spaces(count: int) -> str:
    return "1 space" if count == 1 else f"{count} spaces"


def _opener_left_out(
    lines: list[str], line0: int, key: str, indent: int
) -> tuple[int, int, str] | None:
    """``settings:``, then ``paper: a4`` at its indentation, then ``  columns: 3``
    further in: the keys below were meant to be inside the key with no value on its line
    (``settings:``), the first of them written without its indent. That first key's
    place and what to write; None when the lines above ``line0`` are not so."""
    written = [
        i
        for i in range(line0 - 1, -1, -1)
        if lines[i].strip() and not lines[i].lstrip().startswith("#")
    ][:2]
    if len(written) < 2:
        return None
    slipped, opener = (_KEY_LINE.match(lines[i].rstrip()) for i in written)
    if slipped is None or opener is None or (opener["value"] or "").strip():
        return None
    width = len(slipped["indent"])
    if "-" in slipped["indent"] + opener["indent"] or len(opener["indent"]) != width:
        return None
    name, holder = slipped["key"].strip(), opener["key"].strip()
    at = f"indented {_spaces(width)}" if width else "at the start of its line"
    return (
        written[0] + 1,
        width + 1,
        f"'{name}' is {at}, as '{holder}:' above it, and '{key}' "
        f"below it {_spaces(indent)} in: to put '{name}' inside '{holder}', indent it "
        f"{_spaces(indent)} like '{key}'",
    )


def _key_above(lines: list[str], line0: int) -> tuple[int, str] | None:
    """(indentation, key) of the nearest key line above ``line0``."""
    for number in range(line0 - 1, -1, -1):
        stripped = lines[number].strip()
        if not stripped or stripped.startswith("#"):
            continue
        match = _KEY_LINE.match(lines[number].rstrip())
        if match is None:
            return None
        return len(match["indent"]), match["key"].strip()
    return None


def _merge_conflict(text: str, display: str, settings: bool) -> Diagnostic | None:
    """Git's conflict markers left in the file by a merge (at the start of a line, where
    no YAML value of a card starts): the first conflict's lines, what to do, and the
    lines of the file's other conflicts (``settings``: the file is corpus.yaml, which
    holds no cards)."""
    if not (text.startswith("<<<<<<< ") or "\n<<<<<<< " in text):
        return None
    blocks = _conflict_blocks(text.split("\n"))
    if not blocks:
        return None
    (start, end, base), others = blocks[0], blocks[1:]
    if base:  # diff3 style: the common ancestor's lines sit between ||||||| and =======
        markers = "<<<<<<<, |||||||, =======, >>>>>>>"
        fix = (
            "delete the four marker lines and the lines between ||||||| and ======= (the "
            "text both sides started from)"
        )
    else:
        markers = "<<<<<<<, =======, >>>>>>>"
        fix = "delete the three marker lines"
    both = (
        "both sides' lines (one 'retired:' list with the ids of both)"
        if settings
        else "both cards (one id each)"
    )
    more = ""
    if others:
        spans = ", ".join(f"{first + 1}-{last + 1}" for first, last, _base in others)
        more = f"; {_more_conflicts(len(others))} in this file (lines {spans})"
    return make(
        Loc(display, start + 1, 1),
        "yaml-syntax",
        f"git's merge conflict markers (lines {start + 1}-{end + 1}: {markers}): keep the "
        f"side you want, or {both}, and {fix}{more}",
    )


def _more_conflicts(count: int) -> str:
    return "1 more conflict" if count == 1 else f"{count} more conflicts"


def _conflict_blocks(lines: list[str]) -> list[tuple[int, int, bool]]:
    """(first line, last line, has a diff3 base section) of each whole conflict git left
    in ``lines`` (0-based): ``<<<<<<< `` … ``=======`` … ``>>>>>>> ``."""
    blocks: list[tuple[int, int, bool]] = []
    start, base, middle = None, False, False
    for number, line in enumerate(lines):
        if line.startswith("<<<<<<< "):
            start, base, middle = number, False, False
        elif start is None:
            continue
        elif line.startswith("|||||||") and not middle:
            base = True
        elif line == "=======":
            middle = True
        elif line.startswith(">>>>>>> ") and middle:
            blocks.append((start, number, base))
            start = None
    return blocks


def compose(
    text: str, display: str, settings: bool = False
) -> tuple[yaml.Node | None, Diagnostic | None]:
    """The file's node tree, or one diagnostic saying why there is none (``settings``:
    the file is corpus.yaml)."""
    if (conflict := _merge_conflict(text, display, settings)) is not None:
        return None, conflict
    try:
        node = _composed(text)
    except yaml.YAMLError as exc:
        line, col, message = _syntax_message(exc, text, settings)
        if isinstance(exc, yaml.composer.ComposerError) and "alias" in message:
            return None, make(Loc(display, line, col), "yaml-syntax", message)
        return None, make(Loc(display, line, col), "yaml-syntax", message)
    except (RecursionError, MemoryError):
        return None, make(Loc(display, 1, 1), "unsafe-yaml", DEEP)
    if node is None:
        return None, None
    has_anchors = _ANCHOR.search(text) is not None
    if has_anchors or "!" in text:
        problem = check_safety(node, display, has_anchors)
        if problem is not None:
            return None, _local_tag_explained(problem, text)
    # else: no explicit tag and no anchor (so no alias): every tag is an implicit, safe one
    return (_with_aliases_placed(text, node) if has_anchors else node), None


def _composed(text: str) -> yaml.Node | None:
    """The node tree of ``text``: read by libyaml, or in pure Python when libyaml refused
    a tab that YAML keeps as content (``_TAB_AT_BLOCK_INDENT``)."""
    try:
        return _node_read_by(_Composer, text)
    except yaml.scanner.ScannerError as exc:
        if issubclass(_Composer, yaml.SafeLoader) or _TAB_AT_BLOCK_INDENT not in str(exc.problem):
            raise
        return _node_read_by(_PureComposer, text)


def _with_aliases_placed(text: str, node: yaml.Node) -> yaml.Node:
    """``node`` (a file with anchors, found safe) read again with every alias of a text
    at its own place (``_AliasPlacedComposer``); ``node`` as it is if the pure-Python
    reader refuses what libyaml read."""
    try:
        return _node_read_by(_AliasPlacedComposer, text) or node
    except (yaml.YAMLError, RecursionError):
        return node


def _node_read_by(composer: type, text: str) -> yaml.Node | None:
    loader = composer(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _local_tag_explained(problem: Diagnostic, text: str) -> Diagnostic:
    """A value that starts with '!' (a local tag such as ``!important``): say to quote it."""
    if not problem.message.startswith("tag !") or problem.message.startswith("tag !!"):
        return problem
    explained = explain(text, problem.line - 1, problem.col - 1, "tag")
    if explained is None:
        return problem
    line, col, message = explained
    return make(Loc(problem.file, line, col), "yaml-syntax", message)


def check_safety(root: yaml.Node, display: str, has_anchors: bool = True) -> Diagnostic | None:
    """Refuse object-building tags, recursive aliases and alias bombs.

    Without anchors no node is shared, so a plain walk over the tags is enough.
    """
    if not has_anchors:
        node = _first_unsafe_tag(root)
        return None if node is None else _unsafe_tag(node, display)
    sizes: dict[int, int] = {}
    lengths: dict[int, int] = {}  # characters of text once aliases are expanded
    distinct = 0
    # iterative post-order walk; aliases are shared node objects, so memoise by id
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    on_path: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            children = _children(node)
            sizes[key] = 1 + sum(sizes[id(child)] for child in children)
            own = len(node.value) if isinstance(node, yaml.ScalarNode) else 0
            lengths[key] = own + sum(lengths[id(child)] for child in children)
            continue
        if key in sizes:
            continue
        if key in on_path:
            return make(_loc(node, display), "unsafe-yaml", "an alias refers to itself")
        if node.tag not in _ALLOWED_TAGS and not _is_binary(node):
            return _unsafe_tag(node, display)
        distinct += 1
        on_path.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in on_path:
                return make(_loc(child, display), "unsafe-yaml", "an alias refers to itself")
            if id(child) not in sizes:
                stack.append((child, False))
    total = sizes[id(root)]
    written = sum(len(n.value) for n in _distinct_scalars(root))
    expanded = lengths[id(root)]
    if expanded > max(MAX_EXPANDED_CHARS, 10 * written):
        return make(
            _loc(_biggest(root, lengths, MAX_EXPANDED_CHARS // 2), display),
            "unsafe-yaml",
            f"aliases expand this file's text to {expanded:,} characters (written: {written:,}; "
            f"the limit is {max(MAX_EXPANDED_CHARS, 10 * written):,}): write the text out "
            "instead of aliasing it",
        )
    if total > max(MAX_EXPANDED_NODES, 10 * distinct):
        return make(
            _loc(_biggest(root, sizes, MAX_EXPANDED_NODES // 2), display),
            "unsafe-yaml",
            f"aliases expand this file to {total:,} values (written: {distinct:,}; the limit "
            f"is {max(MAX_EXPANDED_NODES, 10 * distinct):,}): write the values out instead of "
            "aliasing them",
        )
    return None


def _biggest(root, measure: dict[int, int], over: int):
    """The deepest node on the path of largest children that still measures over ``over``:
    where the expansion comes from."""
    node = root
    while bigger := [c for c in _children(node) if measure[id(c)] > over]:
        node = max(bigger, key=lambda c: measure[id(c)])
    return node


def _distinct_scalars(root: yaml.Node) -> list[yaml.Node]:
    """Each scalar node once, however often aliases repeat it."""
    seen: dict[int, yaml.Node] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen[id(node)] = node
        stack.extend(_children(node))
    return [n for n in seen.values() if isinstance(n, yaml.ScalarNode)]


def _is_binary(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == BINARY_TAG


def _unsafe_tag(node: yaml.Node, display: str) -> Diagnostic:
    tag = node.tag.replace(Y, "!!")
    return make(
        _loc(node, display),
        "unsafe-yaml",
        f"tag {tag} is not allowed: cards hold plain text, numbers, lists and maps",
    )


def _first_unsafe_tag(root: yaml.Node) -> yaml.Node | None:
    """The first node (in check_safety's order) whose tag builds objects, for a tree
    without shared nodes."""
    stack = [root]
    pop, push, extend = stack.pop, stack.append, stack.extend
    mapping = yaml.MappingNode
    while stack:
        node = pop()
        if node.tag not in _ALLOWED_TAGS and not _is_binary(node):
            return node
        value = node.value
        if type(value) is list:
            if isinstance(node, mapping):
                for key, item in value:
                    push(key)
                    push(item)
            else:
                extend(value)
    return None


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _loc(node: yaml.Node, display: str) -> Loc:
    return Loc(display, *_place(node))


def _place(node: yaml.Node) -> tuple[int, int]:
    """Where ``node`` starts: 1-based line and column."""
    mark = node.start_mark
    return mark.line + 1, mark.column + 1
