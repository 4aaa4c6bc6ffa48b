"""The README's examples, tried as a reader would: each ```yaml block that holds cards is
pasted, as written, into a topic file of a fresh corpus and checked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")


def yaml_blocks() -> list[tuple[int, str]]:
    """Each ```yaml block of the README holding cards: (the line of its fence, its text)."""
    blocks = []
    for found in re.finditer(r"^```yaml\n(.*?)^```$", README, re.M | re.S):
        if re.search(r"^cards:", found[1], re.M):
            blocks.append((README.count("\n", 0, found.start()) + 1, found[1]))
    return blocks


def test_the_readme_has_yaml_examples_to_try():
    assert len(yaml_blocks()) >= 2


@pytest.mark.parametrize(("line", "text"), yaml_blocks(), ids=lambda v: str(v)[:12])
def test_a_readme_yaml_block_pasted_into_a_topic_file_loads_without_a_diagnostic(
    tmp_path, line, text
):
    from cheatdeck import pipeline

    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: AWS\n", "utf-8")
    (folder / "topic.yaml").write_text(text, "utf-8")
    outcome = pipeline.check(folder)
    found = [f"{d.severity} {d.code}: {d.message}" for d in outcome.report.sorted()]
    assert found == [], f"README.md line {line}: {found}"
    ids = re.findall(r"^  - id: ([a-z0-9-]+)", text, re.M)
    assert [card.id for card in outcome.corpus.cards()] == ids


def test_the_command_line_section_names_every_command_and_option_of_the_help():
    """The README's "The command line" synopsis named only check and build: each command
    `cheatdeck --help` lists is there with its options, and each option it names exists."""
    import argparse

    from cheatdeck.cli import make_parser

    section = README.split("\n## The command line\n", 1)[1].split("\n## ", 1)[0]
    synopsis = section.split("```", 2)[1]
    parser = make_parser()
    assert "cheatdeck --version" in synopsis
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    named = {}
    for name, sub in commands.choices.items():
        lines = [line for line in synopsis.splitlines() if line.startswith(f"cheatdeck {name} ")]
        assert lines, f"README's command-line synopsis lacks 'cheatdeck {name}'"
        at = synopsis.index(lines[0])
        following = synopsis[at:].split("\ncheatdeck ", 1)[0]  # with its continued lines
        options = {s for a in sub._actions for s in a.option_strings} - {"-h", "--help"}
        named[name] = set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", following))
        for action in sub._actions:
            strings = set(action.option_strings) - {"-h", "--help"}
            if strings:
                assert strings & named[name], f"'cheatdeck {name}': {strings} not in the README"
        assert named[name] <= options, f"'cheatdeck {name}': {named[name] - options} unknown"
    for long in ("--out", "--formats", "--quiet", "--verbose"):
        assert f"`{long}`" in section, long


@pytest.mark.parametrize(("line", "text"), yaml_blocks(), ids=lambda v: str(v)[:12])
def test_a_readme_yaml_block_is_valid_for_the_editor_schema(line, text):
    """What an editor shows while the reader types the example: no schema complaint."""
    import datetime as dt
    import json

    import jsonschema
    import yaml

    def plain(value):  # as JSON holds it: a date is its text
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value.isoformat() if isinstance(value, dt.date) else value

    schema = json.loads((ROOT / "schema" / "topic.schema.json").read_text("utf-8"))
    found = jsonschema.Draft202012Validator(schema).iter_errors(plain(yaml.safe_load(text)))
    assert [e.message for e in found] == [], f"README.md line {line}"


def test_the_diagnostics_section_names_every_code_under_its_severity():
    """Each code the tool can print is in the README's list, errors before "(errors)",
    warnings between it and "(warnings)"; the lock's codes follow, each said to be a
    warning when it is one."""
    from cheatdeck.diagnostics import CODES

    section = README.split("\n## Diagnostics\n", 1)[1].split("\n## ", 1)[0]
    errors, rest = section.split("(errors);", 1)
    warnings, lock = rest.split("(warnings);", 1)

    def named(text: str) -> set[str]:
        return set(re.findall(r"`([a-z]+(?:-[a-z]+)*)`", text)) & set(CODES)

    assert set(CODES) == named(section), set(CODES) ^ named(section)
    assert {c for c in named(errors) if CODES[c][0] != "error"} == set()
    assert {c for c in named(warnings) if CODES[c][0] != "warning"} == set()
    for code in named(lock):
        said = re.search(rf"`{code}` \(a warning", lock) is not None
        assert said == (CODES[code][0] == "warning"), code


def test_the_formats_table_names_every_format_and_its_file():
    """README's Formats table: one row per format `-f` takes, with the file it writes; and
    the command line's default formats are the writers built by default."""
    from cheatdeck.writers import WRITERS

    section = README.split("\n## Formats\n", 1)[1].split("\n## ", 1)[0]
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| `<name>([^`]+)` \|", section, re.M))
    assert rows == {w.name: w.suffix for w in WRITERS}
    default = ",".join(w.name for w in WRITERS if w.default)
    assert f"the default is `{default}`" in " ".join(README.split())
