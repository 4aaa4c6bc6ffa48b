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


def test_merged_warnings_on_one_pair_of_cards_still_say_why(tmp_path):
    """Two cells of one table nearly the same as two of another's: one line for the
    pair of cards, which said only "(2 facts)"; it quotes each fact told two ways."""
    found = check(
        tmp_path,
        """
        - id: a
          kind: table
          title: Ring of eight
          columns: [Weight]
          rows:
            Treble: [5 cwt]
            Tenor: [24 cwt]
        - id: b
          kind: table
          title: Ring of eight
          columns: [Weight]
          rows:
            Treble: [A bell of 5 cwt that leads the ring]
            Tenor: [A bell of 24 cwt that rings last]
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: nearly the same fact as b at "), found
    assert (
        "(2 facts: '5 cwt' here, 'A bell of 5 cwt that leads the ring' there; '24 cwt' "
        "here, 'A bell of 24 cwt that rings last' there): merge them, or add 'allow: [b]' "
        "if both are needed" in found[0]
    ), found


def test_one_fact_found_two_ways_is_not_counted_as_two(tmp_path):
    """Two commands alike by their tasks and by an option written short and long: two
    findings on one pair of items, merged. One fact, not "(2 facts)", and both reasons."""
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Copy the whole music folder keeping timestamps,
           command: rsync -a music/ backup/}
        - {id: b, kind: command, task: Copy the music folder keeping its timestamps,
           command: rsync --archive music/ backup/}
        """,
    )
    assert len(found) == 1, found
    assert "2 facts" not in found[0], found
    assert (
        "the same command, one with a short option where the other has a long one" in (found[0])
    ), found
