"""Line breaks a stranger's sheet still got wrong (probe136's "Arduino &
microcontrollers" corpus), each read back from the real output: the HTML sheet laid out
by Debian's chromium, the PDF read with pdftotext.

- A range of numbers whose second number carries its sign, "−40 to +85 °C", "+2 to
  +8 °C", stays on one line in a limits table: "−40 to" ended a line and "+85 °C" began
  the next.
- On paper a call whose only place to wrap was inside it breaks after the outer call's
  bracket, and a short bracket stays with its call: ``attachInterrupt(digitalPinTo
  Interrupt(`` ended a line and ``2), onPulse, RISING);`` began the next.
- An HTML tag written as text in prose, "</script>", stays on one line: "</" ended a
  line and "script>" began the next.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from cheatdeck.writers.sheet import blocks

from conftest import CHROMIUM, build_formats, shifted_concepts, write_corpus

CORPUS = "name: cold\ntitle: Cold chain\ndeck: Cold\n"

# A long subject first, so the value column is as narrow as its widest value kept whole.
LIMITS = [
    ("Time a passive box of dry ice keeps a frozen vaccine cold enough in summer", "120", "hours"),
    ("Fridge", "+2 to +8", "°C"),
    ("Ambient", "−10 to +43", "°C"),
    ("Logger drift", "-4 to +6", "s/day"),
]


def _limits_topic() -> str:
    cards = [
        f"  - id: lim-{n}\n    kind: limit\n    group: Limits\n    subject: {subject}\n"
        f'    value: "{value}"\n    unit: "{unit}"\n'
        for n, (subject, value, unit) in enumerate(LIMITS)
    ]
    return "deck: Cold\ntitle: Cold chain\ncards:\n" + "".join(cards)


@pytest.mark.parametrize("text", ["−40 to +85 °C", "+2 to +8 °C", "-4 to +6 s/day", "5 to -10 kg"])
def test_a_range_with_a_signed_second_number_is_one_span(text):
    assert blocks.units_whole(f"at {text} here") == f'at <span class="unit">{text}</span> here'


VALUE_LINES = """() => [...document.querySelectorAll('td.value')].map(td => {
  const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
  const tops = new Set();
  let node;
  while ((node = walker.nextNode())) {
    for (let at = 0; at < node.data.length; at++) {
      const range = document.createRange();
      range.setStart(node, at); range.setEnd(node, at + 1);
      const box = range.getBoundingClientRect();
      if (box.width > 0) tops.add(Math.round(box.top));
    }
  }
  return [td.textContent, tops.size];
})"""


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium")
@pytest.mark.parametrize("width", [390, 1440])
def test_a_signed_range_stays_on_one_line_of_a_limits_table(tmp_path, browser, width):
    cards = write_corpus(tmp_path / "cards", {"corpus.yaml": CORPUS, "cold.yaml": _limits_topic()})
    out = build_formats(cards, tmp_path / "out", "html")
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto((out / "cold.html").as_uri())
        found = page.evaluate(VALUE_LINES)
    finally:
        page.close()
    assert [text for text, _ in found] == [f"{v} {u}" for _, v, u in LIMITS]
    assert all(lines == 1 for _, lines in found), found


def _alarms_topic() -> str:
    """A snippet of calls too long for a line without a blank, whose inner call's
    bracket comes at every place near a printed line's end."""
    lines = "".join(
        f"      arm{'A' * n}Interrupt(digitalChannelOfProbe({n % 10}), onAlarm, FALLING);\n"
        for n in range(14)
    )
    return (
        "deck: Firmware\ntitle: Logger firmware\ncards:\n  - id: alarms\n"
        "    kind: snippet\n    title: Alarms on every probe\n    lang: c\n"
        f"    code: |\n      void setup() {{\n{lines}      }}\n"
    )


def test_a_short_bracket_stays_with_its_call_on_paper(tmp_path):
    settings = "settings: {paper: letter, columns: 4, font_size: 8}\n"
    files = {"corpus.yaml": CORPUS + settings, "firmware.yaml": _alarms_topic()}
    out = build_formats(write_corpus(tmp_path / "cards", files), tmp_path / "out", "pdf")
    text = subprocess.run(
        ["pdftotext", str(out / "cold.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [line.strip() for line in text.splitlines()]
    assert any(line.endswith("Interrupt(") for line in lines) or any(
        line.endswith("ChannelOfProbe(") for line in lines
    ), f"no call broke inside: the test finds nothing\n{text}"
    assert not [line for line in lines if line.endswith("ChannelOfProbe(")], text
    for n in range(14):
        assert sum(f"digitalChannelOfProbe({n % 10})," in line for line in lines) >= 1, (n, text)


#: Written at every place of a line by the tags corpus: a closing tag written as text.
LABEL_PHRASE = "the label printer shows </section> as written"


@pytest.fixture(scope="module")
def tags(tmp_path_factory) -> Path:
    """The tags corpus built to PDF and HTML: the output folder."""
    root = tmp_path_factory.mktemp("tags")
    cards = write_corpus(
        root / "cards",
        {
            "corpus.yaml": CORPUS,
            "labels.yaml": shifted_concepts("Labels", "tag", "Label", LABEL_PHRASE),
        },
    )
    return build_formats(cards, root / "out", "pdf", "html")


def test_a_closing_tag_written_in_prose_stays_on_one_line_on_the_pdf(tags):
    found = subprocess.run(
        ["pdftotext", str(tags / "cold.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = found.splitlines()
    assert sum("</section>" in line for line in lines) == 40, found
    assert not [line for line in lines if line.rstrip().endswith("<")], found
