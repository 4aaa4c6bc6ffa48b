"""A balloonist's corpus (history195), through the real command line and Anki's own
importer: a deck renamed after one of its cards was retired.

A retired card's notes keep shipping, tagged, for 90 days, in the deck the card was last
in. When that deck is then renamed (a topic's ``deck:``, or the root ``deck:`` of
corpus.yaml) and the user renames it in Anki before the import, as the build says, the
retired notes must follow the rename: shipped in the old deck's name, they made Anki
create the old deck again, empty (and its parents), beside the renamed one, and put the
retired card there in a new profile.
"""

from __future__ import annotations

import json

import pytest

from conftest import (
    build_at,
    edit,
    git,
    import_and_review,
    import_only,
    package_notes,
    write_corpus,
)

anki_collection = pytest.importorskip("anki.collection")

EPOCH = 1_790_000_000
DAY = 86_400

CORPUS = "name: ballooning\ntitle: Hot-air ballooning\ndeck: Ballooning\n"
FLIGHT = """\
deck: Flight
title: Flying the balloon
cards:
  - id: steer
    kind: qa
    question: How does a pilot steer a hot-air balloon?
    answer: By changing height to find winds blowing in other directions.
  - id: false-lift
    kind: concept
    term: False lift
    definition: Extra lift from wind shear over the top of the envelope.
  - id: max-wind
    kind: limit
    subject: Usual highest surface wind for a launch
    value: 10
    unit: knots
"""
GEAR = """\
deck: Gear
title: The envelope
cards:
  - id: skirt
    kind: concept
    term: Skirt
    definition: A fire-resistant collar at the mouth that shields the fabric from the flame.
"""
MAX_WIND = """\
  - id: max-wind
    kind: limit
    subject: Usual highest surface wind for a launch
    value: 10
    unit: knots
"""


def _decks(collection) -> set[str]:
    col = anki_collection.Collection(str(collection))
    try:
        return {d.name for d in col.decks.all_names_and_ids()}
    finally:
        col.close()


def _rename(collection, old: str, new: str) -> None:
    """What the build says to do before the import: the deck's gear → Rename."""
    col = anki_collection.Collection(str(collection))
    try:
        col.decks.rename(col.decks.by_name(old), new)
    finally:
        col.close()


def _package_decks(apkg) -> dict[str, str]:
    """Each note's tags -> the deck its card is in, as the package holds them."""
    import sqlite3
    import zipfile

    conn = sqlite3.connect(":memory:")
    conn.deserialize(zipfile.ZipFile(apkg).read("collection.anki2"))
    try:
        decks = {
            int(k): v["name"]
            for k, v in json.loads(conn.execute("select decks from col").fetchone()[0]).items()
        }
        rows = conn.execute("select n.flds, c.did from cards c join notes n on n.id = c.nid")
        return {flds.split("\x1f")[0]: decks[did] for flds, did in rows}
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("file", "old", "new", "rename"),
    [
        ("flight.yaml", "deck: Flight", "deck: Aloft", ("Ballooning::Flight", "Ballooning::Aloft")),
        ("corpus.yaml", "deck: Ballooning", "deck: Balloons", ("Ballooning", "Balloons")),
    ],
    ids=["topic-deck", "root-deck"],
)
def test_a_deck_renamed_after_a_card_was_retired_leaves_no_old_deck_behind(
    tmp_path, file, old, new, rename
):
    cards = write_corpus(
        tmp_path / "balloons", {"corpus.yaml": CORPUS, "flight.yaml": FLIGHT, "gear.yaml": GEAR}
    )
    out = tmp_path / "out"
    build_at(cards, out, EPOCH)
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, out / "ballooning.apkg")
    # the card deleted, its id retired as the removed-card error says; studied on
    edit(cards / "flight.yaml", MAX_WIND, "")
    (cards / "corpus.yaml").write_text(CORPUS + "retired: [max-wind]\n", "utf-8")
    said = build_at(cards, out, EPOCH + DAY)
    assert "retired: max-wind" in said, said
    import_only(collection, out / "ballooning.apkg")
    retired_then = {
        g: mod
        for g, (mod, _, tags) in package_notes(out / "ballooning.apkg").items()
        if "retired" in tags
    }
    assert len(retired_then) == 1
    # the deck renamed: the build says to rename it in Anki before the import
    edit(cards / file, old, new)
    said = build_at(cards, out, EPOCH + 2 * DAY)
    assert f"rename '{rename[0]}' to '{rename[1]}' in Anki" in said or (
        f"rename that deck to '{rename[1]}' in Anki" in said
    ), said
    assert "retired:" not in said, said  # nothing was retired again
    _rename(collection, *rename)
    log = import_only(collection, out / "ballooning.apkg")
    assert (len(log.new), len(log.updated)) == (0, 0), log
    # no deck of the old name came back, empty, beside the renamed one
    assert not any(d == rename[0] or d.startswith(rename[0] + "::") for d in _decks(collection))
    # the retired note keeps its time (Anki has it as it is) and ships in the new deck
    notes = package_notes(out / "ballooning.apkg")
    assert {g: notes[g][0] for g in retired_then} == retired_then
    decks = _package_decks(out / "ballooning.apkg")
    assert (
        decks["Usual highest surface wind for a launch"]
        == decks["How does a pilot steer a hot-air balloon?"]
    )
    # and a later build, nothing edited, keeps it so
    said = build_at(cards, out, EPOCH + 3 * DAY)
    assert "moved to another deck" not in said and "retired:" not in said, said
    assert _package_decks(out / "ballooning.apkg") == decks


CLOZE = """\
deck: Weather
title: Weather
cards:
  - id: lapse-rate
    kind: cloze
    text: "Air cools by about {{c1::2 °C}} per {{c2::300 m}} of height."
"""


def _cloze_history(collection) -> dict[int, tuple[str, int]]:
    """Each card of the cloze note: its number -> (the deletion it asks, its reviews)."""
    col = anki_collection.Collection(str(collection))
    try:
        found = {}
        for cid in col.find_cards('"CheatdeckId:lapse-rate"'):
            card = col.get_card(cid)
            asked = card.question().split("[...]")[0][-12:]
            reps = col.db.scalar("select count() from revlog where cid = ?", cid)
            found[card.ord + 1] = (asked, reps)
        return found
    finally:
        col.close()


def test_cloze_numbers_swapped_then_written_back_before_the_import(tmp_path):
    """The notice of a renumbering says to write the numbers back before the import, and
    that the build after says they moved again, which a collection that never imported
    the swap can set aside: it keeps each history with its deletion."""
    cards = write_corpus(tmp_path / "balloons", {"corpus.yaml": CORPUS, "weather.yaml": CLOZE})
    out = tmp_path / "out"
    build_at(cards, out, EPOCH)
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, out / "ballooning.apkg")
    studied = _cloze_history(collection)
    assert sorted(studied) == [1, 2] and all(reps == 1 for _, reps in studied.values())
    edit(cards / "weather.yaml", "{{c1::2 °C}} per {{c2::300 m}}", "{{c2::2 °C}} per {{c1::300 m}}")
    said = build_at(cards, out, EPOCH + DAY)
    (notice,) = [line for line in said.splitlines() if "cloze deletion renumbered" in line]
    assert "this build not imported yet? write the numbers back as they were" in notice, notice
    edit(cards / "weather.yaml", "{{c2::2 °C}} per {{c1::300 m}}", "{{c1::2 °C}} per {{c2::300 m}}")
    said = build_at(cards, out, EPOCH + 2 * DAY)
    (again,) = [line for line in said.splitlines() if "cloze deletion renumbered" in line]
    assert "which holds only for a collection that imported this one" in again, again
    log = import_only(collection, out / "ballooning.apkg")
    assert (len(log.new), len(log.updated)) == (0, 1), log
    assert _cloze_history(collection) == studied  # each number asks its deletion, as studied


def test_a_card_retired_on_one_branch_its_deck_renamed_on_another(tmp_path):
    """Merged, the lock holds the retired card in the old deck (its branch never saw the
    rename) and every other card in the new one: no build moves a card, yet the retired
    notes ship in the deck their topic has now, and no old deck comes back in Anki."""
    cards = write_corpus(
        tmp_path / "balloons", {"corpus.yaml": CORPUS, "flight.yaml": FLIGHT, "gear.yaml": GEAR}
    )
    assert git(cards, "init", "-q", "-b", "main").returncode == 0
    out = tmp_path / "out"
    build_at(cards, out, EPOCH)
    assert git(cards, "add", ".").returncode == 0
    assert git(cards, "commit", "-qm", "cards").returncode == 0
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, out / "ballooning.apkg")
    # one branch (another machine, its own OUT) retires a card
    assert git(cards, "checkout", "-qb", "retire").returncode == 0
    edit(cards / "flight.yaml", MAX_WIND, "")
    (cards / "corpus.yaml").write_text(CORPUS + "retired: [max-wind]\n", "utf-8")
    assert "retired: max-wind" in build_at(cards, tmp_path / "elsewhere", EPOCH + DAY)
    assert git(cards, "commit", "-qam", "retire max-wind").returncode == 0
    # the other renames the deck, in the corpus and in Anki, and imports
    assert git(cards, "checkout", "-q", "main").returncode == 0
    edit(cards / "flight.yaml", "deck: Flight", "deck: Aloft")
    said = build_at(cards, out, EPOCH + 2 * DAY)
    assert "rename that deck to 'Ballooning::Aloft' in Anki" in said, said
    assert git(cards, "commit", "-qam", "Flight is Aloft").returncode == 0
    _rename(collection, "Ballooning::Flight", "Ballooning::Aloft")
    import_only(collection, out / "ballooning.apkg")
    git(cards, "merge", "-q", "retire", "-m", "merge")  # git stops at the lock alone
    unmerged = git(cards, "diff", "--name-only", "--diff-filter=U").stdout.split()
    assert unmerged == ["cheatdeck.lock"], unmerged
    build_at(cards, out, EPOCH + 3 * DAY)
    decks = _package_decks(out / "ballooning.apkg")
    assert decks["Usual highest surface wind for a launch"] == "Ballooning::Aloft", decks
    log = import_only(collection, out / "ballooning.apkg")
    assert len(log.new) == 0, log
    assert not any(d.startswith("Ballooning::Flight") for d in _decks(collection))
