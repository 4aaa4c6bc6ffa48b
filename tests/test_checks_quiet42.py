"""Pairs of cards that state two facts, which the fact checks warned about as one
(``similar-fact``): each test is a general rule, met on the labelled pair sets' distinct
pairs and written here with other words, on other subjects."""

from __future__ import annotations

from conftest import check_facts as check


def test_two_slots_of_one_template_sharing_a_value_are_two_facts(tmp_path):
    # one word of a template swapped for another, the same value written the same: two
    # rows of one table that happen to share it (a text answer written the same stays a
    # finding: "Antidote for heparin?" / "What reverses heparin?", both protamine)
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Buyer share of the stamp duty, value: 1.5 %}
        - {id: b, kind: limit, subject: Seller share of the stamp duty, value: 1.5 %}
        - {id: c, kind: limit, subject: Warranty on the motor, value: 2 years}
        - {id: d, kind: limit, subject: Warranty on the battery, value: 2 years}
        """,
    )
    assert found == [], found


def test_one_template_with_one_value_written_otherwise_is_still_one_fact(tmp_path):
    # the same slot words with a value written otherwise: still worth a warning
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Size of a mebibyte, value: 1048576 bytes}
        - {id: b, kind: limit, subject: Bytes in a MiB, value: "1,048,576"}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_term_with_a_word_added_last_names_another_thing(tmp_path):
    # the word added last is the compound's head, and the longer term's definition opens
    # with it while the shorter's never says it: a "hammer rail" is a rail, not a hammer
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Hammer,
           definition: The lever that strikes the string when a key is pressed.}
        - {id: b, kind: concept, term: Hammer rail,
           definition: The rail the levers rest on until a key is pressed.}
        """,
    )
    assert found == [], found


def test_a_term_with_a_word_added_first_may_still_be_one_concept(tmp_path):
    # a word added before the term narrows it: perhaps one concept named twice (and an
    # adjective with its noun, each defined as one thing, is one: "Optional" / "Optional
    # type", both "A type ...")
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Aperture,
           definition: The opening of a lens that lets light through.}
        - {id: b, kind: concept, term: Lens aperture,
           definition: The adjustable opening that lets light through.}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_an_adjective_and_its_noun_defined_alike_are_still_one_concept(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Deciduous,
           definition: A tree that sheds its leaves every autumn.}
        - {id: b, kind: concept, term: Deciduous tree,
           definition: A tree that loses all its leaves each autumn.}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_answers_that_each_spell_their_own_prompts_word_are_two_facts(tmp_path):
    # each one-word answer spells the word its question alone says: that word picks it
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which pipeline stage sorts the rows?, answer: $sort}
        - {id: b, kind: qa, question: Which pipeline stage limits the number of rows?,
           answer: $limit}
        """,
    )
    assert found == [], found


def test_one_answer_that_spells_its_prompts_word_may_still_conflict(tmp_path):
    # one answer alone that echoes its question may be the wrong one
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which meta-field returns the type name?,
           answer: __typename}
        - {id: b, kind: qa, question: Which meta-field gives the name of the type?,
           answer: __kind}
        """,
    )
    assert len(found) == 1 and "possibly conflicting" in found[0], found


def test_front_and_rear_are_two_sides(tmp_path):
    # "rear" names the other side to "front" as "back" does: two questions, one answer
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which light shows at the front of a boat at night?,
           answer: white}
        - {id: b, kind: qa, question: Which light shows at the rear of a boat at night?,
           answer: white}
        """,
    )
    assert found == [], found


def test_numbered_is_no_number_of_anything(tmp_path):
    # "numbered" describes the thing: not the generic "number" a prompt may leave out
    found = check(
        tmp_path,
        r"""
        - {id: a, kind: qa, question: Which LaTeX command makes a numbered section?,
           answer: \section}
        - {id: b, kind: qa, question: Which LaTeX command makes an unnumbered section?,
           answer: \section*}
        """,
    )
    assert found == [], found


def test_a_sense_in_brackets_tells_two_senses_of_one_word_apart(tmp_path):
    # the sense in brackets is what its own definition says and the other's does not
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Bank,
           definition: A company that keeps money and lends it.}
        - {id: b, kind: concept, term: Bank (river),
           definition: The sloping land along a river beside the water that a company owns.}
        """,
    )
    assert found == [], found


def test_a_sense_in_brackets_both_definitions_say_is_still_one_concept(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Ribosome,
           definition: The organelle that builds proteins from amino acids.}
        - {id: b, kind: concept, term: Ribosome (organelle),
           definition: The organelle that makes proteins out of amino acids.}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_an_empty_literal_in_a_prompts_slot_is_another_value(tmp_path):
    # folding drops "[]" and '""': the prompts ask of two values, not one reworded
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What does typeof null return?
          answer: '"object"'
        - id: b
          kind: qa
          question: What does typeof [] return?
          answer: '"object"'
        - id: c
          kind: qa
          question: What does Boolean(null) return?
          answer: 'false'
        - id: d
          kind: qa
          question: What does Boolean("") return?
          answer: 'false'
        """,
    )
    assert found == [], found


def test_a_word_quoted_in_one_prompt_only_is_still_one_prompt(tmp_path):
    # backticks around a word are no empty literal in its place
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What does `ls -a` show?
          answer: hidden files too
        - id: b
          kind: qa
          question: What does ls -a show?
          answer: hidden files as well
        """,
    )
    assert len(found) == 1, found
