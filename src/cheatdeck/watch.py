"""``cheatdeck watch [CORPUS] [-o OUT] [--serve PORT]``: rebuild the HTML and Markdown
sheets whenever a corpus file is saved, and print the problems as they appear.

One process: ``watchfiles`` reports saves (debounced 100 ms), then the same
``pipeline.build`` as ``cheatdeck build`` runs for the ``html`` and ``md`` writers, with
every module already imported, so a small corpus is rebuilt well within a second. A
build with errors writes nothing: the last good sheet stays. The build's own writes (the
lock, OUT inside the corpus) are not changes. With ``--serve PORT`` the OUT folder is
served on 127.0.0.1 only; the served HTML page carries a small script that asks for the
build number twice a second and reloads itself when it changes (the file on disk is
left as the writer made it).
"""

from __future__ import annotations

import gc
import http.server
import sys
import threading
import time
from functools import partial
from pathlib import Path

RELOAD_PATH = "/__cheatdeck/build"
RELOAD_SCRIPT = (
    "<script>(function(){var seen=null;setInterval(function(){"
    f"fetch('{RELOAD_PATH}',{{cache:'no-store'}}).then(function(r){{return r.text()}})"
    ".then(function(n){if(seen===null){seen=n}else if(n!==seen){location.reload()}})"
    ".catch(function(){})},500)})();</script>"
)
WATCHED_SUFFIXES = (".yaml", ".yml", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")


class Builds:
    """The number of the last good build, read by the served page."""

    def __init__(self) -> None:
        self.number = 0
        self.lock = threading.Lock()

    def bump(self) -> None:
        with self.lock:
            self.number += 1


def rebuild(corpus: Path, out: Path, writers) -> bool:
    """One build of the watched formats; prints what changed or the problems."""
    from . import pipeline

    started = time.perf_counter()
    try:
        outcome = pipeline.build(corpus, out, writers)
    except Exception as exc:  # an output that cannot be made: say so, keep watching
        print(f"cheatdeck: error: {exc}", flush=True)
        return False
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
        return False
    names = ", ".join(str(out / w.filename(outcome.corpus.name)) for w in writers)
    print(f"[{stamp}] built {names} in {took:.0f} ms", flush=True)
    return True


def watched(corpus: Path, out: Path):
    """The filter for watchfiles: corpus files, not the build's own writes."""
    out = out.resolve()

    def keep(_change, path: str) -> bool:
        p = Path(path)
        if p.name == "cheatdeck.lock" or p.name.startswith("."):
            return False
        if out == p or out in p.parents:
            return False
        return p.suffix.lower() in WATCHED_SUFFIXES

    return keep


class _Handler(http.server.SimpleHTTPRequestHandler):
    builds: Builds

    def log_message(self, *args) -> None:  # quiet: the terminal shows builds
        pass

    def do_GET(self) -> None:
        if self.path == RELOAD_PATH:
            body = str(self.builds.number).encode()
            self._send(body, "text/plain")
            return
        target = Path(self.translate_path(self.path))
        if target.suffix == ".html" and target.is_file():
            text = target.read_text(encoding="utf-8")
            at = text.rfind("</body>")
            text = text[:at] + RELOAD_SCRIPT + text[at:] if at >= 0 else text + RELOAD_SCRIPT
            self._send(text.encode("utf-8"), "text/html; charset=utf-8")
            return
        super().do_GET()

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


def run(args) -> int:
    import watchfiles

    from .diagnostics import EXIT_USAGE
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
    if rebuild(corpus, out, writers):
        builds.bump()
    server = None
    if args.serve is not None:
        out.mkdir(parents=True, exist_ok=True)
        try:
            server = serve(out, args.serve, builds)
        except OSError as exc:
            print(
                f"cheatdeck: error: cannot serve on 127.0.0.1:{args.serve}: {exc.strerror}",
                file=sys.stderr,
            )
            return EXIT_USAGE
        port = server.server_address[1]
        print(f"serving {out} at http://127.0.0.1:{port}/ (reloads itself after each build)")
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
            if changes and rebuild(corpus, out, writers):
                builds.bump()
    except KeyboardInterrupt:
        pass
    finally:
        if server is not None:
            server.shutdown()
    return 0
