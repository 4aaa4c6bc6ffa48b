"""A sheet's last page is balanced: a one-page sheet spreads its cards over every column
instead of filling the first and leaving the others empty. Read back from the real PDF
with ``pdftotext -bbox``; full pages are filled column by column as before."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

CARDS = [
    {
        "id": f"stop-{n}",
        "kind": "qa",
        "question": f"How many stops is f/{n}.0 from f/{n + 1}.0 on lens number {n}?",
        "answer": f"About {n} stops, lens {n}.",
    }
    for n in range(1, 19)
] + [
    {
        "id": "last-card",
        "kind": "qa",
        "question": "Which colour space should web photos use?",
        "answer": "Zebrastripe-sRGB",
    }
]


def build_pdf(corpus: Path, out: Path) -> Path:
    """``cheatdeck build CORPUS -o OUT -f pdf`` in a subprocess; OUT."""
    done = subprocess.run(
        [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(out), "-f", "pdf"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out


def words(pdf: Path) -> tuple[float, list[tuple[float, str]]]:
    """The first page's width and its words with their left edges (points)."""
    bbox = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    width = float(re.search(r'<page width="([\d.]+)"', bbox)[1])
    found = re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', bbox)
    return width, [(float(x), word) for x, word in found]


def test_a_one_page_sheet_uses_every_column(tmp_path):
    corpus = tmp_path / "photo"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: photo\ntitle: Photo\ndeck: Photo\n", "utf-8")
    topic = {"deck": "Lenses", "title": "Lenses", "cards": CARDS}
    (corpus / "lens.yaml").write_text(yaml.safe_dump(topic, sort_keys=False), "utf-8")
    out = build_pdf(corpus, tmp_path / "out")
    pdf = out / "photo.pdf"
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+1\b", pages), pages
    width, placed = words(pdf)
    last = [x for x, word in placed if word == "Zebrastripe-sRGB"]
    assert last, placed
    # three columns (landscape, the default): the last card ends in the third one
    assert last[0] > width * 2 / 3, (last, width)
    firsts = [x for x, word in placed if word == "f/1.0"]
    assert firsts and firsts[0] < width / 3, firsts


def test_a_card_that_fits_a_column_is_not_cut_to_balance_the_page(tmp_path):
    """Balancing would cut a long snippet into one short piece per column: the last page
    is then filled column after column, and the snippet stays whole."""
    corpus = tmp_path / "code"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: code\ntitle: Code\ndeck: Code\n", "utf-8")
    lines = "".join(f"    print('Zebraline{n}')\n" for n in range(1, 19))
    snippet = {
        "id": "loop",
        "kind": "snippet",
        "title": "A long loop",
        "lang": "python",
        "code": f"for n in range(3):\n{lines}",
    }
    topic = {"deck": "Python", "title": "Python", "cards": [snippet]}
    (corpus / "py.yaml").write_text(yaml.safe_dump(topic, sort_keys=False), "utf-8")
    out = build_pdf(corpus, tmp_path / "out")
    width, placed = words(out / "code.pdf")
    lines_x = [x for x, word in placed if "Zebraline" in word]
    assert len(lines_x) == 18, placed
    assert max(lines_x) < width / 3, lines_x  # every line in the first column


def write_lens_corpus(corpus: Path) -> tuple[Path, dict]:
    """A corpus of twelve limits (one table, long enough to split where a column ends) and
    ten Q&A cards, in one topic (returned, to be edited and written again)."""
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: mixed\ntitle: Mixed\ndeck: Mixed\n", "utf-8")
    limits = [
        {"id": f"lim-{n}", "kind": "limit", "subject": f"Zebra limit number {n} of the lens"}
        | {"value": f"{n} ms"}
        for n in range(1, 13)
    ]
    topic = {"deck": "Lenses", "title": "Lenses", "cards": [*limits, *CARDS[:10]]}
    (corpus / "lens.yaml").write_text(yaml.safe_dump(topic, sort_keys=False), "utf-8")
    return corpus, topic


def test_the_page_balances_around_a_long_card_kept_whole(tmp_path):
    """A group of limits makes one table, long enough to split where a column ends;
    balancing cut it in two: it is kept whole and the other cards balance beside it
    (filled column after column, they would all stand under it)."""
    corpus, _ = write_lens_corpus(tmp_path / "mixed")
    out = build_pdf(corpus, tmp_path / "out")
    width, placed = words(out / "mixed.pdf")

    def columns(wanted: str) -> set[int]:
        return {int(x // (width / 3)) for x, word in placed if word.startswith(wanted)}

    assert columns("Zebra") == {0}, placed  # the table whole, in the first column
    assert 1 in columns("stops"), placed  # the cards after it balanced beside it


FLIGHT = {
    "name": "flight",
    "title": "Flight limits",
    # two lines: the masthead takes more of the first page than a one-line title
    "subtitle": "Speeds, weights and engine limits from the pilot's operating handbook,"
    " checked against the placards in the cockpit before every flight of the season,"
    " and again after maintenance",
    "deck": "Flight",
    "settings": {"max_answer_words": 2000},
}


def build_flight(tmp_path: Path, cards: list[dict]) -> tuple[subprocess.CompletedProcess, Path]:
    """The FLIGHT corpus with one topic of ``cards`` built as a PDF: the run and the PDF."""
    corpus = tmp_path / "flight"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(yaml.safe_dump(FLIGHT), "utf-8")
    topic = {"deck": "Limits", "title": "Operating limits", "cards": cards}
    (corpus / "limits.yaml").write_text(yaml.safe_dump(topic, sort_keys=False), "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(tmp_path / "out")]
        + ["-f", "pdf"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done, tmp_path / "out" / "flight.pdf"


def one_page(pdf: Path) -> bool:
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return re.search(r"Pages:\s+1\b", pages) is not None


def test_a_long_limits_table_opening_a_one_page_sheet_starts_under_the_masthead(tmp_path):
    """A limits table a little shorter than a whole column but taller than one under
    the masthead: balancing cut it over the page's columns, and kept whole it fitted no
    column of the first page, so it went on to a second one and left the first holding
    the masthead alone ("empty-page"). It starts under the masthead instead, its end in
    the next column, and the sheet keeps its one page."""
    count = 52  # 51 to 54 rows were cut so (a full column holds about 55)
    limits = [
        {
            "id": f"lim-{n}",
            "kind": "limit",
            "subject": f"Zebra airspeed limit {n} for this configuration",
            "value": f"{100 + n} knots",
            "allow": [f"lim-{other}" for other in range(1, count + 1) if other != n],
        }
        for n in range(1, count + 1)
    ]
    done, pdf = build_flight(tmp_path, limits)
    assert "empty-page" not in done.stderr, done.stderr
    assert one_page(pdf)
    width, placed = words(pdf)
    rows = [x for x, word in placed if word == "Zebra"]
    assert len(rows) == count, placed  # every row on the one page
    assert rows[0] < width / 3, rows  # the first under the masthead, in the first column
    assert max(rows) > width / 3, rows  # the last ones in the next column


def test_a_card_too_high_for_the_first_page_under_the_masthead_starts_there(tmp_path):
    """A card that may not split (a long definition) with its section heading higher
    than the first page's columns under the masthead, but not than a later page's, was
    not marked tall: it went whole to a second page and left the first holding the
    masthead alone. It starts under the masthead and goes on in the next column."""
    sentences = 76  # 74 to 80 did so
    text = " ".join(
        f"Zebra{n} sentence about the engine, its oil and its limits." for n in range(sentences)
    )
    cards = [
        {"id": "engine", "kind": "concept", "term": "Engine", "definition": text},
        {"id": "flap", "kind": "concept", "term": "Flap", "definition": "A hinged surface."},
    ]
    done, pdf = build_flight(tmp_path, cards)
    assert "empty-page" not in done.stderr, done.stderr
    assert one_page(pdf)
    width, placed = words(pdf)
    first = [x for x, word in placed if word == "Zebra0"]
    assert first and first[0] < width / 3, placed  # under the masthead, first column
    assert any(word == "Flap" for _x, word in placed), placed


def build_counted(corpus: Path, out: Path, monkeypatch) -> tuple[bytes, int]:
    """``cheatdeck build CORPUS -o OUT -f pdf`` in this process: the PDF and how many
    WeasyPrint layouts it took."""
    from cheatdeck import cli
    from cheatdeck.writers.sheet import pdf

    real, layouts = pdf.lay_out, []
    monkeypatch.setattr(pdf, "lay_out", lambda html, roots: layouts.append(1) or real(html, roots))
    assert cli.main(["build", str(corpus), "-o", str(out), "-f", "pdf", "-q"]) == 0
    monkeypatch.setattr(pdf, "lay_out", real)
    return (out / "mixed.pdf").read_bytes(), len(layouts)


def test_a_rebuild_after_an_edit_lays_the_kept_whole_pass_out_once(tmp_path, monkeypatch):
    """The last build's layouts are guesses for this one, each for the layout it was made
    by: the first layout's headings for the first, and those of the layout that kept the
    cut cards whole for that pass (its headings on the last page are its own). After a
    one-digit fix the sheet took as many layouts as a cold build (three); now two, and
    the PDF is byte for byte a cold build's."""
    import shutil

    corpus, topic = write_lens_corpus(tmp_path / "mixed")
    _, first = build_counted(corpus, tmp_path / "out", monkeypatch)
    # the first finds the cut table; then kept whole, the headings settle (2)
    assert first == 3
    topic["cards"][13]["answer"] = topic["cards"][13]["answer"].replace("About 2", "About 3")
    (corpus / "lens.yaml").write_text(yaml.safe_dump(topic, sort_keys=False), "utf-8")
    warm, layouts = build_counted(corpus, tmp_path / "out", monkeypatch)
    shutil.copytree(corpus, tmp_path / "twin")
    reference, cold_layouts = build_counted(tmp_path / "twin", tmp_path / "cold", monkeypatch)
    assert (layouts, cold_layouts) == (2, 3)
    assert warm == reference


def test_a_cold_sheet_with_a_tall_card_and_a_cut_table_takes_four_layouts(tmp_path, monkeypatch):
    """A card three columns high fills the first page; the lens topic on the second is
    balanced and cuts its table. The first layout finds the tall card, the second marks
    it and finds the cut table; its headings are not drawn, since the sheet is laid out
    again with the table whole anyway (a heading takes no room: it moves nothing). That
    pass starts from the tall card and the headings of the pages before the last. It
    took six layouts (the pass kept the table whole without the tall card marked, found
    it tall again, and drew the headings twice); now four, and the PDF is the one the
    passes laid out one after the other make."""
    from cheatdeck.writers.sheet import pdf

    corpus, topic = write_lens_corpus(tmp_path / "mixed")
    sentence = "Step {}: the planner weighs sequential scans, index scans and joins by cost."
    text = " ".join(sentence.format(n) for n in range(1, 190))
    planner = {"id": "planner", "kind": "concept", "term": "Planner", "definition": text}
    topic["cards"].insert(0, planner)
    (corpus / "lens.yaml").write_text(yaml.safe_dump(topic, sort_keys=False), "utf-8")
    fast, layouts = build_counted(corpus, tmp_path / "fast", monkeypatch)
    assert layouts == 4
    # each pass to the end, each layout's headings drawn, no guess carried over
    monkeypatch.setattr(pdf, "passed_over", lambda before: lambda layout: False)
    monkeypatch.setattr(pdf.Guess, "carried_over", classmethod(lambda cls, *_: cls()))
    slow, slow_layouts = build_counted(corpus, tmp_path / "slow", monkeypatch)
    assert slow_layouts == 6
    assert fast == slow
