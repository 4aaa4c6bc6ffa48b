"""The checks on corpora of domains tried late: electronics (Ω, mA, µF), Vim and
keyboard shortcuts ("Ctrl-R" / "Ctrl+R" / "⌘C"), first aid (ranges, "with ..."
phrases) and statistics (a share as a percentage or a proportion). Each test is a
tiny corpus of the kind a new user writes, and each failed before its fix."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cheatdeck.checks.normalize import fold


def check(tmp_path: Path, topics: dict[str, str], settings: str = "") -> list[str]:
    """``check`` of a corpus with one topic per ``topics`` entry (deck -> cards YAML);
    the diagnostics as ``file:line: severity code: message``."""
    from cheatdeck import pipeline

    cards = tmp_path / "cards"
    cards.mkdir(parents=True)
    (cards / "corpus.yaml").write_text(f"name: t\ntitle: T\ndeck: Study\n{settings}", "utf-8")
    for number, (deck, body) in enumerate(topics.items()):
        body = textwrap.indent(textwrap.dedent(body).strip(), "  ")
        text = f"deck: {deck}\ntitle: {deck}\ncards:\n{body}\n"
        (cards / f"t{number}.yaml").write_text(text, encoding="utf-8")
    report = pipeline.check(cards).report
    return [
        f"{Path(d.file).name}:{d.line}: {d.severity} {d.code}: {d.message}" for d in report.sorted()
    ]


# ------------------------------------------------------------------ keyboard shortcuts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ctrl-R", "Ctrl+R"),
        ("Ctrl+R", "^R"),
        ("ctrl + r", "`Ctrl+R`"),
        ("Ctrl-Shift-P", "Ctrl+Shift+P"),
        ("Shift+Ctrl+P", "Ctrl+Shift+P"),  # the modifiers in one order
        ("Cmd+C", "⌘C"),
        ("Command-C", "⌘C"),
        ("⌘⇧P", "Shift+Cmd+P"),
        ("Option-click", "Alt+click"),
        ("Control+T", "Ctrl+T"),
        ("Windows key + L", "Win+L"),
        ("Alt-Tab", "Alt+Tab"),
        ("What does Ctrl-C do?", "What does Ctrl+C do?"),
    ],
)
def test_one_shortcut_written_two_ways_folds_alike(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Cmd+C", "Ctrl+C"),
        ("Ctrl+Shift+P", "Ctrl+P"),
        ("Ctrl-W w", "Ctrl-W W"),  # Vim: next window / previous window
        ("shift register", "shift+register"),  # a hyphen is no plus sign
    ],
)
def test_other_shortcuts_stay_apart(a, b):
    assert fold(a) != fold(b)


def test_a_hyphenated_word_is_no_shortcut():
    assert fold("a shift-register") == fold("a shift register")
    assert fold("Press Ctrl+C, then V") == "press ctrl+c then v"


def test_a_shortcut_spelt_otherwise_is_the_same_answer(tmp_path):
    cards = """
    - {id: redo, kind: qa, question: How do you redo in Vim?, answer: "`Ctrl-R`"}
    - {id: redo-2, kind: qa, question: How do you redo in Vim?, answer: "`Ctrl+R`"}
    - {id: next-window, kind: qa, question: Next window in Vim, answer: Ctrl-W w}
    - {id: next-window-2, kind: qa, question: Next window in Vim, answer: Ctrl+W W}
    - {id: copy-mac, kind: qa, question: Copy shortcut on macOS, answer: Cmd+C}
    - {id: copy-mac-2, kind: qa, question: Copy shortcut on macOS, answer: ⌘C}
    - {id: copy-mac-3, kind: qa, question: Copy shortcut on macOS, answer: Ctrl+C}
    """
    found = check(tmp_path, {"Vim": cards})
    assert len(found) == 4, "\n".join(found)
    for expected in (
        "error duplicate-fact: same fact as redo-2",
        "error conflicting-fact: conflicts with next-window-2",
        "error duplicate-fact: same fact as copy-mac-2",
        "error conflicting-fact: conflicts with copy-mac-3",
    ):
        assert any(expected in line for line in found), (expected, found)
