"""A looser synonym in a prompt counts as a word written in small letters, as its
written forms are: "How many hours does the LZ 127 *require* ...?" compares "need",
which no card writes, yet no name. Airships, a domain not in the pair sets."""

from __future__ import annotations

import pytest

from conftest import check_facts as check


@pytest.mark.parametrize(
    ("question", "subject", "value"),
    [
        (
            "How many hours does the LZ 127 require to cross the Atlantic?",
            "Eckener's Atlantic crossing of the LZ 127",
            "100 hours",
        ),
        (
            "How many kilograms of ballast does the LZ 127 require?",
            "LZ 127 ballast (Eckener's rule)",
            "300 kg",
        ),
    ],
    ids=["crossing", "ballast"],
)
def test_a_loose_synonym_in_a_question_is_no_name(tmp_path, question, subject, value):
    # one value asked by a question and stated by a limit whose own words hold a name:
    # the question's own words ("require", compared as "need") are no name
    cards = "\n".join(
        [
            f'- {{id: a, kind: qa, question: "{question}", answer: "{value}"}}',
            f'- {{id: b, kind: limit, subject: "{subject}", value: "{value}"}}',
        ]
    )
    found = check(tmp_path, cards)
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "nearly the same fact as b" in found[0], found


def test_a_loose_synonym_beside_a_converted_value_is_no_name(tmp_path):
    # one time, in minutes and in words, beside other airship facts in decks of their
    # own: the words that differ ("take", compared as "capture"; "design", "full") name
    # nothing, so one subject asked two ways
    from test_fact_pairs import check as check_topics

    found = check_topics(
        tmp_path,
        {
            "Speed": """
            - {id: a, kind: limit, subject: Time for a Zeppelin to reach its design speed,
               value: 20 min}
            - {id: b, kind: qa, question: How long does a Zeppelin take to reach full speed?,
               answer: about twenty minutes}
            """,
            "Envelope": """
            - {id: c, kind: limit, value: 6 hours,
               subject: Time for the LZ 129 envelope to reach its design pressure}
            - {id: d, kind: qa, answer: about six hours,
               question: How long does the LZ 129 envelope take to reach full pressure?}
            """,
            "Climb": """
            - {id: e, kind: limit, subject: Time for the Hindenburg to reach cruising altitude,
               value: 20 min}
            - {id: f, kind: qa, question: How long does the Hindenburg take to reach full altitude?,
               answer: about twenty minutes}
            """,
        },
    )
    assert any("nearly the same fact as b" in line for line in found), found
