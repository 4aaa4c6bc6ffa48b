"""A history student's corpus (probe58): dates, eras, reigns, names and timelines.

A range of years shortened as historians write it ("1914-18") is the range written in
full ("1914–1918"): two cards that give the First World War so agree, they do not
conflict.
"""

from __future__ import annotations

from cheatdeck.checks.quantities import parse

from conftest import check_facts


def test_a_shortened_range_of_years_is_the_range_in_full():
    assert parse("1914-18") == parse("1914–1918")
    assert parse("1618–48") == parse("1618-1648")
    assert parse("1999–01") == parse("1999–2001")


def test_two_digits_that_may_be_a_month_or_come_before_the_year_stay_as_written():
    assert parse("2001-05") != parse("2001-2005")  # May 2001, maybe
    assert parse("2001–05") == parse("2001-2005")  # a dash: a range
    assert parse("1914-12") != parse("1914-2012")


def test_a_war_given_as_1914_18_and_as_1914_1918_is_no_conflict(tmp_path):
    found = check_facts(
        tmp_path,
        """
        - id: ww1-years
          kind: qa
          question: When was the First World War fought?
          answer: 1914-18
        - id: ww1-dates
          kind: qa
          question: When was the First World War?
          answer: 1914–1918
        """,
    )
    assert found and not any("conflict" in line for line in found), found


TIMELINE = """
- id: ww1
  kind: limit
  subject: First World War
  value: 1914–1918
- id: ww2
  kind: qa
  question: When was the Second World War?
  answer: {ww2}
- id: wars
  kind: table
  title: Wars of the 20th century
  row_header: War
  columns: [Years, Ended by]
  rows:
    First World War: [1914–1918, Armistice of 11 November 1918]
    Second World War: [1939–45, surrender of Japan]
"""


def test_a_timeline_column_of_years_holds_dates_not_durations(tmp_path):
    # the column "Years" read as a unit made the cell 1914 to 1918 years long:
    # "possibly conflicting ... '1914–1918' here and '1914–1918' there"
    found = check_facts(tmp_path, TIMELINE.format(ww2="1939–1945"))
    assert not any("conflict" in line for line in found), found
    duplicates = [line for line in found if line.startswith("error duplicate-fact")]
    assert len(duplicates) == 2, found
    assert any("'1939–1945' = '1939–45'" in line for line in duplicates), found


def test_a_timeline_column_of_years_still_finds_another_year(tmp_path):
    found = check_facts(tmp_path, TIMELINE.format(ww2="1939–1946"))
    assert any(
        line.startswith("error conflicting-fact") and "'1939–1946'" in line for line in found
    ), found


def test_when_and_how_many_of_one_person_are_two_questions(tmp_path):
    # the three words of "Ludwig van Beethoven" made the two questions "nearly the same":
    # "possibly conflicting ... 'December 1770' here and '9' there"
    found = check_facts(
        tmp_path,
        """
        - id: beethoven-born
          kind: qa
          question: When was Ludwig van Beethoven born?
          answer: December 1770
        - id: beethoven-symphonies
          kind: qa
          question: How many symphonies did Ludwig van Beethoven complete?
          answer: "9"
        - id: de-gaulle-born
          kind: qa
          question: In which year was Charles de Gaulle born?
          answer: "1890"
        - id: de-gaulle-terms
          kind: qa
          question: How many terms did Charles de Gaulle serve as president?
          answer: "2"
        """,
    )
    assert found == [], found


def test_when_and_how_many_years_are_still_compared(tmp_path):
    found = check_facts(
        tmp_path,
        """
        - id: louis-reign
          kind: qa
          question: When did Louis XIV of France reign?
          answer: 1643–1715
        - id: louis-years
          kind: qa
          question: How many years did Louis XIV of France reign?
          answer: "72"
        """,
    )
    assert found and all("similar-fact" in line for line in found), found
