"""A list item quoted whole as "term: explanation" among terms is one plain item: the
``quoted-item`` warning says so and gives the item written as a term."""

from __future__ import annotations

from conftest import check_facts as check


def test_an_item_quoted_whole_among_terms_is_told_to_lose_its_quotes(tmp_path):
    found = check(
        tmp_path,
        """
        - id: knots
          kind: list
          title: Knots
          items:
            - Bowline: a fixed loop that does not slip
            - Clove hitch: a quick hitch round a post
            - "Sheet bend: joins two ropes, of unequal thickness too"
        """,
    )
    assert len(found) == 1 and found[0].startswith("warning quoted-item:"), found
    assert found[0].endswith(
        "put them round the term alone: - Sheet bend: joins two ropes, of unequal thickness too"
    ), found


def test_the_fix_keeps_quotes_where_yaml_needs_them(tmp_path):
    found = check(
        tmp_path,
        """
        - id: marks
          kind: list
          title: Marks
          items: [a: first, b: second, "*c*: the third: last"]
        """,
    )
    assert len(found) == 1 and "warning quoted-item" in found[0], found
    assert found[0].endswith('the term alone: "*c*": "the third: last"'), found


def test_lists_of_plain_items_or_of_one_term_are_left_alone(tmp_path):
    found = check(
        tmp_path,
        """
        - id: quoted-all
          kind: list
          title: Ratios
          items: ["1: one part", "2: two parts", "3: three parts"]
        - id: one-term
          kind: list
          title: Notes
          items:
            - "Note: all knots here hold under load"
            - Reef knot: joins two ends of one rope
        - id: two-plain
          kind: list
          title: Mixed
          items:
            - "Step: first"
            - "Step two: then"
            - Hitch: to a post
            - Bend: rope to rope
        """,
    )
    assert found == [], found


def test_an_item_parted_by_a_full_width_colon_is_told_to_type_a_plain_one(tmp_path):
    """'- 本 (běn)：for books' (a Chinese input method's colon) among terms was silently
    one plain item: Anki hid it among the terms, and the sheet showed it as text."""
    found = check(
        tmp_path,
        """
        - id: measure-words
          kind: list
          title: Measure words
          items:
            - 个 (gè): the general measure word
            - 本 (běn)：for books
            - 杯 (bēi): for cups of a drink
        - id: question-words
          kind: list
          title: Question words
          items: [什么：what, 谁：who]
        - id: dialogue
          kind: list
          title: A dialogue
          items:
            - A：你好！
            - B：你好！
            - A：你叫什么名字？
        - id: quoted
          kind: list
          title: Quoted
          items:
            - 你: you
            - "我：I"
        """,
    )
    assert len(found) == 3, found
    assert all(line.startswith("warning quoted-item:") for line in found), found
    assert found[0].endswith("write a plain ':' and a space: - 本 (běn): for books"), found
    assert found[1].endswith("a space: 什么: what") and found[2].endswith("a space: 谁: who")
