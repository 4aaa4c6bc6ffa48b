"""A term against a question about it, and two limits of one quantity (issue 18, the
term/question duplicates and subject/subject conflicts of the held-out sets), on cards
of other subjects than the sets'."""

from __future__ import annotations

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
