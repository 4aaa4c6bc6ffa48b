"""Two questions that ask one thing, answered otherwise (issue 18, the qa/qa conflicts
of the held-out sets), on cards of other subjects than the sets'."""

from __future__ import annotations

from conftest import check_facts_padded as check


def test_one_question_asked_twice_with_answers_sharing_no_word_may_conflict(tmp_path):
    # answers of more than a few words that share none: really_differ cannot tell, and
    # one of them may be wrong (a warning)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which pigment gives flamingo feathers their pink colour?,
           answer: carotenoids from the brine shrimp they eat}
        - {id: b, kind: qa, question: Flamingo pink feather pigment?,
           answer: melanin laid down in growing quills}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0], found
    assert "possibly conflicting with b" in found[0], found


def test_what_a_thing_is_beside_when_it_happens_stays_apart(tmp_path):
    # one asks what the display is, the other when it is performed: two things asked
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is a flamingo display?,
           answer: a group march with head-flagging}
        - {id: b, kind: qa, question: When is a flamingo display performed?,
           answer: before the breeding season starts}
        """,
    )
    assert found == [], found


def test_answers_naming_one_head_with_other_words_may_conflict(tmp_path):
    # both answers name a tissue, each with words of its own: two tissues, to one
    # question asked twice (answers too long for really_differ to tell)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What tissue lines the flamingo bill grooves?,
           answer: hard keratinised tissue}
        - {id: b, kind: qa, question: The flamingo bill ridges are lined by which tissue?,
           answer: soft ciliated glandular tissue}
        """,
    )
    assert len(found) == 1, found
    assert "possibly conflicting with b" in found[0], found
