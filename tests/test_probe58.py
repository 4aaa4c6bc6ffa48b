"""A history student's corpus (probe58): dates, eras, reigns, names and timelines.

A range of years shortened as historians write it ("1914-18") is the range written in
full ("1914–1918"): two cards that give the First World War so agree, they do not
conflict.
"""

from __future__ import annotations

import pytest
from test_sheet_browser import one_topic_sheet, open_page

from cheatdeck.checks.quantities import parse
from cheatdeck.writers.sheet.blocks import units_whole

from conftest import check_facts


def test_a_shortened_range_of_years_is_the_range_in_full():
    assert parse("1914-18") == parse("1914–1918")
    assert parse("1618–48") == parse("1618-1648")
    assert parse("1999–01") == parse("1999–2001")


def test_two_digits_that_may_be_a_month_or_come_before_the_year_stay_as_written():
    assert parse("2001-05") != parse("2001-2005")  # May 2001, maybe
    assert parse("2001–05") == parse("2001-2005")  # a dash: a range
    assert parse("1914-12") != parse("1914-2012")
    assert parse("1914–12") != parse("1914–2012")  # no shortened span is that long


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


DATED_ANSWERS = """
deck: Dates
title: Dates
cards:
""" + "".join(
    f"""  - id: date-{number}
    kind: qa
    question: {question}
    answer: "{answer}"
"""
    for number, (question, answer) in enumerate(
        (
            ("On what date did Apollo 11 land on the Moon?", "1969-07-20"),
            ("On which day did Congress adopt the Declaration?", "1776-07-04"),
            ("On which day was the Treaty of Versailles signed?", "1919-06-28"),
            ("On which day was the Berlin Wall opened at Bornholmer Strasse?", "1989-11-09"),
            ("In which years was the First World War fought in Europe?", "1914-18"),
            ("In which years did the Second World War last in Europe and Asia?", "1939-1945"),
            ("In which month did the euro coins and banknotes enter circulation?", "2002-01"),
        )
    )
)

SPLIT_ANSWERS = """() => {
    // the answers laid out on more than one line
    const split = [];
    for (const answer of document.querySelectorAll('.answer')) {
        const range = document.createRange();
        range.selectNodeContents(answer);
        const rects = [...range.getClientRects()].filter(r => r.width > 0);
        if (new Set(rects.map(r => Math.round(r.top))).size > 1) split.push(answer.textContent);
    }
    return split;
}"""


@pytest.mark.parametrize("width", [1440, 390])
def test_a_date_written_with_hyphens_stays_on_one_line(browser, tmp_path, width):
    # the sheet showed "1969-07-" at a line's end and "20" under it
    page = open_page(browser, one_topic_sheet(tmp_path, DATED_ANSWERS), width=width)
    assert page.evaluate(SPLIT_ANSWERS) == []
    page.context.close()


def test_a_date_written_with_hyphens_is_kept_whole_but_not_a_longer_code():
    assert units_whole("On 1969-07-20.") == 'On <span class="unit">1969-07-20</span>.'
    assert units_whole("1914-18") == '<span class="unit">1914-18</span>'
    assert units_whole("ISBN 978-1914-18") == "ISBN 978-1914-18"
    assert units_whole("1914-18.5") == "1914-18.5"


def test_a_kings_number_in_roman_numerals_is_the_ordinal_in_words(tmp_path):
    # "Louis XIV" / "Louis the Fourteenth" was a conflicting-fact error ("Henry VIII" /
    # "Henry the Eighth" was one name: the numerals stopped at XII)
    found = check_facts(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who built the Hall of Mirrors?, answer: Louis XIV}
        - {id: b, kind: qa, question: Who built the Hall of Mirrors?, answer: Louis the Fourteenth}
        - {id: c, kind: qa, question: Who was guillotined in 1793?, answer: Louis XVI}
        - {id: d, kind: qa, question: Who was guillotined in 1793?, answer: Louis the Sixteenth}
        - {id: e, kind: qa, question: Who came back in 1815?, answer: Louis XVIII}
        - {id: f, kind: qa, question: Who came back in 1815?, answer: Louis XVI}
        """,
    )
    assert [line.split(":", 1)[0] for line in found] == [
        "error duplicate-fact",
        "error duplicate-fact",
        "error conflicting-fact",
    ], found
