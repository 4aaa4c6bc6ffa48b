"""A change ringer's corpus (probe187): what a newcomer's sheet showed.

- the PDF's page number stays on one line beside a long title at the foot of the page
  (an A5 portrait sheet printed "page" over "1 / 1").
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import run_cli, write_corpus

HANDLING = """\
deck: Handling
title: Bell handling
cards:
  - id: sally
    kind: concept
    term: Sally
    definition: The woolly grip woven into the rope, caught at handstroke.
  - id: treble
    kind: qa
    question: What is the treble?
    answer: The lightest and highest-pitched bell of a ring.
"""

LONG_TITLE = (
    "Change ringing on tower bells for learners, with handling, methods, calls, "
    "conducting, tower maintenance, history and the societies that look after them"
)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="apt-get install poppler-utils")
def test_the_page_number_stays_on_one_line_beside_a_long_title(tmp_path):
    # an A5 portrait sheet whose title (printed at the foot of each page) fills its
    # width: the page number kept "page" on one line and "1 / 1" under it
    corpus = "name: bells\ntitle: " + LONG_TITLE + "\ndeck: Bells\n"
    corpus += "settings:\n  paper: a5\n  orientation: portrait\n"
    cards = write_corpus(tmp_path / "cards", {"corpus.yaml": corpus, "handling.yaml": HANDLING})
    built = run_cli("build", cards, "-o", tmp_path / "out", "-f", "pdf")
    assert built.returncode == 0, built.stdout + built.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "out" / "bells.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    numbered = [line for line in text.splitlines() if "page" in line]
    assert len(numbered) == 1, text[-400:]
    assert numbered[0].rstrip().endswith("page 1 / 1"), text[-400:]
