"""What the build says, and what the real Anki importer does, for cards kept off the deck
(``anki: false``), cards the deck never had, and a deck renamed (a sourdough-baking
corpus, the real command line and the real scheduler): the report says of the deck only
what an import of it does, from the lock alone, and the sheet's date is its content's."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from conftest import build_at as build
from conftest import edit, import_and_review, import_only, study_at, write_corpus

anki_collection = pytest.importorskip("anki.collection")

EPOCH = 1_700_000_000
DAY = 86_400

README = " ".join((Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8").split())

CORPUS = "name: sourdough\ntitle: Sourdough baking\ndeck: Sourdough\n"
BAKING = """\
deck: Baking
title: Proofing and baking
cards:
  - id: cold-retard
    kind: qa
    question: Why retard a shaped loaf in the fridge overnight?
    answer: Slower fermentation gives more sour flavour and an easier score.
  - id: poke-test
    kind: qa
    question: What does a slow spring back in the poke test mean?
    answer: The loaf is proofed and ready to bake.
  - id: dutch-oven
    kind: qa
    question: Why bake in a covered Dutch oven?
    answer: It traps steam, so the crust stays soft while the loaf rises.
  - id: oven-temp
    kind: qa
    question: At what oven temperature does a boule usually bake?
    answer: 250 °C covered, then 230 °C uncovered.
  - id: ear
    kind: concept
    term: Ear
    definition: The raised flap of crust along a score.
  - id: internal-temp
    kind: qa
    question: What internal temperature shows a loaf is baked?
    answer: About 96 °C.
  - id: cooling
    kind: qa
    question: Why wait before cutting a fresh loaf?
    answer: The crumb is still setting as steam leaves it.
  - id: crumb-faults
    kind: list
    title: Crumb faults
    items:
      - Tunnels under the crust: underproofed
      - Dense, gummy crumb: underbaked or underproofed
      - Flat loaf with even small holes: overproofed
"""
DOUGH = """\
deck: Dough
title: Mixing and shaping
cards:
  - id: autolyse
    kind: concept
    term: Autolyse
    definition: Flour and water rested before the starter and salt go in.
  - id: hydration
    kind: qa
    question: What is a dough's hydration?
    answer: Water weight divided by flour weight, as a percentage.
  - id: stretch-fold
    kind: qa
    question: Why do stretch and folds during bulk?
    answer: They build gluten strength without kneading.
  - id: bulk-done
    kind: list
    title: Signs bulk fermentation is done
    items:
      - Dough grown by about half
      - Domed, jiggly surface
      - Bubbles on the sides and top
  - id: salt-percent
    kind: qa
    question: How much salt goes in a sourdough loaf?
    answer: About 2 % of the flour weight.
  - id: preshape
    kind: concept
    term: Preshape
    definition: A loose round that lets the gluten relax before the final shape.
  - id: banneton
    kind: concept
    term: Banneton
    definition: A proofing basket that holds the loaf's shape.
  - id: windowpane
    kind: qa
    anki: false
    question: What is the windowpane test?
    answer: Dough stretched thin enough to let light through shows developed gluten.
"""
STARTER = """\
deck: Starter
title: Starter care
cards:
  - id: starter-ratio
    kind: qa
    question: What feeding ratio keeps a starter at room temperature lively?
    answer: 1:1:1 starter, flour and water by weight, once a day.
  - id: starter-peak
    kind: qa
    question: How do you know a starter has peaked?
    answer: It has doubled and its domed top begins to flatten.
  - id: hooch
    kind: concept
    term: Hooch
    definition: The grey liquid on a hungry starter; pour it off or stir it in.
  - id: float-test
    kind: qa
    question: What does the float test check?
    answer: Whether a spoonful of starter holds enough gas to float in water.
  - id: levain
    kind: concept
    term: Levain
    definition: A portion of starter built up for one bake.
  - id: starter-flours
    kind: list
    title: Flours for a starter
    items:
      - Whole rye: fastest to ferment
      - Whole wheat: strong and steady
      - Bread flour: milder, slower
  - id: fridge-starter
    kind: qa
    anki: false
    question: How often does a starter kept in the fridge need feeding?
    answer: About once a week.
"""
OFF = "  - id: fridge-starter\n    kind: qa\n    anki: false\n"
ON = "  - id: fridge-starter\n    kind: qa\n"


def corpus(tmp_path: Path) -> Path:
    return write_corpus(
        tmp_path / "cards",
        {
            "corpus.yaml": CORPUS,
            "baking.yaml": BAKING,
            "dough.yaml": DOUGH,
            "starter.yaml": STARTER,
        },
    )


def studied(tmp_path: Path) -> tuple[Path, Path]:
    """The corpus built, imported and every card reviewed: (cards, collection)."""
    cards = corpus(tmp_path)
    return cards, study_at(cards, tmp_path, EPOCH, "sourdough.apkg")


def moved_lines(said: str) -> list[str]:
    return [line for line in said.splitlines() if line.startswith("moved to another deck")]


def test_a_card_kept_off_the_deck_is_not_said_moved_with_its_topic(tmp_path):
    # The topic's deck: renamed: the line listed 8 cards, the windowpane test among them,
    # whose card (anki: false) no build ever put into a deck: Anki has 7 of them.
    cards, collection = studied(tmp_path)
    edit(cards / "dough.yaml", "deck: Dough\n", "deck: Shaping\n")
    said = build(cards, tmp_path / "out", EPOCH + DAY)
    assert "windowpane" not in said, said
    (line,) = moved_lines(said)
    assert line.startswith(
        "moved to another deck: 7 cards from 'Sourdough::Dough' to 'Sourdough::Shaping' "
        "(autolyse, hydration, stretch-fold, bulk-done, salt-percent, preshape, banneton);"
    ), line
    log = import_and_review(collection, tmp_path / "out" / "sourdough.apkg")
    assert (len(log.new), len(log.updated)) == (0, 0)
    col = anki_collection.Collection(str(collection))
    try:
        found = col.find_cards(line.split("Browse search ", 1)[1].split(", select all", 1)[0])
        ids = {col.get_card(cid).note()["CheatdeckId"] for cid in found}
    finally:
        col.close()
    assert ids == {"autolyse", "hydration", "stretch-fold", "bulk-done", "salt-percent"} | {
        "preshape",
        "banneton",
    }
    assert (
        "a card no deck had, kept off it from the start or seen on the sheet alone, is in no"
        in (README)
    )


def test_cards_only_the_sheet_had_are_not_said_moved(tmp_path):
    # Built to the sheet alone, no card is in Anki: the build said 8 cards were left in
    # 'Sourdough::Dough' in Anki, and how to move them there.
    cards = corpus(tmp_path)
    build(cards, tmp_path / "out", EPOCH, "md")
    edit(cards / "dough.yaml", "deck: Dough\n", "deck: Shaping\n")
    said = build(cards, tmp_path / "out", EPOCH + DAY, "md")
    assert not moved_lines(said), said
    assert "cards: 0 added, 0 changed, 0 retired" in said, said


def test_a_card_put_on_the_deck_is_said_added_whatever_out_holds(tmp_path):
    # anki: false taken off a card no deck had: Anki adds its note. Built into the OUT
    # of the last deck, the build said 'added' from that OUT's record; into a fresh OUT
    # (another machine, OUT deleted) it said nothing at all.
    cards, collection = studied(tmp_path)
    edit(cards / "starter.yaml", OFF, ON)
    shutil.copytree(cards, tmp_path / "copy")
    for folder, out in [(cards, tmp_path / "out"), (tmp_path / "copy", tmp_path / "fresh")]:
        said = build(folder, out, EPOCH + DAY)
        assert "cards: 1 added, 0 changed, 0 retired" in said, said
        assert "  added: fridge-starter" in said.splitlines(), said
    log = import_and_review(collection, tmp_path / "fresh" / "sourdough.apkg")
    assert (len(log.new), len(log.updated)) == (1, 0)
    assert "is listed `added`, as Anki adds it, whatever OUT holds" in README


def test_cards_only_the_sheet_had_are_said_added_by_the_first_deck(tmp_path):
    # Built to the sheet first: the first build of the deck, into a fresh OUT, said
    # '0 added' and Anki added 21 notes' cards.
    cards = corpus(tmp_path)
    build(cards, tmp_path / "sheet", EPOCH, "md")
    edit(cards / "baking.yaml", "About 96 °C.", "About 96 °C in the middle.")
    said = build(cards, tmp_path / "out", EPOCH + DAY)
    assert "cards: 21 added, 0 changed, 0 retired" in said, said
    assert "changed:" not in said, said
    assert "  added: cold-retard, poke-test, dutch-oven, oven-temp, ear, internal-temp, " in said
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    log = import_and_review(collection, tmp_path / "out" / "sourdough.apkg")
    assert (len(log.new), len(log.updated)) == (27, 0)  # three lists of three items
    said = build(cards, tmp_path / "out", EPOCH + 2 * DAY)
    assert "cards: 0 added, 0 changed, 0 retired" in said, said


@pytest.mark.parametrize(
    "formats, output",
    [
        ("mochi", "sourdough.mochi"),
        ("obsidian", "sourdough.obsidian.md"),
        ("quizlet", "sourdough.quizlet.txt"),
        ("logseq", "sourdough.logseq.md"),
    ],
)
def test_a_study_tool_export_lists_only_the_cards_it_holds(tmp_path, formats, output):
    # Like the .apkg, these exports hold the deck's cards: the windowpane test and the
    # fridge starter (anki: false) are in none of them, yet a build of one listed them
    # added, and changed when edited.
    cards = corpus(tmp_path)
    said = build(cards, tmp_path / "out", EPOCH, formats)
    assert "cards: 21 added, 0 changed" in said, said
    assert "windowpane" not in said and "fridge-starter" not in said, said
    edit(cards / "dough.yaml", "shows developed gluten.", "shows well-developed gluten.")
    said = build(cards, tmp_path / "out", EPOCH + DAY, formats)
    assert "cards: 0 added, 0 changed" in said and "windowpane" not in said, said
    written = (tmp_path / "out" / output).read_bytes()
    if formats == "mochi":  # a zip archive
        written = zipfile.ZipFile(tmp_path / "out" / output).read("data.json")
    assert b"Dutch oven" in written
    assert b"windowpane" not in written.lower() and b"once a week" not in written


def test_a_study_tool_export_with_the_sheet_lists_apart_what_only_the_sheet_holds(tmp_path):
    cards = corpus(tmp_path)
    said = build(cards, tmp_path / "out", EPOCH, "quizlet,md")
    assert "cards: 21 added, 0 changed" in said, said
    assert "  added to the sheet only (anki: false): windowpane, fridge-starter" in (
        said.splitlines()
    )
    assert "`quizlet` and `logseq`, which hold the deck's cards); when that build" in README


def sheet_date(out: Path) -> str:
    """The date the Markdown sheet shows under its title."""
    line = (out / "sourdough.md").read_text("utf-8").splitlines()[2]
    return line.split(" · ")[2]


@pytest.mark.parametrize(
    "path, old, new",
    [
        ("dough.yaml", "deck: Dough\n", "deck: Shaping\n"),  # a topic's deck renamed
        ("baking.yaml", "    term: Ear\n", "    term: Ear\n    allow: [cooling]\n"),
    ],
)
def test_the_sheet_keeps_its_date_when_nothing_on_it_changed(tmp_path, path, old, new):
    # The card's time in the lock followed its deck (and its allow:), and the sheet's
    # date, the corpus's newest card time, with it: a sheet that prints no deck was
    # dated the day of the rename. An edit of what it prints still dates it.
    cards = corpus(tmp_path)
    build(cards, tmp_path / "out", EPOCH, "md")
    before = (tmp_path / "out" / "sourdough.md").read_bytes()
    assert sheet_date(tmp_path / "out") == "2023-11-14"
    edit(cards / path, old, new)
    said = build(cards, tmp_path / "out", EPOCH + 30 * DAY, "md")
    assert "sourdough.md: unchanged" in said, said
    assert (tmp_path / "out" / "sourdough.md").read_bytes() == before
    edit(cards / "baking.yaml", "About 96 °C.", "About 96 °C in the middle.")
    build(cards, tmp_path / "out", EPOCH + 60 * DAY, "md")
    assert sheet_date(tmp_path / "out") == "2024-01-13"


def test_the_printed_sheet_of_a_renamed_deck_is_the_same_and_keeps_its_date(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    cards = corpus(tmp_path)
    build(cards, tmp_path / "out", EPOCH, "pdf")
    before = pypdf.PdfReader(tmp_path / "out" / "sourdough.pdf")
    edit(cards / "dough.yaml", "deck: Dough\n", "deck: Shaping\n")
    build(cards, tmp_path / "new", EPOCH + 30 * DAY, "pdf")
    after = pypdf.PdfReader(tmp_path / "new" / "sourdough.pdf")
    assert after.metadata["/CreationDate"] == before.metadata["/CreationDate"]
    assert [page.extract_text() for page in after.pages] == [
        page.extract_text() for page in before.pages
    ]
    assert "2023-11-14" in after.pages[0].extract_text()
    assert "a deck renamed leaves the printed sheet as it was, its date too" in README


def test_the_sheet_keeps_its_date_when_renamed_from_is_removed_after_the_rename(tmp_path):
    cards = corpus(tmp_path)
    build(cards, tmp_path / "out", EPOCH, "md")
    edit(cards / "baking.yaml", "  - id: ear\n", "  - id: crust-ear\n    renamed_from: ear\n")
    build(cards, tmp_path / "out", EPOCH + DAY, "md")
    before = (tmp_path / "out" / "sourdough.md").read_bytes()
    edit(cards / "baking.yaml", "    renamed_from: ear\n", "")
    said = build(cards, tmp_path / "out", EPOCH + 30 * DAY, "md")
    assert "sourdough.md: unchanged" in said, said
    assert (tmp_path / "out" / "sourdough.md").read_bytes() == before


def new_cards(collection: Path) -> tuple[dict[str, int], list[str]]:
    """Each new card's first field -> its New # (Browse's Due column), and the first
    five the scheduler gives in the corpus's top deck (Anki's default options)."""
    col = anki_collection.Collection(str(collection))
    try:
        rows = col.db.all("SELECT n.flds, c.due FROM cards c JOIN notes n ON c.nid = n.id")
        numbers = {fields.split("\x1f")[0]: due for fields, due in rows}
        col.decks.select(col.decks.id_for_name("Sourdough"))
        queued = col.sched.get_queued_cards(fetch_limit=5).cards
        return numbers, [col.get_card(q.card.id).note().fields[0] for q in queued]
    finally:
        col.close()


BENCH_SCRAPER = """\
  - id: bench-scraper
    kind: qa
    question: What is a bench scraper for?
    answer: Lifting, dividing and preshaping wet dough.
"""


def test_a_card_added_later_shares_its_new_number_and_comes_after_the_card_that_had_it(tmp_path):
    # Anki takes a new card's place in the package as its New # and never renumbers the
    # cards it has: a card written at the top of the first topic file is New #1 beside
    # the card the collection had at 1. Anki's queue takes new cards by New #, and of
    # two at one number the one whose card id is older (ids are times): the card it had.
    # So the added card is studied beside the card it was written before, one place
    # late; a collection that had none of them gets it first.
    cards = corpus(tmp_path)
    apkg = tmp_path / "out" / "sourdough.apkg"
    build(cards, tmp_path / "out", EPOCH)
    had = tmp_path / "had" / "collection.anki2"
    import_only(had, apkg)
    edit(cards / "baking.yaml", "cards:\n", "cards:\n" + BENCH_SCRAPER)
    said = build(cards, tmp_path / "out", EPOCH + DAY)
    assert "  added: bench-scraper" in said.splitlines(), said
    import_only(had, apkg)
    numbers, queue = new_cards(had)
    scraper, retard = (
        "What is a bench scraper for?",
        "Why retard a shaped loaf in the fridge overnight?",
    )
    assert numbers[scraper] == numbers[retard] == 1
    assert queue[:3] == [retard, scraper, "What does a slow spring back in the poke test mean?"]
    import_only(tmp_path / "new" / "collection.anki2", apkg)
    numbers, queue = new_cards(tmp_path / "new" / "collection.anki2")
    assert (numbers[scraper], numbers[retard]) == (1, 2) and queue[:2] == [scraper, retard]
    assert "of two at one number the one whose card id is older" in README
