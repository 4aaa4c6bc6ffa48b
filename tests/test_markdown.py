"""The Markdown output read back with markdown-it-py: headings, anchors, tables, fences."""

from __future__ import annotations

import os

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.anchors import anchors_plugin

from conftest import CASES, run_cli

EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The kinds corpus built to Markdown twice (for determinism)."""
    from conftest import copy_corpus

    root = tmp_path_factory.mktemp("md")
    cards = copy_corpus("kinds", root)
    env = {**os.environ, **EPOCH}
    outs = []
    for name in ("one", "two"):
        out = root / name
        result = run_cli("build", cards, "-o", out, "-f", "md", env=env)
        assert result.returncode == 0, result.stdout + result.stderr
        outs.append((out / "kinds.md").read_text(encoding="utf-8"))
    return outs


def parse(text: str):
    md = MarkdownIt("gfm-like", {"linkify": False}).use(anchors_plugin, max_level=3)
    return md.parse(text), md.render(text)


def test_markdown_is_byte_identical_across_builds(built):
    assert built[0] == built[1]


def test_matches_the_golden_file(built, update_golden):
    golden = CASES / "kinds" / "expected" / "kinds.md"
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(built[0], encoding="utf-8")
    assert built[0] == golden.read_text(encoding="utf-8")


def test_headings_title_contents_and_one_section_per_topic(built):
    tokens, _ = parse(built[0])
    headings = [
        (tok.tag, tokens[i + 1].content)
        for i, tok in enumerate(tokens)
        if tok.type == "heading_open"
    ]
    assert headings == [
        ("h1", "Every Kind"),
        ("h2", "Contents"),
        ("h2", "Basics — concepts, questions, commands"),
        ("h2", "Numbers and tables"),
    ]


def test_contents_links_point_at_real_anchors(built):
    tokens, html = parse(built[0])
    ids = {tok.attrs.get("id") for tok in tokens if tok.type == "heading_open"}
    links = [
        child.attrs["href"]
        for tok in tokens
        if tok.type == "inline"
        for child in tok.children or ()
        if child.type == "link_open"
    ]
    internal = [href[1:] for href in links if href.startswith("#")]
    assert len(internal) == 2
    assert set(internal) <= ids


def test_tables_and_limits_are_pipe_tables(built):
    tokens, _ = parse(built[0])
    tables = [i for i, tok in enumerate(tokens) if tok.type == "table_open"]
    assert len(tables) == 2  # the limits and the storage table
    _, html = parse(built[0])
    assert "<th>Kind</th>" in html and "<td>Regional | multi-AZ</td>" in html


def test_code_is_fenced_with_its_language(built):
    tokens, _ = parse(built[0])
    fences = {
        (tok.info, tok.content.strip().splitlines()[0]) for tok in tokens if tok.type == "fence"
    }
    assert ("shell", "aws s3 ls") in fences
    assert ("python", "for i in range(3):") in fences
    assert ("json", "{") in fences


def test_raw_html_from_cards_is_text(built):
    tokens, _ = parse(built[0])
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    full = MarkdownIt("commonmark", {"html": True}).render(built[0])
    assert "<script>" not in full
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in full
    assert "<code>git checkout &lt;branch&gt;</code>" in full


def test_cloze_shows_deletions_emphasised(built):
    assert "A **Region** holds several **Availability Zones**." in built[0]


def test_a_cloze_answer_that_ends_in_a_space_is_bold_not_asterisks(tmp_path):
    """'{{c1::the set {x} }}' (the space Anki needs before its closing braces) was
    '**the set {x} **', which Markdown shows as written, asterisks and all."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: s\ntitle: S\ndeck: S\n", "utf-8")
    (cards / "sets.yaml").write_text(
        "deck: Sets\ntitle: Sets\ncards:\n  - id: braces\n    kind: cloze\n"
        "    text: A set is written {{c1::the set {x} }}.\n",
        "utf-8",
    )
    done = run_cli("build", cards, "-o", tmp_path / "out", "-f", "md")
    assert done.returncode == 0, done.stdout + done.stderr
    shown = (tmp_path / "out" / "s.md").read_text(encoding="utf-8")
    assert "<strong>the set {x}</strong> ." in MarkdownIt("commonmark").render(shown), shown


def test_cloze_deletions_without_a_blank_around_them_are_bold(tmp_path):
    """Japanese writes no blank between words: '私は{{c1::「学生」}}です' was
    '私は**「学生」**です' and two deletions side by side '**東京****へ**', which
    Markdown shows with their asterisks (a '**' between a letter and a bracket, or
    four in a row, neither opens nor closes). The marks go inside the brackets, and
    deletions side by side are one bold run; every character is shown as written."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: s\ntitle: S\ndeck: S\n", "utf-8")
    (cards / "ja.yaml").write_text(
        "deck: Ja\ntitle: Ja\ncards:\n"
        "  - {id: a, kind: cloze, text: '私は{{c1::「学生」}}です。'}\n"
        "  - {id: b, kind: cloze, text: '「{{c1::東京}}{{c2::へ}}行きます。」'}\n"
        "  - {id: c, kind: cloze, text: 'きのう{{c1::食べた。}}それから寝た。'}\n"
        "  - {id: d, kind: cloze, text: 'A set is written {{c1::(x, y)}}.'}\n",
        "utf-8",
    )
    done = run_cli("build", cards, "-o", tmp_path / "out", "-f", "md")
    assert done.returncode == 0, done.stdout + done.stderr
    shown = MarkdownIt("commonmark").render((tmp_path / "out" / "s.md").read_text("utf-8"))
    assert "私は「<strong>学生</strong>」です。" in shown, shown
    assert "「<strong>東京へ</strong>行きます。」" in shown, shown
    assert "きのう<strong>食べた</strong>。それから寝た。" in shown, shown
    assert "A set is written <strong>(x, y)</strong>." in shown, shown  # as before
    assert "**" not in shown, shown


def test_a_backslash_that_ends_a_text_is_shown_and_closes_nothing(tmp_path):
    """A keyboard shortcut "Ctrl+\\" ends in a backslash, which Markdown shows as written
    at the end of a text; but the sheet writes "**" after an answer (and "|" after a
    cell), and "**Ctrl+\\**" let it escape the first "*": the answer showed as
    "*<em>Ctrl+*</em>", the table's row lost a cell; the Obsidian export's highlight
    "==Alt+\\==" lost its end. Two backslashes stay two."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: s\ntitle: S\ndeck: S\n", "utf-8")
    (cards / "keys.yaml").write_text(
        "deck: Keys\ntitle: Keys\ncards:\n"
        "  - {id: a, kind: qa, question: Split the editor, answer: 'Ctrl+\\'}\n"
        "  - {id: b, kind: concept, term: 'Cmd+\\', definition: Split the editor on a Mac}\n"
        "  - {id: c, kind: cloze, text: 'Split it with {{c1::Alt+\\}}'}\n"
        "  - {id: d, kind: qa, question: Two backslashes?, answer: 'a\\\\'}\n"
        "  - id: e\n    kind: table\n    title: Splits\n    row_header: Action\n"
        "    columns: [Windows, macOS]\n    rows:\n      Split: ['Shift+\\', 'Fn+\\']\n",
        "utf-8",
    )
    done = run_cli("build", cards, "-o", tmp_path / "out", "-f", "md,obsidian")
    assert done.returncode == 0, done.stdout + done.stderr
    obsidian = (tmp_path / "out" / "s.obsidian.md").read_text("utf-8")
    assert "Split it with ==Alt+\\\\==" in obsidian, obsidian  # "\\==" escaped an "="
    md = MarkdownIt("commonmark").enable("table")
    shown = md.render((tmp_path / "out" / "s.md").read_text("utf-8"))
    assert "Split the editor: <strong>Ctrl+\\</strong>" in shown, shown
    assert "<strong>Cmd+\\</strong> — Split the editor on a Mac" in shown, shown
    assert "Split it with <strong>Alt+\\</strong>" in shown, shown
    assert "<strong>a\\</strong>" in shown, shown  # the card's "\\\\" shows one
    assert "<td>Shift+\\</td>\n<td>Fn+\\</td>" in shown, shown
    assert "*" not in shown, shown


def test_a_web_autolink_stays_a_link_and_other_angle_brackets_stay_text(tmp_path):
    """'<https://git-scm.com/docs>' is a link in Anki and the HTML sheet; the Markdown
    escaped its '<' and showed the brackets and the address as text."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: s\ntitle: S\ndeck: S\n", "utf-8")
    (cards / "git.yaml").write_text(
        "deck: Git\ntitle: Git\ncards:\n  - id: docs\n    kind: qa\n"
        "    question: Where is the Git manual?\n"
        "    answer: 'At <https://git-scm.com/docs>, not <javascript:alert(1)> nor <b>bold</b>'\n",
        "utf-8",
    )
    done = run_cli("build", cards, "-o", tmp_path / "out", "-f", "md")
    assert done.returncode == 0, done.stdout + done.stderr
    shown = MarkdownIt("commonmark", {"html": True}).render(
        (tmp_path / "out" / "s.md").read_text(encoding="utf-8")
    )
    assert '<a href="https://git-scm.com/docs">https://git-scm.com/docs</a>' in shown, shown
    assert "&lt;javascript:alert(1)&gt;" in shown and "&lt;b&gt;bold&lt;/b&gt;" in shown, shown


def test_a_dollar_written_in_text_is_no_math_delimiter(tmp_path):
    """GitHub reads '$…$' as math: "a $1 bet on red? **$-\\frac{1}{37}$**" paired the
    price's '$' with the formula's and typeset "1 bet on red? **" (GitHub's guide: escape
    a dollar that is no delimiter). A '\\$' the card wrote stays one backslash."""
    from mdit_py_plugins.dollarmath import dollarmath_plugin

    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: s\ntitle: S\ndeck: S\n", "utf-8")
    (cards / "bets.yaml").write_text(
        "deck: Bets\ntitle: Bets\ncards:\n  - id: roulette\n    kind: qa\n"
        "    question: Expected value of a $1 bet on red?\n"
        "    answer: '\\( -\\frac{1}{37} \\) dollars, \\$0.027 (`echo $HOME`)'\n",
        "utf-8",
    )
    done = run_cli("build", cards, "-o", tmp_path / "out", "-f", "md")
    assert done.returncode == 0, done.stdout + done.stderr
    tokens = (
        MarkdownIt("commonmark")
        .use(dollarmath_plugin)
        .parse((tmp_path / "out" / "s.md").read_text(encoding="utf-8"))
    )
    inline = [child for token in tokens if token.children for child in token.children]
    assert [t.content for t in inline if t.type == "math_inline"] == ["-\\frac{1}{37}"]
    shown = "".join(t.content for t in inline if t.type in ("text", "code_inline"))
    assert "Expected value of a $1 bet on red?" in shown and "dollars, $0.027 (" in shown
    assert "echo $HOME" in shown


def test_a_deletion_inside_code_is_bold_around_its_own_code_span(tmp_path):
    """`` `.a {{c1:://}} "x"` `` (jq) was `` `.a **//** "x"` ``: Markdown shows nothing
    inside code as markup, so the sheet showed the asterisks in the code."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: s\ntitle: S\ndeck: S\n", "utf-8")
    (cards / "jq.yaml").write_text(
        "deck: Jq\ntitle: Jq\ncards:\n  - id: alt\n    kind: cloze\n"
        "    text: '`.a {{c1:://}} \"x\"` yields x; `{{c2::{a: 1} }}` is an object.'\n",
        "utf-8",
    )
    done = run_cli("build", cards, "-o", tmp_path / "out", "-f", "md")
    assert done.returncode == 0, done.stdout + done.stderr
    shown = MarkdownIt("commonmark").render((tmp_path / "out" / "s.md").read_text("utf-8"))
    assert "**" not in shown, shown
    assert (
        "<code>.a</code> <strong><code>//</code></strong> <code>&quot;x&quot;</code> yields x; "
        "<strong><code>{a: 1}</code></strong> is an object." in shown
    ), shown


def test_a_line_of_dashes_or_equals_signs_stays_a_line_of_text(tmp_path):
    """An answer line '---' under another line made that line a heading inside the
    card's bullet (the answer's '**' shown as typed), '***' a rule and '~~~' opened a
    code block: the Markdown sheet keeps each line of a text as written."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: s\ntitle: S\ndeck: S\n", "utf-8")
    (cards / "md.yaml").write_text(
        "deck: Md\ntitle: Md\ncards:\n  - id: lines\n    kind: qa\n"
        "    question: Which lines does Markdown read as blocks?\n"
        "    answer: |\n      This one\n      ---\n      ***\n      ===\n      ~~~\n"
        "      and _ alone:\n      _\n",
        "utf-8",
    )
    done = run_cli("build", cards, "-o", tmp_path / "out", "-f", "md")
    assert done.returncode == 0, done.stdout + done.stderr
    tokens, shown = parse((tmp_path / "out" / "s.md").read_text("utf-8"))
    assert [t.type for t in tokens if t.type in ("hr", "fence", "code_block")] == []
    assert [t.markup for t in tokens if t.type == "heading_open"] == ["#", "##", "##"]
    answer = "This one<br />\n---<br />\n***<br />\n===<br />\n~~~<br />\nand _ alone:<br />\n_"
    assert f"<strong>{answer}</strong>" in shown, shown


def test_a_fence_or_a_table_rule_written_in_a_text_stays_text_as_on_the_html_sheet(tmp_path):
    """A note's lines '```text' ... '```' opened a fenced code block in the Markdown sheet
    (its closing '```*' shown as code, the note's italics as a bare '*'), and a line
    '| - | - |' made the line above it a table's heading and the note's lines below its
    rows; the HTML sheet and Anki show a code span and lines of text."""
    from cheatdeck.text import inline_html

    note = "Dose:\n```text\n35 g in 1 L\n```\n| a | b |\n| - | - |\nlast line"
    definition = "```python\nprint(1)\n```"
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: s\ntitle: S\ndeck: S\n", "utf-8")
    (cards / "bees.yaml").write_text(
        "deck: Bees\ntitle: Bees\ncards:\n  - id: oxalic\n    kind: concept\n"
        "    term: Oxalic acid\n    definition: |\n"
        + "".join(f"      {line}\n" for line in definition.split("\n"))
        + "    note: |\n"
        + "".join(f"      {line}\n" for line in note.split("\n")),
        "utf-8",
    )
    done = run_cli("build", cards, "-o", tmp_path / "out", "-f", "md")
    assert done.returncode == 0, done.stdout + done.stderr
    tokens, shown = parse((tmp_path / "out" / "s.md").read_text("utf-8"))
    assert [t.type for t in tokens if t.type in ("fence", "code_block", "table_open")] == []
    assert f"<strong>Oxalic acid</strong> — {inline_html(definition)}<br />" in shown, shown
    assert f"<em>{inline_html(note)}</em>" in shown.replace("<br />\n", "<br>"), shown


def test_a_german_corpus_gets_its_sheet_words_in_german_and_its_links_still_work(tmp_path):
    """With ``language: de`` the Markdown said "## Contents", "2 cards", "| Limit |
    Value |" and "(as of …)" among German cards."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(
        "name: k\ntitle: Küche\ndeck: Küche\nsettings:\n  language: de\n", "utf-8"
    )
    (cards / "brot.yaml").write_text(
        "deck: Brot\ntitle: Brot\ncards:\n  - id: gare\n    kind: limit\n"
        "    subject: Stückgare\n    value: 45\n    unit: min\n    as_of: 2026-11-01\n"
        "  - id: ofen\n    kind: command\n    task: Ofen vorheizen\n    command: ofen --an 250\n",
        "utf-8",
    )
    done = run_cli("build", cards, "-o", tmp_path / "out", "-f", "md")
    assert done.returncode == 0, done.stdout + done.stderr
    shown = (tmp_path / "out" / "k.md").read_text(encoding="utf-8")
    german_words = ("· 2 Karten ·", "## Inhalt", "| Grenze | Wert |", "(Stand 2026-11-01)")
    for german in (*german_words, "| Befehl | Wirkung |"):
        assert german in shown, (german, shown)
    for english in ("cards", "Contents", "Limit", "as of", "What it does"):
        assert english not in shown, (english, shown)
    tokens, _html = parse(shown)
    ids = {tok.attrs.get("id") for tok in tokens if tok.type == "heading_open"}
    assert "brot" in ids and "[Brot](#brot)" in shown, shown


def test_a_star_written_as_text_stays_a_star_inside_the_sheets_bold(tmp_path):
    """A lone '*' is text in a card ("the π* orbital", "a * b"), as on the HTML sheet;
    but the Markdown sheet writes "**" around answers, terms, row labels and a cloze's
    deletions, and a lone star inside them closed that bold early: GitHub showed
    "**The antibonding π* orbital**" as italics and stars. Emphasis written in the card,
    and stars in code, stay as written."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: s\ntitle: S\ndeck: S\n", "utf-8")
    (cards / "stars.yaml").write_text(
        "deck: Stars\ntitle: Stars\ncards:\n"
        "  - {id: a, kind: qa, question: Which orbital is empty?, answer: The π* orbital}\n"
        "  - {id: b, kind: concept, term: A* search, definition: 'Best-first, f = g + h'}\n"
        "  - {id: c, kind: cloze, text: 'The band is the {{c1::n→π*}} transition'}\n"
        "  - {id: d, kind: qa, question: Glob?, answer: '*.log files, or `*.txt` and *more*'}\n"
        "  - id: e\n    kind: table\n    title: Grades\n    row_header: Grade\n"
        "    columns: [Meaning]\n    rows:\n      A*: [top]\n",
        "utf-8",
    )
    done = run_cli("build", cards, "-o", tmp_path / "out", "-f", "md")
    assert done.returncode == 0, done.stdout + done.stderr
    md = MarkdownIt("commonmark").enable("table")
    shown = md.render((tmp_path / "out" / "s.md").read_text("utf-8"))
    assert "Which orbital is empty? <strong>The π* orbital</strong>" in shown, shown
    assert "<strong>A* search</strong> — Best-first" in shown, shown
    assert "The band is the <strong>n→π*</strong> transition" in shown, shown
    assert "<strong>*.log files, or <code>*.txt</code> and <em>more</em></strong>" in shown, shown
    assert "<td><strong>A*</strong></td>" in shown, shown


def test_a_text_of_many_stars_is_read_a_bounded_number_of_times(monkeypatch):
    """Reading a text once per star took 12 s for a field of 1,000 "a * b" and minutes
    for longer ones: a text without emphasis is read twice, one with emphasis at most
    once per star up to a bound."""
    from cheatdeck.writers.sheet import markdown

    calls = []
    real = markdown.inline_markdown
    monkeypatch.setattr(markdown, "inline_markdown", lambda text: calls.append(1) or real(text))
    plain_stars = markdown.literal_stars_escaped("a * b " * 1000)
    assert plain_stars == "a \\* b " * 1000 and len(calls) == 2, len(calls)
    calls.clear()
    emphasis = markdown.literal_stars_escaped("*x* π* " * 1000)
    assert emphasis.startswith("*x* π\\* *x* π\\* "), emphasis[:40]
    assert len(calls) <= markdown._STARS_READ_MAX + 1, len(calls)
