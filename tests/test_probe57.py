"""A first-year chemistry student's corpus (probe57): formulas, units, math, mhchem.

A minus after ``=`` or ``(`` is a sign, set close to what it negates as TeX sets it
(``pH = −log[H⁺]``, ``ΔG° = −RT ln K``), and a formula the sheets cannot typeset for
mhchem's ``\\ce`` says so and gives the formula in Unicode characters.
"""

from __future__ import annotations

import re

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
