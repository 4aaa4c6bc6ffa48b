"""A kite flier's corpus (left188): two built cards that trade their ``id:`` values.

Anki finds a note by the GUID its id gave it, so after a swap it would show each note's
review history on the other card's content. ``check`` and ``build`` say so in one
``swapped-ids`` warning naming both cards' file:line:col, the two ``id:`` lines that undo
it and the ``allow:`` that keeps the swap; the real Anki importer shows what it says.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import build_at, edit, import_only, run_cli, study_at, write_corpus

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
  - id: tail
    kind: concept
    term: Tail
    definition: A streamer at the kite's bottom that adds drag and keeps it pointing into the wind.
  - id: line-strength
    kind: qa
    question: Why fly a large kite on a stronger line?
    answer: It pulls harder; a weak line snaps in a gust.
"""
SWAPPED = KITES.replace("id: bridle", "id: X").replace("id: tail", "id: bridle")
SWAPPED = SWAPPED.replace("id: X", "id: tail")


def _fronts(collection: Path, card_id: str) -> list[tuple[str, int]]:
    """Each note of ``card_id``: (its first field, reviews in the log)."""
    col = anki_collection.Collection(str(collection))
    try:
        found = []
        for nid in sorted(col.find_notes(f'"CheatdeckId:{card_id}"')):
            note = col.get_note(nid)
            logged = sum(
                col.db.scalar("select count() from revlog where cid = ?", card.id)
                for card in note.cards()
            )
            found.append((note.fields[0], logged))
        return found
    finally:
        col.close()


def _studied(tmp_path: Path) -> tuple[Path, Path]:
    cards = write_corpus(tmp_path / "kites", {"corpus.yaml": CORPUS, "kites.yaml": KITES})
    return cards, study_at(cards, tmp_path, EPOCH, "kites.apkg")


def test_two_cards_that_swap_ids_are_named_with_the_lines_that_undo_it(tmp_path):
    cards, collection = _studied(tmp_path)
    (cards / "kites.yaml").write_text(SWAPPED, "utf-8")
    checked = run_cli("check", "kites", "--strict", cwd=tmp_path)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    (line,) = [x for x in checked.stdout.splitlines() if "swapped-ids" in x]
    assert line.startswith(f"{cards.name}/kites.yaml:4:9: warning swapped-ids: "), line
    assert "'tail' (kites/kites.yaml:4:9) and 'bridle' (kites/kites.yaml:8:9)" in line, line
    assert "Anki would show the review history of each on the other's content" in line
    assert "0 errors, 1 warning in 3 cards" in checked.stdout, checked.stdout
    # what it says: built and imported as it is, the Bridle note's reviews show the Tail
    copy = tmp_path / "copy" / "collection.anki2"
    copy.parent.mkdir()
    copy.write_bytes(collection.read_bytes())
    said = build_at(cards, tmp_path / "swapped", EPOCH + DAY)
    assert "changed: tail, bridle" in said, said
    import_only(copy, tmp_path / "swapped" / "kites.apkg")
    assert _fronts(copy, "bridle") == [("Tail", 1)]
    assert _fronts(copy, "tail") == [("Bridle", 1)]
    # written back as it says after that build: the same warning for the way back, and
    # the allow: it names for that case; built and imported, each note has its content
    fixes = re.findall(r"`id: ([a-z-]+)` at kites/kites.yaml:(\d+):9", line)
    assert fixes == [("bridle", "4"), ("tail", "8")], line
    lines = (cards / "kites.yaml").read_text("utf-8").splitlines(keepends=True)
    for card_id, number in fixes:
        lines[int(number) - 1] = f"  - id: {card_id}\n"
    (cards / "kites.yaml").write_text("".join(lines), "utf-8")
    assert (cards / "kites.yaml").read_text("utf-8") == KITES
    checked = run_cli("check", "kites", "--strict", cwd=tmp_path)
    (line,) = [x for x in checked.stdout.splitlines() if "swapped-ids" in x]
    assert "if this puts back ids the last build swapped" in line, line
    assert "add `allow: [tail]` to 'bridle'" in line, line
    edit(cards / "kites.yaml", "  - id: bridle\n", "  - id: bridle\n    allow: [tail]\n")
    checked = run_cli("check", "kites", "--strict", cwd=tmp_path)
    assert checked.returncode == 0 and "0 errors, 0 warnings" in checked.stdout, checked.stdout
    build_at(cards, tmp_path / "back", EPOCH + 2 * DAY)
    import_only(copy, tmp_path / "back" / "kites.apkg")
    assert _fronts(copy, "bridle") == [("Bridle", 1)]
    assert _fronts(copy, "tail") == [("Tail", 1)]


def test_the_ids_written_back_before_a_build_say_nothing(tmp_path):
    cards = write_corpus(tmp_path / "kites", {"corpus.yaml": CORPUS, "kites.yaml": KITES})
    build_at(cards, tmp_path / "out", EPOCH)
    (cards / "kites.yaml").write_text(SWAPPED, "utf-8")
    checked = run_cli("check", "kites", "--strict", cwd=tmp_path)
    assert "write `id: bridle` at kites/kites.yaml:4:9 and `id: tail` at kites/kites.yaml:8:9" in (
        checked.stdout
    )
    (cards / "kites.yaml").write_text(KITES, "utf-8")
    checked = run_cli("check", "kites", "--strict", cwd=tmp_path)
    assert checked.returncode == 0 and "0 errors, 0 warnings" in checked.stdout, checked.stdout


def test_a_swap_meant_is_kept_with_the_allow_it_names(tmp_path):
    cards = write_corpus(tmp_path / "kites", {"corpus.yaml": CORPUS, "kites.yaml": KITES})
    build_at(cards, tmp_path / "out", EPOCH)
    (cards / "kites.yaml").write_text(SWAPPED, "utf-8")
    checked = run_cli("check", "kites", "--strict", cwd=tmp_path)
    assert "add `allow: [bridle]` to 'tail'" in checked.stdout, checked.stdout
    edit(cards / "kites.yaml", "  - id: tail\n", "  - id: tail\n    allow: [bridle]\n")
    checked = run_cli("check", "kites", "--strict", cwd=tmp_path)
    assert checked.returncode == 0 and "0 errors, 0 warnings" in checked.stdout, checked.stdout


def test_edits_that_are_no_swap_say_nothing(tmp_path):
    """One card given another's content while that one is reworded, two cards both
    reworded, and a swap of cards never built (no lock): no warning."""
    cards = write_corpus(tmp_path / "kites", {"corpus.yaml": CORPUS, "kites.yaml": SWAPPED})
    checked = run_cli("check", "kites", "--strict", cwd=tmp_path)
    assert "0 errors, 0 warnings" in checked.stdout, checked.stdout
    (cards / "kites.yaml").write_text(KITES, "utf-8")
    build_at(cards, tmp_path / "out", EPOCH)
    taken = SWAPPED.replace("keeps it pointing", "holds it pointing")
    (cards / "kites.yaml").write_text(taken, "utf-8")
    checked = run_cli("check", "kites", "--strict", cwd=tmp_path)
    assert "swapped-ids" not in checked.stdout, checked.stdout
    edit(cards / "kites.yaml", "The lines from", "Lines from")
    edit(cards / "kites.yaml", "id: tail", "id: sail")
    edit(cards / "kites.yaml", "id: bridle", "id: tail")
    edit(cards / "kites.yaml", "id: sail", "id: bridle")
    checked = run_cli("check", "kites", "--strict", cwd=tmp_path)
    assert "swapped-ids" not in checked.stdout and checked.returncode == 0, checked.stdout


def test_a_swap_between_two_kinds_is_left_to_the_kind_notices(tmp_path):
    """A concept and a qa in two files that trade ids change kind: Anki adds new notes
    and keeps the old ones with their reviews, which the kind notices say; no warning
    says the reviews would show on the other's content."""
    safety = (
        "deck: Safety\ntitle: Safety\ncards:\n  - id: power-lines\n    kind: qa\n"
        "    question: How far from power lines should a kite be flown?\n"
        "    answer: Far enough that the line could never reach them.\n"
    )
    files = {"corpus.yaml": CORPUS, "kites.yaml": KITES, "safety.yaml": safety}
    cards = write_corpus(tmp_path / "kites", files)
    build_at(cards, tmp_path / "out", EPOCH)
    edit(cards / "kites.yaml", "id: bridle", "id: power-lines")
    edit(cards / "safety.yaml", "id: power-lines", "id: bridle")
    checked = run_cli("check", "kites", "--strict", cwd=tmp_path)
    assert "swapped-ids" not in checked.stdout, checked.stdout
    assert "'power-lines' (kites/kites.yaml:4:5) changed kind (qa → concept)" in checked.stdout
    # a concept in each file: the same swap is one of a kind, said across the files
    concept = "    kind: concept\n    term: Power lines\n    definition: Never under them.\n"
    (cards / "safety.yaml").write_text(safety.split("    kind: qa")[0] + concept, "utf-8")
    (cards / "kites.yaml").write_text(KITES, "utf-8")
    build_at(cards, tmp_path / "out", EPOCH + DAY)
    edit(cards / "kites.yaml", "id: bridle", "id: power-lines")
    edit(cards / "safety.yaml", "id: power-lines", "id: bridle")
    checked = run_cli("check", "kites", "--strict", cwd=tmp_path)
    assert (
        "kites/kites.yaml:4:9: warning swapped-ids: 'power-lines' (kites/kites.yaml:4:9) and "
        "'bridle' (kites/safety.yaml:4:9) swapped ids since the last build"
    ) in checked.stdout, checked.stdout
