"""A stranger's law corpus (statutes, cases, Latin maxims, deadlines): a deadline said
with "a" or "an" before the event it counts from ("a fortnight from delivery") is read
as the number of its span, as "14 days from delivery" is."""

from __future__ import annotations

from cheatdeck.checks import normalize, quantities

from conftest import check_facts as check


def test_a_fortnight_from_an_event_states_the_limit_of_fourteen_days(tmp_path):
    # the cancellation period as a limit and as a question's answer: one fact
    found = check(
        tmp_path,
        """
        - id: a
          kind: limit
          subject: Cancellation period for distance contracts
          value: 14
          unit: days
        - id: b
          kind: qa
          question: How long is the cancellation period for a distance contract?
          answer: a fortnight from delivery of the goods
        """,
    )
    assert len(found) == 1 and "'b'" not in found[0] and " b at " in found[0], found


def test_a_span_from_an_event_is_one_span():
    assert quantities.parse("a fortnight from delivery") == quantities.parse("14 days")
    assert quantities.parse("A year after the breach") == quantities.parse("1 year")
    assert quantities.parse("a week before the hearing") == quantities.parse("7 days")


def test_a_span_before_other_words_states_no_time():
    # "a day in court", "a year abroad": a span as a thing, no deadline from an event
    assert not quantities.parse("a day in court for the claimant")
    assert not quantities.parse("a year abroad before the bar course")


def test_a_section_by_its_short_form_is_the_section(tmp_path):
    # "s. 1" (the law reports' form) and "§ 823" say "section 1" and "section 823"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which section defines theft?, answer: s. 1}
        - {id: b, kind: qa, question: Which section defines theft?, answer: section 1}
        - {id: c, kind: qa, question: Which is the BGB's tort clause?, answer: § 823 BGB}
        - {id: d, kind: qa, question: Which is the BGB's tort clause?, answer: section 823 BGB}
        """,
    )
    assert len(found) == 2 and all("duplicate-fact" in line for line in found), found


def test_another_section_by_its_short_form_stays_another_answer(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which section defines theft?, answer: s. 1}
        - {id: b, kind: qa, question: Which section defines theft?, answer: section 8}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_an_s_after_a_number_or_inside_a_word_names_no_section():
    # "30 s." is thirty seconds, "U.S." a country: neither is a section
    assert "section" not in normalize.fold("30 s. 1 more")
    assert "section" not in normalize.fold("U.S. 5")
