"""A list typed in the brackets a Chinese or Japanese input method types for '[' and ']'
('【a, b】', '［a，b］'): YAML reads one text, and the fix said to wrap it in '[ ]' as it
was, brackets and all."""

from __future__ import annotations

from conftest import check_cards


def test_a_list_in_full_width_brackets_is_told_to_use_plain_ones(tmp_path):
    found = check_cards(
        tmp_path,
        """
        - id: pronouns
          kind: table
          title: Pronouns
          row_header: Person
          columns: 【Singular, Plural】
          rows:
            First: [我, 我们]
        - id: this-that
          kind: table
          title: This and that
          row_header: Word
          columns: [Pinyin, Meaning]
          rows:
            这: ［zhè，this］
        - id: numbers
          kind: list
          title: Numbers
          items: 【一, 二】
        - id: tea
          kind: concept
          term: 茶 (chá)
          definition: tea
          tags: 【hsk1，饮料】
        """,
    )
    assert found == [
        "error wrong-type: '【' and '】' (U+3010, U+3011, as a Japanese or Chinese input "
        "method types brackets) are not YAML's brackets: write columns: [Singular, Plural]",
        "error wrong-type: '［' and '］' (U+FF3B, U+FF3D, as a Japanese or Chinese input "
        "method types brackets) are not YAML's brackets: write 这: [zhè, this]",
        "error wrong-type: '【' and '】' (U+3010, U+3011, as a Japanese or Chinese input "
        "method types brackets) are not YAML's brackets: write items: [一, 二]",
        "error wrong-type: '【' and '】' (U+3010, U+3011, as a Japanese or Chinese input "
        "method types brackets) are not YAML's brackets: write tags: [hsk1, 饮料]",
    ], found


def test_a_text_in_full_width_brackets_stays_text(tmp_path):
    found = check_cards(
        tmp_path,
        """
        - id: dictionary
          kind: qa
          question: What does 【 mark in a Chinese dictionary?
          answer: 【词】 starts a headword.
        """,
    )
    assert found == [], found
