"""The fact checks on pairs from the thirteenth held-out set
(tests/data/fact_pairs_unseen13.txt, written without reading the checks) and the general
rules drawn from it and from sets 11 and 12. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def test_an_answer_from_and_to_the_same_things_the_other_way_round_is_no_duplicate(tmp_path):
    """ "A diagonal band from dexter chief to sinister base" and "... from sinister chief
    to dexter base" hold the same words, so they were one answer reworded: a
    duplicate-fact error on two descriptions that cannot both be right. The other way
    round is a possible conflict; the same way round, in other words, stays a duplicate."""
    found = check_deck(
        tmp_path,
        "Heraldry",
        """
        - {id: a, kind: qa, question: What is a bend in heraldry?,
           answer: A diagonal band from dexter chief to sinister base.}
        - {id: b, kind: qa, question: What is a bend in heraldry?,
           answer: A diagonal band from sinister chief to dexter base.}
        - {id: c, kind: qa, question: Which way does docker cp copy here?,
           answer: from the host to the container}
        - {id: d, kind: qa, question: Which way does docker cp copy here?,
           answer: to the container from the host}
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact: possibly conflicting with b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found


def test_a_word_and_its_short_form_in_two_prompts_of_one_value(tmp_path):
    """Set 12: "What is the nominal voltage of a lithium-ion cell?" 3.6 V and "Li-ion cell
    nominal voltage" 3.6 volts were found by nothing: "Li" is capitalised, so it was a
    name the other prompt lacks. A word that is the start of the other prompt's word
    ("Li" / "lithium", "US" / "USA") is that word; two names that are not ("NiMH" /
    "NiCd") still name two things."""
    found = check_deck(
        tmp_path,
        "Batteries",
        """
        - {id: a, kind: qa, question: What is the nominal voltage of a lithium-ion cell?,
           answer: 3.6 V}
        - {id: b, kind: limit, subject: Li-ion cell nominal voltage, value: 3.6 volts}
        - {id: c, kind: qa, question: How many stripes on the US flag?, answer: "13"}
        - {id: d, kind: limit, subject: Stripes on the flag of the USA, value: thirteen}
        - {id: e, kind: limit, subject: Nominal voltage of a NiMH cell, value: 1.2 V}
        - {id: f, kind: limit, subject: Nominal voltage of a NiCd cell, value: 1.2 V}
        """,
    )
    assert len(found) == 2, found
    # "Li-ion" reads as "lithium-ion" in prompts (set 25's rules): one subject, a duplicate
    assert "error duplicate-fact: same fact as b at" in found[0], found
    # "US" and "USA" are one country's names (set 19): one subject, a duplicate
    assert "error duplicate-fact: same fact as d at" in found[1], found


def test_a_span_of_time_said_with_a_is_one_of_that_span(tmp_path):
    """Set 13: "How long was the exile under ostracism?" 10 years and "Duration of exile
    by ostracism" a decade were found by nothing: "a decade" stated no value. A value
    that is "a" or "an" and a span of time is one of it: "a decade" is 10 years, and
    conflicts with "five years"."""
    found = check_deck(
        tmp_path,
        "Ancient Greece",
        """
        - {id: a, kind: qa, question: How long was the exile under ostracism?, answer: 10 years}
        - {id: b, kind: limit, subject: Duration of exile by ostracism, value: a decade}
        - {id: c, kind: limit, subject: Term of a Spartan ephor, value: a year}
        - {id: d, kind: limit, subject: Term of a Spartan ephor, value: two years}
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact: nearly the same fact as b " in found[0], found
    assert "error conflicting-fact: conflicts with d " in found[1], found


def test_a_quality_in_acy_is_its_adjective_in_ate(tmp_path):
    """Set 13: "How accurate is a COSC-certified chronometer?" and "Accuracy of a
    COSC-certified chronometer" were two prompts: Snowball stems "accurate" to "accur"
    and "accuracy" to "accuraci". A noun in -acy is read as its adjective in -ate."""
    from cheatdeck.checks.normalize import stem

    assert stem("accuracy") == stem("accurate") and stem("literacy") == stem("literate")
    found = check_deck(
        tmp_path,
        "Horology",
        """
        - {id: a, kind: qa, question: How accurate is a COSC-certified chronometer?,
           answer: within -4/+6 seconds a day}
        - {id: b, kind: limit, subject: Accuracy of a COSC-certified chronometer,
           value: -4 to +6 s/day}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert " b at" in found[0], found
