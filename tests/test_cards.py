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
