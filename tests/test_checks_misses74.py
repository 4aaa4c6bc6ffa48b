"""A term against a question about it, and two limits of one quantity (issue 18, the
term/question duplicates and subject/subject conflicts of the held-out sets), on cards
of other subjects than the sets'."""

from __future__ import annotations

from cheatdeck.checks.terms_reworded import _asked_thing_of

from conftest import check_facts_padded as check


def test_a_place_the_definition_tells_asked_again_is_one_fact(tmp_path):
    # the definition tells where the oche is: "Where is the oche?" asks it again
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Oche,
           definition: the raised line 2.37 m from the dartboard behind which a player throws}
        - {id: b, kind: qa, question: Where is the oche in darts?,
           answer: "2.37 m from the dartboard, a raised line"}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_place_the_definition_leaves_unsaid_is_another_fact(tmp_path):
    # the definition says what photosynthesis is, not where it happens
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Photosynthesis,
           definition: "making sugar from light, water and carbon dioxide"}
        - {id: b, kind: qa, question: Where does photosynthesis happen?,
           answer: in the chloroplasts of leaf cells}
        """,
    )
    assert found == [], found


def test_a_time_the_definition_tells_beside_what_the_thing_is_stays_apart(tmp_path):
    # "When ...?" asks one part of a definition that says what the thing is: similar,
    # not one fact
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Spring tide,
           definition: "tide with the largest range, at the new and the full moon"}
        - {id: b, kind: qa, question: When do spring tides occur?,
           answer: at the new and the full moon}
        """,
    )
    assert found == [], found


def test_a_term_asked_of_a_thing_by_its_short_form_is_one_fact(tmp_path):
    # "What is the RMR of an adult?" names the term by its short form in brackets, and
    # its answer says again three words of the definition
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Resting metabolic rate (RMR),
           definition: the energy the body burns at rest to keep its organs working}
        - {id: b, kind: qa, question: What is the RMR of an adult?,
           answer: the energy burnt at rest to keep the organs going}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_value_asked_of_a_thing_is_another_fact(tmp_path):
    # "What is the RMR of a 70 kg man?" asks a value of the term: the answer shares one
    # word with the definition, too little when the question asks it "of" a thing
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Resting metabolic rate (RMR),
           definition: the energy the body burns at rest to keep its organs working}
        - {id: b, kind: qa, question: What is the RMR of a 70 kg man?,
           answer: about 1700 kcal of energy a day}
        """,
    )
    assert found == [], found


def test_a_thing_asked_of_another_is_read_unless_the_question_asks_more_of_it():
    assert _asked_thing_of("What is the RMR of an adult?") == (
        frozenset({"rmr"}),
        frozenset({"adult"}),
    )
    # "... made of?": what it is made of, not what it is
    assert _asked_thing_of("What is the frame of a tent made of?") is None
