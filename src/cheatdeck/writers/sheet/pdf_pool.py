"""The processes that lay out the sheet's groups: spawned early, fed through pipes.

Spawned, not forked: they start clean (no copy of the corpus) and import only the
layout code and WeasyPrint. A build that makes a PDF starts them before it loads the
corpus (``warm``), so WeasyPrint's import (0.5 s) happens beside the load and the
checks instead of before the first layout. Nothing here starts a thread: the build
forks its checking process after the pool exists. A job crosses as the path of its
pickled ``Job`` in a private temporary folder and a piece comes back the same way, so
no message is large enough to block either side of a pipe.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sys
import tempfile
import types
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ...forked import picklable
from .. import OutputError
from . import pdf_piece
from .pdf_piece import Job, Piece

WORKERS = 2  # processes laying out groups at once
DIED = "a PDF worker process died (out of memory?)"


class Pool:
    """``workers`` spawned layout processes; jobs are shared out largest first."""

    def __init__(self, workers: int = WORKERS) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self.folder = Path(tempfile.mkdtemp(prefix="cheatdeck-pdf-"))
        self._processes = []
        self._pipes = []
        self._load: list[int] = []
        self._owner: dict[int, int] = {}  # job index -> worker
        self._done: dict[int, Piece] = {}
        self._closed = False
        with _main_hidden():
            for _ in range(max(1, workers)):
                ours, theirs = context.Pipe()
                process = context.Process(target=_serve, args=(theirs,), daemon=True)
                process.start()
                theirs.close()
                self._processes.append(process)
                self._pipes.append(ours)
                self._load.append(0)

    @property
    def size(self) -> int:
        return len(self._processes)

    def submit(self, jobs: dict[int, Job]) -> None:
        """Send ``jobs`` (index -> job), the largest first to the least loaded worker."""
        for index in sorted(jobs, key=lambda i: -len(jobs[i].html)):
            job = jobs[index]
            path = self.folder / f"{index}.job"
            path.write_bytes(pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL))
            worker = min(range(self.size), key=self._load.__getitem__)
            self._load[worker] += len(job.html)
            self._owner[index] = worker
            try:
                self._pipes[worker].send(("job", index, str(path)))
            except OSError as exc:
                raise OutputError(DIED) from exc

    def results(self, indexes: Sequence[int]) -> list[Piece]:
        """The pieces of the jobs ``indexes`` (submitted before), in that order."""
        from multiprocessing.connection import wait

        waiting = {i for i in indexes if i not in self._done}
        while waiting:
            busy = {self._owner[i] for i in waiting}
            for pipe in wait([self._pipes[w] for w in busy]):
                try:
                    kind, index, value = pipe.recv()
                except (EOFError, OSError) as exc:
                    raise OutputError(DIED) from exc
                if kind == "failed":
                    raise value
                self._done[index] = pickle.loads(Path(value).read_bytes())
                waiting.discard(index)
        return [self._done.pop(i) for i in indexes]

    def close(self, wait: bool = True) -> None:
        """Stop the workers and remove the folder. ``wait``: let idle workers end on
        their own (briefly); else, or when they are busy, they are terminated."""
        if self._closed:
            return
        self._closed = True
        for pipe in self._pipes:
            try:
                pipe.send(None)
            except OSError:
                pass
            pipe.close()
        for process in self._processes:
            process.join(timeout=0.5 if wait else 0)
            if process.is_alive():
                process.terminate()
                process.join()
        shutil.rmtree(self.folder, ignore_errors=True)


def _serve(pipe) -> None:
    """A worker: import the layout code at once, then lay out each job it is sent."""
    try:
        pdf_piece.weasyprint()  # the import the pool is started early for
    except Exception:  # noqa: BLE001 - a missing Pango: each job reports it
        pass
    while True:
        try:
            message = pipe.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        _kind, index, path = message
        try:
            job = pickle.loads(Path(path).read_bytes())
            piece = pdf_piece.render(job)
            out = Path(path).with_suffix(".piece")
            out.write_bytes(pickle.dumps(piece, protocol=pickle.HIGHEST_PROTOCOL))
            pipe.send(("done", index, str(out)))
        except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
            pipe.send(("failed", index, picklable(exc)))


@contextmanager
def _main_hidden() -> Iterator[None]:
    """The program's main module hidden from processes spawned in the block.

    A spawned child imports the parent's ``__main__`` by path (unless it is a
    package's ``__main__``): a script without an ``if __name__ == "__main__"`` guard
    would run again inside each worker. The workers need nothing from it.
    """
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


def worker_count() -> int:
    return max(1, min(WORKERS, os.cpu_count() or 1))


def start_pool(workers: int) -> Pool | None:
    """A pool of ``workers`` processes, or None where no process can be started (a
    sandbox): the caller then lays its groups out itself."""
    try:
        return Pool(workers)
    except (OSError, RuntimeError, ValueError):
        return None
