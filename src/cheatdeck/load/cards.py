"""Reading one card: its kind, its fields, and the rules of its kind (table shape, cloze, units)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from .. import model
from ..cloze import problem_at as cloze_problem_at
from ..model import (
    CARD_CLASSES,
    ID_PATTERN,
    KINDS,
    FieldLocs,
    FieldSpec,
    FieldType,
    Item,
    Loc,
    Role,
    Row,
)
from .syntax import (
    _FULL_WIDTH_KEY,
    BOOL_TAG,
    NULL_TAG,
    STR_TAG,
    _loc,
    _place,
    _spaces,
    block_unindented,
)
from .values import (
    WIDE_COMMA,
    FileReader,
    _Invalid,
    _quoted,
    suggest,
    wide_brackets_message,
    wide_comma_message,
)

#: A power of ten written after a number: "×10²³", " × 10⁻¹⁴", "x10^-14".
_POWER_OF_TEN = r"\s*[×xX·*]\s*10(?:\^[+\-−]?\d+|[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
#: A limit value that is a bare number (so it needs a unit): 15, -2, −3 (a minus sign),
#: 0700, 1.5, 10,000, 0x10, 1e6, 6.022×10²³.
NUMBER = re.compile(
    rf"[+\-−]?(?:0[xX][0-9a-fA-F_]+|(?:\d[\d,_]*)?\.?\d+(?:[eE][+-]?\d+|{_POWER_OF_TEN})?)\Z"
)
_DECIMAL = r"[+\-−]?(?:\d[\d,_]*)?\.?\d+"
#: ... or a range or bound of such numbers: 25-30, 2–3, 2 to 3, < 50, ≥ 38, ~5 (a dose
#: range without its mg/kg is as unreadable as a bare number).
NUMBER_RANGE = re.compile(rf"(?:[<>≤≥~≈]=?\s*)?{_DECIMAL}(?:\s*(?:-|–|—|to)\s*{_DECIMAL})?\Z")


#: Each kind's fields by name (from ``KINDS``, common fields included): one lookup a key.
_FIELDS_BY_NAME = {
    kind: {spec.name: spec for spec in kind_spec.all_fields()}  # own fields win, as in .field
    for kind, kind_spec in KINDS.items()
}
#: Each kind's optional text fields: left empty, they are no text (None).
_OPTIONAL_TEXTS = {
    kind: tuple(
        spec.name
        for spec in kind_spec.all_fields()
        if not spec.required and spec.type in (FieldType.TEXT, FieldType.CODE)
    )
    for kind, kind_spec in KINDS.items()
}


#: The fields an example id is made from, first found first: the prompt's, then the
#: answer's (an Arabic or Japanese term with its meaning in English).
_NAMING_FIELDS = ("term", "question", "task", "subject", "title", "text", "definition", "answer")
_FILLERS = frozenset("a an the of what which who how is are does do in on to for and s c1".split())


def _id_example(fields: dict[str, tuple[yaml.Node, yaml.Node]]) -> str:
    """An id made of the first words of the card's prompt (``what-does-git-add``), their
    letters' accents left out (``que-grado`` for "¿Qué grado …?", not ``qu-grado``)."""
    for name in _NAMING_FIELDS:
        node = fields.get(name, (None, None))[1]
        if isinstance(node, yaml.ScalarNode):
            plain = model.unaccented(node.value.casefold())
            words = [w for w in re.findall(r"[a-z0-9]+", plain) if w not in _FILLERS]
            words = words[:4]
            if words:
                return "-".join(words)
    return "my-card"


def _id_hint(card_id: str) -> str:
    """``: write 'note-colon'`` for ``Note Colon`` (``'konigin'`` for ``Königin``, its
    letters' accents left out), when such an id can be made."""
    note = model.lookalike_note(card_id)
    latin = model.as_latin(card_id) or card_id
    made = re.sub(r"[^a-z0-9]+", "-", model.unaccented(latin.casefold())).strip("-")
    fix = f": write '{made}'" if made and ID_PATTERN.match(made) else ""
    return f": {note}{fix}" if note else fix


@dataclass
class CardContext:
    """What a card inherits from its file and corpus."""

    topic_path: str
    deck: str
    source: str | None
    tags: tuple[str, ...]


def _report_unmatched(reader, kind_spec, fields, suggested, unmatched) -> set[str]:
    """Report unknown keys like no field's name; the required field they stand for when
    one key stands where one is missing (``pregunta:`` for ``question:``), else none.
    Said apart, "'pregunta' is not a field" and "needs 'question'" were two errors for
    one word written in another language."""
    if not unmatched:
        return set()
    missing = [
        spec.name
        for spec in kind_spec.fields
        if spec.required and spec.name not in fields and spec.name not in suggested
    ]
    if len(unmatched) == 1 and len(missing) == 1:
        pairs = {unmatched[0][0]: missing[0]}
    else:
        pairs = _abbreviated(unmatched, missing)
    for key, key_node in unmatched:
        if key in pairs:
            name = pairs[key]
            reader.report(
                key_node,
                "unknown-field",
                f"'{key}' is not a field of a {kind_spec.name} card, which needs '{name}': "
                f"if this is it, write {name}: in place of {key}:",
            )
    valid = list(_FIELDS_BY_NAME[kind_spec.name])
    for key, key_node in unmatched:
        if key in pairs:
            continue
        reader.report(
            key_node,
            "unknown-field",
            f"'{key}' is not a field of a {kind_spec.name} card: {suggest(key, valid)}",
        )
    return set(pairs.values())


def _abbreviated(unmatched, missing: list[str]) -> dict[str, str]:
    """Unknown key -> the one missing field it abbreviates (``q`` and ``a`` for a qa
    card's question and answer, ``cmd`` for command): its letters in the field's name,
    in order, from the first; only where each key and each field is taken once."""
    found: dict[str, str] = {}
    for key, _node in unmatched:
        fits = [name for name in missing if _abbreviates(key.casefold(), name)]
        if len(fits) == 1:
            found[key] = fits[0]
    names = list(found.values())
    return {key: name for key, name in found.items() if names.count(name) == 1}


def _abbreviates(key: str, name: str) -> bool:
    """``key``'s letters appear in ``name`` in order, the first letters alike."""
    if not key or not name.startswith(key[0]) or len(key) >= len(name):
        return False
    rest = iter(name[1:])
    return all(letter in rest for letter in key[1:])


#: What to write for a required field a card lacks, by the field's type.
_ADD = {
    FieldType.CODE: "add a line '{name}: |' and the code under it, 2 spaces further in",
    FieldType.TEXTS: "add a line '{name}: [First, Second]'",
    FieldType.ROWS: "add a line '{name}:' with one 'label: [cell, cell]' a row under it",
    FieldType.ITEMS: "add a line '{name}:' with one '- item' a line under it",
}


def _to_add(spec: model.FieldSpec) -> str:
    """What to type for a missing required field (``add a line 'answer: …'``)."""
    return _ADD.get(spec.type, "add a line '{name}: …'").format(name=spec.name)


def _to_fill(spec: model.FieldSpec) -> str:
    """What to type for a required field written empty (``answer:`` with nothing after)."""
    if spec.type == FieldType.CODE:
        return f"write the code under '{spec.name}: |', 2 spaces further in than '{spec.name}'"
    if spec.type == FieldType.TEXT:
        return f"write its text after '{spec.name}: '"
    if spec.type in (FieldType.TEXTS, FieldType.WORDS):
        return f"write {spec.name}: [First, Second]"
    if spec.type in (FieldType.ROWS, FieldType.ITEMS):
        return f"write what it holds under '{spec.name}:'"
    return f"write it after '{spec.name}: '"


#: What to type for a list item with nothing in it (``-`` alone on its line).
_EMPTY_ITEM_FIX = "write its text after the '- ', or delete the line"


def _empty_term(explanation: str) -> str:
    """The message for an item whose term is empty (``- "": a loop``, ``- "":``)."""
    if not explanation:
        return f"an item is empty: {_EMPTY_ITEM_FIX}"
    return (
        "an item's term (before its ':') is empty: write the term, or the item alone "
        f"without the ':' (- {explanation})"
    )


#: What a card looks like, for a card written as something else.
_CARD_SHAPE = "start it with '- id: …' and put 'kind:' and its fields under it, indented alike"


def _kind_hint(fields: dict[str, tuple[yaml.Node, yaml.Node]]) -> tuple[yaml.Node | None, str]:
    """What to write for a card without ``kind``: another key holding a kind's name
    (``type: qa``), else the kind whose required fields the card has, else the kinds."""
    for key, (key_node, value_node) in fields.items():
        value = value_node.value if isinstance(value_node, yaml.ScalarNode) else None
        if model.as_latin(key) == "kind":  # 'kіnd', its 'і' Cyrillic
            return (
                key_node,
                f" ('{key}' is not it: {model.lookalike_note(key)}): write kind: {value}",
            )
        if isinstance(value, str) and value.strip().lower() in KINDS:
            return key_node, f": write kind: {value.strip().lower()} (not {key}: {value})"
    made = _kind_of_fields(fields)
    if made is not None:
        return None, f": its fields are a {made} card's: add kind: {made}"
    return None, "; kinds: " + ", ".join(KINDS)


def _kind_of_fields(fields: dict) -> str | None:
    """The first kind whose required fields the card has."""
    for name, spec in KINDS.items():
        if spec.required and all(field in fields for field in spec.required):
            return name
    return None


def _other_kinds_field(key: str, kind: model.KindSpec) -> tuple[str, str | None] | None:
    """(the kind ``key`` is a field of, ``kind``'s field of the same part or None), for
    a field written on a card of one other kind (``answer`` on a concept); else None
    (``title`` is a field of three kinds: no guess)."""
    owners = [
        (other, spec)
        for other in KINDS.values()
        for spec in other.fields
        if spec.name == key and other is not kind
    ]
    if len(owners) != 1:
        return None
    other, spec = owners[0]
    alike = kind.with_role(spec.role) if spec.role in (Role.PROMPT, Role.ANSWER) else ()
    return other.name, alike[0].name if alike else None


def _fields_only_of(kind: model.KindSpec, other: model.KindSpec, fields: dict) -> str | None:
    """The first of the card's ``fields`` that ``kind`` has and ``other`` has not: the
    card is no ``other`` card by changing its kind alone."""
    return next(
        (key for key in fields if kind.field(key) is not None and other.field(key) is None),
        None,
    )


def _keys(node: yaml.Node) -> list[tuple[yaml.Node, str]]:
    if not isinstance(node, yaml.MappingNode):
        return []
    return [(k, k.value) for k, _ in node.value if isinstance(k, yaml.ScalarNode)]


def _has_id(node: yaml.Node) -> bool:
    """Whether ``node`` is a mapping with an ``id`` key (``_keys``' answer holds "id")."""
    return isinstance(node, yaml.MappingNode) and any(
        key.value == "id" for key, _ in node.value if isinstance(key, yaml.ScalarNode)
    )


def split_card(reader: FileReader, card: yaml.Node, after: yaml.Node) -> bool:
    """A card cut in two by a '- ' before one of its fields (``- id: a`` then
    ``- kind: qa``): said once, at that dash, instead of each half's missing fields;
    True when so."""
    if _has_id(after):
        return False  # the next entry has an id of its own (every card but a cut one)
    keys, later = _keys(card), _keys(after)
    names, later_names = {k for _, k in keys}, {k for _, k in later}
    if "id" not in names or not later or "id" in later_names or names & later_names:
        return False
    kind_node = next((v for k, v in card.value if getattr(k, "value", None) == "kind"), None)
    spec = KINDS.get(kind_node.value) if isinstance(kind_node, yaml.ScalarNode) else None
    if kind_node is not None and (spec is None or all(f in names for f in spec.required)):
        return False  # a whole card (or another mistake): the next one lacks its own id
    first, key = later[0]
    id_key = next(node for node, name in keys if name == "id")
    card_id = next((v.value for k, v in card.value if k is id_key), "")
    reader.report(
        Loc(reader.display, first.start_mark.line + 1, max(first.start_mark.column - 1, 1)),
        "yaml-syntax",
        f"this '- ' starts a new card, so '{key}' and the fields under it are cut off from "
        f"card '{card_id}' above: take out the '-' and indent '{key}' like 'id' "
        f"({id_key.start_mark.column} spaces)",
    )
    return True


def read_card(reader: FileReader, node: yaml.Node, ctx: CardContext) -> model.Card | None:
    """One card mapping -> a frozen card, or None after reporting why not (then its id,
    when it has a valid one, and where it is written go to ``reader.ids_unbuilt``: the
    duplicate-id check names it too, so that fixing its errors brings no new one)."""
    seen = len(reader.ids_seen)
    card = _read_card(reader, node, ctx)
    if card is None and len(reader.ids_seen) > seen and ID_PATTERN.match(reader.ids_seen[-1]):
        for key, value in node.value:
            if getattr(key, "value", None) == "id":
                reader.ids_unbuilt.append((reader.ids_seen[-1], reader.loc(value)))
                break
    return card


#: A priority as a to-do list or a bug tracker writes it: the priority it most likely means.
_PRIORITY_WORDS = {
    **dict.fromkeys(
        ("high", "top", "critical", "must", "key", "core", "p0", "p1", "1"), "essential"
    ),
    **dict.fromkeys(("medium", "normal", "mid", "moderate", "should", "p2", "2"), "common"),
    **dict.fromkeys(("low", "optional", "extra", "rare", "nice", "p3", "3"), "advanced"),
}
#: What other tools and people call a kind ("question" for qa, Anki's "basic"): the kind
#: to write, where its name is not near enough for difflib to find it.
_KIND_WORDS = {
    **dict.fromkeys(("question", "questions", "q&a", "q/a", "faq", "basic", "flashcard"), "qa"),
    **dict.fromkeys(("cmd", "cli", "shell", "task"), "command"),
    **dict.fromkeys(("code", "example", "script"), "snippet"),
    **dict.fromkeys(("term", "definition", "glossary", "vocab", "word"), "concept"),
    **dict.fromkeys(("quota", "max", "maximum", "number", "value", "fact"), "limit"),
    **dict.fromkeys(("comparison", "compare", "matrix", "grid"), "table"),
    **dict.fromkeys(("fill", "blank", "gap", "fill-in"), "cloze"),
    **dict.fromkeys(("bullets", "steps", "items", "enumeration"), "list"),
}


def _read_card(reader: FileReader, node: yaml.Node, ctx: CardContext) -> model.Card | None:
    try:
        fields = reader.mapping(node, "a card", _CARD_SHAPE)
    except _Invalid:
        return None
    ok = True

    kind_spec = None
    if "kind" not in fields:
        where, hint = _kind_hint(fields)
        reader.report(where or node, "missing-field", "card has no 'kind'" + hint)
        ok = False
    else:
        try:
            kind = reader.text(fields["kind"][1], "kind", prose=False)
            kind_spec = KINDS.get(kind)
            if kind_spec is None:
                latin = model.as_latin(kind) or kind  # 'cоncept', its 'о' Cyrillic
                hint = difflib.get_close_matches(latin.lower(), list(KINDS), n=1)
                made = _kind_of_fields(fields)
                if hint and made and not all(f in fields for f in KINDS[hint[0]].required):
                    hint = []  # 'code' with a title and code: a snippet, not a cloze
                if not made and kind.lower() in _KIND_WORDS:
                    hint = [_KIND_WORDS[kind.lower()]]  # 'question' with 'q:' and 'a:'
                fix = f"did you mean '{hint[0]}'? kinds are " + ", ".join(KINDS) if hint else ""
                fix = fix or (f"its fields are a {made} card's: write kind: {made}" if made else "")
                if latin in KINDS:  # a kind the reader sees as valid
                    fix = f"write kind: {latin}"
                reader.report(
                    fields["kind"][1],
                    "unknown-kind",
                    f"unknown kind '{kind}': "
                    + (f"{note}: " if (note := model.lookalike_note(kind)) else "")
                    + (fix or "kinds are " + ", ".join(KINDS)),
                )
                ok = False
        except _Invalid:
            ok = False

    card_id = None
    typed_id = (
        next((key for key in fields if model.as_latin(key) == "id"), None)
        if "id" not in fields
        else None
    )
    if typed_id is not None:  # 'іd', its 'і' Cyrillic
        reader.report(
            fields[typed_id][0],
            "missing-field",
            f"card has no 'id' ('{typed_id}' is not it: {model.lookalike_note(typed_id)}): "
            f"write id: {getattr(fields[typed_id][1], 'value', '')}",
        )
        ok = False
    elif "id" not in fields:
        reader.report(
            node,
            "missing-field",
            f"card has no 'id': add one such as 'id: {_id_example(fields)}' (lower-case letters "
            "a-z, digits and '-', unique in the corpus; it keeps the card's Anki history)",
        )
        ok = False
    else:
        try:
            card_id = reader.text(fields["id"][1], "id", prose=False)
            reader.ids_seen.append(card_id)
            if not card_id:
                reader.report(
                    fields["id"][1],
                    "bad-id",
                    f"'id' is empty: give the card an id such as '{_id_example(fields)}' "
                    "(lower-case letters a-z, digits and '-')",
                )
                ok = False
            elif not ID_PATTERN.match(card_id):
                reader.report(
                    fields["id"][1],
                    "bad-id",
                    f"id '{card_id}' must be lower-case letters a-z, digits and '-' "
                    f"(starting with a letter or digit)"
                    + (_id_hint(card_id) or f": write an id such as '{_id_example(fields)}'"),
                )
                ok = False
        except _Invalid:
            ok = False

    if kind_spec is None:
        return None
    specs = _FIELDS_BY_NAME[kind_spec.name]
    values: dict[str, object] = {}
    nodes: dict[str, yaml.Node] = {}  # field -> its value's node (reports point there)
    suggested: set[str] = set()
    unmatched: list[tuple[str, yaml.Node]] = []  # unknown keys like no field's name
    for key, (key_node, value_node) in fields.items():
        if key in ("id", "kind"):
            nodes[key] = value_node
            continue
        if model.as_latin(key) in ("id", "kind") and model.as_latin(key) not in fields:
            continue  # 'іd', its 'і' Cyrillic: said as the missing id or kind
        if value_node.tag == STR_TAG and value_node.style in ("|", ">") and not value_node.value:
            unindented = block_unindented(reader.lines(), value_node.start_mark.line)
            if unindented is not None:  # the block's lines were read as the next keys
                line, col, message = unindented
                reader.report(Loc(reader.display, line, col), "yaml-syntax", message)
                return None
        spec = specs.get(key)
        wide = _FULL_WIDTH_KEY.match(key) if spec is None else None
        if wide is not None:  # "term： 水" inside { }: YAML read one key, no value
            ok = False
            name, rest = wide["key"], wide["value"]
            reader.report(
                key_node,
                "unknown-field",
                f"'：' after '{name}' is a full-width colon (U+FF1A, as a Japanese or Chinese "
                f"input method types it): YAML needs a plain ':' and a space: "
                f"write {name}: {rest}".rstrip(),
            )
            suggested.add(name)
            continue
        if spec is None:
            valid = list(specs)
            ended = _ended_block(reader, fields, key)
            if ended is not None:  # a line of the block above, indented less than it
                ok = False
                close = difflib.get_close_matches(key, valid, n=1, cutoff=0.6)
                reader.report(
                    key_node,
                    "unknown-field",
                    f"'{key}' after the lines of '{ended[0]}' ends that block, as YAML reads "
                    f"it, and is no field of a {kind_spec.name} card: if it belongs to the "
                    f"block, indent it and the lines under it {_spaces(ended[1])} or more, "
                    "like the block's first line"
                    + (f" (did you mean '{close[0]}'?)" if close else ""),
                )
                suggested.update(close)
                continue
            hint = _split_by_comma(reader, node, key_node, value_node)
            ok = False
            if hint is None:
                continue  # the first piece of the value said it
            if not hint and not difflib.get_close_matches(key, valid, n=1, cutoff=0.6):
                other = _other_kinds_field(key, kind_spec)
                if other is not None:
                    owner, alike = other
                    hint = f"write kind: {owner}" + (f", or call it '{alike}'" if alike else "")
                    own = _fields_only_of(kind_spec, KINDS[owner], fields)
                    if own and not alike:  # a cloze's 'text' beside an 'answer': no qa card
                        hint = (
                            f"remove it, or move its text to 'note' (the card's '{own}' is "
                            f"a {kind_spec.name} card's field)"
                        )
                    key_of = f"'{key}' is not a field of a {kind_spec.name} card but of a {owner}"
                    reader.report(key_node, "unknown-field", f"{key_of} card: {hint}")
                    suggested.add(alike or "")
                    continue
            if not hint and not difflib.get_close_matches(key, valid, n=1, cutoff=0.6):
                unmatched.append((key, key_node))  # said below, with a missing field
                continue
            hint = hint or suggest(key, valid)
            reader.report(
                key_node,
                "unknown-field",
                f"'{key}' is not a field of a {kind_spec.name} card: {hint}",
            )
            suggested.update(difflib.get_close_matches(key, valid, n=1, cutoff=0.6))
            continue
        nodes[key] = value_node
        try:
            values[key] = read_value(reader, spec, value_node)
        except _Invalid:
            ok = False
    suggested.update(_report_unmatched(reader, kind_spec, fields, suggested, unmatched))
    for spec in kind_spec.fields:
        if spec.required and spec.name not in fields and spec.name in suggested:
            continue  # the unknown-field message already points at the misspelt key
        if spec.required and spec.name not in fields:
            reader.report(
                node,
                "missing-field",
                f"{kind_spec.name} card '{card_id}' needs '{spec.name}': among the card's "
                f"other fields, indented as they are, {_to_add(spec)}",
            )
            ok = False
        elif spec.required and spec.name in values and _is_blank(values[spec.name]):
            fix = reader.comment_for_value(nodes[spec.name], spec.name) or _to_fill(spec)
            reader.report(nodes[spec.name], "empty-field", f"'{spec.name}' is empty: {fix}")
            ok = False
    if card_id is None:
        return None
    if not ok:
        required = [spec.name for spec in kind_spec.fields if spec.required]
        if all(name in values and not _is_blank(values[name]) for name in required):
            # the kind's own rules still speak (a 'priority: high' beside 'reverse: yes'):
            # every problem at once, not one more after each fix
            _check_kind(reader, kind_spec.name, values, nodes, fields)
        return None
    if not _check_kind(reader, kind_spec.name, values, nodes, fields):
        return None
    return _build_card(
        kind_spec.name, card_id, _field_locs(reader.display, node, nodes), values, ctx
    )


def _field_locs(file: str, card: yaml.Node, nodes: dict[str, yaml.Node]) -> FieldLocs:
    """Where the card and each field's value start (1-based, as ``Loc``)."""
    places = {name: _place(node) for name, node in nodes.items()}
    return FieldLocs.of(file, _place(card), places)


# The field types as module names: ``read_value`` runs for every value of every card,
# and looking up an Enum member as an attribute costs three times a global's lookup.
_TEXT, _WORD, _CODE, _BOOL = FieldType.TEXT, FieldType.WORD, FieldType.CODE, FieldType.BOOL
_NUMBER_OR_TEXT, _DATE, _WORDS = FieldType.NUMBER_OR_TEXT, FieldType.DATE, FieldType.WORDS
_PATH, _TEXTS, _ROWS, _ITEMS = FieldType.PATH, FieldType.TEXTS, FieldType.ROWS, FieldType.ITEMS


def read_value(reader: FileReader, spec: FieldSpec, node: yaml.Node) -> object:
    name, kind = spec.name, spec.type
    if kind is _TEXT or kind is _WORD:
        return reader.text(node, name, prose=kind is _TEXT)
    if kind is _CODE:
        return reader.code(node, name)
    if kind is _BOOL:
        return reader.boolean(node, name)
    if kind is _NUMBER_OR_TEXT:
        return reader.number_or_text(node, name)
    if kind is _DATE:
        return reader.date(node, name)
    if kind is _WORDS:
        return reader.words(node, name)
    if kind is _PATH:
        return reader.image(node, name)
    if kind is _TEXTS:
        return reader.texts(node, name)
    if kind is _ROWS:
        return read_rows(reader, node)
    if kind is _ITEMS:
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
    if isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG:
        return []
    if isinstance(node, yaml.SequenceNode):
        reader.report(node, "wrong-type", _rows_as_list_message(node, reader.source))
        raise _Invalid
    rows = reader.mapping(node, "'rows'")
    result = []
    for label, (key_node, value_node) in rows.items():
        if not isinstance(value_node, yaml.SequenceNode):
            message = f"row '{label}' must be a list with one cell per column"
            if isinstance(value_node, yaml.ScalarNode) and str(value_node.value).strip():
                cells = [_flow_cell(cell.strip()) for cell in str(value_node.value).split(",")]
                written = reader.source[key_node.start_mark.index : key_node.end_mark.index]
                message += f": write {written}: [{', '.join(cells)}]"  # "1509, 1547" is one text
                message = (  # "First: 【我, 我们】"
                    wide_brackets_message(str(value_node.value), written, _flow_cell) or message
                )
            reader.report(value_node, "wrong-type", message)
            raise _Invalid
        reader.check_characters(key_node, "row label", label)
        if not key_node.style and label.endswith(":") and label.strip(":"):
            # 'Ablative:: [...]': YAML ends the key at the second ':', keeping the first
            written = reader.source[value_node.start_mark.index : value_node.end_mark.index]
            reader.report(
                key_node,
                "table-shape",
                f"row label '{label}' ends in a second ':': write {label[:-1]}: {written} "
                f"(to keep the ':' in the label, quote it: {_quoted(label)})",
            )
            raise _Invalid
        cells = []
        for cell in value_node.value:
            if not isinstance(cell, yaml.ScalarNode):  # [[a], b] or [a: b, c]
                shape = "a list" if isinstance(cell, yaml.SequenceNode) else "a key and value"
                written = reader.source[cell.start_mark.index : cell.end_mark.index].strip()
                reader.report(
                    cell,
                    "wrong-type",
                    f"a cell of row '{label}' is {shape} in YAML: quote it: {_quoted(written)}",
                )
                raise _Invalid
            cells.append(reader.text(cell, f"row '{label}'"))
        result.append((key_node, label.strip(), cells, value_node.value))
    return result


#: What a cell of a flow list ``[a, b]`` cannot hold unquoted: a YAML indicator first, or
#: ": ", " #" or a bracket anywhere.
_FLOW_UNSAFE = re.compile(r"^[-?:&*!|>'\"%@`]|: |:$| #|[\[\]{}]")


def _flow_cell(cell: str) -> str:
    """``cell`` as it can be written in ``[ … ]``: quoted when YAML would read it as
    something else (``$``, ``end`` are fine; ``*``, ``a: b`` are not)."""
    return _quoted(cell) if _FLOW_UNSAFE.search(cell) else cell


def _rows_as_list_message(node: yaml.SequenceNode, source: str) -> str:
    """What to write when ``rows`` is a list (of rows) rather than a mapping: each row's
    first cell becomes its label, written as a key; shown with the first row."""
    first = node.value[0] if node.value else None
    if isinstance(first, yaml.SequenceNode) and len(first.value) >= 2:
        cells = _flow_cells_as_written(first.value, source)
        example = f"{cells[0]}: [{', '.join(cells[1:])}]"
    else:
        example = "Row label: [cell, cell]"
    return (
        "'rows' maps each row's label to its cells, not a list of rows: write "
        f"'{example}' (the label's heading goes in 'row_header', the others in 'columns')"
    )


def _flow_cells_as_written(nodes: list[yaml.Node], source: str) -> list[str]:
    """The cells of a flow list as meant: two that YAML split at a comma between two
    digits ("$0–11,925" read as "$0–11" and "925") one quoted cell again."""
    cells: list[str] = []
    start = 0  # where the cell being written starts in the source
    for before, node in zip([None, *nodes], nodes, strict=False):
        if before is not None and _split_number(before, node, source):
            cells[-1] = _quoted(source[start : node.end_mark.index])  # "1,234,567" too
        else:
            start = node.start_mark.index
            cells.append(_flow_cell(_scalar_text(node)))
    return cells


def _split_number(before: yaml.Node, after: yaml.Node, source: str) -> bool:
    """``before`` and ``after`` are one number YAML split at its comma: a digit, a
    comma and a digit with nothing between them."""
    end, start = before.end_mark.index, after.start_mark.index
    return (
        isinstance(before, yaml.ScalarNode)
        and isinstance(after, yaml.ScalarNode)
        and source[end:start] == ","
        and source[end - 1 : end].isdigit()
        and source[start : start + 1].isdigit()
    )


def _scalar_text(node: yaml.Node) -> str:
    return node.value if isinstance(node, yaml.ScalarNode) else "…"


def _items_as_mapping_message(node: yaml.MappingNode) -> str:
    """What to write when ``items`` is a mapping: a list of one-key mappings."""
    key, value = node.value[0] if node.value else (None, None)
    if isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.ScalarNode):
        example = f"- {key.value}: {value.value}"
    else:
        example = "- term: explanation"
    return f"'items' must be a list: start each item with '- ', as in '{example}'"


def _item_pairs_message(pairs: dict) -> str:
    """What to write for an item holding more than one 'term: explanation': the item as
    fields ("{term: Ionian, text: the major scale}") is the term and its text."""
    message = "an item is text or one 'term: explanation'"
    if len(pairs) == 2 and "term" in pairs:
        (other,) = set(pairs) - {"term"}
        term, text = pairs["term"][1], pairs[other][1]
        if isinstance(term, yaml.ScalarNode) and isinstance(text, yaml.ScalarNode):
            return f"{message}, not fields: write '- {term.value}: {text.value}'"
    return f"{message}: start each item with '- ' ({len(pairs)} terms here under one '- ')"


def _is_braced_text(item: yaml.MappingNode) -> bool:
    """An item written ``{x}`` or ``{}``: a flow mapping with no key given a value."""
    return bool(item.flow_style) and all(
        isinstance(value, yaml.ScalarNode) and value.tag == NULL_TAG and not value.value
        for _, value in item.value
    )


def _question_mark_item(source: str, item: yaml.MappingNode) -> str | None:
    """Why an item written ``- ? maybe`` (or ``- ?``) is no text, with the item quoted:
    YAML reads a '?' and a blank as a key's mark, so the item became the mapping
    {maybe: null} (told as "the item 'maybe:' has nothing after its ':'", a colon never
    written) or {null: null} ("an item is empty")."""
    start = item.start_mark.index
    if item.flow_style or source[start : start + 1] != "?":
        return None
    if source[start + 1 : start + 2] not in ("", " ", "\t", "\n", "\r"):
        return None  # "- ?x: y", a term that starts with '?'
    line = source[start:].split("\n", 1)[0].rstrip("\r")
    text, hash_, comment = line.partition(" #")
    return (
        f"'? ' marks a YAML key, so this item is no text: to write it as text, quote it: "
        f"- {_quoted(text.rstrip())}{hash_}{comment}"
    )


def read_items(reader: FileReader, node: yaml.Node) -> list[tuple[yaml.Node, str, str | None]]:
    if isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG:
        return []
    if isinstance(node, yaml.MappingNode):
        reader.report(node, "wrong-type", _items_as_mapping_message(node))
        raise _Invalid
    if not isinstance(node, yaml.SequenceNode):
        message = "'items' must be a list: write each item as '- text'"
        if isinstance(node, yaml.ScalarNode):  # "items: 【一, 二】"
            message = wide_brackets_message(node.value, "items", _flow_item) or message
        reader.report(node, "wrong-type", message)
        raise _Invalid
    items = []
    for item in node.value:
        if isinstance(item, yaml.MappingNode):
            if (keyed := _question_mark_item(reader.source, item)) is not None:
                reader.report(item, "wrong-type", keyed)
                raise _Invalid
            if _is_braced_text(item):  # - {x}: YAML's mapping {x: null}, meant as text
                reader.scalar(item, "item")  # says to quote it, and raises
            pairs = reader.mapping(item, "an item")
            if any(not isinstance(key, yaml.ScalarNode) for key, _ in item.value):
                raise _Invalid  # mapping() said how to write its key
            if len(pairs) != 1:
                reader.report(item, "wrong-type", _item_pairs_message(pairs))
                raise _Invalid
            ((term, (term_node, value)),) = pairs.items()
            reader.check_characters(term_node, "item", term)
            text = reader.text(value, "item")
            if (anchored := reader.anchored_key(term_node)) is not None:  # - &mut T: …
                anchor, where = anchored
                fix = _term_item(f"{anchor} {term.strip()}", text, bool(node.flow_style))
                reader.report(
                    where,
                    "yaml-anchor",
                    f"the item's term reads '{term.strip()}': YAML takes '{anchor}' as an "
                    f"anchor. If it is part of the term, quote it: {fix}",
                )
            if term.strip() and not text:  # - Roof:
                reader.report(
                    item,
                    "empty-field",
                    f"the item '{term.strip()}:' has nothing after its ':': write "
                    f"{term.strip()}: … (a term and its explanation), or leave out the ':'",
                )
                raise _Invalid
            if not term.strip():
                reader.report(item, "empty-field", _empty_term(text))
                raise _Invalid
            items.append((item, text, term.strip()))
        else:
            text = reader.text(item, "item")
            if not text:
                reader.report(item, "empty-field", f"an item is empty: {_EMPTY_ITEM_FIX}")
                raise _Invalid
            items.append((item, text, None))
    _warn_quoted_terms(reader, items, in_brackets=bool(node.flow_style))
    _warn_wide_colon_terms(reader, items, in_brackets=bool(node.flow_style))
    if node.flow_style and len(items) == 1 and items[0][2] is None:
        (item, text, _), pieces = items[0], _wide_comma_pieces(items[0][1])
        if len(pieces) > 1:  # "[أحمر، أزرق، أخضر]": one item, its commas text
            fix = f"items: [{', '.join(map(_flow_item, pieces))}]"
            comma = WIDE_COMMA.search(text).group()
            reader.report(item, "wrong-type", wide_comma_message(comma, "items", fix))
            raise _Invalid
    return items


#: A plain item written as a term and its explanation: a short term, ": ", the rest.
_TERM_AND_EXPLANATION = re.compile(r"([^:\n]{1,40}): (\S[^\n]*)")


def _warn_quoted_terms(
    reader: FileReader, items: list[tuple[yaml.Node, str, str | None]], in_brackets: bool
) -> None:
    """A list whose other items are terms, one item quoted whole as a term and its
    explanation (``- "mf: mezzo-forte"``): YAML reads it as one plain item, which Anki
    asks among the terms as the list's hidden item. Say to quote only the term (in a
    ``[ ]`` list, both sides as an item there is written: ``_flow_item``)."""
    terms = sum(term is not None for _, _, term in items)
    if terms < 2 or terms != len(items) - 1:
        return
    node, text = next((node, text) for node, text, term in items if term is None)
    match = _TERM_AND_EXPLANATION.fullmatch(text)
    if not isinstance(node, yaml.ScalarNode) or node.style not in ("'", '"') or match is None:
        return
    fix = _term_item(match.group(1).strip(), match.group(2).strip(), in_brackets)
    reader.report(
        node,
        "quoted-item",
        f"the item {_quoted(text)} is quoted whole, so it is one plain item while the "
        f"list's other items are terms: to make it a term as they are, leave the quotes "
        f"off or put them round the term alone: {fix}",
    )


def _term_item(term: str, explanation: str, in_brackets: bool) -> str:
    """A list item written as a term and its explanation, as the user types it: in a
    bracketed list or as a line of a block list."""
    if in_brackets:
        return f"{_flow_item(term)}: {_flow_item(explanation)}"
    return f"- {_block_value(term)}: {_block_value(explanation)}"


#: A plain item written as a term and its explanation parted by a full-width colon
#: ("本 (běn)：for books"), as a Japanese or Chinese input method types it.
_TERM_AND_EXPLANATION_WIDE = re.compile(r"([^:：\n]{1,40})：\s*(\S[^\n]*)")


def _warn_wide_colon_terms(
    reader: FileReader, items: list[tuple[yaml.Node, str, str | None]], in_brackets: bool
) -> None:
    """A list of terms (two items or more) where an item parts its term from its
    explanation with a full-width colon ``：``: YAML reads it as one plain item, which
    Anki asks among the others as the list's hidden item. Say to type a plain ': '. An
    item quoted is meant as text and left alone, and so is a list of no other term
    whose terms repeat (a dialogue's "A：…", "B：…", "A：…")."""
    if len(items) < 2:
        return
    wide = []
    for node, text, term in items:
        if term is not None:
            continue
        match = _TERM_AND_EXPLANATION_WIDE.fullmatch(text)
        if not isinstance(node, yaml.ScalarNode) or node.style in ("'", '"') or match is None:
            return  # a plain item: the list is not one of terms
        wide.append((node, text, match.group(1).strip(), match.group(2).strip()))
    if len(wide) == len(items) and len({term for _, _, term, _ in wide}) < len(wide):
        return
    for node, text, term, explanation in wide:
        fix = _term_item(term, explanation, in_brackets)
        reader.report(
            node,
            "quoted-item",
            f"the item {_quoted(text)} parts its term with '：' (U+FF1A, a full-width colon, "
            f"as a Japanese or Chinese input method types it), so YAML reads one plain item, "
            f"not a term and its explanation: write a plain ':' and a space: {fix}",
        )


def _block_value(text: str) -> str:
    """``text`` as a plain value on a line of its own, quoted when YAML would cut it or
    read it as something else (a ': ', a ' #', a first character such as '*' or '[')."""
    plain = re.fullmatch(r"[^\s\[\]{}#&*!|>'\"%@`,?:-][^\n]*", text)
    if plain and ": " not in text and " #" not in text and not text.endswith(":"):
        return text
    return _quoted(text)


def _wide_comma_pieces(text: str) -> list[str]:
    """``text`` cut at its full-width, ideographic or Arabic commas, none empty."""
    return [piece.strip() for piece in WIDE_COMMA.split(text) if piece.strip()]


def _split_by_comma(
    reader: FileReader, node: yaml.Node, key_node: yaml.Node, value_node: yaml.Node
) -> str | None:
    """The fix when a ',' inside ``{…}`` cut a value and made its pieces keys of their own
    (``{answer: D, F♯, A}``): quote the whole value. Said at the first piece; None at the
    others (one mistake, one line); empty when the key is no such piece."""
    if not getattr(node, "flow_style", False) or not _is_piece(value_node):
        return ""
    pairs = node.value
    place = next((n for n, (k, _) in enumerate(pairs) if k is key_node), 0)
    start = place
    while start > 0 and _is_piece(pairs[start - 1][1]):
        start -= 1
    if start == 0 or not isinstance(pairs[start - 1][0], yaml.ScalarNode):
        return ""
    if start != place:
        return None
    field, first = pairs[start - 1]
    if not isinstance(first, yaml.ScalarNode) or first.tag == NULL_TAG:
        return ""
    end = place
    while end < len(pairs) and _is_piece(pairs[end][1]):
        end += 1
    pieces = [first.value] + [k.value for k, _ in pairs[place:end]]
    start_mark, end_mark = first.start_mark, pairs[end - 1][0].end_mark
    written = reader.line(start_mark.line)[start_mark.column : end_mark.column]
    if start_mark.line != end_mark.line or not written.startswith(pieces[0]):
        written = ", ".join(pieces)  # as the pieces were cut: "4,130" stays "4,130" above
    return (
        "inside { } a ',' ends the value before it: quote the whole value, "
        f"{field.value}: {_quoted(written)}"
    )


def _is_piece(value_node: yaml.Node) -> bool:
    """A key written without ': value' in a flow mapping (``{answer: C, E}``: ``E``)."""
    return (
        isinstance(value_node, yaml.ScalarNode)
        and value_node.tag == NULL_TAG
        and not value_node.value
    )


def _wide_comma_fix(texts: list[str], want: int, what: str, field: str = "") -> str | None:
    """When ``texts`` cut at their full-width or ideographic commas are ``want`` texts:
    which comma, and the list to write (``[ニチ, ひ]`` for ``[ニチ、ひ]``)."""
    found = next((WIDE_COMMA.search(text) for text in texts if WIDE_COMMA.search(text)), None)
    if found is None:
        return None
    pieces = [piece.strip() for text in texts for piece in WIDE_COMMA.split(text)]
    if len(pieces) != want or not all(pieces):
        return None
    fix = f"{field}[{', '.join(map(_flow_item, pieces))}]"
    return wide_comma_message(found.group(), what, fix)


def _shape_message(label: str, cells: list[str], columns: list[str]) -> str:
    """What to do about a row with more or fewer cells than there are columns."""
    have, want = len(cells), len(columns)
    headings = ", ".join(columns)
    said = f"row '{label}' has {_count(have, 'cell')} for {_count(want, 'column')} ({headings})"
    wide = _wide_comma_fix(cells, want, "cells") if have < want else None
    if wide is not None:
        return f"{said}: {wide}"
    if have > want:
        return (
            f"{said}: remove {_count(have - want, 'cell')}, or quote a cell that holds a comma "
            f"([\"a, b\", c]), or add its heading to 'columns'"
        )
    return f'{said}: give it one cell per column (write "—" for a cell with nothing to say)'


def _count(number: int, noun: str) -> str:
    """A count and its noun: 1 cell, 2 cells."""
    return f"{number} {noun}{'s' * (number != 1)}"


def _flow_item(text: str) -> str:
    """``text`` as an item of a one-line [ ] list: quoted when YAML would cut or read it."""
    plain = re.fullmatch(r"[^\s,\[\]{}#&*!|>'\"%@`:-][^,\[\]{}#]*", text)
    return text if plain and ": " not in text and not text.endswith(":") else _quoted(text)


def _label_heading_message(columns: list[str]) -> str:
    """Every row one cell short: the first heading names the row labels."""
    rest = ", ".join(_flow_item(heading) for heading in columns[1:])
    return (
        f"every row has {_count(len(columns) - 1, 'cell')} for {len(columns)} columns: the first "
        f"heading, '{columns[0]}', names the row labels (the keys under 'rows'): write "
        f"row_header: {_flow_item(columns[0])} and columns: [{rest}]"
    )


def _check_kind(reader: FileReader, kind: str, values: dict, nodes: dict, fields: dict) -> bool:
    """Kind-specific rules: table shape, cloze syntax, units."""
    ok = True
    if kind == "table":
        columns, column_nodes = values["columns"]
        named: dict[str, int] = {}  # heading, folded -> its column's number
        for number, (text, cnode) in enumerate(zip(columns, column_nodes, strict=True), 1):
            if not text:
                reader.report(cnode, "empty-cell", "a column heading is empty: name the column")
                ok = False
            elif (first := named.setdefault(text.casefold(), number)) != number:
                reader.report(
                    cnode,
                    "table-shape",
                    f"column '{text}' is named twice (column {first} is '{columns[first - 1]}'): "
                    "give each column a heading of its own (Anki asks each cell by its row "
                    "and column)",
                )
                ok = False
        if _written_as_switch(nodes.get("row_header")):
            reader.report(nodes["row_header"], "wrong-type", _ROW_HEADER_SWITCH)
            ok = False
        if not values["rows"]:
            reader.report(nodes["rows"], "empty-field", "'rows' is empty")
            ok = False
        rows = values["rows"]
        if len(rows) > 1 and len(columns) > 1 and not values.get("row_header"):
            if all(len(cells) == len(columns) - 1 for _, _, cells, _ in rows):
                # the row labels' heading written as the first column: one line, not one a row
                reader.report(nodes["columns"], "table-shape", _label_heading_message(columns))
                return False
        if rows and all(len(cells) > len(columns) for _, _, cells, _ in rows):
            wide = _wide_comma_fix(columns, len(rows[0][2]), "headings", "columns: ")
            if wide is not None:  # "[On，Kun]": one line, not one a row
                reader.report(nodes["columns"], "table-shape", wide)
                return False
        for key_node, label, cells, cell_nodes in rows:
            if not label:
                reader.report(key_node, "empty-cell", "a row label is empty: name the row")
                ok = False
            if len(cells) != len(columns):
                reader.report(key_node, "table-shape", _shape_message(label, cells, columns))
                ok = False
                continue
            for text, cnode, column in zip(cells, cell_nodes, columns, strict=True):
                if not text:
                    reader.report(
                        cnode,
                        "empty-cell",
                        f"cell '{label}' / '{column}' is empty: write what it means there "
                        '("—", "none", "n/a"); Anki asks every cell',
                    )
                    ok = False
    if kind == "cloze":
        problem, at = cloze_problem_at(values["text"]) or (None, None)
        if problem and "\\" in problem and getattr(nodes["text"], "style", None) == '"':
            # in double quotes YAML reads '\}' as an escape: the text and its fix as typed
            problem = (
                problem.replace("\\", "\\\\")
                + " (backslashes doubled: the value is in double quotes)"
            )
        if problem:
            where = reader.loc_within(nodes["text"], values["text"], at)
            reader.report(where, "bad-cloze", problem)
            ok = False
    if "priority" in values and values["priority"] not in model.PRIORITIES:
        written = str(values["priority"])
        hint = (
            [_PRIORITY_WORDS[written.casefold()]] if written.casefold() in _PRIORITY_WORDS else []
        )
        hint = hint or difflib.get_close_matches(written, model.PRIORITIES, n=1)
        pre = f"did you mean '{hint[0]}'? " if hint else ""
        reader.report(
            nodes["priority"],
            "wrong-type",
            f"priority '{values['priority']}' is not known: {pre}write "
            + ", ".join(model.PRIORITIES)
            + (f" (priority: {hint[0]})" if hint else ""),
        )
        ok = False
    if kind in ("command", "snippet") and values.get("lang"):
        problem = lang_problem(values["lang"])
        if problem:
            reader.report(nodes["lang"], "unknown-lang", problem)
            ok = False
    if kind == "limit" and _bare_number(nodes["value"]) and not values.get("unit"):
        where = nodes.get("unit", nodes["value"])
        add = "write in 'unit:'" if "unit" in nodes else "add 'unit: …' with"  # unit: ""
        reader.report(where, "missing-unit", _missing_unit_message(str(values["value"]), add))
        ok = False
    if kind == "limit" and values.get("unit") and isinstance(values["value"], str):
        value, unit = values["value"], str(values["unit"])
        if value.casefold().endswith(unit.casefold()) and value[: -len(unit)].strip():
            reader.report(
                nodes["unit"],
                "unit-twice",
                f"'value: {value}' already ends with its unit, and 'unit: {unit}' adds it "
                f"again ('{value} {unit}'): drop one of them",
            )
    return ok


@lru_cache(maxsize=2)
def lang_names(plugins: bool = True) -> frozenset[str]:
    """Every name a code block's ``lang`` may take: Pygments' lexer aliases and ours
    (``plugins=False``: Pygments' own lexers only, which spares reading every installed
    package's entry points, 40 ms of a check)."""
    from pygments.lexers import get_all_lexers

    from ..highlight import LANG_ALIASES

    lexers = get_all_lexers(plugins=plugins)
    names = {alias.lower() for _, aliases, _, _ in lexers for alias in aliases}
    return frozenset(names | set(LANG_ALIASES) | {"console"})


def _ended_block(reader, fields: dict, key: str) -> tuple[str, int] | None:
    """``('code: |', 6)`` when the field before ``key`` is a block with lines (``code: |``)
    and ``key`` comes right after them, indented less: YAML ended the block at ``key``,
    which may be a line of pasted code (a playbook's ``tasks:``). None otherwise."""
    names = list(fields)
    at = names.index(key)
    if at == 0:
        return None
    before, (key_node, _) = fields[names[at - 1]][1], fields[key]
    if before.tag != STR_TAG or before.style not in ("|", ">") or not before.value.strip():
        return None
    lines = reader.lines()
    header = before.start_mark.line
    first = next((i for i in range(header + 1, key_node.start_mark.line) if lines[i].strip()), None)
    if first is None:
        return None
    indent = len(lines[first]) - len(lines[first].lstrip(" "))
    return f"{names[at - 1]}: {before.style}", indent


def lang_problem(lang: str) -> str | None:
    """Why ``lang`` names no language Pygments highlights, with the near miss; or None."""
    if lang.lower() in lang_names(plugins=False) or lang.lower() in lang_names():
        return None
    if (latin := model.as_latin(lang)) is not None and latin.lower() in lang_names():
        return (  # 'bаsh', its 'а' Cyrillic: a name the reader sees as known
            f"lang '{lang}' is not a language Pygments knows: "
            f"{model.lookalike_note(lang)}: write lang: {latin}"
        )
    near = nearest_lang(lang)
    hint = f"did you mean '{near}'? " if near else ""
    return (
        f"lang '{lang}' is not a language Pygments knows: {hint}"
        "see `pygmentize -L lexers` (e.g. bash, python, sql, psql, json, yaml, text)"
    )


#: What follows a language's name in a name written for its files: "nginxconf", "nginx.conf".
_CONFIG_SUFFIX = re.compile(r"[-_. ]?(?:conf|config|cfg|file)\Z")


def nearest_lang(lang: str) -> str | None:
    """The lexer name ``lang`` most likely meant: the language of a file so named
    ("nginx.conf" or "service", as in "x.service": systemd), a name followed by "conf"
    ("nginxconf": nginx), else the closest spelling."""
    from pygments.lexers import find_lexer_class_for_filename

    name = lang.strip().lower()
    for file_name in (name, f"x.{name}"):
        try:
            lexer = find_lexer_class_for_filename(file_name)
        except Exception:  # a plugin's broken pattern: no hint from file names
            lexer = None
        if lexer is not None and lexer.aliases:
            return lexer.aliases[0]
    stem = _CONFIG_SUFFIX.sub("", name)
    if stem != name and stem in lang_names():
        return stem
    close = difflib.get_close_matches(name, sorted(lang_names()), n=1, cutoff=0.7)
    return close[0] if close else None


_ROW_HEADER_SWITCH = (
    "'row_header' is the heading over the row labels, not a switch: write its words, "
    "e.g. 'row_header: persona' (or quote it: 'row_header: \"true\"')"
)


def _written_as_switch(node: yaml.Node | None) -> bool:
    """An unquoted ``true`` / ``false``: meant as "has row labels", not as a heading."""
    return (
        isinstance(node, yaml.ScalarNode)
        and node.tag == BOOL_TAG
        and not node.style
        and node.value.lower() in ("true", "false")
    )


def _missing_unit_message(value: str, add: str) -> str:
    """What a limit's bare number needs; a year ("1453") is told how to stay a year. A
    range ("0 to 1") or a bound ("< 50") is called so, not a number."""
    if not NUMBER.match(value) and NUMBER_RANGE.match(value):
        what = "bound" if value[:1] in "<>≤≥" else "range" if _A_RANGE.search(value) else "number"
        return (
            f"the {what} {value} needs a unit: {add} what it counts (seconds, MB, requests, "
            f'°C, …), or quote it if it counts nothing (a rate, a score): value: "{value}"'
        )
    if _A_YEAR.match(value):
        return (
            f'the number {value} needs a unit: if it is a year, quote it: value: "{value}" '
            f"(or write the era: value: AD {value}); else {add} what it counts "
            "(seconds, MB, requests, °C, …), or quote it if it counts nothing (a port, a "
            f'score): value: "{value}"'
        )
    return (
        f"the number {value} needs a unit: {add} what it counts (seconds, MB, requests, "
        f'°C, …), or quote it if it counts nothing (a rate, a score): value: "{value}"'
    )


#: Two numbers joined by a dash or "to": a range (a leading minus sign is no dash).
_A_RANGE = re.compile(r"\d\s*(?:-|–|—|to)\s*[+\-−]?\.?\d")
#: A whole number that may well be a year of a history card: 1000 to 2199.
_A_YEAR = re.compile(r"(?:1\d|2[01])\d\d\Z")


def _bare_number(node: yaml.Node) -> bool:
    """A plain (unquoted) value that is a number, or a range or bound of numbers: it
    needs a unit; quoted, it is text."""
    if not isinstance(node, yaml.ScalarNode) or node.style:
        return False
    value = node.value
    return bool(NUMBER.match(value) or (NUMBER_RANGE.match(value) and not _YEARS.match(value)))


#: A span of years (1939–1945, 1939–45): a date, not a count; it needs no unit. Only
#: years of four digits: 144–146 (MHz) and 430–440 are no years.
_YEARS = re.compile(r"[12]\d{3}\s*(?:-|–|—|to)\s*(?:\d{2}|[12]\d{3})\Z")


def _build_card(kind, card_id, locs: FieldLocs, values, ctx: CardContext) -> model.Card:
    tags = _merge_tags(ctx.tags, values.pop("tags", ()))
    values.setdefault("source", ctx.source)
    if kind == "table":
        columns, _ = values["columns"]
        values["columns"] = tuple(columns)
        values["rows"] = tuple(
            Row(label, tuple(cells), _loc(key_node, locs.file))
            for key_node, label, cells, _ in values["rows"]
        )
    elif kind == "list":
        values["items"] = tuple(
            Item(text, term, _loc(node, locs.file)) for node, text, term in values["items"]
        )
    if kind in ("command", "snippet") and not values.get("lang"):
        values.pop("lang", None)
    for name in _OPTIONAL_TEXTS[kind]:  # an optional text left empty is no text
        if values.get(name) == "":
            values[name] = None
    cls = CARD_CLASSES[kind]
    return cls(
        id=card_id,
        topic=ctx.topic_path,
        deck=ctx.deck,
        tags=tags,
        locs=locs,
        **values,
    )


def _merge_tags(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    if not second:
        return first  # the topic's own tuple: one for all its cards
    return tuple(dict.fromkeys((*first, *second)))
