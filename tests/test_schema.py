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


def test_values_the_loader_reads_as_text_are_valid_for_the_schema(tmp_path):
    """jq's "null" as an answer, a command's output "0", a cell written '~': the loader
    reads each as written, but the schema wanted a string (code) or refused null, so an
    editor flagged cards that check clean ("Incorrect type. Expected string")."""
    import jsonschema

    from cheatdeck import pipeline

    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: jq\ntitle: jq\ndeck: jq\n", "utf-8")
    text = (
        "deck: T\ntitle: T\ncards:\n"
        "  - {id: a1, kind: qa, question: 'What is .missing of {}?', answer: null, note: ~}\n"
        "  - {id: a2, kind: command, task: Count nothing, command: jq -n 0, output: 0}\n"
        "  - {id: a3, kind: snippet, title: Smallest program, code: 1}\n"
        "  - {id: a4, kind: limit, subject: Default of a missing key, value: null}\n"
        "  - id: a5\n    kind: table\n    title: Missing\n    columns: [Result]\n"
        "    rows:\n      .missing: [null]\n      first: [~]\n"
        "  - {id: a6, kind: list, title: Falsy values, items: [null, false]}\n"
    )
    (cards / "t.yaml").write_text(text, "utf-8")
    outcome = pipeline.check(cards)
    assert not outcome.report.failed(False), outcome.report.render("text")
    topic = json.loads(schema.generated()["topic.schema.json"])
    errors = jsonschema.Draft202012Validator(topic).iter_errors(yaml.safe_load(text))
    assert [(list(e.absolute_path), e.message) for e in errors] == []
