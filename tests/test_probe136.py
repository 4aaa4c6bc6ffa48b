"""A stranger's corpus looked at (probe136, an Arduino and microcontroller bench
reference): what the printed sheet (read back with pdftotext) and the HTML sheet (laid
out by Debian's chromium) show of what was written.

- A tab inside a line of code (``onPulse() {<TAB>pulses++; }``, a C struct's
  tab-aligned comments) takes the blanks to its tab stop on the PDF and in the browser:
  the PDF printed it with no width at all, ``{pulses++; }``.
- A table of eight columns in a quarter of a page, too crowded to keep even "no" or
  "5 V" whole, is set with its rows as columns when that keeps its short words whole:
  it printed "3.3 V" as "3", ".", "3", "V", a character a line, and "Clock" as "Cl",
  "o", "c", "k".
- A Japanese reading in brackets, "電圧 (でんあつ)", stays on one line on both.
- A long word of code ("flash:w:/home/…/build/x.hex:i") wraps after a slash in the
  browser, not inside a name; on paper the table it sits in is sized as before.
- A comment's marker wraps with its first word ("# 16-bit", never "#" alone).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from conftest import CHROMIUM, build_formats, shifted_concepts, write_corpus

CORPUS = "name: bench\ntitle: Bench reference\ndeck: Bench\n"

# Two tabs after code: one at column 26 (to 28: two blanks), one at column 14 of a line
# indented by a tab (to 16). The first line runs past neither a print nor a screen column.
TABS = r"""deck: Pins
title: Pins and interrupts
cards:
  - id: pin-isr
    kind: snippet
    title: An interrupt counter
    lang: c
    code: "void IRAM_ATTR onPulse() {\tpulses++; }\nstruct pin {\n\tuint8_t n;\t// pin\n};\n"
"""


@pytest.fixture(scope="module")
def tabbed(tmp_path_factory) -> Path:
    """The tab corpus built to PDF and HTML: the output folder."""
    root = tmp_path_factory.mktemp("tabs")
    cards = write_corpus(root / "cards", {"corpus.yaml": CORPUS, "pins.yaml": TABS})
    return build_formats(cards, root / "out", "pdf", "html")


def _pdf_words(pdf: Path) -> list[tuple[float, float, float, str]]:
    """(xMin, xMax, yMin, word) of every word pdftotext finds on the PDF."""
    found = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
    return [(float(x0), float(x1), float(y), w) for x0, y, x1, w in re.findall(pattern, found)]


def _columns_from(words, start: str, word: str, line: str) -> float:
    """How many monospace characters ``word``, on the line that holds ``line``, begins
    after the start of the word ``start`` (at the code's left edge), counted in
    ``start``'s own width per character."""
    first = next(w for w in words if w[3] == start)
    char = (first[1] - first[0]) / len(start)
    row = next(w for w in words if w[3] == line)[2]
    same_line = [w for w in words if abs(w[2] - row) < 1 and w[3] == word]
    assert same_line, f"{word!r} is not on the line of {line!r}: {words}"
    return (same_line[0][0] - first[0]) / char


def test_a_tab_inside_a_code_line_reaches_its_tab_stop_on_the_pdf(tabbed):
    words = _pdf_words(tabbed / "bench.pdf")
    assert _columns_from(words, "void", "pulses++;", "onPulse()") == pytest.approx(28, abs=0.3)
    # a line indented by a tab: the tab after "uint8_t n;" (column 14) goes to 16
    assert _columns_from(words, "struct", "//", "uint8_t") == pytest.approx(16, abs=0.3)


TAB_COLUMNS = """() => {
  const code = document.querySelector('#c-pin-isr pre.code code');
  const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
  const start = {};
  let node;
  while ((node = walker.nextNode())) {
    for (const word of ['void', 'pulses', 'struct', '//']) {
      const at = node.data.indexOf(word);
      if (at < 0 || word in start) continue;
      const range = document.createRange();
      range.setStart(node, at); range.setEnd(node, at + word.length);
      const box = range.getBoundingClientRect();
      start[word] = {left: box.left, width: box.width / word.length};
    }
  }
  return start;
}"""


def test_a_tab_inside_a_code_line_reaches_its_tab_stop_in_the_browser(tabbed, browser):
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    try:
        page.goto((tabbed / "bench.html").as_uri())
        at = page.evaluate(TAB_COLUMNS)
    finally:
        page.close()
    char = at["void"]["width"]
    assert (at["pulses"]["left"] - at["void"]["left"]) / char == pytest.approx(28, abs=0.3)
    assert (at["//"]["left"] - at["struct"]["left"]) / char == pytest.approx(16, abs=0.3)


BOARDS = """deck: Boards
title: Boards
cards:
  - id: boards
    kind: table
    title: Common boards compared
    row_header: Board
    columns: [MCU, Clock, Flash, SRAM, Logic, ADC bits, Wi-Fi, Price (USD)]
    rows:
      Uno R3: [ATmega328P, 16 MHz, 32 KB, 2 KB, 5 V, "10", "no", "27.60"]
      Nano Every: [ATmega4809, 20 MHz, 48 KB, 6 KB, 5 V, "10", "no", "14.50"]
      ESP32-DevKitC: [ESP32-WROOM-32E, 240 MHz, 4 MB, 520 KB, 3.3 V, "12", "yes", "10.00"]
      Raspberry Pi Pico: [RP2040, 133 MHz, 2 MB, 264 KB, 3.3 V, "12", "no", "4.00"]
"""


def test_a_table_too_crowded_for_its_short_words_is_turned_when_that_keeps_them(tmp_path):
    settings = "settings: {paper: letter, columns: 4, font_size: 8}\n"
    cards = write_corpus(
        tmp_path / "cards", {"corpus.yaml": CORPUS + settings, "boards.yaml": BOARDS}
    )
    out = build_formats(cards, tmp_path / "out", "pdf")
    found = subprocess.run(
        ["pdftotext", "-layout", str(out / "bench.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = found.splitlines()
    # the boards are the columns: their names side by side on the heading line
    assert any("Uno R3" in line and "Nano" in line and "ESP32-" in line for line in lines), found
    for row, values in {
        "Clock": ("16 MHz", "20 MHz", "240 MHz", "133 MHz"),
        "Logic": ("5 V", "5 V", "3.3 V", "3.3 V"),
        "Wi-Fi": ("no", "no", "yes", "no"),
        "Price": ("27.60", "14.50", "10.00", "4.00"),
    }.items():
        line = next((line for line in lines if line.strip().startswith(row)), "")
        # blanks left out: pdftotext's layout may print "5 V" as "5V"
        assert line.replace(" ", "") == row + "".join(values).replace(" ", ""), (row, found)


@pytest.fixture(scope="module")
def readings(tmp_path_factory) -> Path:
    """The readings corpus built to PDF and HTML: the output folder."""
    root = tmp_path_factory.mktemp("readings")
    topic = shifted_concepts(
        "Words", "word", "Word", "the word 電圧 (でんあつ) and (きま / す) close it"
    )
    cards = write_corpus(root / "cards", {"corpus.yaml": CORPUS, "words.yaml": topic})
    return build_formats(cards, root / "out", "pdf", "html")


def test_a_japanese_reading_in_brackets_stays_on_one_line_on_the_pdf(readings):
    found = subprocess.run(
        ["pdftotext", str(readings / "bench.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = found.splitlines()
    assert sum("(でんあつ)" in line for line in lines) == 40, found
    assert sum("(きま / す)" in line for line in lines) == 40, found


READING_LINES = """() => [...document.querySelectorAll('article.kind-concept')].map(card => {
  const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
  const lines = {};
  let node;
  while ((node = walker.nextNode())) {
    for (const reading of ['(でんあつ)', '(きま / す)']) {
      const at = node.data.indexOf(reading);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at); range.setEnd(node, at + reading.length);
      const tops = new Set([...range.getClientRects()].map(box => Math.round(box.top)));
      lines[reading] = tops.size;
    }
  }
  return lines;
})"""


@pytest.mark.parametrize("width", [390, 1440])
def test_a_japanese_reading_in_brackets_stays_on_one_line_in_the_browser(readings, browser, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto((readings / "bench.html").as_uri())
        found = page.evaluate(READING_LINES)
    finally:
        page.close()
    assert len(found) == 40
    assert all(lines == {"(でんあつ)": 1, "(きま / す)": 1} for lines in found), found


FLASH = """deck: Tools
title: Tools
cards:
  - id: avrdude-flash
    kind: command
    task: Flash a HEX file with avrdude through an ISP programmer, setting the fuses
    command: avrdude -c usbasp -p m328p -U PATH -U lfuse:w:0xFF:m
""".replace("PATH", "flash:w:/home/maker/projects/thermostat/build/thermostat.ino.hex:i")

LINE_ENDS = """(id) => {
  const code = document.querySelector(`#c-${id} pre.code code`);
  const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
  const chars = [];
  let node;
  while ((node = walker.nextNode())) {
    for (let at = 0; at < node.data.length; at++) {
      const range = document.createRange();
      range.setStart(node, at); range.setEnd(node, at + 1);
      const box = range.getBoundingClientRect();
      if (box.width > 0) chars.push({char: node.data[at], top: Math.round(box.top)});
    }
  }
  // the text before and after each place a line ends
  const ends = [];
  for (let at = 1; at < chars.length; at++) {
    if (chars[at].top > chars[at - 1].top) {
      ends.push([chars.slice(Math.max(0, at - 6), at).map(c => c.char).join(''),
                 chars.slice(at, at + 6).map(c => c.char).join('')]);
    }
  }
  return ends;
}"""


@pytest.mark.parametrize("width", [390, 1440])
def test_a_long_path_in_a_command_wraps_after_a_slash_in_the_browser(tmp_path, browser, width):
    """The 64-character argument "flash:w:/home/…/build/thermostat.ino.hex:i" wrapped in
    the browser inside a name, "…/thermostat/buil" over "d/thermostat.ino.hex:i"."""
    cards = write_corpus(tmp_path / "cards", {"corpus.yaml": CORPUS, "tools.yaml": FLASH})
    out = build_formats(cards, tmp_path / "out", "html")
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto((out / "bench.html").as_uri())
        ends = page.evaluate(LINE_ENDS, "avrdude-flash")
    finally:
        page.close()
    assert ends, "the command did not wrap: the test finds nothing"
    for before, after in ends:
        assert before.endswith(("/", " ")) or after.startswith(" "), (before, after, ends)


ADC = """deck: Pico
title: Pico
cards:
  - id: pico-adc
    kind: snippet
    title: MicroPython on the Pico, read the ADC
    lang: python
    code: |
      from machine import ADC, Pin
      adc = ADC(Pin(26))
      volts = adc.read_u16() * 3.3 / 65535   # 16-bit scaled reading
      print(f"{volts:.3f} V")
"""


def test_a_comments_marker_wraps_with_its_first_word(tmp_path, browser):
    """A line of code too long for its column wrapped at the blank after its comment's
    marker: "volts = adc.read_u16() * 3.3 / 65535   #" over "16-bit scaled reading",
    on the PDF (four columns on letter paper) and in the browser at 390 px."""
    settings = "settings: {paper: letter, columns: 4, font_size: 8}\n"
    files = {"corpus.yaml": CORPUS + settings, "pico.yaml": ADC}
    out = build_formats(write_corpus(tmp_path / "cards", files), tmp_path / "out", "pdf", "html")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out / "bench.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(line for line in text.splitlines() if "65535" in line)
    assert "scaled" not in line, "the line did not wrap: the test finds nothing"
    assert not line.rstrip().endswith("#"), text
    assert any(line.strip().startswith("# 16-bit") for line in text.splitlines()), text
    page = browser.new_page(viewport={"width": 390, "height": 900})
    try:
        page.goto((out / "bench.html").as_uri())
        ends = page.evaluate(LINE_ENDS, "pico-adc")
    finally:
        page.close()
    assert ends, "the line did not wrap in the browser: the test finds nothing"
    for before, after in ends:
        assert not before.rstrip().endswith("#"), (before, after, ends)


ARNS = """deck: Ids
title: Ids
cards:
  - id: arn-examples
    kind: table
    title: ARN examples
    row_header: Resource
    columns: [ARN]
    rows:
      S3 object: ["`arn:aws:s3:::my-bucket/path/to/object`"]
      EC2 instance: ["`arn:aws:ec2:us-east-1:123456789012:instance/i-1234567890abcdef0`"]
      DynamoDB table: ["`arn:aws:dynamodb:us-east-1:123456789012:table/Users`"]
"""


def test_a_long_word_of_code_in_a_table_still_breaks_after_its_slash_on_paper(tmp_path):
    """The browser's break after a long word's slash (``page.SLASH_BREAK``) is left out
    of the PDF: there it made the table size its column otherwise, and the AWS sheet's
    "instance/i-1234567890abcdef0" broke as "i-123456789" over "0abcdef0"."""
    cards = write_corpus(tmp_path / "cards", {"corpus.yaml": CORPUS, "ids.yaml": ARNS})
    out = build_formats(cards, tmp_path / "out", "pdf", "html")
    words = subprocess.run(
        ["pdftotext", str(out / "bench.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "i-1234567890abcdef0" in words or any(
        word.endswith("instance/i-1234567890abcdef0") for word in words
    ), words
    assert '<wbr class="slash">' in (out / "bench.html").read_text("utf-8")
