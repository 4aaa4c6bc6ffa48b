"""Duplicates that went unfound (issue 18, misses134): a term and a question that asks
what it was, in a history card's past tense ("What was the millet system?" / "millet"),
found as "What is ...?" is. Each test failed with its rule undone."""

from __future__ import annotations

from conftest import check_facts_padded


def _similar(found: list[str]) -> list[str]:
    return [line for line in found if " similar-fact: " in line]


def test_a_term_asked_in_the_past_tense_is_one_fact(tmp_path):
    """ "What was the Rialto?" / "Rialto (market district)", "What were the chasquis?" /
    "Chasqui (runner)": the question asks what the thing was, naming it without the
    term's aside; its answer says again what the definition says."""
    found = check_facts_padded(
        tmp_path,
        """
        - {id: a, kind: concept, term: Rialto (market district),
           definition: the market district of Venice by the Grand Canal bridge}
        - {id: b, kind: qa, question: What was the Rialto?,
           answer: the commercial centre of Venice around its oldest bridge}
        - {id: c, kind: concept, term: Chasqui (runner),
           definition: a relay messenger running the Inca road network}
        - {id: d, kind: qa, question: What were the chasquis?,
           answer: relay runners who carried messages along Inca roads}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 2, found
    assert all("possibly conflicting" not in line for line in similar), found
    assert any("'What was the Rialto?'" in line for line in similar), found
    assert any("'What were the chasquis?'" in line for line in similar), found


def test_a_past_tense_question_about_something_else_of_the_term_is_no_duplicate(tmp_path):
    """ "What was the Mita made of?" asks something of the thing, not what it was; and a
    question whose answer says nothing the definition says is left alone."""
    found = check_facts_padded(
        tmp_path,
        """
        - {id: a, kind: concept, term: Mita,
           definition: the compulsory public labour each Inca community owed the state}
        - {id: b, kind: qa, question: What was the Mita owed in?,
           answer: turns of labour on roads, terraces and mines}
        - {id: c, kind: concept, term: Arsenal (Venice),
           definition: the state shipyard that built the Venetian war galleys}
        - {id: d, kind: qa, question: What was the Arsenal?,
           answer: a walled complex by the lagoon guarded day and night}
        """,
    )
    assert _similar(found) == [], found
