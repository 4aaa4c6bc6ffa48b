"""Routine edits that change no note: what the build says, what the .apkg holds and what
the real Anki importer does with it (a houseplant-care corpus, the real command line and
the real scheduler). The build's ``changed`` list is what an import updates, and a deck
whose notes are all as before is the same bytes."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import edit, import_and_review, package_notes, run_cli

anki_collection = pytest.importorskip("anki.collection")

EPOCH = 1_700_000_000
DAY = 86_400

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")

CORPUS = "name: plants\ntitle: Houseplant care\ndeck: Houseplants\n"
WATERING = """\
deck: Watering
title: Watering and soil
cards:
  - id: water-pothos
    kind: qa
    question: When do you water a pothos?
    answer: When the top 5 cm of soil are dry.
  - id: drainage
    kind: concept
    term: Drainage hole
    definition: An opening in the pot's base that lets surplus water escape.
  - id: soil-mixes
    kind: list
    title: Soil mix ingredients
    items:
      - Perlite: adds air pockets and drainage
      - Orchid bark: chunky structure for aroids
      - Coco coir: holds water, peat-free
  - id: overwatering
    kind: list
    title: Signs of overwatering
    items:
      - Yellow lower leaves that feel soft
      - Black mushy stems at the soil line
      - Fungus gnats over the pot
"""
LIGHT = """\
deck: Light
title: Light and placement
cards:
  - id: etiolation
    kind: concept
    term: Etiolation
    definition: Long pale growth caused by too little light.
  - id: moisture-log
    kind: snippet
    title: Water when the meter reads dry
    lang: python
    code: |
      if meter.read() < 3:
          water(plant)
"""


def build(cards: Path, out: Path, epoch: int) -> str:
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    done = run_cli("build", cards, "-o", out, "-f", "apkg", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def studied(tmp_path: Path) -> tuple[Path, Path, bytes]:
    """The corpus built, imported and every card reviewed: (cards, collection, .apkg)."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(CORPUS, "utf-8")
    (cards / "watering.yaml").write_text(WATERING, "utf-8")
    (cards / "light.yaml").write_text(LIGHT, "utf-8")
    build(cards, tmp_path / "out", EPOCH)
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, tmp_path / "out" / "plants.apkg")
    return cards, collection, (tmp_path / "out" / "plants.apkg").read_bytes()


def reps(collection: Path) -> dict[str, int]:
    """Note GUID -> reviews of its cards."""
    col = anki_collection.Collection(str(collection))
    try:
        return {
            col.get_note(nid).guid: sum(col.get_card(c).reps for c in col.get_note(nid).card_ids())
            for nid in col.find_notes("")
        }
    finally:
        col.close()


def test_term_items_reordered_change_no_note_and_are_not_said_changed(tmp_path):
    # A term item's note asks its term and answers its explanation: the other items are
    # not on it. Reordered, the build said 'changed: soil-mixes', yet Anki updated no
    # note. The .apkg lists the notes in the new order (a collection without them gets
    # its new cards in that order); each note is as before, its time too.
    cards, collection, before = studied(tmp_path)
    notes_before = package_notes(tmp_path / "out" / "plants.apkg")
    edit(
        cards / "watering.yaml",
        "      - Perlite: adds air pockets and drainage\n"
        "      - Orchid bark: chunky structure for aroids\n",
        "      - Orchid bark: chunky structure for aroids\n"
        "      - Perlite: adds air pockets and drainage\n",
    )
    said = build(cards, tmp_path / "out", EPOCH + DAY)
    assert "cards: 0 added, 0 changed, 0 retired" in said, said
    assert "soil-mixes" not in said, said
    assert package_notes(tmp_path / "out" / "plants.apkg") == notes_before
    reviewed = reps(collection)
    log = import_and_review(collection, tmp_path / "out" / "plants.apkg")
    assert (len(log.new), len(log.updated)) == (0, 0)
    assert all(reps(collection)[g] == n + 1 for g, n in reviewed.items())
    row = "| the items of a list of terms reordered | 0 updated, 0 added | +0 | kept |"
    assert row in README


def test_plain_items_reordered_are_said_changed_as_anki_updates_them(tmp_path):
    # A plain item's card shows the other items in their order: its note changes.
    cards, collection, before = studied(tmp_path)
    edit(
        cards / "watering.yaml",
        "      - Yellow lower leaves that feel soft\n      - Black mushy stems at the soil line\n",
        "      - Black mushy stems at the soil line\n      - Yellow lower leaves that feel soft\n",
    )
    said = build(cards, tmp_path / "out", EPOCH + DAY)
    assert "cards: 0 added, 1 changed, 0 retired" in said, said
    assert "  changed: overwatering" in said.splitlines(), said
    log = import_and_review(collection, tmp_path / "out" / "plants.apkg")
    assert (len(log.new), len(log.updated)) == (0, 3)


def test_a_card_moved_to_another_file_of_its_deck_changes_no_note(tmp_path):
    # The card's topic file is in the lock, not in any note: every note and its time
    # stay as they were; only the notes' order in the package follows the corpus.
    cards, collection, before = studied(tmp_path)
    notes_before = package_notes(tmp_path / "out" / "plants.apkg")
    block = WATERING[WATERING.index("  - id: drainage") : WATERING.index("  - id: soil-mixes")]
    edit(cards / "watering.yaml", block, "")
    (cards / "pots.yaml").write_text("deck: Watering\ntitle: Pots\ncards:\n" + block, "utf-8")
    said = build(cards, tmp_path / "out", EPOCH + DAY)
    assert "cards: 0 added, 0 changed, 0 retired" in said, said
    assert package_notes(tmp_path / "out" / "plants.apkg") == notes_before
    lock = json.loads((cards / "cheatdeck.lock").read_text("utf-8"))
    assert lock["cards"]["drainage"]["data"]["topic"] == "pots.yaml"
    log = import_and_review(collection, tmp_path / "out" / "plants.apkg")
    assert (len(log.new), len(log.updated)) == (0, 0)


@pytest.mark.parametrize(
    "old, new",
    [
        ("    term: Etiolation\n", "    term: Etiolation\n    sheet: false\n"),
        ("    term: Etiolation\n", "    term: Etiolation\n    allow: [drainage]\n"),
    ],
)
def test_an_edit_no_note_shows_keeps_the_apkg_bytes(tmp_path, old, new):
    # A card taken off the sheet is a new card time in the lock (the sheet's date
    # follows it; a finding allowed is not: no output shows it), and the .apkg's times
    # (the collection's, the decks', the zip entries') followed the lock's newest card
    # time: a new deck, byte for byte, though no note of it changed and none moved.
    cards, collection, before = studied(tmp_path)
    edit(cards / "light.yaml", old, new)
    said = build(cards, tmp_path / "out", EPOCH + DAY)
    assert "cards: 0 added, 0 changed, 0 retired" in said, said
    assert (tmp_path / "out" / "plants.apkg").read_bytes() == before
    log = import_and_review(collection, tmp_path / "out" / "plants.apkg")
    assert (len(log.new), len(log.updated)) == (0, 0)


def test_an_edit_still_makes_a_new_apkg_that_anki_takes(tmp_path):
    # The .apkg's time is its newest note's (or note type's): an answer edited moves it.
    cards, collection, before = studied(tmp_path)
    edit(cards / "light.yaml", "too little light.", "too little light, often leaning.")
    said = build(cards, tmp_path / "out", EPOCH + DAY)
    assert "  changed: etiolation" in said.splitlines(), said
    after = (tmp_path / "out" / "plants.apkg").read_bytes()
    assert after != before
    log = import_and_review(collection, tmp_path / "out" / "plants.apkg")
    assert (len(log.new), len(log.updated)) == (0, 1)
    shutil.copyfile(tmp_path / "out" / "plants.apkg", tmp_path / "edited.apkg")
    build(cards, tmp_path / "out", EPOCH + 2 * DAY)  # nothing edited since: same bytes
    assert (tmp_path / "out" / "plants.apkg").read_bytes() == after


def test_another_pygments_restamps_no_note_type(tmp_path, monkeypatch):
    # pyproject.toml takes any Pygments >= 2.17, whose style rules differ from the
    # locked one's: the note types' time followed their whole CSS, Pygments' rules
    # included, so two machines with two Pygments re-stamped the lock's `notetype:`
    # lines at each build, each rewriting the other's, and Anki updated every note
    # type at each import. Their time follows what cheatdeck writes of its own.
    from cheatdeck import highlight, pipeline
    from cheatdeck.writers import WRITER_NAMES

    cards, collection, _ = studied(tmp_path)
    lock_before = (cards / "cheatdeck.lock").read_text("utf-8")
    real = highlight.css
    monkeypatch.setattr(
        highlight, "css", lambda *a, **k: real(*a, **k).replace("{ color: #", "{ color: #0")
    )
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + DAY))
    outcome = pipeline.build(cards, tmp_path / "out", [WRITER_NAMES["apkg"]])
    assert not outcome.report.failed(), outcome.report.render()
    assert (cards / "cheatdeck.lock").read_text("utf-8") == lock_before
    col = anki_collection.Collection(str(collection))
    try:
        css_before = {m["name"]: m["css"] for m in col.models.all()}
    finally:
        col.close()
    log = import_and_review(collection, tmp_path / "out" / "plants.apkg")
    assert (len(log.new), len(log.updated)) == (0, 0)
    col = anki_collection.Collection(str(collection))
    try:
        assert {m["name"]: m["css"] for m in col.models.all()} == css_before
    finally:
        col.close()


def test_a_tag_renamed_is_renamed_on_its_notes_and_the_old_one_left_unused(tmp_path):
    cards, collection, _ = studied(tmp_path)
    edit(cards / "light.yaml", "    term: Etiolation\n", "    term: Etiolation\n    tags: [easy]\n")
    edit(cards / "watering.yaml", "    kind: qa\n", "    kind: qa\n    tags: [easy]\n")
    build(cards, tmp_path / "out", EPOCH + DAY)
    import_and_review(collection, tmp_path / "out" / "plants.apkg")
    reviewed = reps(collection)
    for name in ("light.yaml", "watering.yaml"):
        edit(cards / name, "tags: [easy]", "tags: [low-effort]")
    said = build(cards, tmp_path / "out", EPOCH + 2 * DAY)
    assert "cards: 0 added, 2 changed, 0 retired" in said, said
    log = import_and_review(collection, tmp_path / "out" / "plants.apkg")
    assert (len(log.new), len(log.updated)) == (0, 2)
    assert all(reps(collection)[g] == n + 1 for g, n in reviewed.items())
    col = anki_collection.Collection(str(collection))
    try:
        assert len(col.find_notes("tag:low-effort")) == 2 and not col.find_notes("tag:easy")
        assert "easy" in col.tags.all()  # in Anki's tag list, on no note
        col.fix_integrity()  # Tools → Check Database
        assert "easy" not in col.tags.all()
    finally:
        col.close()
    row = "| a tag renamed | 2 updated, 0 added | +0 | kept (the old tag stays in Anki's list) |"
    assert row in README
