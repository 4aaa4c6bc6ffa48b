"""The fact checks on the kinds of pair that the twenty-eighth to thirtieth held-out sets
still showed them missing (tests/data/fact_pairs_unseen28/29/30.txt, issue 18): each
test is a general rule, met there on wine, paediatrics, PHP or toxicology cards and
written here with other words and subjects."""

from __future__ import annotations

from conftest import check_facts as check


def test_one_rare_answer_to_prompts_sharing_only_a_rare_subject(tmp_path):
    # the same uncommon answer, to two prompts whose one shared word no other item says
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which grape is Chablis made from?, answer: Chardonnay}
        - {id: b, kind: qa, question: Chablis is 100% which variety?, answer: Chardonnay}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0] and "as b" in found[0], found


def test_one_rare_answer_to_two_questions_for_one_kind_of_thing_stays_apart(tmp_path):
    # the one shared word is what both ask for ("which key"): two things of one kind
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which key deletes one character?, answer: "`x`"}
        - {id: b, kind: qa, question: Which key closes the quickfix list?, answer: "`x`"}
        - {id: c, kind: qa, question: Which polarity does solid-wire MIG use?,
           answer: DC electrode positive}
        - {id: d, kind: qa, question: Which polarity does stick welding on steel use?,
           answer: DC electrode positive}
        """,
    )
    assert found == [], found


def test_one_rare_answer_to_prompts_sharing_a_common_word_stays_apart(tmp_path):
    # one shared word that other items say too ("painter", "enzyme"), and one rare
    # answer word: two facts about one person or thing
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which painter made Guernica?, answer: Picasso}
        - {id: b, kind: qa, question: Which painter co-founded Cubism with Braque?,
           answer: Picasso}
        - {id: c, kind: qa, question: Which painter made The Night Watch?, answer: Rembrandt}
        - {id: d, kind: qa, question: Which painter cut off part of his ear?,
           answer: Vincent van Gogh}
        - {id: f, kind: qa, question: Which enzyme is deficient in albinism?, answer: tyrosinase}
        - {id: h, kind: qa, question: Which enzyme makes melanin from tyrosine?,
           answer: tyrosinase}
        - {id: i, kind: qa, question: Which enzyme does saliva use to digest starch?,
           answer: amylase}
        """,
    )
    assert found == [], found


def test_a_keyword_and_the_same_keyword_in_a_code_span_are_one_answer(tmp_path):
    # "const" / "with `const`": the one code span, a word around it
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which keyword declares a block-scoped constant in JavaScript?,
           answer: const}
        - {id: b, kind: qa, question: "In JavaScript, how do you declare a block-scoped constant?",
           answer: "with `const`"}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_code_named_keeps_negations_other_code_and_case_apart():
    from cheatdeck.checks.similar import _code_named

    assert _code_named("const", "with `const`")
    assert _code_named("===", "`===` (identical)")
    assert _code_named("setState()", "`setState`")
    assert _code_named("implode()", "implode (alias join)")
    assert not _code_named("const", "never `const`")  # a negation around it
    assert not _code_named("const", "`let`, or `const` for constants")  # two spans
    assert not _code_named("const", "with `Const`")  # case is the code's
    assert not _code_named("const", "with `const` unless the value is reassigned later")
    assert not _code_named("implode", "implode (alias join)")  # no call: a word, not code
    assert not _code_named("implode()", "implode (not join)")
    assert not _code_named("implode()", "implode (or explode)")
    assert not _code_named("const", "`const` or `let`")


def test_come_out_asks_when_a_thing_was_released(tmp_path):
    # "When did X come out?" asks what "In what year was X released?" asks
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: In what year was Rust 1.0 released?, answer: "2015"}
        - {id: b, kind: qa, question: When did Rust 1.0 come out?, answer: "2015"}
        - {id: c, kind: qa, question: In what year was Python 3.0 released?, answer: "2008"}
        - {id: d, kind: qa, question: When did Python 3.0 come out?, answer: "2009"}
        """,
    )
    assert len(found) == 2, found
    assert "nearly the same fact as b" in found[0], found
    assert "conflicting" in found[1] and "'2008' here and '2009' there" in found[1], found


def test_what_comes_out_of_two_things_stays_apart(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: e, kind: qa, question: What comes out of a geyser?, answer: hot water and steam}
        - {id: f, kind: qa, question: What does a volcano release?, answer: lava}
        """,
    )
    assert found == [], found


def test_a_question_asking_what_a_thing_is_called_answered_with_a_term(tmp_path):
    # the term asked for by its definition, in a question sharing a word with it
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Peristalsis,
           definition: wave-like muscle contractions that move food along the gut}
        - {id: b, kind: qa,
           question: What are the rhythmic contractions that push food down the oesophagus called?,
           answer: peristalsis}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_a_term_answering_a_name_of_another_thing_stays_apart(tmp_path):
    # no word of the definition in the question: another sense of the word; and a
    # question that asks no name asks something else of the thing
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Mercury,
           definition: the smallest planet and the closest to the Sun}
        - {id: b, kind: qa, question: What is the liquid metal in old thermometers called?,
           answer: mercury}
        - {id: c, kind: concept, term: Liver, definition: the largest internal organ; it makes bile}
        - {id: d, kind: qa, question: Which organ does hepatitis inflame?, answer: the liver}
        """,
    )
    assert found == [], found
