"""The shipped corpus (cards/) covers its source, the AWS Refresher.

The source is kept in the repository, in ``tests/data/aws-refresher.txt``.
The test parses every row of every table in it and every CLI command in it, then
checks that some card carries each one:

* a table row is carried when its row label (its first cell) is the row label of a
  ``table`` card, the term of a ``concept`` card, a ``list`` item (or its term), or
  the subject of a ``limit`` card, compared after folding case, Markdown and
  punctuation.  A label merely mentioned in some other card's text carries nothing:
  "Glacier Deep Archive" in a price card does not stand for its storage-class row.
* a command is carried when a ``command`` card holds the same command once argument
  values are set aside: program and sub-commands, then its flags in order, with every
  other word (``my-bucket``, ``<bucket>``, ``'{"json": 1}'``) reduced to one
  placeholder.  ``aws s3 mb s3://my-bucket --region us-east-1`` and
  ``aws s3 mb s3://<bucket> --region <region>`` are the same command.

A row or command whose fact the corpus corrects, reshapes or drops is accounted for by
the map ``tests/data/aws-corrections.yaml`` instead, which names the cards now holding
the fact and why.  The map is checked too: each entry must match the source, name cards
that exist, and each corrected card must carry ``as_of`` and a ``note``.

Each check fails once, listing every row or command that no card carries.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
CARDS = REPO / "cards"
SOURCE = Path(__file__).resolve().parent / "data" / "aws-refresher.txt"

# Programs whose command lines the source shows, and how many leading words name the
# command itself (``aws s3 ls``, ``sam local invoke``, ``kubectl get pods``) rather
# than arguments.  Flags before the sub-commands (``aws --endpoint-url=… s3 ls``) are kept.
CORRECTIONS = Path(__file__).resolve().parent / "data" / "aws-corrections.yaml"

PROGRAMS = {
    "aws": 2,
    "awslocal": 2,
    "sam": 2,
    "eksctl": 2,
    "kubectl": 2,
    "docker": 1,
    "brew": 2,
}
PLACEHOLDER = "<>"
SUBST = re.compile(r"\$\([^()]*\)")  # $(date +%s) is one value
SEPARATORS = {"|", "||", "&&", ";"}
PROSE = re.compile(r"[a-z)]\. [A-Z][a-z]")  # "… API Gateway. You can run …"


# --------------------------------------------------------------------------- text


def fold(text: str) -> str:
    """Case, Markdown, punctuation and whitespace set aside."""
    text = str(text).lower()
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return " ".join(text.split())


# ----------------------------------------------------------------------- commands


def logical_lines(lines, programs=PROGRAMS):
    """Each command line, joined with its backslash continuations and any lines inside
    a quote it leaves open.  Lines that do not start with a known program are skipped."""
    i = 0
    while i < len(lines):
        start = i
        text = lines[i].rstrip()
        i += 1
        if text.strip().split(" ", 1)[0] not in programs or PROSE.search(text):
            continue  # not a command, or a sentence that merely starts with "sam local"
        while True:
            if text.endswith("\\"):
                if i >= len(lines):
                    text = text[:-1]
                    break
                text = text[:-1] + " " + lines[i].strip()
                i += 1
                continue
            try:
                shlex.split(SUBST.sub(PLACEHOLDER, text), comments=True)
            except ValueError:  # a quote still open: the command goes on
                if i >= len(lines):
                    break
                text = text + "\n" + lines[i].rstrip()
                i += 1
                continue
            break
        yield start, text.strip()


def normalise_command(text: str) -> str:
    """`aws s3 cp ./a s3://b --storage-class X` -> `aws s3 cp <> <> --storage-class <>`."""
    tokens = shlex.split(SUBST.sub(PLACEHOLDER, text), comments=True)
    out: list[str] = []
    program = None
    named = 0  # sub-command words read so far for the current program
    naming = False
    for token in tokens:
        if token in SEPARATORS:
            out.append(token)
            program = None
            continue
        if program is None:  # the program itself
            program = token
            out.append(token)
            named = 0
            naming = PROGRAMS.get(token, 0) > 0
            continue
        if token.startswith("-") and len(token) > 1 and not token[1].isdigit():
            flag, eq, _ = token.partition("=")
            out.append(flag + ("=" + PLACEHOLDER if eq else ""))
            if named:  # a flag after a sub-command word ends the command's name
                naming = False
            continue
        if naming and named < PROGRAMS[program]:
            out.append(token)
            named += 1
            continue
        naming = False
        out.append(PLACEHOLDER)
    return " ".join(out)


def commands_in(text: str, programs=PROGRAMS) -> list[tuple[int, str, str]]:
    """(line number, raw command, normalised command) for each command line in text."""
    lines = text.splitlines()
    found = []
    for start, command in logical_lines(lines, programs):
        found.append((start + 1, " ".join(command.split()), normalise_command(command)))
    return found


# ------------------------------------------------------------------------- tables


def split_row(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [cell.strip() for cell in line.split("|")]


def source_table_rows(text: str) -> list[tuple[int, str, str]]:
    """(line number, table heading, first cell) for every data row of every table."""
    lines = text.splitlines()
    rows = []
    heading = ""
    in_table = False
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if re.fullmatch(r"\|(\s*:?-{3,}:?\s*\|)+", stripped):
            in_table = True
            continue
        if stripped.startswith("|"):
            if in_table:
                rows.append((number, heading, split_row(stripped)[0]))
            continue
        if in_table and stripped.endswith("|"):
            continue  # a wrapped cell: the rest of the row above
        in_table = False
        if (
            stripped
            and len(stripped) < 80
            and not stripped.endswith((".", ":"))
            and not stripped.startswith(("#", "//", "-", "{", "}", '"'))
        ):
            heading = stripped
    return rows


# -------------------------------------------------------------------------- cards


def load_cards() -> list[tuple[Path, dict]]:
    cards = []
    for path in sorted(CARDS.rglob("*.y*ml")):
        if path.name in {"corpus.yaml", "corpus.yml"}:
            continue
        topic = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for card in topic.get("cards") or []:
            cards.append((path, card))
    return cards


def carried_labels(cards) -> set[str]:
    """Folded labels that carry a row: table row labels, concept terms, list items
    (or their terms) and limit subjects."""
    labels: set[str] = set()
    for _, card in cards:
        kind = card.get("kind")
        if kind == "table":
            labels.update(fold(label) for label in (card.get("rows") or {}))
        elif kind == "concept":
            labels.add(fold(card.get("term", "")))
        elif kind == "limit":
            labels.add(fold(card.get("subject", "")))
        elif kind == "list":
            for item in card.get("items") or []:
                keys = item if isinstance(item, dict) else [item]
                labels.update(fold(key) for key in keys)
    return labels


def card_commands(cards) -> set[str]:
    found = set()
    for _, card in cards:
        if card.get("kind") != "command":
            continue
        for _, _, normalised in commands_in(str(card.get("command", "")), PROGRAMS):
            found.add(normalised)
    return found


def load_corrections() -> dict:
    """The map of source rows and commands the corpus departs from (see the module doc)."""
    data = yaml.safe_load(CORRECTIONS.read_text(encoding="utf-8")) or {}
    return {key: data.get(key) or [] for key in ("rows", "commands", "corrections")}


# -------------------------------------------------------------------------- tests


@pytest.fixture(scope="module")
def source_text() -> str:
    return SOURCE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def corrections() -> dict:
    return load_corrections()


@pytest.fixture(scope="module")
def cards():
    found = load_cards()
    assert found, f"no cards under {CARDS}"
    return found


def test_source_parses_as_expected(source_text):
    """Guard the parsers: if they silently found nothing, coverage would pass vacuously."""
    rows = source_table_rows(source_text)
    commands = {norm for _, _, norm in commands_in(source_text)}
    assert len(rows) >= 120, f"only {len(rows)} table rows parsed"
    assert len(commands) >= 70, f"only {len(commands)} distinct commands parsed"
    assert normalise_command("aws s3 mb s3://my-bucket --region us-east-1") == (
        normalise_command("aws s3 mb s3://<bucket> --region <region>")
    )
    assert normalise_command("aws s3 ls") != normalise_command("aws s3 ls s3://<bucket>/")
    assert normalise_command("aws --endpoint-url=http://localhost:4566 s3 ls") == (
        "aws --endpoint-url=<> s3 ls"
    )


def test_every_table_row_is_carried(source_text, cards, corrections):
    labels = carried_labels(cards) | {fold(entry["row"]) for entry in corrections["rows"]}
    missing = [
        f"line {number} ({heading}): {label}"
        for number, heading, label in source_table_rows(source_text)
        if fold(label) not in labels
    ]
    assert not missing, (
        "table rows no card carries (carry each in a card, or list it under `rows:` in "
        f"{CORRECTIONS.name} with the cards that now hold its fact and why):\n  "
        + "\n  ".join(missing)
    )


def test_every_command_is_carried(source_text, cards, corrections):
    carried = card_commands(cards) | {
        normalise_command(entry["command"]) for entry in corrections["commands"]
    }
    missing = []
    seen = set()
    for number, raw, normalised in commands_in(source_text):
        if normalised in carried or normalised in seen:
            continue
        seen.add(normalised)
        shown = raw if len(raw) <= 90 else raw[:87] + "..."
        missing.append(f"line {number}: {shown}\n      as {normalised}")
    assert not missing, (
        "commands no command card carries (carry each in a command card, or list it under "
        f"`commands:` in {CORRECTIONS.name} with why):\n  " + "\n  ".join(missing)
    )


def test_corrections_map_matches_source_and_cards(source_text, cards, corrections):
    """Every map entry names a real source row or command and cards that exist; every
    corrected card says when it was checked (as_of) and what changed (note)."""
    by_id = {card.get("id"): card for _, card in cards}
    rows = {fold(label) for _, _, label in source_table_rows(source_text)}
    commands = {norm for _, _, norm in commands_in(source_text)}
    problems = []
    for entry in corrections["rows"]:
        if fold(entry["row"]) not in rows:
            problems.append(f"row {entry['row']!r} is no row of the source")
        if not entry.get("why"):
            problems.append(f"row {entry['row']!r} says no why")
        problems += [
            f"row {entry['row']!r} names unknown card {card_id!r}"
            for card_id in entry.get("cards") or []
            if card_id not in by_id
        ]
    for entry in corrections["commands"]:
        if normalise_command(entry["command"]) not in commands:
            problems.append(f"command {entry['command']!r} is no command of the source")
        if not entry.get("why"):
            problems.append(f"command {entry['command']!r} says no why")
        problems += [
            f"command {entry['command']!r} names unknown card {card_id!r}"
            for card_id in entry.get("cards") or []
            if card_id not in by_id
        ]
    for entry in corrections["corrections"]:
        card = by_id.get(entry["card"])
        if card is None:
            problems.append(f"correction names unknown card {entry['card']!r}")
            continue
        problems += [
            f"corrected card {entry['card']!r} has no {field}"
            for field in ("as_of", "note")
            if not card.get(field)
        ]
        if not entry.get("correction"):
            problems.append(f"correction of {entry['card']!r} says no correction")
    assert corrections["corrections"], f"no corrections listed in {CORRECTIONS}"
    assert not problems, "aws-corrections.yaml:\n  " + "\n  ".join(problems)
