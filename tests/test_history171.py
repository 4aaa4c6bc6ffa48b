"""A juggler's corpus (history171), through the real command line and Anki's own importer:
a card renamed by hand (a new id, the old id added to ``retired:`` in the same edit).

Anki matches notes by GUID, so the new id gets a new note without history while the
reviews stay on the old note, tagged cheatdeck::retired. ``check`` and ``build`` say so in
one notice naming both ids, what is lost and the line that keeps the reviews
(``renamed_from``); the explicit ``retired:`` is respected (no rename is made on its own).
Following the notice, before or after the import, leaves one note with its reviews.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import (
    build_at,
    edit,
    git,
    git_typed,
    import_and_review,
    import_only,
    run_cli,
    write_corpus,
)

anki_collection = pytest.importorskip("anki.collection")

EPOCH = 1_790_000_000
DAY = 86_400

CORPUS = "name: juggling\ntitle: Juggling\ndeck: Juggling\n"
PATTERNS = """\
deck: Patterns
title: Patterns
cards:
  - id: cascade
    kind: qa
    question: What is the cascade?
    answer: The basic pattern for an odd number of balls, each thrown from one hand to the other.
  - id: fountain
    kind: qa
    question: What is the fountain?
    answer: The basic pattern for an even number of balls, each hand juggling its own balls.
"""
RETIRED = CORPUS + "retired: [cascade]\n"


def _notes(collection: Path, card_id: str) -> list[tuple[str, int]]:
    """Each note of ``card_id``: (tags, reviews in the log)."""
    col = anki_collection.Collection(str(collection))
    try:
        found = []
        for nid in sorted(col.find_notes(f'"CheatdeckId:{card_id}"')):
            note = col.get_note(nid)
            logged = sum(
                col.db.scalar("select count() from revlog where cid = ?", card.id)
                for card in note.cards()
            )
            found.append((" ".join(note.tags), logged))
        return found
    finally:
        col.close()


def _studied(tmp_path: Path) -> tuple[Path, Path]:
    """The corpus in git, built, imported into a new collection and every card reviewed."""
    cards = write_corpus(tmp_path / "juggling", {"corpus.yaml": CORPUS, "patterns.yaml": PATTERNS})
    assert git(cards, "init", "-q").returncode == 0
    build_at(cards, tmp_path / "out", EPOCH)
    assert git(cards, "add", ".").returncode == 0
    assert git(cards, "commit", "-qm", "cards").returncode == 0
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, tmp_path / "out" / "juggling.apkg")
    return cards, collection


def _renamed_by_hand(cards: Path, new_id: str = "three-ball-cascade") -> None:
    edit(cards / "patterns.yaml", "id: cascade", f"id: {new_id}")
    (cards / "corpus.yaml").write_text(RETIRED, "utf-8")


def _notice(said: str) -> str:
    (line,) = [line for line in said.splitlines() if "retired in this build" in line]
    return line


def _follow(cards: Path, notice: str, new_id: str = "three-ball-cascade") -> None:
    """What the notice says to type, after the build: the lock put back from git, then
    ``renamed_from`` and ``retired:`` as it says."""
    (command,) = re.findall(r"first (git [^;]+);", notice)
    done = git_typed(command)  # from any folder
    assert done.returncode == 0, done.stderr
    assert "add `renamed_from: cascade` to 'three-ball-cascade'" in notice, notice
    edit(
        cards / "patterns.yaml",
        f"  - id: {new_id}\n",
        f"  - id: {new_id}\n    renamed_from: cascade\n",
    )
    assert "take 'cascade' out of `retired:` in corpus.yaml" in notice, notice
    (cards / "corpus.yaml").write_text(CORPUS, "utf-8")


def test_a_rename_by_hand_with_the_old_id_retired_says_what_is_lost(tmp_path):
    cards, collection = _studied(tmp_path)
    _renamed_by_hand(cards)
    checked = run_cli("check", cards, "--strict")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    said = build_at(cards, tmp_path / "out", EPOCH + DAY)
    assert "added: three-ball-cascade" in said and "retired: cascade" in said, said
    notice = _notice(said)
    assert _notice(checked.stdout) == notice  # check says it before any build
    assert notice.startswith("notice: 'three-ball-cascade' ("), notice
    assert "patterns.yaml:4:5) has the content of 'cascade', retired in this build" in notice
    assert "the reviews of 'cascade' stay on its old note, tagged cheatdeck::retired" in notice
    # what the notice says is lost: imported as built, the reviews stay behind, tagged
    copy = tmp_path / "copy" / "collection.anki2"
    copy.parent.mkdir()
    copy.write_bytes(collection.read_bytes())
    log = import_only(copy, tmp_path / "out" / "juggling.apkg")
    assert (len(log.updated), len(log.new)) == (1, 1), log
    row = "| a card id renamed by hand (the old id put in `retired:`) | 1 updated, 1 added | +1 |"
    assert row in (Path(__file__).parents[1] / "README.md").read_text("utf-8")
    assert _notes(copy, "three-ball-cascade") == [("kind::qa", 0)]
    assert _notes(copy, "cascade") == [("cheatdeck::retired kind::qa", 1)]
    # followed before the import: one note, updated, with its review
    _follow(cards, notice)
    said = build_at(cards, tmp_path / "out", EPOCH + 2 * DAY)
    assert "renamed: cascade → three-ball-cascade" in said, said
    assert "retired in this build" not in said, said
    checked = run_cli("check", cards, "--strict")
    assert checked.returncode == 0 and "0 errors, 0 warnings" in checked.stdout, checked.stdout
    log = import_only(collection, tmp_path / "out" / "juggling.apkg")
    assert len(log.new) == 0 and len(log.updated) == 1, log
    assert _notes(collection, "three-ball-cascade") == [("kind::qa", 1)]
    assert _notes(collection, "cascade") == []


def test_followed_after_the_import_the_search_finds_the_new_note_alone(tmp_path):
    cards, collection = _studied(tmp_path)
    _renamed_by_hand(cards)
    notice = _notice(build_at(cards, tmp_path / "out", EPOCH + DAY))
    import_only(collection, tmp_path / "out" / "juggling.apkg")  # imported before reading
    _follow(cards, notice)
    build_at(cards, tmp_path / "out", EPOCH + 2 * DAY)
    import_only(collection, tmp_path / "out" / "juggling.apkg")
    assert sorted(_notes(collection, "three-ball-cascade")) == [("kind::qa", 0), ("kind::qa", 1)]
    found = re.findall(r"search: (.+)\)$", notice)
    assert len(found) == 1, notice
    (search,) = found
    col = anki_collection.Collection(str(collection))
    try:
        (found,) = col.find_notes(search)
        col.remove_notes([found])
    finally:
        col.close()
    assert _notes(collection, "three-ball-cascade") == [("kind::qa", 1)]


def test_a_rename_by_hand_with_a_rewording_is_named_too(tmp_path):
    cards, collection = _studied(tmp_path)
    _renamed_by_hand(cards)
    edit(cards / "patterns.yaml", "each thrown from one hand", "each ball thrown from one hand")
    notice = _notice(build_at(cards, tmp_path / "out", EPOCH + DAY))
    assert (
        "patterns.yaml:4:5) is new, of the kind of 'cascade', retired in this build, and "
        "shares its words: Anki adds it as a new note without review history"
    ) in notice, notice
    assert "add `renamed_from: cascade` to 'three-ball-cascade'" in notice, notice


def test_a_card_retired_beside_an_unrelated_new_card_gives_no_notice(tmp_path):
    cards, collection = _studied(tmp_path)
    cascade = PATTERNS[PATTERNS.index("  - id: cascade") : PATTERNS.index("  - id: fountain")]
    diabolo = (
        "  - id: diabolo\n    kind: qa\n    question: What does a diabolo spin on?\n"
        "    answer: A string tied between two sticks.\n"
    )
    edit(cards / "patterns.yaml", cascade, diabolo)
    (cards / "corpus.yaml").write_text(RETIRED, "utf-8")
    said = build_at(cards, tmp_path / "out", EPOCH + DAY)
    assert "added: diabolo" in said and "retired: cascade" in said, said
    assert "notice:" not in said, said


def test_a_card_retired_earlier_and_written_again_under_a_new_id_is_said_at_check(tmp_path):
    # retired in one build (imported: its note tagged), written back under a new id in a
    # later edit: check says so before the build, and its line keeps the reviews
    cards, collection = _studied(tmp_path)
    cascade = PATTERNS[PATTERNS.index("  - id: cascade") : PATTERNS.index("  - id: fountain")]
    edit(cards / "patterns.yaml", cascade, "")
    (cards / "corpus.yaml").write_text(RETIRED, "utf-8")
    build_at(cards, tmp_path / "out", EPOCH + DAY)
    import_only(collection, tmp_path / "out" / "juggling.apkg")
    assert _notes(collection, "cascade") == [("cheatdeck::retired kind::qa", 1)]
    edit(
        cards / "patterns.yaml",
        "cards:\n",
        "cards:\n" + cascade.replace("cascade", "three-ball-cascade", 1),
    )
    checked = run_cli("check", cards, "--strict")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    (line,) = [line for line in checked.stdout.splitlines() if "retired by an earlier" in line]
    assert "patterns.yaml:4:5) has the content of 'cascade', retired by an earlier build: " in line
    assert "add `renamed_from: cascade` to 'three-ball-cascade'" in line, line
    edit(
        cards / "patterns.yaml",
        "  - id: three-ball-cascade\n",
        "  - id: three-ball-cascade\n    renamed_from: cascade\n",
    )
    (cards / "corpus.yaml").write_text(CORPUS, "utf-8")
    said = build_at(cards, tmp_path / "out", EPOCH + 2 * DAY)
    assert "renamed: cascade → three-ball-cascade" in said and "notice:" not in said, said
    checked = run_cli("check", cards, "--strict")
    assert "0 errors, 0 warnings" in checked.stdout, checked.stdout
    log = import_only(collection, tmp_path / "out" / "juggling.apkg")
    assert len(log.new) == 0, log
    assert _notes(collection, "three-ball-cascade") == [("kind::qa", 1)]


def test_a_new_card_kept_off_the_deck_gets_no_rename_notice(tmp_path):
    # anki: false: Anki adds no note for it, so no "new note without history" to say
    cards, _collection = _studied(tmp_path)
    _renamed_by_hand(cards)
    edit(
        cards / "patterns.yaml",
        "  - id: three-ball-cascade\n",
        "  - id: three-ball-cascade\n    anki: false\n",
    )
    said = build_at(cards, tmp_path / "out", EPOCH + DAY, "apkg,md")
    assert "retired: cascade" in said, said
    assert "retired in this build" not in said, said
