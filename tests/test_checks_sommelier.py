"""The fact checks on cards a sommelier student writes for an exam: appellation rules
with residual sugar in g/L written out in words, and decks named for two countries at
once. Each test is a tiny corpus a newcomer could write; each failed before its fix."""

from __future__ import annotations

import pytest

from cheatdeck.checks.quantities import parse

from conftest import check_cards as check
from conftest import check_deck


@pytest.mark.parametrize(
    ("written", "short"),
    [
        ("45 grams per litre", "45 g/L"),
        ("45 grams per liter", "45 g/L"),
        ("45 grams/litre", "45 g/L"),
        ("2 milligrams per decilitre", "2 mg/dL"),
        ("5 mg per kilogram", "5 mg/kg"),
        ("3 mmol per litre", "3 mmol/L"),
    ],
)
def test_a_unit_per_litre_written_out_is_the_short_one(written, short):
    """ "grams per litre" is g/L: never a plain mass, which "45 mg" is."""
    assert parse(written) == parse(short), (parse(written), parse(short))
    assert parse(written) != parse(short.split("/")[0]), parse(written)


def test_residual_sugar_in_words_and_in_symbols_is_one_fact(tmp_path):
    cards = """
    - {id: a, kind: limit, subject: Sauternes minimum residual sugar, value: "45", unit: g/L}
    - id: b
      kind: qa
      question: What is the minimum residual sugar of Sauternes?
      answer: 45 grams per litre
    """
    found = check(tmp_path, cards)
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


def test_a_deck_named_for_two_countries_keeps_each_country_a_subject(tmp_path):
    """In a deck "Germany and Austria" a prompt's "German" names one of the deck's two
    subjects, not the deck every card is about: "German trocken" and "Austrian trocken"
    are two rules, even with one value. The same rule asked twice is still found."""
    two = """
    - {id: a, kind: limit, subject: Max residual sugar for German trocken, value: 9 g/L}
    - {id: b, kind: limit, subject: Max residual sugar for Austrian trocken, value: 9 g/L}
    """
    (tmp_path / "a").mkdir()
    assert check_deck(tmp_path / "a", "Germany and Austria", two) == []
    (tmp_path / "b").mkdir()
    rhone = two.replace("German", "Rhône").replace("Austrian", "Loire")
    assert check_deck(tmp_path / "b", "Rhône & Loire", rhone) == []
    one = """
    - {id: a, kind: limit, subject: Max residual sugar for German trocken, value: 9 g/L}
    - {id: b, kind: limit, subject: German trocken max residual sugar, value: 4 g/L}
    """
    (tmp_path / "c").mkdir()
    found = check_deck(tmp_path / "c", "Germany and Austria", one)
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_two_regions_of_a_deck_named_for_both_are_two_subjects(tmp_path):
    """ "Bordeaux red maximum yield" and "Burgundy red maximum yield" in a deck "Bordeaux
    and Burgundy" lost their deck words alike, and were one subject: a conflict, an
    error. Each names one of the deck's two regions: two rules."""
    cards = """
    - {id: a, kind: limit, subject: Bordeaux red maximum yield, value: "55", unit: hl/ha}
    - {id: b, kind: limit, subject: Burgundy red maximum yield, value: "50", unit: hl/ha}
    - {id: c, kind: limit, subject: Maximum yield for red Burgundy, value: "40", unit: hl/ha}
    """
    found = check_deck(tmp_path, "Bordeaux and Burgundy", cards)
    assert len(found) == 1 and "conflicting-fact: conflicts with c" in found[0], found


def test_two_temperatures_a_few_degrees_apart_are_no_conversion(tmp_path):
    """8–10 °C is 46–50 °F: "50–55 °F" under a prompt one word apart is no conversion
    of it, though 2 % of a temperature in kelvin (5.7 K, 10 °F) took it for one and
    called the two "nearly the same fact: merge them". A real conversion still is."""
    cards = """
    - {id: a, kind: limit, subject: Champagne serving temperature, value: 8–10 °C}
    - {id: b, kind: limit, subject: Sparkling serving temperature, value: 50–55 °F}
    """
    found = check(tmp_path / "a", cards)
    assert not any("nearly the same fact" in line for line in found), found
    cards = """
    - {id: a, kind: limit, subject: Espresso brewing temperature, value: 90–96 °C}
    - {id: b, kind: limit, subject: Espresso water temperature, value: 195–205 °F}
    """
    found = check(tmp_path / "b", cards)
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_a_measure_named_in_the_plural_is_the_measure(tmp_path):
    """A table "Serving temperatures" names its cells' measure as "Light red serving
    temperature" does: the plural kept the word "temperatures" as a word of its own, so
    the cell and the limit were two subjects and their two values went unseen."""
    cards = """
    - id: serving
      kind: table
      title: Serving temperatures
      row_header: Style
      columns: [Temperature]
      rows:
        Sparkling: [6–10 °C]
        Light red: [13–16 °C]
    - {id: red, kind: limit, subject: Light red serving temperature, value: 11–12 °C}
    """
    found = check(tmp_path, cards)
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_bare_numbers_under_a_column_that_is_a_unit_are_in_that_unit(tmp_path):
    """A table's columns "°C" and "°F" give its bare cells their unit: "13–16" under
    "°C" is 13–16 °C, which a limit "Light red serving temperature" of 11–12 °C
    contradicts (the bare numbers were compared as no temperature at all). A column
    named by a unit in the singular ("Year") names a date's part, not a count."""
    table = """
    - id: serving
      kind: table
      title: Serving temperatures
      row_header: Style
      columns: [°C, °F]
      rows:
        Sparkling: [6–10, 43–50]
        Light red: [13–16, 55–61]
    """
    found = check(
        tmp_path / "a",
        table + "- {id: red, kind: limit, subject: Light red serving temperature, value: 11–12 °C}",
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found
    # its cell "55–61" under "°F" is 13–16 °C converted: the same fact, no conflict
    same = "- {id: red, kind: limit, subject: Light red serving temperature, value: 13–16 °C}"
    found = check(tmp_path / "c", table + same)
    assert len(found) == 1 and "error duplicate-fact: 2 facts the same" in found[0], found
    years = """
    - id: growths
      kind: table
      title: Bordeaux classifications
      row_header: Classification
      columns: [Year]
      rows:
        Médoc and Sauternes: ["1855"]
    - {id: age, kind: limit, subject: Médoc and Sauternes classification age, value: 170 years}
    """
    assert check(tmp_path / "b", years) == []
