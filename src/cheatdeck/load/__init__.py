"""The loader: the only module that reads YAML. Corpus folder -> frozen ``Corpus`` + diagnostics.

It composes each file with PyYAML's safe C composer (nodes keep their positions),
refuses object-building tags, runaway aliases and topic files linked from outside the
corpus, detects duplicate keys, and validates every value against ``model.KINDS``,
keeping each scalar's text as written. It never raises on bad input: every problem of
every file becomes a ``Diagnostic`` and loading goes on; the valid cards of a corpus
with errors are kept apart (``LoadResult.partial``) so the fact checks still see them.
"""

from __future__ import annotations

import difflib
import gc
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from .. import model
from ..cloze import problem as cloze_problem
from ..diagnostics import Diagnostic, make, visible
from ..invocation import command_on
from ..model import CORPUS_FIELDS, SETTING_NAMES, TOPIC_FIELDS, Corpus, Loc, Settings, Topic
from .cards import (
    CardContext,
    _id_hint,
    _is_blank,
    _to_fill,
    read_card,
    read_value,
    split_card,
)
from .syntax import NULL_TAG, _Composer, compose, decode
from .values import FileReader, _Invalid, suggest

# beyond load_corpus: the composer (a speed test)
__all__ = [
    "CORPUS_FILE",
    "LoadResult",
    "_Composer",
    "cloze_problem",
    "load_corpus",
]

CORPUS_FILE = "corpus.yaml"
#: What a newcomer may call it, and what is then read as the corpus file gone wrong.
MISNAMED_CORPUS_FILE = "corpus.yml"
YAML_SUFFIXES = (".yaml", ".yml")

# ---------------------------------------------------------------- files


def _deck_path(root_deck: str, deck: str) -> str | None:
    """A topic's Anki deck: ``deck`` below the root deck, or as written when it already
    starts with the root deck, in any case ("Chemistry::Acids" or "chemistry::acids"
    under "Chemistry": Anki tells deck names apart without regard to case, and
    ``deck_case_problems`` asks for one spelling); None when a part is empty."""
    parts = [p.strip() for p in deck.split("::")]
    if not all(parts):
        return None
    root = root_deck.split("::") if root_deck else []
    if len(parts) > len(root) and list(map(deck_key, parts[: len(root)])) == list(
        map(deck_key, root)
    ):
        return "::".join(parts)
    return "::".join([*root, *parts])


def deck_key(part: str) -> str:
    """One part of a deck name as Anki tells it apart from others: in any case, its
    accents encoded either way, a letter that looks Latin as that letter."""
    folded = unicodedata.normalize("NFC", part).casefold()
    return model.as_latin(folded) or folded


def read_keys(
    reader: FileReader,
    node: yaml.Node,
    fields: dict,
    specs: tuple,
    names: tuple[str, str],
    special: dict | None = None,
) -> tuple[dict[str, object], bool]:
    """The keys of a topic file or corpus.yaml read against ``specs``.

    Unknown, missing and empty keys are reported; ``names`` is (what the keys are, what
    owns them) for the messages; ``special`` reads some keys its own way (``cards`` is
    read by the caller, card by card).
    """
    what, owner = names
    special = special or {}
    by_name = {spec.name: spec for spec in specs}
    values: dict[str, object] = {}
    ok = True
    suggested: set[str] = set()  # keys an unknown-field message named: not missing again
    for key, (key_node, value_node) in fields.items():
        spec = by_name.get(key)
        if spec is None:
            hint = suggest(key, list(by_name))
            suggested.update(difflib.get_close_matches(key, list(by_name), n=1, cutoff=0.6))
            if what == "corpus" and key in SETTING_NAMES:
                hint = f"it is a setting: write it under 'settings:' (settings: {{{key}: …}})"
            reader.report(key_node, "unknown-field", f"'{key}' is not a {what} key: {hint}")
            ok = False
            continue
        if key == "cards":
            continue
        try:
            read = special.get(key)
            values[key] = read(value_node) if read else read_value(reader, spec, value_node)
        except _Invalid:
            ok = False
    for spec in specs:
        if spec.required and spec.name not in fields:
            if spec.name not in suggested:
                reader.report(
                    reader.loc(node),
                    "missing-field",
                    f"{owner} needs '{spec.name}'{_what_it_is(spec)}: "
                    + _line_to_add(what, spec.name, values, reader.display),
                )
            ok = False
        elif spec.required and spec.name in values and _is_blank(values[spec.name]):
            reader.report(
                fields[spec.name][1], "empty-field", f"'{spec.name}' is empty: {_to_fill(spec)}"
            )
            ok = False
    return values, ok


def _what_it_is(spec: model.FieldSpec) -> str:
    """`` (section heading)``: a missing key's help, without its own parentheses."""
    if spec.name == "cards":
        return ""
    return f" ({re.sub(r' [(].*[)]$', '', spec.help)})"


def _line_to_add(what: str, key: str, values: dict[str, object], display: str) -> str:
    """What to write for a missing key of a topic file or corpus.yaml, named after the
    file or the folder (``operating.yaml`` lacking its title: ``title: Operating``)."""
    if key == "cards":
        return "add 'cards:' and the cards below it, each starting with '- id: '"
    if what == "corpus":
        name, title = names_for_folder(Path(display).parent)
        return f"add the line '{key}: {name if key == 'name' else title}'"
    words = re.findall(r"[^\W_]+", Path(display).stem) or ["Topic"]
    value = " ".join(words).capitalize()
    deck = values.get("deck")
    if key == "title" and isinstance(deck, str) and deck.strip():
        value = deck.split("::")[-1].strip()
    return f"add the line '{key}: {value}'"


#: What a topic file looks like, for one written as something else.
_TOPIC_SHAPE = "start it with 'deck:' and 'title:', and put the cards in a list under 'cards:'"


def _looks_like_topic(fields: dict) -> bool:
    """A YAML file with any key of a topic, or a near miss of one ("Cards", "decks"): the
    other YAML files below the corpus folder (a docker-compose.yml) are no topics."""
    names = [spec.name for spec in TOPIC_FIELDS]
    return any(
        key in names or difflib.get_close_matches(key, names, n=1, cutoff=0.6) for key in fields
    )


def read_topic(
    reader: FileReader, node: yaml.Node | None, rel: str, root_deck: str
) -> tuple[Topic | None, list[model.Card]]:
    """One topic file's node tree -> its topic and cards (problems reported)."""
    start = Loc(reader.display, 1, 1)
    if _is_empty(node):
        reader.report(start, "missing-field", "empty topic file: it needs deck, title and cards")
        return None, []
    try:
        fields = reader.mapping(node, "a topic file", _TOPIC_SHAPE)
    except _Invalid:
        return None, []
    if not _looks_like_topic(fields):
        keys = ", ".join(list(fields)[:3]) + (", …" if len(fields) > 3 else "")
        reader.report(
            start,
            "missing-field",
            f"not a topic file (its keys are {keys}; a topic has deck, title and cards): "
            "move it out of the corpus folder, or write it as a topic",
        )
        return None, []
    values, ok = read_keys(reader, node, fields, TOPIC_FIELDS, ("topic", "topic file"))
    deck = None
    if values.get("deck"):
        deck = _deck_path(root_deck, str(values["deck"]))
        if deck is None:
            reader.report(fields["deck"][1], "empty-field", _empty_deck_part(values["deck"]))
            ok = False
        else:
            reader.deck_seen = (deck, reader.loc(fields["deck"][1]))
    order = values.get("order")
    if order is not None and not isinstance(order, (int, float)):
        reader.report(
            fields["order"][1],
            "wrong-type",
            "'order' must be a number, such as order: 10 (topics are sorted by it, lowest "
            "first; topics without one come last)",
        )
        ok = False
        order = None
    ctx = CardContext(
        topic_path=rel,
        deck=deck or root_deck,
        source=values.get("source") or None,
        tags=tuple(dict.fromkeys(values.get("tags", ()))),  # shared by the cards with no tags
    )
    cards: list[model.Card] = []
    if "cards" in fields:
        cards_key, cards_node = fields["cards"]
        if isinstance(cards_node, yaml.ScalarNode) and cards_node.tag == NULL_TAG:
            reader.report(
                cards_key,
                "no-cards",
                "topic file has no cards: write each card under 'cards:' as '  - id: …' with its "
                "kind and fields (see the card kinds in README.md)",
            )
            ok = False
        elif not isinstance(cards_node, yaml.SequenceNode):
            reader.report(cards_node, "wrong-type", _not_a_list(cards_node))
            ok = False
        elif not cards_node.value:
            reader.report(
                cards_key,
                "no-cards",
                "topic file has no cards: write each card under 'cards:' as '  - id: …' with its "
                "kind and fields (see the card kinds in README.md)",
            )
            ok = False
        else:
            nodes = cards_node.value
            skip = set()
            for place, card_node in enumerate(nodes):
                reader.cards_seen += 1
                if place in skip:
                    continue
                if place + 1 < len(nodes) and split_card(reader, card_node, nodes[place + 1]):
                    skip.add(place + 1)
                    continue
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
        tags=values.get("tags", ()),
        intro=values.get("intro") or None,
        cards=(),
        loc=reader.loc(node),
        locs=_topic_locs(reader, node, fields),
    )
    return topic, cards


def _topic_locs(reader: FileReader, node: yaml.Node, fields: dict) -> model.FieldLocs:
    """Where a topic and its texts (title, intro, source) are written."""
    start = reader.loc(node)
    places = {}
    for name in ("title", "intro", "source"):
        if name in fields:
            loc = reader.loc(fields[name][1])
            places[name] = (loc.line, loc.col)
    return model.FieldLocs.of(start.file, (start.line, start.col), places)


LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
#: A language tag's parts after its language, in BCP 47's order (RFC 5646, 2.1): a script
#: (zh-Hant), a region (pt-BR, es-419), variants (de-CH-1996), extensions
#: (ja-JP-u-ca-japanese) and private use (en-US-x-twain).
_TAG_PARTS = re.compile(
    r"(?:-(?P<extlang>[a-z]{3}(?:-[a-z]{3}){0,2}))?"
    r"(?:-(?P<script>[a-z]{4}))?"
    r"(?:-(?P<region>[a-z]{2}|[0-9]{3}))?"
    r"(?P<variants>(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*)"
    r"(?P<extensions>(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*)"
    r"(?:-x(?:-[a-z0-9]{1,8})+)?",
    re.I,
)
#: ISO 3166-1: every country's two-letter code, the region of a language tag (Debian's
#: iso-codes; XK, Kosovo, as CLDR writes it), and UN M.49's areas of three digits.
_REGIONS = frozenset(
    """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
    BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE
    DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN
    GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE
    KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK
    ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA
    PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK
    SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
    UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK EU UN
    001 002 003 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057
    061 142 143 145 150 151 154 155 202 419""".split()
)
#: A region written by a name people use for it that is not its code.
_REGION_MEANT = {"UK": "GB"}
#: What a language tag may hold, said when one does not parse.
_TAG_FORMS = (
    "a language's code (en), then, each after a hyphen, its script (zh-Hant), its "
    "country (en-GB, pt-BR) or area (es-419)"
)
#: A language written by its English name, and its tag.
_LANGUAGE_NAMES = {
    "english": "en",
    "german": "de",
    "deutsch": "de",
    "french": "fr",
    "français": "fr",
    "spanish": "es",
    "español": "es",
    "portuguese": "pt",
    "italian": "it",
    "dutch": "nl",
    "polish": "pl",
    "russian": "ru",
    "swedish": "sv",
    "chinese": "zh",
    "japanese": "ja",
    "korean": "ko",
    "arabic": "ar",
    "hebrew": "he",
    "turkish": "tr",
}

#: A country's code written for its language's ("jp" for Japanese): none is a language tag.
_COUNTRY_CODES = {
    "jp": "ja",
    "cn": "zh",
    "gr": "el",
    "dk": "da",
    "cz": "cs",
    "ua": "uk",
    "vn": "vi",
    "il": "he",
    "ir": "fa",
}

#: ISO 639-1: every language's two-letter code (a tag's first part of two letters is one
#: of these, or it names no language: ``xx-YY``). Three-letter codes are not listed.
_ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs
    cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he
    hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr
    ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng
    nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si
    sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur
    uz ve vi vo wa wo xh yi yo za zh zu""".split()
)
#: Two-letter codes ISO 639 withdrew, and the code that replaced each.
_WITHDRAWN_639 = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}


def _unknown_language(tag: str) -> str | None:
    """Why ``tag`` (of LANGUAGE_TAG's letters) is no language tag, or names no language
    or no country, with what to write; or None."""
    first = tag.split("-")[0]
    code = first.casefold()
    if len(code) != 2 or code in _ISO_639_1:
        return _tag_parts_problem(tag, first)
    if code in _WITHDRAWN_639:
        fix = _WITHDRAWN_639[code] + tag[len(first) :]
        return f"'language' {tag}: '{first}' is a withdrawn code: write {fix}"
    return (
        f"'language' {tag}: '{first}' is no language's code (ISO 639), so the sheet's "
        "<html lang> would name none: write the language's code, such as en, de or pt-BR"
    )


def _tag_parts_problem(tag: str, first: str) -> str | None:
    """Why the parts of ``tag`` after its language ``first`` are not BCP 47's (a part out
    of place or of no part's length, or one twice), or its region is no country's code
    (en-XX, en-UK), with what to write; or None."""
    rest = tag[len(first) :]
    parts = _TAG_PARTS.fullmatch(rest)
    if parts is None:
        return (
            f"'language' {tag} is no language tag (BCP 47): it is {_TAG_FORMS}, such as "
            f"{first} or {first}-{_a_region(first)}"
        )
    region = (parts["region"] or "").upper()
    if not region or region in _REGIONS:
        return None
    before = tag[: len(first) + parts.start("region") - 1]  # its hyphen left out
    after = tag[len(first) + parts.end("region") :]
    if region in _REGION_MEANT:
        fix = f"{before}-{_REGION_MEANT[region]}{after}"
        return f"'language' {tag}: '{parts['region']}' is no country's code: write {fix}"
    return (
        f"'language' {tag}: '{parts['region']}' is no country's code (ISO 3166) nor an "
        f"area's (UN M.49, such as 419): write {before}{after}, or a country's code, such "
        f"as {before}-{_a_region(first)}{after}"
    )


def _a_region(language: str) -> str:
    """A country whose code follows ``language`` in a tag, for an example."""
    return {"en": "GB", "pt": "BR", "zh": "TW", "es": "MX", "fr": "CA"}.get(
        language.casefold(), "CH" if language.casefold() in ("de", "it") else "US"
    )


#: Keys a newcomer writes under ``settings:`` that are options of ``cheatdeck build``.
_BUILD_OPTIONS = {
    "pages": "--pages",
    "tag": "--tag",
    "tags": "--tag",
    "format": "-f",
    "formats": "-f",
    "out": "-o",
    "output": "-o",
}


def _not_a_list(node: yaml.Node) -> str:
    """Why 'cards' is no list, with the fix: a card written without its '- '."""
    pairs = node.value if isinstance(node, yaml.MappingNode) else []
    keys = [key.value for key, _ in pairs if isinstance(key, yaml.ScalarNode)]
    glued = bool(keys) and keys[0].startswith("-") and keys[0][1:] in ("id", "kind")
    if "id" not in keys and "kind" not in keys and not glued:
        if keys and isinstance(pairs[0][1], yaml.MappingNode):  # cards keyed by their ids
            return (
                f"'cards' must be a list of cards, not a mapping of ids: write "
                f"'- id: {visible(keys[0])}' where '{keys[0]}:' is, its fields indented "
                "like 'id' (two spaces further in than '-')"
            )
        return (
            "'cards' must be a list of cards: write each card on the lines under 'cards:' "
            "as '- id: …', its 'kind:' and fields under it indented like 'id'"
        )
    first = pairs[0][1]
    value = first.value if isinstance(first, yaml.ScalarNode) else "…"
    if glued:  # "-id: a": a card's dash without its space
        return (
            "'cards' must be a list of cards, and each card starts with '- ': put a space "
            f"after '-': write '- {keys[0][1:]}: {visible(value)}', its other fields "
            f"indented like '{keys[0][1:]}' (two spaces further in than '-')"
        )
    return (
        "'cards' must be a list of cards, and each card starts with '- ': write "
        f"'- {keys[0]}: {visible(value)}', its other fields indented like '{keys[0]}'"
    )


def _empty_deck_part(deck: object) -> str:
    """'Hive::' and 'A::::B': the deck to write, its empty parts left out."""
    parts = [part.strip() for part in str(deck).split("::") if part.strip()]
    fix = f": write deck: {'::'.join(parts)}" if parts else ""
    return f"a part of 'deck' between '::' is empty{fix}"


def read_settings(reader: FileReader, node: yaml.Node) -> Settings:
    if isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG:
        return Settings()
    fields = reader.mapping(
        node,
        "'settings'",
        "write 'settings:', then each setting on a line of its own below it, "
        "indented, such as '  columns: 4'",
    )
    values: dict[str, object] = {}
    nodes: dict[str, yaml.Node] = {}
    for key, (key_node, value_node) in fields.items():
        spec = SETTING_NAMES.get(key)
        if spec is None:
            option = _BUILD_OPTIONS.get(key.lower())
            value = getattr(value_node, "value", "")
            hint = (
                f"it is an option of build: cheatdeck build {option} {value}".rstrip()
                if option and isinstance(value, str)
                else suggest(key, list(SETTING_NAMES))
            )
            reader.report(key_node, "unknown-field", f"'{key}' is not a setting: {hint}")
            continue
        if not isinstance(value_node, yaml.ScalarNode):
            reader.report(value_node, "wrong-type", _setting_not_scalar(key, spec, value_node))
            continue
        try:
            value = reader.number_or_text(value_node, key)
        except _Invalid:
            continue
        default = spec.default
        if spec.choices:
            value = str(value).lower()
            if value not in spec.choices:
                near = difflib.get_close_matches(value, spec.choices, n=1, cutoff=0.6)
                hint = f": did you mean '{near[0]}'?" if near else ""
                reader.report(
                    value_node,
                    "wrong-type",
                    f"'{key}' must be one of: " + ", ".join(spec.choices) + hint,
                )
                continue
        elif isinstance(default, (int, float)) and not isinstance(value, (int, float)):
            meant = _number_meant(key, str(value))
            fix = f": write {key}: {meant}" if meant else f", such as {key}: {default or 3:g}"
            if str(value).strip().lower() in _NO_LIMIT_WORDS and key in _ZERO_MEANS:
                fix = f": write {key}: 0 for {_ZERO_MEANS[key]}"  # "none", "unlimited"
            reader.report(value_node, "wrong-type", f"'{key}' must be a number{fix}")
            continue
        elif isinstance(default, int) and not isinstance(default, bool):
            if not isinstance(value, int) or value < 0:
                reader.report(value_node, "wrong-type", _whole_number_fix(key, value, default))
                continue
        if key == "font_size" and not 6.5 <= float(value) <= 12:
            nearest = min(max(float(value), 6.5), 12)
            reader.report(
                value_node,
                "wrong-type",
                f"'font_size' must be between 6.5 and 12 (points): write font_size: {nearest:g}",
            )
            continue
        if key == "max_image_mb" and float(value) < 0:
            reader.report(
                value_node,
                "wrong-type",
                f"'max_image_mb' must be a number >= 0: write max_image_mb: {-float(value):g}, "
                "or 0 for no limit",
            )
            continue
        if key == "similarity" and not 0 < float(value) <= 1:
            whole = value == int(value)
            if whole and 1 < value < 10:  # 8 meaning 0.8, as 80 does: not 0.08
                share = f": write similarity: {value / 10:g}"
            elif whole and 10 <= value <= 100:  # 80 meaning 80 %
                share = f": write similarity: {value / 100:g}"
            else:
                share = f", such as similarity: {default:g} (the default)"
            reader.report(
                value_node,
                "wrong-type",
                "'similarity' is the share of words two prompts hold in common, above 0 and "
                f"at most 1{share}",
            )
            continue
        if key == "language" and not LANGUAGE_TAG.fullmatch(str(value)):
            meant = _LANGUAGE_NAMES.get(str(value).strip().casefold(), str(value).replace("_", "-"))
            hint = f": write {meant}" if LANGUAGE_TAG.fullmatch(meant) else ""
            reader.report(
                value_node,
                "wrong-type",
                f"'language' must be a language tag such as en, de or pt-BR{hint}",
            )
            continue
        if key == "language" and str(value).split("-")[0].casefold() in _COUNTRY_CODES:
            code = str(value).split("-")[0]
            reader.report(
                value_node,
                "wrong-type",
                f"'language' is a language tag, and '{code}' is a country's code: "
                f"write {_COUNTRY_CODES[code.casefold()]}",
            )
            continue
        if key == "language" and (unknown := _unknown_language(str(value))) is not None:
            reader.report(value_node, "wrong-type", unknown)
            continue
        values[key] = float(value) if isinstance(default, float) else value
        nodes[key] = value_node
    for key in _CHECK_LIMITS.keys() & fields.keys() - values.keys():  # written wrong
        values[key] = _CHECK_LIMITS[key]
    settings = Settings(**values, written=frozenset(fields) & SETTING_NAMES.keys())
    if "columns" in values:
        _check_columns(reader, nodes["columns"], settings)
    return settings


#: A check's limit written wrong is no limit: its error is the one line to read, not a
#: long-answer warning for each answer over the default 40 words as well (the build
#: stops at the error, so no output is made with it).
_CHECK_LIMITS = {"max_answer_words": sys.maxsize, "max_fact_age_days": sys.maxsize}


#: What 0 means for a number setting where it is not the number itself.
_ZERO_MEANS = {"max_answer_words": "no limit", "max_image_mb": "no limit", "columns": "the default"}
#: Words written for "no limit" where a number is expected: 0 is what they mean.
_NO_LIMIT_WORDS = frozenset({"none", "unlimited", "no limit", "infinite", "inf", "never", "all"})


def _whole_number_fix(key: str, value: object, default: int) -> str:
    """What to write for a whole-number setting below 0 or with a fraction: a negative
    number, written for "none" or "off", is told what 0 means where 0 turns it off."""
    meant = abs(round(value)) if isinstance(value, (int, float)) else default
    fix = f"write {key}: {meant}"
    if isinstance(value, (int, float)) and value < 0 and key in _ZERO_MEANS:
        zero = f"0 for {_ZERO_MEANS[key]}"
        fix = (
            f"write {key}: {zero}, or a number such as {default or 3}"
            if value == -1  # "none", as many programs read it
            else f"{fix}, or {key}: {zero}"
        )
    return f"'{key}' must be a whole number >= 0: {fix}"


def _setting_not_scalar(key: str, spec: model.SettingSpec, node: yaml.Node) -> str:
    """What to write for a setting given as a list or mapping (``columns: [4]``): the
    one value inside it, if there is one, else an example (quoting it, as a text field
    is told, only led to "must be a number")."""
    shape = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
    default = spec.default
    number = isinstance(default, (int, float)) and not isinstance(default, bool)
    inner = node.value if isinstance(node, yaml.SequenceNode) else []
    if len(inner) == 1 and isinstance(inner[0], yaml.ScalarNode) and inner[0].value:
        fix = f": write {key}: {inner[0].value}"
    elif number:
        fix = f", such as {key}: {default or 3:g}"
    else:
        fix = f", such as {key}: {spec.choices[0] if spec.choices else default}"
    if spec.choices:
        fix += " (one of: " + ", ".join(spec.choices) + ")"
    return f"'{key}' must be {'a number' if number else 'one value'}, not {shape}{fix}"


def _check_columns(reader: FileReader, node: yaml.Node, settings: Settings) -> None:
    """More columns than the paper holds at MIN_COLUMN_MM each is an error: the words
    break inside and a page may be left empty."""
    most = model.most_columns(settings.paper, settings.orientation)
    if settings.columns > most:
        reader.report(
            node,
            "wrong-type",
            f"'columns: {settings.columns}' leaves columns too narrow for words on "
            f"{settings.paper.upper()} {settings.orientation} paper: at most {most} fit "
            f"(each at least {model.MIN_COLUMN_MM:g} mm): write columns: {most}, or 0 "
            "for the default",
        )


#: A setting's number written with its unit, and what the unit is worth in the setting.
_SETTING_UNITS = {
    "similarity": {"%": 0.01, "percent": 0.01},
    "font_size": {"pt": 1, "points": 1},
    "max_answer_words": {"words": 1},
    "max_fact_age_days": {"days": 1, "d": 1},
    "max_image_mb": {"mb": 1, "megabytes": 1},
    "columns": {"columns": 1},
}
_NUMBER_WITH_UNIT = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*([^\d\s]*)\s*")


def _number_meant(key: str, written: str) -> str | None:
    """The number a setting's text means ("80%" -> "0.8" for similarity, "0,8" -> "0.8",
    "8pt" -> "8" for font_size, a quoted "0.8" -> "0.8"), or None."""
    found = _NUMBER_WITH_UNIT.fullmatch(written)
    if found is None:
        return None
    number, unit = float(found[1].replace(",", ".")), found[2].lower()
    units = _SETTING_UNITS.get(key, {})
    worth = units.get(unit, units.get(unit + "s"))  # "1 word", "1 day"
    if unit and worth is None:
        return None
    return f"{number * (worth or 1):g}"


def display_path(path: Path, cwd: Path) -> str:
    """FILE as diagnostics show it: relative to the current folder when possible; a file
    outside it by the shorter of that and its absolute path (``/srv/cards/a.yaml``, not
    ``../../../srv/cards/a.yaml``; ``../cards/a.yaml`` stays)."""
    try:
        relative = os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        return str(path)
    if relative.startswith(os.pardir) and path.is_absolute():
        return min(relative, str(path), key=len)
    return relative


@dataclass
class FolderProblem:
    """A folder below the corpus whose topic files are not read: one that cannot be
    listed (``chmod``), or a link to a folder the walk does not follow."""

    folder: Path
    message: str


def topic_files(root: Path, problems: list[FolderProblem] | None = None) -> list[Path]:
    """Every *.yaml / *.yml (in any case: ``birds.YAML`` too) below the corpus folder except
    corpus.yaml, hidden folders skipped. ``problems`` is told of each folder whose topic
    files this cannot give: one it may not list, a linked one that holds some."""
    found = []

    def unlisted(exc: OSError) -> None:
        if problems is not None:
            message = f"cannot read the folder: {exc.strerror}: make it readable (chmod +rx)"
            problems.append(FolderProblem(Path(exc.filename or root), message))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unlisted):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        if problems is not None:
            problems.extend(_linked_folder_problems(root, Path(dirpath), dirnames))
        for name in sorted(filenames):
            if name.lower().endswith(YAML_SUFFIXES) and not name.startswith("."):
                path = Path(dirpath) / name
                if path.parent == root and name == CORPUS_FILE:
                    continue
                if path.parent == root and name == MISNAMED_CORPUS_FILE:
                    if not (root / CORPUS_FILE).exists():
                        continue  # the corpus file misnamed: read_corpus_file says so
                found.append(path)
    return found


def _linked_folder_problems(root: Path, folder: Path, names: list[str]) -> list[FolderProblem]:
    """The links among the sub-folders ``names`` of ``folder`` that lead where the walk
    does not go (outside the corpus, or into a hidden folder) and hold topic files: their
    cards would be left out without a word."""
    problems = []
    for name in names:
        link = folder / name
        if not link.is_symlink():
            continue
        try:
            target = link.resolve(strict=True)
            walked = _walked_anyway(root, target)
        except (OSError, RuntimeError):
            continue  # a broken link or a loop holds no topic file
        if walked or not _holds_topic_files(target):
            continue
        message = (
            f"this folder is a link to {os.readlink(link)}, and cheatdeck reads no topic "
            "file through a linked folder: move the folder into the corpus in place of the link"
        )
        problems.append(FolderProblem(link, message))
    return problems


def _walked_anyway(root: Path, target: Path) -> bool:
    """Whether ``target`` (a resolved folder) is one the walk of ``root`` visits itself."""
    real_root = root.resolve()
    if not target.is_relative_to(real_root):
        return False
    return not any(part.startswith(".") for part in target.relative_to(real_root).parts)


def _holds_topic_files(folder: Path, most: int = 1000) -> bool:
    """Whether a *.yaml / *.yml lies below ``folder`` (its first ``most`` sub-folders)."""
    for seen, (_, dirnames, filenames) in enumerate(os.walk(folder)):
        if seen >= most:
            return False
        if any(name.lower().endswith(YAML_SUFFIXES) for name in filenames):
            return True
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
    return False


def _read_node(
    path: Path, display: str, settings: bool = False
) -> tuple[yaml.Node | None, Diagnostic | None, str]:
    """(node, problem, the file's text) for one file (``settings``: corpus.yaml)."""
    if not path.is_file():  # a FIFO or a device (a link to /dev/zero) would never end
        message = "not a regular file (a FIFO, a device or a broken link): remove or rename it"
        return None, make(Loc(display, 1, 1), "encoding", message), ""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return (
            None,
            make(Loc(display, 1, 1), "encoding", f"cannot read the file: {exc.strerror}"),
            "",
        )
    text, problem = decode(data, display)
    if problem is not None:
        return None, problem, ""
    node, problem = compose(text, display, settings)
    return node, problem, text


def resolved_root(root: Path) -> Path | None:
    """The corpus folder with every link resolved (None if it cannot be)."""
    try:
        return root.resolve()
    except (OSError, RuntimeError):
        return None


def outside_problem(root: Path | None, path: Path, display: str) -> Diagnostic | None:
    """Why a topic file may not be read: a link to a file outside the corpus folder
    (``root``, resolved: ``resolved_root``), a link that leads nowhere, or not a regular
    file (a FIFO, a device)."""
    where = Loc(display, 1, 1)
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):  # a loop of links
        return make(where, "outside-corpus", "this link leads back to itself: delete it")
    inside = root is not None and resolved.is_relative_to(root)
    if not inside:
        return make(
            where,
            "outside-corpus",
            "this topic file links to a file outside the corpus folder: "
            "copy the file into the corpus instead of linking to it",
        )
    try:
        exists, regular = resolved.exists(), resolved.is_file()
    except OSError as exc:
        return make(where, "encoding", f"cannot read the file: {exc.strerror}")
    if not exists:
        target = os.readlink(path) if path.is_symlink() else resolved
        message = f"this link leads to {target}, which does not exist: delete the link"
        return make(where, "outside-corpus", message)
    if not regular:
        return make(
            where,
            "outside-corpus",
            "not a regular file (a FIFO, a device or a folder): a topic file must be a file: "
            "remove it or move it out of the corpus folder",
        )
    return None


def _links_read_twice(root: Path, real_root: Path | None, paths: list[Path]) -> dict:
    """The topic files that are links to another of ``paths``, each with that file: read
    twice, its cards would each be a duplicate id of themselves."""
    links = {path for path in paths if path.is_symlink()}
    if real_root is None or not links:
        return {}
    seen = {real_root / path.relative_to(root): path for path in paths if path not in links}
    twice = {}
    for link in (path for path in paths if path in links):
        try:
            target = link.resolve()
        except (OSError, RuntimeError):
            continue  # outside_problem says so
        if target in seen:
            twice[link] = seen[target]
        else:
            seen[target] = link
    return twice


@dataclass
class CorpusHead:
    """What corpus.yaml says (its name, title, deck, settings, retired ids)."""

    name: str = ""
    title: str = ""
    subtitle: str | None = None
    deck: str = ""
    retired: tuple[str, ...] = ()
    settings: Settings = field(default_factory=Settings)
    loc: Loc | None = None
    retired_locs: dict[str, Loc] = field(default_factory=dict)
    deck_seen: tuple[str, Loc] | None = None  # the root deck and where it is written


def names_for_folder(root: Path) -> tuple[str, str]:
    """A corpus ``name`` and ``title`` made from its folder's name: ``ham-radio/`` gives
    ``ham-radio`` and ``Ham radio``, ``café-notes/`` ``cafe-notes`` and ``Café notes``.
    The name is the folder's ASCII letters and digits, accents set aside (``Türkçe
    Kartları/`` gives ``turkce-kartlari``; ``my-deck`` when it has none: ``日本語/``
    gives ``my-deck`` and ``日本語``)."""
    folder = unicodedata.normalize("NFC", root.resolve().name)
    # 'cаrds', its 'а' Cyrillic, is 'cards'; 'сахар' a Russian word
    folder = re.sub(r"\w+", lambda word: model.as_latin(word[0]) or word[0], folder)
    spelt = "".join(ch if unicodedata.category(ch)[0] in "LNM" else " " for ch in folder)
    words = spelt.split() or ["my", "deck"]
    name_words = re.findall(r"[A-Za-z0-9]+", model.unaccented(folder)) or ["my", "deck"]
    return "-".join(name_words).lower(), " ".join(words).capitalize()


def _three_lines(root: Path) -> str:
    """What a corpus.yaml that is no mapping should say instead (named after the folder)."""
    name, title = names_for_folder(root)
    return f"write 'name: {name}', 'title: {title}' and 'deck: {title}', one a line"


def _no_corpus_file(root: Path) -> str:
    """The missing corpus.yaml, with the three lines to write (named after the folder)."""
    name, title = names_for_folder(root)
    return (
        f"no {CORPUS_FILE}: create it with three lines, 'name: {name}', 'title: {title}' "
        f"and 'deck: {title}' (or start a corpus with `cheatdeck init`)"
    )


def read_corpus_file(root: Path, cwd: Path, diagnostics: list[Diagnostic]) -> CorpusHead | None:
    path = root / CORPUS_FILE
    display = display_path(path, cwd)
    head = CorpusHead(loc=Loc(display, 1, 1))
    if not path.is_file():
        message = _no_corpus_file(root)
        loc = head.loc
        if (root / MISNAMED_CORPUS_FILE).is_file():
            loc = Loc(display_path(root / MISNAMED_CORPUS_FILE, cwd), 1, 1)
            message = (
                f"the corpus file is read as {CORPUS_FILE}: rename {MISNAMED_CORPUS_FILE} to "
                f"{CORPUS_FILE} (topic files may end in .yml)"
            )
        nested = nested_corpus(root)
        if nested is not None:
            shown = display_path(nested, cwd)
            message = (
                f"no {CORPUS_FILE} in this folder, but '{shown}' has one: "
                f"did you mean `{command_on(shown)}`?"
            )
        diagnostics.append(make(loc, "missing-field", message))
        return None
    node, problem, text = _read_node(path, display, settings=True)
    if problem is not None:
        diagnostics.append(problem)
        return None
    reader = FileReader(display, root, source=text)
    if _is_empty(node):
        message = f"{CORPUS_FILE} is empty: it needs name, title and deck: {_three_lines(root)}"
        reader.report(head.loc, "missing-field", message)
        diagnostics.extend(reader.diagnostics)
        return None
    try:
        fields = reader.mapping(node, CORPUS_FILE, _three_lines(root))
    except _Invalid:
        diagnostics.extend(reader.diagnostics)
        return None
    settings = {"settings": lambda value_node: read_settings(reader, value_node)}
    values, ok = read_keys(reader, node, fields, CORPUS_FIELDS, ("corpus", CORPUS_FILE), settings)
    name = values.get("name")
    if isinstance(name, str) and name and not model.NAME_PATTERN.match(name):
        reader.report(
            fields["name"][1],
            "bad-id",
            f"name '{name}' must be lower-case letters a-z, digits and '-' (it names the output "
            f"files){_id_hint(name)}",
        )
        ok = False
    deck = values.get("deck")
    if isinstance(deck, str) and deck and _deck_path("", deck) is None:
        reader.report(fields["deck"][1], "empty-field", _empty_deck_part(deck))
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
    if head.deck:
        head.deck_seen = (head.deck, reader.loc(fields["deck"][1]))
    head.retired = values.get("retired", ())
    head.settings = values.get("settings", Settings())
    head.loc = reader.loc(node)
    return head


def _is_empty(node: yaml.Node | None) -> bool:
    """A file with nothing in it: no node, or only '---' (an empty document)."""
    return node is None or (
        isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG and not node.value
    )


def nested_corpus(root: Path) -> Path | None:
    """A folder just below ``root`` holding a corpus.yaml (``cards`` first), or None."""
    try:
        folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return None
    folders.sort(key=lambda p: p.name != "cards")
    return next((p for p in folders if (p / CORPUS_FILE).is_file()), None)


def topic_sort_key(topic: Topic) -> tuple:
    return (topic.order is None, topic.order or 0.0, topic.path)


@dataclass
class LoadResult:
    """What loading a corpus gives: the corpus (None when it has errors) and every problem."""

    corpus: Corpus | None
    diagnostics: list[Diagnostic]
    card_count: int
    retired_locs: dict[str, Loc] = field(default_factory=dict)
    #: when there are errors: the valid cards alone (their topics' stand-ins where a
    #: topic file has errors), so the fact checks still look at them; None without
    #: corpus.yaml's name and deck
    partial: Corpus | None = None
    unread_files: int = 0  # topic files that could not be read: their cards are unknown

    @property
    def unchecked(self) -> int:
        """How many card entries the fact checks will not see (they have errors)."""
        checked = self.corpus or self.partial
        return self.card_count - (checked.card_count() if checked else 0)


@dataclass
class FileRead:
    """One topic file read on its own: its topic (None when the file has errors), its
    valid cards, its problems and how many card entries it holds, valid or not."""

    topic: Topic | None
    cards: list[model.Card]
    diagnostics: list[Diagnostic]
    cards_seen: int
    ids_seen: list[str] = field(default_factory=list)  # valid cards' and the others'
    deck_seen: tuple[str, Loc] | None = None  # the topic's deck and where it is written
    ids_unbuilt: list[tuple[str, Loc]] = field(default_factory=list)  # of cards with errors


def load_corpus(
    root: Path,
    cwd: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    built: Callable[[model.Card], bool] | None = None,
) -> LoadResult:
    """Read and validate every file of the corpus folder ``root``; never raises on bad input.

    ``progress(files read, files in all)`` is told after each topic file. ``built(card)``:
    the last build had this card under its id (the lock says so); of two cards with one
    id, the other is the one told to take a new id.
    """
    cwd = Path.cwd() if cwd is None else cwd
    root = Path(root)
    diagnostics: list[Diagnostic] = []
    head = read_corpus_file(root, cwd, diagnostics)
    if head is None and nested_corpus(root) is not None:
        return LoadResult(None, diagnostics, 0)  # the wrong folder: its files are not cards
    unlisted: list[FolderProblem] = []
    reads = read_topic_files(root, topic_files(root, unlisted), cwd, head, progress)
    unread_files = sum(1 for read in reads if _unreadable(read))
    reads.extend(_folder_read(problem, cwd) for problem in unlisted)
    for read in reads:
        diagnostics.extend(read.diagnostics)
    retired = set(head.retired) if head else set()
    taken = {card_id for read in reads for card_id in read.ids_seen} | retired
    diagnostics[:] = free_id_hints(diagnostics, taken)
    diagnostics.extend(unbuilt_id_problems(reads, taken))
    problems, duplicates = id_problems([read.cards for read in reads], retired, built, taken)
    diagnostics.extend(problems)
    decks = [read.deck_seen for read in reads if read.deck_seen]
    if head is not None and head.deck_seen is not None:
        decks.insert(0, head.deck_seen)  # corpus.yaml's spelling of the root deck first
    diagnostics.extend(deck_case_problems(decks))
    seen = {card_id for read in reads for card_id in read.ids_seen} | retired
    unread = [read.diagnostics[0].file for read in reads if _unreadable(read)]
    diagnostics.extend(allow_problems([allow_places(read.cards) for read in reads], seen, unread))
    count = sum(read.cards_seen for read in reads)
    if count == 0 and head is not None and not reads:
        diagnostics.append(
            make(head.loc, "no-cards", "the corpus has no topic files: add one with cards")
        )
    has_errors = any(d.severity == "error" for d in diagnostics)
    if head is None:
        return LoadResult(None, diagnostics, count, unread_files=unread_files)
    topics = [
        with_cards(
            read.topic or stand_in_topic(read, head.deck),
            [c for n, c in enumerate(read.cards) if (f, n) not in duplicates],
        )
        for f, read in enumerate(reads)
        if read.topic is not None or (has_errors and read.cards)
    ]
    corpus = corpus_of(root, head, topics)
    if has_errors:
        return LoadResult(
            None, diagnostics, count, head.retired_locs, partial=corpus, unread_files=unread_files
        )
    return LoadResult(corpus, diagnostics, count, head.retired_locs)


def _folder_read(problem: FolderProblem, cwd: Path) -> FileRead:
    """A folder whose topic files were not read, as an unread file (its cards unknown)."""
    where = Loc(display_path(problem.folder, cwd), 1, 1)
    code = "outside-corpus" if problem.folder.is_symlink() else "encoding"
    return FileRead(None, [], [make(where, code, problem.message)], 0)


def stand_in_topic(read: FileRead, root_deck: str) -> Topic:
    """A topic for the valid cards of a topic file with errors (the fact checks only)."""
    first = read.cards[0]
    return Topic(
        path=first.topic,
        deck=first.deck or root_deck,
        title=first.topic,
        order=None,
        source=None,
        tags=(),
        intro=None,
        cards=(),
        loc=first.loc,
    )


def corpus_of(root: Path, head: CorpusHead, topics: list[Topic]) -> Corpus:
    """The corpus of ``head`` and ``topics`` (put in section order)."""
    return Corpus(
        root=str(Path(root).resolve()),
        name=head.name,
        title=head.title,
        subtitle=head.subtitle,
        deck=head.deck,
        retired=head.retired,
        settings=head.settings,
        topics=tuple(sorted(topics, key=topic_sort_key)),
        loc=head.loc,
    )


def read_topic_files(
    root: Path,
    paths: list[Path],
    cwd: Path,
    head: CorpusHead | None,
    progress: Callable[[int, int], None] | None = None,
) -> list[FileRead]:
    """Each of ``paths`` (topic files of ``root``) read and validated on its own."""
    root_deck = (head.deck if head else "") or "Deck"
    max_image_mb = (head.settings if head else Settings()).max_image_mb
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 10_000))
    images: dict = {}  # shared by the files: each image is looked at once
    real_root = resolved_root(root)  # once, not once a file
    twice = _links_read_twice(root, real_root, paths)
    try:
        reads = []
        for done, path in enumerate(paths):
            if progress is not None:
                progress(done, len(paths))
            if path in twice:
                reads.append(_read_twice(path, twice[path], cwd))
                continue
            reads.append(
                _read_topic_file(root, real_root, path, cwd, root_deck, images, max_image_mb)
            )
            # The cards read so far live to the end of the run: later collections need
            # not walk them again (at 100k cards that walking took half of loading).
            gc.freeze()
        return reads
    finally:
        sys.setrecursionlimit(old_limit)


def _read_twice(link: Path, target: Path, cwd: Path) -> FileRead:
    """A link to a topic file read already: one line at the link, its cards not read again."""
    shown = display_path(target, cwd)
    message = f"this topic file is a link to {shown}, which is read already: delete the link"
    return FileRead(
        None, [], [make(Loc(display_path(link, cwd), 1, 1), "outside-corpus", message)], 0
    )


def _read_topic_file(
    root: Path,
    real_root: Path | None,
    path: Path,
    cwd: Path,
    root_deck: str,
    images: dict,
    max_image_mb: float,
) -> FileRead:
    display = display_path(path, cwd)
    problem = outside_problem(real_root, path, display)
    if problem is not None:
        return FileRead(None, [], [problem], 0)
    node, problem, text = _read_node(path, display)
    if problem is not None:
        return FileRead(None, [], [problem], 0)
    reader = FileReader(display, root, source=text, images=images, max_image_mb=max_image_mb)
    rel = path.relative_to(root).as_posix()
    topic, cards = read_topic(reader, node, rel, root_deck)
    return FileRead(
        topic,
        cards,
        reader.diagnostics,
        reader.cards_seen,
        reader.ids_seen,
        reader.deck_seen,
        reader.ids_unbuilt,
    )


def id_problems(
    files: list[list[model.Card]],
    retired: set[str],
    built: Callable[[model.Card], bool] | None = None,
    taken: set[str] | None = None,
) -> tuple[list[Diagnostic], set]:
    """duplicate-id and reused-id over the cards of ``files`` (in file order), and the
    places ``(file number, card number)`` of the cards whose id another card has: an
    earlier one, or the one the last build had (``built``), which keeps its id and so
    its Anki notes. ``taken``: ids no suggested id may be (updated with those it gives)."""
    diagnostics: list[Diagnostic] = []
    seen: dict[str, tuple[model.Card, tuple[int, int]]] = {}
    dropped: set = set()
    taken = ({card.id for cards in files for card in cards} | retired) if taken is None else taken
    for number, cards in enumerate(files):
        for position, card in enumerate(cards):
            card_id = card.id
            if card_id in seen:
                first, place = seen[card_id]
                other, here = card, (number, position)
                if built is not None and built(card) and not built(first):
                    seen[card_id] = (card, here)  # the built card keeps its id
                    other, here, first = first, place, card
                first_loc = first.loc
                free = next(
                    f"{card_id}-{n}" for n in range(2, 10**6) if f"{card_id}-{n}" not in taken
                )
                taken.add(free)
                message = f"id '{card_id}' is already used at {first_loc.file}:{first_loc.line}"
                if (same := _same_prompt(first, other)) is not None:
                    message += (
                        f" by a card with the same {same}: if it is one card twice (a merge "
                        "of a branch that moved it and one that edited it), keep one with "
                        "the edits of both and delete the other; else give this card an id "
                        f"of its own, such as '{free}'"
                    )
                else:
                    message += f": give this card an id of its own, such as '{free}'"
                if other is not card:
                    message += " (the card there is the one the last build had)"
                diagnostics.append(make(other.at("id"), "duplicate-id", message, first_loc))
                dropped.add(here)
                continue
            if card_id in retired:
                diagnostics.append(
                    make(
                        card.at("id"),
                        "reused-id",
                        f"id '{card_id}' is retired in {CORPUS_FILE}: to bring the card back "
                        "with its Anki notes and review history, remove it from 'retired'; "
                        "for another card, give it a new id",
                    )
                )
            seen[card_id] = (card, (number, position))
    return diagnostics, dropped


def _same_prompt(one: model.Card, other: model.Card) -> str | None:
    """The field two cards of one id both start with alike (a concept's term, a
    question, a table's title), or None: two kinds, or other wording."""
    if one.kind != other.kind:
        return None
    first = one.spec.required[0]
    return first if getattr(one, first) == getattr(other, first) else None


_ID_HINT = re.compile(r": write '([a-z0-9][a-z0-9-]*)'$")


def free_id_hints(diagnostics: list[Diagnostic], taken: set[str]) -> list[Diagnostic]:
    """``diagnostics`` with each bad id's suggested id one no card has: 'Roux' beside a
    card 'roux' is told to write 'roux-2', not an id that is then a duplicate. ``taken``
    is updated with the ids suggested, so two bad ids are not told the same one."""
    fixed = []
    for problem in diagnostics:
        hint = _ID_HINT.search(problem.message) if problem.code == "bad-id" else None
        if hint is not None and problem.message.startswith("id '"):
            made = hint.group(1)
            if made in taken:
                made = next(f"{made}-{n}" for n in range(2, 10**6) if f"{made}-{n}" not in taken)
                problem = replace(
                    problem, message=f"{problem.message[: hint.start()]}: write '{made}'"
                )
            taken.add(made)
        fixed.append(problem)
    return fixed


def unbuilt_id_problems(reads: list[FileRead], taken: set[str]) -> list[Diagnostic]:
    """duplicate-id where one of the two cards has other errors (``id_problems`` sees
    valid cards only): said now, not once those errors are fixed. Each card whose id an
    earlier card has is named once: a card with errors always, a valid one when it is
    the first valid card of its id (``id_problems`` names the later valid ones).
    ``taken``: ids no suggested id may be (updated with those it gives)."""
    unbuilt = [place for read in reads for place in read.ids_unbuilt]
    if not unbuilt:
        return []
    wanted = {card_id for card_id, _ in unbuilt}
    places = []  # every card of those ids, in file order, and whether it has errors
    for read in reads:
        here = [(c.id, c.at("id"), False) for c in read.cards if c.id in wanted]
        here += [(card_id, loc, True) for card_id, loc in read.ids_unbuilt]
        places += sorted(here, key=lambda place: (place[1].line, place[1].col))
    found: list[Diagnostic] = []
    first: dict[str, Loc] = {}
    valid_seen: set[str] = set()
    for card_id, loc, has_errors in places:
        if card_id not in first:
            first[card_id] = loc
            valid_seen.update([card_id] if not has_errors else [])
            continue
        if not has_errors and card_id in valid_seen:
            continue  # a second valid card: id_problems names it
        valid_seen.update([card_id] if not has_errors else [])
        free = next(f"{card_id}-{n}" for n in range(2, 10**6) if f"{card_id}-{n}" not in taken)
        taken.add(free)
        at = first[card_id]
        found.append(
            make(
                loc,
                "duplicate-id",
                f"id '{card_id}' is already used at {at.file}:{at.line}: give this card an "
                f"id of its own, such as '{free}'",
                at,
            )
        )
    return found


def deck_case_problems(decks: list[tuple[str, Loc]]) -> list[Diagnostic]:
    """deck-case: a topic's deck, or a parent of it, written as an earlier topic's but in
    another case ("Birds::raptors" after "Birds::Raptors") or with its accents encoded
    otherwise (NFD ``e`` + U+0301 after NFC ``é``). Anki tells deck names apart without
    regard to either: its import gives one of the two another name ("Raptors_").
    Of two decks that differ only in a letter that looks Latin, the one holding it is told
    to change, to the Latin spelling, whichever was read first."""
    found: list[Diagnostic] = []
    first: dict[str, tuple[str, Loc, list[str]]] = {}
    for deck, loc in decks:
        parts = deck.split("::")
        for n in range(1, len(parts) + 1):
            name = "::".join(parts[:n])
            key = "::".join(map(deck_key, name.split("::")))  # 'Cаses' (Cyrillic 'а'): 'Cases'
            seen, seen_loc, seen_parts = first.setdefault(key, (name, loc, parts))
            if seen != name:
                lookalike = model.lookalike_note(parts[n - 1])
                if not lookalike and model.lookalike_note(seen.split("::")[-1]):
                    # the earlier deck holds the lookalike letter: it is the one to change
                    name, seen, loc, seen_loc = seen, name, seen_loc, loc
                    parts, seen_parts = seen_parts, parts
                    lookalike = model.lookalike_note(parts[n - 1])
                    first[key] = (seen, seen_loc, seen_parts)  # later decks meet the Latin one
                fix = "::".join([seen, *parts[n:]])
                how = (
                    "only in case"
                    if seen.casefold() == name.casefold()
                    else "only in how its accented letters are encoded (NFC or NFD)"
                    if not lookalike
                    else f"only in letters that look alike ({lookalike})"
                )
                anki = (
                    "Anki shows the two as decks of one name"
                    if lookalike
                    else "Anki takes the two for one deck and its import would rename one"
                )
                found.append(
                    make(
                        loc,
                        "deck-case",
                        f"deck '{name}' differs {how} from '{seen}' "
                        f"({seen_loc.file}:{seen_loc.line}): {anki}; write 'deck: {fix}' "
                        "here, or change the other",
                        seen_loc,
                    )
                )
                break
    return found


#: Where a card's ``allow:`` is written: (the ids it names, its place).
AllowPlace = tuple[tuple[str, ...], Loc]


def allow_places(cards: list[model.Card]) -> list[AllowPlace]:
    return [(card.allow, card.at("allow")) for card in cards if card.allow]


#: Problems that leave a file unread: none of its ids is known.
_UNREADABLE = frozenset({"yaml-syntax", "encoding", "unsafe-yaml"})


def _unreadable(read: FileRead) -> bool:
    return not read.ids_seen and any(d.code in _UNREADABLE for d in read.diagnostics)


def allow_problems(
    files: list[list[AllowPlace]], known: set[str], unread: Sequence[str] = ()
) -> list[Diagnostic]:
    """unknown-allow: an ``allow:`` naming an id no card (valid or not) nor the retired
    list has — a misspelt id would silence nothing. ``unread``: files that could not be
    read (their ids are unknown, so the message says the id may be there)."""
    found = []
    ids = sorted(known)
    if unread:
        more = f" and {len(unread) - 1} more" if len(unread) > 1 else ""
        where = f"{unread[0]}{more}"
    else:
        where = ""
    for places in files:
        for allowed, loc in places:
            for card_id in allowed:
                if card_id not in known:
                    found.append(
                        make(
                            loc,
                            "unknown-allow",
                            f"allow: names '{card_id}', which no card has: "
                            + suggest_id(card_id, ids)
                            if not where
                            else f"allow: names '{card_id}', which no card read has; "
                            f"{where} could not be read and may hold it: fix its errors first",
                        )
                    )
    return found


def suggest_id(card_id: str, ids: list[str]) -> str:
    import difflib

    if model.as_latin(card_id) in ids:  # 'zаmok', its 'а' Cyrillic: reads as the id
        return f"{model.lookalike_note(card_id)}: write '{model.as_latin(card_id)}'"
    close = difflib.get_close_matches(card_id, ids, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else "write the id of the card it resembles"


def with_cards(topic: Topic, cards: list[model.Card]) -> Topic:
    """``topic`` holding ``cards``."""
    return replace(topic, cards=tuple(cards))
