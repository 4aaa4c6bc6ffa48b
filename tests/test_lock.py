"""cheatdeck.lock: times change only with content, GUIDs only with identity; stable bytes."""

from __future__ import annotations

import json
import os

import pytest

from cheatdeck import pipeline
from cheatdeck.facts import guid_for
from cheatdeck.load import load_corpus
from cheatdeck.lock import LOCK_FILE, Lock

from conftest import run_cli


def build(cards, out, epoch: int):
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    result = run_cli("build", cards, "-o", out, "-f", "md", "-q", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return Lock.read(cards)


def test_guid_formula_is_fixed():
    # golden values: changing the formula would duplicate every note users already study
    assert guid_for("aws-refresher", "iam-role") == "F_O#/g%ig9"
    assert guid_for("kinds", "table-storage/EBS/Scope") == "ox@)v!CSQ]"
    assert guid_for("kinds", "list-practices#2") == "L;|]9o8JRM"
    assert guid_for("kinds", "cloze-region") == "ee6s.~oeB["


def test_times_change_only_for_edited_cards(kinds_corpus, tmp_path):
    first = build(kinds_corpus, tmp_path / "o", 1_700_000_000)
    assert {e["changed"] for e in first.cards.values()} == {1_700_000_000}
    basics = kinds_corpus / "basics.yaml"
    basics.write_text(basics.read_text().replace("List the S3 buckets", "List all S3 buckets"))
    second = build(kinds_corpus, tmp_path / "o", 1_700_000_500)
    changed = {cid for cid, e in second.cards.items() if e["changed"] == 1_700_000_500}
    assert changed == {"cmd-list-buckets"}
    note_times = {k: n["changed"] for e in second.cards.values() for k, n in e["notes"].items()}
    assert [k for k, t in note_times.items() if t == 1_700_000_500] == ["cmd-list-buckets"]


def test_editing_one_table_cell_changes_only_that_note(kinds_corpus, tmp_path):
    build(kinds_corpus, tmp_path / "o", 1_700_000_000)
    numbers = kinds_corpus / "numbers.yaml"
    numbers.write_text(numbers.read_text().replace("[Block, One AZ]", "[Block, One AZ only]"))
    lock = build(kinds_corpus, tmp_path / "o", 1_700_000_900)
    notes = lock.cards["table-storage"]["notes"]
    newer = sorted(k for k, n in notes.items() if n["changed"] == 1_700_000_900)
    assert newer == ["table-storage/EBS/Scope"]


def test_lock_is_one_card_per_line_and_stable(kinds_corpus, tmp_path):
    build(kinds_corpus, tmp_path / "o", 1_700_000_000)
    text = (kinds_corpus / LOCK_FILE).read_text()
    data = json.loads(text)
    assert len(data["cards"]) == 10
    card_lines = [line for line in text.splitlines() if line.startswith('  "')]
    assert len(card_lines) == 10
    build(kinds_corpus, tmp_path / "o2", 1_800_000_000)
    assert (kinds_corpus / LOCK_FILE).read_text() == text


def test_retired_card_keeps_its_content_and_ships_tagged(kinds_corpus, tmp_path):
    from cheatdeck import pipeline
    from cheatdeck.writers import WRITER_NAMES

    build(kinds_corpus, tmp_path / "o", 1_700_000_000)
    numbers = kinds_corpus / "numbers.yaml"
    text = numbers.read_text()
    start, end = text.index("  - id: cloze-region"), text.index("  - id: snippet-policy")
    numbers.write_text(text[:start] + text[end:])
    corpus = kinds_corpus / "corpus.yaml"
    corpus.write_text(corpus.read_text() + "retired: [cloze-region]\n")
    os.environ["SOURCE_DATE_EPOCH"] = "1700000700"
    try:
        outcome = pipeline.build(kinds_corpus, tmp_path / "o3", [WRITER_NAMES["md"]])
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    assert not outcome.report.failed()
    assert outcome.changes["retired"] == ["cloze-region"]
    lock = Lock.read(kinds_corpus)
    entry = lock.cards["cloze-region"]
    assert entry["retired"] is True
    assert entry["notes"]["cloze-region"]["changed"] == 1_700_000_700
    stored = lock.stored_card("cloze-region")
    assert stored is not None and "{{c1::Region}}" in stored.text


def _entries(lock: Lock) -> dict:
    return {key: lock.cards[key] for key in sorted(lock.cards)}


def test_lock_entries_stay_in_the_file_until_used_and_write_back_the_same_bytes(shipped_corpus):
    text = (shipped_corpus / LOCK_FILE).read_text()
    lock = Lock.read(shipped_corpus)
    assert lock.problem is None
    assert all(lock.cards.stored(key) == lock.lines[key] for key in lock.cards)  # none read
    assert lock.dumps() == text
    assert lock.latest() == max(e["changed"] for e in json.loads(text)["cards"].values())
    assert (
        lock.lines["iam-assume-role"]
        == text.splitlines().index(
            next(line for line in text.splitlines() if line.startswith('  "iam-assume-role"'))
        )
        + 1
    )
    assert _entries(lock) == json.loads(text)["cards"]


def test_a_lock_replaced_after_reading_is_still_the_one_read(shipped_corpus):
    path = shipped_corpus / LOCK_FILE
    text = path.read_text()
    lock = Lock.read(shipped_corpus)
    path.unlink()
    path.write_text(text.replace('"hash":"', '"hash":"0', 1))  # another build's lock
    assert lock.dumps() == text


def test_entries_are_read_again_without_pread_and_not_after_close(shipped_corpus, monkeypatch):
    text = (shipped_corpus / LOCK_FILE).read_text()
    lock = Lock.read(shipped_corpus)
    monkeypatch.delattr(os, "pread")  # as on Windows: seek and read
    assert lock.dumps() == text
    lock.close()
    with pytest.raises(OSError, match="was closed before an entry was read"):
        lock.dumps()


def test_a_lock_edited_in_place_after_reading_is_one_clear_error(shipped_corpus):
    path = shipped_corpus / LOCK_FILE
    lines = path.read_text().splitlines(keepends=True)
    lock = Lock.read(shipped_corpus)
    with open(path, "r+") as handle:  # the same file, its third line now another card's
        handle.seek(len(lines[0]) + len(lines[1]))
        handle.write(lines[3] + lines[2])
    with pytest.raises(OSError, match="changed on disk while this build was reading it"):
        lock.dumps()


def test_a_lock_laid_out_otherwise_is_read_whole(shipped_corpus):
    path = shipped_corpus / LOCK_FILE
    data = json.loads(path.read_text())
    path.write_text(json.dumps(data, indent=4))  # reformatted by hand or by a tool
    lock = Lock.read(shipped_corpus)
    assert lock.problem is None
    assert _entries(lock) == data["cards"]
    assert lock.other == data["other"]


def test_a_broken_entry_line_makes_the_lock_unreadable(shipped_corpus):
    path = shipped_corpus / LOCK_FILE
    lines = path.read_text().splitlines(keepends=True)
    lines[5] = lines[5].replace('"hash":', '"hash"', 1)  # one line of the cards, not JSON
    path.write_text("".join(lines))
    lock = Lock.read(shipped_corpus)
    assert lock.problem and not lock.cards
    result = run_cli("check", str(shipped_corpus))
    assert result.returncode == 1
    assert "cheatdeck.lock cannot be read" in result.stdout


def test_stamping_unchanged_cards_leaves_them_in_the_file(shipped_corpus):
    corpus = load_corpus(shipped_corpus).corpus
    lock = Lock.read(shipped_corpus)
    changes = pipeline.stamp_cards(corpus, lock)
    assert changes == {"added": [], "changed": [], "moved": [], "retired": []}
    assert all(lock.cards.stored(card.id) == lock.lines[card.id] for card in corpus.cards())
    assert lock.dumps() == (shipped_corpus / LOCK_FILE).read_text()


def test_a_lock_that_stops_looking_canonical_midway_keeps_every_line_number(shipped_corpus):
    path = shipped_corpus / LOCK_FILE
    lines = path.read_text().splitlines(keepends=True)
    lines.insert(40, lines[39])  # a card twice (a bad merge): read whole, the last wins
    path.write_text("".join(lines))
    lock = Lock.read(shipped_corpus)
    assert lock.problem is None
    key = json.loads("{" + lines[100].strip().rstrip(",") + "}").popitem()[0]
    assert lock.lines[key] == 101


def test_a_lock_with_windows_line_ends_is_still_read_line_by_line(shipped_corpus):
    path = shipped_corpus / LOCK_FILE
    text = path.read_text()
    path.write_bytes(text.replace("\n", "\r\n").encode())  # git's autocrlf on a checkout
    lock = Lock.read(shipped_corpus)
    assert lock.problem is None
    assert all(lock.cards.stored(key) == lock.lines[key] for key in lock.cards)  # not read whole
    assert lock.dumps() == text


def test_text_after_the_lock_s_last_brace_makes_it_unreadable(shipped_corpus):
    path = shipped_corpus / LOCK_FILE
    path.write_text(path.read_text() + "junk\n")
    lock = Lock.read(shipped_corpus)
    assert lock.problem and not lock.cards
