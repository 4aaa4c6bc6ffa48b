"""The fact checks on the kinds of card the fifty-second held-out set showed them missing
(tests/data/fact_pairs_unseen52.txt, on library science, pandas and NumPy, paragliding
and vascular surgery cards): each test is a general rule, written here with other words
on other subjects."""

from __future__ import annotations

from conftest import check_facts_padded as check


def test_a_question_told_by_a_definition_with_its_verb_reworded(tmp_path):
    # "Who *designed* ...?" asks with a verb the prompt folds to "make"; the definition
    # says "designed" as written: the question's words are all the definition's
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: Bodoni
          definition: High-contrast serif typeface designed by Giambattista Bodoni around 1798
        - id: b
          kind: qa
          question: Who designed the high-contrast serif typeface of 1798?
          answer: Giambattista Bodoni
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_definition_that_opens_with_how_is_no_name_of_its_term(tmp_path):
    # "How a kayak is turned quickly: ..." is no name of the term "Sweep stroke": the
    # question "How do you turn a kayak quickly?" answered with the sweep stroke asks for
    # the term by what its definition says
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: Sweep stroke
          definition: "How a kayak is turned quickly: a wide arc of the blade from bow to stern"
        - id: b
          kind: qa
          question: How do you turn a kayak quickly?
          answer: With a sweep stroke, a long arc of the paddle
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_list_item_described_again_by_a_question_that_names_it(tmp_path):
    # a list's item is a term whose list title is context: the question names the item
    # (not the title) and its answer says again what the item's explanation says
    found = check(
        tmp_path,
        """
        - id: a
          kind: list
          title: Camera exposure modes
          items:
            - Shutter priority: you fix the exposure time, automatic aperture, flash off
        - id: b
          kind: qa
          question: What does the shutter priority mode control?
          answer: the exposure time (aperture automatic, no flash)
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found
