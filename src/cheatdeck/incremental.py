"""Skip a build whose inputs did not change; reuse the renderings of the last build.

After a successful build, ``OUT/.cheatdeck-manifest.json`` records a fingerprint of
every input and the size and mtime of every output. A later build with the same
fingerprint whose outputs are still as written does nothing at all (not even load
the corpus). This module imports only the standard library, to keep that path fast.

The manifest's first line is that record; its second line keeps every Markdown and
code rendering of the build (``text.RENDERED``, ``highlight.RENDERED``), under a key
of the renderer's code and library versions. A build that is not skipped starts from
them, so after editing one card only that card's fields are parsed and highlighted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

MANIFEST = ".cheatdeck-manifest.json"


def _walk(folder: str, rel: str, h) -> None:
    """Hash every file below ``folder`` as os.walk would visit them (files, then folders)."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError:
        return
    folders = []
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            is_folder = entry.is_dir()
        except OSError:
            is_folder = False
        if is_folder:
            # os.walk lists a linked folder but does not go into it; the loader neither
            if name != "__pycache__" and not entry.is_symlink():
                folders.append(entry)
            continue
        h.update((rel + name).encode() + b"\0")
        try:
            with open(entry.path, "rb") as handle:  # a megabyte at a time: a 100k lock is 60 MB
                while block := handle.read(1 << 20):
                    h.update(block)
        except OSError:
            h.update(b"<unreadable>")
        h.update(b"\0")
    for entry in folders:
        _walk(entry.path, rel + entry.name + "/", h)


def fingerprint(corpus_dir: Path, templates: Path, settings: dict) -> str:
    """A hash of everything a build reads."""
    h = hashlib.sha256()
    h.update(json.dumps(settings, sort_keys=True, default=str).encode())
    h.update(dt.date.today().isoformat().encode())  # stale warnings depend on the date
    h.update(os.environ.get("SOURCE_DATE_EPOCH", "").encode())
    for root in (corpus_dir, templates):
        h.update(b"\1" + str(root.name).encode())
        if root.is_dir():
            _walk(str(root), "", h)
    return h.hexdigest()


def _stat(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    if path.is_dir():
        total = 0
        newest = st.st_mtime_ns
        for child in sorted(path.rglob("*")):
            cst = child.stat()
            total += cst.st_size
            newest = max(newest, cst.st_mtime_ns)
        return [total, newest]
    return [st.st_size, st.st_mtime_ns]


def up_to_date(out_dir: Path, print_: str) -> dict | None:
    """The stored manifest when nothing changed since it was written, else None."""
    try:
        with open(out_dir / MANIFEST, encoding="utf-8") as handle:
            data = json.loads(handle.readline())  # the renderings below are not needed
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    if data.get("fingerprint") != print_ or not data.get("outputs"):
        return None
    for name, stat in data["outputs"].items():
        if _stat(out_dir / name) != stat:
            return None
    return data


def manifest(out_dir: Path, print_: str, names: list[str], report: str) -> Iterator[str]:
    """The manifest to store after a build (outputs must already be written), in pieces:
    the record on the first line, this run's renderings on the second."""
    outputs = {name: _stat(out_dir / name) for name in names}
    data = {"fingerprint": print_, "outputs": outputs, "report": report}
    yield json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
    yield from _renderings()
    yield "\n"


# ------------------------------------------------------------------ renderings


def renderer_key() -> str:
    """What the renderings depend on: our rendering code and the libraries' versions."""
    from importlib.metadata import PackageNotFoundError, version

    from . import __version__, highlight, text

    h = hashlib.sha256(__version__.encode())
    for module in (text, highlight):
        h.update(Path(module.__file__).read_bytes())
    for package in ("markdown-it-py", "pygments"):
        try:
            h.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:  # pragma: no cover - both are dependencies
            h.update(package.encode())
    return h.hexdigest()


def _renderings() -> Iterator[str]:
    """``{"key":…,"inline":{source: html, …},"code":[[source, lang, html], …]}``, an
    entry at a time (25 MB of JSON at 100k cards, never held whole)."""
    from . import highlight, text

    dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    yield '{"key":' + dump(renderer_key()) + ',"inline":{'
    for index, (source, rendered) in enumerate(text.RENDERED.items()):
        yield ("," if index else "") + dump(source) + ":" + dump(rendered)
    yield '},"code":['
    for index, ((source, lang), rendered) in enumerate(highlight.RENDERED.items()):
        yield ("," if index else "") + dump([source, lang, rendered])
    yield "]}"


def reuse_renderings(out_dir: Path) -> int:
    """Start this run from the renderings stored by the last build into ``out_dir``;
    returns how many were taken (none when the renderer changed since).

    What earlier runs of this process rendered is dropped, so the manifest keeps the
    renderings of this build's corpus only."""
    from . import highlight, text

    for store in (text.RENDERED, text.EARLIER, highlight.RENDERED, highlight.EARLIER):
        store.clear()
    try:
        with open(Path(out_dir) / MANIFEST, encoding="utf-8") as handle:
            handle.readline()
            data = json.loads(handle.readline() or "{}")
    except (OSError, ValueError):
        return 0
    if not isinstance(data, dict) or data.get("key") != renderer_key():
        return 0
    inline, code = data.get("inline"), data.get("code")
    if not isinstance(inline, dict) or not isinstance(code, list):
        return 0
    text.EARLIER.update(
        (source, rendered)
        for source, rendered in inline.items()
        if isinstance(source, str) and isinstance(rendered, str)
    )
    highlight.EARLIER.update(
        ((entry[0], entry[1]), entry[2])
        for entry in code
        if isinstance(entry, list)
        and len(entry) == 3
        and isinstance(entry[0], str)
        and (entry[1] is None or isinstance(entry[1], str))
        and isinstance(entry[2], str)
    )
    return len(inline) + len(code)
