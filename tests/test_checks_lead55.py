"""The wording of a "possibly conflicting" warning when one text answer says part of
what the other says: aviation weather cards (TAF change groups), written by the lead as a
newcomer's corpus. The answers are not two values: the message asks to keep one if they
say one thing, not to "fix one"."""

from __future__ import annotations

import pytest

from conftest import check_deck


def questions(first: tuple[str, str], second: tuple[str, str]) -> str:
    return "\n".join(
        f"- {{id: {name}, kind: qa, question: '{question}', answer: '{answer}'}}"
        for name, (question, answer) in zip(("a", "b"), (first, second), strict=True)
    )


def test_an_answer_inside_the_other_is_told_to_be_one_thing(tmp_path):
    found = check_deck(
        tmp_path,
        "TAF",  # "in a TAF" names the deck: the prompts ask alike
        questions(
            (
                "What does BECMG mean in a TAF?",
                "Becoming — a gradual change during the given period.",
            ),
            ("What does BECMG mean?", "A gradual change."),
        ),
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "the words of one all in the other: keep one if they say one thing" in found[0]
    assert "fix one" not in found[0], found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another answer: not inside the first
        ("Becoming — a gradual change during the given period.", "A rapid change."),
        # all the words of the first and a negation: the answer turned around
        ("A gradual change.", "Not a gradual change."),
    ],
)
def test_other_answers_are_still_told_to_fix_one(tmp_path, first, second):
    found = check_deck(
        tmp_path,
        "TAF",
        questions(("What does BECMG mean in a TAF?", first), ("What does BECMG mean?", second)),
    )
    assert found, found
    assert all("the words of one all in the other" not in line for line in found), found
