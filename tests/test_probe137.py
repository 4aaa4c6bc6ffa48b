"""probe137: a newcomer's YAML mistakes in a lighthouse corpus each get one line with the
fix, and tricky values reach every output as written."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cheatdeck.load import load_corpus
from cheatdeck.load.syntax import compose

CORPUS = "name: lh\ntitle: Lighthouses\ndeck: Lighthouses\n"
QA = "deck: Optics\ntitle: Optics\ncards:\n  - id: a\n    kind: qa\n    question: What is it?\n"
LIST = (
    "deck: Optics\ntitle: Optics\ncards:\n  - id: l\n    kind: list\n    title: Parts\n    items:\n"
)


def _messages(tmp_path: Path, topic: str) -> list[str]:
    cards = tmp_path / "lh"
    cards.mkdir(exist_ok=True)
    (cards / "corpus.yaml").write_text(CORPUS, encoding="utf-8")
    (cards / "optics.yaml").write_text(topic, encoding="utf-8")
    return [d.to_text() for d in load_corpus(cards, cwd=tmp_path).diagnostics]


@pytest.mark.parametrize(
    ("line", "fix"),
    [
        ("    answer: ? unknown", 'quote the value: answer: "? unknown"'),
        ("    answer: ?", 'quote the value: answer: "?"'),
    ],
)
def test_a_value_starting_with_a_question_mark_and_a_blank_says_to_quote_it(line, fix):
    """`answer: ? unknown` (a light whose range is not known) was PyYAML's own words,
    "mapping keys are not allowed in this context": no fix, nothing to type."""
    node, problem = compose(QA + line + "\n", "optics.yaml")
    assert node is None and problem is not None
    assert (problem.line, problem.col) == (7, 13), problem.to_text()
    assert "'? ' marks a YAML key" in problem.message, problem.message
    assert problem.message.endswith(fix), problem.message


@pytest.mark.parametrize(
    ("line", "fix"),
    [
        ("      - ? unlit", '- "? unlit"'),
        ("      - ? unlit # not known", '- "? unlit" # not known'),
        ("      - ?", '- "?"'),
    ],
)
def test_a_list_item_starting_with_a_question_mark_says_to_quote_it(tmp_path, line, fix):
    """`- ? unlit` was told "the item 'unlit:' has nothing after its ':'" (a colon never
    written) and `- ?` "an item is empty": YAML read each as a key with no value."""
    messages = _messages(tmp_path, LIST + line + "\n      - lamp\n")
    assert len(messages) == 1, messages
    assert messages[0].startswith("lh/optics.yaml:8:9: error wrong-type: '? ' marks a YAML key")
    assert messages[0].endswith(f"quote it: {fix}"), messages[0]


def test_an_item_whose_term_starts_with_a_question_mark_is_left_alone(tmp_path):
    assert _messages(tmp_path, LIST + "      - ?x: a term\n      - lamp\n") == []


def test_cards_keyed_by_their_ids_get_the_dash_to_write(tmp_path):
    """Cards written as a mapping of ids (`cards:` then `pharos:` and its fields) got
    "'cards' must be a list of cards", with nothing to type."""
    topic = "deck: Towers\ntitle: Towers\ncards:\n  pharos:\n    kind: qa\n"
    (message,) = _messages(tmp_path, topic)
    assert message.startswith("lh/optics.yaml:4:3: error wrong-type:"), message
    assert "write '- id: pharos' where 'pharos:' is" in message, message


@pytest.mark.parametrize("value", ["none", "3"])
def test_cards_that_are_no_list_say_how_a_card_is_written(tmp_path, value):
    (message,) = _messages(tmp_path, f"deck: Towers\ntitle: Towers\ncards: {value}\n")
    assert message.startswith("lh/optics.yaml:3:8: error wrong-type:"), message
    assert "as '- id: …'" in message, message


# ------------------------------------------------------------ a decimal with no zero


def _pdf_lines(tmp_path: Path, topic: str) -> list[str]:
    corpus = tmp_path / "lh"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(CORPUS, encoding="utf-8")
    (corpus / "ledger.yaml").write_text(topic, encoding="utf-8")
    command = [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(tmp_path)]
    built = subprocess.run([*command, "-f", "pdf", "-q"], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    text = subprocess.run(
        ["pdftotext", "-raw", str(tmp_path / "lh.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_decimal_written_without_its_zero_stays_on_one_line_of_the_pdf(tmp_path):
    """'1/2, written .5 in the ledger' printed 'written .' at one line's end and '5 in
    the ledger' at the next one's start: a sentence's full stop and another number. The
    PDF's line breaker (Pango, UAX #14 before Unicode 15.1) may break between a '.' and
    the digit after it when no digit comes before."""
    cards = "".join(
        f"  - id: ratio-{n}\n    kind: qa\n"
        f"    question: What share of the period does beacon {n + 1} stay dark?\n"
        f"    answer: A {'i' * n} share written .5 in the ledger\n"
        f"  - id: lens-{n}\n    kind: qa\n"
        f"    question: How thick is the glass of prism {n + 1}?\n"
        f"    answer: A {'i' * n} prism of .25 mm\n"
        for n in range(60)
    )
    lines = _pdf_lines(tmp_path, "deck: Ledger\ntitle: Ledger\ncards:\n" + cards)
    for above, below in zip(lines, lines[1:], strict=False):
        assert not (above.endswith(".") and below[:1].isdigit()), (above, below)
    assert sum("written .5 in" in line or line.endswith("written .5") for line in lines) == 60
    assert sum("of .25 mm" in line for line in lines) == 60, lines


# ------------------------------------------------------------ Logseq and backslashes

MLDOC = Path(__file__).resolve().parent / "js"


def _mldoc_plain(path: Path) -> list[str]:
    """The text of each block as Logseq's own parser, mldoc, reads it (its Plain runs
    and code spans, joined)."""
    result = subprocess.run(
        ["node", str(MLDOC / "mldoc_parse.js"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )

    def runs(title: list) -> str:
        return "".join(item[1] for item in title if item[0] in ("Plain", "Code"))

    return [runs(node[1]["title"]) for node, _ in json.loads(result.stdout) if node[0] == "Heading"]


@pytest.mark.skipif(
    not (MLDOC / "node_modules" / "mldoc").is_dir() or shutil.which("node") is None,
    reason="mldoc not installed: npm ci --prefix tests/js",
)
def test_logseq_keeps_a_backslash_before_a_letter_as_written(tmp_path):
    """'a\\b' reached Logseq as 'ab' and 'C:\\Keeper\\logs' as 'C:Keeperlogs': mldoc
    reads a backslash before any ASCII letter as an escape, where the card's Markdown
    (CommonMark) keeps it; before punctuation both read an escape, and before a digit, a
    blank or another script mldoc keeps it too."""
    corpus = tmp_path / "lh"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text(CORPUS, encoding="utf-8")
    answers = {
        "marks": "a\\b",
        "path": "the log is C:\\Keeper\\logs\\night.txt",
        "share": "a share: \\\\pharos\\logs (the first one an escape)",
        "odd": "three: \\\\\\U",
        "digits": "\\5 and \\é stay",
        "code": "`C:\\Keeper` in code",
        "math": "\\(\\alpha + 1\\) in a formula",
    }
    cards = "".join(
        f"  - id: ledger-{key}\n    kind: qa\n    question: Which ledger entry is {key}?\n"
        f"    answer: '{answer}'\n"
        for key, answer in answers.items()
    )
    (corpus / "ledger.yaml").write_text(
        "deck: Ledger\ntitle: Ledger\ncards:\n" + cards, encoding="utf-8"
    )
    command = [sys.executable, "-m", "cheatdeck", "build", str(corpus), "-o", str(tmp_path)]
    built = subprocess.run([*command, "-f", "logseq", "-q"], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    plain = _mldoc_plain(tmp_path / "lh.logseq.md")
    assert "a\\b" in plain, plain
    assert "the log is C:\\Keeper\\logs\\night.txt" in plain, plain
    # as the sheet shows it: CommonMark reads each "\\\\" as one backslash
    assert "a share: \\pharos\\logs (the first one an escape)" in plain, plain
    assert "three: \\\\U" in plain, plain
    assert "\\5 and \\é stay" in plain, plain
    assert "C:\\Keeper in code" in plain, plain
