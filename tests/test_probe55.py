"""An English speaker's Arabic corpus (probe55): cloze in Arabic sentences, words with
and without their vowel signs, as the outputs lay them out and as the checks compare
them. The PDF is read back with pdftotext -bbox (where each word is drawn); the HTML
sheet in Debian's chromium through Playwright, as tests/test_sheet_browser.py does.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from conftest import build_formats

CHROMIUM = "/usr/bin/chromium"

CLOZES = """\
    deck: Grammar
    title: Grammar
    cards:
      - id: to-school
        kind: cloze
        text: "ذهبت إلى {{c1::المدرسة::the school}} صباحا."
      - id: new-book
        kind: cloze
        text: "هذا {{c1::كتاب}} جديد — this is a new book."
    """


def write_corpus(folder: Path, topic: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text("name: ar\ntitle: Arabic\ndeck: Arabic\n", "utf-8")
    (folder / "topic.yaml").write_text(textwrap.dedent(topic), "utf-8")
    return folder


def pdf_lines(pdf: Path) -> dict[float, list[str]]:
    """Each line of the PDF (by its top) as its words in the order they are drawn,
    from the left; a right-to-left word's letters come drawn, so reversed."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines: dict[float, list[tuple[float, str]]] = {}
    for left, top, word in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<', xml):
        lines.setdefault(round(float(top)), []).append((float(left), word))
    return {top: [word for _, word in sorted(words)] for top, words in lines.items()}


def line_with(lines: dict[float, list[str]], word: str) -> list[str]:
    return next(words for words in lines.values() if word in words)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_cloze_in_an_arabic_sentence_prints_in_reading_order_on_the_pdf(tmp_path):
    """The deletion's highlight split the sentence into pieces, which WeasyPrint set
    side by side from the left: "ذهبت إلى" + "المدرسة" + "صباحا." printed so, read
    from the right as "صباحا المدرسة ذهبت إلى"; and the Latin "c" of "{{c1::" made
    the field read left to right, its "." on the right."""
    pytest.importorskip("weasyprint")
    out = build_formats(write_corpus(tmp_path / "cards", CLOZES), tmp_path / "out", "pdf")
    lines = pdf_lines(out / "ar.pdf")
    # read from the right: ذهبت إلى المدرسة صباحا. -- drawn from the left, reversed
    drawn = line_with(lines, "ةسردملا")
    assert drawn == [".", "احابص", "ةسردملا", "ىلإ", "تبهذ"], drawn
    # an Arabic phrase in an English line: read from the right, then the English
    drawn = line_with(lines, "باتك")
    start = drawn.index("ديدج")
    assert drawn[start : start + 5] == ["ديدج", "باتك", "اذه", "—", "this"], drawn


def test_a_cloze_all_in_arabic_is_a_right_to_left_field_on_the_html_sheet(tmp_path):
    out = build_formats(write_corpus(tmp_path / "cards", CLOZES), tmp_path / "out", "html")
    sheet = (out / "ar.html").read_text("utf-8")
    # right to left: its "." on its left; a cloze with English in it left to right
    assert '<p>\u2067ذهبت إلى <b class="cloze">المدرسة</b> صباحا.\u2069</p>' in sheet
    assert '<p>\u2066هذا <b class="cloze">كتاب</b> جديد — this is a new book.\u2069</p>' in sheet


def test_only_a_phrase_whose_tags_pair_up_is_set_right_to_left_for_print():
    from cheatdeck.writers.sheet import page

    rli, pdi = page.RIGHT_TO_LEFT_ISOLATE, page.POP_ISOLATE
    field = f'<p>{rli}<b class="cloze">أنا</b> طالب.{pdi}</p>'
    assert page.phrases_ordered(field) == (
        f'<p><span dir="rtl">{rli}<b class="cloze">أنا</b> طالب.{pdi}</span></p>'
    )
    # the answer's own span opens before the phrase and closes after it: left outside
    made = page.phrases_ordered('<span class="answer">see <b>كتاب</b> جديد</span>')
    assert made == '<span class="answer">see <span dir="rtl"><b>كتاب</b> جديد</span></span>'
    # a phrase without a tag inside, or one a paragraph ends, is left as it was
    for html in ("<p>كتاب جديد</p>", "<p>كتاب <b>جديد</p><p>قلم</b></p>"):
        assert page.phrases_ordered(html) == html


WORDS = """\
    deck: Vocabulary
    title: Vocabulary
    cards:
      - id: kitab
        kind: qa
        question: كِتَاب
        answer: book
      - id: plural
        kind: qa
        question: جمع كِتَاب
        answer: كُتُب
    """

# Where the label's colon and the words beside it are laid out in the first statement
# matching a selector: the colon's x, the label's left end (its word's, or the colon's), the
# answer's left end.
COLON_PLACE = """
(selector) => {
  const statement = document.querySelector(selector);
  const label = statement.querySelector('.label');
  const rect = (node, start, end) => {
    const range = document.createRange();
    range.setStart(node, start); range.setEnd(node, end);
    return range.getBoundingClientRect();
  };
  const texts = [...label.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
  const withColon = texts.find((node) => node.data.includes(':'));
  const colon = rect(withColon, withColon.data.indexOf(':'), withColon.data.indexOf(':') + 1);
  const word = label.getBoundingClientRect();
  const answer = statement.querySelector('.answer').getBoundingClientRect();
  return {colon: colon.x, wordLeft: word.x, answer: answer.x,
          text: label.textContent};
}
"""


def test_an_arabic_words_label_has_its_colon_between_it_and_its_answer_on_the_html_sheet(
    tmp_path,
):
    """ "كِتَاب" asked, "book" answered: the colon the sheet adds was inside the word's
    right-to-left field, so set on its far side, ":كِتَاب book"; now "كِتَاب: book"."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    out = build_formats(write_corpus(tmp_path / "cards", WORDS), tmp_path / "out", "html")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto((out / "ar.html").as_uri())
        places = [
            page.evaluate(f"({COLON_PLACE})('#c-{card} .statement')")
            for card in ("kitab", "plural")
        ]
        browser.close()
    for place in places:
        # the Arabic label, then its colon on its right, then the answer
        word = place["text"].strip("\u2066\u2067\u2069:")
        assert place["wordLeft"] < place["colon"] < place["answer"], place
        assert place["text"] == f"\u2067{word}\u2069:", place


def test_an_arabic_words_label_has_its_colon_outside_its_field_in_the_markdown(tmp_path):
    out = build_formats(write_corpus(tmp_path / "cards", WORDS), tmp_path / "out", "md")
    markdown = (out / "ar.md").read_text("utf-8")
    assert "- \u2067كِتَاب\u2069: **\u2066book\u2069**" in markdown
    assert "- \u2067جمع كِتَاب\u2069: **\u2067كُتُب\u2069**" in markdown


def qa_cards(*pairs: tuple[str, str]) -> str:
    """Q&A cards, one per (question, answer), with the ids w0, w1, ..."""
    return "".join(
        f"- id: w{index}\n  kind: qa\n  question: {question}\n  answer: {answer}\n"
        for index, (question, answer) in enumerate(pairs)
    )


@pytest.mark.parametrize(
    ("first", "second", "told"),
    [
        # tāʼ marbūṭa typed as hāʼ, alif maqṣūra as yāʼ: one word, one answer
        ("مدرسة", "مدرسه", "the letter its Arabic word ends in (ة or ه, ى or ي)"),
        ("مستشفى", "مستشفي", "the letter its Arabic word ends in (ة or ه, ى or ي)"),
        ("مَدْرَسَة", "مدرسه", "vowel signs"),
    ],
)
def test_an_arabic_word_ending_typed_two_ways_with_one_answer_is_a_duplicate(
    tmp_path, first, second, told
):
    from conftest import check_cards

    found = check_cards(tmp_path, qa_cards((first, "school"), (second, "school")))
    assert len(found) == 1 and found[0].startswith("error duplicate-fact:"), found
    assert f"(same question and answer but for {told})" in found[0], found


def test_an_alef_without_its_hamza_may_be_either_word_written_with_one(tmp_path):
    """ "امام" is "إِمَام" (imam) or "أَمَام" (in front of), typed without the hamza
    as without the vowel signs: answered otherwise, a possible conflict with each."""
    from conftest import check_cards

    cards = qa_cards(("إِمَام", "imam (prayer leader)"), ("أَمَام", "in front of"), ("امام", "imam"))
    found = check_cards(tmp_path, cards)
    assert len(found) == 2, found
    for one in found:
        assert one.startswith("warning similar-fact: possibly conflicting with"), found
        assert "the same question but for its vowel signs" in one, found
        assert "'امام' there" in one, found


@pytest.mark.parametrize(
    "pairs",
    [
        # each written with its own hamza, or its own vowel signs: two words
        (("إمام", "imam"), ("أمام", "in front of")),
        (("عِلْم", "knowledge"), ("عَلَم", "flag")),
        # a word's last letter typed two ways, answered otherwise: two words
        (("كتابة", "writing"), ("كتابه", "his book")),
        (("مُعَلِّم", "teacher (man)"), ("مُعَلِّمَة", "teacher (woman)")),
    ],
)
def test_arabic_words_apart_by_their_own_letters_or_signs_are_not_one(tmp_path, pairs):
    from conftest import check_cards

    assert check_cards(tmp_path, qa_cards(*pairs)) == []


def test_a_word_asked_in_arabic_and_asked_for_in_english_are_one_fact(tmp_path):
    """ "ماء" water and "What is the Arabic word for water?" مَاء: one word asked both
    ways in an Arabic deck, as a term and its question are (the answer has its vowel
    signs, the question none)."""
    from conftest import check_deck

    cards = qa_cards(("What is the Arabic word for water?", "مَاء"), ("ماء", "water"))
    found = check_deck(tmp_path, "Arabic", cards)
    assert len(found) == 1 and "nearly the same fact as w1" in found[0], found


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("مدرسه", ["c-school"]),  # tāʼ marbūṭa typed as hāʼ
        ("مدرسة", ["c-school"]),
        ("مستشفي", ["c-hospital"]),  # alif maqṣūra typed as yāʼ
        ("امام", ["c-front"]),  # an alef without its hamza
        ("مدرسي", []),
    ],
)
def test_the_search_box_finds_an_arabic_word_however_its_last_letter_is_typed(
    tmp_path, query, found
):
    """ "مدرسه" (as many type "school", with hāʼ for the final tāʼ marbūṭa) found nothing
    on a sheet that writes مَدْرَسَة, nor "مستشفي" مستشفى (hospital)."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    topic = """\
        deck: Words
        title: Words
        cards:
          - {id: school, kind: qa, question: مَدْرَسَة, answer: school}
          - {id: hospital, kind: qa, question: مستشفى, answer: hospital}
          - {id: front, kind: qa, question: أَمَام, answer: in front of}
        """
    out = build_formats(write_corpus(tmp_path / "cards", topic), tmp_path / "out", "html")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page()
        page.goto((out / "ar.html").as_uri())
        page.fill("#search", query)
        shown = page.evaluate(
            "[...document.querySelectorAll('main article.card')]"
            ".filter(c => !c.hidden).map(c => c.id)"
        )
        browser.close()
    assert shown == found
