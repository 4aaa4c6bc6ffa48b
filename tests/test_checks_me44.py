"""The fact checks on a Scrum corpus written as a newcomer would: a number word before
a unit read as its digit, and the same fact on two cards that no output holds together
(a table kept off the deck, limits kept off the sheet)."""

from __future__ import annotations

from conftest import check_facts as check


def test_one_before_a_unit_asks_what_1_asks(tmp_path):
    # "for a one-month Sprint" and "for a 1-month sprint" ask one question
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, unit: hours, value: 3,
           subject: Maximum length of the Sprint Retrospective for a one-month Sprint}
        - {id: b, kind: qa, answer: 4 hours,
           question: What is the max length of the sprint retrospective for a 1-month sprint?}
        """,
    )
    assert len(found) == 1 and "error conflicting-fact" in found[0], found


def test_a_different_number_of_months_is_another_question(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, unit: hours, value: 3,
           subject: Maximum length of the Sprint Retrospective for a one-month Sprint}
        - {id: b, kind: qa, answer: 1.5 hours,
           question: What is the max length of the sprint retrospective for a 2-week sprint?}
        """,
    )
    assert not any("conflict" in line for line in found), found


_TABLE_AND_LIMITS = """
        - {{id: timeboxes, kind: table, title: Timeboxes, row_header: Event, {table}
           columns: [Timebox], rows: {{Daily Scrum: [15 minutes], Sprint Review: [4 hours]}}}}
        - {{id: daily, kind: limit, subject: Daily Scrum timebox, value: 15, unit: minutes {limit}}}
        - {{id: review, kind: limit, subject: Sprint Review timebox, value: 3, unit: hours {limit}}}
        """


def test_the_same_fact_in_no_common_output_is_no_duplicate(tmp_path):
    # the table on the sheet only, the limits in the deck only: never seen together;
    # a value that differs is still a conflict
    found = check(tmp_path, _TABLE_AND_LIMITS.format(table="anki: false,", limit=", sheet: false"))
    assert not any("duplicate-fact" in line for line in found), found
    assert any("conflicting-fact" in line and "review" in line for line in found), found


def test_the_same_fact_in_one_output_is_a_duplicate(tmp_path):
    for n, (table, limit) in enumerate((("", ""), ("anki: false,", ""), ("", ", sheet: false"))):
        found = check(tmp_path / str(n), _TABLE_AND_LIMITS.format(table=table, limit=limit))
        assert any("duplicate-fact" in line for line in found), (table, limit, found)


def test_two_deck_cards_beside_a_sheet_only_table_are_still_duplicates(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: timeboxes, kind: table, title: Timeboxes, row_header: Event, anki: false,
           columns: [Timebox], rows: {Daily Scrum: [15 minutes]}}
        - {id: daily, kind: limit, subject: Daily Scrum timebox, value: 15, unit: minutes,
           sheet: false}
        - {id: standup, kind: limit, subject: Daily Scrum timebox, value: 15, unit: min,
           sheet: false}
        """,
    )
    assert len(found) == 1 and "duplicate-fact: same fact as standup at" in found[0], found
