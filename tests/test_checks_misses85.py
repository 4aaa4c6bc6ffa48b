"""A term or a limit against a question about it, and two limits of one quantity (issue
18, misses85): a definition's other name asked, a bare number against the same number
with its unit, and "&" between bracketed words. Cards of other subjects than the sets'."""

from __future__ import annotations

from conftest import check_facts_padded as check


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
