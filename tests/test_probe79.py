"""A stranger's law corpus (statutes, cases, Latin maxims, deadlines): a deadline said
with "a" or "an" before the event it counts from ("a fortnight from delivery") is read
as the number of its span, as "14 days from delivery" is."""

from __future__ import annotations

from cheatdeck.checks import quantities

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
