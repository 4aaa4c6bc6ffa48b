"""``cheatdeck check`` in two processes (``check_halves``) against the one-process check."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from cheatdeck import check_halves, pipeline
from cheatdeck.checks.items import Vocabulary, build_items, merge
from cheatdeck.forked import Forked
from cheatdeck.load import load_corpus, topic_files
from cheatdeck.lock import LOCK_FILE
from cheatdeck.writers import WRITER_NAMES

from conftest import CASES, SHIPPED

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork here")
TODAY = dt.date(2026, 1, 1)


def _both(corpus: Path, monkeypatch) -> tuple[pipeline.Outcome, pipeline.Outcome]:
    """The one-process check and the two-halves check of ``corpus`` (forced at any size)."""
    monkeypatch.setenv("CHEATDECK_JOBS", "1")
    one = pipeline.check(corpus, today=TODAY)
    monkeypatch.setenv("CHEATDECK_JOBS", "2")
    halves = pipeline.check(corpus, today=TODAY, keep_corpus=False)
    return one, halves


def _assert_same(corpus: Path, monkeypatch) -> pipeline.Outcome:
    one, halves = _both(corpus, monkeypatch)
    assert halves.corpus is None  # made in halves: no corpus is kept
    assert halves.report.render("json") == one.report.render("json")
    assert halves.report.cards == one.report.cards > 0
    return halves


def _topic(corpus: Path, name: str, body: str) -> None:
    (corpus / name).write_text(body, encoding="utf-8")


LIMITS = (
    "deck: {deck}\ntitle: {deck}\n{order}cards:\n"
    "  - id: {prefix}-a\n    kind: limit\n    subject: Zorblat queue depth\n"
    "    value: {value}\n    unit: messages\n"
    "  - id: {prefix}-b\n    kind: qa\n    question: What does the Frobnitz relay store?\n"
    "    answer: The last {value} messages of each Zorblat queue\n"
)


def test_the_shipped_corpus_checks_the_same_in_halves(tmp_path, monkeypatch):
    corpus = tmp_path / "cards"
    shutil.copytree(SHIPPED, corpus)
    monkeypatch.chdir(tmp_path)
    halves = _assert_same(Path("cards"), monkeypatch)
    assert not halves.report.diagnostics


@pytest.mark.parametrize("case", ["flagged", "silent"])
def test_the_check_cases_report_the_same_in_halves(case, monkeypatch):
    monkeypatch.chdir(CASES / "checks" / case)  # every check code (flagged) or none (silent)
    halves = _assert_same(Path("cards"), monkeypatch)
    if case == "flagged":
        codes = {d.code for d in halves.report.diagnostics}
        assert {"duplicate-fact", "conflicting-fact", "similar-fact", "placeholder"} <= codes


def _split(monkeypatch, child_takes) -> None:
    """The child takes the chunks ``child_takes(number)`` says, the parent the others
    (instead of the race of real claims): a test knows where each file is read."""
    parent = os.getpid()

    def take(self, chunks, progress=None):
        in_child = os.getpid() != parent
        yield from (c for n, c in enumerate(chunks) if child_takes(n) == in_child)

    monkeypatch.setattr(check_halves._Claims, "take", take)


def test_facts_of_both_halves_meet(kinds_corpus, monkeypatch):
    # The first file (read by the child) and the last (by the parent) state one fact two ways.
    _topic(
        kinds_corpus, "aaa.yaml", LIMITS.format(deck="Facts::A", order="", prefix="first", value=10)
    )
    _topic(
        kinds_corpus, "zzz.yaml", LIMITS.format(deck="Facts::Z", order="", prefix="last", value=20)
    )
    chunks = check_halves._chunks(topic_files(kinds_corpus))
    assert chunks[0][0][1].name == "aaa.yaml" and chunks[-1][-1][1].name == "zzz.yaml"
    _split(monkeypatch, lambda number: number == 0)
    halves = _assert_same(kinds_corpus, monkeypatch)
    conflicts = [d for d in halves.report.diagnostics if d.code == "conflicting-fact"]
    assert conflicts and {d.file.rsplit("/", 1)[-1] for d in conflicts} == {"aaa.yaml"}
    assert all("zzz.yaml" in d.message for d in conflicts)


@pytest.mark.parametrize("child_takes", ["even", "odd"])
def test_either_process_may_read_any_file(kinds_corpus, monkeypatch, child_takes):
    _topic(
        kinds_corpus, "aaa.yaml", LIMITS.format(deck="Facts::A", order="", prefix="first", value=10)
    )
    _topic(
        kinds_corpus, "zzz.yaml", LIMITS.format(deck="Facts::Z", order="", prefix="last", value=20)
    )
    _split(monkeypatch, lambda number: number % 2 == (child_takes == "odd"))
    halves = _assert_same(kinds_corpus, monkeypatch)
    assert any(d.code == "conflicting-fact" for d in halves.report.diagnostics)


def test_sections_ordered_against_their_paths(kinds_corpus, monkeypatch):
    # `order` puts the last file first: items and word ids follow the sections, not paths.
    for number, name in enumerate(["aaa.yaml", "mmm.yaml", "zzz.yaml"]):
        order = f"order: {3 - number}\n"
        body = LIMITS.format(
            deck="Facts::" + name[0], order=order, prefix=name[:3], value=10 + number
        )
        _topic(kinds_corpus, name, body)
    halves = _assert_same(kinds_corpus, monkeypatch)
    assert any(d.code == "conflicting-fact" for d in halves.report.diagnostics)


def test_items_merge_as_one_process_makes_them(kinds_corpus, monkeypatch):
    # Sections ordered against their paths: the merged items (their order, word ids and
    # keys) are the ones build_items makes of the whole corpus.
    for number, name in enumerate(["aaa.yaml", "mmm.yaml", "zzz.yaml"]):
        body = LIMITS.format(
            deck="Facts::" + name[0], order=f"order: {3 - number}\n", prefix=name[:3], value=1
        )
        _topic(kinds_corpus, name, body)
    merged = []

    def kept(parts, settings, root_deck):
        vocab = Vocabulary()
        merged.append((merge(parts, vocab), vocab.words))
        return []

    monkeypatch.setattr(check_halves, "problems_of_topics", kept)
    monkeypatch.setenv("CHEATDECK_JOBS", "2")
    pipeline.check(kinds_corpus, keep_corpus=False)
    vocab = Vocabulary()
    expected = build_items(load_corpus(kinds_corpus).corpus, vocab)
    [(items, words)] = merged
    assert words == vocab.words
    assert [_shape(item) for item in items] == [_shape(item) for item in expected]


def _shape(item) -> tuple:
    return (item.index, item.card.id, item.loc, item.key, item.prompt_ids, item.answer_ids)


def test_per_card_checks_run_in_both_halves(kinds_corpus, monkeypatch):
    placeholder = (
        "  - id: {name}-todo\n    kind: qa\n    question: What is {name}?\n    answer: TODO\n"
    )
    for name in ("aaa", "zzz"):
        _topic(
            kinds_corpus,
            f"{name}.yaml",
            f"deck: {name}\ntitle: {name}\ncards:\n" + placeholder.format(name=name),
        )
    halves = _assert_same(kinds_corpus, monkeypatch)
    found = {
        d.file.rsplit("/", 1)[-1] for d in halves.report.diagnostics if d.code == "placeholder"
    }
    assert found == {"aaa.yaml", "zzz.yaml"}


def test_load_errors_in_both_halves_and_an_id_used_in_each(kinds_corpus, monkeypatch):
    _topic(kinds_corpus, "aaa.yaml", "deck: A\ntitle: A\ncards: [\n")  # a syntax error
    _topic(kinds_corpus, "bbb.yaml", LIMITS.format(deck="B", order="", prefix="same", value=1))
    _topic(
        kinds_corpus, "zzz.yaml", LIMITS.format(deck="Facts::Z", order="", prefix="same", value=2)
    )
    _topic(kinds_corpus, "zzzz.yaml", "deck: Z\ntitle: Z\ncolour: red\ncards: []\n")
    halves = _assert_same(kinds_corpus, monkeypatch)
    codes = {d.code for d in halves.report.diagnostics}
    assert {"yaml-syntax", "duplicate-id", "unknown-field"} <= codes
    assert "conflicting-fact" not in codes  # errors at load: no other check runs


def test_a_broken_corpus_file_and_a_removed_card(kinds_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("CHEATDECK_JOBS", "1")
    pipeline.build(kinds_corpus, tmp_path / "out", [WRITER_NAMES["md"]])  # writes the lock
    assert (kinds_corpus / LOCK_FILE).exists()
    _topic(kinds_corpus, "zzz.yaml", LIMITS.format(deck="Facts::Z", order="", prefix="z", value=2))
    first = sorted(p for p in kinds_corpus.glob("*.yaml") if p.name != "corpus.yaml")[0]
    first.unlink()  # its cards are gone from the corpus, not retired
    halves = _assert_same(kinds_corpus, monkeypatch)
    assert any(d.code == "removed-card" for d in halves.report.diagnostics)
    (kinds_corpus / "corpus.yaml").write_text("name: [\n", encoding="utf-8")
    _assert_same(kinds_corpus, monkeypatch)


def test_small_corpora_stay_in_one_process(kinds_corpus, monkeypatch):
    monkeypatch.delenv("CHEATDECK_JOBS", raising=False)
    paths = sorted(kinds_corpus.glob("*.yaml"))
    assert not check_halves.can_split(paths, forced=False)
    assert check_halves.can_split(paths, forced=True)
    outcome = pipeline.check(kinds_corpus, keep_corpus=False)
    assert outcome.corpus is not None  # one process: the corpus comes along


def test_chunks_are_runs_of_about_equal_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(check_halves, "CHUNKS", 4)
    paths = []
    for number, size in enumerate([10, 10, 10, 70, 25, 25]):
        path = tmp_path / f"{number}.yaml"
        path.write_bytes(b"x" * size)
        paths.append(path)
    chunks = check_halves._chunks(paths)
    assert [[number for number, _ in chunk] for chunk in chunks] == [[0, 1, 2], [3], [4], [5]]
    assert [path for chunk in chunks for _, path in chunk] == paths


def test_two_processes_share_the_chunks(kinds_corpus, monkeypatch):
    claims = check_halves._Claims(40)
    chunks = [[(n, Path(f"{n}.yaml"))] for n in range(40)]
    child = Forked.start(lambda: [chunk[0][0] for chunk in claims.take(chunks)])
    mine = [chunk[0][0] for chunk in claims.take(chunks)]
    claims.close()
    theirs = child.result()
    assert sorted(mine + theirs) == list(range(40))  # each chunk read once


def test_no_second_process_checks_in_one(kinds_corpus, monkeypatch):
    def refused(*args, **kwargs):
        raise OSError("no more processes")

    monkeypatch.setattr(Forked, "start", classmethod(refused))
    _with_conflict = LIMITS.format(deck="Facts::Z", order="", prefix="z", value=2)
    _topic(kinds_corpus, "zzz.yaml", _with_conflict)
    monkeypatch.setenv("CHEATDECK_JOBS", "2")
    outcome = pipeline.check(kinds_corpus, today=TODAY, keep_corpus=False)
    assert outcome.corpus is not None  # done by this process alone
    assert not outcome.report.failed()


def test_an_exception_in_a_half_reaches_the_caller(kinds_corpus, monkeypatch):
    def broken(cards):
        raise ValueError("broken items")

    monkeypatch.setattr(check_halves, "topic_items", broken)
    monkeypatch.setenv("CHEATDECK_JOBS", "2")
    with pytest.raises(ValueError, match="broken items"):
        pipeline.check(kinds_corpus, keep_corpus=False)


def test_a_child_that_dies_fails_the_check(kinds_corpus, monkeypatch):
    parent = os.getpid()
    made = check_halves.check_chunks

    def dies_in_the_child(*args):  # before it claims a chunk: the parent may take them all
        if os.getpid() != parent:
            os._exit(3)  # as if killed: nothing comes back through the pipe
        return made(*args)

    monkeypatch.setattr(check_halves, "check_chunks", dies_in_the_child)
    monkeypatch.setenv("CHEATDECK_JOBS", "2")
    with pytest.raises(RuntimeError, match="checking process failed"):
        pipeline.check(kinds_corpus, keep_corpus=False)
