"""The fact checks on the kinds of card the forty-fifth held-out set showed them missing
(tests/data/fact_pairs_unseen45.txt, on audiology, COBOL, bonsai and darts cards): each
test is a general rule, written here with other words on other subjects."""

from __future__ import annotations

import pytest

from conftest import check_facts as check


@pytest.mark.parametrize(
    ("digits", "words"),
    [
        (
            "Dose of ibuprofen for children under 6 years?",
            "Dose of ibuprofen for children under six years?",
        ),
        (
            "Dose of ibuprofen for children under 6 years?",
            "Dose of ibuprofen for children younger than 6 years?",
        ),
        (
            "Flu shot advice for adults over 65?",
            "Flu shot advice for adults older than sixty-five?",
        ),
    ],
)
def test_a_bound_in_words_is_the_bound_in_signs(tmp_path, digits, words):
    # "under six", "younger than 6" and "under 6" are one bound: the same question,
    # another answer is a conflict
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{digits}", answer: 5 mg/kg}}
        - {{id: b, kind: qa, question: "{words}", answer: 20 mg/kg}}
        """,
    )
    assert len(found) == 1 and "conflict" in found[0], found


@pytest.mark.parametrize(
    ("digits", "words"),
    [
        ("Highest 3-dart checkout?", "Highest three-dart checkout?"),
        ("Fastest 4-minute mile runner?", "Fastest four-minute mile runner?"),
    ],
)
def test_a_number_that_starts_a_compound_is_no_roman_numeral(tmp_path, digits, words):
    # "Highest 3-dart checkout" counts darts as "three-dart" does: the number after a
    # capitalised first word is no "Type III", so the two prompts ask one thing
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{digits}", answer: "170"}}
        - {{id: b, kind: qa, question: "{words}", answer: "160"}}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found
