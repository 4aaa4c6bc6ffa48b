"""The checks on corpora in domains first tried here: driving rules, meteorology and
earth science (speeds in mph, km/h and knots, per mille, "Ma" for million years ago,
"Min." for a minimum)."""

# ruff: noqa: E501 - cards written one a line, as in a topic file

from __future__ import annotations

import pytest
from test_checks_unseen import check

from cheatdeck.checks.normalize import content_words, fold
from cheatdeck.checks.quantities import equal_values, parse, rounded_alike


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("0.5 ‰", "0.05 %"),  # a blood alcohol limit, per mille and percent
        ("0.5‰", "0.05%"),
        ("30 m/s", "108 km/h"),
        ("100 kph", "100 km/h"),
        ("66 Ma", "66 million years ago"),
        ("4.5 Ga", "4.5 billion years"),
        ("12 ka", "12,000 years ago"),
    ],
)
def test_the_same_value_in_other_units(a, b):
    assert equal_values(parse(a), parse(b)), (parse(a), parse(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("70 mph", "112 km/h"),  # 112.65 km/h, written whole
        ("64 knots", "119 km/h"),  # 118.5 km/h
        ("30 mph", "48 km/h"),
    ],
)
def test_a_speed_rounded_in_another_unit_may_be_right(a, b):
    assert not equal_values(parse(a), parse(b))
    assert rounded_alike(a, b)


@pytest.mark.parametrize(("a", "b"), [("70 mph", "80 km/h"), ("0.5 ‰", "0.5 %")])
def test_other_speeds_and_levels_differ(a, b):
    assert not equal_values(parse(a), parse(b)) and not rounded_alike(a, b)


def test_min_before_a_word_is_a_minimum_after_a_number_minutes():
    assert (
        content_words(fold("Min. sustained wind of a hurricane"))[0]
        == (content_words(fold("Minimum sustained wind of a hurricane"))[0])
    )
    assert content_words(fold("timeout 5 min")) == content_words(fold("timeout 5 minutes"))
    assert content_words(fold("Min. wind")) != content_words(fold("Minutes of wind"))


def test_a_speed_limit_in_mph_and_km_h_is_no_conflict(tmp_path):
    lines = check(
        tmp_path,
        {
            "Driving": """
            - {id: mway, kind: limit, subject: UK motorway speed limit for cars, value: 70, unit: mph}
            - {id: mway-kmh, kind: limit, subject: Speed limit for cars on UK motorways, value: 112, unit: km/h}
            - {id: bac, kind: limit, subject: Blood alcohol limit in Germany, value: 0.5, unit: ‰}
            - {id: bac-pct, kind: limit, subject: Germany blood alcohol limit, value: 0.05, unit: "%"}
            - {id: bac-fr, kind: limit, subject: Blood alcohol limit in France, value: 0.2, unit: "%"}
            - {id: bac-fr2, kind: limit, subject: France blood alcohol limit, value: 0.5, unit: ‰}
            """
        },
    )
    text = "\n".join(lines)
    assert not any("mway" in line and "error" in line for line in lines), text
    assert any("warning similar-fact" in line and "'70 mph'" in line for line in lines), text
    assert any("error duplicate-fact" in line and "'0.5 ‰' = '0.05 %'" in line for line in lines), (
        text
    )
    assert any("error conflicting-fact" in line and "bac-fr2" in line for line in lines), text


def test_a_minimum_wind_speed_abbreviated_is_the_same_subject(tmp_path):
    lines = check(
        tmp_path,
        {
            "Meteorology": """
            - {id: wind, kind: limit, subject: Minimum sustained wind speed of a hurricane, value: 64, unit: knots}
            - {id: wind-kmh, kind: limit, subject: Min. sustained wind speed of a hurricane, value: 119, unit: km/h}
            - {id: gale, kind: limit, subject: Min. sustained wind speed of a gale, value: 34, unit: knots}
            - {id: gale-2, kind: limit, subject: Minimum sustained wind speed of a gale, value: 40, unit: knots}
            """
        },
    )
    text = "\n".join(lines)
    # 64 knots is 118.5 km/h, 119 km/h is 64.3 knots: one value in two units
    assert any("error duplicate-fact" in line and "'64 knots'" in line for line in lines), text
    assert any("error conflicting-fact" in line and "gale-2" in line for line in lines), text


def test_a_definition_with_one_word_swapped_is_no_duplicate(tmp_path):
    lines = check(
        tmp_path,
        {
            "Meteorology": """
            - {id: dew, kind: concept, term: Dew point, definition: The temperature at which air becomes saturated.}
            - {id: dew-2, kind: concept, term: Dew point, definition: The temperature at which air becomes unstable.}
            - {id: kerning, kind: concept, term: Kerning, definition: Adjusting the space between two particular letters.}
            - {id: kerning-2, kind: concept, term: Kerning, definition: Adjusting the space between two particular letters in a word.}
            """
        },
    )
    text = "\n".join(lines)
    assert not any("duplicate-fact" in line and "dew-2" in line for line in lines), text
    assert any("similar-fact" in line and "dew-2" in line for line in lines), text
    assert any("error duplicate-fact" in line and "kerning-2" in line for line in lines), text


def test_section_and_paragraph_signs_are_words(tmp_path):
    lines = check(
        tmp_path,
        {
            "Typography": """
            - {id: section, kind: qa, question: What does the § sign mark?, answer: A section}
            - {id: pilcrow, kind: qa, question: What does the ¶ sign mark?, answer: A paragraph}
            - {id: theft, kind: qa, question: Which section of the StGB is theft?, answer: § 242 StGB}
            - {id: theft-2, kind: qa, question: Which section of the StGB is theft?, answer: §242 StGB}
            """
        },
    )
    text = "\n".join(lines)
    assert not any("pilcrow" in line for line in lines), text
    assert any("error duplicate-fact" in line and "theft-2" in line for line in lines), text


def test_anticlockwise_is_counter_clockwise(tmp_path):
    lines = check(
        tmp_path,
        {
            "Meteorology": """
            - {id: spin, kind: qa, question: Which way do hurricanes spin in the Northern Hemisphere?, answer: Counter-clockwise}
            - {id: spin-2, kind: qa, question: Which way do hurricanes spin in the Northern Hemisphere?, answer: Anticlockwise}
            - {id: spin-3, kind: qa, question: Which way do hurricanes spin in the Northern Hemisphere?, answer: Clockwise}
            """
        },
    )
    text = "\n".join(lines)
    assert any("error duplicate-fact" in line and "spin-2" in line for line in lines), text
    # "Clockwise" is the answer turned: a conflict (it was a warning, a possible conflict)
    assert any("error conflicting-fact" in line and "spin-3" in line for line in lines), text


def test_a_word_and_its_short_form_are_no_swap(tmp_path):
    lines = check(
        tmp_path,
        {
            "Law": """
            - {id: gdpr, kind: qa, question: Where in the GDPR is purpose limitation?, answer: Art. 5(1)(b)}
            - {id: gdpr-2, kind: qa, question: Where in the GDPR is purpose limitation?, answer: Article 5(1)(b)}
            """
        },
    )
    assert any("error duplicate-fact" in line and "gdpr-2" in line for line in lines), lines
