"""A term or a limit against a question about it, and two limits of one quantity (issue
18, misses85): a definition's other name asked, a bare number against the same number
with its unit, and "&" between bracketed words. Cards of other subjects than the sets'."""

from __future__ import annotations

from conftest import check_facts_padded as check


def test_a_term_asked_by_the_name_its_definition_gives_first_is_one_fact(tmp_path):
    # the definition names the thing first ("oxygen uptake maximum: ..."), and the
    # question asks what that name is: the term asked by its other name
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: VO2max,
           definition: "maximal oxygen uptake: the most oxygen the body can use in hard exercise"}
        - {id: b, kind: qa, question: What is maximal oxygen uptake?,
           answer: the highest rate at which a runner can take in and use oxygen}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_term_asked_by_its_lead_name_with_the_term_glossed_is_one_fact(tmp_path):
    # "What does X (T) measure?": the gloss in brackets is the term itself
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: VO2max,
           definition: "maximal oxygen uptake: the most oxygen the body can use in hard exercise"}
        - {id: b, kind: qa, question: What does maximal oxygen uptake (VO2max) measure?,
           answer: the highest rate at which a runner can take in and use oxygen}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0], found


def test_a_question_glossing_another_thing_is_not_the_lead_name_asked(tmp_path):
    # the gloss names another thing than the term: two questions
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: VO2max,
           definition: "maximal oxygen uptake: the most oxygen the body can use in hard exercise"}
        - {id: b, kind: qa, question: What does maximal oxygen uptake (in mice) measure?,
           answer: the capacity of the heart and the muscles of a mouse}
        """,
    )
    assert found == [], found


def test_a_label_before_a_definition_is_no_name_of_the_term(tmp_path):
    # a word many cards say ("noun") names no thing of its own before a colon: "What
    # is a noun?" asks another question than the Dutch word "huis": "noun: house"
    plurals = "boom bomen,wolk wolken,brood broden,stoel stoelen,raam ramen,tuin tuinen"
    nouns = [pair.split() for pair in f"{plurals},brief brieven,brug bruggen".split(",")]
    asked = "\n".join(
        f"        - {{id: n{i}, kind: qa, question: What is the plural of the noun {one}?, "
        f"answer: {many}}}"
        for i, (one, many) in enumerate(nouns)
    )
    found = check(
        tmp_path,
        asked
        + """
        - {id: a, kind: concept, term: huis, definition: "noun: house"}
        - {id: b, kind: qa, question: What is a noun?, answer: a word that names a thing}
        """,
    )
    assert found == [], found


def test_a_bare_number_and_the_same_number_with_its_unit_are_one_value(tmp_path):
    # "4 parts sand to 1 part cement" says the 4:1 of the limit without its ratio sign
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Sand-to-cement ratio in bricklaying mortar, value: "4:1"}
        - {id: b, kind: qa,
           question: What is the ratio of sharp sand to Portland cement for laying bricks?,
           answer: 4 parts sand to 1 part cement}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_bare_number_and_another_number_with_a_unit_are_no_one_value(tmp_path):
    # 3 parts to 1 is not the 4:1 of the limit: never "nearly the same fact"
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Sand-to-cement ratio in bricklaying mortar, value: "4:1"}
        - {id: b, kind: qa,
           question: What is the ratio of sharp sand to Portland cement for laying bricks?,
           answer: 3 parts sand to 1 part cement}
        """,
    )
    assert not any("nearly the same fact" in line for line in found), found


def test_an_ampersand_between_bracketed_words_is_and(tmp_path):
    # "(Scotland & Ireland)" says "Scotland and Ireland": one limit, two values
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Breath alcohol limit for drivers in Scotland and Ireland,
           value: 22 µg per 100 ml}
        - {id: b, kind: limit, subject: Drink-drive breath alcohol limit (Scotland & Ireland),
           value: 35 µg per 100 ml}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with b" in found[0], found


def test_words_joined_by_hyphens_in_small_letters_are_no_name(tmp_path):
    # "whole-wheat" is two plain words, not a name like "Redis" or "us-east-1": one
    # measure asked twice, though the other prompt names a weight
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit,
           subject: Proofing time of a 1 kg sourdough loaf at room temperature, value: 4 h}
        - {id: b, kind: qa,
           question: How long does a whole-wheat sourdough loaf prove at room temperature?,
           answer: about 4 hours}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_capitalised_compound_inside_a_prompt_stays_a_name(tmp_path):
    # "Tartine-style" names a bakery's loaf: its proofing time may be another
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit,
           subject: Proofing time of a 1 kg sourdough loaf at room temperature, value: 4 h}
        - {id: b, kind: qa,
           question: How long does a Tartine-style sourdough loaf prove at room temperature?,
           answer: about 4 hours}
        """,
    )
    assert found == [], found
