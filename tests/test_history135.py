"""A juggler's corpus kept in git (history135): what ``check`` says before the build of
an edit Anki cannot follow, and what a retired card brought back under another kind
leaves in Anki, through the real command line and the real Anki importer.

``check`` prints the notices the next build will print (a kind changed, an item or a
row no build can recognise), from a copy of the lock: it writes nothing, and the build
then says the same lines."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import build_at, edit, git, import_and_review, import_only, run_cli, write_corpus

anki_collection = pytest.importorskip("anki.collection")

EPOCH = 1_790_000_000
DAY = 86_400

CORPUS = "name: juggling\ntitle: Juggling notes\ndeck: Juggling\n"
PATTERNS = """\
deck: Patterns
title: Patterns
cards:
  - id: dwell-time
    kind: qa
    question: What is the dwell time in juggling?
    answer: The time a prop spends held in a hand between a catch and the next throw.
  - id: beginner-steps
    kind: list
    title: Learning the cascade
    items:
      - One ball from hand to hand
      - Two balls, one exchange
      - Three balls, a flash
  - id: throw-heights
    kind: table
    title: Throw heights
    row_header: Throw
    columns: [Beats, Crosses]
    rows:
      "3": [Three, "Yes"]
      "4": [Four, "No"]
  - id: flash
    kind: qa
    question: What does it mean to flash a number of balls?
    answer: To throw and catch each ball once.
"""


def _check(cards: Path) -> list[str]:
    done = run_cli("check", cards)
    assert done.returncode == 0, done.stdout + done.stderr
    return [line for line in done.stdout.splitlines() if line.startswith("notice: ")]


def _built_notices(report: str) -> list[str]:
    return [line for line in report.splitlines() if line.startswith("notice: ")]


def test_check_says_the_notices_the_build_will_print(tmp_path):
    cards = write_corpus(tmp_path / "cards", {"corpus.yaml": CORPUS, "patterns.yaml": PATTERNS})
    build_at(cards, tmp_path / "out", EPOCH)
    assert _check(cards) == []  # nothing edited: nothing to say
    edit(
        cards / "patterns.yaml",
        "    kind: qa\n    question: What is the dwell time in juggling?\n    answer:",
        "    kind: concept\n    term: Dwell time\n    definition:",
    )
    edit(cards / "patterns.yaml", "Three balls, a flash", "Toss three balls once each, catch all")
    edit(cards / "patterns.yaml", '"4": [Four, "No"]', '"5": [Five, "Yes"]')
    lock_before = (cards / "cheatdeck.lock").read_bytes()
    said = _check(cards)
    assert (cards / "cheatdeck.lock").read_bytes() == lock_before  # check writes nothing
    assert len(said) == 3, said
    assert said[0].startswith("notice: 'dwell-time' ("), said
    assert "patterns.yaml:4:5) changed kind (qa → concept)" in said[0]
    assert "cheatdeck adopt" in said[0]
    assert said[1].startswith("notice: 'beginner-steps' ("), said
    assert "patterns.yaml:8:5): 1 old note" in said[1]
    assert '"Three balls, a flash"' in said[1]
    assert said[2].startswith("notice: 'throw-heights' ("), said
    assert "patterns.yaml:15:5): 2 old notes" in said[2]
    # the build then says the very same lines
    assert _built_notices(build_at(cards, tmp_path / "out", EPOCH + DAY)) == said
    assert _check(cards) == []  # built: the lock holds the edit, nothing more to say
    # other formats keep their standard output: the notices go to standard error
    edit(
        cards / "patterns.yaml",
        "    kind: concept\n    term: Dwell time\n    definition:",
        "    kind: qa\n    question: What is the dwell time in juggling?\n    answer:",
    )
    done = run_cli("check", cards, "--format", "json")
    assert done.returncode == 0, done.stderr
    assert "notice" not in done.stdout
    assert "cheatdeck: notice: 'dwell-time' (" in done.stderr
    assert "patterns.yaml:4:5) changed kind (concept → qa)" in (done.stderr)


def _notes(collection: Path) -> dict[str, list[tuple[str, str, int]]]:
    """CheatdeckId -> [(note type, tags, reviews in the log)] of each of its notes."""
    col = anki_collection.Collection(str(collection))
    try:
        found: dict[str, list] = {}
        for nid in sorted(col.find_notes("")):
            note = col.get_note(nid)
            logged = sum(
                col.db.scalar("select count() from revlog where cid = ?", card.id)
                for card in note.cards()
            )
            found.setdefault(note["CheatdeckId"], []).append(
                (note.note_type()["name"], " ".join(note.tags), logged)
            )
        return found
    finally:
        col.close()


DWELL_QA = (
    "  - id: dwell-time\n    kind: qa\n    question: What is the dwell time in juggling?\n"
    "    answer: The time a prop spends held in a hand between a catch and the next throw.\n"
)
DWELL_CONCEPT = (
    "  - id: dwell-time\n    kind: concept\n    term: Dwell time\n"
    "    definition: The time a prop spends held in a hand between a catch and the next throw.\n"
)


def _retired_then_restored_as_concept(tmp_path) -> tuple[Path, Path, str]:
    """dwell-time studied, retired (that build imported: its note tagged), then written
    again as a concept card: the corpus, the collection and the restoring build's report."""
    cards = write_corpus(tmp_path / "cards", {"corpus.yaml": CORPUS, "patterns.yaml": PATTERNS})
    build_at(cards, tmp_path / "out", EPOCH)
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, tmp_path / "out" / "juggling.apkg")
    edit(cards / "patterns.yaml", DWELL_QA, "")
    (cards / "corpus.yaml").write_text(CORPUS + "retired: [dwell-time]\n", "utf-8")
    build_at(cards, tmp_path / "out", EPOCH + DAY)
    import_only(collection, tmp_path / "out" / "juggling.apkg")
    assert _notes(collection)["dwell-time"] == [("cheatdeck Q&A", "cheatdeck::retired kind::qa", 1)]
    (cards / "corpus.yaml").write_text(CORPUS, "utf-8")
    edit(cards / "patterns.yaml", "cards:\n", "cards:\n" + DWELL_CONCEPT)
    return cards, collection, build_at(cards, tmp_path / "out", EPOCH + 2 * DAY)


def test_a_retired_card_restored_under_another_kind_says_its_old_note_stays_tagged(tmp_path):
    cards, collection, said = _retired_then_restored_as_concept(tmp_path)
    notice = next(line for line in said.splitlines() if "changed kind" in line)
    assert "restored: dwell-time" in said
    # Anki adds the concept note; the studied Q&A note keeps the retired tag and the
    # reviews: the notice says so, since deleting the tagged notes would delete them
    assert "still tagged cheatdeck::retired" in notice, notice
    assert "cheatdeck adopt" in notice, notice
    import_only(collection, tmp_path / "out" / "juggling.apkg")
    assert sorted(_notes(collection)["dwell-time"]) == [
        ("cheatdeck Concept", "kind::concept", 0),
        ("cheatdeck Q&A", "cheatdeck::retired kind::qa", 1),
    ]


def test_adopt_keeps_a_restored_card_whose_kind_changed_and_untags_its_note(tmp_path):
    cards, collection, said = _retired_then_restored_as_concept(tmp_path)
    done = run_cli("adopt", collection, cards)
    assert done.returncode == 0, done.stdout + done.stderr
    log = import_only(collection, tmp_path / "out" / "juggling.apkg")
    assert len(log.new) == 0, log  # adopt gave the old note the new one's fields and tags
    assert _notes(collection)["dwell-time"] == [("cheatdeck Concept", "kind::concept", 1)]


def _field(collection: Path, card_id: str, name: str) -> str:
    col = anki_collection.Collection(str(collection))
    try:
        (nid,) = col.find_notes(f'"CheatdeckId:{card_id}"')
        return col.get_note(nid)[name]
    finally:
        col.close()


NEWER = "Time in the hand, from a catch to the next throw."


def test_adopt_from_a_clone_that_is_behind_keeps_the_newer_text_anki_has(tmp_path):
    # a laptop built and imported an edit; the desktop's clone, behind, runs adopt for a
    # kind change of its own: the collection's newer answer stays, and the laptop's
    # deck imported again still shows it
    laptop = write_corpus(tmp_path / "laptop", {"corpus.yaml": CORPUS, "patterns.yaml": PATTERNS})
    build_at(laptop, tmp_path / "out-laptop", EPOCH)
    git(laptop, "init", "-q")
    git(laptop, "add", "-A")
    git(laptop, "commit", "-qm", "cards")
    desk = tmp_path / "desk"
    git(tmp_path, "clone", "-q", str(laptop), str(desk))
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, tmp_path / "out-laptop" / "juggling.apkg")
    edit(laptop / "patterns.yaml", DWELL_QA.split("answer: ")[1].rstrip("\n"), NEWER)
    build_at(laptop, tmp_path / "out-laptop", EPOCH + DAY)
    import_only(collection, tmp_path / "out-laptop" / "juggling.apkg")
    assert _field(collection, "dwell-time", "Answer") == NEWER
    # the desk's clone, behind (no pull), changes a kind, builds and runs adopt, as the
    # build's notice says
    edit(
        desk / "patterns.yaml",
        "    kind: qa\n    question: What does it mean to flash a number of balls?\n    answer:",
        "    kind: concept\n    term: Flash\n    definition:",
    )
    assert "run: cheatdeck adopt" in build_at(desk, tmp_path / "out-desk", EPOCH + 2 * DAY)
    done = run_cli("adopt", collection, desk)
    assert done.returncode == 0, done.stdout + done.stderr
    assert _field(collection, "dwell-time", "Answer") == NEWER, done.stdout
    assert _field(collection, "flash", "Term") == "Flash"  # adopted: the concept note
    import_only(collection, tmp_path / "out-laptop" / "juggling.apkg")
    assert _field(collection, "dwell-time", "Answer") == NEWER


def test_a_kind_changed_back_after_adopt_says_where_the_reviews_are(tmp_path):
    cards = write_corpus(tmp_path / "cards", {"corpus.yaml": CORPUS, "patterns.yaml": PATTERNS})
    build_at(cards, tmp_path / "out", EPOCH)
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, tmp_path / "out" / "juggling.apkg")
    edit(cards / "patterns.yaml", DWELL_QA, DWELL_CONCEPT)
    build_at(cards, tmp_path / "out", EPOCH + DAY)
    done = run_cli("adopt", collection, cards)
    assert done.returncode == 0, done.stdout + done.stderr
    import_only(collection, tmp_path / "out" / "juggling.apkg")
    assert _notes(collection)["dwell-time"] == [("cheatdeck Concept", "kind::concept", 1)]
    edit(cards / "patterns.yaml", DWELL_CONCEPT, DWELL_QA)  # turned back
    said = build_at(cards, tmp_path / "out", EPOCH + 2 * DAY)
    notice = next(line for line in said.splitlines() if "changed kind" in line)
    # a collection adopt changed has the reviews on the concept note, under its GUID:
    # Anki would add the Q&A note anew, and the notice says to run adopt again
    assert "takes back its old qa note" in notice, notice
    assert "where cheatdeck adopt moved" in notice, notice
    assert "run: cheatdeck adopt" in notice, notice
    trial = tmp_path / "trial.anki2"
    shutil.copyfile(collection, trial)
    import_only(trial, tmp_path / "out" / "juggling.apkg")
    assert sorted(_notes(trial)["dwell-time"]) == [
        ("cheatdeck Concept", "kind::concept", 1),
        ("cheatdeck Q&A", "kind::qa", 0),
    ]
    done = run_cli("adopt", collection, cards)  # as the notice says
    assert done.returncode == 0, done.stdout + done.stderr
    log = import_only(collection, tmp_path / "out" / "juggling.apkg")
    assert len(log.new) == 0, log
    assert _notes(collection)["dwell-time"] == [("cheatdeck Q&A", "kind::qa", 1)]


def _item_notes(collection: Path) -> dict[str, int]:
    """Each beginner-steps item's text (the Item field) -> the reviews of its note."""
    col = anki_collection.Collection(str(collection))
    try:
        found = {}
        for nid in col.find_notes('"CheatdeckId:beginner-steps"'):
            note = col.get_note(nid)
            found[note["Item"]] = sum(
                col.db.scalar("select count() from revlog where cid = ?", c.id)
                for c in note.cards()
            )
        return found
    finally:
        col.close()


def test_a_list_item_rewritten_keeps_its_history_in_two_builds_as_the_notice_says(tmp_path):
    cards = write_corpus(tmp_path / "cards", {"corpus.yaml": CORPUS, "patterns.yaml": PATTERNS})
    git(cards, "init", "-q")
    build_at(cards, tmp_path / "out", EPOCH)
    git(cards, "add", "-A")
    git(cards, "commit", "-qm", "cards")
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, tmp_path / "out" / "juggling.apkg")
    old, new = "Three balls, a flash", "Toss each ball once"
    edit(cards / "patterns.yaml", old, new)  # beyond a small edit: not recognised
    said = build_at(cards, tmp_path / "out", EPOCH + DAY)
    notice = next(line for line in said.splitlines() if line.startswith("notice: "))
    assert f'1 old note ("{old}") no longer in the deck; Anki adds 1 new note' in notice, notice
    assert "cheatdeck.lock, write the new words after the old ones in that item" in notice
    # as the notice says: the lock as it was, the new words added, then the old ones out
    assert git(cards, "checkout", "--", "cheatdeck.lock").returncode == 0
    edit(cards / "patterns.yaml", new, f"{old} {new}")
    said = build_at(cards, tmp_path / "out", EPOCH + 2 * DAY)
    # the one notice names the note of the first build, never imported
    (notice,) = [line for line in said.splitlines() if line.startswith("notice: ")]
    assert "shipped is no longer in the deck" in notice, notice
    edit(cards / "patterns.yaml", f"{old} {new}", new)
    said = build_at(cards, tmp_path / "out", EPOCH + 3 * DAY)
    assert "notice" not in said, said
    log = import_only(collection, tmp_path / "out" / "juggling.apkg")
    assert len(log.new) == 0, log
    items = _item_notes(collection)
    assert items[new] == 1 and old not in items, items
