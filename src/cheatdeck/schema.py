"""JSON Schemas of the corpus format, generated from ``model`` (editors use them).

``generated()`` makes the files' text; ``write_schemas`` puts them in a folder, and
``hinted_folders`` finds the folders a corpus's ``# yaml-language-server: $schema=...``
lines point at (``cheatdeck schema`` writes there). ``python -m cheatdeck.schema DIR``
writes into DIR (the repository keeps a copy in ``schema/``, shipped inside the package as
``cheatdeck.schemas``); a test keeps those copies equal to what this module generates.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from .model import CORPUS_FIELDS, KINDS, SETTINGS, TOPIC_FIELDS, FieldSpec, FieldType

DRAFT = "https://json-schema.org/draft/2020-12/schema"
ID_RE = "^[a-z0-9][a-z0-9-]*$"


#: What a field of text may be written as: the loader reads every value as written, so
#: ``answer: null``, ``answer: no``, ``output: 0`` and ``- ~`` are text ("null", "0", "~");
#: an editor that flagged them ("Incorrect type") would flag valid cards.
TEXT_TYPES = ["string", "number", "boolean", "null"]


def _type(spec: FieldSpec) -> dict:
    t = spec.type
    text = {"type": TEXT_TYPES}
    if t in (FieldType.TEXT, FieldType.CODE, FieldType.WORD, FieldType.PATH):
        out = dict(text) if t in (FieldType.TEXT, FieldType.CODE) else {"type": "string"}
        if spec.name == "id":
            out = {"type": "string", "pattern": ID_RE}
        if spec.required and t is not FieldType.WORD:
            out["minLength"] = 1
        return out
    if t is FieldType.NUMBER_OR_TEXT:
        return {"type": ["number", *(kind for kind in TEXT_TYPES if kind != "number")]}
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


#: The editor hint that the YAML language server reads on a file's first lines.
HINT_RE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$", re.MULTILINE)


def hint_line(yaml_file: Path, schema_dir: Path, name: str = "topic.schema.json") -> str:
    """The first line that points a YAML file at a schema file in ``schema_dir``."""
    import os

    target = os.path.relpath(schema_dir / name, yaml_file.parent)
    return f"# yaml-language-server: $schema={Path(target).as_posix()}"


def hinted_folders(corpus: Path) -> list[Path]:
    """Folders that the schema hints of the corpus's YAML files (``.yaml`` or ``.yml``, in
    any case, as the loader reads them) point at (local paths only)."""
    folders: dict[Path, None] = {}
    yaml_files = (p for p in corpus.rglob("*") if p.suffix.lower() in (".yaml", ".yml"))
    for path in sorted(yaml_files):
        try:
            head = path.read_text(encoding="utf-8", errors="replace")[:2000]
        except OSError:
            continue
        for target in HINT_RE.findall(head):
            if "://" in target:
                continue  # a URL: nothing to write
            folders[(path.parent / target).resolve().parent] = None
    return list(folders)


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema file into ``folder`` (made if missing); the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in generated().items():
        target = folder / name
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cheatdeck.schema",
        description="Write the corpus format's JSON Schemas (topic, corpus.yaml) into DIR.",
    )
    parser.add_argument("dir", metavar="DIR", help="folder to write the schema files into")
    args = parser.parse_args(argv)
    for path in write_schemas(Path(args.dir)):
        print(path)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
