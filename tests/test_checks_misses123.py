"""misses123: two questions in other words, one answer (issue 18)."""

from __future__ import annotations

from conftest import check_deck_padded


def test_one_terse_answer_to_questions_that_share_one_rare_word(tmp_path):
    """ "Which *protein* carries oxygen in red blood cells?" / "What *protein* in
    erythrocytes transports O2?" share one word of their own, fewer than
    ``_SHARED_OWN_WORDS``, but both answer one word, the same ("hemoglobin" /
    "haemoglobin"): one fact asked twice, a warning (``_one_terse_core``), though a third
    question asks about hemoglobin (an answer that third prompts name may be a subject of
    several facts, ``_answered_by_these_alone``)."""
    found = check_deck_padded(
        tmp_path,
        "Physiology",
        """
        - {id: a, kind: qa, question: Which protein carries oxygen in red blood cells?,
           answer: hemoglobin}
        - {id: b, kind: qa, question: What protein in erythrocytes transports O2?,
           answer: haemoglobin}
        - {id: c, kind: qa, question: Which gas binds hemoglobin more tightly than oxygen?,
           answer: carbon monoxide}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, facts
    assert facts[0].startswith("warning similar-fact: nearly the same fact as b "), facts


def test_one_name_and_the_name_with_more_of_it(tmp_path):
    """ "Hannibal" / "Hannibal Barca" to "Which Carthaginian general crossed the *Alps*
    with elephants?" / "Who led Carthage's army over the *Alps* in the Second Punic
    War?": one core (``same_core``), both terse, one rare word shared."""
    found = check_deck_padded(
        tmp_path,
        "Ancient history",
        """
        - {id: a, kind: qa, question: Which Carthaginian general crossed the Alps with elephants?,
           answer: Hannibal}
        - {id: b, kind: qa,
           question: Who led Carthage's army over the Alps in the Second Punic War?,
           answer: Hannibal Barca}
        - {id: c, kind: qa, question: Where did Hannibal defeat the Romans in 216 BC?,
           answer: Cannae}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, facts
    assert facts[0].startswith("warning similar-fact: "), facts
