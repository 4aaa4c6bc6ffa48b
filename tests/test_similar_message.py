"""The warning for nearly the same fact quotes what it read as one fact told two ways
(the prompts, or the answers when the prompts are the same), so the user sees why
without opening the other file: a newcomer's "City roast" / "Full City roast" warning
named only the other card's id and line."""

from __future__ import annotations

from conftest import check_facts as check


def test_nearly_the_same_fact_quotes_the_two_prompts(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Speed limit below 10000 ft MSL, value: 250 knots}
        - {id: b, kind: limit, subject: Max speed below 10000 ft MSL, value: 250 kt}
        """,
    )
    assert len(found) == 1, found
    assert "nearly the same fact as b at" in found[0], found
    assert (
        "('Speed limit below 10000 ft MSL' here, 'Max speed below 10000 ft MSL' there): "
        "merge them, or add 'allow: [b]' if both are needed" in found[0]
    ), found
