"""The ``json`` writer: the whole validated corpus as one JSON document.

Topics in section order with their cards (every field the card has, as
``lock.card_data`` records it) and the Anki facts each card gives (key, GUID, note
type, prompt and answer), so other tools can start from the checked corpus rather
than from its YAML. ``export_schema()`` is the JSON Schema of this document, made
from ``model.KINDS`` (``python -m cheatdeck.writers.exports.json_export`` prints it).
"""

from __future__ import annotations

import json

from ...facts import facts_of
from ...lock import card_data
from ...model import KINDS, Card, FieldType, Topic
from .. import BuildContext

FORMAT = "cheatdeck-export"
FORMAT_VERSION = 1
DRAFT = "https://json-schema.org/draft/2020-12/schema"


def render(ctx: BuildContext) -> bytes:
    text = json.dumps(document(ctx), ensure_ascii=False, indent=2, sort_keys=False)
    return (text + "\n").encode("utf-8")


def document(ctx: BuildContext) -> dict:
    corpus = ctx.corpus
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "cheatdeck": ctx.version,
        "name": corpus.name,
        "title": corpus.title,
        "subtitle": corpus.subtitle,
        "deck": corpus.deck,
        "changed": ctx.build_time,
        "retired": list(corpus.retired),
        "topics": [topic_data(topic, corpus.name) for topic in corpus.topics],
    }


def topic_data(topic: Topic, corpus_name: str) -> dict:
    return {
        "path": topic.path,
        "deck": topic.deck,
        "title": topic.title,
        "order": topic.order,
        "source": topic.source,
        "tags": list(topic.tags),
        "intro": topic.intro,
        "cards": [card_entry(card, corpus_name) for card in topic.cards],
    }


def card_entry(card: Card, corpus_name: str) -> dict:
    data = card_data(card)
    data["topic"] = card.topic
    data["line"] = card.loc.line
    data["facts"] = [
        {
            "key": fact.key,
            "guid": fact.guid,
            "note_type": fact.variant,
            "prompt": fact.prompt,
            "answer": fact.answer,
            "code_lang": fact.code_lang,
        }
        for fact in (facts_of(card, corpus_name) if card.anki else [])
    ]
    return data


# ------------------------------------------------------------------ the schema

_STRING = {"type": "string"}
_FIELD_TYPES: dict[FieldType, dict] = {
    FieldType.TEXT: _STRING,
    FieldType.CODE: _STRING,
    FieldType.WORD: _STRING,
    FieldType.PATH: _STRING,
    FieldType.NUMBER_OR_TEXT: {"type": ["number", "string"]},
    FieldType.DATE: {"type": "string", "format": "date"},
    FieldType.BOOL: {"type": "boolean"},
    FieldType.WORDS: {"type": "array", "items": {"type": "string", "pattern": "^\\S+$"}},
    FieldType.TEXTS: {"type": "array", "items": _STRING, "minItems": 1},
    FieldType.ROWS: {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {"label": _STRING, "cells": {"type": "array", "items": _STRING}},
            "required": ["label", "cells"],
            "additionalProperties": False,
        },
    },
    FieldType.ITEMS: {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {"text": _STRING, "term": {"type": ["string", "null"]}},
            "required": ["text", "term"],
            "additionalProperties": False,
        },
    },
}
_FACT = {
    "type": "object",
    "properties": {
        "key": _STRING,
        "guid": _STRING,
        "note_type": _STRING,
        "prompt": _STRING,
        "answer": _STRING,
        "code_lang": {"type": ["string", "null"]},
    },
    "required": ["key", "guid", "note_type", "prompt", "answer", "code_lang"],
    "additionalProperties": False,
}


def _card_schema(kind: str) -> dict:
    spec = KINDS[kind]
    properties: dict[str, dict] = {
        "kind": {"const": kind},
        "topic": _STRING,
        "deck": _STRING,
        "line": {"type": "integer", "minimum": 1},
        "facts": {"type": "array", "items": _FACT},
    }
    for field in spec.all_fields():
        if field.name == "kind":
            continue
        shape = dict(_FIELD_TYPES[field.type])
        if not field.required and field.type not in (FieldType.WORDS, FieldType.BOOL):
            shape = {"anyOf": [shape, {"type": "null"}]}
        properties[field.name] = shape
    required = ["kind", "id", "topic", "deck", "line", "facts", *spec.required]
    return {
        "type": "object",
        "properties": properties,
        "required": list(dict.fromkeys(required)),
        "additionalProperties": False,
    }


def export_schema() -> dict:
    """The JSON Schema of the ``json`` export, one card shape per kind."""
    nullable = {"type": ["string", "null"]}
    topic = {
        "type": "object",
        "properties": {
            "path": _STRING,
            "deck": _STRING,
            "title": _STRING,
            "order": {"type": ["number", "string", "null"]},
            "source": nullable,
            "tags": {"type": "array", "items": _STRING},
            "intro": nullable,
            "cards": {"type": "array", "items": {"$ref": "#/$defs/card"}},
        },
        "required": ["path", "deck", "title", "order", "source", "tags", "intro", "cards"],
        "additionalProperties": False,
    }
    return {
        "$schema": DRAFT,
        "title": "cheatdeck corpus export",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": FORMAT_VERSION},
            "cheatdeck": _STRING,
            "name": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"},
            "title": _STRING,
            "subtitle": nullable,
            "deck": _STRING,
            "changed": {"type": "integer"},
            "retired": {"type": "array", "items": _STRING},
            "topics": {"type": "array", "items": topic},
        },
        "required": [
            "format",
            "version",
            "cheatdeck",
            "name",
            "title",
            "subtitle",
            "deck",
            "changed",
            "retired",
            "topics",
        ],
        "additionalProperties": False,
        "$defs": {
            "card": {"oneOf": [{"$ref": f"#/$defs/{kind}"} for kind in KINDS]},
            **{kind: _card_schema(kind) for kind in KINDS},
        },
    }


if __name__ == "__main__":  # pragma: no cover - a convenience for users
    print(json.dumps(export_schema(), indent=2))
