"""A Vim and tmux key corpus (probe56): what the loader says of keys written as Vim writes
them, and what the sheet and the terminal exports make of them."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from cheatdeck import pipeline


def diagnostics(tmp_path: Path, cards: str) -> list[str]:
    """``check`` of one topic, ``vim.yaml``, holding ``cards``: each line as printed."""
    folder = tmp_path / "keys"
    folder.mkdir()
    (folder / "corpus.yaml").write_text("name: keys\ntitle: Keys\ndeck: Keys\n", "utf-8")
    body = textwrap.indent(textwrap.dedent(cards).strip(), "  ")
    (folder / "vim.yaml").write_text(f"deck: Vim\ntitle: Vim\ncards:\n{body}\n", "utf-8")
    report = pipeline.check(folder).report
    return [d.to_text().split("vim.yaml:", 1)[-1] for d in report.sorted()]


def test_a_vim_key_with_a_bracket_is_not_taken_for_the_open_list_of_a_later_error(tmp_path):
    # '<C-[>' is a plain value ('[' inside it opens nothing): the error is the row below,
    # whose '{char}' YAML reads as a mapping inside the brackets
    found = diagnostics(
        tmp_path,
        """
        - id: vim-escape
          kind: qa
          question: Which key does the same as Esc?
          answer: <C-[>
        - id: vim-motions
          kind: table
          title: Motions
          columns: [Moves to]
          rows:
            "`f{char}`": [next {char} on the line]
        """,
    )
    assert found == [
        "13:20: error yaml-syntax: inside [ ], YAML reads { } [ ] , ` and a ':' that starts an "
        'item as its own: quote such an item: "`f{char}`": ["next {char} on the line"]'
    ]


def test_vim_keys_in_vim_code_are_code_and_a_placeholder_beside_them_is_one():
    from cheatdeck.highlight import code_html

    code = "inoremap jk <Esc>\nnnoremap <silent> <C-h> <C-w>h\n:e <file>"
    shown = code_html(code, "vim")
    assert re.findall(r'<span class="placeholder">(.*?)</span>', shown) == ["&lt;file&gt;"]
    assert html.unescape(re.sub(r"<[^>]+>", "", shown)) == code  # every character kept


def test_a_key_in_a_code_span_is_no_placeholder_in_any_language():
    from cheatdeck.highlight import mark_placeholders

    marked = mark_placeholders("&lt;C-r&gt; &lt;Leader&gt; &lt;S-Tab&gt; &lt;F5&gt; &lt;name&gt;")
    assert marked == (
        '&lt;C-r&gt; &lt;Leader&gt; &lt;S-Tab&gt; &lt;F5&gt; <span class="placeholder">'
        "&lt;name&gt;</span>"
    )
    # outside Vim code, a word Vim spells otherwise may name a thing to fill in
    assert mark_placeholders("&lt;end&gt;").startswith('<span class="placeholder">')
    assert mark_placeholders("&lt;tab&gt;").startswith('<span class="placeholder">')


def test_a_vim_key_in_a_shell_command_stays_as_written_in_the_tldr_page():
    from cheatdeck.writers.terminal.tldr import example

    command = """vim -c 'exe "norm \\<C-a>"' -c wq <file>"""
    assert example(command) == """vim -c 'exe "norm \\<C-a>"' -c wq {{file}}"""


TLDR_LINT = Path(__file__).parent / "js" / "node_modules" / ".bin" / "tldrl"


def tldr_page(tmp_path: Path, title: str) -> str:
    """The tldr page ``jq.md`` of a corpus titled ``title`` holding one jq command, after
    ``tldr-lint`` passed it."""
    from conftest import build_formats

    folder = tmp_path / "jq"
    folder.mkdir()
    (folder / "corpus.yaml").write_text(f"name: jq\ntitle: {title}\ndeck: jq\n", "utf-8")
    (folder / "basics.yaml").write_text(
        "deck: Basics\ntitle: jq basics\ncards:\n  - id: pretty\n    kind: command\n"
        "    task: Pretty-print a JSON file\n    command: jq . <file>\n",
        "utf-8",
    )
    out = build_formats(folder, tmp_path / "out", "tldr")
    if not TLDR_LINT.exists() or not shutil.which("node"):
        pytest.skip("tldr-lint not installed: npm ci --prefix tests/js")
    linted = subprocess.run(
        ["node", str(TLDR_LINT), str(out / "jq.tldr")], capture_output=True, text=True
    )
    assert linted.returncode == 0, linted.stdout + linted.stderr
    return (out / "jq.tldr" / "jq.md").read_text("utf-8")


def test_a_title_that_starts_with_its_program_in_small_letters_keeps_it_in_tldr(tmp_path):
    page = tldr_page(tmp_path, "jq and JSON on the command line")
    assert "\n> `jq` and JSON on the command line: jq basics.\n" in page  # not "Jq and JSON"


def test_a_title_that_starts_with_another_small_word_starts_with_a_capital(tmp_path):
    page = tldr_page(tmp_path, "my notes on jq")
    assert "\n> My notes on jq: jq basics.\n" in page


CHROMIUM = "/usr/bin/chromium"

TMUX_CONF = """\
deck: tmux
title: tmux
cards:
  - id: tmux-conf
    kind: snippet
    title: A small tmux.conf
    lang: bash
    code: |
      # split with | and -, in the current pane's directory
      bind | split-window -h -c "#{pane_current_path}"
      bind - split-window -v -c "#{pane_current_path}"
"""


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "install Debian's chromium (apt-get install chromium)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM)
        yield launched
        launched.close()


@pytest.mark.parametrize("width", [390, 768])
def test_a_short_quoted_string_in_code_is_never_broken_on_screen(browser, tmp_path, width):
    # Chromium ended a line with '"#' and began the next with '{pane_current_path}"':
    # a line with no ',' or ';' had its strings left free to break
    from test_probe54 import build, split_on_screen

    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: keys\ntitle: Keys\ndeck: Keys\n", "utf-8")
    (corpus / "tmux.yaml").write_text(TMUX_CONF, "utf-8")
    sheet = build(corpus, tmp_path / "out", "html") / "keys.html"
    assert split_on_screen(browser, sheet, width, "pane_current_path") == []
    assert split_on_screen(browser, sheet, width, '"#{pane_current_path}"') == []


def test_an_aside_beside_a_command_in_a_narrow_column_breaks_rather_than_overflow(tmp_path):
    # six columns on letter paper: "(it keeps running)", kept on one line, reached 14 px
    # past its column into the next one
    from conftest import run_cli

    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(
        "name: keys\ntitle: Keys\ndeck: Keys\nsettings:\n  paper: letter\n  columns: 6\n", "utf-8"
    )
    cards = "".join(
        f"  - id: tmux-{key}\n    kind: command\n    task: {task}\n"
        f"    command: Ctrl-b {key}\n    lang: text\n"
        for key, task in (
            ("d", "Detach from the session (it keeps running)"),
            ("c", "Open a new window"),
            ("z", "Zoom the pane to the whole window, and back"),
        )
    )
    (corpus / "tmux.yaml").write_text(f"deck: tmux\ntitle: tmux\ncards:\n{cards}", "utf-8")
    built = run_cli("build", "cards", "-o", "out", "-f", "pdf", cwd=tmp_path)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "overflow" not in built.stdout + built.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "out" / "keys.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "(it" in text and "running)" in text  # every word printed, the aside broken
    assert "(it keeps running)" not in text
