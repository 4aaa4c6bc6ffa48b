"""A deck studied for months while its corpus is edited like code: on two machines (each
with its own OUT, the lock carried by git), and imported into a collection that never
had it. What the real Anki importer and scheduler keep, and what the build says before
the import (a bread-baking corpus, the real command line and real git)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import edit, git, import_and_review, import_only, run_cli

anki_collection = pytest.importorskip("anki.collection")
pytestmark = pytest.mark.skipif(not shutil.which("git"), reason="needs the git command")

EPOCH = 1_700_000_000

CORPUS = "name: bread\ntitle: Bread\ndeck: Bread\n"
OVEN = """\
deck: Oven
title: Scoring and baking
cards:
  - id: lame
    kind: concept
    term: Lame
    definition: A razor blade on a handle used to score bread.
  - id: scoring
    kind: qa
    question: Why is a loaf scored before baking?
    answer: To control where the crust opens as the loaf expands.
  - id: flours
    kind: table
    title: Flours and their protein
    row_header: Flour
    columns: [Protein]
    rows:
      Bread flour: [12-14 %]
      Rye: [8-10 %]
"""


def build(cards: Path, out: Path, epoch: int) -> str:
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    done = run_cli("build", cards, "-o", out, "-f", "apkg", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def two_machines(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The corpus on machine one (built into its OUT, committed, imported into its
    collection and every card reviewed) and a clone of it on machine two:
    (cards one, cards two, collection one)."""
    one = tmp_path / "one" / "cards"
    one.mkdir(parents=True)
    (one / "corpus.yaml").write_text(CORPUS, "utf-8")
    (one / "oven.yaml").write_text(OVEN, "utf-8")
    build(one, tmp_path / "one" / "out", EPOCH)
    git(one, "init", "-q", "-b", "main")
    git(one, "add", "-A")
    git(one, "commit", "-qm", "base")
    collection = tmp_path / "one" / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_and_review(collection, tmp_path / "one" / "out" / "bread.apkg")
    two = tmp_path / "two" / "cards"
    assert git(tmp_path, "clone", "-q", str(one), str(two)).returncode == 0
    return one, two, collection


def shown(html: str) -> str:
    """A card side's text as Anki shows it (its style and tags left out)."""
    return re.sub(r"\s+", " ", re.sub(r"<style>.*?</style>|<[^>]+>", " ", html, flags=re.S))


def queues(collection: Path, search: str) -> list[int]:
    col = anki_collection.Collection(str(collection))
    try:
        return sorted(col.get_card(cid).queue for cid in col.find_cards(search))
    finally:
        col.close()


def reps_of(collection: Path, search: str) -> list[int]:
    col = anki_collection.Collection(str(collection))
    try:
        return sorted(col.get_card(cid).reps for cid in col.find_cards(search))
    finally:
        col.close()


def test_a_kind_change_and_a_row_removed_on_another_machine_are_said_where_the_deck_is(
    tmp_path,
):
    # Machine two changed a card's kind and removed a table row, built (its build said
    # what Anki would keep) and committed with the lock. Machine one, whose collection
    # holds the reviews, pulled and built: its lock already knew the change, so the build
    # said nothing, and the import left the history on notes no longer updated.
    one, two, collection = two_machines(tmp_path)
    oven = two / "oven.yaml"
    edit(
        oven,
        "kind: concept\n    term: Lame\n    definition:",
        "kind: qa\n    question: Lame?\n    answer:",
    )
    edit(oven, "      Rye: [8-10 %]\n", "")
    said_there = build(two, tmp_path / "two" / "out", EPOCH + 100)
    assert "oven.yaml:4:5) changed kind (concept → qa)" in said_there
    git(two, "commit", "-qam", "lame is a question; no rye")
    assert git(one, "pull", "-q", str(two), "main").returncode == 0

    said = build(one, tmp_path / "one" / "out", EPOCH + 200)
    (kind,) = [line for line in said.splitlines() if line.startswith("notice: 'lame'")]
    assert "oven.yaml:4:5) changed kind in a build" in kind
    assert "(cheatdeck Concept → cheatdeck Q&A; " in kind
    assert "cheatdeck.lock came with it from another machine, branch or OUT" in kind
    (row,) = [line for line in said.splitlines() if line.startswith("notice: 'flours'")]
    assert "a note the last build into" in row and "is no longer in the deck" in row
    import_only(collection, tmp_path / "one" / "out" / "bread.apkg")
    # the searches the notices give find the old notes, with their reviews
    assert reps_of(collection, kind.split("search: ", 1)[1]) == [1]
    assert reps_of(collection, row.split("search: ", 1)[1]) == [1]
    assert reps_of(collection, '"CheatdeckId:lame"') == [0, 1]  # the new note is new
    again = build(one, tmp_path / "one" / "out", EPOCH + 300)  # said once
    assert "notice" not in again


def test_edits_built_on_another_machine_are_counted_as_the_import_counts_them(tmp_path):
    # Machine two edited a card, added one and retired one, built and committed with the
    # lock. Machine one pulled and built: "0 added, 0 changed, 0 retired", its lock
    # having every change already, while its import added a note and updated two.
    one, two, collection = two_machines(tmp_path)
    oven = two / "oven.yaml"
    edit(oven, "as the loaf expands.", "as the loaf rises in the oven.")
    edit(oven, "  - id: lame\n    kind: concept\n    term: Lame\n", "")
    edit(oven, "    definition: A razor blade on a handle used to score bread.\n", "")
    oven.write_text(
        oven.read_text("utf-8")
        + "  - id: banneton\n    kind: concept\n    term: Banneton\n"
        + "    definition: A basket that holds the shaped loaf while it proofs.\n",
        "utf-8",
    )
    (two / "corpus.yaml").write_text(CORPUS + "retired: [lame]\n", "utf-8")
    there = build(two, tmp_path / "two" / "out", EPOCH + 100)
    assert "cards: 1 added, 1 changed, 1 retired" in there
    git(two, "commit", "-qam", "banneton; scoring reworded; lame retired")
    assert git(one, "pull", "-q", str(two), "main").returncode == 0

    said = build(one, tmp_path / "one" / "out", EPOCH + 200)
    assert "cards: 1 added, 1 changed, 1 retired (3 in the corpus)" in said, said
    assert "  added: banneton\n  changed: scoring\n  retired: lame\n" in said, said
    log = import_only(collection, tmp_path / "one" / "out" / "bread.apkg")
    assert (len(log.new), len(log.updated)) == (1, 2)
    again = build(one, tmp_path / "one" / "out", EPOCH + 300)
    assert "cards: 0 added, 0 changed, 0 retired" in again, again


def test_a_cloze_deletion_removed_and_the_next_renumbered_into_its_number_is_said(tmp_path):
    # c2 removed and c3 written c2 in one edit, as one tidies a cloze: the notice said
    # "c3 removed; Anki keeps its card, now empty", while c2's card, studied, went on
    # asking the deletion that was c3 with the history of the one removed.
    one, _, collection = two_machines(tmp_path)
    oven = one / "oven.yaml"
    text = (
        '    text: "{{c1::Amylase}} breaks starch; {{c2::protease}} breaks gluten; '
        '{{c3::phytase}} frees minerals."\n'
    )
    oven.write_text(oven.read_text("utf-8") + "  - id: enzymes\n    kind: cloze\n" + text)
    build(one, tmp_path / "one" / "out", EPOCH + 100)
    import_and_review(collection, tmp_path / "one" / "out" / "bread.apkg")
    edit(oven, "{{c2::protease}} breaks gluten; {{c3::phytase}}", "{{c2::phytase}}")

    said = build(one, tmp_path / "one" / "out", EPOCH + 200)
    (notice,) = [line for line in said.splitlines() if line.startswith("notice: 'enzymes'")]
    assert notice.startswith("notice: 'enzymes' (") and "oven.yaml:20:5): " in notice
    assert notice.split("): ", 1)[1] == (
        "cloze deletion 'protease' (c2) removed and 'phytase' renumbered "
        "c3 → c2; Anki keeps a cloze card's review history with its number: c2's card now "
        "asks 'phytase' with the history of 'protease', and c3's card, now empty, keeps the "
        "history of 'phytase'. To keep the history of 'phytase', write it back as c3 (c2's "
        "card, empty then, keeps the history of 'protease': Tools → Empty Cards in Anki "
        "deletes it)"
    )
    import_only(collection, tmp_path / "one" / "out" / "bread.apkg")
    col = anki_collection.Collection(str(collection))
    try:
        (c2,) = [col.get_card(c) for c in col.find_cards('"CheatdeckId:enzymes" card:2')]
        (c3,) = [col.get_card(c) for c in col.find_cards('"CheatdeckId:enzymes" card:3')]
        assert "[...] frees minerals" in shown(c2.question())  # asks phytase
        assert c2.reps == 1  # protease's review
        assert c3.reps == 1 and "[...]" not in shown(c3.question())  # empty: nothing hidden
    finally:
        col.close()


def test_a_retired_card_arrives_suspended_in_a_collection_that_never_had_it(tmp_path):
    # Retired notes ship tagged for 90 days so that every collection that has them tags
    # them; a new collection (another profile, a friend's) got them as new cards to
    # study. They ship suspended: a collection importing with its learning progress
    # keeps them so, and one that studied them keeps its schedule.
    one, _, collection = two_machines(tmp_path)
    oven = one / "oven.yaml"
    edit(oven, "  - id: lame\n    kind: concept\n    term: Lame\n", "")
    edit(oven, "    definition: A razor blade on a handle used to score bread.\n", "")
    (one / "corpus.yaml").write_text(CORPUS + "retired: [lame]\n", "utf-8")
    build(one, tmp_path / "one" / "out", EPOCH + 100)
    apkg = tmp_path / "one" / "out" / "bread.apkg"
    studied = queues(collection, '"CheatdeckId:lame"')
    assert studied != [-1]
    import_only(collection, apkg, with_scheduling=True)
    assert queues(collection, "tag:cheatdeck::retired") == studied  # as it was

    new = tmp_path / "new" / "collection.anki2"
    new.parent.mkdir()
    import_only(new, apkg, with_scheduling=True)  # "Import any learning progress"
    assert queues(new, "tag:cheatdeck::retired") == [-1]  # suspended
    assert queues(new, "-tag:cheatdeck::retired") == [0, 0, 0]  # the live cards: new
