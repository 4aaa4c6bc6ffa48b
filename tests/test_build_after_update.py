"""A cheatdeck updated in place (``git pull`` of this repository, the version still
"0.1.0") builds an unchanged corpus again: its outputs were kept as the old writers
had made them ("unchanged (inputs are the same as at the last build)")."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import cheatdeck

CORPUS = "name: tides\ntitle: Tides\ndeck: Tides\n"
TOPIC = """\
title: Basics
deck: Basics
cards:
  - id: spring-tide
    kind: qa
    question: When do spring tides happen?
    answer: At new and full moon
"""


def build(package_root: Path, corpus: Path, out: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    command = [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(out)]
    result = subprocess.run(
        [*command, "-f", "md"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def test_an_updated_cheatdeck_builds_an_unchanged_corpus_again(tmp_path):
    package_root = tmp_path / "installed"
    shutil.copytree(
        Path(cheatdeck.__file__).parent,
        package_root / "cheatdeck",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(CORPUS, "utf-8")
    (corpus / "basics.yaml").write_text(TOPIC, "utf-8")
    out = tmp_path / "out"
    build(package_root, corpus, out)
    kept = "inputs are the same as at the last build"
    assert kept in build(package_root, corpus, out)  # nothing changed: kept
    writer = package_root / "cheatdeck" / "writers" / "sheet" / "markdown.py"
    writer.write_text(writer.read_text("utf-8") + "\n# changed by an update\n", "utf-8")
    again = build(package_root, corpus, out)
    assert kept not in again, again  # built again (its bytes the same: "unchanged")
    assert (out / "tides.md").read_text("utf-8").count("At new and full moon") == 1
