"""Bad input as a newcomer makes it, through the real command line: one line
``FILE:LINE:COL: severity code: message`` saying what to type, no traceback, and a
build that writes nothing. (The cases test_load.py and test_cli.py do not cover.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import run_cli

CORPUS = b"name: sailing\ntitle: Sailing\ndeck: Sailing\n"
TOPIC = (
    "deck: Knots\ntitle: Knots\ncards:\n  - id: bowline\n    kind: qa\n"
    "    question: Which knot makes a fixed loop?\n    answer: The bowline.\n"
)


def corpus_with(tmp_path: Path, files: dict[str, bytes]) -> Path:
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_bytes(CORPUS)
    for name, data in files.items():
        (cards / name).write_bytes(data)
    return cards


def only_error(tmp_path: Path, cards: Path) -> str:
    """The one diagnostic line of ``check``, after a build that wrote nothing."""
    built = run_cli("build", "cards", "-o", "out", "-f", "md", cwd=tmp_path)
    assert built.returncode == 1, built.stdout + built.stderr
    assert "Traceback" not in built.stderr
    assert not (tmp_path / "out").exists() and not (cards / "cheatdeck.lock").exists()
    checked = run_cli("check", "cards", cwd=tmp_path)
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    lines = checked.stdout.splitlines()
    assert len(lines) == 2 and lines[1].startswith("1 error,"), checked.stdout
    return lines[0]


def test_a_windows_file_in_cp1252_points_at_its_smart_quote_and_names_the_encoding(tmp_path):
    # Notepad's "ANSI": a BOM, CRLF and a curly quote as one byte (0x93)
    text = TOPIC.replace("The bowline.", "The “bowline”.").replace("\n", "\r\n")
    cards = corpus_with(tmp_path, {"knots.yaml": b"\xef\xbb\xbf" + text.encode("cp1252")})
    assert only_error(tmp_path, cards) == (
        "cards/knots.yaml:7:17: error encoding: byte 0x93 is not UTF-8: the file looks saved "
        "as Windows-1252 (where it is '“'): save the file as UTF-8 (in your editor: Save As, "
        "encoding UTF-8)"
    )


@pytest.mark.parametrize(
    ("answer", "codec", "named"),
    [
        ("Привет, как дела? Всё хорошо.", "cp1251", "Windows-1251 (where it is 'П')"),
        ("שָׁלוֹם", "cp1255", "Windows-1255 (where it is 'ש')"),
        ("مرحبا", "cp1256", "Windows-1256 (where it is 'م')"),
        ("食べる", "shift_jis", "Shift_JIS (where it is '食')"),
        ("日本語の勉強は楽しいです。", "euc_jp", "EUC-JP (where it is '日')"),
        ("这是一个很长的中文句子，用来测试。", "gbk", "GBK (where it is '这')"),
        ("Größe und Été", "cp1252", "Windows-1252 (where it is 'ö')"),
    ],
)
def test_a_file_in_a_windows_or_east_asian_encoding_names_that_encoding(
    tmp_path, answer, codec, named
):
    """A Russian file saved as Windows-1251 was said to look 'saved as Windows-1252
    (where it is 'Ï')': untrue, and no help in finding the encoding to convert from."""
    text = TOPIC.replace("The bowline.", answer)
    cards = corpus_with(tmp_path, {"knots.yaml": text.encode(codec)})
    line = only_error(tmp_path, cards)
    col = 13 + answer.index(named[named.index("'") + 1])
    assert line.startswith(f"cards/knots.yaml:7:{col}: error encoding: byte 0x"), line
    assert line.endswith(f"is not UTF-8: the file looks saved as {named}: {SAVE}"), line


def test_a_word_that_reads_as_words_in_several_encodings_is_shown_in_each(tmp_path):
    """Hebrew without its points reads as letters in Windows-1251 and 1253 too: which
    one is the file's, only its author can tell, seeing their own word."""
    text = TOPIC.replace("The bowline.", "שלום")
    cards = corpus_with(tmp_path, {"knots.yaml": text.encode("cp1255")})
    assert only_error(tmp_path, cards) == (
        "cards/knots.yaml:7:13: error encoding: byte 0xf9 is not UTF-8: the file looks saved "
        "in another encoding, and the word there reads 'щмен' in Windows-1251, 'ωμεν' in "
        "Windows-1253, 'שלום' in Windows-1255 or '盒孼' in EUC-KR: open it in the one that "
        f"shows your text, then {SAVE}"
    )


SAVE = "save the file as UTF-8 (in your editor: Save As, encoding UTF-8)"


def test_a_bom_crlf_utf8_file_is_read_as_written(tmp_path):
    text = TOPIC.replace("The bowline.", "The “bowline”.").replace("\n", "\r\n")
    cards = corpus_with(tmp_path, {"knots.yaml": b"\xef\xbb\xbf" + text.encode("utf-8")})
    built = run_cli("build", "cards", "-o", "out", "-f", "md", cwd=tmp_path)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "The “bowline”." in (tmp_path / "out" / "sailing.md").read_text("utf-8")
    assert cards.is_dir()


def test_a_utf16_file_says_so(tmp_path):
    cards = corpus_with(tmp_path, {"knots.yaml": TOPIC.encode("utf-16")})
    assert only_error(tmp_path, cards) == (
        "cards/knots.yaml:1:1: error encoding: the file is UTF-16 (Windows calls it 'Unicode'): "
        "save the file as UTF-8 (in your editor: Save As, encoding UTF-8)"
    )


def topic_line(tmp_path: Path, cards_yaml: str) -> str:
    """The one error of a topic whose cards are ``cards_yaml``."""
    topic = "deck: Knots\ntitle: Knots\ncards:\n" + cards_yaml
    return only_error(tmp_path, corpus_with(tmp_path, {"knots.yaml": topic.encode()}))


CARD = "  - id: bowline\n    kind: qa\n"
LIST = "  - id: families\n    kind: list\n    title: Knot families\n    items:\n"


@pytest.mark.parametrize(
    "cards_yaml, expected",
    [
        (  # the closing quote forgotten: YAML read on to the next card's quote
            CARD + '    question: "Which loop?\n    answer: The bowline.\n'
            "  - id: cleat\n    kind: qa\n"
            '    question: "Which hitch?"\n    answer: The cleat hitch.\n',
            "6:15: error yaml-syntax: this value's quote (\") is never closed: end the value "
            'with it on the same line: question: "Which loop?"',
        ),
        (  # ... read on into a formula, whose quotes are inside its value
            CARD + '    question: Which error?\n    answer: "#DIV/0!\n'
            "  - id: join\n    kind: command\n    task: Join two names\n"
            '    command: =A2&" "&B2\n    lang: text\n',
            "7:13: error yaml-syntax: this value's quote (\") is never closed: end the value "
            'with it on the same line: answer: "#DIV/0!"; if the quote is part of it, '
            "write answer: '\"#DIV/0!'",
        ),
        (  # ... and stopped inside the formula, after the quote it took for the end
            CARD + '    question: Which error?\n    answer: "#DIV/0!\n'
            "  - id: yes-no\n    kind: command\n    task: Yes or no\n"
            '    command: =IF(A2="yes";"Y";"N")\n    lang: text\n',
            "7:13: error yaml-syntax: this value's quote (\") is never closed: end the value "
            'with it on the same line: answer: "#DIV/0!"; if the quote is part of it, '
            "write answer: '\"#DIV/0!'",
        ),
        (  # ... and at the end of the file
            CARD + "    question: Which loop?\n    answer: 'The bowline.\n",
            "7:13: error yaml-syntax: this value's quote (') is never closed: end the value "
            "with it on the same line: answer: 'The bowline.'",
        ),
        (  # quotes inside a quoted value
            CARD + '    question: Which loop?\n    answer: "The "bowline" knot"\n',
            '7:13: error yaml-syntax: a value that starts with a quote (") ends at the next '
            "one: to keep quotes inside it, write answer: 'The \"bowline\" knot'",
        ),
        (
            CARD + "    question: What's the loop?\n    answer: 'It's a bowline'\n",
            "7:13: error yaml-syntax: a value that starts with a quote (') ends at the next "
            'one: to keep quotes inside it, write answer: "It\'s a bowline"',
        ),
        (  # a colon forgotten
            CARD + "    question Which loop?\n    answer: The bowline.\n",
            "6:5: error yaml-syntax: 'question Which loop?' has no ':' after its key: "
            "write question: Which loop?",
        ),
        (
            "  - id bowline\n    kind: qa\n    question: Which loop?\n    answer: The bowline.\n",
            "4:5: error yaml-syntax: 'id bowline' has no ':' after its key: write id: bowline",
        ),
        (
            CARD + "    question: Which loop?\n    answer\n",
            "7:5: error yaml-syntax: 'answer' has no ':' after its key: write answer: …",
        ),
        (  # a value's second line at the key's indent: a continuation, not a key
            CARD + "    question: Which loop?\n    answer: The bowline,\n    tied in a bight.\n",
            "8:5: error yaml-syntax: 'tied in a bight.' has no ':' after its key: if it goes on "
            "with 'answer' above, indent it further than 'answer' (6 spaces); if it is a "
            "field, write tied: in a bight.",
        ),
        (  # a quoted row label without its ':': said was to quote the correct row below
            "  - id: persons\n    kind: table\n    title: amo\n    columns: [Sg, Pl]\n"
            '    rows:\n      First: [amo, amamus]\n      "Third person" [amat, amant]\n'
            "      Second: [amas, amatis]\n",
            "10:7: error yaml-syntax: '\"Third person\" [amat, amant]' has no ':' after its "
            'key: write "Third person": [amat, amant]',
        ),
        (  # ... its ':' typed inside the quotes, as the last row
            "  - id: persons\n    kind: table\n    title: amo\n    columns: [Sg, Pl]\n"
            '    rows:\n      First: [amo, amamus]\n      "Third:" [amat, amant]\n',
            "10:7: error yaml-syntax: '\"Third:\" [amat, amant]' has no ':' after its key, "
            "the ':' inside its quotes is text: write \"Third\": [amat, amant]",
        ),
        (  # a list item that starts with a quoted word: the parser's own words were shown
            LIST + '      - "cum" with\n      - sine\n',
            '8:9: error yaml-syntax: a value that starts with a quote (") ends at the next '
            "one: to keep the quotes in the text, quote it whole: - '\"cum\" with'; to make "
            "'cum' a term, write - \"cum\": with",
        ),
        (  # 'Ablative::' read as the row label 'Ablative:', shown so on every card
            "  - id: cases\n    kind: table\n    title: Cases\n    columns: [Sg, Pl]\n"
            "    rows:\n      Dative: [puellae, puellis]\n      Ablative:: [puella, puellis]\n",
            "10:7: error table-shape: row label 'Ablative:' ends in a second ':': write "
            "Ablative: [puella, puellis] (to keep the ':' in the label, quote it: \"Ablative:\")",
        ),
        (  # a second ': ' in a list item, below an item without one: not a misplaced card
            LIST + "      - Bends join two lines\n      - Hitches: tie a line: to a post\n",
            "9:18: error yaml-syntax: ': ' inside a value starts a new key in YAML: to write "
            'it as text, quote the value: Hitches: "tie a line: to a post"',
        ),
        (  # ... and as the first item
            LIST + "      - Hitches: tie a line: to a post\n",
            "8:18: error yaml-syntax: ': ' inside a value starts a new key in YAML: to write "
            'it as text, quote the value: Hitches: "tie a line: to a post"',
        ),
    ],
)
def test_a_quote_or_colon_forgotten_is_shown_where_it_was_forgotten(tmp_path, cards_yaml, expected):
    assert topic_line(tmp_path, cards_yaml) == f"cards/knots.yaml:{expected}"


VIM = "  - id: keys\n    kind: {kind}\n    title: Keys\n"


@pytest.mark.parametrize(
    "cards_yaml, expected",
    [
        (  # a register key: the quote is the key's, not YAML's
            "  - id: yank\n    kind: command\n    task: Yank into register a\n"
            '    command: "ayy\n    lang: vim\n',
            "7:14: error yaml-syntax: this value's quote (\") is never closed: end the value "
            'with it on the same line: command: "ayy"; if the quote is part of it, '
            "write command: '\"ayy'",
        ),
        (  # a list item's term that YAML reads as a folded block: quote the term only
            VIM.format(kind="list") + "    items:\n      - d: delete\n      - >: indent right\n",
            "9:9: error yaml-syntax: '>' starts a folded block of lines: to keep '>' a term, "
            'quote it: - ">": indent right',
        ),
        (  # a row written without its list: the label as written, quotes kept
            VIM.format(kind="table")
            + "    row_header: Key\n    columns: [Moves to]\n    rows:\n"
            + '      "*": next match of the word\n',
            "10:12: error wrong-type: row '*' must be a list with one cell per column: write "
            '"*": [next match of the word]',
        ),
        (  # a Vim pattern's "\/" in double quotes: YAML reads "/", the backslash lost
            "  - id: sub\n    kind: command\n    task: Replace /usr/bin with /opt\n"
            '    command: ":%s/\\/usr\\/bin/\\/opt/g"\n    lang: vim\n',
            "7:19: error yaml-syntax: in double quotes '\\/' is an escape for '/', so it loses "
            "its backslash: write the value in single quotes: command: ':%s/\\/usr\\/bin/\\/opt/g'",
        ),
    ],
    ids=["register-key", "term-indicator", "row-label-quoted", "escaped-slash"],
)
def test_vim_keys_get_a_fix_that_keeps_what_was_meant(tmp_path, cards_yaml, expected):
    """Each fix a message gives, typed in, reads the key as written: ``command: "ayy"``
    dropped the register's quote, ``- ">: indent right"`` made the term plain text, and
    ``*: [next match]`` is a YAML alias; and ``"\\/"`` silently lost its backslash."""
    assert topic_line(tmp_path, cards_yaml) == f"cards/knots.yaml:{expected}"


@pytest.mark.parametrize(
    "card, expected",
    [
        (
            "  - id: bowline\n    type: QA\n    question: Which loop?\n    answer: Bowline.\n",
            "5:5: error missing-field: card has no 'kind': write kind: qa (not type: QA)",
        ),
        (
            "  - id: bowline\n    question: Which loop?\n    answer: Bowline.\n",
            "4:5: error missing-field: card has no 'kind': its fields are a qa card's: "
            "add kind: qa",
        ),
        (
            "  - id: knots\n    title: Knot families\n    items: [Bends, Hitches]\n",
            "4:5: error missing-field: card has no 'kind': its fields are a list card's: "
            "add kind: list",
        ),
    ],
)
def test_a_card_without_kind_says_which_kind_to_write(tmp_path, card, expected):
    assert topic_line(tmp_path, card) == f"cards/knots.yaml:{expected}"


def test_a_topic_file_of_only_a_document_marker_is_an_empty_topic_file(tmp_path):
    cards = corpus_with(tmp_path, {"knots.yaml": b"---\n# to do\n", "ok.yaml": TOPIC.encode()})
    assert only_error(tmp_path, cards) == (
        "cards/knots.yaml:1:1: error missing-field: empty topic file: it needs deck, title "
        "and cards"
    )


def test_a_corpus_file_named_corpus_yml_says_to_rename_it(tmp_path):
    cards = corpus_with(tmp_path, {"knots.yaml": TOPIC.encode()})
    (cards / "corpus.yaml").rename(cards / "corpus.yml")
    assert only_error(tmp_path, cards) == (
        "cards/corpus.yml:1:1: error missing-field: the corpus file is read as corpus.yaml: "
        "rename corpus.yml to corpus.yaml (topic files may end in .yml)"
    )


@pytest.mark.parametrize(
    "topic, expected",
    [
        (  # a second 'cards:' block added at the end of the file
            TOPIC + "cards:\n  - id: reef\n    kind: qa\n    question: Which knot reefs?\n"
            "    answer: The reef knot.\n",
            "8:1: error duplicate-key: key 'cards' is repeated (first at cards/knots.yaml:3): "
            "move its items under the first 'cards:' and remove this line",
        ),
        (
            TOPIC + "    answer: A bowline.\n",
            "8:5: error duplicate-key: key 'answer' is repeated (first at cards/knots.yaml:7): "
            "keep one of the two",
        ),
        (  # a table's row label written twice: merging its cells would break the row
            TOPIC + "  - id: cases\n    kind: table\n    title: Cases\n"
            "    columns: [Singular, Plural]\n    rows:\n"
            "      Dative: [puellae, puellis]\n      Dative: [puellae, puellis]\n",
            "14:7: error duplicate-key: row label 'Dative' is repeated (first at "
            "cards/knots.yaml:13): each row needs its own label: rename this row or "
            "remove this line",
        ),
    ],
)
def test_a_repeated_key_says_what_to_keep(tmp_path, topic, expected):
    cards = corpus_with(tmp_path, {"knots.yaml": topic.encode()})
    assert only_error(tmp_path, cards) == f"cards/knots.yaml:{expected}"


@pytest.mark.parametrize(
    "files, expected",
    [
        (
            {"rope_work.yaml": TOPIC.replace("title: Knots\n", "")},
            "cards/rope_work.yaml:1:1: error missing-field: topic file needs 'title' (section "
            "heading): add the line 'title: Knots'",  # the deck's last part, when it has one
        ),
        (
            {"rope_work.yaml": TOPIC.replace("deck: Knots\n", "")},
            "cards/rope_work.yaml:1:1: error missing-field: topic file needs 'deck' (sub-deck "
            "under the root deck): add the line 'deck: Rope work'",  # else the file's name
        ),
        (
            {"knots.yaml": TOPIC.split("cards:")[0]},
            "cards/knots.yaml:1:1: error missing-field: topic file needs 'cards': add 'cards:' "
            "and the cards below it, each starting with '- id: '",
        ),
    ],
)
def test_a_missing_topic_key_gives_the_line_to_add(tmp_path, files, expected):
    cards = corpus_with(tmp_path, {name: text.encode() for name, text in files.items()})
    assert only_error(tmp_path, cards) == expected


QA_FIELDS = "kind: qa\n    question: Which knot makes a fixed loop?\n    answer: The bowline.\n"


@pytest.mark.parametrize(
    "replace, expected",
    [
        (
            ("    answer: The bowline.\n", ""),
            "4:5: error missing-field: qa card 'bowline' needs 'answer': among the card's "
            "other fields, indented as they are, add a line 'answer: …'",
        ),
        (
            ("    answer: The bowline.\n", "    answer: ''\n"),
            "7:13: error empty-field: 'answer' is empty: write its text after 'answer: '",
        ),
        (
            (QA_FIELDS, "kind: table\n    title: Knots\n    columns: [Use]\n"),
            "4:5: error missing-field: table card 'bowline' needs 'rows': among the card's "
            "other fields, indented as they are, add a line 'rows:' with one "
            "'label: [cell, cell]' a row under it",
        ),
        (
            (QA_FIELDS, "kind: list\n    title: Knots\n"),
            "4:5: error missing-field: list card 'bowline' needs 'items': among the card's "
            "other fields, indented as they are, add a line 'items:' with one '- item' a "
            "line under it",
        ),
        (
            (QA_FIELDS, "kind: list\n    title: Knots\n    items:\n      - Bowline\n      -\n"),
            "9:8: error empty-field: an item is empty: write its text after the '- ', or "
            "delete the line",
        ),
        (
            (QA_FIELDS, "kind: list\n    title: Knots\n    items:\n      - '': a fixed loop\n"),
            "8:9: error empty-field: an item's term (before its ':') is empty: write the "
            "term, or the item alone without the ':' (- a fixed loop)",
        ),
        (
            ("    answer: The bowline.\n", "    answer: The bowline.\n    image:\n"),
            "8:11: error empty-field: 'image' is empty: write the image's path in the corpus "
            "folder after 'image: ' (images/hive.png), or delete the line",
        ),
    ],
)
def test_a_missing_or_empty_card_field_says_what_to_write(tmp_path, replace, expected):
    """ "qa card 'bowline' needs 'answer'" named the key, not where or how to write it."""
    cards = corpus_with(tmp_path, {"knots.yaml": TOPIC.replace(*replace).encode()})
    assert only_error(tmp_path, cards) == f"cards/knots.yaml:{expected}"


def test_a_missing_corpus_key_gives_the_line_to_add_named_after_the_folder(tmp_path):
    cards = corpus_with(tmp_path, {"knots.yaml": TOPIC.encode()})
    (cards / "corpus.yaml").write_bytes(CORPUS.replace(b"title: Sailing\n", b""))
    assert only_error(tmp_path, cards) == (
        "cards/corpus.yaml:1:1: error missing-field: corpus.yaml needs 'title' (title of the "
        "sheet and the Markdown): add the line 'title: Cards'"
    )


TABLE = "  - id: parts\n    kind: table\n    title: Hive parts\n    row_header: Part\n"


@pytest.mark.parametrize(
    "cards_yaml, expected",
    [
        (  # '#' read as a comment: the ']' is lost, the parser stops lines below
            CARD + "    question: Which loop?\n    answer: The bowline.\n"
            "    tags: [loops, #rescue]\n  - id: cleat\n    kind: qa\n",
            "8:19: error yaml-syntax: '#' after a space or '[' starts a comment in YAML, so "
            "this line's '[' is never closed: quote the item: tags: [loops, \"#rescue\"]",
        ),
        (  # the same in a table row, with a quote in the row below it
            TABLE + "    columns: [Holds, Goes]\n    rows:\n"
            "      Floor: [nothing, #1 at the bottom]\n"
            "      Brood box: [the queen's brood, above the floor]\n"
            "      Super: [honey, above the excluder]\n",
            "10:24: error yaml-syntax: '#' after a space or '[' starts a comment in YAML, so "
            "this line's '[' is never closed: quote the item: "
            'Floor: [nothing, "#1 at the bottom"]',
        ),
        (  # a ']' forgotten
            TABLE + "    columns: [Holds, Goes\n    rows:\n      Floor: [nothing, bottom]\n",
            "8:14: error yaml-syntax: this '[' is never closed: close it on its line: "
            "columns: [Holds, Goes]",
        ),
        (  # ... in a row, with a quote in the row below it
            TABLE + "    columns: [Holds, Goes]\n    rows:\n"
            "      Floor: [nothing, at the bottom\n"
            "      Brood box: [the queen's brood, above the floor]\n",
            "10:14: error yaml-syntax: this '[' is never closed: close it on its line: "
            "Floor: [nothing, at the bottom]",
        ),
        (  # ... at the end of the file
            CARD + "    question: Which loop?\n    answer: Bowline.\n    tags: [loops\n",
            "8:11: error yaml-syntax: this '[' is never closed: close it on its line: "
            "tags: [loops]",
        ),
    ],
)
def test_a_bracket_left_open_is_shown_on_its_own_line(tmp_path, cards_yaml, expected):
    assert topic_line(tmp_path, cards_yaml) == f"cards/knots.yaml:{expected}"


SNIPPET = "  - id: tie\n    kind: snippet\n    title: Tie it\n    code: |\n"


@pytest.mark.parametrize(
    "cards_yaml, expected",
    [
        (  # lines with no ': ': YAML stops at the second one
            SNIPPET + "    1. Make a loop\n    2. Pass the end through\n  - id: next\n",
            "8:5: error yaml-syntax: the lines under 'code: |' must be indented more than "
            "'code': indent them 6 spaces",
        ),
        (  # a line with ': ' is read as the card's next field, and the code as empty
            SNIPPET + "    def tie(rope):\n        return rope\n    lang: python\n",
            "8:5: error yaml-syntax: the lines under 'code: |' must be indented more than "
            "'code': indent them 6 spaces",
        ),
    ],
)
def test_the_lines_of_a_block_indented_like_its_key_get_the_indent_to_write(
    tmp_path, cards_yaml, expected
):
    assert topic_line(tmp_path, cards_yaml) == f"cards/knots.yaml:{expected}"


@pytest.mark.parametrize(
    "card, expected",
    [
        (  # a field's name for a kind: the kind its fields make
            "  - id: bowline\n    kind: question\n"
            "    question: Which loop?\n    answer: Bowline.\n",
            "5:11: error unknown-kind: unknown kind 'question': its fields are a qa card's: "
            "write kind: qa",
        ),
        (  # another kind's field: that kind, or this kind's field of the same part
            "  - id: bowline\n    kind: concept\n    term: Bowline\n    answer: A fixed loop.\n",
            "7:5: error unknown-field: 'answer' is not a field of a concept card but of a qa "
            "card: write kind: qa, or call it 'definition'",
        ),
        (  # a cloze with an answer beside its text: a qa card would have no 'text'
            "  - id: bowline\n    kind: cloze\n    text: The {{c1::bowline}} makes a loop.\n"
            "    answer: The bowline.\n",
            "7:5: error unknown-field: 'answer' is not a field of a cloze card but of a qa "
            "card: remove it, or move its text to 'note' (the card's 'text' is a cloze "
            "card's field)",
        ),
    ],
)
def test_a_field_or_kind_of_another_kind_names_that_kind(tmp_path, card, expected):
    assert topic_line(tmp_path, card) == f"cards/knots.yaml:{expected}"


@pytest.mark.parametrize(
    "cards_yaml, expected",
    [
        (  # pasted from a web page: the indent is no-break spaces
            CARD + "\u00a0\u00a0\u00a0\u00a0question: Which loop?\n    answer: Bowline.\n",
            "6:1: error yaml-syntax: this line is indented with no-break spaces (U+00A0, as "
            "pasted from a web page or a word processor): indent it with plain spaces",
        ),
        (
            CARD + "    question:\u00a0Which loop?\n    answer: Bowline.\n",
            "6:14: error yaml-syntax: a no-break space (U+00A0) after 'question:': YAML needs a "
            "plain space there: write question: Which loop?",
        ),
        (  # typed with a Japanese input method still on: "mapping values are not allowed"
            CARD + "\u3000\u3000question: Which loop?\n    answer: Bowline.\n",
            "6:1: error yaml-syntax: this line is indented with full-width spaces (U+3000, as "
            "a Japanese or Chinese input method types them): indent it with plain spaces",
        ),
        (  # it was "could not find expected ':'", on the line below
            CARD + "    question:\u3000Which loop?\n    answer: Bowline.\n",
            "6:14: error yaml-syntax: a full-width space (U+3000) after 'question:': YAML "
            "needs a plain space there: write question: Which loop?",
        ),
    ],
)
def test_a_no_break_space_where_yaml_needs_a_space_is_named(tmp_path, cards_yaml, expected):
    assert topic_line(tmp_path, cards_yaml) == f"cards/knots.yaml:{expected}"


@pytest.mark.parametrize(
    "cards_yaml, expected",
    [
        (  # typed with a Japanese input method still on
            CARD + "    question\uff1a Which loop?\n    answer: Bowline.\n",
            "6:13: error yaml-syntax: '：' after 'question' is a full-width colon (U+FF1A, as "
            "a Japanese or Chinese input method types it): YAML needs a plain ':' and a "
            "space: write question: Which loop?",
        ),
        (
            CARD + "    question: Which loop?\n    answer\uff1a\u3000もやい結び\n",
            "7:11: error yaml-syntax: '：' after 'answer' is a full-width colon (U+FF1A, as "
            "a Japanese or Chinese input method types it): YAML needs a plain ':' and a "
            "space: write answer: もやい結び",
        ),
        (  # inside { }: YAML read "question： Which loop?" as a key, not a wrong comma
            "  - {id: bowline, kind: qa, question\uff1a Which loop?, answer: Bowline.}\n",
            "4:29: error unknown-field: '：' after 'question' is a full-width colon (U+FF1A, "
            "as a Japanese or Chinese input method types it): YAML needs a plain ':' and a "
            "space: write question: Which loop?",
        ),
    ],
)
def test_a_full_width_colon_after_a_key_is_named(tmp_path, cards_yaml, expected):
    """It was "could not find expected ':' (while scanning a simple key)"."""
    assert topic_line(tmp_path, cards_yaml) == f"cards/knots.yaml:{expected}"


@pytest.mark.parametrize(
    "cards_yaml, expected",
    [
        (  # the first card: it said to indent 'kind' like 'ー id'
            "  \u30fc id: bowline\n    kind: qa\n    question: Which loop?\n    answer: Bowline.\n",
            "4:3: error yaml-syntax: '\u30fc' (U+30FC) is not YAML's list dash: start the list "
            "item with a plain '-' and a space: write - id: bowline",
        ),
        (  # a later card, an en dash from a word processor: it said to indent '– id'
            CARD
            + "    question: Which loop?\n    answer: Bowline.\n"
            + "  \u2013 id: hitch\n    kind: qa\n    question: Which hitch?\n    answer: Clove.\n",
            "8:3: error yaml-syntax: '\u2013' (U+2013) is not YAML's list dash: start the list "
            "item with a plain '-' and a space: write - id: hitch",
        ),
        (  # an item after a good one: it was "could not find expected ':'", past the end
            LIST + "      - Bends\n      \u30fc Hitches\n",
            "9:7: error yaml-syntax: '\u30fc' (U+30FC) is not YAML's list dash: start the list "
            "item with a plain '-' and a space: write - Hitches",
        ),
        (  # a Chinese input method's dash glued to the key: it said to indent '－id'
            CARD
            + "    question: Which loop?\n    answer: Bowline.\n"
            + "  \uff0did: hitch\n    kind: qa\n    question: Which hitch?\n    answer: Clove.\n",
            "8:3: error yaml-syntax: '\uff0d' (U+FF0D) is not YAML's list dash: start the list "
            "item with a plain '-' and a space: write - id: hitch",
        ),
        (  # ... glued to an item among items: it said to indent '－绳结'
            LIST + "      - Bends\n      \uff0d绳结: knots\n",
            "9:7: error yaml-syntax: '\uff0d' (U+FF0D) is not YAML's list dash: start the list "
            "item with a plain '-' and a space: write - 绳结: knots",
        ),
    ],
)
def test_a_dash_of_another_kind_before_a_card_is_named(tmp_path, cards_yaml, expected):
    """A Japanese input method types '-' as 'ー' or '－'; a word processor makes it '–'."""
    assert topic_line(tmp_path, cards_yaml) == f"cards/knots.yaml:{expected}"


TABLE_OF_READINGS = "  - id: readings\n    kind: table\n    title: Readings\n"


@pytest.mark.parametrize(
    "cards_yaml, expected",
    [
        (  # it said "give it one cell per column"
            TABLE_OF_READINGS + "    columns: [On, Kun]\n    rows:\n      日: [ニチ\u3001ひ]\n",
            "9:7: error table-shape: row '日' has 1 cell for 2 columns (On, Kun): '\u3001' "
            "(U+3001, as a Japanese or Chinese input method types a comma) does not "
            "separate cells in YAML: write [ニチ, ひ]",
        ),
        (  # it said "remove 1 cell", once a row
            TABLE_OF_READINGS
            + "    columns: [On\uff0cKun]\n    rows:\n"
            + "      日: [ニチ, ひ]\n      月: [ゲツ, つき]\n",
            "7:14: error table-shape: '\uff0c' (U+FF0C, as a Japanese or Chinese input method "
            "types a comma) does not separate headings in YAML: write columns: [On, Kun]",
        ),
    ],
)
def test_a_full_width_comma_in_a_table_is_named(tmp_path, cards_yaml, expected):
    assert topic_line(tmp_path, cards_yaml) == f"cards/knots.yaml:{expected}"


def test_a_full_width_comma_in_tags_is_named(tmp_path):
    """ "tags: [動物、ペット]" was one tag, "動物、ペット", without a word."""
    card = CARD + "    question: Dog?\n    answer: 犬\n    tags: [動物\u3001ペット]\n"
    assert topic_line(tmp_path, card) == (
        "cards/knots.yaml:8:12: error wrong-type: '\u3001' (U+3001, as a Japanese or Chinese "
        "input method types a comma) does not separate tags in YAML: write tags: [動物, ペット]"
    )


@pytest.mark.parametrize(
    "cards_yaml, expected",
    [
        (  # it said: tags must be one word, no spaces: write 'numbers،-digits'
            CARD + "    question: Dog?\n    answer: كلب\n    tags: [numbers\u060c digits]\n",
            "8:12: error wrong-type: '\u060c' (U+060C, as an Arabic, Persian or Urdu keyboard "
            "types a comma) does not separate tags in YAML: write tags: [numbers, digits]",
        ),
        (  # it said "give it one cell per column"
            TABLE_OF_READINGS + "    columns: [Arabic, Transliteration]\n    rows:\n"
            "      he: [\u0647\u0648\u060c huwa]\n",
            "9:7: error table-shape: row 'he' has 1 cell for 2 columns (Arabic, Transliteration): "
            "'\u060c' (U+060C, as an Arabic, Persian or Urdu keyboard types a comma) does not "
            "separate cells in YAML: write [\u0647\u0648, huwa]",
        ),
    ],
)
def test_an_arabic_comma_between_tags_or_cells_is_named(tmp_path, cards_yaml, expected):
    """An Arabic keyboard types its own comma, '،', with a space after it as a comma
    takes; YAML reads it as text, one tag or one cell."""
    assert topic_line(tmp_path, cards_yaml) == f"cards/knots.yaml:{expected}"


def test_a_no_break_space_inside_a_value_is_kept(tmp_path):
    from cheatdeck.load import load_corpus

    card = CARD + "    question: Which loop\u00a0?\n    answer: Bowline.\n"
    cards = corpus_with(tmp_path, {"knots.yaml": ("deck: K\ntitle: K\ncards:\n" + card).encode()})
    result = load_corpus(cards, cwd=tmp_path)
    assert not result.diagnostics and result.corpus.cards()[0].question == "Which loop\u00a0?"


def test_a_key_cut_by_a_comment_gets_the_key_quoted(tmp_path):
    rows = TABLE + "    columns: [Holds]\n    rows:\n      Floor: [air]\n      Super #1: [honey]\n"
    assert topic_line(tmp_path, rows) == (
        "cards/knots.yaml:11:7: error yaml-syntax: '#' after a space starts a comment in "
        "YAML, so 'Super #1' is no key: quote it: \"Super #1\": [honey]"
    )


@pytest.mark.parametrize(
    "cards_yaml, expected",
    [
        (  # a cloze that starts with its deletion: YAML reads a mapping, not text
            "  - id: first\n    kind: cloze\n    text: {{c1::FROM}}\n",
            "6:11: error wrong-type: 'text' must be text, not a mapping: '{' starts a YAML "
            'mapping; to write it as text, quote the value: text: "{{c1::FROM}}"',
        ),
        (  # code that is a Python literal
            CARD + "    question: How is an empty dict written?\n    answer: {}\n",
            "7:13: error wrong-type: 'answer' must be text, not a mapping: '{' starts a YAML "
            'mapping; to write it as text, quote the value: answer: "{}"',
        ),
        (
            CARD + "    question: How is an empty list written?\n    answer: []\n",
            "7:13: error wrong-type: 'answer' must be text, not a list: '[' starts a YAML "
            'list; to write it as text, quote the value: answer: "[]"',
        ),
        (  # a list item in braces was "an item is empty"
            LIST + "      - {x}\n      - Hitches\n",
            "8:9: error wrong-type: 'item' must be text, not a mapping: '{' starts a YAML "
            'mapping; to write it as text, quote the value: - "{x}"',
        ),
        (
            LIST + "      - [a]\n      - Hitches\n",
            "8:9: error wrong-type: 'item' must be text, not a list: '[' starts a YAML "
            'list; to write it as text, quote the value: - "[a]"',
        ),
        (  # a list written as one (block style): no quoting, the block sign keeps its lines
            CARD + "    question: Which?\n    answer:\n      - a\n      - b\n",
            "8:7: error wrong-type: 'answer' must be text, not a list: YAML reads the lines "
            "under 'answer:' as a list; to keep them as text, write 'answer: |'",
        ),
    ],
)
def test_a_value_in_braces_or_brackets_says_to_quote_it(tmp_path, cards_yaml, expected):
    assert topic_line(tmp_path, cards_yaml) == f"cards/knots.yaml:{expected}"


@pytest.mark.parametrize(
    ("deck", "expected"),
    [
        (
            "Hive::",
            "cards/k.yaml:1:7: error yaml-syntax: a deck name ends with '::', which "
            "joins it to a sub-deck: write deck: Hive (or deck: Hive::Sub-deck)",
        ),
        (
            '"Hive::"',
            "cards/k.yaml:1:7: error empty-field: a part of 'deck' between '::' is "
            "empty: write deck: Hive",
        ),
        (
            "Hive::::Frames",
            "cards/k.yaml:1:7: error empty-field: a part of 'deck' between '::' "
            "is empty: write deck: Hive::Frames",
        ),
    ],
)
def test_a_deck_with_an_empty_part_gets_the_deck_to_write(tmp_path, deck, expected):
    """'deck: Hive::' was told to quote the value, and quoted, that a part is empty:
    two steps to 'deck: Hive'."""
    cards = corpus_with(
        tmp_path, {"k.yaml": TOPIC.replace("Knots\ntitle", f"{deck}\ntitle", 1).encode()}
    )
    assert only_error(tmp_path, cards) == expected


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {
                "corpus.yaml": CORPUS + b"settings: fact_scope: corpus\n",
                "knots.yaml": TOPIC.encode(),
            },
            "cards/corpus.yaml:4:11: error yaml-syntax: 'settings' takes its entries on lines "
            "of their own: write 'settings:' alone on its line, then 'fact_scope: corpus' on "
            "the line under it, 2 spaces further in",
        ),
        (
            {
                "knots.yaml": b"deck: Knots\ntitle: Knots\ncards:\n  - id: uses\n    kind: table\n"
                b"    title: Uses\n    columns: [Use]\n    rows: Bowline: [a fixed loop]\n"
            },
            "cards/knots.yaml:8:11: error yaml-syntax: 'rows' takes its entries on lines of "
            "their own: write 'rows:' alone on its line, then 'Bowline: [a fixed loop]' on "
            "the line under it, 2 spaces further in",
        ),
        (
            {
                "knots.yaml": (
                    "deck: Knots\ntitle: Knots\ncards:\n" + LIST.replace(":\n", ": Bends: x\n")
                ).encode()
            },
            "cards/knots.yaml:7:12: error yaml-syntax: 'items' takes its entries on lines of "
            "their own: write 'items:' alone on its line, then '- Bends: x' on the line "
            "under it, 2 spaces further in",
        ),
    ],
)
def test_an_entry_written_on_its_keys_line_goes_on_a_line_of_its_own(tmp_path, files, expected):
    """'settings: fact_scope: corpus' was told to quote the value, and quoted, that
    'settings' must be a mapping: the advice made a second error."""
    assert only_error(tmp_path, corpus_with(tmp_path, files)) == expected


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"knots.yaml": TOPIC.replace("title: Knots", "title:").encode()},
            "cards/knots.yaml:2:7: error empty-field: 'title' is empty: write its text after "
            "'title: '",
        ),
        (
            {
                "corpus.yaml": CORPUS.replace(b"name: sailing", b"name: ''"),
                "k.yaml": TOPIC.encode(),
            },
            "cards/corpus.yaml:1:7: error empty-field: 'name' is empty: write it after 'name: '",
        ),
        (
            {
                "knots.yaml": TOPIC.replace(
                    QA_FIELDS,
                    "kind: table\n    title: Uses\n    columns: []\n    rows:\n"
                    "      Bowline: [a fixed loop]\n",
                ).encode()
            },
            "cards/knots.yaml:7:14: error empty-field: 'columns' is empty: write columns: "
            "[First, Second]",
        ),
    ],
)
def test_an_empty_topic_corpus_or_list_key_says_what_to_write(tmp_path, files, expected):
    """A topic's 'title:' left empty was "'title' is empty", with no fix; a corpus's
    empty 'name' and a table's 'columns: []' were told to write what they hold under
    the key, where a name and a list in brackets go after it."""
    assert only_error(tmp_path, corpus_with(tmp_path, files)) == expected


def test_rows_written_as_a_list_keep_an_amount_with_a_comma_in_the_suggestion(tmp_path):
    """A tax-bracket table written as a list of rows, ``- [10%, $0–11,925]``, got the
    suggestion ``10%: [$0–11, 925]``: YAML splits the amount at its comma, and the
    suggestion wrote the two halves as two cells, an amount changed in what it said to
    type. Two cells split so (a digit either side of a comma with no space) are one
    quoted cell in the suggestion."""
    topic = (
        "deck: Tax\ntitle: Tax\ncards:\n  - id: brackets\n    kind: table\n"
        "    title: Brackets\n    columns: [Taxable income]\n    rows:\n"
        "      - [10%, $0–11,925, 1,234,567]\n"
    )
    cards = corpus_with(tmp_path, {"tax.yaml": topic.encode()})
    assert only_error(tmp_path, cards) == (
        "cards/tax.yaml:9:7: error wrong-type: 'rows' maps each row's label to its cells, not "
        'a list of rows: write \'10%: ["$0–11,925", "1,234,567"]\' (the label\'s heading goes in '
        "'row_header', the others in 'columns')"
    )


def test_rows_written_as_a_list_get_a_suggestion_yaml_reads_as_written(tmp_path):
    """Lab ranges written as a list of rows, ``- [Na, ">135", "|3.5 to 5|"]``, got the
    suggestion ``Na: [>135, |3.5 to 5|]``, which YAML refuses (a flow cell cannot start
    with ``>`` or ``|``): a cell YAML would misread is quoted in the suggestion, and the
    suggestion typed in reads back as the row written."""
    topic = (
        "deck: Lab\ntitle: Lab\ncards:\n  - id: ranges\n    kind: table\n"
        "    title: Ranges\n    columns: [Range]\n    rows:\n"
        '      - ["*K", ">135", "|3.5 to 5|", "a: b", "x #y", plain]\n'
    )
    cards = corpus_with(tmp_path, {"lab.yaml": topic.encode()})
    message = only_error(tmp_path, cards)
    suggested = re.search(r"write '(.*)' \(the label", message)[1]
    assert yaml.safe_load(suggested) == {"*K": [">135", "|3.5 to 5|", "a: b", "x #y", "plain"]}


def fix_reads(tmp_path: Path, cards_yaml: str, card_id: str, shown: str) -> None:
    """The topic ``cards_yaml`` (a message's fix typed in) checks clean, and ``show``
    gives ``card_id``'s text as meant: ``shown`` appears in its Markdown."""
    folder = tmp_path / "fixed"
    folder.mkdir()
    topic = "deck: Knots\ntitle: Knots\ncards:\n" + cards_yaml
    cards = corpus_with(folder, {"knots.yaml": topic.encode()})
    checked = run_cli("check", cards)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert shown in run_cli("show", card_id, cards).stdout


GO_QA = "  - id: addr\n    kind: qa\n    question: How do you take the address of x?\n"
GO_LIST = "  - id: ops\n    kind: list\n    title: Operators\n    items:\n"


@pytest.mark.parametrize(
    "cards_yaml, expected, fixed, shown",
    [
        (  # a field: YAML took '&x' for an anchor on an empty value ("'answer' is empty")
            GO_QA + "    answer: &x\n",
            "7:13: error yaml-syntax: '&x' starts a YAML anchor, and YAML reads nothing "
            'after it: to write it as text, quote it: answer: "&x"',
            GO_QA + '    answer: "&x"\n',
            "&x",
        ),
        (  # an optional field left silently empty
            "  - id: addr\n    kind: concept\n    term: Address operator\n"
            "    definition: Takes the address of a variable.\n    example: &x\n",
            "8:14: error yaml-syntax: '&x' starts a YAML anchor, and YAML reads nothing "
            'after it: to write it as text, quote it: example: "&x"',
            "  - id: addr\n    kind: concept\n    term: Address operator\n"
            '    definition: Takes the address of a variable.\n    example: "&x"\n',
            "&x",
        ),
        (  # a list item ("an item is empty")
            GO_LIST + "      - &x\n      - pointer dereference\n",
            "8:9: error yaml-syntax: '&x' starts a YAML anchor, and YAML reads nothing "
            'after it: to write it as text, quote it: - "&x"',
            GO_LIST + '      - "&x"\n      - pointer dereference\n',
            "&x",
        ),
        (  # a table cell ("cell '&' / 'Example' is empty")
            "  - id: ops\n    kind: table\n    title: Operators\n    row_header: Op\n"
            '    columns: [Example]\n    rows:\n      "&": [&x]\n',
            "10:13: error yaml-syntax: '&x' starts a YAML anchor, and YAML reads nothing "
            'after it: to write it as text, quote it: "&": ["&x"]',
            "  - id: ops\n    kind: table\n    title: Operators\n    row_header: Op\n"
            '    columns: [Example]\n    rows:\n      "&": ["&x"]\n',
            "&x",
        ),
    ],
    ids=["field", "optional-field", "item", "cell"],
)
def test_a_value_written_as_an_anchor_alone_says_to_quote_it(
    tmp_path, cards_yaml, expected, fixed, shown
):
    """A Go card's ``answer: &x`` (the address of x) is a YAML anchor on an empty
    value: it was "'answer' is empty: write its text after 'answer: '" (it had its
    text), "an item is empty" or, for an optional field such as 'example', nothing at
    all: the text was silently dropped. Each now says to quote it, and the fix reads."""
    assert topic_line(tmp_path, cards_yaml) == f"cards/knots.yaml:{expected}"
    fix_reads(tmp_path, fixed, cards_yaml.split("id: ", 1)[1].split("\n", 1)[0], shown)


@pytest.mark.parametrize(
    "items, expected",
    [
        (
            '      - "&": &x\n      - "*": &x\n',
            "9:14: error yaml-syntax: '&x' starts a YAML anchor, and line 8 starts one of "
            'that name too: to write it as text, quote it: - "*": "&x"',
        ),
        (
            "      - &x\n      - &x\n",
            "9:9: error yaml-syntax: '&' starts a YAML anchor: to write it as text, "
            'quote it: - "&x"',
        ),
    ],
    ids=["term-value", "item"],
)
def test_an_anchor_written_twice_says_to_quote_it(tmp_path, items, expected):
    """Two values ``&x`` (the same Go expression twice) give YAML a duplicate anchor:
    the message was PyYAML's "second occurrence (found duplicate anchor; first
    occurrence)", with nothing to type."""
    assert topic_line(tmp_path, GO_LIST + items) == f"cards/knots.yaml:{expected}"


def test_a_bad_escape_in_double_quotes_keeps_the_escaped_quotes_as_meant(tmp_path):
    """``answer: "regexp.MustCompile(\\"\\d+\\")"``: '\\d' is no YAML escape, and the fix
    said to write ``'regexp.MustCompile(\\"\\d+\\")'``, where the '\\"' the writer typed
    for a '"' is a backslash and a quote: the fix showed backslashes never meant. In
    single quotes '\\"' is '"' and '\\\\' is '\\'."""
    cards_yaml = GO_QA + '    answer: "regexp.MustCompile(\\"\\d+\\") in C:\\\\Go"\n'
    assert topic_line(tmp_path, cards_yaml) == (
        "cards/knots.yaml:7:35: error yaml-syntax: in double quotes a backslash starts an "
        "escape, and '\\d' is none; write the value in single quotes: "
        "answer: 'regexp.MustCompile(\"\\d+\") in C:\\Go'"
    )
    fixed = GO_QA + "    answer: 'regexp.MustCompile(\"\\d+\") in C:\\Go'\n"
    fix_reads(tmp_path, fixed, "addr", 'regexp.MustCompile("\\d+") in C:\\Go')


@pytest.mark.parametrize(
    "term, meaning",
    [
        ("%v", "'%' starts a YAML directive"),
        ("*T", "'*' starts a YAML alias"),
        ("`x`", "'`' is reserved in YAML"),
        ("@x", "'@' is reserved in YAML"),
    ],
)
def test_a_list_items_term_that_yaml_reserves_is_quoted_not_reindented(tmp_path, term, meaning):
    """``- %v: default format`` was told "'%v' is indented 8 spaces and 'items' above it
    4: indent '%v' like the card's other fields", a fix that breaks the card: the
    parser stops at the '%' before any indentation is wrong. The term is quoted."""
    cards_yaml = GO_LIST + f"      - {term}: what it means\n      - another item\n"
    assert topic_line(tmp_path, cards_yaml) == (
        f"cards/knots.yaml:8:9: error yaml-syntax: {meaning}: to keep '{term}' a term, "
        f'quote it: - "{term}": what it means'
    )
    fixed = GO_LIST + f'      - "{term}": what it means\n      - another item\n'
    fix_reads(tmp_path, fixed, "ops", term)


def test_a_row_label_in_brackets_says_to_quote_it(tmp_path):
    """``[T any]: [every type]`` (a Go constraint as a row label) is a YAML list used
    as a key: the messages were "a key must be plain text", with nothing to type, and
    "'rows' is empty", which it is not."""
    head = "  - id: cons\n    kind: table\n    title: Constraints\n    row_header: Constraint\n"
    head += "    columns: [Allows]\n    rows:\n"
    assert topic_line(tmp_path, head + "      [T any]: [every type]\n") == (
        "cards/knots.yaml:10:7: error wrong-type: '[T any]' is a YAML list, and a key must be "
        'text: to write it as text, quote it: "[T any]": [every type]'
    )
    fix_reads(tmp_path, head + '      "[T any]": [every type]\n', "cons", "[T any]")


@pytest.mark.parametrize(
    "item, meaning",
    [
        ("*T", "'*' starts a YAML alias"),
        ("%v", "'%' starts a YAML directive"),
        ("`go vet` finds it", "'`' is reserved in YAML"),
        ("@x", "'@' is reserved in YAML"),
        ("!x", "'!' starts a YAML tag"),
        ("|x|", "'|' starts a block of lines"),
    ],
)
def test_a_plain_list_item_that_starts_with_a_reserved_character_says_to_quote_it(
    tmp_path, item, meaning
):
    """``- *T`` (a Go pointer type) in a list was PyYAML's "found undefined alias";
    ``- %v`` and ``- `go vet` …`` "found character that cannot start any token",
    ``- |x|`` "did not find expected comment or line break": nothing to type. A field's
    value that starts so already said to quote it; an item now does too."""
    cards_yaml = GO_LIST + f"      - {item}\n      - another item\n"
    assert topic_line(tmp_path, cards_yaml) == (
        f"cards/knots.yaml:8:9: error yaml-syntax: {meaning}: to write it as text, "
        f'quote it: - "{item}"'
    )
    fix_reads(tmp_path, GO_LIST + f'      - "{item}"\n      - another item\n', "ops", item[1:])


@pytest.mark.parametrize("first", ["@{", "%{", "`"])
def test_code_of_several_lines_that_yaml_reserves_is_told_to_be_a_block(tmp_path, first):
    """A PowerShell hashtable as a snippet, ``code: @{`` and its lines under it, was told
    to write ``code: "@{"``: a value of the first line alone, which left the lines under
    it an error of their own. Lines under the value, further in than its key, are its
    lines: the fix is a block."""
    snippet = "  - id: params\n    kind: snippet\n    title: Splat\n    lang: powershell\n"
    cards_yaml = snippet + f"    code: {first}\n        Path = 'C:\\Temp'\n      }}\n"
    assert topic_line(tmp_path, cards_yaml) == (
        f"cards/knots.yaml:8:11: error yaml-syntax: {_STARTS_SAID[first[0]]}: to write "
        f"lines as text, make them a block: write 'code: |' and each line under it, 2 "
        f"spaces further in than 'code' ('{first}' the first)"
    )
    fixed = snippet + f"    code: |\n      {first}\n        Path = 'C:\\Temp'\n      }}\n"
    fix_reads(tmp_path, fixed, "params", f"{first}\n  Path = 'C:\\Temp'\n}}")


_STARTS_SAID = {
    "@": "'@' is reserved in YAML",
    "%": "'%' starts a YAML directive",
    "`": "'`' is reserved in YAML",
}


@pytest.mark.parametrize(
    "cards_yaml, expected",
    [
        (  # it said "did you mean 'concept'?" of a word that reads 'concept'
            "  - id: bowline\n    kind: c\u043encept\n    term: Bowline\n    definition: A loop.\n",
            "5:11: error unknown-kind: unknown kind 'c\u043encept': its '\u043e' is Cyrillic "
            "(U+043E), not Latin 'o': write kind: concept",
        ),
        (  # it said "write 'bwline'", the look-alike letter dropped
            "  - id: b\u043ewline\n    kind: qa\n    question: Which loop?\n    answer: Bowline.\n",
            "4:9: error bad-id: id 'b\u043ewline' must be lower-case letters a-z, digits and '-' "
            "(starting with a letter or digit): its '\u043e' is Cyrillic (U+043E), not Latin "
            "'o': write 'bowline'",
        ),
        (  # a Greek omicron: it said "did you mean 'answer'?"
            CARD + "    questi\u03bfn: Which loop?\n    answer: Bowline.\n",
            "6:5: error unknown-field: 'questi\u03bfn' is not a field of a qa card: its "
            "'\u03bf' is Greek (U+03BF), not Latin 'o': write 'question'",
        ),
        (  # it said "did you mean 'bash'? see `pygmentize -L lexers` …"
            "  - id: tie\n    kind: command\n    task: Tie it\n    command: tie\n"
            "    lang: b\u0430sh\n",
            "8:11: error unknown-lang: lang 'b\u0430sh' is not a language Pygments knows: its "
            "'\u0430' is Cyrillic (U+0430), not Latin 'a': write lang: bash",
        ),
        (  # it said "did you mean 'bowline'?"
            CARD + "    question: Which loop?\n    answer: Bowline.\n"
            "  - id: hitch\n    kind: qa\n    question: Which hitch?\n    answer: Clove.\n"
            "    allow: [b\u043ewline]\n",
            "12:12: error unknown-allow: allow: names 'b\u043ewline', which no card has: its "
            "'\u043e' is Cyrillic (U+043E), not Latin 'o': write 'bowline'",
        ),
        (  # it said "write kind: qa (not kіnd: qa)", two names that read alike
            "  - id: bowline\n    k\u0456nd: qa\n    question: Which loop?\n    answer: B.\n",
            "5:5: error missing-field: card has no 'kind' ('k\u0456nd' is not it: its "
            "'\u0456' is Cyrillic (U+0456), not Latin 'i'): write kind: qa",
        ),
        (  # it was two errors: "card has no 'id'" and "'іd' is not a field"
            "  - \u0456d: bowline\n    kind: qa\n    question: Which loop?\n    answer: B.\n",
            "4:5: error missing-field: card has no 'id' ('\u0456d' is not it: its "
            "'\u0456' is Cyrillic (U+0456), not Latin 'i'): write id: bowline",
        ),
    ],
)
def test_a_letter_of_another_script_that_looks_latin_is_named(tmp_path, cards_yaml, expected):
    """A keyboard left in a Cyrillic or Greek layout types 'о' for 'o': the name reads
    as the right one, so the message names the letter and gives the name to type."""
    assert topic_line(tmp_path, cards_yaml) == f"cards/knots.yaml:{expected}"


def test_a_word_of_another_script_as_an_id_is_not_taken_for_look_alike_letters(tmp_path):
    """``привет`` holds Cyrillic 'р' and 'е', but it is a Russian word, not a Latin name."""
    card = "  - id: привет\n    kind: qa\n    question: Hi?\n    answer: Hello.\n"
    assert topic_line(tmp_path, card) == (
        "cards/knots.yaml:4:9: error bad-id: id 'привет' must be lower-case letters a-z, "
        "digits and '-' (starting with a letter or digit): write an id such as 'hi'"
    )


@pytest.mark.parametrize(
    "head, card_tags, expected",
    [
        (  # Anki made the tag 'vocab\u200f', which `--tag vocab` did not find
            "deck: Words\n",
            "    tags: [vocab\u200f, arabic]\n",
            "8:12: warning invisible-char: 'tags' holds the invisible character \\u200f (a "
            "direction mark): Anki keeps it as part of the name, another one than it looks: "
            "write vocab",
        ),
        (  # Anki made a second deck 'Words\u200f' beside 'Words', both shown alike
            "deck: Words\u200f\n",
            "",
            "1:7: warning invisible-char: 'deck' holds the invisible character \\u200f (a "
            "direction mark): Anki keeps it as part of the name, another one than it looks: "
            "write deck: Words",
        ),
        (  # a left-to-right mark and an Arabic letter mark alike
            "deck: \u061cWords\u200e\n",
            "",
            "1:7: warning invisible-char: 'deck' holds the invisible character \\u061c (a "
            "direction mark): Anki keeps it as part of the name, another one than it looks: "
            "write deck: Words",
        ),
    ],
)
def test_a_direction_mark_in_a_deck_or_a_tag_is_named(tmp_path, head, card_tags, expected):
    """A right-to-left mark (U+200F), which an Arabic or Hebrew keyboard types with a
    key, is at home in a text, and not warned there; in a deck's name or a tag it makes
    another deck or tag that looks the same."""
    from cheatdeck import pipeline

    topic = head + "title: Words\ncards:\n" + CARD + "    question: Book?\n    answer: كتاب\n"
    cards = corpus_with(tmp_path, {"words.yaml": (topic + card_tags).encode()})
    report = pipeline.check(cards).report
    lines = [f"{d.line}:{d.col}: {d.severity} {d.code}: {d.message}" for d in report.sorted()]
    assert lines == [expected]


@pytest.mark.parametrize(
    "answer, expected",
    [
        (  # the answer was shown with its quotes: "قلم"
            '\u200f"قلم"',
            "7:13: warning invisible-char: 'answer' starts with the invisible character "
            "\\u200f (a direction mark) before '\"': YAML reads the '\"' as text, not as "
            'a quote: delete the mark: answer: "قلم"',
        ),
        (  # a Hebrew keyboard's mark, a single quote
            "\u200e 'שלום'",
            "7:13: warning invisible-char: 'answer' starts with the invisible character "
            '\\u200e (a direction mark) before "\'": YAML reads the "\'" as text, not as '
            "a quote: delete the mark: answer: 'שלום'",
        ),
        (  # a block's '|' and its lines read as one line of text
            "\u200f|\n      كتاب\n      قلم",
            "7:13: warning invisible-char: 'answer' starts with the invisible character "
            "\\u200f (a direction mark) before '|': YAML reads the '|' as text, not as "
            "a block: delete the mark: write 'answer: |' and each line under it",
        ),
    ],
)
def test_a_direction_mark_before_a_quote_or_a_block_is_named(tmp_path, answer, expected):
    """A right-to-left mark typed before a value's opening quote (or its '|') hides it
    from YAML, which reads the whole value as plain text, quotes included."""
    from cheatdeck import pipeline

    topic = "deck: Words\ntitle: Words\ncards:\n" + CARD
    topic += f"    question: Pen?\n    answer: {answer}\n"
    report = pipeline.check(corpus_with(tmp_path, {"words.yaml": topic.encode()})).report
    lines = [f"{d.line}:{d.col}: {d.severity} {d.code}: {d.message}" for d in report.sorted()]
    assert lines == [expected]


def test_a_direction_mark_inside_a_text_is_not_warned(tmp_path):
    from cheatdeck import pipeline

    topic = "deck: Words\ntitle: Words\ncards:\n" + CARD
    topic += "    question: Book?\n    answer: \u200fكتاب (kitāb)\u200f\n"
    report = pipeline.check(corpus_with(tmp_path, {"words.yaml": topic.encode()})).report
    assert report.diagnostics == []


@pytest.mark.parametrize(
    "card_id, expected",
    [
        (  # it said "write 'ithnan'": the digit left out
            "ithnan-\u0662",
            "4:9: error bad-id: id 'ithnan-\u0662' must be lower-case letters a-z, digits and "
            "'-' (starting with a letter or digit): write 'ithnan-2'",
        ),
        (  # it named no id to write: none is made of Arabic letters
            "\u0648\u0627\u062d\u062f",
            "4:9: error bad-id: id '\u0648\u0627\u062d\u062f' must be lower-case letters a-z, "
            "digits and '-' (starting with a letter or digit): write an id such as 'one'",
        ),
    ],
)
def test_an_id_in_arabic_letters_or_digits_gets_one_to_write(tmp_path, card_id, expected):
    card = f"  - id: {card_id}\n    kind: concept\n    term: واحد\n    definition: one\n"
    assert topic_line(tmp_path, card) == f"cards/knots.yaml:{expected}"


@pytest.mark.parametrize("comma", ["\u060c", "\u3001"])
def test_a_list_in_brackets_cut_by_a_comma_of_another_script_is_named(tmp_path, comma):
    """ "items: [أحمر، أزرق، أخضر]" was a list of one item, its commas text."""
    items = comma.join(["أحمر", " أزرق", " أخضر"])
    card = LIST.replace("    items:\n", f"    items: [{items}]\n")
    line = topic_line(tmp_path, card)
    assert line.startswith(f"cards/knots.yaml:7:13: error wrong-type: '{comma}' (U+"), line
    assert line.endswith("does not separate items in YAML: write items: [أحمر, أزرق, أخضر]")


def test_one_item_written_with_an_arabic_comma_in_it_stays_one(tmp_path):
    from cheatdeck import pipeline

    card = LIST + "      - أحمر، أزرق\n      - أخضر\n"
    topic = "deck: Knots\ntitle: Knots\ncards:\n" + card
    report = pipeline.check(corpus_with(tmp_path, {"knots.yaml": topic.encode()})).report
    assert report.diagnostics == []
