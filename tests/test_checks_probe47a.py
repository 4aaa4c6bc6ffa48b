"""Cards met on a stranger's guitar corpus (chords, scales, tab, notation) that the
checks judged or named wrongly: each test is a general rule, written here with other
words."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_list_whose_plain_items_repeat_is_told_to_be_one_text(tmp_path):
    # a sequence with repeated steps (Morse code's dots and dashes): its items are one Anki
    # note, known by their text, so "keep one card" is no fix; the message names where
    # each repeat is and what to write instead
    found = check(
        tmp_path,
        """
        - id: morse-s
          kind: list
          title: Morse code of SOS
          items: [dot, dot, dot, dash, dash, dash, dot, dot, dot]
        - id: relay-order
          kind: list
          title: Relay order
          items:
            - Anna
            - Ben
            - Anna
        """,
    )
    assert len(found) == 3 and all("error duplicate-fact" in line for line in found), found
    assert (
        "the list holds 'dot' 6 times (line 7, columns 13, 18, 23, 46, 51 and 56)" in (found[0])
    ), found
    assert "'dash' 3 times" in found[1] and "one text" in found[1], found
    assert "'Anna' twice (lines 12 and 14)" in found[2], found
    assert "keep one card" not in " ".join(found), found


def test_a_list_that_gives_one_term_twice_with_one_answer_says_remove_the_repeat(tmp_path):
    found = check(
        tmp_path,
        """
        - id: abbreviations
          kind: list
          title: Abbreviations
          items:
            - rit: ritardando
            - cresc: crescendo
            - rit: ritardando
        """,
    )
    assert len(found) == 1 and "error duplicate-fact" in found[0], found
    assert "the list gives 'rit' twice with one answer (lines 8 and 10)" in found[0], found
    assert "remove the repeats" in found[0], found
