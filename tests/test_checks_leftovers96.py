"""What the checks still got wrong on strangers' corpora (issue 18, leftovers96): a limit
against a table's cell, trailing zeros, initials of two letters, one dose of two drugs,
answers with their formula, hexadecimal notations, and warnings that say why."""

from __future__ import annotations

from conftest import check_facts_padded as check

# --- a subject that names a table's row with a gloss in brackets ---------------------


def test_a_row_label_glossed_in_brackets_names_the_cell_under_a_unit_heading(tmp_path):
    # a birding field guide: the table gives the wingspan in cm, the limit glosses the code
    found = check(
        tmp_path,
        """
        - {id: a, kind: table, title: Raptor wingspans, row_header: Code, columns: [cm, Bird],
           rows: {RTHA: ["124", Red-tailed hawk], COHA: ["77", Cooper's hawk]}}
        - {id: b, kind: limit, subject: RTHA (red-tailed hawk) wingspan, value: 110 cm}
        """,
    )
    assert len(found) == 1, found
    assert "error conflicting-fact" in found[0], found


def test_a_gloss_outside_the_brackets_names_the_cell_too(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: table, title: Glider speeds, row_header: Speed,
           columns: [Speed, Meaning],
           rows: {VNE: [270 km/h, never exceed], VA: [180 km/h, manoeuvring]}}
        - {id: b, kind: limit, subject: never-exceed speed (VNE), value: 250 km/h}
        """,
    )
    assert len(found) == 1, found
    assert "error conflicting-fact" in found[0], found


def test_a_gloss_the_table_does_not_bear_names_no_cell(tmp_path):
    # the row "Children" of a paracetamol table is not the amoxicillin dose for children
    found = check(
        tmp_path,
        """
        - {id: a, kind: table, title: Paracetamol by age, row_header: Patient,
           columns: [Dose], rows: {Children: [15 mg/kg], Adults: [1 g]}}
        - {id: b, kind: limit, subject: Amoxicillin dose (children), value: 25 mg/kg}
        """,
    )
    assert found == [], found


def test_a_number_under_a_unit_heading_in_capitals_is_in_that_unit(tmp_path):
    # "KCAL" over "389" is 389 kcal; a unit's symbol in capitals is no singular noun
    found = check(
        tmp_path,
        """
        - {id: a, kind: table, title: Energy of breakfast cereals, row_header: Cereal,
           columns: [KCAL], rows: {Oats: ["389"], Muesli: ["367"]}}
        - {id: b, kind: limit, subject: Oats energy, value: 389 kcal}
        """,
    )
    assert len(found) == 1, found
    assert "duplicate-fact" in found[0], found


# --- zeros that end a number's decimals -----------------------------------------------


def test_a_bare_number_with_trailing_zeros_is_the_value_with_its_unit(tmp_path):
    # "1.50" is "1.5": the bare number as the other card writes it before its unit
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Nominal voltage of an alkaline AA cell, value: 1.5 V}
        - {id: b, kind: qa, question: Which voltage does a fresh alkaline AA cell give?,
           answer: "1.50"}
        """,
    )
    assert len(found) == 1, found
    assert "nearly the same fact" in found[0], found
    assert "possibly conflicting" not in found[0], found


def test_a_version_with_a_trailing_zero_is_another_version(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which Python version added the walrus operator?,
           answer: "3.8"}
        - {id: b, kind: qa, question: Which Python release introduced the walrus operator?,
           answer: "3.80"}
        """,
    )
    assert len(found) == 1, found
    assert "possibly conflicting" in found[0], found


# --- a possible conflict says why both answers may be right -----------------------------


def test_a_dose_at_an_interval_against_one_as_often_a_day_says_why(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How often is ibuprofen taken for a sprain?,
           answer: 400 mg q8h}
        - {id: b, kind: qa, question: How often is ibuprofen taken for a sprain?,
           answer: 400 mg TID}
        """,
    )
    assert len(found) == 1, found
    assert "possibly conflicting" in found[0], found
    assert "(every 8 hours and 3 times a day: often the same schedule, not always)" in found[0]
    assert len(found[0].splitlines()) == 1, found


def test_a_dot_that_may_group_thousands_says_why(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Deposit for the flat in Lisbon, value: "2.400 €"}
        - {id: b, kind: qa, question: What is the deposit for the flat in Lisbon?,
           answer: "€2,400"}
        """,
    )
    assert len(found) == 1, found
    assert "'2.400' is 2,400 where a dot groups thousands, a decimal in English" in found[0]


def test_two_labelled_measures_say_why(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Yearly rate of the car loan, answer: 6.9% APR}
        - {id: b, kind: qa, question: What yearly rate does the car loan cost?,
           answer: 7.1% APY}
        """,
    )
    assert len(found) == 1, found
    assert "(APR and APY label two measures, each may be right)" in found[0], found


def test_two_values_with_no_known_reason_say_none(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the emergency phone number in Spain?,
           answer: "112"}
        - {id: b, kind: qa, question: Which phone number do you call in an emergency in Spain?,
           answer: "061"}
        """,
    )
    assert len(found) == 1, found
    assert "possibly conflicting" in found[0], found
    assert "'061' there; fix one" in found[0], found


# --- two letters the corpus defines as other words are no initials ----------------------


def test_two_letters_defined_otherwise_are_no_initials_inside_a_term(tmp_path):
    # a householder's deck: "BR" is a listing's bedroom, so "black rot" spells no "BR"
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: BR, definition: bedroom}
        - {id: b, kind: concept, term: Antidote to black rot, definition: Copper}
        """,
    )
    assert found == [], found


def test_two_letters_defined_otherwise_are_no_initials_of_a_whole_term(tmp_path):
    # a barista's deck: "CB" is the radio's citizens band, not cold brew
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: CB, definition: citizens band}
        - {id: b, kind: concept, term: Cold brew, definition: Coffee steeped cold for hours}
        """,
    )
    assert found == [], found


def test_two_letters_described_at_length_may_still_be_initials(tmp_path):
    # "The square root of the variance" describes SD, it does not spell it otherwise
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: SD, definition: The square root of the variance}
        - {id: b, kind: concept, term: Standard deviation, definition: Square root of the variance}
        """,
    )
    assert len(found) == 1, found


# --- one value for two things a prompt names last ----------------------------------------


def test_one_value_of_two_things_named_last_is_no_fact_told_twice(tmp_path):
    # a gardener's feeding chart: two plants happen to take the same amount
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Usual weekly feed of tomatoes?, answer: 20 g}
        - {id: b, kind: qa, question: Weekly liquid feed of courgettes?, answer: 20 g}
        """,
    )
    assert found == [], found


# --- hexadecimal numbers in two notations -------------------------------------------------


def test_two_hex_values_in_two_notations_conflict(tmp_path):
    # a retro-computing deck: the Z80's HALT is 76h, not 0x77
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Opcode of HALT on the Z80?, answer: 0x76}
        - {id: b, kind: qa, question: Opcode of HALT on the Z80?, answer: 77h}
        """,
    )
    assert len(found) == 1, found
    assert "error conflicting-fact" in found[0], found


# --- a compound's name with its formula ------------------------------------------------------


def test_a_name_with_its_formula_in_brackets_is_the_formula_alone(tmp_path):
    # a pool-keeper's deck: the shock is sodium hypochlorite, written two ways
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which compound is liquid pool chlorine?,
           answer: sodium hypochlorite (NaOCl)}
        - {id: b, kind: qa, question: Which compound is liquid pool chlorine?, answer: NaClO}
        - {id: c, kind: qa, question: What raises the pH of a pool?,
           answer: Na2CO3 (sodium carbonate)}
        - {id: d, kind: qa, question: What raises the pH of a pool?, answer: sodium carbonate}
        """,
    )
    assert len(found) == 2, found
    assert all("error duplicate-fact" in line for line in found), found


def test_a_name_with_its_formula_against_another_compound_conflicts_still(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What raises the pH of a pool?,
           answer: Na2CO3 (sodium carbonate)}
        - {id: b, kind: qa, question: What raises the pH of a pool?, answer: NaHCO3}
        """,
    )
    assert len(found) == 1, found
    assert "duplicate" not in found[0], found
