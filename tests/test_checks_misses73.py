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


def test_a_question_whose_what_a_verb_follows_asks_for_no_kind(tmp_path):
    # "What is a Loon known as ...?" asks about the loon, not for a kind of thing: the
    # loon both questions name is what they share, not only what the second asks for
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which bird is called a Loon in America?,
           answer: the Great Northern Diver}
        - {id: b, kind: qa, question: What is a Loon known as in Britain?,
           answer: Great Northern Diver}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_bare_number_in_one_prompt_names_no_second_subject(tmp_path):
    # "100" is no name beside "Calvados": one question worded twice (apples answers a
    # third question too, so only these two questions' words tell it)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which fruit is Calvados distilled from?, answer: Apples}
        - {id: b, kind: qa, question: Calvados is 100% which orchard crop?, answer: apples}
        - {id: c, kind: qa, question: Which fruit is cider pressed from?, answer: apples}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_two_prompts_naming_two_subjects_stay_apart(tmp_path):
    # the same answer to two products' defaults: two facts
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which colour is the Zorvex Classic case by default?,
           answer: graphite grey}
        - {id: b, kind: qa, question: By default the Quilla Mini case comes in which
           colour?, answer: graphite grey}
        """,
    )
    assert found == [], found
