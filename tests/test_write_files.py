"""cheatdeck.build: the outputs and the lock change as one step, or not at all."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cheatdeck import build
from cheatdeck.build import JOURNAL, held, publish, recover, write_file
from cheatdeck.incremental import MANIFEST

from conftest import ROOT


def _old(path, data: bytes):
    path.write_bytes(data)
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))


def _tree(folder: Path) -> dict[str, bytes]:
    """The files under ``folder`` but the manifest (which outputs are cheatdeck's)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != MANIFEST
    }


def test_the_same_bytes_leave_the_file_untouched(tmp_path):
    path = tmp_path / "out.txt"
    _old(path, b"0123456789" * 5)
    assert not write_file(path, b"0123456789" * 5)
    assert path.stat().st_mtime_ns == 1_000_000_000
    assert write_file(path, b"other")
    assert path.read_bytes() == b"other"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_publish_writes_outputs_and_lock_and_touches_only_what_changed(tmp_path):
    out, lock = tmp_path / "out", tmp_path / "corpus" / "cheatdeck.lock"
    lock.parent.mkdir()
    outputs = {"a.md": b"A", "b.apkg": b"B", "c.crowdanki": {"deck.json": b"{}", "m/x.png": b"x"}}
    assert publish(out, outputs, lock, "lock 1\n") == ["a.md", "b.apkg", "c.crowdanki"]
    assert _tree(out) == {
        "a.md": b"A",
        "b.apkg": b"B",
        "c.crowdanki/deck.json": b"{}",
        "c.crowdanki/m/x.png": b"x",
    }
    assert lock.read_text() == "lock 1\n"
    os.utime(out / "a.md", ns=(1_000_000_000, 1_000_000_000))
    outputs["b.apkg"] = b"B2"
    outputs["c.crowdanki"] = {"deck.json": b"{1}"}
    assert publish(out, outputs, lock, "lock 2\n") == ["b.apkg", "c.crowdanki"]
    assert (out / "a.md").stat().st_mtime_ns == 1_000_000_000
    assert _tree(out) == {"a.md": b"A", "b.apkg": b"B2", "c.crowdanki/deck.json": b"{1}"}
    assert lock.read_text() == "lock 2\n"


@pytest.mark.parametrize("fail_at", [1, 2, 3, 4])
def test_a_full_disk_at_any_write_changes_nothing_and_leaves_nothing(
    tmp_path, monkeypatch, fail_at
):
    out, lock = tmp_path / "out", tmp_path / "corpus" / "cheatdeck.lock"
    lock.parent.mkdir()
    publish(out, {"a.md": b"A", "f": {"x": b"1"}, "b.pdf": b"B"}, lock, "lock 1\n")
    before, lock_before = _tree(out), lock.read_bytes()
    manifest_before = (out / MANIFEST).read_bytes()  # it names a.md, f, b.pdf as cheatdeck's
    real, calls = build._write_bytes, []

    def full_disk(handle, data):
        calls.append(1)
        if len(calls) == fail_at:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(handle, data)

    monkeypatch.setattr(build, "_write_bytes", full_disk)
    with pytest.raises(OSError) as caught:
        publish(out, {"a.md": b"A2", "f": {"x": b"2"}, "b.pdf": b"B2"}, lock, "lock 2\n")
    assert caught.value.errno == errno.ENOSPC
    assert _tree(out) == before and lock.read_bytes() == lock_before
    assert (out / MANIFEST).read_bytes() == manifest_before
    assert sorted(p.name for p in lock.parent.iterdir()) == ["cheatdeck.lock"]


def test_a_read_only_corpus_folder_fails_before_any_output_is_replaced(tmp_path):
    if os.geteuid() == 0:
        # root writes anywhere: a lock that is a folder stands in for it
        lock = tmp_path / "corpus" / "cheatdeck.lock"
        lock.mkdir(parents=True)
    else:  # pragma: no cover - CI runs as root
        lock = tmp_path / "corpus" / "cheatdeck.lock"
        lock.parent.mkdir()
        lock.parent.chmod(0o555)
    out = tmp_path / "out"
    publish(out, {"a.md": b"A"}, tmp_path / "other.lock", "x")
    with pytest.raises(OSError):
        publish(out, {"a.md": b"A2"}, lock, "lock\n")
    assert _tree(out) == {"a.md": b"A"}


def test_a_stopped_commit_is_finished_by_the_next_run_and_leftovers_removed(tmp_path):
    out, lock = tmp_path / "out", tmp_path / "cheatdeck.lock"
    publish(out, {"a.md": b"A", "f": {"x": b"1"}}, lock, "lock 1\n")
    # what a build killed halfway through its renames leaves: a journal, one staged file
    # still to rename, a folder renamed already, and an unrelated leftover of 0.1
    staged_a = build._stage_file(out / "a.md", b"A2")
    staged_lock = build._stage_file(lock, b"lock 2\n")
    (out / ".kinds.md.abcd1234.tmp").write_bytes(b"old style")
    (out / JOURNAL).write_text(
        json.dumps([[str(staged_a), str(out / "a.md")], [str(staged_lock), str(lock)]])
    )
    recover(out, lock.parent)
    assert _tree(out) == {"a.md": b"A2", "f/x": b"1"}
    assert lock.read_text() == "lock 2\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cheatdeck.lock", "out"]


def test_staged_files_without_a_journal_are_removed_not_used(tmp_path):
    out, lock = tmp_path / "out", tmp_path / "cheatdeck.lock"
    publish(out, {"a.md": b"A"}, lock, "lock 1\n")
    build._stage_file(out / "a.md", b"half of a build")
    build._stage_folder(out / "f", {"x": b"y"})
    recover(out, lock.parent)
    assert _tree(out) == {"a.md": b"A"}


def test_a_second_build_waits_then_fails_with_one_line(tmp_path):
    with held(tmp_path / "corpus", tmp_path / "out"):
        started = time.perf_counter()
        with pytest.raises(build.Busy, match="another cheatdeck build is using .*out"):
            with held(tmp_path / "other", tmp_path / "out", wait=0.3):
                pass
        assert 0.25 < time.perf_counter() - started < 5
    with held(tmp_path / "other", tmp_path / "out", wait=0.3):  # free again
        pass


KILL_CORPUS_CARDS = 600


def _kill_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text("name: kill\ntitle: Kill\ndeck: Kill\n")
    lines = ["deck: Kill", "title: Kill", "cards:"]
    for n in range(KILL_CORPUS_CARDS):
        lines += [
            f"  - id: card-{n}",
            "    kind: qa",
            f"    question: Which number {n}?",
            f"    answer: The answer {n} ({n * 7919 % 1000}).",
        ]
    (folder / "kill.yaml").write_text("\n".join(lines) + "\n")
    return folder


def _cli(*args, env=None):
    return [sys.executable, "-m", "cheatdeck", *map(str, args)]


def test_a_build_killed_at_any_moment_leaves_the_old_or_the_new_set(tmp_path):
    corpus = _kill_corpus(tmp_path / "cards")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SOURCE_DATE_EPOCH": "1700000000"}
    formats = "md,html,apkg,json,crowdanki"
    first = subprocess.run(
        _cli("build", corpus, "-o", out, "-f", formats, "-q"),
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert first.returncode == 0, first.stderr
    old = (_tree(out), (corpus / "cheatdeck.lock").read_bytes())
    topic = corpus / "kill.yaml"
    topic.write_text(topic.read_text().replace("The answer", "Now the answer"))
    env["SOURCE_DATE_EPOCH"] = "1700000500"
    new_out = tmp_path / "reference"
    reference = tmp_path / "ref-cards"
    subprocess.run(["cp", "-r", str(corpus), str(reference)], check=True)
    done = subprocess.run(
        _cli("build", reference, "-o", new_out, "-f", formats, "-q"),
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    new_lock = (reference / "cheatdeck.lock").read_bytes()
    seen = set()
    for delay in (0.3, 0.8, 1.2, 1.6, 2.0, 2.5, 3.5):
        process = subprocess.Popen(
            _cli("build", corpus, "-o", out, "-f", formats, "-q"),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        # the next run (any build; here one that has nothing to change) finishes or discards
        build.recover(out, corpus)
        files = {k: v for k, v in _tree(out).items() if not k.startswith(".cheatdeck-manifest")}
        lock = (corpus / "cheatdeck.lock").read_bytes()
        olds = {k: v for k, v in old[0].items() if not k.startswith(".cheatdeck-manifest")}
        news = {k: v for k, v in _tree(new_out).items() if not k.startswith(".cheatdeck-manifest")}
        if lock == old[1]:
            assert files == olds, delay
            seen.add("old")
        else:
            assert lock == new_lock and files == news, delay
            seen.add("new")
        left = [
            p.name
            for p in list(out.iterdir()) + list(corpus.iterdir())
            if p.name.startswith(".cheatdeck-") and "manifest" not in p.name
        ]
        assert left == [], left
        if lock != old[1]:  # back to the old set for the next delay
            break
    print("kill outcomes", seen)
    assert seen, "no kill landed"


def test_ctrl_c_ends_by_sigint_without_a_traceback_and_leaves_outputs_whole(tmp_path):
    """Ctrl-C ends cheatdeck by SIGINT after its one line (a shell loop stops too), every
    time: Python 3.11 would otherwise end some runs by SIGINT and others with 130."""
    corpus = _kill_corpus(tmp_path / "cards")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for delay in (0.0, 0.5, 1.5):
        # a build that finished before its signal makes the next one "unchanged"
        shutil.rmtree(out, ignore_errors=True)
        process = subprocess.Popen(
            _cli("build", corpus, "-o", out, "-f", "md,html,apkg,pdf", "-v"),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # past start-up, on a busy machine too: -v says when loading is done
        first = process.stderr.readline()
        assert first.startswith("cheatdeck: loading took"), first
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
        _stdout, stderr = process.communicate(timeout=120)
        if process.returncode == 0:
            continue  # finished before the signal
        assert process.returncode == -signal.SIGINT, (process.returncode, stderr)
        assert "Traceback" not in stderr
        assert stderr.strip().splitlines()[-1] == (
            "cheatdeck: interrupted; every output was left whole"
        )
        left = [p.name for p in tmp_path.rglob(".cheatdeck-*") if "manifest" not in p.name]
        assert left == []


def test_a_second_build_of_the_same_corpus_fails_with_one_line(tmp_path):
    corpus = _kill_corpus(tmp_path / "cards")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    with held(corpus):  # a first build, still running
        done = subprocess.run(
            _cli("build", corpus, "-o", tmp_path / "out", "-f", "md"),
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        f"cheatdeck: error: another cheatdeck build is using {corpus} (waited 5 s); "
        "run this one when it has finished"
    )
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_the_next_build_finishes_a_build_stopped_after_its_journal(tmp_path, monkeypatch):
    from cheatdeck import pipeline
    from cheatdeck.writers import WRITER_NAMES

    from conftest import copy_corpus

    corpus, reference = copy_corpus("kinds", tmp_path / "a"), copy_corpus("kinds", tmp_path / "b")
    writers = [WRITER_NAMES[name] for name in ("md", "apkg", "crowdanki")]
    out, ref_out = tmp_path / "a" / "out", tmp_path / "b" / "out"  # the same relative paths
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for folder, target in ((corpus, out), (reference, ref_out)):
        assert not pipeline.build(folder, target, writers).report.failed()
    for folder in (corpus, reference):
        basics = folder / "basics.yaml"
        basics.write_text(basics.read_text().replace("List the S3 buckets", "List all S3 buckets"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000500")
    assert not pipeline.build(reference, ref_out, writers).report.failed()
    monkeypatch.setattr(build, "_finish", lambda out_dir, renames: None)  # killed here
    assert not pipeline.build(corpus, out, writers).report.failed()
    assert (out / JOURNAL).exists()
    monkeypatch.undo()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SOURCE_DATE_EPOCH": "1700000900"}
    done = subprocess.run(
        _cli("build", corpus, "-o", out, "-f", "md,apkg,crowdanki"),
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "0 added, 0 changed" in done.stdout  # the stopped build's lock was put in place
    assert (corpus / "cheatdeck.lock").read_bytes() == (reference / "cheatdeck.lock").read_bytes()
    mine = {k: v for k, v in _tree(out).items() if "manifest" not in k}
    theirs = {k: v for k, v in _tree(ref_out).items() if "manifest" not in k}
    assert mine == theirs
    assert not [
        p for p in out.iterdir() if p.name.startswith(".cheatdeck-") and "manifest" not in p.name
    ]


def test_one_folder_named_twice_is_held_once(tmp_path):
    started = time.perf_counter()
    with held(tmp_path / "corpus", tmp_path / "corpus" / ".", wait=0.3):
        pass
    assert time.perf_counter() - started < 0.25


def test_outputs_left_under_an_old_corpus_name_are_named(tmp_path):
    corpus = tmp_path / "photo"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: photo\ntitle: Photo\ndeck: Photo\n", "utf-8")
    (corpus / "lens.yaml").write_text(
        "deck: Lenses\ntitle: Lenses\ncards:\n  - id: sync\n    kind: limit\n"
        "    subject: Flash sync speed\n    value: 1/250 s\n",
        "utf-8",
    )
    out = tmp_path / "out"

    def build_it() -> str:
        command = [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(out)]
        done = subprocess.run([*command, "-f", "apkg,md"], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stderr

    assert "still holds" not in build_it()
    text = (corpus / "corpus.yaml").read_text("utf-8")
    (corpus / "corpus.yaml").write_text(text.replace("name: photo", "name: photography"))
    said = build_it()
    assert "still holds photo.apkg, photo.md" in said, said
    assert "'photography'" in said
    assert (out / "photo.apkg").exists()  # named, never deleted: the user decides


def _small_corpus(folder: Path, answer: str = "1/250 s") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "corpus.yaml").write_text("name: photo\ntitle: Photo\ndeck: Photo\n", "utf-8")
    (folder / "lens.yaml").write_text(
        "deck: Lenses\ntitle: Lenses\ncards:\n  - id: sync\n    kind: limit\n"
        f"    subject: Flash sync speed\n    value: {answer}\n",
        "utf-8",
    )
    return folder


def _build(corpus: Path, out: Path, formats: str, cwd: Path):
    return subprocess.run(
        _cli("build", corpus, "-o", out, "-f", formats),
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def test_a_file_or_folder_no_build_wrote_is_never_replaced(tmp_path):
    """Building into a folder that holds the user's own file of an output's name (their
    photo.md notes): the build stops before anything is written, names the file and says
    how to move it. Nothing is lost, the lock included."""
    corpus = _small_corpus(tmp_path / "photo")
    out = tmp_path / "notes"
    out.mkdir()
    (out / "photo.md").write_text("My own notes on flash photography.\n", "utf-8")
    (out / "photo.tldr").mkdir()
    (out / "photo.tldr" / "mine.md").write_text("# mine\n", "utf-8")
    done = _build(corpus, out, "apkg,md", tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "cheatdeck: error: notes/photo.md: a file cheatdeck did not write is where this "
        "build's output goes; nothing was written. Move it away "
        "(mv notes/photo.md notes/photo.md.bak) or build into another folder (-o DIR)"
    )
    assert (out / "photo.md").read_text("utf-8") == "My own notes on flash photography.\n"
    assert sorted(p.name for p in out.iterdir()) == ["photo.md", "photo.tldr"]
    assert not (corpus / "cheatdeck.lock").exists()
    done = _build(corpus, out, "tldr", tmp_path)
    assert done.returncode == 1
    assert "notes/photo.tldr: a folder cheatdeck did not write" in done.stderr
    assert [p.name for p in (out / "photo.tldr").iterdir()] == ["mine.md"]
    done = _build(corpus, tmp_path / "built", "apkg,md", tmp_path)  # elsewhere: fine
    assert done.returncode == 0, done.stderr


def test_outputs_of_every_earlier_build_into_out_stay_replaceable(tmp_path):
    """What any earlier build wrote into OUT is the build's to replace: a build with fewer
    formats, then one with more, after an edit, replaces them all."""
    corpus = _small_corpus(tmp_path / "photo")
    out = tmp_path / "out"
    assert _build(corpus, out, "apkg,md,json", tmp_path).returncode == 0
    assert _build(corpus, out, "md", tmp_path).returncode == 0
    _small_corpus(corpus, answer="1/200 s")
    done = _build(corpus, out, "apkg,md,json", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1/200 s" in (out / "photo.json").read_text("utf-8")
    manifest = json.loads((out / MANIFEST).read_text("utf-8").splitlines()[0])
    assert manifest["owned"] == ["photo.apkg", "photo.json", "photo.md"]


def test_a_failed_publish_leaves_no_out_folder_it_made(tmp_path):
    # root writes anywhere: a lock that is a folder stands in for a read-only corpus
    lock = tmp_path / "corpus" / "cheatdeck.lock"
    lock.mkdir(parents=True)
    with pytest.raises(OSError):
        publish(tmp_path / "new" / "out", {"a.md": b"A"}, lock, "lock\n")
    assert not (tmp_path / "new").exists()
    (tmp_path / "kept").mkdir()
    with pytest.raises(OSError):
        publish(tmp_path / "kept" / "out", {"a.md": b"A"}, lock, "lock\n")
    assert list((tmp_path / "kept").iterdir()) == []
