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
