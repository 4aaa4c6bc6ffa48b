"""A term or a limit against a question about it, and two limits of one quantity (issue
18, misses85): a definition's other name asked, a bare number against the same number
with its unit, and "&" between bracketed words. Cards of other subjects than the sets'."""

from __future__ import annotations

from conftest import check_facts_padded as check


def test_a_bare_number_and_the_same_number_with_its_unit_are_one_value(tmp_path):
    # "4 parts sand to 1 part cement" says the 4:1 of the limit without its ratio sign
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Sand-to-cement ratio in bricklaying mortar, value: "4:1"}
        - {id: b, kind: qa,
           question: What is the ratio of sharp sand to Portland cement for laying bricks?,
           answer: 4 parts sand to 1 part cement}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_bare_number_and_another_number_with_a_unit_are_no_one_value(tmp_path):
    # 3 parts to 1 is not the 4:1 of the limit: never "nearly the same fact"
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Sand-to-cement ratio in bricklaying mortar, value: "4:1"}
        - {id: b, kind: qa,
           question: What is the ratio of sharp sand to Portland cement for laying bricks?,
           answer: 3 parts sand to 1 part cement}
        """,
    )
    assert not any("nearly the same fact" in line for line in found), found


def test_an_ampersand_between_bracketed_words_is_and(tmp_path):
    # "(Scotland & Ireland)" says "Scotland and Ireland": one limit, two values
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Breath alcohol limit for drivers in Scotland and Ireland,
           value: 22 µg per 100 ml}
        - {id: b, kind: limit, subject: Drink-drive breath alcohol limit (Scotland & Ireland),
           value: 35 µg per 100 ml}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with b" in found[0], found
