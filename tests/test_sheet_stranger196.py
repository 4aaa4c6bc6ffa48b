"""A stranger's sheet (a locksmith's corpus: mechanisms, keys, electronic access) read
as a designed reference: where its code wraps on paper and on screen, and how its
tables sit on a laptop's screen.

The PDF is read with poppler's ``pdftotext``; the HTML is laid out by Debian's chromium
driven by Playwright (``/usr/bin/chromium``, never a download).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cheatdeck import highlight
from cheatdeck.writers.sheet import page as sheet

NEEDS_POPPLER = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def build(tmp_path: Path, name: str, corpus_yaml: str, topic: str, formats: str) -> Path:
    """``cheatdeck build`` of a corpus of one topic file, as a user runs it; OUT."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(corpus_yaml, "utf-8")
    (corpus / "access.yaml").write_text(topic, "utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(out)]
    result = subprocess.run([*command, "-f", formats], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


# --- a regular expression's group opening ----------------------------------------

#: Access-log parsers whose regular expressions name their groups, each line longer by
#: one character than the one before, so that some line reaches a column's edge at
#: every character of a group's opening.
REGEX_TOPIC = "deck: Access\ntitle: Access logs\ncards:\n" + "".join(
    f"  - id: parse-{n}\n    kind: snippet\n    title: Parse a badge event {n}\n"
    f"    lang: python\n    code: |\n"
    f'      EVENT = re.compile(r"{"d" * n} door=(?P<door>\\S+) card=(?P<card>[0-9A-F]{{8}})'
    f' (?<!x)result=(?P<result>GRANTED|DENIED)(?i)")\n'
    for n in range(1, 31)
)
OPENINGS = ("(?P<door>", "(?P<card>", "(?P<result>", "(?<!", "(?i)")


def test_a_regex_groups_opening_is_kept_whole_in_code():
    code = highlight.code_html('re.compile(r"door=(?P<door>\\S+) (?=x)(?<!y)(?i)")', "python")
    kept = sheet.options_whole(code)
    for opening in ("(?P&lt;door&gt;", "(?=", "(?&lt;!", "(?i)"):
        assert f'<span class="opt">{opening}</span>' in kept, kept
    assert sheet.options_whole("f(?)") == "f(?)"  # no group: left as written


@NEEDS_POPPLER
def test_a_wrapped_regex_never_ends_a_line_inside_a_groups_opening(tmp_path):
    """The PDF printed ``door=(?`` over ``P<door>\\S+)``: a line may end after a "?"
    before a letter, "<" or "="; the group's name was cut from its bracket."""
    corpus = (
        "name: locks\ntitle: Locks\ndeck: Locks\nsettings: {orientation: portrait, columns: 4}\n"
    )
    out = build(tmp_path, "locks", corpus, REGEX_TOPIC, "pdf")
    text = subprocess.run(
        ["pdftotext", "-raw", str(out / "locks.pdf"), "-"], capture_output=True, text=True
    ).stdout
    joined = text.replace("\n", "")
    assert joined.count("(?P<result>") == 30, text  # every line printed, in full
    cut = [
        f"{opening[:at]} | {opening[at:]}"
        for opening in OPENINGS
        for at in range(1, len(opening))
        if f"{opening[:at]}\n{opening[at:]}" in text
    ]
    assert cut == [], text


def test_a_wrapped_regex_keeps_its_groups_openings_whole_in_a_browser(tmp_path, browser):
    """At a phone's width chromium ended a line after ``(?`` too."""
    out = build(tmp_path, "locks", "name: locks\ntitle: Locks\ndeck: Locks\n", REGEX_TOPIC, "html")
    page = browser.new_page(viewport={"width": 390, "height": 800})
    try:
        page.goto((out / "locks.html").as_uri())
        found = page.evaluate(
            """(openings) => {
              const walker = document.createTreeWalker(document.querySelector('main'),
                NodeFilter.SHOW_TEXT);
              let seen = 0; const cut = [];
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!node.parentElement.closest('pre.code')) continue;
                for (const opening of openings) {
                  for (let at = node.data.indexOf(opening); at >= 0;
                       at = node.data.indexOf(opening, at + 1)) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + opening.length);
                    const tops = [...range.getClientRects()].map(rect => Math.round(rect.top));
                    seen += 1;
                    if (new Set(tops).size > 1) cut.push(opening + ' @' + node.data);
                  }
                }
              }
              return {seen, cut};
            }""",
            list(OPENINGS),
        )
    finally:
        page.close()
    assert found["seen"] == 30 * len(OPENINGS), found
    assert found["cut"] == [], found["cut"]


# --- a table of five columns of short sentences on a laptop's screen --------------

BLANKS_TOPIC = """\
deck: Keys
title: Keys and bitting
cards:
  - id: bitting
    kind: concept
    term: Bitting code
    definition: The cut depths of a key written as digits, one per pin position from the bow.
  - id: blanks
    kind: table
    title: Common key blanks
    row_header: Blank
    columns: [Brand, Pins, Keyway profile, Typical use, Notes]
    rows:
      SC1:
        - Schlage
        - "5"
        - Straight with one warding groove on each side
        - Residential entry doors in North America
        - The most duplicated blank in hardware stores
      KW1:
        - Kwikset
        - "5"
        - Five-pin with a sloping lower ward
        - Budget residential locks
        - Often paired with rekeyable cylinders
      UL050:
        - Union
        - "5"
        - Paracentric profile with overlapping wards
        - UK euro-profile cylinders
        - Needs a thin pick and top-of-keyway tension
  - id: macs
    kind: concept
    term: MACS
    definition: >-
      Maximum adjacent cut specification, the largest depth difference allowed
      between neighbouring cuts.
"""


@pytest.mark.parametrize(
    "paper",
    ["paper: a4, orientation: portrait", "paper: letter, orientation: portrait", "paper: a4"],
)
def test_a_five_column_table_of_sentences_is_in_full_view_on_a_laptop(tmp_path, browser, paper):
    """Built for A4 portrait or Letter, the key blanks' table stayed in one 24em column
    of a 1366 px screen, "Notes" cut off at its edge, while the same corpus built for A4
    landscape (a narrower paper column, where the table is crowded) spanned it: what the
    screen shows must not depend on the paper."""
    corpus = f"name: keys\ntitle: Keys\ndeck: Keys\nsettings: {{{paper}}}\n"
    out = build(tmp_path, "keys", corpus, BLANKS_TOPIC, "html")
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    try:
        page.goto((out / "keys.html").as_uri())
        found = page.evaluate(
            """() => {
              const card = document.querySelector('#c-blanks');
              const column = document.querySelector('#c-bitting').getBoundingClientRect();
              return {hidden: card.scrollWidth - card.clientWidth,
                      width: card.querySelector('table').getBoundingClientRect().width,
                      column: column.width};
            }"""
        )
    finally:
        page.close()
    assert found["width"] > found["column"], found  # it spans the section's columns
    assert found["hidden"] <= 1, found  # and nothing of it is out of view


# --- a call too long for a screen's line ----------------------------------------

#: Door-controller code whose calls, each a run with no blank longer than a phone's or
#: a 24em column's line, have names of every length up to 30 characters.
CALLS_TOPIC = "deck: Doors\ntitle: Door controller\ncards:\n" + "".join(
    f"  - id: strike-{n}\n    kind: snippet\n    title: Release strike {n}\n"
    f"    lang: cpp\n    code: |\n"
    f"      void loop() {{\n"
    f"        unlock{'Door' * (n // 4)}{'x' * (n % 4)}ForCredential(OPEN_MS);\n"
    f"        pulse{'Relay' * (n // 5)}Output(durationMilliseconds);\n"
    f"      }}\n"
    for n in range(1, 18)
)

CUT_WORDS = """() => {
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  let seen = 0; const cut = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement.closest('pre.code')) continue;
    for (const word of node.data.matchAll(/[A-Za-z_][A-Za-z0-9_]{2,}/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const tops = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
      seen += 1;
      if (tops.size > 1) cut.push(word[0]);
    }
  }
  return {seen, cut};
}"""


@pytest.mark.parametrize("width", [390, 1366], ids=["phone", "laptop"])
def test_a_call_too_long_for_a_screens_line_wraps_after_its_bracket(tmp_path, browser, width):
    """Chromium broke such a run where the line ran out: a laptop's 24em column showed
    ``unlockDoorForAuthorisedCredential(unsigne`` over ``d long …``, a phone
    ``unlockDoorForAuthorisedCredential(OP`` over ``EN_MS);``. On paper the line
    already wrapped after the call's bracket; on screen it now does too."""
    out = build(tmp_path, "doors", "name: doors\ntitle: Doors\ndeck: Doors\n", CALLS_TOPIC, "html")
    touch = width < 640  # a phone: the copy button always shown, beside the code
    context = browser.new_context(
        viewport={"width": width, "height": 900}, has_touch=touch, is_mobile=touch
    )
    try:
        page = context.new_page()
        page.goto((out / "doors.html").as_uri())
        found = page.evaluate(CUT_WORDS)
    finally:
        context.close()
    assert found["seen"] >= 17 * 5, found
    assert found["cut"] == [], found["cut"]
