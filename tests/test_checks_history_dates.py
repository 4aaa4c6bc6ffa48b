"""The checks on a history deck's dates, as people write them: full dates in several
notations (``1789-07-14``, ``14 July 1789``, ``July 14, 1789``, ``14/07/1789``),
centuries, years with and without their era, circa."""

from __future__ import annotations

import pytest
from test_checks_unseen import check

from cheatdeck.checks.quantities import parse, same_value

# ------------------------------------------------------------------ full dates


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("1789-07-14", "14 July 1789", True),
        ("14 July 1789", "July 14, 1789", True),
        ("14th of July, 1789", "Jul. 14, 1789", True),
        ("14/07/1789", "1789-07-14", True),  # 14 is no month: day first
        ("07/14/1789", "1789-07-14", True),  # ... or month first
        ("14.07.1789", "14 July 1789", True),
        ("1969-07-21", "July 20, 1969", False),
        ("14 July 1789", "14 July 1790", False),
        ("06/07/1789", "6 July 1789", False),
        ("14 July 1789", "1789", True),  # the day states its year
        ("14 July 1789", "1790", False),  # June 7 in the US: not read as a date
    ],
)
def test_a_full_date_is_one_day_in_any_notation(a, b, same):
    assert same_value(parse(a), parse(b)) is same


def test_dates_in_two_notations_are_one_fact_and_two_days_conflict(tmp_path):
    cards = """
    - {id: bastille, kind: qa, question: When was the Bastille stormed?, answer: 1789-07-14}
    - {id: bastille-2, kind: qa, question: When was the Bastille stormed?, answer: 14 July 1789}
    - {id: moon, kind: qa, question: When did Apollo 11 land on the Moon?, answer: "July 20, 1969"}
    - {id: moon-2, kind: qa, question: When did Apollo 11 land on the Moon?, answer: 1969-07-21}
    """
    found = check(tmp_path, {"History": cards})
    assert len(found) == 2, found
    assert "error duplicate-fact" in found[0] and "'1789-07-14' = '14 July 1789'" in found[0]
    assert "error conflicting-fact" in found[1], found[1]
    assert "'July 20, 1969' here, '1969-07-21' there" in found[1]
