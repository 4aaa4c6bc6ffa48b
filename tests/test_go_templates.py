"""A Go corpus as a newcomer writes it: a list item quoting ``fmt.Errorf("read %s: %w")``
(YAML reads its ': ' as a key) and a cloze hiding the template field `{{.Name}}`,
written `\\{\\{.Name\\}\\}` as the loader says. Read back with the real Anki importer
and mldoc (Logseq's parser)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from cheatdeck import pipeline
from cheatdeck.writers import WRITER_NAMES

MLDOC = Path(__file__).parent / "js"

TOPIC = """\
deck: Go
title: Go
cards:
  - id: go-errors
    kind: list
    title: Error handling idioms
    items:
      - 'wrap with `fmt.Errorf("read %s: %w", name, err)`'
      - compare with `errors.Is(err, fs.ErrNotExist)`
  - id: go-template-field
    kind: cloze
    text: 'In text/template, {{c1::`\\{\\{.Name\\}\\}`}} reads the field Name.'
"""


def corpus(tmp_path: Path, topic: str) -> Path:
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: go\ntitle: Go\ndeck: Go\n", encoding="utf-8")
    (cards / "go.yaml").write_text(topic, encoding="utf-8")
    return cards


def report_lines(cards: Path) -> list[str]:
    report = pipeline.check(cards).report
    return [f"{Path(d.file).name}:{d.line}:{d.col}: {d.code}: {d.message}" for d in report.sorted()]


def test_the_quoted_corpus_is_clean(tmp_path):
    assert report_lines(corpus(tmp_path, TOPIC)) == []


def test_a_list_item_with_colon_space_is_quoted_whole_not_called_misplaced(tmp_path):
    """The first item of ``items:`` sits deeper than the card's '-': that is no
    misplaced card; the ': ' (and the '%' after it, which no YAML token starts with)
    is what went wrong, and the fix quotes the item."""
    unquoted = TOPIC.replace(
        """'wrap with `fmt.Errorf("read %s: %w", name, err)`'""",
        """wrap with `fmt.Errorf("read %s: %w", name, err)`""",
    )
    assert unquoted != TOPIC
    assert report_lines(corpus(tmp_path, unquoted)) == [
        "go.yaml:8:9: yaml-syntax: ': ' inside a list item starts a key in YAML: to write "
        """the item as text, quote it: - 'wrap with `fmt.Errorf("read %s: %w", name, err)`'"""
    ]


def test_a_card_dash_deeper_than_the_cards_above_is_still_misplaced(tmp_path):
    deeper = TOPIC.replace("  - id: go-template-field", "    - id: go-template-field")
    found = report_lines(corpus(tmp_path, deeper))
    assert len(found) == 1, found
    assert "'- ' at 4 spaces, but the list item above starts at 2 spaces" in found[0]


def build(tmp_path: Path, *formats: str) -> Path:
    out = tmp_path / "out"
    outcome = pipeline.build(corpus(tmp_path, TOPIC), out, [WRITER_NAMES[name] for name in formats])
    assert not outcome.report.failed(False), outcome.report.render("text")
    return out


def test_escaped_braces_in_code_are_studied_as_braces(tmp_path):
    """`\\{\\{.Name\\}\\}` in a code span: Markdown keeps backslashes in code, so each
    output writes the braces themselves; Anki still reads one deletion."""
    anki = pytest.importorskip("anki.collection")
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    out = build(tmp_path, "apkg", "md")
    assert "**`{{.Name}}`**" in (out / "go.md").read_text("utf-8")
    col = anki.Collection(str(tmp_path / "collection.anki2"))
    try:
        col.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(out / "go.apkg"), options=ImportAnkiPackageOptions()
            )
        )
        (card_id,) = col.find_cards("CheatdeckId:go-template-field")
        shown = col.get_card(card_id).render_output(reload=True)
    finally:
        col.close()
    question = shown.question_text.replace("<!-- -->", "")
    answer = shown.answer_text.replace("<!-- -->", "")
    assert "{{.Name}}" not in question and "[...]" in question
    assert "<code>{{.Name}}</code>" in answer and "\\{" not in answer


def test_a_deletion_holding_braces_is_a_logseq_card_mldoc_reads(tmp_path):
    """mldoc reads no ``{{cloze …}}`` macro whose text holds a brace: the block was
    plain text with no cloze. Now the deletion is "[…]", the revealed text its back."""
    parser = MLDOC / "mldoc_parse.js"
    if not (MLDOC / "node_modules" / "mldoc").is_dir() or not shutil.which("node"):
        pytest.skip("mldoc not installed: npm ci --prefix tests/js")
    out = build(tmp_path, "logseq")
    result = subprocess.run(
        ["node", str(parser), str(out / "go.logseq.md")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    titles = [node[1]["title"] for node, _pos in json.loads(result.stdout) if node[0] == "Heading"]
    plain = ["".join(item[1] for item in title if item[0] == "Plain") for title in titles]
    front = next(i for i, text in enumerate(plain) if text.startswith("In text/template"))
    assert "{{cloze" not in plain[front] and "[…]" in plain[front]
    back = titles[front + 1]
    assert ["Code", "{{.Name}}"] in back, back


def test_questions_that_differ_only_in_generic_words_are_compared(tmp_path):
    """ "Default value of GOMAXPROCS?" and "What is GOMAXPROCS by default?" ask one thing
    ("value" says nothing): with two answers, a possible conflict. In a small corpus no
    word is common, so the one extra word kept them apart."""
    topic = """\
deck: Go
title: Go
cards:
  - id: gomaxprocs
    kind: qa
    question: What is GOMAXPROCS by default?
    answer: The number of logical CPUs.
  - id: gomaxprocs-old
    kind: qa
    question: Default value of GOMAXPROCS?
    answer: "1"
"""
    found = report_lines(corpus(tmp_path, topic))
    assert len(found) == 1 and "similar-fact: possibly conflicting with gomaxprocs-old" in found[0]
