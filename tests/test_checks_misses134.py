"""Duplicates that went unfound (issue 18, misses134): a term and a question that asks
what it was, in a history card's past tense ("What was the millet system?" / "millet"),
found as "What is ...?" is; and in a small deck on one topic, whose words recur in most
cards, two prompts in other words with one short answer. Each test failed with its rule
undone."""

from __future__ import annotations

from conftest import check_deck, check_facts_padded, made_up_word


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


def _euchre(pair: str) -> str:
    """A small deck on euchre (52 cards): every prompt says "euchre", a fifth say "card",
    as in a newcomer's deck on one topic; then ``pair``."""
    terms = "\n".join(
        f"- {{id: t{k}, kind: qa, question: What does the euchre term {made_up_word(k)} mean?,"
        f" answer: {made_up_word(k + 4000)}}}"
        for k in range(40)
    )
    scores = "\n".join(
        f"- {{id: s{k}, kind: qa, question: What does a {made_up_word(k + 100)} card score in"
        f" euchre?, answer: {made_up_word(k + 4100)}}}"
        for k in range(10)
    )
    return f"{terms}\n{scores}\n{pair}"


def test_a_question_reworded_in_a_small_deck_whose_words_recur(tmp_path):
    """ "Which card wins every euchre trick?" / "Highest card of a euchre hand", both the
    right bower: the words they share ("card", "euchre") are in a fifth of the deck or
    more, so none was rare enough to tie them; in a deck this small a short answer said
    twice lets a word used by fewer than 40 % of the cards do."""
    found = check_deck(
        tmp_path,
        "Euchre",
        _euchre(
            """
- {id: a, kind: qa, question: Which card wins every euchre trick?, answer: the right bower}
- {id: b, kind: qa, question: Highest card of a euchre hand, answer: Right bower}
"""
        ),
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "'Which card wins every euchre trick?' here" in similar[0], found
    assert "'Highest card of a euchre hand' there" in similar[0], found
    assert "possibly conflicting" not in similar[0], found


def test_one_template_with_one_short_answer_in_a_small_deck_stays_apart(tmp_path):
    """Two prompts of one template, one slot filled otherwise ("... the *first* trick" /
    "... the *last* trick"), with one short answer: two questions, as in a larger
    corpus."""
    found = check_deck(
        tmp_path,
        "Euchre",
        _euchre(
            """
- {id: a, kind: qa, question: Which card leads the first euchre trick?, answer: the left bower}
- {id: b, kind: qa, question: Which card leads the last euchre trick?, answer: the left bower}
"""
        ),
    )
    assert _similar(found) == [], found
