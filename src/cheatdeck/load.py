"""The loader: the only module that reads YAML. Corpus folder -> frozen ``Corpus`` + diagnostics.

It composes each file with PyYAML's safe C composer (nodes keep their positions),
refuses object-building tags and runaway aliases, detects duplicate keys, and
validates every value against ``model.KINDS``. It never raises on bad input: every
problem of every file becomes a ``Diagnostic`` and loading goes on.
"""

from __future__ import annotations

import datetime as dt
import difflib
import gc
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import model
from .diagnostics import Diagnostic, make
from .model import (
    CARD_CLASSES,
    CORPUS_FIELDS,
    ID_PATTERN,
    KINDS,
    SETTING_NAMES,
    TOPIC_FIELDS,
    Corpus,
    FieldSpec,
    FieldType,
    Item,
    Loc,
    Row,
    Settings,
    Topic,
)

CORPUS_FILE = "corpus.yaml"
YAML_SUFFIXES = (".yaml", ".yml")

_CONSTRUCTOR = yaml.constructor.SafeConstructor()

Y = "tag:yaml.org,2002:"
SAFE_TAGS = {Y + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}
MERGE_TAG = Y + "merge"
_ALLOWED_TAGS = frozenset({*SAFE_TAGS, MERGE_TAG})
_IMPLICIT = {
    first: tuple(pairs) for first, pairs in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
# An anchor ("&name") is the only way to share nodes; without one there are no aliases.
_ANCHOR = re.compile(r"&[^\s,\[\]{}]")


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
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in _IMPLICIT.get(value[:1], ()):
                    if regexp.match(value):
                        return tag if tag in _ALLOWED_TAGS else Y + "str"
            return Y + "str"
        return Y + "seq" if kind is yaml.SequenceNode else Y + "map"


#: Aliases may expand a file to at most this many nodes (and 10x its written size).
MAX_EXPANDED_NODES = 200_000

CLOZE_OPEN = re.compile(r"\{\{")
CLOZE_DELETION = re.compile(r"\{\{c([1-9][0-9]*)::((?:(?!\{\{|\}\}).)+?)\}\}", re.S)


# ---------------------------------------------------------------- reading files


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, col


def decode(data: bytes, display: str) -> tuple[str | None, Diagnostic | None]:
    """UTF-8 text of a file (a BOM is allowed), or an ``encoding`` diagnostic."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        prefix = data[: exc.start]
        line = prefix.count(b"\n") + 1
        col = len(prefix[prefix.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        loc = Loc(display, line, col)
        byte = data[exc.start]
        return None, make(
            loc, "encoding", f"byte 0x{byte:02x} is not UTF-8; save the file as UTF-8"
        )


def _syntax_message(exc: yaml.YAMLError, text: str) -> tuple[int, int, str]:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if isinstance(exc, yaml.reader.ReaderError):
        line, col = _position(text, exc.position)
        char = exc.character
        code = ord(char) if isinstance(char, str) else char
        return line, col, f"character U+{code:04X} is not allowed in YAML"
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    if mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t":
        return line, col, "a tab character: YAML is indented with spaces"
    if "nesting depth" in problem:
        return line, col, "values nested too deeply"
    message = problem if not context else f"{problem} ({context})"
    if "single document" in message or "another document" in message:
        message = "a second YAML document ('---'): one file holds one document"
    return line, col, message


def compose(text: str, display: str) -> tuple[yaml.Node | None, Diagnostic | None]:
    """The file's node tree, or one diagnostic saying why there is none."""
    try:
        loader = _Composer(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        line, col, message = _syntax_message(exc, text)
        if isinstance(exc, yaml.composer.ComposerError) and "alias" in message:
            return None, make(Loc(display, line, col), "yaml-syntax", message)
        return None, make(Loc(display, line, col), "yaml-syntax", message)
    except (RecursionError, MemoryError):
        return None, make(Loc(display, 1, 1), "unsafe-yaml", "values nested too deeply")
    if node is None:
        return None, None
    has_anchors = _ANCHOR.search(text) is not None
    if has_anchors or "!" in text:
        problem = check_safety(node, display, has_anchors)
        if problem is not None:
            return None, problem
    # else: no explicit tag and no anchor (so no alias): every tag is an implicit, safe one
    return node, None


def check_safety(root: yaml.Node, display: str, has_anchors: bool = True) -> Diagnostic | None:
    """Refuse object-building tags, recursive aliases and alias bombs.

    Without anchors no node is shared, so a plain walk over the tags is enough.
    """
    if not has_anchors:
        node = _first_unsafe_tag(root)
        return None if node is None else _unsafe_tag(node, display)
    sizes: dict[int, int] = {}
    distinct = 0
    # iterative post-order walk; aliases are shared node objects, so memoise by id
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    on_path: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
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
    if total > max(MAX_EXPANDED_NODES, 10 * distinct):
        node = root
        while True:
            bigger = [c for c in _children(node) if sizes[id(c)] > MAX_EXPANDED_NODES // 2]
            if not bigger:
                break
            node = max(bigger, key=lambda c: sizes[id(c)])
        return make(
            _loc(node, display),
            "unsafe-yaml",
            f"aliases expand this file to {total:,} values (written: {distinct:,})",
        )
    return None


def _is_binary(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == Y + "binary"


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
    mark = node.start_mark
    return Loc(display, mark.line + 1, mark.column + 1)


# ---------------------------------------------------------------- values


class _Invalid(Exception):
    """A value could not be read; the diagnostic is already recorded."""


@dataclass
class FileReader:
    """Reads the values of one file, recording diagnostics as it goes."""

    display: str
    corpus_root: Path
    diagnostics: list[Diagnostic] = field(default_factory=list)
    cards_seen: int = 0  # card entries read, valid or not (for the summary line)

    def loc(self, node: yaml.Node) -> Loc:
        return _loc(node, self.display)

    def report(self, node_or_loc, code: str, message: str, related=None) -> None:
        loc = node_or_loc if isinstance(node_or_loc, Loc) else self.loc(node_or_loc)
        self.diagnostics.append(make(loc, code, message, related))

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """Key -> (key node, value node); duplicate keys reported, merge keys applied."""
        if not isinstance(node, yaml.MappingNode):
            self.report(node, "wrong-type", f"{what} must be a mapping of keys to values")
            raise _Invalid
        result: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        merged: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if key_node.tag == MERGE_TAG:
                for source in _merge_sources(value_node):
                    if isinstance(source, yaml.MappingNode):
                        for k, v in source.value:
                            if isinstance(k, yaml.ScalarNode):
                                merged.setdefault(k.value, (k, v))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.report(key_node, "wrong-type", "a key must be plain text")
                continue
            key = key_node.value
            if key in result:
                first = self.loc(result[key][0])
                self.report(
                    key_node,
                    "duplicate-key",
                    f"key '{key}' is repeated (first at {first.file}:{first.line})",
                    first,
                )
                continue
            result[key] = (key_node, value_node)
        for key, pair in merged.items():
            result.setdefault(key, pair)
        return result

    def scalar(self, node: yaml.Node, name: str) -> yaml.ScalarNode:
        if not isinstance(node, yaml.ScalarNode):
            shape = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
            self.report(node, "wrong-type", f"'{name}' must be text, not {shape}")
            raise _Invalid
        return node

    def text(self, node: yaml.Node, name: str) -> str:
        """Any scalar as written (``1.10`` stays ``1.10``); null is empty."""
        node = self.scalar(node, name)
        if node.tag == Y + "null" and not node.style:
            return ""
        if node.tag == Y + "binary":
            self.report(node, "wrong-type", f"'{name}' must be text, not binary data")
            raise _Invalid
        return node.value.strip()

    def code(self, node: yaml.Node, name: str) -> str:
        node = self.scalar(node, name)
        if node.tag == Y + "null" and not node.style:
            return ""
        return node.value.rstrip()

    def construct(self, node: yaml.ScalarNode):
        return _CONSTRUCTOR.construct_object(node, deep=True)

    def boolean(self, node: yaml.Node, name: str) -> bool:
        node = self.scalar(node, name)
        if node.tag != Y + "bool":
            self.report(node, "wrong-type", f"'{name}' must be true or false")
            raise _Invalid
        return bool(self.construct(node))

    def number_or_text(self, node: yaml.Node, name: str) -> str | int | float:
        node = self.scalar(node, name)
        if node.tag in (Y + "int", Y + "float") and not node.style:
            value = self.construct(node)
            if isinstance(value, float) and value != value:  # NaN is not a number here
                return node.value
            return value
        return self.text(node, name)

    def date(self, node: yaml.Node, name: str) -> dt.date:
        node = self.scalar(node, name)
        raw = node.value.strip()
        try:
            if node.tag == Y + "timestamp":
                value = self.construct(node)
                return value.date() if isinstance(value, dt.datetime) else value
            return dt.date.fromisoformat(raw)
        except (ValueError, TypeError, OverflowError):
            self.report(node, "wrong-type", f"'{name}' must be a date written YYYY-MM-DD")
            raise _Invalid from None

    def words(self, node: yaml.Node, name: str) -> tuple[str, ...]:
        """A list of short strings; one string is read as a list of one."""
        if isinstance(node, yaml.ScalarNode):
            items = [] if node.tag == Y + "null" else [node]
        elif isinstance(node, yaml.SequenceNode):
            items = node.value
        else:
            self.report(node, "wrong-type", f"'{name}' must be a list")
            raise _Invalid
        words = []
        for item in items:
            word = self.text(item, name)
            if not word or any(ch.isspace() for ch in word):
                self.report(item, "wrong-type", f"each of '{name}' must be one word, no spaces")
                continue
            words.append(word)
        return tuple(words)

    def texts(self, node: yaml.Node, name: str) -> tuple[list[str], list[yaml.Node]]:
        if not isinstance(node, yaml.SequenceNode):
            self.report(node, "wrong-type", f"'{name}' must be a list")
            raise _Invalid
        return [self.text(item, name) for item in node.value], node.value

    def image(self, node: yaml.Node, name: str) -> str:
        raw = self.text(node, name)
        if not raw:
            self.report(node, "empty-field", f"'{name}' is empty")
            raise _Invalid
        root = self.corpus_root.resolve()
        candidate = Path(raw)
        try:
            resolved = (root / candidate).resolve()
            inside = not candidate.is_absolute() and resolved.is_relative_to(root)
            exists = inside and resolved.is_file()
        except (OSError, ValueError, RuntimeError):
            inside = exists = False
        if not inside:
            self.report(node, "missing-media", f"image '{raw}' lies outside the corpus folder")
            raise _Invalid
        if not exists:
            self.report(node, "missing-media", f"image '{raw}' does not exist in the corpus folder")
            raise _Invalid
        return resolved.relative_to(root).as_posix()


def _merge_sources(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return [node]


def suggest(key: str, valid: list[str]) -> str:
    """'did you mean ...?' for a misspelt key, or the list of valid keys."""
    close = difflib.get_close_matches(key, valid, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return "valid keys: " + ", ".join(valid)


# ---------------------------------------------------------------- cards


def cloze_problem(text: str) -> str | None:
    """Why a cloze text is not valid Anki cloze, or None."""
    deletions = 0
    pos = 0
    while True:
        opening = CLOZE_OPEN.search(text, pos)
        if opening is None:
            break
        match = CLOZE_DELETION.match(text, opening.start())
        if match is None:
            snippet = text[opening.start() : opening.start() + 24]
            return (
                f"malformed deletion '{snippet}…': "
                "write {{c1::answer}} or {{c1::answer::hint}}"
            )
        parts = match.group(2).split("::")
        if len(parts) > 2:
            return f"deletion '{match.group(0)}' has more than one '::' (answer::hint)"
        if not parts[0].strip():
            return f"deletion '{match.group(0)}' is empty"
        deletions += 1
        pos = match.end()
    if deletions == 0:
        return "no deletion: mark the hidden part as {{c1::answer}}"
    return None


@dataclass
class CardContext:
    """What a card inherits from its file and corpus."""

    topic_path: str
    deck: str
    source: str | None
    tags: tuple[str, ...]


def read_card(reader: FileReader, node: yaml.Node, ctx: CardContext) -> model.Card | None:
    """One card mapping -> a frozen card, or None after reporting why not."""
    try:
        fields = reader.mapping(node, "a card")
    except _Invalid:
        return None
    card_loc = reader.loc(node)
    ok = True

    kind_spec = None
    if "kind" not in fields:
        reader.report(card_loc, "missing-field", "card has no 'kind'; kinds: " + ", ".join(KINDS))
        ok = False
    else:
        try:
            kind = reader.text(fields["kind"][1], "kind")
            kind_spec = KINDS.get(kind)
            if kind_spec is None:
                hint = difflib.get_close_matches(kind, list(KINDS), n=1)
                pre = f"did you mean '{hint[0]}'? " if hint else ""
                reader.report(
                    fields["kind"][1],
                    "unknown-kind",
                    f"unknown kind '{kind}': {pre}kinds are " + ", ".join(KINDS),
                )
                ok = False
        except _Invalid:
            ok = False

    card_id = None
    if "id" not in fields:
        reader.report(card_loc, "missing-field", "card has no 'id'")
        ok = False
    else:
        try:
            card_id = reader.text(fields["id"][1], "id")
            if not ID_PATTERN.match(card_id):
                reader.report(
                    fields["id"][1],
                    "bad-id",
                    f"id '{card_id}' must be lower-case letters, digits and '-' "
                    "(starting with a letter or digit)",
                )
                ok = False
        except _Invalid:
            ok = False

    if kind_spec is None:
        return None
    valid = [f.name for f in kind_spec.all_fields()]
    values: dict[str, object] = {}
    locs: dict[str, Loc] = {}
    suggested: set[str] = set()
    for key, (key_node, value_node) in fields.items():
        if key in ("id", "kind"):
            locs[key] = reader.loc(value_node)
            continue
        spec = kind_spec.field(key)
        if spec is None:
            hint = suggest(key, valid)
            reader.report(
                key_node,
                "unknown-field",
                f"'{key}' is not a field of a {kind_spec.name} card: {hint}",
            )
            suggested.update(difflib.get_close_matches(key, valid, n=1, cutoff=0.6))
            ok = False
            continue
        locs[key] = reader.loc(value_node)
        try:
            values[key] = read_value(reader, spec, value_node)
        except _Invalid:
            ok = False
    for spec in kind_spec.fields:
        if spec.required and spec.name not in fields and spec.name in suggested:
            continue  # the unknown-field message already points at the misspelt key
        if spec.required and spec.name not in fields:
            reader.report(
                card_loc, "missing-field", f"{kind_spec.name} card '{card_id}' needs '{spec.name}'"
            )
            ok = False
        elif spec.required and spec.name in values and _is_blank(values[spec.name]):
            reader.report(locs[spec.name], "empty-field", f"'{spec.name}' is empty")
            ok = False
    if not ok or card_id is None:
        return None
    if not _check_kind(reader, kind_spec.name, values, locs, fields):
        return None
    return _build_card(kind_spec.name, card_id, card_loc, locs, values, ctx)


def read_value(reader: FileReader, spec: FieldSpec, node: yaml.Node) -> object:
    name, kind = spec.name, spec.type
    if kind in (FieldType.TEXT, FieldType.WORD):
        return reader.text(node, name)
    if kind is FieldType.CODE:
        return reader.code(node, name)
    if kind is FieldType.BOOL:
        return reader.boolean(node, name)
    if kind is FieldType.NUMBER_OR_TEXT:
        return reader.number_or_text(node, name)
    if kind is FieldType.DATE:
        return reader.date(node, name)
    if kind is FieldType.WORDS:
        return reader.words(node, name)
    if kind is FieldType.PATH:
        return reader.image(node, name)
    if kind is FieldType.TEXTS:
        return reader.texts(node, name)
    if kind is FieldType.ROWS:
        return read_rows(reader, node)
    if kind is FieldType.ITEMS:
        return read_items(reader, node)
    raise AssertionError(kind)  # pragma: no cover


def _is_blank(value: object) -> bool:
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], list):
        return not value[0]
    if isinstance(value, (list, tuple)):
        return not value
    return False


def read_rows(reader: FileReader, node: yaml.Node) -> list[tuple[yaml.Node, str, list, list]]:
    """Row label -> cells, each with its nodes; shapes are checked by the kind."""
    if isinstance(node, yaml.ScalarNode) and node.tag == Y + "null":
        return []
    rows = reader.mapping(node, "'rows'")
    result = []
    for label, (key_node, value_node) in rows.items():
        if not isinstance(value_node, yaml.SequenceNode):
            reader.report(
                value_node, "wrong-type", f"row '{label}' must be a list with one cell per column"
            )
            raise _Invalid
        cells = []
        for cell in value_node.value:
            cells.append(reader.text(cell, f"row '{label}'"))
        result.append((key_node, label.strip(), cells, value_node.value))
    return result


def read_items(reader: FileReader, node: yaml.Node) -> list[tuple[yaml.Node, str, str | None]]:
    if isinstance(node, yaml.ScalarNode) and node.tag == Y + "null":
        return []
    if not isinstance(node, yaml.SequenceNode):
        reader.report(node, "wrong-type", "'items' must be a list")
        raise _Invalid
    items = []
    for item in node.value:
        if isinstance(item, yaml.MappingNode):
            pairs = reader.mapping(item, "an item")
            if len(pairs) != 1:
                reader.report(item, "wrong-type", "an item is text or one 'term: explanation'")
                raise _Invalid
            ((term, (_, value)),) = pairs.items()
            text = reader.text(value, "item")
            if not term.strip() or not text:
                reader.report(item, "empty-field", "an item is empty")
                raise _Invalid
            items.append((item, text, term.strip()))
        else:
            text = reader.text(item, "item")
            if not text:
                reader.report(item, "empty-field", "an item is empty")
                raise _Invalid
            items.append((item, text, None))
    return items


def _check_kind(reader: FileReader, kind: str, values: dict, locs: dict, fields: dict) -> bool:
    """Kind-specific rules: table shape, cloze syntax, units."""
    ok = True
    if kind == "table":
        columns, column_nodes = values["columns"]
        for text, cnode in zip(columns, column_nodes, strict=True):
            if not text:
                reader.report(cnode, "empty-cell", "a column heading is empty")
                ok = False
        if not values["rows"]:
            reader.report(locs["rows"], "empty-field", "'rows' is empty")
            ok = False
        for key_node, label, cells, cell_nodes in values["rows"]:
            if not label:
                reader.report(key_node, "empty-cell", "a row label is empty")
                ok = False
            if len(cells) != len(columns):
                reader.report(
                    key_node,
                    "table-shape",
                    f"row '{label}' has {len(cells)} cells for {len(columns)} columns",
                )
                ok = False
                continue
            for text, cnode, column in zip(cells, cell_nodes, columns, strict=True):
                if not text:
                    reader.report(cnode, "empty-cell", f"cell '{label}' / '{column}' is empty")
                    ok = False
    elif kind == "cloze":
        problem = cloze_problem(values["text"])
        if problem:
            reader.report(locs["text"], "bad-cloze", problem)
            ok = False
    elif kind == "limit":
        value = values["value"]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if not values.get("unit"):
                where = locs.get("unit", locs["value"])
                reader.report(
                    where, "missing-unit", f"the number {value} needs a unit (unit: seconds, …)"
                )
                ok = False
    return ok


def _build_card(kind, card_id, card_loc, locs, values, ctx: CardContext) -> model.Card:
    tags = _merge_tags(ctx.tags, values.pop("tags", ()))
    values.setdefault("source", ctx.source)
    if kind == "table":
        columns, _ = values["columns"]
        values["columns"] = tuple(columns)
        values["rows"] = tuple(
            Row(label, tuple(cells), _loc(key_node, card_loc.file))
            for key_node, label, cells, _ in values["rows"]
        )
    elif kind == "list":
        values["items"] = tuple(
            Item(text, term, _loc(node, card_loc.file)) for node, text, term in values["items"]
        )
    if kind in ("command", "snippet") and not values.get("lang"):
        values.pop("lang", None)
    if values.get("source") == "":
        values["source"] = None
    for optional in ("note", "example", "unit", "row_header", "output"):
        if values.get(optional) == "":
            values[optional] = None
    cls = CARD_CLASSES[kind]
    return cls(
        id=card_id,
        loc=card_loc,
        topic=ctx.topic_path,
        deck=ctx.deck,
        tags=tags,
        locs=locs,
        **values,
    )


def _merge_tags(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))


# ---------------------------------------------------------------- files


def _deck_path(root_deck: str, deck: str) -> str | None:
    parts = [p.strip() for p in deck.split("::")]
    if not all(parts):
        return None
    return "::".join([root_deck, *parts]) if root_deck else "::".join(parts)


def read_topic(
    reader: FileReader, node: yaml.Node | None, rel: str, root_deck: str
) -> tuple[Topic | None, list[model.Card]]:
    """One topic file's node tree -> its topic and cards (problems reported)."""
    start = Loc(reader.display, 1, 1)
    if node is None:
        reader.report(start, "missing-field", "empty topic file: it needs deck, title and cards")
        return None, []
    try:
        fields = reader.mapping(node, "a topic file")
    except _Invalid:
        return None, []
    values: dict[str, object] = {}
    ok = True
    valid = [f.name for f in TOPIC_FIELDS]
    for key, (key_node, value_node) in fields.items():
        spec = next((f for f in TOPIC_FIELDS if f.name == key), None)
        if spec is None:
            reader.report(
                key_node, "unknown-field", f"'{key}' is not a topic key: {suggest(key, valid)}"
            )
            ok = False
            continue
        if key == "cards":
            continue
        try:
            values[key] = read_value(reader, spec, value_node)
        except _Invalid:
            ok = False
    for spec in TOPIC_FIELDS:
        if spec.required and spec.name not in fields:
            reader.report(reader.loc(node), "missing-field", f"topic file needs '{spec.name}'")
            ok = False
        elif spec.required and spec.name in values and _is_blank(values[spec.name]):
            reader.report(fields[spec.name][1], "empty-field", f"'{spec.name}' is empty")
            ok = False
    deck = None
    if values.get("deck"):
        deck = _deck_path(root_deck, str(values["deck"]))
        if deck is None:
            reader.report(
                fields["deck"][1], "empty-field", "a part of 'deck' between '::' is empty"
            )
            ok = False
    order = values.get("order")
    if order is not None and not isinstance(order, (int, float)):
        reader.report(fields["order"][1], "wrong-type", "'order' must be a number")
        ok = False
        order = None
    ctx = CardContext(
        topic_path=rel,
        deck=deck or root_deck,
        source=values.get("source") or None,
        tags=values.get("tags", ()),
    )
    cards: list[model.Card] = []
    if "cards" in fields:
        cards_key, cards_node = fields["cards"]
        if isinstance(cards_node, yaml.ScalarNode) and cards_node.tag == Y + "null":
            reader.report(cards_key, "no-cards", "topic file has no cards")
            ok = False
        elif not isinstance(cards_node, yaml.SequenceNode):
            reader.report(cards_node, "wrong-type", "'cards' must be a list of cards")
            ok = False
        elif not cards_node.value:
            reader.report(cards_key, "no-cards", "topic file has no cards")
            ok = False
        else:
            for card_node in cards_node.value:
                reader.cards_seen += 1
                card = read_card(reader, card_node, ctx)
                if card is not None:
                    cards.append(card)
    if not ok or deck is None:
        return None, cards
    topic = Topic(
        path=rel,
        deck=deck,
        title=str(values["title"]),
        order=float(order) if order is not None else None,
        source=ctx.source,
        tags=ctx.tags,
        intro=values.get("intro") or None,
        cards=(),
        loc=reader.loc(node),
    )
    return topic, cards


def read_settings(reader: FileReader, node: yaml.Node) -> Settings:
    if isinstance(node, yaml.ScalarNode) and node.tag == Y + "null":
        return Settings()
    fields = reader.mapping(node, "'settings'")
    values: dict[str, object] = {}
    for key, (key_node, value_node) in fields.items():
        spec = SETTING_NAMES.get(key)
        if spec is None:
            reader.report(
                key_node,
                "unknown-field",
                f"'{key}' is not a setting: {suggest(key, list(SETTING_NAMES))}",
            )
            continue
        try:
            value = reader.number_or_text(value_node, key)
        except _Invalid:
            continue
        default = spec.default
        if spec.choices:
            value = str(value).lower()
            if value not in spec.choices:
                reader.report(
                    value_node, "wrong-type", f"'{key}' must be one of: " + ", ".join(spec.choices)
                )
                continue
        elif isinstance(default, (int, float)) and not isinstance(value, (int, float)):
            reader.report(value_node, "wrong-type", f"'{key}' must be a number")
            continue
        elif isinstance(default, int) and not isinstance(default, bool):
            if not isinstance(value, int) or value < 0:
                reader.report(value_node, "wrong-type", f"'{key}' must be a whole number >= 0")
                continue
        if key == "font_size" and not 6.5 <= float(value) <= 12:
            reader.report(
                value_node, "wrong-type", "'font_size' must be between 6.5 and 12 (points)"
            )
            continue
        if key == "similarity" and not 0 < float(value) <= 1:
            reader.report(value_node, "wrong-type", "'similarity' must be between 0 and 1")
            continue
        values[key] = float(value) if isinstance(default, float) else value
    return Settings(**values)


def display_path(path: Path, cwd: Path) -> str:
    """FILE as diagnostics show it: relative to the current folder when possible."""
    try:
        return os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        return str(path)


def topic_files(root: Path) -> list[Path]:
    """Every *.yaml / *.yml below the corpus folder except corpus.yaml, hidden folders skipped."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                path = Path(dirpath) / name
                if path.parent == root and name == CORPUS_FILE:
                    continue
                found.append(path)
    return found


def _read_node(path: Path, display: str) -> tuple[yaml.Node | None, Diagnostic | None, bool]:
    """(node, problem, readable) for one file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return (
            None,
            make(Loc(display, 1, 1), "encoding", f"cannot read the file: {exc.strerror}"),
            False,
        )
    text, problem = decode(data, display)
    if problem is not None:
        return None, problem, False
    node, problem = compose(text, display)
    return node, problem, problem is None


@dataclass
class CorpusHead:
    name: str = ""
    title: str = ""
    subtitle: str | None = None
    deck: str = ""
    retired: tuple[str, ...] = ()
    settings: Settings = field(default_factory=Settings)
    loc: Loc | None = None
    retired_locs: dict[str, Loc] = field(default_factory=dict)


def read_corpus_file(root: Path, cwd: Path, diagnostics: list[Diagnostic]) -> CorpusHead | None:
    path = root / CORPUS_FILE
    display = display_path(path, cwd)
    head = CorpusHead(loc=Loc(display, 1, 1))
    if not path.is_file():
        diagnostics.append(
            make(
                head.loc,
                "missing-field",
                f"no {CORPUS_FILE}: it names the corpus (name, title, deck)",
            )
        )
        return None
    node, problem, _ = _read_node(path, display)
    if problem is not None:
        diagnostics.append(problem)
        return None
    reader = FileReader(display, root)
    ok = True
    if node is None:
        reader.report(
            head.loc, "missing-field", f"{CORPUS_FILE} is empty: it needs name, title and deck"
        )
        diagnostics.extend(reader.diagnostics)
        return None
    try:
        fields = reader.mapping(node, CORPUS_FILE)
    except _Invalid:
        diagnostics.extend(reader.diagnostics)
        return None
    valid = [f.name for f in CORPUS_FIELDS]
    values: dict[str, object] = {}
    for key, (key_node, value_node) in fields.items():
        spec = next((f for f in CORPUS_FIELDS if f.name == key), None)
        if spec is None:
            reader.report(
                key_node, "unknown-field", f"'{key}' is not a corpus key: {suggest(key, valid)}"
            )
            ok = False
            continue
        try:
            if key == "settings":
                values[key] = read_settings(reader, value_node)
            else:
                values[key] = read_value(reader, spec, value_node)
        except _Invalid:
            ok = False
    for spec in CORPUS_FIELDS:
        if spec.required and spec.name not in fields:
            reader.report(reader.loc(node), "missing-field", f"{CORPUS_FILE} needs '{spec.name}'")
            ok = False
        elif spec.required and spec.name in values and _is_blank(values[spec.name]):
            reader.report(fields[spec.name][1], "empty-field", f"'{spec.name}' is empty")
            ok = False
    name = values.get("name")
    if isinstance(name, str) and name and not model.NAME_PATTERN.match(name):
        reader.report(fields["name"][1], "bad-id", f"name '{name}' must match [a-z0-9][a-z0-9-]*")
        ok = False
    deck = values.get("deck")
    if isinstance(deck, str) and deck and _deck_path("", deck) is None:
        reader.report(fields["deck"][1], "empty-field", "a part of 'deck' between '::' is empty")
        ok = False
    if "retired" in fields and isinstance(fields["retired"][1], yaml.SequenceNode):
        for item in fields["retired"][1].value:
            if isinstance(item, yaml.ScalarNode):
                head.retired_locs[item.value.strip()] = reader.loc(item)
    diagnostics.extend(reader.diagnostics)
    if not ok:
        return None
    head.name = str(values["name"])
    head.title = str(values["title"])
    head.subtitle = values.get("subtitle") or None
    head.deck = _deck_path("", str(values["deck"])) or ""
    head.retired = values.get("retired", ())
    head.settings = values.get("settings", Settings())
    head.loc = reader.loc(node)
    return head


def _topic_sort_key(topic: Topic) -> tuple:
    return (topic.order is None, topic.order or 0.0, topic.path)


@dataclass
class LoadResult:
    """What loading a corpus gives: the corpus (None when it has errors) and every problem."""

    corpus: Corpus | None
    diagnostics: list[Diagnostic]
    card_count: int
    retired_locs: dict[str, Loc] = field(default_factory=dict)


def load_corpus(
    root: Path, cwd: Path | None = None, progress: Callable[[int, int], None] | None = None
) -> LoadResult:
    """Read and validate every file of the corpus folder ``root``; never raises on bad input.

    ``progress(files read, files in all)`` is told after each topic file.
    """
    cwd = Path.cwd() if cwd is None else cwd
    root = Path(root)
    diagnostics: list[Diagnostic] = []
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 10_000))
    # Loading makes hundreds of thousands of objects and no reference cycles: the
    # collector would only rescan them (a third of the load time at 10k cards). They
    # are frozen (left out of later collections) before it runs again: else its first
    # run would walk all of them at once (2 s at 100k cards), and every full run after.
    collecting = gc.isenabled()
    gc.disable()
    try:
        head = read_corpus_file(root, cwd, diagnostics)
        root_deck = head.deck if head else ""
        topics: list[Topic] = []
        seen: dict[str, model.Card] = {}
        retired = set(head.retired) if head else set()
        count = 0
        paths = topic_files(root)
        for done, path in enumerate(paths):
            if progress is not None:
                progress(done, len(paths))
            display = display_path(path, cwd)
            node, problem, _ = _read_node(path, display)
            if problem is not None:
                diagnostics.append(problem)
                continue
            reader = FileReader(display, root)
            rel = path.relative_to(root).as_posix()
            topic, cards = read_topic(reader, node, rel, root_deck or "Deck")
            diagnostics.extend(reader.diagnostics)
            kept = []
            count += reader.cards_seen
            for card in cards:
                first = seen.get(card.id)
                if first is not None:
                    diagnostics.append(
                        make(
                            card.at("id"),
                            "duplicate-id",
                            f"id '{card.id}' is already used at {first.loc.file}:{first.loc.line}",
                            first.loc,
                        )
                    )
                    continue
                if card.id in retired:
                    diagnostics.append(
                        make(
                            card.at("id"),
                            "reused-id",
                            f"id '{card.id}' is retired in {CORPUS_FILE}; give this card a new id",
                        )
                    )
                seen[card.id] = card
                kept.append(card)
            if topic is not None:
                topics.append(_with_cards(topic, kept))
    finally:
        sys.setrecursionlimit(old_limit)
        if collecting:
            gc.freeze()
            gc.enable()
    has_errors = any(d.severity == "error" for d in diagnostics)
    if head is None or has_errors:
        return LoadResult(None, diagnostics, count, head.retired_locs if head else {})
    topics.sort(key=_topic_sort_key)
    corpus = Corpus(
        root=str(root.resolve()),
        name=head.name,
        title=head.title,
        subtitle=head.subtitle,
        deck=head.deck,
        retired=head.retired,
        settings=head.settings,
        topics=tuple(topics),
        loc=head.loc,
    )
    return LoadResult(corpus, diagnostics, count, head.retired_locs)


def _with_cards(topic: Topic, cards: list[model.Card]) -> Topic:
    from dataclasses import replace

    return replace(topic, cards=tuple(cards))
