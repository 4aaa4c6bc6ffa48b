"""The only module that writes files: every output whole or not at all.

Each file is written to a temporary name inside its destination folder and renamed
over the target, so a reader never sees half a file; a folder output is built
beside its target and swapped in. A file whose bytes are unchanged is not touched,
so an unchanged build keeps every mtime.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def write_file(path: Path, data: bytes) -> bool:
    """Atomically write ``data`` to ``path``; False when it already held exactly that."""
    path = Path(path)
    try:
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _same_folder(path: Path, files: dict[str, bytes]) -> bool:
    if not path.is_dir():
        return False
    existing = {p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file()}
    if existing != set(files):
        return False
    return all((path / name).read_bytes() == data for name, data in files.items())


def write_folder(path: Path, files: dict[str, bytes]) -> bool:
    """Atomically replace the folder ``path`` with ``files`` (relative name -> bytes)."""
    path = Path(path)
    if _same_folder(path, files):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    os.chmod(tmp, 0o755)  # mkdtemp makes it private; an output folder is not
    try:
        for name, data in sorted(files.items()):
            target = tmp / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            os.chmod(target, 0o644)
        old = None
        if path.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent))
            os.replace(path, old / "x")
        os.replace(tmp, path)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return True


def write_outputs(out_dir: Path, outputs: dict[str, bytes | dict[str, bytes]]) -> list[str]:
    """Write every rendered output into ``out_dir``; returns the names that changed."""
    changed = []
    for name, data in outputs.items():
        target = Path(out_dir) / name
        wrote = write_folder(target, data) if isinstance(data, dict) else write_file(target, data)
        if wrote:
            changed.append(name)
    return changed


def save_cache(folder: Path, files: dict[str, bytes], stale: list[str]) -> None:
    """Store new cache entries (``files``: relative name -> bytes) and remove ``stale``.

    The cache only saves time: a folder that cannot be written is left as it is.
    """
    try:
        for name, data in files.items():
            write_file(Path(folder) / name, data)
        for name in stale:
            (Path(folder) / name).unlink(missing_ok=True)
    except OSError:
        pass
