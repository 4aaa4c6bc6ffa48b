"""JSON Schemas of the corpus format, generated from ``model`` (editors use them).

``python -m cheatdeck.schema`` rewrites ``schema/*.schema.json``; a test keeps the
shipped files equal to what this module generates.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .model import CORPUS_FIELDS, KINDS, SETTINGS, TOPIC_FIELDS, FieldSpec, FieldType

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schema"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
ID_RE = "^[a-z0-9][a-z0-9-]*$"


def _type(spec: FieldSpec) -> dict:
    t = spec.type
    text = {"type": ["string", "number", "boolean"]}
    if t in (FieldType.TEXT, FieldType.CODE, FieldType.WORD, FieldType.PATH):
        out = {"type": "string"} if t is not FieldType.TEXT else dict(text)
        if spec.name == "id":
            out = {"type": "string", "pattern": ID_RE}
        if spec.required and t is not FieldType.WORD:
            out["minLength"] = 1
        return out
    if t is FieldType.NUMBER_OR_TEXT:
        return {"type": ["number", "string"]}
    if t is FieldType.DATE:
        return {"type": "string", "format": "date"}
    if t is FieldType.BOOL:
        return {"type": "boolean"}
    if t is FieldType.WORDS:
        word = {"type": "string", "pattern": r"^\S+$"}
        return {"oneOf": [word, {"type": "array", "items": word}]}
    if t is FieldType.TEXTS:
        return {"type": "array", "items": text, "minItems": 1}
    if t is FieldType.ROWS:
        return {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": {"type": "array", "items": text, "minItems": 1},
        }
    if t is FieldType.ITEMS:
        return {
            "type": "array",
            "minItems": 1,
            "items": {
                "oneOf": [
                    text,
                    {
                        "type": "object",
                        "minProperties": 1,
                        "maxProperties": 1,
                        "additionalProperties": text,
                    },
                ]
            },
        }
    raise AssertionError(t)  # pragma: no cover


def _props(fields) -> dict:
    return {f.name: {**_type(f), "description": f.help} if f.help else _type(f) for f in fields}


def card_schema(kind: str) -> dict:
    spec = KINDS[kind]
    props = _props(spec.all_fields())
    props["kind"] = {"const": kind}
    return {
        "type": "object",
        "title": f"{kind} card",
        "description": spec.summary,
        "properties": props,
        "required": ["id", "kind", *spec.required],
        "additionalProperties": False,
    }


def topic_schema() -> dict:
    props = _props([f for f in TOPIC_FIELDS if f.name != "cards"])
    props["cards"] = {
        "type": "array",
        "minItems": 1,
        "items": {
            "type": "object",
            "required": ["id", "kind"],
            "properties": {"kind": {"enum": list(KINDS)}},
            "allOf": [
                {"if": {"properties": {"kind": {"const": k}}}, "then": {"$ref": f"#/$defs/{k}"}}
                for k in KINDS
            ],
        },
    }
    return {
        "$schema": DRAFT,
        "$id": "https://cheatdeck.invalid/schema/topic.schema.json",
        "title": "cheatdeck topic file",
        "type": "object",
        "properties": props,
        "required": [f.name for f in TOPIC_FIELDS if f.required],
        "additionalProperties": False,
        "$defs": {k: card_schema(k) for k in KINDS},
    }


def corpus_schema() -> dict:
    props = _props([f for f in CORPUS_FIELDS if f.name != "settings"])
    props["name"] = {"type": "string", "pattern": ID_RE, "description": "file stem of every output"}
    settings = {}
    for s in SETTINGS:
        entry: dict = {"description": f"{s.help} (default {s.default})"}
        if s.choices:
            entry["enum"] = list(s.choices)
        elif isinstance(s.default, float):
            entry["type"] = "number"
        elif isinstance(s.default, str):  # language: a language tag
            entry["type"] = "string"
            entry["pattern"] = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
        else:
            entry["type"] = "integer"
            entry["minimum"] = 0
        settings[s.name] = entry
    props["settings"] = {"type": "object", "properties": settings, "additionalProperties": False}
    return {
        "$schema": DRAFT,
        "$id": "https://cheatdeck.invalid/schema/corpus.schema.json",
        "title": "cheatdeck corpus.yaml",
        "type": "object",
        "properties": props,
        "required": [f.name for f in CORPUS_FIELDS if f.required],
        "additionalProperties": False,
    }


def generated() -> dict[str, str]:
    """File name -> text of every schema file."""
    return {
        "topic.schema.json": json.dumps(topic_schema(), indent=2, ensure_ascii=False) + "\n",
        "corpus.schema.json": json.dumps(corpus_schema(), indent=2, ensure_ascii=False) + "\n",
    }


def main() -> int:
    SCHEMA_DIR.mkdir(exist_ok=True)
    for name, text in generated().items():
        (SCHEMA_DIR / name).write_text(text, encoding="utf-8")
        print(SCHEMA_DIR / name)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
