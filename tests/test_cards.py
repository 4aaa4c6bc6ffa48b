"""The shipped corpus (cards/) passes every check, warnings included.

A failure names FILE:LINE of each problem, as ``cheatdeck check --strict cards`` would.
Stale limits are judged against today's date: a fact that ages past
``max_fact_age_days`` fails this test on the day it does.
"""

from __future__ import annotations

from pathlib import Path

from cheatdeck import pipeline

ROOT = Path(__file__).resolve().parents[1]


def test_shipped_corpus_has_no_diagnostics(monkeypatch):
    monkeypatch.chdir(ROOT)  # diagnostics name cards/<file>:<line>
    outcome = pipeline.check(Path("cards"))
    report = outcome.report
    assert outcome.corpus is not None, report.render()
    assert report.cards > 0
    assert report.diagnostics == [], "\n" + report.render()


def test_a_fact_stated_again_in_another_topic_deck_is_compared(tmp_path):
    """The shipped corpus is one subject in topic decks (``fact_scope: corpus``): a
    Lambda limit restated in the Architecture deck with another value is reported."""
    import shutil

    cards = shutil.copytree(ROOT / "cards", tmp_path / "cards")
    with (cards / "13-architecture.yaml").open("a", encoding="utf-8") as topic:
        topic.write(
            "\n  - {id: arch-lambda-timeout, kind: limit, priority: advanced,"
            " subject: Maximum Lambda function timeout, value: 5 minutes}\n"
        )
    report = pipeline.check(cards).report
    found = [d.message for d in report.diagnostics if "arch-lambda-timeout" in d.message]
    assert found and "'15 minutes' here and '5 minutes' there" in found[0], report.render()


def _shipped_cards() -> list[dict]:
    """The raw card mappings of the shipped corpus, as written (no loader defaults)."""
    import yaml

    cards = []
    for path in sorted((ROOT / "cards").glob("[0-9]*.yaml")):
        cards += (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("cards") or []
    return cards


def test_every_shipped_card_marks_its_priority():
    """The page budget cuts by priority, so no card may fall back to the default silently."""
    unmarked = [card["id"] for card in _shipped_cards() if "priority" not in card]
    assert not unmarked, f"cards without priority: {unmarked}"


def test_essentials_fit_a_two_page_sheet():
    """Issue 19 aims at 60–90 essential cards: what a 2-page A4 landscape sheet holds."""
    essential = [card["id"] for card in _shipped_cards() if card.get("priority") == "essential"]
    assert 60 <= len(essential) <= 90, f"{len(essential)} essential cards"


def test_the_committed_lock_is_what_a_build_writes(tmp_path):
    """A build of a fresh clone leaves ``git status`` clean: the committed
    ``cards/cheatdeck.lock`` holds what a build of ``cards/`` writes (a change to a note
    type's template or CSS changes its entry, and the lock must be committed with it)."""
    import shutil

    from conftest import run_cli

    cards = shutil.copytree(ROOT / "cards", tmp_path / "cards")
    done = run_cli("build", cards, "-o", tmp_path / "out", "-f", "apkg", "-q")
    assert done.returncode == 0, done.stderr
    written = (cards / "cheatdeck.lock").read_text(encoding="utf-8")
    assert written == (ROOT / "cards" / "cheatdeck.lock").read_text(encoding="utf-8"), (
        "build cards/ and commit cards/cheatdeck.lock"
    )
