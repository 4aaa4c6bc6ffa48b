"""What a music theory learner's corpus showed (probe99): dynamics, intervals, keys and
time signatures. Each test is a general rule, with a second example on another subject."""

from __future__ import annotations

import pytest

from conftest import check_facts_padded as check


@pytest.mark.parametrize(
    ("terms", "definitions"),
    [
        (("forte (f)", "mezzo-forte (mf)"), ("Loud.", "Moderately loud.")),
        (("piano (p)", "mezzo-piano (mp)"), ("Soft.", "Moderately soft.")),
        (("Mild salsa", "Medium salsa"), ("Spicy", "Moderately spicy")),
    ],
)
def test_a_definition_with_an_intensifier_added_is_another_fact(tmp_path, terms, definitions):
    # "forte (f)": "Loud." / "mezzo-forte (mf)": "Moderately loud." were a similar-fact
    # warning: the answers counted as equal, "moderately" set aside as a common word
    found = check(
        tmp_path,
        f"""
        - id: a
          kind: concept
          term: {terms[0]}
          definition: {definitions[0]}
        - id: b
          kind: concept
          term: {terms[1]}
          definition: {definitions[1]}
        """,
    )
    assert found == [], found


def test_one_definition_under_two_terms_is_still_found(tmp_path):
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: forte (f)
          definition: Loud.
        - id: b
          kind: concept
          term: forte
          definition: Loud
        """,
    )
    assert len(found) == 1, found


@pytest.mark.parametrize(
    ("questions", "answers"),
    [
        (
            ("What is the relative minor of C major?", "What is the relative minor of A major?"),
            ("A minor", "F# minor"),
        ),
        (
            ("What does Plan A cover?", "What does Plan C cover?"),
            ("Hospital care", "Hospital and drug care"),
        ),
    ],
)
def test_a_lone_letter_a_names_a_thing_beside_another_letter(tmp_path, questions, answers):
    # "... of C major?" A minor / "... of A major?" F# minor were a similar-fact warning:
    # the "A" of "A major" and of "A minor" was read as an article and left out
    found = check(
        tmp_path,
        f"""
        - id: a
          kind: qa
          question: {questions[0]}
          answer: {answers[0]}
        - id: b
          kind: qa
          question: {questions[1]}
          answer: {answers[1]}
        """,
    )
    assert found == [], found


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("What is the relative minor of C major?", ("A minor", "C minor")),
        ("Which key has three sharps?", ("A major", "E major")),
    ],
)
def test_a_and_another_letter_to_one_question_are_no_duplicate(tmp_path, question, answers):
    # "A minor" / "C minor" to one question was a duplicate-fact error ("'A minor' =
    # 'C minor'"): the "A" was left out as an article, "C minor" read as it with a word more
    found = check(
        tmp_path,
        f"""
        - id: a
          kind: qa
          question: {question}
          answer: {answers[0]}
        - id: b
          kind: qa
          question: {question}
          answer: {answers[1]}
        """,
    )
    assert len(found) == 1 and "possibly conflicting" in found[0], found


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("Which time signature is a waltz in?", ("3/4", "6/8")),
        ("Which time signature is a march in?", ("2/4 time", "4/8 time")),
    ],
)
def test_fractions_equal_by_value_but_written_apart_are_no_duplicate(tmp_path, question, answers):
    # "3/4" / "6/8" to one question was a duplicate-fact error ("'3/4' = '6/8'"): both
    # read as the number 0.75
    found = check(
        tmp_path,
        f"""
        - id: a
          kind: qa
          question: {question}
          answer: "{answers[0]}"
        - id: b
          kind: qa
          question: {question}
          answer: "{answers[1]}"
        """,
    )
    assert len(found) == 1 and "duplicate-fact" not in found[0], found


@pytest.mark.parametrize("answers", [("1/2", "0.5"), ("3/4", "0.75"), ("6/8", "0.75")])
def test_one_fraction_written_two_ways_is_still_a_duplicate(tmp_path, answers):
    found = check(
        tmp_path,
        f"""
        - id: a
          kind: qa
          question: What share of the vote does the motion need?
          answer: "{answers[0]}"
        - id: b
          kind: qa
          question: What share of the vote does the motion need?
          answer: "{answers[1]}"
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0], found
