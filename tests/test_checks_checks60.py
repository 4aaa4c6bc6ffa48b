"""The fact checks on misses of held-out pair set 41 (issue 18), each a general rule
written here with cards of other domains (sewing, orchestra instruments, beekeeping)."""

from __future__ import annotations

from conftest import check_facts as check


def test_short_answers_apart_but_for_the_kind_their_question_names(tmp_path):
    # "a jeans needle (sharp point)" / "a universal needle": both answers say "needle",
    # the kind the questions ask for; past it (and the aside in brackets) they share no
    # word, so one question asked twice gets two answers that cannot both be right
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: Which sewing machine needle suits denim fabric?
          answer: a jeans needle (sharp point)
        - id: b
          kind: qa
          question: Which sewing machine needle suits denim?
          answer: a universal needle
        """,
    )
    assert len(found) == 1, found
    assert "similar-fact: possibly conflicting" in found[0], found


def test_inches_written_in_before_their_conversion_in_brackets(tmp_path):
    # "14 in (35.6 cm)" is fourteen inches, written again in centimetres: not 14 of the
    # next unit and 35.6 cm, which read as a range around "10 inches"; so ten inches on
    # the same question is another answer, an error
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How long is a long knitting needle?, answer: 14 in (35.6 cm)}
        - {id: b, kind: qa, question: How long is a long knitting needle?, answer: 10 inches}
        """,
    )
    assert len(found) == 1, found
    assert "conflicting-fact" in found[0] and "'10 inches' there" in found[0], found


def test_sole_is_only(tmp_path):
    # "Which bee is the *only* egg layer ...?" / "What is the *sole* egg layer ...?": one
    # question in other words, so two answers to it may conflict
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: Which bee is the only egg layer of a healthy colony?
          answer: the queen bee
        - id: b
          kind: qa
          question: What is the sole egg layer of a healthy colony?
          answer: the worker bee
        """,
    )
    assert len(found) == 1, found
    assert "similar-fact: possibly conflicting" in found[0], found


def test_up_to_what_asks_the_maximum(tmp_path):
    # "*Up to what* hive weight ...?" asks what "What is the *maximum* hive weight ...?"
    # asks: another value is a conflict; so is another value of a limit "Maximum ..."
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What is the maximum hive weight a beekeeper should lift alone?
          answer: 25 kg
        - id: b
          kind: qa
          question: Up to what hive weight should a beekeeper lift alone?
          answer: 40 kg
        - id: c
          kind: limit
          subject: Maximum embroidery thread length for one needle
          value: 45 cm
        - id: d
          kind: qa
          question: Up to what length of embroidery thread goes on one needle?
          answer: 60 cm
        """,
    )
    assert len(found) == 2, found
    assert "conflicting-fact" in found[0] and "'40 kg' there" in found[0], found
    assert "similar-fact: possibly conflicting" in found[1] and "'60 cm'" in found[1], found


def test_a_prompt_naming_its_values_unit_asks_the_measure(tmp_path):
    # "*Days* for a starter to mature" (7 days) asks what "*Time* for a starter to
    # mature" asks: the unit named where the other names the measure is no template's
    # slot, so 14 days there may conflict; two units ("Hours ..." / "Days ...") stay two
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Days for a new sourdough starter to mature, value: 7 days}
        - {id: b, kind: limit, subject: Time for a new sourdough starter to mature, value: 14 days}
        - {id: c, kind: limit, subject: Hours a sourdough starter rests in the fridge, value: 72 h}
        - {id: d, kind: limit, subject: Days a sourdough starter rests in the fridge, value: 5 days}
        """,
    )
    assert len(found) == 1, found
    assert "similar-fact: possibly conflicting with b" in found[0], found
