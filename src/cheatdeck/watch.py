"""``cheatdeck watch [CORPUS] [-o OUT] [--serve PORT]``: rebuild the HTML and Markdown
sheets whenever a corpus file is saved, and print the problems as they appear.

One process: ``watchfiles`` reports saves (debounced 100 ms), then the same
``pipeline.build`` as ``cheatdeck build`` runs for the ``html`` and ``md`` writers, with
every module already imported, so a small corpus is rebuilt well within a second. A
build with errors writes nothing: the last good sheet stays. The build's own writes (the
lock, OUT inside the corpus) are not changes; the user's are: a lock edited, restored or
deleted, and a folder moved in, out or renamed (which the file system reports as the
folder alone) rebuild too, found by comparing the corpus's files and the lock's bytes
with what the last build started from (the lock as that build wrote it). With
``--serve PORT`` the OUT folder is served on 127.0.0.1 only; the served HTML page
carries a small script that asks for the build number twice a second and reloads itself
when it differs from the build the page was served from (the file on disk is left as
the writer made it); while the corpus has errors it shows them (what the terminal
printed) in a notice on top of the last good sheet. ``/`` and a page under a name the
corpus had earlier in this watch are sent on to the sheet of its name now; before the
first good build ``/`` is a page with that notice, which reloads into the sheet.
"""

from __future__ import annotations

import errno
import gc
import http.server
import os
import sys
import threading
import time
from functools import partial
from pathlib import Path

from .lock import LOCK_FILE

RELOAD_PATH = "/__cheatdeck/build"
PROBLEMS_PATH = "/__cheatdeck/problems"
NOTICE_ID = "cheatdeck-watch-problems"
NOTICE_STYLE = (
    "position:fixed;top:0;left:0;right:0;z-index:2147483647;max-height:40vh;overflow:auto;"
    "margin:0;padding:.5em 1em;background:#fff3cd;color:#3d2c00;"
    "border-bottom:2px solid #c79100;font:13px/1.4 monospace;white-space:pre-wrap"
)
WATCHED_SUFFIXES = (".yaml", ".yml", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")


def reload_script(served: int) -> str:
    """The script the served page carries: it knows the build it was served from, so a
    build that lands before its first ask (a second save while it reloads for the
    first) still reloads it; while the corpus has errors it shows them in a notice on
    top of the last good sheet (as text, never as HTML; on screen only, not printed)."""
    return (
        f"<script>(function(){{var seen='{served}',bar=null;setInterval(function(){{"
        f"fetch('{RELOAD_PATH}',{{cache:'no-store'}}).then(function(r){{return r.text()}})"
        ".then(function(n){if(n!==seen){location.reload()}})"
        ".catch(function(){});"
        f"fetch('{PROBLEMS_PATH}',{{cache:'no-store'}}).then(function(r){{return r.text()}})"
        ".then(function(t){if(!t){if(bar){bar.remove();bar=null}return}"
        "if(!bar){bar=document.createElement('div');"
        f"bar.id='{NOTICE_ID}';bar.setAttribute('role','alert');"
        f"bar.style.cssText='{NOTICE_STYLE}';var css=document.createElement('style');"
        f"css.textContent='@media print{{#{NOTICE_ID}{{display:none!important}}}}';"
        "(document.head||document.body).appendChild(css);document.body.appendChild(bar)}"
        "if(bar.textContent!==t){bar.textContent=t}})"
        ".catch(function(){})},500)})();</script>"
    )


WAITING_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    "<title>cheatdeck watch</title></head><body>"
    '<p style="margin:12em 2em;font:16px sans-serif">No sheet is built yet: this page '
    "shows it once a build succeeds (while the corpus has errors, they show here and in "
    "the terminal).</p>"
)


class Builds:
    """The number of the last good build, read by the served page, and the corpus names
    it was built under (``name:`` in corpus.yaml may change while the watch runs)."""

    def __init__(self) -> None:
        self.number = 0
        self.names: list[str] = []
        self.problems = ""  # what the last build that failed printed; "" after a good one
        self.lock = threading.Lock()

    def bump(self, name: str) -> None:
        with self.lock:
            self.number += 1
            self.problems = ""
            if name in self.names:
                self.names.remove(name)
            self.names.append(name)

    def renamed(self, stem: str) -> str | None:
        """The corpus's name now, when ``stem`` is a name it had earlier in this watch."""
        with self.lock:
            if stem in self.names[:-1]:
                return self.names[-1]
        return None


def rebuild(corpus: Path, out: Path, writers, said: list[str] | None = None) -> str | None:
    """One build of the watched formats; prints what changed or the problems (and, when
    it did not build, adds what it printed to ``said``). Returns the corpus's name when
    it built, None when it did not."""
    from . import pipeline
    from .build import held, recover

    started = time.perf_counter()
    try:
        # as `cheatdeck build` does: another build or watch of this corpus or into this
        # OUT (each stages and replaces the corpus's lock) waits for this one to end
        with held(corpus, out):
            recover(out, corpus)  # a stopped build's set, finished before the lock is read
            outcome = pipeline.build(corpus, out, writers)
    except Exception as exc:  # an output that cannot be made: say so, keep watching
        print(f"cheatdeck: error: {exc}", flush=True)
        if said is not None:
            said.append(f"cheatdeck: error: {exc}\n")
        return None
    finally:
        # A build freezes what it loads (``gc.freeze``: it lives to the end of a one-shot
        # run); a watch goes on, so the last build's objects become collectable again.
        gc.unfreeze()
    report = outcome.report
    if report.diagnostics:
        sys.stdout.write(report.render("text"))
    took = (time.perf_counter() - started) * 1000
    stamp = time.strftime("%H:%M:%S")
    if report.failed(False):
        built = any(next(out.glob(f"*{w.suffix}"), None) for w in writers)
        kept = "the last good sheet stays" if built else "no sheet is built until then"
        print(f"[{stamp}] not rebuilt: fix the errors above ({kept})", flush=True)
        if said is not None:
            said.append(f"[{stamp}] not rebuilt: fix the errors below ({kept})\n")
            said.append(report.render("text"))
        return None
    names = ", ".join(str(out / w.filename(outcome.corpus.name)) for w in writers)
    print(f"[{stamp}] built {names} in {took:.0f} ms", flush=True)
    return outcome.corpus.name


def watched(corpus: Path, out: Path):
    """The filter for watchfiles: anything in the corpus but hidden files and OUT (a
    folder or the lock may have changed; ``needs_build`` decides)."""
    out = out.resolve()

    def keep(_change, path: str) -> bool:
        p = Path(path)
        if p.name.startswith("."):
            return False
        return not (out == p or out in p.parents)

    return keep


def is_corpus_file(path: str) -> bool:
    """A file a build reads, by its name: a topic, corpus.yaml or an image."""
    p = Path(path)
    return not p.name.startswith(".") and p.suffix.lower() in WATCHED_SUFFIXES


def corpus_state(corpus: Path, out: Path) -> tuple[frozenset[str], bytes | None]:
    """What the file system tells a watch only as a folder's change or as the build's own
    write: the corpus files there are (hidden folders and OUT left out, as a build
    does) and the lock's bytes."""
    out = out.resolve()
    files = []
    for dirpath, dirnames, filenames in os.walk(corpus):
        folder = Path(dirpath)
        dirnames[:] = [
            d for d in dirnames if not d.startswith(".") and (folder / d).resolve() != out
        ]
        files += [str(folder / name) for name in filenames if is_corpus_file(name)]
    return frozenset(files), lock_bytes(corpus)


def lock_bytes(corpus: Path) -> bytes | None:
    """The corpus's cheatdeck.lock as it is now; None when there is none."""
    try:
        return (corpus / LOCK_FILE).read_bytes()
    except OSError:
        return None


def build_and_note(corpus: Path, out: Path, writers, builds: Builds):
    """One build; returns the state it started from, with the lock as it wrote it. Taken
    before the build, so a change made while it ran (or just after it printed) is a
    change the next time."""
    before = corpus_state(corpus, out)
    said: list[str] = []
    name = rebuild(corpus, out, writers, said)
    if name is None:
        builds.problems = "".join(said)  # the served page shows them
        return before  # a build with errors writes nothing
    builds.bump(name)
    return before[0], lock_bytes(corpus)


def needs_build(changes, corpus: Path, out: Path, after_last_build) -> bool:
    """Whether ``changes`` (watchfiles' (change, path) pairs) call for a build: a corpus
    file saved, or files or the lock not as the last build left them."""
    if any(is_corpus_file(path) for _change, path in changes):
        return True
    return bool(changes) and corpus_state(corpus, out) != after_last_build


class _Handler(http.server.SimpleHTTPRequestHandler):
    builds: Builds

    def log_message(self, *args) -> None:  # quiet: the terminal shows builds
        pass

    def do_GET(self) -> None:
        if self.path == RELOAD_PATH:
            body = str(self.builds.number).encode()
            self._send(body, "text/plain")
            return
        if self.path == PROBLEMS_PATH:
            self._send(self.builds.problems.encode("utf-8"), "text/plain; charset=utf-8")
            return
        if self.path == "/":  # the sheet, not a folder listing
            if self.builds.names:
                self._moved(f"/{self.builds.names[-1]}.html")
            else:  # no good build yet: a page that shows the problems, then the sheet
                page = WAITING_PAGE + reload_script(self.builds.number) + "</body></html>"
                self._send(page.encode("utf-8"), "text/html; charset=utf-8")
            return
        target = Path(self.translate_path(self.path))
        if target.suffix == ".html" and (name := self.builds.renamed(target.stem)):
            self._moved(f"/{name}.html")  # a sheet left under the corpus's old name
            return
        # the number before the file: a build bumps it after writing, so the page read
        # is never older than the number it carries (at worst it reloads once more)
        served = self.builds.number
        if target.suffix == ".html" and target.is_file():
            text = target.read_text(encoding="utf-8")
            script = reload_script(served)
            at = text.rfind("</body>")
            text = text[:at] + script + text[at:] if at >= 0 else text + script
            self._send(text.encode("utf-8"), "text/html; charset=utf-8")
            return
        super().do_GET()

    def _moved(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


def serve(out: Path, port: int, builds: Builds) -> http.server.ThreadingHTTPServer:
    handler = type("Handler", (_Handler,), {"builds": builds})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), partial(handler, directory=str(out))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def cannot_serve(port: int, exc: OSError) -> str:
    """Why ``--serve PORT`` cannot listen, and what to type instead."""
    said = f"cannot serve on 127.0.0.1:{port}: {exc.strerror}"
    if exc.errno == errno.EADDRINUSE:
        return (
            f"{said} (another program, perhaps another cheatdeck watch, listens there): "
            "stop it, or give another port (--serve 0 takes a free one)"
        )
    return f"{said}: give another port (--serve 0 takes a free one)"


def gone(corpus: Path) -> str:
    """The corpus folder moved or deleted while watched, and what to do."""
    return (
        f"the corpus folder '{corpus}' is gone (moved or deleted) while watched: run "
        "cheatdeck watch again on it where it is now"
    )


def run(args) -> int:
    import watchfiles

    from .diagnostics import EXIT_PROBLEMS, EXIT_USAGE
    from .writers import WRITER_NAMES

    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"cheatdeck: error: no corpus folder '{args.corpus}'", file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.out)
    from .cli import own_out_dir

    if problem := own_out_dir(out, corpus):
        print(f"cheatdeck: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    writers = [WRITER_NAMES["html"], WRITER_NAMES["md"]]
    builds = Builds()
    server = None
    if args.serve is not None:  # before the first build: a port in use writes nothing
        try:
            server = serve(out, args.serve, builds)
        except OSError as exc:
            print(f"cheatdeck: error: {cannot_serve(args.serve, exc)}", file=sys.stderr)
            return EXIT_USAGE
        out.mkdir(parents=True, exist_ok=True)
    after_last_build = build_and_note(corpus, out, writers, builds)
    if server is not None:
        port = server.server_address[1]
        page = f"{builds.names[-1]}.html" if builds.names else ""  # the sheet, once built
        print(f"serving {out} at http://127.0.0.1:{port}/{page} (reloads itself after each build)")
    ready = False
    try:
        # yield_on_timeout: the first (empty) yield says the watcher is in place, so a
        # save made after "watching" is printed is never missed
        for changes in watchfiles.watch(
            corpus,
            watch_filter=watched(corpus, out),
            debounce=100,
            step=20,
            rust_timeout=300,
            yield_on_timeout=True,
        ):
            if not ready:
                ready = True
                print(f"watching {corpus} (Ctrl-C to stop)", flush=True)
            if not corpus.is_dir():  # moved or deleted: nothing left to build
                print(f"cheatdeck: error: {gone(corpus)}", file=sys.stderr, flush=True)
                return EXIT_PROBLEMS
            if not needs_build(changes, corpus, out, after_last_build):
                continue
            after_last_build = build_and_note(corpus, out, writers, builds)
    except KeyboardInterrupt:
        pass
    finally:
        if server is not None:
            server.shutdown()
    return 0
