"""The fact checks on cards a sommelier student writes for an exam: appellation rules
with residual sugar in g/L written out in words, and decks named for two countries at
once. Each test is a tiny corpus a newcomer could write; each failed before its fix."""

from __future__ import annotations

import pytest

from cheatdeck.checks.quantities import parse
from conftest import check_cards as check


@pytest.mark.parametrize(
    ("written", "short"),
    [
        ("45 grams per litre", "45 g/L"),
        ("45 grams per liter", "45 g/L"),
        ("45 grams/litre", "45 g/L"),
        ("2 milligrams per decilitre", "2 mg/dL"),
        ("5 mg per kilogram", "5 mg/kg"),
        ("3 mmol per litre", "3 mmol/L"),
    ],
)
def test_a_unit_per_litre_written_out_is_the_short_one(written, short):
    """ "grams per litre" is g/L: never a plain mass, which "45 mg" is."""
    assert parse(written) == parse(short), (parse(written), parse(short))
    assert parse(written) != parse(short.split("/")[0]), parse(written)


def test_residual_sugar_in_words_and_in_symbols_is_one_fact(tmp_path):
    cards = """
    - {id: a, kind: limit, subject: Sauternes minimum residual sugar, value: "45", unit: g/L}
    - id: b
      kind: qa
      question: What is the minimum residual sugar of Sauternes?
      answer: 45 grams per litre
    """
    found = check(tmp_path, cards)
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found

