"""The PDF's layout processes: spawned early, fed through pipes, never left behind."""

from __future__ import annotations

import multiprocessing
import os
import signal

import pytest

from cheatdeck import pipeline
from cheatdeck.writers import WRITER_NAMES, OutputError
from cheatdeck.writers.sheet import pdf_piece
from cheatdeck.writers.sheet.pdf_pool import Pool

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
    from cheatdeck.writers.sheet import pdf_pool

    def refuse(*args, **kwargs):
        raise OSError("no processes here")

    monkeypatch.setattr(pdf_pool.Pool, "__init__", refuse)
    corpus = copy_corpus("kinds", tmp_path)
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["pdf"]])
    assert not outcome.report.failed(False)
    assert (tmp_path / "out" / "kinds.pdf").read_bytes().startswith(b"%PDF")


def test_the_pdf_is_the_same_from_two_workers_one_worker_or_none(tmp_path, monkeypatch):
    from cheatdeck.writers.sheet import pdf, pdf_pool

    corpus = copy_corpus("kinds", tmp_path)  # the first build stamps the lock the others read
    made = {}
    for name, workers in (("two", 2), ("one", 1), ("none", 0)):
        if workers == 0:
            monkeypatch.setattr(pdf_pool, "start_pool", lambda workers: None)
        else:
            monkeypatch.setattr(pdf_pool, "worker_count", lambda n=workers: n)
            monkeypatch.setattr(pdf, "worker_count", lambda n=workers: n)
        outcome = pipeline.build(corpus, tmp_path / name, [WRITER_NAMES["pdf"]])
        assert not outcome.report.failed(False)
        made[name] = (tmp_path / name / "kinds.pdf").read_bytes()
    assert made["two"] == made["one"] == made["none"]


def test_one_process_given_both_parts_of_a_group_lays_it_out_once(monkeypatch):
    from dataclasses import replace

    from cheatdeck.writers.sheet import pdf_piece

    laid_out = []
    real = pdf_piece.lay_out
    monkeypatch.setattr(pdf_piece, "lay_out", lambda *args: laid_out.append(1) or real(*args))
    html = '<p>one</p><p style="break-before: page">two</p>'
    job = pdf_piece.Job(html, (), check=False, parts=2)
    pieces = [pdf_piece.render(replace(job, part=part)) for part in range(2)]
    assert [piece.pages for piece in pieces] == [1, 1] and len(laid_out) == 1
    pdf_piece.render(replace(job, part=0))  # a new group (or the same again): laid out anew
    assert len(laid_out) == 2
