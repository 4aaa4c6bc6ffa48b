"""Skip a build whose inputs did not change: corpus files, templates, options, version, date.

After a successful build, ``OUT/.cheatdeck-manifest.json`` records a fingerprint of
every input and the size and mtime of every output. A later build with the same
fingerprint whose outputs are still as written does nothing at all (not even load
the corpus). This module imports only the standard library, to keep that path fast.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

MANIFEST = ".cheatdeck-manifest.json"


def _walk(root: Path, h) -> None:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__")
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            h.update(path.relative_to(root).as_posix().encode() + b"\0")
            try:
                h.update(path.read_bytes())
            except OSError:
                h.update(b"<unreadable>")
            h.update(b"\0")


def fingerprint(corpus_dir: Path, templates: Path, settings: dict) -> str:
    """A hash of everything a build reads."""
    h = hashlib.sha256()
    h.update(json.dumps(settings, sort_keys=True, default=str).encode())
    h.update(dt.date.today().isoformat().encode())  # stale warnings depend on the date
    h.update(os.environ.get("SOURCE_DATE_EPOCH", "").encode())
    for root in (corpus_dir, templates):
        h.update(b"\1" + str(root.name).encode())
        if root.is_dir():
            _walk(root, h)
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
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("fingerprint") != print_ or not data.get("outputs"):
        return None
    for name, stat in data["outputs"].items():
        if _stat(out_dir / name) != stat:
            return None
    return data


def manifest(out_dir: Path, print_: str, names: list[str], report: str) -> bytes:
    """The manifest to store after a build (outputs must already be written)."""
    outputs = {name: _stat(out_dir / name) for name in names}
    data = {"fingerprint": print_, "outputs": outputs, "report": report}
    return json.dumps(data, sort_keys=True, indent=1).encode()
