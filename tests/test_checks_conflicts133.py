"""The fact checks on two questions that ask one thing in other words, with answers that
cannot both be right (issue 18, the conflicts the pair sets showed going unfound):
"killed" / "slain" / "assassinated" / "murdered", "triggers" / "causes", "increment" /
"increase" (loose synonyms: a ``similar-fact`` warning at most, and only in prompts);
"How long does X live?" / "Lifespan of X" (one phrase read as one word, as "How often
does X occur?" is X's frequency), "Latin name" / "scientific name", "melting
temperature" / "melting point", "baby teeth" / "primary teeth" (not "adult teeth" /
"permanent teeth"), "Initial X value" / "Default value of X", "premiere" / "first
performed". Written in domains no pair set uses (primatology, Tudor England, chocolate
making, orchids, powerlifting, SVG, Elizabethan theatre), with the pairs that must stay
apart."""

from __future__ import annotations

import pytest

from conftest import card_pair
from conftest import check_facts as check


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Who killed the Princes in the Tower?",
            "Who murdered the Princes in the Tower?",
        ),
        ("Year Lord Darnley was killed?", "Year Lord Darnley was assassinated?"),
        ("Who killed the rebel Robert Aske?", "Who slew the rebel Robert Aske?"),
        (
            "Which hormone triggers milk let-down in gorillas?",
            "Which hormone causes milk let-down in gorillas?",
        ),
    ],
    ids=["killed-murdered", "killed-assassinated", "killed-slew", "triggers-causes"],
)
def test_a_deed_asked_with_a_loose_synonym_may_conflict(tmp_path, first, second):
    found = check(tmp_path, card_pair(first, second, ("Richard III", "Henry VII")))
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "possibly conflicting with b" in found[0], found


def test_a_deed_of_another_kind_stays_apart(tmp_path):
    # wounded is not killed: two questions, each with its own answer
    found = check(
        tmp_path,
        card_pair(
            "Who killed the rebel Robert Aske?",
            "Who wounded the rebel Robert Aske?",
            ("Henry VIII", "the Duke of Norfolk"),
        ),
    )
    assert found == [], found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("How long does a wild chimpanzee live?", "Lifespan of a wild chimpanzee"),
        ("How many years do wild chimpanzees live?", "Wild chimpanzee life span"),
        ("How long does a wild chimpanzee live?", "Lifetime of a wild chimpanzee"),
    ],
    ids=["how-long-lifespan", "how-many-years-life-span", "how-long-lifetime"],
)
def test_how_long_it_lives_asks_its_lifespan(tmp_path, first, second):
    found = check(tmp_path, card_pair(first, second, ("about 40 years", "about 15 years")))
    assert len(found) == 1, found
    assert "conflicting-fact" in found[0], found


def test_where_it_lives_is_no_lifespan(tmp_path):
    found = check(
        tmp_path,
        card_pair(
            "Where does a wild bonobo live?",
            "Lifespan of a wild bonobo",
            ("south of the Congo River", "about 40 years"),
        ),
    )
    assert found == [], found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("What is the Latin name of the bonobo?", "Scientific name of the bonobo"),
        ("What is the bonobo called in Latin?", "What is the scientific name of the bonobo?"),
        ("Botanical name of the moth orchid", "Scientific name of the moth orchid"),
    ],
    ids=["latin-name", "called-in-latin", "botanical-name"],
)
def test_a_latin_name_is_the_scientific_name(tmp_path, first, second):
    found = check(tmp_path, card_pair(first, second, ("Pan paniscus", "Pan troglodytes")))
    assert len(found) == 1, found
    assert "possibly conflicting with b" in found[0] or "conflicting-fact" in found[0], found


def test_a_melting_temperature_is_the_melting_point(tmp_path):
    found = check(
        tmp_path,
        card_pair(
            "Melting point of cocoa butter form V?",
            "Melting temperature of cocoa butter form V?",
            ("34 °C", "45 °C"),
        ),
    )
    assert len(found) == 1, found
    assert "conflicting-fact" in found[0], found


def test_an_increment_is_an_increase(tmp_path):
    found = check(
        tmp_path,
        card_pair(
            "Smallest increment of the bar load in powerlifting?",
            "Smallest increase of the bar load in powerlifting?",
            ("2.5 kg", "5 kg"),
        ),
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "possibly conflicting with b" in found[0], found


def test_an_increment_is_no_decrement(tmp_path):
    found = check(
        tmp_path,
        card_pair(
            "Smallest increment of the bar load in powerlifting?",
            "Smallest decrement of the bar load in powerlifting?",
            ("2.5 kg", "5 kg"),
        ),
    )
    assert found == [], found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Number of milk teeth of a chimpanzee", "Number of primary teeth of a chimpanzee"),
        ("Number of baby teeth of a gorilla", "Number of deciduous teeth of a gorilla"),
    ],
    ids=["milk-primary", "baby-deciduous"],
)
def test_baby_teeth_are_the_primary_teeth(tmp_path, first, second):
    found = check(tmp_path, card_pair(first, second, ("20", "24")))
    assert len(found) == 1, found
    assert "conflicting-fact" in found[0], found


def test_primary_and_permanent_teeth_stay_apart(tmp_path):
    found = check(
        tmp_path,
        card_pair(
            "Number of baby teeth of a chimpanzee",
            "Number of adult teeth of a chimpanzee",
            ("20", "32"),
        ),
    )
    assert found == [], found


def test_an_initial_value_with_its_property_between_is_the_default(tmp_path):
    found = check(
        tmp_path,
        card_pair(
            "Initial stroke-width value in SVG",
            "Default value of stroke-width in SVG",
            ("1", "0"),
        ),
    )
    assert len(found) == 1, found
    assert "conflicting-fact" in found[0] and "'1' here, '0' there" in found[0], found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Year of the premiere of The Spanish Tragedy",
            "When was The Spanish Tragedy first performed?",
        ),
        ("When did Tamburlaine premiere?", "When was Tamburlaine first staged?"),
    ],
    ids=["premiere-first-performed", "premiered-first-staged"],
)
def test_a_premiere_is_the_first_performance(tmp_path, first, second):
    found = check(tmp_path, card_pair(first, second, ("1587", "1592")))
    assert len(found) == 1, found
    assert "conflicting-fact" in found[0] or "possibly conflicting with b" in found[0], found


def test_a_premiere_is_no_later_performance(tmp_path):
    found = check(
        tmp_path,
        card_pair(
            "When did Tamburlaine premiere?",
            "When was Tamburlaine last performed at court?",
            ("1587", "1597"),
        ),
    )
    assert found == [], found
