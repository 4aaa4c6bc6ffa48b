"""Shared fixtures: copies of the test corpora, a way to run the command line, and a
real browser (Debian's chromium driven by Playwright, never a downloaded one)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "cases"
SHIPPED = ROOT / "cards"
CHROMIUM = "/usr/bin/chromium"


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite golden files from current output"
    )


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
