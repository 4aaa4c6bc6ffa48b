"""The benchmarks: each stage and each command on synthetic corpora, against bare baselines.

    python bench/run.py --sizes 1000,10000 --runs 5        # the quick form (a few minutes)
    python bench/run.py --sizes 100000 --runs 5            # opt-in: minutes more
    python bench/run.py --sizes 10000 --pdf-max 10000      # the 10k-card PDF (slow)
    python bench/run.py ... --record                       # also rewrite BENCHMARKS.md

Every measurement runs in a fresh process (no warm caches, no shared imports).
Stages (load, checks, prepare, each writer) and the baselines (PyYAML's C loader,
bare genanki, bare WeasyPrint) are timed inside a worker process of this script around
the stage alone; commands (``cheatdeck --help``, ``check``, ``build``, an unchanged
rebuild, a rebuild after editing one card) are timed from outside, start-up
included. Peak memory is the child's ``ru_maxrss`` from ``wait4`` (the largest
single process of its tree: a worker pool's children count, one at a time).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402  (bench/ is not a package)

DEFAULT_WORK = Path(tempfile.gettempdir()) / "cheatdeck-bench"
FAST_FORMATS = "apkg,md,html"

# (measure, size or None for any) -> seconds; "mem:" measures are megabytes.
TARGETS: dict[tuple[str, int | None], float] = {
    ("cmd help", None): 0.1,
    ("cmd check", 10_000): 1.0,
    ("cmd check", 100_000): 15.0,
    ("cmd build apkg,md,html", 10_000): 2.5,
    ("cmd build apkg,md,html", 100_000): 20.0,
    ("cmd build unchanged", 10_000): 0.1,
    ("cmd build pdf", 10_000): 75.0,
    ("cmd rebuild one edit, all formats", 10_000): 5.0,
    ("shipped build pdf", None): 5.0,
    ("mem:cmd build apkg,md,html", 100_000): 400.0,
    ("mem:cmd build pdf", 10_000): 400.0,
}
# (measure, its baseline, largest ratio allowed or None)
RATIOS = (
    ("stage load", "bare PyYAML CSafeLoader", None),
    ("stage apkg", "bare genanki", None),
    ("stage apkg (1 deck)", "bare genanki (1 deck)", None),
    ("stage apkg", "bare genanki, same notes", 1.5),
    ("stage apkg (1 deck)", "bare genanki, same notes (1 deck)", 1.5),
    ("stage pdf", "bare WeasyPrint", None),
)


# ------------------------------------------------------------------ the worker side


def _ctx(corpus_dir: Path, out_dir: Path):
    """The BuildContext a build hands its writers (loaded and stamped; the checks are
    skipped: the corpora are known to pass them, and at 100k cards they take long)."""
    from cheatdeck import pipeline
    from cheatdeck.diagnostics import Report
    from cheatdeck.load import load_corpus
    from cheatdeck.lock import Lock

    result = load_corpus(corpus_dir)
    if result.corpus is None:
        raise SystemExit(f"{corpus_dir}: the corpus has errors; run cheatdeck check")
    outcome = pipeline.Outcome(
        Report(cards=result.card_count), result.corpus, Lock.read(corpus_dir)
    )
    return pipeline.context_for(outcome, out_dir)


class Clock:
    """Wall and CPU seconds from its creation to ``stop()``."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def stop(self) -> dict:
        return {
            "seconds": time.perf_counter() - self.wall,
            "cpu": time.process_time() - self.cpu,
        }


def _writer(name: str):
    from cheatdeck.writers import WRITER_NAMES

    return WRITER_NAMES[name]


def stage_load(corpus: Path, out: Path) -> dict:
    from cheatdeck.load import load_corpus

    clock = Clock()
    result = load_corpus(corpus)
    return {**clock.stop(), "cards": result.card_count}


def stage_checks(corpus: Path, out: Path) -> dict:
    from cheatdeck import checks
    from cheatdeck.load import load_corpus
    from cheatdeck.lock import Lock

    result = load_corpus(corpus)
    ctx = checks.CheckContext(
        corpus=result.corpus, lock=Lock.read(corpus), retired_locs=result.retired_locs
    )
    registry = checks._registry()  # imports the check modules (untimed)
    each = {}
    clock = Clock()
    for check in registry:
        began = time.perf_counter()
        found = list(check(ctx))
        name = f"{check.__module__.rsplit('.', 1)[-1]}.{check.__name__}"
        each[name] = [round(time.perf_counter() - began, 4), len(found)]
    return {**clock.stop(), "each": each}


def stage_prepare(corpus: Path, out: Path) -> dict:
    from cheatdeck import pipeline
    from cheatdeck.diagnostics import Report
    from cheatdeck.load import load_corpus
    from cheatdeck.lock import Lock

    result = load_corpus(corpus)
    outcome = pipeline.Outcome(Report(cards=result.card_count), result.corpus, Lock.read(corpus))
    clock = Clock()
    ctx = pipeline.context_for(outcome, out)
    return {**clock.stop(), "facts": len(ctx.facts)}


def stage_writer(name: str):
    def run(corpus: Path, out: Path) -> dict:
        import importlib

        writer = _writer(name)
        importlib.import_module(f"cheatdeck.writers.{writer.module}")
        ctx = _ctx(corpus, out)
        clock = Clock()
        data = writer.render(ctx)
        took = clock.stop()
        size = sum(map(len, data.values())) if isinstance(data, dict) else len(data)
        return {**took, "bytes": size}

    return run


def baseline_yaml(corpus: Path, out: Path) -> dict:
    import yaml

    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".yaml", ".yml"))
    clock = Clock()
    for path in files:
        yaml.load(path.read_bytes().decode("utf-8"), Loader=yaml.CSafeLoader)
    return {**clock.stop(), "files": len(files)}


def baseline_genanki(corpus: Path, out: Path) -> dict:
    """genanki writing the same notes: front and back rendered by the same Markdown and
    Pygments calls (timed, as the apkg writer's are), one basic and one cloze model."""
    ctx = _ctx(corpus, out)
    target = out / "genanki.apkg"
    target.parent.mkdir(parents=True, exist_ok=True)
    clock = Clock()
    import genanki

    from cheatdeck.highlight import code_html
    from cheatdeck.text import inline_html

    notes = []
    for fact in ctx.facts:
        front = inline_html(fact.prompt)
        back = (
            code_html(fact.answer, fact.code_lang) if fact.code_lang else inline_html(fact.answer)
        )
        notes.append((fact.card.deck, fact.guid, fact.variant == "cloze", front, back))
    basic = genanki.Model(
        1607392319,
        "bench-basic",
        fields=[{"name": "Front"}, {"name": "Back"}],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{Front}}<hr>{{Back}}"}],
    )
    cloze = genanki.Model(
        1607392320,
        "bench-cloze",
        model_type=genanki.Model.CLOZE,
        fields=[{"name": "Text"}, {"name": "Extra"}],
        templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}"}],
    )
    decks: dict[str, genanki.Deck] = {}
    for deck_name, guid, is_cloze, front, back in notes:
        deck = decks.get(deck_name)
        if deck is None:
            deck = decks[deck_name] = genanki.Deck(2_000_000_000 + len(decks), deck_name)
        model = cloze if is_cloze else basic
        fields = [front, ""] if is_cloze else [front, back]
        deck.add_note(genanki.Note(model=model, fields=fields, guid=guid))
    genanki.Package(list(decks.values())).write_to_file(str(target), timestamp=1.0)
    return {**clock.stop(), "notes": len(notes), "decks": len(decks)}


def baseline_genanki_same(corpus: Path, out: Path) -> dict:
    """genanki writing our very notes: every field of each note as the apkg writer makes
    it (the same rendering calls, timed), our note types' fields, tags and GUIDs; one
    genanki model per note type with a template per card, one deck per topic deck."""
    ctx = _ctx(corpus, out)
    target = out / "genanki-same.apkg"
    target.parent.mkdir(parents=True, exist_ok=True)
    clock = Clock()
    import genanki

    from cheatdeck.writers.anki import apkg as anki
    from cheatdeck.writers.anki.fields import field_values, tags_of
    from cheatdeck.writers.anki.notetypes import NOTE_TYPES

    media = anki._MediaStore(ctx)
    models = {
        variant: genanki.Model(
            spec.id,
            spec.name,
            fields=[{"name": name} for name in spec.fields],
            templates=[
                {"name": t.name, "qfmt": "{{" + t.asks + "}}", "afmt": "{{FrontSide}}"}
                for t in spec.templates
            ],
            model_type=genanki.Model.CLOZE if spec.cloze else genanki.Model.FRONT_BACK,
        )
        for variant, spec in NOTE_TYPES.items()
    }
    decks: dict[str, genanki.Deck] = {}
    for fact in ctx.facts:
        deck = decks.get(fact.card.deck)
        if deck is None:
            deck = decks[fact.card.deck] = genanki.Deck(2_000_000_000 + len(decks), fact.card.deck)
        fields = field_values(fact, media.get(fact))
        model = models[fact.variant.removesuffix("-reverse")]  # reverse: a card of the note
        deck.add_note(genanki.Note(model=model, fields=fields, guid=fact.guid, tags=tags_of(fact)))
    genanki.Package(list(decks.values())).write_to_file(str(target), timestamp=1.0)
    return {**clock.stop(), "notes": len(ctx.facts), "decks": len(decks)}


def baseline_weasyprint(corpus: Path, out: Path) -> dict:
    """WeasyPrint alone on the sheet's HTML (made beforehand, untimed), one document."""
    from cheatdeck.writers.sheet import page as sheet

    ctx = _ctx(corpus, out)
    html = sheet.document_html(ctx)
    clock = Clock()
    import weasyprint

    data = weasyprint.HTML(string=html, base_url=str(corpus)).write_pdf()
    return {**clock.stop(), "bytes": len(data)}


STAGES = {
    "load": stage_load,
    "checks": stage_checks,
    "prepare": stage_prepare,
    "apkg": stage_writer("apkg"),
    "md": stage_writer("md"),
    "html": stage_writer("html"),
    "pdf": stage_writer("pdf"),
    "yaml": baseline_yaml,
    "genanki": baseline_genanki,
    "genanki-same": baseline_genanki_same,
    "weasyprint": baseline_weasyprint,
}


def worker(stage: str, corpus: Path, out: Path) -> None:
    """Run one stage and print its result as one JSON line (seconds and CPU seconds)."""
    print(json.dumps(STAGES[stage](corpus, out)))


# ------------------------------------------------------------------ the parent side


@dataclass
class Measure:
    """One measured thing: its runs' seconds and peak memory."""

    name: str
    size: int | None
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # user + system seconds of the process
    rss_mb: list[float] = field(default_factory=list)
    detail: dict = field(default_factory=dict)
    error: str | None = None

    @property
    def median(self) -> float | None:
        return statistics.median(self.seconds) if self.seconds else None

    @property
    def peak_mb(self) -> float | None:
        return max(self.rss_mb) if self.rss_mb else None


def run_child(argv: list[str], timeout: float = 3600, env: dict | None = None) -> tuple:
    """(seconds, peak RSS in MB, returncode, stdout, stderr, cpu seconds) of one child."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        took = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        rss_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
        cpu = usage.ru_utime + usage.ru_stime
        return took, rss_mb, proc.returncode, out.read().decode(), err.read().decode(), cpu


def cheatdeck_argv() -> list[str]:
    script = Path(sys.executable).with_name("cheatdeck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "cheatdeck"]


def measure_stage(stage: str, label: str, size: int, corpus: Path, work: Path, runs: int):
    m = Measure(label, size)
    out = work / "stage-out"
    for _ in range(runs):
        argv = [sys.executable, str(Path(__file__)), "--worker", stage, str(corpus), str(out)]
        _, rss, code, stdout, stderr, _ = run_child(argv)
        if code != 0:
            m.error = (stderr.strip().splitlines() or ["failed"])[-1][:200]
            break
        result = json.loads(stdout.strip().splitlines()[-1])
        m.seconds.append(result.pop("seconds"))
        m.cpu.append(result.pop("cpu"))
        m.rss_mb.append(rss)
        m.detail = result
    shutil.rmtree(out, ignore_errors=True)
    return m


def measure_command(
    label: str, size: int | None, argv: list[str], runs: int, before=None, check_output=None
) -> Measure:
    """Run ``argv`` ``runs`` times; ``before(run)`` prepares each run (untimed)."""
    m = Measure(label, size)
    for run in range(runs):
        if before is not None:
            before(run)
        took, rss, code, stdout, stderr, cpu = run_child(argv)
        if code != 0:
            m.error = f"exit {code}: " + (stderr.strip().splitlines() or [""])[-1][:200]
            break
        m.seconds.append(took)
        m.cpu.append(cpu)
        m.rss_mb.append(rss)
        if check_output is not None:
            problem = check_output(run, stdout)
            if problem:
                m.error = problem
                break
    return m


def edit_one_card(corpus: Path, run: int) -> None:
    """Change one word of the first definition of the first topic file."""
    path = sorted(corpus.rglob("topic-*.yaml"))[0]
    text = path.read_text(encoding="utf-8")
    new, count = re.subn(
        r'(definition: "[^"\n]*?)(?: edit[0-9]+)?\."', rf'\1 edit{run + 1}."', text, count=1
    )
    assert count == 1, path
    path.write_text(new, encoding="utf-8")


def mtimes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in sorted(folder.iterdir()) if p.is_file()}


def ensure_corpus(work: Path, size: int, decks: int) -> Path:
    """A synthetic corpus (made once and kept in ``work``), checked and with its lock."""
    corpus = work / f"corpus-{size}-d{decks}"
    stamp = corpus / ".bench-made"
    if not stamp.exists():
        synth.generate(corpus, size, decks)
        _, _, code, stdout, _, _ = run_child([*cheatdeck_argv(), "check", str(corpus)])
        if code != 0:
            raise SystemExit(f"{corpus}: synthetic corpus fails cheatdeck check:\n{stdout[-2000:]}")
        stamp.write_text("made by bench/synth.py\n")
    return corpus


def pristine(corpus: Path, work: Path) -> Path:
    """A fresh copy of ``corpus`` (edits and locks stay out of the kept one)."""
    copy = work / (corpus.name + "-run")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(corpus, copy)
    return copy


def bench_size(size: int, args, work: Path) -> list[Measure]:
    files = max(1, -(-size // 50))
    corpus = ensure_corpus(work, size, files)
    one_deck = ensure_corpus(work, size, 1)
    runs = args.runs
    results: list[Measure] = []
    with_pdf = size <= args.pdf_max
    say = lambda m: print(f"  {_line(m)}", file=sys.stderr, flush=True)  # noqa: E731

    def stage(name: str, label: str, where: Path = corpus) -> None:
        results.append(measure_stage(name, label, size, where, work, runs))
        say(results[-1])

    print(f"{size} cards ({files} decks and 1 deck), {runs} runs each", file=sys.stderr)
    stage("load", "stage load")
    stage("yaml", "bare PyYAML CSafeLoader")
    stage("checks", "stage checks")
    stage("prepare", "stage prepare (lock, facts)")
    stage("apkg", "stage apkg")
    stage("genanki", "bare genanki")
    stage("genanki-same", "bare genanki, same notes")
    stage("apkg", "stage apkg (1 deck)", one_deck)
    stage("genanki", "bare genanki (1 deck)", one_deck)
    stage("genanki-same", "bare genanki, same notes (1 deck)", one_deck)
    stage("md", "stage md")
    stage("html", "stage html")
    if with_pdf:
        stage("pdf", "stage pdf")
        stage("weasyprint", "bare WeasyPrint")

    live = pristine(corpus, work)
    out = work / "out"
    cli = cheatdeck_argv()
    results.append(measure_command("cmd check", size, [*cli, "check", str(live)], runs))
    say(results[-1])

    def fresh_out(_run: int) -> None:
        shutil.rmtree(out, ignore_errors=True)

    build = [*cli, "build", str(live), "-o", str(out), "-q"]
    results.append(
        measure_command(
            f"cmd build {FAST_FORMATS}", size, [*build, "-f", FAST_FORMATS], runs, fresh_out
        )
    )
    say(results[-1])
    before = mtimes(out) if out.is_dir() else {}

    def same_mtimes(_run: int, _stdout: str) -> str | None:
        return None if mtimes(out) == before else "an unchanged rebuild touched an output"

    results.append(
        measure_command(
            "cmd build unchanged", size, [*build, "-f", FAST_FORMATS], runs, None, same_mtimes
        )
    )
    say(results[-1])
    results.append(
        measure_command(
            "cmd rebuild one edit",
            size,
            [*build, "-f", FAST_FORMATS],
            runs,
            lambda run: edit_one_card(live, run),
        )
    )
    say(results[-1])
    if with_pdf:
        results.append(
            measure_command("cmd build pdf", size, [*build, "-f", "pdf"], runs, fresh_out)
        )
        say(results[-1])
        all_formats = [*build, "-f", f"{FAST_FORMATS},pdf"]
        run_child(all_formats)  # outputs of every format exist before the edits
        results.append(
            measure_command(
                "cmd rebuild one edit, all formats",
                size,
                all_formats,
                runs,
                lambda run: edit_one_card(live, runs + run),
            )
        )
        say(results[-1])
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(live, ignore_errors=True)
    return results


def bench_general(args, work: Path) -> list[Measure]:
    results = []
    cli = cheatdeck_argv()
    results.append(measure_command("cmd help", None, [*cli, "--help"], max(args.runs, 5)))
    # The same pure-Python work on every run of this script: this machine's speed drifts
    # (±30 % within minutes on a shared host), so runs are compared through it.
    reference = [sys.executable, "-c", "x = 0\nfor i in range(10_000_000): x += i"]
    results.append(measure_command("reference: 10M-step Python loop", None, reference, 5))
    shipped = REPO / "cards"
    if args.shipped and (shipped / "corpus.yaml").is_file():
        live = work / "shipped"
        shutil.rmtree(live, ignore_errors=True)
        shutil.copytree(shipped, live)
        out = work / "shipped-out"

        def fresh(_run: int) -> None:
            shutil.rmtree(out, ignore_errors=True)

        argv = [*cli, "build", str(live), "-o", str(out), "-q", "-f", "pdf"]
        results.append(measure_command("shipped build pdf", None, argv, args.runs, fresh))
        argv = [*cli, "build", str(live), "-o", str(out), "-q", "-f", "all"]
        results.append(measure_command("shipped build all", None, argv, args.runs, fresh))
        shutil.rmtree(out, ignore_errors=True)
    for m in results:
        print(f"  {_line(m)}", file=sys.stderr)
    return results


# ------------------------------------------------------------------ reporting


def _line(m: Measure) -> str:
    if m.error:
        return f"{m.name} [{m.size}]: ERROR {m.error}"
    return f"{m.name} [{m.size}]: {m.median:.3f} s median, {m.peak_mb:.0f} MB, {m.detail or ''}"


def _fmt_s(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def _target(m: Measure) -> str:
    parts = []
    for key_size in dict.fromkeys((m.size, None)):
        limit = TARGETS.get((m.name, key_size))
        if limit is not None and m.median is not None:
            parts.append(f"≤ {limit:g} s {'✓' if m.median <= limit else '✗'}")
        mem = TARGETS.get(("mem:" + m.name, key_size))
        if mem is not None and m.peak_mb is not None:
            parts.append(f"≤ {mem:g} MB {'✓' if m.peak_mb <= mem else '✗'}")
    return "; ".join(parts)


def table(results: list[Measure]) -> str:
    by_key = {(m.name, m.size): m for m in results}
    lines = [
        "| cards | measure | median s | min s | cpu s | runs | peak MB | cards/s | vs baseline "
        "| target |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for m in results:
        if m.error:
            lines.append(f"| {m.size or ''} | {m.name} | error: {m.error} | | | | | | | |")
            continue
        rate = f"{m.size / m.median:,.0f}" if m.size and m.median else ""
        ratio = ""
        for name, base, limit in RATIOS:
            if m.name == name and (base, m.size) in by_key:
                b = by_key[(base, m.size)]
                if b.median:
                    value = m.median / b.median
                    mark = "" if limit is None else (" ✓" if value <= limit else " ✗")
                    ratio = f"{value:.2f}x {base}{mark}"
        lines.append(
            f"| {m.size or ''} | {m.name} | {_fmt_s(m.median)} | {_fmt_s(min(m.seconds))} "
            f"| {_fmt_s(statistics.median(m.cpu))} | {len(m.seconds)} | {m.peak_mb:.0f} "
            f"| {rate} | {ratio} | {_target(m)} |"
        )
    return "\n".join(lines)


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores ({model or platform.processor() or 'unknown CPU'}), "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


SECTION = "## Build speed"
BEGIN, END = "<!-- bench/run.py results: begin -->", "<!-- bench/run.py results: end -->"


def record(markdown: str) -> None:
    """Put the results into BENCHMARKS.md's Build speed section, keeping everything else.

    Only the text between the BEGIN and END markers is replaced, so notes written
    around the table and other sections (Checks, ...) stay as they are.
    """
    path = REPO / "BENCHMARKS.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if not text:
        text = f"# Benchmarks\n\nMachine: {machine()}\n"
    block = f"{BEGIN}\n{markdown.strip()}\n{END}"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1]
    elif SECTION in text:
        start = text.index(SECTION) + len(SECTION)
        after = text.find("\n## ", start)
        tail = text[after:] if after != -1 else "\n"
        text = text[:start] + "\n\n" + block + "\n" + tail
    else:
        text = text.rstrip("\n") + f"\n\n{SECTION}\n\n{block}\n"
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma list of card counts")
    parser.add_argument("--runs", type=int, default=5, help="runs per measure (median)")
    parser.add_argument(
        "--pdf-max", type=int, default=1000, help="measure the PDF for sizes up to this"
    )
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="corpora and outputs")
    parser.add_argument("--no-shipped", dest="shipped", action="store_false")
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    parser.add_argument("--record", action="store_true", help="write BENCHMARKS.md's section")
    parser.add_argument(
        "--from-json", help="measure nothing: tabulate these --json files (comma list)"
    )
    parser.add_argument(
        "--worker", nargs=3, metavar=("STAGE", "CORPUS", "OUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.worker:
        stage, corpus, out = args.worker
        worker(stage, Path(corpus), Path(out))
        return 0
    if args.from_json:
        results = []
        for name in args.from_json.split(","):
            results += [Measure(**data) for data in json.loads(Path(name).read_text())]
        how = "runs saved with `--json` and tabulated with `--from-json`"
    else:
        args.work.mkdir(parents=True, exist_ok=True)
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
        results = bench_general(args, args.work)
        for size in sizes:
            results += bench_size(size, args, args.work)
        how = (
            f"`python bench/run.py --sizes {args.sizes} --runs {args.runs} "
            f"--pdf-max {args.pdf_max}`"
        )
    when = dt.date.today().isoformat()
    markdown = "\n".join(
        [
            f"Measured {when} on {machine()} with {how}. "
            "Synthetic corpora from `bench/synth.py`: every kind, files of 50 cards, one "
            "deck per file (or one deck for the rows marked so). Stages are timed in a fresh "
            "worker around the stage alone; commands from outside, start-up included. "
            "Peak MB is the largest process's peak resident memory.",
            "",
            table(results),
            "",
        ]
    )
    print(markdown)
    if args.json:
        args.json.write_text(json.dumps([asdict(m) for m in results], indent=1))
    if args.record:
        record(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
