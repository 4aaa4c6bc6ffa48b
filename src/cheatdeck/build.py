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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO


def write_file(path: Path, data: bytes) -> bool:
    """Atomically write ``data`` to ``path``; False when it already held exactly that."""
    return write_chunks(path, [data])


#: Text is encoded and compared in pieces of about this many bytes.
CHUNK = 1 << 20


def write_lines(path: Path, lines: Iterable[str]) -> bool:
    """``write_file`` for text made line by line: encoded (UTF-8) a megabyte at a time, so
    the whole text is never held, neither as text nor as bytes."""
    return write_chunks(path, _encoded(lines))


def _encoded(lines: Iterable[str]) -> Iterator[bytes]:
    batch: list[str] = []
    size = 0
    for line in lines:
        batch.append(line)
        size += len(line)
        if size >= CHUNK:
            yield "".join(batch).encode("utf-8")
            batch, size = [], 0
    yield "".join(batch).encode("utf-8")


def write_chunks(path: Path, chunks: Iterable[bytes]) -> bool:
    """Atomically write the concatenated ``chunks`` to ``path``; False when it already held
    exactly those bytes (then nothing is written)."""
    return commit(stage_chunks(path, chunks))


@dataclass(frozen=True)
class Staged:
    """An output written in full beside its target, waiting to replace it (``commit``)
    or to be thrown away (``discard``); ``temporary`` is None when the target already
    holds those bytes."""

    path: Path
    temporary: str | None


def stage_lines(path: Path, lines: Iterable[str]) -> Staged:
    """``stage_chunks`` for text made piece by piece (encoded a megabyte at a time)."""
    return stage_chunks(path, _encoded(lines))


def stage_chunks(path: Path, chunks: Iterable[bytes]) -> Staged:
    """The concatenated ``chunks`` written (and synced) to a temporary file beside ``path``.
    The old file is compared as the chunks come: the temporary file is begun only at the
    first difference, and none is made for the same bytes."""
    path = Path(path)
    try:
        old = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError:
        old = None
    same = 0  # bytes found equal so far
    handle = tmp = None
    try:
        for chunk in chunks:
            if handle is None and old is not None and _equal_next(old, chunk):
                same += len(chunk)
                continue
            if handle is None:
                handle, tmp = _begin(path, old, same)
            handle.write(chunk)
        if handle is None:
            if old is not None and not old.read(1):
                return Staged(path, None)  # the same bytes, to the end
            handle, tmp = _begin(path, old, same)
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        os.chmod(tmp, 0o644)
    except BaseException:
        if handle is not None:
            handle.close()
            Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        if old is not None:
            old.close()
    return Staged(path, tmp)


def commit(staged: Staged) -> bool:
    """Put a staged output in place; False when there was nothing to change."""
    if staged.temporary is None:
        return False
    try:
        os.replace(staged.temporary, staged.path)
    except BaseException:
        discard(staged)
        raise
    return True


def discard(staged: Staged) -> None:
    """Remove a staged output's temporary file (its target stays as it was)."""
    if staged.temporary is not None:
        Path(staged.temporary).unlink(missing_ok=True)


def _equal_next(old: BinaryIO, chunk: bytes) -> bool:
    """Whether ``old`` goes on with exactly ``chunk`` (read a megabyte at a time)."""
    view = memoryview(chunk)
    for start in range(0, len(chunk), CHUNK):
        part = view[start : start + CHUNK]
        if old.read(len(part)) != part:
            return False
    return True


def _begin(path: Path, old: BinaryIO | None, same: int) -> tuple[BinaryIO, str]:
    """A temporary file beside ``path`` holding the first ``same`` bytes of ``old``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    handle = os.fdopen(fd, "wb")
    try:
        if same:
            old.seek(0)
            while same:
                data = old.read(min(CHUNK, same))
                if not data:
                    raise OSError(f"{path} changed while it was compared")
                handle.write(data)
                same -= len(data)
    except BaseException:
        handle.close()
        Path(tmp).unlink(missing_ok=True)
        raise
    return handle, tmp


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


def write_outputs(
    out_dir: Path, outputs: dict[str, bytes | dict[str, bytes] | Staged]
) -> list[str]:
    """Write every rendered output into ``out_dir`` (a staged one is put in place);
    returns the names that changed. Should one fail, the staged ones left are removed."""
    changed = []
    try:
        for name, data in outputs.items():
            target = Path(out_dir) / name
            if isinstance(data, Staged):
                wrote = commit(data)
            elif isinstance(data, dict):
                wrote = write_folder(target, data)
            else:
                wrote = write_file(target, data)
            if wrote:
                changed.append(name)
    except BaseException:
        discard_all(outputs.values())
        raise
    return changed


def discard_all(outputs: Iterable[object]) -> None:
    """Remove the temporary files of the staged outputs among ``outputs``."""
    for data in outputs:
        if isinstance(data, Staged):
            discard(data)


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
