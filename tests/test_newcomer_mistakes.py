"""A newcomer's usual slips in a corpus of their own (lighthouses): each diagnostic
points at the mistake itself, file:line:col, and says what to write."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cheatdeck.load import load_corpus

CORPUS = "name: lights\ntitle: Lighthouses\ndeck: Lighthouses\n"


def _diagnostics(tmp_path: Path, files: dict[str, str]):
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(CORPUS, encoding="utf-8")
    for name, text in files.items():
        (cards / name).write_text(text, encoding="utf-8")
    return load_corpus(cards, cwd=tmp_path).diagnostics


def _topic(text_lines: str) -> str:
    return (
        "deck: Keepers\ntitle: Keepers\ncards:\n  - id: last-keepers\n    kind: cloze\n"
        + text_lines
        + "\n"
    )


@pytest.mark.parametrize(
    ("text", "line", "col", "fixed"),
    [
        # a plain value: the column of the malformed deletion, not of the value
        (
            "    text: The last keepers left Skerryvore in {{c1:1998}}.",
            6,
            47,
            "write {{c1::1998}}",
        ),
        # single braces: the column of the '{'
        (
            "    text: The last keepers left Skerryvore in {c1::1998}.",
            6,
            47,
            "needs double braces",
        ),
        # double quotes with escapes before the deletion: counted as written
        (
            '    text: "The \\"last\\" keepers left Skerryvore in {{c1:1998}}."',
            6,
            52,
            "write {{c1::1998}}",
        ),
        # a block: the line inside it that holds the deletion
        (
            "    text: |\n      The last keepers\n      left Skerryvore in {{c1:1998}}.",
            8,
            26,
            "write {{c1::1998}}",
        ),
        # a plain value over two lines: the second line, where the deletion is
        (
            "    text: The last keepers left\n      Skerryvore in {{c1:1998}}.",
            7,
            21,
            "write {{c1::1998}}",
        ),
        # no deletion at all: nothing to point at but the value
        ("    text: The last keepers left Skerryvore in 1998.", 6, 11, "no deletion"),
    ],
)
def test_bad_cloze_points_at_the_deletion(tmp_path, text, line, col, fixed):
    [problem] = _diagnostics(tmp_path, {"keepers.yaml": _topic(text)})
    assert problem.code == "bad-cloze"
    assert (problem.file, problem.line, problem.col) == ("cards/keepers.yaml", line, col)
    assert fixed in problem.message
    written = _topic(text).split("\n")[line - 1]
    if "deletion '" in problem.message or "needs double braces" in problem.message:
        assert written[col - 1] == "{"


@pytest.mark.parametrize(
    ("notes", "line"),
    [
        ("Lighthouse notes\n\nTODO: add the Skerryvore tower\n", 1),
        ("# kept for later\nLighthouse notes\nto sort\nTODO: add Muckle Flugga\n", 2),
    ],
)
def test_notes_saved_as_yaml_are_named_a_file_of_text(tmp_path, notes, line):
    """Notes saved as ``notes.yaml`` in the corpus folder: one line that says the file
    is text, where it begins, and to move it out, not YAML's "mapping values are not
    allowed in this context"."""
    [problem] = _diagnostics(tmp_path, {"notes.yaml": notes})
    assert (problem.code, problem.file, problem.line, problem.col) == (
        "yaml-syntax",
        "cards/notes.yaml",
        line,
        1,
    )
    assert "begins with text ('Lighthouse notes')" in problem.message
    assert "move this file out of the folder" in problem.message
    assert "mapping values" not in problem.message


def test_corpus_yaml_begun_with_text_is_told_what_it_holds(tmp_path):
    """corpus.yaml that begins with notes: it stays (it is the corpus's own file), so
    the message says what keys it holds, not to move it out or write it as a topic."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(
        "Tide tables corpus\n\nTODO: add the neap tides\n", encoding="utf-8"
    )
    problems = load_corpus(cards, cwd=tmp_path).diagnostics
    [problem] = [p for p in problems if p.file == "cards/corpus.yaml"]
    assert (problem.code, problem.line, problem.col) == ("yaml-syntax", 1, 1)
    assert "corpus.yaml begins with text ('Tide tables corpus')" in problem.message
    assert "'name:', 'title:' and 'deck:'" in problem.message
    assert "move this file out" not in problem.message
    assert "write it as a topic" not in problem.message


def test_a_key_without_its_colon_keeps_its_own_message(tmp_path):
    [problem] = _diagnostics(tmp_path, {"notes.yaml": "deck Keepers\ntitle: Keepers\n"})
    assert (problem.line, problem.col) == (1, 1)
    assert "write deck: Keepers" in problem.message


def test_a_setting_left_at_the_margin_is_named_not_the_one_below_it(tmp_path):
    """``settings:``, ``paper: a4`` unindented, ``  columns: 3``: the slip is on the
    'paper' line; indenting 'columns' to the margin, as the message said before, would
    only make it a corpus key of its own (another error)."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(
        CORPUS + "settings:\npaper: a4\n  columns: 3\n", encoding="utf-8"
    )
    (cards / "keepers.yaml").write_text(
        _topic("    text: The last keepers left Skerryvore in {{c1::1998}}."), encoding="utf-8"
    )
    [problem] = load_corpus(cards, cwd=tmp_path).diagnostics
    assert (problem.code, problem.file, problem.line, problem.col) == (
        "yaml-syntax",
        "cards/corpus.yaml",
        5,
        1,
    )
    assert "indent it 2 spaces like 'columns'" in problem.message
    assert "inside 'settings'" in problem.message


def test_a_value_written_under_its_key_is_not_told_to_become_a_key(tmp_path):
    """``answer:`` then ``John Smeaton`` at the same indent: the value on the next line,
    not a key missing its ':' (the message said "write John: Smeaton")."""
    text = (
        "deck: Keepers\ntitle: Keepers\ncards:\n  - id: eddystone\n    kind: qa\n"
        "    question: Who built the third Eddystone lighthouse?\n    answer:\n"
        "    John Smeaton\n"
    )
    [problem] = _diagnostics(tmp_path, {"keepers.yaml": text})
    assert (problem.code, problem.line, problem.col) == ("yaml-syntax", 8, 5)
    assert "write it on that line (answer: John Smeaton)" in problem.message
    assert "John: Smeaton" not in problem.message


def test_an_image_outside_the_corpus_is_told_where_to_copy_it(tmp_path):
    (tmp_path / "lens.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    text = (
        "deck: Optics\ntitle: Optics\ncards:\n  - id: fresnel-lens\n    kind: concept\n"
        "    term: Fresnel lens\n    definition: Concentric rings of prisms.\n"
        "    image: ../lens.png\n"
    )
    [problem] = _diagnostics(tmp_path, {"optics.yaml": text})
    assert (problem.code, problem.line, problem.col) == ("missing-media", 8, 12)
    assert problem.message.endswith(
        "copy it into the corpus, as images/lens.png, and write images/lens.png"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_yaml_is_told_to_go(tmp_path):
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(CORPUS, encoding="utf-8")
    (cards / "keepers.yaml").write_text(
        _topic("    text: The last keepers left Skerryvore in {{c1::1998}}."), encoding="utf-8"
    )
    os.mkfifo(cards / "log.yaml")
    [problem] = load_corpus(cards, cwd=tmp_path).diagnostics
    assert (problem.code, problem.file, problem.line) == ("outside-corpus", "cards/log.yaml", 1)
    assert "remove it or move it out of the corpus folder" in problem.message
