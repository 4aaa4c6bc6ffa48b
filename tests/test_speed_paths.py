"""The fast paths: light start-up, unchanged builds that touch nothing, quiet progress.

Functional checks only (no timings): what is imported, what is written, what is printed.
The numbers themselves come from ``bench/run.py`` (BENCHMARKS.md).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import pty
import random
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cheatdeck import load, pipeline
from cheatdeck.facts import _BASE91, guid_for
from cheatdeck.load import syntax
from cheatdeck.model import KINDS
from cheatdeck.progress import Stages
from cheatdeck.writers import select as select_writers

ROOT = Path(__file__).resolve().parents[1]
FORMATS = "apkg,md,html"
HEAVY = ("yaml", "weasyprint", "genanki", "anki", "markdown_it", "jinja2", "pygments", "rich")


def _modules_after(argv: list[str], cwd: Path) -> tuple[set[str], int, str]:
    """Run ``cli.main(argv)`` in a fresh interpreter: (modules it imported, exit, stdout)."""
    script = (
        "import json, sys\n"
        "from cheatdeck.cli import main\n"
        "try:\n"
        f"    code = main({argv!r})\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "sys.stderr.write('MODULES' + json.dumps(sorted(sys.modules)) + '\\n')\n"
        "sys.exit(code or 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES"))
    return set(json.loads(line[len("MODULES") :])), done.returncode, done.stdout


def _top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def _snapshot(*folders: Path) -> dict[str, tuple[int, str]]:
    """mtime and content hash of every file below ``folders``."""
    found = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                found[str(path)] = (path.stat().st_mtime_ns, digest)
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory, request):
    """The kinds corpus built once (apkg, md, html) into ``out``: (corpus, out)."""
    base = tmp_path_factory.mktemp("speed")
    corpus = base / "cards"
    shutil.copytree(ROOT / "tests" / "cases" / "kinds" / "cards", corpus)
    out = base / "out"
    done = subprocess.run(
        [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(out), "-f", FORMATS],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return corpus, out


# ------------------------------------------------------------------ start-up


def test_help_imports_no_heavy_library(tmp_path):
    modules, code, stdout = _modules_after(["--help"], tmp_path)
    assert code == 0 and "build" in stdout
    assert not _top_level(modules) & set(HEAVY), sorted(_top_level(modules) & set(HEAVY))
    # nor the loader and the model: --help needs neither
    assert "cheatdeck.load" not in modules and "cheatdeck.model" not in modules


def test_unchanged_build_does_not_import_the_loader(built):
    corpus, out = built
    argv = ["build", str(corpus), "-o", str(out), "-f", FORMATS]
    modules, code, stdout = _modules_after(argv, corpus.parent)
    assert code == 0
    assert "unchanged" in stdout
    assert not _top_level(modules) & set(HEAVY), sorted(_top_level(modules) & set(HEAVY))
    for name in ("cheatdeck.load", "cheatdeck.pipeline", "cheatdeck.model", "cheatdeck.lock"):
        assert name not in modules, name


# ------------------------------------------------------------------ incremental


def test_unchanged_rebuild_writes_nothing(cli, built):
    corpus, out = built
    before = _snapshot(out, corpus)
    time.sleep(0.01)  # a rewrite would show as a newer mtime
    done = cli("build", corpus, "-o", out, "-f", FORMATS)
    assert done.returncode == 0, done.stderr
    assert _snapshot(out, corpus) == before
    names = {path.name for path in out.iterdir()}
    assert {"kinds.apkg", "kinds.md", "kinds.html"} <= names


def test_an_edit_rebuilds_then_the_next_build_is_skipped_again(cli, kinds_corpus, tmp_path):
    out = tmp_path / "out"
    assert cli("build", kinds_corpus, "-o", out, "-f", "md").returncode == 0
    topic = kinds_corpus / "basics.yaml"
    topic.write_text(topic.read_text().replace("Temporary credentials", "Short-lived keys"))
    done = cli("build", kinds_corpus, "-o", out, "-f", "md")
    assert done.returncode == 0 and "kinds.md: written" in done.stdout
    assert "Short-lived keys" in (out / "kinds.md").read_text()
    after_edit = _snapshot(out, kinds_corpus)
    again = cli("build", kinds_corpus, "-o", out, "-f", "md")
    assert "unchanged (inputs are the same" in again.stdout
    assert _snapshot(out, kinds_corpus) == after_edit


# ------------------------------------------------------------------ progress


def test_progress_prints_nothing_when_piped(cli, kinds_corpus, tmp_path):
    settings = kinds_corpus / "corpus.yaml"  # nothing else to say: the scope is written
    settings.write_text(settings.read_text() + "  fact_scope: deck\n", encoding="utf-8")
    build = cli("build", kinds_corpus, "-o", tmp_path / "out", "-f", "md")
    check = cli("check", kinds_corpus)
    assert build.returncode == 0 and check.returncode == 0
    assert build.stderr == "" and check.stderr == ""
    assert "\x1b" not in build.stdout + check.stdout


def test_verbose_prints_every_stage_time_even_when_piped(cli, kinds_corpus, tmp_path):
    done = cli("build", kinds_corpus, "-o", tmp_path / "out", "-f", "md", "--verbose")
    assert done.returncode == 0
    stages = [line.split()[1] for line in done.stderr.splitlines() if " took " in line]
    assert stages == ["loading", "checking", "stamping", "md", "writing"]


def _run_on_terminal(args: list[str]) -> tuple[int, str, str]:
    """Run cheatdeck with stderr on a pseudo-terminal: (exit, terminal text, stdout)."""
    main, child = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "cheatdeck", *args],
        stdout=subprocess.PIPE,
        stderr=child,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    os.close(child)
    screen = b""
    while True:
        ready, _, _ = select.select([main], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the child closed the terminal
                chunk = b""
            if not chunk and proc.poll() is not None:
                break
            screen += chunk
        elif proc.poll() is not None:
            break
    os.close(main)
    stdout = proc.stdout.read().decode()
    return proc.wait(timeout=60), screen.decode(errors="replace"), stdout


def test_progress_bars_show_on_a_terminal_and_stdout_stays_clean(kinds_corpus, tmp_path):
    args = ["build", str(kinds_corpus), "-o", str(tmp_path / "out"), "-f", "md"]
    code, screen, stdout = _run_on_terminal(args)
    assert code == 0
    for stage in ("loading", "checking", "stamping", "md"):
        assert f"cheatdeck: {stage}" in screen
    assert "\x1b" not in stdout and "kinds.md: written" in stdout


def test_quiet_shows_no_progress_on_a_terminal(kinds_corpus, tmp_path):
    args = ["build", str(kinds_corpus), "-o", str(tmp_path / "out"), "-f", "md", "--quiet"]
    code, screen, stdout = _run_on_terminal(args)
    assert code == 0
    assert "cheatdeck:" not in screen and stdout == ""


class _Recorder:
    def __init__(self) -> None:
        self.events: list[tuple] = []

    def __call__(self, stage: str, total: int | None = None) -> None:
        self.events.append(("enter", stage, total))

    def update(self, done: int, total: int | None = None) -> None:
        self.events.append(("update", done, total))


def test_pipeline_reports_stages_with_counts(kinds_corpus, tmp_path):
    recorder = _Recorder()
    outcome = pipeline.build(
        kinds_corpus, tmp_path / "out", select_writers("md"), progress=recorder
    )
    assert not outcome.report.failed(False)
    entered = [event[1] for event in recorder.events if event[0] == "enter"]
    assert entered == ["loading", "checking", "stamping", "md", "writing"]
    topic_files = len(load.topic_files(kinds_corpus))
    loading = [e for e in recorder.events[1 : entered.index("checking") + 1] if e[0] == "update"]
    assert loading and {e[2] for e in loading} == {topic_files}
    cards = outcome.corpus.card_count()
    assert ("enter", "stamping", cards) in recorder.events


def test_pipeline_still_takes_a_plain_callable(kinds_corpus, tmp_path):
    names: list[str] = []
    pipeline.build(kinds_corpus, tmp_path / "out", select_writers("md"), progress=names.append)
    assert names == ["loading", "checking", "stamping", "md", "writing"]


def test_stages_off_a_terminal_draw_nothing(capsys):
    with Stages(enabled=True) as stages:
        stages.enter("loading", 3)
        stages.update(2, 3)
        stages.enter("md")
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""
    assert [name for name, _ in stages.timings] == ["loading", "md"]


# ------------------------------------------------------------------ what the fast code must keep


def _reference_guid(corpus_name: str, key: str) -> str:
    digest = hashlib.sha256(f"cheatdeck\0{corpus_name}\0{key}".encode()).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    while number:
        number, rest = divmod(number, len(_BASE91))
        chars.append(_BASE91[rest])
    return "".join(reversed(chars)) or _BASE91[0]


def test_guids_match_the_digit_by_digit_definition():
    rng = random.Random(7)
    keys = [f"card-{i}/{rng.random()}" for i in range(20_000)]
    assert all(guid_for("synth", key) == _reference_guid("synth", key) for key in keys)


UNSAFE_TEXTS = [
    "a: 1\nb: !!python/object:os.system x\n",
    "cards:\n  - id: x\n    term: !custom y\n  - !!set {a, b}\n",
    "a: [1, {b: !!python/name:os.system x}, c]\nd: !!binary aGk=\n",
    "a: !!str ok\nb: [!!int 3, !!float 1.5]\n",
]


@pytest.mark.parametrize("text", UNSAFE_TEXTS)
def test_tag_walk_without_anchors_finds_what_the_full_walk_finds(text):
    node = syntax._Composer(text).get_single_node()
    full = syntax.check_safety(node, "f.yaml", has_anchors=True)
    fast = syntax.check_safety(node, "f.yaml", has_anchors=False)
    assert full == fast
    assert (full is None) == text.startswith("a: !!str")


def test_compose_still_refuses_tags_and_alias_bombs():
    _, tag = syntax.compose("a: !!python/object/apply:os.system [ls]\n", "f.yaml")
    assert tag is not None and tag.code == "unsafe-yaml"
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(6)
    )
    _, problem = syntax.compose(bomb, "f.yaml")
    assert problem is not None and "expand" in problem.message


def test_a_plain_equals_sign_is_text(kinds_corpus):
    topic = kinds_corpus / "basics.yaml"
    topic.write_text(
        topic.read_text() + "  - id: qa-assign\n    kind: qa\n"
        "    question: Which operator assigns in Python\n    answer: =\n"
    )
    result = load.load_corpus(kinds_corpus)
    assert result.corpus is not None, result.diagnostics
    card = next(c for c in result.corpus.cards() if c.id == "qa-assign")
    assert card.answer == "="


# ------------------------------------------------------------------ the bench scripts


def _bench_module(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return module


def test_synthetic_corpus_passes_every_check(cli, tmp_path):
    synth = _bench_module("synth")
    corpus = synth.generate(tmp_path / "synth", 400, decks=3)
    files = list(corpus.rglob("topic-*.yaml"))
    assert len(files) == 8
    done = cli("check", corpus)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "0 errors, 0 warnings in 400 cards" in done.stdout
    kinds = {
        line.split(": ")[1]
        for f in files
        for line in f.read_text().splitlines()
        if line.startswith("    kind: ")
    }
    assert kinds == set(KINDS)
    again = synth.generate(tmp_path / "again", 400, decks=3)
    assert _contents(again) == _contents(corpus)  # same arguments, same bytes


def _contents(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*.yaml"))
        if p.name != "cheatdeck.lock"
    }


def test_bench_record_keeps_the_other_sections(tmp_path, monkeypatch):
    run = _bench_module("run")
    monkeypatch.setattr(run, "REPO", tmp_path)
    (tmp_path / "BENCHMARKS.md").write_text(
        "# Benchmarks\n\nMachine: x\n\n## Checks\n\nchecks table\n\n## Build speed\n\nold\n"
    )
    run.record("| first |")
    run.record("| second |")
    text = (tmp_path / "BENCHMARKS.md").read_text()
    assert "## Checks\n\nchecks table" in text
    assert "| second |" in text and "| first |" not in text and "old" not in text
    assert text.count("## Build speed") == 1


def test_bench_worker_times_a_stage(kinds_corpus, tmp_path):
    from conftest import run_bench_worker

    result = run_bench_worker("load", kinds_corpus, tmp_path / "out")
    assert result["seconds"] > 0 and result["cards"] == 10


def test_check_stages_times_every_stage(kinds_corpus, capsys):
    _bench_module("check_stages").main(kinds_corpus)
    lines = capsys.readouterr().out.splitlines()
    names = [line.split("  ")[0] for line in lines]
    assert names[:3] == ["imports", "loading", "reading the lock"]
    assert {"check_texts", "check_facts"} <= set(names)
    loading = next(line for line in lines if line.startswith("loading"))
    assert " s CPU   collector: " in loading and loading.endswith(" s")


# ------------------------------------------------------------------ reused renderings


def test_a_rebuild_from_stored_renderings_gives_the_same_bytes(cli, built):
    corpus, out = built
    first = {name: (out / name).read_bytes() for name in ("kinds.apkg", "kinds.md", "kinds.html")}
    (out / "kinds.html").unlink()  # not skipped: every format is rendered again
    done = cli("build", corpus, "-o", out, "-f", FORMATS)
    assert done.returncode == 0, done.stderr
    assert "kinds.html: written" in done.stdout and "kinds.apkg: unchanged" in done.stdout
    for name, data in first.items():
        assert (out / name).read_bytes() == data, name


def test_stored_renderings_are_used_instead_of_markdown_it(built, monkeypatch):
    from cheatdeck import highlight, incremental, text

    corpus, out = built
    assert incremental.reuse_renderings(out) > 0
    monkeypatch.setattr(text, "_markdown", lambda: pytest.fail("markdown-it was called"))
    monkeypatch.setattr(highlight, "_highlight", lambda *a: pytest.fail("Pygments was called"))
    assert text.inline_html("Temporary credentials assumed by a **service** or user.") == (
        "Temporary credentials assumed by a <strong>service</strong> or user."
    )
    (source, lang), stored = next(iter(highlight.EARLIER.items()))
    assert highlight.code_html(source, lang) == stored and stored.startswith("<pre")


def test_renderings_of_another_renderer_are_not_used(built, monkeypatch):
    from cheatdeck import incremental, text

    corpus, out = built
    monkeypatch.setattr(incremental, "renderer_key", lambda: "another renderer")
    assert incremental.reuse_renderings(out) == 0
    assert text.EARLIER == {} and text.RENDERED == {}


def test_a_poisoned_rendering_in_out_is_not_used(cli, kinds_corpus, tmp_path):
    from cheatdeck import incremental, text

    out = tmp_path / "out"
    assert cli("build", kinds_corpus, "-o", out, "-f", "html,apkg").returncode == 0
    clean = (out / "kinds.html").read_bytes()
    manifest = out / incremental.MANIFEST
    record, renderings, mac = manifest.read_text(encoding="utf-8").splitlines()
    data = json.loads(renderings)
    source = next(s for s in data["inline"] if "**service**" in s)
    data["inline"][source] = "<script>alert(1)</script>"  # what an attacker with OUT writes
    poisoned = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    manifest.write_text(f"{record}\n{poisoned}\n{mac}\n", encoding="utf-8")
    assert incremental.reuse_renderings(out) == 0 and text.EARLIER == {}
    (out / "kinds.html").unlink()  # so that the build is not skipped
    assert cli("build", kinds_corpus, "-o", out, "-f", "html,apkg").returncode == 0
    assert (out / "kinds.html").read_bytes() == clean
    assert b"<script>alert" not in (out / "kinds.apkg").read_bytes()
    # and the untouched manifest of that build is used again
    assert incremental.reuse_renderings(out) > 0


def test_a_fifo_and_a_link_to_dev_zero_in_the_corpus_do_not_hang_the_build(
    cli, kinds_corpus, tmp_path
):
    os.mkfifo(kinds_corpus / "notes.pipe")
    (kinds_corpus / "zero.bin").symlink_to("/dev/zero")
    (kinds_corpus / "outside.txt").symlink_to("/etc/hostname")
    started = time.perf_counter()
    done = cli("build", kinds_corpus, "-o", tmp_path / "out", "-f", "md")  # timeout: 600 s
    assert done.returncode == 0, done.stderr
    again = cli("build", kinds_corpus, "-o", tmp_path / "out", "-f", "md")
    assert "unchanged (inputs are the same" in again.stdout
    assert time.perf_counter() - started < 60


def test_a_fifo_or_dev_zero_named_as_a_topic_file_is_an_error_not_a_hang(
    cli, kinds_corpus, tmp_path
):
    os.mkfifo(kinds_corpus / "waiting.yaml")
    (kinds_corpus / "endless.yml").symlink_to("/dev/zero")
    started = time.perf_counter()
    done = cli("build", kinds_corpus, "-o", tmp_path / "out", "-f", "md")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "waiting.yaml:1:1: error" in done.stdout and "endless.yml:1:1: error" in done.stdout
    assert time.perf_counter() - started < 60
    assert not (tmp_path / "out").exists()


def test_the_fingerprint_changes_with_the_date(kinds_corpus, monkeypatch):
    import datetime as real_dt

    from cheatdeck import incremental

    templates = ROOT / "templates"
    today = incremental.fingerprint(kinds_corpus, templates, {})
    assert incremental.fingerprint(kinds_corpus, templates, {}) == today

    tomorrow = real_dt.date.today() + real_dt.timedelta(days=1)

    class Tomorrow(real_dt.date):
        @classmethod
        def today(cls):
            return tomorrow

    monkeypatch.setattr(incremental.dt, "date", Tomorrow)
    assert incremental.fingerprint(kinds_corpus, templates, {}) != today
