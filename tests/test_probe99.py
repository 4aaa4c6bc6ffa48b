"""What a music theory learner's corpus showed (probe99): dynamics, intervals, keys and
time signatures. Each test is a general rule, with a second example on another subject."""

from __future__ import annotations

import pytest

from conftest import check_facts_padded as check


@pytest.mark.parametrize(
    ("terms", "definitions"),
    [
        (("forte (f)", "mezzo-forte (mf)"), ("Loud.", "Moderately loud.")),
        (("piano (p)", "mezzo-piano (mp)"), ("Soft.", "Moderately soft.")),
        (("Mild salsa", "Medium salsa"), ("Spicy", "Moderately spicy")),
    ],
)
def test_a_definition_with_an_intensifier_added_is_another_fact(tmp_path, terms, definitions):
    # "forte (f)": "Loud." / "mezzo-forte (mf)": "Moderately loud." were a similar-fact
    # warning: the answers counted as equal, "moderately" set aside as a common word
    found = check(
        tmp_path,
        f"""
        - id: a
          kind: concept
          term: {terms[0]}
          definition: {definitions[0]}
        - id: b
          kind: concept
          term: {terms[1]}
          definition: {definitions[1]}
        """,
    )
    assert found == [], found


def test_one_definition_under_two_terms_is_still_found(tmp_path):
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: forte (f)
          definition: Loud.
        - id: b
          kind: concept
          term: forte
          definition: Loud
        """,
    )
    assert len(found) == 1, found
