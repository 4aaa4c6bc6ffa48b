"""Progress of a build: a bar per stage on a terminal (rich); nothing when stderr is not one.

The pipeline names each stage (``enter``) and, where it can count its work (files
read, cards stamped, outputs written), reports how far it got (``update``). On a
terminal each stage gets a line with a bar, ``done/total`` and the time spent; the
lines vanish when the build ends. With ``verbose`` every stage's time is printed
(also when piped). rich is imported only when there is a terminal to draw on.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Stages:
    """The stages of one build, shown as rich progress bars while it runs."""

    def __init__(
        self, enabled: bool = True, verbose: bool = False, stream: TextIO | None = None
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.interactive = enabled and _is_terminal(self.stream)
        self.verbose = verbose
        self._progress = None  # rich.progress.Progress while shown
        self._task = None
        self._stage: str | None = None
        self._started = 0.0
        self.timings: list[tuple[str, float]] = []

    def __enter__(self) -> Stages:
        if self.interactive:
            self._progress = _rich_progress(self.stream)
            self._progress.start()
        return self

    def enter(self, stage: str, total: int | None = None) -> None:
        """Start ``stage`` (the previous one is done); ``total`` when its work is countable."""
        self._finish_stage()
        self._stage, self._started = stage, time.perf_counter()
        if self._progress is not None:
            self._task = self._progress.add_task(stage, total=total, counted=total is not None)

    def update(self, done: int, total: int | None = None) -> None:
        """``done`` units of the current stage's work are finished (of ``total``)."""
        if self._progress is not None and self._task is not None:
            if total is not None:
                self._progress.update(self._task, completed=done, total=total, counted=True)
            else:
                self._progress.update(self._task, completed=done)

    def __call__(self, stage: str, total: int | None = None) -> None:
        self.enter(stage, total)

    def _finish_stage(self) -> None:
        if self._stage is None:
            return
        took = time.perf_counter() - self._started
        self.timings.append((self._stage, took))
        if self._progress is not None and self._task is not None:
            task = next(t for t in self._progress.tasks if t.id == self._task)
            if task.total is None:
                self._progress.update(self._task, total=1, completed=1)
            else:
                self._progress.update(self._task, completed=task.total)
            self._progress.stop_task(self._task)
        if self.verbose:
            self._print(f"cheatdeck: {self._stage} took {took:.2f} s")
        self._stage = None

    def say(self, line: str) -> None:
        """Print ``line`` now, above the bars (a warning that cannot wait for the end)."""
        self._print(f"cheatdeck: {line}")

    def _print(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(line, highlight=False, markup=False)
        else:
            print(line, file=self.stream)

    def stop(self) -> None:
        """Remove the bars (before printing an error, or at the end)."""
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
            self._task = None

    def __exit__(self, *exc) -> None:
        self._finish_stage()
        self.stop()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _rich_progress(stream: TextIO):
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.text import Text

    class CountColumn(ProgressColumn):
        """done/total for a stage that counts its work; blank for one that cannot."""

        def render(self, task) -> Text:
            if not task.fields.get("counted") or task.total is None:
                return Text("")
            width = len(str(int(task.total)))
            count = f"{int(task.completed):>{width}}/{int(task.total)}"
            return Text(count, style="progress.download")

    return Progress(
        SpinnerColumn(finished_text="[green]✓[/]"),
        TextColumn("cheatdeck: {task.description:<10}"),
        BarColumn(bar_width=30),
        CountColumn(),
        TimeElapsedColumn(),
        console=Console(file=stream),
        transient=True,
        refresh_per_second=8,
    )
