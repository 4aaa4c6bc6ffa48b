"""The sheet as a designed reference: groups, statements, running header, page budget.

PDFs are made by ``cheatdeck build`` and read back with pdftotext; column fill is
read from WeasyPrint's own page boxes (``layout_check``).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from telescopes import TELESCOPE_TYPES

from cheatdeck import highlight
from cheatdeck.writers.sheet import blocks, layout_check
from cheatdeck.writers.sheet import headings as sheet_headings
from cheatdeck.writers.sheet import page as sheet
from cheatdeck.writers.sheet.pdf import lay_out

from conftest import shipped_plain_layout, shipped_sheet

ROOT = Path(__file__).resolve().parents[1]
POSTGRES = ROOT / "tests" / "cases" / "postgres" / "cards"
SHIPPED = ROOT / "cards"
MOST_EMPTY = 0.15  # the share of a column of a full page that may stay empty
HEADER_PT = 13  # the page's top band that holds the running header, not the columns' bars


def cheatdeck(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "cheatdeck", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=600)


def build(corpus: Path, out: Path, *options: str) -> subprocess.CompletedProcess:
    result = cheatdeck("build", str(corpus), "-o", str(out), *options)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def page_texts(pdf: Path) -> list[str]:
    pages = int(re.search(r"Pages:\s+(\d+)", run_tool("pdfinfo", str(pdf)))[1])
    return [
        run_tool("pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-")
        for n in range(1, pages + 1)
    ]


def run_tool(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def with_priorities(target: Path) -> Path:
    """A copy of the shipped corpus where every 8th card is essential, every 3rd advanced."""
    shutil.copytree(SHIPPED, target)
    count = 0
    for path in sorted(target.glob("*.yaml")):
        out = []
        for line in path.read_text(encoding="utf-8").split("\n"):
            if re.match(r"^    priority: ", line):
                continue  # the shipped priorities give way to this test's
            out.append(line)
            if re.match(r"^  - id: ", line):
                count += 1
                if count % 8 == 0:
                    out.append("    priority: essential")
                elif count % 3 == 0:
                    out.append("    priority: advanced")
        path.write_text("\n".join(out), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def aws_pdf(tmp_path_factory) -> Path:
    """The shipped AWS sheet's PDF, the bytes ``cheatdeck build cards -f pdf`` writes,
    laid out once per test run for every file that reads it (``shipped_sheet``)."""
    path = tmp_path_factory.mktemp("aws") / "aws-refresher.pdf"
    path.write_bytes(shipped_sheet(tmp_path_factory).pdf)
    return path


# ---------------------------------------------------------------- groups and statements


def test_a_card_sits_under_its_group_else_its_source_sub_section():
    from types import SimpleNamespace as Card

    cards = [
        Card(id="a", group=None, source="Docs § Compute › Pricing"),
        Card(id="b", group="Launching", source="Docs § Compute › Pricing"),
        Card(id="c", group=None, source="Docs § Compute"),
        Card(id="d", group=None, source="Docs § Compute › Pricing"),
        Card(id="e", group=" Launching ", source=None),
    ]
    found = [(h.title, [c.id for c in h.cards]) for h in sheet_headings.headings(cards)]
    assert found == [("", ["c"]), ("Pricing", ["a", "d"]), ("Launching", ["b", "e"])]


def test_a_groups_limits_are_one_table_where_the_first_is():
    from types import SimpleNamespace as Card

    cards = [
        Card(id=i, kind=k) for i, k in [("x", "qa"), ("l1", "limit"), ("y", "qa"), ("l2", "limit")]
    ]
    assert [[c.id for c in run] for run in blocks.runs(cards)] == [["x"], ["l1", "l2"], ["y"]]


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("What is the maximum size of an S3 object?", "Maximum size of an S3 object:"),
        ("What are the default ports?", "Default ports:"),
        ("Which flag sends a command to LocalStack?", "Which flag sends a command to LocalStack?"),
        ("What are named profiles for?", "What are named profiles for?"),
        ("What is the port HTTPS uses?", "What is the port HTTPS uses?"),
        ("What is the pH of pure water at 25 °C?", "pH of pure water at 25 °C:"),
        ("What is the iOS minimum for the app?", "iOS minimum for the app:"),
        ("What is the x86 page size?", "x86 page size:"),
        ("What is split-grade printing?", "Split-grade printing:"),
        ("What is the p-value threshold?", "p-value threshold:"),
        ("What is a t-test for?", "What is a t-test for?"),
        ("State integration by parts.", "State integration by parts:"),
        ("Name the three keigo levels", "Name the three keigo levels:"),
        ("Complete: x = …", "Complete: x = …"),
        # a question for a name: "Nebbiolo called in Valtellina:" reads as no label
        ("What is Nebbiolo called in Valtellina?", "What is Nebbiolo called in Valtellina?"),
        ("What is a baby kangaroo called?", "What is a baby kangaroo called?"),
        ("What is the Big Apple better known as?", "What is the Big Apple better known as?"),
        ("What is the named volume limit?", "Named volume limit:"),  # an adjective
        ("What is the known issue with ext3?", "Known issue with ext3:"),
        # a preposition left standing before another: a clause ("equivalent to")
        (
            "What is weight decay equivalent to for plain SGD?",
            "What is weight decay equivalent to for plain SGD?",
        ),
        ("What is IP short for in networking?", "What is IP short for in networking?"),
        ("What is the ratio of debt to equity for a bank?", "Ratio of debt to equity for a bank:"),
    ],
)
def test_a_question_becomes_a_label_only_when_it_reads_as_one(question, label):
    assert blocks.key_phrase(question) == label


def test_postgres_sheet_has_groups_statements_commands_and_one_limits_table(tmp_path):
    corpus = tmp_path / "cards"
    shutil.copytree(POSTGRES, corpus)
    build(corpus, tmp_path / "out", "-f", "html,md,pdf")
    html = (tmp_path / "out" / "postgres.html").read_text(encoding="utf-8")
    md = (tmp_path / "out" / "postgres.md").read_text(encoding="utf-8")
    text = page_texts(tmp_path / "out" / "postgres.pdf")[0]
    for heading in ("Connecting", "Meta-commands", "Writing data", "Sizes", "Defaults"):
        assert f"### {heading}\n" in md
        assert f">{heading}</h3>" in html
        assert heading in text  # as written, not in capitals
    # the fact wording replaces the question; the answer under a key phrase otherwise
    for shown in (md, html, text):
        assert "stops a script at its first error" in shown
        assert "the variable that makes" not in shown
    assert '<p class="statement"><span class="label">' in html
    # a group's limits: one table (html) / one pipe table (md)
    sizes = html.split(">Sizes</h3>")[1].split("<h3")[0]
    assert sizes.count("<table") == 1 and sizes.count('class="limit"') == 4
    assert md.split("### Sizes")[1].split("###")[0].count("| Limit | Value |") == 1
    # short commands beside what they do, aligned: one row each
    assert html.count('<div class="cmd-row">') >= 5
    assert "| `\\l` | List the databases |" in md
    assert re.search(r"\\l +List the databases", text)


def test_placeholders_are_marked_before_the_lexer_runs():
    shell = highlight.code_html("aws s3 ls s3://<bucket> < in.txt", "shell")
    assert '<span class="placeholder">&lt;bucket&gt;</span>' in shell
    assert "&lt; " in shell and shell.count('class="placeholder"') == 1  # "<" stays a redirect
    json = highlight.code_html('{"A": "arn:aws:iam::<account-id>:root"}', "json")
    assert '<span class="placeholder">&lt;account-id&gt;</span>' in json
    assert "placeholder" not in highlight.code_html("<div>x</div>", "html")
    assert "placeholder" not in highlight.code_html("List<String> x; cat <<EOF", "java")
    assert ".placeholder" in highlight.css()  # the deck's and the sheet's stylesheet


def test_a_type_parameter_list_is_code_not_a_placeholder():
    """``fun <T> List<T>.second()`` and ``public static <T> T first(…)`` declare a type
    parameter before a name: the sheet and the deck showed that ``<T>`` in italics,
    dotted, as a placeholder to fill in (found by probe36a)."""
    for code, lang in [
        ("fun <T> List<T>.second(): T = this[1]", "kotlin"),
        ("public static <T> T first(List<T> xs) { return xs.get(0); }", "java"),
        ("static <K, V> Map<K, V> of() {}\npublic <E> void add(E e) {}", "java"),
        ("const id = <T>(x: T): T => x;", "typescript"),
        ("public static <TKey> TKey Pick(int i)", "java"),
    ]:
        shown = highlight.code_html(code, lang)
        assert "placeholder" not in shown, (lang, shown)
        assert html.unescape(re.sub(r"<[^>]+>", "", shown)) == code  # every character kept
    # a placeholder in such code is still one: in a string, an argument, a value
    java = highlight.code_html('db.query("SELECT * FROM <table>", <limit>);\nint n = <N>;', "java")
    assert java.count('class="placeholder"') == 3
    # and the shell's one-letter placeholders stay placeholders
    assert 'class="placeholder"' in highlight.code_html("head -n <N> file.txt", "shell")


def test_the_last_line_of_a_snippet_is_lexed_like_the_others():
    """A Makefile's recipe line is read as one only when a newline ends it: the last
    line of a snippet (YAML's ``|`` keeps no newline here) was all Pygments errors,
    boxed in red on the sheet."""
    make = highlight.code_html("build: main.o\n\tcc -o app main.o", "make")
    assert "hl-err" not in make and make.endswith("\tcc -o app main.o</code></pre>"), make
    assert "hl-err" not in highlight.code_html("SELECT 1 -- the end", "sql")
    # console lexers drop a last line without a newline: the README's `\dt` was empty
    assert "\\dt</" in highlight.code_html("\\dt", "psql")


@pytest.mark.parametrize(
    ("lang", "shell", "command", "session"),
    [
        ("doscon", "batch", "explorer %APPDATA%", "C:\\> dir /s\n foo.txt"),
        ("ps1con", "powershell", "Get-ChildItem -Recurse", "PS C:\\> Get-ChildItem\nfoo"),
        ("tcshcon", "tcsh", "set path = ($path ~/bin)", "tcsh> ls\nfoo"),
    ],
)
def test_a_session_language_without_a_prompt_is_coloured_as_its_shell(
    lang, shell, command, session
):
    """A console session's lexer (cmd.exe's ``doscon``, ``ps1con``) reads each line
    without its prompt as the program's output: ``explorer %APPDATA%`` written with
    ``lang: doscon`` was greyed whole, as output, in the deck and on the sheet. Without
    any prompt, the code is the session's commands; with one, its other lines stay
    output."""
    shown = highlight.code_html(command, lang)
    assert "hl-go" not in shown, shown  # Generic.Output
    assert shown == highlight.code_html(command, shell).replace(shell, lang, 1), shown
    with_prompt = highlight.code_html(session, lang)
    assert "hl-gp" in with_prompt and "hl-go" in with_prompt, with_prompt  # prompt, output


def test_shorthand_the_lexer_cannot_read_is_not_boxed_in_red():
    """'...' in JSON is a Pygments error token; Pygments' styles box those in red."""
    assert '<span class="hl-err">...</span>' in highlight.code_html('{"a": 1, ...}', "json")
    for style in ("default", sheet.LIGHT_STYLE, sheet.DARK_STYLE):
        assert "hl-err" not in highlight.css(style), style


def test_code_colours_reach_4_5_to_1_on_their_backgrounds():
    for style, background in (
        (sheet.LIGHT_STYLE, sheet.LIGHT_CODE_BG),
        (sheet.DARK_STYLE, sheet.DARK_CODE_BG),
    ):
        css = sheet.readable(highlight.css(style, ".code"), background)
        colours = re.findall(r"(?<![-\w])color: #(\w+)", css)
        assert colours
        worst = min(sheet.contrast(sheet.rgb(c), sheet.rgb(background)) for c in colours)
        assert worst >= 4.5


def test_an_unknown_language_tag_is_one_clear_error(tmp_path):
    corpus = tmp_path / "cards"
    shutil.copytree(POSTGRES, corpus)
    yaml = corpus / "corpus.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("en-GB", "English!"), "utf-8")
    result = cheatdeck("check", str(corpus))
    assert result.returncode == 1
    assert re.search(r"corpus\.yaml:\d+:\d+: error wrong-type: 'language' must be", result.stdout)
    assert "Traceback" not in result.stdout + result.stderr


# ---------------------------------------------------------------- the printed sheet


def test_every_page_after_the_first_begins_with_a_section_title(aws_pdf):
    from cheatdeck import pipeline

    outcome = pipeline.check(SHIPPED)
    titles = [re.sub(r"[*`_]", "", topic.title) for topic in outcome.corpus.topics]
    texts = page_texts(aws_pdf)
    assert len(texts) > 3
    conts = 0
    for number, text in enumerate(texts[1:], start=2):
        first = next(line for line in text.splitlines() if line.strip()).strip()
        # a page that begins with a section's heading names it on the right only
        assert any(first.startswith(title) for title in titles), (number, first)
        conts += "(cont.)" in first
    assert conts >= 1  # a page that starts inside a section says so


def test_a_running_header_names_each_section_once(aws_pdf):
    """On the left the section a page starts inside, on the right the sections that begin
    on it: "Patterns (cont.) … Patterns" named one section twice on a page that begins no
    other, and so did a page that begins with the only section it holds."""
    from cheatdeck import pipeline

    outcome = pipeline.check(SHIPPED)
    titles = [re.sub(r"[*`_]", "", topic.title) for topic in outcome.corpus.topics]
    tops = [text.splitlines()[0] for text in page_texts(aws_pdf)[1:]]  # header, else bars
    for number, top in enumerate(tops, start=2):
        assert any(title in top for title in titles), (number, top)
        header = run_tool(
            *("pdftotext", "-f", str(number), "-l", str(number), "-x", "0", "-y", "0"),
            *("-W", "2000", "-H", str(HEADER_PT), "-layout", str(aws_pdf), "-"),
        )
        for title in titles:
            assert header.count(title) <= 1, (number, header)


def _section(title: str, paragraphs: int, new_page_at: int = -1) -> str:
    new_page = ' style="break-before: page"'
    cards = "".join(
        f"<p{new_page if n == new_page_at else ''}>{title} {n}</p>" for n in range(paragraphs)
    )
    here = f'<span class="here" data-cont="{title} (cont.)"></span>'
    first = '<p class="intro">intro</p>'
    heading = f'<h2 data-title="{title}">{title}{here}</h2>'
    return f'<section class="topic">{heading}{first}{cards}</section>'


def test_a_running_header_leaves_out_what_the_page_begins_with(tmp_path):
    """Pages made to begin inside a section, at a section's heading, and inside one with
    two more beginning on it: the header names the first on the left only when the page
    begins inside it, and on the right the first section that begins on the page (all of
    them, on a page of many small sections, ran off the page's top edge)."""
    css = sheet.stylesheet(ROOT / "templates", dark=False)
    body = (
        _section("Alpha", 3)
        + _section("Beta", 3, new_page_at=1)  # page 2 begins inside Beta, no other
        # page 3 begins with Gamma's heading
        + _section("Gamma", 2).replace("<section", '<section style="break-before: page"')
        + _section("Delta", 2, new_page_at=1)  # Delta begins on page 3, page 4 inside it
        + _section("Epsilon", 1)  # ... and Epsilon and Zeta begin on it
        + _section("Zeta", 1)
    )
    html = f"<html><head><style>{css}</style></head><body><main>{body}</main></body></html>"
    pdf = tmp_path / "guide.pdf"
    pdf.write_bytes(lay_out(html, (str(tmp_path),)).write_pdf())
    headers = [" ".join(text.split("\n")[0].split()) for text in page_texts(pdf)]
    assert headers[1:] == [
        "Beta (cont.)",
        "Gamma",
        "Delta (cont.) Epsilon",
    ]


def column_bottoms(layout: layout_check.Layout, boxes) -> dict[tuple[int, int], float]:
    """(page, column x) -> the share of the column's height left empty below its cards;
    ``boxes``: each page's content box as (top, height)."""
    bottoms: dict[tuple[int, int], float] = {}
    for fragments in layout.cards.values():
        for fragment in fragments:
            key = (fragment.page, round(fragment.x))
            bottoms[key] = max(bottoms.get(key, 0.0), fragment.y + fragment.height)
    empty = {}
    for (number, x), bottom in bottoms.items():
        top, height = boxes[number - 1]
        empty[(number, x)] = (top + height - bottom) / height
    return empty


@pytest.mark.parametrize(("paper", "orientation"), [("a4", "landscape"), ("letter", "portrait")])
def test_no_column_of_a_full_page_is_more_than_15_percent_empty(
    paper, orientation, tmp_path_factory
):
    """The shipped sheet's print HTML laid out plainly (``shipped_plain_layout``)."""
    layout, boxes = shipped_plain_layout(tmp_path_factory, paper, orientation)
    last = layout.pages
    assert last > 2
    emptiest = {
        key: share for key, share in column_bottoms(layout, boxes).items() if key[0] != last
    }
    assert emptiest and max(emptiest.values()) <= MOST_EMPTY, sorted(
        emptiest.items(), key=lambda item: -item[1]
    )[:3]


def test_a_page_budget_leaves_out_by_priority_and_says_so(tmp_path):
    corpus = with_priorities(tmp_path / "cards")
    result = build(corpus, tmp_path / "out", "-f", "pdf,html,md", "--pages", "2")
    out = tmp_path / "out"
    texts = page_texts(out / "aws-refresher.pdf")
    assert len(texts) <= 2
    # every page's foot says it is a cut: page 2 of 2 read as the whole sheet
    for text in texts:
        assert "A cut to fit 2 pages" in " ".join(text.split()), text[-300:]
    said = re.search(r"--pages 2: left out (\d+) of (\d+) cards", result.stderr)
    assert said, result.stderr
    left = int(said[1])
    assert left > 0 and "(-v lists them)" in result.stderr
    html = (out / "aws-refresher.html").read_text(encoding="utf-8")
    md = (out / "aws-refresher.md").read_text(encoding="utf-8")
    assert '<p class="cut">A cut to fit 2 pages' in html
    assert "\n> A cut to fit 2 pages" in md
    kept = int(said[2]) - left
    assert html.count('<article id="c-') <= kept and f"· {kept} cards ·" in md
    # advanced cards go before common ones, essential ones stay
    assert "priority: essential" in (corpus / "04-ec2.yaml").read_text(encoding="utf-8")
    verbose = build(corpus, tmp_path / "out2", "-f", "md", "--pages", "2", "-v")
    ids = verbose.stderr.split("cards (", 1)[1].split(": ", 1)[1].split("\n")[0].split(", ")
    assert len(ids) == left


TOPICS = ("Exposure", "Night", "Portraits", "Landscape", "Gear")
ANSWER = "Set the {w} to {n} units and check the frame twice before the shot."
NOTE = (
    "Note it in the log, then compare it with the previous frame and the one before that,"
    " and write down what changed in the light, the colour and the sharpness across the"
    " whole scene; keep the notes with the raw files so the next trip starts from what"
    " worked, and mark the frames that failed and why."
)


def photographer(target: Path) -> Path:
    """A photographer's corpus: 5 topics of 16 cards (4 essential, 8 common, 4 advanced),
    the Night cards tagged ``night``; the whole sheet takes 3 A4 pages, the essential
    cards one."""
    target.mkdir()
    (target / "corpus.yaml").write_text(
        "name: photo\ntitle: Photography field notes\ndeck: Photo\n", encoding="utf-8"
    )
    words = "aperture shutter sensor tripod filter lens flash meter histogram".split()
    words += "bracket focus zoom prime stop grain hood".split()
    for t, name in enumerate(TOPICS, start=1):
        lines = [f"deck: {name}", f"title: {name}", f"order: {t * 10}", "cards:"]
        for i, word in enumerate(words):
            priority = "essential" if i < 4 else "common" if i < 12 else "advanced"
            lines += [
                f"  - id: {name.lower()}-{i:02d}",
                "    kind: qa",
                f"    question: What does step {t}.{i} of the {word} routine ask for?",
                f"    answer: {ANSWER.format(w=word, n=t * 100 + i * 7)}",
                f"    note: {NOTE}",
                f"    priority: {priority}",
            ]
            if name == "Night":
                lines.append("    tags: [night]")
        (target / f"{t * 10}-{name.lower()}.yaml").write_text("\n".join(lines) + "\n")
    return target


def steps_shown(pdf: Path) -> list[tuple[int, int]]:
    """(topic, card) of every card of ``photographer`` the PDF shows, in sheet order."""
    text = " ".join(run_tool("pdftotext", str(pdf), "-").split())
    return [(int(t), int(i)) for t, i in re.findall(r"step (\d)\.(\d+) of the", text)]


def test_a_page_budget_fills_the_pages_it_is_given_with_the_next_priority(tmp_path):
    corpus = photographer(tmp_path / "cards")
    result = build(corpus, tmp_path / "out", "-f", "pdf", "--pages", "2")
    pdf = tmp_path / "out" / "photo.pdf"
    texts = page_texts(pdf)
    assert len(texts) == 2 and "routine" in texts[1]  # the second page is used
    shown = steps_shown(pdf)
    essential = [(t, i) for t in range(1, 6) for i in range(4)]
    common = [(t, i) for t in range(1, 6) for i in range(4, 12)]
    assert set(essential) <= set(shown)
    assert all(i < 12 for _t, i in shown)  # no advanced card while a common one is out
    added = [step for step in common if step in shown]
    assert 0 < len(added) < len(common)
    assert added == common[: len(added)]  # the first common cards, in sheet order
    left = 80 - len(shown)
    assert (
        f"--pages 2: left out {left} of 80 cards"
        f" ({len(common) - len(added)} common and 20 advanced cards)" in result.stderr
    ), result.stderr


def test_a_page_budget_that_everything_fits_leaves_nothing_out(tmp_path):
    corpus = tmp_path / "cards"
    shutil.copytree(POSTGRES, corpus)
    result = build(corpus, tmp_path / "out", "-f", "html", "--pages", "3")
    fits = re.search(r"every card fits \((\d+) (pages?),", result.stderr)
    assert fits, result.stderr
    assert fits[2] == ("page" if fits[1] == "1" else "pages")  # never "1 pages"
    html = (tmp_path / "out" / "postgres.html").read_text(encoding="utf-8")
    assert 'class="cut"' not in html


def test_pages_must_be_a_positive_number(tmp_path):
    result = cheatdeck("build", str(POSTGRES), "-o", str(tmp_path / "o"), "--pages", "0")
    assert result.returncode == 2
    assert "'0' is not a number of pages" in result.stderr
    assert not (tmp_path / "o").exists()


def test_a_group_name_with_raw_html_is_shown_as_text(tmp_path):
    corpus = tmp_path / "cards"
    shutil.copytree(POSTGRES, corpus)
    topic = corpus / "10-psql.yaml"
    text = topic.read_text(encoding="utf-8").replace(
        "group: Scripts", 'group: "<img src=x onerror=alert(1)> & <b>Scripts</b>"'
    )
    topic.write_text(text, encoding="utf-8")
    build(corpus, tmp_path / "out", "-f", "html,md")
    html = (tmp_path / "out" / "postgres.html").read_text(encoding="utf-8")
    md = (tmp_path / "out" / "postgres.md").read_text(encoding="utf-8")
    assert "<img src=x" not in html and "<b>Scripts" not in html
    # the closing tag written as text is kept on one line (blocks.HTML_TAG_TEXT)
    shown = "&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;Scripts"
    shown += '<span class="unit">&lt;/b&gt;</span>'
    assert shown + "</h3>" in html
    assert "### &lt;img src=x onerror=alert(1)> & &lt;b>Scripts&lt;/b>" in md


COPYRIGHT = (
    'exiftool -Artist="<name>" -Copyright="(c) <year> <name>" -overwrite_original -r'
    " -progress -ext ARW -ext NEF -ext CR3 -api LargeFileSupport=1 -preserve -quiet <folder>"
)
RESIZE = (
    "magick mogrify -path web/ -format jpg -resize 2048x2048 -quality 85 -strip -profile"
    " sRGB.icc -sampling-factor 4:2:0 -interlace Plane -colorspace sRGB *.tif"
)
STRIP = (
    "exiftool -gps:all= -overwrite_original -preserve -progress -recurse -ext JPG"
    " -ext HEIC -ext DNG -ext TIFF <folder>"
)
OPTIONS_TOPIC = f"""\
deck: Photo
title: Photo files
cards:
  - id: copyright
    kind: command
    task: Write the artist and copyright into every file of a shoot
    command: {COPYRIGHT}
  - id: resize
    kind: snippet
    title: Web copies
    lang: shell
    code: |
      {RESIZE}
  - id: strip
    kind: qa
    question: How do you strip every GPS tag?
    answer: "`{STRIP}`"
"""


def test_a_wrapped_command_never_ends_a_line_with_an_options_dash(tmp_path):
    """A browser and WeasyPrint may end a line after a word's leading dash: "-" on one
    line, "overwrite_original" on the next, which reads as two words."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: opts\ntitle: Options\ndeck: Opts\n", "utf-8")
    (corpus / "photo.yaml").write_text(OPTIONS_TOPIC, "utf-8")
    build(corpus, tmp_path / "out", "-f", "pdf")
    text = run_tool("pdftotext", str(tmp_path / "out" / "opts.pdf"), "-")
    lines = [line.rstrip() for line in text.split("\n")]
    assert not [line for line in lines if re.search(r"(^|\s)--?$", line)], text
    for option in ("-overwrite_original", "-sampling-factor", "-colorspace", "-recurse"):
        assert re.search(rf"(^|\s){option}(\s|$)", text, re.M), (option, text)


KUBE_TOPIC = """\
deck: Kubernetes
title: Kubernetes
cards:
  - id: dry-run
    kind: command
    task: Preview an apply on the server
    command: kubectl apply --filename=deploy.yaml --dry-run=server --namespace=production-eu-west
  - id: debug
    kind: command
    task: Debug a pod
    command: kubectl debug -it pod/api-server-7d9f8b6c4-x2kqp --image=busybox:1.36 --target=api
  - id: session
    kind: snippet
    title: Sessions
    lang: shell
    code: |
      tmux new-session -d -s work-7 -c ~/projects/service-7 -x 220 -y 50 'make --keep-going'
      tmux attach-session -t work-7 ; tmux select-layout even-horizontal ; tmux kill-session
  - id: kinds
    kind: table
    title: Workload resources
    row_header: Resource
    columns: [Update strategy, Network identity, Storage per replica, Typical workload]
    rows:
      Deployment: [rolling update with surge, none (interchangeable), shared or none,
        stateless web servers]
      StatefulSet: [ordered rolling update, stable hostname, volumeClaimTemplates,
        databases and consensus stores]
  - id: ports
    kind: table
    title: Ports
    columns: [Port]
    rows:
      API server: ["6443"]
"""


def test_a_wrapped_code_line_wraps_at_a_blank_not_inside_a_word(tmp_path):
    """WeasyPrint ended a line after "~/projects/" and went on with "service-7": a
    hyphen or slash inside a word of code now stays with the character after it."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    settings = "settings: {orientation: portrait, columns: 3}\n"
    (corpus / "corpus.yaml").write_text(f"name: kube\ntitle: K\ndeck: K\n{settings}", "utf-8")
    (corpus / "kube.yaml").write_text(KUBE_TOPIC, "utf-8")
    build(corpus, tmp_path / "out", "-f", "pdf")
    text = run_tool("pdftotext", str(tmp_path / "out" / "kube.pdf"), "-")
    assert "tmux new-session" in text
    assert not [line for line in text.split("\n") if re.search(r"\S[-/]$", line)], text


def test_only_an_option_in_plain_text_after_a_blank_is_kept_whole():
    """An option after a blank is kept whole; a hyphen inside any other word stays with
    the character after it, one that goes on the word before a tag too ("</span>-z")."""
    kept = sheet.options_whole('a -ISO <span class="hl-o">x-y</span>-z -<b>q</b>')
    assert kept == (
        'a <span class="opt">-ISO <span class="hl-o">x<span class="opt">-y</span>'
        '</span><span class="opt">-z</span></span> -<b>q</b>'
    )
    assert sheet.options_whole("new-session ~/p") == (
        'new<span class="opt">-s</span>ession ~<span class="opt">/p</span>'
    )
    # a word too long to be kept on a line anyway may still break after its hyphens
    arn = "arn:aws:lambda:us-east-1:123456789012:function:my-function"
    assert sheet.options_whole(arn) == arn
    long = "-" + "x" * sheet.OPTION_KEPT_WHOLE
    assert sheet.options_whole(f"run {long}") == f"run {long}"  # else it overflows
    assert sheet.options_whole("--width 3") == '<span class="opt">--width 3</span>'


def test_a_slash_or_hyphen_before_a_placeholder_stays_with_it():
    """The PDF ended a line with ``<backup>/`` and began the next with ``<dataset>"``:
    a slash or hyphen inside a word is glued to the character after it, but before a
    placeholder (a span of its own) that character was behind a tag. The separator now
    goes on the placeholder's line, after a plain character or another placeholder."""
    code = highlight.mark_placeholders(
        "zfs receive -Fu &lt;backup&gt;/&lt;dataset&gt; /dev/by-id/&lt;d1&gt; &lt;a&gt;-&lt;b&gt;"
    )
    kept = sheet.options_whole(code)
    for glued in (
        '<span class="opt">/<span class="placeholder">&lt;dataset&gt;</span></span>',
        '<span class="opt">/<span class="placeholder">&lt;d1&gt;</span></span>',
        '<span class="opt">-<span class="placeholder">&lt;b&gt;</span></span>',
    ):
        assert glued in kept, kept
    # slashes in a word with no hyphen in it ("~/projects/app") are glued too
    assert sheet.options_whole("cd ~/projects/app") == (
        'cd ~<span class="opt">/p</span>rojects<span class="opt">/a</span>pp'
    )
    # a slash that starts a word is no place inside a word; a long span may still break
    assert sheet.options_whole('a /<span class="placeholder">&lt;p&gt;</span>') == (
        'a /<span class="placeholder">&lt;p&gt;</span>'
    )
    long = f'x/<span class="placeholder">&lt;{"p" * sheet.OPTION_KEPT_WHOLE}&gt;</span>'
    assert sheet.options_whole(long) == long


def narrow_commands_text(tmp_path: Path, name: str, cards: list[str]) -> str:
    """The text of the PDF of these command cards (flow mappings, one a line) in four
    portrait columns, where long commands must wrap."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    settings = "settings: {orientation: portrait, columns: 4}\n"
    (corpus / "corpus.yaml").write_text(f"name: {name}\ntitle: Z\ndeck: Z\n{settings}", "utf-8")
    topic = "deck: Z\ntitle: Z\ncards:\n" + "\n".join(cards) + "\n"
    (corpus / f"{name}.yaml").write_text(topic, "utf-8")
    build(corpus, tmp_path / "out", "-f", "pdf")
    return run_tool("pdftotext", str(tmp_path / "out" / f"{name}.pdf"), "-")


def test_a_wrapped_command_never_ends_a_line_before_a_placeholder(tmp_path):
    cards = [
        f"  - {{id: c{n}, kind: command, task: Receive {n},"
        f" command: 'zfs send <p>/<d>@<s> | ssh <h>"
        f' "zfs recv -Fu {"x" * n} <backup>/<dataset>"\'}}'
        for n in range(1, 30)
    ]
    text = narrow_commands_text(tmp_path, "z", cards)
    assert text.count("zfs send") == 29
    assert re.findall(r">[-/]$", text, re.M) == [], text


def test_an_option_and_its_value_are_kept_on_one_line():
    """ "-preset" ended a line and "slow" began the next: a flag and a new argument. An
    option and the word after it are one unit, tags inside the word included; not when
    the word is an option, opens a quote it does not close, or the two are too long."""
    code = (
        '-i <span class="hl-k">in</span>.mp4 -crf <span class="hl-m">18</span> -f -y'
        ' -m <span class="hl-s2">"a b"</span> -n -18.5 x-y z'
    )
    assert sheet.options_whole(code) == (
        '<span class="opt">-i <span class="hl-k">in</span>.mp4</span>'
        ' <span class="opt">-crf <span class="hl-m">18</span></span>'
        ' <span class="opt">-f</span> <span class="opt">-y</span>'
        ' <span class="opt">-m</span> <span class="hl-s2">"a b"</span>'
        ' <span class="opt">-n -18.5</span> x<span class="opt">-y</span> z'
    )
    long = "x" * sheet.OPTION_KEPT_WHOLE
    assert sheet.options_whole(f"-o {long}") == f'<span class="opt">-o</span> {long}'


def test_a_blank_escaped_with_a_backslash_is_no_place_to_wrap():
    """``/mnt/data\\ disk`` is one word to the shell: the sheet wrapped it after the
    blank, "/mnt/data\\" over "disk", which reads as a line continued and two words.
    The blank is kept with the character after it, in highlighted code and in plain."""
    shell = highlight.code_html("systemd-escape -p /mnt/data\\ disk", "shell")
    assert '<span class="opt"><span class="hl-se">\\ </span>d</span>isk' in sheet.options_whole(
        shell
    )
    assert sheet.options_whole("cd My\\ Files") == 'cd My\\<span class="opt"> F</span>iles'
    assert sheet.options_whole("a\\\\ b") == "a\\\\ b"  # an escaped backslash, then a blank


def test_a_wrapped_command_never_ends_a_line_at_an_escaped_blank(tmp_path):
    cards = [
        f"  - {{id: c{n}, kind: command, task: Escape path {n},"
        f" command: 'systemd-escape -p --suffix=mount /mnt/{'d' * n}\\ disk\\ {n}'}}"
        for n in range(1, 30)
    ]
    text = narrow_commands_text(tmp_path, "u", cards)
    assert text.count("systemd-escape") == 29
    assert re.findall(r"\\$", text, re.M) == [], text


def test_a_wrapped_command_never_ends_a_line_with_an_option_whose_value_follows(tmp_path):
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: video\ntitle: Video\ndeck: V\n", "utf-8")
    cards = [
        f"  - {{id: c{n}, kind: command, lang: sh, task: Grade {n},"
        f" command: 'ffmpeg -i in.mp4 {'-r 30 ' * n}-crf 18 -preset slow"
        f" -XMP:WaterTemperature 24 -tune film -o out-{n}.mp4'}}"
        for n in range(1, 25)
    ]
    (corpus / "video.yaml").write_text(
        "deck: Video\ntitle: Video\ncards:\n" + "\n".join(cards) + "\n", "utf-8"
    )
    build(corpus, tmp_path / "out", "-f", "pdf")
    text = run_tool("pdftotext", str(tmp_path / "out" / "video.pdf"), "-")
    assert text.count("-crf 18") + text.count("-crf\n18") == 24
    ends = re.compile(r"(?:-r|-crf|-preset|-XMP:WaterTemperature|-tune|-o)$", re.M)
    assert ends.findall(text) == [], text


def _split_topic() -> str:
    """Tables and lists of 6 rows after fillers of 1 to 14 lines: some of them split
    between columns, at every row."""
    cards = []
    for n in range(1, 15):
        filler = " ".join(["shutter aperture sensitivity exposure"] * (3 * n))
        cards.append(f"  - {{id: f{n}, kind: concept, term: Filler {n}, definition: {filler}}}")
        rows = "".join(f"\n      t{n}r{r}: [a, b]" for r in range(1, 7))
        cards.append(f"  - id: t{n}\n    kind: table\n    title: T{n}\n    columns: [A, B]")
        cards.append(f"    rows:{rows}")
        items = "".join(f"\n      - l{n}i{i} a plain list item" for i in range(1, 7))
        cards.append(f"  - id: l{n}\n    kind: list\n    title: L{n}\n    items:{items}")
    return "deck: Split\ntitle: Split\ncards:\n" + "\n".join(cards) + "\n"


def parts_of_split_cards(pdf: Path) -> dict[str, list[int]]:
    """Each split table's or list's rows (``t3r1``) or items (``l3i1``) per column."""
    columns: dict[str, dict[tuple[int, int], int]] = {}
    for number, page in enumerate(run_tool("pdftotext", "-bbox", str(pdf), "-").split("<page ")):
        width = float(re.search(r'width="([\d.]+)"', page)[1]) if number else 1
        for x, card in re.findall(r'<word xMin="([\d.]+)"[^>]*>([tl]\d+)[ri]\d+</word>', page):
            where = (number, int(float(x) // (width / 3)))
            parts = columns.setdefault(card, {})
            parts[where] = parts.get(where, 0) + 1
    return {card: list(parts.values()) for card, parts in columns.items() if len(parts) > 1}


def test_a_split_table_or_list_leaves_no_row_alone_in_a_column(tmp_path):
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: split\ntitle: Split\ndeck: S\n", "utf-8")
    (corpus / "split.yaml").write_text(_split_topic(), "utf-8")
    build(corpus, tmp_path / "out", "-f", "pdf")
    parts = parts_of_split_cards(tmp_path / "out" / "split.pdf")
    assert parts, "no table or list split between columns: the test proves nothing"
    assert {card: rows for card, rows in parts.items() if min(rows) < 2} == {}


RUN_IN_TOPIC = """\
deck: Exposure
title: Exposure
cards:
  - id: stops
    kind: list
    title: Full-stop apertures
    items: [f/1.4, f/2, f/2.8, f/4, f/5.6, f/8, f/11, f/16, f/22]
  - id: modes
    kind: list
    title: Modes
    items: [Manual, Aperture priority and auto ISO, Program]
  - id: metering
    kind: list
    title: Metering
    items: ["Spot: 1-5 % of the frame", "Matrix: all of it"]
"""


def test_a_list_of_short_plain_items_runs_on_and_others_keep_a_line_each(tmp_path):
    """Nine stops one a line took nine lines of a column; a list with a long item, or
    with terms, is still one item a line."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: run\ntitle: Run\ndeck: R\n", "utf-8")
    (corpus / "lists.yaml").write_text(RUN_IN_TOPIC, "utf-8")
    build(corpus, tmp_path / "out", "-f", "pdf,html")
    text = run_tool("pdftotext", str(tmp_path / "out" / "run.pdf"), "-")
    lines = [line.strip(" ▪") for line in text.split("\n")]
    assert "f/1.4 · f/2 · f/2.8 · f/4 · f/5.6 · f/8 · f/11 · f/16 · f/22" in lines, text
    assert {"Manual", "Program", "Spot: 1-5 % of the frame", "Matrix: all of it"} <= set(lines)
    html = (tmp_path / "out" / "run.html").read_text(encoding="utf-8")
    assert html.count('<ul class="run-in">') == 1


def test_a_number_is_kept_with_its_short_unit_in_the_text_of_a_cell():
    kept = blocks.units_whole('f/16 1/250 s, 30 MB/s, <img alt="2 s">100 %, 2 stops')
    assert kept == (
        'f/16 <span class="unit">1/250 s</span>, <span class="unit">30 MB/s</span>, '
        '<img alt="2 s"><span class="unit">100 %</span>, 2 stops'
    )


def test_a_number_is_kept_with_a_time_or_unit_word_written_out():
    """A limit's "6 years" was "6" over "years" in a narrow value cell of the HTML sheet."""
    kept = blocks.units_whole("6 years, 72 hours, 3 months, 10 inches, 2 stops, 3 yearly")
    assert kept == (
        '<span class="unit">6 years</span>, <span class="unit">72 hours</span>, '
        '<span class="unit">3 months</span>, <span class="unit">10 inches</span>, '
        "2 stops, 3 yearly"
    )


def test_a_number_is_kept_with_a_time_word_of_portuguese_or_spanish():
    """A Portuguese sheet's "10–15 mg/kg a cada 6 horas" was "6" over "horas" in a value
    cell of the PDF, and "a cada 3–5 minutos" "3–5" over "minutos"."""
    kept = blocks.units_whole("6 horas, 3–5 minutos, 7 dias, 2 meses, 1 mês, 5 años, 20 gotas")
    assert kept == (
        '<span class="unit">6 horas</span>, <span class="unit">3–5 minutos</span>, '
        '<span class="unit">7 dias</span>, <span class="unit">2 meses</span>, '
        '<span class="unit">1 mês</span>, <span class="unit">5 años</span>, '
        '<span class="unit">20 gotas</span>'
    )


def test_a_coefficient_is_kept_with_its_short_formula():
    """ "CH₄ + 2 O₂ → CO₂ + 2 H₂O": "+ 2" ended a line and "H₂O" began the next."""
    kept = blocks.units_whole("CH₄ + 2 O₂ → CO₂ + 2 H₂O; 3 CH₃COOH")
    assert kept == (
        'CH₄ + <span class="unit">2 O₂</span> → CO₂ + <span class="unit">2 H₂O</span>; 3 CH₃COOH'
    )


def _units_topic() -> str:
    """Answers and limit values with a number and its unit after fillers of 1 to 24
    words: at some length each falls at a line's end."""
    cards = []
    for n in range(1, 25):
        filler = " ".join(["stir"] * n)
        cards.append(
            f"  - {{id: q{n}, kind: qa, question: Roast {n}?,"
            f" answer: {filler} for 1 h 30 min at 190 °C}}"
        )
        cards.append(
            f"  - {{id: l{n}, kind: limit, subject: Dose {n},"
            f" value: {'5 ' * (n % 6)}5–10 mg/kg every 6–8 h}}"
        )
    return "deck: Doses\ntitle: Doses\ncards:\n" + "\n".join(cards) + "\n"


#: A line of pdftotext that ends in a number whose unit starts the next line.
NUMBER_AT_LINE_END = re.compile(r"\d\n(?:h|min|mg/kg|°C)\b")


def test_a_number_stays_on_its_units_line_in_answers_and_limits(tmp_path):
    """ "… every 6–8" at a limit's line end and "h" alone on the next; "… (min); 1" and
    "h 30 min" in a cloze: the number read as a count."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: units\ntitle: Units\ndeck: U\n", "utf-8")
    (corpus / "doses.yaml").write_text(_units_topic(), "utf-8")
    build(corpus, tmp_path / "out", "-f", "pdf,html")
    text = run_tool("pdftotext", str(tmp_path / "out" / "units.pdf"), "-")
    assert text.count("1 h 30 min") + text.count("1 h\n30 min") + text.count("1 h 30\nmin") == 24
    assert NUMBER_AT_LINE_END.findall(text) == [], text
    html = (tmp_path / "out" / "units.html").read_text(encoding="utf-8")
    assert '<span class="unit">6–8 h</span>' in html
    assert '<span class="unit">5–10 mg/kg</span>' in html


def test_a_number_is_kept_with_its_unit_in_prose_not_in_code_or_a_formula():
    kept = blocks.units_whole("<code>sleep 5 s</code> then 5 s, <svg><text>2 m</text></svg>")
    shown = '<span class="unit">5 s</span>'
    assert kept == f"<code>sleep 5 s</code> then {shown}, <svg><text>2 m</text></svg>"


def section_classes(html: Path) -> dict[str, str]:
    """Section title -> its colour class (``accent-N``) in a built HTML sheet."""
    text = html.read_text(encoding="utf-8")
    return dict(
        (title, accent)
        for accent, title in re.findall(r'class="topic (accent-\d+)" data-title="([^"]+)"', text)
    )


def test_a_section_keeps_its_colour_whatever_tag_and_pages_keep(tmp_path):
    corpus = photographer(tmp_path / "cards")
    build(corpus, tmp_path / "all", "-f", "html")
    whole = section_classes(tmp_path / "all" / "photo.html")
    assert list(whole) == list(TOPICS) and len(set(whole.values())) == len(TOPICS)
    build(corpus, tmp_path / "night", "-f", "html", "--tag", "night")
    assert section_classes(tmp_path / "night" / "photo.html") == {"Night": whole["Night"]}
    build(corpus, tmp_path / "cut", "-f", "html", "--tag", "night", "--pages", "1")
    assert section_classes(tmp_path / "cut" / "photo.html") == {"Night": whole["Night"]}
    exposure = corpus / "10-exposure.yaml"
    text = re.sub(r"priority: \w+", "priority: advanced", exposure.read_text(encoding="utf-8"))
    exposure.write_text(text, encoding="utf-8")  # --pages 1 leaves the whole section out
    build(corpus, tmp_path / "short", "-f", "html", "--pages", "1")
    short = section_classes(tmp_path / "short" / "photo.html")
    assert "Exposure" not in short and short == {title: whole[title] for title in short}


def test_a_short_aside_a_unit_compound_and_a_range_are_kept_on_one_line():
    kept = blocks.units_whole(
        "$0.023 per GB-month, 99.9% (11 nines), 1 day (86,400 seconds), 5–10 frames, "
        "a read-only telescope-hour (booked through the observatory's site)"
    )
    assert kept == (
        '$<span class="unit">0.023 per</span> <span class="unit">GB-month</span>, '
        '99.9% <span class="unit">(11 nines)</span>, <span class="unit">1 day</span> '
        '<span class="unit">(86,400 seconds)</span>, <span class="unit">5–10 frames</span>, '
        'a read-only <span class="unit">telescope-hour</span> <span class="unit">(b</span>'
        'ooked through the observatory\'s <span class="unit">site)</span>'
    )
    for untouched in ("<code>du -h (in GB-month)</code>", "Meta-commands, X-Ray"):
        assert blocks.units_whole(untouched) == untouched
    assert blocks.units_whole("GiB-hour, vCPU-second, kWh/day") == (
        '<span class="unit">GiB-hour</span>, <span class="unit">vCPU-second</span>, '
        '<span class="unit">kWh/day</span>'
    )


def _asides_topic() -> str:
    """Limit values and answers holding a unit compound, short asides and a range after
    fillers of 1 to 24 words: at some length each falls at a line's end."""
    cards = []
    for n in range(1, 25):
        filler = " ".join(["dark"] * n)
        cards.append(
            f"  - {{id: l{n}, kind: limit, subject: Archive {n},"
            f" value: '{'9 ' * (n % 7)}$0.004 per GB-month (11 nines)'}}"
        )
        cards.append(
            f"  - {{id: q{n}, kind: qa, question: Night {n}?,"
            f" answer: '{filler} for 1 day (86,400 seconds) at $40 per telescope-hour,"
            f" every 5–10 frames'}}"
        )
    return "deck: Sky\ntitle: Sky\ncards:\n" + "\n".join(cards) + "\n"


#: A line of pdftotext that ends inside a short aside, a unit compound or a range.
BROKEN_WHOLE = re.compile(r"GB-\nmonth|telescope-\nhour|\(11\nnines|\(86,400\nseconds|5–\n10")


def test_a_short_aside_a_unit_compound_and_a_range_stay_whole_on_paper(tmp_path):
    """ "$0.023 per GB-" at a limit's line end and "month" on the next; "(11" and
    "nines)", "(86,400" and "seconds)": each half read as a fragment."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: sky\ntitle: Sky\ndeck: S\n", "utf-8")
    (corpus / "sky.yaml").write_text(_asides_topic(), "utf-8")
    build(corpus, tmp_path / "out", "-f", "pdf")
    text = run_tool("pdftotext", str(tmp_path / "out" / "sky.pdf"), "-")
    assert text.count("GB-month") + text.count("GB-\nmonth") == 24
    assert text.count("(86,400 seconds)") + text.count("(86,400\nseconds)") == 24
    assert BROKEN_WHOLE.findall(text) == [], text


def test_a_limits_aside_in_brackets_is_set_lighter_than_its_figure(tmp_path):
    """ "55 mm (add 1/3 of each filter's thickness)" all bold was four heavy lines where
    the eye looks for "55 mm": the aside is regular, the figure bold; a value with no
    aside at its end, or an aside inside code, stays as it was."""
    from io import BytesIO

    from pypdf import PdfReader

    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: sky\ntitle: Sky\ndeck: S\n", "utf-8")
    (corpus / "sky.yaml").write_text(
        "deck: Sky\ntitle: Sky\ncards:\n"
        "  - {id: day, kind: limit, subject: Sidereal day,"
        " value: '23 h 56 min (86,164 seconds)'}\n"
        "  - {id: back, kind: limit, subject: Back focus,"
        ' value: "55 mm (add 1/3 of each filter\'s thickness)"}\n'
        "  - {id: call, kind: limit, subject: Call, value: '`f(x)` (y)'}\n",
        "utf-8",
    )
    build(corpus, tmp_path / "out", "-f", "pdf,html")
    runs: list[tuple[str, str]] = []
    page = PdfReader(BytesIO((tmp_path / "out" / "sky.pdf").read_bytes())).pages[0]
    page.extract_text(
        visitor_text=lambda text, _cm, _tm, font, _size: runs.append(
            (text, str((font or {}).get("/BaseFont", "")))
        )
    )

    def bold(part: str) -> bool:
        fonts = {font for text, font in runs if part in text}
        assert len(fonts) == 1, (part, runs)
        return "-Bold" in fonts.pop()

    assert bold("23") and bold("55")
    assert not bold("86,164") and not bold("thickness")
    html = (tmp_path / "out" / "sky.html").read_text(encoding="utf-8")
    assert '<span class="aside"><span class="unit">(86,164 seconds)</span></span>' in html
    assert '<td class="value"><code>f(x)</code> (y)</td>' in html


def test_a_decimal_number_in_code_is_never_broken_at_its_point(tmp_path):
    """The shell lexer colours "2" of "-fov 2.1" and leaves ".1" plain: WeasyPrint ended
    a wrapped line at the colour's end, "-fov 2." over "1 -z 2", a number misread."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: solve\ntitle: Solve\ndeck: S\n", "utf-8")
    cards = [
        f"  - {{id: c{n}, kind: command, lang: sh, task: Solve {n},"
        f" command: 'astap -f m31.fits {'-r 30 ' * n}-fov 2.1 -ra 0.712 -z 2'}}"
        for n in range(1, 25)
    ]
    (corpus / "solve.yaml").write_text(
        "deck: Solve\ntitle: Solve\ncards:\n" + "\n".join(cards) + "\n", "utf-8"
    )
    build(corpus, tmp_path / "out", "-f", "pdf")
    text = run_tool("pdftotext", str(tmp_path / "out" / "solve.pdf"), "-")
    assert text.count("2.1") + text.count("2.\n1") == 24
    assert re.findall(r"\d\.\n\s*\d", text) == [], text


def _bracketed_units_topic() -> str:
    """Tables of 4 to 8 columns headed by units in brackets, with cells of growing length:
    some crowded, where a heading may break anywhere."""
    headings = [
        "Max size (GB)",
        "Speed (MB/s)",
        "Weight (kg)",
        "Depth (m)",
        "Gas (L)",
        "Cost (EUR)",
        "Temp (°C)",
        "Air (bar)",
    ]
    cards = []
    for n in range(1, 21):
        columns = headings[: 4 + n % 5]
        cells = ", ".join(
            f"'{'x' * (n % 4)}{1000 + n} (after a single dive of 12 h)'" for _ in columns
        )
        cards.append(
            f"  - id: t{n}\n    kind: table\n    title: T{n}\n    row_header: Depth (m)\n"
            f"    columns: [{', '.join(columns)}]\n    rows:\n"
            f"      Row {'deep ' * (n % 9)}: [{cells}]"
        )
    return "deck: Units\ntitle: Units\ncards:\n" + "\n".join(cards) + "\n"


def test_a_unit_in_brackets_in_a_table_heading_is_kept_whole(tmp_path):
    """ "Speed (MB/" over "s)", "Max size (" over "GB)": a heading's unit in brackets is
    one piece, on the line of its word or on the next."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: units\ntitle: Units\ndeck: U\n", "utf-8")
    (corpus / "units.yaml").write_text(_bracketed_units_topic(), "utf-8")
    build(corpus, tmp_path / "out", "-f", "pdf,html")
    text = run_tool("pdftotext", str(tmp_path / "out" / "units.pdf"), "-")
    assert text.count("(MB/s)") + text.count("(MB/\ns)") == 20
    assert re.findall(r"\((?:MB/|G|GB|E|EU|°|b|ba|L|k|m)?\n", text) == [], text
    html = (tmp_path / "out" / "units.html").read_text(encoding="utf-8")
    assert '<th>Max size <span class="unit">(GB)</span></th>' in html
    assert '<th>Depth <span class="unit">(m)</span></th>' in html


def test_a_long_aside_breaks_at_a_blank_not_next_to_its_brackets(tmp_path):
    """A crowded table's cell ended "(DAN/UHMS guideline for repetitive diving" and the
    next line held ")" alone: a long aside keeps each bracket with what is next to it."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: units\ntitle: Units\ndeck: U\n", "utf-8")
    topic = _bracketed_units_topic().replace(
        "(after a single dive of 12 h)", "(DAN/UHMS guideline for repetitive diving)"
    )
    (corpus / "units.yaml").write_text(topic, "utf-8")
    build(corpus, tmp_path / "out", "-f", "pdf")
    text = run_tool("pdftotext", str(tmp_path / "out" / "units.pdf"), "-")
    assert text.count("diving)") + text.count("\n)") == 20 * 4 + sum(n % 5 for n in range(1, 21))
    assert re.findall(r"\($|^\)", text, re.M) == [], text
    kept = blocks.units_whole("18 h (12 h after a single dive of the day)")
    assert kept == (
        '<span class="unit">18 h</span> <span class="unit">(<span class="unit">12 h</span></span>'
        ' after a single dive of the <span class="unit">day)</span>'
    )
    assert blocks.aside_edges_whole("a (decompression obligation included)") == (
        'a <span class="unit">(d</span>ecompression obligation include<span class="unit">d)</span>'
    )


LONG_VALUES = {
    "air": (
        "Maximum operating depth on air",
        "56 m (the narcosis limit is far shallower, about 30 m for most divers)",
    ),
    "stop": ("Safety stop", "3–5 min at 5 m (recommended after every dive deeper than 10 m)"),
    "fly": (
        "Surface interval before flying",
        "18 h (DAN and UHMS guideline, 12 h after a single no-decompression dive)",
    ),
    "depth": ("Recreational depth limit", "40 m"),
}


def test_a_limits_value_longer_than_its_subject_gets_the_wider_column_on_paper(tmp_path):
    """ "56 m (the narcosis limit is far shallower, about 30 m for most divers)" took
    three ragged lines of a third of the column beside a one-line subject: the values'
    column takes their share of the table's text (34 % at least, 60 % at most)."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: gas\ntitle: Gas\ndeck: G\n", "utf-8")
    cards = "".join(
        f'  - {{id: {key}, kind: limit, subject: {subject}, value: "{value}"}}\n'
        for key, (subject, value) in LONG_VALUES.items()
    )
    (corpus / "gas.yaml").write_text(f"deck: Gas\ntitle: Gas\ncards:\n{cards}", "utf-8")
    build(corpus, tmp_path / "out", "-f", "pdf")
    lines = run_tool("pdftotext", str(tmp_path / "out" / "gas.pdf"), "-").split("\n")
    for _subject, value in LONG_VALUES.values():
        first = next(at for at, line in enumerate(lines) if line.startswith(value[:4]))
        last = next(at for at, line in enumerate(lines) if line.endswith(value[-7:]))
        assert last - first + 1 <= 2, (value, lines[first : last + 1])


def test_a_table_too_wide_for_a_column_is_turned_on_paper_when_that_keeps_words_whole(
    tmp_path,
):
    """Three birds compared on six counts: in a third of a landscape page its headings
    broke anywhere ("Weig" over "ht", "Wing" over "span") and its ranges after the dash.
    On paper it is set with its rows as columns; the HTML keeps it as written."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: birds\ntitle: Birds\ndeck: B\n", "utf-8")
    (corpus / "birds.yaml").write_text(
        """deck: Birds
title: Birds
cards:
  - id: raptors-compared
    kind: table
    title: Raptors compared
    row_header: Bird
    columns: [Wingspan, Weight, Top speed, Prey, Habitat, Lifespan]
    rows:
      Golden eagle: [1.8–2.3 m, 3–6.5 kg, 240 km/h in a dive, "rabbits, hares and marmots",
                     open mountains and moorland, 20–30 years in the wild]
      Peregrine falcon: [74–120 cm, 0.33–1.5 kg, 389 km/h, pigeons and other birds caught in flight,
                         cliffs and tall buildings, 15 years]
      Barn owl: [80–95 cm, 224–710 g, 80 km/h, voles and mice, farmland and grassland, 4 years]
""",
        "utf-8",
    )
    build(corpus, tmp_path / "out", "-f", "pdf,html")
    text = run_tool("pdftotext", "-layout", str(tmp_path / "out" / "birds.pdf"), "-")
    for word in ("Wingspan", "Weight", "Lifespan", "Habitat", "1.8–2.3 m", "0.33–1.5 kg"):
        assert word in text, text
    heading_line = next(line for line in text.splitlines() if "Golden eagle" in line)
    assert "Peregrine falcon" in heading_line and "Barn owl" in heading_line, text
    html = (tmp_path / "out" / "birds.html").read_text(encoding="utf-8")
    headings = [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<th>(.*?)</th>", html)]
    assert headings[:4] == ["Bird", "Wingspan", "Weight", "Top speed"], headings


def test_a_limits_value_kept_on_one_line_gets_the_room_it_needs_on_paper(tmp_path):
    """ ">= 30 observations" is one piece that stays on one line (the value and its unit
    word): in a third of a column of a 4-column, 7 pt sheet it ran 3.9 px past the
    column's edge beside a longer subject. The values' column takes what it needs."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(
        "name: stats\ntitle: Stats\ndeck: S\nsettings: {columns: 4, font_size: 7}\n", "utf-8"
    )
    (corpus / "stats.yaml").write_text(
        """deck: Stats
title: Stats
cards:
  - {id: alpha, kind: limit, subject: Conventional significance level α, value: "0.05"}
  - id: clt
    kind: limit
    subject: Sample size for the CLT rule of thumb
    value: ">= 30"
    unit: observations
  - {id: power, kind: limit, subject: Target statistical power (1 − β), value: 80, unit: "%"}
""",
        "utf-8",
    )
    done = build(corpus, tmp_path / "out", "-f", "pdf")
    assert "overflow" not in done.stdout + done.stderr, done.stderr
    text = run_tool("pdftotext", "-layout", str(tmp_path / "out" / "stats.pdf"), "-")
    assert ">= 30 observations" in text, text


def test_a_subtitle_that_does_not_fit_beside_the_title_goes_whole_under_it(tmp_path):
    """Beside a long title on a portrait page, "Formulas," stayed on the title's line
    and the rest of the subtitle went under it. The subtitle moves whole; a short one
    still sits beside the title."""
    subtitle = "Formulas, tests, reagents and code for the lab bench"
    for title, beside in (
        ("Statistics & Organic Chemistry — Field Reference", False),
        ("Statistics", True),
    ):
        corpus = tmp_path / ("beside" if beside else "under") / "cards"
        corpus.mkdir(parents=True)
        (corpus / "corpus.yaml").write_text(
            f"name: stats\ntitle: {title}\nsubtitle: {subtitle}\ndeck: S\n"
            "settings: {orientation: portrait, columns: 2, font_size: 9}\n",
            "utf-8",
        )
        (corpus / "s.yaml").write_text(
            "deck: S\ntitle: S\ncards:\n  - {id: a, kind: qa, question: Q?, answer: A}\n", "utf-8"
        )
        build(corpus, corpus.parent / "out", "-f", "pdf")
        boxes = run_tool("pdftotext", "-bbox", str(corpus.parent / "out" / "stats.pdf"), "-")
        words = re.findall(r'yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</word>', boxes)
        bottom = {word: float(y) for y, word in reversed(words)}  # each word's first place
        lines = {round(bottom[word]) for word in subtitle.split()}
        assert len(lines) == 1, f"the subtitle is split over lines {sorted(lines)}"
        title_line = round(bottom[title.split()[0]])
        assert (abs(lines.pop() - title_line) <= 2) == beside, (title_line, bottom)


@pytest.mark.parametrize("size", ["7.5", "12"])
def test_a_lists_markers_stay_inside_their_column_at_any_type_size(tmp_path, size):
    """The list's indent was a fixed 8 pt: at font_size 12 each square marker started
    3 px outside its column (the build's layout check said so on every build)."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(
        f"name: lt\ntitle: Lt\ndeck: L\nsettings: {{font_size: {size}}}\n", "utf-8"
    )
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n  - id: suffixes\n    kind: list\n"
        "    title: IUPAC suffixes\n    items:\n"
        '      - "-ol: alcohol (R–OH)"\n      - "-al: aldehyde (R–CHO)"\n',
        "utf-8",
    )
    done = build(corpus, tmp_path / "out", "-f", "pdf")
    assert "overflow" not in done.stdout + done.stderr, done.stderr
    assert "-al: aldehyde (R–CHO)" in run_tool("pdftotext", str(tmp_path / "out" / "lt.pdf"), "-")


def test_a_sub_heading_is_printed_with_its_letters_as_written(tmp_path):
    """Sub-headings were set in capitals: "pH and pKa" printed "PH AND PKA", and "Doses
    in mg/mL" "DOSES IN MG/ML", another unit, in the PDF's text as well."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: lab\ntitle: Lab\ndeck: L\n", "utf-8")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n"
        "  - {id: ph, kind: qa, question: pH of pure water at 25 °C?, answer: '7', "
        "group: pH and pKa}\n"
        "  - {id: dose, kind: qa, question: Dose of X?, answer: 5 mg/mL, group: Doses in mg/mL}\n",
        "utf-8",
    )
    build(corpus, tmp_path / "out", "-f", "pdf")
    text = run_tool("pdftotext", str(tmp_path / "out" / "lab.pdf"), "-")
    for heading in ("pH and pKa", "Doses in mg/mL"):
        assert heading in text, text


METHODS_TABLE = """deck: Methods
title: HTTP methods
cards:
  - id: method-properties
    kind: table
    title: Methods and their properties
    row_header: Method
    columns: [Safe, Idempotent, Cacheable, Request body, Response body, Allowed in HTML forms,
              CORS-safelisted, Typical status, RFC]
    rows:
      GET: ["yes", "yes", "yes", "no meaning", "yes", "yes", "yes", 200 OK, "9110 §9.3.1"]
      HEAD: ["yes", "yes", "yes", "no meaning", "no", "no", "yes", 200 OK, "9110 §9.3.2"]
      POST: ["no", "no", "only with freshness info", "yes", "yes", "yes", "yes", 201 Created,
             "9110 §9.3.3"]
      PUT: ["no", "yes", "no", "yes", "may", "no", "no", 204 No Content, "9110 §9.3.4"]
      DELETE: ["no", "yes", "no", "no meaning", "may", "no", "no", 204 No Content, "9110 §9.3.5"]
      CONNECT: ["no", "no", "no", "no meaning", "yes", "no", "no", 200 OK, "9110 §9.3.6"]
      OPTIONS: ["yes", "yes", "no", "may", "yes", "no", "no", 204 No Content, "9110 §9.3.7"]
      TRACE: ["yes", "yes", "no", "no", "yes", "no", "no", 200 OK, "9110 §9.3.8"]
      PATCH: ["no", "no", "no", "yes", "may", "no", "no", 200 OK, "RFC 5789"]
"""


def test_a_table_too_crowded_to_keep_five_letter_words_keeps_its_short_ones_whole(tmp_path):
    """Nine methods compared on nine counts in a third of a landscape page: its cells
    broke anywhere, sized by the longest ones, so "yes" printed as "ye" over "s" and
    "Safe" as "S", "af", "e". Its words of up to a few letters stay whole; only its
    longer words break."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: web\ntitle: Web\ndeck: W\n", "utf-8")
    (corpus / "methods.yaml").write_text(METHODS_TABLE, "utf-8")
    build(corpus, tmp_path / "out", "-f", "pdf")
    words = run_tool("pdftotext", str(tmp_path / "out" / "web.pdf"), "-").split()
    assert words.count("yes") == 25, words
    assert words.count("no") + words.count("No") == 36, words
    for word in ("Safe", "Method", "OPTIONS", "may", "9110", "200", "OK", "RFC", "meaning"):
        assert word in words, (word, words)


def test_a_crowded_tables_row_label_is_not_broken_after_its_slash(tmp_path):
    """ "HTTP/1.1" labelled a row of a crowded table as "HTTP/" over "1.1": its column
    was sized to hold the label whole, but WeasyPrint gave that room to the other
    columns, the label being breakable after its slash."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: web\ntitle: Web\ndeck: W\n", "utf-8")
    (corpus / "versions.yaml").write_text(
        """deck: Versions
title: HTTP versions
cards:
  - id: versions
    kind: table
    title: HTTP versions
    row_header: Version
    columns: [Transport, Multiplexing, Header compression, Head-of-line blocking]
    rows:
      HTTP/1.1: [TCP, "no (pipelining unused)", none, per connection]
      HTTP/2: [TCP + TLS, "yes, streams", HPACK, at the TCP layer]
      HTTP/3: [QUIC over UDP, "yes, streams", QPACK, none between streams]
""",
        "utf-8",
    )
    build(corpus, tmp_path / "out", "-f", "pdf,html")
    words = run_tool("pdftotext", str(tmp_path / "out" / "web.pdf"), "-").split()
    for label in ("HTTP/1.1", "HTTP/2", "HTTP/3"):
        assert label in words, words
    html = (tmp_path / "out" / "web.html").read_text(encoding="utf-8")
    assert '<th><span class="unit">HTTP/1.1</span></th>' in html


def test_a_number_grouped_by_spaces_is_kept_whole_with_its_unit():
    """ "299 792 458 m/s" broke after "299 792" in a narrow value cell, "458 m/s" below it
    read as another number; thin and narrow no-break spaces group thousands too."""
    kept = blocks.units_whole("299 792 458 m/s, ≈ 384 400 km, 696\u202f340 km, 6\u2009371 km")
    assert kept == (
        '<span class="unit">299 792 458 m/s</span>, ≈ <span class="unit">384 400 km</span>, '
        '<span class="unit">696\u202f340 km</span>, <span class="unit">6\u2009371 km</span>'
    )


def test_a_formula_in_brackets_keeps_its_quotes_whole(tmp_path):
    """``=INDIRECT("Sheet"&B1&"!A1")`` in a question is a long aside whose brackets are
    kept with the character next to them: that character is an entity (``&quot;``),
    split once into ``(&`` and ``quot;``, and the sheet showed ``(&quot;Sheet"…";)``."""
    formula = '=COUNTIFS(A:A,"<>") and =INDIRECT("Sheet"&B1&"!A1")'
    kept = blocks.units_whole(html.escape(formula))
    assert _text_nodes(kept) == formula
    assert '<span class="unit">(&quot;</span>' in kept
    assert '<span class="unit">&quot;)</span>' in kept
    crowded = blocks.aside_edges_whole(html.escape('=SUMIFS(B:B,A:A,"x",C:C,">0")'))
    assert _text_nodes(crowded) == '=SUMIFS(B:B,A:A,"x",C:C,">0")'
    corpus = tmp_path / "sheets"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: f\ntitle: F\ndeck: F\n", "utf-8")
    (corpus / "f.yaml").write_text(
        "deck: F\ntitle: Formulas\ncards:\n  - id: indirect\n    kind: qa\n"
        f"    question: What does {formula} return?\n    answer: A value\n"
        "  - id: aggregates\n    kind: table\n    title: Aggregates\n    columns: [Example]\n"
        '    rows:\n      SUMIFS: [\'=SUMIFS(B:B,A:A,"x",C:C,">0")\']\n',
        "utf-8",
    )
    build(corpus, tmp_path / "out", "-f", "pdf,html")
    text = run_tool("pdftotext", str(tmp_path / "out" / "f.pdf"), "-")
    flat = text.replace("\n", "")
    assert formula in flat, text
    assert '=SUMIFS(B:B,A:A,"x",C:C,">0")' in flat, text
    shown = _text_nodes((tmp_path / "out" / "f.html").read_text("utf-8"))
    assert formula in shown
    assert '=SUMIFS(B:B,A:A,"x",C:C,">0")' in shown


def _text_nodes(html_text: str) -> str:
    """The text a browser shows, each text node's entities read on their own (a tag
    inside an entity leaves it unread, as in a browser)."""
    parser = _TextNodes()
    parser.feed(html_text)
    parser.close()
    return "".join(parser.pieces)


class _TextNodes(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []

    def handle_data(self, data: str) -> None:
        self.pieces.append(data)


FORMULAS = {
    "grade": '=IFS(B2>=90,"Excellent",B2>=80,"Good",B2>=70,"Satisfactory",B2>=60,'
    '"Sufficient",B2>=50,"Poor",TRUE,"Fail")',
    "lookup": '=IFERROR(VLOOKUP($A2;Prices!$A$2:$D$500;4;0);"")&IFERROR(VLOOKUP($A2;'
    'Archive!$A$2:$D$900;4;0);"-")',
}


def test_a_wrapped_formula_wraps_after_an_arguments_separator(tmp_path):
    """A formula has no blank to wrap at: its lines ended anywhere, ``"Satisf`` over
    ``actory"``, a string cut from its quotes. It now wraps after a ``,`` or ``;``
    outside quotes, and a short quoted string stays on one line."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    settings = "settings: {orientation: portrait, columns: 3}\n"
    (corpus / "corpus.yaml").write_text(f"name: f\ntitle: F\ndeck: F\n{settings}", "utf-8")
    cards = "".join(
        f"  - id: {name}\n    kind: snippet\n    title: {name}\n    lang: text\n"
        f"    code: '{code}'\n"
        for name, code in FORMULAS.items()
    )
    (corpus / "f.yaml").write_text(f"deck: F\ntitle: Formulas\ncards:\n{cards}", "utf-8")
    build(corpus, tmp_path / "out", "-f", "pdf,html")
    text = run_tool("pdftotext", str(tmp_path / "out" / "f.pdf"), "-")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for code in FORMULAS.values():
        start = next(at for at, line in enumerate(lines) if line.startswith(code[:12]))
        end = next(at for at in range(start, len(lines)) if code.endswith(lines[at]))
        shown = lines[start : end + 1]
        assert "".join(shown) == code, shown
        assert len(shown) > 1, shown  # the test needs a formula that wraps
        assert all(line[-1] in ",;" for line in shown[:-1]), shown
    page = (tmp_path / "out" / "f.html").read_text("utf-8")
    assert 'B2&gt;=80,<wbr><span class="opt">"Good"</span>,<wbr>B2' in page
    # a quote after a backslash is inside the string: no break among its commas
    policy = r'"{\"deadLetterTargetArn\":\"arn\",\"maxReceiveCount\":\"3\"}",x'
    assert sheet.breaks_after_separators(policy) == policy.replace('",x', '",<wbr>x')


def test_a_formula_in_a_crowded_table_breaks_after_a_separator_not_a_syllable(tmp_path):
    """At 12 pt a table of functions and their formulas is crowded: the formula was
    hyphenated as a word ("=SUM-" over "IFS(…)", a minus that is not in it) and the rest
    reached 38 px into the next column. It now breaks after an argument's comma."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    settings = "settings: {font_size: 12}\n"
    (corpus / "corpus.yaml").write_text(f"name: f\ntitle: F\ndeck: F\n{settings}", "utf-8")
    (corpus / "f.yaml").write_text(
        "deck: F\ntitle: Formulas\ncards:\n  - id: aggregates\n    kind: table\n"
        "    title: Conditional aggregates\n    row_header: Function\n"
        "    columns: [Conditions, Example]\n    rows:\n"
        '      SUMIFS: [many, \'=SUMIFS(B:B,A:A,"x",C:C,">0")\']\n'
        "      AVERAGEIFS: [many, '=AVERAGEIFS(B:B,A:A,\"x\")']\n",
        "utf-8",
    )
    done = build(corpus, tmp_path / "out", "-f", "pdf")
    assert "layout" not in done.stderr, done.stderr
    text = run_tool("pdftotext", str(tmp_path / "out" / "f.pdf"), "-")
    hyphenated = [line for line in text.split("\n") if line.endswith(("\u2010", "-"))]
    assert not [line for line in hyphenated if line.startswith("=")], text
    flat = text.replace("\n", "")
    assert '=SUMIFS(B:B,A:A,"x",C:C,">0")' in flat, text


def test_an_angles_mark_follows_its_number_close_and_a_temperatures_unit_keeps_its_blank(
    tmp_path,
):
    """A limit in degrees, arcminutes or arcseconds printed "15 °" and "24–25 ″", a
    stray mark after a gap; a typesetter sets it close: "15°", "3600″", "24–25″".
    "20 °C" keeps its blank (a temperature's unit is a symbol of its own)."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: sky\ntitle: Sky\ndeck: S\n", "utf-8")
    (corpus / "sky.yaml").write_text(
        "deck: Sky\ntitle: Sky\ncards:\n"
        '  - {id: hour, kind: limit, subject: One hour of RA, value: 15, unit: "°"}\n'
        '  - {id: arcsec, kind: limit, subject: Arcseconds a degree, value: 3600, unit: "″"}\n'
        '  - {id: mars, kind: limit, subject: Mars at opposition, value: 24–25, unit: "″"}\n'
        '  - {id: warm, kind: limit, subject: Room temperature, value: 20, unit: "°C"}\n',
        "utf-8",
    )
    build(corpus, tmp_path / "out", "-f", "pdf,html,md")
    printed = run_tool("pdftotext", str(tmp_path / "out" / "sky.pdf"), "-")
    screen = _text_nodes((tmp_path / "out" / "sky.html").read_text("utf-8"))
    markdown = (tmp_path / "out" / "sky.md").read_text("utf-8")
    for shown in (printed, screen, markdown):
        for close in ("15°", "3600″", "24–25″", "20 °C"):
            assert close in shown, (close, shown)
        assert "15 °" not in shown and "3600 ″" not in shown


def test_a_limits_long_value_keeps_only_its_last_word_with_its_unit(tmp_path):
    """ "116 ÷ aperture in mm arcseconds" (a value of words, then its unit word) was kept
    on one line whole and ran 28 px past a narrow column's edge into the next column:
    only the value's last word stays with the unit ("mm arcseconds"); a short value
    stays whole with it (">= 30 observations")."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(
        "name: optics\ntitle: Optics\ndeck: O\nsettings: {orientation: portrait, columns: 3}\n",
        "utf-8",
    )
    (corpus / "optics.yaml").write_text(
        """deck: Optics
title: Optics
cards:
  - {id: useful, kind: limit, subject: Highest useful power, value: 50, unit: × per inch}
  - id: dawes
    kind: limit
    subject: Dawes limit (resolution)
    value: 116 ÷ aperture in mm
    unit: arcseconds
  - {id: clt, kind: limit, subject: Sample size, value: ">= 30", unit: observations}
""",
        "utf-8",
    )
    done = build(corpus, tmp_path / "out", "-f", "pdf,html")
    assert "overflow" not in done.stdout + done.stderr, done.stderr
    text = run_tool("pdftotext", "-layout", str(tmp_path / "out" / "optics.pdf"), "-")
    assert "mm arcseconds" in text, text
    shown = (tmp_path / "out" / "optics.html").read_text("utf-8")
    assert '116 ÷ aperture in <span class="unit">mm arcseconds</span>' in shown
    assert '<span class="unit">&gt;= 30 observations</span>' in shown


TELESCOPES = (
    "deck: Telescopes\n"
    + TELESCOPE_TYPES
    + """\
      Schmidt–Cassegrain: [Corrector plate and spherical mirror, "f/10", "45–90 min",
        sometimes, none, good, medium, planets and small targets]
      Maksutov–Cassegrain: [Meniscus corrector, "f/12–f/15", "60–120 min", rarely, none,
        very good, medium, planets and double stars]
"""
)


def test_a_crowded_tables_label_of_names_joined_by_a_dash_breaks_after_the_dash(tmp_path):
    """Eight telescopes' counts beside "Schmidt–Cassegrain" and "Maksutov–Cassegrain":
    each label kept on one line took a third of the table's width, and the other
    columns broke their five-letter words ("ne", "ve", "r"; "of", "te", "n"). Names
    joined by an en dash break after it, as in running text; the short words stay
    whole. (A range of numbers, "5–10", stays whole.)"""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: scopes\ntitle: Scopes\ndeck: T\n", "utf-8")
    (corpus / "scopes.yaml").write_text(TELESCOPES, "utf-8")
    done = build(corpus, tmp_path / "out", "-f", "pdf")
    assert "overflow" not in done.stdout + done.stderr, done.stderr
    words = run_tool("pdftotext", str(tmp_path / "out" / "scopes.pdf"), "-").split()
    for whole in ("never", "often", "rarely", "good", "fair"):
        assert whole in words, (whole, words)
    assert "Schmidt–" in words and "Cassegrain" in words, words
    assert blocks.label_pieces("5–10") == ["5–10"]
    assert blocks.labels_whole("HTTP/1.1") == '<span class="unit">HTTP/1.1</span>'


MESSIER = """deck: Sky
title: Sky
cards:
  - id: sirius
    kind: qa
    question: Where is Sirius?
    answer: "RA 06h 45m 08.9s, Dec −16° 42′ 58″ (J2000), a little south-east of Orion's belt"
  - id: messier
    kind: table
    title: Showpiece Messier objects
    row_header: Object
    columns: [Name, Type, Constellation, RA, Dec, Magnitude]
    rows:
      M1: [Crab Nebula, Supernova remnant, Taurus, "05h 34m 31.9s", "+22° 00′ 52″", "8.4"]
      M8: [Lagoon Nebula, Emission nebula, Sagittarius, "18h 03m 37s", "−24° 23′ 12″", "6.0"]
      M13: [Great Hercules Cluster, Globular cluster, Hercules, "16h 41m 41.2s",
        "+36° 27′ 37″", "5.8"]
      M27: [Dumbbell Nebula, Planetary nebula, Vulpecula, "19h 59m 36.3s", "+22° 43′ 16″",
        "7.5"]
      M31: [Andromeda Galaxy, Spiral galaxy, Andromeda, "00h 42m 44.3s", "+41° 16′ 09″", "3.4"]
      M42: [Orion Nebula, Emission nebula, Orion, "05h 35m 17.3s", "−05° 23′ 28″", "4.0"]
      M51: [Whirlpool Galaxy, Spiral galaxy, Canes Venatici, "13h 29m 52.7s", "+47° 11′ 43″",
        "8.4"]
      M104: [Sombrero Galaxy, Spiral galaxy, Virgo, "12h 39m 59.4s", "−11° 37′ 23″", "8.0"]
"""
PLACES = ["05h 34m 31.9s", "+22° 00′ 52″", "18h 03m 37s", "−24° 23′ 12″", "12h 39m 59.4s"]


def test_a_stars_place_is_kept_on_one_line_in_prose_and_in_a_crowded_table(tmp_path):
    """A table of Messier objects printed "05h" over "34m" over "31.9s" and "+22°" over
    "00′ 52″": a right ascension or declination in parts (or "29′ 20″") stays on one
    line, in an answer and in a crowded table's cell, and the table is sized for it
    (an estimate that let it break sized the table 16 px past its column)."""
    assert blocks.units_whole("Dec −16° 42′ 58″, 29′ 20″") == (
        'Dec <span class="unit">−16° 42′ 58″</span>, <span class="unit">29′ 20″</span>'
    )
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: sky\ntitle: Sky\ndeck: S\n", "utf-8")
    (corpus / "sky.yaml").write_text(MESSIER, "utf-8")
    done = build(corpus, tmp_path / "out", "-f", "pdf")
    assert "overflow" not in done.stdout + done.stderr, done.stderr
    lines = run_tool("pdftotext", "-layout", str(tmp_path / "out" / "sky.pdf"), "-")
    for place in PLACES:
        assert place in lines, (place, lines)


PIPES = """deck: Pipes
title: Pipes
cards:
  - id: pipes
    kind: table
    title: Pipe materials compared
    row_header: Material
    columns: [Use, Max temperature, Max pressure, Joining, Lifespan, Freeze tolerance, Cost]
    rows:
      PEX-A: [Hot and cold supply, "93 °C", "6.9 bar", Expansion fittings, "40–50 years", Good, Low]
      Copper type L: [Hot and cold supply, "204 °C", "20 bar", Soldered or press, "50–70 years",
        Poor, High]
      CPVC: [Hot and cold supply, "93 °C", "6.9 bar", Solvent cement, "50 years", Poor, Low]
      ABS: [Drain and vent, "82 °C", "Gravity", Solvent cement, "50 years", Fair, Low]
      Galvanized steel: [Old supply lines, "—", "—", Threaded, "40 years", Fair, Replace]
      Cast iron: [Drain stacks, "—", "Gravity", "No-hub couplings", "80–100 years", Good, High]
"""


def test_a_crowded_tables_words_break_with_a_hyphen_and_a_figures_heading_at_a_syllable(
    tmp_path,
):
    """Too crowded to keep its long words whole, a table broke "Magnitude" over a column
    of short figures into "Mag-", "nitud", "e", and "Soldered" and "Threaded", which
    have no syllable in the patterns, into "Soldere" over "d": a figures column's
    heading breaks at its syllables only and sizes its column so, and a word with no
    syllable breaks with a hyphen ("Solde-" over "red")."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: mixed\ntitle: Mixed\ndeck: M\n", "utf-8")
    (corpus / "sky.yaml").write_text(MESSIER, "utf-8")
    (corpus / "pipes.yaml").write_text(PIPES, "utf-8")
    done = build(corpus, tmp_path / "out", "-f", "pdf")
    assert "overflow" not in done.stdout + done.stderr, done.stderr
    words = run_tool("pdftotext", str(tmp_path / "out" / "mixed.pdf"), "-").split()
    assert "Magnitude" in words or "nitude" in words, words
    for broken in ("nitud", "Soldere", "Threade", "d", "e"):
        assert broken not in words, (broken, words)
    for word in ("Soldered", "Threaded"):
        assert (
            word in words
            or any(  # its first part ends in a hyphen, its rest a word
                first.endswith("\u2010")
                and word.startswith(first[:-1])
                and word[len(first) - 1 :] in words
                for first in words
            )
        ), (word, words)


def test_a_path_after_a_blank_is_never_broken_after_its_first_slash(tmp_path):
    """The line-breaking rules never break before a "/", not even after a blank: a
    wrapped command ended a line with "csv > /" and began the next with "var/lib/…", a
    path cut from its first slash. Each part of a path is kept with its slash, and a line
    may end before it ("> " over "/var/lib/…"). Commands of every length up to the
    column's put the path at every place a line can end."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(
        "name: paths\ntitle: Paths\ndeck: P\nsettings: {orientation: portrait, columns: 3}\n",
        "utf-8",
    )
    cards = [
        f"  - id: export-{n}\n    kind: command\n    task: Export the cycles, try {n}\n"
        f"    command: thermctl history --since {'7' * n}d --format csv"
        " > /var/lib/thermctl/cycles-$(date +%F).csv\n"
        for n in range(1, 25)
    ]
    (corpus / "paths.yaml").write_text("deck: Paths\ntitle: Paths\ncards:\n" + "".join(cards))
    done = build(corpus, tmp_path / "out", "-f", "pdf")
    assert "overflow" not in done.stdout + done.stderr, done.stderr
    lines = run_tool("pdftotext", str(tmp_path / "out" / "paths.pdf"), "-").splitlines()
    assert sum("/var/lib/thermctl" in " ".join(lines[i : i + 2]) for i in range(len(lines)))
    for line in lines:
        assert not re.search(r"(^|\s)/$", line.strip()), line
        assert not line.strip().startswith("var/"), line


def test_a_one_word_answer_never_sits_alone_on_a_line(tmp_path):
    """ "Flapper" under a question that filled its line sat alone on the next one, a
    stray word: a one-word answer stays on the line of the question's last word.
    Questions of every length up to two lines put the answer at every place a line can
    end."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(
        "name: qa\ntitle: QA\ndeck: Q\nsettings: {orientation: portrait, columns: 3}\n", "utf-8"
    )
    cards = [
        f"  - id: part-{n}\n    kind: qa\n"
        f"    question: Which part{' very' * n} often makes a toilet run on after flushing?\n"
        "    answer: Flapper\n"
        for n in range(1, 25)
    ]
    (corpus / "qa.yaml").write_text("deck: QA\ntitle: Toilets\ncards:\n" + "".join(cards))
    build(corpus, tmp_path / "out", "-f", "pdf")
    lines = run_tool("pdftotext", str(tmp_path / "out" / "qa.pdf"), "-").splitlines()
    assert sum("Flapper" in line for line in lines) == 24, lines
    assert "Flapper" not in [line.strip() for line in lines], lines


def test_a_row_label_keeps_a_number_with_its_unit(tmp_path):
    """A table of wire gauges beside four columns of figures printed its row labels as
    "14" over "AWG": a number and its short unit stay on one line in a row label, as in
    the cells beside it."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: wire\ntitle: Wire\ndeck: W\n", "utf-8")
    (corpus / "wire.yaml").write_text(
        """deck: Wire
title: Wire
cards:
  - id: gauges
    kind: table
    title: Copper wire gauges and ampacity
    row_header: Gauge
    columns: [Metric equivalent, Ampacity at 60 °C, Ampacity at 75 °C,
      Maximum overcurrent protection]
    rows:
      14 AWG: ["2.08 mm²", "15 A", "20 A", "15 A"]
      12 AWG: ["3.31 mm²", "20 A", "25 A", "20 A"]
      10 AWG: ["5.26 mm²", "30 A", "35 A", "30 A"]
""",
        "utf-8",
    )
    build(corpus, tmp_path / "out", "-f", "pdf")
    text = run_tool("pdftotext", "-layout", str(tmp_path / "out" / "wire.pdf"), "-")
    for label in ("14 AWG", "12 AWG", "10 AWG"):
        assert label in text, text
