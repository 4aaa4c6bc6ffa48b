"""Three false findings of the fact checks (issue 18): answers in code differing only by
letter case, a word against the same word with a negating prefix, and two yes/no
questions about different things answered alike. Each test failed with its rule undone."""

from __future__ import annotations

from cheatdeck.checks.siblings import negated_by_prefix

from conftest import check_facts


def _codes(found: list[str]) -> list[str]:
    return [line.split(":", 1)[0] for line in found]


def test_code_answers_differing_by_case_are_two_values(tmp_path):
    """In code case matters: `-p` and `-P` are two flags, not one fact stated twice."""
    found = check_facts(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which grep flag enables Perl regular expressions?,
           answer: "`-P`"}
        - {id: b, kind: qa, question: Which grep flag enables Perl regular expressions?,
           answer: "`-p`"}
        - {id: c, kind: qa, question: Which zsh glob qualifier picks the newest file?,
           answer: "`*(om[1])`"}
        - {id: d, kind: qa, question: Which zsh glob qualifier picks the newest file?,
           answer: "`*(Om[1])`"}
        - {id: e, kind: qa, question: Which tool counts lines?, answer: "`wc -l`"}
        """,
    )
    assert _codes(found) == ["error conflicting-fact", "warning similar-fact"], found
    assert "'*(om[1])' here and '*(Om[1])' there" in found[1], found


def test_prose_and_keywords_differing_by_case_stay_duplicates(tmp_path):
    """ "Paris" / "paris" is one answer; so is SQL written in capitals or small letters."""
    found = check_facts(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the capital of France?, answer: Paris}
        - {id: b, kind: qa, question: What is the capital of France?, answer: paris}
        - {id: c, kind: qa, question: How do you count the rows of table t?,
           answer: "`SELECT COUNT(*) FROM t`"}
        - {id: d, kind: qa, question: How do you count the rows of table t?,
           answer: "`select count(*) from t`"}
        - {id: e, kind: qa, question: What is the capital of Spain?, answer: Madrid}
        """,
    )
    assert _codes(found) == ["error duplicate-fact", "error duplicate-fact"], found


def test_a_word_and_its_negation_by_prefix_name_two_things(tmp_path):
    """ "Recovery time after an aerobic session of training" 24 h / "... after an
    anaerobic training session" 48 h: "anaerobic" negates "aerobic", two sessions."""
    found = check_facts(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Recovery time after an aerobic session of training,
           value: "24 h"}
        - {id: b, kind: limit, subject: Recovery time after an anaerobic training session,
           value: "48 h"}
        - {id: c, kind: qa, question: Which muscle fibres fatigue fastest?, answer: Type IIx}
        - {id: d, kind: concept, term: Typical gait, definition: walking with heel strike first}
        - {id: e, kind: concept, term: Atypical gait, definition: walking on the toes}
        """,
    )
    assert found == [], found


def test_a_prefix_on_a_word_that_is_no_adjective_is_no_negation():
    """ "across" is no negation of "cross", nor "alive" of "live", nor "inline" of "line":
    only adjectives take a negating "a-" or "in-" ("atypical", "irregular")."""
    assert negated_by_prefix("Time to cross the Channel", "Time to go across the Channel") is False
    assert negated_by_prefix("How long do cells live?", "How long are cells alive?") is False
    assert negated_by_prefix("Helm flag to set a value on the line", "... inline") is False
    assert negated_by_prefix("Is the tree symmetric?", "Is the tree asymmetric?") is True
    assert negated_by_prefix("Is the heart rate regular?", "Is it irregular?") is True


def test_yes_or_no_to_two_questions_is_no_shared_fact(tmp_path):
    """ "Does JSON allow comments?" / "Is a trailing comma allowed in a JSON array?", both
    "No": a yes or a no tells nothing of what was asked, so the prompts alone must be
    near, and these say more words of their own than they share."""
    found = check_facts(
        tmp_path,
        """
        - {id: a, kind: qa, question: Does JSON allow comments?, answer: "No"}
        - {id: b, kind: qa, question: Is a trailing comma allowed in a JSON array?,
           answer: "No"}
        - {id: c, kind: qa, question: Which character quotes JSON strings?,
           answer: double quote}
        """,
    )
    assert found == [], found


def test_one_yes_or_no_question_worded_twice_stays_similar(tmp_path):
    found = check_facts(
        tmp_path,
        """
        - {id: a, kind: qa, question: Does JSON permit comments?, answer: "No"}
        - {id: b, kind: qa, question: Are comments allowed in a JSON file?, answer: "No"}
        - {id: c, kind: qa, question: Which character quotes JSON strings?,
           answer: double quote}
        """,
    )
    assert _codes(found) == ["warning similar-fact"], found
