"""The fact checks on pairs from the thirteenth held-out set
(tests/data/fact_pairs_unseen13.txt, written without reading the checks) and the general
rules drawn from it and from sets 11 and 12. Each test failed before its fix."""

from __future__ import annotations

import textwrap
from pathlib import Path

from cheatdeck import pipeline


def check_deck(tmp_path: Path, deck: str, cards: str) -> list[str]:
    """``check`` of one topic in deck ``deck``: ``severity code: message`` lines."""
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: Study\n", "utf-8")
    body = textwrap.indent(textwrap.dedent(cards).strip(), "  ")
    (folder / "t.yaml").write_text(f"deck: {deck}\ntitle: {deck}\ncards:\n{body}\n", "utf-8")
    return [f"{d.severity} {d.code}: {d.message}" for d in pipeline.check(folder).report.sorted()]


def test_an_answer_from_and_to_the_same_things_the_other_way_round_is_no_duplicate(tmp_path):
    """ "A diagonal band from dexter chief to sinister base" and "... from sinister chief
    to dexter base" hold the same words, so they were one answer reworded: a
    duplicate-fact error on two descriptions that cannot both be right. The other way
    round is a possible conflict; the same way round, in other words, stays a duplicate."""
    found = check_deck(
        tmp_path,
        "Heraldry",
        """
        - {id: a, kind: qa, question: What is a bend in heraldry?,
           answer: A diagonal band from dexter chief to sinister base.}
        - {id: b, kind: qa, question: What is a bend in heraldry?,
           answer: A diagonal band from sinister chief to dexter base.}
        - {id: c, kind: qa, question: Which way does docker cp copy here?,
           answer: from the host to the container}
        - {id: d, kind: qa, question: Which way does docker cp copy here?,
           answer: to the container from the host}
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact: possibly conflicting with b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found
