"""The two-process build and check (fact checks in a forked child) against the one-process path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cheatdeck import pipeline
from cheatdeck.lock import LOCK_FILE
from cheatdeck.writers import WRITER_NAMES

FORMATS = ("apkg", "md", "html", "anki-tsv")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork here")


def _build(corpus: Path, out: Path, monkeypatch, jobs: str) -> pipeline.Outcome:
    monkeypatch.setenv("CHEATDECK_JOBS", jobs)
    return pipeline.build(corpus, out, [WRITER_NAMES[name] for name in FORMATS])


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_forked_build_writes_the_same_bytes_and_lock(kinds_corpus, tmp_path, monkeypatch):
    first = _build(kinds_corpus, tmp_path / "one", monkeypatch, "1")  # one process
    lock_after_one = (kinds_corpus / LOCK_FILE).read_bytes()
    second = _build(kinds_corpus, tmp_path / "two", monkeypatch, "2")  # forked
    assert not first.report.diagnostics and not second.report.diagnostics
    assert (kinds_corpus / LOCK_FILE).read_bytes() == lock_after_one
    one, two = _files(tmp_path / "one"), _files(tmp_path / "two")
    names = {f"kinds{WRITER_NAMES[name].suffix}" for name in FORMATS}
    assert names <= set(two)
    for name in names:
        assert one[name] == two[name], name
    assert sorted(second.written) == sorted(first.written)


def test_cheatdeck_jobs_sets_when_the_child_is_used(monkeypatch):
    monkeypatch.setenv("CHEATDECK_JOBS", "1")
    assert not pipeline._can_fork(10**6)
    monkeypatch.setenv("CHEATDECK_JOBS", "2")
    assert pipeline._can_fork(1)
    monkeypatch.delenv("CHEATDECK_JOBS")
    assert pipeline._can_fork(pipeline.FORK_MIN_CARDS)
    assert not pipeline._can_fork(pipeline.FORK_MIN_CARDS - 1)


def _lock_bytes(corpus: Path) -> bytes | None:
    path = corpus / LOCK_FILE
    return path.read_bytes() if path.exists() else None


def _with_conflict(corpus: Path) -> None:
    """Two limit cards with the same subject and different values: a fact-check error."""
    (corpus / "conflict.yaml").write_text(
        "deck: Conflict\ntitle: Conflict\ncards:\n"
        "  - id: limit-a\n    kind: limit\n    subject: Zorblat queue depth\n"
        "    value: 10\n    unit: messages\n"
        "  - id: limit-b\n    kind: limit\n    subject: Zorblat queue depth\n"
        "    value: 20\n    unit: messages\n",
        encoding="utf-8",
    )


@pytest.mark.parametrize("jobs", ["2", "1"])
def test_an_error_found_by_the_child_writes_nothing(kinds_corpus, tmp_path, monkeypatch, jobs):
    _with_conflict(kinds_corpus)
    lock_before = _lock_bytes(kinds_corpus)
    out = tmp_path / "out"
    outcome = _build(kinds_corpus, out, monkeypatch, jobs)
    codes = {d.code for d in outcome.report.diagnostics}
    assert "conflicting-fact" in codes
    assert outcome.report.failed()
    assert not out.exists() or not any(out.iterdir())
    assert _lock_bytes(kinds_corpus) == lock_before


def test_forked_check_reports_what_one_process_reports(kinds_corpus, tmp_path, monkeypatch):
    _with_conflict(kinds_corpus)
    reports = []
    for jobs in ("1", "2"):
        monkeypatch.setenv("CHEATDECK_JOBS", jobs)
        reports.append(pipeline.check(kinds_corpus).report.diagnostics)
    assert reports[0] == reports[1]
    assert any(d.code == "conflicting-fact" for d in reports[1])


def test_an_exception_in_the_child_reaches_the_caller(kinds_corpus, tmp_path, monkeypatch):
    from cheatdeck.checks import facts

    def broken(ctx):
        raise ValueError("broken check")

    monkeypatch.setattr(facts, "CHECKS", [broken])
    monkeypatch.setenv("CHEATDECK_JOBS", "2")
    with pytest.raises(ValueError, match="broken check"):
        pipeline.build(kinds_corpus, tmp_path / "out", [WRITER_NAMES["md"]])
    assert not (tmp_path / "out" / "kinds.md").exists()


def test_the_child_renders_a_share_of_the_writers():
    mine, theirs = pipeline._share([WRITER_NAMES[n] for n in ("apkg", "md", "html", "pdf")])
    assert {w.name for w in mine} >= {"apkg", "pdf"}
    assert "html" in {w.name for w in theirs}
    assert sorted(w.name for w in mine + theirs) == ["apkg", "html", "md", "pdf"]


def test_a_child_that_dies_fails_the_build_and_writes_nothing(kinds_corpus, tmp_path, monkeypatch):
    from cheatdeck.checks import facts

    def dies(ctx):
        os._exit(3)  # as if killed: nothing comes back through the pipe

    monkeypatch.setattr(facts, "CHECKS", [dies])
    monkeypatch.setenv("CHEATDECK_JOBS", "2")
    lock_before = _lock_bytes(kinds_corpus)
    with pytest.raises(RuntimeError, match="checking process failed"):
        pipeline.build(kinds_corpus, tmp_path / "out", [WRITER_NAMES["md"]])
    assert not (tmp_path / "out" / "kinds.md").exists()
    assert _lock_bytes(kinds_corpus) == lock_before


def test_the_child_dates_its_outputs_with_the_parents_fresh_stamp(
    kinds_corpus, tmp_path, monkeypatch
):
    # html and md are rendered by the child, which never stamps the lock: after an edit,
    # the new build time must reach it from the parent (its own copy of the lock is older)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    _build(kinds_corpus, tmp_path / "first", monkeypatch, "1")
    lock_before = (kinds_corpus / LOCK_FILE).read_bytes()
    basics = kinds_corpus / "basics.yaml"
    basics.write_text(basics.read_text().replace("List the S3 buckets", "List all S3 buckets"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    forked = _build(kinds_corpus, tmp_path / "two", monkeypatch, "2")
    assert forked.changes["changed"] == ["cmd-list-buckets"]
    (kinds_corpus / LOCK_FILE).write_bytes(lock_before)
    _build(kinds_corpus, tmp_path / "one", monkeypatch, "1")
    one, two = _files(tmp_path / "one"), _files(tmp_path / "two")
    for name in ("kinds.md", "kinds.html", "kinds.apkg"):
        assert one[name] == two[name], name
    assert b"2027-01-15" in two["kinds.md"]  # the date of 1800000000, not of 1700000000


def test_a_child_with_no_writer_of_its_own_does_not_break_the_build(
    kinds_corpus, tmp_path, monkeypatch
):
    # apkg reads the facts: the child only checks, and may be gone before the parent has
    # stamped the lock and would tell it the build time
    monkeypatch.setenv("CHEATDECK_JOBS", "2")
    outcome = pipeline.build(kinds_corpus, tmp_path / "out", [WRITER_NAMES["apkg"]])
    assert not outcome.report.failed(False)
    assert (tmp_path / "out" / "kinds.apkg").is_file()


def test_when_no_second_process_can_be_made_one_does_it_all(kinds_corpus, tmp_path, monkeypatch):
    first = _build(kinds_corpus, tmp_path / "one", monkeypatch, "1")
    from cheatdeck import forked

    def refuse():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(forked.os, "fork", refuse)
    second = _build(kinds_corpus, tmp_path / "two", monkeypatch, "2")
    assert not first.report.diagnostics and not second.report.diagnostics
    one, two = _files(tmp_path / "one"), _files(tmp_path / "two")
    assert one == two
    monkeypatch.setenv("CHEATDECK_JOBS", "2")
    assert not pipeline.check(kinds_corpus).report.diagnostics


def test_the_child_s_streamed_outputs_are_put_in_place_or_left_untouched(
    kinds_corpus, tmp_path, monkeypatch
):
    out = tmp_path / "out"
    first = _build(kinds_corpus, out, monkeypatch, "2")
    assert {"kinds.md", "kinds.html"} <= set(first.written)  # staged by the child
    times = {name: (out / name).stat().st_mtime_ns for name in ("kinds.md", "kinds.html")}
    again = _build(kinds_corpus, out, monkeypatch, "2")
    assert again.written == []  # the same bytes: nothing replaced
    assert times == {name: (out / name).stat().st_mtime_ns for name in times}
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_failing_parent_writer_leaves_no_file_the_child_staged(
    kinds_corpus, tmp_path, monkeypatch
):
    from cheatdeck.writers.anki import apkg as anki

    def broken(ctx):
        raise RuntimeError("the deck could not be made")

    monkeypatch.setattr(anki, "render", broken)
    out = tmp_path / "out"
    with pytest.raises(RuntimeError, match="could not be made"):
        _build(kinds_corpus, out, monkeypatch, "2")
    assert not out.exists() or list(out.iterdir()) == []
