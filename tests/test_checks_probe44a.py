"""Pairs of cards met on a stranger's organic-chemistry corpus that the fact checks
judged wrongly: each test is a general rule, written here with other words."""

from __future__ import annotations

from conftest import check_deck
from conftest import check_facts as check


def test_a_unit_with_a_negative_power_is_not_that_unit(tmp_path):
    # "1000 cm⁻¹" (a wavenumber) is no 10 m, "5 s⁻¹" (a rate) no 5 s, and "9.81 m/s²"
    # no 9.81 m/s: at most a possible conflict, never the same value
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Wavenumber of the laser line, value: "1000", unit: cm⁻¹}
        - {id: b, kind: limit, subject: Wavenumber of the laser line, value: "10", unit: m}
        - {id: c, kind: limit, subject: Rate constant of the decay, value: "5", unit: s^-1}
        - {id: d, kind: limit, subject: Rate constant of the decay, value: "5", unit: s}
        - {id: e, kind: limit, subject: Standard gravity, value: "9.81", unit: m/s²}
        - {id: f, kind: limit, subject: Standard gravity, value: "9.81", unit: m/s}
        """,
    )
    assert len(found) == 3 and all("warning similar-fact" in line for line in found), found


def test_a_reciprocal_unit_in_two_scales_is_no_certain_conflict(tmp_path):
    # "1000 cm⁻¹" and "100000 m⁻¹" are one value: never 10 m against 100000 m
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Spatial frequency of a grating, value: "1000", unit: cm⁻¹}
        - {id: b, kind: limit, subject: Spatial frequency of a grating, value: "100000", unit: m⁻¹}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found


def test_a_negative_power_written_three_ways_is_one_unit(tmp_path):
    # "cm⁻¹", "cm^-1" and "cm-1" as typed: one value, or two that conflict; "mol L⁻¹" is
    # "mol/L"
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Wavenumber of the pump line, value: "1500", unit: cm⁻¹}
        - {id: b, kind: limit, subject: Wavenumber of the pump line, value: "1500", unit: cm-1}
        - {id: c, kind: limit, subject: Raman shift of the ring mode, value: "1500", unit: cm⁻¹}
        - {id: d, kind: limit, subject: Raman shift of the ring mode, value: "1600", unit: cm^-1}
        - {id: e, kind: limit, subject: Molarity of the stock solution, value: "3", unit: mol L⁻¹}
        - {id: f, kind: limit, subject: Molarity of the stock solution, value: "3", unit: mol/L}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact" in found[0] and "'1500 cm⁻¹' = '1500 cm-1'" in found[0], found
    assert "error conflicting-fact" in found[1], found
    assert "error duplicate-fact" in found[2] and "mol/L" in found[2], found


def test_numbers_in_words_traded_between_the_things_they_count_are_no_duplicate(tmp_path):
    # "one oxygen and two hydrogens" / "two oxygens and one hydrogen": the same words and
    # numbers, each number counting the other's thing; as with digits ("1 σ and 2 π" /
    # "2 σ and 1 π"), a possible conflict, never the same fact
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Legs of a tripod stool?, answer: one seat and three legs}
        - {id: b, kind: qa, question: Legs of a tripod stool?, answer: three seats and one leg}
        - {id: c, kind: qa, question: Bonds in a nitrile?, answer: one σ and two π bonds}
        - {id: d, kind: qa, question: Bonds in a nitrile?, answer: two σ and one π bonds}
        """,
    )
    assert len(found) == 2 and all("warning similar-fact" in line for line in found), found


def test_the_same_counts_in_another_order_are_still_one_fact(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Eggs and flour in the batter?, answer: two eggs and one cup}
        - {id: b, kind: qa, question: Eggs and flour in the batter?, answer: one cup and two eggs}
        """,
    )
    assert len(found) == 1 and "error duplicate-fact" in found[0], found


def test_a_word_with_a_capital_inside_is_a_name_not_a_plain_word(tmp_path):
    # "pKb" is no rewording of "Kb": a symbol written with a capital inside ("pKa",
    # "iPad", "eBay") names a thing, as a capitalised word does (a prefixed unit, "kΩ"
    # or "mL", is no such name)
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Kb of the amine base, value: 4.4×10⁻⁴, unit: mol/L}
        - {id: b, kind: qa, question: Amine base pKb?, answer: ≈ 3.4}
        """,
    )
    assert found == [], found


def test_a_term_is_not_the_limit_whose_subject_names_it_in_brackets(tmp_path):
    # "Maximum loan-to-value ratio (mortgage)" measures something of a mortgage: the
    # bracket says what the limit is of, it is no other name of the term "Mortgage"
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Mortgage, definition: A loan secured on a house or flat.}
        - {id: b, kind: limit, subject: Loan-to-value ratio cap (mortgage), value: "95", unit: "%"}
        """,
    )
    assert found == [], found


def test_a_term_and_its_other_name_in_brackets_are_still_one_term(tmp_path):
    # two questions or terms that name one thing, one by its other name in brackets,
    # stay compared
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Sensitivity (true positive rate)?, answer: TP / (TP + FN)}
        - {id: b, kind: qa, question: True positive rate?, answer: TP / (TP + FP)}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_link_glued_to_a_word_with_no_address_is_named(tmp_path):
    # "N[C@@H](C)C(=O)O" (a SMILES string), "a[i](j)": Markdown reads a link there, and
    # every output shows "NC@@HC(=O)O" linking nowhere; in backticks it is code, and a
    # link with a real address, or one after a blank, is a link meant
    found = check_deck(
        tmp_path,
        "Notes",
        """
        - {id: a, kind: qa, question: SMILES of L-alanine?, answer: "N[C@@H](C)C(=O)O"}
        - {id: b, kind: qa, question: Element of x?, answer: "x[i](j) of the array"}
        - {id: c, kind: qa, question: SMILES of L-serine?, answer: "`N[C@@H](CO)C(=O)O`"}
        - id: d
          kind: qa
          question: Where are the rules?
          answer: In the[Blue Book](https://iupac.org/bluebook/) and [notes](notes.md)
        - {id: e, kind: cloze, text: "Alanine is {{c1::N[C@@H](C)C(=O)O}}"}
        """,
    )
    glued = [line for line in found if "glued-link" in line]
    assert len(glued) == 3, found
    assert "'N[C@@H](C)C(=O)O' outside backticks" in glued[0], glued
    assert "every output shows 'NC@@HC(=O)O'" in glued[0], glued
    assert "write it in backticks (`N[C@@H](C)C(=O)O`)" in glued[0], glued
    assert "'x[i](j)'" in glued[1], glued
    assert "of 'e'" in glued[2] and "'N[C@@H](C)C(=O)O'" in glued[2], glued


def test_a_long_word_with_a_bracket_is_read_in_time():
    # a 20,000-character word before a "](" took 11 s: the word is found once, not
    # again from each of its characters
    import time

    from cheatdeck.checks.completeness import glued_link_problems
    from cheatdeck.checks.fields import Text
    from cheatdeck.model import Loc

    place = Loc(file="t.yaml", line=1, col=1)
    texts = [Text(None, "answer", "a" * 20000 + "](x) and b[i](j)", place)]
    started = time.perf_counter()
    found = list(glued_link_problems(texts))
    assert time.perf_counter() - started < 2, "glued-link read a long word too slowly"
    assert len(found) == 1 and "'b[i](j)'" in found[0].message, found
