"""Bare counts of two reworded limits that name two things counted are no conflict,
found on the shipped AWS corpus after this round's count rule (checks67), which warned
"Lambda concurrent executions per account and region" 1,000 executions against "API
Gateway default throttle per account and region" 10,000 requests per second. The test
failed before the fix."""

from __future__ import annotations

import textwrap

from conftest import check_deck


def _word(number: int) -> str:
    """A made-up word of three syllables, one for each number below 8000."""
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"][:20]
    return "".join(syllables[(number // 20**i) % 20] for i in range(3))


def _deck(tmp_path, deck: str, cards: str) -> list[str]:
    """``check_deck`` of ``cards`` among 130 cards of made-up words (a corpus large
    enough to tell a rare word)."""
    filler = "\n".join(
        f"- {{id: f{k}, kind: concept, term: {_word(k)}, definition: {_word(k + 4000)}}}"
        for k in range(130)
    )
    return check_deck(tmp_path, deck, textwrap.dedent(cards).strip() + "\n" + filler)


def _facts(found: list[str]) -> list[str]:
    return [line for line in found if "-fact:" in line]


def test_two_things_counted_are_no_conflict(tmp_path):
    found = _deck(
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
    found = _deck(
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
