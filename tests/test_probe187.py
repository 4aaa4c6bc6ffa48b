"""A change ringer's corpus (probe187), through the real command line, Anki's own
importer and pdftotext: what a newcomer's corpus showed.

- ``adopt`` after a build that changed a card's kind and renamed a topic's deck. The
  build says two things at once: run ``adopt`` before the import (the kind change), and
  rename the old deck in Anki to the new name before the import (the deck move).
  ``adopt`` imports the deck itself; Anki's import adds every deck the package names, so
  the new deck existed, empty, when the user then renamed the old one, and Anki named
  the renamed deck "Bells::People+". ``adopt`` removes the decks its own import added
  and left empty, and says where their cards are, so the rename the build asked for
  works and every card, with its reviews, ends in the deck the corpus names.
- the PDF's page number stays on one line beside a long title at the foot of the page
  (an A5 portrait sheet printed "page" over "1 / 1").
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import edit, import_only, run_cli, study_at, write_corpus

anki_collection = pytest.importorskip("anki.collection")

EPOCH = 1_790_000_000

CORPUS = "name: bells\ntitle: Change ringing\ndeck: Bells\nsettings:\n  fact_scope: corpus\n"
HANDLING = """\
deck: Handling
title: Bell handling
cards:
  - id: sally
    kind: concept
    term: Sally
    definition: The woolly grip woven into the rope, caught at handstroke.
  - id: treble
    kind: qa
    question: What is the treble?
    answer: The lightest and highest-pitched bell of a ring.
"""
TOWER = """\
deck: Tower
title: The tower and its people
cards:
  - id: tower-captain
    kind: concept
    term: Tower captain
    definition: The ringer in charge of a tower's band and its practice nights.
  - id: steeple-keeper
    kind: concept
    term: Steeple keeper
    definition: The person who looks after the bells, ropes and fittings.
"""


def _decks(collection: Path) -> dict[str, int]:
    """Each deck of the collection -> the cards in it (not its sub-decks')."""
    col = anki_collection.Collection(str(collection))
    try:
        return {
            deck.name: col.decks.card_count(deck.id, include_subdecks=False)
            for deck in col.decks.all_names_and_ids()
        }
    finally:
        col.close()


def _rename(collection: Path, old: str, new: str) -> None:
    """Anki's Rename of a deck (its gear → Rename in the deck list)."""
    col = anki_collection.Collection(str(collection))
    try:
        col.decks.rename(col.decks.by_name(old), new)
    finally:
        col.close()


def _reviewed_in(collection: Path, deck: str) -> int:
    col = anki_collection.Collection(str(collection))
    try:
        return sum(
            1
            for cid in col.find_cards(f'"deck:{deck}" -"deck:{deck}::*"')
            if col.db.scalar("select count() from revlog where cid = ?", cid)
        )
    finally:
        col.close()


def test_adopt_leaves_no_empty_deck_in_the_way_of_the_rename_the_build_asks_for(tmp_path):
    cards = write_corpus(
        tmp_path / "cards",
        {"corpus.yaml": CORPUS, "handling.yaml": HANDLING, "tower.yaml": TOWER},
    )
    collection = study_at(cards, tmp_path, EPOCH, "bells.apkg")
    edit(
        cards / "handling.yaml",
        "    kind: qa\n    question: What is the treble?\n    answer:",
        "    kind: concept\n    term: Treble\n    definition:",
    )
    edit(cards / "tower.yaml", "deck: Tower", "deck: People")
    env = os.environ | {"SOURCE_DATE_EPOCH": str(EPOCH + 86_400)}
    built = run_cli("build", cards, "-o", tmp_path / "out", "-f", "apkg", env=env)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "run: cheatdeck adopt" in built.stdout, built.stdout
    assert "before you import this build, rename that deck to 'Bells::People'" in built.stdout
    adopted = run_cli("adopt", collection, cards)
    assert adopted.returncode == 0, adopted.stdout + adopted.stderr
    assert (
        "did not add the deck 'Bells::People' that the build names: its cards are still "
        "where you have them (2 in Bells::Tower); rename 'Bells::Tower' to 'Bells::People' "
        "in Anki (its gear → Rename), or move them, as the build said"
    ) in adopted.stdout, adopted.stdout
    assert "Bells::People" not in _decks(collection)
    # what the build said: rename the old deck before the import; then the import
    _rename(collection, "Bells::Tower", "Bells::People")
    import_only(collection, tmp_path / "out" / "bells.apkg")
    decks = _decks(collection)
    assert "Bells::People+" not in decks, decks
    assert decks.get("Bells::People") == 2 and decks.get("Bells::Handling") == 2, decks
    assert _reviewed_in(collection, "Bells::People") == 2
    assert _reviewed_in(collection, "Bells::Handling") == 2  # the treble's old note too


def test_adopt_keeps_a_deck_its_import_fills(tmp_path):
    # a new topic's deck gets the new cards the import adds: it stays, and nothing is said
    cards = write_corpus(tmp_path / "cards", {"corpus.yaml": CORPUS, "handling.yaml": HANDLING})
    collection = study_at(cards, tmp_path, EPOCH, "bells.apkg")
    edit(
        cards / "handling.yaml",
        "    kind: qa\n    question: What is the treble?\n    answer:",
        "    kind: concept\n    term: Treble\n    definition:",
    )
    (cards / "tower.yaml").write_text(TOWER, "utf-8")
    env = os.environ | {"SOURCE_DATE_EPOCH": str(EPOCH + 86_400)}
    built = run_cli("build", cards, "-o", tmp_path / "out", "-f", "apkg", env=env)
    assert built.returncode == 0, built.stdout + built.stderr
    adopted = run_cli("adopt", collection, cards)
    assert adopted.returncode == 0, adopted.stdout + adopted.stderr
    assert "did not add the deck" not in adopted.stdout, adopted.stdout
    assert _decks(collection).get("Bells::Tower") == 2


LONG_TITLE = (
    "Change ringing on tower bells for learners, with handling, methods, calls, "
    "conducting, tower maintenance, history and the societies that look after them"
)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="apt-get install poppler-utils")
def test_the_page_number_stays_on_one_line_beside_a_long_title(tmp_path):
    # an A5 portrait sheet whose title (printed at the foot of each page) fills its
    # width: the page number kept "page" on one line and "1 / 1" under it
    corpus = "name: bells\ntitle: " + LONG_TITLE + "\ndeck: Bells\n"
    corpus += "settings:\n  paper: a5\n  orientation: portrait\n"
    cards = write_corpus(tmp_path / "cards", {"corpus.yaml": corpus, "handling.yaml": HANDLING})
    built = run_cli("build", cards, "-o", tmp_path / "out", "-f", "pdf")
    assert built.returncode == 0, built.stdout + built.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "out" / "bells.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    numbered = [line for line in text.splitlines() if "page" in line]
    assert len(numbered) == 1, text[-400:]
    assert numbered[0].rstrip().endswith("page 1 / 1"), text[-400:]


OWN_KINDS = """\
deck: Tower
title: The tower
cards:
  - id: steeple-keeper
    kind: concept
    term: Steeple keeper
    definition: The person who looks after the bells, ropes and fittings.
  - id: muffles
    kind: qa
    question: When are bells rung half-muffled?
    answer: For mourning and remembrance.
  - id: rung-up
    kind: cloze
    text: A bell is rung {{c1::up}} before ringing.
  - id: dove
    kind: command
    task: Find a tower's row in the Dove data
    command: grep -i "<tower>" dove.csv
  - id: stages
    kind: table
    title: Stages
    row_header: Bells
    columns: [Name]
    rows:
      "5": [Doubles]
      "6": [Minor]
"""


def test_a_deck_built_here_imported_back_says_no_look_of_its_own_of_kinds_it_keeps(tmp_path):
    # a ringer who lost the corpus imports the deck cheatdeck built back: its concept,
    # Q&A, cloze and command notes come back as those kinds, which the build gives the
    # same note types again (adopt moves none of them), so "has a look of its own ...
    # once adopted, its notes show as every cheatdeck card does" is not said of them; a
    # table's cells come back as Q&A cards, which adopt moves: that is still said
    cards = write_corpus(tmp_path / "cards", {"corpus.yaml": CORPUS, "tower.yaml": OWN_KINDS})
    built = run_cli("build", cards, "-o", tmp_path / "out", "-f", "apkg")
    assert built.returncode == 0, built.stdout + built.stderr
    done = run_cli("import", tmp_path / "out" / "bells.apkg", "-o", tmp_path / "back")
    assert done.returncode == 0, done.stdout + done.stderr
    looks = [line for line in done.stdout.splitlines() if "has a look of its own" in line]
    assert [line.split("'")[1] for line in looks] == ["cheatdeck Table cell"], looks
    assert run_cli("check", tmp_path / "back", "--strict").returncode == 0
