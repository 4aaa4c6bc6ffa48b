"""The fact checks on pairs from the twentieth held-out set
(tests/data/fact_pairs_unseen20.txt, written without reading the checks) and the general
rules drawn from it. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def test_torque_in_newton_metres_and_pound_feet(tmp_path):
    """Set 20: "80 lb-ft" and "108 Nm" for one wheel nut were found by nothing: "80
    lb-ft" was read as 80 pounds of mass and "108 Nm" as a bare number. Newton metres
    (a capital "N") and pound-feet in their usual spellings are one torque."""
    found = check_deck(
        tmp_path,
        "Workshop",
        """
        - {id: a, kind: limit, subject: Wheel bolt torque of the Mazda 3, value: 80 ft-lbs}
        - {id: b, kind: limit, subject: Mazda 3 wheel bolt torque, value: 108 N·m}
        - {id: c, kind: limit, subject: Drain plug torque of the Fiat Panda, value: 25 Nm}
        - {id: d, kind: limit, subject: Fiat Panda drain plug torque, value: 25 lb-ft}
        - {id: e, kind: limit, subject: Pedal torque of the Brompton, value: 35 newton metres}
        - {id: f, kind: limit, subject: Brompton pedal torque, value: 310 in-lb}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 3, found
    assert "error duplicate-fact: same fact as b " in errors[0], found
    assert "error conflicting-fact: conflicts with d " in errors[1], found
    assert "error duplicate-fact: same fact as f " in errors[2], found


def test_a_term_asked_for_by_its_other_name_in_brackets(tmp_path):
    """Set 20: "Name for text with ... an uneven right edge" "Flush left (ragged right)"
    and the term "Ragged right" were found by nothing: a term asked for the other way
    was looked for in the answer without its gloss only. The gloss in brackets is the
    answer's other name: a term named by it is asked for too (a warning)."""
    found = check_deck(
        tmp_path,
        "Medicine",
        """
        - {id: a, kind: qa, question: Name for the socket of the hip bone,
           answer: Acetabulum (hip socket)}
        - {id: b, kind: concept, term: Hip socket,
           definition: The cup-shaped socket of the hip bone}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b " in found[0], found


def test_a_code_with_a_roman_numeral_after_a_hyphen_is_the_code_with_digits(tmp_path):
    """Set 20: the term "OBD-II" and "What does OBD2 stand for?" were found by nothing:
    "OBD-II" was folded to "obd second", "OBD2" to "obd2". A code of capitals and a
    Roman numeral of two letters or more after a hyphen is the code with its number, as
    "W-2" is "W2"."""
    found = check_deck(
        tmp_path,
        "Electronics",
        """
        - {id: a, kind: concept, term: DDR-IV,
           definition: Double data rate memory of the fourth kind}
        - {id: b, kind: qa, question: What does DDR4 stand for?,
           answer: Double Data Rate 4 synchronous memory}
        """,
    )
    assert len(found) == 1, found
    assert "similar-fact: nearly the same fact as b " in found[0], found


def test_a_number_word_after_a_name_is_read_as_its_digits(tmp_path):
    """Set 20 ("Inline 4" was read as "Inline IV", the fourth, and "inline-four" as 4)
    led to: "World War Two" was "world war 2" while "World War 2" and "World War II"
    were "world war second"; "type two diabetes" was not "Type 2 diabetes". A number
    word where ``_NUMBERED`` reads a digit as a Roman numeral is read as that digit."""
    found = check_deck(
        tmp_path,
        "History",
        """
        - {id: a, kind: limit, subject: Year World War Two ended, value: "1945"}
        - {id: b, kind: limit, subject: Year World War II ended, value: "1944"}
        - {id: c, kind: qa, question: First-line drug for type two diabetes?, answer: Metformin}
        - {id: d, kind: qa, question: First-line drug for Type 2 diabetes?, answer: Metformin}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 2, found
    assert "error conflicting-fact: conflicts with b " in errors[0], found
    assert "error duplicate-fact: same fact as d " in errors[1], found


def test_hex_digits_are_four_bits_each(tmp_path):
    """Set 20: an MD5 hash of "128 bits" and of "32 hex digits" were found by nothing:
    "32 hex digits" was a bare 32. A hexadecimal digit (or character, or a nibble) holds
    four bits."""
    found = check_deck(
        tmp_path,
        "Identifiers",
        """
        - {id: a, kind: limit, subject: Length of a UUID, value: 128 bits}
        - {id: b, kind: limit, subject: UUID length, value: 32 hex characters}
        - {id: c, kind: limit, subject: Length of a SHA-1 hash, value: 160 bits}
        - {id: d, kind: limit, subject: SHA-1 hash length, value: 32 hexadecimal digits}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 2, found
    assert "error duplicate-fact: same fact as b " in errors[0], found
    assert "error conflicting-fact: conflicts with d " in errors[1], found
