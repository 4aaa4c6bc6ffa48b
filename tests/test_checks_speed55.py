"""speed55: shortcuts in the fact checks that give the same findings sooner; each test
fails when its shortcut skips work it must do."""

from __future__ import annotations

import gc
import textwrap
from pathlib import Path

from cheatdeck import pipeline
from cheatdeck.checks.items import Vocabulary, build_items
from cheatdeck.checks.similar import Verdict
from cheatdeck.load import load_corpus


def check(tmp_path: Path, cards: str) -> list[str]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    head = "name: c\ntitle: C\ndeck: C\nsettings:\n  fact_scope: corpus\n"
    (corpus / "corpus.yaml").write_text(head, "utf-8")
    topic = "deck: Facts\ntitle: Facts\ncards:\n" + textwrap.indent(textwrap.dedent(cards), "  ")
    (corpus / "facts.yaml").write_text(topic, "utf-8")
    report = pipeline.check(corpus).report
    return [f"{d.severity} {d.code}: {d.message}" for d in report.sorted()]


def test_a_pair_found_alike_and_told_apart_is_no_match(tmp_path):
    """'Longest' / 'Largest': a rule finds the two questions alike and another tells
    them apart; asking the second only after the first keeps the verdict."""
    cards = """\
        - {id: lm, kind: qa, question: Longest muscle of the body?, answer: Sartorius}
        - {id: gm, kind: qa, question: Largest muscle of the body?, answer: Gluteus maximus}
        """
    assert check(tmp_path, cards) == []


def test_a_pair_found_alike_and_not_told_apart_is_a_match(tmp_path):
    cards = """\
        - {id: lm, kind: qa, question: Longest muscle of the body?, answer: Sartorius}
        - {id: lm2, kind: qa, question: Which muscle of the body is the longest?, answer: Sartorius}
        """
    found = check(tmp_path, cards)
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_the_rules_that_tell_pairs_apart_run_only_for_pairs_found_alike(tmp_path, monkeypatch):
    """Most pairs no rule finds alike: the many rules that tell two prompts apart are
    not asked of them."""
    told, found = [], []
    told_apart, found_alike = Verdict._told_apart, Verdict._found_alike

    def counted_told_apart(self, a, b):
        told.append((a.card.id, b.card.id))
        return told_apart(self, a, b)

    def counted_found_alike(self, a, b):
        match = found_alike(self, a, b)
        found.append(match is not None)
        return match

    monkeypatch.setattr(Verdict, "_told_apart", counted_told_apart)
    monkeypatch.setattr(Verdict, "_found_alike", counted_found_alike)
    cards = """\
        - {id: lm, kind: qa, question: Longest muscle of the body?, answer: Sartorius}
        - {id: gm, kind: qa, question: Largest muscle of the body?, answer: Gluteus maximus}
        - {id: bone, kind: qa, question: Longest bone of the human body?, answer: Femur}
        - {id: organ, kind: qa, question: Largest organ of the human body?, answer: Skin}
        """
    check(tmp_path, cards)
    assert len(found) >= 3, found  # the pairs were judged
    assert len(told) == sum(found), (told, found)


def test_the_items_of_a_topic_read_are_frozen_for_the_collector(tmp_path):
    """The fact checks' items live to the end of the check: those of each topic done are
    moved out of the collector's reach (``gc.freeze``), as the loader does with cards."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: c\ntitle: C\ndeck: C\n", "utf-8")
    for topic in ("one", "two"):
        cards = f"  - {{id: {topic}, kind: qa, question: What is {topic}?, answer: A number}}\n"
        (corpus / f"{topic}.yaml").write_text(f"deck: {topic}\ntitle: {topic}\ncards:\n{cards}")
    loaded = load_corpus(corpus).corpus
    gc.unfreeze()
    try:
        items = build_items(loaded, Vocabulary())
        collected = {id(found) for found in gc.get_objects()}
        assert id(items[0]) not in collected  # the first topic's: frozen
        assert id(items[-1]) in collected  # the last topic's: no topic after it
    finally:
        gc.unfreeze()
