"""Time the AWS PDF: a cold build, and a rebuild after one word of one card changed.

Each run is ``python -m cheatdeck build`` in a fresh process (start-up included), timed
from outside: wall seconds, and the CPU seconds (user + system) of the child, which vary
less on a shared machine. Several source trees can be compared in one interleaved run
(``--tree``: a checkout's root, e.g. one made with ``git archive``); each round runs every
tree once, one after the other.

    python bench/pdf_speed.py                        # this tree, 3 rounds
    python bench/pdf_speed.py --tree /tmp/old --tree . --rounds 3

Measures, per tree and round:
  cold      ``build CORPUS -o EMPTY -f pdf``
  one-edit  the corpus built into OUT with ``-f apkg,pdf,html,md``, then one word of one
            card changed, then timed: ``build CORPUS -o OUT -f apkg,pdf,html,md``
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EDIT_FILE = "01-setup.yaml"
EDIT_FROM, EDIT_TO = "Install the AWS CLI on macOS", "Install the AWS command line on macOS"
FORMATS = "apkg,pdf,html,md"


def run(tree: Path, args: list[str]) -> tuple[float, float]:
    """``python -m cheatdeck ARGS`` with ``tree``'s sources: (wall s, CPU s of the child)."""
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as an installed package runs
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "cheatdeck", *args], env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{tree}: {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def one_round(tree: Path, corpus: Path, work: Path) -> dict[str, tuple[float, float]]:
    cards = work / "cards"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(corpus, cards)
    times = {"cold": run(tree, ["build", str(cards), "-o", str(work / "cold"), "-f", "pdf"])}
    out = work / "out"
    run(tree, ["build", str(cards), "-o", str(out), "-f", FORMATS])
    topic = cards / EDIT_FILE
    text = topic.read_text(encoding="utf-8")
    assert EDIT_FROM in text, f"{EDIT_FILE} no longer has the text the edit changes"
    topic.write_text(text.replace(EDIT_FROM, EDIT_TO, 1), encoding="utf-8")
    times["one-edit"] = run(tree, ["build", str(cards), "-o", str(out), "-f", FORMATS])
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", action="append", type=Path, help="a checkout's root")
    parser.add_argument("--corpus", type=Path, default=ROOT / "cards")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    trees = [tree.resolve() for tree in (args.tree or [ROOT])]
    found: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for round_number in range(1, args.rounds + 1):
            for index, tree in enumerate(trees):
                times = one_round(tree, args.corpus, Path(scratch) / str(index))
                for measure, pair in times.items():
                    found.setdefault((str(tree), measure), []).append(pair)
                    print(
                        f"round {round_number} {tree} {measure}: "
                        f"{pair[0]:.2f} s wall, {pair[1]:.2f} s CPU",
                        flush=True,
                    )
    print("\nmedians (range):")
    for (tree, measure), pairs in found.items():
        walls, cpus = [p[0] for p in pairs], [p[1] for p in pairs]
        print(
            f"{tree} {measure}: {statistics.median(walls):.2f} s wall "
            f"({min(walls):.2f}-{max(walls):.2f}), {statistics.median(cpus):.2f} s CPU "
            f"({min(cpus):.2f}-{max(cpus):.2f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
