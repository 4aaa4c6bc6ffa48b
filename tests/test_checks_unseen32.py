"""The fact checks on the kinds of card the thirty-second held-out set showed them
missing (tests/data/fact_pairs_unseen32.txt): each test is a general rule, met there on
orthopedics, Erlang, calligraphy or water polo cards and written here with other words
(most on other subjects)."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_definition_led_by_the_answer_written_as_two_words_is_asked_back(tmp_path):
    # "the breastbone" / "the breast bone, ...": one word written as one or as two
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the sternum commonly called?, answer: the breastbone}
        - id: b
          kind: concept
          term: sternum
          definition: the breast bone, a flat bone in the middle of the chest
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_term_typed_without_its_marks_is_the_answer_with_them(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the Japanese word for tea ceremony?, answer: sadō}
        - {id: b, kind: concept, term: sado, definition: the Japanese tea ceremony (the way of tea)}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_term_with_an_aside_in_brackets_is_the_answer_without_it(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the name of the second cervical vertebra?,
           answer: axis}
        - id: b
          kind: concept
          term: axis (C2)
          definition: the second cervical vertebra, with the dens on which the atlas turns
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_term_and_another_answer_asked_back_are_no_rewording(tmp_path):
    # the marks and the brackets set aside, the words still differ: two things
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the name of the second cervical vertebra?,
           answer: axis}
        - id: b
          kind: concept
          term: atlas (C1)
          definition: the first cervical vertebra, which carries the skull
        - {id: c, kind: qa, question: What is the Japanese word for flower arranging?,
           answer: ikebana}
        - {id: d, kind: concept, term: sado, definition: the Japanese tea ceremony (the way of tea)}
        """,
    )
    assert found == [], found


def test_a_test_asked_for_by_what_it_checks_is_asked_back(tmp_path):
    # "Which manoeuvre *checks* for X?" "Dix-Hallpike (how it is done)" / "What does the
    # Dix-Hallpike manoeuvre *diagnose*?" X: the answer's aside and the questions' verbs
    # set aside, one fact asked from both sides
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: Which manoeuvre checks for benign paroxysmal positional vertigo?
          answer: Dix-Hallpike (head turned 45 degrees, patient lies back)
        - {id: b, kind: qa, question: What does the Dix-Hallpike manoeuvre diagnose?,
           answer: benign paroxysmal positional vertigo}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_test_asked_for_by_another_condition_is_no_rewording(tmp_path):
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: Which manoeuvre checks for benign paroxysmal positional vertigo?
          answer: Dix-Hallpike (head turned 45 degrees, patient lies back)
        - {id: b, kind: qa, question: What does the Epley manoeuvre treat?,
           answer: benign paroxysmal positional vertigo}
        """,
    )
    assert found == [], found
