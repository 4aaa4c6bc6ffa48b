"""The fact checks on the kinds of card the forty-second held-out set showed them
missing (tests/data/fact_pairs_unseen42.txt): each test is a general rule, met there on
emergency medicine, Gradle, screen printing or cross-country skiing cards and written
here on other subjects."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_limit_and_a_question_asked_in_other_words_with_one_value_are_one_fact(tmp_path):
    # the value is a common one (other cards state it), so only the prompts tell it
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Storage life of cooked rice in the freezer, value: 6 months}
        - id: b
          kind: qa
          question: How long does cooked rice keep in a freezer?
          answer: six months
        - {id: c, kind: limit, subject: Notice period of a flat lease, value: 6 months}
        - {id: d, kind: qa, question: How often is a smoke alarm tested?, answer: every 6 months}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0] and "fact as b at" in found[0], found


def test_limits_worded_otherwise_with_other_values_are_left_alone(tmp_path):
    # most are siblings: two drugs, two measures of one subject, a count of things
    # against a bare number
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Maximum daily dose of paracetamol, value: 4 g}
        - {id: b, kind: qa, question: What is the highest daily dose of ibuprofen?, answer: 2.4 g}
        - {id: c, kind: limit, subject: Maximum length of a tag name, value: 255 characters}
        - {id: d, kind: limit, subject: Default maximum number of tags, value: "1,000"}
        - {id: e, kind: limit, subject: Specific heat of copper, value: 0.385 J/(g·K)}
        - {id: f, kind: limit, subject: Latent heat of fusion of copper, value: 205 J/g}
        """,
    )
    assert found == [], found


def test_one_template_asked_of_two_products_is_no_limit_asked_again(tmp_path):
    # "Zorbo" and "Quill": words never written in small letters, one on each side
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Zorbo Basic default timeout, value: 30 seconds}
        - {id: b, kind: qa, question: What is the default timeout of Quill Basic?, answer: 30 s}
        """,
    )
    assert found == [], found


def test_a_condition_one_limit_says_alone_is_no_limit_asked_again(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Kettle boiling time, value: 3 minutes}
        - {id: b, kind: qa, question: Kettle boiling time without its lid?, answer: 3 minutes}
        """,
    )
    assert found == [], found
