"""A kite flyer's corpus (history166), through the real command line and Anki's own
importer: what a routine edit right after ``adopt`` and a change of kind leave in Anki.

- a note ``adopt`` moved carries the time the built deck gives it (the lock's), not
  adopt's clock: an edit built in the same second as adopt, or by a build whose clock is
  fixed (``SOURCE_DATE_EPOCH``), is newer, and Anki's import updates the note;
- the kind-change notice gives the ``adopt`` command with the corpus folder the user
  typed, quoted for the shell (``.`` when run from inside it): the line runs as printed;
- a retired card written again under another kind: its old note keeps the review
  history and the retired tag, and the notice says why and what keeps the reviews;
- ``adopt`` run after the import of a kind change, before the new card is studied (a
  user who imports first and reads later), still moves the old note, reviews and all,
  into the new one's place (untagged, for a retired card written again); with both
  notes studied it names the card, and both stay.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from conftest import build_at, edit, import_and_review, import_only, run_cli, write_corpus

anki_collection = pytest.importorskip("anki.collection")

#: A fixed build clock, as a reproducible build sets it: older than any clock adopt runs at.
EPOCH = 1_790_000_000
DAY = 86_400

CORPUS = "name: kites\ntitle: Kite flying\ndeck: Kites\n"
FLYING = """\
deck: Flying
title: Flying
cards:
  - id: bridle
    kind: qa
    question: What is a kite's bridle?
    answer: The lines that join the flying line to the kite and set its angle to the wind.
  - id: wind-window
    kind: qa
    question: What is the wind window?
    answer: The quarter sphere downwind of the flyer in which a kite can fly.
"""
WINDOW_QA = "    kind: qa\n    question: What is the wind window?\n    answer: The quarter sphere"
WINDOW_CONCEPT = "    kind: concept\n    term: Wind window\n    definition: The quarter sphere"


def _notes(collection: Path, card_id: str) -> list[tuple[str, str, int, str]]:
    """Each note of ``card_id``: (note type, tags, reviews in the log, first field after
    the id's)."""
    col = anki_collection.Collection(str(collection))
    try:
        found = []
        for nid in sorted(col.find_notes(f'"CheatdeckId:{card_id}"')):
            note = col.get_note(nid)
            logged = sum(
                col.db.scalar("select count() from revlog where cid = ?", card.id)
                for card in note.cards()
            )
            text = next(v for k, v in note.items() if k not in ("CheatdeckId", "Term"))
            found.append((note.note_type()["name"], " ".join(note.tags), logged, text))
        return found
    finally:
        col.close()


def _studied(tmp_path: Path, folder: str = "cards") -> tuple[Path, Path]:
    cards = write_corpus(tmp_path / folder, {"corpus.yaml": CORPUS, "flying.yaml": FLYING})
    build_at(cards, tmp_path / "out", EPOCH)
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, tmp_path / "out" / "kites.apkg")
    return cards, collection


def test_an_edit_built_after_adopt_reaches_the_note_adopt_moved(tmp_path):
    cards, collection = _studied(tmp_path)
    edit(cards / "flying.yaml", WINDOW_QA, WINDOW_CONCEPT)
    assert "run: cheatdeck adopt" in build_at(cards, tmp_path / "out", EPOCH)
    done = run_cli("adopt", collection, cards)
    assert done.returncode == 0, done.stdout + done.stderr
    # no wait: the edit and its build come at once (a script), and the build's clock is
    # the fixed one, behind adopt's: Anki stamped the moved note with its own clock
    edit(cards / "flying.yaml", "in which a kite can fly.", "in which a kite can fly and pull.")
    said = build_at(cards, tmp_path / "out", EPOCH)
    assert "changed: wind-window" in said, said
    log = import_only(collection, tmp_path / "out" / "kites.apkg")
    assert len(log.new) == 0 and len(log.updated) == 1, log
    assert _notes(collection, "wind-window") == [
        (
            "cheatdeck Concept",
            "kind::concept",
            1,
            "The quarter sphere downwind of the flyer in which a kite can fly and pull.",
        )
    ]


def test_edits_built_one_after_another_at_one_clock_second_each_reach_anki(tmp_path):
    # build, edit, build, edit, build with the clock held at one second (a fixed
    # SOURCE_DATE_EPOCH, as a script within one second): each edit is stamped one second
    # after the time the lock gave the card before, and each import updates the note
    cards, collection = _studied(tmp_path)
    before = "The lines that join the flying line to the kite and set its angle to the wind."
    for answer in ("The lines that set the kite's angle to the wind.", "The kite's lines."):
        edit(cards / "flying.yaml", before, answer)
        build_at(cards, tmp_path / "out", EPOCH)
        log = import_only(collection, tmp_path / "out" / "kites.apkg")
        assert len(log.updated) == 1 and len(log.new) == 0, log
        col = anki_collection.Collection(str(collection))
        try:
            (nid,) = col.find_notes('"CheatdeckId:bridle"')
            assert col.get_note(nid)["Answer"] == answer
        finally:
            col.close()
        assert [n[:3] for n in _notes(collection, "bridle")] == [("cheatdeck Q&A", "kind::qa", 1)]
        before = answer


def _adopt_line(said: str) -> str:
    notice = next(line for line in said.splitlines() if "changed kind" in line)
    return notice.split("run: ", 1)[1].split(");", 1)[0]


def test_the_kind_notice_gives_the_adopt_command_for_the_folder_typed(tmp_path):
    cards, collection = _studied(tmp_path, "my kites")
    edit(cards / "flying.yaml", WINDOW_QA, WINDOW_CONCEPT)
    done = run_cli("check", "my kites", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    placeholder = "~/.local/share/Anki2/<profile>/collection.anki2"
    assert _adopt_line(done.stdout) == f"cheatdeck adopt {placeholder} 'my kites'", done.stdout
    inside = run_cli("check", cwd=cards)  # CORPUS left out inside the folder
    assert _adopt_line(inside.stdout) == f"cheatdeck adopt {placeholder} .", inside.stdout
    said = run_cli("build", "my kites", "-o", "out", "-f", "apkg", cwd=tmp_path)
    assert said.returncode == 0, said.stdout + said.stderr
    # the line runs as printed, the collection's path put in for the placeholder
    words = shlex.split(_adopt_line(said.stdout).replace(placeholder, str(collection)))
    done = run_cli(*words[1:], cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    log = import_only(collection, tmp_path / "out" / "kites.apkg")
    assert len(log.new) == 0, log
    assert [n[:3] for n in _notes(collection, "wind-window")] == [
        ("cheatdeck Concept", "kind::concept", 1)
    ]


def _retired_then_written_again(cards: Path, collection: Path, tmp_path: Path) -> str:
    """wind-window retired (that build imported: its studied note tagged), then written
    again as a concept card and built: the build's report."""
    window = FLYING[FLYING.index("  - id: wind-window") :]
    edit(cards / "flying.yaml", window, "")
    (cards / "corpus.yaml").write_text(CORPUS + "retired: [wind-window]\n", "utf-8")
    build_at(cards, tmp_path / "out", EPOCH + DAY)
    import_only(collection, tmp_path / "out" / "kites.apkg")
    (cards / "corpus.yaml").write_text(CORPUS, "utf-8")
    edit(cards / "flying.yaml", "cards:\n", "cards:\n" + window.replace(WINDOW_QA, WINDOW_CONCEPT))
    return build_at(cards, tmp_path / "out", EPOCH + 2 * DAY)


def test_a_retired_card_written_again_as_another_kind_says_why_its_note_stays_tagged(tmp_path):
    cards, collection = _studied(tmp_path)
    said = _retired_then_written_again(cards, collection, tmp_path)
    assert "restored: wind-window" in said, said
    notice = next(line for line in said.splitlines() if "changed kind" in line)
    # why the tag stays: a build that shipped the qa note untagged would give it back as
    # a new card to a collection adopt changed, and to a new profile
    assert (
        "keeps the old qa note with the review history, no longer updated, and still tagged "
        "cheatdeck::retired: no build ships a qa note of this card again to take the tag off "
        "(shipped, it would come back as a new card where adopt moved it, and in a new "
        "profile), so keep it when you delete the retired notes (to keep that history on the "
        "new note instead, close Anki and, before you import this build or else before you "
        "study the new card, run: cheatdeck adopt "
    ) in notice, notice
    import_only(collection, tmp_path / "out" / "kites.apkg")
    assert sorted(n[:3] for n in _notes(collection, "wind-window")) == [
        ("cheatdeck Concept", "kind::concept", 0),
        ("cheatdeck Q&A", "cheatdeck::retired kind::qa", 1),
    ]
    # what the notice says about a new profile: the deck gives it the concept note alone
    fresh = tmp_path / "fresh" / "collection.anki2"
    import_only(fresh, tmp_path / "out" / "kites.apkg")
    assert [n[:2] for n in _notes(fresh, "wind-window")] == [("cheatdeck Concept", "kind::concept")]


def _study(collection: Path, card_id: str) -> None:
    """Answer each card of ``card_id``'s notes GOOD through Anki's scheduler."""
    from anki.scheduler.v3 import CardAnswer

    col = anki_collection.Collection(str(collection))
    try:
        for cid in col.find_cards(f'"CheatdeckId:{card_id}"'):
            card = col.get_card(cid)
            card.start_timer()
            states = col._backend.get_scheduling_states(card.id)
            col.sched.answer_card(
                col.sched.build_answer(card=card, states=states, rating=CardAnswer.GOOD)
            )
    finally:
        col.close()


def test_adopt_after_the_import_keeps_the_history_while_the_new_card_is_unstudied(tmp_path):
    cards, collection = _studied(tmp_path)
    _retired_then_written_again(cards, collection, tmp_path)
    import_only(collection, tmp_path / "out" / "kites.apkg")  # imported before adopt
    done = run_cli("adopt", collection, cards)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "kept 1 note of cards whose kind changed" in done.stdout, done.stdout
    log = import_only(collection, tmp_path / "out" / "kites.apkg")
    assert len(log.new) == 0, log
    # one note, the concept card's, untagged, with the review the qa card had
    assert [n[:3] for n in _notes(collection, "wind-window")] == [
        ("cheatdeck Concept", "kind::concept", 1)
    ]


def test_adopt_after_both_notes_were_studied_says_so_and_changes_neither(tmp_path):
    cards, collection = _studied(tmp_path)
    edit(cards / "flying.yaml", WINDOW_QA, WINDOW_CONCEPT)
    build_at(cards, tmp_path / "out", EPOCH + DAY)
    import_only(collection, tmp_path / "out" / "kites.apkg")
    _study(collection, "wind-window")  # both notes now have reviews
    before = _notes(collection, "wind-window")
    done = run_cli("adopt", collection, cards)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[0] == (
        "notice: 'wind-window' changed kind and its new note has reviews of its own: Anki "
        "cannot join two notes, so the old one keeps its review history, no longer updated "
        '(to delete it in Anki, search "CheatdeckId:wind-window" -"note:cheatdeck Concept")'
    ), done.stdout
    assert "nothing to adopt" in done.stdout, done.stdout
    assert _notes(collection, "wind-window") == before
    col = anki_collection.Collection(str(collection))
    try:  # the search the notice gives finds the old note alone
        found = col.find_notes('"CheatdeckId:wind-window" -"note:cheatdeck Concept"')
        assert [col.get_note(n).note_type()["name"] for n in found] == ["cheatdeck Q&A"]
    finally:
        col.close()
