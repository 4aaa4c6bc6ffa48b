"""probe89: a private pilot student's corpus — right-of-way questions, altimeter settings
in two units, and every output of it."""

from __future__ import annotations

from conftest import check_deck


def test_a_preposition_is_no_short_form_of_a_longer_word(tmp_path):
    """ "Which aircraft has the right of way *over* all others?" and "Who has the right of
    way when one aircraft *overtakes* another?" ask two things: "over" is a word of its
    own, not a short form of "overtakes" (as "Fed" is of "Federal"), so the two questions
    share three words, not four, and their two answers are no possible conflict. The same
    question asked again in other words still is one."""
    found = check_deck(
        tmp_path,
        "Aviation",
        """
        - {id: a, kind: qa, question: Who has the right of way when one aircraft overtakes another?,
           answer: The aircraft being overtaken; pass well clear on its right.}
        - {id: b, kind: qa, question: Which aircraft has the right of way over all others?,
           answer: An aircraft in distress.}
        - {id: c, kind: qa, question: What is the Fed's target inflation rate?, answer: 2%}
        - {id: d, kind: qa, question: What is the Federal Reserve's target inflation rate?,
           answer: 2 percent}
        """,
    )
    assert not any("with b" in line for line in found), found
    assert len(found) == 1 and " d " in found[0], found
