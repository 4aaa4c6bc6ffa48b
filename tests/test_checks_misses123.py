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


def test_one_term_and_the_term_with_an_article(tmp_path):
    """ "Median" / "The median" to "Which measure of central tendency is the *middle*
    value?" / "What is the *middle* value of a sorted data set called?": one core
    (``same_core``), both terse, one rare word shared, though a third question asks
    about the median. Not a name of two capitalised words ("Rosalind Franklin", whose
    exclusion ``a_name`` tests/test_checks_misses61.py fails without): two questions
    about a person that share one word ("DNA") stay apart."""
    found = check_deck_padded(
        tmp_path,
        "Statistics",
        """
        - {id: a, kind: qa, question: Which measure of central tendency is the middle value?,
           answer: Median}
        - {id: b, kind: qa, question: What is the middle value of a sorted data set called?,
           answer: The median}
        - {id: c, kind: qa, question: What is the median of 1, 3 and 8?, answer: "3"}
        - {id: d, kind: qa, question: Who took Photo 51 of DNA?, answer: Rosalind Franklin}
        - {id: e, kind: qa, question: Which crystallographer studied the DNA of viruses
           at Birkbeck?, answer: Rosalind Franklin}
        - {id: f, kind: qa, question: When did Rosalind Franklin die?, answer: in 1958}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, facts
    assert facts[0].startswith("warning similar-fact: nearly the same fact as b "), facts
