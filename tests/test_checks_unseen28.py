"""The fact checks on the kinds of card the twenty-eighth held-out set showed them
missing (tests/data/fact_pairs_unseen28.txt): each test is a general rule, met there on
pediatrics, Clojure, hydrology or figure skating cards and written here with other
words (most on other subjects)."""

from __future__ import annotations

import pytest

from conftest import check_deck
from conftest import check_facts as check


def test_a_term_asked_by_its_definition_whose_words_have_another_side(tmp_path):
    # "linked *to* noise exposure" and "after loud noise exposure" say one "noise": the
    # term is asked for by what its definition says
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Tinnitus,
           definition: "a ringing or buzzing heard in both ears, often linked to noise exposure"}
        - {id: b, kind: qa,
           question: Which hearing disorder causes ringing ears after noise exposure at concerts?,
           answer: tinnitus (phantom sound)}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "possibly conflicting" not in found[0], found


def test_a_deck_name_after_a_side_word_leaves_the_side_to_the_next_word(tmp_path):
    # in a deck Python, "from a Python list" is "from a list": one question, two answers
    found = check_deck(
        tmp_path,
        "Python",
        """
        - {id: a, kind: qa, question: Which method removes an item from a list?, answer: remove}
        - {id: b, kind: qa, question: How do you delete an item from a Python list?,
           answer: discard}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_a_deck_name_after_a_side_word_keeps_two_sides_apart(tmp_path):
    # "from a Python list to a tuple" / "from a tuple to a Python list": two questions
    found = check_deck(
        tmp_path,
        "Python",
        """
        - {id: a, kind: qa, question: How do you convert from a Python list to a tuple?,
           answer: tuple(xs)}
        - {id: b, kind: qa, question: How do you convert from a tuple to a Python list?,
           answer: list(xs)}
        """,
    )
    assert not found, found


@pytest.mark.parametrize(
    "cards",
    [
        # "bleeding" / "haemorrhage"
        """
        - {id: a, kind: qa, question: What is given to reverse warfarin in major bleeding?,
           answer: vitamin K}
        - {id: b, kind: qa, question: What is given to reverse warfarin in a major haemorrhage?,
           answer: protamine}
        """,
        # "of the globe" / "global"
        """
        - {id: a, kind: limit, subject: Mean surface temperature of the globe, value: 15 °C}
        - {id: b, kind: limit, subject: Global mean surface temperature, value: 20 °C}
        """,
        # "quad" / "quadruple"
        """
        - {id: a, kind: qa, question: How many rotations are in a quad toe loop?, answer: "4"}
        - {id: b, kind: qa, question: How many rotations does a quadruple toe loop have?,
           answer: "5"}
        """,
        # "acetaminophen" / "paracetamol", "a child" / "paediatric"
        """
        - {id: a, kind: limit, subject: Acetaminophen dose for a child with fever, value: 15 mg/kg}
        - {id: b, kind: limit, subject: Paediatric paracetamol dose in fever, value: 40 mg/kg}
        """,
        # "preterm infants" / "premature babies"
        """
        - {id: a, kind: qa, question: Which drug treats apnoea of prematurity in preterm infants?,
           answer: caffeine citrate}
        - {id: b, kind: qa, question: Which drug treats apnoea of prematurity in premature babies?,
           answer: theophylline}
        """,
        # "seq" / "sequence"
        """
        - {id: a, kind: limit, subject: Default length limit of a printed lazy seq,
           value: 100 elements}
        - {id: b, kind: limit, subject: Default length limit of a printed lazy sequence,
           value: 50 elements}
        """,
        # "fully" / "completely"
        """
        - {id: a, kind: qa, question: What voltage does a fully charged lead-acid cell show?,
           answer: 2.1 V}
        - {id: b, kind: qa,
           question: What voltage does a completely charged lead-acid cell show?,
           answer: 2.5 V}
        """,
    ],
    ids=["bleeding", "globe", "quad", "paracetamol", "preterm", "seq", "fully"],
)
def test_words_for_one_another_ask_one_question(tmp_path, cards):
    found = check(tmp_path, cards)
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_a_name_with_its_year_aside_is_a_name(tmp_path):
    # "Matthew Webb (1875)" is a name, not a value: two names to one question
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who was the first person to swim across the English Channel?,
           answer: Matthew Webb (1875)}
        - {id: b, kind: qa, question: Who first swam the English Channel?,
           answer: Gertrude Ederle}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_an_answer_with_an_aside_says_what_it_says_without_it(tmp_path):
    # "Amelia Earhart (1932)" and "Amelia Earhart of Kansas" name one pilot
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who was the first woman to fly solo across the Atlantic?,
           answer: Amelia Earhart (1932)}
        - {id: b, kind: qa,
           question: Which pilot was the first woman to fly solo across the Atlantic?,
           answer: Amelia Earhart of Kansas}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_an_answer_with_a_long_aside_says_what_it_says_without_it(tmp_path):
    # "Nile River (about 6,650 km long)" names the Nile, its aside three words more
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which is the longest river in Africa?, answer: the Nile}
        - {id: b, kind: qa, question: What is Africa's longest river by length?,
           answer: "Nile River (about 6,650 km long)"}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_an_acronym_and_its_words_with_it_in_brackets_are_one_answer(tmp_path):
    # "Epstein-Barr virus (EBV)" / "EBV": one virus named, to one question reworded
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa,
           question: What is the most common cause of infectious mononucleosis in teenagers?,
           answer: Epstein-Barr virus (EBV)}
        - {id: b, kind: qa,
           question: Which virus causes most cases of infectious mononucleosis in teenagers?,
           answer: EBV}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_a_source_in_brackets_is_no_other_thing_asked(tmp_path):
    # "(NHTSA)", "(AAPOS)": whose figure it is, beside a subject the other says otherwise
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Age to stop rear-facing car seats (NHTSA), value: 2 years}
        - {id: b, kind: limit,
           subject: Recommended age for a toddler to stop rear-facing car seats, value: 4 years}
        - {id: c, kind: limit, subject: Age for the first eye examination (AAPOS),
           value: 6 months}
        - {id: d, kind: limit, subject: Recommended age of a child's first eye examination,
           value: 3 years}
        """,
    )
    assert len(found) == 2, found
    assert "possibly conflicting with b" in found[0], found
    assert "possibly conflicting with d" in found[1], found


def test_a_function_named_and_a_command_that_calls_it_as_lisp_does(tmp_path):
    # "conj" names the function ``(conj v x)`` calls: one fact, asked and done
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa,
           question: Which function returns a new vector with an item appended to the end?,
           answer: conj}
        - {id: b, kind: command, task: Add the item x to the vector v at its end,
           command: (conj v x)}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_words_after_other_side_words_link_two_cards_of_a_large_corpus(tmp_path):
    # in a corpus too large to compare every pair, "with an item ... to the end" and
    # "the item ... at its end" share words: the pair is compared
    from cheatdeck import pipeline

    folder = tmp_path / "cards"
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: Study\n", "utf-8")
    pair = """deck: Clojure
title: Clojure
cards:
  - {id: a, kind: qa,
     question: Which function returns a new vector with an item appended to the end?,
     answer: conj}
  - {id: b, kind: command, task: Add the item x to the vector v at its end, command: (conj v x)}
"""
    (folder / "pair.yaml").write_text(pair, encoding="utf-8")
    others = "".join(
        f'  - {{id: o{n}, kind: qa, question: "Who signed charter {n}?", answer: "Clerk {n}"}}\n'
        for n in range(300)
    )
    (folder / "others.yaml").write_text(f"deck: Charters\ntitle: Charters\ncards:\n{others}")
    report = pipeline.check(folder).report
    found = [f"{d.severity} {d.code}: {d.message}" for d in report.sorted()]
    assert any("nearly the same fact as b" in line for line in found), found


def test_an_answer_that_says_to_run_a_command_answers_with_it(tmp_path):
    # "run rails new shop" answers with the command ``rails new shop``
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Start a new Rails app called shop, command: rails new shop}
        - {id: b, kind: qa, question: How do you generate a fresh Rails application named shop?,
           answer: run rails new shop}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_a_lisp_call_with_its_namespace_named_by_its_last_part_is_one_command(tmp_path):
    # "clojure.string/upper-case" and "string/upper-case" (an alias): one function; a
    # call of another function of that namespace is another command
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Upper-case the string s,
           command: (clojure.string/upper-case s)}
        - {id: b, kind: command, task: Turn s into capital letters, command: (string/upper-case s)}
        - {id: c, kind: command, task: Lower-case the text t, command: (string/lower-case t)}
        """,
    )
    assert len(found) == 1, found
    assert "the same command as b" in found[0] and "namespace" in found[0], found


def test_weeks_and_months_far_apart_cannot_both_be_right(tmp_path):
    # "2 to 3 weeks" and "4 to 6 months" are far apart whatever a month's length; "6
    # weeks" and "2 months" may be one age, told in units the checks do not convert, and
    # "2 weeks" may round "1 month"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: At what age does colic usually start?,
           answer: 2 to 3 weeks}
        - {id: b, kind: qa, question: At what age does infant colic usually start?,
           answer: 4 to 6 months}
        - {id: c, kind: qa, question: At what age does a baby first smile socially?,
           answer: 6 weeks}
        - {id: d, kind: qa, question: At what age does an infant first smile socially?,
           answer: 2 months}
        - {id: e, kind: qa, question: When does the umbilical stump fall off?, answer: 2 weeks}
        - {id: f, kind: qa, question: When does the umbilical stump usually fall off?,
           answer: 1 month}
        """,
    )
    assert len(found) == 3, found
    assert "possibly conflicting with b" in found[0] and "fix one" in found[0], found
    assert "units the checks do not convert" in found[1], found
    assert "with f" in found[2] and "units the checks do not convert" in found[2], found


def test_one_rare_short_answer_to_two_questions_that_share_words(tmp_path):
    # "peaked T waves" answers both, and no other card says "peaked": one fact asked two
    # ways, though the prompts share only "sign" and "hyperkalaemia"; two answers in
    # prose with the same words ("right to left" / "left to right") say two things
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the classic early ECG sign of hyperkalaemia?,
           answer: peaked T waves}
        - {id: b, kind: qa,
           question: Which sign on a cardiac monitor warns of hyperkalaemia in dialysis patients?,
           answer: "Peaked T waves (tall and narrow)"}
        - {id: c, kind: qa, question: What is a hook for a right-handed golfer?,
           answer: a shot curving sharply right to left}
        - {id: d, kind: qa, question: What is a slice for a right-handed golfer?,
           answer: a shot curving sharply left to right}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found
