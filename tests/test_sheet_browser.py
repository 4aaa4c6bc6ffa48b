"""The HTML sheet in a real browser: Debian's chromium driven by Playwright.

Offline (no request, no error), contents, search, copy, phone width, table cells,
contrast in light and dark, JavaScript off, print. The browser is the system's
(``/usr/bin/chromium``, installed by .ci/run); Playwright never downloads one.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from telescopes import TELESCOPE_TYPES

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
POSTGRES = ROOT / "tests" / "cases" / "postgres" / "cards"
SHIPPED = ROOT / "cards"


def build_html(corpus: Path, out: Path) -> Path:
    """``cheatdeck build CORPUS -o OUT -f html`` as a user runs it; the HTML file."""
    command = [
        sys.executable,
        "-m",
        "cheatdeck",
        "build",
        str(corpus),
        "-o",
        str(out),
        "-f",
        "html",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return next(out.glob("*.html"))


@pytest.fixture(scope="module")
def sheets(tmp_path_factory) -> dict[str, Path]:
    """The PostgreSQL test corpus's and the shipped AWS corpus's HTML sheets."""
    base = tmp_path_factory.mktemp("browser")
    found = {}
    for name, source in (("postgres", POSTGRES), ("aws", SHIPPED)):
        corpus = base / name / "cards"
        shutil.copytree(source, corpus)
        found[name] = build_html(corpus, base / name / "out")
    return found


def one_topic_sheet(
    tmp_path: Path, topic: str, corpus_yaml: str = "name: m\ntitle: M\ndeck: M\n"
) -> Path:
    """The HTML sheet of a corpus of one topic file (``topic``), built as a user builds it."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(corpus_yaml, "utf-8")
    (corpus / "topic.yaml").write_text(topic, "utf-8")
    return build_html(corpus, tmp_path / "out")


def open_page(browser, path: Path, width: int = 1440, scheme: str = "light", **options):
    """A page showing ``path``; it records every request and every error it logs."""
    context = browser.new_context(
        viewport={"width": width, "height": 900}, color_scheme=scheme, **options
    )
    page = context.new_page()
    page.requests = []
    page.errors = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(path.as_uri())
    return page


@pytest.mark.parametrize("name", ["postgres", "aws"])
def test_the_page_makes_no_request_and_logs_no_error(browser, sheets, name):
    page = open_page(browser, sheets[name])
    page.locator("pre.code").first.hover()
    page.locator("button.copy").first.click()
    page.fill("#search", "table")
    assert page.requests == [sheets[name].as_uri()]
    assert page.errors == []


def test_html_lang_comes_from_the_corpus_settings(browser, sheets):
    assert open_page(browser, sheets["postgres"]).evaluate("document.documentElement.lang") == (
        "en-GB"
    )
    assert open_page(browser, sheets["aws"]).evaluate("document.documentElement.lang") == "en"


@pytest.mark.parametrize("name", ["postgres", "aws"])
def test_the_contents_link_every_section_and_sub_heading(browser, sheets, name):
    page = open_page(browser, sheets[name])
    found = page.evaluate(
        """() => {
        const links = new Set([...document.querySelectorAll('nav.toc a')]
            .map(a => a.getAttribute('href').slice(1)));
        const sections = [...document.querySelectorAll('main section.topic[id]')].map(s => s.id);
        const groups = [...document.querySelectorAll('main h3.group[id]')].map(h => h.id);
        const dangling = [...links].filter(id => !document.getElementById(id));
        return {sections, groups, missing: [...sections, ...groups].filter(id => !links.has(id)),
                dangling};
    }"""
    )
    assert found["sections"] and found["groups"]
    assert found["missing"] == [] and found["dangling"] == []


@pytest.mark.parametrize("width", [1440, 1024, 390])
def test_each_sections_sub_headings_sit_under_it_in_the_contents(browser, sheets, width):
    """On a 1024 px tablet each section's list of sub-headings ran in two columns of
    the screen's width: "4. Deep-sky objects" half a screen away from its section's
    title and "3. Measuring by hand". The contents run in columns of whole sections
    instead; each sub-heading starts where its section's other sub-headings start."""
    page = open_page(browser, sheets["aws"], width=width)
    found = page.evaluate(
        """() => [...document.querySelectorAll('nav.toc > ol > li')].map(li => ({
            title: li.querySelector('a').getBoundingClientRect().left,
            subs: [...li.querySelectorAll('ol a')].map(a => a.getBoundingClientRect().left),
        }))"""
    )
    page.context.close()
    assert any(section["subs"] for section in found), found
    for section in found:
        for left in section["subs"]:
            assert section["title"] <= left <= section["title"] + 40, (width, section)


def test_every_card_has_a_link_to_itself(browser, sheets):
    page = open_page(browser, sheets["postgres"])
    missing = page.evaluate(
        """() => [...document.querySelectorAll('main [id^="c-"]')]
            .filter(el => !document.querySelector(`a.permalink[href="#${el.id}"]`))
            .map(el => el.id)"""
    )
    assert missing == []


UNIQUE_WORD = """() => {
    // the units the search box filters: cards, and each row of a limits table
    const units = [];
    for (const card of document.querySelectorAll('main article.card')) {
        const rows = card.querySelectorAll('tr.limit');
        if (rows.length) rows.forEach(r => units.push(r.textContent));
        else units.push(card.textContent);
    }
    const seen = new Map();
    units.forEach((text, index) => {
        for (const word of new Set(text.toLowerCase().match(/[a-z]{7,}/g) || [])) {
            seen.set(word, seen.has(word) ? -1 : index);
        }
    });
    const unique = [...seen].filter(([w, i]) => i >= 0).map(([w]) => w).sort();
    return {word: unique[Math.floor(unique.length / 2)], units: units.length};
}"""

VISIBLE_UNITS = """() => {
    let shown = 0;
    for (const card of document.querySelectorAll('main article.card')) {
        if (card.offsetParent === null) continue;
        const rows = card.querySelectorAll('tr.limit');
        if (rows.length) rows.forEach(r => { if (r.offsetParent !== null) shown += 1; });
        else shown += 1;
    }
    return shown;
}"""


@pytest.mark.parametrize("name", ["postgres", "aws"])
def test_typing_a_word_of_one_card_hides_the_others(browser, sheets, name):
    page = open_page(browser, sheets[name])
    found = page.evaluate(UNIQUE_WORD)
    assert page.evaluate(VISIBLE_UNITS) == found["units"]
    page.locator("#search").press_sequentially(found["word"], delay=5)
    shown = page.evaluate(VISIBLE_UNITS)
    others = found["units"] - 1
    assert 1 <= shown and (shown - 1) <= 0.2 * others, (found, shown)
    assert page.locator("#search-count").inner_text().startswith(f"{shown} of ")
    page.locator("#search").press("Escape")
    assert page.evaluate(VISIBLE_UNITS) == found["units"]


def test_copy_yields_the_code_with_its_newlines(browser, sheets):
    page = open_page(browser, sheets["postgres"], permissions=["clipboard-read", "clipboard-write"])
    block = page.locator("article#c-sql-upsert pre.code")
    block.hover()
    block.locator("button.copy").click()
    expected = (
        "INSERT INTO stock (sku, qty)\nVALUES ('A-1', 5)\nON CONFLICT (sku)\n"
        "DO UPDATE SET qty = stock.qty + EXCLUDED.qty;"
    )
    # the clipboard write is a promise: wait for the button's handler to finish
    copied = page.wait_for_function("window.cheatdeckCopied", timeout=10_000).json_value()
    assert copied == expected
    assert page.evaluate("navigator.clipboard.readText()") == expected
    # the text itself holds the newlines: a copy without the stylesheet keeps the lines
    assert page.evaluate("document.querySelector('#c-sql-upsert code').textContent") == expected


UNIT_FILE = "[Unit]\nDescription=Worker %i\n\n[Service]\nExecStart=/usr/bin/worker\n"


def test_copy_gives_a_blank_line_of_code_as_an_empty_line(browser, tmp_path):
    """A unit file's blank line between its sections was copied as a line holding one
    space (the blank line's stand-in, which gave it its height): the copy now gives the
    code exactly, and the blank line still takes a line's height."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: units\ntitle: Units\ndeck: Units\n", "utf-8")
    code = "".join(f"      {line}\n" if line else "\n" for line in UNIT_FILE.split("\n")[:-1])
    (corpus / "units.yaml").write_text(
        "deck: systemd\ntitle: systemd\ncards:\n  - id: worker\n    kind: snippet\n"
        f"    title: A worker unit\n    lang: ini\n    code: |\n{code}",
        "utf-8",
    )
    page = open_page(browser, build_html(corpus, tmp_path / "out"))
    block = page.locator("article#c-worker pre.code")
    block.hover()
    block.locator("button.copy").click()
    copied = page.wait_for_function("window.cheatdeckCopied", timeout=10_000).json_value()
    assert copied == UNIT_FILE.rstrip("\n")
    heights = page.evaluate(
        "[...document.querySelectorAll('#c-worker .line')]"
        ".map(line => line.getBoundingClientRect().height)"
    )
    assert len(heights) == 5 and heights[2] == heights[1] > 0, heights


def lay_out_every_section(page) -> None:
    """Sections out of view are laid out only when they come near (content-visibility)
    and clip what they hold: measure every section as if it were on screen, unclipped."""
    page.add_style_tag(content=".topic { content-visibility: visible !important; }")


@pytest.mark.parametrize("name", ["postgres", "aws"])
def test_no_horizontal_overflow_on_a_phone(browser, sheets, name):
    page = open_page(browser, sheets[name], width=390)
    lay_out_every_section(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def _many_sections(tmp_path, per_section: int = 6) -> Path:
    corpus = tmp_path / "many"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: many\ntitle: Many\ndeck: Many\n")
    for n in range(60):
        cards = "".join(
            f"  - {{id: t{n}-c{c}, kind: qa, question: Topic {n} question {c}?, "
            f"answer: Answer {n}-{c} zq{n}x{c}}}\n"
            for c in range(per_section)
        )
        (corpus / f"t{n:02}.yaml").write_text(f"deck: T{n}\ntitle: Topic {n}\ncards:\n{cards}")
    return build_html(corpus, tmp_path / "out")


#: Cards the browser has not laid out: they lie in a section out of view.
SKIPPED = (
    "[...document.querySelectorAll('main article.card')]"
    ".filter(card => !card.checkVisibility({contentVisibilityAuto: true})).length"
)


def _settles(page, condition: str) -> bool:
    """Whether ``condition`` (a JavaScript expression) holds within 10 s: the browser
    decides what content-visibility skips at a rendering update, not at once (a check
    made at once failed on a loaded machine)."""
    try:
        page.wait_for_function(condition, timeout=10_000)
    except Exception:  # noqa: BLE001 - Playwright's TimeoutError: the condition never held
        return False
    return True


def test_while_filtering_only_sections_near_the_screen_are_laid_out(browser, tmp_path):
    page = open_page(browser, _many_sections(tmp_path))
    assert _settles(page, f"{SKIPPED} === 0"), "reading: every section laid out"
    page.fill("#search", "answer")  # every card matches: sections far down are skipped
    assert _settles(page, f"{SKIPPED} > 0"), "filtering: sections far below are not laid out"
    page.fill("#search", "zq59x5")
    assert page.locator("article.card:not([hidden])").count() == 1
    last = page.locator("#c-t59-c5")
    last.scroll_into_view_if_needed()
    box = last.bounding_box()
    assert box is not None and box["height"] > 0 and 0 <= box["y"] < 900
    page.fill("#search", "answer")
    page.emulate_media(media="print")
    assert _settles(page, f"{SKIPPED} === 0"), "printing lays out every section, filter or not"
    page.emulate_media(media="screen")
    page.fill("#search", "")
    assert _settles(page, f"{SKIPPED} === 0"), "the box cleared: every section laid out again"


def test_a_reload_keeps_the_card_read_where_it_was(browser, tmp_path):
    """``watch`` reloads the page after each build: the card at the top stays there."""
    page = open_page(browser, _many_sections(tmp_path, per_section=40))  # tall sections
    card = "document.getElementById('c-t40-c0').getBoundingClientRect().top"
    for _step in range(400):  # read down to it, a screen at a time
        if page.evaluate(card) < 300:
            break
        page.mouse.wheel(0, 600)
        page.wait_for_timeout(20)
    before = page.evaluate(card)
    page.reload()
    page.wait_for_timeout(300)
    assert abs(page.evaluate(card) - before) < 2


SPLIT_WORDS = """() => {
    // words (between spaces, or after a hyphen or slash) laid out on more than one line,
    // though the cell is wide enough for them whole (an ARN wider than a cell's 16em
    // must break, or it runs over the next cell)
    const split = [];
    for (const cell of document.querySelectorAll('main td, main th')) {
        const style = getComputedStyle(cell);
        const room = cell.clientWidth - parseFloat(style.paddingLeft)
            - parseFloat(style.paddingRight);
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const re = /[^\\s\\-\\/]+[\\-\\/]?/g;
            let match;
            while ((match = re.exec(node.data))) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const rects = [...range.getClientRects()].filter(r => r.width > 0);
                const tops = new Set(rects.map(r => Math.round(r.top)));
                const whole = rects.reduce((sum, r) => sum + r.width, 0);
                if (tops.size > 1 && whole <= room) split.push(match[0]);
            }
        }
    }
    return split;
}"""


@pytest.mark.parametrize("width", [1440, 390])
@pytest.mark.parametrize("name", ["postgres", "aws"])
def test_no_word_in_a_table_cell_is_split_across_lines(browser, sheets, name, width):
    page = open_page(browser, sheets[name], width=width)
    lay_out_every_section(page)
    assert page.evaluate(SPLIT_WORDS) == []


CONTRAST = """() => {
    function rgba(text) {
        const m = text.match(/[\\d.]+/g).map(Number);
        return m.length > 3 ? m : [...m, 1];
    }
    function lum(c) {
        const f = v => {
            v /= 255;
            return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
    }
    function background(el) {
        for (; el; el = el.parentElement) {
            const c = rgba(getComputedStyle(el).backgroundColor);
            if (c[3] > 0.5) return c;
        }
        return rgba(getComputedStyle(document.documentElement).backgroundColor);
    }
    const low = [];
    const seen = new Set();
    for (const el of document.querySelectorAll('body *')) {
        if (el.offsetParent === null && el !== document.body) continue;
        const own = [...el.childNodes].some(n => n.nodeType === 3 && n.data.trim());
        if (!own) continue;
        const fg = rgba(getComputedStyle(el).color), bg = background(el);
        const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
        const ratio = (a + 0.05) / (b + 0.05);
        const key = el.tagName + '.' + el.className + ' ' + getComputedStyle(el).color;
        if (ratio < 4.5 && !seen.has(key)) {
            seen.add(key);
            low.push(key + ' ' + ratio.toFixed(2));
        }
    }
    return low;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["postgres", "aws"])
def test_text_and_code_contrast_is_at_least_4_5(browser, sheets, name, scheme):
    page = open_page(browser, sheets[name], scheme=scheme)
    lay_out_every_section(page)
    page.evaluate("document.querySelectorAll('button.copy').forEach(b => b.style.opacity = 1)")
    assert page.evaluate(CONTRAST) == []


def test_formulas_and_line_drawings_stay_visible_on_a_dark_screen(browser, tmp_path):
    """Formulas are black pictures and a figure may be black lines on nothing: on the
    dark page each must still show ink that stands out from what is around it."""
    import io

    from PIL import Image

    corpus = tmp_path / "cards"
    (corpus / "images").mkdir(parents=True)
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    (corpus / "images" / "lines.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="60">'
        '<path d="M5 55 L75 55 L5 5 Z" fill="none" stroke="black" stroke-width="3"/></svg>',
        "utf-8",
    )
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n"
        "  - id: pythagoras\n    kind: concept\n    term: Pythagoras\n"
        "    definition: '\\(a^2 + b^2 = c^2\\)'\n    image: images/lines.svg\n",
        "utf-8",
    )
    sheet = build_html(corpus, tmp_path / "out")

    def spread(page, selector: str) -> float:
        """Lightest minus darkest pixel (0–255 grey) of the element as shown."""
        shot = Image.open(io.BytesIO(page.locator(selector).first.screenshot())).convert("L")
        low, high = shot.getextrema()
        return high - low

    for scheme in ("light", "dark"):
        page = open_page(browser, sheet, scheme=scheme)
        assert spread(page, "img.math") > 128, scheme
        assert spread(page, "img.figure") > 128, scheme
        page.context.close()


def test_each_contents_link_reaches_its_own_section_when_topics_share_a_deck(browser, tmp_path):
    """Two files of one deck, and decks named in kanji only (whose slugs once lost every
    letter): each section has its own id, and each contents line leads to its section."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: jp\ntitle: JP\ndeck: 日本語\n", "utf-8")
    topics = {
        "a.yaml": ("漢字", "Kanji one", "数字"),
        "b.yaml": ("漢字", "Kanji two", "曜日"),
        "c.yaml": ("動詞", "Verbs", "活用"),
    }
    for name, (deck, title, group) in topics.items():
        (corpus / name).write_text(
            f"deck: {deck}\ntitle: {title}\ncards:\n  - id: {name[0]}-card\n    kind: qa\n"
            f"    group: {group}\n    question: Q {name}?\n    answer: A {name}\n",
            "utf-8",
        )
    command = [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(tmp_path / "out")]
    result = subprocess.run(
        [*command, "-f", "html,pdf"], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "defined twice" not in result.stderr  # WeasyPrint's warning of a repeated id
    page = open_page(browser, tmp_path / "out" / "jp.html")
    ids = page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(ids) == len(set(ids)), ids
    links = page.evaluate(
        '[...document.querySelectorAll(\'nav a[href^="#"], .toc a[href^="#"]\')]'
        ".map(a => [a.textContent.trim(), a.getAttribute('href').slice(1)])"
    )
    titles = [title for _deck, title, _group in topics.values()]
    groups = [group for _deck, _title, group in topics.values()]
    assert sorted(text for text, _ in links) == sorted(titles + groups), links
    for text, target in links:
        owner = page.evaluate(
            "id => { const el = document.getElementById(id);"
            " const section = el && el.closest('section');"
            " return section && section.querySelector('h2').textContent.trim(); }",
            target,
        )
        expected = text if text in titles else titles[groups.index(text)]
        assert owner == expected, (text, target, owner)
    page.context.close()


def test_the_search_box_finds_a_formula_by_how_it_is_written(browser, tmp_path):
    """Formulas are pictures: the box reads their LaTeX (the picture's alt text)."""
    topic = (
        "deck: A\ntitle: A\ncards:\n"
        "  - id: roots\n    kind: qa\n    question: Roots?\n"
        "    answer: '\\(x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}\\)'\n"
        "  - id: other\n    kind: qa\n    question: Other?\n    answer: Nothing squared\n"
    )
    assert cards_found(browser, tmp_path, topic, "sqrt") == ["c-roots"]


def cards_found(browser, tmp_path, topic: str, query: str) -> list[str]:
    """The ids of the cards the sheet of one ``topic`` file still shows once ``query``
    is typed in its search box."""
    page = open_page(browser, one_topic_sheet(tmp_path, topic))
    page.fill("#search", query)
    shown = page.evaluate(
        "[...document.querySelectorAll('main article.card')].filter(c => !c.hidden).map(c => c.id)"
    )
    page.context.close()
    return shown


@pytest.mark.parametrize(
    ("query", "found"),
    [("H2O", ["c-water"]), ("CO2", ["c-burn"]), ("R2", ["c-r-squared"]), ("Nu-", ["c-sn2"])],
)
def test_the_search_box_finds_raised_and_lowered_digits_as_typed(browser, tmp_path, query, found):
    """ "H2O" found nothing on a chemistry sheet that writes H₂O, nor "R2" R²: a keyboard
    has no subscript digits. The box reads them as the plain digits and signs."""
    topic = (
        "deck: A\ntitle: A\ncards:\n"
        "  - {id: water, kind: qa, question: Formula of water?, answer: H₂O}\n"
        "  - {id: burn, kind: qa, question: Burning methane?, answer: CH₄ + 2 O₂ → CO₂}\n"
        "  - {id: r-squared, kind: concept, term: R², definition: Variance explained}\n"
        "  - {id: sn2, kind: concept, term: SN2, definition: 'rate = k[RX][Nu⁻]'}\n"
    )
    assert cards_found(browser, tmp_path, topic, query) == found


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("2136", ["c-jouyou", "c-jouyou-2"]),
        ("２１３６", ["c-jouyou", "c-jouyou-2"]),
        ("28", ["c-letters"]),
        ("ＡＢＣ", ["c-abc"]),
        ("strasse", ["c-street"]),
        ("Straße", ["c-street"]),
        ("igdir", ["c-city"]),
        ("ığdır", ["c-city"]),
        ("IĞDIR", ["c-city"]),
        ("schluessel", ["c-key"]),
        ("Schlussel", ["c-key"]),
        ("Schlüssel", ["c-key"]),
    ],
)
def test_the_search_box_finds_full_width_and_arabic_indic_digits_as_plain_ones(
    browser, tmp_path, query, found
):
    """ "2136" found only one of "2136 字" and "２１３６ 字" (a Japanese input method
    types full-width digits and letters), "28" not "٢٨ حرفاً", and "strasse" (typed
    without a German keyboard) not "Straße"; "igdir" and even "ığdır" (the Turkish
    small letters) did not find "Iğdır", nor "schluessel" "der Schlüssel"."""
    topic = (
        "deck: A\ntitle: A\ncards:\n"
        "  - {id: jouyou, kind: qa, question: 常用漢字の数は？, answer: ２１３６字}\n"
        "  - {id: jouyou-2, kind: qa, question: 常用漢字は何字？, answer: 2136字}\n"
        "  - {id: letters, kind: qa, question: عدد الحروف العربية؟, answer: ٢٨ حرفاً}\n"
        "  - {id: abc, kind: concept, term: ABC, definition: アルファベット}\n"
        "  - {id: street, kind: concept, term: die Straße, definition: the road}\n"
        "  - {id: city, kind: concept, term: Iğdır, definition: a town in Turkey}\n"
        "  - {id: key, kind: concept, term: der Schlüssel, definition: the key}\n"
    )
    assert cards_found(browser, tmp_path, topic, query) == found


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("§823", ["c-tort", "c-tort-2"]),
        ("§ 823", ["c-tort", "c-tort-2"]),
        ("¶12", ["c-para"]),
        ("§ 195", []),
    ],
)
def test_the_search_box_finds_a_section_with_or_without_a_blank_after_its_sign(
    browser, tmp_path, query, found
):
    """ "§823" found nothing on a sheet that writes "§ 823 BGB", and "§ 823" not
    "§823 BGB": each is a section sign and its number, however spaced."""
    topic = (
        "deck: A\ntitle: A\ncards:\n"
        "  - {id: tort, kind: qa, question: What does § 823 BGB govern?, answer: Torts}\n"
        "  - {id: tort-2, kind: concept, term: §823 BGB, definition: Tort liability}\n"
        "  - {id: para, kind: concept, term: ¶ 12, definition: The twelfth paragraph}\n"
    )
    assert cards_found(browser, tmp_path, topic, query) == found


CODE_LINE_BREAKS = """(selector) => {
    // each code element's lines as laid out: [the line's text, the next line's first
    // character] at each place the text wraps
    const breaks = [];
    for (const code of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
        let line = '', top = null;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let at = 0; at < node.length; at++) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + 1);
                const rect = range.getClientRects()[0];
                const char = node.data[at];
                if (rect && top !== null && Math.abs(rect.top - top) > 3) {
                    breaks.push([line, char]);
                    line = '';
                }
                if (rect) top = rect.top;
                line += char;
            }
        }
    }
    return breaks;
}"""


def code_line_breaks(page, selector: str) -> list[tuple[str, str]]:
    """(a wrapped line of code, the next line's first character) at each wrap."""
    return [tuple(pair) for pair in page.evaluate(CODE_LINE_BREAKS, selector)]


@pytest.mark.parametrize("width", [1440, 390])
def test_a_wrapped_command_never_ends_a_line_with_an_options_dash(browser, tmp_path, width):
    """ "-" at one line's end and "ISO" at the next one's start read as two words."""
    from test_sheet_design import OPTIONS_TOPIC

    html = one_topic_sheet(tmp_path, OPTIONS_TOPIC, "name: opts\ntitle: Options\ndeck: Opts\n")
    page = open_page(browser, html, width=width)
    breaks = code_line_breaks(page, "main pre.code code, main p code, main li code")
    assert [line for line, _next in breaks if re.search(r"(^|\s)--?$", line.rstrip())] == []
    page.context.close()


def kube_page(browser, tmp_path: Path, width: int):
    from test_sheet_design import KUBE_TOPIC

    html = one_topic_sheet(tmp_path, KUBE_TOPIC, "name: kube\ntitle: Kube\ndeck: K\n")
    return open_page(browser, html, width=width)


@pytest.mark.parametrize("width", [1440, 390])
def test_a_wrapped_code_line_wraps_at_a_blank_not_after_a_words_hyphen(browser, tmp_path, width):
    """ "tmux new-" over "session", "pod/api-server-" over "7d9f8b6c4": a line of code
    that ends inside a word reads as two commands."""
    page = kube_page(browser, tmp_path, width)
    assert page.evaluate("document.querySelectorAll('main pre.code').length") == 3
    breaks = code_line_breaks(page, "main pre.code code, main p code")
    parted = [
        f"{line}|{char}" for line, char in breaks if line.endswith(("-", "/")) and char.strip()
    ]
    assert parted == []
    page.context.close()


EDGE_MASKS = """() => Object.fromEntries(
    [...document.querySelectorAll('main .kind-table')].map(card => [card.id, {
        scrolls: card.scrollWidth > card.clientWidth + 1,
        mask: getComputedStyle(card).maskImage,
    }])
)"""


#: Waits (up to 5 s, then goes on: the asserts judge) for the table's fade to be drawn.
FIRST_FADE = """() => new Promise(done => {
    const card = document.getElementById('c-kinds'), started = performance.now();
    (function poll() {
        if (getComputedStyle(card).maskImage !== 'none' || performance.now() - started > 5000)
            done();
        else
            requestAnimationFrame(poll);
    })();
})"""


def test_a_table_wider_than_a_phone_fades_at_the_edge_it_scrolls_to(browser, tmp_path):
    """A table scrolled inside its card gave no sign that it scrolls: its content now fades
    out at each edge there is more beyond; a table that fits is not faded."""
    page = kube_page(browser, tmp_path, 390)
    # the fade is a scroll-driven animation: on a busy machine its first frame may come
    # after the page has loaded (the masks read "none" until then)
    page.evaluate(FIRST_FADE)
    cards = page.evaluate(EDGE_MASKS)
    assert cards["c-kinds"]["scrolls"] and not cards["c-ports"]["scrolls"], cards
    assert cards["c-ports"]["mask"] == "none"
    at_start = cards["c-kinds"]["mask"]
    clear = "rgba(0, 0, 0, 0)"
    assert at_start.startswith("linear-gradient") and at_start.endswith(f"{clear})"), at_start
    page.evaluate("document.getElementById('c-kinds').scrollLeft = 1e6")
    page.wait_for_timeout(200)
    at_end = page.evaluate(EDGE_MASKS)["c-kinds"]["mask"]
    assert f"{clear}," in at_end and not at_end.endswith(f"{clear})"), at_end
    page.context.close()


RUN_IN_LINES = """() => [...document.querySelectorAll('ul.run-in > li')].map(item => {
    const rects = [...item.getClientRects()].filter(r => r.width > 0);
    return {item: item.textContent, lines: new Set(rects.map(r => Math.round(r.top))).size,
            top: Math.round(rects[0].top)};
})"""


@pytest.mark.parametrize("width", [1440, 390])
def test_short_list_items_run_on_and_none_breaks_inside(browser, tmp_path, width):
    from test_sheet_design import RUN_IN_TOPIC

    html = one_topic_sheet(tmp_path, RUN_IN_TOPIC, "name: run\ntitle: Run\ndeck: R\n")
    page = open_page(browser, html, width=width)
    items = page.evaluate(RUN_IN_LINES)
    assert [item["item"] for item in items][:2] == ["f/1.4", "f/2"]
    assert all(item["lines"] == 1 for item in items), items
    assert len({item["top"] for item in items}) <= 2, items  # not one a line
    page.context.close()


UNITS_TOPIC = """\
deck: Shutter
title: Shutter
cards:
  - id: freeze
    kind: table
    title: Shutter speed to freeze or blur motion
    row_header: Subject
    columns: [Freeze, Pan with it, Show as a blur]
    rows:
      Running child or dog: [1/1000 s, 1/60 s, 1/15 s]
      Car on a motorway: [1/2000 s, 1/125 s, 1/30 s]
      Waterfall: [1/1000 s, not applicable, 1/2 s to 2 s for silky water]
      Bird in flight: [1/3200 s, 1/250 s, 1/30 s]
"""

NUMBERS_PARTED_FROM_UNITS = """() => {
    const parted = [];
    for (const cell of document.querySelectorAll('main td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        let text = '';
        const nodes = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            nodes.push([node, text.length]);
            text += node.data;
        }
        for (const match of text.matchAll(/\\d+(?:\\/\\d+)? s\\b/g)) {
            const tops = new Set();
            for (let at = match.index; at < match.index + match[0].length; at++) {
                const [node, start] = nodes.filter(([, start]) => start <= at).pop();
                const range = document.createRange();
                range.setStart(node, at - start);
                range.setEnd(node, at - start + 1);
                const rect = range.getClientRects()[0];
                if (rect && rect.width > 0) tops.add(Math.round(rect.top));
            }
            if (tops.size > 1) parted.push(match[0]);
        }
    }
    return parted;
}"""


@pytest.mark.parametrize("width", [1440, 390])
def test_a_number_in_a_table_cell_stays_on_its_units_line(browser, tmp_path, width):
    """ "1/1000" at one line's end and "s" alone on the next, on a phone."""
    html = one_topic_sheet(tmp_path, UNITS_TOPIC, "name: units\ntitle: Units\ndeck: U\n")
    page = open_page(browser, html, width=width)
    assert page.evaluate("document.querySelectorAll('main td').length") == 12
    assert page.evaluate(NUMBERS_PARTED_FROM_UNITS) == []
    page.context.close()


LIMITS_TOPIC = """\
deck: Gas
title: Gas
cards:
  - {id: air, kind: limit, subject: Maximum operating depth on air,
     value: "56 m (the narcosis limit is far shallower, about 30 m for most divers)"}
  - {id: stop, kind: limit, subject: Safety stop,
     value: 3–5 min at 5 m (recommended after every dive deeper than 10 m)}
  - {id: fly, kind: limit, subject: Surface interval before flying,
     value: "18 h (DAN and UHMS guideline, 12 h after a single no-decompression dive)"}
  - {id: depth, kind: limit, subject: Recreational depth limit, value: 40 m}
"""

ROW_LINES = """() => [...document.querySelectorAll('table.limits tr')].map(row => {
    const [subject, value] = row.querySelectorAll('td');
    const lines = (cell) => Math.round(cell.getBoundingClientRect().height
        / parseFloat(getComputedStyle(cell).lineHeight));
    return [lines(subject), lines(value)];
})"""


LONG_WORD_LIMITS = """\
deck: Web
title: Web
cards:
  - {id: url, kind: limit, subject: Practical URL length that every browser accepts,
     value: "2000", unit: characters}
  - {id: streams, kind: limit, subject: HTTP/2 SETTINGS_MAX_CONCURRENT_STREAMS minimum,
     value: "100", unit: streams}
  - {id: port, kind: limit, subject: HTTPS port, value: "443"}
"""

VALUES_OUT_OF_VIEW = """() => [...document.querySelectorAll('td.value')].filter(cell => {
    const card = cell.closest('article').getBoundingClientRect();
    return cell.getBoundingClientRect().right > card.right + 0.5;
}).map(cell => cell.textContent)"""


@pytest.mark.parametrize("width", [1440, 390])
def test_a_limits_subjects_long_word_does_not_push_the_values_out_of_view(browser, tmp_path, width):
    """ "HTTP/2 SETTINGS_MAX_CONCURRENT_STREAMS" kept whole made its limits table wider
    than its card: every value of the table ("2000 characters", "443") was scrolled out
    of view and faded at the card's edge, at 1440 px and on a phone."""
    html = one_topic_sheet(tmp_path, LONG_WORD_LIMITS, "name: web\ntitle: Web\ndeck: W\n")
    page = open_page(browser, html, width=width)
    assert page.evaluate("document.querySelectorAll('table.limits td.value').length") == 3
    hidden = page.evaluate(VALUES_OUT_OF_VIEW)
    page.context.close()
    assert hidden == [], hidden


@pytest.mark.parametrize("width", [1440, 390])
def test_a_limits_value_takes_the_width_it_needs_beside_its_subject(browser, tmp_path, width):
    """A long value took five lines of a third of its column, its subject one line of
    the rest: the value now takes the width it needs, no row over three lines."""
    html = one_topic_sheet(tmp_path, LIMITS_TOPIC, "name: gas\ntitle: Gas\ndeck: G\n")
    page = open_page(browser, html, width=width)
    rows = page.evaluate(ROW_LINES)
    page.context.close()
    assert len(rows) == 4
    assert max(max(row) for row in rows) <= 3, rows


def test_with_javascript_off_every_card_is_shown(browser, sheets):
    page = open_page(browser, sheets["postgres"], java_script_enabled=False)
    hidden = page.evaluate(
        "[...document.querySelectorAll('main article.card')].filter(a => a.offsetParent === null)"
        ".length"
    )
    assert hidden == 0
    assert page.evaluate("document.querySelectorAll('main article.card').length") > 20
    assert not page.locator("#search").is_visible()
    assert page.locator("button.copy").count() == 0


def test_printing_from_the_browser_gives_the_pdf_layout(browser, sheets):
    page = open_page(browser, sheets["aws"])
    page.emulate_media(media="print")
    looks = page.evaluate(
        """() => ({columns: getComputedStyle(document.querySelector('main.flow')).columnCount,
                  toc: getComputedStyle(document.querySelector('nav.toc')).display,
                  links: getComputedStyle(document.querySelector('a.permalink')).display,
                  size: getComputedStyle(document.documentElement).fontSize})"""
    )
    assert looks == {"columns": "3", "toc": "none", "links": "none", "size": "10px"}


FOOD_TOPIC = """\
deck: Food
title: Temperatures
cards:
  - id: first-note
    kind: concept
    term: Danger zone
    definition: Between 5 °C and 60 °C bacteria grow fastest.
  - id: temps
    kind: table
    title: Safe temperatures by food
    row_header: Food
    columns: [Minimum internal temperature, Rest time after cooking, Hot holding,
              Cold storage in refrigerator, Freezer storage for quality, Reheating guidance]
    rows:
      Poultry, whole or ground: [74 °C (165 °F) measured in the thickest part,
        none needed before carving, 60 °C (140 °F) or above at all times,
        1 to 2 days at 4 °C (40 °F) or below, 9 months to a year wrapped airtight,
        bring to 74 °C (165 °F) stirring through]
      Steaks and roasts: [63 °C (145 °F) measured in the thickest part,
        3 minutes before carving or eating, 60 °C (140 °F) or above at all times,
        3 to 5 days at 4 °C (40 °F) or below, 4 to 12 months wrapped airtight,
        bring to 74 °C (165 °F) in the centre]
      Fish and shellfish: [63 °C (145 °F) or until the flesh is opaque,
        none needed before serving, 60 °C (140 °F) or above at all times,
        1 to 2 days at 4 °C (40 °F) or below, 3 to 8 months wrapped airtight,
        bring to 74 °C (165 °F) gently covered]
  - id: two-hours
    kind: qa
    question: How long may perishable food sit out at room temperature?
    answer: No more than two hours.
  - id: fifo
    kind: concept
    term: FIFO
    definition: First in, first out; use older stock before newer.
"""

WIDE_TABLE = """() => {
    const card = document.getElementById('c-temps');
    const lines = (cell) => Math.round(cell.getBoundingClientRect().height
        / parseFloat(getComputedStyle(cell).lineHeight));
    const cells = [...card.querySelectorAll('tbody td')];
    return {
        card: card.getBoundingClientRect().width,
        section: card.parentElement.getBoundingClientRect().width,
        other: document.getElementById('c-two-hours').getBoundingClientRect().width,
        scrolls: card.scrollWidth > card.clientWidth + 1,
        page: document.documentElement.scrollWidth,
        lines: Math.max(...cells.map(lines)),
        narrowest: Math.min(...cells.map(c => c.getBoundingClientRect().width))
            / parseFloat(getComputedStyle(card).fontSize),
    };
}"""


@pytest.mark.parametrize("width", [1440, 1024, 390])
def test_a_six_column_table_is_read_across_the_screen_not_scrolled_in_one_column(
    browser, tmp_path, width
):
    """A table with six columns of short sentences sat in one 24em column of a wide screen
    and scrolled there, a sixth of it in view beside empty columns: on a wide screen, and
    on a tablet's (1024 px, where it spanned only from 1100 px), it now spans its
    section's columns, its cells two to four words a line; on a phone it still scrolls
    inside its card, never the page, its cells no narrower."""
    html = one_topic_sheet(tmp_path, FOOD_TOPIC, "name: food\ntitle: Food\ndeck: F\n")
    page = open_page(browser, html, width=width)
    found = page.evaluate(WIDE_TABLE)
    page.context.close()
    assert found["page"] <= width, found
    assert found["lines"] <= 3 and found["narrowest"] >= 8, found  # never a word a line
    if width >= 1024:  # as wide as the section, beside cards a column wide (2 or more)
        assert found["card"] > found["section"] * 0.95, found
        assert found["other"] < found["section"] * 0.55, found
        assert not found["scrolls"], found
    else:
        assert found["scrolls"], found


METHODS_TOPIC = """\
deck: Methods
title: HTTP methods
cards:
  - id: methods
    kind: table
    title: Methods and their properties
    row_header: Method
    columns: [Safe, Idempotent, Cacheable, Request body, Response body, Allowed in HTML forms,
              CORS-safelisted, Typical status, RFC]
    rows:
      GET: ["yes", "yes", "yes", "no meaning", "yes", "yes", "yes", 200 OK, "9110 §9.3.1"]
      POST: ["no", "no", "only with freshness info", "yes", "yes", "yes", "yes", 201 Created,
             "9110 §9.3.3"]
      PUT: ["no", "yes", "no", "yes", "may", "no", "no", 204 No Content, "9110 §9.3.4"]
  - id: safe
    kind: concept
    term: Safe method
    definition: A method whose semantics are read-only.
  - id: idempotent
    kind: concept
    term: Idempotent method
    definition: Several identical requests have the effect of one.
"""

METHODS_TABLE = """() => {
    const card = document.getElementById('c-methods');
    return {
        card: card.getBoundingClientRect().width,
        section: card.parentElement.getBoundingClientRect().width,
        other: document.getElementById('c-safe').getBoundingClientRect().width,
        scrolls: card.scrollWidth > card.clientWidth + 1,
        page: document.documentElement.scrollWidth,
    };
}"""


@pytest.mark.parametrize("width", [1440, 390])
def test_a_table_of_nine_short_counts_is_read_across_a_wide_screen(browser, tmp_path, width):
    """Nine HTTP methods compared on nine counts ("yes", "no", "200 OK") sat in one 24em
    column of a 1440 px screen and scrolled there, three of its ten columns in view: on a
    wide screen it spans its section's columns and shows them all; on a phone it still
    scrolls inside its card, never the page."""
    html = one_topic_sheet(tmp_path, METHODS_TOPIC, "name: web\ntitle: Web\ndeck: W\n")
    page = open_page(browser, html, width=width)
    found = page.evaluate(METHODS_TABLE)
    page.context.close()
    assert found["page"] <= width, found
    if width == 1440:
        assert found["card"] > found["section"] * 0.95 > found["other"] * 2, found
        assert not found["scrolls"], found
    else:
        assert found["scrolls"], found


KNOTS_TOPIC = """\
deck: Knots
title: Knots
cards:
  - id: knots
    kind: table
    title: Common knots compared
    row_header: Knot
    columns: [Use, Holds, Unties, Strength]
    rows:
      Bowline: [fixed loop at line end, well under load, easily after load, about 60 %]
      Clove hitch: [quick tie to a post, slips if unloaded, very easily, about 60 %]
      Figure-eight loop: [climbing tie-in, very securely, hard after load, about 80 %]
      Sheet bend: [joins two unequal ropes, if kept loaded, easily, about 50 %]
  - id: hitches
    kind: table
    title: Hitches by load
    row_header: Load
    columns: [Hitch]
    rows:
      Light: [Clove hitch]
      Heavy: [Round turn]
  - id: bight
    kind: concept
    term: Bight
    definition: A U-shaped part of a rope that does not cross itself.
  - id: fid
    kind: concept
    term: Fid
    definition: A tapered tool that opens the strands of a rope for splicing.
"""

CELL_LINES = """(id) => {
    // the cells of a card's table laid out on more than one line, and how wide it is
    const card = document.getElementById(id);
    const wrapped = [];
    for (const cell of card.querySelectorAll('th, td')) {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const rects = [...range.getClientRects()].filter(r => r.width > 0);
        if (new Set(rects.map(r => Math.round(r.top))).size > 1) wrapped.push(cell.textContent);
    }
    return {
        wrapped,
        table: card.querySelector('table').getBoundingClientRect().width,
        card: card.getBoundingClientRect().width,
        section: card.parentElement.getBoundingClientRect().width,
        page: document.documentElement.scrollWidth,
    };
}"""


@pytest.mark.parametrize("width", [1440, 390])
def test_a_table_of_short_phrases_gets_the_room_to_keep_them_on_one_line(browser, tmp_path, width):
    """Four knots compared on four counts in short phrases sat in one 24em column of a
    1440 px screen, "fixed loop at" over "line end" and "Clove" over "hitch", two thirds of
    the screen beside it empty: on a wide screen it spans its section's columns and no
    cell wraps, its columns as wide as their cells (not set apart across the section),
    while a two-column table stays in its column; on a phone the page still never
    scrolls sideways."""
    html = one_topic_sheet(tmp_path, KNOTS_TOPIC, "name: knots\ntitle: Ropes\ndeck: K\n")
    page = open_page(browser, html, width=width)
    knots = page.evaluate(CELL_LINES, "c-knots")
    hitches = page.evaluate(CELL_LINES, "c-hitches")
    page.context.close()
    assert knots["page"] <= width, knots
    if width == 1440:
        assert knots["wrapped"] == [], knots
        assert knots["card"] > knots["section"] * 0.95, knots
        assert knots["table"] < knots["section"] * 0.75, knots  # its columns not set apart
        assert hitches["card"] < hitches["section"] / 2, hitches


SCOPES_TOPIC = (
    "deck: Scopes\n"
    + TELESCOPE_TYPES
    + """\
  - id: aperture
    kind: concept
    term: Aperture
    definition: The diameter of the main lens or mirror.
"""
)


@pytest.mark.parametrize("width", [1440, 1024])
def test_a_spanned_table_of_many_short_phrases_fits_the_section_without_scrolling(
    browser, tmp_path, width
):
    """Four telescopes compared on eight counts in short phrases spanned the section's
    columns at its cells' natural widths, 1315 px, and still scrolled, "Best for" out of
    view at 1440 px as at 1024: it wraps its cells between words to the section's width."""
    html = one_topic_sheet(tmp_path, SCOPES_TOPIC, "name: scopes\ntitle: Scopes\ndeck: S\n")
    page = open_page(browser, html, width=width)
    found = page.evaluate(CELL_LINES, "c-types")
    scrolls = page.evaluate(
        "() => { const c = document.getElementById('c-types');"
        " return c.scrollWidth > c.clientWidth + 1; }"
    )
    page.context.close()
    assert found["card"] > found["section"] * 0.95, found
    assert not scrolls and found["table"] <= found["section"], found


def test_a_two_column_table_of_long_code_stays_in_its_column(browser, sheets):
    """The AWS 'ARN examples' table (two columns, long ARNs: table.wrap) spanned its
    section's columns once the wide-table rule came: a third of the width used, the
    rest empty, and the section's columns cut in two around it."""
    page = open_page(browser, sheets["aws"], width=1440)
    widths = page.evaluate(
        """() => { const card = document.getElementById('c-core-arn-examples');
             return [card.getBoundingClientRect().width,
                     card.parentElement.getBoundingClientRect().width,
                     getComputedStyle(card).columnSpan, card.querySelector('table').className]; }"""
    )
    page.context.close()
    card, section, span, shape = widths
    assert "wrap" in shape and span == "none" and card < section / 2, widths


LINE_STARTS = """(selector) => {
    // the left edge of each laid-out line's first visible character in the element
    const element = document.querySelector(selector);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const starts = [];
    let top = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let at = 0; at < node.length; at++) {
            if (!node.data[at].trim()) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            const rect = range.getClientRects()[0];
            if (rect && (top === null || Math.abs(rect.top - top) > 3)) {
                starts.push(rect.left);
                top = rect.top;
            }
        }
    }
    return starts;
}"""


def test_a_wrapped_line_of_a_commands_output_hangs_under_its_own_indentation(browser, tmp_path):
    """ "    Finished `release` profile [optimized]" went on at the output's left edge,
    "target(s) in 4.21s" further out than the line it continues: it read as a line of
    its own. Code lines already hung two characters deeper than their indentation."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: cargo\ntitle: Cargo\ndeck: Cargo\n", "utf-8")
    (corpus / "cargo.yaml").write_text(
        "deck: Build\ntitle: Build\ncards:\n"
        "  - id: release\n    kind: command\n    task: Build with optimisations\n"
        "    command: cargo build --release\n"
        '    output: "    Finished `release` profile [optimized] target(s) in 4.21s'
        ' (3 crates compiled)"\n',
        "utf-8",
    )
    page = open_page(browser, build_html(corpus, tmp_path / "out"), width=390)
    starts = page.evaluate(LINE_STARTS, "main pre.output code")
    assert len(starts) >= 2, starts  # it wraps on a phone
    assert all(start > starts[0] for start in starts[1:]), starts
    page.context.close()


def test_a_section_title_printed_from_the_browser_keeps_its_bar(browser, sheets, tmp_path):
    """A browser's print dialog leaves backgrounds out by default (Playwright's ``pdf``
    too): the section titles, white on their colour's bar, printed pale grey on white.
    The title's box on the printed page is mostly its dark bar."""
    from PIL import Image

    page = open_page(browser, sheets["postgres"])
    pdf = tmp_path / "printed.pdf"
    page.pdf(path=str(pdf), format="A4", landscape=True)
    title = page.evaluate("document.querySelector('.topic > h2').textContent.trim()")
    boxes = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    word = re.escape(title.split()[0])
    found = re.search(
        rf'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">{word}</word>',
        boxes,
    )
    assert found, boxes[:2000]
    subprocess.run(
        ["pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    x0, y0, x1, y1 = (round(float(edge)) for edge in found.groups())
    shades = image.crop((x0, y0, x1, y1)).histogram()  # pixels per grey level
    dark = sum(shades[:128]) / sum(shades)
    assert dark > 0.5, f"the title {title!r} printed without its bar ({dark:.0%} dark)"


def test_a_french_sheet_speaks_french_in_its_box_count_contents_and_copy_button(browser, tmp_path):
    """With ``language: fr`` the HTML said "Filter cards", "1 of 2 cards", "Contents"
    and "Copy" / "Copied" around French cards."""
    topic = (
        "deck: Pain\ntitle: Pain\ncards:\n"
        "  - id: levain\n    kind: qa\n    question: Qu'est-ce qu'un levain ?\n"
        "    answer: Un mélange de farine et d'eau fermenté\n"
        "  - id: four\n    kind: snippet\n    title: Préchauffer\n    lang: bash\n"
        "    code: four --on 250\n"
    )
    corpus = "name: p\ntitle: Pain\ndeck: Pain\nsettings:\n  language: fr\n"
    page = open_page(
        browser,
        one_topic_sheet(tmp_path, topic, corpus),
        permissions=["clipboard-read", "clipboard-write"],
    )
    assert page.get_attribute("#search", "placeholder") == "Filtrer les cartes"
    assert page.text_content("nav.toc h2") == "Sommaire"
    page.fill("#search", "levain")
    assert page.text_content("#search-count") == "1 sur 2 cartes"
    page.fill("#search", "")
    button = page.locator("article#c-four button.copy")
    assert button.text_content() == "Copier"
    page.locator("article#c-four pre.code").hover()
    button.click()
    page.wait_for_function("window.cheatdeckCopied", timeout=10_000)
    assert button.text_content() == "Copié"
    assert page.errors == [], page.errors
    page.context.close()


SPACED_STRINGS_TOPIC = """deck: Py
title: Python
cards:
  - id: aligned
    kind: snippet
    title: Right-aligned repr
    lang: python
    code: |
      print(f"{x!r:>10}")   # "      'hi'"
      sep = ", ".join(["a", "b"])  # "a,  b"
  - id: two-blanks
    kind: command
    task: Grep two spaces
    command: grep -e "a  b" notes.txt
"""


@pytest.mark.parametrize("width", [1440, 390])
def test_blanks_inside_a_short_quoted_string_of_code_are_all_shown(browser, tmp_path, width):
    """A quoted string kept whole on its line (``"      'hi'"``, ``-e "a  b"``) showed
    its run of blanks as one: its box did not wrap, and so did not keep blanks either."""
    html = one_topic_sheet(tmp_path, SPACED_STRINGS_TOPIC, "name: sp\ntitle: Sp\ndeck: Sp\n")
    page = open_page(browser, html, width=width)
    shown = page.evaluate(
        "[...document.querySelectorAll('main pre.code code')].map(code => code.innerText)"
    )
    assert any("# \"      'hi'\"" in text for text in shown), shown
    assert any('# "a,  b"' in text for text in shown), shown
    assert any('grep -e "a  b" notes.txt' in text for text in shown), shown
    page.context.close()


def test_a_card_title_of_two_lines_is_never_split_between_two_columns(browser, tmp_path):
    """A Portuguese list's title, "Os nove certos da administração de medicamentos", ended
    one column with its first line and began the next with "medicamentos" at 1440 px (a
    card that splits, ``tall``, let its heading split too)."""
    topic = (ROOT / "tests" / "data" / "doses-pt-topic.yaml").read_text("utf-8")
    page = open_page(browser, one_topic_sheet(tmp_path, topic))
    split = []
    for width in range(1100, 1700, 10):  # where the title meets a column's end
        page.set_viewport_size({"width": width, "height": 900})
        split += page.evaluate(
            """() => [...document.querySelectorAll('.card h3')]
                .filter(h => new Set([...h.getClientRects()].map(r => r.left)).size > 1)
                .map(h => `${innerWidth}: ${h.textContent}`)"""
        )
    assert split == []


def test_a_list_item_is_never_split_between_two_screen_columns(browser, tmp_path):
    """A list card taller than its share of a section goes on in the next column, but
    an item stays whole: "Prone — only crawls; melee attacks against it have" ended one
    column and "advantage" began the next."""
    items = "".join(
        f"      - Condition {n}: {'the creature cannot act, and attacks against it' * 2}"
        " have advantage\n"
        for n in range(1, 13)
    )
    path = one_topic_sheet(
        tmp_path,
        "deck: Rules\ntitle: Rules\ncards:\n"
        "  - {id: a, kind: qa, question: Which die decides a hit?, answer: the d20}\n"
        f"  - id: conditions\n    kind: list\n    title: Conditions\n    items:\n{items}",
    )
    page = open_page(browser, path, width=1440)
    lefts = page.evaluate(
        "[...document.querySelectorAll('.card li')].map("
        "li => [...li.getClientRects()].map(r => Math.round(r.left)))"
    )
    assert len({left for rects in lefts for left in rects}) > 1  # the list spans columns
    assert [rects for rects in lefts if len(set(rects)) > 1] == []
