"""The checks on a history deck's dates, as people write them: full dates in several
notations (``1789-07-14``, ``14 July 1789``, ``July 14, 1789``, ``14/07/1789``),
centuries, years with and without their era, circa."""

from __future__ import annotations

import pytest
from test_checks_unseen import check

from cheatdeck.checks.quantities import parse, same_value

# ------------------------------------------------------------------ full dates


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("1789-07-14", "14 July 1789", True),
        ("14 July 1789", "July 14, 1789", True),
        ("14th of July, 1789", "Jul. 14, 1789", True),
        ("14/07/1789", "1789-07-14", True),  # 14 is no month: day first
        ("07/14/1789", "1789-07-14", True),  # ... or month first
        ("14.07.1789", "14 July 1789", True),
        ("1969-07-21", "July 20, 1969", False),
        ("14 July 1789", "14 July 1790", False),
        ("06/07/1789", "6 July 1789", False),
        ("14 July 1789", "1789", True),  # the day states its year
        ("14 July 1789", "1790", False),  # June 7 in the US: not read as a date
    ],
)
def test_a_full_date_is_one_day_in_any_notation(a, b, same):
    assert same_value(parse(a), parse(b)) is same


def test_dates_in_two_notations_are_one_fact_and_two_days_conflict(tmp_path):
    cards = """
    - {id: bastille, kind: qa, question: When was the Bastille stormed?, answer: 1789-07-14}
    - {id: bastille-2, kind: qa, question: When was the Bastille stormed?, answer: 14 July 1789}
    - {id: moon, kind: qa, question: When did Apollo 11 land on the Moon?, answer: "July 20, 1969"}
    - {id: moon-2, kind: qa, question: When did Apollo 11 land on the Moon?, answer: 1969-07-21}
    """
    found = check(tmp_path, {"History": cards})
    assert len(found) == 2, found
    assert "error duplicate-fact" in found[0] and "'1789-07-14' = '14 July 1789'" in found[0]
    assert "error conflicting-fact" in found[1], found[1]
    assert "'July 20, 1969' here, '1969-07-21' there" in found[1]


# ------------------------------------------------------------------ circa


def test_circa_in_its_short_forms_is_one_word(tmp_path):
    """ "c." and "ca." are "circa": "c. 2560 BC" and "circa 2560 BCE" say one thing, so
    do "c. 1450" and "1450", while "1492" and "ca. 1493" conflict (a whole year is
    exact: "circa" rounds none of its digits away)."""
    cards = """
    - {id: pyramid, kind: qa, question: When was the Great Pyramid built?, answer: c. 2560 BC}
    - {id: pyramid-2, kind: qa, question: When was the Great Pyramid built?, answer: circa 2560 BCE}
    - {id: press, kind: qa, question: When did Gutenberg build his press?, answer: c. 1450}
    - {id: press-2, kind: qa, question: When did Gutenberg build his press?, answer: "1450"}
    - {id: columbus, kind: qa, question: When did Columbus reach the Americas?, answer: "1492"}
    - {id: columbus-2, kind: qa, question: When did Columbus reach the Americas?, answer: ca. 1493}
    """
    found = check(tmp_path, {"History": cards})
    assert [line.partition(" at ")[0].partition(": ")[2] for line in found] == [
        "error duplicate-fact: same fact as pyramid-2",
        "error duplicate-fact: same fact as press-2",
        "error conflicting-fact: conflicts with columbus-2",
    ], found


# ------------------------------------------------------------------ a year as a limit


def test_a_bare_year_as_a_limit_is_told_to_be_quoted_or_given_its_era(tmp_path):
    cards = """
    - {id: constantinople, kind: limit, subject: Fall of Constantinople, value: 1453}
    - {id: rome, kind: limit, subject: Fall of the Western Roman Empire, value: AD 476}
    - {id: pool, kind: limit, subject: Connection pool size, value: 100}
    """
    found = check(tmp_path, {"History": cards})
    assert found == [
        "t0.yaml:4: error missing-unit: the number 1453 needs a unit: if it is a year, "
        "quote it: value: \"1453\" (or write the era: value: AD 1453); else add 'unit: …' "
        "with what it counts (seconds, MB, requests, °C, …), or quote it if it counts "
        'nothing (a port, a score): value: "1453"',
        "t0.yaml:6: error missing-unit: the number 100 needs a unit: add 'unit: …' with "
        "what it counts (seconds, MB, requests, °C, …), or quote it if it counts nothing "
        '(a rate, a score): value: "100"',
    ], found


# ------------------------------------------------------------------ centuries


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("15th century", "fifteenth century", True),
        ("the 15th c.", "15th century", True),
        ("the 1400s", "the fifteenth century", True),
        ("the 5th century BCE", "fifth century BC", True),
        ("the 400s BC", "5th century BC", True),
        ("15th century", "16th century", False),
        ("5th century BC", "5th century", False),  # the era is half the answer
        ("21st century", "21 centuries", False),  # a century by its number: no length
    ],
)
def test_a_century_is_one_in_any_notation(a, b, same):
    assert same_value(parse(a), parse(b)) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("the 1960s", "the 1960's", True),
        ("in the 1960s", "the 1960s", True),
        ("the 1960s", "the 1970s", False),
        ("the 1960s", "1960 seconds", False),  # "the 1960s" was 1960 seconds
        ("the 1800s", "the 19th century", True),  # hundreds stay a century
    ],
)
def test_a_decade_named_by_its_years_is_a_decade(a, b, same):
    assert same_value(parse(a), parse(b)) is same


def test_two_decades_for_one_event_conflict_and_one_decade_twice_is_a_duplicate(tmp_path):
    """ "the 1960s" was read as 1960 seconds: a decade against another was a conflict
    only by chance, and against a duration of 1960 s it was the same value."""
    cards = """
    - {id: beatles, kind: qa, question: When did the Beatles rise to fame?, answer: the 1960s}
    - {id: beatles-2, kind: qa, question: When did the Beatles rise to fame?, answer: in the 1960's}
    - {id: disco, kind: qa, question: When was disco at its height?, answer: the 1970s}
    - {id: disco-2, kind: qa, question: When was disco at its height?, answer: the 1980s}
    """
    found = check(tmp_path, {"History": cards})
    assert [line.partition(" at ")[0].partition(": ")[2] for line in found] == [
        "error duplicate-fact: same fact as beatles-2",
        "error conflicting-fact: conflicts with disco-2",
    ], found


def test_a_century_in_words_is_one_fact_and_another_era_conflicts(tmp_path):
    cards = """
    - {id: print, kind: qa, question: When did printing reach Europe?, answer: 15th century}
    - {id: print-2, kind: qa, question: When did printing reach Europe?, answer: fifteenth century}
    - {id: buddha, kind: qa, question: When did the Buddha live?, answer: the 5th century BCE}
    - {id: buddha-2, kind: qa, question: When did the Buddha live?, answer: 5th century AD}
    """
    found = check(tmp_path, {"History": cards})
    assert [line.partition(" at ")[0].partition(": ")[2] for line in found] == [
        "error duplicate-fact: same fact as print-2",
        "error conflicting-fact: conflicts with buddha-2",
    ], found


# ------------------------------------------------------------------ reworded prompts


def test_a_reworded_question_with_the_year_in_the_other_era_is_a_possible_conflict(tmp_path):
    """Under two wordings of one question, "44 BC" and "44 AD" are two years, not one
    answer with a word more: a possible conflict, never "merge them"."""
    cards = """
    - {id: caesar, kind: qa, question: When was Julius Caesar assassinated?, answer: 44 BC}
    - {id: caesar-2, kind: qa, question: When was Caesar assassinated?, answer: 44 AD}
    """
    found = check(tmp_path, {"History": cards})
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with caesar-2" in found[0], found
    assert "'44 BC' here and '44 AD' there" in found[0], found


# ------------------------------------------------------------------ allow


def test_the_allow_a_group_warning_asks_for_silences_the_whole_group(tmp_path):
    """A warning that names a group ("nearly the same fact as b and c: add 'allow: [b,
    c]'") is silenced by that allow, b against c included: the user is not sent round
    again by a warning the first one already named."""
    cards = """
    - {id: a, kind: qa, question: When was the Bastille stormed?, answer: 1789-07-14}
    - {id: b, kind: qa, question: When was the Bastille stormed?, answer: 14 July 1789}
    - {id: c, kind: qa, question: Date of the storming of the Bastille?, answer: 14/07/1789}
    """
    found = check(tmp_path / "before", {"History": cards})
    assert [line.partition(": ")[2].partition(" at ")[0] for line in found] == [
        "error duplicate-fact: same fact as b",
        "warning similar-fact: nearly the same fact as b",
    ], found
    assert "add 'allow: [b, c]'" in found[1], found
    allowed = cards.replace("{id: a,", "{id: a, allow: [b, c],")
    assert check(tmp_path / "after", {"History": allowed}) == []
