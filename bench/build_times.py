"""Time cold builds of one corpus from outside, trees interleaved, with a bare baseline.

Each round runs a bare ``python -c pass`` and then, for each source tree given, one
cold build (the corpus's lock and the output folder removed first) under
``/usr/bin/time``; the table shows per command the median and range of wall, user and
system seconds and the peak resident size over the rounds. Python's bytecode cache is
left on (``PYTHONDONTWRITEBYTECODE`` unset), as an installed cheatdeck runs.

    python bench/synth.py /tmp/c10k --cards 10000
    python bench/build_times.py /tmp/c10k --tree before=/tmp/old/src --tree after=src --runs 5
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

TIME = "/usr/bin/time"


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, float, int]:
    """(wall s, user s, system s, peak KB) of one run of ``command``; exits on failure."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        done = subprocess.run(
            [TIME, "-f", "%e %U %S %M", "-o", out.name, *command],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        if done.returncode != 0:
            sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
        wall, user, system, peak = out.read().split()[-4:]
    return float(wall), float(user), float(system), int(peak)


def summary(runs: list[tuple[float, float, float, int]]) -> str:
    def column(index: int) -> str:
        values = [run[index] for run in runs]
        return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"

    peak_mb = max(run[3] for run in runs) // 1024
    return f"wall {column(0)}  user {column(1)}  sys {column(2)}  peak {peak_mb} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument(
        "--tree", action="append", required=True, metavar="NAME=SRC", help="a cheatdeck src folder"
    )
    parser.add_argument("--formats", default="apkg,md,html")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "build-times")
    args = parser.parse_args()

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    trees = dict(tree.split("=", 1) for tree in args.tree)
    results: dict[str, list] = {"python -c pass": [], **{name: [] for name in trees}}
    for _ in range(args.runs):
        results["python -c pass"].append(timed([sys.executable, "-c", "pass"], env))
        for name, src in trees.items():
            (args.corpus / "cheatdeck.lock").unlink(missing_ok=True)
            shutil.rmtree(args.out, ignore_errors=True)
            command = [sys.executable, "-m", "cheatdeck", "build", str(args.corpus)]
            command += ["-o", str(args.out), "-f", args.formats, "-q"]
            results[name].append(timed(command, {**env, "PYTHONPATH": str(Path(src).resolve())}))
    for name, runs in results.items():
        print(f"{name:16} {summary(runs)}")


if __name__ == "__main__":
    main()
