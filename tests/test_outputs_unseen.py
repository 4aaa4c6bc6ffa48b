"""Outputs for corpora like a newcomer writes: right-to-left and other scripts, tabs in
code, wide tables, lists in answers; read back with a PDF reader, chromium, Anki, and
markdown-it."""

# ruff: noqa: E501 - the wide table's rows are longer than a line

from __future__ import annotations

import shutil
import textwrap
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from cheatdeck import pipeline
from cheatdeck.writers import WRITER_NAMES
from cheatdeck.writers.sheet import page as sheet

pytest.importorskip("weasyprint")

ARABIC = "\u0600-\u06ff"


def write_corpus(folder: Path, topic: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text(
        "name: scripts\ntitle: Scripts\ndeck: Scripts\n", encoding="utf-8"
    )
    (folder / "topic.yaml").write_text(textwrap.dedent(topic), encoding="utf-8")
    return folder


def text_by_font(data: bytes) -> dict[str, str]:
    """The text each embedded font draws, read with pypdf (its ToUnicode maps)."""
    drawn: dict[str, list[str]] = {}

    def visit(text, cm, tm, font, size):
        if font is not None and text.strip():
            drawn.setdefault(str(font["/BaseFont"]), []).append(text)

    for page in PdfReader(BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return {font: "".join(parts) for font, parts in drawn.items()}


def test_italic_arabic_prints_with_the_upright_face_not_the_oblique_ones(tmp_path):
    # DejaVu's oblique faces have no Arabic: WeasyPrint used to draw italic Arabic
    # with the oblique face's glyphs at the upright face's glyph numbers (wrong letters)
    corpus = write_corpus(
        tmp_path / "cards",
        """\
        deck: Arabic
        title: Arabic
        intro: Numbers like ١٢٣ run left to right.
        cards:
          - id: ar-water
            kind: concept
            term: مَاء
            definition: water, as in *شرب الماء*
            note: plural مِيَاه
          - id: ar-comment
            kind: snippet
            title: A comment in Arabic
            lang: python
            code: |
              x = 1  # تعليق بالعربية
        """,
    )
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["pdf"]])
    assert not outcome.report.failed(False), outcome.report.render("text")
    drawn = text_by_font((tmp_path / "out" / "scripts.pdf").read_bytes())
    import re

    arabic = re.compile(f"[{ARABIC}]")
    slanted = {font: text for font, text in drawn.items() if "Oblique" in font}
    assert slanted, drawn  # the intro, the note and the comment are italic
    assert not any(arabic.search(text) for text in slanted.values()), slanted
    everything = "".join(drawn.values())
    for word in ("١٢٣", "مِيَاه", "تعليق"):
        assert word in everything


def test_upright_wraps_runs_in_text_only():
    html = (
        "<html><head><title>ماء</title><style>p{}</style></head>"
        '<body><p title="ماء">a مَاء بارد b ✔</p></body></html>'
    )
    made = sheet.upright(html)
    assert "<title>ماء</title>" in made and 'title="ماء"' in made
    wrapped = '<span class="upright">مَاء بارد</span> b <span class="upright">✔</span>'
    assert f'<p title="ماء">a {wrapped}</p>' in made
    assert sheet.upright("<p>plain</p>") == "<p>plain</p>"


def test_a_symbols_variation_selector_stays_in_its_upright_run():
    made = sheet.upright("<li>\u26a0\ufe0f CORS, \u2714\ufe0e done, \u270c\U0001f3fd</li>")
    assert made == (
        '<li><span class="upright">\u26a0\ufe0f</span> CORS, '
        '<span class="upright">\u2714\ufe0e</span> done, '
        '<span class="upright">\u270c\U0001f3fd</span></li>'
    )


def test_a_symbol_written_with_its_emoji_selector_prints_without_a_dotted_circle(
    tmp_path, monkeypatch
):
    """ "⚠️ CORS" (a warning sign and U+FE0F, as emoji keyboards type it) printed as
    "⚠◌ CORS": the selector was left out of the sign's upright span, began a text run
    of its own, and HarfBuzz drew a dotted circle for it."""
    from cheatdeck.writers.sheet import pdf

    runs = []
    real = pdf.lay_out

    def recorded(html, roots):
        document = real(html, roots)
        for page in document.pages:
            runs.extend(box.text for box in page._page_box.descendants() if hasattr(box, "text"))
        return document

    monkeypatch.setattr(pdf, "lay_out", recorded)
    corpus = write_corpus(
        tmp_path / "cards",
        """\
        deck: Audit
        title: Audit
        cards:
          - id: audit
            kind: list
            title: Quick audit
            items: ["\u26a0\ufe0f CORS `*`", "\u2714\ufe0f HSTS"]
        """,
    )
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["pdf"]])
    assert not outcome.report.failed(False), outcome.report.render("text")
    assert any("\u26a0\ufe0f" in text for text in runs), runs
    assert not [text for text in runs if text.startswith(("\ufe0e", "\ufe0f"))], runs


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig's fc-list is not here")
def test_missing_glyph_notice_names_a_package_for_each_kind_of_character(tmp_path):
    from cheatdeck.writers.sheet import font_coverage

    ranges = font_coverage.installed_ranges()
    corpus = write_corpus(
        tmp_path / "cards",
        """\
        deck: Signs
        title: Signs
        cards:
          - id: bread
            kind: qa
            question: Which emoji is bread?
            answer: 🍞
          - id: hello-hindi
            kind: concept
            term: 𑂍𑂰
            definition: a word in Kaithi script
        """,
    )
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["pdf"]])
    assert not outcome.report.failed(False), outcome.report.render("text")
    found = [n for n in outcome.notices if "no installed font has" in n]
    lacking = [c for c in ("🍞", "𑂍") if c in font_coverage.uncovered([c])]
    assert ranges is not None and lacking, "this machine has fonts for the test's characters"
    assert len(found) == 1, outcome.notices
    if "🍞" in lacking:
        assert "fonts-noto-color-emoji for 🍞" in found[0]
    if "𑂍" in lacking:
        assert "fonts-noto-core for 𑂍" in found[0]
    assert "fonts-noto-cjk" not in found[0]  # no Chinese, Japanese or Korean here


def test_a_table_of_eight_columns_stays_inside_its_column(tmp_path):
    # its headings alone were wider than the column: they ran over the next one
    corpus = write_corpus(
        tmp_path / "cards",
        """\
        deck: Russian
        title: Russian
        cards:
          - id: ru-cases
            kind: table
            title: Cases of книга (book)
            row_header: Case
            columns: [Singular, Plural, Question, Example, Preposition, Use, Ending, Stress]
            rows:
              Nominative: [книга, книги, кто? что?, Это книга., "—", subject, "-а", книга]
              Genitive: [книги, книг, кого? чего?, Нет книги., "без, для", absence, "-и", книги]
        """,
    )
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["pdf"]])
    assert not outcome.report.failed(False), outcome.report.render("text")
    assert not [n for n in outcome.notices if "layout" in n], outcome.notices
    text = pdf_text((tmp_path / "out" / "scripts.pdf").read_bytes())
    squashed = "".join(text.split()).replace("\u2010", "")  # a word hyphenated at a break
    assert "Nominative" in squashed and "Preposition" in squashed


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


GO_TOPIC = """\
deck: Go
title: Go
cards:
  - id: go-merge
    kind: snippet
    title: Fan-in of two channels
    lang: go
    code: |
      func merge(a, b <-chan int) <-chan int {
      \tout := make(chan int)
      \tgo func() {
      \t\tdefer close(out)
      \t\tfor a != nil || b != nil {
      \t\t\tselect {
      \t\t\tcase v, ok := <-a:
      \t\t\t\tif !ok { a = nil; continue }
      \t\t\t\tout <- v
      \t\t\tcase v, ok := <-b:
      \t\t\t\tif !ok { b = nil; continue }
      \t\t\t\tout <- v
      \t\t\t}
      \t\t}
      \t}()
      \treturn out
      }
"""


def test_tab_indented_code_steps_evenly_on_paper(tmp_path):
    # a tab stop counts from the line's block, which the hanging indent moves: each
    # depth of tabs was indented by another amount
    corpus = write_corpus(tmp_path / "cards", GO_TOPIC)
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["pdf"]])
    assert not outcome.report.failed(False), outcome.report.render("text")
    starts = word_starts((tmp_path / "out" / "scripts.pdf").read_bytes())
    depth = [starts[word] for word in ("func", "out", "defer", "select", "if")]
    steps = [later - earlier for earlier, later in zip(depth, depth[1:], strict=False)]
    assert steps[0] > 5 and all(abs(step - steps[0]) < 0.5 for step in steps), depth


def word_starts(data: bytes) -> dict[str, float]:
    """The x of each word's first appearance in the PDF, as pdftotext places it."""
    import subprocess
    import xml.etree.ElementTree as ET

    found = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=data, capture_output=True, check=True
    ).stdout
    starts: dict[str, float] = {}
    for word in ET.fromstring(found).iter("{http://www.w3.org/1999/xhtml}word"):
        starts.setdefault(word.text or "", float(word.get("xMin")))
    return starts


def test_tab_indented_code_steps_evenly_in_the_browser_and_copies_its_tabs(tmp_path):
    from playwright.sync_api import sync_playwright

    corpus = write_corpus(tmp_path / "cards", GO_TOPIC)
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["html"]])
    assert not outcome.report.failed(False), outcome.report.render("text")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page(viewport={"width": 390, "height": 900})
        page.goto((tmp_path / "out" / "scripts.html").as_uri())
        lefts = page.evaluate(
            """() => [...document.querySelectorAll('#c-go-merge .line')].slice(0, 6)
                 .map(line => { const range = document.createRange();
                   const text = [...line.querySelectorAll('*'), line].flatMap(
                     e => [...e.childNodes]).find(n => n.nodeType === 3 && n.data.trim());
                   const at = text.data.search(/\\S/);
                   range.setStart(text, at); range.setEnd(text, at + 1);
                   return range.getBoundingClientRect().left; })"""
        )
        page.click("#c-go-merge button.copy", force=True)
        copied = page.wait_for_function("window.cheatdeckCopied").json_value()
        browser.close()
    steps = [later - earlier for earlier, later in zip(lefts, lefts[1:], strict=False)]
    # func / out / go / defer / for / select: depths 0 1 1 2 2 3
    assert abs(steps[0] - steps[2]) < 0.5 and abs(steps[2] - steps[4]) < 0.5, lefts
    assert abs(steps[1]) < 0.5 and abs(steps[3]) < 0.5 and steps[0] > 5, lefts
    assert "\n\t\tdefer close(out)\n" in copied


def test_long_code_stays_in_one_column_on_screen(tmp_path):
    from playwright.sync_api import sync_playwright

    corpus = write_corpus(tmp_path / "cards", GO_TOPIC)
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["html"]])
    assert not outcome.report.failed(False), outcome.report.render("text")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto((tmp_path / "out" / "scripts.html").as_uri())
        fragments = page.evaluate("document.getElementById('c-go-merge').getClientRects().length")
        browser.close()
    assert fragments == 1


def test_tab_indented_code_in_anki_steps_four_characters_on_a_phone(tmp_path):
    # Anki's note type CSS: with the browser's 8-character tabs a phone showed a Go
    # snippet's fourth level half off screen
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
    from playwright.sync_api import sync_playwright

    corpus = write_corpus(tmp_path / "cards", GO_TOPIC)
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["apkg"]])
    assert not outcome.report.failed(False), outcome.report.render("text")
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        col.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(tmp_path / "out" / "scripts.apkg"),
                options=ImportAnkiPackageOptions(),
            )
        )
        (card_id,) = col.find_cards("")
        shown = col.get_card(card_id).render_output(reload=True)
        html = f"<style>{shown.css}</style>{shown.answer_text}"
    finally:
        col.close()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page(viewport={"width": 390, "height": 800})
        page.set_content(f'<!doctype html><html><body class="card">{html}</body></html>')
        step, char = page.evaluate(
            """() => { const code = document.querySelector('pre.code code');
                 const text = code.textContent;
                 const at = i => { const w = document.createTreeWalker(code, 4); let n, o = 0;
                   while ((n = w.nextNode())) { if (i < o + n.data.length) {
                     const r = document.createRange(); r.setStart(n, i - o); r.setEnd(n, i - o + 1);
                     return r.getBoundingClientRect(); } o += n.data.length; } };
                 const first = at(text.indexOf('func')), second = at(text.indexOf('out'));
                 return [second.left - first.left, first.width]; }"""
        )
        browser.close()
    assert char > 0 and abs(step - 4 * char) < 1, (step, char)


def test_a_list_written_in_an_answer_stays_lines_of_text_in_the_markdown(tmp_path):
    # inside the sheet's bullet, "- …" lines became a nested list, leaving the answer's
    # ** markers as text; an entity written in a card showed as the character
    from markdown_it import MarkdownIt

    corpus = write_corpus(
        tmp_path / "cards",
        """\
        deck: Go
        title: Go
        cards:
          - id: go-workspace
            kind: qa
            question: What are the parts of a Go workspace?
            answer: |
              - `go.work` at the root
                - `use` directives
              1. each module's `go.mod`
          - id: entities
            kind: qa
            question: How is an ampersand written in HTML?
            answer: As &amp; (and < as &lt;)
        """,
    )
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["md"]])
    assert not outcome.report.failed(False), outcome.report.render("text")
    source = (tmp_path / "out" / "scripts.md").read_text(encoding="utf-8")
    rendered = MarkdownIt("commonmark").enable("table").render(source)
    item = rendered[rendered.index("Go workspace") :]
    item = item[: item.index("</li>")]
    assert "<ul>" not in item and "<ol>" not in item and "**" not in item, item
    assert "- <code>go.work</code> at the root" in item and "1. each module" in item, item
    assert "As &amp;amp; (and &lt; as &amp;lt;)" in rendered


def test_an_image_written_in_a_cards_text_is_linked_like_its_image_field(tmp_path):
    # the Markdown sheet linked it from OUT as if OUT were the corpus folder (a broken
    # image), Logseq unlike the image: field, and Quizlet dropped it with its alt text
    import re

    from markdown_it import MarkdownIt

    corpus = write_corpus(
        tmp_path / "cards",
        """\
        deck: Signs
        title: Signs
        cards:
          - id: dot
            kind: qa
            question: Which picture shows the dot?
            answer: This one ![a red dot](images/dot.png), not `![code](x.png)`.
            image: images/dot.png
        """,
    )
    (corpus / "images").mkdir()
    shutil.copy(
        Path(__file__).parent / "cases" / "kinds" / "cards" / "images" / "dot.png",
        corpus / "images" / "dot.png",
    )
    out = tmp_path / "out"
    names = [WRITER_NAMES[name] for name in ("md", "logseq", "quizlet")]
    outcome = pipeline.build(corpus, out, names)
    assert not outcome.report.failed(False), outcome.report.render("text")
    html = MarkdownIt("commonmark").render((out / "scripts.md").read_text(encoding="utf-8"))
    sources = re.findall(r'<img src="([^"]+)"', html)
    assert len(sources) == 2, html
    for source in sources:
        assert (out / source).resolve() == (corpus / "images" / "dot.png").resolve(), source
    assert "<code>![code](x.png)</code>" in html
    logseq = (out / "scripts.logseq.md").read_text(encoding="utf-8")
    assert "![a red dot](../images/dot.png)" in logseq and "![image](../images/dot.png)" in logseq
    quizlet = (out / "scripts.quizlet.txt").read_text(encoding="utf-8")
    assert "This one a red dot, not ![code](x.png)." in quizlet


def filtered(corpus: Path, out: Path, queries: tuple[str, ...]) -> dict[str, list[str]]:
    """The ids of the cards the HTML sheet's filter box shows for each query, typed in
    Chromium."""
    from playwright.sync_api import sync_playwright

    outcome = pipeline.build(corpus, out, [WRITER_NAMES["html"]])
    assert not outcome.report.failed(False), outcome.report.render("text")
    found = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        page.goto((out / "scripts.html").as_uri())
        for query in queries:
            page.fill("#search", query)
            found[query] = page.evaluate(
                "[...document.querySelectorAll('main article.card')]"
                ".filter(card => !card.hidden).map(card => card.id)"
            )
        browser.close()
    return found


def test_the_html_filter_finds_words_typed_without_their_marks(tmp_path):
    # Arabic and Hebrew are typed without vowel signs, Latin often without accents
    corpus = write_corpus(
        tmp_path / "cards",
        """\
        deck: Words
        title: Words
        cards:
          - id: ar-book
            kind: concept
            term: كِتَاب (kitāb)
            definition: book
          - id: he-peace
            kind: concept
            term: שָׁלוֹם
            definition: peace
          - id: fr-cafe
            kind: concept
            term: café
            definition: coffee
        """,
    )
    assert filtered(
        corpus, tmp_path / "out", ("كتاب", "kitab", "שלום", "cafe", "Café", "كِتَاب")
    ) == {
        "كتاب": ["c-ar-book"],
        "kitab": ["c-ar-book"],
        "שלום": ["c-he-peace"],
        "cafe": ["c-fr-cafe"],
        "Café": ["c-fr-cafe"],
        "كِتَاب": ["c-ar-book"],
    }


def test_the_html_filter_finds_dashes_and_the_micro_sign_as_typed_on_a_keyboard(tmp_path):
    # a keyboard has "-" and "u": "-3 dB" finds the minus sign, "144-146" the en dash
    corpus = write_corpus(
        tmp_path / "cards",
        """\
        deck: Radio
        title: Radio
        cards:
          - id: half-power
            kind: concept
            term: Half power
            definition: −3 dB
          - id: two-metres
            kind: concept
            term: 2 m band
            definition: 144–146 MHz
          - id: s9
            kind: concept
            term: S9 on HF
            definition: 50 µV
        """,
    )
    assert filtered(
        corpus, tmp_path / "out", ("-3 dB", "−3", "144-146", "144–146", "50 uV", "µV")
    ) == {
        "-3 dB": ["c-half-power"],
        "−3": ["c-half-power"],
        "144-146": ["c-two-metres"],
        "144–146": ["c-two-metres"],
        "50 uV": ["c-s9"],
        "µV": ["c-s9"],
    }


def test_the_html_filter_finds_units_greek_letters_as_typed_on_a_keyboard(tmp_path):
    # "uF" found 10 µF (the micro sign) but not 22 μF (Greek mu, as Wikipedia writes it),
    # and nothing typed on a keyboard found 4.7 kΩ; Greek words still find themselves
    corpus = write_corpus(
        tmp_path / "cards",
        """\
        deck: Parts
        title: Parts
        cards:
          - id: decoupling
            kind: concept
            term: Decoupling capacitor
            definition: 100 nF beside the pin, 10 µF per board
          - id: bulk
            kind: concept
            term: Bulk capacitor
            definition: 22 μF
          - id: pull-up
            kind: concept
            term: I²C pull-up
            definition: 4.7 kΩ (ohm sign 4.7 k\u2126)
          - id: greek
            kind: concept
            term: ΩΜΕΓΑ
            definition: the last letter
        """,
    )
    assert filtered(
        corpus, tmp_path / "out", ("uF", "μF", "22 uf", "4.7 kohm", "kΩ", "ωμεγα", "ohm sign")
    ) == {
        "uF": ["c-decoupling", "c-bulk"],
        "μF": ["c-decoupling", "c-bulk"],
        "22 uf": ["c-bulk"],
        "4.7 kohm": ["c-pull-up"],
        "kΩ": ["c-pull-up"],
        "ωμεγα": ["c-greek"],
        "ohm sign": ["c-pull-up"],
    }


def test_the_html_filter_finds_sharps_and_flats_as_typed_on_a_keyboard(tmp_path):
    # a keyboard has "#" and "b": "C#m7b5" found nothing on a card that writes C#m7♭5
    corpus = write_corpus(
        tmp_path / "cards",
        """\
        deck: Armonía
        title: Armonía
        cards:
          - id: semidisminuido
            kind: concept
            term: Acorde semidisminuido
            definition: C#m7♭5, do♯–mi–sol–si
          - id: bemol
            kind: concept
            term: Mi bemol mayor
            definition: mi♭–sol–si♭
        """,
    )
    assert filtered(corpus, tmp_path / "out", ("C#m7b5", "C#m7♭5", "do#", "mib sol", "do♯")) == {
        "C#m7b5": ["c-semidisminuido"],
        "C#m7♭5": ["c-semidisminuido"],
        "do#": ["c-semidisminuido"],
        "mib sol": ["c-bemol"],
        "do♯": ["c-semidisminuido"],
    }


def test_the_html_filter_finds_primes_as_typed_on_a_keyboard(tmp_path):
    # a keyboard has "'": "5'" found nothing on a card that writes 5′→3′ with primes
    corpus = write_corpus(
        tmp_path / "cards",
        """\
        deck: DNA
        title: DNA
        cards:
          - id: polymerase
            kind: concept
            term: DNA polymerase
            definition: Builds DNA 5′→3′.
          - id: cap
            kind: concept
            term: 5' cap
            definition: 7-methylguanosine on the mRNA’s first base.
          - id: tail
            kind: concept
            term: Poly(A) tail
            definition: Added at the 3′ end.
        """,
    )
    assert filtered(corpus, tmp_path / "out", ("5'", "5′", "3' end", "mrna's", "5’")) == {
        "5'": ["c-polymerase", "c-cap"],
        "5′": ["c-polymerase", "c-cap"],
        "3' end": ["c-tail"],
        "mrna's": ["c-cap"],
        "5’": ["c-polymerase", "c-cap"],
    }


def test_a_wide_tables_prose_column_is_not_one_word_a_line_on_screen(tmp_path):
    from playwright.sync_api import sync_playwright

    corpus = write_corpus(
        tmp_path / "cards",
        """\
        deck: Terraform
        title: Terraform
        cards:
          - id: tf-commands
            kind: table
            title: Terraform commands compared
            row_header: Command
            columns: [Reads config, Reads state, Writes state, Calls providers, Needs init, Safe in CI, Typical flag, Notes]
            rows:
              "`terraform validate`": ["yes", "no", "no", "no", "yes", "yes", "`-json`", "checks syntax and internal consistency of the configuration files without accessing any remote services"]
              "`terraform plan`": ["yes", "yes", "no", "yes", "yes", "yes", "`-out=tfplan`", "shows the changes"]
        """,
    )
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["html"]])
    assert not outcome.report.failed(False), outcome.report.render("text")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto((tmp_path / "out" / "scripts.html").as_uri())
        lines = page.evaluate(
            """() => { const cell = document.querySelector('#c-tf-commands tbody tr td:last-child');
                 return cell.getBoundingClientRect().height
                   / parseFloat(getComputedStyle(cell).lineHeight); }"""
        )
        browser.close()
    assert lines <= 6, lines  # 16 words; sized by its longest word it took 10 lines


def test_emoji_outside_the_symbol_blocks_are_put_down_to_the_emoji_font():
    """⭐ (U+2B50) and ⏰ (U+23F0) sit in blocks of arrows and technical signs: the
    notice sent them to fonts-noto-core, which has neither."""
    from cheatdeck.writers.sheet import font_coverage

    packages = font_coverage.font_packages(["⭐", "⏰", "⬛", "🍞", "ก"])
    assert packages == {
        "fonts-noto-core": ["ก"],
        "fonts-noto-color-emoji": ["⭐", "⏰", "⬛", "🍞"],
    }
