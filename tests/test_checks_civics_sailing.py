"""The fact checks on cards of domains written after the labelled set's first 936 pairs:
sailing (knots, nautical miles), human genetics (chromosomes in pairs), wine and US civics.
Each test is a tiny corpus a newcomer could write; each failed before its fix."""

from __future__ import annotations

import pytest

from conftest import check_cards as check


def limits(first: tuple[str, str], second: tuple[str, str]) -> str:
    return "\n".join(
        f"- {{id: {name}, kind: limit, subject: '{subject}', value: '{value}'}}"
        for name, (subject, value) in zip(("a", "b"), (first, second), strict=True)
    )


@pytest.mark.parametrize(
    ("first", "second", "code"),
    [
        # the value's own unit named in the subject: "... in km/h"
        (("One knot", "1.852 km/h"), ("1 knot in km/h", "1.852 kilometres per hour"), "error"),
        # "one" and "1" are the article; "a" is no word, and 1.852 km/h is 1.15 mph
        (("One parsec in light-years", "3.26 ly"), ("1 parsec", "3.26 light-years"), "error"),
        (("One knot", "1.852 km/h"), ("A knot in miles per hour", "1.15 mph"), "warning"),
        # "Length of" only says what a length measures; 1852 m is 6076.1 ft and 6076 ft
        # is 1851.96 m: each the other rounded, one value in two units (a duplicate)
        (("Length of a nautical mile", "1852 m"), ("One nautical mile", "6076 ft"), "error"),
        (("Length of a marathon", "42.195 km"), ("Marathon distance", "26.2 miles"), "warning"),
        # "Weight of", "Mass of" only say what grams measure, "Volume of" what litres do
        (("Weight of one cup of sugar", "200 g"), ("A cup of sugar", "0.2 kg"), "error"),
        (("Mass of a cup of butter", "227 g"), ("Weight of 1 cup of butter", "227 g"), "error"),
        (("Volume of a wine bottle", "750 ml"), ("A wine bottle", "0.75 l"), "error"),
    ],
    ids=[
        "unit-in-subject",
        "one-and-1",
        "a-and-converted",
        "length-of",
        "length-distance",
        "weight-of",
        "mass-and-weight",
        "volume-of",
    ],
)
def test_one_measure_in_other_words_is_found(tmp_path, first, second, code):
    """Equal values, or each the other converted and rounded, are a duplicate; values
    that agree only once rounded ("1.15 mph" is 1.851 km/h, not 1.852) a warning."""
    found = check(tmp_path, limits(first, second))
    expected = {"error": "error duplicate-fact", "warning": "warning similar-fact"}[code]
    assert len(found) == 1 and found[0].startswith(expected), found


def test_another_value_for_the_speed_of_a_knot_conflicts(tmp_path):
    found = check(tmp_path, limits(("Speed of one knot", "1.852 km/h"), ("One knot", "2.5 km/h")))
    assert len(found) == 1 and "error conflicting-fact" in found[0], found


def test_things_of_one_kind_but_other_measures_stay_apart(tmp_path):
    """Height and width of one thing are two facts; "1" in "SHA-1" is no article."""
    cards = limits(("Length of the pool", "50 m"), ("Width of the pool", "25 m"))
    assert check(tmp_path / "a", cards) == []
    cards = limits(("SHA-1 digest length", "160 bits"), ("SHA-256 digest length", "256 bits"))
    assert check(tmp_path / "b", cards) == []


def test_a_count_in_pairs_is_no_certain_conflict_with_the_things_paired(tmp_path):
    """46 chromosomes are 23 pairs: a possible conflict (the checks cannot tell what was
    counted), never an error; 48 against 23 pairs is still one."""
    cards = """
    - {id: a, kind: qa, question: How many chromosomes does a human cell have?, answer: "46"}
    - {id: b, kind: limit, subject: Chromosomes in a human cell, value: 23 pairs}
    """
    found = check(tmp_path / "a", cards)
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    found = check(tmp_path / "b", cards.replace('"46"', '"48"'))
    assert len(found) == 1 and "error conflicting-fact" in found[0], found


def test_a_question_reworded_around_which_is_the_same_question(tmp_path):
    cards = """
    - {id: a, kind: qa, question: Which grape is Chablis made from?, answer: Chardonnay}
    - {id: b, kind: qa, question: Chablis is made from which grape?, answer: Pinot Noir}
    - {id: c, kind: qa, question: Which grape is Sancerre made from?, answer: Sauvignon Blanc}
    """
    found = check(tmp_path, cards)
    assert len(found) == 1, found
    assert "possibly conflicting with b" in found[0] and "Sancerre" not in found[0], found


def test_values_that_agree_once_rounded_are_not_told_to_be_fixed(tmp_path):
    """ "90–96 °C" and "195–205 °F" are one range in two scales: the warning says they
    agree once rounded and asks to keep one, not to "fix one"."""
    found = check(
        tmp_path / "a",
        limits(
            ("Coffee brewing temperature", "90–96 °C"),
            ("Brewing temperature of coffee", "195–205 °F"),
        ),
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "agree once rounded: keep one if they are one value" in found[0], found
    assert "fix one" not in found[0], found
    found = check(
        tmp_path / "b",
        limits(
            ("Coffee brewing temperature", "90–96 °C"),
            ("Brewing temperature of coffee", "150–160 °F"),
        ),
    )
    assert len(found) == 1 and "error conflicting-fact" in found[0], found


def test_a_value_within_the_others_range_is_not_told_to_be_fixed(tmp_path):
    """ "about 62 %" lies within "60–65 %": a typical value and its range. The warning
    says so and asks to keep one, not to "fix one"; 70 % outside the range still reads
    as a conflict."""
    found = check(
        tmp_path / "a",
        limits(
            ("Hydration of a sandwich loaf", "60–65 %"),
            ("Sandwich loaf hydration", "about 62 %"),
        ),
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "one within the other: keep one if they are one fact" in found[0], found
    assert "fix one" not in found[0], found
    found = check(
        tmp_path / "b",
        limits(
            ("Hydration of a sandwich loaf", "60–65 %"),
            ("Sandwich loaf hydration", "about 70 %"),
        ),
    )
    assert len(found) == 1 and "one within the other" not in found[0], found


def test_a_task_that_names_its_command_asks_for_another_command(tmp_path):
    """ "run" is no word the checks compare, but "cargo run" spells it out: two tasks. The
    same task with two commands is still a possible conflict."""
    cards = """
    - {id: build, kind: command, task: Compile the project, command: cargo build}
    - {id: run, kind: command, task: Compile and run the project, command: cargo run}
    """
    assert check(tmp_path / "a", cards) == []
    cards = """
    - {id: build, kind: command, task: Compile the project, command: cargo build}
    - {id: build-2, kind: command, task: Compile this project, command: cargo check}
    """
    found = check(tmp_path / "b", cards)
    assert len(found) == 1 and "possibly conflicting with build-2" in found[0], found


def test_a_count_of_things_and_a_duration_answer_two_questions(tmp_path):
    """ "Number of US senators" (generic words aside: "senators") is held by "Term of a US
    senator", yet 100 senators and six years measure two things."""
    cards = limits(
        ("Total number of US senators", "100 senators"), ("Term of a US senator", "six years")
    )
    assert check(tmp_path / "a", cards) == []
    cards = limits(
        ("Number of US senators", "100"), ("Number of senators in the US", "96 senators")
    )
    found = check(tmp_path / "b", cards)
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_one_value_converted_to_another_unit_is_one_fact_though_a_word_differs(tmp_path):
    """ "Espresso brewing pressure" 9 bar and "Espresso pump pressure" 130 psi: one word
    swapped in place reads as a template's slot, but the value was converted. Two names
    (PBKDF2, bcrypt), two values, or one unit written with another ("23 h 56 min" /
    "24 h") stay apart."""
    found = check(
        tmp_path / "a",
        limits(("Espresso brewing pressure", "9 bar"), ("Espresso pump pressure", "130 psi")),
    )
    assert len(found) == 1 and "nearly the same fact" in found[0], found
    cards = limits(("Salt length for PBKDF2", "16 bytes"), ("Salt length for bcrypt", "128 bits"))
    assert check(tmp_path / "b", cards) == []
    cards = limits(
        ("Water temperature for green tea", "80 °C"), ("Water temperature for black tea", "212 °F")
    )
    assert check(tmp_path / "c", cards) == []
    cards = limits(
        ("Length of a sidereal day on Earth", "23 h 56 min"),
        ("Length of a solar day on Earth", "24 h"),
    )
    assert check(tmp_path / "d", cards) == []


def test_one_question_in_british_and_american_spelling_is_one_question(tmp_path):
    """ "colour" / "color": the same question, so two answers conflict (an error, as for
    any same prompt); port and starboard stay two questions."""
    cards = """
    - {id: port, kind: qa, question: What colour is the port sidelight?, answer: Red}
    - {id: port-us, kind: qa, question: What color is the port sidelight?, answer: Green}
    - {id: starboard, kind: qa, question: What colour is the starboard sidelight?, answer: Green}
    """
    errors = [line for line in check(tmp_path, cards) if line.startswith("error")]
    assert len(errors) == 1, errors
    assert "conflicting-fact: conflicts with port-us" in errors[0], errors
    assert "starboard" not in errors[0], errors


def test_a_ratio_subject_reads_one_colon_sixteen_as_a_ratio(tmp_path):
    """ "1:16" reads as a time of day elsewhere ("12:30"); under a subject that names a
    ratio it is one: the same words in another order with "1:12" conflict, "1 : 16" and
    "2:32" are the same value, and "1:15" for a French press is another subject."""
    cards = """
    - {id: a, kind: limit, subject: Pour-over coffee-to-water ratio, value: "1:16"}
    - {id: b, kind: limit, subject: Coffee to water ratio for pour-over, value: "1:12"}
    - {id: c, kind: limit, subject: French press coffee-to-water ratio, value: "1:15"}
    """
    found = check(tmp_path / "a", cards)
    assert len(found) == 1 and "error conflicting-fact: conflicts with b" in found[0], found
    found = check(tmp_path / "b", cards.replace('"1:12"', '"2:32"'))
    assert len(found) == 1 and "error duplicate-fact: same fact as b" in found[0], found


def test_an_empty_unit_is_named_as_written(tmp_path):
    """A newcomer who writes ``unit: ""`` is told to fill it in, at the unit."""
    cards = """
    - id: u8-max
      kind: limit
      subject: Maximum value of `u8`
      value: 255
      unit: ""
    """
    found = check(tmp_path, cards)
    assert len(found) == 1, found
    assert "missing-unit: the number 255 needs a unit: write in 'unit:' what it counts" in found[0]
    assert 'or quote it if it counts nothing (a rate, a score): value: "255"' in found[0]


def test_one_question_in_two_spellings_with_one_answer_is_a_duplicate(tmp_path):
    cards = """
    - {id: port, kind: qa, question: What colour is the port sidelight?, answer: Red}
    - {id: port-us, kind: qa, question: What color is the port sidelight?, answer: red}
    """
    found = check(tmp_path, cards)
    assert len(found) == 1, found
    assert "error duplicate-fact: same fact as port-us" in found[0], found
    assert "(same question but for spelling, same answer)" in found[0], found


def test_size_and_length_of_a_number_of_bits_are_one_measure(tmp_path):
    """ "tag length" / "tag size" in bits: the README's old miss; one digest's "length"
    and "size" in bits and bytes are one fact."""
    found = check(
        tmp_path / "a",
        limits(("AES-GCM authentication tag length", "128 bits"), ("AES-GCM tag size", "96 bits")),
    )
    assert len(found) == 1 and "warning similar-fact: possibly conflicting" in found[0], found
    found = check(
        tmp_path / "b",
        limits(("SHA-256 digest length", "256 bits"), ("SHA-256 digest size", "32 bytes")),
    )
    assert len(found) == 1 and "error duplicate-fact" in found[0], found
