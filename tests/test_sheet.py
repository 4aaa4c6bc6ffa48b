"""The cheat sheet (PDF + HTML): content, outline, paper, layout, safety, determinism.

The PDF is read back with pypdf and its layout with WeasyPrint's own page boxes
(``writers.layout_check``). Expensive builds are shared per module.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
import textwrap
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from cheatdeck import __version__, pipeline
from cheatdeck.model import Settings
from cheatdeck.text import plain
from cheatdeck.writers import BuildContext, BuildOptions, OutputError
from cheatdeck.writers.sheet import blocks, layout_check, pdf
from cheatdeck.writers.sheet import headings as sheet_headings
from cheatdeck.writers.sheet import html as html_writer
from cheatdeck.writers.sheet import page as sheet

from conftest import build_context as context
from conftest import shipped_sheet

ROOT = Path(__file__).resolve().parents[1]
KINDS = ROOT / "tests" / "cases" / "kinds" / "cards"
SHIPPED = ROOT / "cards"

A4_LANDSCAPE = (841.89, 595.28)
LETTER_PORTRAIT = (612.0, 792.0)


# ---------------------------------------------------------------- helpers


def squash(text: str) -> str:
    """Text with all whitespace removed: line wrapping must not matter."""
    return re.sub(r"\s+", "", text)


def cloze_shown(text: str) -> str:
    return re.sub(r"\{\{c\d+::(.*?)(?:::[^{}]*?)?\}\}", r"\1", text)


def articles(ctx) -> set[str]:
    """The ids of the sheet's articles: one per card, but a group's limits share one."""
    return {
        run[0].id
        for _topic, cards in ctx.sheet_cards()
        for heading in sheet_headings.headings(cards)
        for run in blocks.runs(heading.cards)
    }


def visible_texts(card) -> list[str]:
    """Every text a reader must find on the sheet for this card."""
    kind = card.kind
    md: list[str | None] = [card.note]
    code: list[str | None] = []
    if kind == "concept":
        md += [card.term, card.definition, card.example]
    elif kind == "qa":  # a statement: the fact, or the answer under the question's key phrase
        md += [card.fact] if card.fact else [blocks.key_phrase(card.question), card.answer]
    elif kind == "command":
        md.append(card.task)
        code += [card.command, card.output]
    elif kind == "limit":
        md += [card.subject, card.value_text]
    elif kind == "table":
        md += [card.title, card.row_header, *card.columns]
        for row in card.rows:
            md += [row.label, *row.cells]
    elif kind == "cloze":
        md.append(cloze_shown(card.text))
    elif kind == "snippet":
        md.append(card.title)
        code.append(card.code)
    elif kind == "list":
        md.append(card.title)
        for item in card.items:
            md += [item.term, item.text]
    texts = [plain(text) for text in md if text] + [text for text in code if text]
    return [text.translate(pdf.TEXT_FIXES) for text in texts]


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


class References(HTMLParser):
    """Every URL an HTML page would load (not links a reader may follow)."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        for name in ("src", "srcset", "poster", "data"):
            if attributes.get(name):
                self.loads.append(attributes[name])
        if tag == "link" and attributes.get("href"):
            self.loads.append(attributes["href"])
        if attributes.get("style") and "url(" in attributes["style"]:
            self.loads.append(attributes["style"])


def references(html: str) -> References:
    parser = References()
    parser.feed(html)
    return parser


def copy_corpus(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    (target / "cheatdeck.lock").unlink(missing_ok=True)
    return target


# ---------------------------------------------------------------- shared builds


def build_with_cli(corpus: Path, out: Path) -> Path:
    """``cheatdeck build CORPUS -o OUT -f pdf,html`` as a user runs it."""
    command = [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(out)]
    result = subprocess.run(
        [*command, "-f", "pdf,html"], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="module")
def kinds_build(tmp_path_factory):
    """The kinds corpus built twice by the command line, the second time in another folder.

    The first build writes the lock; the second reads it. Same bytes from both proves
    the outputs depend neither on the clock nor on where the corpus lives.
    """
    base = tmp_path_factory.mktemp("kinds")
    corpus = copy_corpus(KINDS, base / "one" / "cards")
    first = build_with_cli(corpus, base / "out1")
    moved = base / "elsewhere" / "deeper" / "cards"
    shutil.copytree(corpus, moved)
    second = build_with_cli(moved, base / "out2")
    return corpus, [first, second]


@pytest.fixture(scope="module")
def kinds_pdf(kinds_build) -> bytes:
    return (kinds_build[1][0] / "kinds.pdf").read_bytes()


@pytest.fixture(scope="module")
def kinds_html(kinds_build) -> str:
    return (kinds_build[1][0] / "kinds.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def kinds_ctx(kinds_build) -> BuildContext:
    return context(kinds_build[0])


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    """The shipped AWS sheet (its lock read, as a user builds it) laid out once per test
    run (``shipped_sheet``): (context, the sheet, PDF bytes)."""
    made = shipped_sheet(tmp_path_factory)
    return context(SHIPPED), made, made.pdf


# ---------------------------------------------------------------- the PDF


def test_pdf_text_holds_every_card_visible_text(kinds_ctx, kinds_pdf):
    text = squash(pdf_text(kinds_pdf))
    missing = [
        (card.id, piece)
        for card in kinds_ctx.corpus.cards()
        for piece in visible_texts(card)
        if squash(piece) not in text
    ]
    assert not missing


def test_a_limits_as_of_shows_after_its_subject_on_paper_and_screen(kinds_pdf, kinds_html):
    """The day a limit was checked was in the Markdown and on the Anki back only: the sheet
    now shows it too, small, after what is limited; a limit without one shows none."""
    text = squash(pdf_text(kinds_pdf))
    assert squash("Lambda maximum timeout as of 2025-01-01") in text
    assert text.count("asof") == 1  # S3 durability has none
    row = re.search(
        r'<tr[^>]*class="limit"><td class="subject">Lambda maximum timeout(.*?)</tr>', kinds_html
    )
    assert row and '<span class="as-of">as of 2025-01-01</span>' in row[1], row
    assert 'as-of">' not in kinds_html.split("S3 durability", 1)[1].split("</tr>", 1)[0]


def test_pdf_shows_raw_html_as_text_and_cloze_answers_without_hints(kinds_pdf):
    text = pdf_text(kinds_pdf)
    assert "<script>alert(1)</script>" in text
    assert "Vec<String> and std::vector<int>" in text
    assert "Availability Zones" in text
    assert "AZs" not in text  # the hint is dropped
    assert "{{c1::" not in text


def test_pdf_outline_has_one_entry_per_section_in_order(kinds_ctx, kinds_pdf):
    outline = PdfReader(BytesIO(kinds_pdf)).outline
    titles = [entry.title for entry in outline]
    assert titles == [plain(topic.title) for topic, _cards in kinds_ctx.sheet_cards()]


def test_pdf_is_landscape_a4_with_title_dates_and_identity(kinds_ctx, kinds_pdf):
    reader = PdfReader(BytesIO(kinds_pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == A4_LANDSCAPE
    assert reader.metadata.title == "Every Kind"
    created = sheet.identity(kinds_ctx, 0).timestamp  # from the lock, never the clock
    stamp = created.replace("-", "").replace(":", "").replace("T", "").rstrip("Z")
    assert reader.metadata["/CreationDate"].startswith("D:" + stamp)
    first_page = reader.pages[0].extract_text()
    assert f"kinds · {created[:10]} · 10 cards · cheatdeck {__version__}" in first_page
    footer = reader.pages[-1].extract_text()
    assert f"page {len(reader.pages)} / {len(reader.pages)}" in footer


def test_pdf_fonts_are_embedded(kinds_pdf):
    reader = PdfReader(BytesIO(kinds_pdf))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            described = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = described["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    assert fonts and all(fonts.values()), fonts
    assert any("Mono" in name for name in fonts)  # code is set in the monospace font


def test_same_corpus_gives_the_same_bytes_wherever_it_lives(kinds_build):
    _corpus, outs = kinds_build
    for name in ("kinds.pdf", "kinds.html"):
        first = (outs[0] / name).read_bytes()
        assert all((out / name).read_bytes() == first for out in outs[1:]), name


def test_paper_and_orientation_follow_the_options(kinds_ctx):
    ctx = BuildContext(
        corpus=kinds_ctx.corpus,
        facts=kinds_ctx.facts,
        lock=kinds_ctx.lock,
        options=BuildOptions(paper="letter", orientation="portrait"),
        version=__version__,
    )
    reader = PdfReader(BytesIO(pdf.render(ctx)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == LETTER_PORTRAIT
    assert "columns: 2" in sheet.PageSetup.of(ctx.settings).css


def test_type_sizes_never_go_below_the_print_minimums():
    tiny = sheet.PageSetup.of(Settings(font_size=4))
    assert (tiny.body_pt, tiny.code_pt) == (6.5, 6.0)
    normal = sheet.PageSetup.of(Settings())
    assert 7.0 <= normal.body_pt <= 8.0 and normal.code_pt >= 6.0
    assert normal.columns == 3


def test_weasyprint_reads_the_print_stylesheet_without_a_warning(kinds_ctx, caplog):
    caplog.set_level(logging.WARNING, logger="weasyprint")
    pdf.build_sheet(kinds_ctx)
    assert [record.getMessage() for record in caplog.records] == []
    assert "prefers-color-scheme" in sheet.stylesheet(kinds_ctx.templates)  # the HTML's


def test_layout_check_passes_on_the_kinds_sheet(kinds_ctx):
    made = pdf.build_sheet(kinds_ctx)
    assert made.problems == []
    assert set(made.cards) == articles(kinds_ctx)
    assert len(articles(kinds_ctx)) < len(list(kinds_ctx.corpus.cards()))


# ---------------------------------------------------------------- the shipped sheet


def test_shipped_sheet_passes_the_layout_check(shipped):
    ctx, made, _data = shipped
    problems = [str(problem) for problem in made.problems]
    assert problems == []
    assert set(made.cards) == articles(ctx)


def test_shipped_sheet_holds_every_card_and_one_outline_entry_per_section(shipped):
    ctx, _rendered, data = shipped
    text = squash(pdf_text(data))
    # line by line: a card taller than what is left of a page goes on after the page's
    # footer and the next page's running header
    missing = [
        (card.id, line[:40])
        for _topic, cards in ctx.sheet_cards()
        for card in cards
        for piece in visible_texts(card)
        for line in piece.split("\n")
        if squash(line) not in text
    ]
    assert not missing
    titles = [entry.title for entry in PdfReader(BytesIO(data)).outline]
    assert titles == [plain(topic.title) for topic, _cards in ctx.sheet_cards()]


def test_shipped_sheet_is_dense(shipped):
    ctx, made, _data = shipped
    cards = sum(len(cards) for _topic, cards in ctx.sheet_cards())
    # the goal: 400-600 cards on at most 12 landscape A4 pages (about 45 a page)
    assert made.pages <= max(1, -(-cards // 30)), (cards, made.pages)
    assert made.fill > 0.75


# ---------------------------------------------------------------- tall cards


TALL_TOPIC = """\
deck: Tall
title: Tall things
cards:
  - id: first
    kind: qa
    question: What comes first?
    answer: A short card.
  - id: long-table
    kind: table
    title: A table taller than a column
    columns: [Port, Protocol]
    rows:
{rows}
  - id: last
    kind: qa
    question: What comes last?
    answer: Another short card.
"""


def test_a_card_taller_than_a_column_splits_instead_of_leaving_blank_pages(tmp_path):
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: tall\ntitle: Tall\ndeck: Tall\n", encoding="utf-8")
    rows = "\n".join(f"      service-{n:03d}: [port {1000 + n}, protocol {n}x]" for n in range(75))
    (corpus / "tall.yaml").write_text(TALL_TOPIC.format(rows=rows), encoding="utf-8")
    ctx = context(corpus)
    made = pdf.build_sheet(ctx)
    assert made.tall == {"long-table"}
    assert made.cards.count("long-table") > 1  # it did split
    assert made.problems == []  # no empty page, nothing else split


def _tall_corpus(tmp_path: Path, rows: int = 260) -> Path:
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: tall\ntitle: Tall\ndeck: Tall\n", encoding="utf-8")
    lines = "\n".join(
        f"      service-{n:03d}: [port {1000 + n}, protocol {n}x]" for n in range(rows)
    )
    (corpus / "tall.yaml").write_text(TALL_TOPIC.format(rows=lines), encoding="utf-8")
    return corpus


LONG = "x" * 30 + "".join(f"part{n}" for n in range(24))  # one word, wider than a column
URL = "https://example.com/" + "/".join(f"dir{n}" for n in range(30))
HOSTILE_TOPIC = f"""\
deck: Long
title: "Words wider than a column: {LONG}"
intro: "{LONG}"
cards:
  - id: long-question
    kind: qa
    question: "What is {LONG}?"
    answer: "See {URL} or `{LONG}b`"
  - id: long-table
    kind: table
    title: "{LONG}c"
    row_header: "{LONG}d"
    columns: ["{LONG}e", "`{LONG}f`"]
    rows:
      "{LONG}g": ["{LONG}h", "`{LONG}i`"]
      "`{LONG}j`": ["short", "{URL}/k"]
  - id: long-code
    kind: snippet
    title: One long line
    code: "echo {LONG}{LONG}"
  - id: long-limit
    kind: limit
    subject: "{LONG}l"
    value: "{LONG}m"
  - id: long-list
    kind: list
    title: "{LONG}n"
    items:
      - "{LONG}o"
      - "{LONG}p": "{URL}/q"
"""


def test_words_wider_than_a_column_wrap_inside_it(tmp_path):
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: long\ntitle: Long\ndeck: Long\n", encoding="utf-8")
    (corpus / "long.yaml").write_text(HOSTILE_TOPIC, encoding="utf-8")
    made = pdf.build_sheet(context(corpus))
    assert [str(problem) for problem in made.problems] == []
    shown = {"long-question", "long-table", "long-code", "long-limit", "long-list"}
    assert set(made.cards) == shown


def test_a_word_longer_than_long_word_is_cut_into_lines_in_the_markup_text_only():
    word = "a" * 45 + "&amp;" + "b" * (pdf.LONG_WORD)
    html = (
        '<html><head><style>.x{content:"' + "s" * 300 + '"}</style></head><body>'
        f'<p title="{"t" * 300}">Key: {word} end</p><pre>{word}</pre>'
        f"<table><tr><td>{word}</td></tr></table><p>{'c' * pdf.LONG_WORD}</p></body></html>"
    )
    cut = pdf.long_words_in_lines(html, 24)
    code_line = 24 - 4  # a code line without its hanging indent
    text_line = int(code_line * pdf.TEXT_SHARE)
    head, _, body = cut.partition("<body")
    assert head == html.partition("<body")[0]  # the style is left as it is
    assert f'title="{"t" * 300}"' in body  # and so are attributes
    assert f"<p>{'c' * pdf.LONG_WORD}</p>" in body  # a word of LONG_WORD characters too
    paragraph, code, cell = re.findall(
        r"<p title=[^>]*>(.*?)</p>|<pre>(.*?)</pre>|<td>(.*?)</td>", body
    )[:3]
    lines = [
        paragraph[0].removeprefix("Key: ").removesuffix(" end").split("<br>"),
        code[1].split("<br>"),
        cell[2].split("<br>"),
    ]
    for pieces, width in zip(lines, (text_line, code_line, pdf.CELL_LINE), strict=True):
        assert "".join(pieces) == word  # every character, in order
        assert len(pieces) == -(-(len(word) - 4) // width)  # "&amp;" is one character
        assert [len(p.replace("&amp;", "&")) for p in pieces[:-1]] == [width] * (len(pieces) - 1)
        assert all("&" not in p or "&amp;" in p for p in pieces)  # no entity cut in two


def test_a_word_of_a_thousand_characters_prints_as_lines_of_one_length(tmp_path):
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: key\ntitle: Key\ndeck: Key\n", encoding="utf-8")
    card = '{id: k, kind: qa, question: Which key?, answer: "%s"}' % ("x" * 1000)
    (corpus / "keys.yaml").write_text(f"deck: Keys\ntitle: Keys\ncards:\n  - {card}\n", "utf-8")
    ctx = context(corpus)
    made = pdf.build_sheet(ctx)
    runs = re.findall(r"x+", pdf_text(made.pdf))
    assert sum(map(len, runs)) == 1000
    code_line = sheet.PageSetup.of(ctx.settings).code_chars - 4
    assert [len(run) for run in runs[:-1]] == [int(code_line * pdf.TEXT_SHARE)] * (len(runs) - 1)


# ---------------------------------------------------------------- the HTML


def test_html_has_no_external_references(kinds_html):
    found = references(kinds_html)
    assert found.loads, "the image must be there, as a data URI"
    assert all(url.startswith("data:") for url in found.loads), found.loads
    assert not any(tag in ("link", "iframe", "object", "embed") for tag, _ in found.tags)
    scripts = [attrs for tag, attrs in found.tags if tag == "script"]
    assert scripts == [{}]  # one, inline: the search box and copy buttons
    assert not re.search(r"url\(\s*['\"]?(?!data:)", kinds_html)
    assert "@import" not in kinds_html


def test_html_is_semantic_and_escapes_raw_html(kinds_ctx, kinds_html):
    found = references(kinds_html)
    sections = [attrs for tag, attrs in found.tags if tag == "section"]
    anchors = sheet.section_anchors(kinds_ctx)
    assert [s["id"] for s in sections] == [anchors[t.path] for t, _ in kinds_ctx.sheet_cards()]
    assert all("topic" in s["class"].split() for s in sections)
    articles = {
        attrs["id"]: attrs["class"].split() for tag, attrs in found.tags if tag == "article"
    }
    in_order = [
        "c-" + run[0].id
        for _topic, cards in kinds_ctx.sheet_cards()
        for heading in sheet_headings.headings(cards)
        for run in blocks.runs(heading.cards)
    ]
    assert list(articles) == in_order
    every = {attrs.get("id") for _tag, attrs in found.tags}
    for card in kinds_ctx.corpus.cards():
        assert "c-" + card.id in every
        if "c-" + card.id in articles:
            assert {"card", f"kind-{card.kind}"} <= set(articles["c-" + card.id])
    assert kinds_html.count('<h2 data-title="') == len(sections)
    assert '&lt;script&gt;alert(1)<span class="unit">&lt;/script&gt;</span>' in kinds_html
    assert kinds_html.count("<script") == 1 and "<script>alert" not in kinds_html
    assert "<kbd>raw HTML</kbd>" not in kinds_html and "&lt;kbd&gt;raw HTML" in kinds_html


def test_html_follows_the_colour_scheme_and_prints_like_the_pdf(kinds_html):
    assert "prefers-color-scheme: dark" in kinds_html
    assert "@page" in kinds_html and "size: A4 landscape" in kinds_html
    assert 'class="hl-' in kinds_html  # code highlighted with the deck's Pygments classes
    assert '<meta name="dcterms.created"' in kinds_html


def test_html_writer_does_not_import_weasyprint(kinds_build):
    corpus = kinds_build[0]
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from cheatdeck import pipeline
        from cheatdeck.writers import WRITER_NAMES
        out_dir = Path({str(corpus.parent / "html-only")!r})
        out = pipeline.build(Path({str(corpus)!r}), out_dir, [WRITER_NAMES["html"]])
        assert out.written, "nothing written"
        assert "weasyprint" not in sys.modules, "the HTML writer imported weasyprint"
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_html_writer_output_is_the_sheet_document(kinds_ctx):
    assert html_writer.render(kinds_ctx) == sheet.document_html(kinds_ctx).encode("utf-8")


# ---------------------------------------------------------------- safe rendering


def test_markdown_images_outside_the_corpus_become_their_alt_text(tmp_path):
    (tmp_path / "pic.png").write_bytes((KINDS / "images" / "dot.png").read_bytes())
    renderer = sheet.Renderer(tmp_path)
    inside = str(renderer.md("see ![a dot](pic.png)"))
    assert 'src="data:image/png;base64,' in inside
    for target in (
        "http://example.com/x.png",
        "/etc/passwd",
        "../../etc/hosts",
        "file:///etc/passwd",
    ):
        shown = str(renderer.md(f"see ![secret]({target})"))
        assert "<img" not in shown and "secret" in shown, (target, shown)


def test_url_fetcher_serves_only_data_and_files_inside_allowed_folders(tmp_path):
    allowed = tmp_path / "corpus"
    allowed.mkdir()
    (allowed / "ok.png").write_bytes(b"png")
    (tmp_path / "secret.txt").write_text("no", encoding="utf-8")
    fetcher = pdf.safe_fetcher([allowed])
    assert fetcher.fetch((allowed / "ok.png").as_uri()).read() == b"png"
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"
    for url in (
        (tmp_path / "secret.txt").as_uri(),
        (allowed / ".." / "secret.txt").as_uri(),
        "http://example.com/x.png",
        "https://example.com/x.css",
        "ftp://example.com/x",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_cloze_shows_answers_emphasised_and_drops_hints(tmp_path):
    renderer = sheet.Renderer(tmp_path)
    shown = str(
        renderer.cloze("A {{c1::Region}} holds {{c2::Availability Zones::AZs}} & <b>x</b>.")
    )
    assert '<b class="cloze">Region</b>' in shown
    assert '<b class="cloze">Availability Zones</b>' in shown
    assert "AZs" not in shown and "{{" not in shown
    assert '&lt;b&gt;x<span class="unit">&lt;/b&gt;</span>' in shown


def test_a_cloze_answers_blank_before_its_braces_is_not_highlighted(tmp_path):
    """``{{c1::{name: .user, id} }}`` (the blank Anki needs before '}}'): the sheet's
    highlight and underline ran on over the blank, a yellow gap after the answer."""
    shown = str(sheet.Renderer(tmp_path).cloze("`{{c1::{name: .user, id} }}` builds it"))
    assert '<code><b class="cloze">{name: .user, id}</b> </code> builds it' in shown, shown


def test_a_limits_value_keeps_its_unit_word_on_its_line(tmp_path):
    """jq's "Default maximum parser depth: 10000 levels" broke after "10000" in the HTML
    sheet's value column, "levels" alone below it: no short unit ``NUMBER_UNIT`` knows."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: jq\ntitle: jq\ndeck: jq\n", "utf-8")
    (corpus / "cli.yaml").write_text(
        "deck: CLI\ntitle: CLI\ncards:\n"
        "  - {id: depth, kind: limit, subject: Default parser depth, value: 10000, unit: levels}\n"
        "  - {id: size, kind: limit, subject: Largest input, value: '< 2', unit: GB}\n"
        "  - {id: eggs, kind: limit, subject: Eggs a day, value: 2000, unit: œufs par jour}\n",
        "utf-8",
    )
    shown = html_writer.render(context(corpus)).decode("utf-8")
    assert '<td class="value"><span class="unit">10000 levels</span></td>' in shown
    assert '<td class="value"><span class="unit">2000 œufs</span> par jour</td>' in shown
    assert '&lt; <span class="unit">2 GB</span>' in shown  # kept whole as before


def test_wrapped_code_lines_hang_under_their_own_indentation(tmp_path):
    shown = str(sheet.Renderer(tmp_path).code("def f():\n    return 1\n\nf()", "python"))
    assert shown.count('<span class="line"') == 4
    assert "padding-left:6ch;text-indent:-6ch" in shown  # 4 spaces + 2


def test_missing_pango_is_reported_in_one_line(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(OutputError, match="needs Pango"):
        pdf.weasyprint()


def test_print_code_leaves_lines_that_cannot_wrap_bare(tmp_path):
    renderer = sheet.Renderer(tmp_path, for_print=True)
    long = "x = " + "+".join(["value"] * 30)  # wider than a column of A4 landscape
    shown = str(renderer.code(f"if a:\n    b = (1)\n\n{long}", "python"))
    body = shown.split("<code>", 1)[1]
    assert body.startswith('<span class="hl-k">if</span> a:\n    b <span class="hl-o">=</span> (')
    assert body.count('<span class="line"') == 2  # the blank line and the long one
    assert '<span class="line">x <span class="hl-o">=</span> value' in body
    assert "hl-p" not in body and "hl-n" not in body  # no colour on paper, no span
    screen = str(sheet.Renderer(tmp_path).code(f"if a:\n    b = (1)\n\n{long}", "python"))
    assert screen.count('<span class="line"') == 4  # the HTML file keeps a block a line


def test_a_page_problem_names_no_card():
    problem = layout_check.Problem("empty-page", 2, "", "a page holds no card")
    assert str(problem) == "page 2: empty-page: a page holds no card"  # not '-: a page'


def test_layout_problems_reach_the_user_on_stderr_quiet_or_not(tmp_path, monkeypatch, capsys):
    """A layout problem is a problem of the PDF: ``-q`` ("problems only") says it too, and
    leaves out only what was written."""
    from cheatdeck import cli

    corpus = copy_corpus(KINDS, tmp_path / "cards")
    problem = layout_check.Problem(
        "overflow", 1, "kind-table", "<td> reaches 3.0px past its column"
    )
    real = pdf.build_sheet

    def with_a_problem(ctx):
        made = real(ctx)
        made.layout.problems.append(problem)
        return made

    monkeypatch.setattr(pdf, "build_sheet", with_a_problem)
    argv = ["build", str(corpus), "-o", str(tmp_path / "out"), "-f", "pdf"]
    assert cli.main(argv) == 0
    err = capsys.readouterr().err
    assert "kinds.pdf: layout: page 1: overflow: kind-table: <td> reaches 3.0px" in err
    (corpus / "basics.yaml").write_text(
        (corpus / "basics.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )
    assert cli.main([*argv, "--quiet"]) == 0
    quiet = capsys.readouterr()
    assert "kinds.pdf: layout: page 1: overflow: kind-table: <td> reaches 3.0px" in quiet.err
    assert "written" not in quiet.out + quiet.err


def _has_cjk_font() -> bool:
    try:
        found = subprocess.run(["fc-list", ":lang=ja"], capture_output=True, text=True)
    except OSError:
        return False
    return bool(found.stdout.strip())


@pytest.mark.skipif(not _has_cjk_font(), reason="no CJK font installed (see the README)")
def test_chinese_japanese_and_korean_cards_print_with_a_font_that_has_them(tmp_path):
    corpus = copy_corpus(ROOT / "tests" / "cases" / "kinds" / "cards", tmp_path / "cards")
    (corpus / "zz-languages.yaml").write_text(
        textwrap.dedent(
            """\
            deck: Languages
            title: 日本語 · 한국어 · 中文
            cards:
              - id: jp-water
                kind: concept
                term: 水 (みず)
                definition: Water; 水を飲む means to drink water.
              - id: ko-hello
                kind: qa
                question: What does 안녕하세요 mean?
                answer: Hello.
              - id: zh-thanks
                kind: qa
                question: How do you say thank you in Chinese?
                answer: 谢谢 (xièxie)
            """
        ),
        encoding="utf-8",
    )
    from cheatdeck.writers import WRITER_NAMES

    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["pdf"]])
    assert not outcome.report.failed(False), outcome.report.render("text")
    data = (tmp_path / "out" / "kinds.pdf").read_bytes()
    text = pdf_text(data)
    for words in ("水を飲む", "안녕하세요", "谢谢", "日本語"):
        assert words in text
    fonts = {
        str(ref.get_object()["/BaseFont"])
        for page in PdfReader(BytesIO(data)).pages
        for ref in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVu" not in name for name in fonts), fonts  # a CJK font was embedded


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig's fc-list is not here")
def test_characters_no_installed_font_has_are_named_in_a_notice(tmp_path):
    from cheatdeck.writers import WRITER_NAMES

    corpus = copy_corpus(ROOT / "tests" / "cases" / "kinds" / "cards", tmp_path / "cards")
    (corpus / "zz-signs.yaml").write_text(
        "deck: Signs\ntitle: Signs\ncards:\n  - id: sign-man\n    kind: qa\n"
        "    question: What is 𓀀?\n    answer: A hieroglyph (a seated man) – not é.\n",
        encoding="utf-8",
    )
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["pdf"]])
    assert not outcome.report.failed(False)
    found = [n for n in outcome.notices if "no installed font has" in n]
    assert len(found) == 1 and "𓀀" in found[0] and "é" not in found[0]
    # one character: the grammar follows the count (it said "prints them as boxes")
    assert "the PDF prints it as a box; install a font that has it (" in found[0], found[0]


def test_the_font_notice_says_them_for_more_than_one_character():
    from cheatdeck.writers.sheet.font_coverage import notice

    line = notice("signs.pdf", ["\U00013000", "\U00013001"])
    assert "the PDF prints them as boxes; install fonts that have them (" in line, line


def test_font_coverage_reads_fontconfig_ranges_and_skips_what_is_not_drawn(monkeypatch):
    from cheatdeck.writers.sheet import font_coverage

    monkeypatch.setattr(
        font_coverage, "installed_ranges", lambda: ((0x20, 0xA0, 0x2010), (0x7E, 0x17F, 0x2015))
    )
    text = "caf\u00e9 \u2013 \u6c34\u200b\u00a0\ufe0f x\u0301 \u2192"
    assert font_coverage.uncovered([text, "plain ascii"]) == ["\u2192", "\u6c34"]


def test_a_keycap_no_font_has_is_named_with_the_emoji_font(monkeypatch):
    """ "1️⃣ check the status" printed "1" and a box, and the build said nothing: the
    keycap (U+20E3, an enclosing mark) was taken for a mark drawn on its neighbour."""
    from cheatdeck.writers.sheet import font_coverage

    monkeypatch.setattr(font_coverage, "installed_ranges", lambda: ((0x20,), (0x7E,)))
    missing = font_coverage.uncovered(["1\ufe0f\u20e3 check the status"])
    assert missing == ["\u20e3"]
    assert font_coverage.font_packages(missing) == {"fonts-noto-color-emoji": ["\u20e3"]}


def test_installing_a_font_rebuilds_the_sheet(tmp_path, monkeypatch):
    # the notice about missing characters says to install a font: then the
    # unchanged-build skip may not keep the old PDF
    from types import SimpleNamespace as Args

    from cheatdeck import cli
    from cheatdeck.writers import WRITER_NAMES
    from cheatdeck.writers.sheet import font_coverage

    args = Args(tag=[], paper=None, orientation=None, strict=False, out=str(tmp_path / "o"))
    corpus = ROOT / "tests" / "cases" / "kinds" / "cards"
    before = cli._fingerprint(args, corpus, [WRITER_NAMES["pdf"]])
    without = cli._fingerprint(args, corpus, [WRITER_NAMES["md"]])
    monkeypatch.setattr(font_coverage, "fonts_identity", lambda: "a font more")
    assert cli._fingerprint(args, corpus, [WRITER_NAMES["pdf"]]) != before
    assert cli._fingerprint(args, corpus, [WRITER_NAMES["md"]]) == without


def test_every_page_is_numbered_page_x_of_y_with_the_title(tmp_path):
    ctx = context(_tall_corpus(tmp_path))
    made = pdf.build_sheet(ctx)
    texts = [page.extract_text() for page in PdfReader(BytesIO(made.pdf)).pages]
    assert len(texts) == made.pages >= 2
    for number, text in enumerate(texts, start=1):
        assert f"page {number} / {len(texts)}" in text
        assert "Tall" in text


def test_a_huge_field_is_cut_on_paper_with_a_notice_and_stays_whole_in_html(tmp_path):
    """The cut keeps the sheet from taking minutes (380 s for 5 MB before it). The test
    checks the cut, not the clock (a wall-clock limit failed at 49 s on a machine at load
    average 15): only the first 20,000 characters reach WeasyPrint."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: big\ntitle: Big\ndeck: Big\n", encoding="utf-8")
    words = " ".join(f"word{n}" for n in range(400_000))  # about 3.7 MB in one answer
    (corpus / "big.yaml").write_text(
        f"deck: Big\ntitle: Big\ncards:\n  - id: huge\n    kind: qa\n"
        f'    question: What is long?\n    answer: "{words}"\n',
        encoding="utf-8",
    )
    ctx = context(corpus)
    made = pdf.build_sheet(ctx)
    assert made.pages <= 12
    found = [n for n in ctx.notices if "huge" in n]
    assert len(found) == 1 and "the PDF shows the first 20,000" in found[0], ctx.notices
    text = pdf_text(made.pdf)
    assert "word100 " in text and "word300000" not in text and "more characters" in text


def test_print_css_has_the_root_colours_as_values_and_the_html_file_keeps_them_variable():
    """WeasyPrint works a variable out for every element: the PDF's CSS has the colours
    set once in :root as plain values; --accent (set per section) and the type sizes
    (set again per build) stay variables; the HTML file (dark mode) keeps them all."""
    ctx = context(SHIPPED)
    printed = sheet.print_html(ctx)
    css = printed[printed.index("<style>") : printed.index("</style>")]
    assert "var(--ink)" not in css and "var(--code-bg)" not in css
    assert "color: #111" in css and "background: #f1f1f1" in css
    assert "var(--accent)" in css and "var(--body-size)" in css
    screen = sheet.document_html(ctx)
    assert "var(--ink)" in screen and "var(--code-bg)" in screen
    assert sheet.constants_inlined(
        ":root { --a: red; }\n.x { --a: blue; }\np { color: var(--a) }"
    ) == (":root { --a: red; }\n.x { --a: blue; }\np { color: var(--a) }")


def test_a_short_code_span_in_prose_moves_whole_to_the_next_line_on_paper(tmp_path):
    """WeasyPrint broke an inline code span that met a line's end inside its word
    ("write into `Cargo.tom`" over "`l`") instead of moving it to the next line. Thirty
    questions, each one letter longer, put the span at every place of the line."""
    from conftest import build_formats

    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: T\n", "utf-8")
    cards = "".join(
        f"  - id: q{n}\n    kind: qa\n    question: Which edition does {'x' * n} write"
        f" into `Cargo.toml` with Rust?\n    answer: Edition {n}\n"
        for n in range(1, 31)
    )
    (corpus / "a.yaml").write_text(f"deck: A\ntitle: A\ncards:\n{cards}", "utf-8")
    out = build_formats(corpus, tmp_path / "out", "pdf")
    text = subprocess.run(
        ["pdftotext", str(out / "t.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.count("Cargo.toml") == 30, [line for line in text.splitlines() if "Cargo" in line]
