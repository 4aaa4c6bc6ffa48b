# ruff: noqa: E501 - cards written one a line, as in a topic file
"""The fact checks on cards as lubrication engineers, polar historians and SPARQL users
write them: a viscosity in millipascal-seconds ("10 mPa·s" is "0.01 Pa·s", not ten
megapascals), a name with the years of the deed after a comma ("Robert Stevenson,
1807–10"), a last name beside a full name with a hyphen in it ("Charcot" / "Jean-Baptiste
Charcot"), a question asked the other way round (each card's answer said in the other's
question), a keyword answered where a command types it ("OPTIONAL"), and a temperature
in a prompt with its degree sign glued ("at 40°C") or spaced ("at 40 °C")."""

from __future__ import annotations

import pytest
from test_checks_unseen import check

from cheatdeck.checks.quantities import parse, same_value


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("10 mPa·s", "0.01 Pa·s", True),  # a millipascal: a small m, a capital P
        ("about 1.0 mPa s", "0.001 Pa s", True),
        ("10 mPa", "10 MPa", False),
        ("2 mpa", "2 MPa", True),  # in small letters still a megapascal
        ("20 µPa", "0.00002 Pa", True),  # the micro sign
        ("20 μPa", "20 µPa", True),  # the Greek mu
    ],
)
def test_pascals_with_a_small_prefix(a, b, same):
    assert same_value(parse(a), parse(b)) is same


def test_an_oil_viscosity_in_millipascal_seconds_is_no_conflict(tmp_path):
    cards = """
    - {id: oil, kind: qa, question: Dynamic viscosity of SAE 30 oil at 100 °C?, answer: about 10 mPa·s}
    - {id: oil-si, kind: limit, subject: "Dynamic viscosity of SAE 30 oil at 100 °C", value: 0.01 Pa·s}
    - {id: glycol, kind: qa, question: Dynamic viscosity of glycerol at 20 °C?, answer: 1.41 Pa·s}
    - {id: glycol-wrong, kind: qa, question: Dynamic viscosity of glycerol at 20 °C?, answer: 1.41 mPa·s}
    """
    found = check(tmp_path, {"Lubricants": cards})
    assert len(found) == 2, found
    oil, glycol = found
    assert "error conflicting-fact" not in oil and "oil-si" in oil
    assert "error conflicting-fact" in glycol and "glycol-wrong" in glycol


def test_a_name_dated_after_a_comma_or_written_in_full_is_one_answer(tmp_path):
    cards = """
    - {id: bell, kind: qa, question: Who built the Bell Rock Lighthouse?, answer: Robert Stevenson}
    - {id: bell-dated, kind: qa, question: "Bell Rock Lighthouse: builder?", answer: "Robert Stevenson, 1807–10"}
    - {id: ship, kind: qa, question: Who commanded the Pourquoi-Pas? in Antarctica?, answer: Charcot}
    - {id: ship-full, kind: qa, question: Who commanded the Pourquoi-Pas? in Antarctica?, answer: Jean-Baptiste Charcot}
    - {id: fram, kind: qa, question: Who built the Fram?, answer: "Colin Archer, 1892"}
    - {id: fram-wrong, kind: qa, question: Who built the Fram?, answer: "Colin Archer, 1902"}
    """
    found = check(tmp_path, {"Polar exploration": cards})
    assert len(found) == 3, found
    bell, ship, fram = found
    assert "similar-fact" in bell and "bell-dated" in bell and "possibly conflicting" not in bell
    assert "error duplicate-fact" in ship and "ship-full" in ship
    assert "error conflicting-fact" in fram and "fram-wrong" in fram
