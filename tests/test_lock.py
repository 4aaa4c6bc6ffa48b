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


def build(cards, out, epoch: int, formats: str = "md"):
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    result = run_cli("build", cards, "-o", out, "-f", formats, "-q", env=env)
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

    build(kinds_corpus, tmp_path / "o", 1_700_000_000, "apkg")  # into Anki: retired now
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


def test_the_shipped_lock_is_read_and_written_back_byte_for_byte(shipped_corpus):
    text = (shipped_corpus / LOCK_FILE).read_text()
    lock = Lock.read(shipped_corpus)
    assert lock.problem is None
    assert lock.dumps() == text
    assert lock.latest() == max(e["changed"] for e in json.loads(text)["cards"].values())
    wanted = next(n for n, line in enumerate(text.splitlines(), 1) if '"iam-assume-role"' in line)
    assert lock.line_of("iam-assume-role") == wanted
    assert _entries(lock) == json.loads(text)["cards"]


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
    (problem,) = [line for line in result.stdout.splitlines() if "cheatdeck.lock" in line]
    card = json.loads("{" + lines[5].split(': {"changed"')[0] + ": 0}").popitem()[0]
    column = lines[5].index('"hash"') + len('"hash"') + 1  # where the ':' is missing
    assert problem.split("cheatdeck.lock:", 1)[1].startswith(
        f"6:{column}: error bad-lock: cheatdeck.lock cannot be "
        f"read: the line of card '{card}' is not JSON (Expecting ':' delimiter); fix that "
        f"line, or restore it from git: git -C {shipped_corpus} checkout HEAD -- "
    ), problem


@pytest.mark.parametrize(
    ("content", "where", "why"),
    [
        # a lock saved as UTF-16 (PowerShell's `>`): Python's "'utf-8' codec can't decode
        # byte 0xff in position 0: invalid start byte"
        ('{"cheatdeck-lock": 1}'.encode("utf-16"), "1:1", "it is not UTF-8 text (byte 0xff)"),
        (b'{"cheatdeck-lock": 1,\n "cards": {\n  "caf\xe9"', "3:7", "(byte 0xe9)"),
        (b"", "1:1", "it is empty;"),  # was "it is not JSON (Expecting value)"
        (b"\n \n", "1:1", "it is empty;"),
        (
            b"[1, 2]\n",
            "1:1",
            "it holds a JSON array, not a cheatdeck lock",
        ),  # "unknown lock version"
        (b"cards: []\n", "1:1", 'it is not JSON (a cheatdeck lock starts {"cheatdeck-lock": 1,)'),
        (b'{"cards": {}}', "1:1", 'it has no "cheatdeck-lock" version'),
    ],
)
def test_a_lock_that_is_no_lock_at_all_says_what_to_type_to_get_one_back(
    shipped_corpus, tmp_path, content, where, why
):
    path = shipped_corpus / LOCK_FILE
    path.write_bytes(content)
    out = tmp_path / "out"
    result = run_cli("build", "cards", "-o", out, "-f", "md,apkg", cwd=shipped_corpus.parent)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    (line,) = [line for line in result.stdout.splitlines() if "cheatdeck.lock" in line]
    assert line.startswith(f"cards/cheatdeck.lock:{where}: error bad-lock: "), line
    assert why in line, line
    assert line.endswith(
        f"; restore it from git: git -C {shipped_corpus} checkout HEAD -- cheatdeck.lock (or "
        f"find a good one with git -C {shipped_corpus} log -- cheatdeck.lock); with none, "
        "delete it and build again, and read what that build says (every note gets a new "
        "time, retired cards no longer ship)"
    ), line
    for python_s in ("codec", "Expecting", "unknown lock version", "position"):
        assert python_s not in line, line
    assert path.read_bytes() == content and not out.exists()


def test_a_lock_saved_with_a_byte_order_mark_is_read(shipped_corpus):
    # a Windows editor's BOM: the lock was "not JSON (Unexpected UTF-8 BOM (decode
    # using utf-8-sig))", though it looked right in any editor
    path = shipped_corpus / LOCK_FILE
    text = path.read_text("utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    lock = Lock.read(shipped_corpus)
    assert lock.problem is None and lock.dumps() == text


def test_a_lock_from_a_newer_cheatdeck_says_to_build_with_it(shipped_corpus):
    (shipped_corpus / LOCK_FILE).write_text('{"cheatdeck-lock": 2, "cards": {}, "other": {}}')
    result = run_cli("check", "cards", cwd=shipped_corpus.parent)
    (line,) = [line for line in result.stdout.splitlines() if "cheatdeck.lock" in line]
    assert line == (
        "cards/cheatdeck.lock:1:1: error bad-lock: cheatdeck.lock cannot be read: it is a "
        "lock of version 2, written by a newer cheatdeck (this one reads version 1): build "
        "with that cheatdeck"
    ), line


def test_stamping_unchanged_cards_changes_nothing(shipped_corpus):
    corpus = load_corpus(shipped_corpus).corpus
    lock = Lock.read(shipped_corpus)
    changes = pipeline.stamp_cards(corpus, lock)
    assert changes == {"added": [], "changed": [], "moved": [], "retired": []}
    assert lock.dumps() == (shipped_corpus / LOCK_FILE).read_text()


def test_a_card_twice_keeps_every_line_number(shipped_corpus):
    path = shipped_corpus / LOCK_FILE
    lines = path.read_text().splitlines(keepends=True)
    lines.insert(40, lines[39])  # a card twice (a bad merge): JSON keeps the last
    path.write_text("".join(lines))
    lock = Lock.read(shipped_corpus)
    assert lock.problem is None
    key = json.loads("{" + lines[100].strip().rstrip(",") + "}").popitem()[0]
    assert lock.line_of(key) == 101


def test_a_lock_with_windows_line_ends_is_read(shipped_corpus):
    path = shipped_corpus / LOCK_FILE
    text = path.read_text()
    path.write_bytes(text.replace("\n", "\r\n").encode())  # git's autocrlf on a checkout
    lock = Lock.read(shipped_corpus)
    assert lock.problem is None
    assert lock.dumps() == text


def test_text_after_the_lock_s_last_brace_makes_it_unreadable(shipped_corpus):
    path = shipped_corpus / LOCK_FILE
    path.write_text(path.read_text() + "junk\n")
    lock = Lock.read(shipped_corpus)
    assert lock.problem and not lock.cards


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("changed", 10**20),  # too large for SQLite: an OverflowError in 0.1
        ("changed", -5),
        ("changed", "yesterday"),
        ("changed", True),
        ("hash", 12),
        ("notes", []),
        # a note without its guid: a new one would be a new note in Anki, its reviews lost
        ("notes", {"iam-assume-role": {"changed": 1_700_000_000, "hash": "ab"}}),
        # the notes a card left under another note type: their GUIDs are never given again
        ("former", {"qa": {"iam-assume-role": 5}}),
        ("former", ["qa"]),
    ],
)
def test_every_malformed_entry_is_one_clear_error_naming_the_card(
    shipped_corpus, tmp_path, field, value
):
    path = shipped_corpus / LOCK_FILE
    data = json.loads(path.read_text())
    data["cards"]["iam-assume-role"][field] = value
    lock = Lock.read(shipped_corpus)  # the shipped one first: where the card's line is
    line = lock.line_of("iam-assume-role")
    path.write_text(
        lock.dumps().replace(
            lock.dumps().splitlines()[line - 1],
            '  "iam-assume-role": ' + json.dumps(data["cards"]["iam-assume-role"]) + ",",
            1,
        )
    )
    before = path.read_bytes()
    for command in (("check",), ("build", "-o", str(tmp_path / "out"), "-f", "md,apkg")):
        result = run_cli(*command, str(shipped_corpus))
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        found = [line for line in result.stdout.splitlines() if "cheatdeck.lock" in line]
        assert len(found) == 1, result.stdout
        assert f"cheatdeck.lock:{line}:1: error bad-lock: " in found[0]
        assert "iam-assume-role" in found[0]
    assert path.read_bytes() == before  # a lock that cannot be read is never written over
    assert not (tmp_path / "out" / "aws-refresher.md").exists()


def test_an_edit_is_newer_even_with_a_fixed_source_date_epoch(kinds_corpus, tmp_path):
    first = build(kinds_corpus, tmp_path / "o", 1_700_000_000)
    before = first.cards["cmd-list-buckets"]["changed"]
    basics = kinds_corpus / "basics.yaml"
    basics.write_text(basics.read_text().replace("List the S3 buckets", "List all S3 buckets"))
    second = build(kinds_corpus, tmp_path / "o", 1_700_000_000)  # the same epoch again
    assert second.cards["cmd-list-buckets"]["changed"] == before + 1
    note = second.cards["cmd-list-buckets"]["notes"]["cmd-list-buckets"]
    assert note["changed"] == before + 1
    third = build(kinds_corpus, tmp_path / "o", 1_600_000_000)  # an older epoch
    assert third.cards["cmd-list-buckets"]["changed"] == before + 1  # unchanged: kept


def test_keys_this_version_does_not_know_are_kept(kinds_corpus, tmp_path):
    build(kinds_corpus, tmp_path / "o", 1_700_000_000)
    path = kinds_corpus / LOCK_FILE
    lock = Lock.read(kinds_corpus)
    lock.cards["cmd-list-buckets"]["labels"] = ["kept"]  # another module's per-card data
    lock.cards["cmd-list-buckets"]["notes"]["cmd-list-buckets"]["extra"] = 1
    path.write_text(lock.dumps())
    basics = kinds_corpus / "basics.yaml"
    basics.write_text(basics.read_text().replace("List the S3 buckets", "List all S3 buckets"))
    after = build(kinds_corpus, tmp_path / "o", 1_700_000_100)
    entry = after.cards["cmd-list-buckets"]
    assert entry["labels"] == ["kept"]
    assert entry["notes"]["cmd-list-buckets"]["extra"] == 1
    assert entry["changed"] == 1_700_000_100


def test_an_edit_under_a_constant_source_date_epoch_updates_the_note_in_anki(
    kinds_corpus, tmp_path
):
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}  # as reproducible builds set it
    out = tmp_path / "out"
    (tmp_path / "anki").mkdir()
    collection = Collection(str(tmp_path / "anki" / "collection.anki2"))

    def build_and_import():
        result = run_cli("build", kinds_corpus, "-o", out, "-f", "apkg", "-q", env=env)
        assert result.returncode == 0, result.stderr
        request = ImportAnkiPackageRequest(
            package_path=str(out / "kinds.apkg"), options=ImportAnkiPackageOptions()
        )
        return collection.import_anki_package(request).log

    first = build_and_import()
    assert len(first.new) > 0
    basics = kinds_corpus / "basics.yaml"
    basics.write_text(basics.read_text().replace("List the S3 buckets", "List all S3 buckets"))
    second = build_and_import()
    assert len(second.updated) == 1 and len(second.new) == 0
    note = collection.get_note(second.updated[0].id.nid)
    assert "List all S3 buckets" in " ".join(note.fields)
    collection.close()


def _git(cwd, *args):
    import subprocess

    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True)


def _card(card_id: str, question: str) -> str:
    return f"  - id: {card_id}\n    kind: qa\n    question: {question}\n    answer: 'yes'\n"


@pytest.mark.skipif(not __import__("shutil").which("git"), reason="needs the git command")
@pytest.mark.parametrize("style", ["merge", "diff3"])
def test_a_lock_git_could_not_merge_keeps_both_branches_cards(tmp_path, style):
    cards = tmp_path / "wine"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: wine\ntitle: Wine\ndeck: Wine\n")
    topic = cards / "red.yaml"
    topic.write_text("deck: Red\ntitle: Red\ncards:\n" + _card("malbec", "Is Malbec red?"))
    build(cards, tmp_path / "o", 1_700_000_000)
    assert _git(cards, "init", "-q", "-b", "main").returncode == 0
    _git(cards, "config", "merge.conflictStyle", style)
    _git(cards, "add", "-A")
    _git(cards, "commit", "-qm", "base")
    _git(cards, "checkout", "-qb", "feature")
    (cards / "white.yaml").write_text(
        "deck: White\ntitle: White\ncards:\n" + _card("merlot", "Is Merlot white?")
    )
    build(cards, tmp_path / "o", 1_700_000_100)
    _git(cards, "add", "-A")
    _git(cards, "commit", "-qm", "white")
    _git(cards, "checkout", "-q", "main")
    topic.write_text(topic.read_text() + _card("pinot", "Is Pinot noir red?"))
    build(cards, tmp_path / "o", 1_700_000_200)
    _git(cards, "commit", "-qam", "pinot")
    merged = _git(cards, "merge", "feature")
    assert merged.returncode != 0, merged.stdout  # the cards merge; the lock does not
    assert _git(cards, "diff", "--name-only", "--diff-filter=U").stdout.split() == [LOCK_FILE]
    text = (cards / LOCK_FILE).read_text()
    assert "<<<<<<< " in text and ">>>>>>> " in text
    assert ("||||||| " in text) == (style == "diff3")

    checked = run_cli("check", cards)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "merge conflict markers: both sides' cards were read" in checked.stderr
    lock = Lock.read(cards)
    assert lock.merged and lock.problem is None
    assert {card: entry["changed"] for card, entry in lock.cards.items()} == {
        "malbec": 1_700_000_000,
        "merlot": 1_700_000_100,  # its time from its branch: Anki sees no change
        "pinot": 1_700_000_200,
    }
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000300"}
    built = run_cli("build", cards, "-o", tmp_path / "o", "-f", "md", env=env)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "0 added, 0 changed" in built.stdout, built.stdout
    assert "merge conflict markers resolved" in built.stderr
    after = Lock.read(cards)
    assert not after.merged and after.cards == lock.cards
    assert after.dumps() == (cards / LOCK_FILE).read_text()


@pytest.mark.skipif(not __import__("shutil").which("git"), reason="needs the git command")
def test_a_lock_git_merged_as_a_union_keeps_the_newer_line_of_a_card_both_sides_changed(
    tmp_path,
):
    # with `cheatdeck.lock merge=union` in .gitattributes git kept both branches' lines
    # of a card both edited: JSON took the later one, the older branch's, so the card
    # resolved to that branch's answer kept its older time and a device that had
    # imported the other branch's (newer) deck never took the merged answer; and where
    # both branches added a last card, the lock missed a comma: "not JSON", restore it
    cards = tmp_path / "wine"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: wine\ntitle: Wine\ndeck: Wine\n")
    (cards / ".gitattributes").write_text("cheatdeck.lock merge=union\n")
    topic = cards / "red.yaml"
    head = "deck: Red\ntitle: Red\ncards:\n"
    topic.write_text(head + _card("gamay", "Is Gamay red?") + _card("malbec", "Is Malbec red?"))
    build(cards, tmp_path / "o", 1_700_000_000)
    assert _git(cards, "init", "-q", "-b", "main").returncode == 0
    _git(cards, "add", "-A")
    _git(cards, "commit", "-qm", "base")
    _git(cards, "checkout", "-qb", "feature")
    topic.write_text(
        head
        + _card("gamay", "Is Gamay a red grape?")
        + _card("malbec", "Is Malbec red?")
        + _card("zinfandel", "Is Zinfandel red?")
    )
    build(cards, tmp_path / "o", 1_700_000_100)
    _git(cards, "commit", "-qam", "feature")
    _git(cards, "checkout", "-q", "main")
    topic.write_text(
        head
        + _card("gamay", "Is Gamay a red grape variety?")
        + _card("malbec", "Is Malbec red?")
        + _card("syrah", "Is Syrah red?")
    )
    newer = build(cards, tmp_path / "o", 1_700_000_200).cards["gamay"]["changed"]
    _git(cards, "commit", "-qam", "main")
    merged = _git(cards, "merge", "feature")
    assert merged.returncode != 0, merged.stdout  # the cards conflict; the lock does not
    text = (cards / LOCK_FILE).read_text()
    assert "<<<<<<< " not in text and text.count('\n  "gamay": ') == 2, text
    # the feature branch's wording kept, both branches' new cards too
    topic.write_text(
        head
        + _card("gamay", "Is Gamay a red grape?")
        + _card("malbec", "Is Malbec red?")
        + _card("syrah", "Is Syrah red?")
        + _card("zinfandel", "Is Zinfandel red?")
    )
    checked = run_cli("check", cards)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "two lines of one card (git's union merge)" in checked.stderr
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000300"}
    built = run_cli("build", cards, "-o", tmp_path / "o", "-f", "md", env=env)
    assert built.returncode == 0, built.stdout + built.stderr
    assert f"git -C {cards} add {LOCK_FILE}" in built.stderr, built.stderr
    after = Lock.read(cards)
    assert not after.doubled and after.problem is None
    assert after.cards["gamay"]["changed"] > newer  # every device takes the merged answer
    assert {"syrah", "zinfandel"} <= set(after.cards)
    assert after.dumps() == (cards / LOCK_FILE).read_text()


def test_a_card_both_sides_of_a_conflict_hold_keeps_the_newer_entry_and_every_note(tmp_path):
    older = {
        "changed": 100,
        "hash": "a",
        "notes": {"x": {"changed": 100, "guid": "g1", "hash": "h"}},
    }
    newer = {
        "changed": 200,
        "hash": "b",
        "notes": {"y": {"changed": 200, "guid": "g2", "hash": "i"}},
    }
    text = (
        '{"cheatdeck-lock": 1,\n "cards": {\n'
        "<<<<<<< HEAD\n"
        f'  "c": {json.dumps(newer)},\n'
        "=======\n"
        f'  "c": {json.dumps(older)},\n'
        ">>>>>>> other\n"
        '  "d": {"changed": 5, "hash": "d"}\n'
        ' },\n "other": {\n }\n}\n'
    )
    (tmp_path / LOCK_FILE).write_text(text)
    lock = Lock.read(tmp_path)
    assert lock.problem is None and lock.merged
    assert lock.cards["c"]["hash"] == "b" and set(lock.cards["c"]["notes"]) == {"x", "y"}
    assert lock.cards["d"] == {"changed": 5, "hash": "d"}


def test_two_lines_of_one_card_without_markers_keep_the_newer_one(tmp_path):
    # a union merge that left valid JSON: the later line, the older entry, was read
    newer = {"changed": 200, "hash": "b", "notes": {"y": {"changed": 200, "guid": "g2"}}}
    older = {"changed": 100, "hash": "a", "notes": {"x": {"changed": 100, "guid": "g1"}}}
    text = (
        '{"cheatdeck-lock": 1,\n "cards": {\n'
        f'  "c": {json.dumps(newer)},\n'
        f'  "c": {json.dumps(older)},\n'
        '  "d": {"changed": 5, "hash": "d"}\n'
        ' },\n "other": {\n }\n}\n'
    )
    (tmp_path / LOCK_FILE).write_text(text)
    lock = Lock.read(tmp_path)
    assert lock.problem is None and lock.doubled and not lock.merged
    assert lock.cards["c"]["hash"] == "b" and set(lock.cards["c"]["notes"]) == {"x", "y"}
    assert lock.cards["d"] == {"changed": 5, "hash": "d"}


def test_a_lock_as_cheatdeck_writes_it_or_on_one_line_is_not_taken_for_a_union(tmp_path):
    entry = {"changed": 5, "hash": "d"}
    lock = Lock(tmp_path / LOCK_FILE, cards={"a": entry, "b": entry}, other={"o": entry})
    for text in (lock.dumps(), json.dumps({"cheatdeck-lock": 1, "cards": lock.cards})):
        (tmp_path / LOCK_FILE).write_text(text)
        read = Lock.read(tmp_path)
        assert read.problem is None and not read.doubled and set(read.cards) == {"a", "b"}


def test_conflict_markers_around_more_than_cards_are_one_clear_error(tmp_path):
    text = '<<<<<<< HEAD\n{"cheatdeck-lock": 1,\n=======\n{"cheatdeck-lock": 2,\n>>>>>>> x\n}\n'
    (tmp_path / LOCK_FILE).write_text(text)
    lock = Lock.read(tmp_path)
    assert lock.problem is not None and "resolve the conflict by hand" in lock.problem


def test_two_locks_one_after_the_other_name_the_line_and_how_to_merge_them(tmp_path):
    # two branches' locks pasted one after the other (a merge resolved by
    # concatenation): the error was "it is not JSON (Extra data)", with no way out
    side = '{"cheatdeck-lock": 1,\n "cards": {\n  "%s": {"changed": 5, "hash": "d"}\n'
    side += ' },\n "other": {\n }\n}\n'
    (tmp_path / LOCK_FILE).write_text(side % "a" + side % "b")
    lock = Lock.read(tmp_path)
    assert lock.problem is not None and lock.problem_line == 8, lock.problem
    assert lock.problem.startswith("a second lock starts here (two locks one after the other)")
    assert f"`git -C {tmp_path} checkout --merge cheatdeck.lock`" in lock.problem, lock.problem


def test_a_new_form_of_the_fields_is_announced_once_and_makes_every_note_newer(
    kinds_corpus, tmp_path
):
    """A cheatdeck that writes the notes' fields anew (FIELD_FORMAT) makes Anki update
    every note once: the build says so, once, and the notes are newer in the deck."""
    import sqlite3
    import zipfile

    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    first = run_cli("build", kinds_corpus, "-o", tmp_path / "o", "-f", "apkg", env=env)
    assert first.returncode == 0 and "new form" not in first.stderr, first.stderr
    lock = json.loads((kinds_corpus / LOCK_FILE).read_text())
    lock["other"]["anki:fields"]["hash"] = "written-by-an-older-cheatdeck"
    (kinds_corpus / LOCK_FILE).write_text(json.dumps(lock))
    env["SOURCE_DATE_EPOCH"] = "1700000500"
    again = run_cli("build", kinds_corpus, "-o", tmp_path / "o", "-f", "apkg", env=env)
    assert again.returncode == 0, again.stderr
    said = [line for line in again.stderr.splitlines() if "new form" in line]
    assert len(said) == 1 and "updates every note once" in said[0], again.stderr
    with zipfile.ZipFile(tmp_path / "o" / "kinds.apkg") as package:
        (tmp_path / "c.anki2").write_bytes(package.read("collection.anki2"))
    times = {
        row[0] for row in sqlite3.connect(tmp_path / "c.anki2").execute("select mod from notes")
    }
    assert times == {1_700_000_500}, times
    third = run_cli("build", kinds_corpus, "-o", tmp_path / "p", "-f", "apkg", env=env)
    assert "new form" not in third.stderr, third.stderr


def test_a_retired_id_no_build_had_is_a_warning_with_the_nearest_gone_id(tmp_path):
    """'kestrl' retired nothing (and 'kestrel' was still reported gone): the retired line
    is named, with the id meant; an id retired while the lock knows it stays silent."""
    cards = tmp_path / "birds"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: birds\ntitle: Birds\ndeck: Birds\n")
    card = "  - {id: %s, kind: qa, question: Which bird is %s?, answer: The %s}\n"
    topic = "deck: Raptors\ntitle: Raptors\ncards:\n"
    (cards / "raptors.yaml").write_text(
        topic + card % ("kestrel", "k", "k") + card % ("owl", "o", "o")
    )
    build(cards, tmp_path / "o", 1_700_000_000)
    (cards / "raptors.yaml").write_text(topic + card % ("owl", "o", "o"))
    with (cards / "corpus.yaml").open("a") as corpus:
        corpus.write("retired:\n  - kestrl\n  - never-was\n")
    found = [
        (d.code, d.line, d.col, d.message)
        for d in pipeline.check(cards).report.diagnostics
        if d.code == "unknown-retired"
    ]
    assert [f[:3] for f in found] == [("unknown-retired", 5, 5), ("unknown-retired", 6, 5)]
    assert found[0][3].startswith("retired: names 'kestrl', ") and found[0][3].endswith(
        "ever had: did you mean 'kestrel'?"
    )
    assert found[1][3].endswith("remove it, or write the id of the card you removed")
    (cards / "corpus.yaml").write_text(
        "name: birds\ntitle: Birds\ndeck: Birds\nretired: [kestrel]\n"
    )
    assert pipeline.check(cards).report.diagnostics == []
    (cards / "cheatdeck.lock").unlink()  # no build yet: what was retired is not known
    (cards / "corpus.yaml").write_text("name: birds\ntitle: Birds\ndeck: Birds\nretired: [x]\n")
    assert pipeline.check(cards).report.diagnostics == []


# -- drafts: cards no deck had yet ---------------------------------------------------

DRAFT_CARD = (
    "  - id: %s\n    kind: qa\n    question: Which castle part is the %s?\n    answer: The %s\n"
)
CASTLE = "deck: Parts\ntitle: Castle parts\ncards:\n"


def castle_corpus(tmp_path, *ids: str):
    """A corpus of one topic holding a card for each id (no lock yet)."""
    cards = tmp_path / "castles"
    cards.mkdir(exist_ok=True)
    (cards / "corpus.yaml").write_text("name: castles\ntitle: Castles\ndeck: Castles\n")
    write_castle(cards, *ids)
    return cards


def write_castle(cards, *ids: str) -> None:
    text = CASTLE + "".join(DRAFT_CARD % (card_id, card_id, card_id) for card_id in ids)
    (cards / "parts.yaml").write_text(text)


def codes(cards) -> list[str]:
    return [d.code for d in pipeline.check(cards).report.diagnostics]


@pytest.mark.parametrize("formats", ["md", "html", "html,md,json,quizlet,mochi"])
def test_a_card_only_built_into_the_sheet_is_renamed_or_deleted_freely(tmp_path, formats):
    """Draft, look, rename: a card no build put into a deck leaves the corpus with no
    removed-card (nothing in Anki to keep), and the next build forgets it, saying so."""
    cards = castle_corpus(tmp_path, "keep", "moat", "motte")
    build(cards, tmp_path / "o", 1_700_000_000, formats)
    assert all(entry["draft"] is True for entry in Lock.read(cards).cards.values())
    write_castle(cards, "keep", "bailey")  # motte renamed bailey, moat deleted
    assert codes(cards) == []
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000100"}
    done = run_cli("build", cards, "-o", tmp_path / "o", "-f", formats, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "  gone before any deck had them (nothing to retire): moat, motte" in done.stdout
    assert sorted(Lock.read(cards).cards) == ["bailey", "keep"]
    assert codes(cards) == []


@pytest.mark.parametrize("formats", ["apkg", "anki-tsv", "crowdanki", "mnemosyne"])
def test_a_card_built_into_a_deck_leaves_only_through_retired(tmp_path, formats):
    """A build into an output whose tool keeps the reviews by note GUID (the .apkg,
    Anki's text import, CrowdAnki, Mnemosyne) ships the cards: the flag goes, and
    removed-card is as before; a build of the sheet afterwards leaves them shipped."""
    cards = castle_corpus(tmp_path, "keep", "moat")
    build(cards, tmp_path / "sheet", 1_700_000_000)
    build(cards, tmp_path / "o", 1_700_000_000, formats)
    assert all("draft" not in entry for entry in Lock.read(cards).cards.values())
    build(cards, tmp_path / "sheet", 1_700_000_100, "html")
    assert all("draft" not in entry for entry in Lock.read(cards).cards.values())
    write_castle(cards, "keep")
    assert codes(cards) == ["removed-card"]


def test_a_shipped_lock_reads_and_writes_as_before(shipped_corpus, tmp_path):
    """A lock without drafts (every lock written before them) is all shipped: a sheet
    build leaves its bytes, and a card gone is removed-card."""
    before = (shipped_corpus / LOCK_FILE).read_bytes()
    build(shipped_corpus, tmp_path / "o", 1_700_000_000, "html")
    assert (shipped_corpus / LOCK_FILE).read_bytes() == before
    topic = shipped_corpus / "03-iam.yaml"
    text = topic.read_text()
    start = text.index("  - id: iam-assume-role")
    end = text.index("  - id:", start + 1)
    topic.write_text(text[:start] + text[end:])
    assert "removed-card" in codes(shipped_corpus)


def test_a_tag_build_ships_only_the_cards_it_builds(tmp_path):
    """``--tag`` builds some cards into the .apkg: only they leave the drafts."""
    cards = castle_corpus(tmp_path)
    (cards / "parts.yaml").write_text(
        CASTLE
        + DRAFT_CARD % ("keep", "keep", "keep")
        + "    tags: [walls]\n"
        + DRAFT_CARD % ("moat", "moat", "moat")
    )
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    done = run_cli("build", cards, "-o", tmp_path / "o", "-f", "apkg", "--tag", "walls", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    lock = Lock.read(cards)
    assert (lock.is_draft("keep"), lock.is_draft("moat")) == (False, True)


def test_a_card_kept_out_of_anki_stays_a_draft(tmp_path):
    """``anki: false`` never ships a note: the card stays a draft through an .apkg build
    and leaves freely; a card that shipped is still asked for (removed-card)."""
    cards = castle_corpus(tmp_path, "keep", "moat")
    topic = cards / "parts.yaml"
    topic.write_text(topic.read_text() + "    anki: false\n")  # moat
    build(cards, tmp_path / "o", 1_700_000_000, "apkg")
    lock = Lock.read(cards)
    assert (lock.is_draft("keep"), lock.is_draft("moat")) == (False, True)
    write_castle(cards, "moat")
    topic.write_text(topic.read_text() + "    anki: false\n")
    assert codes(cards) == ["removed-card"]  # keep shipped
    write_castle(cards, "keep")
    assert codes(cards) == []  # moat never did


def test_renamed_from_a_draft_keeps_its_guid(tmp_path):
    """``renamed_from`` naming a draft is not needed, and still works: the GUID stays."""
    cards = castle_corpus(tmp_path, "keep", "motte")
    build(cards, tmp_path / "o", 1_700_000_000)
    guid = Lock.read(cards).cards["motte"]["notes"]["motte"]["guid"]
    write_castle(cards, "keep", "bailey")
    topic = cards / "parts.yaml"
    topic.write_text(topic.read_text() + "    renamed_from: motte\n")
    build(cards, tmp_path / "o", 1_700_000_100, "apkg")
    lock = Lock.read(cards)
    assert lock.cards["bailey"]["notes"]["bailey"]["guid"] == guid
    assert "motte" not in lock.cards and not lock.is_draft("bailey")


def test_a_card_with_a_guid_is_never_a_draft(tmp_path):
    """``guid:`` may name a note Anki already holds (``cheatdeck import`` writes it):
    such a card is shipped from its first build."""
    cards = castle_corpus(tmp_path, "keep")
    topic = cards / "parts.yaml"
    topic.write_text(topic.read_text() + "    guid: abc123\n")
    build(cards, tmp_path / "o", 1_700_000_000)
    assert not Lock.read(cards).is_draft("keep")
    write_castle(cards, "moat")
    assert "removed-card" in codes(cards)


def test_a_merge_of_a_draft_and_a_shipped_entry_is_shipped(tmp_path):
    """git could not merge the lock: one branch built the .apkg, the other the sheet
    only; the card is shipped, whichever side is newer."""
    cards = castle_corpus(tmp_path, "keep")
    build(cards, tmp_path / "o", 1_700_000_000)
    lines = (cards / LOCK_FILE).read_text().splitlines(keepends=True)
    (drafted,) = [line for line in lines if line.startswith('  "keep"')]
    shipped = drafted.replace('"draft":true,', "").replace("1700000000", "1699999000")
    assert shipped != drafted and '"draft"' not in shipped
    at = lines.index(drafted)
    merged = [*lines[:at], "<<<<<<< HEAD\n", drafted, "=======\n", shipped, ">>>>>>> b\n"]
    (cards / LOCK_FILE).write_text("".join(merged + lines[at + 1 :]))
    lock = Lock.read(cards)
    assert lock.problem is None and lock.merged
    assert not lock.is_draft("keep")


def test_a_draft_flag_not_as_written_is_bad_lock(tmp_path):
    cards = castle_corpus(tmp_path, "keep")
    build(cards, tmp_path / "o", 1_700_000_000)
    text = (cards / LOCK_FILE).read_text()
    (cards / LOCK_FILE).write_text(text.replace('"draft":true', '"draft":false'))
    (found,) = pipeline.check(cards).report.diagnostics
    assert found.code == "bad-lock" and "'draft': false, where cheatdeck writes" in found.message


def test_a_rename_merged_with_an_edit_is_shipped_when_either_side_was(tmp_path):
    """One branch renamed a shipped card (``renamed_from``) and built only the sheet,
    the other edited it under its old id: the one entry left is shipped."""
    lock = Lock(tmp_path / LOCK_FILE)
    lock.cards = {
        "motte": {"changed": 5, "hash": "a", "notes": {"motte": {"guid": "g", "changed": 5}}},
        "bailey": {"changed": 6, "hash": "b", "draft": True, "notes": {}},
    }
    lock.absorb_renamed("bailey", "motte")
    assert list(lock.cards) == ["bailey"] and not lock.is_draft("bailey")


def test_a_lock_gone_back_to_a_draft_is_shipped_by_the_last_deck_built(tmp_path):
    """The lock taken back (git) to before the .apkg build that shipped a card holds it
    as a draft: the notes the last .apkg into OUT shipped say it is shipped."""
    cards = castle_corpus(tmp_path, "keep")
    build(cards, tmp_path / "o", 1_700_000_000)
    drafted = (cards / LOCK_FILE).read_bytes()
    build(cards, tmp_path / "o", 1_700_000_000, "apkg")
    (cards / LOCK_FILE).write_bytes(drafted)  # git checkout of the older lock
    assert build(cards, tmp_path / "o", 1_700_000_100).is_draft("keep") is False
