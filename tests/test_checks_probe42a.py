"""Pairs of cards met on a stranger's machine-learning corpus that the fact checks
warned about wrongly: each test is a general rule, written here with other words."""

from __future__ import annotations

import textwrap
from pathlib import Path


def check(tmp_path: Path, cards: str) -> list[str]:
    """``check`` of a corpus of one topic holding ``cards`` (YAML); the diagnostics as
    ``severity code: message``."""
    from cheatdeck import pipeline

    folder = tmp_path / "cards"
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: Study\n", "utf-8")
    body = textwrap.indent(textwrap.dedent(cards).strip(), "  ")
    text = f"deck: Study::Facts\ntitle: Facts\ncards:\n{body}\n"
    (folder / "t.yaml").write_text(text, encoding="utf-8")
    report = pipeline.check(folder).report
    return [
        f"{d.severity} {d.code}: {d.message}" for d in report.sorted() if d.code != "placeholder"
    ]


def test_a_number_given_only_as_an_example_is_no_value_to_contradict(tmp_path):
    # "e.g. −1.76" illustrates an answer in words: it does not contradict another
    # card's 0 ("What does ReLU output for negative inputs?" 0 / "... Leaky ReLU ...",
    # "A small slope times the input, e.g. 0.01x")
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does Dropout output for dropped units?, answer: "0"}
        - id: b
          kind: qa
          question: What does Alpha Dropout output for dropped units?
          answer: A negative saturation value, e.g. −1.76
        """,
    )
    assert found == [], found


def test_a_number_stated_as_the_answer_may_still_contradict(tmp_path):
    # the same pair with the number as the answer itself stays a finding
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does Dropout output for dropped units?, answer: "0"}
        - id: b
          kind: qa
          question: What does Alpha Dropout output for dropped units?
          answer: "−1.76"
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found
