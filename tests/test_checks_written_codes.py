"""The fact checks on codes and rewordings as people write them in any domain: a code of
capitals and a number hyphened or not ("W-2" / "W2")."""

from __future__ import annotations

import pytest
from test_checks_unseen import check

from cheatdeck.checks.normalize import content_words, fold


@pytest.mark.parametrize(
    ("a", "b"),
    [("Form W-2", "Form W2"), ("SHA-256", "SHA256"), ("vitamin B-12", "vitamin B12")],
)
def test_a_code_hyphened_or_not_folds_alike(a, b):
    assert fold(a) == fold(b)
    assert content_words(fold(a)) == content_words(fold(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [("HTTP 404", "HTTP404"), ("KEY-1.5", "KEY15"), ("-2", "2"), ("UP-50%", "UP50%")],
)
def test_a_spaced_code_or_a_number_that_goes_on_stays_apart(a, b):
    assert fold(a) != fold(b)


FORMS = """
- {id: w2, kind: qa, question: Which form reports an employee's wages?, answer: Form W-2}
- {id: w2-again, kind: qa, question: Which form reports an employee's wages?, answer: Form W2}
"""


def test_one_form_hyphened_and_joined_is_one_answer(tmp_path):
    found = check(tmp_path, {"Taxes": FORMS})
    assert len(found) == 1 and "error duplicate-fact" in found[0], found
