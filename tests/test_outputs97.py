"""Four layout leftovers seen on a sailor's corpus, each in the renderer a reader uses.

1. Anki at phone width: a plain-text snippet (a METAR) wraps at its blanks, each wrapped
   part indented, instead of running off the screen; code in a language still scrolls.
2. The HTML sheet at 1440 px and the PDF: a three-item list stays in one column.
3. The PDF (and the HTML): a code line never breaks inside a number ("$1," over "800/yr").
4. The HTML sheet at 1440 px: a range written with blanks ("1.5 to 2 hPa") stays on one
   line, with the text as written (no character added: the Markdown and a copy read the
   same).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from test_sheet import context

from cheatdeck.writers.sheet.page import breaks_after_separators, print_html

CHROMIUM = Path("/usr/bin/chromium")
PHONE = 390
CORPUS = "name: sailing\ntitle: Sailing\ndeck: Sailing\n"
METAR = "METAR KJFK 121851Z 31015G25KT 10SM FEW050 BKN250 M02/M14 A2992 RMK AO2 SLP132"

# The section of the sailor's sheet whose three-item list split 2/1 at 1440 px.
COSTS = """\
deck: Sailing::Costs
title: Running costs
cards:
  - id: costs-budget
    kind: snippet
    title: A yearly budget for a 30 ft boat
    code: |
      mooring   $1,800/yr  (a swinging mooring in a club, launch service included)
      insurance $650/yr    (third party and hull, up to 12 nm offshore)
      haul-out  $900/yr    (lift, pressure wash, two weeks on the hard)
  - id: costs-antifoul
    kind: qa
    question: How often is antifouling renewed?
    answer: Every 1 to 2 seasons, depending on the water temperature.
  - id: costs-engine
    kind: list
    title: Engine service every season
    items:
      - change the oil and the oil filter
      - replace the raw-water impeller
      - check the belt tension and the anodes
"""


def build(tmp_path: Path, topics: dict[str, str], formats: str) -> Path:
    """``cheatdeck build CORPUS -o OUT -f FORMATS`` as a user runs it; OUT."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(CORPUS, "utf-8")
    for name, text in topics.items():
        (corpus / name).write_text(text, "utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(out)]
    result = subprocess.run([*command, "-f", formats], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def open_page(browser, path: Path, width: int):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(path.as_uri())
    return page


# ------------------------------------------------------------ 1. Anki at phone width

ANKI_TOPIC = f"""\
deck: Weather
title: Weather
cards:
  - id: metar
    kind: snippet
    title: A METAR with gusts and a remark
    code: |
      {METAR}
  - id: py-long
    kind: snippet
    title: Retry a request
    lang: python
    code: |
      def fetch(url):
          return session.get(url, timeout=configured_timeout_in_seconds, allow_redirects=True)
"""

# Each block's facts at the page's width: its text, whether it scrolls, and the left edge
# and top of each of its words, one per word.
CODE_WORDS = """() => [...document.querySelectorAll('pre.code')].map(pre => {
    const code = pre.querySelector('code');
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    const words = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.data.matchAll(/\\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const rects = [...range.getClientRects()].filter(r => r.width > 0);
            words.push({word: match[0], lines: new Set(rects.map(r => Math.round(r.top))).size,
                        left: rects[0].left, top: rects[0].top});
        }
    }
    const box = pre.getBoundingClientRect();
    return {text: code.textContent, scrolls: pre.scrollWidth > pre.clientWidth,
            right: box.right, words, char: words[0] ? words[0].left : 0};
})"""


@pytest.fixture(scope="module")
def anki_backs(tmp_path_factory) -> dict[str, str]:
    """card id -> its back as the real Anki renders it, with its note type's CSS."""
    collection = pytest.importorskip("anki.collection")
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    root = tmp_path_factory.mktemp("anki97")
    out = build(root, {"weather.yaml": ANKI_TOPIC}, "apkg")
    col = collection.Collection(str(root / "collection.anki2"))
    try:
        request = collection.ImportAnkiPackageRequest(
            package_path=str(out / "sailing.apkg"),
            options=collection.ImportAnkiPackageOptions(),
        )
        col.import_anki_package(request)
        backs = {}
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            shown = card.render_output(reload=True)
            backs[card.note()["CheatdeckId"]] = f"<style>{shown.css}</style>{shown.answer_text}"
        return backs
    finally:
        col.close()


def phone_blocks(browser, back: str) -> list[dict]:
    page = browser.new_page(viewport={"width": PHONE, "height": 800})
    try:
        page.set_content(f'<!doctype html><html><body class="card">{back}</body></html>')
        return page.evaluate(CODE_WORDS)
    finally:
        page.close()


def test_a_metar_wraps_at_its_blanks_on_a_phone_each_wrapped_part_indented(browser, anki_backs):
    (block,) = phone_blocks(browser, anki_backs["metar"])
    assert block["text"] == METAR  # every character as written, its blanks too
    assert not block["scrolls"] and block["right"] <= PHONE
    words = block["words"]
    assert [word["word"] for word in words] == METAR.split()
    assert all(word["lines"] == 1 for word in words), words  # a group never breaks inside
    tops = sorted({round(word["top"]) for word in words})
    assert len(tops) >= 2, tops  # wrapped: all of it is on the screen
    first_left = words[0]["left"]
    for top in tops[1:]:  # a wrapped part starts right of where the line starts
        starts = [word["left"] for word in words if round(word["top"]) == top]
        assert min(starts) > first_left + 8, (top, starts, first_left)


def test_code_in_a_language_still_scrolls_with_its_lines_whole(browser, anki_backs):
    (block,) = phone_blocks(browser, anki_backs["py-long"])
    assert block["scrolls"]
    assert len({round(word["top"]) for word in block["words"]}) == 2  # two lines, unwrapped


# ------------------------------------------------------------ 2. a short list stays whole


def test_a_three_item_list_stays_in_one_column_at_1440(browser, tmp_path):
    out = build(tmp_path, {"costs.yaml": COSTS}, "html")
    page = open_page(browser, out / "sailing.html", 1440)
    lefts = page.evaluate(
        "[...document.querySelectorAll('#c-costs-engine li')]"
        ".map(li => Math.round(li.getBoundingClientRect().left))"
    )
    columns = page.evaluate(
        "new Set([...document.querySelectorAll('main article')]"
        ".map(a => Math.round(a.getBoundingClientRect().left))).size"
    )
    page.close()
    assert columns >= 2  # the section runs in columns: the list could split
    assert len(lefts) == 3 and len(set(lefts)) == 1, lefts


def test_only_a_list_of_four_items_or_more_may_split_on_paper(tmp_path):
    """The print HTML marks a card ``tall`` when it may split between columns."""
    items = "\n".join(f"      - item {n} of the list" for n in range(1, 5))
    topic = (
        "deck: L\ntitle: L\ncards:\n"
        + "  - id: three\n    kind: list\n    title: Three\n    items:\n"
        + "\n".join(items.split("\n")[:3])
        + "\n  - id: four\n    kind: list\n    title: Four\n    items:\n"
        + items
        + "\n"
    )
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(CORPUS, "utf-8")
    (corpus / "l.yaml").write_text(topic, "utf-8")
    document = print_html(context(corpus))
    classes = dict(re.findall(r'<article id="c-(\w+)" class="([^"]*)"', document))
    assert "tall" not in classes["three"].split()
    assert "tall" in classes["four"].split()


# ------------------------------------------------------------ 3. a number in a code line


def budget_lines() -> str:
    """Lines that end "$1,800/yr" at every place of a line's end on the sheet."""
    lines = [("word " * 20)[:width].rstrip() + " $1,800/yr then more" for width in range(40, 80)]
    code = textwrap.indent("\n".join(lines), "      ")
    card = "  - id: budget\n    kind: snippet\n    title: Budget\n    code: |\n"
    return f"deck: C\ntitle: Costs\ncards:\n{card}{code}\n"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_pdf_never_breaks_a_code_line_inside_a_number(tmp_path):
    out = build(tmp_path, {"costs.yaml": budget_lines()}, "pdf")
    result = subprocess.run(
        ["pdftotext", "-raw", str(out / "sailing.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert sum("$1,800/yr" in line for line in lines) == 40, lines
    assert not [line for line in lines if line.rstrip().endswith("$1,")], lines


def test_a_comma_grouping_thousands_is_no_place_to_break():
    assert breaks_after_separators("$1,800/yr") == "$1,800/yr"
    assert breaks_after_separators("12,500,000") == "12,500,000"
    assert breaks_after_separators("f(1,2)") == "f(1,<wbr>2)"  # an argument's comma
    assert breaks_after_separators("a,800") == "a,<wbr>800"
    assert breaks_after_separators("1,8000") == "1,<wbr>8000"


# ------------------------------------------------------------ 4. a range kept whole


def ranges_topic() -> str:
    """Answers that put "1.5 to 2 hPa" at every place of a line's end."""
    cards = []
    for n in range(30):
        lead = ("a fall of the barometer " * 4)[: 20 + 3 * n].rstrip()
        cards.append(
            f"  - id: fall-{n}\n    kind: qa\n    question: Pressure fall {n}?\n"
            f"    answer: {lead} 1.5 to 2 hPa an hour warns of a gale.\n"
        )
    return "deck: W\ntitle: Weather\ncards:\n" + "".join(cards)


RANGES_PARTED = """() => {
    const parted = [];
    for (const card of document.querySelectorAll('main article')) {
        const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
        let text = '';
        const nodes = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            nodes.push([node, text.length]);
            text += node.data;
        }
        for (const match of text.matchAll(/1\\.5 to 2 hPa/g)) {
            const tops = new Set();
            for (let at = match.index; at < match.index + match[0].length; at++) {
                const [node, start] = nodes.filter(([, start]) => start <= at).pop();
                const range = document.createRange();
                range.setStart(node, at - start);
                range.setEnd(node, at - start + 1);
                const rect = range.getClientRects()[0];
                if (rect && rect.width > 0) tops.add(Math.round(rect.top));
            }
            if (tops.size > 1) parted.push(card.id);
        }
    }
    const shown = document.querySelector('main').textContent;
    return {parted, found: shown.split('1.5 to 2 hPa').length - 1};
}"""


@pytest.mark.parametrize("width", [1440, 390])
def test_a_range_stays_on_one_line_and_reads_as_written(browser, tmp_path, width):
    out = build(tmp_path, {"weather.yaml": ranges_topic()}, "html,md")
    page = open_page(browser, out / "sailing.html", width)
    found = page.evaluate(RANGES_PARTED)
    page.close()
    assert found["found"] == 30  # plain blanks: the text a reader copies is as written
    assert found["parted"] == [], found
    markdown = (out / "sailing.md").read_text("utf-8")
    assert markdown.count("1.5 to 2 hPa an hour") == 30
