"""A stranger's Anki collection brought in with ``cheatdeck import`` and ``adopt`` (probe88),
with the real ``anki`` package: a reading pasted as ``<ruby>`` comes out as the bracket
form Anki's furigana reads (``学校[がっこう]``, never the glued ``学校がっこう``) and is
named in import.txt; a newline typed into a field (not ``<br>``), which Anki shows as a
space, stays a space; a question that mixes scripts ("食べる means?") names its card
with its answer's words too (``means-to-eat``, not ``means`` beside ``means-2``); a field
Anki's editor split into ``<div>`` lines is not reported as reading differently; after
build -> adopt -> Anki's import of the built deck, every note, card and review is kept
and the adopted fields hold that text."""

from __future__ import annotations

import pytest
import yaml

from conftest import run_cli

pytest.importorskip("anki.collection")

#: (note type, deck, fields)
NOTES = [
    ("Basic", "Japanese::N5::Verbs", ["書く", "to write\n(kaku)"]),  # Anki shows one line
    ("Basic", "Japanese::N5::Verbs", ["<b>食べる</b> means?", "to eat"]),
    ("Basic", "Japanese::N5::Verbs", ["飲む means?", "to drink"]),
    (
        "Basic (and reversed card)",
        "Japanese::N5::Nouns",
        ["<ruby>学校<rt>がっこう</rt></ruby>", "school"],
    ),
    (
        "Basic",
        "Japanese::N5::Nouns",
        [
            "<ruby>先<rp>(</rp><rt>せん</rt><rp>)</rp>生<rp>(</rp><rt>せい</rt><rp>)</rp></ruby>",
            "teacher",
        ],
    ),
    (
        "Basic",
        "Japanese::Anatomy",
        [
            "<div>Muscle that flexes the elbow?</div>",
            "<div>Biceps brachii</div><div>(also brachialis)</div>",
        ],
    ),
]


@pytest.fixture(scope="module")
def studied(tmp_path_factory):
    """A collection of NOTES, every card answered twice, exported as Anki's .apkg; its
    folder, the package and the collection's notes, cards and review log."""
    from anki.collection import Collection, DeckIdLimit, ExportAnkiPackageOptions

    work = tmp_path_factory.mktemp("probe88")
    (work / "profile").mkdir()
    col = Collection(str(work / "profile" / "collection.anki2"))
    try:
        for notetype, deck, fields in NOTES:
            note = col.new_note(col.models.by_name(notetype))
            note.fields[:] = fields
            note.tags = ["japanese::n5"]
            col.add_note(note, col.decks.id(deck))
        col.decks.select(col.decks.id("Japanese"))
        for _round in range(2):
            answered = set()
            while (card := col.sched.getCard()) is not None and card.id not in answered:
                answered.add(card.id)
                col.sched.answerCard(card, 3)
            col.db.execute("update cards set due = 0 where queue in (1, 2, 3)")
        options = ExportAnkiPackageOptions(
            with_scheduling=True, with_deck_configs=True, with_media=True, legacy=False
        )
        apkg = work / "Japanese.apkg"
        col.export_anki_package(
            out_path=str(apkg), options=options, limit=DeckIdLimit(col.decks.id("Japanese"))
        )
        before = _history(col)
    finally:
        col.close()
    return work, apkg, before


def _history(col) -> dict:
    return {
        "notes": col.note_count(),
        "cards": col.db.all("select id, nid, ord, queue, ivl, reps from cards order by id"),
        "revlog": col.db.all("select * from revlog order by id"),
    }


def _imported(corpus) -> tuple[dict[str, dict], list[str]]:
    cards = {}
    for path in corpus.glob("*.yaml"):
        if path.name != "corpus.yaml":
            cards.update({c["id"]: c for c in yaml.safe_load(path.read_text())["cards"]})
    return cards, (corpus / "import.txt").read_text().splitlines()


def test_a_ruby_reading_comes_in_brackets_and_is_named(studied, tmp_path):
    work, apkg, _before = studied
    done = run_cli("import", apkg, "-o", tmp_path / "jp")
    assert done.returncode == 0, done.stderr
    cards, report = _imported(tmp_path / "jp")
    assert cards["school"]["question"] == "学校[がっこう]"  # was 学校がっこう
    assert cards["teacher"]["question"] == "先[せん]生[せい]"  # the <rp> fallback left out
    ruby = [line for line in report if "<ruby>" in line]
    assert len(ruby) == 2 and ruby[0].endswith(
        "field Front: a <ruby> reading written in brackets after its word, as 漢字[かんじ]:"
        " Anki showed it above the word"
    ), report


def test_div_lines_are_not_reported_as_reading_differently(studied, tmp_path):
    work, apkg, _before = studied
    assert run_cli("import", apkg, "-o", tmp_path / "jp").returncode == 0
    cards, report = _imported(tmp_path / "jp")
    card = cards["muscle-that-flexes-the-elbow"]
    assert card["answer"] == "Biceps brachii\n(also brachialis)"
    assert not [line for line in report if "muscle" in line], report


def test_a_newline_anki_shows_as_a_space_stays_a_space(studied, tmp_path):
    work, apkg, _before = studied
    assert run_cli("import", apkg, "-o", tmp_path / "jp").returncode == 0
    cards, report = _imported(tmp_path / "jp")
    assert cards["to-write-kaku"]["answer"] == "to write (kaku)"  # was two lines on the card
    assert not [line for line in report if "kaku" in line], report


def test_a_question_with_words_of_another_script_names_its_card_by_its_answer_too(
    studied, tmp_path
):
    work, apkg, _before = studied
    assert run_cli("import", apkg, "-o", tmp_path / "jp").returncode == 0
    cards, _report = _imported(tmp_path / "jp")
    assert cards["means-to-eat"]["question"] == "**食べる** means?"
    assert cards["means-to-drink"]["question"] == "飲む means?"
    assert "muscle-that-flexes-the-elbow" in cards  # a question all Latin: its words alone


def test_adopt_then_import_keeps_every_review_and_the_bracketed_reading(studied, tmp_path):
    import shutil

    from anki.collection import Collection, ImportAnkiPackageRequest

    work, apkg, before = studied
    profile = tmp_path / "profile"
    shutil.copytree(work / "profile", profile)
    corpus = tmp_path / "jp"
    assert run_cli("import", apkg, "-o", corpus).returncode == 0
    done = run_cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg")
    assert done.returncode == 0, done.stdout + done.stderr
    done = run_cli("adopt", profile / "collection.anki2", corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    col = Collection(str(profile / "collection.anki2"))
    try:
        log = col.import_anki_package(
            ImportAnkiPackageRequest(package_path=str(next((tmp_path / "out").glob("*.apkg"))))
        ).log
        assert not log.new and not log.conflicting and not log.missing_notetype
        assert _history(col) == before and len(before["revlog"]) >= 8
        questions = col.db.list("select substr(flds, 1, instr(flds, char(31)) - 1) from notes")
        assert "学校[がっこう]" in questions and "先[せん]生[せい]" in questions
        back = col.db.scalar("select flds from notes where flds like '書く%'").split("\x1f")[1]
        assert back == "to write (kaku)"
    finally:
        col.close()
