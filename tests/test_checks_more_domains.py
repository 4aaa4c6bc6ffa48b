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


# ------------------------------------------------------------------ electrical units


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("500 mA", "0.5 A", True),
        ("40 mA", "0.04 A", True),
        ("4.7 kΩ", "4700 Ω", True),
        ("10 kΩ", "10,000 ohms", True),
        ("100 nF", "0.1 µF", True),
        ("100nF", "0.1 uF", True),
        ("230 V", "230 volts", True),
        ("5 kW", "5000 watts", True),
        ("6 Gbit/s", "6 Gb/s", True),  # a small b is a bit
        ("6 GB", "6 Gb", False),  # ... a capital B a byte
        ("1 MΩ", "1 mΩ", False),  # mega is not milli
        ("12 V", "12 W", False),
        ("500 mA", "500 mAh", False),  # a charge is no current
    ],
)
def test_electrical_values(a, b, same):
    from cheatdeck.checks.quantities import parse, same_value

    assert same_value(parse(a), parse(b)) is same


def test_one_current_in_two_units_is_one_fact(tmp_path):
    cards = """
    - {id: usb2, kind: limit, subject: Max current of a USB 2.0 port, value: 500 mA}
    - {id: usb2-b, kind: limit, subject: Maximum USB 2.0 port current, value: 0.5 A}
    - {id: r, kind: qa, question: What resistance is a resistor marked 4k7?, answer: 4.7 kΩ}
    - {id: r-b, kind: qa, question: What resistance is a resistor marked 4k7?, answer: 4700 Ω}
    - {id: r-c, kind: qa, question: What resistance is a resistor marked 4k7?, answer: 47 kΩ}
    """
    found = check(tmp_path, {"Electronics": cards})
    assert len(found) == 3, "\n".join(found)
    usb, r_same, r_other = found
    assert "error duplicate-fact: same fact as usb2-b" in usb and "'500 mA' = '0.5 A'" in usb
    assert "error conflicting-fact: conflicts with r-c" in r_same
    assert "error duplicate-fact: same fact as r-b" in r_other


# ------------------------------------------------------------------ ranges


def test_a_value_inside_a_range_is_a_possible_conflict_only(tmp_path):
    """A typical value within another card's range, or one end of it ("at least 5 cm"
    against "5–6 cm"), may be right beside it: a warning, neither a duplicate nor an
    error; a value outside the range conflicts."""
    cards = """
    - {id: red, kind: limit, subject: Forward voltage of a red LED, value: 1.8–2.2 V}
    - {id: red-b, kind: limit, subject: Red LED forward voltage, value: 2.0 V}
    - {id: depth, kind: limit, subject: Adult compression depth, value: 5–6 cm}
    - {id: depth-b, kind: limit, subject: Compression depth for an adult, value: at least 5 cm}
    - {id: rate, kind: limit, subject: Adult CPR compression rate, value: 100–120 per minute}
    - {id: rate-b, kind: limit, subject: Compression rate in adult CPR, value: 90 per minute}
    """
    found = check(tmp_path, {"First aid": cards})
    assert len(found) == 3, "\n".join(found)
    red, depth, rate = found
    assert "warning similar-fact: possibly conflicting with red-b" in red
    assert "warning similar-fact: possibly conflicting with depth-b" in depth
    assert "error conflicting-fact: conflicts with rate-b" in rate
