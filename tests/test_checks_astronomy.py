"""The fact checks on an astronomy deck as a newcomer writes one: powers of ten with
superscripts and a typographic minus, distances in AU, km and light-years, magnitudes
below zero, the same fact in two decks."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cheatdeck import pipeline


def check(tmp_path: Path, first: tuple[str, str], second: tuple[str, str]) -> list[str]:
    """Two cards, (subject, value) each, in two decks of one corpus compared whole: a
    limit, or a question when its subject ends in "?"."""
    cards = tmp_path / "cards"
    cards.mkdir()
    corpus = "name: a\ntitle: A\ndeck: Astro\nsettings:\n  fact_scope: corpus\n"
    (cards / "corpus.yaml").write_text(corpus, "utf-8")
    for deck, (subject, value) in (("Solar", first), ("Stars", second)):
        kind, prompt, answer = (
            ("qa", "question", "answer") if subject.endswith("?") else ("limit", "subject", "value")
        )
        topic = f"""\
            deck: {deck}
            title: {deck}
            cards:
              - id: {deck.lower()}-card
                kind: {kind}
                {prompt}: "{subject}"
                {answer}: "{value}"
            """
        (cards / f"{deck.lower()}.yaml").write_text(textwrap.dedent(topic), "utf-8")
    report = pipeline.check(cards).report
    return [f"{d.severity} {d.code}: {d.message}" for d in report.sorted()]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1.380649 × 10^−23 J/K", "1.380649e-23 J/K"),  # U+2212 after the caret
        ("1.380649e−23 J/K", "1.380649 × 10⁻²³ J/K"),
        ("6.674 × 10^−11 N·m²/kg²", "6.674 × 10⁻¹¹ N·m²/kg²"),
    ],
)
def test_a_typographic_minus_in_a_power_of_ten_is_a_minus(tmp_path, first, second):
    found = check(tmp_path, ("Boltzmann constant", first), ("Boltzmann constant", second))
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


def test_a_typographic_minus_in_a_power_of_ten_still_tells_two_values_apart(tmp_path):
    found = check(
        tmp_path,
        ("Boltzmann constant", "1.380649 × 10^−23 J/K"),
        ("Boltzmann constant", "1.380649e23 J/K"),
    )
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("How far is the Earth from the Sun?", "149.6 million km"),
            ("Distance from Earth to the Sun", "150.6 million km"),
        ),
        (("How far away is the Moon?", "384,400 km"), ("Distance to the Moon", "385,000 km")),
        (
            ("How far is the Earth from the Sun?", "149.6 million km"),
            ("Earth–Sun distance", "150.6 million km"),
        ),
    ],
)
def test_a_distance_asked_how_far_meets_the_distance_between_the_same_ends(tmp_path, first, second):
    found = check(tmp_path, first, second)
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found


def test_a_distance_to_another_place_is_another_fact(tmp_path):
    found = check(
        tmp_path,
        ("How far is Mars from the Sun?", "1.52 AU"),
        ("Distance from Earth to the Sun", "1 AU"),
    )
    assert found == [], found


def test_a_time_from_one_place_to_another_keeps_its_direction(tmp_path):
    found = check(
        tmp_path,
        ("Flight time from London to Paris", "75 min"),
        ("Flight time from Paris to London", "80 min"),
    )
    assert found == [], found


def check_cards(tmp_path: Path, cards_yaml: str) -> list[str]:
    """The findings on one topic of cards (YAML flow mappings, one a line)."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: a\ntitle: A\ndeck: Astro\n", "utf-8")
    topic = "deck: Solar\ntitle: Solar\ncards:\n" + textwrap.dedent(cards_yaml)
    (cards / "solar.yaml").write_text(topic, "utf-8")
    report = pipeline.check(cards).report
    return [f"{d.severity} {d.code}: {d.message}" for d in report.sorted()]


@pytest.mark.parametrize("allow", ["", ", allow: [km]"])
def test_a_rounded_value_does_not_hide_a_conflict_between_two_precise_ones(tmp_path, allow):
    """ "1 AU" equals "149.6 million km" and may be "150.6 million km" rounded; the two
    precise values conflict, with the "1 AU" card allowed to repeat the first or not."""
    found = check_cards(
        tmp_path,
        f"""\
        - {{id: au, kind: limit, subject: Earth–Sun distance, value: 1 AU{allow}}}
        - {{id: km, kind: limit, subject: Earth–Sun distance, value: 149.6 million km}}
        - {{id: typo, kind: limit, subject: Earth–Sun distance, value: 150.6 million km}}
        """,
    )
    conflicts = [f for f in found if f.startswith("error conflicting-fact")]
    assert len(conflicts) == 1, found
    assert "'149.6 million km' here, '150.6 million km' there" in conflicts[0]


def test_a_conflict_past_a_rounding_is_silenced_by_allow(tmp_path):
    found = check_cards(
        tmp_path,
        """\
        - {id: au, kind: limit, subject: Earth–Sun distance, value: 1 AU, allow: [km, typo]}
        - {id: km, kind: limit, subject: Earth–Sun distance, value: 149.6 million km, allow: [typo]}
        - {id: typo, kind: limit, subject: Earth–Sun distance, value: 150.6 million km}
        """,
    )
    assert found == [], found
