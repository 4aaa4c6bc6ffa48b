"""Fewer false findings on facts that differ (issue 18, quiet55): each rule with a pair it
quiets and a near pair it must leave reported."""

from __future__ import annotations

import pytest

from conftest import check_facts


def test_a_chosen_stop_word_alone_parts_two_answers(tmp_path):
    cards = """
    - {id: a, kind: qa, question: What does == test in Erlang?, answer: that two terms are equal}
    - {id: b, kind: qa, question: What does `==` test in Erlang?,
       answer: that two terms are exactly equal}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 1 and "warning similar-fact: possibly conflicting" in found[0], found


def test_a_function_word_or_a_number_qualified_is_still_one_answer(tmp_path):
    cards = """
    - {id: a, kind: qa, question: Which value is the middle of a sorted sample?, answer: median}
    - {id: b, kind: qa, question: Which value is the middle of a sorted sample?,
       answer: the median}
    - {id: c, kind: qa, question: How many kings does each side have in chess?, answer: "1"}
    - {id: d, kind: qa, question: How many kings does each side have in chess?,
       answer: exactly 1}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 2 and all("error duplicate-fact" in line for line in found), found


def test_two_things_compared_the_other_way_are_two_questions(tmp_path):
    cards = """
    - {id: tubes, kind: qa, question: When are tubes better than pans?,
       answer: For large washes that need a lot of paint quickly.}
    - {id: pans, kind: qa, question: When are pans better than tubes?,
       answer: For travel and quick sketches.}
    """
    assert check_facts(tmp_path, cards) == []


def test_one_comparison_asked_twice_is_still_compared(tmp_path):
    cards = """
    - {id: a, kind: qa, question: Why are tubes better than pans?,
       answer: They give more paint at once.}
    - {id: b, kind: qa, question: Why is a tube better than a pan?,
       answer: It keeps the paint moist.}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 1 and "with b at" in found[0], found


def test_a_code_with_another_sub_number_is_another_thing(tmp_path):
    cards = """
    - {id: pb15, kind: qa, question: Which pigment is PB15?, answer: phthalocyanine blue}
    - {id: pb15-1, kind: qa, question: Which shade is PB15:1?,
       answer: the red shade of phthalocyanine blue}
    - {id: pb15-3, kind: qa, question: Which shade is PB15:3?,
       answer: the green shade of phthalocyanine blue}
    """
    assert check_facts(tmp_path, cards) == []


def test_one_sub_numbered_code_asked_twice_is_still_compared(tmp_path):
    cards = """
    - {id: a, kind: qa, question: What is the lightfastness of PB15:1?, answer: excellent}
    - {id: b, kind: qa, question: How lightfast is PB15:1?, answer: poor}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 1 and "with b at" in found[0], found


_BRUSH_CARE = """
    - id: care
      kind: list
      title: Brush care
      items:
        - Dry: lying flat or hanging head down, never standing on its hairs
        - Brush rinsing: in clean water after each session
"""


def test_a_title_word_does_not_complete_a_term_s_name(tmp_path):
    cards = (
        _BRUSH_CARE
        + """
    - {id: drybrush, kind: concept, term: Dry brush,
       definition: Little paint on a nearly dry brush dragged over the paper.}
    """
    )
    assert check_facts(tmp_path, cards) == []


def test_a_title_word_still_stands_in_for_a_question_s_word(tmp_path):
    cards = (
        _BRUSH_CARE
        + """
    - {id: q, kind: qa, question: How do you dry a brush?, answer: standing on its hairs in a jar}
    - {id: rinse, kind: concept, term: Brush rinsing, definition: in warm soapy water once a week}
    """
    )
    found = check_facts(tmp_path, cards)
    assert len(found) == 2, found
    assert "with q at" in found[0] and "as rinse at" in found[1], found


def test_one_answer_to_two_questions_of_one_template_is_no_duplicate(tmp_path):
    cards = """
    - {id: camp, kind: qa, question: How far from a stream should you camp?, answer: 60 metres}
    - {id: dishes, kind: qa, question: How far from a stream should you wash dishes?,
       answer: 60 metres}
    - {id: water, kind: qa, question: When should you water tomato seedlings?,
       answer: in the early morning}
    - {id: harden, kind: qa, question: When should you harden off tomato seedlings?,
       answer: in the early morning}
    """
    assert check_facts(tmp_path, cards) == []


def test_a_slot_worded_twice_is_still_one_question(tmp_path):
    cards = """
    - {id: a, kind: qa, question: At what temperature does water boil at sea level?,
       answer: 100 °C}
    - {id: b, kind: qa, question: At what temperature does water boil at 1 atm?, answer: 100 °C}
    - {id: c, kind: qa, question: What colour is the port sidelight?, answer: red}
    - {id: d, kind: qa, question: What colour is the port side light?, answer: red}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 2 and "as b at" in found[0] and "as d at" in found[1], found


def test_a_claim_and_what_happens_automatically_are_two_questions(tmp_path):
    cards = """
    - {id: auto, kind: qa, question: How many days of delay get a letter refunded automatically?,
       answer: "30"}
    - {id: claim, kind: qa, question: How many days of delay allow a letter refund claim?,
       answer: "14"}
    """
    assert check_facts(tmp_path, cards) == []


def test_two_claims_are_still_compared(tmp_path):
    cards = """
    - {id: a, kind: qa, question: How many days of delay allow a letter refund claim?,
       answer: "30"}
    - {id: b, kind: qa,
       question: How many days of delay allow a refund claim for a letter by post?, answer: "20"}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 1 and "with b at" in found[0], found


def test_a_term_defined_by_the_shorter_one_is_a_kind_of_it(tmp_path):
    cards = """
    - {id: a, kind: concept, term: Metaphone,
       definition: a phonetic algorithm that codes a word as four letters}
    - {id: b, kind: concept, term: Philips Metaphone,
       definition: a refinement of Metaphone that codes a word as six letters}
    """
    assert check_facts(tmp_path, cards) == []


def test_a_term_whose_added_word_the_other_says_is_still_compared(tmp_path):
    cards = """
    - {id: a, kind: concept, term: Metaphone,
       definition: a phonetic algorithm by Philips that codes a word as four letters}
    - {id: b, kind: concept, term: Philips Metaphone,
       definition: a refinement of Metaphone that codes a word as six letters}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (
            "a long call at the lower strike with a short call at the higher strike",
            "a short call at the lower strike with a long call at the higher strike",
            True,
        ),
        ("PIP flexion with DIP hyperextension", "PIP hyperextension with DIP flexion", True),
        # the parts change places, nothing traded: one answer
        ("PIP flexion with DIP hyperextension", "DIP hyperextension with PIP flexion", False),
        # "and" joins the items of a list as often: no joint
        ("identity and lasting traits", "lasting traits and identity", False),
        ("flexion of the knee and hip", "flexion of the hip and knee", False),
    ],
)
def test_words_traded_across_with(a, b, apart):
    from cheatdeck.checks.similar import _traded_across_joint

    assert _traded_across_joint(a, b) is apart


def test_the_counter_thing_is_another_thing(tmp_path):
    cards = """
    - {id: counter, kind: qa, question: Which dye is the counterstain in Ziehl–Neelsen staining?,
       answer: methylene blue}
    - {id: primary, kind: qa,
       question: Which dye is the primary stain in Ziehl–Neelsen staining?,
       answer: carbol fuchsin}
    """
    assert check_facts(tmp_path, cards) == []


def test_one_counter_thing_asked_twice_is_still_compared(tmp_path):
    cards = """
    - {id: a, kind: qa, question: Which dye is the counterstain in Ziehl–Neelsen staining?,
       answer: methylene blue}
    - {id: b, kind: qa,
       question: Which dye is the counterstain used in Ziehl–Neelsen staining?,
       answer: carbol fuchsin}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 1 and "with b at" in found[0], found


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("any distance diagonally", "any distance horizontally or vertically", True),
        ("a cut made vertically", "a cut made along the grain", False),
        ("any distance diagonally", "any distance diagonally, forward or back", False),
    ],
)
def test_directions_apart(a, b, apart):
    from cheatdeck.checks.normalize import content_words, fold
    from cheatdeck.checks.siblings import directions_apart

    x, y = frozenset(content_words(fold(a))), frozenset(content_words(fold(b)))
    assert directions_apart(x, y) is apart


def test_a_term_that_names_a_list_item_with_an_aside_is_that_item(tmp_path):
    """The aside "(one-skate)" holds the title's word "skate": the term is still the
    item "V2", one fact written twice."""
    cards = """
    - id: techniques
      kind: list
      title: Skate techniques
      items:
        - V2: a double pole push on every leg push
        - V1: a double pole push on every other leg push, for climbs
    - {id: v2, kind: concept, term: V2 (one-skate),
       definition: Skating technique with a double pole push on each skate}
    """
    found = check_facts(tmp_path, cards)
    assert len(found) == 1 and "v2 at" in found[0], found
