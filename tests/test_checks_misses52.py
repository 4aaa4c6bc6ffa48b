"""The fact checks on the kinds of pair that the thirty-second and thirty-third held-out
sets still showed them missing (tests/data/fact_pairs_unseen32..33.txt, issue 18): each
test is a general rule, met there on calligraphy, Julia or glassblowing cards and written
here with other words and subjects."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_question_whose_fact_a_definition_tells_whole_is_that_term_again(tmp_path):
    # the question names the term, its other words are in the definition, and so is its
    # answer of two words or more: the definition tells the question's fact (a warning)
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: Helvetica
          definition: a neo-grotesque sans-serif typeface designed by Max Miedinger in 1957
        - {id: b, kind: qa, question: Who designed Helvetica?, answer: Max Miedinger}
        - id: c
          kind: concept
          term: Tempera
          definition: paint bound with egg yolk, quick to dry and hard to blend
        - {id: d, kind: qa, question: What is tempera bound with?, answer: egg yolk}
        """,
    )
    assert len(found) == 2, found
    assert all("similar-fact" in line and "nearly the same fact" in line for line in found), found


def test_a_question_that_asks_more_than_the_definition_says_stays_apart(tmp_path):
    # a question word the definition lacks ("sold"), an answer of one word that the
    # definition says (it may say it for another reason), or an answer the definition
    # says only in part: two facts of one thing
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: Helvetica
          definition: a sans-serif typeface designed by Max Miedinger for the Haas Type Foundry
        - {id: b, kind: qa, question: Who first sold Helvetica?, answer: the Haas Type Foundry}
        - id: c
          kind: concept
          term: Chlorophyll
          definition: the green pigment that absorbs light for photosynthesis
        - {id: d, kind: qa, question: What does chlorophyll absorb?, answer: light}
        - id: e
          kind: concept
          term: Gouache
          definition: opaque watercolour bound with gum arabic
        - {id: f, kind: qa, question: What is gouache bound with?, answer: gum arabic and chalk}
        """,
    )
    assert found == [], found


def test_two_things_a_verb_acts_on_are_the_plural_alone(tmp_path):
    # "merges two dictionaries" / "merge dictionaries": one question, two answers
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which operator merges two dictionaries in Python?,
           answer: '|'}
        - {id: b, kind: qa, question: How do you merge dictionaries in Python?, answer: with +}
        """,
    )
    assert len(found) == 1, found
    assert "similar-fact" in found[0] and "possibly conflicting" in found[0], found


def test_two_that_tell_a_thing_apart_stay(tmp_path):
    # two of a chosen pair ("the first two letters"), two on a thing ("with two
    # stripes"), two who act ("Can two rooks ...?"), or a count the answer depends on (a
    # value): other questions
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What do the first two letters of a VIN tell?,
           answer: the country of manufacture}
        - {id: b, kind: qa, question: What do the first letters of a VIN tell?,
           answer: the maker}
        - {id: c, kind: qa, question: What does a flag with two stripes signal?,
           answer: a diver below}
        - {id: d, kind: qa, question: What does a flag with stripes signal?,
           answer: a pilot on board}
        - {id: e, kind: qa, question: How many bytes do two ints take in C?, answer: 8 bytes}
        - {id: f, kind: qa, question: How many bytes do ints take in C?, answer: 4 bytes}
        - {id: g, kind: qa, question: Can two rooks mate a lone king?, answer: "yes"}
        - {id: h, kind: qa, question: Can rooks mate a lone king?, answer: "no"}
        """,
    )
    assert found == [], found


def test_a_question_answered_with_a_term_in_words_of_its_definition_is_that_term(tmp_path):
    # no "What is it called?": the question describes the term in two words or more of
    # its definition and is answered with the term alone (a warning)
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: Tin snips
          definition: hand shears with hardened blades used to cut thin sheet metal
        - id: b
          kind: qa
          question: Which tool cuts sheet metal with two long handles and a pivot?
          answer: tin snips
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found
    assert "nearly the same fact" in found[0], found


def test_a_question_answered_with_a_term_sharing_one_word_stays_apart(tmp_path):
    # the question's kind of thing alone ("organ") is shared: it asks another fact
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Liver, definition: the largest internal organ}
        - {id: b, kind: qa, question: Which organ does hepatitis harm?, answer: the liver}
        """,
    )
    assert found == [], found
