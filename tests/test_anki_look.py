"""Anki cards as a phone shows them: rendered by the real Anki backend, laid out with
their note type's CSS in chromium (Playwright, Debian's /usr/bin/chromium) at 390 px,
in light and night mode.

Checks: code keeps its indentation (no code line wraps; long lines scroll sideways),
a revealed cloze inside code is marked, inline code stands out in light mode, a table
cell's back highlights the cell asked, and the card id sits in a quiet footer.
"""

# ruff: noqa: E501 - the code cards need lines longer than a phone is wide

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from cheatdeck import pipeline
from cheatdeck.writers import WRITER_NAMES

anki_collection = pytest.importorskip("anki.collection")
playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
EPOCH = 1_700_000_000
PHONE = 390

TOPIC = """\
    deck: Code
    title: Code on a phone
    cards:
      - id: py-retry
        kind: snippet
        title: Retry a request with exponential backoff
        lang: python
        code: |
          def fetch(url, attempts=5):
              for attempt in range(attempts):
                  try:
                      return session.get(url, timeout=configured_timeout_in_seconds, allow_redirects=True)
                  except ConnectionError as error:
                      logger.warning("attempt %d of %d failed for %s: %s", attempt, attempts, url, error)
                      time.sleep(2 ** attempt)
      - id: sh-continued
        kind: command
        task: Run a container with a volume and a port
        command: |
          docker run --detach --name web-frontend-production \\
              --volume /srv/web/static-assets:/usr/share/nginx/html:ro \\
              --publish 8080:80 nginx:1.27-alpine
      - id: cloze-code
        kind: cloze
        text: "Squash the last three commits with `git {{c1::rebase -i}} HEAD~3`."
      - id: qa-inline
        kind: qa
        question: Which command shows the staged diff?
        answer: "`git diff --staged`"
      - id: list-areas
        kind: list
        title: Where a change lives
        items:
          - The working tree holds your edits
          - The index stages the next commit
          - The repository stores every commit
      - id: table-merge
        kind: table
        title: Ways to combine branches
        row_header: Way
        columns: [Keeps every commit, Linear]
        rows:
          Merge: [Yes, No]
          Rebase: [Rewrites them, Yes]
      - id: table-plain
        kind: table
        title: Remotes by name
        columns: [Is]
        rows:
          origin: [Where you cloned from]
    """


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, tuple[str, str]]:
    """card key (id, ord) -> (question HTML, answer HTML) as Anki renders them, each
    with its note type's CSS."""
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    root = tmp_path_factory.mktemp("look")
    corpus = root / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: look\ntitle: Look\ndeck: Look\n", "utf-8")
    (corpus / "code.yaml").write_text(textwrap.dedent(TOPIC), "utf-8")
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(EPOCH)
    try:
        outcome = pipeline.build(corpus, root / "out", [WRITER_NAMES["apkg"]])
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    assert not outcome.report.failed(), outcome.report.render()
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    (root / "anki").mkdir()
    col = anki_collection.Collection(str(root / "anki" / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(root / "out" / "look.apkg"), options=ImportAnkiPackageOptions()
        )
        col.import_anki_package(request)
        cards = {}
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            out = card.render_output(reload=True)
            fields = dict(card.note().items())
            key = (fields.get("CheatdeckKey") or fields["CheatdeckId"], card.ord)
            style = f"<style>{out.css}</style>"
            cards[key] = (style + out.question_text, style + out.answer_text)
        return cards
    finally:
        col.close()


def page_html(side: str, night: bool) -> str:
    mode = " nightMode night_mode" if night else ""
    return f'<!doctype html><html><body class="card{mode}">{side}</body></html>'


LAYOUT = """() => {
  const lines = [...document.querySelectorAll('pre.code code')].map(code => {
    const range = document.createRange();
    range.selectNodeContents(code);
    // the text's height: at phone width as tall as with no width limit, or a line wrapped
    const height = range.getBoundingClientRect().height;
    const pre = code.closest('pre');
    return {height, scrolls: pre.scrollWidth > pre.clientWidth,
            inside: pre.getBoundingClientRect().right <= window.innerWidth + 0.5};
  });
  const style = el => el && getComputedStyle(el);
  const inline = document.querySelector(':not(pre) > code');
  const cloze = document.querySelector('code .cloze');
  const cell = document.querySelector('td.cd-answer-cell');
  const id = document.querySelector('.cd-id');
  return {
    lines,
    pageWidth: document.documentElement.scrollWidth,
    body: style(document.body).backgroundColor,
    inline: inline && {bg: style(inline).backgroundColor, border: style(inline).borderTopWidth},
    cloze: cloze && {outline: style(cloze).outlineStyle, bg: style(cloze).backgroundColor,
                     code: style(cloze.closest('code')).backgroundColor},
    cell: cell && {bg: style(cell).backgroundColor},
    id: id && {size: parseFloat(style(id).fontSize), body: parseFloat(style(document.body).fontSize),
               color: style(id).color, text: style(document.body).color},
  };
}"""


def layout(browser, html: str, shot: Path | None = None, page=None) -> dict:
    """The LAYOUT facts at phone width; each code block's ``wrapped``: whether it is
    taller there than on a screen too wide for any line to wrap."""
    own = page is None
    page = page or browser.new_page(viewport={"width": PHONE, "height": 800})
    try:
        page.set_viewport_size({"width": PHONE, "height": 800})
        page.set_content(html)
        if shot is not None:
            page.screenshot(path=str(shot), full_page=True)
        found = page.evaluate(LAYOUT)
        page.set_viewport_size({"width": 20_000, "height": 800})
        wide = page.evaluate(LAYOUT)["lines"]
        for line, unbounded in zip(found["lines"], wide, strict=True):
            line["wrapped"] = line["height"] > unbounded["height"] + 1
        return found
    finally:
        if own:
            page.close()


@pytest.mark.parametrize("night", [False, True], ids=["light", "night"])
def test_code_keeps_its_indentation_at_phone_width(rendered, browser, night):
    seen = 0
    for key in (("py-retry", 0), ("sh-continued", 0)):
        found = layout(browser, page_html(rendered[key][1], night))
        assert found["lines"], key
        for line in found["lines"]:
            assert not line["wrapped"], (key, line)  # no code line wrapped
            assert line["inside"], key  # the block stays on screen; its text scrolls
        assert any(line["scrolls"] for line in found["lines"]), key  # long lines scroll
        assert found["pageWidth"] <= PHONE, key  # the page itself never scrolls sideways
        seen += 1
    assert seen == 2


def test_a_revealed_cloze_inside_code_is_marked(rendered, browser):
    found = layout(browser, page_html(rendered[("cloze-code", 0)][1], False))
    assert found["cloze"] is not None
    assert found["cloze"]["outline"] == "solid"
    assert found["cloze"]["bg"] != found["cloze"]["code"]


def test_inline_code_stands_out_in_light_mode(rendered, browser):
    found = layout(browser, page_html(rendered[("qa-inline", 0)][1], False))
    assert found["inline"]["border"] == "1px"
    assert found["inline"]["bg"] != found["body"]


def test_a_table_cells_back_highlights_the_cell_asked_and_the_id_is_a_quiet_footer(
    rendered, browser
):
    found = layout(browser, page_html(rendered[("table-merge/Rebase/Linear", 0)][1], False))
    assert found["cell"]["bg"] not in (found["body"], "rgba(0, 0, 0, 0)")
    assert found["id"]["size"] < 0.7 * found["id"]["body"]
    assert found["id"]["color"] != found["id"]["text"]


CORNER = """() => {
  const corner = document.querySelector('thead th');
  const label = document.querySelector('tbody th');
  const size = el => parseFloat(getComputedStyle(el).fontSize);
  const header = corner.querySelector('.cd-row-header');
  const width = el => el ? el.getBoundingClientRect().width : 0;
  return {
    // what shows: the header, and nothing beside it (the title's text is at size 0)
    corner: header && header.innerText.trim(),
    width: width(corner.querySelector('.cd-corner')), own: width(header),
    context: document.querySelector('.cd-context').innerText.trim(),
    header: header && size(header), label: size(label),
  };
}"""


@pytest.mark.parametrize("side", [0, 1], ids=["front", "back"])
def test_a_table_cells_top_left_cell_shows_the_row_header_as_the_sheet_does(
    rendered, browser, side
):
    """The corner over the row labels was empty on the card while the sheet showed
    the table's ``row_header`` there: "Way" over "Merge" and "Rebase"."""
    page = browser.new_page(viewport={"width": PHONE, "height": 800})
    try:
        page.set_content(page_html(rendered[("table-merge/Rebase/Linear", 0)][side], False))
        found = page.evaluate(CORNER)
        assert found["corner"] == "Way" and found["width"] == found["own"] > 0, found
        assert found["context"] == "Ways to combine branches", found  # the title alone
        assert found["header"] == found["label"], found  # the size of the row's label
        page.set_content(page_html(rendered[("table-plain/origin/Is", 0)][side], False))
        found = page.evaluate(CORNER)
        assert found["width"] == 0 and found["header"] is None, found  # empty, as before
        assert found["context"] == "Remotes by name", found
    finally:
        page.close()


def test_a_plain_list_item_asks_in_context_with_its_own_item_hidden(rendered, browser):
    digest = (
        "list-areas#~"
        + __import__("hashlib").sha256(b"The index stages the next commit").hexdigest()[:10]
    )
    question, answer = rendered[(digest, 0)]
    assert "(2/3)" not in question and "The index stages" not in question
    assert question.count("<li") == 3 and "cd-ask-item" in question
    assert "The working tree holds your edits" in question
    assert "The index stages the next commit" in answer


def test_a_line_drawing_stays_visible_in_night_mode(browser, tmp_path):
    """An SVG of black lines on nothing, imported with the real Anki and shown from its
    media folder: in night mode its lines must still stand out from what is around them."""
    import io

    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
    from PIL import Image

    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    corpus = tmp_path / "cards"
    (corpus / "images").mkdir(parents=True)
    (corpus / "corpus.yaml").write_text("name: look\ntitle: Look\ndeck: Look\n", "utf-8")
    (corpus / "images" / "lines.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="60">'
        '<path d="M5 55 L75 55 L5 5 Z" fill="none" stroke="black" stroke-width="3"/></svg>',
        "utf-8",
    )
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n  - id: tri\n    kind: concept\n    term: Right triangle\n"
        "    definition: One angle of 90°.\n    image: images/lines.svg\n",
        "utf-8",
    )
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["apkg"]])
    assert not outcome.report.failed(), outcome.report.render()
    (tmp_path / "anki").mkdir()
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(tmp_path / "out" / "look.apkg"), options=ImportAnkiPackageOptions()
        )
        col.import_anki_package(request)
        (cid,) = col.find_cards("")
        out = col.get_card(cid).render_output(reload=True)
        media = Path(col.media.dir())
    finally:
        col.close()
    spreads = {}
    for night in (False, True):
        page_file = media / "page.html"
        page_file.write_text(page_html(f"<style>{out.css}</style>{out.answer_text}", night))
        page = browser.new_page(viewport={"width": PHONE, "height": 800})
        try:
            page.goto(page_file.as_uri())
            shot = page.locator(".cd-image img").screenshot()
        finally:
            page.close()
        low, high = Image.open(io.BytesIO(shot)).convert("L").getextrema()
        spreads[night] = high - low
    assert spreads[False] > 128 and spreads[True] > 128, spreads


def test_screenshots_for_a_look(rendered, browser, tmp_path):
    """Writes light and night screenshots (CHEATDECK_SHOTS=folder keeps them)."""
    folder = Path(os.environ.get("CHEATDECK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    for (key, ord_), (_, answer) in sorted(rendered.items()):
        for night in (False, True):
            name = f"{key.replace('/', '_')}-{ord_}-{'night' if night else 'light'}.png"
            layout(browser, page_html(answer, night), folder / name)
    assert len(list(folder.glob("*.png"))) == 2 * len(rendered)


def test_every_code_note_of_the_shipped_corpus_keeps_its_indentation(browser, tmp_path):
    """The AWS corpus's command and snippet notes, rendered by Anki, at 390 px."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    root = Path(__file__).resolve().parents[1]
    corpus = tmp_path / "cards"
    import shutil

    shutil.copytree(root / "cards", corpus)
    os.environ["SOURCE_DATE_EPOCH"] = str(EPOCH)
    try:
        outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["apkg"]])
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    assert not outcome.report.failed()
    (tmp_path / "anki").mkdir()
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        apkg = next((tmp_path / "out").glob("*.apkg"))
        col.import_anki_package(
            ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions())
        )
        sides = []
        for cid in col.find_cards('"note:cheatdeck Command" OR "note:cheatdeck Snippet"'):
            out = col.get_card(cid).render_output(reload=True)
            sides.append(f"<style>{out.css}</style>{out.answer_text}")
    finally:
        col.close()
    assert len(sides) > 50
    page = browser.new_page(viewport={"width": PHONE, "height": 800})
    wrapped = []
    try:
        for side in sides:
            found = layout(browser, page_html(side, False), page=page)
            wrapped += [line for line in found["lines"] if line["wrapped"]]
            assert found["pageWidth"] <= PHONE
    finally:
        page.close()
    assert not wrapped


def imported_answers(corpus: Path, root: Path) -> tuple[dict[str, str], Path]:
    """Build ``corpus`` to an .apkg, import it with the real Anki: card key -> its answer
    side with the note type's CSS, and the collection's media folder (images load
    from there)."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    outcome = pipeline.build(corpus, root / "out", [WRITER_NAMES["apkg"]])
    assert not outcome.report.failed(), outcome.report.render()
    (root / "anki").mkdir()
    col = anki_collection.Collection(str(root / "anki" / "collection.anki2"))
    try:
        apkg = next((root / "out").glob("*.apkg"))
        col.import_anki_package(
            ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions())
        )
        answers = {}
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            css = card.note_type()["css"]
            fields = dict(card.note().items())
            key = fields.get("CheatdeckKey") or fields["CheatdeckId"]
            answers[key] = f"<style>{css}</style>{card.answer()}"
        return answers, Path(col.media.dir())
    finally:
        col.close()


IMAGE_BOX = """() => [...document.querySelectorAll('.cd img')].map(img => {
  const box = img.getBoundingClientRect();
  return {right: box.right, width: box.width, height: box.height,
          ratio: img.naturalWidth / img.naturalHeight};
})"""


def test_an_image_fits_the_screen_at_phone_and_desktop_width(browser, tmp_path):
    """A photo or diagram 2400 px wide written in an answer (![alt](…)) was shown at
    its own size: on a phone the page scrolled sideways and the answer's image was cut
    off; a tall one under ``image:`` was 2400 px high on the desktop, never seen whole."""
    from PIL import Image

    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    corpus = tmp_path / "cards"
    (corpus / "images").mkdir(parents=True)
    (corpus / "corpus.yaml").write_text("name: look\ntitle: Look\ndeck: Look\n", "utf-8")
    Image.new("RGB", (2400, 1400), "white").save(corpus / "images" / "wide.png")
    Image.new("RGB", (900, 2700), "white").save(corpus / "images" / "tall.png")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n"
        "  - id: wide\n    kind: qa\n    question: What does a B-tree look like on disk?\n"
        '    answer: "Pages side by side: ![pages](images/wide.png)"\n'
        "  - id: tall\n    kind: concept\n    term: Overflow chain\n"
        "    definition: Pages linked one after the other.\n    image: images/tall.png\n",
        "utf-8",
    )
    answers, media = imported_answers(corpus, tmp_path)
    seen = []
    page = browser.new_page()
    try:
        for width, height in ((PHONE, 800), (900, 700)):
            page.set_viewport_size({"width": width, "height": height})
            for card_id in ("wide", "tall"):
                page_file = media / "page.html"
                page_file.write_text(page_html(answers[card_id], False), "utf-8")
                page.goto(page_file.as_uri())
                (image,) = page.evaluate(IMAGE_BOX)
                page_width = page.evaluate("document.documentElement.scrollWidth")
                assert page_width <= width, (card_id, width, page_width)
                assert image["right"] <= width, (card_id, width, image)
                assert image["height"] <= 0.8 * height, (card_id, height, image)
                assert image["width"] / image["height"] == pytest.approx(image["ratio"], rel=0.02)
                seen.append(card_id)
    finally:
        page.close()
    assert len(seen) == 4


def test_a_row_label_that_fits_the_phone_is_never_broken_inside_a_word(browser, tmp_path):
    """At 360 and 390 px the answer's cell took 60% of the screen and the row label
    "synchronous" broke as "synchrono / us" beside it ("cache_size" as "cache_siz / e"),
    though the answer could wrap at its spaces; a compound longer than the screen still
    breaks (test_outputs_polyglot)."""
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: look\ntitle: Look\ndeck: Look\n", "utf-8")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n"
        "  - id: pragmas\n    kind: table\n    title: PRAGMAs\n    columns: [Effect]\n"
        "    rows:\n"
        "      synchronous: [Fewer fsyncs in WAL mode]\n"
        "      journal_mode: [Readers and writer run concurrently]\n"
        "      cache_size: [Bigger page cache in KiB when negative]\n",
        "utf-8",
    )
    answers, _media = imported_answers(corpus, tmp_path)
    page = browser.new_page()
    lines = {}
    try:
        for width, side in ((w, s) for w in (360, PHONE) for s in answers.values()):
            page.set_viewport_size({"width": width, "height": 800})
            page.set_content(page_html(side, False))
            label, count, right = page.evaluate(
                """() => { const th = document.querySelector('tbody th');
                     const range = document.createRange(); range.selectNodeContents(th);
                     const cell = document.querySelector('td.cd-answer-cell');
                     return [th.textContent, range.getClientRects().length,
                             cell.getBoundingClientRect().right]; }"""
            )
            assert right <= width, (label, right)  # the answer stays on screen
            lines[label, width] = count
    finally:
        page.close()
    labels = ("synchronous", "journal_mode", "cache_size")
    assert lines == {(label, w): 1 for label in labels for w in (360, PHONE)}, lines
