"""The fact checks on the kinds of card the thirty-seventh held-out set showed them
missing, or judging wrong (tests/data/fact_pairs_unseen37.txt): each test is a general
rule, met there on pulmonology, Fortran, jewelry-making or handball cards and written
here with other words (most on other subjects)."""

from __future__ import annotations

import pytest

from conftest import check_facts as check


@pytest.mark.parametrize(
    ("exact", "rounded"),
    [
        ("78.37 °C", "about 78 °C (173 °F)"),
        ("1064.18 °C", "1064 °C (1948 °F)"),
        ("0.9 m", "3 ft (0.914 m)"),
    ],
)
def test_a_rounded_value_with_its_conversion_in_brackets_is_no_conflict(tmp_path, exact, rounded):
    # a value and its conversion in brackets, both rounded, agree with the exact value:
    # a warning that they agree once rounded, never a conflict
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: limit, subject: Boiling point of the sample, value: "{exact}"}}
        - {{id: b, kind: limit, subject: Boiling point of the sample, value: "{rounded}"}}
        """,
    )
    assert len(found) == 1 and "agree once rounded" in found[0], found


def test_a_value_and_its_conversion_far_from_another_still_conflict(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Boiling point of the sample, value: "78.37 °C"}
        - {id: b, kind: limit, subject: Boiling point of the sample, value: "90 °C (194 °F)"}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_a_fine_precious_metal_is_the_pure_one(tmp_path):
    # "fine gold" is pure gold: two densities of it conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Density of fine gold, value: 19.3 g/cm3}
        - {id: b, kind: limit, subject: Density of pure gold, value: 21.4 g/cm3}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_fine_alone_stays_its_own_word(tmp_path):
    # a fine (a penalty) is no "pure" anything
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the fine for parking here?, answer: 50 euros}
        - {id: b, kind: qa, question: What is pure for parking here?, answer: 80 euros}
        """,
    )
    assert not any("conflicting-fact" in line for line in found), found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a measure's "size" is its "dimensions"
        ("Tennis court size?", "Tennis court dimensions?"),
        # an organism asked as the bacterium it is
        ("Which bacterium causes cholera?", "What organism causes cholera?"),
        # a nerve "supplies" what it "innervates"
        ("Which nerve innervates the deltoid?", "What nerve supplies the deltoid?"),
        # a gene "mutated" in a disease is the "defective" one
        (
            "Which gene is mutated in sickle cell disease?",
            "What gene is defective in sickle cell disease?",
        ),
        # "per side" is "per team"
        ("How many players per team in water polo?", "Number of players per side in water polo?"),
    ],
)
def test_near_synonyms_ask_nearly_the_same(tmp_path, first, second):
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{first}", answer: Vibrio lapis}}
        - {{id: b, kind: qa, question: "{second}", answer: Saxum ignotum}}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_list_title_word_compared_as_its_looser_synonym_is_still_context(tmp_path):
    # "bacteria" in the title is compared as "organism", in the item's words as in the
    # title's: the title stays context the question may leave out
    found = check(
        tmp_path,
        """
        - {id: a, kind: list, title: Yogurt bacteria, items: [
            {Lactobacillus bulgaricus: "Ferments lactose to lactic acid, souring the milk"}]}
        - {id: b, kind: qa, question: What does L. bulgaricus do?,
           answer: "Ferments lactose into lactic acid, which sours milk"}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


@pytest.mark.parametrize("adjective", ["big", "large"])
def test_how_big_asks_the_size(tmp_path, adjective):
    # "How big is X?" answered with lengths asks X's size: another size conflicts
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: limit, subject: Size of a badminton court, value: 13.4 m × 6.1 m}}
        - {{id: b, kind: qa, question: How {adjective} is a badminton court?,
           answer: 15 m × 8 m}}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_how_big_of_a_count_is_left_as_written(tmp_path):
    # "How big is the squad?" asks a number of players, never a "size" of lengths
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Size of the squad bus, value: 12 m}
        - {id: b, kind: qa, question: How big is the squad?, answer: 16 players}
        """,
    )
    assert found == [], found


@pytest.mark.parametrize("written", ["9K", "9 kt", "9ct", "9-carat"])
def test_karats_of_gold_however_written(tmp_path, written):
    # "9K gold" is "9 karat gold": two gold contents of it conflict
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: limit, subject: Gold content of {written} gold, value: 37.5%}}
        - {{id: b, kind: limit, subject: Gold content of 9 karat gold, value: 41.7%}}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_a_k_before_no_gold_is_no_karat(tmp_path):
    # "4 K" of helium is a temperature, never a karat
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Boiling point of helium at 4 K pressure, value: 1 bar}
        - {id: b, kind: limit, subject: Boiling point of helium at 4 karat pressure, value: 2 bar}
        """,
    )
    assert not any("conflicting-fact" in line for line in found), found


def test_a_call_spaced_before_its_bracket_is_the_command(tmp_path):
    # "allocate (v(m))" is the call ``allocate(v(m))`` with a space most languages
    # ignore, a call in its brackets too: the question answered with it asks the
    # command's task
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Reserve room for m values in array v,
           command: allocate(v(m))}
        - {id: b, kind: qa, question: How do you reserve room for m values in array v?,
           answer: allocate (v(m))}
        """,
    )
    assert len(found) == 1 and "similar-fact: nearly the same fact" in found[0], found


@pytest.mark.parametrize(
    "other",
    ["What is the treatment of choice for anaphylaxis?", "First-line therapy for anaphylaxis?"],
)
def test_the_drug_of_choice_and_the_treatment_of_choice_ask_nearly_the_same(tmp_path, other):
    # a warning only: the treatment of choice may be an operation, the drug another card
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: What is the drug of choice for anaphylaxis?,
           answer: intramuscular adrenaline}}
        - {{id: b, kind: qa, question: "{other}", answer: an oral antihistamine}}
        """,
    )
    assert len(found) == 1 and "similar-fact: possibly conflicting" in found[0], found
