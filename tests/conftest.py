"""Shared fixtures: copies of the test corpora, a way to run the command line, and a
real browser (Debian's chromium driven by Playwright, never a downloaded one)."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from filelock import FileLock

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "cases"
SHIPPED = ROOT / "cards"
CHROMIUM = "/usr/bin/chromium"


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite golden files from current output"
    )


#: The test files that cost the most CPU, costliest first (``COSTLY_FILES_MEASURED``).
#: ``./run test`` hands files to its workers in this order (``--dist loadfile
#: --no-loadscope-reorder``), the others after them in their own order: a file that
#: keeps a worker busy for minutes starts first, not last while the other worker idles.
COSTLY_FILES: tuple[str, ...] = (
    "test_sheet_design.py",
    "test_sheet_continued.py",
    "test_sheet.py",
    "test_history_unseen.py",
    "test_lock.py",
    "test_sheet_browser.py",
    "test_sheet_balance.py",
    "test_import_adopt.py",
    "test_fact_pairs.py",
    "test_input_habits.py",
    "test_outputs97.py",
    "test_cli.py",
    "test_watch.py",
    "test_anki_look.py",
    "test_settings_and_layout.py",
    "test_import_anki_made.py",
    "test_checks_checks82.py",
    "test_history55.py",
    "test_checks_leftovers96.py",
    "test_outputs_unseen.py",
)
COSTLY_FILES_MEASURED = (
    "the summed test times per file of the suite's junit XML, main at da71879d,"
    " 2026-12-07 (-n 2 on the shared machine): the sheet files 3,338 s of 8,426"
)


def pytest_collection_modifyitems(config, items):
    """Under xdist, the costliest files first (``COSTLY_FILES``); a test file's own
    order is kept, and a run in one process keeps the collection's order."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    rank = {name: number for number, name in enumerate(COSTLY_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.fixture(scope="session", autouse=True)
def own_temporary_folder(tmp_path_factory):
    """Each build leaves an empty lock file per corpus and OUT in the temporary folder
    (``build.build_lock``): the suite's thousands go in a folder of pytest's, removed
    with its other temporary folders, not in /tmp. Command-line runs inherit it."""
    folder = tmp_path_factory.mktemp("tmp")
    before = os.environ.get("TMPDIR"), tempfile.tempdir
    os.environ["TMPDIR"] = tempfile.tempdir = str(folder)
    yield folder
    if before[0] is None:
        os.environ.pop("TMPDIR", None)
    else:
        os.environ["TMPDIR"] = before[0]
    tempfile.tempdir = before[1]


def made_once(tmp_path_factory, name: str, inputs: Path, make):
    """``make()``'s value, made once per test run for every xdist worker: the first to
    ask makes it under a file lock and stores it pickled, keyed by ``name`` and the
    bytes of every file under ``inputs``; the others wait for it and read it. The store
    is the run's temporary folder (the workers' common parent under xdist), so no run
    reads another's."""
    digest = hashlib.sha256(name.encode())
    for path in sorted(p for p in inputs.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(inputs)).encode() + b"\0" + path.read_bytes())
    folder = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        folder = folder.parent
    stored = folder / f"made-once-{digest.hexdigest()[:20]}.pickle"
    with FileLock(f"{stored}.lock"):
        if stored.exists():
            return pickle.loads(stored.read_bytes())
        value = make()
        part = stored.with_suffix(".part")
        part.write_bytes(pickle.dumps(value))
        part.replace(stored)
        return value


def build_context(corpus_dir: Path, **options):
    """A build context as ``cheatdeck build`` makes it (lock stamped, nothing written)."""
    from cheatdeck import __version__, pipeline
    from cheatdeck.facts import facts_of
    from cheatdeck.writers import BuildContext, BuildOptions

    outcome = pipeline.check(corpus_dir)
    if outcome.report.failed(False) or outcome.corpus is None:
        raise AssertionError(outcome.report.render("text"))
    pipeline.stamp_cards(outcome.corpus, outcome.lock)
    facts = [f for card in outcome.corpus.cards() for f in facts_of(card, outcome.corpus.name)]
    return BuildContext(
        corpus=outcome.corpus,
        facts=facts,
        lock=outcome.lock,
        options=BuildOptions(**options),
        version=__version__,
    )


def shipped_sheet(tmp_path_factory, paper: str = "a4", orientation: str = "landscape"):
    """The shipped AWS sheet (``cards/``, its lock read) on ``paper``: ``build_sheet``'s
    Sheet (the PDF's bytes, its layout), laid out once per test run (``made_once``):
    its three WeasyPrint layouts cost about 26 s CPU, and several files read it. Its PDF
    is the one ``cheatdeck build cards -f pdf`` writes, byte for byte, on that paper."""
    from cheatdeck.writers.sheet import pdf

    def make():
        return pdf.build_sheet(build_context(SHIPPED, paper=paper, orientation=orientation))

    return made_once(tmp_path_factory, f"shipped sheet {paper} {orientation}", SHIPPED, make)


def shipped_plain_layout(tmp_path_factory, paper: str = "a4", orientation: str = "landscape"):
    """The shipped sheet's print HTML laid out once per test run (``made_once``), plainly:
    one ``pdf.lay_out``, none of ``build_sheet``'s passes. What WeasyPrint's document
    holds that the tests read: its layout (``layout_check.read_layout``) and each page's
    content box as (top, height)."""
    from cheatdeck.writers.sheet import layout_check, pdf
    from cheatdeck.writers.sheet import page as sheet

    def make():
        ctx = build_context(SHIPPED, paper=paper, orientation=orientation)
        roots = (str(ctx.corpus_dir), str(ctx.templates))
        document = pdf.lay_out(sheet.print_html(ctx), roots)
        boxes = [(page._page_box.content_box_y(), page._page_box.height) for page in document.pages]
        return layout_check.read_layout(document), boxes

    return made_once(tmp_path_factory, f"shipped plain layout {paper} {orientation}", SHIPPED, make)


@pytest.fixture
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


def copy_corpus(name: str, dest: Path) -> Path:
    """A private copy of tests/cases/<name>/cards (builds write a lock into it)."""
    target = dest / name / "cards"
    shutil.copytree(CASES / name / "cards", target)
    return target


@pytest.fixture
def kinds_corpus(tmp_path) -> Path:
    """The small corpus with one card of every kind and hostile text."""
    return copy_corpus("kinds", tmp_path)


@pytest.fixture
def shipped_corpus(tmp_path) -> Path:
    """A private copy of the shipped AWS corpus (cards/)."""
    target = tmp_path / "cards"
    shutil.copytree(SHIPPED, target)
    return target


def build_formats(corpus: Path, out: Path, *formats: str) -> Path:
    """``out`` after building ``corpus`` in this process with the named writers (the
    build must succeed)."""
    from cheatdeck import pipeline
    from cheatdeck.writers import WRITER_NAMES

    outcome = pipeline.build(corpus, out, [WRITER_NAMES[name] for name in formats])
    assert not outcome.report.failed(False), outcome.report.render("text")
    return out


def check_cards(tmp_path: Path, cards: str) -> list[str]:
    """``check`` of a corpus with one topic (deck Notes) holding ``cards``; the
    diagnostics as ``severity code: message``."""
    import textwrap

    from cheatdeck import pipeline

    folder = tmp_path / "cards"
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: Study\n", "utf-8")
    body = textwrap.indent(textwrap.dedent(cards).strip(), "  ")
    text = f"deck: Notes\ntitle: Notes\ncards:\n{body}\n"
    (folder / "notes.yaml").write_text(text, encoding="utf-8")
    report = pipeline.check(folder).report
    return [f"{d.severity} {d.code}: {d.message}" for d in report.sorted()]


def check_deck(tmp_path: Path, deck: str, cards: str) -> list[str]:
    """``check`` of one topic (``t.yaml``) in deck ``deck`` holding ``cards``: the
    diagnostics as ``severity code: message``."""
    import textwrap

    from cheatdeck import pipeline

    folder = tmp_path / "cards"
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: Study\n", "utf-8")
    body = textwrap.indent(textwrap.dedent(cards).strip(), "  ")
    (folder / "t.yaml").write_text(f"deck: {deck}\ntitle: {deck}\ncards:\n{body}\n", "utf-8")
    return [f"{d.severity} {d.code}: {d.message}" for d in pipeline.check(folder).report.sorted()]


def check_facts(tmp_path: Path, cards: str) -> list[str]:
    """``check_deck`` of deck Facts, placeholder findings left out: the lines of the
    fact checks (and the loader) on ``cards``."""
    found = check_deck(tmp_path, "Facts", cards)
    return [line for line in found if line.split(" ", 2)[1] != "placeholder:"]


def card_pair(first: str, second: str, answers: tuple[str, str], kind: str = "qa") -> str:
    """Two cards ``a`` and ``b`` of ``kind`` (qa or command) in flow style, for
    ``check_facts``: prompts ``first`` and ``second``, their ``answers``."""
    prompt, answer = {"qa": ("question", "answer"), "command": ("task", "command")}[kind]
    return "\n".join(
        f'- {{id: {side}, kind: {kind}, {prompt}: "{text}", {answer}: "{value}"}}'
        for side, text, value in zip("ab", (first, second), answers, strict=True)
    )


def made_up_word(number: int) -> str:
    """A made-up word of three syllables, one for each number below 8000."""
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"][:20]
    return "".join(syllables[(number // 20**i) % 20] for i in range(3))


def padded(cards: str) -> str:
    """``cards`` followed by 130 concept cards of made-up words: a corpus the size of a
    pair set, large enough for the fact checks to tell a rare word."""
    import textwrap

    filler = "\n".join(
        f"- {{id: f{k}, kind: concept, term: {made_up_word(k)}, "
        f"definition: {made_up_word(k + 4000)}}}"
        for k in range(130)
    )
    return textwrap.dedent(cards).strip() + "\n" + filler


def check_deck_padded(tmp_path: Path, deck: str, cards: str) -> list[str]:
    """``check_deck`` of ``cards`` among 130 cards of made-up words (``padded``)."""
    return check_deck(tmp_path, deck, padded(cards))


def check_facts_padded(tmp_path: Path, cards: str) -> list[str]:
    """``check_facts`` of ``cards`` among 130 cards of made-up words (``padded``)."""
    return check_facts(tmp_path, padded(cards))


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None):
    """Run ``python -m cheatdeck`` as a user would; returns the CompletedProcess."""
    return subprocess.run(
        [sys.executable, "-m", "cheatdeck", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def run_bench_worker(stage: str, corpus: Path, out: Path) -> dict:
    """One stage of ``bench/run.py`` in its own process, as the benchmark runs it: its JSON
    result (asserting the worker succeeded)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--worker", stage, str(corpus), str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def cli():
    return run_cli


def edit(path: Path, old: str, new: str) -> None:
    """Replace ``old`` (which must be there) with ``new`` in the file ``path``."""
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), "utf-8")


def git(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """``git ARGS`` in ``cwd`` with a fixed author, as a user's commit would run."""
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True)


def git_typed(command: str) -> subprocess.CompletedProcess:
    """A git command as a message prints it, typed in a folder outside any repository
    (``/``): a path in it relative to the folder the tool ran in fails there."""
    words = shlex.split(command)
    assert words[0] == "git", command
    return git(Path("/"), *words[1:])


def build_at(cards: Path, out: Path, epoch: int, formats: str = "apkg") -> str:
    """``cheatdeck build`` through the command line, its clock at ``epoch``
    (``SOURCE_DATE_EPOCH``): the build's report on standard output; a failed build fails
    the test."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    done = run_cli("build", cards, "-o", out, "-f", formats, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def import_and_review(collection: Path, apkg: Path):
    """Import ``apkg`` into the real Anki collection, answer every card GOOD with its
    scheduler; the import log."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
    from anki.scheduler.v3 import CardAnswer

    col = Collection(str(collection))
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(apkg), options=ImportAnkiPackageOptions()
        )
        log = col.import_anki_package(request).log
        for cid in sorted(col.find_cards("")):
            card = col.get_card(cid)
            card.start_timer()
            states = col._backend.get_scheduling_states(card.id)
            col.sched.answer_card(
                col.sched.build_answer(card=card, states=states, rating=CardAnswer.GOOD)
            )
        return log
    finally:
        col.close()


def import_only(collection: Path, apkg: Path, with_scheduling: bool = False):
    """Import ``apkg`` into the real Anki collection (made when missing), no card
    answered, as Anki's File → Import does (ticking "Import any learning progress" with
    ``with_scheduling``); the import log."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    collection.parent.mkdir(exist_ok=True)
    col = Collection(str(collection))
    try:
        options = ImportAnkiPackageOptions(with_scheduling=with_scheduling)
        request = ImportAnkiPackageRequest(package_path=str(apkg), options=options)
        return col.import_anki_package(request).log
    finally:
        col.close()


def shifted_concepts(deck: str, ids: str, term: str, phrase: str, count: int = 40) -> str:
    """A topic of ``count`` concepts whose definitions put ``phrase`` at every place of
    a line: definition n has n letters before it ("m" repeated), so one of them meets
    the line's end wherever the column wraps; card n is ``<ids>-<n>``, ``<term> <n>``."""
    cards = [
        f"  - id: {ids}-{n}\n    kind: concept\n    term: {term} {n}\n"
        f"    definition: {'m' * n} {phrase}\n"
        for n in range(1, count + 1)
    ]
    return f"deck: {deck}\ntitle: {deck}\ncards:\n" + "".join(cards)


def write_corpus(cards: Path, files: dict[str, str]) -> Path:
    """A corpus folder ``cards`` holding ``files`` (name -> text)."""
    cards.mkdir()
    for name, text in files.items():
        (cards / name).write_text(text, "utf-8")
    return cards


def study_at(cards: Path, tmp_path: Path, epoch: int, apkg_name: str) -> Path:
    """``cards`` built into ``tmp_path/out`` at ``epoch``, its ``apkg_name`` imported into
    a new Anki collection and every card reviewed: the collection."""
    build_at(cards, tmp_path / "out", epoch)
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, tmp_path / "out" / apkg_name)
    return collection


def package_notes(apkg: Path) -> dict[str, tuple]:
    """Note GUID -> (mod, fields, tags) as the package holds them."""
    conn = sqlite3.connect(":memory:")
    conn.deserialize(zipfile.ZipFile(apkg).read("collection.anki2"))
    try:
        return {g: rest for g, *rest in conn.execute("SELECT guid, mod, flds, tags FROM notes")}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium (``/usr/bin/chromium``, installed by .ci/run), launched once per
    test module through Playwright by ``executable_path``."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "install Debian's chromium (apt-get install chromium)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM)
        yield launched
        launched.close()
