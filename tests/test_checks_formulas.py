"""The fact checks on cards of formulas (a calculus corpus of my own): a sign is part of
what a formula says, and the notations of an operation ask what its name asks. Each test
failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def _verdicts(found: list[str]) -> list[str]:
    return [line.partition(" at ")[0] for line in found]


def test_a_minus_sign_before_a_word_is_part_of_the_answer(tmp_path):
    """ "−cos x + C" is no "cos x + C": the fold dropped a minus sign (U+2212) before a
    letter, so the pair read as one fact reworded; the sign now counts, as "-cos" does."""
    found = check_deck(
        tmp_path,
        "Calculus",
        """
        - {id: a, kind: qa, question: What is the integral of sin x?, answer: −cos x + C}
        - {id: b, kind: qa, question: Integral of sin x, answer: cos x + C}
        """,
    )
    assert _verdicts(found) == ["warning similar-fact: possibly conflicting with b"], found


def test_one_template_with_its_slot_and_answer_swapped_is_two_facts(tmp_path):
    """ "Derivative of sin x?" cos x and "Derivative of cos x?" −sin x share every word,
    prompt and answer together, yet ask about two functions: no "nearly the same fact"."""
    found = check_deck(
        tmp_path,
        "Calculus",
        """
        - {id: a, kind: qa, question: Derivative of sinh x?, answer: cosh x}
        - {id: b, kind: qa, question: Derivative of cosh x?, answer: sinh x}
        """,
    )
    assert found == [], found


def test_the_notation_of_an_operation_asks_what_its_name_asks(tmp_path):
    """ "d/dx of tan x" is the derivative of tan x, and "∫ sec² x dx" the integral of sec² x: two
    answers to each are compared (the differential "dx" says nothing of its own)."""
    found = check_deck(
        tmp_path,
        "Calculus",
        """
        - {id: a, kind: qa, question: Derivative of tan x?, answer: sec² x}
        - {id: b, kind: qa, question: "What's d/dx of tan x?", answer: cot x}
        - {id: c, kind: qa, question: ∫ sec² x dx, answer: tan x + C}
        - {id: d, kind: qa, question: Integral of sec² x?, answer: −tan x + C}
        """,
    )
    assert _verdicts(found) == [
        "warning similar-fact: possibly conflicting with b",
        "warning similar-fact: possibly conflicting with d",
    ], found
