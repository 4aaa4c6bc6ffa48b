"""A juggler's corpus kept in git (history135): what ``check`` says before the build of
an edit Anki cannot follow, and what a retired card brought back under another kind
leaves in Anki, through the real command line and the real Anki importer.

``check`` prints the notices the next build will print (a kind changed, an item or a
row no build can recognise), from a copy of the lock: it writes nothing, and the build
then says the same lines."""

from __future__ import annotations

from pathlib import Path

from conftest import build_at, edit, run_cli, write_corpus

EPOCH = 1_790_000_000
DAY = 86_400

CORPUS = "name: juggling\ntitle: Juggling notes\ndeck: Juggling\n"
PATTERNS = """\
deck: Patterns
title: Patterns
cards:
  - id: dwell-time
    kind: qa
    question: What is the dwell time in juggling?
    answer: The time a prop spends held in a hand between a catch and the next throw.
  - id: beginner-steps
    kind: list
    title: Learning the cascade
    items:
      - One ball from hand to hand
      - Two balls, one exchange
      - Three balls, a flash
  - id: throw-heights
    kind: table
    title: Throw heights
    row_header: Throw
    columns: [Beats, Crosses]
    rows:
      "3": [Three, "Yes"]
      "4": [Four, "No"]
  - id: flash
    kind: qa
    question: What does it mean to flash a number of balls?
    answer: To throw and catch each ball once.
"""


def _check(cards: Path) -> list[str]:
    done = run_cli("check", cards)
    assert done.returncode == 0, done.stdout + done.stderr
    return [line for line in done.stdout.splitlines() if line.startswith("notice: ")]


def _built_notices(report: str) -> list[str]:
    return [line for line in report.splitlines() if line.startswith("notice: ")]


def test_check_says_the_notices_the_build_will_print(tmp_path):
    cards = write_corpus(tmp_path / "cards", {"corpus.yaml": CORPUS, "patterns.yaml": PATTERNS})
    build_at(cards, tmp_path / "out", EPOCH)
    assert _check(cards) == []  # nothing edited: nothing to say
    edit(
        cards / "patterns.yaml",
        "    kind: qa\n    question: What is the dwell time in juggling?\n    answer:",
        "    kind: concept\n    term: Dwell time\n    definition:",
    )
    edit(cards / "patterns.yaml", "Three balls, a flash", "Toss three balls once each, catch all")
    edit(cards / "patterns.yaml", '"4": [Four, "No"]', '"5": [Five, "Yes"]')
    lock_before = (cards / "cheatdeck.lock").read_bytes()
    said = _check(cards)
    assert (cards / "cheatdeck.lock").read_bytes() == lock_before  # check writes nothing
    assert len(said) == 3, said
    assert said[0].startswith("notice: 'dwell-time' ("), said
    assert "patterns.yaml:4:5) changed kind (qa → concept)" in said[0]
    assert "cheatdeck adopt" in said[0]
    assert said[1].startswith("notice: 'beginner-steps' ("), said
    assert "patterns.yaml:8:5): 1 old note" in said[1]
    assert '"Three balls, a flash"' in said[1]
    assert said[2].startswith("notice: 'throw-heights' ("), said
    assert "patterns.yaml:15:5): 2 old notes" in said[2]
    # the build then says the very same lines
    assert _built_notices(build_at(cards, tmp_path / "out", EPOCH + DAY)) == said
    assert _check(cards) == []  # built: the lock holds the edit, nothing more to say
    # other formats keep their standard output: the notices go to standard error
    edit(
        cards / "patterns.yaml",
        "    kind: concept\n    term: Dwell time\n    definition:",
        "    kind: qa\n    question: What is the dwell time in juggling?\n    answer:",
    )
    done = run_cli("check", cards, "--format", "json")
    assert done.returncode == 0, done.stderr
    assert "notice" not in done.stdout
    assert "cheatdeck: notice: 'dwell-time' (" in done.stderr
    assert "patterns.yaml:4:5) changed kind (concept → qa)" in (done.stderr)
