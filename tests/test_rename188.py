"""A kite flier's corpus (left188): a card's id renamed by hand after cheatdeck.lock was
committed, neither ``renamed_from`` nor ``retired:`` written.

``check`` and ``build`` stop with one removed-card error at the new id that says what is
lost without ``renamed_from`` (the new id a new note without history, the reviews left on
the old note; deleting the lock loses them too) and the line that keeps them. The real
Anki importer shows both: the line followed keeps the reviews, the lock deleted does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import build_at, edit, git, import_only, run_cli, study_at, write_corpus

anki_collection = pytest.importorskip("anki.collection")

EPOCH = 1_790_000_000
DAY = 86_400

CORPUS = "name: kites\ntitle: Kites\ndeck: Kites\n"
KITES = """\
deck: Kites
title: Kite flying
cards:
  - id: bridle
    kind: concept
    term: Bridle
    definition: The lines from the kite's frame to the flying line, setting its angle to the wind.
  - id: wind-range
    kind: table
    title: Wind range
    row_header: Kite
    columns: [Lowest wind, Highest wind]
    rows:
      Delta: [5 km/h, 30 km/h]
      Box kite: [15 km/h, 45 km/h]
"""


def _reviews(collection: Path, card_id: str) -> list[int]:
    """Each note of ``card_id``: the reviews in the log."""
    col = anki_collection.Collection(str(collection))
    try:
        return [
            sum(
                col.db.scalar("select count() from revlog where cid = ?", card.id)
                for card in col.get_note(nid).cards()
            )
            for nid in sorted(col.find_notes(f'"CheatdeckId:{card_id}"'))
        ]
    finally:
        col.close()


def test_an_id_renamed_by_hand_says_what_is_lost_and_the_line_that_keeps_it(tmp_path):
    cards = write_corpus(tmp_path / "kites", {"corpus.yaml": CORPUS, "kites.yaml": KITES})
    assert git(cards, "init", "-q").returncode == 0
    collection = study_at(cards, tmp_path, EPOCH, "kites.apkg")
    assert git(cards, "add", ".").returncode == 0
    assert git(cards, "commit", "-qm", "cards and lock").returncode == 0
    edit(cards / "kites.yaml", "id: bridle", "id: kite-bridle")
    edit(cards / "kites.yaml", "id: wind-range", "id: wind-limits")
    checked = run_cli("check", "kites", cwd=tmp_path)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    one, table = [line for line in checked.stdout.splitlines() if "removed-card" in line]
    assert one.startswith("kites/kites.yaml:4:9: error removed-card: card 'bridle' is gone")
    assert (
        "add `renamed_from: bridle` to 'kite-bridle' to keep its Anki note and its review "
        "history; without it, 'kite-bridle' gets a new note in Anki with no history, and the "
        "reviews stay on the note of 'bridle' (adding 'bridle' to 'retired' in corpus.yaml "
        "ships them tagged cheatdeck::retired for 90 days; deleting cheatdeck.lock keeps no "
        "history either)"
    ) in one, one
    assert "to keep its 4 Anki notes and their review history" in table, table
    assert "'wind-limits' gets 4 new notes in Anki with no history" in table, table
    # what it says is lost when the lock is deleted: a new note, the reviews left behind
    lost = tmp_path / "lost" / "collection.anki2"
    lost.parent.mkdir()
    lost.write_bytes(collection.read_bytes())
    (cards / "cheatdeck.lock").unlink()
    build_at(cards, tmp_path / "without", EPOCH + DAY)
    import_only(lost, tmp_path / "without" / "kites.apkg")
    assert _reviews(lost, "kite-bridle") == [0] and _reviews(lost, "bridle") == [1]
    # followed (the lock as committed, renamed_from written): each note keeps its reviews
    assert git(cards, "checkout", "--", "cheatdeck.lock").returncode == 0
    edit(
        cards / "kites.yaml",
        "  - id: kite-bridle\n",
        "  - id: kite-bridle\n    renamed_from: bridle\n",
    )
    edit(
        cards / "kites.yaml",
        "  - id: wind-limits\n",
        "  - id: wind-limits\n    renamed_from: wind-range\n",
    )
    said = build_at(cards, tmp_path / "renamed", EPOCH + DAY)
    assert "renamed: bridle → kite-bridle" in said, said
    log = import_only(collection, tmp_path / "renamed" / "kites.apkg")
    assert len(log.new) == 0, log
    assert _reviews(collection, "kite-bridle") == [1]
    assert _reviews(collection, "wind-limits") == [1, 1, 1, 1]
