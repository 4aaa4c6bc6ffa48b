"""The only module that writes a build's files: the outputs and the lock change as one step.

``publish`` first stages every changed output beside its target (a temporary file or
folder, written and synced) and the new lock beside the lock. Then it writes a
journal, ``OUT/.cheatdeck-commit.json``, naming every staged file and its target:
from that moment the new set is decided. Then it renames each staged file over its
target and removes the journal. A build stopped before the journal (killed, a full
disk, a read-only corpus folder) has replaced nothing, and the next build removes its
staged files; a build stopped after it is finished by the next run (``recover``),
which makes the same renames. A file whose bytes are unchanged is not touched, so an
unchanged build keeps every mtime. ``held`` keeps two builds of one corpus, or into
one OUT, from running at once.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from . import incremental

JOURNAL = ".cheatdeck-commit.json"
STAGED = ".cheatdeck-staged."  # prefix of a staged output
OLD = ".cheatdeck-old."  # prefix of a replaced folder, until it is removed
#: Temporary names of cheatdeck 0.1 (``.NAME.RANDOM.tmp`` / ``.old``) and its PDF piece
#: cache, removed too.
_OLD_STYLE = re.compile(r"^(\..+\.[a-z0-9_]{8}\.(tmp|old)|\.cheatdeck-cache)$")
_OLD_LOCK = re.compile(r"^\.cheatdeck\.lock\.[a-z0-9_]{8}\.tmp$")
#: How long a second build waits for the first one before giving up.
WAIT_SECONDS = 5.0


class Busy(OSError):
    """Another build holds the corpus or OUT."""


class InTheWay(OSError):
    """A file or folder that no build wrote sits where an output goes: it is not replaced."""

    def __str__(self) -> str:
        import shlex

        path = Path(self.filename)
        if path.is_absolute() and path.is_relative_to(Path.cwd()):
            path = path.relative_to(Path.cwd())  # as messages name files
        what = "folder" if path.is_dir() and not path.is_symlink() else "file"
        shown = shlex.quote(str(path))
        return (
            f"{path}: a {what} cheatdeck did not write is where this build's output goes; "
            f"nothing was written. Move it away (mv {shown} {shown}.bak) or build into "
            "another folder (-o DIR)"
        )


@contextmanager
def held(*folders: Path, wait: float | None = None) -> Iterator[None]:
    """One build at a time in each of ``folders`` (the corpus, OUT): a file lock for each,
    held for the whole build. Another build waits ``wait`` seconds, then gets ``Busy``.

    The lock files live in the system's temporary folder, named by a hash of each
    folder's path, so that neither the corpus nor OUT gets a file of cheatdeck's own."""
    from filelock import FileLock, Timeout

    wait = WAIT_SECONDS if wait is None else wait
    with ExitStack() as stack:
        named = {Path(folder).resolve(): Path(folder) for folder in reversed(folders)}
        for folder in dict.fromkeys(named[Path(f).resolve()] for f in folders):  # each once
            lock = FileLock(str(build_lock(folder)), timeout=wait, mode=0o666)
            try:
                stack.enter_context(lock)
            except Timeout:
                raise Busy(
                    f"another cheatdeck build is using {folder} (waited {wait:g} s); "
                    "run this one when it has finished"
                ) from None
        yield


def build_lock(folder: Path) -> Path:
    """The lock file that stands for ``folder`` (the same for every way of naming it)."""
    name = hashlib.sha256(os.fsencode(Path(folder).resolve())).hexdigest()[:24]
    return Path(tempfile.gettempdir()) / f"cheatdeck-{name}.lock"


def write_file(path: Path, data: bytes) -> bool:
    """Atomically write ``data`` to ``path``; False when it already held exactly that."""
    path = Path(path)
    if _same_file(path, data):
        return False
    staged = _stage_file(path, data)
    try:
        os.replace(staged, path)
    except BaseException:
        _remove(staged)
        raise
    return True


def publish(
    out_dir: Path,
    outputs: dict[str, bytes | dict[str, bytes]],
    lock_path: Path,
    lock_text: str,
) -> list[str]:
    """Put every output (file name -> bytes, or a folder's relative names -> bytes) into
    ``out_dir`` and ``lock_text`` at ``lock_path``, as one step; returns the outputs that
    changed. Nothing is replaced unless everything could be staged."""
    out_dir, lock_path = Path(out_dir), Path(lock_path)
    made = _missing_folders(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    recover(out_dir, lock_path.parent)
    renames: list[tuple[Path, Path]] = []
    changed: list[str] = []
    owned = incremental.owned_outputs(out_dir)
    try:
        if lock_path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "the lock is a folder", str(lock_path))
        lock_data = lock_text.encode("utf-8")
        if not _same_file(lock_path, lock_data):  # first: a read-only corpus stops us here
            renames.append((_stage_file(lock_path, lock_data), lock_path))
        for name, data in outputs.items():
            target = out_dir / name
            if isinstance(data, dict):
                if _same_folder(target, data):
                    continue
                _refuse_foreign(target, owned)
                renames.append((_stage_folder(target, data), target))
            else:
                if _same_file(target, data):
                    continue
                _refuse_foreign(target, owned)
                if target.is_dir() and not target.is_symlink():
                    raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
                renames.append((_stage_file(target, data), target))
            changed.append(name)
        with _uninterrupted():  # Ctrl-C waits until the new set is in place
            if renames:
                _write_journal(out_dir, renames)
            _finish(out_dir, renames)
    except BaseException:
        if not (out_dir / JOURNAL).exists():
            for staged, _target in renames:
                _remove(staged)
            _remove_empty(made)  # OUT as it was: not even an empty folder of ours
        raise
    return changed


def _missing_folders(folder: Path) -> list[Path]:
    """``folder`` and those of its parents that do not exist yet, innermost first."""
    missing = []
    while not os.path.lexists(folder) and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    return missing


def _remove_empty(folders: list[Path]) -> None:
    """Remove each of ``folders`` (innermost first) that is still empty."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def _refuse_foreign(target: Path, owned: set[str]) -> None:
    """Stop before ``target`` is replaced when something is there that no build into its
    folder wrote (the user's own notes, another tool's file): nothing is lost."""
    if target.name not in owned and os.path.lexists(target):
        raise InTheWay(errno.EEXIST, "not written by cheatdeck", str(target))


@contextmanager
def _uninterrupted() -> Iterator[None]:
    """SIGINT held back for the block (in the main thread, where signals can be masked)."""
    import signal
    import threading

    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not (
        threading.main_thread()
    ):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def recover(out_dir: Path, *others: Path) -> None:
    """Finish what a stopped build decided (its journal), then remove what it staged."""
    out_dir = Path(out_dir)
    journal = out_dir / JOURNAL
    renames = _read_journal(journal)
    folders = {Path(folder).resolve() for folder in (out_dir, *others)}
    if renames is not None and all(target.parent in folders for _staged, target in renames):
        _finish(out_dir, renames)  # only into OUT and the corpus folder: OUT is not trusted
    journal.unlink(missing_ok=True)
    _remove_leftovers(out_dir)
    for folder in others:  # the corpus: only what cheatdeck itself names there
        _remove_leftovers(Path(folder), pattern=_OLD_LOCK)


def _finish(out_dir: Path, renames: list[tuple[Path, Path]]) -> None:
    """Rename every staged file that is still there over its target; drop the journal."""
    for staged, target in renames:
        if not os.path.lexists(staged):
            continue  # renamed already, before the build was stopped
        if target.is_dir() and not target.is_symlink():
            aside = Path(tempfile.mkdtemp(prefix=OLD + target.name + ".", dir=target.parent))
            os.replace(target, aside / "x")
        os.replace(staged, target)
    _sync_folder(out_dir)
    # Before the journal goes: a build stopped here is finished by the next run, claim too.
    folder = out_dir.resolve()
    incremental.claim(out_dir, [t.name for _s, t in renames if t.resolve().parent == folder])
    (out_dir / JOURNAL).unlink(missing_ok=True)
    _remove_leftovers(out_dir, staged_too=False)


def _write_journal(out_dir: Path, renames: list[tuple[Path, Path]]) -> None:
    text = json.dumps([[str(s.resolve()), str(t.resolve())] for s, t in renames])
    staged = _stage_file(out_dir / JOURNAL, text.encode("utf-8"))
    os.replace(staged, out_dir / JOURNAL)
    _sync_folder(out_dir)


def _read_journal(journal: Path) -> list[tuple[Path, Path]] | None:
    """The renames a journal names, or None (none, or not one cheatdeck wrote whole)."""
    try:
        pairs = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # OUT is not trusted: any bytes
        return None
    if not isinstance(pairs, list):
        return None
    renames = []
    for pair in pairs:
        if not (isinstance(pair, list) and len(pair) == 2):
            return None
        if not all(isinstance(part, str) for part in pair):
            return None
        staged, target = Path(pair[0]), Path(pair[1])
        # only our own staged names, beside their targets
        if staged.parent != target.parent or not staged.name.startswith(STAGED):
            return None
        renames.append((staged, target))
    return renames


def _remove_leftovers(
    folder: Path, staged_too: bool = True, pattern: re.Pattern = _OLD_STYLE
) -> None:
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name.startswith(OLD) or (
            staged_too and (name.startswith(STAGED) or pattern.match(name))
        ):
            _remove(folder / name)


def _remove(path: Path) -> None:
    path = Path(path)
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _stage_file(target: Path, data: bytes) -> Path:
    """``data`` written and synced to a new file beside ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=STAGED + target.name + ".", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            _write_bytes(handle, data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(name, 0o644)
    except BaseException:
        _remove(Path(name))
        raise
    return Path(name)


def _write_bytes(handle, data: bytes) -> None:
    """Every write of a build's bytes goes through here (a test makes it fail: ENOSPC)."""
    handle.write(data)


def create_folder(target: Path, files: dict[str, bytes]) -> None:
    """A new folder ``target`` holding ``files`` (relative name -> bytes), whole or not at
    all: staged beside it, then renamed into place (an empty ``target`` is replaced)."""
    staged = _stage_folder(target, files)
    try:
        if target.is_dir():
            target.rmdir()  # empty: a folder with files in it is refused by rmdir
        staged.rename(target)
    except BaseException:
        _remove(staged)
        raise


def _stage_folder(target: Path, files: dict[str, bytes]) -> Path:
    """A new folder beside ``target`` holding ``files`` (relative name -> bytes)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=STAGED + target.name + ".", dir=target.parent))
    try:
        os.chmod(folder, 0o755)  # mkdtemp makes it private; an output folder is not
        for name, data in sorted(files.items()):
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "wb") as handle:
                _write_bytes(handle, data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(path, 0o644)
    except BaseException:
        _remove(folder)
        raise
    return folder


def _same_file(path: Path, data: bytes) -> bool:
    try:
        if not path.is_file() or path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _same_folder(path: Path, files: dict[str, bytes]) -> bool:
    if not path.is_dir() or path.is_symlink():
        return False
    existing = {p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file()}
    if existing != set(files):
        return False
    return all(_same_file(path / name, data) for name, data in files.items())


def _sync_folder(folder: Path) -> None:
    """The folder's entries (renames) on disk, where the system can sync a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
