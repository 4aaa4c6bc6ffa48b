"""probe167: a newcomer's mistakes in a pandoc corpus, built with the command line: a key
written as a list item (``- paper: a4``) among keys written without one gets one line at
its '-' that says to drop the '- ', and the build writes nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = (
    "name: pandoc\ntitle: Pandoc\ndeck: Pandoc\n"
    "settings:\n  fact_scope: corpus\n  columns: 3\n  font_size: 7.5\n  paper: a4\n"
)
TOPIC = """\
deck: CLI
title: The command line
order: 10
tags: [pandoc]
cards:
  - id: pandoc-stdin
    kind: qa
    question: What does pandoc read when no input file is given?
    answer: Standard input.
  - id: pandoc-formats
    kind: table
    title: Format names for -f and -t
    columns: [Name, Writes]
    rows:
      Word: ["`docx`", "yes"]
      "Café-style EPUB": ["`epub3`", "yes"]
"""


def _build(tmp_path: Path, corpus: str, topic: str) -> tuple[subprocess.CompletedProcess, Path]:
    cards = tmp_path / "pandoc"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(corpus, encoding="utf-8")
    (cards / "cli.yaml").write_text(topic, encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "cheatdeck", "build", str(cards), "-o", str(out)]
    return subprocess.run(command, capture_output=True, text=True, cwd=tmp_path), out


def test_the_corpus_builds_as_written(tmp_path):
    built, out = _build(tmp_path, CORPUS, TOPIC)
    assert built.returncode == 0, built.stdout + built.stderr
    assert (out / "pandoc.apkg").is_file()


@pytest.mark.parametrize(
    ("in_corpus", "old", "new", "expected"),
    [
        (  # the first setting: PyYAML stopped at the next one, 'columns', told to indent it
            True,
            "  fact_scope: corpus",
            "  - fact_scope: corpus",
            "corpus.yaml:5:3: error yaml-syntax: '- ' before 'fact_scope' makes it a list item,"
            " but 'settings' holds keys ('columns' below): write 'fact_scope: corpus' without"
            " the '- ', 2 spaces in like 'columns'",
        ),
        (  # the last setting: "indent 'paper' like the card's other fields (2 spaces)"
            True,
            "  paper: a4",
            "  - paper: a4",
            "corpus.yaml:8:3: error yaml-syntax: '- ' before 'paper' makes it a list item,"
            " but 'settings' holds keys ('font_size' above): write 'paper: a4' without the"
            " '- ', 2 spaces in like 'font_size'",
        ),
        (  # a topic's own key: "indent 'order' like the file's keys above"
            False,
            "order: 10",
            "- order: 10",
            "cli.yaml:3:1: error yaml-syntax: '- ' before 'order' makes it a list item, but"
            " the file holds keys ('title' above): write 'order: 10' without the '- ', at the"
            " start of the line like 'title'",
        ),
        (  # a quoted row label: PyYAML's own "did not find expected key", no fix
            False,
            '      "Café-style EPUB":',
            '      - "Café-style EPUB":',
            "cli.yaml:16:7: error yaml-syntax: '- ' before \"Café-style EPUB\" makes it a list"
            " item, but 'rows' holds keys ('Word' above): write '\"Café-style EPUB\":"
            " [\"`epub3`\", \"yes\"]' without the '- ', 6 spaces in like 'Word'",
        ),
        (  # a card's field: told to put the '-' under the card's, which starts a new card
            False,
            "    answer: Standard input.",
            "    - answer: Standard input.",
            "cli.yaml:9:5: error yaml-syntax: '- ' before 'answer' makes it a list item, but"
            " the card holds keys ('question' above): write 'answer: Standard input.' without"
            " the '- ', 4 spaces in like 'question'",
        ),
    ],
    ids=["first-setting", "last-setting", "topic-key", "quoted-row", "card-field"],
)
def test_a_key_written_as_a_list_item_says_to_drop_the_dash(
    tmp_path, in_corpus, old, new, expected
):
    source = CORPUS if in_corpus else TOPIC
    assert old in source
    changed = source.replace(old, new, 1)
    built, out = _build(tmp_path, changed if in_corpus else CORPUS, TOPIC if in_corpus else changed)
    said = (built.stdout + built.stderr).strip().splitlines()
    assert built.returncode == 1, said
    assert "Traceback" not in built.stderr
    errors = [line for line in said if ": error " in line]
    assert len(errors) == 1, said
    assert errors[0].endswith(expected), errors[0]
    assert errors[0].startswith(str(tmp_path / "pandoc")) or errors[0].startswith("pandoc/")
    assert not out.exists() or not any(out.iterdir())  # nothing written


def test_a_cards_dash_misplaced_is_still_told_to_line_up(tmp_path):
    """'- id:' among a card's keys is the next card, its '-' too far in: the fix stays to
    put the '-' under the cards' (not to drop it)."""
    changed = TOPIC.replace("  - id: pandoc-formats", "    - id: pandoc-formats", 1)
    built, _out = _build(tmp_path, CORPUS, changed)
    said = built.stdout + built.stderr
    assert built.returncode == 1, said
    assert "put this '-' under the one above (2 spaces)" in said, said
    assert "makes it a list item" not in said


# ------------------------------------------------------------ quizlet: code as written

CODE_TOPIC = """\
deck: Build
title: Building a book
cards:
  - id: make-book
    kind: snippet
    title: A Makefile rule that builds the book
    lang: makefile
    code: "book.pdf: book.md\\n\\tpandoc book.md -o book.pdf\\n\\t@printf '%-8s|   %s' built ok\\n"
  - id: columns-output
    kind: command
    task: Print two columns of formats
    command: printf '%-6s   %s\\n' md gfm
    output: "md       gfm"
"""


def test_quizlet_keeps_the_blanks_of_code(tmp_path):
    """Quizlet's text put every field through one rule: runs of blanks became one space and
    each line lost its indent, so `printf '%-8s|   %s'` read `printf '%-8s| %s'` (a
    format that prints otherwise) and a recipe's tab was gone."""
    cards = tmp_path / "pandoc"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: book\ntitle: Book\ndeck: Book\n", encoding="utf-8")
    (cards / "build.yaml").write_text(CODE_TOPIC, encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "cheatdeck", "build", str(cards), "-o", str(out)]
    built = subprocess.run([*command, "-f", "quizlet", "-q"], capture_output=True, text=True)
    assert built.returncode == 0, built.stdout + built.stderr
    rows = (out / "book.quizlet.txt").read_text(encoding="utf-8").split("\n")
    assert rows[-1] == ""  # Quizlet's rows: one a line, term and definition split at a tab
    rows = [row.split("\t") for row in rows[:-1]]
    assert all(len(row) == 2 for row in rows), rows
    found = dict(rows)
    assert found["A Makefile rule that builds the book"] == (
        "book.pdf: book.md /     pandoc book.md -o book.pdf /     @printf '%-8s|   %s' built ok"
    )
    assert found["Print two columns of formats"] == (
        "printf '%-6s   %s\\n' md gfm / Output: md       gfm"
    )


# ------------------------------------------------------------ logseq: a cloze after code

MLDOC = Path(__file__).resolve().parent / "js"

CLOZE_TOPIC = """\
deck: Markdown
title: Pandoc's Markdown
cards:
  - id: md-extension-off
    kind: cloze
    text: "Turn an extension off with a minus, as in `markdown`{{c1::`-smart`::sign}}."
  - id: md-extension-on
    kind: cloze
    text: "Turn one on with a plus, as in `markdown`{{c1::`+smart`}}, and re{{c2::read}} it."
"""


def _titles(path: Path) -> list[list]:
    """Each block's title as mldoc, Logseq's own parser, reads it."""
    import json

    found = subprocess.run(
        ["node", str(MLDOC / "mldoc_parse.js"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    titles = []

    def walk(node) -> None:
        if isinstance(node, list):
            if node and node[0] == "Heading" and isinstance(node[1], dict):
                titles.append(node[1]["title"])
            for child in node:
                walk(child)
        elif isinstance(node, dict):
            for child in node.values():
                walk(child)

    walk(json.loads(found.stdout))
    return titles


def test_logseq_keeps_a_deletion_right_after_code_where_it_was_written(tmp_path):
    """`markdown`{{c1::`-smart`}} (as the bad-cloze fix tells to write a deletion after
    code) was written "`markdown` {{cloze -smart}}" in Logseq: a blank the card never had,
    "markdown -smart" on its back; mldoc reads the macro right after a code span."""
    if not (MLDOC / "node_modules" / "mldoc").is_dir() or not shutil.which("node"):
        pytest.skip("mldoc not installed: npm ci --prefix tests/js")
    cards = tmp_path / "pandoc"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: md\ntitle: Md\ndeck: Md\n", encoding="utf-8")
    (cards / "markdown.yaml").write_text(CLOZE_TOPIC, encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "cheatdeck", "build", str(cards), "-o", str(out)]
    built = subprocess.run([*command, "-f", "logseq", "-q"], capture_output=True, text=True)
    assert built.returncode == 0, built.stdout + built.stderr
    titles = [  # each title's text, up to its tags
        [part for part in title if part[0] in ("Plain", "Code", "Macro")][:5]
        for title in _titles(out / "md.logseq.md")
    ]
    cloze = {"name": "cloze"}
    assert [
        ["Plain", "Turn an extension off with a minus, as in "],
        ["Code", "markdown"],
        ["Macro", {**cloze, "arguments": ["-smart \\\\ sign"]}],
        ["Plain", ". "],
        ["Plain", " "],
    ] in titles, titles
    assert [
        ["Plain", "Turn one on with a plus, as in "],
        ["Code", "markdown"],
        ["Macro", {**cloze, "arguments": ["+smart"]}],
        ["Plain", ", and reread it. "],
        ["Plain", " "],
    ] in titles, titles
    # after a letter mldoc reads no macro: the blank before it stays
    assert [
        ["Plain", "Turn one on with a plus, as in "],
        ["Code", "markdown"],
        ["Code", "+smart"],
        ["Plain", ", and re "],
        ["Macro", {**cloze, "arguments": ["read"]}],
    ] in titles, titles
