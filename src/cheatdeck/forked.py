"""One function run in a forked process; its result (or its exception) comes back pickled.

The child shares everything the parent had made before the fork (the loaded corpus,
the stamped lock) without copying it; only the result crosses the pipe. Pickling is not
free (10k loaded cards take as long to pickle and unpickle as to load): what crosses
should be small.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable
from typing import IO, Generic, TypeVar

from . import collector

T = TypeVar("T")


class _Failure:
    """What the child sends instead of a result when its work raised."""

    def __init__(self, error: BaseException) -> None:
        self.error = picklable(error)


def picklable(exc: BaseException) -> BaseException:
    """``exc``, or a RuntimeError with its text when it cannot cross the pipe."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(repr(exc))
    return exc


def pickled(value: object) -> bytes:
    """``value`` pickled. A child returning this has done its pickling before the
    parent reads the pipe (else it would pickle as the parent reads, 64 kB at a time)."""
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def unpickled(data: bytes | IO[bytes]) -> object:
    """What ``pickled`` made (or a pipe holds). Many small objects and no cycles: the
    collector would only rescan them while they arrive (a third of the time)."""
    with collector.paused():
        return pickle.loads(data) if isinstance(data, bytes) else pickle.load(data)


class Forked(Generic[T]):
    """A forked process running ``work``; ``result()`` waits and returns what it returned."""

    def __init__(self, pid: int, reader: int) -> None:
        self._pid = pid
        self._reader = reader

    @classmethod
    def start(cls, work: Callable[[], T]) -> Forked[T]:
        sys.stdout.flush()
        sys.stderr.flush()
        reader, writer = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # a process limit: the caller does the work itself
            os.close(reader)
            os.close(writer)
            raise
        if pid == 0:  # the child: never returns
            os.close(reader)
            cls._run(work, writer)
        os.close(writer)
        return cls(pid, reader)

    @staticmethod
    def _run(work: Callable[[], T], writer: int) -> None:
        status = 0
        try:
            try:
                result: object = work()
            except BaseException as exc:  # handed to the parent, which raises it
                result = _Failure(exc)
            with os.fdopen(writer, "wb") as pipe:  # streamed: no second copy in memory
                pickle.dump(result, pipe, protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:
            status = 1
        finally:
            os._exit(status)  # no atexit handlers, no flushing of the parent's buffers

    def result(self) -> T:
        """Wait for the child; raises what it raised."""
        result = received = None
        try:
            with os.fdopen(self._reader, "rb") as pipe:  # before waiting: a full pipe blocks
                result = unpickled(pipe)
                received = True
        except (EOFError, pickle.UnpicklingError):
            pass  # the child died before it wrote it all: reported below
        finally:
            _, status = os.waitpid(self._pid, 0)
        if not received or os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"cheatdeck: the checking process failed (status {status})")
        if isinstance(result, _Failure):
            raise result.error
        return result
