"""One question asked twice in other words, answered alike (issue 18, the qa/qa
duplicates of the held-out sets): an answer that third prompts name, when the two
questions share three words of their own (``Verdict._one_answer_reworded``), and an
answer that the other says in brackets (``restated.same_core``, ``named_in_aside``),
on cards of other subjects than the sets'."""

from __future__ import annotations

from cheatdeck.checks.restated import named_in_aside, same_core

from conftest import check_facts_padded as check


def test_an_answer_other_prompts_name_is_one_fact_when_three_own_words_are_shared(tmp_path):
    # "New Horizons" is asked about by a third card, yet the two questions share
    # "Pluto", "Charon" and "2015": one fact asked twice
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which probe flew past Pluto and Charon in July 2015?,
           answer: New Horizons}
        - {id: b, kind: qa, question: What spacecraft sent the first close images of Pluto
           and Charon in 2015?, answer: NASA's New Horizons}
        - {id: c, kind: qa, question: When was New Horizons launched?, answer: in 2006}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_an_answer_other_prompts_name_stays_apart_with_one_own_word_shared(tmp_path):
    # "Rosalind Franklin" is asked about by a third card; the two questions share only
    # "DNA": two facts of one person
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who took Photo 51 of DNA?, answer: Rosalind Franklin}
        - {id: b, kind: qa, question: Which crystallographer studied the DNA of viruses
           at Birkbeck?, answer: Rosalind Franklin}
        - {id: c, kind: qa, question: When did Rosalind Franklin die?, answer: in 1958}
        """,
    )
    assert found == [], found


def test_an_answer_that_adds_what_the_other_says_in_brackets_is_one_fact(tmp_path):
    # "in 1953" is what the other answer says aside: one fact asked twice
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who first climbed Everest with Tenzing Norgay?,
           answer: "Edmund Hillary, in 1953"}
        - {id: b, kind: qa, question: Which New Zealander reached the summit of Everest
           first?, answer: Edmund Hillary (1953)}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_an_answer_core_named_aside_or_with_the_others_aside_words():
    assert named_in_aside("a rain gauge", "a pluviometer (rain gauge)")
    assert named_in_aside("catchment", "a drainage basin (catchment, watershed)")
    assert not named_in_aside("watershed", "a drainage basin (catchment area)")
    assert not named_in_aside("a rain gauge", "They hold a rain gauge (rain gauge)")
    assert same_core("Roger Bannister, in 1954", "Roger Bannister (1954)", "")
    assert not same_core("Roger Bannister, in 1954", "Roger Bannister (1955)", "")
    assert same_core("Nitrous oxide", "N2O (nitrous oxide)", "")
