"""The fact checks on misses of the forty-fourth held-out set
(tests/data/fact_pairs_unseen44.txt, written without reading the checks) and the general
rules drawn from them. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def fact_lines(found: list[str]) -> list[str]:
    return [line for line in found if "-fact:" in line]


def test_a_deck_of_several_things_keeps_them_apart(tmp_path):
    """Set 44: "What is the diameter of a snooker ball?" 52.5 mm and "... of a pool
    ball?" 57.15 mm in a deck "Snooker and pool" were called a conflict: both lost their
    deck's words ("snooker", "pool") and read as one question. A deck named for several
    things holds cards of each; two prompts that differ only by which of them they name
    ask two things. One prompt that names a thing the other leaves out is still asked
    again ("Water temperature for green tea" / "... for tea" in "Tea and coffee")."""
    found = check_deck(
        tmp_path,
        "Tea and coffee",
        """
        - {id: a, kind: qa, question: What is the caffeine in a cup of tea?, answer: 47 mg}
        - {id: b, kind: qa, question: What is the caffeine in a cup of coffee?, answer: 95 mg}
        - {id: c, kind: limit, subject: Brewing temperature for green tea, value: 80 °C}
        - {id: d, kind: limit, subject: Green brewing temperature, value: 90 °C}
        """,
    )
    lines = fact_lines(found)
    assert len(lines) == 1, found
    assert "conflicting-fact: conflicts with d " in lines[0], found
