"""Outputs for a corpus in domains the authors had not tried (Chinese, Vim, regular
expressions, German compounds, HTML written about): read back with the real Anki
importer, a PDF reader (pdftotext) and chromium (Playwright, /usr/bin/chromium)."""

# ruff: noqa: E501 - German compounds are longer than a line

from __future__ import annotations

import re
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from conftest import build_formats, run_cli

pytest.importorskip("weasyprint")
anki_collection = pytest.importorskip("anki.collection")
playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"


def write_corpus(folder: Path, topic: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text(
        "name: polyglot\ntitle: Polyglot\ndeck: Polyglot\n", encoding="utf-8"
    )
    (folder / "topic.yaml").write_text(textwrap.dedent(topic), encoding="utf-8")
    return folder


def anki_cards(apkg: Path, folder: Path) -> list[tuple[str, str, str]]:
    """(card id field, answer HTML, note type CSS) of every card, as Anki renders them."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    folder.mkdir()
    col = anki_collection.Collection(str(folder / "collection.anki2"))
    try:
        col.import_anki_package(
            ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions())
        )
        cards = []
        for card_id in sorted(col.find_cards("")):
            card = col.get_card(card_id)
            shown = card.render_output(reload=True)
            cards.append((card.note()["CheatdeckId"], shown.answer_text, shown.css))
        return cards
    finally:
        col.close()


def visible_text(page_html: str) -> str:
    """What chromium shows of an HTML fragment (entities decoded once, tags dropped)."""
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page()
        page.set_content(f"<!doctype html><html><body>{page_html}</body></html>")
        text = page.inner_text("body")
        browser.close()
    return text


ENTITIES = """\
    deck: HTML
    title: HTML written about
    intro: Entities such as &amp; and &lt; are how HTML writes & and <.
    cards:
      - id: html-nbsp
        kind: qa
        question: What does &nbsp; write?
        answer: A non-breaking space; &copy; writes ©.
    """


def test_an_entity_written_in_a_card_shows_as_written_in_every_output(tmp_path):
    # markdown-it decoded it: Anki, the PDF and the HTML sheet showed a blank where the
    # card said "&nbsp;" (the Markdown sheet showed it as written)
    corpus = write_corpus(tmp_path / "cards", ENTITIES)
    out = build_formats(corpus, tmp_path / "out", "apkg", "pdf", "html", "md", "quizlet")

    ((card_id, answer, _css),) = anki_cards(out / "polyglot.apkg", tmp_path / "anki")
    shown = " ".join(visible_text(answer).split())
    assert card_id == "html-nbsp"
    assert "What does &nbsp; write?" in shown and "&copy; writes ©" in shown, shown

    pdf = subprocess.run(
        ["pdftotext", str(out / "polyglot.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    pdf = " ".join(pdf.split())
    assert "What does &nbsp; write?" in pdf and "&copy; writes ©" in pdf, pdf
    assert "such as &amp; and &lt; are" in pdf, pdf

    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page()
        page.goto((out / "polyglot.html").as_uri())
        sheet = " ".join(page.inner_text("main, body").split())
        browser.close()
    assert "What does &nbsp; write?" in sheet and "&copy; writes ©" in sheet, sheet

    quizlet = (out / "polyglot.quizlet.txt").read_text(encoding="utf-8")
    assert "What does &nbsp; write?\tA non-breaking space; &copy; writes ©." in quizlet


LONG_WORDS = """\
    deck: Deutsch
    title: Komposita
    cards:
      - id: de-compounds
        kind: table
        title: Compounds
        row_header: Wort
        columns: [Bedeutung, Teile, Genus]
        rows:
          Kraftfahrzeughaftpflichtversicherung: [motor liability insurance, Kraft·fahr·zeug·haft·pflicht·versicherung, die]
          Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung: [an ordinance, "—", die]
    """


def test_a_long_word_in_a_wide_table_never_runs_over_the_next_cell_on_screen(tmp_path):
    # a cell is at most 16em wide on screen; a longer word was drawn over its neighbour
    corpus = write_corpus(tmp_path / "cards", LONG_WORDS)
    out = build_formats(corpus, tmp_path / "out", "html")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        spilled = {}
        for width in (1440, 390):
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto((out / "polyglot.html").as_uri())
            spilled[width] = page.evaluate(
                """() => [...document.querySelectorAll('#c-de-compounds th, #c-de-compounds td')]
                     .filter(cell => cell.scrollWidth > cell.clientWidth + 1)
                     .map(cell => cell.textContent)"""
            )
        cells = page.evaluate("document.querySelectorAll('#c-de-compounds td').length")
        browser.close()
    assert cells == 6
    assert spilled == {1440: [], 390: []}, spilled


def test_a_table_cells_answer_stays_in_view_on_a_phone_in_anki(tmp_path):
    # a row label longer than the phone is wide pushed the answer's cell off screen
    corpus = write_corpus(tmp_path / "cards", LONG_WORDS)
    out = build_formats(corpus, tmp_path / "out", "apkg")
    cards = anki_cards(out / "polyglot.apkg", tmp_path / "anki")
    assert len(cards) == 6
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page(viewport={"width": 390, "height": 800})
        placed = []
        for _id, answer, css in cards:
            page.set_content(
                f"<!doctype html><html><head><style>{css}</style></head>"
                f'<body class="card">{answer}</body></html>'
            )
            placed.append(
                page.evaluate(
                    """() => { const cell = document.querySelector('td.cd-answer-cell');
                         const box = cell.getBoundingClientRect();
                         return [cell.textContent, box.left, box.right,
                                 document.documentElement.clientWidth]; }"""
                )
            )
        browser.close()
    for text, left, right, width in placed:
        assert 0 <= left < right <= width, (text, left, right, width)


def test_an_entity_written_in_a_card_shows_as_written_in_obsidian_and_mochi(tmp_path):
    # both render Markdown with HTML entities: "&nbsp;" showed as a space there
    import json
    import zipfile

    from markdown_it import MarkdownIt

    corpus = write_corpus(tmp_path / "cards", ENTITIES)
    out = build_formats(corpus, tmp_path / "out", "obsidian", "mochi")
    obsidian = (out / "polyglot.obsidian.md").read_text(encoding="utf-8")
    with zipfile.ZipFile(out / "polyglot.mochi") as archive:
        data = json.loads(archive.read("data.json"))
    (mochi,) = [card["content"] for deck in data["decks"] for card in deck["cards"]]
    for source in (obsidian, mochi):
        shown = visible_text(MarkdownIt("commonmark").render(source))
        assert "What does &nbsp; write?" in shown and "&copy; writes ©" in shown, shown


IMAGES = """\
    deck: Hanzi
    title: Hanzi
    cards:
      - id: zh-tu
        kind: qa
        question: Which picture is 图 (tú)?
        answer: "This one: ![a red dot](<images/my dot 图.png>), also ![the same](images/图.png)."
    """


def test_an_image_whose_name_has_spaces_or_hanzi_shows_in_every_output(tmp_path):
    # a path in angle brackets (CommonMark's way to write a space) was not read as an
    # image: no check, alt text on the sheets, no file in the deck; and the sheets
    # looked a percent-encoded name (%E5%9B%BE) up in the corpus folder: alt text again
    import json
    import re
    import zipfile
    from urllib.parse import unquote

    from markdown_it import MarkdownIt

    corpus = write_corpus(tmp_path / "cards", IMAGES)
    (corpus / "images").mkdir()
    dot = Path(__file__).parent / "cases" / "kinds" / "cards" / "images" / "dot.png"
    shutil.copy(dot, corpus / "images" / "my dot 图.png")
    shutil.copy(dot, corpus / "images" / "图.png")
    out = build_formats(corpus, tmp_path / "out", "apkg", "pdf", "html", "md", "obsidian", "mochi")

    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page()
        page.goto((out / "polyglot.html").as_uri())
        drawn = page.evaluate(
            """() => [...document.querySelectorAll('#c-zh-tu img')]
                 .map(img => img.complete ? img.naturalWidth : 0)"""
        )
        alts = page.evaluate("document.querySelectorAll('#c-zh-tu .alt').length")
        browser.close()
    assert len(drawn) == 2 and all(drawn) and alts == 0, (drawn, alts)

    listed = subprocess.run(
        ["pdfimages", "-list", str(out / "polyglot.pdf")], capture_output=True, text=True
    ).stdout
    assert len(listed.strip().splitlines()) - 2 == 2, listed

    ((_id, answer, _css),) = anki_cards(out / "polyglot.apkg", tmp_path / "anki")
    sources = re.findall(r'<img src="([^"]+)"', answer)
    assert len(sources) == 2, answer
    media = tmp_path / "anki" / "collection.media"
    assert all((media / source).is_file() for source in sources), sources

    sheet = MarkdownIt("commonmark").render((out / "polyglot.md").read_text(encoding="utf-8"))
    linked = [unquote(src) for src in re.findall(r'<img src="([^"]+)"', sheet)]
    assert len(linked) == 2 and all((out / src).is_file() for src in linked), sheet

    obsidian = MarkdownIt("commonmark").render(
        (out / "polyglot.obsidian.md").read_text(encoding="utf-8")
    )
    assert len(re.findall(r'<img src="images/', obsidian)) == 2, obsidian
    with zipfile.ZipFile(out / "polyglot.mochi") as archive:
        data = json.loads(archive.read("data.json"))
        names = set(archive.namelist())
    (mochi,) = [card["content"] for deck in data["decks"] for card in deck["cards"]]
    attached = re.findall(r"\]\(@media/([^)\s]+)\)", mochi)
    assert len(attached) == 2 and set(attached) <= names, (mochi, names)


ESCAPED = """\
    deck: Workshop
    title: Workshop
    cards:
      - id: gauge
        kind: qa
        question: "Which tool is this? ![the gauge](images/tyre%20gauge.png)"
        answer: A tyre pressure gauge.
      - id: pump
        kind: qa
        question: "And this one? ![the pump](images/floor%20pump.png)"
        answer: A floor pump.
    """


def test_an_image_path_with_percent_escapes_names_the_file_it_decodes_to(tmp_path):
    """Markdown writes a space in a link as %20 (the Markdown exports do too), and every
    writer decodes it; ``check`` looked for "tyre%20gauge.png" itself and stopped the
    build with missing-media. A file missing either way is still missing-media."""
    corpus = write_corpus(tmp_path / "cards", ESCAPED)
    (corpus / "images").mkdir()
    dot = Path(__file__).parent / "cases" / "kinds" / "cards" / "images" / "dot.png"
    shutil.copy(dot, corpus / "images" / "tyre gauge.png")
    found = run_cli("check", corpus)
    assert found.returncode == 1, found.stdout + found.stderr
    assert "'images/floor pump.png' does not exist" in found.stdout, found.stdout
    assert found.stdout.count("missing-media") == 1, found.stdout

    shutil.copy(dot, corpus / "images" / "floor pump.png")
    out = build_formats(corpus, tmp_path / "out", "apkg")
    shown = anki_cards(out / "polyglot.apkg", tmp_path / "anki")
    media = tmp_path / "anki" / "collection.media"
    for _id, answer, _css in shown:
        (source,) = re.findall(r'<img src="([^"]+)"', answer)
        assert (media / source).is_file(), source


def test_a_misspelt_image_path_in_angle_brackets_is_an_error(tmp_path, capsys):
    from cheatdeck import cli

    corpus = write_corpus(tmp_path / "cards", IMAGES)
    (corpus / "images").mkdir()
    dot = Path(__file__).parent / "cases" / "kinds" / "cards" / "images" / "dot.png"
    shutil.copy(dot, corpus / "images" / "图.png")  # "my dot 图.png" is missing
    assert cli.main(["check", str(corpus)]) == 1
    said = capsys.readouterr().out
    assert "error missing-media" in said and "'images/my dot 图.png' does not exist" in said, said
