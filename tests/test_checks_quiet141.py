"""False ``similar-fact`` warnings that strangers' corpora met (issue 18, quiet141): a
number after a name that tells two things of a series apart, a "Who ...?" question
beside a term its definition does not answer, and a question for an amount beside one
for a thing of one subject. Written in a domain of no pair set (the papacy)."""

from __future__ import annotations

from conftest import check_deck


def test_another_number_after_one_name_is_another_thing(tmp_path):
    # "Pius XI" / "Pius XII", "Council I" / "Council II", "Vatican 1" / "Vatican 2": a
    # number after a name, in Roman numerals or in digits, names one of a series
    found = check_deck(
        tmp_path,
        "Popes",
        """
        - {id: a, kind: qa, question: Who succeeded Pope Pius XI?, answer: Pius XII}
        - {id: b, kind: qa, question: Successor of Pope Pius XII?, answer: Pius XII}
        - {id: c, kind: qa, question: Which pope convened Vatican Council I?, answer: Pius IX}
        - {id: d, kind: qa, question: Pope who convened the Vatican Council II?,
           answer: John XXIII}
        - {id: e, kind: qa, question: Who presided over Lateran 4?, answer: Innocent III}
        - {id: f, kind: qa, question: President of Lateran 5?, answer: Innocent III}
        """,
    )
    assert not any("similar-fact" in line for line in found), found


def test_one_number_written_as_a_roman_numeral_and_in_digits_is_one_thing(tmp_path):
    # the rule above leaves one number written two ways alone: one fact asked twice
    found = check_deck(
        tmp_path,
        "Popes",
        """
        - {id: a, kind: qa, question: Who became pope after John XXIII?, answer: Paul VI}
        - {id: b, kind: qa, question: Which pope followed John 23?, answer: Paul VI}
        """,
    )
    assert any("similar-fact" in line and "'allow: [b]'" in line for line in found), found


def test_a_who_question_that_the_definition_does_not_answer_is_another_fact(tmp_path):
    # who made the first tiara is a fact of the tiara, not what a tiara is
    found = check_deck(
        tmp_path,
        "Popes",
        """
        - {id: tiara, kind: concept, term: Papal tiara,
           definition: A crown of three tiers that popes wore at their coronation.}
        - {id: tiara-maker, kind: qa, question: Who made the first popes' papal tiara?,
           answer: "A Roman goldsmith, in 1315"}
        - {id: guard, kind: concept, term: Swiss Guard,
           definition: The small army that guards the pope and the Apostolic Palace.}
        - {id: guard-founder, kind: qa, question: Who founded the first popes' Swiss Guard?,
           answer: "Julius II, in 1506"}
        """,
    )
    assert not any("similar-fact" in line for line in found), found


def test_a_question_for_an_amount_and_one_for_a_thing_are_two_questions(tmp_path):
    # how tall the dome is and which basilica stood there first: two facts of one hill
    found = check_deck(
        tmp_path,
        "Vatican",
        """
        - {id: first, kind: qa, question: Which basilica stood on Vatican Hill first?,
           answer: "Old St Peter's, from 326"}
        - {id: dome, kind: qa, question: How tall is the dome of the basilica on Vatican Hill?,
           answer: 136 metres}
        """,
    )
    assert not any("similar-fact" in line for line in found), found


def test_numbered_names_read_digits_and_roman_numerals_alike():
    from cheatdeck.checks.siblings import numbered_names_apart

    assert numbered_names_apart("Who won Super Bowl I?", "Winner of Super Bowl II?")
    assert numbered_names_apart("Who commanded Apollo 11?", "Commander of Apollo 13?")
    assert not numbered_names_apart("Which team won Super Bowl IV?", "Super Bowl 4 winner?")
    assert not numbered_names_apart("What's new in Python 3.11?", "What's new in Python 3.12?")
    assert not numbered_names_apart("Can I cancel?", "When Can V be used?")  # "can": a stop word
