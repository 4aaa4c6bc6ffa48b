"""What is written is what is studied: values kept as written in every output, YAML
mistakes explained with the fix, every problem reported at once, hostile text refused."""

from __future__ import annotations

import html
import json
import random
import re
import sqlite3
import textwrap
import zipfile
from pathlib import Path

import pytest

from cheatdeck import pipeline
from cheatdeck.diagnostics import Diagnostic
from cheatdeck.load import load_corpus
from cheatdeck.load.syntax import compose
from cheatdeck.writers import WRITER_NAMES

CORPUS = "name: t\ntitle: T\ndeck: D\n"


def write_corpus(root: Path, files: dict[str, str], corpus: str = CORPUS) -> Path:
    cards = root / "cards"
    cards.mkdir(parents=True, exist_ok=True)
    (cards / "corpus.yaml").write_text(corpus, encoding="utf-8")
    for name, content in files.items():
        path = cards / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return cards


def topic(cards_yaml: str) -> str:
    return "deck: X\ntitle: X\ncards:\n" + textwrap.dedent(cards_yaml).strip("\n") + "\n"


def diagnostics(tmp_path: Path, files: dict[str, str]) -> list[Diagnostic]:
    return load_corpus(write_corpus(tmp_path, files), cwd=tmp_path).diagnostics


# ------------------------------------------------------------ values as written

#: Scalars YAML 1.1 would turn into numbers, booleans, times or null.
AS_WRITTEN = ["0700", "1:30", "3.10", "NULL", "no", "~", "2.0", "0x10", "1.50", "12:30:00"]


def _values_corpus(tmp_path: Path) -> Path:
    cards = []
    for n, value in enumerate(AS_WRITTEN):
        cards.append(
            f"  - id: limit-{n}\n    kind: limit\n    subject: Setting number {n}\n"
            f"    value: {value}\n    unit: zorbs\n"
            f"  - id: qa-{n}\n    kind: qa\n"
            f"    question: What does the gadget called {'abcdefghij'[n]}x print?\n"
            f"    answer: {value}\n"
        )
    cards.append("  - id: null-term\n    kind: concept\n    term: NULL\n    definition: no\n")
    return write_corpus(tmp_path, {"values.yaml": "deck: X\ntitle: X\ncards:\n" + "".join(cards)})


def _anki_fields(apkg: Path) -> str:
    with zipfile.ZipFile(apkg) as package:
        name = next(n for n in ("collection.anki21", "collection.anki2") if n in package.namelist())
        target = apkg.parent.parent / "collection.sqlite"
        target.write_bytes(package.read(name))
    with sqlite3.connect(target) as db:
        return "\n".join(row[0] for row in db.execute("select flds from notes"))


def test_every_value_keeps_its_text_in_every_output(tmp_path):
    cards = _values_corpus(tmp_path)
    names = [n for n in WRITER_NAMES if n != "pdf"]
    out = tmp_path / "out"
    outcome = pipeline.build(cards, out, [WRITER_NAMES[n] for n in names])
    assert outcome.report.errors == 0, outcome.report.render()
    corpus = load_corpus(cards, cwd=tmp_path).corpus
    limits = {c.id: c for c in corpus.cards() if c.kind == "limit"}
    qas = {c.id: c for c in corpus.cards() if c.kind == "qa"}
    for n, value in enumerate(AS_WRITTEN):
        assert limits[f"limit-{n}"].value == value
        assert limits[f"limit-{n}"].value_text == f"{value} zorbs"
        assert qas[f"qa-{n}"].answer == value
    outputs = {
        "md": (out / "t.md").read_text(encoding="utf-8"),
        # as the reader sees it: a value's parts may sit in spans kept on one line
        "html": _visible_html((out / "t.html").read_text(encoding="utf-8")),
        "anki": _anki_fields(out / "t.apkg"),
        "tsv": (out / "t.tsv").read_text(encoding="utf-8"),
        "mochi": zipfile.ZipFile(out / "t.mochi").read("data.json").decode("utf-8"),
        "crowdanki": (out / "t.crowdanki" / "deck.json").read_text(encoding="utf-8"),
        "quizlet": (out / "t.quizlet.txt").read_text(encoding="utf-8"),
        "obsidian": (out / "t.obsidian.md").read_text(encoding="utf-8"),
        "logseq": (out / "t.logseq.md").read_text(encoding="utf-8"),
        "mnemosyne": zipfile.ZipFile(out / "t.mnemosyne.cards").read("cards.xml").decode("utf-8"),
    }
    data = json.loads((out / "t.json").read_text(encoding="utf-8"))
    json_cards = {c["id"]: c for topic in data["topics"] for c in topic["cards"]}
    for n, value in enumerate(AS_WRITTEN):
        assert json_cards[f"limit-{n}"]["value"] == value
        assert json_cards[f"qa-{n}"]["answer"] == value
        for name, text in outputs.items():
            assert f"{value} zorbs" in text, (name, value)
    assert json_cards["null-term"]["term"] == "NULL"
    for name, text in outputs.items():
        assert "NULL" in text, name


@pytest.mark.parametrize("value", ["yes", "no", "on", '"true"', "1", "", "maybe"])
def test_a_boolean_field_takes_only_true_or_false(tmp_path, value):
    (problem,) = diagnostics(
        tmp_path,
        {
            "a.yaml": topic(
                f"- id: a\n  kind: qa\n  question: Q?\n  answer: A\n  reverse: {value}\n"
            )
        },
    )
    assert problem.code == "wrong-type" and "must be true or false" in problem.message
    assert ": write reverse: " in problem.message, problem.message  # what to type


def test_order_must_be_a_number(tmp_path):
    (problem,) = diagnostics(
        tmp_path,
        {
            "a.yaml": "deck: X\ntitle: X\norder: 1:30\ncards:\n  - id: a\n    kind: qa\n"
            "    question: Q?\n    answer: A\n"
        },
    )
    assert problem.code == "wrong-type"
    assert problem.message.startswith("'order' must be a number, such as order: 10 ")


@pytest.mark.parametrize(
    ("value", "needs_unit"),
    [
        ("15", True),
        ("0700", True),
        ("1.50", True),
        ("0x10", True),
        ("6.022e23", True),
        ("6.022×10²³", True),  # a power of ten as a chemistry student writes it
        ("1.0 × 10⁻¹⁴", True),
        ("1.0x10^-14", True),
        ("2×10", False),  # a product, not a power of ten
        ("1:30", False),
        ('"5432"', False),
        ("11 nines", False),
    ],
)
def test_a_bare_number_needs_a_unit_decided_on_the_text(tmp_path, value, needs_unit):
    found = diagnostics(
        tmp_path,
        {"a.yaml": topic(f"- id: a\n  kind: limit\n  subject: S\n  value: {value}\n")},
    )
    assert ("missing-unit" in [d.code for d in found]) is needs_unit


# ------------------------------------------------------------ the comment trap


def test_a_plain_value_cut_by_a_comment_is_warned_with_the_quoted_fix(tmp_path):
    (warning,) = diagnostics(
        tmp_path,
        {
            "a.yaml": topic(
                "- id: a\n  kind: qa\n  question: How is a comment line written?\n"
                "  answer: Start the line with #, e.g. # build output\n"
            )
        },
    )
    assert (warning.code, warning.severity, warning.line) == ("yaml-comment", "warning", 7)
    assert 'answer: "Start the line with #, e.g. # build output"' in warning.message


def test_a_required_field_that_is_all_comment_is_one_error_with_the_quoted_fix(tmp_path):
    """'term: #samples' gave two lines for one mistake: "'term' is empty: write its text
    after 'term: '" (the user had) and the yaml-comment warning with the real fix."""
    (problem,) = diagnostics(
        tmp_path,
        {"a.yaml": topic("- id: a\n  kind: concept\n  term: #samples\n  definition: n\n")},
    )
    assert (problem.code, problem.severity, problem.line, problem.col) == (
        "empty-field",
        "error",
        6,
        8,
    )
    assert problem.message == (
        "'term' is empty: YAML reads '#samples' as a comment. If it is the text, quote it: "
        'term: "#samples"'
    )


def test_a_command_cut_by_a_comment_is_warned_too(tmp_path):
    """`grep -rn #include src` lost '#include src' without a word: code fields were not
    looked at; a comment set off by two spaces is still one, and a block is never cut."""
    cards = (
        "- id: a\n  kind: command\n  task: Find the includes\n  command: grep -rn #include src\n"
        "- id: b\n  kind: command\n  task: Check the format\n  command: cargo fmt --check  # CI\n"
        "- id: c\n  kind: snippet\n  title: A shell comment\n  code: |\n    ls # list\n"
    )
    (warning,) = diagnostics(tmp_path, {"a.yaml": topic(cards)})
    assert (warning.code, warning.line) == ("yaml-comment", 7), warning.message
    assert 'quote the value: command: "grep -rn #include src";' in warning.message


@pytest.mark.parametrize(
    ("line", "fix"),
    [
        ("    - foraging #1 job", '- "foraging #1 job"'),
        ("    - Foraging: the #1 job", 'Foraging: "the #1 job"'),
    ],
)
def test_a_list_item_cut_by_a_comment_gets_the_item_to_write(tmp_path, line, fix):
    cards = "- id: a\n  kind: list\n  title: Jobs\n  items:\n    - nursing\n" + line + "\n"
    (warning,) = diagnostics(tmp_path, {"a.yaml": topic(cards)})
    assert warning.code == "yaml-comment", warning.message
    assert f"quote the value: {fix};" in warning.message, warning.message


def test_a_list_item_starting_with_an_unused_anchor_gets_the_item_to_write(tmp_path):
    cards = "- id: a\n  kind: list\n  title: Jobs\n  items:\n    - nursing\n    - &also this\n"
    (warning,) = diagnostics(tmp_path, {"a.yaml": topic(cards)})
    assert warning.code == "yaml-anchor" and warning.message.endswith('value: - "&also this"')


def test_a_quoted_value_or_a_comment_on_its_own_line_is_not_warned(tmp_path):
    found = diagnostics(
        tmp_path,
        {
            "a.yaml": topic(
                '# a comment\n- id: a\n  kind: qa\n  question: "What is #1?"  # fine\n'
                "  answer: 'It is # one'\n"
            )
        },
    )
    assert found == []


def test_a_value_starting_with_an_unused_anchor_is_warned(tmp_path):
    (warning,) = diagnostics(
        tmp_path,
        {"a.yaml": topic("- id: a\n  kind: qa\n  question: Q?\n  answer: &also this\n")},
    )
    assert (warning.code, warning.severity) == ("yaml-anchor", "warning")
    assert 'answer: "&also this"' in warning.message


# ------------------------------------------------------------ syntax in words

CARD = "cards:\n  - id: a\n    kind: qa\n    question: What is it?\n"

#: mistake (the answer line as written) -> (column, words the message must hold)
SYNTAX = {
    "    answer: Note: this breaks": (13, 'quote the value: answer: "Note: this breaks"'),
    "    answer: *.log files": (13, "'*' starts a YAML alias"),
    "    answer: && both": (13, "'&' starts a YAML anchor"),
    "    answer: !important rule": (13, "'!' starts a YAML tag"),
    "    answer: @{u} is upstream": (13, 'answer: "@{u} is upstream"'),
    "    answer: `git log` shows it": (13, "'`' is reserved in YAML"),
    "    answer: %d formats": (13, "'%' starts a YAML directive"),
    "    answer: [WIP] marks it": (13, "'[' starts a YAML list"),
    "    answer: {x} is a set": (13, "'{' starts a YAML mapping"),
    "    answer: | is a pipe": (13, "'|' starts a block of lines"),
    "    answer: > redirects": (13, "'>' starts a folded block of lines"),
    '    answer: "a" b': (13, "answer: '\"a\" b'"),
    "     answer: yes": (6, "indent 'answer' like the card's other fields (4 spaces)"),
    "   answer: yes": (4, "indent 'answer' like the card's other fields (4 spaces)"),
    "\tanswer: yes": (1, "a tab character: YAML is indented with spaces"),
    "\t": (1, "a tab on a line with nothing else: YAML reads no tab there: delete it"),
    "    \t": (5, "a tab on a line with nothing else: YAML reads no tab there: delete it"),
    # a backslash (LaTeX) goes in single quotes, as written: no "\\\\(" to retype
    "    answer: H0: \\( \\mu = 0 \\)": (13, "quote the value: answer: 'H0: \\( \\mu = 0 \\)'"),
}


@pytest.mark.parametrize("line", list(SYNTAX))
def test_a_syntax_error_says_what_to_type(line):
    col, words = SYNTAX[line]
    node, problem = compose(CARD + line + "\n", "a.yaml")
    assert node is None and problem is not None
    assert (problem.line, problem.col) == (5, col), problem.to_text()
    assert words in problem.message, problem.message


TABLE = (
    "cards:\n  - id: t\n    kind: table\n    title: Quantifiers\n    columns: [Meaning]\n"
    "    rows:\n"
)


@pytest.mark.parametrize(
    ("label", "words"),
    [
        ("*", "'*' starts a YAML alias: to write it as text, quote the key: \"*\": [0 or more]"),
        ("*?", "'*' starts a YAML alias: to write it as text, quote the key: \"*?\""),
        ("&&", "'&' starts a YAML anchor"),
        ("|", "'|' starts a block of lines"),
    ],
)
def test_a_row_label_yaml_reserves_says_to_quote_it(label, words):
    """A regex table's row label `*` was reported as "'*' is indented 6 spaces and 'rows'
    above it 4: indent '*' like the card's other fields", a fix that cannot work: the
    label is where it belongs, and it is its first character YAML reads as an alias."""
    node, problem = compose(TABLE + f"      {label}: [0 or more]\n", "a.yaml")
    assert node is None and problem is not None
    assert (problem.line, problem.col) == (7, 7), problem.to_text()
    assert words in problem.message, problem.message
    assert "indent" not in problem.message, problem.message


def test_a_cell_starting_with_a_question_mark_is_quoted_in_the_fix():
    """A lazy quantifier `??` in a bracketed row made the error "quote such an item:
    ?: [0 or 1, ??]": the line as written, nothing quoted, as a '?' at an item's start
    was not among what YAML reads as its own there (it is a key's mark)."""
    node, problem = compose(TABLE + "      ?: [0 or 1, ??]\n", "a.yaml")
    assert node is None and problem is not None
    assert problem.message.endswith('quote such an item: ?: [0 or 1, "??"]'), problem.message


@pytest.mark.parametrize(
    ("row", "fixed"),
    [
        (
            'Alanine: [Ala, N[C@@H](C)C(=O)O, "6.00"]',
            'Alanine: [Ala, "N[C@@H](C)C(=O)O", "6.00"]',
        ),
        (
            "SN1: [rate = k[RX], 'weak Nu, polar solvent']",
            "SN1: [\"rate = k[RX]\", 'weak Nu, polar solvent']",
        ),
    ],
)
def test_a_row_with_a_quoted_cell_quotes_only_the_cell_yaml_cannot_read(row, fixed):
    """A row whose other cells were quoted already ("6.00", a comma's cell) was told to
    quote the whole value, "Alanine: '[Ala, N[C@@H](C)C(=O)O, "6.00"]'": one text for a
    row of cells, a table-shape error next. The cells quoted stay as written, a comma
    inside their quotes included."""
    node, problem = compose(TABLE + f"      {row}\n", "a.yaml")
    assert node is None and problem is not None
    assert problem.message.endswith(f"quote such an item: {fixed}"), problem.message


def test_a_cell_with_a_comma_in_braces_stays_one_cell_in_the_fix():
    """The row `{n,m}: [n to m times, {n,m}?]` was told to become `{n,m}: [n to m times,
    "{n", "m}?"]`: three cells for two, and the label still read as a YAML mapping."""
    node, problem = compose(TABLE + "      {n,m}: [n to m times, {n,m}?]\n", "a.yaml")
    assert node is None and problem is not None
    assert problem.message.endswith('quote such an item: "{n,m}": [n to m times, "{n,m}?"]'), (
        problem.message
    )


# ------------------------------------------------------------ all problems at once


def test_one_bad_card_does_not_hide_the_checks_of_the_others(tmp_path):
    cards = write_corpus(
        tmp_path,
        {
            "a.yaml": topic(
                "- id: bad\n  kind: qa\n  question: Which port?\n  answr: 5432\n"
                "- id: port-a\n  kind: limit\n  subject: Default port\n  value: 5432\n"
                "  unit: port\n"
            ),
            "b.yaml": topic(
                "- id: port-b\n  kind: limit\n  subject: Default port\n  value: 5433\n"
                "  unit: port\n- id: todo\n  kind: qa\n  question: What?\n  answer: TODO\n"
            ),
        },
    )
    for run in (lambda: pipeline.check(cards), lambda: pipeline.build(cards, tmp_path / "o", [])):
        report = run().report
        codes = sorted(d.code for d in report.diagnostics)
        assert codes == ["conflicting-fact", "placeholder", "unknown-field"], codes
        assert report.summary().endswith(
            "in 4 cards; 1 card not checked for facts: fix the errors above"
        )
    assert not (tmp_path / "o").exists()


def test_the_summary_names_a_file_that_could_not_be_read(tmp_path):
    """A topic file with a YAML syntax error was left out of the summary: "1 error,
    0 warnings in 1 card", as if the corpus had one card and every card had been checked,
    while none of the broken file's cards was. The summary says how many files were not
    read, beside the cards not checked."""
    cards = write_corpus(
        tmp_path,
        {
            "a.yaml": topic("- id: a\n  kind: qa\n  question: Which port?\n  answer: '5432'\n"),
            "b.yaml": topic(
                "- id: b\n  kind: qa\n  question: Which user?\n   answer: postgres\n"
                "- id: c\n  kind: qa\n  question: Which db?\n  answer: postgres\n"
            ),
            "c.yaml": topic("- id: d\n  kind: qa\n  question: Which host?\n  answr: x\n"),
        },
    )
    report = pipeline.check(cards).report
    assert [d.code for d in report.sorted()] == ["yaml-syntax", "unknown-field"]
    assert report.summary() == (
        "2 errors, 0 warnings in 2 cards; 1 card not checked for facts and 1 file not read:"
        " fix the errors above"
    )


def test_a_topic_with_no_cards_says_how_to_write_one(tmp_path):
    (problem,) = diagnostics(tmp_path, {"a.yaml": "deck: X\ntitle: X\ncards:\n"})
    assert problem.code == "no-cards"
    assert problem.message == (
        "topic file has no cards: write each card under 'cards:' as '  - id: …' with its "
        "kind and fields (see the card kinds in README.md)"
    )


def test_a_corpus_with_no_topic_file_is_an_error(tmp_path):
    (problem,) = diagnostics(tmp_path, {})
    assert (problem.code, problem.severity) == ("no-cards", "error")


# ------------------------------------------------------------ hostile text


@pytest.mark.parametrize("escape", ["\\0", "\\e", "\\a", "\\x1f"])
def test_a_control_character_is_refused(tmp_path, escape):
    (problem,) = diagnostics(
        tmp_path,
        {"a.yaml": topic(f'- id: a\n  kind: qa\n  question: Q?\n  answer: "x {escape} y"\n')},
    )
    assert problem.code == "control-char" and problem.severity == "error"
    assert "\\x" in problem.message and "\x1b" not in problem.to_text()


@pytest.mark.parametrize(
    ("written", "escape", "command"),
    [
        ("x = \\theta + \\nu", "\\t", "\\theta"),  # a tab: silently "<tab>heta"
        ("a \\times b", "\\t", "\\times"),
        ("\\rho", "\\r", "\\rho"),  # a carriage return
        ("\\frac{1}{2}", "\\f", "\\frac"),  # a form feed: was "remove the escape"
        ("\\bar{x}", "\\b", "\\bar"),
    ],
)
def test_latex_in_double_quotes_is_refused_with_the_single_quoted_value(
    tmp_path, written, escape, command
):
    """YAML reads the backslash of \\theta, \\nu, \\rho, \\times as an escape (a tab, a
    newline, a carriage return): the formula lost its command without a word."""
    (problem,) = diagnostics(
        tmp_path,
        {"a.yaml": topic(f'- id: a\n  kind: qa\n  question: Q?\n  answer: "{written}"\n')},
    )
    assert problem.code == "yaml-syntax" and problem.severity == "error"
    assert f"'{escape}'" in problem.message and f"'{command}'" in problem.message
    assert problem.message.endswith(f"write the value in single quotes: answer: '{written}'")
    assert (problem.line, problem.col) == (7, 12 + written.index(escape))


def test_an_escape_meant_as_one_in_double_quotes_is_kept(tmp_path):
    """\\t and \\n before a word that is no LaTeX command are the tab and line they say."""
    files = {
        "a.yaml": topic('- id: a\n  kind: qa\n  question: Q?\n  answer: "one\\ntwo\\tthree"\n')
    }
    result = load_corpus(write_corpus(tmp_path, files), cwd=tmp_path)
    assert result.diagnostics == []
    (card,) = result.corpus.cards()
    assert card.answer == "one\ntwo\tthree"


@pytest.mark.parametrize("escape", ["\\u200b", "\\u202e"])
def test_a_zero_width_or_bidi_character_is_warned(tmp_path, escape):
    (problem,) = diagnostics(
        tmp_path,
        {"a.yaml": topic(f'- id: a\n  kind: qa\n  question: Q?\n  answer: "x{escape}y"\n')},
    )
    assert problem.code == "invisible-char" and problem.severity == "warning"
    assert escape in problem.to_text()


def test_a_key_cannot_forge_a_line_or_a_ci_annotation(tmp_path):
    forged = '"answer\\n::error file=x.yaml,line=1::forged\\e[2J": yes'
    found = diagnostics(
        tmp_path, {"a.yaml": topic(f"- id: a\n  kind: qa\n  question: Q?\n  {forged}\n")}
    )
    for problem in found:
        for line in (problem.to_text(), problem.to_github()):
            assert "\n" not in line and "\x1b" not in line
            assert not line.startswith("::error file=x.yaml")


def test_a_topic_file_linked_from_outside_the_corpus_is_refused(tmp_path):
    outside = tmp_path / "secret.yaml"
    outside.write_text(topic("- id: a\n  kind: qa\n  question: Q?\n  answer: A\n"))
    cards = write_corpus(tmp_path, {})
    (cards / "linked.yaml").symlink_to(outside)
    result = load_corpus(cards, cwd=tmp_path)
    (problem,) = [d for d in result.diagnostics if d.code == "outside-corpus"]
    assert problem.file == "cards/linked.yaml" and result.corpus is None


# ------------------------------------------------------------ images


def _png(path: Path, size: tuple[int, int] = (8, 8)) -> None:
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, "red").save(path)


def _huge_png(path: Path, side: int = 20_000) -> None:
    """A 400-megapixel 1-bit PNG of a few kB (rows of zeros compress well)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = zlib.compressobj(9)
    row = b"\x00" * (side // 8 + 1)
    data = b"".join(rows.compress(row) for _ in range(side)) + rows.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def _noise_png(path: Path, width: int, height: int) -> None:
    """Random pixels: a PNG that does not compress, as large as a photo of its size."""
    from PIL import Image

    pixels = random.Random(7).randbytes(width * height * 3)
    Image.frombytes("RGB", (width, height), pixels).save(path)


def _image_corpus(tmp_path: Path, where: str, path: str, corpus: str = CORPUS) -> list[Diagnostic]:
    cards = write_corpus(tmp_path, {}, corpus)
    _png(cards / "images" / "benzene.png")
    (cards / "images" / "fake.png").write_text("not an image\n")
    (cards / "images" / "broken.png").write_bytes(
        (cards / "images" / "benzene.png").read_bytes()[:60]
    )
    (cards / "images" / "script.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )
    (cards / "images" / "remote.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="http://x.org/a.png"/></svg>'
    )
    (cards / "images" / "ok.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4">'
        '<rect width="4" height="4"/></svg>'
    )
    _huge_png(cards / "images" / "huge.png")
    _noise_png(cards / "images" / "photo.png", 900, 900)
    ok_svg = (cards / "images" / "ok.svg").read_bytes()
    (cards / "images" / "chart.png").write_bytes(ok_svg)  # an SVG saved as .png
    benzene = (cards / "images" / "benzene.png").read_bytes()
    (cards / "images" / "ring.svg").write_bytes(benzene)  # a PNG saved as .svg
    (cards / "images" / "ring").write_bytes(benzene)  # a PNG with no extension
    (cards / "images" / "ring.jfif").write_bytes(benzene)  # its type known: shown
    path = path.replace("ROOT", str(cards.resolve()))
    if where == "image":
        card = f"- id: a\n  kind: concept\n  term: T\n  definition: D\n  image: {path}\n"
    else:
        card = f'- id: a\n  kind: qa\n  question: Q?\n  answer: "See ![ring]({path})"\n'
    (cards / "a.yaml").write_text(topic(card), encoding="utf-8")
    return load_corpus(cards, cwd=tmp_path).diagnostics + list(
        pipeline.check(cards).report.diagnostics
    )


#: path -> (code, words of the message); None: the image is fine
IMAGES = {
    "images/benzene.png": None,
    "images/ok.svg": None,
    "images/benzen.png": ("missing-media", "did you mean 'images/benzene.png'?"),
    # the folder left out, or written in other case: the file meant is still named
    "benzene.png": ("missing-media", "did you mean 'images/benzene.png'?"),
    "Images/Benzene.png": ("missing-media", "did you mean 'images/benzene.png'?"),
    "images/fake.png": ("bad-image", "is not an image by its contents"),
    "images/broken.png": (
        "bad-image",
        "is damaged and cannot be shown (SyntaxError): save it again from its original, "
        "or take the image out of the card",
    ),
    "images/script.svg": ("bad-image", "an SVG with a script"),
    "images/remote.svg": ("bad-image", "refers to other files or addresses"),
    "images/huge.png": ("bad-image", "limited to 40 megapixels"),
    # named unlike its type: a broken image in the HTML sheet and Anki, or none at all
    "images/chart.png": ("bad-image", "is an SVG image by its contents, but its name ends"),
    "images/ring.svg": ("bad-image", "is a PNG image by its contents, but its name ends in"),
    "images/ring": ("bad-image", "with no extension: the sheets leave it out: rename it"),
    "images/ring.jfif": None,
    # a 7 MB phone photo was packed whole into every output without a word
    "images/photo.png": ("large-image", "is 2.4 MB, 900 x 900 pixels: every output carries"),
    "http://example.com/a.png": ("missing-media", "nothing is fetched"),
    "../../../../etc/passwd": ("missing-media", "lies outside the corpus folder"),
    "ROOT/images/benzene.png": (
        "missing-media",
        "write it relative to the corpus folder: images/benzene.png",
    ),
}


@pytest.mark.parametrize("where", ["image", "inline"])
@pytest.mark.parametrize("path", list(IMAGES))
def test_an_image_is_checked_wherever_it_is_written(tmp_path, where, path):
    found = {(d.code, d.message) for d in _image_corpus(tmp_path, where, path)}
    expected = IMAGES[path]
    if expected is None:
        assert found == set()
    else:
        code, words = expected
        assert any(c == code and words in m for c, m in found), found


def test_an_image_folder_renamed_is_found_by_the_file_name(tmp_path):
    """A user renamed images/ to pictures/diagrams/ and every card's image became
    missing-media with "save the image there, or correct the path": the file of that name
    elsewhere in the corpus is named, but never a copy inside a build's output folder
    (a CrowdAnki export keeps one); two files of that name in two folders are both named."""
    cards = write_corpus(
        tmp_path,
        {
            "a.yaml": topic(
                "- id: a\n  kind: concept\n  term: T\n  definition: D\n"
                "  image: images/benzene.png\n"
                "- id: b\n  kind: qa\n  question: Q?\n  answer: See ![r](images/ring.png)\n"
            )
        },
    )
    for folder in ("pictures/diagrams", "build/deck/media", "x", "y"):
        (cards / folder).mkdir(parents=True)
    png = cards / "pictures" / "diagrams" / "benzene.png"
    _png(png)
    (cards / "build" / ".cheatdeck-manifest.json").write_text("{}")
    (cards / "build" / "deck" / "media" / "benzene.png").write_bytes(png.read_bytes())
    (cards / "x" / "ring.png").write_bytes(png.read_bytes())
    (cards / "y" / "ring.png").write_bytes(png.read_bytes())
    found = [
        d.message
        for d in [*load_corpus(cards).diagnostics, *pipeline.check(cards).report.diagnostics]
        if d.code == "missing-media"
    ]
    assert any("did you mean 'pictures/diagrams/benzene.png'?" in m for m in found), found
    assert not any("build/" in m for m in found), found
    assert any("did you mean 'x/ring.png' or 'y/ring.png'?" in m for m in found), found


@pytest.mark.parametrize("where", ["image", "inline"])
def test_a_large_image_is_kept_with_max_image_mb(tmp_path, where):
    """A 2.4 MB photo someone means to keep was a large-image warning that nothing but
    scaling it silenced, so `check --strict` could never pass: max_image_mb raises
    the limit, 0 lifts it, and the warning names the setting."""

    def large(name: str, settings: str) -> list[str]:  # loaded, then checked: one each
        found = _image_corpus(tmp_path / name, where, "images/photo.png", CORPUS + settings)
        return sorted({d.message for d in found if d.code == "large-image"})

    (warning,) = large("default", "")
    assert "write max_image_mb: 3 under 'settings:' in corpus.yaml" in warning
    assert large("raised", "settings:\n  max_image_mb: 3\n") == []
    assert large("lifted", "settings:\n  max_image_mb: 0\n") == []
    assert len(large("lowered", "settings:\n  max_image_mb: 1 MB\n")) == 1
    assert large("half", "settings:\n  max_image_mb: 2.5\n") == []


def test_an_image_inside_code_is_text(tmp_path):
    cards = write_corpus(
        tmp_path,
        {"a.yaml": topic('- id: a\n  kind: qa\n  question: Q?\n  answer: "Write `![x](y.png)`"\n')},
    )
    assert pipeline.check(cards).report.diagnostics == []


def test_inline_images_reach_anki_packed_and_renamed(tmp_path):
    from anki import collection as anki_collection
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    cards = write_corpus(
        tmp_path,
        {
            "a.yaml": topic(
                "- id: ring\n  kind: qa\n  question: Which ring? ![ring](images/benzene.png)\n"
                "  answer: Benzene ![dot](images/dot.png)\n"
            )
        },
    )
    _png(cards / "images" / "benzene.png")
    _png(cards / "images" / "dot.png", (3, 5))
    outcome = pipeline.build(cards, tmp_path / "out", [WRITER_NAMES["apkg"]])
    assert outcome.report.errors == 0, outcome.report.render()
    (tmp_path / "anki").mkdir()
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(tmp_path / "out" / "t.apkg"), options=ImportAnkiPackageOptions()
        )
        col.import_anki_package(request)
        (nid,) = col.find_notes("")
        note = col.get_note(nid)
        joined = "\n".join(note.fields)
        media = Path(col.media.dir())
        names = sorted(p.name for p in media.iterdir())
        assert len(names) == 2, names
        for name in names:
            assert f'src="{name}"' in joined
            assert (media / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert "images/" not in joined
    finally:
        col.close()


def test_inline_images_travel_with_every_study_export_and_the_sheet(tmp_path):
    cards = write_corpus(
        tmp_path,
        {
            "a.yaml": topic(
                "- id: ring\n  kind: qa\n  question: Which ring?\n"
                "  answer: Benzene ![ring](images/benzene.png)\n"
            )
        },
    )
    _png(cards / "images" / "benzene.png")
    data = (cards / "images" / "benzene.png").read_bytes()
    names = ["crowdanki", "mochi", "mnemosyne", "html", "md"]
    out = tmp_path / "out"
    outcome = pipeline.build(cards, out, [WRITER_NAMES[n] for n in names])
    assert outcome.report.errors == 0, outcome.report.render()
    deck = json.loads((out / "t.crowdanki" / "deck.json").read_text(encoding="utf-8"))
    (name,) = deck["media_files"]
    assert (out / "t.crowdanki" / "media" / name).read_bytes() == data
    raw = (out / "t.crowdanki" / "deck.json").read_text(encoding="utf-8")
    assert f'src=\\"{name}\\"' in raw and "images/" not in raw
    with zipfile.ZipFile(out / "t.mochi") as mochi:
        assert mochi.read("images-benzene.png") == data
        assert "](@media/images-benzene.png)" in mochi.read("data.json").decode("utf-8")
    with zipfile.ZipFile(out / "t.mnemosyne.cards") as mnemosyne:
        assert mnemosyne.read("images/benzene.png") == data
        xml = mnemosyne.read("cards.xml").decode("utf-8")
        assert 'src="images/benzene.png"' in xml.replace("&quot;", '"')
        assert "<fname>images/benzene.png</fname>" in xml
    sheet = (out / "t.html").read_text(encoding="utf-8")
    assert '<img class="inline" src="data:image/png;base64,' in sheet
    assert "images/benzene.png" in (out / "t.md").read_text(encoding="utf-8")


# ------------------------------------------------------------ math


def test_math_is_kept_from_markdown_and_reaches_every_output(tmp_path):
    from anki import collection as anki_collection
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    cards = write_corpus(
        tmp_path,
        {
            "a.yaml": topic(
                "- id: kinetic\n  kind: concept\n  term: Kinetic energy\n"
                "  definition: '\\(E_k = \\frac{1}{2} m v^2\\) *exactly*'\n"
                "- id: roots\n  kind: qa\n  question: Roots of \\(a x^2 + b x + c\\)?\n"
                "  answer: '\\[x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}\\]'\n"
            )
        },
    )
    out = tmp_path / "out"
    writers = [WRITER_NAMES[n] for n in ("apkg", "html", "md", "pdf")]
    outcome = pipeline.build(cards, out, writers)
    assert outcome.report.errors == 0, outcome.report.render()
    (tmp_path / "anki").mkdir()
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(out / "t.apkg"), options=ImportAnkiPackageOptions()
        )
        col.import_anki_package(request)
        fields = "\n".join(f for nid in col.find_notes("") for f in col.get_note(nid).fields)
    finally:
        col.close()
    assert "\\(E_k = \\frac{1}{2} m v^2\\) <em>exactly</em>" in fields
    assert "\\[x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}\\]" in fields
    markdown = (out / "t.md").read_text(encoding="utf-8")
    assert "$E_k = \\frac{1}{2} m v^2$" in markdown
    assert "$$x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}$$" in markdown
    sheet = (out / "t.html").read_text(encoding="utf-8")
    assert sheet.count('<img class="math') == 3 and "\\(" not in sheet
    assert sheet.count("<script") == 1 and "mathjax" not in sheet.lower()  # only sheet.js
    import subprocess

    pdf_text = subprocess.run(
        ["pdftotext", str(out / "t.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Kinetic energy" in pdf_text and "\\frac" not in pdf_text


def test_a_cloze_deletion_inside_math_stays_a_formula_on_every_sheet(tmp_path):
    """A deletion inside \\(…\\) is shown in LaTeX (underlined bold) inside the formula:
    a sheet mark there once put the picture's base64 on the page as text."""
    import subprocess

    cards = write_corpus(
        tmp_path,
        {
            "a.yaml": topic(
                "- id: euler\n  kind: cloze\n"
                "  text: 'Euler: \\(e^{i\\pi} + {{c1::1}} = {{c2::0::zero}}\\), {{c3::famous}}.'\n"
            )
        },
    )
    out = tmp_path / "out"
    outcome = pipeline.build(cards, out, [WRITER_NAMES[n] for n in ("html", "md", "pdf")])
    assert outcome.report.errors == 0, outcome.report.render()
    pdf_text = subprocess.run(
        ["pdftotext", str(out / "t.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Euler:" in pdf_text and "famous" in pdf_text
    assert "base64" not in pdf_text and "style=" not in pdf_text and "zero" not in pdf_text
    sheet = (out / "t.html").read_text(encoding="utf-8")
    statement = sheet[sheet.index("Euler:") :].split("</p>", 1)[0]
    assert statement.count('<img class="math"') == 1 and "&quot;" not in statement
    assert (
        'alt="e^{i\\pi} + \\underline{\\boldsymbol{1}} = \\underline{\\boldsymbol{0}}"' in statement
    )
    assert '<b class="cloze">famous</b>' in statement
    markdown = (out / "t.md").read_text(encoding="utf-8")
    formula = "$e^{i\\pi} + \\underline{\\boldsymbol{1}} = \\underline{\\boldsymbol{0}}$"
    assert f"Euler: {formula}, **famous**." in markdown


def test_math_the_sheets_cannot_typeset_is_warned(tmp_path):
    cards = write_corpus(
        tmp_path,
        {"a.yaml": topic("- id: a\n  kind: qa\n  question: Q?\n  answer: '\\(\\frac{1\\)'\n")},
    )
    (problem,) = pipeline.check(cards).report.diagnostics
    assert (problem.code, problem.severity) == ("bad-math", "warning")
    assert "\\(\\frac{1\\)" in problem.message


@pytest.mark.parametrize("latex", ["\\ce{SO4^2-}", "\\pu{8.314 J/(mol K)}", "\\AA"])
def test_a_command_ziamath_does_not_know_is_warned_and_shown_as_written(tmp_path, latex):
    """mhchem's \\ce{SO4^2-} was drawn on the sheets as the letters "\\ce" and an
    italic SO4² −, with no warning: a wrong formula."""
    cards = write_corpus(
        tmp_path,
        {"a.yaml": topic(f"- id: a\n  kind: qa\n  question: Q?\n  answer: '\\({latex}\\)'\n")},
    )
    (problem,) = pipeline.check(cards).report.diagnostics
    assert (problem.code, problem.severity) == ("bad-math", "warning")
    assert f"the sheets cannot typeset \\({latex}\\)" in problem.message, problem.message
    out = tmp_path / "out"
    outcome = pipeline.build(cards, out, [WRITER_NAMES["html"]])
    assert outcome.report.errors == 0, outcome.report.render()
    sheet = (out / "t.html").read_text(encoding="utf-8")
    assert '<img class="math"' not in sheet
    assert html.escape(latex, quote=False) in re.sub(r"<[^>]+>", "", sheet)


def test_math_with_an_unclosed_group_is_warned_and_shown_as_written(tmp_path):
    """ziamath drew \\frac{1}{2 as a half on the sheets, where Anki's MathJax shows an
    error: the sheet showed a formula other than the one written."""
    answer = "'\\(\\frac{1}{2\\) and \\(\\{1, 2\\}\\)'"
    cards = write_corpus(
        tmp_path, {"a.yaml": topic(f"- id: a\n  kind: qa\n  question: Q?\n  answer: {answer}\n")}
    )
    (problem,) = pipeline.check(cards).report.diagnostics
    assert (problem.code, problem.severity) == ("bad-math", "warning")
    assert "\\(\\frac{1}{2\\) opens 2 '{' and closes 1 '}'" in problem.message, problem.message
    assert "the sheets show it as written" in problem.message, problem.message
    out = tmp_path / "out"
    outcome = pipeline.build(cards, out, [WRITER_NAMES["html"]])
    assert outcome.report.errors == 0, outcome.report.render()
    sheet = (out / "t.html").read_text(encoding="utf-8")
    assert "\\(\\frac{1}{2\\)" in re.sub(r"<[^>]+>", "", sheet)
    assert sheet.count('<img class="math"') == 1  # \\{1, 2\\}: its braces are text


@pytest.mark.parametrize(
    ("answer", "opener", "closer"),
    [("'\\( \\frac{p}{1-p}'", "\\(", "\\)"), ("'\\(a\\) and \\[ b^2'", "\\[", "\\]")],
)
def test_a_formula_never_closed_is_warned(tmp_path, answer, opener, closer):
    """'\\( \\frac{p}{1-p}' with no '\\)' is no formula: Markdown shows '(' without its
    backslash on every sheet and in Anki, and nothing said so."""
    cards = write_corpus(
        tmp_path, {"a.yaml": topic(f"- id: a\n  kind: qa\n  question: Q?\n  answer: {answer}\n")}
    )
    (problem,) = pipeline.check(cards).report.diagnostics
    assert (problem.code, problem.severity) == ("bad-math", "warning")
    assert f"'{opener}' opens a formula that no '{closer}' closes" in problem.message
    assert problem.message.endswith(f"end the formula with {closer}")


@pytest.mark.parametrize(
    ("answer", "command"),
    [
        ("'\\bar{x} = \\frac{1}{n} \\sum x_i'", "\\frac"),
        ("'$\\mu$ is the mean'", "\\mu"),
        ("'\\(a\\) and then \\sigma^2'", "\\sigma"),
    ],
    ids=["no-delimiters", "dollars", "after-a-formula"],
)
def test_latex_outside_a_formula_is_warned(tmp_path, answer, command):
    """'\\frac{1}{n}' written without \\( \\) is shown as its source by every output,
    and nothing said so."""
    cards = write_corpus(
        tmp_path, {"a.yaml": topic(f"- id: a\n  kind: qa\n  question: Q?\n  answer: {answer}\n")}
    )
    (problem,) = pipeline.check(cards).report.diagnostics
    assert (problem.code, problem.severity) == ("bad-math", "warning")
    assert f"'{command}' is LaTeX outside a formula" in problem.message, problem.message
    assert "put the formula between \\( and \\)" in problem.message, problem.message


@pytest.mark.parametrize(
    "answer",
    [
        "'With `\\frac{a}{b}`.'",
        "'C:\\Users\\alpha\\Documents'",
        "'\\\\server\\sigma\\share'",
        "'\\(\\frac{1}{2}\\)'",
        "'a \\log of \\bin'",
    ],
    ids=["code-span", "windows-path", "share", "formula", "no-math-command"],
)
def test_a_backslash_word_that_is_no_stray_latex_is_left_alone(tmp_path, answer):
    cards = write_corpus(
        tmp_path, {"a.yaml": topic(f"- id: a\n  kind: qa\n  question: Q?\n  answer: {answer}\n")}
    )
    found = [problem.code for problem in pipeline.check(cards).report.diagnostics]
    # a share's two leading backslashes are Markdown's escape of one: lost-backslash says so
    assert found == (["lost-backslash"] if answer.startswith("'\\\\server") else []), found


def test_a_formula_in_a_section_heading_is_drawn_in_the_headings_white(tmp_path):
    """A picture does not take its text's colour: 'Probability \\( P(\\Omega) = 1 \\)'
    showed its formula black on the heading's dark bar, its words white."""
    import base64
    import re

    cards = write_corpus(
        tmp_path,
        {
            "a.yaml": "deck: X\ntitle: 'Probability \\( P(\\Omega) = 1 \\)'\ncards:\n"
            "- id: a\n  kind: qa\n  question: Q?\n  answer: '\\( \\Omega \\)'\n"
        },
    )
    out = tmp_path / "out"
    outcome = pipeline.build(cards, out, [WRITER_NAMES["html"]])
    assert outcome.report.errors == 0, outcome.report.render()
    sheet = (out / "t.html").read_text(encoding="utf-8")
    heading = re.search(r"<h2 data-title=.*?</h2>", sheet, re.S).group()
    card = sheet[sheet.index("Q?") :]

    def inks(html_text: str) -> set[str]:
        pictures = re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', html_text)
        return {
            ink
            for data in pictures
            for ink in re.findall(r'fill="([^"]+)"', base64.b64decode(data).decode())
        }

    assert inks(heading) == {"#fff"}
    assert "#fff" not in inks(card) and inks(card)


def test_text_that_is_no_math_is_left_alone():
    from cheatdeck.text import inline_html, plain

    assert inline_html("a \\(b") == "a (b"  # one delimiter: Markdown's escape, as before
    assert plain("`\\(x\\)` in code") == "\\(x\\) in code"
    from cheatdeck.writers.sheet.markdown import inline

    assert inline("\\(a\\) and `\\(b\\)`") == "$a$ and `\\(b\\)`"  # code stays code


# ------------------------------------------------------------ authoring help

#: card -> (code, words of the message)
AUTHORING = {
    "- id: a\n  kind: command\n  task: List tables\n  command: \\\\dt\n  lang: psqll\n": (
        "unknown-lang",
        "did you mean 'psql'",
    ),
    "- id: a\n  kind: QA\n  question: Q?\n  answer: A\n": ("unknown-kind", "did you mean 'qa'?"),
    "- id: a\n  kind: cloze\n  text: A {{c0::Region}}\n": ("bad-cloze", "numbered from c1"),
    "- id: a\n  kind: qa\n  question: Q?\n  answer: A\n  allow: [b]\n"
    "- id: bb\n  kind: qa\n  question: R?\n  answer: B\n": ("unknown-allow", "did you mean 'bb'?"),
}


@pytest.mark.parametrize("card", list(AUTHORING))
def test_authoring_mistakes_are_named_with_the_fix(tmp_path, card):
    code, words = AUTHORING[card]
    found = diagnostics(tmp_path, {"a.yaml": topic(card)})
    assert any(d.code == code and words in d.message for d in found), found


@pytest.mark.parametrize(
    "card",
    [
        "- id: a\n  kind: command\n  task: List tables\n  command: \\\\dt\n  lang: psql\n",
        "- id: a\n  kind: snippet\n  title: T\n  code: print(1)\n  lang: Python\n",
        "- id: a\n  kind: command\n  task: Find notes\n  command: git grep -n 'TODO\\|FIXME'\n",
        "- id: a\n  kind: snippet\n  title: T\n  lang: python\n  code: |\n"
        "    # TODO: remove\n    x = 1  # XXX\n",
        "- id: a\n  kind: qa\n  question: How is a TODO marked?\n  answer: Write `# TODO:`\n",
        "- id: a\n  kind: cloze\n  text: 'Jinja prints \\{\\{ name }} with {{c1::a variable}}'\n",
        "- id: a\n  kind: qa\n  question: Q?\n  answer: A\n  allow: [old]\n",
    ],
)
def test_what_is_right_is_not_nagged(tmp_path, card):
    cards = write_corpus(tmp_path, {"a.yaml": topic(card)}, corpus=CORPUS + "retired: [old]\n")
    assert pipeline.check(cards).report.diagnostics == []


def test_a_command_that_is_only_a_placeholder_is_one(tmp_path):
    cards = write_corpus(
        tmp_path, {"a.yaml": topic("- id: a\n  kind: command\n  task: T\n  command: TODO\n")}
    )
    (problem,) = pipeline.check(cards).report.diagnostics
    assert problem.code == "placeholder"


def test_checking_the_folder_above_the_corpus_names_the_corpus(tmp_path, monkeypatch):
    write_corpus(tmp_path, {"a.yaml": topic("- id: a\n  kind: qa\n  question: Q?\n  answer: A\n")})
    monkeypatch.chdir(tmp_path)
    (problem,) = load_corpus(Path(".")).diagnostics
    assert "did you mean `cheatdeck check cards`?" in problem.message


def test_a_literal_double_brace_in_a_cloze_reaches_anki_as_text(tmp_path):
    from cheatdeck.writers.anki.fields import cloze_html

    html = cloze_html("Jinja prints \\{\\{ name }} with {{c1::a variable}}")
    assert "{{c1::a variable}}" in html
    assert html.count("{{") == 1  # the literal braces are split so Anki ignores them


def test_a_literal_deletion_in_code_is_shown_as_written_on_every_sheet(tmp_path):
    """A cloze that teaches the syntax writes `\\{\\{c9::x\\}\\}` in code (the README's
    literal ``{{``): the HTML and PDF sheet revealed it again as a deletion, a bold "x"
    in an empty code span, while the Markdown sheet and Anki showed ``{{c9::x}}``."""
    text = r"Anki hides {{c1::deletions}}; `\{\{c9::x\}\}` is how one is written."
    card = "- id: a\n  kind: cloze\n  text: '" + text + "'\n"
    cards = write_corpus(tmp_path, {"a.yaml": topic(card)})
    out = tmp_path / "out"
    outcome = pipeline.build(cards, out, [WRITER_NAMES["html"], WRITER_NAMES["md"]])
    assert not outcome.report.failed(), outcome.report.render()
    page = (out / "t.html").read_text(encoding="utf-8")
    assert "<code>{{c9::x}}</code> is how one is written" in page
    assert '<b class="cloze">x</b>' not in page
    assert "`{{c9::x}}` is how one is written" in (out / "t.md").read_text(encoding="utf-8")


def test_tag_filter_accepts_kind_tags_and_suggests_near_misses(tmp_path):
    cards = write_corpus(
        tmp_path,
        {
            "a.yaml": topic(
                "- id: a\n  kind: qa\n  question: Q?\n  answer: A\n  tags: [postgres]\n"
                "- id: b\n  kind: concept\n  term: T\n  definition: D\n"
            )
        },
    )
    out = tmp_path / "out"
    outcome = pipeline.build(cards, out, [WRITER_NAMES["json"]], tags=["kind::concept"])
    data = json.loads((out / "t.json").read_text(encoding="utf-8"))
    assert [c["id"] for t in data["topics"] for c in t["cards"]] == ["b"], outcome.report
    with pytest.raises(pipeline.NoCardsSelected, match="did you mean 'postgres'"):
        pipeline.build(cards, out, [WRITER_NAMES["json"]], tags=["Postgress"])


def test_an_alias_bomb_is_bounded_by_its_expanded_text():
    big = "x" * 120_000
    text = f'deck: A\ntitle: A\nbig: &b "{big}"\ncards:\n' + "".join(
        f"  - id: c{i}\n    kind: qa\n    question: Q{i}?\n    answer: *b\n" for i in range(1000)
    )
    node, problem = compose(text, "a.yaml")
    assert node is None and problem.code == "unsafe-yaml"
    assert "120,150,799 characters" in problem.message


def test_shared_fields_by_alias_are_fine():
    text = "deck: A\ntitle: A\nbase: &b {kind: qa}\ncards:\n" + "".join(
        f"  - <<: *b\n    id: c{i}\n    question: Q{i}?\n    answer: a\n" for i in range(100)
    )
    node, problem = compose(text, "a.yaml")
    assert node is not None and problem is None


# ------------------------------------------------------------ the property

from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

#: Characters with no meaning in inline Markdown (those are tested one by one above):
#: letters of several scripts, digits and the punctuation YAML 1.1 reads as numbers,
#: times, booleans and null.
_SAFE = st.lists(
    st.sampled_from(
        list("abcXYZ019 .,:;-+=/()'\"?%@^é日ßΩ") + ["NULL", "no", "~", "0x", "1:30", "0700"]
    ),
    min_size=1,
    max_size=12,
).map(lambda parts: "".join(parts).strip())


def _visible_html(rendered: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"<[^>]*>", "", rendered))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_SAFE, quoted=st.booleans())
def test_any_text_yaml_can_hold_is_shown_as_written(text, quoted):
    import tempfile

    import yaml
    from markdown_it import MarkdownIt

    from cheatdeck.lock import card_data
    from cheatdeck.text import inline_html, typeset_math
    from cheatdeck.writers.sheet.markdown import inline as markdown_inline

    assume(text)
    assume("~~" not in text)  # "~~a~~" is Markdown's strikethrough: markup, not text
    written = json.dumps(text, ensure_ascii=False) if quoted else text
    if not quoted:  # only what YAML reads as one plain scalar holding exactly the text
        try:
            node = yaml.compose(f"answer: {written}\n", Loader=yaml.SafeLoader)
        except yaml.YAMLError:
            assume(False)
        value = node.value[0][1]
        assume(isinstance(value, yaml.ScalarNode) and value.value == text and not value.style)
    with tempfile.TemporaryDirectory() as folder:
        cards = write_corpus(
            Path(folder),
            {"a.yaml": topic(f"- id: a\n  kind: qa\n  question: Which?\n  answer: {written}\n")},
        )
        result = load_corpus(cards, cwd=Path(folder))
    assert result.corpus is not None, [d.to_text() for d in result.diagnostics]
    (card,) = result.corpus.cards()
    assert card.answer == text
    assert card_data(card)["answer"] == text  # JSON
    assert _visible_html(inline_html(text)) == text  # Anki field
    assert _visible_html(typeset_math(inline_html(text))) == text  # sheet
    shown = MarkdownIt("commonmark").renderInline(markdown_inline(text))
    assert _visible_html(shown) == text  # Markdown, as GitHub renders it


def test_a_control_character_never_reaches_an_export(tmp_path):
    cards = write_corpus(
        tmp_path, {"a.yaml": topic('- id: a\n  kind: qa\n  question: Q?\n  answer: "bell \\a"\n')}
    )
    out = tmp_path / "out"
    outcome = pipeline.build(cards, out, [WRITER_NAMES["mnemosyne"], WRITER_NAMES["md"]])
    assert [d.code for d in outcome.report.diagnostics] == ["control-char"]
    assert not out.exists() or not any(out.iterdir())


def test_a_corpus_with_errors_reports_the_valid_cards_problems_too(tmp_path):
    files = {
        "a.yaml": topic(
            "- id: bad\n  kind: qa\n  question: Which port?\n  answr: 5432\n"
            "- id: port-a\n  kind: limit\n  subject: Default port\n  value: 5432\n  unit: port\n"
        ),
        "b.yaml": "deck: X\ntitle: B\ncolour: red\ncards:\n"
        "  - id: port-b\n    kind: limit\n    subject: Default port\n    value: 5433\n"
        "    unit: port\n  - id: t\n    kind: qa\n    question: What?\n    answer: TODO\n",
        "c.yaml": topic(
            "- id: ok\n  kind: qa\n  question: Fine?\n  answer: 'Yes'\n  allow: [nope]\n"
        ),
    }
    cards = write_corpus(tmp_path, files)
    one = pipeline.check(cards).report
    codes = sorted(d.code for d in one.diagnostics)
    assert codes == [
        "conflicting-fact",
        "placeholder",
        "unknown-allow",
        "unknown-field",
        "unknown-field",
    ], codes
    assert one.render().endswith("1 card not checked for facts: fix the errors above\n")


@pytest.mark.parametrize(
    ("value", "fix"), [('"true"', "write reverse: true"), ("'False'", "write reverse: false")]
)
def test_a_quoted_boolean_is_told_to_drop_its_quotes(tmp_path, value, fix):
    (problem,) = diagnostics(
        tmp_path,
        {
            "a.yaml": topic(
                f"- id: a\n  kind: qa\n  question: Q?\n  answer: A\n  reverse: {value}\n"
            )
        },
    )
    assert problem.message.endswith(f"{fix} (without quotes)"), problem.message
