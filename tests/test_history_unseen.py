"""Review history and the build's advice through what a user does over months, on a
sailing corpus none of the other tests use: the real command line, real git, and the
real Anki importer and scheduler."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import edit, git, git_typed, import_and_review, run_cli

anki_collection = pytest.importorskip("anki.collection")

EPOCH = 1_700_000_000

CORPUS = "name: sailing\ntitle: Sailing\ndeck: Sailing\n"
KNOTS = """\
deck: Knots
title: Knots
cards:
  - id: bowline
    kind: qa
    question: Which knot makes a fixed loop at the end of a line?
    answer: The bowline.
  - id: sheet-bend
    kind: qa
    question: Which knot joins two lines of different thickness?
    answer: The sheet bend.
  - id: halyard
    kind: concept
    term: Halyard
    definition: A line that hoists a sail.
  - id: jib
    kind: concept
    term: Jib
    definition: A triangular sail set forward of the mast.
"""


def make_corpus(root: Path) -> Path:
    cards = root / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(CORPUS, "utf-8")
    (cards / "knots.yaml").write_text(KNOTS, "utf-8")
    return cards


def build(cards: Path, out: Path, epoch: int = EPOCH, expect: int = 0):
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    done = run_cli("build", cards, "-o", out, "-f", "apkg", env=env)
    assert done.returncode == expect, done.stdout + done.stderr
    return done


def commit_base(cards: Path) -> None:
    """``cards`` made a git repository, everything in it committed as "base"."""
    git(cards, "init", "-q", "-b", "main")
    git(cards, "add", "-A")
    git(cards, "commit", "-qm", "base")


def studied_in_git(tmp_path: Path) -> tuple[Path, Path]:
    """The sailing corpus built into ``tmp_path/o``, committed as "base", and its deck
    imported into a new Anki collection and every card reviewed: (cards, collection)."""
    cards = make_corpus(tmp_path)
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    commit_base(cards)
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    return cards, collection


def note_fields(collection: Path, card_id: str) -> list[list[str]]:
    col = anki_collection.Collection(str(collection))
    try:
        return [list(col.get_note(nid).fields) for nid in col.find_notes(f"CheatdeckId:{card_id}")]
    finally:
        col.close()


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
@pytest.mark.parametrize("studied, kept", [("main", "feature"), ("feature", "main")])
def test_a_card_both_branches_edited_reaches_anki_after_the_merge_with_a_fixed_date(
    tmp_path, studied, kept
):
    # With SOURCE_DATE_EPOCH fixed, an edit is stamped one second after the card's last
    # time: two branches that each edit one card give it the same time. A device that
    # imported one branch's build must still get the merged wording (Anki updates a note
    # only from a strictly newer one), whichever side the merge keeps.
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    build(cards, tmp_path / "base")
    assert git(cards, "init", "-q", "-b", "main").returncode == 0
    git(cards, "add", "-A")
    git(cards, "commit", "-qm", "base")
    git(cards, "checkout", "-qb", "feature")
    edit(knots, "answer: The bowline.", "answer: The bowline, which does not slip or jam.")
    build(cards, tmp_path / "feature")
    git(cards, "commit", "-qam", "feature: bowline")
    git(cards, "checkout", "-q", "main")
    edit(knots, "answer: The bowline.", "answer: A bowline.")
    build(cards, tmp_path / "main")
    git(cards, "commit", "-qam", "main: bowline")

    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    first = import_and_review(collection, tmp_path / studied / "sailing.apkg")
    assert len(first.new) == 4

    assert git(cards, "merge", "feature").returncode != 0  # the card and the lock conflict
    knots.write_text(git(cards, "show", f"{kept}:knots.yaml").stdout, "utf-8")
    build(cards, tmp_path / "merged")
    log = import_and_review(collection, tmp_path / "merged" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (0, 1)
    (fields,) = note_fields(collection, "bowline")
    wording = {"main": "A bowline.", "feature": "The bowline, which does not slip or jam."}
    assert wording[kept] in fields


def card_state(collection: Path, card_id: str) -> list[tuple]:
    """(guid, tags, reps of each card) of each note of ``card_id``."""
    col = anki_collection.Collection(str(collection))
    try:
        found = []
        for nid in col.find_notes(f"CheatdeckId:{card_id}"):
            note = col.get_note(nid)
            found.append((note.guid, sorted(note.tags), [c.reps for c in note.cards()]))
        return found
    finally:
        col.close()


def test_a_retired_card_brought_back_keeps_its_note_and_history(tmp_path):
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    ((guid, _, reps),) = card_state(collection, "jib")
    assert reps == [1]

    jib = "  - id: jib\n    kind: concept\n    term: Jib\n"
    jib += "    definition: A triangular sail set forward of the mast.\n"
    edit(knots, jib, "")
    (cards / "corpus.yaml").write_text(CORPUS + "retired: [jib]\n", "utf-8")
    build(cards, tmp_path / "o", EPOCH + 100)
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert "cheatdeck::retired" in card_state(collection, "jib")[0][1]

    # the card written again, its id still retired: the build says how to bring it back
    knots.write_text(knots.read_text("utf-8") + jib, "utf-8")
    refused = build(cards, tmp_path / "o", EPOCH + 200, expect=1)
    line = next(line for line in refused.stdout.splitlines() if "reused-id" in line)
    assert "knots.yaml:16:9: error reused-id: id 'jib' is retired in corpus.yaml" in line
    assert "to bring the card back with its Anki notes and review history, remove it from " in (
        line
    )
    (cards / "corpus.yaml").write_text(CORPUS, "utf-8")
    back = build(cards, tmp_path / "o", EPOCH + 300)
    # Anki updates its note (untagged): the build says which card came back
    assert "cards: 0 added, 0 changed, 1 restored, 0 retired (4 in the corpus)" in back.stdout
    assert "  restored: jib\n" in back.stdout
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (0, 1)
    ((now_guid, tags, now_reps),) = card_state(collection, "jib")
    assert now_guid == guid and "cheatdeck::retired" not in tags
    assert now_reps[0] > reps[0]  # the reviews before the retirement are still its own


def removed_card_lines(cards: Path) -> list[str]:
    done = run_cli("check", cards)
    assert done.returncode == 1, done.stdout + done.stderr
    return [line for line in done.stdout.splitlines() if "removed-card" in line]


def test_an_id_renamed_and_reworded_at_once_names_the_card_to_give_renamed_from(tmp_path):
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    build(cards, tmp_path / "o")
    edit(knots, "  - id: halyard\n", "  - id: main-halyard\n")
    edit(knots, "A line that hoists a sail.", "The line that hoists the mainsail.")
    knots.write_text(
        knots.read_text("utf-8")
        + "  - id: mainsail\n    kind: concept\n    term: Mainsail\n"
        + "    definition: The sail set behind the mast.\n",
        "utf-8",
    )
    (line,) = removed_card_lines(cards)
    assert "card 'halyard' is gone from the corpus (last in " in line
    assert "/cards/knots.yaml): if " in line
    assert "if 'main-halyard' took its place" in line
    assert "add `renamed_from: halyard` to it to keep its Anki notes" in line
    assert "'mainsail'" not in line  # a new card, not this one's successor

    edit(knots, "  - id: main-halyard\n", "  - id: main-halyard\n    renamed_from: halyard\n")
    done = build(cards, tmp_path / "o", EPOCH + 100)
    assert "renamed: halyard → main-halyard" in done.stdout


def test_two_cards_merged_into_one_name_it_for_each_and_a_stranger_is_not_named(tmp_path):
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    build(cards, tmp_path / "o")
    bends = (
        "  - id: bowline\n    kind: qa\n"
        "    question: Which knot makes a fixed loop at the end of a line?\n"
        "    answer: The bowline.\n"
        "  - id: sheet-bend\n    kind: qa\n"
        "    question: Which knot joins two lines of different thickness?\n"
        "    answer: The sheet bend.\n"
    )
    merged = (
        "  - id: loop-and-bend\n    kind: qa\n"
        "    question: Which knots make a fixed loop, and join two lines of different "
        "thickness?\n"
        "    answer: The bowline and the sheet bend.\n"
        "  - id: jib-sheet\n    kind: concept\n    term: Jib sheet\n"
        "    definition: The line that trims the jib.\n"
    )
    edit(knots, bends, merged)
    lines = removed_card_lines(cards)
    assert [line.split("'")[1] for line in lines] == ["bowline", "sheet-bend"]
    for line, old in zip(lines, ["bowline", "sheet-bend"], strict=True):
        assert (
            ": if 'loop-and-bend' took its place (a new id, reworded, split or merged), "
            f"add `renamed_from: {old}`" in line
        )
        assert "jib-sheet" not in line  # another kind


def test_a_new_table_sharing_only_yes_and_no_with_a_gone_one_is_not_its_successor(tmp_path):
    """Two tables of 'yes'/'no' cells share those words and nothing else: the gone one
    is retired or restored, not renamed to the other (a drug table after a git one)."""
    cards = make_corpus(tmp_path)
    table = (
        "  - id: {id}\n    kind: table\n    title: {title}\n    columns: [{column}]\n"
        '    rows:\n      {a}: ["yes"]\n      {b}: ["no"]\n'
    )
    knots = cards / "knots.yaml"
    old = table.format(id="undo", title="Undoing", column="Safe", a="revert", b="reset")
    knots.write_text(knots.read_text("utf-8") + old, "utf-8")
    build(cards, tmp_path / "o")
    new = table.format(id="drugs", title="Drugs", column="Renal", a="Vancomycin", b="Linezolid")
    edit(knots, old, new)
    (line,) = removed_card_lines(cards)
    assert "card 'undo' is gone" in line and "drugs" not in line, line


def test_a_gone_card_with_no_new_card_like_it_says_retire_or_restore(tmp_path):
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    build(cards, tmp_path / "o")
    edit(knots, "  - id: sheet-bend\n", "  - id: reef-knot\n")
    edit(knots, "Which knot joins two lines of different thickness?", "Which knot reefs a sail?")
    edit(knots, "The sheet bend.", "The reef knot.")
    (line,) = removed_card_lines(cards)
    assert line.endswith(
        "/cards/knots.yaml): add it to "
        "'retired' in corpus.yaml "
        "(its notes then ship tagged cheatdeck::retired for 90 days) or restore it; if it "
        "lives on under a new id, add `renamed_from: sheet-bend` to that card to keep its "
        "Anki notes and their review history"
    )


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_rename_on_one_branch_and_an_edit_on_another_merge_into_one_note(tmp_path):
    # one branch renames a card (renamed_from), the other edits it under its old id: the
    # merged lock holds both ids. The merged build must leave one entry (the old id's
    # would otherwise be a removed card once renamed_from is dropped, and retiring it
    # would ship a second note with the same GUID), and the device that studied the edit
    # must get the merged card.
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    build(cards, tmp_path / "base")
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, tmp_path / "base" / "sailing.apkg")
    ((guid, _, _),) = card_state(collection, "bowline")
    assert git(cards, "init", "-q", "-b", "main").returncode == 0
    git(cards, "add", "-A")
    git(cards, "commit", "-qm", "base")
    git(cards, "checkout", "-qb", "rename")
    edit(knots, "  - id: bowline\n", "  - id: bowline-knot\n    renamed_from: bowline\n")
    build(cards, tmp_path / "renamed")
    git(cards, "commit", "-qam", "rename")
    git(cards, "checkout", "-q", "main")
    edit(knots, "answer: The bowline.", "answer: A bowline.")
    edit(knots, "answer: A bowline.", "answer: A bowline, tied with a turn.")
    build(cards, tmp_path / "e1", EPOCH + 10)
    build(cards, tmp_path / "edited", EPOCH + 20)
    git(cards, "commit", "-qam", "edit")
    import_and_review(collection, tmp_path / "edited" / "sailing.apkg")

    assert git(cards, "merge", "rename").returncode != 0  # the lock conflicts; the cards merge
    assert "  - id: bowline-knot\n    renamed_from: bowline\n" in knots.read_text("utf-8")
    assert "answer: A bowline, tied with a turn." in knots.read_text("utf-8")
    build(cards, tmp_path / "merged")
    log = import_and_review(collection, tmp_path / "merged" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (0, 1)
    ((now_guid, _, reps),) = card_state(collection, "bowline-knot")
    assert now_guid == guid and reps == [3]
    assert card_state(collection, "bowline") == []

    edit(knots, "    renamed_from: bowline\n", "")
    done = build(cards, tmp_path / "later", EPOCH + 30)
    assert "removed" not in done.stdout
    assert '"bowline":' not in (cards / "cheatdeck.lock").read_text("utf-8")


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_one_card_renamed_two_ways_on_two_branches_keeps_its_note_untagged(tmp_path):
    # both branches rename bowline (renamed_from), to two ids; the merge keeps one id.
    # The other id's lock entry holds the same note: removed-card told to retire it,
    # and retiring it tagged the live card's note cheatdeck::retired and gave it the
    # retired id (the notes the advice says to delete after 90 days, history and all)
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    build(cards, tmp_path / "base")
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, tmp_path / "base" / "sailing.apkg")
    ((guid, _, _),) = card_state(collection, "bowline")
    assert git(cards, "init", "-q", "-b", "main").returncode == 0
    git(cards, "add", "-A")
    git(cards, "commit", "-qm", "base")
    git(cards, "checkout", "-qb", "other")
    edit(knots, "  - id: bowline\n", "  - id: bowline-loop\n    renamed_from: bowline\n")
    build(cards, tmp_path / "other", EPOCH + 10)
    git(cards, "commit", "-qam", "other")
    git(cards, "checkout", "-q", "main")
    edit(knots, "  - id: bowline\n", "  - id: bowline-knot\n    renamed_from: bowline\n")
    build(cards, tmp_path / "main", EPOCH + 20)
    git(cards, "commit", "-qam", "main")
    assert git(cards, "merge", "other").returncode != 0
    text = knots.read_text("utf-8")
    knots.write_text(
        re.sub(r"<<<<<<< HEAD\n(.*?)=======\n.*?>>>>>>> other\n", r"\1", text, flags=re.S)
    )

    refused = build(cards, tmp_path / "merged", EPOCH + 30, expect=1)
    (line,) = removed_card_lines(cards)
    assert "card 'bowline-loop' is gone from the corpus" in line, refused.stdout
    assert "its Anki notes are 'bowline-knot''s now" in line, line
    (cards / "corpus.yaml").write_text(CORPUS + "retired: [bowline-loop]\n", "utf-8")
    build(cards, tmp_path / "merged", EPOCH + 30)
    import_and_review(collection, tmp_path / "merged" / "sailing.apkg")
    ((now_guid, tags, reps),) = card_state(collection, "bowline-knot")
    assert now_guid == guid and "cheatdeck::retired" not in tags and reps == [2]
    assert card_state(collection, "bowline-loop") == []

    # a build before this fix shipped the note retired, newer than the live card's: the
    # next build must ship the live card's note newer still, or Anki keeps it retired
    lock = json.loads((cards / "cheatdeck.lock").read_text("utf-8"))
    for note in lock["cards"]["bowline-loop"]["notes"].values():
        note["changed"] = EPOCH + 1000
    (cards / "cheatdeck.lock").write_text(json.dumps(lock), "utf-8")
    build(cards, tmp_path / "merged", EPOCH + 2000)
    log = import_and_review(collection, tmp_path / "merged" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (0, 1)


def test_several_cards_gone_give_the_retired_line_to_paste_once(tmp_path):
    # a newcomer replaces the cards of a topic they built once (the starter's, say)
    cards = make_corpus(tmp_path)
    (cards / "corpus.yaml").write_text(CORPUS + "retired: [old-one]\n", "utf-8")
    build(cards, tmp_path / "o")
    (cards / "knots.yaml").write_text(
        "deck: Knots\ntitle: Knots\ncards:\n  - id: reef\n    kind: qa\n"
        "    question: Which knot reefs a sail?\n    answer: The reef knot.\n",
        "utf-8",
    )
    lines = removed_card_lines(cards)
    assert [line.split("'")[1] for line in lines] == ["bowline", "halyard", "jib", "sheet-bend"]
    paste = "retired: [old-one, bowline, halyard, jib, sheet-bend]"
    assert lines[0].endswith(f"; to retire all 4, write in corpus.yaml: {paste}")
    assert all("to retire all" not in line for line in lines[1:])
    (cards / "corpus.yaml").write_text(CORPUS + paste + "\n", "utf-8")
    done = build(cards, tmp_path / "o", EPOCH + 100)
    assert "retired: bowline, halyard, jib, sheet-bend" in done.stdout


FAMILIES = """\
deck: Knots
title: Knots
cards:
  - id: knot-families
    kind: list
    title: Knot families
    items:
      - "Bends: join two lines"
      - "Hitches: tie a line to an object"
      - "Loops: make an eye in a line"
"""


@pytest.mark.parametrize("direction", ["quotes taken off", "quotes put on"])
def test_a_list_item_turned_into_a_term_or_back_keeps_its_note(tmp_path, direction):
    # "Bends: join two lines" quoted whole is a plain item; unquoted, a term and its
    # explanation: the same fact, so the same note and its history
    quoted, unquoted = FAMILIES, FAMILIES.replace('"', "")
    first, then = (quoted, unquoted) if direction == "quotes taken off" else (unquoted, quoted)
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(CORPUS, "utf-8")
    (cards / "knots.yaml").write_text(first, "utf-8")
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    before = sorted(card_state(collection, "knot-families"))
    assert [reps for _, _, reps in before] == [[1], [1], [1]]

    (cards / "knots.yaml").write_text(then, "utf-8")
    done = build(cards, tmp_path / "o", EPOCH + 100)
    assert "notice" not in done.stdout, done.stdout
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (0, 3)
    after = sorted(card_state(collection, "knot-families"))
    assert [guid for guid, _, _ in after] == [guid for guid, _, _ in before]
    assert [reps for _, _, reps in after] == [[2], [2], [2]]


OWN_TABLE = """\
  - id: drug-table
    kind: table
    title: Drugs at a glance
    columns: [Class, Renal adjustment]
    rows:
      Vancomycin: [Glycopeptide, "yes"]
      Ceftriaxone: [Cephalosporin, "no"]
"""


@pytest.mark.parametrize("own", ["a limit", "a limit and a table"])
def test_the_starter_examples_replaced_are_one_error_with_a_fresh_start(tmp_path, own):
    """``cheatdeck init``, a build of the deck, then the examples replaced by one's own
    cards: eight removed-card errors; now one, saying the lock may simply go (it holds
    only them). A table of one's own, which the starter's table might have been renamed
    to, changes nothing: it is still one error, not seven and a rename hint."""
    corpus = tmp_path / "my-cards"
    assert run_cli("init", corpus).returncode == 0
    assert run_cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg").returncode == 0
    (corpus / "git-basics.yaml").write_text(
        "deck: Chem\ntitle: Chemistry\ncards:\n  - id: avogadro\n    kind: limit\n"
        "    subject: Avogadro constant\n    value: 6.022e23\n    unit: per mole\n"
        + (OWN_TABLE if "table" in own else ""),
        "utf-8",
    )
    done = run_cli("check", corpus)
    lines = [line for line in done.stdout.splitlines() if "removed-card" in line]
    assert len(lines) == 1, done.stdout
    assert (
        "the 8 example cards of `cheatdeck init` are gone from the corpus: if you never" in lines[0]
    )
    assert "retired: [git-commit, git-good-message," in lines[0]
    (corpus / "cheatdeck.lock").unlink()
    assert run_cli("build", corpus, "-o", tmp_path / "out", "-f", "md").returncode == 0


def test_the_starter_examples_only_seen_on_the_sheet_are_replaced_freely(tmp_path):
    """``cheatdeck init``, the examples looked at in the sheet (no deck built), then
    replaced by one's own cards: Anki never had them, so no error, and the next build
    forgets them; the lock holds one's own cards only."""
    corpus = tmp_path / "my-cards"
    assert run_cli("init", corpus).returncode == 0
    assert run_cli("build", corpus, "-o", tmp_path / "out", "-f", "html").returncode == 0
    (corpus / "git-basics.yaml").write_text(
        "deck: Chem\ntitle: Chemistry\ncards:\n  - id: avogadro\n    kind: limit\n"
        "    subject: Avogadro constant\n    value: 6.022e23\n    unit: per mole\n",
        "utf-8",
    )
    done = run_cli("check", corpus)
    assert done.returncode == 0 and "removed-card" not in done.stdout, done.stdout
    built = run_cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg,md")
    assert built.returncode == 0, built.stdout + built.stderr
    assert "gone before any deck had them (nothing to retire): git-" in built.stdout
    cards = json.loads((corpus / "cheatdeck.lock").read_text("utf-8"))["cards"]
    assert list(cards) == ["avogadro"] and "draft" not in cards["avogadro"]


def test_of_two_cards_with_one_id_the_new_one_is_told_to_take_another(tmp_path):
    """A card written under an id already built, in a file read before the built card's:
    the error is at the new card, so that following it keeps the built card's id (and its
    Anki notes); file order alone named the built card."""
    cards = make_corpus(tmp_path)
    build(cards, tmp_path / "o")
    (cards / "a-rigging.yaml").write_text(
        "deck: Rigging\ntitle: Rigging\ncards:\n  - id: halyard\n    kind: concept\n"
        "    term: Shroud\n    definition: A line that holds the mast up sideways.\n",
        "utf-8",
    )
    done = run_cli("check", cards)
    found = [line for line in done.stdout.splitlines() if "duplicate-id" in line]
    assert len(found) == 1, done.stdout
    assert "a-rigging.yaml:4:9: error duplicate-id" in found[0], found
    assert "already used at" in found[0] and "knots.yaml:12" in found[0], found


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_card_one_branch_moved_and_another_edited_is_told_to_keep_one(tmp_path):
    # one branch moved 'halyard' to rigging.yaml, the other edited it in knots.yaml: git
    # left the edited card in a conflict, and keeping that side made it a duplicate-id
    # told only "give this card an id of its own": followed, the corpus held the card
    # twice, in two decks whose facts are never compared, and the edit had a new note
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    halyard = (
        "  - id: halyard\n    kind: concept\n    term: Halyard\n"
        "    definition: A line that hoists a sail.\n"
    )
    build(cards, tmp_path / "o")
    commit_base(cards)
    git(cards, "checkout", "-qb", "move")
    edit(knots, halyard, "")
    (cards / "rigging.yaml").write_text(
        "deck: Rigging\ntitle: Rigging\ncards:\n" + halyard, "utf-8"
    )
    build(cards, tmp_path / "o", EPOCH + 100)
    git(cards, "add", "-A")
    git(cards, "commit", "-qm", "move")
    git(cards, "checkout", "-q", "main")
    edit(
        knots, "definition: A line that hoists a sail.", "definition: The line that hoists a sail."
    )
    build(cards, tmp_path / "o", EPOCH + 100)
    git(cards, "commit", "-qam", "edit")
    assert git(cards, "merge", "move").returncode != 0
    kept = [line for line in knots.read_text("utf-8").splitlines() if line[:7] not in MARKS]
    knots.write_text("\n".join(kept) + "\n", "utf-8")  # the markers deleted: both sides kept
    done = run_cli("check", cards)
    (line,) = [line for line in done.stdout.splitlines() if "duplicate-id" in line]
    assert "id 'halyard' is already used at " in line and "rigging.yaml:4" in line, line
    assert line.endswith(
        "by a card with the same term: if it is one card twice (a merge of a branch that "
        "moved it and one that edited it), keep one with the edits of both and delete the "
        "other; else give this card an id of its own, such as 'halyard-2'"
    ), line


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_conflict_in_corpus_yaml_says_to_keep_both_retired_lists(tmp_path):
    # two branches each retired a card: corpus.yaml's conflict was told to keep "both
    # cards (one id each)", and corpus.yaml holds no cards
    cards = make_corpus(tmp_path)
    knots, corpus = cards / "knots.yaml", cards / "corpus.yaml"
    build(cards, tmp_path / "o")
    commit_base(cards)
    git(cards, "checkout", "-qb", "jib")
    edit(knots, "  - id: jib\n    kind: concept\n    term: Jib\n", "  - id: jib-gone\n")
    edit(
        knots, "  - id: jib-gone\n    definition: A triangular sail set forward of the mast.\n", ""
    )
    corpus.write_text(CORPUS + "retired: [jib]\n", "utf-8")
    git(cards, "commit", "-qam", "jib")
    git(cards, "checkout", "-q", "main")
    edit(knots, "  - id: halyard\n    kind: concept\n    term: Halyard\n", "  - id: h-gone\n")
    edit(knots, "  - id: h-gone\n    definition: A line that hoists a sail.\n", "")
    corpus.write_text(CORPUS + "retired: [halyard]\n", "utf-8")
    git(cards, "commit", "-qam", "halyard")
    assert git(cards, "merge", "jib").returncode != 0
    lines = corpus.read_text("utf-8").splitlines()
    first = lines.index("<<<<<<< HEAD") + 1
    done = run_cli("check", cards)
    (line,) = [line for line in done.stdout.splitlines() if "corpus.yaml:" in line]
    assert line.endswith(
        f"corpus.yaml:{first}:1: error yaml-syntax: git's merge conflict markers (lines "
        f"{first}-{first + 4}: <<<<<<<, =======, >>>>>>>): keep the side you want, or both "
        "sides' lines (one 'retired:' list with the ids of both), and delete the three "
        "marker lines"
    ), line


MARKS = ("<<<<<<<", "=======", ">>>>>>>")


KNEADING = """\
deck: Knots
title: Knots
cards:
  - id: kneading
    kind: list
    title: Ways to develop gluten
    items:
      - Kneading by hand
      - Stretch and fold during bulk
      - Slap and fold: lift the dough and slap it onto the bench
"""


def test_a_term_renamed_in_a_list_reaches_the_plain_items_that_show_it(tmp_path):
    # a plain item's front lists the other items, a term item by its term: renaming the
    # term changes those fronts, so their notes must be newer or Anki keeps the old term
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(CORPUS, "utf-8")
    (cards / "knots.yaml").write_text(KNEADING, "utf-8")
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    before = sorted(guid for guid, _, _ in card_state(collection, "kneading"))

    edit(cards / "knots.yaml", "- Slap and fold:", "- French fold:")
    build(cards, tmp_path / "o", EPOCH + 100)
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (0, 3)
    assert sorted(guid for guid, _, _ in card_state(collection, "kneading")) == before
    fronts = [fields[0] for fields in note_fields(collection, "kneading")]
    assert not any("Slap and fold" in front for front in fronts), fronts
    assert sum("French fold" in front for front in fronts) == 3, fronts


PEAK = {
    "qa": "    kind: qa\n    question: When is a starter at its peak?\n    answer: Doubled.\n",
    "concept": "    kind: concept\n    term: Starter peak\n    definition: Doubled.\n",
    "cloze": "    kind: cloze\n    text: A starter peaks when it has {{c1::doubled}}.\n",
}


def note_types(collection: Path, card_id: str) -> dict[str, tuple[str, list[int]]]:
    """guid -> (note type, reps of each card) of each note of ``card_id``."""
    col = anki_collection.Collection(str(collection))
    try:
        found = {}
        for nid in col.find_notes(f"CheatdeckId:{card_id}"):
            note = col.get_note(nid)
            found[note.guid] = (note.note_type()["name"], [c.reps for c in note.cards()])
        return found
    finally:
        col.close()


@pytest.mark.parametrize("last", ["cloze", "qa", "cloze, lock of 0.x"])
def test_a_card_whose_kind_changes_twice_reaches_anki_each_time(tmp_path, last):
    # qa -> concept gives the concept note a GUID of its own; a second change must not
    # take the qa note's GUID (Anki skips a note of another type under a GUID it holds),
    # and a change back to qa takes the qa note again, with its history. A lock written
    # before it recorded the notes of former types ("former") still avoids the qa GUID.
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(CORPUS, "utf-8")
    topic = cards / "knots.yaml"
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    said = []
    for step, kind in enumerate(["qa", "concept", last.split(",")[0]]):
        topic.write_text(f"deck: K\ntitle: K\ncards:\n  - id: peak\n{PEAK[kind]}", "utf-8")
        if step == 2 and "0.x" in last:
            lock = cards / "cheatdeck.lock"
            text = lock.read_text("utf-8")
            assert '"former":{' in text
            lock.write_text(re.sub(r'"former":\{"qa":\{[^}]*\}\},', "", text), "utf-8")
            assert '"former"' not in lock.read_text("utf-8")
        said.append(build(cards, tmp_path / "o", EPOCH + step * 100).stdout)
        log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert not log.conflicting
    notes = note_types(collection, "peak")
    if last.startswith("cloze"):
        assert len(log.new) == 1
        assert sorted(name for name, _ in notes.values()) == [
            "cheatdeck Cloze",
            "cheatdeck Concept",
            "cheatdeck Q&A",
        ]
        assert "adds 1 new note" in said[-1]
    else:
        assert (len(log.new), len(log.updated)) == (0, 1)
        assert sorted(notes.values()) == [("cheatdeck Concept", [2]), ("cheatdeck Q&A", [3])]
        assert "adds" not in said[-1] and "takes back its old qa note" in said[-1], said[-1]


def test_an_id_renamed_away_and_then_given_to_a_new_card_gets_a_note_of_its_own(tmp_path):
    # 'bowline' renamed to 'fixed-loop' keeps bowline's GUID; a new card later given the
    # id 'bowline' must not get that GUID too: Anki would update the renamed card's note
    # with the new card (its review history on another question, fixed-loop's note gone)
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    edit(knots, "  - id: bowline\n", "  - id: fixed-loop\n    renamed_from: bowline\n")
    build(cards, tmp_path / "o", EPOCH + 100)
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    edit(knots, "    renamed_from: bowline\n", "")
    new = "  - id: bowline\n    kind: qa\n    question: Which hand ties a bowline?\n"
    knots.write_text(knots.read_text("utf-8") + new + "    answer: Either.\n", "utf-8")
    build(cards, tmp_path / "o", EPOCH + 200)
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (1, 0)
    (loop,) = note_fields(collection, "fixed-loop")
    assert "Which knot makes a fixed loop at the end of a line?" in loop
    (fresh,) = card_state(collection, "bowline")
    assert fresh[2] == [1]  # reviewed once, after this import: no history of another card
    build(cards, tmp_path / "o", EPOCH + 300)  # the next build keeps the GUID it gave
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (0, 0)


FLOURS = """\
deck: Knots
title: Knots
cards:
  - id: flours
    kind: table
    title: Flours
    columns: [Protein, Use]
    rows:
{rows}
  - id: ways
    kind: list
    title: Ways to develop gluten
    items:
{items}
"""


def test_a_row_or_item_renamed_then_written_again_under_its_old_wording_is_a_new_note(tmp_path):
    # a reworded row label or list item keeps its note (and GUID); a new row or item
    # later written with the old wording must not make that GUID again: Anki would put
    # it on the reworded one's note, reviews and all, and the reworded one would be gone
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(CORPUS, "utf-8")
    topic = cards / "knots.yaml"
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    general, bread = '      All-purpose: ["10-12 %", General]', '      Bread: ["12-14 %", Loaves]'
    steps = [
        ([general, bread], ["      - Kneading by hand", "      - Stretch and fold"]),
        (
            [general.replace("All-purpose", "All-purpose flour"), bread],
            ["      - Kneading by hands", "      - Stretch and fold"],
        ),
        (
            [
                general.replace("All-purpose", "All-purpose flour"),
                bread,
                '      All-purpose: ["9-11 %", Cookies]',
            ],
            ["      - Kneading by hands", "      - Stretch and fold", "      - Kneading by hand"],
        ),
    ]
    for step, (rows, items) in enumerate(steps):
        topic.write_text(FLOURS.format(rows="\n".join(rows), items="\n".join(items)), "utf-8")
        build(cards, tmp_path / "o", EPOCH + step * 100)
        log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (3, 2)
    fields = note_fields(collection, "flours") + note_fields(collection, "ways")
    keys = sorted(note[-1] for note in fields)
    assert "flours/All-purpose flour/Protein" in keys and "flours/All-purpose/Protein" in keys
    assert len(keys) == 9, keys
    assert sum(note[1] == "Kneading by hands" for note in fields) == 1
    assert sum(note[1] == "Kneading by hand" for note in fields) == 1


def test_a_lock_giving_two_cards_one_guid_ships_them_as_two_notes_and_says_so(tmp_path):
    # a lock edited by hand, or written by an earlier cheatdeck after an id renamed away
    # was used again, gives two cards one GUID: Anki would import them as one note, the
    # second's question over the first's reviews, and say nothing
    cards = make_corpus(tmp_path)
    build(cards, tmp_path / "o")
    lock = cards / "cheatdeck.lock"
    guids = dict(
        re.findall(
            r'"(bowline|sheet-bend)":\{"changed":\d+,"guid":"([^"]+)"', lock.read_text("utf-8")
        )
    )
    edit(lock, f'"guid":"{guids["sheet-bend"]}"', f'"guid":"{guids["bowline"]}"')
    done = build(cards, tmp_path / "o", EPOCH + 100)
    assert (
        "notice: 'sheet-bend' and 'bowline' had one Anki note in cheatdeck.lock (GUID "
        f"{guids['bowline']}), so one took the other's place in Anki: 'sheet-bend' gets a "
        "new note, and that note stays 'bowline''s"
    ) in done.stdout + done.stderr, done.stdout + done.stderr
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert len(log.new) == 4, log  # bowline, sheet-bend, halyard, jib: none lost
    (bowline,) = note_fields(collection, "bowline")
    assert "Which knot makes a fixed loop at the end of a line?" in bowline
    done = build(cards, tmp_path / "o", EPOCH + 200)  # the lock keeps the GUID it gave
    assert "notice" not in done.stdout + done.stderr


def placed(said: str) -> str:
    """``said`` with each "'bowline' (…/knots.yaml:L:C)" written "'bowline' (KNOTS)", after
    checking the place is one (the notices name the card's file:line:col)."""
    return re.sub(r"'bowline' \(\S*knots\.yaml:\d+:\d+\)", "'bowline' (KNOTS)", said)


def test_anki_false_on_a_studied_card_says_its_note_stays_in_anki(tmp_path):
    cards = make_corpus(tmp_path)
    build(cards, tmp_path / "o")
    edit(
        cards / "knots.yaml",
        "    answer: The bowline.\n",
        "    answer: The bowline.\n    anki: false\n",
    )
    done = build(cards, tmp_path / "o", EPOCH + 100)
    assert (
        "notice: 'bowline' (KNOTS): anki: false leaves it out of the deck. Anki keeps its note "
        "with the review history but stops updating it; to delete it in Anki, search: "
        '"CheatdeckId:bowline"'
    ) in placed(done.stdout + done.stderr), done.stdout + done.stderr
    done = build(cards, tmp_path / "o", EPOCH + 200)  # said once, when it is left out
    assert "notice" not in done.stdout + done.stderr


def test_a_guid_given_to_a_studied_card_says_its_old_note_stays_with_the_history(tmp_path):
    # `guid:` written on a card Anki already holds gives it another note: Anki adds that
    # one and the reviewed note is left behind. The build said only "changed: bowline"
    cards = make_corpus(tmp_path)
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    ((old_guid, _, reps),) = card_state(collection, "bowline")
    edit(cards / "knots.yaml", "  - id: bowline\n", '  - id: bowline\n    guid: "abcDEF1234"\n')
    done = build(cards, tmp_path / "o", EPOCH + 100)
    said = placed(done.stdout + done.stderr)
    assert (
        "notice: 'bowline' (KNOTS): guid: 'abcDEF1234' is not the note the last build gave it "
        f"('{old_guid}'): Anki updates its note 'abcDEF1234' if it holds one (from an "
        f"earlier build), else adds it as a new note; '{old_guid}' keeps its review "
        "history, no longer updated"
    ) in said, said
    assert f'to keep the history, write guid: "{old_guid}" instead' in said, said
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (1, 0)
    states = dict((guid, reps) for guid, _, reps in card_state(collection, "bowline"))
    # (every card answered once more by import_and_review: the old note's earlier review
    # is still its own, the new note has only this one)
    assert states[old_guid] == [reps[0] + 1] and states["abcDEF1234"] == [1]
    done = build(cards, tmp_path / "o", EPOCH + 200)  # said once, when the GUID changes
    assert "notice" not in done.stdout + done.stderr


def test_a_renamed_root_deck_is_one_rename_in_anki_before_the_import(tmp_path):
    # corpus deck 'Sailing' -> 'Seamanship': every topic's sub-deck moves; renaming the
    # root once in Anki moves them all, with their reviews
    cards = make_corpus(tmp_path)
    (cards / "rules.yaml").write_text(
        "deck: Rules\ntitle: Rules\ncards:\n  - id: port-tack\n    kind: qa\n"
        "    question: Which boat gives way, port tack or starboard tack?\n"
        "    answer: The port-tack boat.\n",
        "utf-8",
    )
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    edit(cards / "corpus.yaml", "deck: Sailing\n", "deck: Seamanship\n")
    done = build(cards, tmp_path / "o", EPOCH + 100)
    said = done.stdout + done.stderr
    assert (
        "moved to another deck: 'Sailing' is now 'Seamanship', with its 2 sub-decks: before "
        "you import this build, rename 'Sailing' to 'Seamanship' in Anki"
    ) in said, said
    col = anki_collection.Collection(str(collection))
    try:
        col.decks.rename(col.decks.by_name("Sailing"), "Seamanship")  # its gear -> Rename
    finally:
        col.close()
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert len(log.new) == 0, log
    col = anki_collection.Collection(str(collection))
    try:
        decks = {col.decks.name(col.get_card(cid).did) for cid in col.find_cards("")}
        names = {d.name for d in col.decks.all_names_and_ids()}
        reviews = col.db.scalar("SELECT count() FROM revlog")
        count = len(col.find_cards(""))
    finally:
        col.close()
    assert decks == {"Seamanship::Knots", "Seamanship::Rules"}, decks
    assert not {name for name in names if name.startswith("Sailing") or "+" in name}, names
    assert count == 5 and reviews == 2 * count  # each card reviewed after each import


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_reverted_edit_reaches_anki_though_the_revert_took_the_lock_back(tmp_path):
    # git revert of a commit that holds an edit and its lock gives the card its time from
    # before the edit back; Anki has the edit, newer, and kept it: the user studied the
    # wording they took back while the build said "0 changed"
    cards, collection = studied_in_git(tmp_path)
    edit(cards / "knots.yaml", "answer: The bowline.", "answer: The clove hitch.")
    build(cards, tmp_path / "o", EPOCH + 100)
    git(cards, "commit", "-qam", "a wrong answer")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert "The clove hitch." in note_fields(collection, "bowline")[0]

    assert git(cards, "revert", "--no-edit", "HEAD").returncode == 0  # the lock goes back too
    done = build(cards, tmp_path / "o", EPOCH + 200)
    assert "cards: 0 added, 1 changed, 0 retired (4 in the corpus)" in done.stdout
    assert "  changed: bowline\n" in done.stdout
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (0, 1)
    (fields,) = note_fields(collection, "bowline")
    assert "The bowline." in fields
    ((_, _, reps),) = card_state(collection, "bowline")
    assert reps == [3]  # one review after each import, on the one note


KNOTS_LIST = """\
  - id: bends
    kind: list
    title: Bends
    items:
      - Sheet bend
      - Carrick bend
"""


def test_a_deleted_lock_names_the_cards_anki_would_not_match(tmp_path):
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    knots.write_text(knots.read_text("utf-8") + KNOTS_LIST, "utf-8")
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    edit(knots, "      - Carrick bend\n", "      - Carrick bend, for heavy ropes\n")  # same item
    jib_qa = "kind: qa\n    question: Jib?\n    answer:"
    edit(knots, "kind: concept\n    term: Jib\n    definition:", jib_qa)  # a kind changed
    build(cards, tmp_path / "o", EPOCH + 100)
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")

    (cards / "cheatdeck.lock").unlink()
    done = build(cards, tmp_path / "o", EPOCH + 200)
    (line,) = [line for line in done.stdout.splitlines() if "is missing" in line]
    assert "cheatdeck.lock is missing, and the last build into " in line
    assert "without it 2 card(s) ship under other note GUIDs than before (jib, bends)" in line
    assert f"put the lock back from git (git -C {cards} checkout HEAD -- cheatdeck.lock" in line
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    added = [[f for f in n.fields if f.startswith("bends#~")] for n in log.new]
    assert len(added) == 1 and len(added[0]) == 1  # the reworded item: a new note
    assert [list(n.fields)[:1] for n in log.conflicting] == [["Jib?"]]  # the qa: skipped


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_the_deleted_lock_notice_gives_a_git_command_that_runs_from_any_folder(tmp_path):
    # "git checkout HEAD -- cheatdeck.lock" named the lock by its bare name: typed in the
    # folder the build ran from (the corpus's parent, as the README's commands do), git
    # found no such path
    cards = make_corpus(tmp_path)  # a folder of the repository, as in the README
    build(cards, tmp_path / "o")
    commit_base(tmp_path)
    jib_qa = "kind: qa\n    question: Jib?\n    answer:"
    edit(cards / "knots.yaml", "kind: concept\n    term: Jib\n    definition:", jib_qa)
    build(cards, tmp_path / "o", EPOCH + 100)
    git(tmp_path, "commit", "-qam", "jib as a question")
    (cards / "cheatdeck.lock").unlink()
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH + 200)}
    done = run_cli("build", "cards", "-o", "o", "-f", "apkg", cwd=tmp_path, env=env)
    (command,) = re.findall(r"put the lock back from git \((git [^,]+),", done.stdout)
    # typed from a folder outside the repository, it runs: the lock's path relative to
    # where the build ran made git say "not a git repository"
    typed = git_typed(command)
    assert typed.returncode == 0, typed.stderr
    assert command == f"git -C {cards} checkout HEAD -- cheatdeck.lock"
    assert '"question":"Jib?"' in (cards / "cheatdeck.lock").read_text("utf-8")


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_card_taken_out_of_the_lock_by_hand_is_named_and_its_note_kept_when_put_back(
    tmp_path,
):
    # One line of the lock deleted (a hand edit, a merge resolved by dropping a line):
    # the build said "added: jib" and shipped it under the GUID of its note from before
    # its kind changed (Anki skips it: another note type), with no word; the lock put back
    # from git, the next build said to delete, with its search, the studied note.
    cards, collection = studied_in_git(tmp_path)
    jib_qa = "kind: qa\n    question: What is a jib?\n    answer:"
    edit(cards / "knots.yaml", "kind: concept\n    term: Jib\n    definition:", jib_qa)
    build(cards, tmp_path / "o", EPOCH + 100)
    git(cards, "commit", "-qam", "jib as a question")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")

    lock = cards / "cheatdeck.lock"
    lines = lock.read_text("utf-8").splitlines(keepends=True)
    lock.write_text("".join(line for line in lines if not line.startswith('  "jib"')), "utf-8")
    done = build(cards, tmp_path / "o", EPOCH + 200)
    (line,) = [line for line in done.stdout.splitlines() if "has no entry" in line]
    assert "has no entry for 1 card(s) the last build into " in line
    assert "ship under other note GUIDs than before (jib)" in line
    assert f"put the lock back from git (git -C {cards} checkout HEAD -- cheatdeck.lock" in line

    assert git(cards, "checkout", "--", "cheatdeck.lock").returncode == 0  # as it says
    back = build(cards, tmp_path / "o", EPOCH + 300)
    assert "notice" not in back.stdout, back.stdout
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated), len(log.conflicting)) == (0, 0, 0)
    reps = {guid: r for guid, _, r in card_state(collection, "jib")}
    assert sorted(reps.values()) == [[2], [3]]  # the qa's note and the concept's, studied


def test_the_lock_put_back_after_a_build_without_it_says_nothing_of_notes_never_imported(
    tmp_path,
):
    # The user does as the missing-lock notice says: does not import, puts the lock back,
    # builds again. That build said each card with another GUID left a note in Anki
    # "with the review history" and gave a search that finds the card's one note, the
    # studied one: following it deleted the reviews.
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    edit(knots, "  - id: bowline\n", "  - id: knot-bowline\n    renamed_from: bowline\n")
    edit(
        knots,
        "kind: concept\n    term: Jib\n    definition:",
        "kind: qa\n    question: Jib?\n    answer:",
    )
    build(cards, tmp_path / "o", EPOCH + 100)
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    edit(knots, "    renamed_from: bowline\n", "")  # allowed once built
    build(cards, tmp_path / "o", EPOCH + 200)

    lock = cards / "cheatdeck.lock"
    kept = lock.read_bytes()
    lock.unlink()
    gone = build(cards, tmp_path / "o", EPOCH + 300)
    assert "(knot-bowline, jib)" in gone.stdout  # not imported, as the notice says
    lock.write_bytes(kept)
    back = build(cards, tmp_path / "o", EPOCH + 400)
    assert "notice" not in back.stdout
    assert "cards: 0 added, 0 changed, 0 retired (4 in the corpus)" in back.stdout
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated), len(log.conflicting)) == (0, 0, 0)
    assert [reps for _, _, reps in card_state(collection, "knot-bowline")] == [[3]]


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_reverted_rename_gives_the_note_its_id_back(tmp_path):
    # the note kept the new id: searches by the old one (every notice's) found nothing
    cards, collection = studied_in_git(tmp_path)
    edit(
        cards / "knots.yaml",
        "  - id: bowline\n",
        "  - id: knot-bowline\n    renamed_from: bowline\n",
    )
    build(cards, tmp_path / "o", EPOCH + 100)
    git(cards, "commit", "-qam", "rename")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert git(cards, "revert", "--no-edit", "HEAD").returncode == 0
    done = build(cards, tmp_path / "o", EPOCH + 200)
    assert "  changed: bowline\n" in done.stdout
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (0, 1)
    ((_, _, reps),) = card_state(collection, "bowline")
    assert reps == [3]


def test_the_searches_for_moved_decks_leave_their_sub_decks_alone(tmp_path):
    # the root deck renamed, and imported before renaming it in Anki: each line's search
    # is followed in the order printed. 'deck:Sailing::Knots' alone also finds the cards
    # of 'Sailing::Knots::Bends', and Change Deck put them in 'Seamanship::Knots'
    cards = make_corpus(tmp_path)
    (cards / "zbends.yaml").write_text(
        "deck: Knots::Bends\ntitle: Bends\ncards:\n  - id: carrick\n    kind: qa\n"
        "    question: Which bend joins two heavy ropes?\n    answer: The carrick bend.\n",
        "utf-8",
    )
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    edit(cards / "corpus.yaml", "deck: Sailing\n", "deck: Seamanship\n")
    done = build(cards, tmp_path / "o", EPOCH + 100)
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    moves = re.findall(r"search (.+?), select all, then Cards → Change Deck → '(.+?)'", done.stdout)
    assert [deck for _, deck in moves] == ["Seamanship::Knots", "Seamanship::Knots::Bends"]
    col = anki_collection.Collection(str(collection))
    try:
        for search, deck in moves:
            col.set_deck(col.find_cards(search), col.decks.id(deck))
        decks = {
            col.get_note(col.get_card(cid).nid)["CheatdeckId"]: col.decks.name(
                col.get_card(cid).did
            )
            for cid in col.find_cards("")
        }
    finally:
        col.close()
    assert decks["carrick"] == "Seamanship::Knots::Bends", decks
    assert decks["bowline"] == "Seamanship::Knots", decks


def test_an_updated_note_takes_the_cards_tags_and_its_card_stays_suspended(tmp_path):
    # what the README says of a note edited in Anki, measured with Anki's importer
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    cards = make_corpus(tmp_path)
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    col = anki_collection.Collection(str(collection))
    try:
        (nid,) = col.find_notes('"CheatdeckId:jib"')
        note = col.get_note(nid)
        note.add_tag("leech")
        note.add_tag("marked")
        col.update_note(note)
        col.sched.suspend_cards([card.id for card in note.cards()])
    finally:
        col.close()
    edit(cards / "knots.yaml", "set forward of the mast.", "set before the mast.")
    build(cards, tmp_path / "o", EPOCH + 10**8)  # newer than the edit made in Anki
    col = anki_collection.Collection(str(collection))
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(tmp_path / "o" / "sailing.apkg"), options=ImportAnkiPackageOptions()
        )
        assert len(col.import_anki_package(request).log.updated) == 1
        note = col.get_note(nid)
        (card,) = note.cards()
        assert "A triangular sail set before the mast." in note.fields
        assert "leech" not in note.tags and "marked" not in note.tags
        assert card.queue == -1 and card.reps >= 1  # suspended, its reviews kept
    finally:
        col.close()


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_reverted_kind_change_says_the_note_it_leaves_in_anki(tmp_path):
    # the lock taken back forgets the qa note the kind change added: the build said
    # nothing while that note, reviewed since, stayed in Anki, no longer updated
    cards, collection = studied_in_git(tmp_path)
    jib_qa = "kind: qa\n    question: What is a jib?\n    answer:"
    edit(cards / "knots.yaml", "kind: concept\n    term: Jib\n    definition:", jib_qa)
    done = build(cards, tmp_path / "o", EPOCH + 100)
    assert re.search(r"'jib' \(\S+knots.yaml:\d+:5\) changed kind \(concept → qa\)", done.stdout)
    assert "holds it as it was before" not in done.stdout
    git(cards, "commit", "-qam", "jib as a question")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")

    assert git(cards, "revert", "--no-edit", "HEAD").returncode == 0
    done = build(cards, tmp_path / "o", EPOCH + 200)
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("notice: 'jib'")]
    assert "cheatdeck.lock holds it as it was before the last build (a git revert" in line
    assert "Anki keeps it with the review history, no longer updated" in line
    search = line.split("search: ", 1)[1]
    assert search == '"CheatdeckId:jib" "note:cheatdeck Q&A"'
    col = anki_collection.Collection(str(collection))
    try:
        (nid,) = col.find_notes(search)
        assert "What is a jib?" in col.get_note(nid).fields
    finally:
        col.close()


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_reverted_new_card_says_its_studied_note_stays_in_anki(tmp_path):
    # the revert took the card out of the corpus and the lock at once: no removed-card
    # error, no retired tag, and the build said nothing while Anki kept scheduling the
    # note of a card the corpus no longer has
    cards, collection = studied_in_git(tmp_path)
    knots = cards / "knots.yaml"
    knots.write_text(
        knots.read_text("utf-8")
        + "  - id: cleat\n    kind: concept\n    term: Cleat\n"
        + "    definition: A fitting a line is made fast to.\n",
        "utf-8",
    )
    build(cards, tmp_path / "o", EPOCH + 100)
    git(cards, "commit", "-qam", "a cleat")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")

    assert git(cards, "revert", "--no-edit", "HEAD").returncode == 0
    said = build(cards, tmp_path / "o", EPOCH + 200).stdout
    (line,) = [line for line in said.splitlines() if line.startswith("notice: 'cleat'")]
    assert "the last build shipped it and neither the corpus nor " in line
    assert "cheatdeck.lock has it now (a git revert of the commit that added it" in line
    assert "Anki keeps its note with the review history" in line
    search = line.split("search: ", 1)[1]
    col = anki_collection.Collection(str(collection))
    try:
        (nid,) = col.find_notes(search)
        assert col.get_note(nid).fields[0] == "Cleat"
        assert col.get_note(nid).cards()[0].reps == 1
    finally:
        col.close()
    said = build(cards, tmp_path / "o", EPOCH + 300).stdout  # said once
    assert "cleat" not in said


def test_another_corpus_built_into_the_same_out_is_not_taken_for_a_lock_gone_back(tmp_path):
    # the notes an .apkg of corpus 'sailing' shipped are not those of corpus 'boats'
    sailing = make_corpus(tmp_path)
    boats_root = tmp_path / "boats"
    boats_root.mkdir()
    boats = make_corpus(boats_root)
    edit(boats / "corpus.yaml", "name: sailing\n", "name: boats\n")
    build(boats, tmp_path / "scratch")  # its lock: every card at EPOCH
    build(sailing, tmp_path / "o", EPOCH + 100)
    done = build(boats, tmp_path / "o", EPOCH + 200)
    assert "notice" not in done.stdout + done.stderr, done.stdout
    assert "0 changed" in done.stdout


def test_another_corpus_of_the_same_name_built_into_the_same_out_is_named_not_reverted(
    tmp_path,
):
    # A second corpus that kept the name 'sailing' (a copy started over, another starter)
    # built into the first one's OUT replaced sailing.apkg without a word; the next build
    # of the first said each of the other's cards was "a git revert of the commit that
    # added it" and gave the search that deletes that corpus's notes, reviews and all.
    sailing = make_corpus(tmp_path)
    other_root = tmp_path / "other"
    other_root.mkdir()
    other = make_corpus(other_root)
    ids = {"bowline": "reef-knot", "sheet-bend": "carrick-bend", "halyard": "sheet", "jib": "genoa"}
    for old, new in ids.items():  # other cards, the same name: sailing
        edit(other / "knots.yaml", f"  - id: {old}\n", f"  - id: {new}\n")
    build(sailing, tmp_path / "o")
    build(other, tmp_path / "scratch")  # its lock: a corpus of its own

    done = build(other, tmp_path / "o", EPOCH + 100)
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("notice:")]
    assert "sailing.apkg was built from another corpus also named 'sailing'" in line
    assert "give each corpus its own name: in corpus.yaml, or its own -o" in line

    done = build(sailing, tmp_path / "o", EPOCH + 200)
    assert "git revert" not in done.stdout, done.stdout
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("notice:")]
    assert "was built from another corpus also named 'sailing'" in line
    assert "0 changed" in done.stdout


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_reverted_deck_rename_says_the_cards_move_back(tmp_path):
    # The rename's build said to rename the deck in Anki; the revert took the lock's decks
    # back with it, so its build saw no deck change and said nothing: the cards stayed in
    # the deck renamed in Anki, and new cards went to a deck of the old name beside it.
    cards, collection = studied_in_git(tmp_path)
    edit(cards / "knots.yaml", "deck: Knots\n", "deck: Lines\n")
    done = build(cards, tmp_path / "o", EPOCH + 100)
    assert "moved to another deck: 4 cards from 'Sailing::Knots' to 'Sailing::Lines'" in (
        done.stdout
    )
    git(cards, "commit", "-qam", "deck Lines")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")

    assert git(cards, "revert", "--no-edit", "HEAD").returncode == 0
    done = build(cards, tmp_path / "o", EPOCH + 200)
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("moved")]
    assert line.startswith(
        "moved to another deck: 4 cards from 'Sailing::Lines' to 'Sailing::Knots' "
        "(bowline, sheet-bend, halyard, jib); Anki keeps the cards you already have in "
        "'Sailing::Lines': before you import this build, rename that deck to "
        "'Sailing::Knots' in Anki"
    ), line
    edit(cards / "knots.yaml", "answer: The bowline.", "answer: A bowline.")
    again = build(cards, tmp_path / "o", EPOCH + 300)  # said by the build that moved them
    assert "changed: bowline" in again.stdout and "moved" not in again.stdout


def test_a_deck_renamed_while_a_card_is_left_out_of_anki_is_said_once(tmp_path):
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    build(cards, tmp_path / "o")
    edit(knots, "  - id: jib\n", "  - id: jib\n    anki: false\n")
    build(cards, tmp_path / "o", EPOCH + 100)
    edit(knots, "deck: Knots\n", "deck: Lines\n")
    done = build(cards, tmp_path / "o", EPOCH + 200)
    assert "moved to another deck: 4 cards from 'Sailing::Knots'" in done.stdout
    edit(knots, "answer: The bowline.", "answer: A bowline.")
    again = build(cards, tmp_path / "o", EPOCH + 300)
    assert "changed: bowline" in again.stdout and "moved" not in again.stdout, again.stdout


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_revert_reaches_anki_after_another_corpus_was_built_into_the_same_out(tmp_path):
    # OUT kept what one corpus shipped: a build of another corpus into it replaced that,
    # and the revert built next said "0 changed"; Anki kept the wording reverted away.
    cards, collection = studied_in_git(tmp_path)
    edit(cards / "knots.yaml", "answer: The bowline.", "answer: A bowline, tied fast.")
    build(cards, tmp_path / "o", EPOCH + 100)
    git(cards, "commit", "-qam", "bowline")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    boats_root = tmp_path / "boats"
    boats_root.mkdir()
    boats = make_corpus(boats_root)
    edit(boats / "corpus.yaml", "name: sailing\n", "name: boats\n")
    build(boats, tmp_path / "o", EPOCH + 150)

    assert git(cards, "revert", "--no-edit", "HEAD").returncode == 0
    done = build(cards, tmp_path / "o", EPOCH + 200)
    assert "changed: bowline" in done.stdout, done.stdout
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert len(log.updated) == 1
    (fields,) = note_fields(collection, "bowline")
    assert "The bowline." in fields


def test_the_starter_cards_replaced_and_their_lock_deleted_are_not_another_corpus(tmp_path):
    # as the removed-card error says when the examples were never imported
    run_cli("init", tmp_path / "mine")
    cards = tmp_path / "mine"
    build(cards, tmp_path / "o")
    (cards / "git-basics.yaml").unlink()
    (cards / "knots.yaml").write_text(KNOTS, "utf-8")
    (cards / "cheatdeck.lock").unlink()
    done = build(cards, tmp_path / "o", EPOCH + 100)
    assert "notice" not in done.stdout, done.stdout


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_topic_file_git_could_not_merge_names_its_markers_and_the_fix(tmp_path):
    # laptop and desktop edited one answer: the check said only "could not find
    # expected ':' (while scanning a simple key)", one line below the first marker
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    build(cards, tmp_path / "o")
    commit_base(cards)
    git(cards, "checkout", "-qb", "laptop")
    edit(knots, "answer: The bowline.", "answer: A bowline.")
    build(cards, tmp_path / "o", EPOCH + 100)
    git(cards, "commit", "-qam", "laptop")
    git(cards, "checkout", "-q", "main")
    edit(knots, "answer: The bowline.", "answer: The bowline knot.")
    build(cards, tmp_path / "o", EPOCH + 100)
    git(cards, "commit", "-qam", "desktop")
    assert git(cards, "merge", "laptop").returncode != 0
    lines = knots.read_text("utf-8").splitlines()
    first = lines.index("<<<<<<< HEAD") + 1
    last = next(n for n, line in enumerate(lines, 1) if line.startswith(">>>>>>> "))
    done = run_cli("check", cards)
    assert done.returncode == 1
    (line,) = [line for line in done.stdout.splitlines() if "error yaml-syntax" in line]
    assert line.endswith(
        f"knots.yaml:{first}:1: error yaml-syntax: git's merge conflict markers (lines "
        f"{first}-{last}: <<<<<<<, =======, >>>>>>>): keep the side you want, or both cards "
        "(one id each), and delete the three marker lines"
    )
    # followed: the laptop's side kept, the markers deleted; the lock's markers are read
    kept = [*lines[: first - 1], "    answer: A bowline.", *lines[last:]]
    knots.write_text("\n".join(kept) + "\n", "utf-8")
    done = build(cards, tmp_path / "o", EPOCH + 200)
    assert f"git -C {cards} add cheatdeck.lock\n" in done.stderr, done.stderr


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_diff3_conflict_says_to_drop_the_base_and_names_every_conflict_of_the_file(tmp_path):
    # with merge.conflictStyle diff3 the error said "delete the three marker lines":
    # followed, the ancestor's answer stayed in the card (a duplicate key); and of two
    # conflicts in one file only the first was named, the second found a check later
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    commit_base(cards)
    git(cards, "config", "merge.conflictStyle", "diff3")
    git(cards, "checkout", "-qb", "laptop")
    edit(knots, "answer: The bowline.", "answer: A bowline.")
    edit(knots, "definition: A line that hoists a sail.", "definition: It hoists a sail.")
    git(cards, "commit", "-qam", "laptop")
    git(cards, "checkout", "-q", "main")
    edit(knots, "answer: The bowline.", "answer: The bowline knot.")
    edit(knots, "definition: A line that hoists a sail.", "definition: Hoists a sail.")
    git(cards, "commit", "-qam", "desktop")
    assert git(cards, "merge", "laptop").returncode != 0
    lines = knots.read_text("utf-8").splitlines()
    starts = [n for n, line in enumerate(lines, 1) if line.startswith("<<<<<<< ")]
    ends = [n for n, line in enumerate(lines, 1) if line.startswith(">>>>>>> ")]
    assert len(starts) == 2 and any(line.startswith("||||||| ") for line in lines)
    done = run_cli("check", cards)
    assert done.returncode == 1
    (line,) = [line for line in done.stdout.splitlines() if "error yaml-syntax" in line]
    assert line.endswith(
        f"knots.yaml:{starts[0]}:1: error yaml-syntax: git's merge conflict markers (lines "
        f"{starts[0]}-{ends[0]}: <<<<<<<, |||||||, =======, >>>>>>>): keep the side you "
        "want, or both cards (one id each), and delete the four marker lines and the lines "
        "between ||||||| and ======= (the text both sides started from); 1 more conflict "
        f"in this file (lines {starts[1]}-{ends[1]})"
    ), line


def test_a_rename_without_the_lock_says_to_put_the_lock_back(tmp_path):
    # the error said "cheatdeck.lock has no card 'bowline': correct the old id, or remove
    # renamed_from": removed, the card got a note of its own, its reviews left behind
    cards = make_corpus(tmp_path)
    build(cards, tmp_path / "o")
    edit(
        cards / "knots.yaml",
        "  - id: bowline\n",
        "  - id: knot-bowline\n    renamed_from: bowline\n",
    )
    build(cards, tmp_path / "o", EPOCH + 100)
    (cards / "cheatdeck.lock").unlink()
    done = run_cli("check", "cards", cwd=tmp_path)  # git's paths: from where it ran
    assert done.returncode == 1
    (line,) = [line for line in done.stdout.splitlines() if "bad-rename" in line]
    assert line.endswith(
        "error bad-rename: 'knot-bowline' says renamed_from: bowline, but there is no "
        "cheatdeck.lock, which holds the notes of 'bowline': put it back from git (git "
        f"-C {cards} checkout HEAD -- cheatdeck.lock, or find it with git -C {cards} log "
        "-- cheatdeck.lock); remove renamed_from only if no build ever had the old id"
    ), line


def retired_then_reverted(tmp_path: Path) -> tuple[Path, Path, str]:
    """The corpus built, committed, imported and studied; jib retired, built, committed,
    imported and studied; then the retirement taken back by ``git revert`` (the lock too).
    (cards, collection, the last build's output)."""
    cards, collection = studied_in_git(tmp_path)
    jib = "  - id: jib\n    kind: concept\n    term: Jib\n"
    edit(
        cards / "knots.yaml",
        jib + "    definition: A triangular sail set forward of the mast.\n",
        "",
    )
    (cards / "corpus.yaml").write_text(CORPUS + "retired: [jib]\n", "utf-8")
    build(cards, tmp_path / "o", EPOCH + 100)
    git(cards, "commit", "-qam", "retire jib")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert "cheatdeck::retired" in card_state(collection, "jib")[0][1]

    assert git(cards, "revert", "--no-edit", "HEAD").returncode == 0
    return cards, collection, build(cards, tmp_path / "o", EPOCH + 200).stdout


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_reverted_retirement_takes_the_retired_tag_off_the_note(tmp_path):
    # the note kept cheatdeck::retired, the tag the README says to delete after 90 days:
    # the live card's reviews with it
    _, collection, said = retired_then_reverted(tmp_path)
    assert "  changed: jib\n" in said
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    ((_, tags, reps),) = card_state(collection, "jib")
    assert "cheatdeck::retired" not in tags and reps == [3]


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
@pytest.mark.parametrize("later", [300, 91 * 86_400], ids=["soon", "after-90-days"])
def test_a_retirement_taken_back_and_given_again_tags_the_note_again(tmp_path, later):
    # the revert dropped again (or main checked out again after an older commit's
    # build): the lock's retired note was older than the untagged one the last build
    # shipped, so Anki kept the note untagged, still studied, and the build said nothing
    # (90 days after the retirement, its notes no longer shipped at all)
    cards, collection, _ = retired_then_reverted(tmp_path)
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert git(cards, "reset", "-q", "--hard", "HEAD~1").returncode == 0
    said = build(cards, tmp_path / "o", EPOCH + later).stdout
    assert "  retired: jib\n" in said
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    ((_, tags, reps),) = card_state(collection, "jib")
    assert "cheatdeck::retired" in tags and reps == [4]


def guid_given_then_reverted(tmp_path: Path, imported: bool):
    """The corpus built, committed, imported and studied; then ``guid: "abcDEF1234"``
    given to bowline, built and committed (and imported when ``imported``), then taken
    back by ``git revert`` (the lock too) and built again. (cards, collection, bowline's
    first GUID, the last build's result)."""
    cards, collection = studied_in_git(tmp_path)
    ((old_guid, _, _),) = card_state(collection, "bowline")
    edit(cards / "knots.yaml", "  - id: bowline\n", '  - id: bowline\n    guid: "abcDEF1234"\n')
    build(cards, tmp_path / "o", EPOCH + 100)
    git(cards, "commit", "-qam", "a guid: given")
    if imported:
        import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert git(cards, "revert", "--no-edit", "HEAD").returncode == 0  # the lock goes back too
    return cards, collection, old_guid, build(cards, tmp_path / "o", EPOCH + 200)


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_reverted_guid_keeps_the_card_on_the_note_with_the_reviews_since(tmp_path):
    # `guid:` added, built, imported and studied, then taken back by git revert (the lock
    # too): the build said nothing and shipped the card under its old GUID again, so the
    # note studied since was no longer updated and Anki held the card twice
    cards, collection, old_guid, done = guid_given_then_reverted(tmp_path, imported=True)
    knots = cards / "knots.yaml"
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("notice: 'bowline'")]
    assert (
        f"cheatdeck.lock gives it the note '{old_guid}', but the last build shipped it as "
        "the note 'abcDEF1234' (the lock went back, or was made anew: a guid: taken back "
        "by a git revert, an older lock checked out; or it comes from another deck's "
        "build, which gave the card another note)" in line
    ), line
    assert "this build keeps it on 'abcDEF1234', the note Anki updated last" in line, line
    assert line.endswith(
        f'If you never imported the last build, write guid: "{old_guid}" on the card to go '
        "back to that note"
    ), line
    assert '"guid":"abcDEF1234"' in (cards / "cheatdeck.lock").read_text("utf-8")
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (0, 0)

    edit(knots, "answer: The bowline.", "answer: The bowline, a fixed loop.")
    done = build(cards, tmp_path / "o", EPOCH + 300)
    assert "notice" not in done.stdout, done.stdout  # said once
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (0, 1)
    col = anki_collection.Collection(str(collection))
    try:
        answers = {col.get_note(n).guid: col.get_note(n).fields[1] for n in col.find_notes("")}
    finally:
        col.close()
    assert answers["abcDEF1234"] == "The bowline, a fixed loop."  # the edit reaches it
    assert answers[old_guid] == "The bowline."


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_reverted_guid_never_imported_goes_back_to_its_note_as_the_notice_says(tmp_path):
    # the build with the guid: was never imported: the notice's guid: takes the card back
    # to the note Anki has, with no note added
    cards, collection, old_guid, done = guid_given_then_reverted(tmp_path, imported=False)
    knots = cards / "knots.yaml"
    written = re.search(r"never imported the last build, write (guid: .+?) on the", done.stdout)
    assert written and written[1] == f'guid: "{old_guid}"', done.stdout
    edit(knots, "  - id: bowline\n", f"  - id: bowline\n    {written[1]}\n")
    done = build(cards, tmp_path / "o", EPOCH + 300)
    # the notice of a guid: the last build did not give must not say Anki adds a new note
    # here: Anki holds that note (it said so, wrongly, while this test's import adds none)
    assert "else adds it as a new note" in done.stdout, done.stdout
    assert "Anki adds a new note" not in done.stdout, done.stdout
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert len(log.new) == 0
    assert card_state(collection, "bowline") == [(old_guid, ["kind::qa"], [2])]


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_reverted_change_of_guid_names_the_note_with_the_reviews_since(tmp_path):
    # guid: X changed to Y, imported and studied, then taken back by git revert: the card
    # is X as written, and the build said nothing of Y, no longer updated
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    edit(knots, "  - id: bowline\n", '  - id: bowline\n    guid: "abcDEF1234"\n')
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    commit_base(cards)
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    edit(knots, 'guid: "abcDEF1234"', 'guid: "xyzXYZ9876"')
    build(cards, tmp_path / "o", EPOCH + 100)
    git(cards, "commit", "-qam", "another guid")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")

    assert git(cards, "revert", "--no-edit", "HEAD").returncode == 0
    done = build(cards, tmp_path / "o", EPOCH + 200)
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("notice: 'bowline'")]
    line = placed(line)
    assert line == (
        "notice: 'bowline' (KNOTS): guid: 'abcDEF1234' is back (the lock went back with it: a "
        "git revert, or an older lock checked out), and the last build shipped it as the note "
        "'xyzXYZ9876': Anki keeps 'xyzXYZ9876' with the reviews made since, no longer "
        "updated, and this build ships 'abcDEF1234' again; to keep studying 'xyzXYZ9876', "
        'write guid: "xyzXYZ9876" (nothing to do if you never imported the last build)'
    ), line
    assert '"guid":"abcDEF1234"' in (cards / "cheatdeck.lock").read_text("utf-8")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert sorted(card_state(collection, "bowline")) == [
        ("abcDEF1234", ["kind::qa"], [3]),
        ("xyzXYZ9876", ["kind::qa"], [2]),  # reviewed since, as the notice says
    ]
    done = build(cards, tmp_path / "o", EPOCH + 300)
    assert "notice" not in done.stdout, done.stdout  # said once


DUPLICATE = """\
  - id: fixed-loop
    kind: qa
    question: What is the knot for a fixed loop at a line's end?
    answer: A bowline.
    allow: [bowline]
"""


def test_renamed_from_onto_a_card_built_only_into_the_sheet_carries_the_old_notes(tmp_path):
    # a duplicate written and seen only on the sheet (a draft: Anki has no note of it),
    # then the studied card deleted and its id given as renamed_from to the duplicate:
    # the duplicate's draft entry took the place of the old id's and its notes were
    # left behind without a word (0 renamed, a new note in Anki, the reviews on an old
    # note no longer updated and never tagged retired)
    cards, collection = studied_in_git(tmp_path)
    ((guid, _, reps),) = card_state(collection, "bowline")
    knots = cards / "knots.yaml"
    knots.write_text(knots.read_text("utf-8") + DUPLICATE, "utf-8")
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH + 10)}
    assert run_cli("build", cards, "-o", tmp_path / "sheet", "-f", "html", env=env).returncode == 0
    edit(knots, "    allow: [bowline]\n", "    renamed_from: bowline\n")
    knots.write_text(re.sub(r"  - id: bowline\n(    .*\n)+", "", knots.read_text("utf-8")))
    done = build(cards, tmp_path / "o", EPOCH + 20)
    assert "renamed: bowline → fixed-loop" in done.stdout, done.stdout
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (0, 1)
    ((now_guid, tags, now_reps),) = card_state(collection, "fixed-loop")
    assert now_guid == guid and now_reps == [reps[0] + 1] and "cheatdeck::retired" not in tags
    assert card_state(collection, "bowline") == []


def test_renamed_from_onto_a_card_with_notes_of_its_own_is_refused_before_the_build(tmp_path):
    # two duplicates both studied in Anki (two notes), one deleted and its id given as
    # renamed_from to the other: Anki cannot join two notes, and the build dropped the
    # old id's entry without a word (its note, with its reviews, no longer updated and
    # never tagged retired). One line at renamed_from says to retire it instead.
    cards = make_corpus(tmp_path)
    knots = cards / "knots.yaml"
    knots.write_text(knots.read_text("utf-8") + DUPLICATE, "utf-8")
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    build(cards, tmp_path / "o")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    ((old_guid, _, _),) = card_state(collection, "bowline")
    ((guid, _, _),) = card_state(collection, "fixed-loop")
    edit(knots, "    allow: [bowline]\n", "    renamed_from: bowline\n")
    knots.write_text(re.sub(r"  - id: bowline\n(    .*\n)+", "", knots.read_text("utf-8")))
    before = (cards / "cheatdeck.lock").read_bytes()
    refused = build(cards, tmp_path / "o", EPOCH + 10, expect=1)
    (line,) = [x for x in refused.stdout.splitlines() if "bad-rename" in x]
    at = knots.read_text("utf-8").splitlines().index("    renamed_from: bowline") + 1
    assert f"knots.yaml:{at}:19: error bad-rename:" in line, line
    assert len(refused.stdout.splitlines()) == 2, refused.stdout  # the line and a count
    assert "notes of its own" in line and "add 'bowline' to 'retired'" in line, line
    assert (cards / "cheatdeck.lock").read_bytes() == before

    edit(knots, "    renamed_from: bowline\n", "")
    (cards / "corpus.yaml").write_text(CORPUS + "retired: [bowline]\n", "utf-8")
    build(cards, tmp_path / "o", EPOCH + 10)
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (0, 1)
    ((now_old, tags, reps),) = card_state(collection, "bowline")
    assert now_old == old_guid and "cheatdeck::retired" in tags and reps == [2]
    ((now_guid, tags, reps),) = card_state(collection, "fixed-loop")
    assert now_guid == guid and "cheatdeck::retired" not in tags and reps == [2]


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_two_branches_that_gave_one_card_two_notes_are_named_in_the_notice(tmp_path):
    # one branch adds a card and studies it; the other writes the same id with
    # renamed_from, carrying another card's note to it; git merges the two. The build on
    # the first machine keeps its note, and its notice said only that the lock "went back,
    # or was made anew" (a revert, an older lock): neither had happened
    cards, collection = studied_in_git(tmp_path)
    ((old_guid, _, _),) = card_state(collection, "bowline")
    knots = cards / "knots.yaml"
    git(cards, "checkout", "-qb", "a")
    knots.write_text(knots.read_text("utf-8") + DUPLICATE, "utf-8")
    build(cards, tmp_path / "o", EPOCH + 10)
    git(cards, "commit", "-qam", "a: fixed-loop")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    ((guid, _, _),) = card_state(collection, "fixed-loop")
    git(cards, "checkout", "-q", "main")
    knots.write_text(knots.read_text("utf-8") + DUPLICATE, "utf-8")
    edit(knots, "    allow: [bowline]\n", "    renamed_from: bowline\n")
    knots.write_text(re.sub(r"  - id: bowline\n(    .*\n)+", "", knots.read_text("utf-8")))
    build(cards, tmp_path / "b", EPOCH + 20)
    git(cards, "commit", "-qam", "b: bowline renamed fixed-loop")
    git(cards, "checkout", "-q", "a")
    assert git(cards, "merge", "main").returncode != 0
    text = knots.read_text("utf-8")
    ours_out = re.sub(r"<<<<<<< HEAD\n.*?=======\n(.*?)>>>>>>> main\n", r"\1", text, flags=re.S)
    knots.write_text(ours_out)

    done = build(cards, tmp_path / "o", EPOCH + 30)
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("notice: 'fixed-loop'")]
    assert (
        f"the two branches git merged gave it two notes, '{old_guid}' and '{guid}' (Anki "
        f"cannot join two notes): this build ships '{old_guid}'; a collection that has "
        f"'{guid}' keeps it with its reviews, no longer updated. To ship '{guid}' instead, "
        f'write guid: "{guid}" on the card'
    ) in line, line
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert (len(log.new), len(log.updated)) == (0, 1)
    studied = {state[0]: state[2] for state in card_state(collection, "fixed-loop")}
    assert studied == {old_guid: [3], guid: [2]}  # two notes, as said; every review kept


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_corpus_renamed_keeps_the_record_of_what_its_deck_shipped(tmp_path):
    # the corpus's name: changed in the build after a guid: was taken back (git revert):
    # the record of the last .apkg is kept per corpus name, so the build under the new
    # name did not find it and shipped the card under the GUID the lock went back to,
    # without a word: the note studied since was no longer updated
    cards, collection, _, _ = guid_given_then_reverted(tmp_path, imported=True)
    git(cards, "reset", "-q", "--hard", "HEAD~1")  # the revert undone, the lock's too
    git(cards, "revert", "--no-edit", "HEAD")  # and done again, after the last build
    edit(cards / "corpus.yaml", "name: sailing", "name: seamanship")
    done = build(cards, tmp_path / "o", EPOCH + 300)
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("notice: 'bowline'")]
    assert "this build keeps it on 'abcDEF1234', the note Anki updated last" in line, line
    assert '"guid":"abcDEF1234"' in (cards / "cheatdeck.lock").read_text("utf-8")
    log = import_and_review(collection, tmp_path / "o" / "seamanship.apkg")
    assert len(log.new) == 0


@pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")
def test_a_merge_that_gave_one_card_two_notes_is_one_notice_on_the_deck_it_left(tmp_path):
    # as above, the other branch's card a new one of its own (no card of the first
    # branch holds its note): the build into the first branch's OUT keeps that branch's
    # note, and said it twice, once as a lock gone back (a revert, an older lock)
    cards, collection = studied_in_git(tmp_path)
    knots = cards / "knots.yaml"
    git(cards, "checkout", "-qb", "a")
    knots.write_text(knots.read_text("utf-8") + DUPLICATE, "utf-8")
    build(cards, tmp_path / "o", EPOCH + 10)
    git(cards, "commit", "-qam", "a: fixed-loop")
    import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    ((guid, _, _),) = card_state(collection, "fixed-loop")
    git(cards, "checkout", "-q", "main")
    knots.write_text(knots.read_text("utf-8") + DUPLICATE.replace("fixed-loop", "loop-knot"))
    build(cards, tmp_path / "b", EPOCH + 20)
    edit(knots, "  - id: loop-knot\n", "  - id: fixed-loop\n    renamed_from: loop-knot\n")
    build(cards, tmp_path / "b", EPOCH + 30)
    git(cards, "commit", "-qam", "b: loop-knot, renamed fixed-loop")
    git(cards, "checkout", "-q", "a")
    assert git(cards, "merge", "main").returncode != 0
    text = knots.read_text("utf-8")
    theirs = re.sub(r"<<<<<<< HEAD\n.*?=======\n(.*?)>>>>>>> main\n", r"\1", text, flags=re.S)
    knots.write_text(theirs)

    done = build(cards, tmp_path / "o", EPOCH + 40)
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("notice: 'fixed-loop'")]
    assert f"gave it two notes, '{guid}' and '" in line and "this build ships" in line, line
    log = import_and_review(collection, tmp_path / "o" / "sailing.apkg")
    assert len(log.new) == 0
