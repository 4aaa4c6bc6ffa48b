"""A table as a designed reference sets it: a column of figures set right (the darkroom
sheet of probe46: "7.5" over "6.75" and "8" left ragged)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from cheatdeck.writers.sheet import blocks

TIMES = """deck: Film
title: Film development
cards:
  - id: times
    kind: table
    title: Development times at 20 °C (minutes)
    row_header: Film
    columns: [ISO, D-76 stock, D-76 1+1, HC-110 B (1+31), Rodinal 1+50, Ilfosol 3 1+9]
    rows:
      HP5 Plus: ["400", "7.5", "13", "5", "11", "6.5"]
      Tri-X 400: ["400", "6.75", "9.75", "6", "13", "7"]
      FP4 Plus: ["125", "8.5", "11", "9", "11", "4.5"]
      Delta 100: ["100", "8.5", "12", "6", "11", "6.5"]
      T-Max 100: ["100", "8", "12", "6", "14", "7"]
  - id: push
    kind: table
    title: Push and pull
    row_header: Change
    columns: [Exposed at, Time factor, Contrast, Grain, Shadow detail]
    rows:
      Pull 1 stop: ["ISO 200", "× 0.8", Lower, Finer, Better]
      Push 2 stops: ["ISO 1600", "× 2.0", Much higher, Coarse, Lost]
"""


def _build(tmp_path: Path, *options: str) -> Path:
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: dark\ntitle: Darkroom\ndeck: D\n", "utf-8")
    (corpus / "film.yaml").write_text(TIMES, "utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(out)]
    result = subprocess.run([*command, *options], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def _words(pdf: Path) -> list[tuple[str, float, float, float]]:
    """Each word of the PDF's first page: its text, left and right edges, and top."""
    boxes = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
    return [
        (text, float(x0), float(x1), float(y0)) for x0, y0, x1, text in re.findall(pattern, boxes)
    ]


def test_a_column_of_figures_is_set_right_on_paper(tmp_path):
    """ "7.5", "6.75", "8.5", "8" left-aligned left their last digits ragged: a column of
    figures is set right, its heading with it, so units and digits line up."""
    out = _build(tmp_path, "-f", "pdf,html")
    words = _words(out / "dark.pdf")
    column = {"7.5", "6.75", "8.5", "8"}  # the D-76 stock column, one per row
    rights = [x1 for word, _, x1, top in words if word in column and top > 60]
    assert len(rights) == 5, words
    assert max(rights) - min(rights) < 0.6, rights
    html = (out / "dark.html").read_text(encoding="utf-8")
    assert '<td class="num">6.75</td>' in html
    assert '<th class="num">Time factor</th>' in html
    assert "<td>Much higher</td>" in html and "<td>ISO 200</td>" in html


@pytest.mark.parametrize(
    ("cells", "figures"),
    [
        (["400", "6.75", "1 200"], True),
        (["× 0.8", "+25 %", "−20 %", "—"], True),
        (["2.5 L", "60 s", "50 °C"], True),
        (["—", "-"], False),  # no figure at all
        (["ISO 200", "7"], False),
        (["12 min 30 s", "8 min"], False),
        (["1+9", "1+4"], False),  # a dilution reads as a name, set as written
    ],
)
def test_only_a_column_of_figures_is_one(cells, figures):
    class Plain:
        @staticmethod
        def plain(text):
            return text

    assert blocks.is_figures(Plain, cells) is figures
