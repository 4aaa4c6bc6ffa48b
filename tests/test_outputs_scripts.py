"""Right-to-left fields in every output a reader looks at, and what the build prints:
read back with a PDF reader (pdftotext -bbox: where each word is drawn), chromium
(Playwright, /usr/bin/chromium: where each word is laid out) and the real Anki
importer."""

# ruff: noqa: E501 - the wide table's rows are longer than a line

from __future__ import annotations

import re
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from cheatdeck.writers.sheet.blocks import key_phrase

from conftest import build_formats

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[1]

RAMADAN = "كم عدد أيام شهر رمضان في 2025؟"
TOPIC = f"""\
    deck: Words
    title: Words
    cards:
      - id: ramadan-days
        kind: qa
        question: {RAMADAN}
        answer: ثلاثون يومًا
      - id: madrasa
        kind: concept
        term: مدرسة
        definition: في المدرسة 300 طالب
      - id: week
        kind: concept
        term: أسبوع
        definition: 7 أيام
      - id: hebrew-time
        kind: qa
        question: מה השעה?
        answer: שלוש
    """


def write_corpus(folder: Path, topic: str = TOPIC) -> Path:
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text(
        "name: rtl\ntitle: Right to left\ndeck: RTL\n", encoding="utf-8"
    )
    (folder / "topic.yaml").write_text(textwrap.dedent(topic), encoding="utf-8")
    return folder


def pdf_words(pdf: Path) -> list[tuple[float, float, str]]:
    """(top, left, text) of every word pdftotext finds, its letters in drawn order."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<', xml)
    return [(float(top), float(left), word) for left, top, word in found]


def drawn_left(words, arabic_word: str) -> float:
    """Where a right-to-left word starts on the page (pdftotext gives its letters in the
    order they are drawn: the word reversed)."""
    drawn = arabic_word[::-1]
    return next(left for _, left, word in words if drawn in word)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_an_arabic_phrase_with_a_number_prints_in_reading_order_on_the_pdf(tmp_path):
    pytest.importorskip("weasyprint")
    out = build_formats(write_corpus(tmp_path / "cards"), tmp_path / "out", "pdf")
    words = pdf_words(out / "rtl.pdf")
    # read from the right: في المدرسة 300 طالب -- drawn from the left: طالب 300 المدرسة في
    order = [drawn_left(words, w) for w in ("طالب", "المدرسة", "في")]
    three_hundred = next(left for _, left, word in words if word == "300")
    assert order[0] < three_hundred < order[1] < order[2], words
    # read from the right: كم ... في 2025؟ -- the year and its question mark on the left
    year = next(left for _, left, word in words if "2025" in word)
    assert year < drawn_left(words, "رمضان") < drawn_left(words, "كم"), words
    # a field all in Arabic that starts with a number: read from the right, "7 أيام"
    seven = next(left for _, left, word in words if word == "7")
    assert drawn_left(words, "أيام") < seven, words
    # a Hebrew question: read from the right, its "?" comes last, on the left
    assert "?" + "השעה"[::-1] in [word for _, _, word in words], words


def chromium_positions(page_html: Path, script: str):
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(page_html.as_uri())
        result = page.evaluate(script)
        browser.close()
    return result


# x of each word of the first element matching a selector (a text node's words, by Range)
WORD_XS = """
(selector) => {
  const el = document.querySelector(selector);
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const out = {};
  let node;
  while ((node = walker.nextNode())) {
    const re = /[^\\s\\u2066-\\u2069]+/g; let m;
    while ((m = re.exec(node.data))) {
      const range = document.createRange();
      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      out[m[0]] = range.getBoundingClientRect().x;
    }
  }
  return out;
}
"""


def test_an_arabic_question_and_its_answer_stay_side_by_side_in_the_html_sheet(tmp_path):
    out = build_formats(write_corpus(tmp_path / "cards"), tmp_path / "out", "html")
    script = f"() => ({WORD_XS})('#c-ramadan-days .statement')"
    xs = chromium_positions(out / "rtl.html", script)
    question = [xs[w] for w in RAMADAN.split()]
    answer = [xs["ثلاثون"], xs["يومًا"]]
    # the question (grey) first, then its answer: both read from their right, but the
    # answer is not pulled into the question's run (it was drawn on its left)
    assert max(question) < min(answer), xs
    assert xs["كم"] == max(question) and xs["ثلاثون"] == max(answer), xs


PLURALS = """\
    deck: Words
    title: Words
    cards:
      - id: plural
        kind: qa
        question: What is the plural of كتاب?
        answer: كُتُب
      - id: name
        kind: qa
        question: ما اسمك؟
        answer: What is your name?
    """


def test_a_question_and_its_answer_stay_in_the_sheets_order_in_the_markdown(tmp_path):
    """The Markdown in a viewer that sets each line from its first letter (GitHub's
    ``dir="auto"``): "Plural of كتاب: **كُتُب**" showed the answer between "of" and
    the word it answers (the two Arabic words and the colon read as one run from the
    right), and the "?" of an Arabic question's English answer on the answer's left."""
    from markdown_it import MarkdownIt

    out = build_formats(write_corpus(tmp_path / "cards", PLURALS), tmp_path / "out", "md")
    shown = MarkdownIt("commonmark").enable("table").render((out / "rtl.md").read_text("utf-8"))
    shown = re.sub(r"<(li|p|td|th)>", r'<\1 dir="auto">', shown)
    page = tmp_path / "md.html"
    page.write_text(f"<!doctype html><meta charset=utf-8><body>{shown}</body>", "utf-8")
    script = f"""() => {{
      const item = (word) => [...document.querySelectorAll('li, tr')].find(
        (el) => el.textContent.includes(word));
      const xs = ({WORD_XS.strip()});
      document.querySelectorAll('li, tr').forEach((el, n) => el.id = 'x' + n);
      return [xs('#' + item('كُتُب').id), xs('#' + item('اسمك').id)];
    }}"""
    plural, name = chromium_positions(page, script)
    assert plural["of"] < plural["كتاب:"] < plural["كُتُب"], plural
    # a line that starts in Arabic is set from the right: the answer on the question's
    # left, its "?" at its own end
    assert name["What"] < name["is"] < name["name?"] < name["اسمك؟"] < name["ما"], name


def test_a_hebrew_question_shows_its_question_mark_on_the_left_in_anki(tmp_path):
    anki_collection = pytest.importorskip("anki.collection")
    playwright_api = pytest.importorskip("playwright.sync_api")
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    out = build_formats(write_corpus(tmp_path / "cards"), tmp_path / "out", "apkg")
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        col.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(out / "rtl.apkg"), options=ImportAnkiPackageOptions()
            )
        )
        card = col.get_card(col.find_cards("CheatdeckId:hebrew-time")[0])
        shown = card.render_output(reload=True)
        page = (
            f"<!doctype html><html><head><meta charset=utf-8><style>{shown.css}</style>"
            f"</head><body class=card>{shown.question_text}</body></html>"
        )
    finally:
        col.close()
    script = """() => {
      const el = document.querySelector('.cd-prompt');
      const node = el.firstChild, text = node.data, at = (i, n) => {
        const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + n);
        return r.getBoundingClientRect().x; };
      return [at(text.indexOf('?'), 1), at(text.indexOf('מה'), 2)];
    }"""
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        view = browser.new_page(viewport={"width": 390, "height": 700})
        view.set_content(page)
        mark, first_word = view.evaluate(script)
        browser.close()
    # read from the right, "מה" comes first and "?" last: the mark is drawn on the left
    assert mark < first_word


def test_a_question_in_arabic_chinese_or_hindi_is_a_label_without_a_second_mark():
    assert key_phrase(RAMADAN) == RAMADAN  # not "…2025؟:"
    assert key_phrase("这是什么？") == "这是什么？"
    assert key_phrase("पानी का सूत्र बताइए।") == "पानी का सूत्र बताइए:"
    assert key_phrase("State the chain rule.") == "State the chain rule:"


def test_a_field_with_latin_letters_too_reads_left_to_right_like_the_sheet():
    from cheatdeck.writers.sheet import page

    assert page.isolate_of("كِتَاب (kitāb)") == page.LEFT_TO_RIGHT_ISOLATE
    assert page.isolate_of("מה השעה?") == page.RIGHT_TO_LEFT_ISOLATE
    assert page.isolate_of("29 أو 30 يومًا") == page.RIGHT_TO_LEFT_ISOLATE


def test_hindi_without_a_font_names_the_small_devanagari_package():
    from cheatdeck.writers.sheet import font_coverage

    packages = font_coverage.font_packages(["न", "म", "ก", "🍞"])
    assert packages == {
        "fonts-lohit-deva": ["न", "म"],
        "fonts-noto-core": ["ก"],
        "fonts-noto-color-emoji": ["🍞"],
    }


def test_a_cjk_character_missing_beside_an_installed_cjk_font_names_the_larger_one(
    monkeypatch,
):
    """〜 with WenQuanYi installed: the notice said to install fonts-wqy-microhei, which
    was there already and lacks it."""
    from cheatdeck.writers.sheet import font_coverage

    monkeypatch.setattr(font_coverage, "installed_ranges", lambda: ((0x20,), (0x7E,)))
    assert font_coverage.font_packages(["〜"]) == {font_coverage.CJK_PACKAGE: ["〜"]}
    wqy = ((0x20, 0x4E00), (0x7E, 0x9FA5))  # ASCII and the CJK ideographs, not 〜 (U+301C)
    monkeypatch.setattr(font_coverage, "installed_ranges", lambda: wqy)
    assert font_coverage.font_packages(["〜", "🍞"]) == {
        "fonts-noto-cjk": ["〜"],
        "fonts-noto-color-emoji": ["🍞"],
    }


WIDE_TABLE = """\
    deck: Databases
    title: Databases
    cards:
      - id: db-compare
        kind: table
        title: Databases compared
        row_header: Database
        columns: [License, Storage engine, Replication, Transactions, Typical use, Query language, Horizontal scaling]
        rows:
          PostgreSQL: [PostgreSQL License, heap tables with MVCC, streaming physical and logical replication, serializable snapshot isolation, general-purpose OLTP and analytics, SQL with many extensions, via Citus or read replicas]
          Cassandra: [Apache 2.0, LSM tree (SSTables and memtables), masterless with tunable consistency, lightweight transactions only, write-heavy time series, CQL, linear by adding nodes]
    """


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_crowded_table_keeps_its_row_labels_whole_and_hyphenates_its_cells(tmp_path):
    pytest.importorskip("weasyprint")
    out = build_formats(write_corpus(tmp_path / "cards", WIDE_TABLE), tmp_path / "out", "pdf")
    words = [word for _, _, word in pdf_words(out / "rtl.pdf")]
    for label in ("Database", "PostgreSQL", "Cassandra"):
        assert label in words, words  # was "Pos" "tgr" "eS" "QL"
    # a word too long for its cell breaks at a syllable, with a hyphen
    for long_word in ("replication", "consistency", "transactions", "serializable"):
        whole = long_word in words or f"{long_word[0].upper()}{long_word[1:]}" in words
        hyphenated = any(
            {f"{long_word[:i]}-", f"{long_word[:i]}\u2010"} & set(words) and long_word[i:] in words
            for i in range(2, len(long_word) - 1)
        )
        assert whole or hyphenated, (long_word, words)


ASIDE = """\
    deck: Words
    title: Words
    cards:
      - id: sun-letters
        kind: qa
        question: What happens to the l of al- before a sun letter?
        answer: It is not said; the sun letter is doubled (الشمس = ash-shams, the sun).
      - id: book
        kind: concept
        term: al-maktaba
        definition: the library (in Arabic script المكتبة)
    """


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_long_aside_that_starts_or_ends_in_arabic_keeps_the_word_whole_on_the_pdf(tmp_path):
    """A long aside keeps each bracket on one line with the character next to it: with
    an Arabic word's first letter ("(ا" and "لشمس"), two pieces that the PDF drew side
    by side left to right, the word's first letter on its left end (لشمسا); its last
    letter at a closing bracket alike."""
    pytest.importorskip("weasyprint")
    out = build_formats(write_corpus(tmp_path / "cards", ASIDE), tmp_path / "out", "pdf")
    drawn = "".join(word for _, _, word in pdf_words(out / "rtl.pdf"))
    assert "الشمس"[::-1] in drawn and "المكتبة"[::-1] in drawn, drawn


ALIGNED = """\
    deck: Words
    title: Words
    cards:
      - id: cognates
        kind: table
        title: Cognates
        row_header: Hebrew
        columns: [Arabic, English]
        rows:
          שמש: [شمس, sun]
          אוניברסיטה: [جامعة, university]
    """


def test_a_table_column_written_right_to_left_is_set_right_on_the_sheets(tmp_path):
    """A column whose cells are all Hebrew or Arabic (the row labels too) ends each cell
    at its right edge, as Anki sets such a cell (``dir="auto"``) and as the column is
    read; it began each at its left, as the English column does."""
    out = build_formats(write_corpus(tmp_path / "cards", ALIGNED), tmp_path / "out", "html", "pdf")
    script = """() => [...document.querySelectorAll('#c-cognates tbody tr')].map((tr) =>
      [...tr.children].map((cell) => {
        const r = document.createRange(); r.selectNodeContents(cell);
        const box = r.getBoundingClientRect(); return [box.left, box.right]; }))"""
    short, long = chromium_positions(out / "rtl.html", script)
    assert abs(short[0][1] - long[0][1]) < 1 and abs(short[1][1] - long[1][1]) < 1  # right
    assert abs(short[2][0] - long[2][0]) < 1  # English: left
    if shutil.which("pdftotext") is None:
        return
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(out / "rtl.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    ends = {}  # each word's right end: pdftotext gives a right-to-left word's letters reversed
    for right, word in re.findall(r'xMax="([\d.]+)"[^>]*>([^<]*)<', xml):
        for written in ("שמש", "אוניברסיטה", "شمس", "جامعة"):
            if word in (written, written[::-1]):
                ends[written] = float(right)
    assert len(ends) == 4, ends
    assert abs(ends["שמש"] - ends["אוניברסיטה"]) < 0.5, ends
    assert abs(ends["شمس"] - ends["جامعة"]) < 0.5, ends


@pytest.mark.parametrize(
    "word, language",
    [
        ("переосмы\u0301сливающийся", "ru"),  # a stress mark: "осмы́-сли", not "осмыс-ли"
        ("человеконенави\u0301стничество", "ru"),
        ("ки\u0301нематографи\u0301ческий", "ru"),
        ("Cafe\u0301teria", "en"),  # an accent typed as a letter and its mark (NFD)
    ],
)
def test_a_word_with_a_combining_mark_breaks_at_the_syllables_of_the_word_without_it(
    word, language
):
    """A combining mark between two letters cut the word in two for the hyphenation
    patterns: each half was hyphenated as a word of its own, with breaks the word has
    not and without the ones beside the mark. Now the word breaks where it does without
    its marks, each mark kept on its letter."""
    pytest.importorskip("pyphen")
    from cheatdeck.writers.sheet.syllables import SOFT_HYPHEN, marked

    bare = word.replace("\u0301", "")
    found = marked(word, language)
    assert found.replace("\u0301", "") == marked(bare, language), found
    assert found.replace(SOFT_HYPHEN, "") == word  # every mark on its letter, in order


SOLVENTS_TABLE = """\
    deck: Chemistry
    title: Chemistry
    cards:
      - id: solvents
        kind: table
        title: Common laboratory solvents
        row_header: Solvent
        columns: [Boiling point, Density, Polarity index, Miscibility with water, Flammability]
        rows:
          Dichloromethane: [39.6 °C, 1.33 g/mL, "3.1", immiscible, non-flammable]
          Tetrahydrofuran: [66 °C, 0.889 g/mL, "4.0", miscible, highly flammable]
          Dimethylformamide: [153 °C, 0.944 g/mL, "6.4", miscible, combustible]
          Acetonitrile: [81.6 °C, 0.786 g/mL, "5.8", miscible, highly flammable]
    """


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_crowded_table_keeps_its_short_words_whole_and_breaks_long_ones_at_syllables(
    tmp_path,
):
    """Sized as if every word could break anywhere, the narrow columns took "Dens-ity"
    and "0.889 g/" over "mL" while a wide one held whole phrases: now words up to the
    length the columns can hold side by side stay whole, and only longer ones break,
    at a syllable with a hyphen."""
    pytest.importorskip("weasyprint")
    corpus = write_corpus(tmp_path / "cards", SOLVENTS_TABLE)
    out = build_formats(corpus, tmp_path / "out", "pdf")
    words = [word for _, _, word in pdf_words(out / "rtl.pdf")]
    for whole in ("Density", "Boiling", "Polarity", "miscible", "immiscible", "highly"):
        assert whole in words, (whole, words)
    for label in ("Dichloromethane", "Tetrahydrofuran", "Dimethylformamide"):
        assert label in words, words  # the row labels as ever
    for number in ("0.889", "0.944", "0.786"):
        at = words.index(number)
        assert words[at + 1] == "g/mL", words[at : at + 2]  # "0.889 g/mL" on one line
    broken = [word for word in words if word.endswith(("-", "\u2010"))]
    known = {"non-flam\u2010", "Flammab\u2010", "combust\u2010", "Miscibil\u2010"}
    assert set(broken) <= known, broken  # at syllables only


def test_a_greek_question_keeps_its_question_mark_without_a_colon():
    # Greek writes its question mark as ";" (U+037E, which NFC makes U+003B)
    assert key_phrase("Πώς γράφεται το τελικό σίγμα;") == "Πώς γράφεται το τελικό σίγμα;"
    assert key_phrase("Τι είναι αυτό\u037e") == "Τι είναι αυτό\u037e"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_field_of_arabic_and_hebrew_prints_in_reading_order_on_the_pdf(tmp_path):
    pytest.importorskip("weasyprint")
    topic = """\
        deck: Words
        title: Words
        cards:
          - id: two-languages
            kind: concept
            term: لغتان
            definition: العربية و עברית
          - id: two-languages-he
            kind: concept
            term: שתי שפות
            definition: עברית ו العربية
        """
    out = build_formats(write_corpus(tmp_path / "cards", topic), tmp_path / "out", "pdf")
    words = pdf_words(out / "rtl.pdf")
    top = next(top for top, _, word in words if "ناتغل" in word)
    line = [(left, word) for t, left, word in words if t == top]
    # read from the right: العربية و עברית -- drawn from the left: עברית و العربية
    drawn = [word for _, word in sorted(line) if word in ("ةيبرعلا", "و", "תירבע")]
    assert drawn == ["תירבע", "و", "ةيبرعلا"], line
    top = next(top for top, _, word in words if "תופש" in word)
    line = [(left, word) for t, left, word in words if t == top]
    drawn = [word for _, word in sorted(line) if word in ("ةيبرعلا", "ו", "תירבע")]
    assert drawn == ["ةيبرعلا", "ו", "תירבע"], line


def test_an_emoji_variation_selector_stays_with_its_symbol_on_the_pdf():
    """ "❤️" (U+2764 U+FE0F, as a phone types it) printed a dotted circle after the
    heart: the symbol went into an upright span, its selector was left outside, alone,
    and the PDF drew it on no base."""
    from cheatdeck.writers.sheet import page

    assert page.upright("<p>❤\ufe0f heart, ☕\ufe0e</p>") == (
        '<p><span class="upright">❤\ufe0f</span> heart, <span class="upright">☕\ufe0e</span></p>'
    )


def test_a_field_all_right_to_left_keeps_its_brackets_in_its_upright_run():
    """ "تاء مربوطة (ة)" printed as "ة( مربوطة تاء)" on the PDF: its run stopped at its
    last letter, so the ")" after it, outside the upright span, was put on the span's
    right (WeasyPrint sets inline pieces side by side left to right); a "(" before its
    first letter was left outside so too. A field all right to left is one run, from its
    isolate to its end."""
    from cheatdeck.writers.sheet import page

    rli, pdi = page.RIGHT_TO_LEFT_ISOLATE, page.POP_ISOLATE
    made = page.upright(f"<p>{rli}تاء مربوطة (ة){pdi} x</p>")
    assert made == f'<p><span class="upright">{rli}تاء مربوطة (ة){pdi}</span> x</p>'
    made = page.upright(f"<p>{rli}(ة) تاء.{pdi}</p>")
    assert made == f'<p><span class="upright">{rli}(ة) تاء.{pdi}</span></p>'
    # a field that reads left to right keeps its runs as they were: its letters only
    made = page.upright(f"<p>{page.LEFT_TO_RIGHT_ISOLATE}see (مرحبا).{pdi}</p>")
    assert '<span class="upright">مرحبا</span>).' in made


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_an_arabic_term_in_brackets_prints_its_brackets_around_it_on_the_pdf(tmp_path):
    pytest.importorskip("weasyprint")
    topic = """\
        deck: Words
        title: Words
        cards:
          - id: taa-marbuta
            kind: concept
            term: تاء مربوطة (ة)
            definition: the feminine ending
        """
    out = build_formats(write_corpus(tmp_path / "cards", topic), tmp_path / "out", "pdf")
    words = pdf_words(out / "rtl.pdf")
    top = next(top for top, _, word in words if "feminine" in word)
    line = "".join(word for _, word in sorted((left, w) for t, left, w in words if t == top))
    # drawn from the left: "(ة) مربوطة تاء" (its brackets mirrored, as a reader
    # reading from the right sees them), not "ة( مربوطة تاء)"
    assert line.startswith(("(ة)", ")ة(")), line
    assert "ءات" in line and not re.search(r"ءات[()]", line), line
