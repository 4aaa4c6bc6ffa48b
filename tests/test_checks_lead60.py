"""The lead's findings on corpora of his own this round (issue 18): a term whose name holds
a number, asked for by a question answered with that name in the lower case."""

from __future__ import annotations

import pytest

from conftest import check_facts, check_facts_padded

KNOTS = """
- id: fig8
  kind: concept
  term: Figure 8 knot
  definition: A stopper knot tied at the end of a line so it cannot run out through a block.
- id: stopper
  kind: qa
  question: Which stopper knot is tied at the end of a sheet?
  answer: {answer}
- id: bowline
  kind: qa
  question: Which knot makes a fixed loop at the end of a line?
  answer: Bowline
- id: clove
  kind: concept
  term: Clove hitch
  definition: Two half hitches around a post, quick to tie and adjust.
"""


@pytest.mark.parametrize("answer", ["The figure 8 knot", "The figure-eight knot", "A figure eight"])
def test_a_term_with_a_number_is_found_against_a_question_answered_with_it(tmp_path, answer):
    """ "Figure 8 knot" (a term starts with a capital, so its 8 read as "8th", as in
    "Henry 8") against "Which stopper knot ...?" "The figure 8 knot" (its 8 a number) was
    missed in a four-card deck: the answer's words and the term's did not pair off."""
    found = check_facts(tmp_path, KNOTS.format(answer=answer))
    assert [line for line in found if "stopper" in line and "fig" in line.lower()] != [], found
    assert not any(line.startswith("error") for line in found), found


TEMPERING = """
- id: tempering
  kind: concept
  term: Tempering
  definition: Reheating hardened steel to a lower temperature to reduce its brittleness.
- id: why-not
  kind: qa
  question: Why can't tempering bring back the hardness of an overheated blade?
  answer: >-
    Reheating to a lower temperature only reduces brittleness; hardness lost to
    overheating needs a new quench.
- id: why
  kind: qa
  question: Why is a blade tempered after quenching?
  answer: To reduce its brittleness, by reheating it to a lower temperature.
"""


def test_a_question_asking_why_a_term_cannot_do_something_is_not_its_definition(tmp_path):
    """The shipped AWS corpus warned "CloudTrail" (its definition: data events recorded
    only when turned on) against "Why can't `aws cloudtrail lookup-events` tell you who
    deleted an S3 object?" (a data event): a limit of the term, not its purpose told
    again. A "why" that denies is told apart; the plain "why" is still found."""
    found = check_facts_padded(tmp_path, TEMPERING)
    assert [line for line in found if "why at" in line and "Tempering" in line] != [], found
    assert not any("why-not" in line for line in found), found
