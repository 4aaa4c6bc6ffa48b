"""Four rules from the misses of the 61st held-out pair set (issue 18), tried on cards
of other subjects than the sets': one day of the calendar answered to two questions in
other words, written two ways (``similar._one_day_answered``, ``quantities.date_alone``);
one command with its bundle of one-letter options written with and without a dash
(``command_forms.bundle_undashed``); and "Which <kind> <did> X?" asked against the noun
of the one who did it, "<Doer> of X" ("Which team won ...?" / "Winner of ...?",
``similar._agent_and_verb``); and "What is X measured in?" asking X's unit
(``normalize.one_word_phrases``)."""

from __future__ import annotations

import pytest

from cheatdeck.checks.command_forms import bundle_undashed
from cheatdeck.checks.normalize import fold, one_word_phrases
from cheatdeck.checks.quantities import date_alone

from conftest import card_pair
from conftest import check_facts_padded as check

# ------------------------------------------------------------ one day, two ways (dates)


#: Two questions in other words that share only "Convention" (fewer words of their own
#: than two reworded questions need to be one, unless one number or one day answers both).
_OPENING = ("Opening day of the Convention?", "When did the National Convention first sit?")


@pytest.mark.parametrize(
    "second", ["1792-09-20", "September 20, 1792", "the 20th of September, 1792"]
)
def test_one_day_written_two_ways_to_two_questions_is_one_fact(tmp_path, second):
    found = check(tmp_path, card_pair(*_OPENING, ("20 September 1792", second)))
    assert len(found) == 1, found
    line = found[0]
    assert "warning similar-fact: nearly the same fact as b" in line, line
    assert "t.yaml:5 " in line and "allow: [b]" in line, line


@pytest.mark.parametrize(
    "second",
    [
        "1792-09-21",  # another day
        "September 20, 1793",  # another year
        "September 1792",  # a month, no day
    ],
)
def test_two_days_or_a_month_are_not_one_day(tmp_path, second):
    assert check(tmp_path, card_pair(*_OPENING, ("20 September 1792", second))) == []


def test_one_day_to_two_questions_that_share_no_word_is_two_facts(tmp_path):
    # the Convention first sat the day the French won at Valmy: two events of one day
    cards = card_pair(
        "Opening day of the Convention?",
        "When was the Battle of Valmy fought?",
        ("20 September 1792", "September 20, 1792"),
    )
    assert check(tmp_path, cards) == []


def test_a_date_alone_is_read_in_the_ways_people_write_one():
    day = date_alone("14 July 1789")
    assert day is not None
    for other in ("July 14, 1789", "1789-07-14", "on the 14th of July, 1789", "14 Jul 1789."):
        assert date_alone(other) == day, other
    for text in ("July 1789", "1789", "14 July 1789, at dawn", "06/07/1789", "14 July"):
        assert date_alone(text) is None, text


# ------------------------------------- one bundle of options, with and without its dash


def test_a_bundle_written_without_its_dash_is_one_command(tmp_path):
    cards = card_pair(
        "Build a static library from two object files",
        "Make libgeo.a out of point.o and line.o",
        ("ar -rcs libgeo.a point.o line.o", "ar rcs libgeo.a point.o line.o"),
        kind="command",
    )
    found = check(tmp_path, cards)
    assert len(found) == 1, found
    line = found[0]
    assert "warning similar-fact: the same command as b" in line, line
    assert "bundle of one-letter options written without a dash" in line, line
    assert "allow: [b]" in line, line


def test_bundle_undashed():
    assert bundle_undashed("ar -rcs libgeo.a x.o") == "ar rcs libgeo.a x.o"
    assert bundle_undashed("ps -aux") == "ps aux"
    assert bundle_undashed("ps -e") == "ps -e"  # one letter: "ps e" is another option
    assert bundle_undashed("ar --help") == "ar --help"
    assert bundle_undashed("ar rcs l.a x.o") == "ar rcs l.a x.o"


# ------------------------------------ "Which <kind> won ...?" / "Winner of ...?" (who)

_WON = (
    "Which country won the first Eurovision Song Contest?",
    "Winner of the first Eurovision Song Contest?",
)


def test_which_kind_did_asks_what_the_doer_names(tmp_path):
    # "Which country won X?" asks who won X, which "Winner of X" names: one question
    found = check(tmp_path, card_pair(*_WON, ("Switzerland", "Italy")))
    assert len(found) == 1, found
    line = found[0]
    assert "warning similar-fact: possibly conflicting with b" in line, line
    assert "'Switzerland' here and 'Italy' there" in line, line


def test_which_kind_did_another_thing_is_another_question(tmp_path):
    # hosting is no winning: the doer's noun is not the verb's
    cards = card_pair(
        "Which country hosted the first Eurovision Song Contest?",
        "Winner of the first Eurovision Song Contest?",
        ("Switzerland", "Italy"),
    )
    assert check(tmp_path, cards) == []


# ------------------------------------------ "What is X measured in?" asks X's unit


@pytest.mark.parametrize("second", ["What is viscosity measured in?", "Viscosity is measured in?"])
def test_measured_in_asks_the_unit(tmp_path, second):
    cards = card_pair("What is the SI unit of viscosity?", second, ("pascal-second", "newton"))
    found = check(tmp_path, cards)
    assert len(found) == 1, found
    line = found[0]
    assert "warning similar-fact: possibly conflicting with b" in line, line
    assert "'pascal-second' here and 'newton' there" in line, line


def test_measured_in_a_place_is_no_unit():
    assert "unit" not in one_word_phrases(fold("Where is viscosity measured in a refinery?"))
    assert "unit" in one_word_phrases(fold("What is viscosity measured in?"))
    assert "unit" in one_word_phrases(fold("Viscosity is measured in which unit?"))
