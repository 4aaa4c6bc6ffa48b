"""An oversized field (pasted text, far longer than any card): one ``long-field`` warning
at the field, and the fact checks compare only its first ``FIELD_LIMIT`` characters, so
a 5 MB answer costs ``check`` what a long card does (it took minutes before the bound).
The corpora are about lighthouse keeping, a domain none of the pair sets uses."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

from cheatdeck import pipeline
from cheatdeck.checks import facts
from cheatdeck.field_limit import FIELD_LIMIT

LAMPS = """\
  - id: lamp-wick
    kind: qa
    question: How often does the keeper trim the lamp wick
    answer: Every four hours of the night watch
  - id: lens-turn
    kind: qa
    question: What turns the Fresnel lens
    answer: A clockwork driven by a falling weight
"""


def write_corpus(folder: Path, cards_yaml: str) -> Path:
    cards = folder / "cards"
    cards.mkdir(parents=True)
    (cards / "corpus.yaml").write_text(
        "name: lights\ntitle: Lighthouses\ndeck: Lights\nsettings:\n  max_answer_words: 0\n",
        encoding="utf-8",
    )
    topic = f"deck: Keeping\ntitle: Lighthouse keeping\ncards:\n{LAMPS}{cards_yaml}"
    (cards / "keeping.yaml").write_text(topic, encoding="utf-8")
    return cards


def log_text(size: int) -> str:
    words = "the keeper winds the clockwork and logs the weather at dusk "
    return (words * (size // len(words) + 1))[:size].strip()


def run_check(folder: Path, monkeypatch):
    monkeypatch.chdir(folder)
    return pipeline.check(Path("cards")).report


def test_a_field_over_the_limit_gets_one_warning_at_the_field(tmp_path, monkeypatch):
    body = log_text(FIELD_LIMIT + 500)
    write_corpus(
        tmp_path,
        f"  - id: log-1888\n    kind: qa\n    question: What does the 1888 log say\n"
        f'    answer: "{body}"\n',
    )
    found = [d for d in run_check(tmp_path, monkeypatch).sorted() if d.code == "long-field"]
    assert len(found) == 1, found
    [warning] = found
    assert (warning.file, warning.line, warning.col) == ("cards/keeping.yaml", 15, 13)
    assert warning.severity == "warning"
    assert f"{len(body):,} characters (over {FIELD_LIMIT:,})" in warning.message
    assert "'answer' of 'log-1888'" in warning.message
    assert "split it into cards, or move the text to a file" in warning.message


def test_a_long_snippet_at_the_limit_gets_none(tmp_path, monkeypatch):
    """A long table or snippet is written by a person: at the limit, no warning."""
    lines = [f"lamp_{n:05d} = trim(wick, hours={n % 4 + 1})" for n in range(FIELD_LIMIT)]
    code = "\n".join(lines)[:FIELD_LIMIT]
    block = textwrap.indent(code, " " * 6)
    write_corpus(
        tmp_path,
        "  - id: trim-all\n    kind: snippet\n    title: Trim every lamp\n    lang: python\n"
        f"    code: |\n{block}\n",
    )
    report = run_check(tmp_path, monkeypatch)
    assert [d.code for d in report.sorted()] == []


def test_the_fact_checks_compare_at_most_the_limit_of_a_5_mb_field(tmp_path, monkeypatch):
    """The bound, counted rather than timed: every card text the fact checks build their
    items from is at most ``FIELD_LIMIT`` long; two cards that paste the same 5 MB log
    under one question are still the same fact."""
    body = log_text(5_000_000)
    write_corpus(
        tmp_path,
        "".join(
            f"  - id: {name}\n    kind: qa\n    question: What does the 1888 log say\n"
            f'    answer: "{body}"\n'
            for name in ("log-1888", "log-1888-copy")
        ),
    )
    longest: list[int] = []
    build_items = facts.build_items

    def measured(corpus, vocab):
        longest.append(
            max(
                len(value)
                for card in corpus.cards()
                for spec in dataclasses.fields(card)
                if isinstance(value := getattr(card, spec.name), str)
            )
        )
        return build_items(corpus, vocab)

    monkeypatch.setattr(facts, "build_items", measured)
    report = run_check(tmp_path, monkeypatch).sorted()
    assert longest == [FIELD_LIMIT]
    assert [d.code for d in report].count("long-field") == 2
    assert [d.code for d in report if d.code != "long-field"] == ["duplicate-fact"], report
