"""probe168: the sheet of a stranger's corpus (calendar systems) at its widths and papers: an ISO
date-time kept on one line, a long path in a command wrapped before one of its slashes
on screen, a crowded table kept inside its column on paper."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from test_sheet_browser import build_html, open_page

from conftest import run_cli

HEBCAL = (
    'hebcal --city "Jerusalem" --candlelighting --havdalah-mins=50 --omer --sedrot'
    " --hebrew-date --year-format=gregorian 2026 > /home/someone/calendars/hebrew/holidays-2026.txt"
)
CORPUS = "name: calendars\ntitle: Calendar systems\ndeck: Calendars\n"

ERAS = """\
deck: Eras
title: Eras and epochs
cards:
  - id: unix-epoch
    kind: limit
    subject: Unix epoch
    value: 1970-01-01T00:00:00Z
  - id: y2038
    kind: limit
    subject: Last second a signed 32-bit time_t holds
    value: 2038-01-19T03:14:07Z
    note: >-
      2^31 − 1 = 2147483647 seconds after the epoch; one second later it wraps to
      1901-12-13T20:45:52Z.
  - id: tai-offset
    kind: limit
    subject: TAI offset at the start of 2017
    value: 2017-01-01T00:00:37+00:00
  - id: hebcal
    kind: command
    task: List this year's Hebrew holidays with candle-lighting times for a city
    command: HEBCAL_PLACE
""".replace("HEBCAL_PLACE", HEBCAL)


def corpus(tmp_path: Path, topic: str = ERAS, settings: str = "") -> Path:
    """A corpus of one topic file, as a user writes one."""
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "corpus.yaml").write_text(CORPUS + settings, "utf-8")
    (folder / "eras.yaml").write_text(topic, "utf-8")
    return folder


#: The lines a text's characters are laid out on: the text of each line, in order.
LINES_OF = """(selector) => {
    const lines = [];
    for (const element of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let top = null, line = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let at = 0; at < node.data.length; at++) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + 1);
                const rect = [...range.getClientRects()].find(r => r.width > 0);
                if (!rect) continue;
                if (top !== null && Math.abs(rect.top - top) > 4) { lines.push(line); line = ''; }
                top = rect.top;
                line += node.data[at];
            }
        }
        lines.push(line);
    }
    return lines;
}"""


def built_pdf_text(folder: Path, out: Path, without: str = "") -> str:
    """The PDF sheet of ``folder`` built with the command line into ``out``, read with
    pdftotext in its layout; the build's output must not hold ``without`` (a notice's
    word: "overflow", "layout")."""
    result = run_cli("build", str(folder), "-o", str(out), "-f", "pdf")
    assert result.returncode == 0, result.stderr
    said = result.stdout + result.stderr
    assert not without or without not in said, said
    return subprocess.run(
        ["pdftotext", "-layout", str(out / "calendars.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.mark.parametrize("width", [390, 768, 1440])
def test_an_iso_date_time_value_stays_on_one_line_on_screen(browser, tmp_path, width):
    """A limit's value that is an ISO 8601 date and time ("1970-01-01T00:00:00Z"): a
    browser ended a line after its hyphen ("1970-01-" over "01T00:00:00Z") beside a
    subject of two words, at every width; a date alone is kept whole already."""
    page = open_page(browser, build_html(corpus(tmp_path), tmp_path / "out"), width=width)
    values = page.evaluate(LINES_OF, "table.limits td.value")
    assert "1970-01-01T00:00:00Z" in values and "2038-01-19T03:14:07Z" in values, values
    assert "2017-01-01T00:00:37+00:00" in values, values


@pytest.mark.parametrize("width", [390, 768, 1440])
def test_a_long_path_in_a_command_wraps_before_one_of_its_slashes_on_screen(
    browser, tmp_path, width
):
    """A path of 48 characters after ``>``: its parts are kept whole for print, and on
    screen it broke inside its last name, "…/holidays-2026" over ".txt", as a browser
    finds no place to end a line in a path; it ends one before a slash, as the PDF does."""
    page = open_page(browser, build_html(corpus(tmp_path), tmp_path / "out"), width=width)
    lines = page.evaluate(LINES_OF, "#c-hebcal pre.code code")
    path = "/home/someone/calendars/hebrew/holidays-2026.txt"
    assert "".join(lines).replace(" ", "").endswith(path.replace(" ", "")), lines
    starts = [line.strip() for line in lines[1:]]
    pieces = [line for line in starts if line and path.find(line[:8]) > 0]  # a line in it
    assert all(line.startswith("/") for line in pieces), lines


MONTHS = """\
deck: Lunar
title: Lunar and lunisolar calendars
cards:
  - id: months
    kind: table
    title: Months of four calendars, side by side
    row_header: Month №
    columns: [Gregorian, Hebrew (עברית), Islamic (العربية), Chinese (农历), Japanese (旧暦),
      Persian (فارسی), Days (approx.)]
    rows:
      "1": [January, ניסן Nisan, مُحَرَّم Muharram, 正月 Zhēngyuè, 睦月 Mutsuki, فروردین Farvardin,
        29–31]
      "2": [February, אייר Iyar, صَفَر Safar, 二月 Èryuè, 如月 Kisaragi, اردیبهشت Ordibehesht,
        28–31]
      "7": [July, תשרי Tishrei, رَجَب Rajab, 七月 Qīyuè, 文月 Fumizuki, مهر Mehr, 29–31]
      "9": [September, כסלו Kislev, رَمَضَان Ramadan, 九月 Jiǔyuè, 長月 Nagatsuki, آذر Azar, 29–30]
      "12": [December, אדר Adar, ذو الحجة Dhu al-Hijjah, 腊月 Làyuè, 師走 Shiwasu, اسفند Esfand,
        29–31]
"""


def test_a_crowded_table_with_asides_in_its_headings_stays_in_its_column_on_paper(tmp_path):
    """Seven columns of months beside their numbers in a third of a legal page: the
    headings' asides in brackets ("(approx.)", "(עברית)") and the ranges ("29–31") are
    kept on one line, but the table was sized as if they could break: it reached 30 px
    past its column, over the next one's text, and broke "Gregorian" a few letters a
    line ("Gr", "e-", "go", "ria", "n"). Sized with them whole it is set with its rows
    as columns, inside its column, its words whole or broken at a syllable."""
    folder = corpus(
        tmp_path, MONTHS, "settings: {paper: legal, orientation: portrait, columns: 3}\n"
    )
    text = built_pdf_text(folder, tmp_path / "out", without="overflow")
    words = set(text.split())
    assert {"Gregorian", "January", "July", "(approx.)", "29–31", "28–31"} <= words, text


def test_a_reading_in_brackets_in_a_row_label_stays_on_one_line_on_paper(tmp_path):
    """A row label "Chinese (农历)" (a table of months set with its rows as columns, as
    in a column of an A4 page): its label column broke between the two characters,
    "Chinese (农" over "历)", where text keeps such a reading whole."""
    folder = corpus(tmp_path, MONTHS)
    text = built_pdf_text(folder, tmp_path / "out")
    words = set(text.split())
    assert {"(农历)", "(旧暦)"} <= words, text


@pytest.mark.parametrize(
    ("settings", "flags", "size"),
    [
        ("settings: {paper: a5, orientation: portrait}\n", [], (420, 595)),
        ("", ["--paper", "A5"], (595, 420)),  # landscape, the default
    ],
)
def test_the_sheet_prints_on_a5(tmp_path, settings, flags, size):
    """A5, the pocket reference's paper, as a newcomer writes it in corpus.yaml or on
    the command line: it was refused ("'paper' must be one of: a4, letter, a3, legal")."""
    folder = corpus(tmp_path, ERAS + MONTHS.split("cards:\n", 1)[1], settings)
    out = tmp_path / "out"
    result = run_cli("build", str(folder), "-o", str(out), "-f", "pdf,html", *flags)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "layout" not in result.stdout + result.stderr, result.stdout + result.stderr
    info = subprocess.run(
        ["pdfinfo", str(out / "calendars.pdf")], capture_output=True, text=True, check=True
    ).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert (round(width), round(height)) == size, info
    text = subprocess.run(
        ["pdftotext", str(out / "calendars.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "1970-01-01T00:00:00Z" in text and "Gregorian" in text, text
    assert "size: A5" in (out / "calendars.html").read_text("utf-8")  # printed from a browser


ZONES = """\
deck: Zones
title: Time zones
cards:
  - id: tz-offsets
    kind: table
    title: UTC offsets of a few zones in December
    row_header: Zone
    columns: [Offset, Abbrev., Note]
    rows:
      Asia/Kolkata: [UTC+05:30, IST, no DST]
      Asia/Kathmandu: [UTC+05:45, NPT, "one of the few ¾-hour offsets"]
      Pacific/Chatham: [UTC+13:45, CHADT, summer time in December]
      America/St_Johns: [UTC−03:30, NST, "−3½ h"]
"""


def test_a_utc_offset_in_a_crowded_table_stays_on_one_line_on_paper(tmp_path):
    """Four zones' offsets in a third of a legal portrait page: the table is crowded,
    and "UTC+05:30" broke at the cell's edge, "UTC+05:" over "30", while "December"
    beside it stayed whole. A time of day or an offset is kept on one line, and the
    table sized with it so (the note's longer words break at a syllable instead)."""
    folder = corpus(
        tmp_path, ZONES, "settings: {paper: legal, orientation: portrait, columns: 3}\n"
    )
    text = built_pdf_text(folder, tmp_path / "out", without="layout")
    words = set(text.split())
    assert {"UTC+05:30", "UTC+05:45", "UTC+13:45", "UTC−03:30"} <= words, text
