"""A question that asks what a thing is called, answered with a concept's term of two
words or more that no other card says, asks that concept's fact whatever words each
card uses (tests/data/fact_pairs_unseen60.txt: "What is the Stoic exercise of negative
visualization called?" premeditatio malorum / "Premeditatio malorum": "imagining in
advance the bad things that could happen"). A ``similar-fact`` warning. Written with
other words than the set's; a one-word term still needs a word the question and the
definition share."""

from __future__ import annotations

import pytest

from conftest import check_facts_padded as check


@pytest.mark.parametrize(
    ("term", "definition", "question"),
    [
        (
            "Horror vacui",
            "the urge to fill every empty space of a surface",
            "What is the decorator's fear of blank areas called?",
        ),
        (
            "Wabi-sabi",
            "beauty in the imperfect",
            "What is the Japanese taste for worn, asymmetric things called?",
        ),
    ],
)
def test_a_rare_term_of_two_words_asked_by_name_is_its_concept(
    tmp_path, term, definition, question
):
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: concept, term: {term}, definition: {definition}}}
        - {{id: b, kind: qa, question: "{question}", answer: {term.lower()}}}
        """,
    )
    facts = [line for line in found if "similar-fact" in line or "duplicate-fact" in line]
    assert len(facts) == 1, found
    assert "warning similar-fact" in facts[0] and "as b at" in facts[0], found


def test_a_one_word_term_asked_by_name_needs_a_shared_word(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Kintsugi, definition: mending with lacquer and gold}
        - {id: b, kind: qa, question: "What is the art of making old bowls whole called?",
            answer: kintsugi}
        """,
    )
    assert not any("similar-fact" in line or "duplicate-fact" in line for line in found), found
