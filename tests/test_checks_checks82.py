"""The fact checks on the kinds of card the fifty-fourth held-out set showed them missing
or misreading (tests/data/fact_pairs_unseen54.txt, on philately, x86 assembly, geology
and yoga cards): each test is a general rule, written here with other words on other
subjects."""

from __future__ import annotations

import pytest

from cheatdeck.checks.compounds import formula_and_name

from conftest import check_facts_padded as check


@pytest.mark.parametrize(
    ("formula", "name"),
    [
        ("NaCl", "sodium chloride"),
        ("Ca(OH)2", "Calcium hydroxide"),
        ("Fe2O3", "iron(III) oxide"),
        ("Fe2O3", "iron (III) oxide"),
        ("Al2O3", "aluminium oxide"),
        ("(NH4)2SO4", "ammonium sulfate"),
        ("NaHCO3", "sodium hydrogen carbonate"),
        ("CuSO₄·5H₂O", "copper(II) sulfate pentahydrate"),
        ("SO2", "sulfur dioxide"),
        ("N2O4", "dinitrogen tetroxide"),
        ("Solid CO2", "solid carbon dioxide"),
    ],
)
def test_a_formula_and_its_name_hold_one_compound(formula, name):
    assert formula_and_name(formula, name) and formula_and_name(name, formula)


@pytest.mark.parametrize(
    ("formula", "name"),
    [
        ("CO", "carbon dioxide"),  # the prefix counts
        ("FeO", "iron(III) oxide"),  # the numeral is the charge
        ("Na2SO4", "sodium sulfite"),  # another anion
        ("KCl", "sodium chloride"),  # another cation
        ("Solid CO2", "liquid carbon dioxide"),  # another word beside it
        ("NaCl", "NaCl"),  # no name
    ],
)
def test_a_formula_and_another_name_are_two_compounds(formula, name):
    assert not formula_and_name(formula, name)


def test_a_formula_and_its_name_answer_one_question_alike(tmp_path):
    # "NaCl" and "sodium chloride" were two short answers that cannot both be right: a
    # conflicting-fact error on one fact written as a formula and in words
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What is rock salt mostly made of?
          answer: NaCl
        - id: b
          kind: qa
          question: What is rock salt mostly made of?
          answer: Sodium chloride
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0], found


def test_a_formula_and_another_compound_still_conflict(tmp_path):
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What is rock salt mostly made of?
          answer: NaCl
        - id: b
          kind: qa
          question: What is rock salt mostly made of?
          answer: potassium chloride
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_how_old_asks_the_age_of_a_span(tmp_path):
    # "How old is X?" answered in years asks what "What is the age of X?" asks
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: How old is the Methuselah bristlecone pine?
          answer: 4,850 years
        - id: b
          kind: qa
          question: What is the age of the Methuselah bristlecone pine?
          answer: 4,000 years
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_how_big_asks_the_size_of_data(tmp_path):
    # "How big is X?" answered in bits or bytes asks X's "size", as it does of a length
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: How big is an IPv6 address?
          answer: 128 bits
        - id: b
          kind: limit
          subject: Size of an IPv6 address
          value: 16 bytes
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0], found


def test_how_big_across_asks_a_diameter(tmp_path):
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: How big is a golf ball across?
          answer: 42.67 mm
        - id: b
          kind: limit
          subject: Golf ball diameter
          value: 4.267 cm
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0], found


def test_how_big_around_asks_a_circumference(tmp_path):
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: How big around is a size 7 basketball?
          answer: 75 cm
        - id: b
          kind: qa
          question: What is the circumference of a size 7 basketball?
          answer: 80 cm
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_how_wide_across_stays_a_width(tmp_path):
    # only a size ("big", "large") asked across is a diameter: a width stays a width
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: How wide is a badminton court across?
          answer: 6.1 m
        - id: b
          kind: limit
          subject: Badminton court diameter
          value: 6.1 m
        """,
    )
    assert not any("duplicate-fact" in line for line in found), found


@pytest.mark.parametrize(
    ("first", "second"),
    [("INT 21h", "int 0x21"), ("&H3F8", "0x3F8"), ("$C000", "0xC000"), ("0FFh", "0xff")],
)
def test_a_hexadecimal_number_in_another_notation_is_one_answer(tmp_path, first, second):
    # Intel's "21h", BASIC's "&H3F8" and the 6502's "$C000" write what C writes "0x...":
    # "21h" read as hours and "&H3F8" as a word were answers that cannot both be right
    found = check(
        tmp_path,
        f"""
        - id: a
          kind: qa
          question: Which address does the serial port use on this board?
          answer: "{first}"
        - id: b
          kind: qa
          question: Which address does the serial port use on this board?
          answer: "{second}"
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0], found


def test_another_hexadecimal_number_is_no_duplicate(tmp_path):
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: Which I/O port does COM1 use?
          answer: 3F8h
        - id: b
          kind: qa
          question: Which I/O port does COM1 use?
          answer: 0x2F8
        """,
    )
    assert found and not any("duplicate-fact" in line for line in found), found


def test_number_one_in_words_is_number_1(tmp_path):
    # "one" stays a word ("Which one ...?"), but after "number" it is the digit
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: Which element is number one in the periodic table?
          answer: Hydrogen
        - id: b
          kind: qa
          question: Which element is number 1 in the periodic table?
          answer: Helium
        """,
    )
    assert len(found) == 1 and "b" in found[0] and "similar-fact" in found[0], found


def test_number_one_hundred_stays_a_hundred():
    from cheatdeck.checks.normalize import content_words, fold

    assert content_words(fold("number one hundred")) == ["num", "100"]


def test_a_question_asked_the_other_way_with_a_loose_synonym_in_its_answer(tmp_path):
    # a prompt's "baby" folds to "infant" (a loose synonym); the other card's answer
    # "Baby powder" must fold alike for the question asked the other way to be found
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What is Babypuder?
          answer: Baby powder
        - id: b
          kind: qa
          question: Baby powder in German?
          answer: Babypuder
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found
