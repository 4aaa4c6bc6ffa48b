"""Progress on a terminal: one line per build stage; silent when stderr is not a terminal."""

from __future__ import annotations

import sys
import time


class Stages:
    """Shows the current stage with a spinner (rich) while a build runs."""

    def __init__(self, enabled: bool = True, verbose: bool = False) -> None:
        self.interactive = enabled and sys.stderr.isatty()
        self.verbose = verbose
        self._status = None
        self._stage = None
        self._started = 0.0

    def __enter__(self) -> Stages:
        if self.interactive:
            from rich.console import Console

            self._status = Console(stderr=True).status("starting")
            self._status.start()
        return self

    def enter(self, stage: str) -> None:
        self._finish_stage()
        self._stage, self._started = stage, time.perf_counter()
        if self._status is not None:
            self._status.update(f"cheatdeck: {stage}")

    def _finish_stage(self) -> None:
        if self.verbose and self._stage is not None:
            took = time.perf_counter() - self._started
            print(f"cheatdeck: {self._stage} took {took:.2f} s", file=sys.stderr)

    def stop(self) -> None:
        if self._status is not None:
            self._status.stop()
            self._status = None

    def __exit__(self, *exc) -> None:
        self._finish_stage()
        self.stop()
