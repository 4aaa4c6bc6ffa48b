"""``cheatdeck watch``: started as a user would (a subprocess), a saved edit rebuilds the
HTML and Markdown, a broken edit prints its problem and keeps the last good sheet, and
the page served by ``--serve`` reloads itself in a real browser (chromium via
Playwright, Debian's binary)."""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from cheatdeck.lock import Lock

from conftest import run_cli

CHROMIUM = "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Watcher:
    """``cheatdeck watch`` in a subprocess; its output lines read in a thread."""

    def __init__(self, corpus: Path, out: Path, port: int | None = None) -> None:
        args = [sys.executable, "-m", "cheatdeck", "watch", str(corpus), "-o", str(out)]
        if port is not None:
            args += ["--serve", str(port)]
        self.proc = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line)

    def wait_for(self, text: str, seconds: float = 60) -> str:
        end = time.monotonic() + seconds
        seen = []
        while time.monotonic() < end:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                continue
            seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no {text!r} in: {''.join(seen)}")

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


def _wait_until(check, seconds: float = 30) -> float:
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if check():
            return time.monotonic() - start
        time.sleep(0.02)
    raise AssertionError("timed out")


@pytest.fixture
def corpus(tmp_path) -> Path:
    target = tmp_path / "mine"
    assert run_cli("init", target).returncode == 0
    return target


def test_a_save_rebuilds_and_a_mistake_is_printed(corpus, tmp_path):
    out = tmp_path / "out"
    md = out / "mine.md"
    watcher = Watcher(corpus, out)
    try:
        watcher.wait_for("watching")
        assert "Commit" in md.read_text()
        topic = corpus / "git-basics.yaml"
        topic.write_text(topic.read_text().replace("term: Commit", "term: Commit object"))
        took = _wait_until(lambda: "Commit object" in md.read_text())
        watcher.wait_for("built")
        print(f"rebuilt {took * 1000:.0f} ms after the save")
        assert took < 5  # under a second alone; the machine is shared
        assert (out / "mine.html").read_text().count("Commit object") >= 1
        topic.write_text(topic.read_text().replace("    kind: qa\n", "    kind: qaa\n"))
        line = watcher.wait_for("unknown-kind")
        assert line.startswith(str(topic)) or "git-basics.yaml:" in line
        said = watcher.wait_for("not rebuilt")
        assert "the last good sheet stays" in said
        assert "Commit object" in md.read_text()  # the last good sheet stays
        topic.write_text(topic.read_text().replace("kind: qaa", "kind: qa"))
        watcher.wait_for("built")
    finally:
        watcher.stop()


def test_the_builds_own_writes_do_not_trigger_builds(corpus, tmp_path):
    out = corpus / "build"  # inside the watched folder, as init's .gitignore suggests
    watcher = Watcher(corpus, out)
    try:
        watcher.wait_for("watching")
        topic = corpus / "git-basics.yaml"
        topic.write_text(topic.read_text().replace("term: Commit", "term: Commit object"))
        watcher.wait_for("built")  # wrote build/ and the lock inside the watched folder
        time.sleep(1.5)
        assert watcher.lines.empty(), list(watcher.lines.queue)
    finally:
        watcher.stop()


def test_the_served_page_reloads_itself_in_a_browser(corpus, tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.skip("no chromium")
    from playwright.sync_api import sync_playwright

    out = tmp_path / "out"
    port = _free_port()
    watcher = Watcher(corpus, out, port)
    try:
        watcher.wait_for("watching")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/mine.html") as page:
            assert b"__cheatdeck/build" in page.read()
        assert "__cheatdeck" not in (out / "mine.html").read_text()  # the file stays
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/mine.html")
            assert "Commit object" not in page.content()
            page.wait_for_timeout(700)  # the page has read the build number once
            topic = corpus / "git-basics.yaml"
            topic.write_text(topic.read_text().replace("term: Commit", "term: Commit object"))
            page.wait_for_function(
                "document.body.innerText.includes('Commit object')", timeout=20000
            )
            browser.close()
    finally:
        watcher.stop()


def test_serve_listens_on_localhost_only(corpus, tmp_path):
    port = _free_port()
    watcher = Watcher(corpus, tmp_path / "out", port)
    try:
        line = watcher.wait_for("serving")
        assert f"http://127.0.0.1:{port}/" in line
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            try:
                probe.connect(("10.255.255.255", 1))  # no packet is sent
            except OSError:
                pytest.skip("no network address but loopback")
            address = probe.getsockname()[0]
        if address.startswith("127."):
            pytest.skip("no network address but loopback")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/__cheatdeck/build") as reply:
            assert reply.read().isdigit()
        with pytest.raises(OSError), socket.create_connection((address, port), timeout=1):
            pass
    finally:
        watcher.stop()


def test_watch_needs_a_corpus_folder(tmp_path):
    done = run_cli("watch", tmp_path / "nothing")
    assert done.returncode == 2 and "no corpus folder" in done.stderr


@pytest.mark.parametrize("port", ["99999", "-5"])
def test_a_port_out_of_range_is_a_usage_error_not_a_traceback(corpus, tmp_path, port):
    done = run_cli("watch", corpus, "-o", tmp_path / "out", "--serve", port)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert f"'{port}' is not a port (0 to 65535)" in done.stderr


def test_a_port_in_use_is_said_on_stderr(corpus, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run_cli("watch", corpus, "-o", tmp_path / "out", "--serve", str(port))
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"cannot serve on 127.0.0.1:{port}" in done.stderr
    assert "give another port (--serve 0 takes a free one)" in done.stderr
    assert not (tmp_path / "out").exists()  # nothing built before the port was refused


def test_a_watch_build_leaves_nothing_frozen(corpus, tmp_path, capsys):
    """A one-shot build freezes what it loads (gc.freeze); a watch goes on rebuilding,
    so each rebuild must hand its objects back to the collector."""
    import gc

    from cheatdeck import watch
    from cheatdeck.writers import WRITER_NAMES

    writers = [WRITER_NAMES["html"], WRITER_NAMES["md"]]
    gc.unfreeze()
    try:
        for _ in range(2):
            assert watch.rebuild(corpus, tmp_path / "out", writers)
            assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
    assert "built" in capsys.readouterr().out


def test_a_first_build_with_errors_says_no_sheet_is_built(corpus, tmp_path, capsys):
    from cheatdeck import watch
    from cheatdeck.writers import WRITER_NAMES

    topic = corpus / "git-basics.yaml"
    topic.write_text(topic.read_text().replace("    kind: qa\n", "    kind: qaa\n"))
    writers = [WRITER_NAMES["html"], WRITER_NAMES["md"]]
    assert not watch.rebuild(corpus, tmp_path / "out", writers)
    said = capsys.readouterr().out
    assert "not rebuilt: fix the errors above (no sheet is built until then)" in said, said


def test_a_file_the_build_did_not_write_is_named_with_its_fix(corpus, tmp_path, capsys):
    """The watch says what a build says when the user's own file is where an output
    goes (not an OSError's "[Errno 17] ..."), and leaves the file alone."""
    from cheatdeck import watch
    from cheatdeck.writers import WRITER_NAMES

    out = tmp_path / "out"
    out.mkdir()
    mine = out / "mine.md"  # the starter corpus is named after its folder
    mine.write_text("my notes\n", "utf-8")
    writers = [WRITER_NAMES["md"]]
    assert not watch.rebuild(corpus, out, writers)
    said = capsys.readouterr().out
    assert "[Errno" not in said, said
    assert "cheatdeck did not write is where this build's output goes" in said, said
    assert "nothing was written. Move it away (mv " in said, said
    assert mine.read_text("utf-8") == "my notes\n"


def test_a_lock_the_user_deletes_or_restores_rebuilds(corpus, tmp_path):
    """The lock is the build's own write, but not only: ``removed-card`` and ``bad-lock``
    tell the user to delete or restore it, and the watch must then build again. (The
    cards are in a built .apkg first: a card no deck had leaves with no removed-card.)"""
    out = tmp_path / "out"
    md = out / "mine.md"
    assert run_cli("build", corpus, "-o", tmp_path / "deck", "-f", "apkg").returncode == 0
    watcher = Watcher(corpus, out)
    try:
        watcher.wait_for("watching")
        lock = corpus / "cheatdeck.lock"
        good = lock.read_bytes()
        lock.write_bytes(good + b"garbage\n")  # a half-resolved merge
        watcher.wait_for("bad-lock")
        watcher.wait_for("not rebuilt")
        lock.write_bytes(good)  # git checkout -- cheatdeck.lock
        watcher.wait_for("built")
        topic = corpus / "git-basics.yaml"
        text = topic.read_text()
        start = text.index("  - id: git-staging-area")
        topic.write_text(text[:start] + text[text.index("  - id: git-new-branch") :])
        watcher.wait_for("removed-card")
        watcher.wait_for("not rebuilt")
        assert "staging area" in md.read_text()
        lock.unlink()  # what the error offers when the cards were never imported
        watcher.wait_for("built")
        assert "staging area" not in md.read_text()
    finally:
        watcher.stop()


def test_a_folder_moved_in_or_out_rebuilds(corpus, tmp_path):
    """Moving a folder reports the folder alone, not the topic files inside it."""
    out = tmp_path / "out"
    md = out / "mine.md"
    away = tmp_path / "birds"
    away.mkdir()
    (away / "herons.yaml").write_text(
        "deck: Waders\ntitle: Herons\ncards:\n  - id: grey-heron\n    kind: concept\n"
        "    term: Grey heron\n    definition: A tall grey wader of shallow water.\n"
    )
    watcher = Watcher(corpus, out)
    try:
        watcher.wait_for("watching")
        away.rename(corpus / "birds")
        watcher.wait_for("built")
        assert "Grey heron" in md.read_text()
        (corpus / "birds").rename(corpus / "waders")
        watcher.wait_for("built")
        (corpus / "waders").rename(away)
        watcher.wait_for("built")  # no deck had its card: it leaves with no removed-card
        assert "Grey heron" not in md.read_text()
    finally:
        watcher.stop()


def test_a_card_only_watched_is_renamed_and_deleted_freely(corpus, tmp_path):
    """Draft, look, rename: a card the watch built into the sheet but no build into a
    deck leaves the corpus (renamed, deleted) with no removed-card, and the lock forgets
    it; ``check`` and a full build then pass, with no ``retired:`` to write."""
    out = tmp_path / "out"
    md = out / "mine.md"
    topic = corpus / "git-basics.yaml"
    watcher = Watcher(corpus, out)
    try:
        watcher.wait_for("watching")
        text = topic.read_text("utf-8")
        text = text.replace("id: git-staging-area", "id: git-add-stages")
        start = text.index("  - id: git-new-branch")
        topic.write_text(text[:start] + text[text.index("  - id: git-hash-length") :])
        line = watcher.wait_for("built")
        assert "removed-card" not in line and "git switch -c" not in md.read_text()
    finally:
        watcher.stop()
    kept = Lock.read(corpus).cards
    assert "git-add-stages" in kept
    assert not {"git-staging-area", "git-new-branch"} & set(kept)
    assert run_cli("check", corpus, "--strict").returncode == 0
    assert run_cli("build", corpus, "-o", tmp_path / "deck", "-f", "apkg").returncode == 0


def test_vims_own_files_do_not_trigger_builds(corpus, tmp_path):
    """vim checks it may write a folder with a file named 4913, and keeps .swp and ~
    files: none of them is a corpus file."""
    watcher = Watcher(corpus, tmp_path / "out")
    try:
        watcher.wait_for("watching")
        for name in ("4913", ".git-basics.yaml.swp", "git-basics.yaml~"):
            (corpus / name).write_text("x")
            (corpus / name).unlink()
        time.sleep(1.5)
        assert watcher.lines.empty(), list(watcher.lines.queue)
    finally:
        watcher.stop()


def test_a_page_open_under_the_old_name_follows_a_renamed_corpus(corpus, tmp_path):
    """``name:`` changed while watching: the page the browser has open (mine.html) would
    reload the last sheet built under that name forever; it is sent to the new one."""
    out = tmp_path / "out"
    port = _free_port()
    watcher = Watcher(corpus, out, port)
    try:
        watcher.wait_for("watching")
        settings = corpus / "corpus.yaml"
        settings.write_text(settings.read_text().replace("name: mine", "name: birding"))
        watcher.wait_for("birding.html")
        topic = corpus / "git-basics.yaml"
        topic.write_text(topic.read_text().replace("term: Commit", "term: Commit object"))
        watcher.wait_for("built")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/mine.html") as page:
            assert page.url.endswith("/birding.html")
            assert b"Commit object" in page.read()
        assert (out / "mine.html").is_file()  # the old sheet is the user's to delete
    finally:
        watcher.stop()


@pytest.mark.parametrize("how", ["moved", "deleted"])
def test_a_corpus_folder_moved_or_deleted_ends_the_watch_with_one_line(corpus, tmp_path, how):
    """Not an error a minute that tells to chmod a folder that is no longer there."""
    import shutil

    watcher = Watcher(corpus, tmp_path / "out")
    try:
        watcher.wait_for("watching")
        if how == "moved":
            corpus.rename(tmp_path / "elsewhere")
        else:
            shutil.rmtree(corpus)
        assert watcher.proc.wait(timeout=30) == 1
        time.sleep(0.2)  # the reader thread has the last lines
        said = list(watcher.lines.queue)
        last = f"cheatdeck: error: the corpus folder '{corpus}' is gone (moved or deleted)"
        assert said[-1].startswith(last), said
        assert not any("Traceback" in line for line in said), said
        if how == "moved":  # deleted, a build may see the files go before the folder
            assert len(said) == 1, said  # not "cannot read the folder ... (chmod +rx)"
    finally:
        watcher.stop()


def test_the_served_address_opens_the_sheet(corpus, tmp_path):
    """The address printed (and ``/``) is the sheet, not a listing of OUT's files."""
    port = _free_port()
    watcher = Watcher(corpus, tmp_path / "out", port)
    try:
        line = watcher.wait_for("serving")
        assert f"http://127.0.0.1:{port}/mine.html " in line, line
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as page:
            assert page.url.endswith("/mine.html")
            assert b"__cheatdeck/build" in page.read()
    finally:
        watcher.stop()


def test_a_watch_build_waits_for_another_build_of_the_corpus(corpus, tmp_path, capsys, monkeypatch):
    """Two builds of one corpus into two OUT folders both stage and replace the corpus's
    lock: a watch and a build (or two watches) raced, and one said "[Errno 2] No such
    file or directory: '.../.cheatdeck-staged.cheatdeck.lock...'". A watch's build takes
    the same hold on the corpus and OUT that `cheatdeck build` takes."""
    from cheatdeck import build, watch
    from cheatdeck.writers import WRITER_NAMES

    monkeypatch.setattr(build, "WAIT_SECONDS", 0.2)
    out = tmp_path / "out"
    with build.held(corpus, tmp_path / "elsewhere"):  # another build of this corpus
        assert watch.rebuild(corpus, out, [WRITER_NAMES["md"]]) is None
    said = capsys.readouterr().out
    assert "another cheatdeck build is using" in said, said
    assert not (out / "mine.md").exists()
    assert watch.rebuild(corpus, out, [WRITER_NAMES["md"]]) == "mine"


def test_a_page_served_just_before_a_build_still_reloads_to_it(corpus, tmp_path):
    """A save landing between the page's load and its first ask for the build number
    (two quick saves: the page reloads for the first while the second builds) must not
    leave the page on the older sheet: the page knows the build it was served from."""
    if not Path(CHROMIUM).exists():
        pytest.skip("no chromium")
    from playwright.sync_api import sync_playwright

    out = tmp_path / "out"
    port = _free_port()
    url = f"http://127.0.0.1:{port}/mine.html"
    watcher = Watcher(corpus, out, port)
    try:
        watcher.wait_for("watching")
        with urllib.request.urlopen(url) as reply:
            served_before = reply.read().decode()  # the page as served from build 1
        topic = corpus / "git-basics.yaml"
        topic.write_text(topic.read_text().replace("term: Commit", "term: Commit object"))
        watcher.wait_for("built")  # build 2 is done before the page first asks
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page()
            loads = []

            def first_load_is_the_older_page(route):
                loads.append(route.request.url)
                if len(loads) == 1:
                    route.fulfill(body=served_before, content_type="text/html")
                else:
                    route.continue_()

            page.route(url, first_load_is_the_older_page)
            page.goto(url)
            assert "Commit object" not in page.content()
            page.wait_for_function(
                "document.body.innerText.includes('Commit object')", timeout=10000
            )
            browser.close()
    finally:
        watcher.stop()


def test_the_served_page_says_when_it_is_the_last_good_sheet(corpus, tmp_path):
    """While the corpus has errors the page keeps the last good sheet and says so, with
    the problems the terminal prints; a fix reloads it without the notice."""
    if not Path(CHROMIUM).exists():
        pytest.skip("no chromium")
    from playwright.sync_api import sync_playwright

    out = tmp_path / "out"
    port = _free_port()
    watcher = Watcher(corpus, out, port)
    notice = "document.getElementById('cheatdeck-watch-problems')"
    try:
        watcher.wait_for("watching")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/mine.html")
            page.wait_for_timeout(700)
            assert page.evaluate(notice) is None
            topic = corpus / "git-basics.yaml"
            good = topic.read_text()
            topic.write_text(good.replace("    kind: qa\n", "    kind: qaa\n", 1))
            watcher.wait_for("not rebuilt")
            page.wait_for_function(notice, timeout=10000)
            said = page.evaluate(f"{notice}.textContent")
            assert "the last good sheet" in said
            assert "git-basics.yaml:" in said and "unknown-kind" in said
            assert "Commit" in page.evaluate("document.body.innerText")  # still the sheet
            page.emulate_media(media="print")  # a printout is the sheet, not the notice
            assert page.evaluate(f"getComputedStyle({notice}).display") == "none"
            page.emulate_media(media="screen")
            loaded = page.evaluate("performance.timeOrigin")
            topic.write_text(good)
            watcher.wait_for("built")
            # reloaded, and without the notice: one wait, which Playwright runs again in
            # each page the reload makes (an evaluate after it raced a second reload)
            page.wait_for_function(
                f"performance.timeOrigin !== {loaded!r} && {notice} === null", timeout=10000
            )
            browser.close()
        assert "cheatdeck-watch-problems" not in (out / "mine.html").read_text()
    finally:
        watcher.stop()


def test_the_served_address_before_any_good_build_shows_the_sheet_once_fixed(corpus, tmp_path):
    """A watch started on a corpus with errors prints the address ``/`` and says the page
    reloads itself: opened then, it names the problems, and the fix brings the sheet."""
    if not Path(CHROMIUM).exists():
        pytest.skip("no chromium")
    from playwright.sync_api import sync_playwright

    topic = corpus / "git-basics.yaml"
    good = topic.read_text()
    topic.write_text(good.replace("    kind: qa\n", "    kind: qaa\n", 1))
    out = tmp_path / "out"
    port = _free_port()
    watcher = Watcher(corpus, out, port)
    notice = "document.getElementById('cheatdeck-watch-problems')"
    try:
        said = watcher.wait_for("serving")
        assert f"http://127.0.0.1:{port}/ " in said
        watcher.wait_for("watching")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_function(notice, timeout=10000)
            assert "unknown-kind" in page.evaluate(f"{notice}.textContent")
            topic.write_text(good)
            watcher.wait_for("built")
            page.wait_for_function("document.body.innerText.includes('Commit')", timeout=10000)
            assert page.url.endswith("/mine.html")
            browser.close()
    finally:
        watcher.stop()
