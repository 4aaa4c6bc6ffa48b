"""The fact checks on the kinds of pair that the thirty-fourth and thirty-fifth held-out
sets still showed them missing (tests/data/fact_pairs_unseen34..35.txt, issue 18): each
test is a general rule, met there on oncology, F#, stained glass, curling, Perl or
volleyball cards and written here with other words and subjects."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_count_with_an_aside_holding_another_number_is_that_count(tmp_path):
    # "twelve (six per row)" answers 12: the aside adds to the count, it is no range's end
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many eggs are in a carton?, answer: "12"}
        - {id: b, kind: qa, question: How many eggs are in a carton?, answer: twelve (six per row)}
        - id: c
          kind: qa
          question: How many chromosomes does a human sperm cell carry?
          answer: "23"
        - id: d
          kind: qa
          question: How many chromosomes does a human sperm cell carry?
          answer: 23 (46 in a body cell)
        """,
    )
    assert len(found) == 2, found
    assert all("error duplicate-fact" in line for line in found), found


def test_a_count_with_an_aside_read_in_the_unit_the_prompt_counts(tmp_path):
    # a bare "14" to "How many pounds ...?" is 14 lb, and so is "fourteen" outside its aside
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many pounds does a gallon of paint weigh?, answer: "14"}
        - id: b
          kind: qa
          question: How many pounds does a gallon of paint weigh?
          answer: fourteen (about 3.5 per quart)
        """,
    )
    assert len(found) == 1 and "error duplicate-fact" in found[0], found


def test_counts_with_asides_that_differ_stay_apart(tmp_path):
    # another count outside the aside, or two asides that differ: a conflict as before
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many legs does a spider have?, answer: "8"}
        - id: b
          kind: qa
          question: How many legs does a spider have?
          answer: six (two per segment)
        - {id: c, kind: qa, question: How many pegs hold a tent?, answer: 12 (three per side)}
        - {id: d, kind: qa, question: How many pegs hold a tent?, answer: 12 (four per side)}
        """,
    )
    assert len(found) == 2, found
    assert "possibly conflicting" in found[0] and "error conflicting-fact" in found[1], found


def test_a_term_asked_for_by_its_definition_answered_in_the_plural_or_with_an_aside(tmp_path):
    # "a sprue (pouring sprue)" and "dovetails" name the terms "Sprue", "Dovetail"
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: Sprue
          definition: a channel that feeds molten metal into a mould
        - id: b
          kind: qa
          question: What is the passage that lets molten metal run down into a casting called?
          answer: a sprue (pouring sprue)
        - id: c
          kind: concept
          term: Dovetail
          definition: a joint of flared tenons that lock two boards at a corner
        - id: d
          kind: qa
          question: What are the flared pins that join drawer sides at the corner called?
          answer: dovetails
        """,
    )
    assert len(found) == 2, found
    assert all("nearly the same fact" in line for line in found), found


def test_a_term_and_a_question_answered_with_another_word_stay_apart(tmp_path):
    # the answer without its aside is another word ("sprockets" is no "Sprue"s), or the
    # question shares one word with the definition only
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: Sprue
          definition: the channel through which molten metal is poured into a mould
        - id: b
          kind: qa
          question: What are the toothed wheels that drive a chain called?
          answer: sprockets (chain wheels)
        - {id: c, kind: concept, term: Liver, definition: the largest organ in the abdomen}
        - {id: d, kind: qa, question: Which organ does hepatitis harm?, answer: livers (both lobes)}
        """,
    )
    assert found == [], found


def test_a_symbol_asked_for_by_what_its_term_or_definition_says(tmp_path):
    # the definition opens with the symbol ("**, raises ..."), or the term is the symbol
    # with an aside after it (".. (Lua)"): the question asks for it by what it does
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: Which operator raises a number to a power in Python?
          answer: "**"
        - id: b
          kind: concept
          term: Exponent operator
          definition: "**, raises the left operand to the power of the right one"
        - {id: c, kind: qa, question: What is the string concatenation operator in Lua?, answer: ..}
        - {id: d, kind: concept, term: ".. (Lua)", definition: "Concatenation: joins two strings"}
        """,
    )
    assert len(found) == 2, found
    assert all("nearly the same fact" in line for line in found), found


def test_a_symbol_asked_for_something_else_stays_apart(tmp_path):
    # one symbol in two languages for two things: no word of the question is the term's
    # or the definition's
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which operator floors a division in Python?, answer: "//"}
        - id: b
          kind: concept
          term: Line comment
          definition: "//, starts a comment that runs to the end of the line in C++"
        - {id: c, kind: concept, term: "// (JavaScript)", definition: "starts a comment"}
        """,
    )
    assert found == [], found


def test_holds_and_contains_are_one_verb_in_prompts(tmp_path):
    # "Which register holds ...?" / "Which register contains ...?": one question, two
    # answers (a warning: "hold" is also to grip)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which register holds the return address on ARM?, answer: LR}
        - id: b
          kind: qa
          question: Which register contains the return address on ARM?
          answer: PC
        """,
    )
    assert len(found) == 1 and "possibly conflicting" in found[0], found


def test_an_acronym_in_one_answer_is_the_words_the_other_spells_out(tmp_path):
    # "AC" / "alternating current", "ACE inhibitor" / "angiotensin-converting enzyme
    # inhibitor": the letters are the initials of the other answer's words, in order
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What does a solar inverter do?
          answer: turns DC from the panels into AC
        - id: b
          kind: concept
          term: Solar inverter
          definition: converts direct current from solar panels into alternating current
        - {id: c, kind: qa, question: Which class of drug is lisinopril?, answer: an ACE inhibitor}
        - id: d
          kind: qa
          question: What class of drug is lisinopril?
          answer: angiotensin converting enzyme inhibitor
        """,
    )
    assert len(found) == 2, found
    assert all("nearly the same fact" in line for line in found), found


def test_an_acronym_whose_letters_the_other_answer_does_not_spell_stays_apart(tmp_path):
    # "NSAID" is no initials of "non-opioid analgesic", nor "ARB" of "ACE inhibitor"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which class of drug is ibuprofen?, answer: an NSAID}
        - id: b
          kind: qa
          question: What class of drug is ibuprofen?
          answer: a non-opioid analgesic
        - {id: c, kind: qa, question: Which class of drug is losartan?, answer: an ARB}
        - {id: d, kind: qa, question: What class of drug is losartan?, answer: an ACE inhibitor}
        """,
    )
    assert len(found) == 2, found
    assert all("possibly conflicting" in line for line in found), found


def test_a_term_asked_for_by_its_head_word_and_its_definition(tmp_path):
    # "Which *scale* ...?" says the term's head word, not the term: the words it shares
    # with the definition besides that one ("eye", "head", "injury") ask for it
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: Glasgow Coma Scale
          definition: a scale from 3 to 15 rating eye, verbal and motor responses after head injury
        - id: b
          kind: qa
          question: >-
            Which scale do paramedics use to grade how a casualty opens the eyes, talks and
            moves after a head injury?
          answer: the Glasgow Coma Scale
        """,
    )
    assert len(found) == 1 and "nearly the same fact" in found[0], found


def test_a_question_that_says_only_the_head_word_of_a_term_stays_apart(tmp_path):
    # the head word and one word of the definition: too little to ask for the term
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: Aortic valve
          definition: the valve between the left ventricle and the aorta
        - id: b
          kind: qa
          question: Which valve is most often replaced in adults?
          answer: the aortic valve
        """,
    )
    assert found == [], found


def test_a_period_said_in_one_word_is_every_that_period(tmp_path):
    # "biennial" is every 2 years, "quarterly" every 3 months: one value to one question
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How often is the art fair held?, answer: every 2 years}
        - {id: b, kind: qa, question: How often is the art fair held?, answer: biennial}
        - {id: c, kind: qa, question: How often are dues paid?, answer: quarterly}
        - {id: d, kind: qa, question: How often are dues paid?, answer: every three months}
        """,
    )
    assert len(found) == 2, found
    assert all("error duplicate-fact" in line for line in found), found


def test_a_period_in_one_word_against_another_period_conflicts(tmp_path):
    # "biennially" against every 3 years; "a biennial" (a plant) states no period, and
    # conflicts with "a perennial" as words do
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How often is the survey run?, answer: biennially}
        - {id: b, kind: qa, question: How often is the survey run?, answer: every 3 years}
        - {id: c, kind: qa, question: What kind of plant is foxglove?, answer: a biennial}
        - {id: d, kind: qa, question: What kind of plant is foxglove?, answer: a perennial}
        """,
    )
    assert len(found) == 2, found
    assert all("error conflicting-fact" in line for line in found), found
    assert any("'biennially' here, 'every 3 years' there" in line for line in found), found


def test_a_question_for_a_terms_class_answered_with_the_definitions_first_words(tmp_path):
    # "What drug class is sertraline?" / "Sertraline": "An SSRI used for ...": the
    # definition's first words say the class, an acronym read as the words it spells
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What drug class is sertraline?
          answer: selective serotonin reuptake inhibitor
        - id: b
          kind: concept
          term: Sertraline
          definition: An SSRI used for depression and panic disorder
        - {id: c, kind: qa, question: Which type of rock is pumice?, answer: a volcanic glass}
        - id: d
          kind: concept
          term: Pumice
          definition: volcanic glass, so full of gas holes that it floats
        """,
    )
    assert len(found) == 2, found
    assert all("nearly the same fact" in line for line in found), found


def test_a_class_other_than_the_definitions_first_words_stays_apart(tmp_path):
    # another class ("ACE inhibitor" / "An ARB ..."), or first words that add to the
    # answer ("a *fine-grained* igneous rock"): another answer, or more than it says
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What drug class is losartan?, answer: ACE inhibitor}
        - {id: b, kind: concept, term: Losartan, definition: An ARB used for high blood pressure}
        - {id: c, kind: qa, question: What type of rock is basalt?, answer: an igneous rock}
        - id: d
          kind: concept
          term: Basalt
          definition: a fine-grained igneous rock formed from lava
        """,
    )
    assert found == [], found
