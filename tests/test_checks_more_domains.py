"""The checks on corpora of domains tried late: electronics (Ω, mA, µF), Vim and
keyboard shortcuts ("Ctrl-R" / "Ctrl+R" / "⌘C"), first aid (ranges, "with ..."
phrases) and statistics (a share as a percentage or a proportion). Each test is a
tiny corpus of the kind a new user writes, and each failed before its fix."""

from __future__ import annotations

import pytest
from test_checks_unseen import check

from cheatdeck.checks.normalize import fold

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
        ("C-g", "Ctrl-g"),  # Emacs's and readline's notation
        ("C-x C-f", "Ctrl+X Ctrl+F"),
        ("C-/", "Ctrl+/"),
        ("C-tab", "Ctrl-Tab"),
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
        ("C-4", "Ctrl+4"),  # no Emacs key: an explosive, a carbon's place
        ("C-section", "Ctrl+section"),
        ("vitamin C-rich", "vitamin Ctrl+rich"),
        ("C-C bond", "Ctrl+C bond"),
    ],
)
def test_other_shortcuts_stay_apart(a, b):
    assert fold(a) != fold(b)


def test_a_key_in_emacs_notation_is_the_same_answer(tmp_path):
    """Emacs's "C-r" against "Ctrl+R" under one question was "possibly conflicting"."""
    cards = """
    - {id: r, kind: qa, question: Which keys search the bash history backwards?, answer: C-r}
    - {id: r-2, kind: qa, question: Which keys search bash history backwards?, answer: Ctrl+R}
    """
    (found,) = check(tmp_path, {"Shell": cards})
    assert "warning similar-fact: nearly the same fact as r-2" in found, found


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


# ------------------------------------------------------------------ reworded prompts


def test_a_with_word_the_other_prompt_states_is_no_condition(tmp_path):
    """ "... with cool running water" names no condition that "cool a burn under running
    water" lacks: another value is a possible conflict; "with a splint" is one."""
    cards = """
    - id: burn
      kind: qa
      question: How long should you cool a burn under running water?
      answer: At least 20 minutes
    - id: burn-b
      kind: qa
      question: For how long do you cool a burn with cool running water?
      answer: 10 minutes
    - id: wrist
      kind: qa
      question: How long do you rest a sprained wrist?
      answer: 2 days
    - id: wrist-b
      kind: qa
      question: How long do you rest a sprained wrist with a splint?
      answer: 5 days
    """
    found = check(tmp_path, {"First aid": cards})
    assert len(found) == 1, "\n".join(found)
    assert "warning similar-fact: possibly conflicting with burn-b" in found[0]


def test_a_question_answered_with_a_command_card_s_code_is_the_same_command(tmp_path):
    cards = """
    - {id: dd, kind: command, task: Delete the current line, command: dd, lang: text}
    - {id: dd-q, kind: qa, question: Which Vim command deletes the current line?, answer: "`dd`"}
    - {id: wq, kind: command, task: Save and quit, command: ":wq", lang: vim}
    - {id: wq-q, kind: qa, question: How do you write the file and leave?, answer: "`:wq`"}
    - {id: x-q, kind: qa, question: Which key deletes one character?, answer: "`x`"}
    - {id: x-q2, kind: qa, question: Which key closes the quickfix list?, answer: "`x`"}
    """
    found = check(tmp_path, {"Vim": cards})
    assert len(found) == 2, "\n".join(found)
    assert "error duplicate-fact: same fact as dd-q" in found[0]
    assert "(same command for another task)" in found[0]
    assert "error duplicate-fact: same fact as wq-q" in found[1]


def test_esc_is_escape(tmp_path):
    cards = """
    - {id: leave, kind: qa, question: How do you leave insert mode?, answer: Esc}
    - {id: leave-b, kind: qa, question: Which key exits insert mode in Vim?, answer: Escape}
    """
    found = check(tmp_path, {"Vim": cards})
    assert len(found) == 1 and "nearly the same fact as leave-b" in found[0], found


@pytest.mark.parametrize(
    ("text", "other", "found"),
    [
        ("European mains frequency", "Mains frequency in Europe", [("European", "Europe")]),
        ("Canadian dollar", "Dollar of Canada", [("Canadian", "Canada")]),
        ("Italian coast", "Coast of Italy", [("Italian", "Italy")]),
        ("Length of a Martian day", "Length of a day on Mars", []),  # irregular
        ("Mains frequency in Europe", "European mains frequency", []),  # the name's side
    ],
)
def test_a_name_and_its_adjective(text, other, found):
    """(In the labelled set, "Mains frequency in Europe" 50 Hz / "European mains
    frequency" 60 Hz was missed before; a small corpus finds it without this rule.)"""
    from cheatdeck.checks.structured import name_adjectives

    assert name_adjectives(text, other) == found


def test_a_unit_symbol_is_its_name(tmp_path):
    """ "KiB" is "kibibyte", "GB" "gigabyte": the same subject, as "km" is "kilometre"."""
    cards = """
    - {id: kib, kind: limit, subject: Size of a kibibyte, value: 1024 bytes}
    - {id: kib-b, kind: limit, subject: KiB size, value: "1,024 bytes"}
    - {id: kb, kind: limit, subject: Size of one kilobyte, value: 1000 bytes}
    - {id: gb, kind: limit, subject: Bytes in a GB, value: 10⁹}
    - {id: gb-b, kind: limit, subject: Bytes in a gigabyte, value: 1024³}
    """
    found = check(tmp_path, {"Hardware": cards})
    assert len(found) == 2, "\n".join(found)
    assert "error duplicate-fact: same fact as kib-b" in found[0]
    assert "error conflicting-fact: conflicts with gb-b" in found[1]


def test_a_number_after_a_name_is_its_roman_numeral(tmp_path):
    """ "Type 1 error" is "Type I error", "World War 2" the "Second World War"; "Type 2"
    stays another thing than "Type 1", "Python 3.11" a version."""
    for a, b in [("Type 1 error", "Type I error"), ("Phase 3 trial", "Phase III trial")]:
        assert fold(a) == fold(b)
    assert fold("Python 3.11") == "python 3 11"
    cards = """
    - {id: t1, kind: concept, term: Type I error, definition: A false positive}
    - {id: t1-b, kind: concept, term: Type 1 error, definition: A false negative}
    - {id: t2, kind: concept, term: Type 2 error, definition: A false negative}
    - {id: ww2, kind: limit, subject: World War 2, value: 1939–1945}
    - {id: ww2-b, kind: limit, subject: Second World War, value: 1939–1946}
    """
    found = check(tmp_path, {"Statistics": cards})
    assert len(found) == 2, "\n".join(found)
    assert "warning similar-fact: possibly conflicting with t1-b" in found[0]
    assert "error conflicting-fact: conflicts with ww2-b" in found[1]


def test_one_word_said_otherwise_is_a_possible_conflict(tmp_path):
    """Prompts that share three words and each say one other ("normal" / "healthy")
    with values that cannot both be right: a warning. A side ("under" / "over") or a
    qualifier ("maximum" / "recommended") asks another thing."""
    cards = """
    - {id: hr, kind: limit, subject: Normal adult resting heart rate, value: 60–100 bpm}
    - {id: hr-b, kind: limit, subject: Resting heart rate of a healthy adult, value: 40–60 bpm}
    - {id: cpr, kind: limit, subject: "Hands-on time in CPR, rescuers under 50", value: 80 %}
    - {id: cpr-b, kind: limit, subject: "Hands-on time in CPR, rescuers 50 and over", value: 60 %}
    - {id: pin, kind: limit, subject: Maximum current per pin of an Uno, value: 40 mA}
    - {id: pin-b, kind: limit, subject: "Current per pin of an Uno, recommended", value: 20 mA}
    """
    found = check(tmp_path, {"First aid": cards})
    assert len(found) == 1, "\n".join(found)
    assert "warning similar-fact: possibly conflicting with hr-b" in found[0]
