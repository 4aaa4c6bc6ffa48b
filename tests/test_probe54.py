"""A jq learner's corpus (probe54): jq programs and shell commands as the outputs lay
them out. Browser tests use Debian's chromium through Playwright, as
tests/test_sheet_browser.py does; Playwright never downloads a browser.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cheatdeck import highlight

CHROMIUM = "/usr/bin/chromium"

TOPIC = r"""
deck: Jq
title: jq
cards:
  - id: cfg-print
    kind: command
    task: Print the settings
    command: cat ~/.config/app/config.json
  - id: cfg-point
    kind: command
    task: Point at the settings
    command: app --config=/etc/app/config.json
  - id: cfg-check
    kind: command
    task: Check the settings
    command: jq empty config.json
  - id: leaf-paths
    kind: snippet
    title: Print every leaf path as a dotted string
    lang: text
    code: |
      paths(scalars) as $p
      | "\($p | map(tostring) | join(".")) = \(getpath($p))"
  - id: key-value
    kind: command
    task: Print each key=value pair of an object, one a line, for a shell to read
    command: jq -r 'to_entries[] | "\(.key)=\(.value)" | ascii_downcase' <file.json>
"""


def build(corpus: Path, out: Path, formats: str) -> Path:
    """``cheatdeck build CORPUS -o OUT -f FORMATS`` as a user runs it; OUT."""
    command = [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(out)]
    result = subprocess.run([*command, "-f", formats], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="module")
def jq_sheet(tmp_path_factory) -> Path:
    """The HTML sheet of the jq topic above."""
    root = tmp_path_factory.mktemp("jq")
    corpus = root / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: jq\ntitle: jq\ndeck: Jq\n", "utf-8")
    (corpus / "jq.yaml").write_text(textwrap.dedent(TOPIC), "utf-8")
    return build(corpus, root / "out", "html") / "jq.html"


# Where each occurrence of a string begins a line other than the one it ends on: the
# text of the page as one string, each occurrence a range over its text nodes.
SPLIT_WORDS = """(word) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [], starts = [];
  let all = '';
  while (walker.nextNode()) {
    nodes.push(walker.currentNode); starts.push(all.length); all += walker.currentNode.data;
  }
  const at = pos => {
    let k = 0;
    while (k + 1 < nodes.length && starts[k + 1] <= pos) k++;
    return [nodes[k], pos - starts[k]];
  };
  const split = [];
  for (let i = all.indexOf(word); i >= 0; i = all.indexOf(word, i + 1)) {
    const range = document.createRange();
    range.setStart(...at(i));
    const [end, offset] = at(i + word.length - 1);
    range.setEnd(end, offset + 1);
    const tops = new Set([...range.getClientRects()]
      .filter(rect => rect.width > 0).map(rect => Math.round(rect.top)));
    if (tops.size > 1) split.push(all.slice(Math.max(0, i - 20), i + word.length + 5));
  }
  return split;
}"""


def split_on_screen(browser, page_path: Path, width: int, word: str) -> list[str]:
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(page_path.as_uri())
        return page.evaluate(SPLIT_WORDS, word)
    finally:
        page.close()


@pytest.mark.parametrize("width", [1440, 768])
def test_a_file_name_in_a_command_beside_its_task_is_never_broken(browser, jq_sheet, width):
    # at 1440 px "cat ~/.config/app/config.j" ended a line and "son" began the next: the
    # command's word was longer than the command's cell beside its task
    assert split_on_screen(browser, jq_sheet, width, "config.json") == []


def test_a_short_command_still_sits_beside_its_task_on_screen(jq_sheet):
    html = jq_sheet.read_text("utf-8")
    check = html.index("jq empty")
    assert html.rfind('class="cmd-row"', 0, check) > html.rfind('class="task"', 0, check)


@pytest.mark.parametrize("width", [1440, 390])
def test_code_never_wraps_between_a_backslash_and_what_it_escapes(browser, jq_sheet, width):
    # jq's string interpolation "\(getpath($p))" wrapped as "= \" over "(getpath…":
    # the line read as continued, and the escape as two characters
    assert split_on_screen(browser, jq_sheet, width, "\\(getpath") == []


def test_a_dotted_placeholder_in_a_shell_command_is_a_placeholder():
    # the tldr, navi and cheat exports made "{{file.json}}" of it; the sheets and Anki
    # showed "<file.json>" as plain code
    shown = highlight.code_html("jq -r '.name' <file.json> > <out.txt>", "shell")
    assert '<span class="placeholder">&lt;file.json&gt;</span>' in shown
    assert '<span class="placeholder">&lt;out.txt&gt;</span>' in shown


def test_a_header_in_angle_brackets_stays_code_outside_the_shell():
    shown = highlight.code_html("#include <stdio.h>\n#include <sys/types.h>", "c")
    assert "placeholder" not in shown


GROUPED = r"""
deck: Edit
title: Editing
cards:
  - id: files
    kind: table
    title: Files
    columns: [Holds]
    rows:
      "`config.json`": [settings]
  - id: search-replace
    kind: list
    title: Search and replace
    group: Vim editing
    items:
      - "`:s/a/b/`": replace in the line
      - "`:%s/a/b/g`": replace in the file
"""


def word_heights(pdf: Path) -> dict[str, float]:
    """The drawn height of each word pdftotext finds (the last one of a word's kind)."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', xml)
    return {word: float(bottom) - float(top) for top, bottom, word in found}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_group_heading_is_no_smaller_than_the_list_title_under_it(tmp_path):
    # on letter paper "Vim editing" was set smaller than "Search and replace" right
    # under it: the group read as a footnote to its own first card's title
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: g\ntitle: G\ndeck: G\n", "utf-8")
    (corpus / "edit.yaml").write_text(textwrap.dedent(GROUPED), "utf-8")
    out = tmp_path / "out"
    subprocess.run(
        [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(out), "-f", "pdf"]
        + ["--paper", "letter"],
        capture_output=True,
        check=True,
        timeout=300,
    )
    heights = word_heights(out / "g.pdf")
    assert heights["Vim"] >= heights["Search"] - 0.01


def test_a_tab_escape_inside_code_in_double_quotes_is_an_error_with_single_quotes(tmp_path):
    # '"`a\tb\t1`"' (what jq's @tsv prints) showed "a b 1": YAML made tabs of the '\t'
    # written to be shown; a line break written between words ("one\ntwo") stays one
    from cheatdeck.load import load_corpus

    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: D\n", "utf-8")
    (corpus / "a.yaml").write_text(
        "deck: X\ntitle: X\ncards:\n"
        "  - id: formats\n    kind: table\n    title: Formats\n    columns: [Prints]\n"
        "    rows:\n"
        '      "`@tsv`": ["`a\\tb\\t1`"]\n'
        '  - id: lines\n    kind: qa\n    question: Two lines?\n    answer: "one\\ntwo"\n',
        "utf-8",
    )
    (problem,) = load_corpus(corpus, cwd=tmp_path).diagnostics
    assert (problem.code, problem.line, problem.col) == ("yaml-syntax", 9, 21), problem
    assert problem.message == (
        "in double quotes '\\t' is an escape (a tab), so '\\t' loses its backslash and 't': "
        "write the value in single quotes: '`a\\tb\\t1`'"
    )


def test_a_placeholder_in_tldr_double_braces_is_warned_with_the_name_to_write(tmp_path):
    # 'jq .name {{path/to/file}}', as a reader of tldr pages writes it, passed check in
    # silence: the shell passes the braces, and no output showed a placeholder
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: c\ntitle: C\ndeck: C\n", "utf-8")
    (corpus / "c.yaml").write_text(
        "deck: C\ntitle: C\ncards:\n"
        "  - id: tldr\n    kind: command\n    task: Print a field\n"
        "    command: jq .name {{path/to/file}} > {{out.json}}\n"
        "  - id: template\n    kind: command\n    task: Show a container's state\n"
        "    command: docker inspect -f '{{.State.Status}}' <container>\n",
        "utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "cheatdeck", "check", str(corpus)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    warned = [line for line in done.stdout.splitlines() if "placeholder-notation" in line]
    assert warned == [
        f"{corpus / 'c.yaml'}:7:14: warning placeholder-notation: 'command' of tldr writes "
        "'{{path/to/file}}', '{{out.json}}' in braces: a shell passes the braces as written, "
        "and the sheets, Anki and the tldr, navi and cheat exports read only <name> as a "
        "placeholder: write <file>, <out.json> (command: jq .name <file> > <out.json>); if "
        "the braces are meant (xargs -I {f}), quote them: '{f}'",
    ], done.stdout
