"""The PDF's "(cont.)" headings: every column that begins inside a section is headed
"<section> (cont.)", read back from the real PDF (pdftotext, one column at a time) and
placed by the real layout (``pdf.build_sheet``), on the AWS corpus and on a Kubernetes
corpus written here, in A4 landscape and Letter portrait.
"""

from __future__ import annotations

import math
import re
import subprocess
import textwrap
from io import BytesIO
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader
from test_sheet import context

from cheatdeck.text import plain
from cheatdeck.writers.sheet import layout_check, pdf
from cheatdeck.writers.sheet import page as sheet

from conftest import shipped_plain_layout, shipped_sheet

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "cards"
PT_PER_PX = 0.75
LABEL_BAND_PX = 12.0  # the "(cont.)" heading stands 11.5 px above its column's top

RESOURCES = {
    "pod": "the smallest unit that runs containers",
    "deployment": "keeps a set of identical pods running and rolls out changes",
    "service": "a stable address in front of a set of pods",
    "configmap": "configuration handed to pods as files or variables",
    "secret": "small sensitive values, base64-encoded, handed to pods",
    "ingress": "HTTP routes from outside the cluster to services",
    "job": "runs pods until a number of them succeed",
    "cronjob": "creates a job on a schedule",
    "statefulset": "pods with stable names and their own volumes",
    "daemonset": "one pod on every node",
    "namespace": "a name scope for resources and quotas",
    "persistentvolumeclaim": "a request for storage",
}
VERBS = [
    ("List every {r} in the current namespace", "kubectl get {r}"),
    ("Show a {r} in detail, with its events", "kubectl describe {r} <name>"),
    ("Delete a {r}", "kubectl delete {r} <name>"),
    ("Print a {r} as YAML", "kubectl get {r} <name> -o yaml"),
    ("Watch {r} objects change", "kubectl get {r} --watch"),
]


def kubernetes_corpus(folder: Path, long_title: bool = False) -> Path:
    """A Kubernetes corpus long enough for several pages: commands, tables, lists,
    manifests long enough to split, limits; one section title very long if asked."""
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text(
        "name: kube\ntitle: kubectl at the prompt\ndeck: Kubernetes\n", encoding="utf-8"
    )
    names = list(RESOURCES)
    for number, chunk in enumerate((names[:4], names[4:8], names[8:]), start=1):
        title = f"Workloads and config, part {number}"
        if long_title and number == 2:
            title = (
                "Workloads, configuration, secrets, routes and every other object you"
                " will meet on a long day at the cluster"
            )
        cards = []
        for resource in chunk:
            cards.append(
                {
                    "id": f"{resource}-what",
                    "kind": "concept",
                    "term": resource.capitalize(),
                    "definition": RESOURCES[resource],
                    "group": resource.capitalize(),
                }
            )
            for index, (task, command) in enumerate(VERBS):
                cards.append(
                    {
                        "id": f"{resource}-cmd-{index}",
                        "kind": "command",
                        "task": task.format(r=resource),
                        "command": command.format(r=resource),
                        "group": resource.capitalize(),
                    }
                )
            cards.append(
                {
                    "id": f"{resource}-manifest",
                    "kind": "snippet",
                    "title": f"A minimal {resource} manifest",
                    "lang": "yaml",
                    "code": manifest(resource),
                    "group": resource.capitalize(),
                }
            )
            cards.append(
                {
                    "id": f"{resource}-fields",
                    "kind": "table",
                    "title": f"Fields of a {resource} you set most",
                    "row_header": "Field",
                    "columns": ["Means", "Default"],
                    "rows": {
                        f"spec.field{n}": [f"what field {n} of a {resource} sets", f"{n * 10}"]
                        for n in range(1, 6)
                    },
                    "group": resource.capitalize(),
                }
            )
            cards.append(
                {
                    "id": f"{resource}-checklist",
                    "kind": "list",
                    "title": f"Before you apply a {resource}",
                    "items": [f"check item {n} of the {resource} checklist" for n in range(6)],
                    "group": resource.capitalize(),
                }
            )
            cards.append(
                {
                    "id": f"{resource}-qa",
                    "kind": "qa",
                    "question": f"Which command opens a {resource} in an editor?",
                    "answer": f"`kubectl edit {resource} <name>`",
                    "group": resource.capitalize(),
                }
            )
        if number == 3:  # one card long enough to split over three columns or more
            cards.append(
                {
                    "id": "short-names",
                    "kind": "list",
                    "title": "Short names kubectl accepts",
                    "items": [
                        f"`{name[:2]}{n}` — {name}, variant {n}"
                        for name in names
                        for n in range(12)
                    ],
                    "group": "Reference",
                }
            )
            cards.append(
                {
                    "id": "all-manifests",
                    "kind": "snippet",
                    "title": "Every manifest above in one file",
                    "lang": "yaml",
                    "code": "---\n".join(manifest(name) for name in names),
                    "group": "Reference",
                }
            )
        topic = {"deck": f"Part {number}", "title": title, "order": number, "cards": cards}
        (folder / f"{number:02d}-part.yaml").write_text(
            yaml.safe_dump(topic, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
    return folder


def manifest(resource: str) -> str:
    return textwrap.dedent(
        f"""\
        apiVersion: v1
        kind: {resource.capitalize()}
        metadata:
          name: my-{resource}
          labels:
            app: web
            tier: frontend
        spec:
          replicas: 3
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
        """
    )


def column_text(data: bytes, page: int, left: float, top: float, width: float, path: Path):
    """The text pdftotext reads in one column of one page (CSS px in, PDF points out)."""
    path.write_bytes(data)
    x, y = int(left * PT_PER_PX), math.ceil(top * PT_PER_PX)
    w = int(width * PT_PER_PX) + 1
    done = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-x", str(x), "-y", str(y)]
        + ["-W", str(w), "-H", "2000", "-nopgbrk", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def column_openings(made: pdf.Sheet, tmp: Path) -> list[tuple[layout_check.Block, str]]:
    """Each column's first block (a "(cont.)" heading passed over) and the first line
    the real PDF shows at the column's top, its heading band included."""
    out = []
    for column in made.layout.columns():
        first = column[0]
        top = first.y
        width = max(
            (piece.width for pieces in made.layout.cards.values() for piece in pieces),
            default=100.0,
        )
        text = column_text(made.pdf, first.page, first.x, top - LABEL_BAND_PX, width, tmp)
        out.append((first, first_line(text)))
    return out


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def kube(tmp_path_factory) -> Path:
    return kubernetes_corpus(tmp_path_factory.mktemp("kube") / "cards")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """``built(folder, paper, orientation)``: the build context and the sheet made of it,
    laid out once per module (tests only read them): the AWS and the kube sheets are each
    asked for by several tests, and each layout costs seconds. The AWS sheet is the one
    laid out once per test run for every file that reads it (``shipped_sheet``)."""
    made: dict[tuple[Path, str, str], tuple] = {}

    def build(folder: Path, paper: str = "a4", orientation: str = "landscape"):
        key = (folder, paper, orientation)
        if key not in made:
            ctx = context(folder, paper=paper, orientation=orientation)
            if folder == SHIPPED:
                made[key] = (ctx, shipped_sheet(tmp_path_factory, paper, orientation))
            else:
                made[key] = (ctx, pdf.build_sheet(ctx))
        return made[key]

    return build


@pytest.mark.parametrize("corpus", ["aws", "kube"])
@pytest.mark.parametrize(("paper", "orientation"), [("a4", "landscape"), ("letter", "portrait")])
def test_every_column_inside_a_section_begins_with_its_title_cont(
    corpus, paper, orientation, kube, built, tmp_path
):
    _ctx, made = built(SHIPPED if corpus == "aws" else kube, paper, orientation)
    assert made.problems == []
    openings = column_openings(made, tmp_path / "sheet.pdf")
    assert len(openings) >= 6  # several pages: the test reads real continuations
    inside = 0
    for block, line in openings:
        title = squash(block.title)
        if block.kind == "heading":
            assert squash(line).startswith(title[:20]), (block, line)
            assert "(cont.)" not in line, (block, line)
        else:
            inside += 1
            # the column's own section, never another one's
            assert squash(line) == title + "(cont.)", (block, line)
    assert inside >= 3
    # one "(cont.)" heading per such column, drawn just above its top; none elsewhere
    tops = {(block.page, round(block.x)): block.y for block, _line in openings}
    assert len(made.layout.labels) == inside
    for bar in made.layout.labels:
        column = min(tops, key=lambda key: (key[0] != bar.page, abs(key[1] - bar.x)))
        assert column[0] == bar.page and abs(column[1] - bar.x) < 1, (bar, column)
        assert abs(bar.y + layout_check.LABEL_PX - tops[column]) < 1, (bar, tops[column])
    assert len(pdf.continuation_marks(made.layout)) == inside
    if corpus == "kube":  # the long list is headed in every column it goes on in
        for long in ("c-short-names", "c-all-manifests"):
            assert sum(block.ref == long for block, _line in openings) >= 2, long


@pytest.mark.parametrize("corpus", ["aws", "kube"])
def test_the_outline_keeps_one_entry_per_section(corpus, kube, built):
    ctx, made = built(SHIPPED if corpus == "aws" else kube)
    assert pdf.continuation_marks(made.layout)  # the sheet has "(cont.)" headings
    titles = [entry.title for entry in PdfReader(BytesIO(made.pdf)).outline]
    assert titles == [plain(topic.title) for topic, _cards in ctx.sheet_cards()]


def test_a_long_section_title_keeps_its_cont_heading_on_one_line(tmp_path):
    corpus = kubernetes_corpus(tmp_path / "cards", long_title=True)
    ctx = context(corpus, paper="letter", orientation="portrait")
    made = pdf.build_sheet(ctx)
    assert made.problems == []
    long = [
        (block, line)
        for block, line in column_openings(made, tmp_path / "sheet.pdf")
        if block.kind != "heading" and block.title.startswith("Workloads, configuration")
    ]
    assert long
    for block, line in long:
        assert line.startswith("Workloads, configuration"), (block, line)
        assert line.endswith("…") or line.endswith("(cont.)"), line


def test_the_heading_moves_no_card(tmp_path_factory):
    """The layout the headings were placed by is the layout they get: one extra layout.
    The plain one is laid out once per test run (``shipped_plain_layout``)."""
    ctx = context(SHIPPED)
    html = sheet.print_html(ctx)
    roots = (str(ctx.corpus_dir), str(ctx.templates))
    before, _boxes = shipped_plain_layout(tmp_path_factory)
    marks = pdf.continuation_marks(before)
    after = layout_check.read_layout(pdf.lay_out(sheet.mark_continued(html, marks), roots))

    def places(layout):
        return [(b.page, round(b.x, 1), round(b.y, 1), b.ref) for b in layout.blocks]

    assert places(after) == places(before)
    assert pdf.continuation_marks(after) == marks


def test_the_html_file_has_no_cont_headings(kube):
    ctx = context(kube)
    assert 'class="cont-title' not in sheet.document_html(ctx)
    laid_out = pdf.lay_out_sheet(sheet.print_html(ctx), (ctx.corpus_dir, ctx.templates))[2]
    assert 'class="cont-title' in laid_out


def test_headings_that_do_not_settle_leave_a_sheet_without_them(kube, monkeypatch):
    """Column tops that move at every layout: after the last pass the sheet is laid out
    without "(cont.)" headings rather than with one in the middle of a column."""
    ctx = context(kube)
    real = pdf.continuation_marks
    calls = []

    def moving(layout):
        calls.append(1)
        marks = sorted(real(layout), key=repr)
        return frozenset(marks[: len(calls) % 2 + 1])  # never the same twice running

    monkeypatch.setattr(pdf, "continuation_marks", moving)
    laid_out = []
    lay_out = pdf.lay_out
    monkeypatch.setattr(
        pdf, "lay_out", lambda html, roots: laid_out.append(1) or lay_out(html, roots)
    )
    document, layout, html = pdf.lay_out_sheet(
        sheet.print_html(ctx), (ctx.corpus_dir, ctx.templates)
    )
    assert len(laid_out) == pdf.CONTINUATION_PASSES + 2
    assert 'class="cont-title' not in html
    assert layout.labels == [] and layout.problems == []


def test_raw_html_in_a_section_title_is_text_in_its_cont_heading(tmp_path):
    corpus = kubernetes_corpus(tmp_path / "cards")
    topic = corpus / "01-part.yaml"
    text = topic.read_text(encoding="utf-8")
    topic.write_text(
        text.replace("title: Workloads and config, part 1", "title: <b>Pods</b> & <img src=x>"),
        encoding="utf-8",
    )
    ctx = context(corpus)
    made = pdf.build_sheet(ctx)
    lines = [line for _block, line in column_openings(made, tmp_path / "s.pdf")]
    assert "<b>Pods</b> & <img src=x> (cont.)" in lines


def header_text(data: bytes, page: int, top: float, path: Path) -> str:
    """What pdftotext reads on one page above ``top`` (CSS px): its running header."""
    path.write_bytes(data)
    done = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-x", "0", "-y", "0", "-W", "2000"]
        + ["-H", str(int(top * PT_PER_PX)), "-layout", "-nopgbrk", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return " ".join(done.stdout.split())


def long_paragraph_corpus(folder: Path) -> Path:
    """An observing reference whose second section holds a definition longer than three
    columns (every column after its first begins inside a paragraph: no "(cont.)" bar
    there) and whose third holds a table longer than three columns (it goes on under its
    repeated head)."""
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text(
        "name: sky\ntitle: Night sky notes\ndeck: Sky\n", encoding="utf-8"
    )
    sentence = "A star's light crosses the air once more at each degree nearer the horizon. "
    stars = {f"Star {n}": [f"{n}.{n} mag", f"{n * 7} light-years", "winter"] for n in range(300)}
    sections = [
        [
            {"id": f"limit-{n}", "kind": "limit", "subject": f"Limit {n}", "value": f"{n} s"}
            for n in range(40)
        ],
        [
            {
                "id": "extinction",
                "kind": "concept",
                "term": "Extinction",
                "definition": sentence * 220,
            },
        ],
        [
            {
                "id": "stars",
                "kind": "table",
                "title": "Bright stars",
                "row_header": "Star",
                "columns": ["Magnitude", "Distance", "Season"],
                "rows": stars,
            },
        ],
        [
            {
                "id": f"list-{n}",
                "kind": "list",
                "title": f"Checklist {n}",
                "items": [f"step {i} of checklist {n}" for i in range(9)],
            }
            for n in range(12)
        ],
    ]
    for number, cards in enumerate(sections, start=1):
        topic = {
            "deck": f"Part {number}",
            "title": f"Part {number}",
            "order": number,
            "cards": cards,
        }
        (folder / f"{number:02d}.yaml").write_text(
            yaml.safe_dump(topic, sort_keys=False), encoding="utf-8"
        )
    return folder


@pytest.mark.parametrize("corpus", ["kube", "long"])
@pytest.mark.parametrize(("paper", "orientation"), [("a4", "landscape"), ("letter", "portrait")])
def test_a_section_continued_at_a_pages_top_is_named_once(
    corpus, paper, orientation, kube, built, tmp_path
):
    """The running header left "X (cont.)" right above the first column's own
    "X (cont.)" bar: the same words twice, one under the other. Now the bar alone names
    it; a page whose first column begins inside a paragraph (no bar) keeps the header."""
    if corpus == "kube":
        _ctx, made = built(kube, paper, orientation)
    else:
        folder = long_paragraph_corpus(tmp_path / "cards")
        made = pdf.build_sheet(context(folder, paper=paper, orientation=orientation))
    assert made.problems == []
    barred, unbarred, heads = 0, 0, 0
    for column in made.layout.columns():
        first = column[0]
        lefts = [c[0].x for c in made.layout.columns() if c[0].page == first.page]
        if first.page == 1 or first.x != min(lefts) or first.kind == "heading":
            continue
        header = header_text(made.pdf, first.page, first.y - LABEL_BAND_PX, tmp_path / "s.pdf")
        has_bar = any(
            bar.page == first.page and abs(bar.x - first.x) < 1 for bar in made.layout.labels
        )
        if has_bar:
            barred += 1
            heads += first.inside is not None and first.inside.tag == "tr"
            assert "(cont.)" not in header, (first, header)
        else:
            unbarred += 1
            assert header.startswith(f"{first.title} (cont.)"), (first, header)
    assert barred >= 2
    if corpus == "long":  # a page begun inside a paragraph, and under a table's head
        assert unbarred >= 1 and heads >= 1


def test_a_dutch_sheet_says_vervolg_and_pagina_in_its_own_words(tmp_path):
    """A sheet whose corpus says ``language: nl`` headed its columns "(cont.)" and
    numbered its pages "page 2 / 3": its own words are Dutch, and the longer word still
    leaves the section's title whole on the heading's one line."""
    corpus = kubernetes_corpus(tmp_path / "cards")
    with (corpus / "corpus.yaml").open("a", encoding="utf-8") as file:
        file.write("settings:\n  language: nl\n")
    made = pdf.build_sheet(context(corpus, paper="letter", orientation="portrait"))
    assert made.problems == []
    headed = [
        line
        for block, line in column_openings(made, tmp_path / "sheet.pdf")
        if block.kind != "heading"
    ]
    assert len(headed) >= 3, headed
    for line in headed:
        assert line.startswith("Workloads and config, part "), line
        assert line.endswith("(vervolg)"), line
    text = PdfReader(BytesIO(made.pdf)).pages
    assert "(cont.)" not in "".join(page.extract_text() for page in text)
    assert f"pagina {len(text)} / {len(text)}" in text[-1].extract_text()
