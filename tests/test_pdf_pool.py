"""The PDF's layout processes: spawned early, fed through pipes, never left behind."""

from __future__ import annotations

import multiprocessing
import os
import signal

import pytest

from cheatdeck import pipeline
from cheatdeck.writers import WRITER_NAMES, OutputError, pdf_piece
from cheatdeck.writers.pdf_pool import Pool

from conftest import copy_corpus

ROOTS = ("/nonexistent",)


def job(text: str) -> pdf_piece.Job:
    html = f"<html><body><p>{text}</p></body></html>"
    return pdf_piece.Job(html, ROOTS, check=False)


def test_a_pool_lays_out_what_this_process_would_in_the_order_asked():
    jobs = {0: job("first"), 1: job("second " * 200), 2: job("third")}
    pool = Pool(2)
    try:
        pool.submit(jobs)
        pieces = pool.results([2, 0, 1])
    finally:
        pool.close()
    assert [p.pdf for p in pieces] == [pdf_piece.render(jobs[i]).pdf for i in (2, 0, 1)]
    assert not pool.folder.exists()


def test_a_worker_that_dies_is_one_clear_error():
    pool = Pool(1)
    try:
        pool.submit({0: job("x")})
        os.kill(pool._processes[0].pid, signal.SIGKILL)
        with pytest.raises(OutputError, match="worker process died"):
            pool.results([0])
    finally:
        pool.close()


def test_a_failed_build_leaves_no_layout_process(tmp_path):
    corpus = copy_corpus("kinds", tmp_path)
    basics = corpus / "basics.yaml"
    basics.write_text(basics.read_text() + "  - kind: qa\n    id: broken\n")  # no question
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["pdf"]])
    assert outcome.report.failed(False)
    assert not (tmp_path / "out").exists()
    assert multiprocessing.active_children() == []


def test_a_build_with_a_pdf_leaves_no_layout_process(tmp_path):
    corpus = copy_corpus("kinds", tmp_path)
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["pdf"], WRITER_NAMES["md"]])
    assert not outcome.report.failed(False)
    assert (tmp_path / "out" / "kinds.pdf").read_bytes().startswith(b"%PDF")
    assert multiprocessing.active_children() == []


def test_an_error_in_a_worker_is_raised_here_as_it_was_raised_there():
    pool = Pool(1)
    try:
        pool.submit({0: pdf_piece.Job("<p>x</p>", None)})  # type: ignore[arg-type]
        with pytest.raises((TypeError, AttributeError)):
            pool.results([0])
    finally:
        pool.close()


def test_a_build_where_no_process_can_be_started_still_makes_its_pdf(tmp_path, monkeypatch):
    from cheatdeck.writers import pdf_pool

    def refuse(*args, **kwargs):
        raise OSError("no processes here")

    monkeypatch.setattr(pdf_pool.Pool, "__init__", refuse)
    corpus = copy_corpus("kinds", tmp_path)
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["pdf"]])
    assert not outcome.report.failed(False)
    assert (tmp_path / "out" / "kinds.pdf").read_bytes().startswith(b"%PDF")
