"""Shortcuts in the fact checks (speed107) that must answer as the slower code did.

Years were told by ``amount in range(1000, 2201)``: with a Fraction, ``range`` tests it
against each of its 1,201 numbers in turn (about 0.9 ms a number that is no year); they
are told by their bounds now. An acronym's spelling is looked for with each word's
capital initial taken once per clause, not once per run of words."""

from __future__ import annotations

from fractions import Fraction

from cheatdeck.checks.acronyms import spelt_out_in
from cheatdeck.checks.items import _calendar_year, _calendar_years
from cheatdeck.checks.similar import _years_among


def test_a_calendar_year_is_a_whole_number_from_1000_to_2199():
    assert _calendar_year(Fraction(1000)) and _calendar_year(Fraction(2199))
    assert not _calendar_year(Fraction(999)) and not _calendar_year(Fraction(2200))
    assert not _calendar_year(Fraction(3001, 2))  # 1500.5: no year
    assert _calendar_years("1914–1918") and not _calendar_years("1914.5–1918")


def test_years_among_a_limits_counts_are_whole_numbers_from_1000_to_2200():
    def years(*amounts, dimension="n"):
        return _years_among(frozenset((dimension, amount) for amount in amounts))

    assert years(Fraction(1000)) and years(Fraction(2200)) and years(Fraction(3), Fraction(1939))
    assert not years(Fraction(999)) and not years(Fraction(2201))
    assert not years(Fraction(3001, 2))  # 1500.5
    assert not years(Fraction(1939), dimension="kg")


def test_an_acronym_is_found_spelt_out_in_runs_of_two_to_five_words():
    assert list(spelt_out_in("What does a residual current device do?", {"RCD"})) == [
        ("RCD", "residual current device")
    ]
    # a run at a clause's end and one of five words; the first word may be capitalised
    assert list(spelt_out_in("Signs of the Glasgow Coma Scale, then", {"GCS"})) == [
        ("GCS", "Glasgow Coma Scale")
    ]
    five = "Define acute kidney injury network stage criteria"
    assert list(spelt_out_in(five, {"AKINS"})) == [("AKINS", "acute kidney injury network stage")]
    assert list(spelt_out_in("A grand prix", {"GP"})) == []  # two letters: a name in capitals
