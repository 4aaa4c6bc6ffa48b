"""The fact checks on the kinds of card the thirty-ninth held-out set showed them
missing (tests/data/fact_pairs_unseen39.txt): each test is a general rule, met there on
urology, Nim, candle and soap making or squash cards and written here with other words
(most on other subjects)."""

from __future__ import annotations

import pytest

from conftest import check_facts as check


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("npm install <pkg>", "npm install PACKAGE"),
        ("cd <dir>", "cd <directory>"),
        ("cp <src> <dest>", "cp <source> <destination>"),
    ],
)
def test_a_placeholder_named_by_its_short_form_is_the_same_placeholder(tmp_path, short, long):
    # "<pkg>" and "PACKAGE" name one placeholder (an abbreviation and its word): one
    # command, a duplicate, never two answers to one task
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: command, task: Install a package, command: "{short}"}}
        - {{id: b, kind: command, task: Install a package, command: "{long}"}}
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0], found


@pytest.mark.parametrize(
    ("superlative", "most"),
    [
        (
            "What is the commonest type of skin cancer?",
            "What is the most common type of skin cancer?",
        ),
        ("Commonest cause of anaemia in children?", "Most common cause of anaemia in children?"),
    ],
)
def test_commonest_is_most_common(tmp_path, superlative, most):
    # "commonest" asks what "most common" asks: another answer is possibly a conflict
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{superlative}", answer: basal cell carcinoma}}
        - {{id: b, kind: qa, question: "{most}", answer: melanoma}}
        """,
    )
    assert len(found) == 1 and "conflict" in found[0], found


def test_other_superlatives_stay_apart_from_longest(tmp_path):
    # "most" is "max", as "longest" is: "strongest" stays its own word
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Strongest muscle by force?, answer: masseter}
        - {id: b, kind: qa, question: Longest muscle?, answer: sartorius}
        - {id: c, kind: qa, question: Largest muscle?, answer: gluteus maximus}
        """,
    )
    assert found == [], found


def test_derived_from_asks_what_made_from_asks(tmp_path):
    # "Which fibre is *derived from* flax?" asks what "... *made from* flax?" asks:
    # another answer is possibly a conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which fibre is made from flax?, answer: linen}
        - {id: b, kind: qa, question: Which fibre is derived from flax?, answer: jute}
        """,
    )
    assert len(found) == 1 and "conflict" in found[0], found


def test_an_option_value_after_a_colon_is_its_value_as_after_equals(tmp_path):
    # "-o:srv" / "--out:srv" (options written "name:value", as the Nim compiler and
    # others read them) is "-o=srv" / "--out=srv": perhaps one option written two
    # ways, a warning as for "=", never two answers that conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Name the output binary, command: "nim c -o:srv x.nim"}
        - {id: b, kind: command, task: Name the output binary, command: "nim c --out:srv x.nim"}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found


@pytest.mark.parametrize(
    ("question", "reworded", "answer", "other"),
    [
        # "belongs to which" asks what "is in which" asks: a member's class or family
        (
            "Which drug class is atenolol?",
            "Atenolol belongs to which class of drugs?",
            "beta blocker",
            "cardioselective beta-1 adrenergic antagonist",
        ),
        # "join" two strings is "concatenate" them (a warning's looser synonym)
        (
            "Which operator concatenates strings in Elixir?",
            "How do you join two strings in Elixir?",
            "<>",
            'with the `<>` operator, e.g. "a" <> "b"',
        ),
    ],
)
def test_a_question_reworded_by_a_common_phrase(tmp_path, question, reworded, answer, other):
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{question}", answer: "{answer}"}}
        - {{id: b, kind: qa, question: "{reworded}", answer: '{other}'}}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_limit_whose_subject_ends_in_to_is_filled_by_its_value(tmp_path):
    # "Cut the stems to" 2 cm measures what "Stem cutting length" does; "Upgrade to" /
    # "Upgrade from" stay two things
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Stem cutting length, value: 2 cm}
        - {id: b, kind: limit, subject: Cut the stems to, value: 20 mm}
        - {id: c, kind: limit, subject: Upgrade the database to, value: version 16}
        - {id: d, kind: limit, subject: Upgrade the database from, value: version 12}
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0] and "b" in found[0], found


def test_a_recommended_value_is_the_value_a_limit_names(tmp_path):
    # "Recommended X" measures what "X" does, as "Default X" does: another value
    # conflicts, the same value in other units is a duplicate
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Recommended tyre pressure for a road bike, value: 6 bar}
        - {id: b, kind: limit, subject: Road bike tyre pressure, value: 600 kPa}
        - {id: c, kind: limit, subject: Recommended mulch depth, value: 7 cm}
        - {id: d, kind: limit, subject: Mulch depth, value: 15 cm}
        """,
    )
    assert len(found) == 2, found
    assert "duplicate-fact" in found[0] and "conflicting-fact" in found[1], found
