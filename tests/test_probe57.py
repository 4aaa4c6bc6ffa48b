"""A first-year chemistry student's corpus (probe57): formulas, units, math, mhchem.

A minus after ``=`` or ``(`` is a sign, set close to what it negates as TeX sets it
(``pH = −log[H⁺]``, ``ΔG° = −RT ln K``), and a formula the sheets cannot typeset for
mhchem's ``\\ce`` says so and gives the formula in Unicode characters.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from cheatdeck import pipeline
from cheatdeck.checks.mhchem import as_unicode
from cheatdeck.text import math_image, signs_as_written


def picture_width(latex: str) -> float:
    """The width, in em, of the sheets' picture of an inline formula."""
    made = math_image(latex, False)
    assert made is not None, latex
    return float(re.search(r"width:([\d.]+)em", made).group(1))


def test_a_minus_after_an_equals_sign_is_a_sign_not_a_subtraction():
    # TeX sets "= -\log" with no space between the minus and the log; ziamath alone
    # spaced it as a subtraction, "pH = − log[H⁺]"
    assert picture_width(r"\mathrm{pH} = -\log_{10}[H^+]") == picture_width(
        r"\mathrm{pH} = {-}\log_{10}[H^+]"
    )
    assert picture_width(r"\Delta G^\circ = -RT \ln K") == picture_width(
        r"\Delta G^\circ = {-}RT \ln K"
    )
    assert picture_width("(-1)^n") == picture_width("({-}1)^n")


def test_a_subtraction_a_charge_and_text_keep_their_minus_as_written():
    assert signs_as_written("a - b") == "a - b"
    assert signs_as_written("[A^-]") == "[A^-]"
    assert signs_as_written("x^{-1}") == "x^{-1}"
    assert signs_as_written(r"\text{a, -b} = -c") == r"\text{a, -b} = {-}c"
    assert picture_width("a - b") > picture_width("a {-} b")


def diagnostics(tmp_path: Path, cards: str) -> list[str]:
    """``check`` of one topic, ``chem.yaml``, holding ``cards``: each line as printed."""
    folder = tmp_path / "chem"
    folder.mkdir()
    (folder / "corpus.yaml").write_text("name: chem\ntitle: Chem\ndeck: Chem\n", "utf-8")
    body = textwrap.indent(textwrap.dedent(cards).strip(), "  ")
    (folder / "chem.yaml").write_text(f"deck: Ions\ntitle: Ions\ncards:\n{body}\n", "utf-8")
    report = pipeline.check(folder).report
    return [d.to_text().split("chem.yaml:", 1)[-1] for d in report.sorted()]


def test_mhchem_on_its_own_is_named_and_given_in_unicode(tmp_path):
    found = diagnostics(
        tmp_path,
        r"""
        - id: carbonate
          kind: concept
          term: '\(\ce{CO3^2-}\)'
          definition: The carbonate ion.
        - id: haber
          kind: qa
          question: What is the Haber process?
          answer: '\(\ce{N2 + 3H2 <=> 2NH3}\)'
        """,
    )
    assert len(found) == 2, found
    assert found[0].startswith("6:11: warning bad-math:"), found
    assert "mhchem's \\ce" in found[0] and "write CO₃²⁻ in its place" in found[0], found
    assert "write N₂ + 3H₂ ⇌ 2NH₃ in its place" in found[1], found


def test_another_unknown_command_is_named(tmp_path):
    (found,) = diagnostics(
        tmp_path,
        r"""
        - id: rate
          kind: qa
          question: What is the rate law?
          answer: '\(\rate = k[A]\)'
        """,
    )
    assert "they do not know \\rate" in found, found


def test_mhchem_formulas_in_unicode():
    assert as_unicode("SO4^2-") == "SO₄²⁻"
    assert as_unicode("Fe^{3+}") == "Fe³⁺"
    assert as_unicode("NH4+") == "NH₄⁺"
    assert as_unicode("Cu^2+ + 2e- -> Cu") == "Cu²⁺ + 2e⁻ → Cu"
    assert as_unicode("[Cu(NH3)4]^2+") == "[Cu(NH₃)₄]²⁺"
    assert as_unicode("CuSO4*5H2O") == "CuSO₄·5H₂O"
    assert as_unicode("AgCl(s)") == "AgCl(s)"
    assert as_unicode(r"\alpha") is None
    assert as_unicode("x_1") is None


def test_a_whole_kelvin_is_a_rounding_of_the_celsius_zero_not_a_conflict(tmp_path):
    found = diagnostics(
        tmp_path,
        """
        - id: zero-celsius
          kind: limit
          subject: 0 °C in kelvin
          value: "273.15"
          unit: K
        - id: zero-celsius-rounded
          kind: limit
          subject: 0 °C in kelvin
          value: "273"
          unit: K
        - id: boiling
          kind: limit
          subject: Boiling point of water in kelvin
          value: "373.15"
          unit: K
        - id: boiling-off
          kind: limit
          subject: Boiling point of water in kelvin
          value: "374"
          unit: K
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact" in found[0] and "agree once rounded" in found[0], found
    assert "error conflicting-fact" in found[1] and "'374 K'" in found[1], found


def test_avogadro_in_three_notations_is_one_value(tmp_path):
    found = diagnostics(
        tmp_path,
        """
        - id: caret
          kind: limit
          subject: Avogadro constant
          value: 6.022 × 10^23
          unit: mol⁻¹
        - id: raised
          kind: limit
          subject: Avogadro constant
          value: 6.022×10²³
          unit: mol⁻¹
        - id: e-notation
          kind: qa
          question: What is the Avogadro constant?
          answer: 6.022e23 per mole
        """,
    )
    assert len(found) == 1 and "error duplicate-fact" in found[0], found


def test_a_formula_in_sub_and_sup_tags_is_given_whole_in_unicode(tmp_path):
    (found,) = diagnostics(
        tmp_path,
        """
        - id: ammonium
          kind: concept
          term: NH<sub>4</sub><sup>+</sup>
          definition: The ammonium ion.
        """,
    )
    assert "warning raw-html" in found and "write NH₄⁺, each tag as its" in found, found
