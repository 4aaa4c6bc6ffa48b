"""The fact checks on misses of the forty-eighth held-out set
(tests/data/fact_pairs_unseen48.txt, written without reading the checks) and the general
rules drawn from them. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def errors_of(found: list[str]) -> list[str]:
    return [line for line in found if line.startswith("error")]


def fact_lines(found: list[str]) -> list[str]:
    return [line for line in found if "-fact:" in line]


def test_megapascals_are_a_pressure(tmp_path):
    """Set 48: "-1500 kPa" and "−1.5 MPa" (the permanent wilting point) were found by
    nothing: "MPa" was no unit, so "1.5 MPa" was a bare 1.5. Material strengths and
    soil water potentials are written in megapascals."""
    found = check_deck(
        tmp_path,
        "Pipework",
        """
        - {id: a, kind: limit, subject: Hydrostatic test pressure of a water main, value: 1.6 MPa}
        - {id: b, kind: limit, subject: Water main hydrostatic test pressure, value: 16 bar}
        - {id: c, kind: limit, subject: Burst pressure of PE100 pipe, value: −4 MPa}
        - {id: d, kind: limit, subject: PE100 pipe burst pressure, value: -4000 kPa}
        """,
    )
    errors = errors_of(found)
    assert len(errors) == 2, found
    assert "error duplicate-fact: same fact as b " in errors[0], found
    assert "error duplicate-fact: same fact as d " in errors[1], found
