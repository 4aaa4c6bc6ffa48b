"""The fact checks on pairs from the nineteenth held-out set
(tests/data/fact_pairs_unseen19.txt, written without reading the checks) and the general
rules drawn from it. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def test_numbers_in_other_places_of_a_tuple_differ(tmp_path):
    """Set 19: a class selector's specificity "0,1,0" against "1,0,0" was a duplicate:
    each value was read as its last number alone (0 = 0). A value of bare numbers that
    writes one twice is a tuple whose places count ("255, 0, 0" is not "0, 0, 255");
    the same numbers in the same places, in brackets or not, are one value, and a list
    of distinct numbers is one value in any order."""
    found = check_deck(
        tmp_path,
        "Colours",
        """
        - {id: a, kind: limit, subject: RGB triple of pure red, value: "255, 0, 0"}
        - {id: b, kind: limit, subject: Pure red as an RGB triple, value: "0,0,255"}
        - {id: c, kind: limit, subject: Grid cell of the start square, value: "(2, 1, 1)"}
        - {id: d, kind: limit, subject: Grid cell of the start square, value: "2,1,1"}
        - {id: e, kind: qa, question: Which ports do web servers listen on?, answer: "80, 443"}
        - {id: f, kind: qa, question: Which ports does a web server listen on?, answer: "443, 80"}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 3, found
    assert "error conflicting-fact: conflicts with b " in errors[0], found
    assert "'255, 0, 0' here, '0,0,255' there" in errors[0], found
    assert "error duplicate-fact: same fact as d " in errors[1], found
    assert "error duplicate-fact: same fact as f " in errors[2], found
