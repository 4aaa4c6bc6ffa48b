"""The shipped JSON Schemas equal what model.KINDS generates, and accept the corpora we ship."""

from __future__ import annotations

import json

import yaml

from cheatdeck import schema
from cheatdeck.model import KINDS

from conftest import CASES, ROOT


def test_shipped_schema_files_are_in_sync_with_the_model():
    for name, text in schema.generated().items():
        shipped = (ROOT / "schema" / name).read_text(encoding="utf-8")
        assert shipped == text, f"schema/{name} is stale: run python -m cheatdeck.schema schema"


def test_schema_lists_every_kind_and_required_field():
    topic = json.loads(schema.generated()["topic.schema.json"])
    for kind, spec in KINDS.items():
        card = topic["$defs"][kind]
        assert set(spec.required) <= set(card["required"])
        assert card["additionalProperties"] is False


def test_cards_of_the_test_corpus_use_only_schema_keys():
    topic = json.loads(schema.generated()["topic.schema.json"])
    for path in (CASES / "kinds" / "cards").glob("*.yaml"):
        if path.name == "corpus.yaml":
            continue
        data = yaml.safe_load(path.read_text())
        assert set(data) <= set(topic["properties"])
        for card in data["cards"]:
            allowed = set(topic["$defs"][card["kind"]]["properties"])
            assert set(card) <= allowed, (path.name, card["id"])
