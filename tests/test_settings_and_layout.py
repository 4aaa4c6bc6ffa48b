"""Documented behaviours that had no test that could fail: ``anki: false`` and
``sheet: false`` in every writer, the ``similarity``, ``columns`` and ``font_size``
settings set in corpus.yaml, and the layout check on crafted pages."""

from __future__ import annotations

import sqlite3
import tempfile
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from cheatdeck import pipeline
from cheatdeck.writers import WRITERS
from cheatdeck.writers.sheet import layout_check, pdf

from conftest import copy_corpus

HIDDEN_FROM_ANKI = "Zanzibarquux"
HIDDEN_FROM_SHEET = "Qoppaflux"
EVERYWHERE = "Plainmarker"
SHEET_WRITERS = {"pdf", "html", "md", "tldr", "navi", "cheat"}  # the terminal sheets: commands
WHOLE_CORPUS = {"json"}  # the whole validated corpus, flags included

FLAGGED = f"""\
deck: Flags
title: Flags
cards:
  - id: flag-no-anki
    kind: qa
    question: Which word is kept off the study outputs?
    answer: {HIDDEN_FROM_ANKI}.
    anki: false
  - id: flag-no-sheet
    kind: qa
    question: Which word is kept off the sheet?
    answer: {HIDDEN_FROM_SHEET}.
    sheet: false
  - id: flag-both
    kind: qa
    question: Which word is everywhere?
    answer: {EVERYWHERE}.
  - id: flag-command-no-anki
    kind: command
    task: Spell {HIDDEN_FROM_ANKI} backwards
    command: echo {HIDDEN_FROM_ANKI} | rev
    anki: false
  - id: flag-command-no-sheet
    kind: command
    task: Count the letters of {HIDDEN_FROM_SHEET}
    command: echo {HIDDEN_FROM_SHEET} | wc -c
    sheet: false
  - id: flag-command-both
    kind: command
    task: Print {EVERYWHERE} in capitals
    command: echo {EVERYWHERE} | tr a-z A-Z
"""


def _text_of(path: Path) -> str:
    """Every text an output holds: files of a folder, zip members, Anki notes, PDF pages."""
    if path.is_dir():
        return "\n".join(_text_of(p) for p in sorted(path.rglob("*")) if p.is_file())
    data = path.read_bytes()
    if data.startswith(b"%PDF"):
        return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)
    if zipfile.is_zipfile(path):
        parts = []
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                member = archive.read(name)
                if member.startswith(b"SQLite format 3"):
                    with tempfile.NamedTemporaryFile(suffix=".db") as db:
                        db.write(member)
                        db.flush()
                        rows = sqlite3.connect(db.name).execute("select flds from notes")
                        parts.extend(row[0] for row in rows)
                else:
                    parts.append(member.decode("utf-8", "replace"))
        return "\n".join(parts)
    return data.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def flagged_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("flags")
    corpus = copy_corpus("kinds", root)
    (corpus / "zz-flags.yaml").write_text(FLAGGED, encoding="utf-8")
    out = root / "out"
    outcome = pipeline.build(corpus, out, list(WRITERS))
    assert not outcome.report.failed(False), outcome.report.render("text")
    return outcome.corpus.name, out


@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: w.name)
def test_anki_false_and_sheet_false_in_every_writer(flagged_build, writer):
    name, out = flagged_build
    text = _text_of(out / writer.filename(name))
    assert EVERYWHERE in text
    if writer.name in WHOLE_CORPUS:
        assert HIDDEN_FROM_ANKI in text and HIDDEN_FROM_SHEET in text
    elif writer.name in SHEET_WRITERS:
        assert HIDDEN_FROM_SHEET not in text and HIDDEN_FROM_ANKI in text
    else:  # the deck and the study-tool exports
        assert HIDDEN_FROM_ANKI not in text and HIDDEN_FROM_SHEET in text


# ---------------------------------------------------------------- settings


def _corpus(folder: Path, settings: str, cards: list[tuple[str, str]]) -> Path:
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text(
        f"name: set\ntitle: Settings\ndeck: Set\n{settings}", encoding="utf-8"
    )
    lines = ["deck: Set", "title: Settings", "cards:"]
    for number, (question, answer) in enumerate(cards):
        lines += [
            f"  - id: q{number}",
            "    kind: qa",
            f'    question: "{question}"',
            f'    answer: "{answer}"',
        ]
    (folder / "set.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _codes(corpus: Path) -> list[str]:
    return [d.code for d in pipeline.check(corpus).report.diagnostics]


NATO = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike".split()
# "by default" is common here, so the last two tasks differ only in common words. (Reworded
# questions with the same answer are found whatever the setting: commands show it alone.)
SIMILAR = [
    *((f"Show the {w} service log by default", f"journalctl -u {w}") for w in NATO),
    ("Follow the PostgreSQL server log", "journalctl -fu postgresql"),
    # (not "journalctl -f -u postgresql": the same command as "-fu", options written apart,
    # which the checks find at any similarity)
    ("Follow the PostgreSQL server log by default", "tail -f /var/log/postgresql/main.log"),
]


def _commands(folder: Path, settings: str, tasks) -> Path:
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text(
        f"name: set\ntitle: Settings\ndeck: Set\n{settings}", encoding="utf-8"
    )
    lines = ["deck: Set", "title: Settings", "cards:"]
    for number, (task, command) in enumerate(tasks):
        lines += [f"  - id: c{number}", "    kind: command", f'    task: "{task}"']
        lines.append(f'    command: "{command}"')
    (folder / "set.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_similarity_set_in_corpus_yaml_decides_similar_fact(tmp_path):
    loose = _commands(tmp_path / "loose", "settings:\n  similarity: 0.6\n", SIMILAR)
    strict = _commands(tmp_path / "strict", "settings:\n  similarity: 0.95\n", SIMILAR)
    assert _codes(loose) == ["similar-fact"]
    assert _codes(strict) == []


MANY = [
    (f"Which value does setting number {n} take?", f"Value {n} of the list.") for n in range(90)
]


def _sheet(corpus: Path):
    outcome = pipeline.check(corpus)
    assert not outcome.report.failed(False), outcome.report.render("text")
    ctx = pipeline.context_for(outcome, corpus.parent / "out")
    return pdf.build_sheet(ctx)


def _columns(made) -> int:
    return len({round(f.x) for pieces in made.layout.cards.values() for f in pieces})


def test_columns_set_in_corpus_yaml_lays_out_that_many_columns(tmp_path):
    two = _sheet(_corpus(tmp_path / "two", "settings:\n  columns: 2\n", MANY))
    four = _sheet(_corpus(tmp_path / "four", "settings:\n  columns: 4\n", MANY))
    assert _columns(two) == 2
    assert _columns(four) == 4


def test_font_size_set_in_corpus_yaml_sets_the_printed_size(tmp_path):
    small = _sheet(_corpus(tmp_path / "small", "settings:\n  font_size: 7\n", MANY))
    large = _sheet(_corpus(tmp_path / "large", "settings:\n  font_size: 11\n", MANY))
    assert large.pages > small.pages or large.fill > small.fill * 1.5
    sizes = set()
    for made in (small, large):
        page = PdfReader(BytesIO(made.pdf)).pages[0]
        found = []
        page.extract_text(
            visitor_text=lambda t, cm, tm, f, size, found=found: found.append(size * tm[0])
        )
        sizes.add(max(set(found), key=found.count))  # the body text's size
    assert len(sizes) == 2


# ---------------------------------------------------------------- the layout check


PAGE = """<html><head><style>
@page {{ size: 120mm 80mm; margin: 5mm; }}
body {{ margin: 0; font: 10pt sans-serif; }}
.flow {{ columns: 2; column-fill: auto; column-gap: 4mm; }}
.card {{ break-inside: avoid; margin: 0 0 2mm; }}
</style></head><body><main class="flow">{body}</main></body></html>"""


def _problems(body: str) -> list[layout_check.Problem]:
    document = pdf.lay_out(PAGE.format(body=body), ())
    return layout_check.read_layout(document).problems


def _filler(card_id: str, lines: int) -> str:
    text = "<br>".join(f"line {n}" for n in range(lines))
    return f'<article id="c-{card_id}" class="card"><p>{text}</p></article>'


def test_the_layout_check_passes_a_sound_page():
    assert _problems(_filler("a", 5) + _filler("b", 5)) == []


def test_the_layout_check_reports_a_split_card():
    body = _filler("a", 10) + (
        '<article id="c-split" class="card" style="break-inside: auto"><p>'
        + "<br>".join(f"row {n}" for n in range(14))
        + "</p></article>"
    )
    found = _problems(body)
    assert [(p.code, p.subject) for p in found] == [("split-card", "split")], found


def test_the_layout_check_reports_an_overflow():
    body = '<article id="c-wide" class="card"><div style="width: 900px">wide</div></article>'
    found = _problems(body)
    assert [(p.code, p.subject) for p in found] == [("overflow", "wide")], found


def test_the_layout_check_reports_a_stranded_heading():
    body = _filler("a", 14) + (
        '<section id="topic-x" class="topic"><h2>Stranded</h2>'
        '<article id="c-next" class="card" style="break-before: column">'
        "<p>its first card</p></article></section>"
    )
    found = _problems(body)
    assert ("stranded-heading", "topic-x") in [(p.code, p.subject) for p in found], found


def test_a_large_sheet_is_announced_before_its_layout(tmp_path, monkeypatch, capsys):
    from cheatdeck import cli

    corpus = copy_corpus("kinds", tmp_path)
    monkeypatch.setattr(pdf, "LARGE_SHEET", 1000)  # the kinds sheet counts as large
    said_before_layout = []
    real = pdf.lay_out_sheet

    def laying_out(html, roots, **options):
        said_before_layout.append(capsys.readouterr().err)
        return real(html, roots, **options)

    monkeypatch.setattr(pdf, "lay_out_sheet", laying_out)
    assert cli.main(["build", str(corpus), "-o", str(tmp_path / "out"), "-f", "pdf"]) == 0
    (said,) = said_before_layout
    assert "cheatdeck: kinds.pdf: WeasyPrint is laying out" in said
    assert "--tag prints a part" in said


def test_an_embedded_photo_does_not_make_a_sheet_large(tmp_path, monkeypatch, capsys):
    """A 7 MB photo on one card was announced as "33 cards (19.5 MB of HTML): this
    takes minutes": the image's data URI counted as text to lay out."""
    from cheatdeck import cli

    corpus = copy_corpus("kinds", tmp_path)
    (corpus / "images").mkdir(exist_ok=True)
    (corpus / "images" / "photo.png").write_bytes(_noise_png(700, 700))
    topic = corpus / "basics.yaml"
    text = topic.read_text("utf-8").replace("cards:\n", "cards:\n" + PHOTO_CARD, 1)
    topic.write_text(text, "utf-8")
    monkeypatch.setattr(pdf, "LARGE_SHEET", 1_000_000)  # the default, whatever it becomes
    assert cli.main(["build", str(corpus), "-o", str(tmp_path / "out"), "-f", "pdf"]) == 0
    assert (tmp_path / "out" / "kinds.pdf").stat().st_size > 1_000_000  # the photo is in it
    assert "WeasyPrint is laying out" not in capsys.readouterr().err


PHOTO_CARD = """\
  - id: photo-card
    kind: concept
    term: Field photo
    definition: A photo of a mushroom.
    image: images/photo.png
"""


def _noise_png(width: int, height: int) -> bytes:
    """A PNG of random pixels: it compresses to nothing, so it is as large as it looks."""
    import io
    import random

    from PIL import Image

    pixels = random.Random(7).randbytes(width * height * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (width, height), pixels).save(out, "PNG")
    return out.getvalue()
