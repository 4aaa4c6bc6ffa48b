"""Three false findings of the fact checks (issue 18): answers in code differing only by
letter case, a word against the same word with a negating prefix, and two yes/no
questions about different things answered alike. Each test failed with its rule undone."""

from __future__ import annotations

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
