"""One value written in two units, as a gardener writes USDA zones in °F and °C: the
conversion is rounded, so the values are never equal, yet the fact is the same."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cheatdeck import pipeline


def check(tmp_path: Path, first: str, second: str) -> list[str]:
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: g\ntitle: G\ndeck: Garden\n", "utf-8")
    topic = f"""\
        deck: Zones
        title: Hardiness zones
        cards:
          - id: zone-a
            kind: limit
            subject: USDA zone 7a minimum winter temperature
            value: {first}
          - id: zone-b
            kind: limit
            subject: Minimum winter temperature of USDA zone 7a
            value: {second}
        """
    (cards / "zones.yaml").write_text(textwrap.dedent(topic), "utf-8")
    report = pipeline.check(cards).report
    return [f"{d.severity} {d.code}: {d.message}" for d in report.sorted()]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("0 to 5 °F", "−17.8 to −15 °C"),
        ("0 °F", "-17.8 °C"),
        ("6 ft", "1.8 m"),
        ("30 mph", "48 km/h"),
    ],
)
def test_one_value_in_two_units_is_a_duplicate(tmp_path, first, second):
    found = check(tmp_path, first, second)
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found
    assert f"'{first}' = '{second}'" in found[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1 h", "59 min"),  # 1 h is 60 min
        ("6 ft", "2 m"),  # 2 m is 6.6 ft
        ("5 GB", "5 GiB"),  # decimal and binary sizes differ
        ("0 °F", "-15 °C"),
    ],
)
def test_values_a_conversion_does_not_round_to_are_no_duplicate(tmp_path, first, second):
    found = check(tmp_path, first, second)
    assert found and not any("duplicate-fact" in line for line in found), found


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("2,5 kg", "2.5 kg", "error duplicate-fact"),  # a decimal comma, as most of Europe writes
        ("0,5 ‰", "0.05 %", "error duplicate-fact"),
        ("1.234,5 km", "1234.5 km", "error duplicate-fact"),
        ("2,5 kg", "5 kg", "error conflicting-fact"),  # was read as 5 kg: a duplicate
        ("3,14159 m", "14159 m", "error conflicting-fact"),
        ("1,000 m", "1 km", "error duplicate-fact"),  # three digits: thousands
    ],
)
def test_a_decimal_comma_is_a_decimal_point(tmp_path, first, second, expected):
    found = check(tmp_path, first, second)
    assert len(found) == 1 and found[0].startswith(expected), found


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("36 × 24 mm", "36x24mm", "error duplicate-fact"),
        ("1920 × 1080 px", "1920x1080 px", "error duplicate-fact"),
        ("36 × 24 mm", "36x25mm", "error conflicting-fact"),
    ],
    ids=["glued-mm", "glued-pixels", "glued-other"],
)
def test_two_sizes_joined_by_an_x_without_spaces_are_read(tmp_path, first, second, expected):
    """ "36x24mm" (a full-frame sensor) read as no number: against "36 × 24 mm" it was
    "possibly conflicting … fix one", and a glued "36x25mm" was no conflict."""
    found = check(tmp_path, first, second)
    assert len(found) == 1 and found[0].startswith(expected), found


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("4.25 in", "108 mm", "error duplicate-fact"),  # a golf hole: "in" at the value's end
        ("8.5 in × 11 in", "216 × 279 mm", "error duplicate-fact"),
        ("4.25 in", "5 in", "error conflicting-fact"),
    ],
)
def test_in_at_a_values_end_is_inches(tmp_path, first, second, expected):
    """ "4.25 in" was read as the number 4.25 ("in" a stop word): against "108 mm" it was
    only a warning. "in" followed by a word or a number stays a word ("1 in 10")."""
    found = check(tmp_path, first, second)
    assert len(found) == 1 and found[0].startswith(expected), found


def test_in_before_a_word_or_a_number_is_no_inch():
    from cheatdeck.checks.quantities import parse

    assert parse("1 in 10") == parse("1/10")  # a proportion (set 19), no inch
    assert parse("3 in 2012") == parse("3 or 2012")
    assert parse("5 in a row") == parse("5")
    assert parse("3 in, 4 out") == parse("3, 4")


def test_hexadecimal_is_no_size():
    from cheatdeck.checks.quantities import parse

    assert parse("0x1F") == parse("0x7fff") == frozenset()


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("ſix", "six"),
        ("sıx", "six"),
        ("SİX", "six"),
        ("nıneteen nınety-ſix", "1996"),
        ("the fıfth century", "the fifth century"),
    ],
)
def test_a_number_word_with_a_letter_read_as_ascii_is_that_number(text, same_as):
    """IGNORECASE reads "ſ" as "s" and "ı", "İ" as "i": such a number word was matched and
    then not found among the number words (a KeyError and a traceback from ``check``)."""
    from cheatdeck.checks.quantities import parse

    assert parse(text) == parse(same_as) != frozenset()


def test_a_long_s_in_a_value_is_checked_without_a_traceback(tmp_path):
    found = check(tmp_path, "ſix °F", "6 °F")
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


@pytest.mark.parametrize("text", ["Stage sıx cancer", "Stage SİX cancer", "stage ſix cancer"])
def test_a_number_word_after_a_numbered_name_with_a_letter_read_as_ascii(text):
    """ "Stage sıx" was matched as "Stage six", then not found among the number words."""
    from cheatdeck.checks.normalize import fold

    assert fold(text) == fold("Stage six cancer") == "stage vi cancer"


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("5 bıllıon", "5 billion"),
        ("5 BİLLİON", "5 billion"),
        ("3 decılıter per decılıter", "3 deciliter per deciliter"),
        ("3 mg per decılıtre", "3 mg per decilitre"),
        ("twıce", "twice"),
        ("TWİCE", "twice"),
    ],
)
def test_a_multiplier_or_unit_with_a_letter_read_as_ascii_is_that_word(text, same_as):
    """The multipliers, units and "per" words were looked up as written after an
    IGNORECASE match: "5 bıllıon" and "per decılıter" were a KeyError and a traceback
    from ``check`` (found by swapping ı, İ, ſ and the Kelvin sign into every word of the
    tables)."""
    from cheatdeck.checks.quantities import parse

    assert parse(text) == parse(same_as) != frozenset()


def test_an_ion_or_a_per_word_with_a_letter_read_as_ascii_is_no_traceback():
    from cheatdeck.checks.normalize import fold
    from cheatdeck.checks.quantities import _value_marks

    assert fold("lithium (Lı+)") == fold("lithium (Li+)")
    assert _value_marks("100 pods per ſecond") == _value_marks("100 pods per second")
