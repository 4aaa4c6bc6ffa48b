"""A parent's arithmetic deck for a pupil (probe80): times tables, fractions and unit
conversions, whose questions differ by one number and whose answers are numbers."""

from __future__ import annotations

import textwrap
from pathlib import Path

from cheatdeck import pipeline


def check(tmp_path: Path, cards: str) -> list[str]:
    corpus = tmp_path / "maths"
    corpus.mkdir()
    head = "name: maths\ntitle: Maths\ndeck: Maths\n"
    (corpus / "corpus.yaml").write_text(head, "utf-8")
    topic = "deck: Times\ntitle: Times\ncards:\n" + textwrap.indent(textwrap.dedent(cards), "  ")
    (corpus / "times.yaml").write_text(topic, "utf-8")
    report = pipeline.check(corpus).report
    return [f"{d.severity} {d.code}: {d.message}" for d in report.sorted()]


def test_times_sign_and_letter_x_between_numbers_ask_one_product(tmp_path):
    """'7 × 8?' 56 and '7 x 8?' 54 were judged as two questions: the '×' counted as a
    lone symbol and the 'x' as a lone letter, though the fold reads both as one sign."""
    cards = """\
        - {id: seven-eight, kind: qa, question: "7 × 8?", answer: "56"}
        - {id: seven-eight-x, kind: qa, question: "7 x 8?", answer: "54"}
        - {id: seven-eight-caps, kind: qa, question: "7 X 8?", answer: "56"}
        """
    found = check(tmp_path, cards)
    assert any(
        line.startswith("error conflicting-fact") and "seven-eight-x" in line for line in found
    ), found
    assert any(
        line.startswith("error duplicate-fact") and "seven-eight-caps" in line for line in found
    ), found


def test_products_that_differ_by_one_number_or_by_order_are_no_error(tmp_path):
    cards = """\
        - {id: seven-eight, kind: qa, question: "7 × 8?", answer: "56"}
        - {id: seven-nine, kind: qa, question: "7 x 9?", answer: "63"}
        - {id: eight-seven, kind: qa, question: "8 × 7?", answer: "56"}
        - {id: six-nine, kind: qa, question: "6 × 9?", answer: "54"}
        """
    assert not [line for line in check(tmp_path, cards) if line.startswith("error")]


def test_an_equals_sign_that_asks_the_result_asks_what_a_question_mark_asks(tmp_path):
    """'6 x 7' 42, '6 x 7 =' 41 and '6 × 7 = ?' 42 were three prompts: the trailing '='
    kept the fold apart and counted as a lone symbol."""
    cards = """\
        - {id: six-seven, kind: qa, question: "6 x 7", answer: "42"}
        - {id: six-seven-equals, kind: qa, question: "6 x 7 =", answer: "41"}
        - {id: six-seven-asked, kind: qa, question: "6 × 7 = ?", answer: "42"}
        """
    found = check(tmp_path, cards)
    assert any(
        line.startswith("error conflicting-fact") and "six-seven-equals" in line for line in found
    ), found
    assert any(
        line.startswith("error duplicate-fact") and "six-seven-asked" in line for line in found
    ), found
