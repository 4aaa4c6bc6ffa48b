"""The fact checks on the kinds of card the twenty-third held-out set showed them
missing (tests/data/fact_pairs_unseen23.txt): each test is a general rule, met there on
homebrewing, quantum computing, poker or flag cards and written here with other words
(most on other subjects)."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_names_adjective_in_ese_ish_or_i_is_the_name(tmp_path):
    # adjectives of a name in -ese, -ish or -i ("Sudanese" / "Sudan", "Turkish" /
    # "Turkey", "Iraqi" / "Iraq") ask about the name, as "Canadian" / "Canada" do
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the currency of Sudan?, answer: Sudanese pound}
        - {id: b, kind: qa, question: What is the Sudanese currency?, answer: Sudanese pound}
        - {id: c, kind: qa, question: What is the capital of Turkey?, answer: Ankara}
        - {id: d, kind: qa, question: What is the Turkish capital?, answer: Istanbul}
        - {id: e, kind: qa, question: How long is the coastline of Iraq?, answer: 58 km}
        - {id: f, kind: qa, question: How long is the Iraqi coastline?, answer: 58 km}
        """,
    )
    assert len(found) == 3, found
    assert "same fact as b at" in found[0], found
    assert "possibly conflicting with d at" in found[1], found
    assert "'Ankara' here and 'Istanbul' there" in found[1], found
    assert "same fact as f at" in found[2], found


def test_chance_and_likelihood_ask_the_probability(tmp_path):
    # "What is the probability of ...?" and "Chance of ...?" ask one thing (a warning:
    # layer 3 only, as other loose synonyms)
    found = check(
        tmp_path / "chance",
        """
        - {id: a, kind: qa, question: What is the probability of a tie?, answer: 1/3}
        - {id: b, kind: qa, question: Chance of a tie?, answer: 1/4}
        """,
    )
    assert len(found) == 1, found
    assert "possibly conflicting with b at" in found[0], found
    found = check(
        tmp_path / "likelihood",
        """
        - id: c
          kind: qa
          question: What is the probability of a hurricane landfall in Maine in a year?
          answer: 1 in 30
        - id: d
          kind: qa
          question: Likelihood of a hurricane landfall in Maine in a year?
          answer: 1 in 30
        """,
    )
    assert len(found) == 1, found
    assert "same fact as d at" in found[0], found


def test_proportions_ask_the_ratio(tmp_path):
    # a shape's "proportions" are its "ratio" (a warning: layer 3 only)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What are the proportions of a widescreen TV?, answer: "16:9"}
        - {id: b, kind: qa, question: Aspect ratio of a widescreen TV?, answer: "4:3"}
        """,
    )
    assert len(found) == 1, found
    assert "possibly conflicting with b at" in found[0], found


def test_a_term_and_a_question_answered_with_its_definition_are_one_fact(tmp_path):
    # a term (a concept, a list's item) and a question that names it, answered with what
    # the definition says: one fact asked twice (a warning); a question answered with a
    # part of the definition stays apart (test_checks_heldout pins that)
    found = check(
        tmp_path,
        """
        - id: a
          kind: list
          title: Kitchen tools
          items:
          - Whisk: beats air into eggs and cream
        - id: b
          kind: qa
          question: What does a whisk add to cream?
          answer: Air, beaten into cream and eggs
        - {id: e, kind: concept, term: Enzyme, definition: A protein that speeds up a reaction.}
        - {id: f, kind: qa, question: What is an enzyme made of?, answer: Protein}
        """,
    )
    assert len(found) == 1, found
    assert "same fact as b at" in found[0], found


def test_degrees_of_a_named_scale_spelt_out_are_its_symbol(tmp_path):
    # "degrees Plato" is "°P" and "degrees Brix" "°Bx", as "degrees Celsius" is "°C"
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Gravity of a 10 °P wort, value: 1.040 SG}
        - {id: b, kind: limit, subject: Gravity of a 10 degrees Plato wort, value: 1.050 SG}
        - {id: c, kind: limit, subject: Potential alcohol of a 24 °Bx must, value: 14 %}
        - {id: d, kind: limit, subject: Potential alcohol of a 24 degrees Brix must, value: 14 %}
        """,
    )
    assert len(found) == 2, found
    assert "error conflicting-fact" in found[0] and "b at" in found[0], found
    assert "error duplicate-fact" in found[1] and "d at" in found[1], found


def test_a_ratio_written_with_by_is_the_ratio(tmp_path):
    # to a question that asks a ratio or proportions, "2 by 3" is "2:3" (no conflict)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What are the proportions of the flag of Peru?, answer: "2:3"}
        - {id: b, kind: qa, question: Peru flag ratio?, answer: 2 by 3}
        """,
    )
    assert len(found) == 1, found
    assert "same fact as b at" in found[0], found


def test_odds_against_are_the_probability(tmp_path):
    # "N:1 against" is the probability 1 / (N + 1), to the same question asked with
    # "probability": one fact (a warning); other values, or odds not said to be
    # against, say nothing
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What are the odds against a baby being born on its due date?
          answer: About 24:1
        - id: b
          kind: qa
          question: What is the probability of a baby being born on its due date?
          answer: About 4%
        - {id: c, kind: qa, question: What are the odds of drawing a heart?, answer: "3:1"}
        - {id: d, kind: qa, question: What is the probability of drawing a heart?, answer: 1/4}
        """,
    )
    assert len(found) == 1, found
    assert "same fact as b at" in found[0], found
