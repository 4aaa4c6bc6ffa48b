"""Bare counts of two reworded limits that name two things counted are no conflict,
found on the shipped AWS corpus after this round's count rule (checks67), which warned
"Lambda concurrent executions per account and region" 1,000 executions against "API
Gateway default throttle per account and region" 10,000 requests per second. The test
failed before the fix."""

from __future__ import annotations

from conftest import check_deck_padded


def _facts(found: list[str]) -> list[str]:
    return [line for line in found if "-fact:" in line]


def test_two_things_counted_are_no_conflict(tmp_path):
    found = check_deck_padded(
        tmp_path,
        "Kiosk",
        """
        - {id: a, kind: limit, subject: Kiosk concurrent loans per member and branch
             (default quota), value: "12", unit: loans}
        - {id: b, kind: limit, subject: Holds desk default throttle per member and branch,
           value: 40 requests per month (burst 20)}
        """,
    )
    assert _facts(found) == [], found


def test_one_thing_counted_twice_is_still_a_possible_conflict(tmp_path):
    found = check_deck_padded(
        tmp_path,
        "Kiosk",
        """
        - {id: a, kind: limit, subject: Kiosk concurrent loans per member and branch
             (default quota), value: "12", unit: loans}
        - {id: b, kind: limit, subject: Holds desk default throttle per member and branch,
           value: 40 loans per month (burst 20)}
        """,
    )
    assert len(_facts(found)) == 1 and "possibly conflicting" in found[0], found
