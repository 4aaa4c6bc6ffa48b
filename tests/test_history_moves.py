"""Rows and list items moved from one card into another, a deck renamed only in case, a
``guid:`` copied from another card: what the real Anki importer keeps of a studied
collection, and what the build says (a Norse mythology corpus, with the real command
line and the real scheduler)."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import edit, git, import_and_review, run_cli

anki_collection = pytest.importorskip("anki.collection")

EPOCH = 1_700_000_000
README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")

CORPUS = "name: norse\ntitle: Norse\ndeck: Norse\n"
GODS = """\
deck: Gods
title: The gods
cards:
  - id: gods-table
    kind: table
    title: Æsir and Vanir
    row_header: God
    columns: [Tribe, Domain]
    rows:
      Odin: [Æsir, Wisdom and war]
      Thor: [Æsir, Thunder]
      Freyja: [Vanir, Love and seiðr]
      Njörðr: [Vanir, Sea and wind]
  - id: loki-children
    kind: list
    title: Loki's children
    items:
      - Fenrir: the great wolf
      - Jörmungandr: the world serpent
      - Hel: ruler of the dead
"""
VANIR = """\
  - id: vanir-table
    kind: table
    title: The Vanir
    row_header: God
    columns: [Tribe, Domain]
    rows:
      Freyja: [Vanir, Love and seiðr]
      Njörðr: [Vanir, Sea and wind]
"""
WORLDS = """\
deck: Cosmology
title: Cosmology
cards:
  - id: beasts
    kind: list
    title: Beasts of the nine worlds
    items:
      - Níðhöggr: gnaws the root of Yggdrasil
"""


def make_corpus(root: Path) -> Path:
    cards = root / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(CORPUS, "utf-8")
    (cards / "gods.yaml").write_text(GODS, "utf-8")
    (cards / "worlds.yaml").write_text(WORLDS, "utf-8")
    return cards


def build(cards: Path, out: Path, epoch: int = EPOCH):
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    done = run_cli("build", cards, "-o", out, "-f", "apkg", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def studied(tmp_path: Path) -> tuple[Path, Path]:
    """The corpus built, imported into a new collection and every card reviewed once."""
    cards = make_corpus(tmp_path)
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    import_and_review(collection, tmp_path / "o" / "norse.apkg")
    return cards, collection


def reviews(collection: Path, search: str) -> dict[str, tuple[int, str]]:
    """Note key (CheatdeckKey, else CheatdeckId) -> (review log rows, deck) of each card
    the search finds."""
    col = anki_collection.Collection(str(collection))
    try:
        found = {}
        for cid in col.find_cards(search):
            card = col.get_card(cid)
            rows = col.db.scalar("select count() from revlog where cid = ?", cid)
            fields = dict(card.note().items())  # a one-note card has no key of its own
            key = fields.get("CheatdeckKey", fields["CheatdeckId"])
            found[key] = (rows, col.decks.name(card.did))
        return found
    finally:
        col.close()


def test_rows_split_into_a_new_table_keep_their_notes_and_review_history(tmp_path):
    # A table split in two: the rows moved into the new card were new notes in Anki,
    # their reviews left on the old ones, and the notice said they were "no longer in
    # the deck", with the search that deletes those reviews.
    cards, collection = studied(tmp_path)
    gods = cards / "gods.yaml"
    edit(gods, "      Freyja: [Vanir, Love and seiðr]\n      Njörðr: [Vanir, Sea and wind]\n", "")
    gods.write_text(gods.read_text("utf-8") + VANIR, "utf-8")
    done = build(cards, tmp_path / "o", EPOCH + 100)
    assert "notice" not in done.stdout, done.stdout
    assert (
        "  moved with their notes and review history: 4 from 'gods-table' to 'vanir-table' "
        "(Freyja × Tribe, Freyja × Domain, Njörðr × Tribe, Njörðr × Domain)"
    ) in done.stdout.splitlines()
    log = import_and_review(collection, tmp_path / "o" / "norse.apkg")
    assert (len(log.new), len(log.updated), len(log.conflicting)) == (0, 4, 0)
    moved = reviews(collection, "CheatdeckId:vanir-table")
    assert sorted(moved) == [
        f"vanir-table/{r}/{c}"
        for r in ("Freyja", "Njörðr")
        for c in (
            "Domain",
            "Tribe",
        )
    ]
    assert {rows for rows, _ in moved.values()} == {2}  # the first review and this one
    assert (
        "| rows moved into a new table (a table split in two) | 4 updated, 0 added | +0 | kept |"
        in README
    )

    again = build(cards, tmp_path / "o", EPOCH + 200)  # said once, as a change is
    assert "moved with their notes" not in again.stdout, again.stdout


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_split_merged_with_an_edit_of_a_moved_row_names_no_note_left_behind(tmp_path):
    # One branch split the table, the other edited a row it moved: the merged lock held
    # the row's note under both cards, and the build said the old table left it behind,
    # "to delete it in Anki, search: ...", a search that found the note the new table
    # had taken, with its reviews.
    cards, collection = studied(tmp_path)
    git(cards, "init", "-q", "-b", "main")
    git(cards, "add", "-A")
    git(cards, "commit", "-qm", "base")
    gods = cards / "gods.yaml"
    git(cards, "checkout", "-qb", "split")
    edit(gods, "      Freyja: [Vanir, Love and seiðr]\n      Njörðr: [Vanir, Sea and wind]\n", "")
    gods.write_text(gods.read_text("utf-8") + VANIR, "utf-8")
    build(cards, tmp_path / "o-split", EPOCH + 100)
    git(cards, "commit", "-qam", "split")
    git(cards, "checkout", "-q", "main")
    edit(gods, "Njörðr: [Vanir, Sea and wind]", "Njörðr: [Vanir, Sea and wind and wealth]")
    build(cards, tmp_path / "o", EPOCH + 200)
    import_and_review(collection, tmp_path / "o" / "norse.apkg")
    git(cards, "commit", "-qam", "edit")
    assert git(cards, "merge", "split").returncode != 0  # gods.yaml and the lock conflict
    merged = GODS.replace(
        "      Freyja: [Vanir, Love and seiðr]\n      Njörðr: [Vanir, Sea and wind]\n", ""
    )
    gods.write_text(merged + VANIR.replace("Sea and wind", "Sea and wind and wealth"), "utf-8")

    done = build(cards, tmp_path / "o", EPOCH + 300)
    assert "notice" not in done.stdout, done.stdout
    log = import_and_review(collection, tmp_path / "o" / "norse.apkg")
    assert (len(log.new), len(log.conflicting)) == (0, 0)
    moved = reviews(collection, "CheatdeckId:vanir-table")
    assert {rows for rows, _ in moved.values()} == {3}, moved  # base, edit, merge


def test_a_list_item_moved_to_a_list_of_another_deck_keeps_its_note_and_says_the_deck(tmp_path):
    cards, collection = studied(tmp_path)
    edit(cards / "gods.yaml", "      - Fenrir: the great wolf\n", "")
    edit(
        cards / "worlds.yaml",
        "      - Níðhöggr: gnaws the root of Yggdrasil\n",
        "      - Níðhöggr: gnaws the root of Yggdrasil\n      - Fenrir: the great wolf\n",
    )
    done = build(cards, tmp_path / "o", EPOCH + 100)
    (line,) = [line for line in done.stdout.splitlines() if "'loki-children' to" in line]
    assert line == (
        "notice: moved with their notes and review history: 1 from 'loki-children' to "
        "'beasts' (\"the great wolf\"); Anki keeps their cards in 'Norse::Gods': to move "
        'them, in Anki\'s Browse search "deck:Norse::Gods" ("CheatdeckId:beasts"), select '
        "all, then Cards → Change Deck → 'Norse::Cosmology'"
    )
    log = import_and_review(collection, tmp_path / "o" / "norse.apkg")
    assert (len(log.new), len(log.updated), len(log.conflicting)) == (0, 1, 0)
    assert reviews(collection, '"deck:Norse::Gods" "CheatdeckId:beasts"') == {
        "beasts#Fenrir": (2, "Norse::Gods")
    }
    row = "| a list item moved to a list in another deck | 1 updated, 0 added | +0 | kept"
    assert row in README


def test_an_item_moved_where_two_lists_lose_it_alike_is_left_to_a_new_note(tmp_path):
    # Two old items of one signature: which note is the moved one is not known, so none
    # is taken, and the old notice still names the notes left behind.
    cards, _ = studied(tmp_path)
    worlds = cards / "worlds.yaml"
    edit(
        worlds,
        "      - Níðhöggr: gnaws the root of Yggdrasil\n",
        "      - Fenrir: the great wolf\n",
    )
    build(cards, tmp_path / "o", EPOCH + 100)
    edit(cards / "gods.yaml", "      - Fenrir: the great wolf\n", "")
    edit(worlds, "      - Fenrir: the great wolf\n", "      - Garmr: the hound of Hel\n")
    worlds.write_text(
        worlds.read_text("utf-8")
        + "  - id: wolves\n    kind: list\n    title: Wolves\n    items:\n"
        + "      - Fenrir: the great wolf\n",
        "utf-8",
    )
    done = build(cards, tmp_path / "o", EPOCH + 200)
    assert "moved with their notes" not in done.stdout, done.stdout
    assert re.search(r"'loki-children' \(\S+gods\.yaml:\d+:5\): 1 old note", done.stdout)
    assert re.search(r"'beasts' \(\S+worlds\.yaml:4:5\): 1 old note", done.stdout)


def test_a_deck_renamed_only_in_case_says_anki_keeps_one_deck_and_to_rename_it(tmp_path):
    # Anki takes 'Norse::Gods' and 'Norse::gods' for one deck: the import keeps every
    # card, the new ones too, in the deck it has; the build said to rename it before
    # the import, or to move the cards after it with Change Deck, which moves nothing.
    cards, collection = studied(tmp_path)
    edit(cards / "gods.yaml", "deck: Gods\n", "deck: gods\n")
    edit(
        cards / "gods.yaml",
        "      - Hel: ruler of the dead\n",
        "      - Hel: ruler of the dead\n      - Narfi: a son\n",
    )
    done = build(cards, tmp_path / "o", EPOCH + 100)
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("moved to")]
    assert line == (
        "moved to another deck: 2 cards from 'Norse::Gods' to 'Norse::gods' (gods-table, "
        "loki-children); Anki takes the two names for one deck, so the import keeps every "
        "card in 'Norse::Gods', new ones too: to give it the new name, rename that deck to "
        "'Norse::gods' in Anki (its gear → Rename), before or after the import"
    )
    import_and_review(collection, tmp_path / "o" / "norse.apkg")
    col = anki_collection.Collection(str(collection))
    try:
        assert {d.name for d in col.decks.all_names_and_ids()} >= {"Norse::Gods"}
        assert "Norse::gods" not in {d.name for d in col.decks.all_names_and_ids()}
        col.decks.rename(col.decks.id_for_name("Norse::Gods"), "Norse::gods")  # as it says
        assert "Norse::gods" in {d.name for d in col.decks.all_names_and_ids()}
        assert len(col.find_cards('"deck:Norse::gods"')) == 12  # 8 cells and 4 items
    finally:
        col.close()


def test_a_guid_of_another_cards_note_is_one_error_whose_fix_keeps_the_cards_note(tmp_path):
    # A guid: copied from Anki's browser off the wrong note: the build shipped the card
    # under a new note and said both that Anki updates the note of that GUID and that the
    # card gets a new note; check said nothing.
    cards = make_corpus(tmp_path)
    worlds = cards / "worlds.yaml"
    qa = '  - id: hel-realm\n    kind: qa\n    guid: "Ab3$kP9!qZ"\n'
    qa += "    question: Who rules Hel?\n    answer: The goddess Hel.\n"
    worlds.write_text(worlds.read_text("utf-8") + qa, "utf-8")
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    import_and_review(collection, tmp_path / "o" / "norse.apkg")
    col = anki_collection.Collection(str(collection))
    try:
        (nid,) = col.find_notes('"CheatdeckKey:loki-children#Hel"')
        other = col.get_note(nid).guid
    finally:
        col.close()
    edit(worlds, 'guid: "Ab3$kP9!qZ"', f"guid: {json.dumps(other)}")

    done = run_cli("check", cards)
    assert done.returncode == 1
    (line,) = [line for line in done.stdout.splitlines() if "duplicate-guid" in line]
    assert line == (
        f"{worlds}:11:11: error duplicate-guid: 'hel-realm' has guid '{other}', which "
        f"{cards}/cheatdeck.lock gives a note of 'loki-children': two cards cannot share one "
        "Anki note; remove the guid: line, and 'hel-realm' keeps its own note (Ab3$kP9!qZ)"
    )
    edit(worlds, f"    guid: {json.dumps(other)}\n", "")  # as it says
    build(cards, tmp_path / "o", EPOCH + 100)
    log = import_and_review(collection, tmp_path / "o" / "norse.apkg")
    assert (len(log.new), len(log.updated), len(log.conflicting)) == (0, 0, 0)
    assert reviews(collection, "CheatdeckId:hel-realm") == {"hel-realm": (2, "Norse::Cosmology")}


def test_a_cloze_deletion_renumbered_into_a_number_removed_earlier_says_its_card_has_history(
    tmp_path,
):
    # c1 removed in one build (its card kept, empty, with its reviews), c2 renumbered c1
    # in a later one: the notice said "c1's card starts new", and Anki showed the
    # renumbered deletion on the old c1 card, with its reviews and interval.
    cards = make_corpus(tmp_path)
    worlds = cards / "worlds.yaml"
    cloze = "  - id: heimdall\n    kind: cloze\n"
    text = "    text: Heimdall blows {{c1::Gjallarhorn}} to announce {{c2::Ragnarök}}.\n"
    worlds.write_text(worlds.read_text("utf-8") + cloze + text, "utf-8")
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    import_and_review(collection, tmp_path / "o" / "norse.apkg")
    edit(worlds, "{{c1::Gjallarhorn}}", "Gjallarhorn")
    build(cards, tmp_path / "o", EPOCH + 100)
    import_and_review(collection, tmp_path / "o" / "norse.apkg")

    edit(worlds, "{{c2::Ragnarök}}", "{{c1::Ragnarök}}")
    done = build(cards, tmp_path / "o", EPOCH + 200)
    (notice,) = [line for line in done.stdout.splitlines() if "renumbered" in line]
    assert (
        "c1's card starts new (or, if a deletion c1 of an earlier build left its card in "
        "Anki, goes on with that card's history)" in notice
    )
    import_and_review(collection, tmp_path / "o" / "norse.apkg")
    col = anki_collection.Collection(str(collection))
    try:
        (cid,) = col.find_cards("CheatdeckId:heimdall card:1")
        rows = col.db.scalar("select count() from revlog where cid = ?", cid)
    finally:
        col.close()
    assert rows == 3  # Gjallarhorn's reviews (two builds), then Ragnarök's first
