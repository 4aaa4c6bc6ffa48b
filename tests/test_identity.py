"""Anki identity through routine edits, with the real Anki backend over a reviewed collection.

One small Git corpus is built, imported into a real collection and every card reviewed
(scheduler answer GOOD). Each test copies that corpus (lock included) and collection,
makes one edit, rebuilds, re-imports, and checks the import log, the note and card
counts, each note's GUID against its content, and that every review log entry and card
state is still attached to the same fact. Each test also checks its row of the README's
table "what you edit → what Anki does with your history".
"""

from __future__ import annotations

import json
import os
import re
import shutil
import textwrap
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from cheatdeck import pipeline
from cheatdeck.writers import WRITER_NAMES

anki_collection = pytest.importorskip("anki.collection")

ROOT = Path(__file__).resolve().parents[1]
EPOCH = 1_700_000_000

CORPUS = {
    "corpus.yaml": """\
        name: gitdeck
        title: Git
        deck: Git
        """,
    "git.yaml": """\
        deck: Basics
        title: Git basics
        cards:
          - id: git-stash
            kind: concept
            term: stash
            definition: Shelves uncommitted changes so the working tree is clean.
          - id: git-head
            kind: qa
            question: What does HEAD point to?
            answer: The commit you have checked out.
          - id: git-reflog
            kind: qa
            question: Which command lists where HEAD has been?
            answer: git reflog
          - id: git-tag
            kind: concept
            term: annotated tag
            definition: A tag object with its own message and author.
          - id: git-merges
            kind: table
            title: Ways to combine branches
            columns: [Keeps every commit, Linear]
            rows:
              Merge: [Yes, No]
              Rebase: [Rewrites them, Yes]
              Squash: [No, Yes]
          - id: git-publish
            kind: cloze
            text: "{{c1::git add}} stages, {{c2::git commit}} records, {{c3::git push}} shares."
          - id: git-areas
            kind: list
            title: Where a change lives
            items:
              - The working tree holds your edits
              - The index stages the next commit
              - The repository stores every commit
        """,
}


# ---------------------------------------- helpers


@contextmanager
def source_date(epoch: int):
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


def build(corpus: Path, out: Path, epoch: int):
    with source_date(epoch):
        outcome = pipeline.build(corpus, out, [WRITER_NAMES["apkg"]])
    assert not outcome.report.failed(), outcome.report.render()
    return outcome, out / "gitdeck.apkg"


def import_apkg(col, apkg: Path):
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    request = ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def review_all(col) -> None:
    from anki.scheduler.v3 import CardAnswer

    for cid in sorted(col.find_cards("")):
        card = col.get_card(cid)
        card.start_timer()
        states = col._backend.get_scheduling_states(card.id)
        col.sched.answer_card(
            col.sched.build_answer(card=card, states=states, rating=CardAnswer.GOOD)
        )


_TAGS = re.compile(r"<[^>]*>")


def fact_of(note, ord_: int) -> str:
    """What a card asks, in words: the note's key and the field it is answered by."""
    fields = dict(note.items())
    key = _TAGS.sub("", fields.get("CheatdeckKey") or fields["CheatdeckId"])
    answer = next(
        fields[name] for name in ("Cell", "Item", "Definition", "Answer", "Text") if name in fields
    )
    return f"{key} | {ord_} | {_TAGS.sub('', answer)}"


@dataclass
class Snapshot:
    notes: dict[str, str]  # guid -> "key | answer" of its first card
    cards: dict[int, tuple]  # card id -> (guid, ord, fact, scheduling state)
    revlog: list[tuple]  # (id, cid, ease)

    @classmethod
    def of(cls, col) -> Snapshot:
        notes, cards = {}, {}
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            note = card.note()
            fact = fact_of(note, card.ord)
            notes.setdefault(note.guid, fact.replace(f" | {card.ord} |", " |"))
            state = (card.type, card.queue, card.due, card.ivl, card.reps, card.lapses)
            cards[cid] = (note.guid, card.ord, fact, state)
        rows = col.db.all("SELECT id, cid, ease FROM revlog ORDER BY id")
        return cls(notes, cards, [tuple(r) for r in rows])


@dataclass
class Result:
    before: Snapshot
    after: Snapshot
    log: object
    outcome: object
    renames: dict[str, str]  # old fact text -> new fact text, for an edited answer/key

    def kept(self) -> list[int]:
        """Reviewed cards still in the collection, each with its history."""
        return [cid for cid in self.before.cards if cid in self.after.cards]

    def assert_history_follows_the_facts(self) -> None:
        """Every revlog entry and card state stays with the same fact."""
        assert self.after.revlog == self.before.revlog
        for cid in self.kept():
            guid, ord_, fact, state = self.before.cards[cid]
            now_guid, now_ord, now_fact, now_state = self.after.cards[cid]
            assert (now_guid, now_ord, now_state) == (guid, ord_, state)
            assert now_fact == self.renames.get(fact, fact), (fact, now_fact)


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """The corpus built once, imported and every card reviewed: (corpus, collection file)."""
    root = tmp_path_factory.mktemp("reviewed")
    corpus = root / "cards"
    corpus.mkdir()
    for name, text in CORPUS.items():
        (corpus / name).write_text(textwrap.dedent(text), "utf-8")
    _, apkg = build(corpus, root / "out", EPOCH)
    (root / "anki").mkdir()
    col = anki_collection.Collection(str(root / "anki" / "collection.anki2"))
    try:
        import_apkg(col, apkg)
        review_all(col)
    finally:
        col.close()
    return corpus, root / "anki"


def edit_and_reimport(reviewed, tmp_path, edit, renames=None, day=1) -> Result:
    """``edit``: the topic's text -> its edited text, or, taking the corpus folder
    (a ``Path``), an edit of its files in place."""
    corpus_v1, anki_dir = reviewed
    corpus = tmp_path / "cards"
    shutil.copytree(corpus_v1, corpus)
    shutil.copytree(anki_dir, tmp_path / "anki")
    topic = corpus / "git.yaml"
    text = topic.read_text("utf-8")
    if getattr(edit, "edits_files", False):
        edit(corpus)
    else:
        edited = edit(text)
        assert edited != text, "the edit did not apply"
        topic.write_text(edited, "utf-8")
    outcome, apkg = build(corpus, tmp_path / "out", EPOCH + day * 86_400)
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        before = Snapshot.of(col)
        log = import_apkg(col, apkg)
        after = Snapshot.of(col)
    finally:
        col.close()
    return Result(before, after, log, outcome, renames or {})


def counts(result: Result) -> tuple[int, int, int]:
    log = result.log
    return len(log.new), len(log.updated), len(log.conflicting)


def unplaced(notice: str) -> str:
    """A notice of what Anki cannot follow without the card's place, which it gives after
    the card's id: ``'id' (FILE:LINE:COL)``."""
    found = re.match(r"('[^']+') \(([^()]+\.yaml):(\d+):(\d+)\)", notice)
    assert found, f"the notice does not say where the card is: {notice}"
    return found[1] + notice[found.end() :]


README_TABLE_ROWS: dict[str, str] = {}


def readme_row(edit: str, result: Result, history: str) -> str:
    new, updated, _ = counts(result)
    cards = len(result.after.cards) - len(result.before.cards)
    row = f"| {edit} | {updated} updated, {new} added | {cards:+d} | {history} |"
    readme = (ROOT / "README.md").read_text("utf-8")
    assert row in readme, f"README.md's identity table lacks, or words otherwise: {row}"
    return row


# ---------------------------------------- the edits


def test_an_edited_answer_updates_its_note_in_place(reviewed, tmp_path):
    old, new = "The commit you have checked out.", "The commit you have checked out (or a branch)."
    result = edit_and_reimport(
        reviewed,
        tmp_path,
        lambda t: t.replace(old, new),
        {f"git-head | 0 | {old}": f"git-head | 0 | {new}"},
    )
    assert counts(result) == (0, 1, 0)
    assert len(result.after.notes) == len(result.before.notes)
    result.assert_history_follows_the_facts()
    readme_row("an answer", result, "kept")


def test_a_header_wording_fix_keeps_every_cell_of_the_column(reviewed, tmp_path):
    renames = {
        f"git-merges/{row}/Linear | 0 | {cell}": f"git-merges/{row}/Linear history | 0 | {cell}"
        for row, cell in (("Merge", "No"), ("Rebase", "Yes"), ("Squash", "Yes"))
    }
    result = edit_and_reimport(
        reviewed,
        tmp_path,
        lambda t: t.replace("[Keeps every commit, Linear]", "[Keeps every commit, Linear history]"),
        renames,
    )
    assert counts(result) == (0, 3, 0)
    assert len(result.after.cards) == len(result.before.cards)
    result.assert_history_follows_the_facts()
    readme_row("a table header's wording", result, "kept")


def test_a_row_inserted_at_the_top_adds_only_its_cells(reviewed, tmp_path):
    result = edit_and_reimport(
        reviewed,
        tmp_path,
        lambda t: t.replace("    rows:\n", "    rows:\n      Fast-forward: [Yes, Yes]\n"),
    )
    assert counts(result) == (2, 0, 0)
    assert len(result.after.cards) == len(result.before.cards) + 2
    result.assert_history_follows_the_facts()
    readme_row("a table row inserted at the top", result, "kept")


def test_a_column_inserted_adds_only_its_cells(reviewed, tmp_path):
    result = edit_and_reimport(
        reviewed,
        tmp_path,
        lambda t: (
            t.replace("[Keeps every commit, Linear]", "[Adds a commit, Keeps every commit, Linear]")
            .replace("Merge: [Yes, No]", "Merge: [A merge commit, Yes, No]")
            .replace("Rebase: [Rewrites them, Yes]", "Rebase: [None, Rewrites them, Yes]")
            .replace("Squash: [No, Yes]", "Squash: [One new commit, No, Yes]")
        ),
    )
    assert counts(result) == (3, 0, 0)
    result.assert_history_follows_the_facts()
    readme_row("a table column inserted", result, "kept")


def _list_renames(before: list[str], after: list[str]) -> dict[str, str]:
    """The list items' notes keep their answer; only the front (the other items) changes."""
    return {}


def test_a_list_item_inserted_at_the_top_keeps_the_others(reviewed, tmp_path):
    result = edit_and_reimport(
        reviewed,
        tmp_path,
        lambda t: t.replace(
            "      - The working tree",
            "      - The stash keeps shelved changes\n      - The working tree",
        ),
    )
    new, updated, conflicting = counts(result)
    assert (new, conflicting) == (1, 0)
    assert updated == 3  # each other item's front now shows the new item too
    result.assert_history_follows_the_facts()
    readme_row("a list item inserted at the top", result, "kept")


def test_reordered_list_items_keep_their_notes(reviewed, tmp_path):
    first = "      - The working tree holds your edits\n"
    result = edit_and_reimport(
        reviewed,
        tmp_path,
        lambda t: t.replace(first, "").replace(
            "      - The repository stores every commit\n",
            "      - The repository stores every commit\n" + first,
        ),
    )
    assert counts(result) == (0, 3, 0)
    result.assert_history_follows_the_facts()
    readme_row("list items reordered", result, "kept")


def test_a_list_items_wording_fix_keeps_its_note(reviewed, tmp_path):
    old, new = "The index stages the next commit", "The index stages your next commit"
    renames = {f"git-areas#~{_digest(old)} | 0 | {old}": f"git-areas#~{_digest(new)} | 0 | {new}"}
    result = edit_and_reimport(reviewed, tmp_path, lambda t: t.replace(old, new), renames)
    assert counts(result) == (0, 3, 0)  # the item, and the two that show it on their front
    result.assert_history_follows_the_facts()
    readme_row("a list item's wording fixed", result, "kept")


def test_words_added_to_a_list_item_keep_its_note(reviewed, tmp_path):
    # a short item and a clarification added to it differ by more than a small edit's
    # quarter: it was a new note, its history left on the old one
    old = "The index stages the next commit"
    new = "The index stages the next commit (also called the staging area)"
    renames = {f"git-areas#~{_digest(old)} | 0 | {old}": f"git-areas#~{_digest(new)} | 0 | {new}"}
    result = edit_and_reimport(reviewed, tmp_path, lambda t: t.replace(old, new), renames)
    assert counts(result) == (0, 3, 0)
    assert not result.outcome.changes.get("notices")
    result.assert_history_follows_the_facts()
    readme_row("words added to a list item", result, "kept")


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()[:10]


def test_reverse_on_adds_the_second_card_to_the_same_note(reviewed, tmp_path):
    result = edit_and_reimport(
        reviewed,
        tmp_path,
        lambda t: t.replace("    term: stash\n", "    term: stash\n    reverse: true\n"),
    )
    assert counts(result) == (0, 1, 0)
    assert len(result.after.notes) == len(result.before.notes)
    assert len(result.after.cards) == len(result.before.cards) + 1
    new_card = [c for c in result.after.cards.values() if c[2].startswith("git-stash | 1 |")]
    assert len(new_card) == 1
    result.assert_history_follows_the_facts()
    readme_row("`reverse: true` turned on", result, "kept")


def test_reverse_off_again_keeps_the_note_and_empties_its_second_card(reviewed, tmp_path):
    corpus_v1, anki_dir = reviewed
    on = tmp_path / "on"
    result_on = edit_and_reimport(
        (corpus_v1, anki_dir),
        on,
        lambda t: t.replace("    term: stash\n", "    term: stash\n    reverse: true\n"),
    )
    assert counts(result_on) == (0, 1, 0)
    off = tmp_path / "off"
    result = edit_and_reimport(
        (on / "cards", on / "anki"),
        off,
        lambda t: t.replace("    reverse: true\n", ""),
        day=2,
    )
    assert counts(result) == (0, 1, 0)
    assert len(result.after.notes) == len(result.before.notes)
    result.assert_history_follows_the_facts()
    (notice,) = map(unplaced, result.outcome.changes["notices"])
    assert "'git-stash': reverse turned off" in notice and "Empty Cards" in notice
    col = anki_collection.Collection(str(off / "anki" / "collection.anki2"))
    try:
        empty = col.get_empty_cards()
        assert len(empty.notes) == 1 and len(empty.notes[0].card_ids) == 1
    finally:
        col.close()
    readme_row("`reverse: true` turned off again", result, "kept")


def test_a_cloze_deletion_removed_leaves_its_card_empty_and_the_build_says_so(reviewed, tmp_path):
    result = edit_and_reimport(
        reviewed,
        tmp_path,
        lambda t: t.replace("{{c3::git push}} shares", "git push shares"),
        {
            "git-publish | 0 | {{c1::git add}} stages, {{c2::git commit}} records, "
            "{{c3::git push}} shares.": "git-publish | 0 | {{c1::git add}} stages, "
            "{{c2::git commit}} records, git push shares."
        },
    )
    assert counts(result) == (0, 1, 0)
    (notice,) = map(unplaced, result.outcome.changes["notices"])
    assert "'git-publish': cloze deletion c3 removed" in notice and "Empty Cards" in notice
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        (empty,) = col.get_empty_cards().notes
        (card_id,) = empty.card_ids
        assert col.get_card(card_id).ord == 2  # c3's card, still with its review
        assert col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", card_id) == 1
    finally:
        col.close()
    readme_row("a cloze deletion removed", result, "stays on its card, now empty")


def test_a_deletion_inserted_before_others_renumbers_them_and_the_build_says_so(reviewed, tmp_path):
    # Anki keeps a cloze card's history with its number: c2's card, reviewed for
    # "git commit", now asks "git stash"; the build said nothing of it
    result = edit_and_reimport(
        reviewed,
        tmp_path,
        lambda t: t.replace(
            "{{c2::git commit}} records, {{c3::git push}} shares.",
            "{{c2::git stash}} shelves, {{c3::git commit}} records, {{c4::git push}} shares.",
        ),
    )
    assert counts(result) == (0, 1, 0)
    (notice,) = map(unplaced, result.outcome.changes["notices"])
    assert notice.startswith(
        "'git-publish': cloze deletion renumbered ('git commit' c2 → c3, 'git push' c3 → c4)"
    ), notice
    assert "c2's card now asks 'git stash' with the history of 'git commit'" in notice, notice
    assert "c3's card now asks 'git commit' with the history of 'git push'" in notice, notice
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        (second,) = col.find_cards('"CheatdeckId:git-publish" card:2')
        card = col.get_card(second)
        assert "git stash" not in _TAGS.sub("", card.question())  # the hidden one
        assert "git commit" in _TAGS.sub("", card.question())  # shown: no longer asked
        assert col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", second) == 1
        (fourth,) = col.find_cards('"CheatdeckId:git-publish" card:4')
        assert col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", fourth) == 0
    finally:
        col.close()
    readme_row(
        "a cloze deletion inserted before the others (renumbered)",
        result,
        "stays with the number, not the deletion",
    )


def test_a_deletion_moved_to_a_free_number_is_said_renumbered_not_removed(reviewed, tmp_path):
    # c3 written c5: Anki keeps 'git push's history on c3's card, now empty, and starts
    # c5 new. The build said "c3 removed", and that Empty Cards deletes it: advice that
    # throws the deletion's history away, for an edit the user meant as a renumbering
    result = edit_and_reimport(
        reviewed,
        tmp_path,
        lambda t: t.replace("{{c3::git push}} shares", "{{c5::git push}} shares"),
    )
    assert counts(result) == (0, 1, 0)
    (notice,) = map(unplaced, result.outcome.changes["notices"])
    assert notice.startswith("'git-publish': cloze deletion renumbered ('git push' c3 → c5)"), (
        notice
    )
    assert "c3's card, now empty, keeps the history of 'git push'; c5's card starts new" in (notice)
    assert "write it back as c3" in notice and "removed" not in notice, notice
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        (third,) = col.find_cards('"CheatdeckId:git-publish" card:3')
        assert col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", third) == 1
        (fifth,) = col.find_cards('"CheatdeckId:git-publish" card:5')
        assert col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", fifth) == 0
        assert [third] == [c for n in col.get_empty_cards().notes for c in n.card_ids]
    finally:
        col.close()


def test_a_deletions_wording_fix_keeps_its_number_and_says_nothing(reviewed, tmp_path):
    result = edit_and_reimport(
        reviewed,
        tmp_path,
        lambda t: t.replace("{{c3::git push}} shares", "{{c3::git push origin}} shares"),
        {
            f"git-publish | {ord_} | {{{{c1::git add}}}} stages, {{{{c2::git commit}}}} "
            "records, {{c3::git push}} shares.": f"git-publish | {ord_} | {{{{c1::git add}}}} "
            "stages, {{c2::git commit}} records, {{c3::git push origin}} shares."
            for ord_ in range(3)
        },
    )
    assert counts(result) == (0, 1, 0)
    assert not result.outcome.changes.get("notices")
    result.assert_history_follows_the_facts()


def test_a_rename_with_renamed_from_keeps_the_note(reviewed, tmp_path):
    result = edit_and_reimport(
        reviewed,
        tmp_path,
        lambda t: t.replace(
            "  - id: git-reflog\n", "  - id: reflog\n    renamed_from: git-reflog\n"
        ),
        {"git-reflog | 0 | git reflog": "reflog | 0 | git reflog"},
    )
    assert counts(result) == (0, 1, 0)
    assert result.outcome.changes["renamed"] == ["git-reflog → reflog"]
    assert "reflog" not in result.outcome.changes["added"]
    result.assert_history_follows_the_facts()
    readme_row("a card id renamed with `renamed_from`", result, "kept")


def test_a_topic_file_renamed_split_and_reordered_touches_no_note(reviewed, tmp_path):
    """Where a card is written (its file, its place in it) is not its content: no note
    is updated and the build reports no card as changed."""

    def split_in_two(corpus: Path) -> None:
        text = (corpus / "git.yaml").read_text("utf-8")
        head, cards = text.split("cards:\n", 1)
        first, tables = cards.split("  - id: git-merges\n", 1)
        (corpus / "git.yaml").unlink()
        stash, rest = first.split("  - id: git-head\n", 1)
        (corpus / "basics.yaml").write_text(f"{head}cards:\n  - id: git-head\n{rest}{stash}")
        (corpus / "more" / "tables.yaml").parent.mkdir()
        (corpus / "more" / "tables.yaml").write_text(f"{head}cards:\n  - id: git-merges\n{tables}")

    split_in_two.edits_files = True
    result = edit_and_reimport(reviewed, tmp_path, split_in_two)
    assert counts(result) == (0, 0, 0)
    assert len(result.after.cards) == len(result.before.cards)
    result.assert_history_follows_the_facts()
    changes = result.outcome.changes
    assert changes["added"] == changes["changed"] == changes["moved"] == [], changes
    readme_row("a topic file renamed, split or reordered", result, "kept")


@pytest.mark.parametrize("whole", [True, False, "renamed"])
def test_a_deck_change_says_how_to_move_the_cards_anki_keeps_in_the_old_deck(
    reviewed, tmp_path, whole
):
    """Anki's import leaves existing cards in their deck; the build's line gives the
    search that finds exactly the moved cards, and moving them keeps their history.
    A card moved and renamed at once (``renamed_from``) is moved too: it said only
    "renamed", and its cards stayed in the old deck unannounced."""
    from cheatdeck.identity import deck_move_lines

    if whole is True:
        edit = lambda t: t.replace("deck: Basics\n", "deck: Essentials\n")  # noqa: E731
    else:  # one card moves: to a file of its own, with another deck (and maybe an id)

        def edit(corpus: Path) -> None:
            text = (corpus / "git.yaml").read_text("utf-8")
            start, end = text.index("  - id: git-tag\n"), text.index("  - id: git-merges\n")
            (corpus / "git.yaml").write_text(text[:start] + text[end:])
            moved = text[start:end]
            if whole == "renamed":
                moved = moved.replace(
                    "  - id: git-tag\n", "  - id: git-tags\n    renamed_from: git-tag\n"
                )
            (corpus / "tags.yaml").write_text(f"deck: Essentials\ntitle: T\ncards:\n{moved}")

        edit.edits_files = True
    tag = "| 0 | A tag object with its own message and author."
    renames = {f"git-tag {tag}": f"git-tags {tag}"} if whole == "renamed" else None
    result = edit_and_reimport(reviewed, tmp_path, edit, renames)
    result.assert_history_follows_the_facts()
    corpus = result.outcome.corpus
    (line,) = deck_move_lines(result.outcome.changes, {card.deck for card in corpus.cards()})
    moved = ["git-stash", "git-head", "git-reflog", "git-tag", "git-merges", "git-publish"]
    moved += ["git-areas"]
    moved = moved if whole is True else ["git-tags" if whole == "renamed" else "git-tag"]
    assert line.startswith(f"moved to another deck: {len(moved)} card")
    assert "from 'Git::Basics' to 'Git::Essentials'" in line
    search = line.split("Browse search ", 1)[1].split(", select all", 1)[0]
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        found = col.find_cards(search)
        assert sorted({col.get_card(cid).note()["CheatdeckId"] for cid in found}) == sorted(moved)
        col.set_deck(found, col.decks.id("Git::Essentials"))  # Cards → Change Deck
        revlog = col.db.all("SELECT id, cid, ease FROM revlog ORDER BY id")
        in_new = {col.get_card(cid).did for cid in found}
    finally:
        col.close()
    assert [tuple(r) for r in revlog] == result.before.revlog
    assert len(in_new) == 1
    assert ("before you import this build, rename that deck" in line) == (whole is True)
    # the old deck is left empty only when every card left it: then it may be deleted
    assert ("delete that deck, left empty" in line) == (whole is True), line
    if whole is True:  # the other way: the deck renamed in Anki before the import
        shutil.copytree(reviewed[1], tmp_path / "renamed")
        col = anki_collection.Collection(str(tmp_path / "renamed" / "collection.anki2"))
        try:
            col.decks.rename(col.decks.by_name("Git::Basics"), "Git::Essentials")
            log = import_apkg(col, tmp_path / "out" / "gitdeck.apkg")
            names = sorted(d.name for d in col.decks.all_names_and_ids())
            decks = {col.decks.name(col.get_card(cid).did) for cid in col.find_cards("")}
            revlog = col.db.all("SELECT id, cid, ease FROM revlog ORDER BY id")
        finally:
            col.close()
        assert len(log.new) == 0 and decks == {"Git::Essentials"}
        assert "Git::Essentials+" not in names and "Git::Basics" not in names
        assert [tuple(r) for r in revlog] == result.before.revlog


def test_a_kind_change_adds_a_note_and_leaves_the_old_one_with_its_history(reviewed, tmp_path):
    result = edit_and_reimport(
        reviewed,
        tmp_path,
        lambda t: t.replace(
            "    kind: concept\n    term: annotated tag\n    definition:",
            "    kind: qa\n    question: What is an annotated tag?\n    answer:",
        ),
    )
    assert counts(result) == (1, 0, 0)
    assert len(result.after.notes) == len(result.before.notes) + 1
    result.assert_history_follows_the_facts()  # the old concept note, untouched
    (notice,) = map(unplaced, result.outcome.changes["notices"])
    assert "'git-tag' changed kind (concept → qa)" in notice and "adds 1 new note" in notice
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        search = notice.split("search: ", 1)[1]
        found = [col.get_note(nid).note_type()["name"] for nid in col.find_notes(search)]
    finally:
        col.close()
    assert found == ["cheatdeck Concept"]
    readme_row("a card's kind changed", result, "stays on the old note")


# ---------------------------------------- text Anki would interpret, images it would fetch

LITERAL = (
    "[$]x^2[/$] [$$]y[/$$] [latex]z[/latex] [sound:bell.mp3] [anki:tts lang=en_US]hi[/anki:tts]"
)


def test_anki_shows_media_and_latex_markup_as_written_even_in_code(tmp_path):
    corpus = tmp_path / "cards"
    (corpus / "img").mkdir(parents=True)
    (corpus / "img" / "dot.png").write_bytes(
        ROOT.joinpath("tests/cases/kinds/cards/images/dot.png").read_bytes()
    )
    (corpus / "corpus.yaml").write_text("name: lit\ntitle: Literal\ndeck: Lit\n", "utf-8")
    topic = {
        "deck": "T",
        "title": "T",
        "cards": [
            {
                "id": "lit-qa",
                "kind": "qa",
                "question": "What does Anki show for this?",
                "answer": LITERAL,
            },
            {
                "id": "lit-cmd",
                "kind": "command",
                "task": "Echo markup",
                "command": f"echo '{LITERAL}'",
            },
            {
                "id": "lit-img",
                "kind": "concept",
                "term": "dot",
                "definition": "A dot: ![dot](img/dot.png), not ![far](http://example.com/x.png) "
                "nor ![out](../../etc/passwd)",
            },
        ],
    }
    import yaml

    (corpus / "t.yaml").write_text(yaml.safe_dump(topic, allow_unicode=True), "utf-8")
    with source_date(EPOCH):
        outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["apkg"]])
    if outcome.report.failed():  # the check may refuse remote and outside images
        assert "missing-media" in outcome.report.render() or "image" in outcome.report.render()
        topic["cards"][2]["definition"] = "A dot: ![dot](img/dot.png)"
        (corpus / "t.yaml").write_text(yaml.safe_dump(topic, allow_unicode=True), "utf-8")
        build(corpus, tmp_path / "out", EPOCH)
    (tmp_path / "anki").mkdir()
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        import_apkg(col, tmp_path / "out" / "lit.apkg")
        shown = {}
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            out = card.render_output(reload=True)
            key = _TAGS.sub("", card.note()["CheatdeckId"])
            shown[key] = out.answer_text
            assert not out.question_av_tags and not out.answer_av_tags, key
            assert "latex-" not in out.answer_text and "anki:play" not in out.answer_text, key
        fields = "".join(col.get_note(n).joined_fields() for n in col.find_notes(""))
        media = sorted(os.listdir(col.media.dir()))
    finally:
        col.close()
    for key in ("lit-qa", "lit-cmd"):
        text = re.sub(r"&#91;", "[", _TAGS.sub("", shown[key]))
        assert LITERAL in text.replace("&quot;", '"').replace("&#x27;", "'"), key
    assert "http:" not in fields and "../" not in fields and "passwd" not in _img_srcs(fields)
    assert len(media) == 1 and media[0].startswith("dot-") and f'src="{media[0]}"' in fields
    with source_date(EPOCH):  # CrowdAnki's folder: the same image packed, the others text
        crowd = pipeline.build(corpus, tmp_path / "crowd", [WRITER_NAMES["crowdanki"]])
    assert not crowd.report.failed()
    folder = next((tmp_path / "crowd").glob("*crowdanki*"))
    deck = (folder / "deck.json").read_text("utf-8")
    assert [p.name for p in (folder / "media").iterdir()] == media
    assert f'src=\\"{media[0]}\\"' in deck and "http:" not in deck and "passwd" not in deck


def _img_srcs(html_text: str) -> str:
    return " ".join(re.findall(r'<img[^>]*src="([^"]*)"', html_text))


# ---------------------------------------- guid:, renames, the report, retired cards


def _corpus(tmp_path: Path, name: str = "cards") -> Path:
    corpus = tmp_path / name
    corpus.mkdir()
    for file, text in CORPUS.items():
        (corpus / file).write_text(textwrap.dedent(text), "utf-8")
    return corpus


def _edit(corpus: Path, old: str, new: str) -> None:
    topic = corpus / "git.yaml"
    text = topic.read_text("utf-8")
    assert old in text
    topic.write_text(text.replace(old, new), "utf-8")


def _package_guids(apkg: Path) -> dict[str, str]:
    """CheatdeckKey or CheatdeckId -> GUID of each note in the package."""
    import sqlite3
    import zipfile

    with zipfile.ZipFile(apkg) as archive:
        data = archive.read("collection.anki2")
    path = apkg.with_suffix(".anki2")
    path.write_bytes(data)
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT guid, flds FROM notes").fetchall()
    finally:
        conn.close()
    found = {}
    for guid, flds in rows:
        fields = flds.split("\x1f")
        found[
            _TAGS.sub("", fields[-1] if "/" in fields[-1] or "#" in fields[-1] else fields[-1])
        ] = guid
    return {key: guid for key, guid in found.items()}


def test_an_explicit_guid_wins_and_must_be_unique(tmp_path, cli):
    corpus = _corpus(tmp_path)
    _edit(corpus, "  - id: git-head\n", "  - id: git-head\n    guid: 'Ab3$x:imported'\n")
    _, apkg = build(corpus, tmp_path / "out", EPOCH)
    assert "Ab3$x:imported" in _package_guids(apkg).values()
    _edit(corpus, "  - id: git-reflog\n", "  - id: git-reflog\n    guid: 'Ab3$x:imported'\n")
    _edit(corpus, "  - id: git-merges\n", "  - id: git-merges\n    guid: 'table-guid'\n")
    done = cli("check", corpus)
    assert done.returncode != 0
    lines = [line for line in done.stdout.splitlines() if "duplicate-guid" in line]
    assert len(lines) == 2, done.stdout
    assert re.match(
        r"^.*git\.yaml:\d+:\d+: error duplicate-guid: 'git-reflog' has guid",
        lines[1] if "git-reflog" in lines[1] else lines[0],
    )
    assert any("table card" in line and "remove it" in line for line in lines)


def test_a_vanished_id_with_its_content_under_a_new_id_suggests_renamed_from(tmp_path, cli):
    corpus = _corpus(tmp_path)
    build(corpus, tmp_path / "out", EPOCH)
    _edit(corpus, "  - id: git-reflog\n", "  - id: reflog-cmd\n")
    done = cli("check", corpus)
    assert done.returncode != 0
    line = next(line for line in done.stdout.splitlines() if "removed-card" in line)
    assert "looks like a rename: add `renamed_from: git-reflog` to 'reflog-cmd'" in line
    # at the new card's id, where renamed_from is to be written (the lock's line beside)
    reflog_line = 1 + next(
        number
        for number, text in enumerate((corpus / "git.yaml").read_text("utf-8").splitlines())
        if text == "  - id: reflog-cmd"
    )
    assert re.match(rf"^\S*git\.yaml:{reflog_line}:9: error removed-card: ", line), line
    located = json.loads(cli("check", corpus, "--format", "json").stdout)
    (found,) = [d for d in located if d["code"] == "removed-card"]
    assert found["related"]["file"].endswith("cheatdeck.lock"), found
    _edit(corpus, "  - id: reflog-cmd\n", "  - id: reflog-cmd\n    renamed_from: git-reflg\n")
    done = cli("check", corpus)
    assert (
        "bad-rename" in done.stdout
        and "has no card 'git-reflg' (gone from the corpus: git-reflog)" in done.stdout
    )
    _edit(corpus, "renamed_from: git-reflg\n", "renamed_from: git-reflog\n")
    done = cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "renamed: git-reflog → reflog-cmd" in done.stdout
    assert "1 renamed" in done.stdout


def test_the_report_names_cards_and_collapses_after_twenty():
    from cheatdeck.identity import LISTED, change_lines

    ids = [f"card-{n:02d}" for n in range(LISTED + 5)]
    lines = change_lines({"added": ids, "changed": ["a"], "retired": [], "notices": ["x"]})
    assert lines[0] == "  added: " + ", ".join(ids[:LISTED]) + " and 5 more"
    assert lines[1] == "  changed: a"
    assert lines[2] == "notice: x"
    assert len(lines) == 3


def test_retired_cards_ship_tagged_for_ninety_days_then_leave_the_package(tmp_path):
    from cheatdeck.identity import RETIRED_DAYS

    corpus = _corpus(tmp_path)
    build(corpus, tmp_path / "out", EPOCH)
    _edit(
        corpus,
        "  - id: git-reflog\n    kind: qa\n"
        "    question: Which command lists where HEAD has been?\n    answer: git reflog\n",
        "",
    )
    (corpus / "corpus.yaml").write_text(
        (corpus / "corpus.yaml").read_text("utf-8") + "retired: [git-reflog]\n", "utf-8"
    )
    day = 86_400
    shipped = []
    for offset in (1, RETIRED_DAYS, RETIRED_DAYS + 2):
        _, apkg = build(corpus, tmp_path / "out", EPOCH + offset * day)
        shipped.append("git-reflog" in _package_guids(apkg))
    assert shipped == [True, True, False]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork here")
def test_check_reports_a_shared_guid_and_suggests_a_rename(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    build(corpus, tmp_path / "out", EPOCH)
    (corpus / "more.yaml").write_text(
        "deck: More\ntitle: More\ncards:\n"
        "  - id: more-a\n    kind: qa\n    question: Which ref names the tip?\n"
        "    answer: A branch\n    guid: same-guid\n",
        "utf-8",
    )
    _edit(corpus, "  - id: git-head\n", "  - id: git-head\n    guid: same-guid\n")
    _edit(corpus, "  - id: git-reflog\n", "  - id: reflog-cmd\n")  # gone: a rename?
    _edit(corpus, "  - id: git-tag\n", "  - id: tag-kinds\n    renamed_from: git-tag\n")
    monkeypatch.chdir(tmp_path)
    reports = [pipeline.check(Path("cards")).report.render("text")]
    assert reports[0].count("duplicate-guid") == 1
    assert "add `renamed_from: git-reflog` to 'reflog-cmd'" in reports[0]
    assert "git-tag" not in reports[0]  # taken over by tag-kinds: not a removed card


def test_a_removed_row_leaves_notes_that_the_notice_finds_in_anki(reviewed, tmp_path):
    result = edit_and_reimport(
        reviewed, tmp_path, lambda t: t.replace("      Squash: [No, Yes]\n", "")
    )
    assert counts(result) == (0, 0, 0)
    assert len(result.after.notes) == len(result.before.notes)  # Anki deletes nothing
    result.assert_history_follows_the_facts()
    (notice,) = map(unplaced, result.outcome.changes["notices"])
    assert notice.startswith("'git-merges': 2 old notes (Squash × Keeps every commit, Squash × ")
    search = notice.split("search: ", 1)[1]
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        found = {col.get_note(nid)["CheatdeckKey"] for nid in col.find_notes(search)}
    finally:
        col.close()
    assert found == {"git-merges/Squash/Keeps every commit", "git-merges/Squash/Linear"}
    readme_row("a table row removed", result, "stays on the old notes")


def test_an_edit_made_in_anki_stays_until_a_later_build_changes_that_card(reviewed, tmp_path):
    """The README's claim: Anki updates a note only from a newer one."""
    import time

    corpus_v1, anki_dir = reviewed
    corpus = tmp_path / "cards"
    shutil.copytree(corpus_v1, corpus)
    shutil.copytree(anki_dir, tmp_path / "anki")
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        (nid,) = col.find_notes('"CheatdeckId:git-head"')
        note = col.get_note(nid)
        note["Answer"] = "edited in Anki"
        col.update_note(note)
        later = int(time.time()) + 86_400  # builds after the edit, by the clock
        _, apkg = build(corpus, tmp_path / "out1", later)  # git-head unchanged
        import_apkg(col, apkg)
        kept = col.get_note(nid)["Answer"]
        _edit(corpus, "The commit you have checked out.", "The checked-out commit.")
        _, apkg = build(corpus, tmp_path / "out2", later + 60)
        log = import_apkg(col, apkg)
        overwritten = col.get_note(nid)["Answer"]
    finally:
        col.close()
    assert kept == "edited in Anki"
    assert len(log.updated) == 1 and overwritten == "The checked-out commit."


def test_the_shipped_corpus_keeps_every_guid_its_lock_holds():
    """No GUID of the AWS corpus changes with this build (list items once keyed by
    place are found by the lock's old keys)."""
    import json

    from cheatdeck.load import load_corpus
    from cheatdeck.lock import Lock

    shipped = ROOT / "cards"
    stored = json.loads((shipped / "cheatdeck.lock").read_text("utf-8"))["cards"]
    corpus = load_corpus(shipped).corpus
    facts: dict = {}
    pipeline.stamp_cards(corpus, Lock.read(shipped), facts)
    stored = {card_id: entry for card_id, entry in stored.items() if card_id not in corpus.retired}
    assert len(facts) == len(stored) > 300
    for card_id, card_facts in facts.items():
        old = {note["guid"] for note in stored[card_id]["notes"].values()}
        assert {fact.guid for fact in card_facts} == old, card_id


def test_a_lock_that_keyed_list_items_by_place_keeps_their_guids(tmp_path):
    """cheatdeck 0.1 keyed a plain list item by its place (``id#1``): its GUID stays."""
    import json

    corpus = _corpus(tmp_path)
    build(corpus, tmp_path / "out", EPOCH)
    lock_file = corpus / "cheatdeck.lock"
    lock = json.loads(lock_file.read_text("utf-8"))
    notes = lock["cards"]["git-areas"]["notes"]
    items = [i["text"] for i in lock["cards"]["git-areas"]["data"]["items"]]
    by_text = {f"git-areas#~{_digest(text)}": n for n, text in enumerate(items, start=1)}
    from cheatdeck.facts import guid_for

    old_keys = [f"git-areas#{by_text[key]}" for key in notes]
    lock["cards"]["git-areas"]["notes"] = {
        old: {**note, "guid": guid_for("gitdeck", old)}
        for old, note in zip(old_keys, notes.values(), strict=True)
    }
    lock_file.write_text(json.dumps(lock), "utf-8")
    before = {guid_for("gitdeck", old) for old in old_keys}
    assert not before & {note["guid"] for note in notes.values()}  # not today's formula
    facts: dict = {}
    from cheatdeck.load import load_corpus
    from cheatdeck.lock import Lock

    pipeline.stamp_cards(load_corpus(corpus).corpus, Lock.read(corpus), facts)
    assert {fact.guid for fact in facts["git-areas"]} == before


def test_mathjax_delimiters_are_broken_for_anki_and_tags_are_left_alone():
    from cheatdeck.writers.anki.fields import anki_safe

    html_in = '<code>\\(x\\) and \\[y\\]</code> <a href="[sound:x]">[sound:x]</a>'
    out = anki_safe(html_in)
    assert "\\(" not in out and "\\[" not in out and "\\<span></span>(x" in out
    assert '<a href="[sound:x]">&#91;sound:x]</a>' in out  # tags untouched, text escaped


def test_an_allow_added_to_silence_a_finding_is_no_change_to_report(tmp_path, cli):
    """``allow:`` is read by the checks and shown in no output: adding one is no edit."""
    corpus = _corpus(tmp_path)
    build(corpus, tmp_path / "out", EPOCH)
    _edit(corpus, "  - id: git-reflog\n", "  - id: git-reflog\n    allow: [git-head]\n")
    done = cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 added, 0 changed" in done.stdout and "changed: git-reflog" not in done.stdout


def test_the_searches_a_build_prints_find_decks_and_cells_with_anki_search_characters(tmp_path):
    """A deck or a table cell holding '"', '\\', '*' or '_' is searched letter for letter:
    an unescaped '"' made the search invalid, '*' and '_' matched other decks and cells."""
    from cheatdeck.facts import facts_of
    from cheatdeck.identity import _lost_notice, deck_move_lines
    from cheatdeck.load import load_corpus

    odd, decoy = 'Owls "night" a_b \\ *', 'Owls "night" axb \\ kites'
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: gitdeck\ntitle: Birds\ndeck: Birds\n")
    card = "  - {id: %s, kind: qa, question: Which bird %s?, answer: The %s}\n"
    for name, deck in (("a", odd), ("b", decoy)):
        text = f"deck: '{deck}'\ntitle: {name}\ncards:\n" + card % (name, name, name)
        (cards / f"{name}.yaml").write_text(text)
    rows = "      'Barn \"owl\" & <tawny> *_\\ x': [small]\n"
    rows += "      'Barn \"owl\" & <tawny> ab\\ x': [big]\n"
    table = "  - id: t\n    kind: table\n    title: Owls\n    columns: [Size]\n    rows:\n" + rows
    (cards / "c.yaml").write_text("deck: Tables\ntitle: c\ncards:\n" + table)
    build(cards, tmp_path / "out", EPOCH)
    corpus = load_corpus(cards).corpus
    changes = {"moved": ["a"], "deck_moves": [f"Birds::{odd} → Birds::Other"]}
    (line,) = deck_move_lines(changes, {"Birds::Other"})
    deck_search = line.split("Browse search ", 1)[1].split(", select all", 1)[0]
    table_card = next(c for c in corpus.cards() if c.id == "t")
    first_cell = facts_of(table_card, "gitdeck")[:1]
    key_search = _lost_notice(table_card, first_cell, 0).split("search: ", 1)[1]
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        import_apkg(col, tmp_path / "out" / "gitdeck.apkg")
        found = [col.get_card(cid).note() for cid in col.find_cards(deck_search)]
        cells = [col.get_card(cid).note() for cid in col.find_cards(key_search)]
    finally:
        col.close()
    assert [note["CheatdeckId"] for note in found] == ["a"]
    assert [note["CheatdeckKey"] for note in cells] == [
        't/Barn "owl" &amp; &lt;tawny&gt; *_\\ x/Size'
    ]
