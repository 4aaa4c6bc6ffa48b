"""One question asked twice in other words, answered alike (issue 18, the qa/qa
duplicates of the held-out sets): one answer the other's core with a detail told after a
comma, a semicolon or a dash (``restated.told_more``, read by
``Verdict._one_answer_reworded``), on cards of other subjects than the sets'."""

from __future__ import annotations

from cheatdeck.checks.restated import told_more

from conftest import check_facts_padded as check


def test_an_answer_that_tells_more_after_a_comma_is_one_fact(tmp_path):
    # "which reflects green light" is a detail the other answer leaves out
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which pigment makes plant leaves look green?,
           answer: Chlorophyll}
        - {id: b, kind: qa, question: Plant leaves look green because of which pigment?,
           answer: "chlorophyll, which reflects green light"}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_an_answer_that_tells_more_after_a_semicolon_is_one_fact(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which hand signal tells a scuba buddy to surface?,
           answer: A thumbs-up}
        - {id: b, kind: qa, question: "To ask a scuba buddy to surface, which hand signal
           do you give?", answer: "thumbs-up; under water it never means okay"}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_told_more_reads_the_answer_before_its_detail():
    assert told_more("Amelia Earhart", "Amelia Earhart, in 1932", "")
    assert told_more("a bowline — it does not slip", "Bowline", "")
    assert told_more("Whey", "whey (the liquid); what is left from cheesemaking", "")
    assert not told_more("Amelia Earhart", "Amelia Mary Earhart", "")
    assert not told_more("Earhart", "Noonan, her navigator", "")


def test_told_more_is_no_first_item_of_a_list():
    # the rest after a comma names other items: "AFP" is one of three
    assert not told_more("AFP", "AFP, beta-hCG and LDH", "")
    assert told_more("AFP", "AFP; raised in most hepatocellular carcinomas", "")


def test_told_more_is_no_bare_number_before_other_numbers():
    assert not told_more("2", "2, the second at 16 points", "")
    assert told_more("two time-outs", "two time-outs, of 60 seconds each", "")
