"""Where the printed sheet's lines end around inline elements (a value's unit, a code
span, a bold word): WeasyPrint 70 broke such a line at the first blank of the text
before the element instead of the last ("Max" alone on a line). Read with poppler's
``pdftotext``, the PDF reader, from a PDF that cheatdeck builds."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cheatdeck.writers.sheet.pdf import spaces_before_inline_boxes

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

CORPUS = "name: alps\ntitle: Alps\ndeck: Alps\n"
TOPIC = """deck: Altitude
title: Altitude
cards:
  - id: sleep-gain
    kind: limit
    subject: Max increase in sleeping altitude per day above 3000 m
    value: 500
    unit: m
  - id: terms
    kind: table
    title: Terms
    row_header: Term
    columns: [Meaning]
    rows:
      Cold start: [The first call after idle; initializing the environment adds 100 ms–2 s.]
      Warm start: [A call that finds an environment ready.]
"""


def printed_lines(tmp_path: Path) -> list[str]:
    corpus = tmp_path / "alps"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(CORPUS, "utf-8")
    (corpus / "altitude.yaml").write_text(TOPIC, "utf-8")
    command = [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(tmp_path)]
    built = subprocess.run([*command, "-f", "pdf"], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    text = subprocess.run(
        ["pdftotext", "-raw", str(tmp_path / "alps.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line.strip() for line in text.splitlines()]


def test_a_line_ends_at_the_last_blank_before_a_unit_that_does_not_fit(tmp_path):
    lines = printed_lines(tmp_path)
    subject = next(line for line in lines if line.startswith("Max"))
    assert subject.startswith("Max increase in sleeping altitude"), lines
    cold = next(line for line in lines if line.startswith("Cold start"))
    assert "first call after idle" in cold, lines


def test_only_the_blank_is_wrapped_and_code_blocks_are_left_as_written():
    html = (
        '<p>above <span class="unit">3000 m</span> and <code>ls</code></p>'
        '<pre>if x: <span class="hl-k">return</span></pre>'
    )
    assert spaces_before_inline_boxes(html) == (
        '<p>above<span> </span><span class="unit">3000 m</span> and<span> </span>'
        '<code>ls</code></p><pre>if x: <span class="hl-k">return</span></pre>'
    )
