"""Corpus folders as users' habits leave them — links, folders a user may not read —
through the real command line: one line naming the place and what to do, no traceback,
no card left out without a word, and a build with errors that writes nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from conftest import run_cli

CORPUS = "name: kitchen\ntitle: Kitchen\ndeck: Kitchen\n"


def topic(deck: str, card_id: str) -> str:
    return (
        f"deck: {deck}\ntitle: {deck}\ncards:\n  - id: {card_id}\n    kind: qa\n"
        f"    question: What is {card_id}?\n    answer: A {card_id} thing.\n"
    )


@pytest.fixture
def kitchen(tmp_path) -> Path:
    cards = tmp_path / "kitchen"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(CORPUS)
    (cards / "sauces.yaml").write_text(topic("Sauces", "roux"))
    return cards


def one_error(kitchen: Path) -> str:
    """The one diagnostic line of ``check``, after a build that wrote nothing."""
    built = run_cli("build", "kitchen", "-o", "out", "-f", "md", cwd=kitchen.parent)
    assert built.returncode == 1, built.stdout + built.stderr
    assert "Traceback" not in built.stderr
    assert not (kitchen.parent / "out").exists()
    checked = run_cli("check", "kitchen", cwd=kitchen.parent)
    assert checked.returncode == 1 and "Traceback" not in checked.stderr, checked.stderr
    lines = checked.stdout.splitlines()
    assert len(lines) == 2 and lines[1].startswith("1 error,"), checked.stdout
    return lines[0]


# ------------------------------------------------------------ links


def test_a_linked_folder_of_topic_files_outside_the_corpus_is_named_not_skipped(kitchen):
    shared = kitchen.parent / "shared"
    shared.mkdir()
    (shared / "grill.yaml").write_text(topic("Grill", "sear"))
    (kitchen / "extra").symlink_to(shared)
    assert one_error(kitchen) == (
        f"kitchen/extra:1:1: error outside-corpus: this folder is a link to {shared}, and "
        "cheatdeck reads no topic file through a linked folder: move the folder into the "
        "corpus in place of the link"
    )


def test_a_linked_folder_that_holds_no_topic_file_or_is_walked_anyway_is_fine(kitchen):
    (kitchen / ".assets").mkdir()
    (kitchen / "images").symlink_to(".assets")  # images only
    (kitchen / "sub").mkdir()
    (kitchen / "sauces.yaml").rename(kitchen / "sub" / "sauces.yaml")
    (kitchen / "alias").symlink_to("sub")  # its files are read through sub/ already
    done = run_cli("build", "kitchen", "-o", "out", "-f", "md", cwd=kitchen.parent)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stdout + done.stderr
    assert "roux" in (kitchen.parent / "out" / "kitchen.md").read_text()


def test_a_link_to_a_topic_file_read_already_says_to_delete_the_link(kitchen):
    (kitchen / "sub").mkdir()
    (kitchen / "sauces.yaml").rename(kitchen / "sub" / "sauces.yaml")
    (kitchen / "a-link.yaml").symlink_to("sub/sauces.yaml")  # walked before sub/
    assert one_error(kitchen) == (
        "kitchen/a-link.yaml:1:1: error outside-corpus: this topic file is a link to "
        "kitchen/sub/sauces.yaml, which is read already: delete the link"
    )


@pytest.mark.parametrize(
    "target, expected",
    [
        ("loop.yaml", "this link leads back to itself: delete it"),
        ("gone.yaml", "this link leads to gone.yaml, which does not exist: delete the link"),
    ],
)
def test_a_link_that_loops_or_leads_nowhere_says_so(kitchen, target, expected):
    (kitchen / "loop.yaml").symlink_to(target)
    assert one_error(kitchen) == f"kitchen/loop.yaml:1:1: error outside-corpus: {expected}"


# ------------------------------------------------------------ folders a user may not read


def _without_root_powers() -> list[str] | None:
    """A command prefix that runs a program as root without the power to read and write
    every file (so chmod counts), or None where that cannot be done."""
    prefix = [
        "setpriv",
        "--bounding-set=-dac_override,-dac_read_search",
        "--inh-caps=-dac_override,-dac_read_search",
    ]
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        return None
    done = subprocess.run([*prefix, "true"], capture_output=True)
    return prefix if done.returncode == 0 else None


POWERLESS = _without_root_powers()


def _check_as_a_user(kitchen: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*POWERLESS, sys.executable, "-m", "cheatdeck", "check", "kitchen"],
        cwd=kitchen.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(POWERLESS is None, reason="needs setpriv to drop root's file powers")
@pytest.mark.parametrize("unlisted", ["kitchen", "kitchen/private"])
def test_a_folder_that_cannot_be_listed_is_named_not_taken_for_empty(kitchen, unlisted):
    (kitchen / "private").mkdir()
    (kitchen / "private" / "grill.yaml").write_text(topic("Grill", "sear"))
    folder = kitchen.parent / unlisted
    folder.chmod(0o311)  # may be entered, not listed
    try:
        done = _check_as_a_user(kitchen)
    finally:
        folder.chmod(0o755)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stdout.splitlines()[0] == (
        f"{unlisted}:1:1: error encoding: cannot read the folder: Permission denied: "
        "make it readable (chmod +rx)"
    )


@pytest.mark.skipif(POWERLESS is None, reason="needs setpriv to drop root's file powers")
def test_an_image_in_a_folder_that_cannot_be_read_is_one_line_not_a_traceback(kitchen):
    from PIL import Image

    (kitchen / "images").mkdir()
    Image.new("RGB", (8, 8), "red").save(kitchen / "images" / "pan.png")
    (kitchen / "sauces.yaml").write_text(topic("Sauces", "roux") + "    image: images/pan.png\n")
    (kitchen / "images").chmod(0o000)
    try:
        done = _check_as_a_user(kitchen)
    finally:
        (kitchen / "images").chmod(0o755)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert (
        "kitchen/sauces.yaml:8:12: error missing-media: image 'images/pan.png' cannot be "
        "read: Permission denied: make its folder readable"
    ) in done.stdout.splitlines()


# ------------------------------------------------------------ a build after an image changed


@pytest.mark.parametrize("written", ["images/pan.png", ".assets/pan.png"])
def test_an_image_in_a_hidden_or_linked_folder_that_changed_is_built_again(kitchen, written):
    from PIL import Image

    (kitchen / ".assets").mkdir()
    (kitchen / "images").symlink_to(".assets")  # images/ a link to a hidden folder
    Image.new("RGB", (8, 8), "red").save(kitchen / ".assets" / "pan.png")
    (kitchen / "sauces.yaml").write_text(topic("Sauces", "roux") + f"    image: {written}\n")
    build = ("build", "kitchen", "-o", "out", "-f", "html")
    assert run_cli(*build, cwd=kitchen.parent).returncode == 0
    before = (kitchen.parent / "out" / "kitchen.html").read_bytes()
    Image.new("RGB", (16, 16), "blue").save(kitchen / ".assets" / "pan.png")
    again = run_cli(*build, cwd=kitchen.parent)
    assert again.returncode == 0 and "kitchen.html: written" in again.stdout, again.stdout
    assert (kitchen.parent / "out" / "kitchen.html").read_bytes() != before


# ------------------------------------------------------------ what to type


@pytest.mark.parametrize(
    "answer, expected",
    [
        (
            "a\x00b",
            "kitchen/sauces.yaml:7:14: error yaml-syntax: character U+0000 is not allowed "
            "in YAML: delete it",
        ),
        (
            "[" * 2000 + "]" * 2000,
            "kitchen/sauces.yaml:7:1010: error yaml-syntax: values nested too deeply: no "
            "card field nests more than a few levels: quote the value to keep it as text, "
            "or close what was left open",
        ),
    ],
)
def test_a_nul_byte_or_a_value_nested_too_deep_says_what_to_do(kitchen, answer, expected):
    text = topic("Sauces", "roux").replace("A roux thing.", answer)
    (kitchen / "sauces.yaml").write_text(text)
    assert one_error(kitchen) == expected


@pytest.mark.parametrize(
    "make, expected",
    [
        (
            lambda images: None,
            "does not exist in the corpus folder: save the image there, or correct the path",
        ),
        (lambda images: (images / "pan.png").mkdir(), "is not a file: name an image file"),
        (lambda images: os.mkfifo(images / "pan.png"), "is not a file: name an image file"),
    ],
)
def test_an_image_missing_or_not_a_file_says_what_to_do(kitchen, make, expected):
    (kitchen / "images").mkdir()
    make(kitchen / "images")
    (kitchen / "sauces.yaml").write_text(topic("Sauces", "roux") + "    image: images/pan.png\n")
    assert one_error(kitchen) == (
        f"kitchen/sauces.yaml:8:12: error missing-media: image 'images/pan.png' {expected}"
    )


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_file_saved_without_a_bom_is_named_utf16_not_a_nul_to_delete(kitchen, encoding):
    text = topic("Sauces", "roux").replace("A roux thing.", "Flour in fat at 120 °C.")
    (kitchen / "sauces.yaml").write_bytes(text.encode(encoding))
    assert one_error(kitchen) == (
        "kitchen/sauces.yaml:1:1: error encoding: the file is UTF-16 (Windows calls it "
        "'Unicode'): save the file as UTF-8 (in your editor: Save As, encoding UTF-8)"
    )


def test_two_decks_that_differ_only_in_how_an_accent_is_encoded_are_the_deck_case_error(
    kitchen,
):
    # Anki's import takes 'Café' (NFC) and 'Cafe' + U+0301 (NFD) for one deck, renames one
    (kitchen / "sauces.yaml").write_text(topic("Caf\u00e9", "roux"))
    (kitchen / "tea.yaml").write_text(topic("Cafe\u0301", "jus"))
    assert one_error(kitchen) == (
        "kitchen/tea.yaml:1:7: error deck-case: deck 'Kitchen::Cafe\u0301' differs only in how "
        "its accented letters are encoded (NFC or NFD) from 'Kitchen::Caf\u00e9' "
        "(kitchen/sauces.yaml:1): Anki takes the two for one deck and its import would rename "
        "one; write 'deck: Kitchen::Caf\u00e9' here, or change the other"
    )


def test_two_decks_that_differ_only_in_a_letter_that_looks_latin_are_the_deck_case_error(
    kitchen,
):
    """'Sauces' with a Cyrillic 'а' was a second deck, shown in Anki as 'Sauces' again."""
    (kitchen / "tea.yaml").write_text(topic("S\u0430uces", "jus"))
    assert one_error(kitchen) == (
        "kitchen/tea.yaml:1:7: error deck-case: deck 'Kitchen::S\u0430uces' differs only in "
        "letters that look alike (its '\u0430' is Cyrillic (U+0430), not Latin 'a') from "
        "'Kitchen::Sauces' (kitchen/sauces.yaml:1): Anki shows the two as decks of one name; "
        "write 'deck: Kitchen::Sauces' here, or change the other"
    )


def test_a_lookalike_deck_read_first_is_the_one_told_to_change(kitchen):
    """A Cyrillic 'а' in the deck of the topic read first ('Cаses', cases.yaml, before
    'Cases' in ports.yaml): the error was put on the Latin 'Cases', said "its 'а' is
    Cyrillic" of it and told it to write the Cyrillic spelling. The deck with the
    lookalike letter is the one to change, to the Latin spelling, and keeps its sub-deck."""
    (kitchen / "cases.yaml").write_text(topic("C\u0430ses::Iron", "pan"))
    (kitchen / "ports.yaml").write_text(topic("Cases", "jus"))
    (kitchen / "tins.yaml").write_text(topic("Cases", "tin"))  # a third: one error still
    assert one_error(kitchen) == (
        "kitchen/cases.yaml:1:7: error deck-case: deck 'Kitchen::C\u0430ses' differs only in "
        "letters that look alike (its '\u0430' is Cyrillic (U+0430), not Latin 'a') from "
        "'Kitchen::Cases' (kitchen/ports.yaml:1): Anki shows the two as decks of one name; "
        "write 'deck: Kitchen::Cases::Iron' here, or change the other"
    )


LOOKS = "letters that look alike (its '\u0456' is Cyrillic (U+0456), not Latin 'i')"
ENCODED = "how its accented letters are encoded (NFC or NFD)"


@pytest.mark.parametrize(
    ("root", "expected"),
    [
        (
            "K\u0456tchen",
            f"kitchen/corpus.yaml:3:7: error deck-case: deck 'K\u0456tchen' differs only in "
            f"{LOOKS} from 'Kitchen' (kitchen/sauces.yaml:1): Anki shows the two as decks of "
            "one name; write 'deck: Kitchen' here, or change the other",
        ),
        (
            "Cafe\u0301",
            f"kitchen/sauces.yaml:1:7: error deck-case: deck 'Caf\u00e9' differs only in "
            f"{ENCODED} from 'Cafe\u0301' (kitchen/corpus.yaml:3): Anki takes the two for one "
            "deck and its import would rename one; write 'deck: Cafe\u0301::Sauces' here, or "
            "change the other",
        ),
    ],
)
def test_a_topic_deck_written_from_a_root_deck_spelt_otherwise_is_not_nested_twice(
    kitchen, root, expected
):
    """corpus.yaml's root deck with a Cyrillic 'і' (or an NFD accent) and a topic's deck
    written from the root in Latin letters (NFC): the topic's deck was nested twice,
    'Kіtchen::Kitchen::Sauces', with no word said. It is the deck-case error, as a root
    deck written in another case is; a lookalike letter is told to change, where it is."""
    latin = unicodedata.normalize("NFC", root.replace("\u0456", "i"))
    (kitchen / "corpus.yaml").write_text(CORPUS.replace("deck: Kitchen", f"deck: {root}"))
    (kitchen / "sauces.yaml").write_text(topic(f"{latin}::Sauces", "roux"))
    assert one_error(kitchen) == expected


def test_a_bad_id_is_told_an_id_no_other_card_has(kitchen):
    # 'Roux' beside 'roux', and 'café' typed twice (NFC, then NFD): the ids suggested
    # were 'roux' and 'cafe' twice, each a duplicate-id once written
    text = topic("Sauces", "roux")
    for card_id in ("Roux", "caf\u00e9", "cafe\u0301"):
        text += f"  - id: {card_id}\n    kind: qa\n    question: Q {card_id}?\n    answer: A.\n"
    (kitchen / "sauces.yaml").write_text(text)
    done = run_cli("check", "kitchen", cwd=kitchen.parent)
    hints = [line.rsplit(": write ", 1)[-1] for line in done.stdout.splitlines()[:3]]
    assert hints == ["'roux-2'", "'cafe'", "'cafe-2'"], done.stdout


# ------------------------------------------------------------ JSON nested too deeply

DEEP_JSON = "[" * 100_000 + "]" * 100_000


def test_a_lock_nested_too_deeply_is_the_bad_lock_error_not_a_traceback(kitchen):
    (kitchen / "cheatdeck.lock").write_text(DEEP_JSON)
    checked = run_cli("check", "kitchen", cwd=kitchen.parent)
    assert checked.returncode == 1 and "Traceback" not in checked.stderr, checked.stderr
    assert checked.stdout.startswith(
        "kitchen/cheatdeck.lock:1:1: error bad-lock: cheatdeck.lock cannot be read: its "
        "values are nested too deeply for a lock; restore it from git"
    ), checked.stdout


@pytest.mark.parametrize("name", [".cheatdeck-manifest.json", ".cheatdeck-commit.json"])
def test_a_manifest_or_journal_nested_too_deeply_in_out_is_ignored(kitchen, name):
    build = ("build", "kitchen", "-o", "out", "-f", "md")
    assert run_cli(*build, cwd=kitchen.parent).returncode == 0
    (kitchen.parent / "out" / name).write_text(DEEP_JSON + "\n")
    again = run_cli(*build, cwd=kitchen.parent)
    assert again.returncode == 0 and "Traceback" not in again.stderr, again.stderr


def test_a_token_whose_payload_is_nested_too_deeply_is_checked_not_a_traceback(kitchen):
    import base64

    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    token = ".".join(
        [part(b'{"alg":"HS256"}'), part(b'{"a":' + DEEP_JSON.encode() + b"}"), "s" * 20]
    )
    (kitchen / "sauces.yaml").write_text(topic("Sauces", "roux").replace("A roux thing.", token))
    checked = run_cli("check", "kitchen", cwd=kitchen.parent)
    assert "Traceback" not in checked.stderr, checked.stderr[-500:]
    assert "error secret:" in checked.stdout, checked.stdout


@pytest.mark.parametrize(
    "text, expected",
    [
        ("- name: kitchen\n", "wrong-type: corpus.yaml must be a mapping of keys to values"),
        ("Kitchen notes\n", "wrong-type: corpus.yaml must be a mapping of keys to values"),
        ("# to do\n", "missing-field: corpus.yaml is empty: it needs name, title and deck"),
    ],
)
def test_a_corpus_file_of_a_list_a_line_or_nothing_gets_the_lines_to_write(kitchen, text, expected):
    (kitchen / "corpus.yaml").write_text(text)
    checked = run_cli("check", "kitchen", cwd=kitchen.parent)
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert checked.stdout.splitlines()[0] == (
        f"kitchen/corpus.yaml:1:1: error {expected}: write 'name: kitchen', "
        "'title: Kitchen' and 'deck: Kitchen', one a line"
    )


def test_a_second_document_says_to_delete_the_line_or_move_what_follows(kitchen):
    second = topic("Grill", "sear")
    (kitchen / "sauces.yaml").write_text(topic("Sauces", "roux") + "---\n" + second)
    assert one_error(kitchen) == (
        "kitchen/sauces.yaml:8:1: error yaml-syntax: a second YAML document ('---'): one file "
        "holds one document: delete this line, or move what follows it into a topic file of "
        "its own"
    )


def test_a_file_of_nul_bytes_only_says_to_restore_it_not_that_it_is_utf16(kitchen):
    (kitchen / "sauces.yaml").write_bytes(b"\0" * 4096)  # what a crash while saving leaves
    assert one_error(kitchen) == (
        "kitchen/sauces.yaml:1:1: error encoding: the file holds only NUL bytes (a save cut "
        "short, by a crash or a full disk): restore it from git or a backup"
    )


@pytest.mark.parametrize(
    "svg, expected",
    [
        (
            "<svg><unclosed",
            "is a damaged SVG (unclosed token at its line 1): save it again from its "
            "original, or take the image out of the card",
        ),
        (
            '<svg width="4" height="4"><rect width="4" height="4"/></svg>',
            'is an SVG whose <svg> lacks xmlns="http://www.w3.org/2000/svg": browsers and '
            "Anki show nothing: add it to the <svg> tag",
        ),
    ],
)
def test_an_svg_a_browser_shows_as_nothing_is_the_bad_image_error(kitchen, svg, expected):
    # an <img> of either (the HTML sheet, Anki) is empty: Chromium gives it no size
    (kitchen / "images").mkdir()
    (kitchen / "images" / "pan.svg").write_text(svg)
    (kitchen / "sauces.yaml").write_text(topic("Sauces", "roux") + "    image: images/pan.svg\n")
    assert one_error(kitchen) == (
        f"kitchen/sauces.yaml:8:12: error bad-image: image 'images/pan.svg' {expected}"
    )


def test_an_image_path_in_angle_brackets_says_to_write_it_without_them(kitchen):
    """The README writes a path with spaces in angle brackets inside ![alt](<…>): the
    same brackets around ``image:`` are no path, and the file does exist."""
    (kitchen / "images").mkdir()
    (kitchen / "images" / "cast iron.png").write_bytes(b"not read: the path is wrong")
    card = topic("Sauces", "roux") + "    image: <images/cast iron.png>\n"
    (kitchen / "sauces.yaml").write_text(card)
    assert one_error(kitchen) == (
        "kitchen/sauces.yaml:8:12: error missing-media: image '<images/cast iron.png>' is "
        "written in angle brackets, which only a Markdown image ![alt](<…>) takes: write "
        "the path without them: image: images/cast iron.png"
    )
