"""The fact checks on a general chemistry deck as a student writes one: a formula's
charge typed with a caret ("SO4^2-") or raised ("SO₄²⁻"). Each test failed before its
fix."""

from __future__ import annotations

import pytest

from cheatdeck.checks.normalize import fold

from conftest import check_cards as check


@pytest.mark.parametrize(
    ("caret", "raised"),
    [
        ("SO4^2-", "SO₄²⁻"),
        ("SO4^{2-}", "SO₄²⁻"),
        ("NH4^+", "NH₄⁺"),
        ("PO4^3−", "PO₄³⁻"),
        ("Ca^2+", "Ca²⁺"),
    ],
)
def test_a_charge_typed_with_a_caret_is_the_raised_charge(caret, raised):
    assert fold(caret) == fold(raised)


@pytest.mark.parametrize(
    ("a", "b"),
    [("10^-3", "10-3"), ("10^3", "103"), ("2^-1", "2-1")],
)
def test_a_caret_before_a_power_is_no_charge(a, b):
    """A power (of ten, a negative one) is not a charge: its caret stays."""
    assert fold(a) != fold(b)


def test_one_ion_typed_two_ways_is_a_duplicate_not_a_conflict(tmp_path):
    found = check(
        tmp_path,
        "- {id: a, kind: qa, question: Formula of the sulfate ion?, answer: SO4^2-}\n"
        "- {id: b, kind: qa, question: Formula of the sulfate ion?, answer: SO₄²⁻}",
    )
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


def limits(first: tuple[str, str, str], second: tuple[str, str, str]) -> str:
    return "\n".join(
        f"- {{id: l{n}, kind: limit, subject: {subject!r}, value: {value!r}, unit: {unit!r}}}"
        for n, (subject, value, unit) in enumerate((first, second))
    )


def test_kelvin_rounded_from_celsius_is_no_conflict(tmp_path):
    """78.37 °C is 351.52 K: "351.5 K" is it rounded to the tenth it writes (its "K"
    may also be read as a thousand, which kept the two readings from being compared)."""
    found = check(
        tmp_path,
        limits(
            ("Boiling point of ethanol", "78.37", "°C"), ("Ethanol boiling point", "351.5", "K")
        ),
    )
    assert len(found) == 1 and found[0].startswith("warning similar-fact"), found
    assert "agree once rounded" in found[0], found


def test_kelvin_and_celsius_that_differ_still_conflict(tmp_path):
    found = check(
        tmp_path,
        limits(("Boiling point of ethanol", "78.37", "°C"), ("Ethanol boiling point", "355", "K")),
    )
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found


def test_kelvin_converted_both_ways_is_a_duplicate(tmp_path):
    """−196 °C is 77.15 K, and 77 K is −196.15 °C: each the other rounded to its own
    last digit, one value written twice."""
    found = check(
        tmp_path,
        limits(("Boiling point of nitrogen", "−196", "°C"), ("Nitrogen boiling point", "77", "K")),
    )
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


@pytest.mark.parametrize(
    ("symbol", "name"),
    [
        ("C-14", "carbon-14"),
        ("Co-60", "Cobalt-60"),
        ("U-235", "uranium-235"),
        ("H-3", "hydrogen-3"),
    ],
)
def test_an_isotope_by_its_symbol_is_the_isotope_by_its_name(symbol, name):
    assert fold(f"Half-life of {symbol}") == fold(f"Half-life of {name}")


@pytest.mark.parametrize("text", ["iron-3", "tin-5", "Mercury-7", "Nylon-66", "Uranium-2"])
def test_a_name_with_a_number_no_isotope_has_is_left_as_written(text):
    """Iron has no isotope of mass 3, nor tin of mass 5; nylon is no element."""
    assert fold(text) == text.casefold().replace("-", " ")


def test_one_half_life_under_the_symbol_and_the_name_is_compared(tmp_path):
    """ "I-131 half-life" 8 hours against "Half-life of iodine-131" 8.02 days: one
    isotope, two values (nothing was found); C-14 and carbon-14 with one value: a
    duplicate."""
    found = check(
        tmp_path,
        "- {id: a, kind: limit, subject: Half-life of iodine-131, value: '8.02', unit: days}\n"
        "- {id: b, kind: limit, subject: I-131 half-life, value: '8', unit: hours}\n"
        "- {id: c, kind: limit, subject: Half-life of carbon-14, value: '5730', unit: years}\n"
        "- {id: d, kind: limit, subject: C-14 half-life, value: '5,730', unit: yr}",
    )
    assert len(found) == 2, found
    assert found[0].startswith("error conflicting-fact") and "'8 hours'" in found[0], found
    assert found[1].startswith("error duplicate-fact") and "'5,730 yr'" in found[1], found


def test_an_element_and_a_formula_as_items_of_one_list_are_two_terms(tmp_path):
    """ "NO: nitric oxide" and "No: nobelium" in one list were "the same item" with two
    answers, an error."""
    found = check(
        tmp_path,
        """
        - id: symbols
          kind: list
          title: Symbols that look alike
          items:
            - NO: nitric oxide
            - No: nobelium
            - CO: carbon monoxide
            - Co: cobalt
        """,
    )
    assert found == [], found


def test_a_sentence_s_first_word_in_capitals_is_still_one_question(tmp_path):
    """ "IN clause" / "In clause": the first word's case is a sentence's, not a symbol's
    ("In" is indium only where a sentence does not begin)."""
    found = check(
        tmp_path,
        "- {id: a, kind: qa, question: IN clause in SQL?, answer: Tests membership in a list}\n"
        "- {id: b, kind: qa, question: In clause in SQL?, answer: Tests membership in a list}",
    )
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


def charges(*answers: str) -> str:
    return "\n".join(
        f"- {{id: c{n}, kind: qa, question: Charge of the sulfide ion?, answer: {answer!r}}}"
        for n, answer in enumerate(answers)
    )


@pytest.mark.parametrize(("a", "b"), [("2−", "2+"), ("2-", "+2"), ("3+", "3−")])
def test_a_charge_with_its_sign_after_the_number_conflicts_with_the_other_sign(tmp_path, a, b):
    """'2−' and '2+' were "the same fact" (a duplicate-fact saying '2−' = '2+'): the
    sign after the digits was set aside."""
    found = check(tmp_path, charges(a, b))
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found


@pytest.mark.parametrize(("a", "b"), [("2−", "−2"), ("2-", "-2"), ("2+", "+2")])
def test_a_charge_written_with_its_sign_before_or_after_is_one_charge(tmp_path, a, b):
    """'2−' (as a charge is written) and '−2' (as an oxidation state is) conflicted."""
    found = check(tmp_path, charges(a, b))
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


@pytest.mark.parametrize(
    ("ion", "same", "other"),
    [
        ("NO₃⁻", "NO3-", "NO₃"),
        ("OH⁻", "OH-", "OH"),
        ("SO₄²⁻", "SO4^2-", "SO₄²"),
        ("Cl⁻", "Cl-", "Cl"),
    ],
)
def test_an_ion_s_minus_sign_is_kept(ion, same, other):
    """ "NO₃⁻" (nitrate) and "NO₃" were one answer: the fold set the raised minus aside."""
    assert fold(ion) == fold(same)
    assert fold(ion) != fold(other)


@pytest.mark.parametrize(
    ("star", "dot"),
    [("8.314 J/(mol*K)", "8.314 J/(mol·K)"), ("0.0821 L atm/(mol * K)", "0.0821 L atm/(mol·K)")],
)
def test_a_star_between_a_denominator_s_units_is_the_product_dot(star, dot):
    """A student types the product sign of "J/(mol·K)" as "*": one unit (probe110)."""
    assert fold(star) == fold(dot)


def test_a_star_in_code_after_no_number_is_kept():
    assert fold("x = a/(b*c)") != fold("x = a/(b·c)")


def test_a_gas_constant_with_a_starred_unit_is_a_duplicate(tmp_path):
    found = check(
        tmp_path,
        limits(("Gas constant R", "8.314", "J/(mol·K)"), ("Gas constant R", "8.314", "J/(mol*K)")),
    )
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


@pytest.mark.parametrize(
    ("powers", "over"),
    [
        ("8.314 J mol^-1 K^-1", "8.314 J/(mol·K)"),
        ("8.314 J·mol⁻¹·K⁻¹", "8.314 J/(mol·K)"),
        ("0.0821 L atm mol^-1 K^-1", "0.0821 L atm/(mol·K)"),
        ("3 m s^-1", "3 m/s"),
    ],
)
def test_units_with_the_power_minus_one_are_a_denominator(powers, over):
    """Kinetics and thermodynamics write "J mol⁻¹ K⁻¹" for "J/(mol·K)": one unit."""
    assert fold(powers) == fold(over)


def test_a_lone_factor_with_the_power_minus_one_is_kept():
    assert fold("2 x^-1") != fold("2/x")


def test_a_gas_constant_in_negative_powers_is_a_duplicate(tmp_path):
    found = check(
        tmp_path,
        limits(
            ("Gas constant R", "8.314", "J/(mol·K)"), ("Gas constant R", "8.314", "J mol^-1 K^-1")
        ),
    )
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found
