"""A laid-out document is let go once the sheet is laid out anew.

``build_sheet`` lays the sheet out two or three times (tall cards, "(cont.)" headings,
cards the last page's balancing cut). A layout makes hundreds of thousands of objects;
while the last layout's document was still held, each full collection of the garbage
collector walked it again besides the growing new one (on the AWS sheet a cold build
spent 6-8 s of ~27 s CPU in the collector; BENCHMARKS.md, 2026-12-07 late night). The
corpus is written here: lighthouses and their lights, several pages of concepts and a
table on A5 paper, which takes more than one layout.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import yaml

from cheatdeck.writers.sheet import pdf

from conftest import build_context

LIGHTS = {
    "Fixed": "a steady light that does not change its colour or brightness",
    "Flashing": "the light is on for less time than it is off, in a regular rhythm",
    "Occulting": "the light is on for longer than it is off, eclipsed at intervals",
    "Isophase": "light and dark periods of equal length",
    "Quick": "50 or 60 flashes a minute, a rhythm a pilot counts without a watch",
    "Group flashing": "flashes in groups, the number of flashes in a group named on the chart",
    "Morse": "the light spells a letter of the Morse code, often 'U' for danger",
    "Sector light": "a light of different colours seen over different arcs of the horizon",
}


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text(
        "name: lights\ntitle: Lighthouses and their lights\ndeck: Lights\n"
        "settings:\n  paper: a5\n  orientation: portrait\n",
        encoding="utf-8",
    )
    cards = [
        {
            "id": f"light-{number}-{n}",
            "kind": "concept",
            "term": f"{term} ({number})",
            "definition": f"{means}; lens order {number}, range {10 + n} nautical miles, "
            "kept by the lighthouse board of its coast since the lamp was first lit.",
        }
        for number in range(1, 25)
        for n, (term, means) in enumerate(LIGHTS.items())
    ]
    cards.append(
        {
            "id": "lens-orders",
            "kind": "table",
            "title": "Fresnel lens orders",
            "row_header": "Order",
            "columns": ["Focal length", "Used for"],
            "rows": {
                f"Order {n}": [f"{1000 - 80 * n} mm", "coastal lights" if n < 4 else "harbours"]
                for n in range(1, 7)
            },
        }
    )
    (folder / "lights.yaml").write_text(
        yaml.safe_dump({"title": "Lights", "deck": "Lights", "cards": cards}, sort_keys=False),
        encoding="utf-8",
    )
    return folder


def test_no_earlier_document_is_held_while_the_sheet_is_laid_out_again(tmp_path, monkeypatch):
    ctx = build_context(write_corpus(tmp_path / "cards"))
    real_lay_out = pdf.lay_out
    made: list[weakref.ref] = []
    held: list[int] = []  # for each layout after the first, the earlier documents alive

    def lay_out(html, roots):
        gc.collect()
        held.append(sum(ref() is not None for ref in made))
        document = real_lay_out(html, roots)
        made.append(weakref.ref(document))
        return document

    monkeypatch.setattr(pdf, "lay_out", lay_out)
    sheet = pdf.build_sheet(ctx)
    assert len(made) >= 2, "the corpus must take more than one layout"
    assert held == [0] * len(made)
    assert sheet.pdf.startswith(b"%PDF")
