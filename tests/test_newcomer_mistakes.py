"""A newcomer's usual slips in a corpus of their own (lighthouses): each diagnostic
points at the mistake itself, file:line:col, and says what to write."""

from __future__ import annotations

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
