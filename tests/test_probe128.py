"""A learner's routine edits of a corpus they study (probe128, a birdwatcher's notes):
what the real Anki importer keeps of the review history, through the real command line
and the real scheduler.

A card's kind changed (qa → concept, concept → qa) gives it a note of another note type:
Anki never moves a note to another note type on import, so the build's new note starts
new and the old one keeps the history. ``adopt``, run before the import, moves the old
note to the new note type with Anki's own change-note-type operation and gives it the
new note's GUID: the import then updates it, and every review stays on the card."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import build_at, edit, git, import_and_review, import_only, run_cli, write_corpus

anki_collection = pytest.importorskip("anki.collection")

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
EPOCH = 1_700_000_000
DAY = 86_400

CORPUS = "name: birds\ntitle: Birdwatcher's notes\ndeck: Birds\n"
OWLS = """\
deck: Owls
title: Owls
cards:
  - id: owl-pellet
    kind: concept
    term: Owl pellet
    definition: A mass of bones and fur an owl regurgitates after digesting its prey.
  - id: barn-owl-call
    kind: qa
    question: What sound does a barn owl make instead of hooting?
    answer: A long, harsh shriek.
"""


def _state(collection) -> dict[str, tuple]:
    """CheatdeckId -> [(card id, note id, note type, reviews in the log, ivl, due)] of
    every note of that id."""
    col = anki_collection.Collection(str(collection))
    try:
        found: dict[str, list] = {}
        for cid in sorted(col.find_cards("")):
            card = col.get_card(cid)
            note = card.note()
            logged = col.db.scalar("select count() from revlog where cid = ?", cid)
            found.setdefault(note["CheatdeckId"], []).append(
                (cid, note.id, note.note_type()["name"], logged, card.ivl, card.due)
            )
        return found
    finally:
        col.close()


def _studied(tmp_path):
    cards = write_corpus(tmp_path / "cards", {"corpus.yaml": CORPUS, "owls.yaml": OWLS})
    build_at(cards, tmp_path / "out", EPOCH)
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, tmp_path / "out" / "birds.apkg")
    import_and_review(collection, tmp_path / "out" / "birds.apkg")  # two reviews each
    return cards, collection


BARN_OWL_QA = (
    "    kind: qa\n    question: What sound does a barn owl make instead of hooting?\n"
    "    answer: A long, harsh shriek."
)


@pytest.mark.parametrize(
    ("old", "new", "card_id", "was", "now", "shown"),
    [
        (
            "    kind: concept\n    term: Owl pellet\n    definition:",
            "    kind: qa\n    question: What is an owl pellet?\n    answer:",
            "owl-pellet",
            "cheatdeck Concept",
            "cheatdeck Q&A",
            "What is an owl pellet?",
        ),
        (
            BARN_OWL_QA,
            "    kind: concept\n    term: Barn owl call\n    definition: A long, harsh shriek.",
            "barn-owl-call",
            "cheatdeck Q&A",
            "cheatdeck Concept",
            "Barn owl call",
        ),
        (  # two templates (the reversed card's) to one: the note has no reversed card
            BARN_OWL_QA,
            '    kind: limit\n    subject: Barn owl shriek length\n    value: "2"\n    unit: s',
            "barn-owl-call",
            "cheatdeck Q&A",
            "cheatdeck Limit",
            "Barn owl shriek length",
        ),
    ],
)
def test_adopt_before_the_import_keeps_a_kind_change_on_its_reviewed_note(
    tmp_path, old, new, card_id, was, now, shown
):
    cards, collection = _studied(tmp_path)
    before = _state(collection)
    assert [logged for *_, logged, _ivl, _due in before[card_id]] == [2]
    edit(cards / "owls.yaml", old, new)
    said = build_at(cards, tmp_path / "out", EPOCH + DAY)
    notice = next(line for line in said.splitlines() if "changed kind" in line)
    assert "cheatdeck adopt ~/.local/share/Anki2/<profile>/collection.anki2" in notice, notice
    assert notice.rindex("search: ") > notice.index("cheatdeck adopt"), notice  # last

    # without adopt: a new note, unreviewed, beside the old one and its history
    trial = tmp_path / "trial.anki2"
    shutil.copyfile(collection, trial)
    assert len(import_only(trial, tmp_path / "out" / "birds.apkg").new) == 1
    assert [kind for _c, _n, kind, *_ in _state(trial)[card_id]] == [was, now]

    done = run_cli("adopt", collection, cards)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"moved 1 note: {was} -> {now} (a card's kind changed)" in done.stdout, done.stdout
    assert "no longer show its look" not in done.stdout, done.stdout  # cheatdeck's own type
    assert "kept 1 note of cards whose kind changed, with their reviews" in done.stdout
    log = import_only(collection, tmp_path / "out" / "birds.apkg")
    assert (len(log.new), len(log.updated), len(log.conflicting)) == (0, 0, 0)
    row = "| a card's kind changed, `cheatdeck adopt` run before the import | 0 updated, 0 added "
    assert row + "| +0 | kept |" in README
    after = _state(collection)
    ((cid, nid, kind, logged, ivl, due),) = after[card_id]  # one note, no duplicate
    assert (cid, nid, logged, ivl, due) == tuple(before[card_id][0][i] for i in (0, 1, 3, 4, 5))
    assert kind == now
    assert after == {**before, card_id: after[card_id]}  # every other card as it was
    col = anki_collection.Collection(str(collection))
    try:
        fields = dict(col.get_note(nid).items())
    finally:
        col.close()
    assert fields["CheatdeckId"] == card_id
    assert shown in fields.values(), fields


def test_adopt_after_the_import_leaves_both_notes_and_says_nothing_to_adopt(tmp_path):
    # Imported already: the new note is in the collection (maybe reviewed); Anki cannot
    # join two notes, so adopt changes nothing.
    cards, collection = _studied(tmp_path)
    edit(
        cards / "owls.yaml",
        "    kind: concept\n    term: Owl pellet\n    definition:",
        "    kind: qa\n    question: What is an owl pellet?\n    answer:",
    )
    build_at(cards, tmp_path / "out", EPOCH + DAY)
    import_and_review(collection, tmp_path / "out" / "birds.apkg")
    done = run_cli("adopt", collection, cards)
    assert done.returncode == 0 and "nothing to adopt" in done.stdout, done.stdout + done.stderr
    assert [kind for _c, _n, kind, *_ in _state(collection)["owl-pellet"]] == [
        "cheatdeck Concept",
        "cheatdeck Q&A",
    ]


GODWITS = """\
deck: Waders
title: Waders
cards:
  - id: godwits
    kind: table
    title: Godwits
    row_header: Field mark
    columns: [Black-tailed, Bar-tailed]
    rows:
      Wing bar: [Bold white, None]
      Bill: [Straight, Slightly upturned]
"""
OLD_ROW = "      Wing bar: [Bold white, None]\n"
NEW_ROW = "      Wing stripe: [Broad white, Absent]\n"
HALFWAY = "      Wing stripe: [Bold white, None]\n"


def _build_in(cards, out, epoch: int) -> str:
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    done = run_cli("build", ".", "-o", out, "-f", "apkg", cwd=cards, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_a_row_label_reworded_with_its_cells_says_how_to_keep_its_history(tmp_path):
    # No build can tell a label reworded with its cells from a row removed and another
    # added: the notes are left behind. The notice says how to keep them, and following
    # it keeps every review on the same cards.
    cards = write_corpus(tmp_path / "cards", {"corpus.yaml": CORPUS, "waders.yaml": GODWITS})
    out = tmp_path / "out"
    _build_in(cards, out, EPOCH)
    assert git(cards, "init", "-q").returncode == 0
    assert git(cards, "add", "-A").returncode == 0
    assert git(cards, "commit", "-qm", "godwits").returncode == 0
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, out / "birds.apkg")
    before = _state(collection)

    edit(cards / "waders.yaml", OLD_ROW, NEW_ROW)
    said = _build_in(cards, out, EPOCH + DAY)
    (notice,) = [line for line in said.splitlines() if "no longer in the deck" in line]
    keep = f"git -C {cards} checkout -- cheatdeck.lock, put the old cells back and build"
    assert "keep the history instead, before you import: " + keep in notice, notice
    assert keep in notice, notice
    assert notice.rindex("search: ") > notice.index(keep), notice  # the search stays last

    assert git(cards, "checkout", "--", "cheatdeck.lock").returncode == 0
    edit(cards / "waders.yaml", NEW_ROW, HALFWAY)
    halfway = _build_in(cards, out, EPOCH + 2 * DAY)
    assert "old notes" not in halfway, halfway  # the new label takes the row's notes
    edit(cards / "waders.yaml", HALFWAY, NEW_ROW)
    _build_in(cards, out, EPOCH + 3 * DAY)
    log = import_only(collection, out / "birds.apkg")
    assert (len(log.new), len(log.updated)) == (0, 2)
    assert _state(collection) == before  # every card, its reviews, interval and due


def test_one_id_added_on_two_branches_as_two_kinds_keeps_the_studied_note(tmp_path):
    # Two clones add 'merlin', one a qa card, one a concept: one GUID, two note types.
    # Anki takes the first deck imported (the qa) and skips the other. The merge keeps
    # the newer lock entry (the concept), so the qa card kept under 'merlin' is a kind
    # change to the build: a new note. adopt, before the import, keeps the studied one.
    first = write_corpus(tmp_path / "a", {"corpus.yaml": CORPUS, "owls.yaml": OWLS})
    for args in (("init", "-q"), ("add", "-A"), ("commit", "-qm", "owls")):
        assert git(first, *args).returncode == 0
    assert git(tmp_path, "clone", "-q", "a", "b").returncode == 0
    other = tmp_path / "b"
    qa = "  - id: merlin\n    kind: qa\n    question: Which falcon is smallest?\n"
    qa += "    answer: The merlin.\n"
    concept = "  - id: merlin\n    kind: concept\n    term: Merlin\n"
    concept += "    definition: A small falcon of moors.\n"
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    for clone, card, epoch in ((other, qa, EPOCH), (first, concept, EPOCH + DAY)):
        (clone / "owls.yaml").write_text((clone / "owls.yaml").read_text("utf-8") + card, "utf-8")
        build_at(clone, tmp_path / f"out-{clone.name}", epoch)
        assert git(clone, "commit", "-qam", "merlin").returncode == 0
        import_and_review(collection, tmp_path / f"out-{clone.name}" / "birds.apkg")
    before = _state(collection)
    assert [kind for _c, _n, kind, *_ in before["merlin"]] == ["cheatdeck Q&A"]

    git(first, "pull", "-q", "--no-rebase", "../b", "HEAD")  # conflicts: both added merlin
    text = (first / "owls.yaml").read_text("utf-8")
    start, middle, end = text.index("<<<<<<<"), text.index("======="), text.index(">>>>>>>")
    ours = text[text.index("\n", start) + 1 : middle]
    theirs = text[text.index("\n", middle) + 1 : end]
    resolved = text[:start].replace("  - id: merlin\n", "  - id: merlin-falcon\n")
    resolved += ours + "  - id: merlin\n" + theirs
    (first / "owls.yaml").write_text(resolved, "utf-8")
    said = build_at(first, tmp_path / "out-a", EPOCH + 2 * DAY)
    assert "'merlin'" in said and "cheatdeck adopt" in said, said
    done = run_cli("adopt", collection, first)
    assert done.returncode == 0, done.stdout + done.stderr
    log = import_only(collection, tmp_path / "out-a" / "birds.apkg")
    assert (len(log.new), len(log.conflicting)) == (0, 0)  # adopt's import added merlin-falcon
    after = _state(collection)
    assert [kind for _c, _n, kind, *_ in after["merlin-falcon"]] == ["cheatdeck Concept"]
    assert after["merlin"] == before["merlin"]  # one note, its card and reviews as they were
