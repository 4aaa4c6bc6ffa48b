"""What the build says, and what the real Anki importer does, after three routine edits
(a bird-song corpus, the real command line and the real scheduler): a card moved to
another deck, a card kept off the deck (``anki: false``), and cards moved to another
topic file. The build's ``added`` and ``changed`` are what an import adds and updates."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import build_at as build
from conftest import edit, import_and_review, import_only, package_notes, study_at, write_corpus

anki_collection = pytest.importorskip("anki.collection")

EPOCH = 1_700_000_000
DAY = 86_400

README = " ".join((Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8").split())

CORPUS = "name: birdsong\ntitle: Bird song\ndeck: Birdsong\n"
THRUSHES = """\
deck: Thrushes
title: Thrushes and chats
cards:
  - id: blackbird-song
    kind: qa
    question: How does a blackbird's song sound?
    answer: Slow, fluty phrases that trail off at the end.
  - id: song-thrush
    kind: qa
    question: What marks a song thrush's song?
    answer: Each phrase repeated two to four times.
  - id: robin-winter
    kind: qa
    question: Why does a robin sing in winter?
    answer: Both sexes hold winter territories and defend them by song.
  - id: nightingale
    kind: qa
    question: When does a nightingale sing most?
    answer: At night, in the first weeks after arriving in spring.
  - id: wheatear
    kind: concept
    term: Wheatear call
    definition: A hard chack, like two stones knocked together.
  - id: thrush-calls
    kind: list
    title: Thrush alarm calls
    items:
      - Blackbird: loud chink chink at dusk
      - Song thrush: thin tick
      - Fieldfare: harsh chack-chack
"""
WARBLERS = """\
deck: Warblers
title: Warblers
cards:
  - id: chiffchaff
    kind: qa
    question: What does a chiffchaff sing?
    answer: Its own name, chiff-chaff, repeated unevenly.
  - id: willow-warbler
    kind: qa
    question: How does a willow warbler's song run?
    answer: A soft descending cascade of notes.
  - id: blackcap
    kind: concept
    term: Blackcap song
    definition: A scratchy warble ending in loud clear notes.
  - id: grasshopper-warbler
    kind: concept
    term: Reeling
    definition: The grasshopper warbler's long insect-like trill.
  - id: cettis
    kind: qa
    question: What is a Cetti's warbler's song like?
    answer: A sudden loud explosive burst from deep cover.
"""
FINCHES = """\
deck: Finches
title: Finches and buntings
cards:
  - id: chaffinch
    kind: qa
    question: How does a chaffinch's song end?
    answer: With a flourish, a rapid descending run and a final note.
  - id: goldfinch
    kind: concept
    term: Goldfinch twitter
    definition: A liquid tinkling song with nasal notes.
  - id: yellowhammer
    kind: qa
    question: What phrase is a yellowhammer's song said to say?
    answer: A little bit of bread and no cheese.
  - id: bullfinch
    kind: qa
    question: What is a bullfinch's call?
    answer: A soft, piped, melancholy whistle.
"""
BRAMBLING = """\
  - id: brambling
    kind: qa
    anki: false
    question: What is a brambling's song?
    answer: A long nasal wheeze like a greenfinch's.
"""
STONECHAT = """\
  - id: stonechat
    kind: qa
    question: What does a stonechat's call sound like?
    answer: Two pebbles tapped together.
"""


def corpus(tmp_path: Path) -> Path:
    return write_corpus(
        tmp_path / "cards",
        {
            "corpus.yaml": CORPUS,
            "thrushes.yaml": THRUSHES,
            "warblers.yaml": WARBLERS,
            "finches.yaml": FINCHES,
        },
    )


def studied(tmp_path: Path) -> tuple[Path, Path]:
    """The corpus built, imported and every card reviewed: (cards, collection)."""
    cards = corpus(tmp_path)
    return cards, study_at(cards, tmp_path, EPOCH, "birdsong.apkg")


def cards_in_anki(collection: Path) -> dict[tuple[str, int], tuple[str, int]]:
    """(note GUID, card ordinal) -> (the card's deck, its reviews)."""
    col = anki_collection.Collection(str(collection))
    try:
        found = {}
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            found[card.note().guid, card.ord] = (col.decks.name(card.did), card.reps)
        return found
    finally:
        col.close()


def test_a_card_moved_to_another_deck_is_said_moved_once_and_updates_no_note(tmp_path):
    # The deck is on no note (Anki keeps it on each card, and its import never moves a
    # card it has), yet every moved card's notes were made newer: the build listed the
    # five warblers as 'changed' beside 'moved to another deck', and Anki updated five
    # notes whose fields and tags were as before. Now: moved, once; no note newer.
    cards, collection = studied(tmp_path)
    notes_before = package_notes(tmp_path / "out" / "birdsong.apkg")
    edit(cards / "warblers.yaml", "deck: Warblers\n", "deck: Songbirds\n")
    said = build(cards, tmp_path / "out", EPOCH + DAY)
    assert "cards: 0 added, 0 changed, 0 retired" in said, said
    assert "changed:" not in said, said
    (line,) = [line for line in said.splitlines() if line.startswith("moved to another deck")]
    assert line.startswith(
        "moved to another deck: 5 cards from 'Birdsong::Warblers' to 'Birdsong::Songbirds' "
        "(chiffchaff, willow-warbler, blackcap, grasshopper-warbler, cettis)"
    ), line
    assert package_notes(tmp_path / "out" / "birdsong.apkg") == notes_before
    before = cards_in_anki(collection)
    log = import_and_review(collection, tmp_path / "out" / "birdsong.apkg")
    assert (len(log.new), len(log.updated)) == (0, 0)
    after = cards_in_anki(collection)  # each card where it was, one review more
    assert after == {card: (deck, reps + 1) for card, (deck, reps) in before.items()}
    col = anki_collection.Collection(str(collection))
    try:  # as the line says: Browse, its search, Change Deck
        search = line.split("Browse search ", 1)[1].split(", select all", 1)[0]
        found = col.find_cards(search)
        revlog = col.db.all("SELECT id, cid, ease FROM revlog ORDER BY id")
        col.set_deck(found, col.decks.id("Birdsong::Songbirds"))
        assert col.db.all("SELECT id, cid, ease FROM revlog ORDER BY id") == revlog
        assert len(col.find_cards('"deck:Birdsong::Songbirds"')) == len(found) == 5
        # the old deck stays, empty, through Check Database: the line says to delete it,
        # and deleting it (as it says, once its search finds nothing) takes no card
        told = 'once Browse finds no card in "deck:Birdsong::Warblers", delete that deck'
        assert told in line, line
        col.fix_integrity()
        assert "Birdsong::Warblers" in [d.name for d in col.decks.all_names_and_ids()]
        assert not col.find_cards('"deck:Birdsong::Warblers"')
        count = col.card_count()
        col.decks.remove([col.decks.id_for_name("Birdsong::Warblers")])
        assert "Birdsong::Warblers" not in [d.name for d in col.decks.all_names_and_ids()]
        assert col.card_count() == count
    finally:
        col.close()
    again = build(cards, tmp_path / "out", EPOCH + 2 * DAY)  # said by the build that moved
    assert "cards: 0 added, 0 changed, 0 retired" in again, again
    assert not [line for line in again.splitlines() if line.startswith("moved")], again
    row = (
        "| a topic's `deck:` renamed (its cards in another deck) | 0 updated, 0 added | +0 | "
        "kept (the cards stay in the old deck until you move them) |"
    )
    assert row in README


def test_a_deck_move_with_an_edit_says_changed_only_the_notes_an_import_updates(tmp_path):
    # A list's three items moved with their deck and one item's answer edited: the one
    # note it changed is newer, and the card is said changed as well as moved.
    cards, collection = studied(tmp_path)
    edit(cards / "thrushes.yaml", "deck: Thrushes\n", "deck: Chats\n")
    edit(cards / "thrushes.yaml", "harsh chack-chack", "harsh chack-chack-chack")
    said = build(cards, tmp_path / "out", EPOCH + DAY)
    assert "cards: 0 added, 1 changed, 0 retired" in said, said
    assert "  changed: thrush-calls" in said.splitlines(), said
    assert "moved to another deck: 6 cards from 'Birdsong::Thrushes'" in said, said
    log = import_and_review(collection, tmp_path / "out" / "birdsong.apkg")
    assert (len(log.new), len(log.updated)) == (0, 1)


def test_a_deck_move_taken_back_with_the_lock_is_said_moved_back_and_changes_no_note(
    tmp_path,
):
    # The lock checked out from before the move (a git revert) holds the old deck: the
    # record of the last deck built into OUT holds the new one. Its notes were made
    # newer and said changed, as if their content had gone back.
    cards, collection = studied(tmp_path)
    lock_before = (cards / "cheatdeck.lock").read_text("utf-8")
    edit(cards / "warblers.yaml", "deck: Warblers\n", "deck: Songbirds\n")
    build(cards, tmp_path / "out", EPOCH + DAY)
    import_and_review(collection, tmp_path / "out" / "birdsong.apkg")
    edit(cards / "warblers.yaml", "deck: Songbirds\n", "deck: Warblers\n")
    (cards / "cheatdeck.lock").write_text(lock_before, "utf-8")
    said = build(cards, tmp_path / "out", EPOCH + 2 * DAY)
    assert "cards: 0 added, 0 changed, 0 retired" in said, said
    assert "moved to another deck: 5 cards from 'Birdsong::Songbirds' to 'Birdsong::Warblers'" in (
        said
    )
    log = import_and_review(collection, tmp_path / "out" / "birdsong.apkg")
    assert (len(log.new), len(log.updated)) == (0, 0)


@pytest.mark.parametrize(
    "formats, says",
    [
        ("apkg", []),  # in no output of this build
        ("apkg,md", ["  added to the sheet only (anki: false): brambling"]),
        ("md", ["  added: brambling"]),  # the sheet's report, as for any card
    ],
)
def test_a_card_kept_off_the_deck_is_not_said_added_to_it(tmp_path, formats, says):
    # An anki: false card was listed 'added: brambling' (and, edited, 'changed') by a
    # build of the .apkg, which holds no note of it: Anki added and updated nothing.
    cards = corpus(tmp_path)
    build(cards, tmp_path / "out", EPOCH, formats)
    edit(cards / "finches.yaml", "cards:\n", "cards:\n" + BRAMBLING)
    said = build(cards, tmp_path / "out", EPOCH + DAY, formats)
    listed = [line for line in said.splitlines() if line.startswith("  ")]
    assert listed == says, said
    assert ("cards: 1 added" in said) == (formats == "md"), said
    edit(cards / "finches.yaml", "greenfinch's.", "greenfinch's, slower.")
    said = build(cards, tmp_path / "out", EPOCH + 2 * DAY, formats)
    listed = [line for line in said.splitlines() if line.startswith("  ")]
    assert listed == [line.replace("added", "changed").replace(" to ", " on ") for line in says]
    assert "one on the sheet is listed apart (`added to the sheet only (anki: false): …`" in README


def test_a_card_kept_off_the_deck_and_the_sheet_is_not_said(tmp_path):
    cards, collection = studied(tmp_path)
    off = BRAMBLING.replace("    anki: false\n", "    anki: false\n    sheet: false\n")
    edit(cards / "finches.yaml", "cards:\n", "cards:\n" + off)
    said = build(cards, tmp_path / "out", EPOCH + DAY, "apkg,md")
    assert "brambling" not in said and "cards: 0 added, 0 changed" in said, said
    log = import_and_review(collection, tmp_path / "out" / "birdsong.apkg")
    assert (len(log.new), len(log.updated)) == (0, 0)


def new_positions(collection: Path) -> dict[str, int]:
    """Each card's first field -> its due (a new card's place in the new-card queue)."""
    col = anki_collection.Collection(str(collection))
    try:
        rows = col.db.all("SELECT n.flds, c.due FROM cards c JOIN notes n ON c.nid = n.id")
        return {fields.split("\x1f")[0]: due for fields, due in rows}
    finally:
        col.close()


def test_a_file_move_changes_only_where_new_cards_of_a_new_collection_come(tmp_path):
    # Two thrush cards moved to a topic file sorted first: no note changes, yet the
    # package's order does, and Anki takes a new card's place in the package as its
    # position in the new-card queue. A collection that has the cards, studied or not,
    # keeps every position; one that has not gets them in the new order; a card added
    # later takes its place in the package as its position.
    cards = corpus(tmp_path)
    apkg = tmp_path / "out" / "birdsong.apkg"
    build(cards, tmp_path / "out", EPOCH)
    had = tmp_path / "had" / "collection.anki2"
    import_only(had, apkg)  # its new cards not studied yet
    positions = new_positions(had)
    assert positions["How does a chaffinch's song end?"] == 1  # finches.yaml first
    block = THRUSHES[THRUSHES.index("  - id: robin-winter") : THRUSHES.index("  - id: wheatear")]
    edit(cards / "thrushes.yaml", block, "")
    (cards / "chats.yaml").write_text("deck: Thrushes\ntitle: Chats\ncards:\n" + block, "utf-8")
    said = build(cards, tmp_path / "out", EPOCH + DAY)
    assert "cards: 0 added, 0 changed, 0 retired" in said and "birdsong.apkg: written" in said
    log = import_only(had, apkg)
    assert (len(log.new), len(log.updated)) == (0, 0)
    assert new_positions(had) == positions
    import_only(tmp_path / "new" / "collection.anki2", apkg)
    fresh = new_positions(tmp_path / "new" / "collection.anki2")
    assert fresh["Why does a robin sing in winter?"] == 1  # chats.yaml first now
    assert fresh["When does a nightingale sing most?"] == 2
    assert fresh["How does a chaffinch's song end?"] == 3
    edit(cards / "chats.yaml", "cards:\n", "cards:\n" + STONECHAT)
    build(cards, tmp_path / "out", EPOCH + 2 * DAY)
    import_only(had, apkg)
    assert new_positions(had) == {**positions, "What does a stonechat's call sound like?": 1}
    assert "Anki gives a card new to a collection its place in the package as its position" in (
        README
    )
