"""Where one ``cheatdeck check`` spends its time: imports, loading, each check, the collector.

Runs the stages of ``pipeline.check`` in this process, as ``check`` runs them, and
prints wall and CPU seconds
of each, and how often the collector ran and for how long. One run is one process:
run it a few times, beside a bare ``python -c pass``, on a machine that is otherwise
quiet, and read the spread.

    python bench/synth.py /tmp/sp10k --cards 10000
    python bench/check_stages.py /tmp/sp10k
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

_collections = [0, 0.0]  # count, seconds
_started = [0.0]


def _count_collections(phase: str, info: dict) -> None:
    if phase == "start":
        _started[0] = time.perf_counter()
    else:
        _collections[0] += 1
        _collections[1] += time.perf_counter() - _started[0]


def _stage(name: str, work):
    """``work()`` timed: prints its wall and CPU seconds and the collector's share."""
    before = list(_collections)
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    runs, spent = _collections[0] - before[0], _collections[1] - before[1]
    print(
        f"{name:28s} {wall:6.3f} s wall {cpu:6.3f} s CPU   collector: {runs:4d} runs {spent:.3f} s"
    )
    return result


def main(corpus: Path) -> None:
    gc.callbacks.append(_count_collections)
    started = time.perf_counter()

    def imports():
        import datetime as dt

        from cheatdeck import pipeline
        from cheatdeck.checks import CheckContext, all_checks
        from cheatdeck.lock import Lock

        return dt, pipeline, CheckContext, all_checks(), Lock

    dt, pipeline, CheckContext, checks, Lock = _stage("imports", imports)
    outcome, retired = _stage("loading", lambda: pipeline._load(corpus, pipeline._Tracker(None)))
    if outcome.corpus is None:
        sys.exit(f"{corpus}: the corpus has errors; this script times a clean corpus")
    lock = _stage("reading the lock", lambda: Lock.read(corpus))
    ctx = CheckContext(
        corpus=outcome.corpus, lock=lock, today=dt.date.today(), retired_locs=retired
    )
    for check in checks:
        _stage(check.__name__, lambda check=check: list(check(ctx)))
    print(f"{'all (after start-up)':28s} {time.perf_counter() - started:6.3f} s wall")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
