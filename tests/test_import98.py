"""A music-theory learner's Anki collection brought in with ``cheatdeck import`` and
``adopt`` (import98), with the real ``anki`` package: stock note types and a note type of
their own ("Music Term": Term, Definition, Example, centred, its Example in italics),
notes in two top decks, every card reviewed through the scheduler. After each step
Anki's own import of the built deck adds no note and every review is kept.

- a note type with a look of its own (its CSS, its templates' markup) is named before
  adopt (the import's report) and by adopt, once each: cheatdeck's note types drop it;
- a second ``adopt``, with nothing left to move, changes nothing and makes no backup;
- a card whose id was renamed but whose ``guid:`` was kept needs no ``renamed_from``:
  it is that note, and Anki updates it in place;
- ``removed-card`` is said where its fix is typed: corpus.yaml's ``retired`` for a card
  deleted, the card that likely took its place for a split (the lock's line beside);
- after a notes text export's import, whose third field is ``Field 3: …`` (the text
  names no field), ``adopt`` writes the collection's name (``Example: …``) into the
  topic file before it builds, so the adopted note shows it;
- a .colpkg of two top decks makes a corpus of each, so both keep their decks' names
  (not ``Imported::Music``), and adopting each keeps every review;
"""

from __future__ import annotations

import shutil

import pytest
import yaml

from conftest import run_cli

pytest.importorskip("anki.collection")

#: The learner's own note type: its fields, its one card and its look.
TERM_FIELDS = ("Term", "Definition", "Example")
TERM_CSS = ".card { font-family: Georgia; text-align: center; }\n.example { font-style: italic; }"

#: (note type, deck, fields)
NOTES = [
    ("Basic", "Music::Intervals", ["How many semitones in a perfect fifth?", "7"]),
    ("Basic (and reversed card)", "Music::Chords", ["Notes of a C major triad", "C E G"]),
    ("Cloze", "Music::Scales", ["The major scale's steps are {{c1::W W H W W W H}}", ""]),
    ("Music Term", "Music::Terms", ["Allegro", "Fast, lively", "The <i>first</i> movement"]),
    ("Music Term", "Music::Terms", ["Fermata", "Hold the note longer", "A chorale's last chord"]),
    ("Music Term", "Music", ["Tempo", "The speed of the beat", "Measured in BPM"]),
    ("Basic", "Ear Training", ["Sound of a minor second?", "Jaws theme"]),
    ("Basic", "Ear Training::Intervals", ["Sound of a perfect fourth?", "Here Comes the Bride"]),
]


def _add_term_type(col) -> None:
    models = col.models
    term = models.new("Music Term")
    for name in TERM_FIELDS:
        models.add_field(term, models.new_field(name))
    template = models.new_template("Card 1")
    template["qfmt"] = "<div class=term>{{Term}}</div>"
    template["afmt"] = (
        "{{FrontSide}}<hr id=answer>{{Definition}}<div class=example>{{Example}}</div>"
    )
    models.add_template(term, template)
    term["css"] = TERM_CSS
    models.add(term)


@pytest.fixture(scope="module")
def studied(tmp_path_factory):
    """The collection (every card answered twice), its Music deck as .apkg and as a
    notes text export, and the whole collection as .colpkg: the folder and the history."""
    from anki.collection import Collection, DeckIdLimit, ExportAnkiPackageOptions

    work = tmp_path_factory.mktemp("import98")
    (work / "profile").mkdir()
    col = Collection(str(work / "profile" / "collection.anki2"))
    try:
        _add_term_type(col)
        for notetype, deck, fields in NOTES:
            note = col.new_note(col.models.by_name(notetype))
            note.fields[:] = fields
            note.tags = ["music::theory"]
            col.add_note(note, col.decks.id(deck))
        for top in ("Music", "Ear Training"):
            col.decks.select(col.decks.id(top))
            for _round in range(2):
                answered = set()
                while (card := col.sched.getCard()) is not None and card.id not in answered:
                    answered.add(card.id)
                    col.sched.answerCard(card, 3)
                col.db.execute("update cards set due = 0 where queue in (1, 2, 3)")
        music = DeckIdLimit(col.decks.id("Music"))
        options = ExportAnkiPackageOptions(
            with_scheduling=True, with_deck_configs=True, with_media=True, legacy=False
        )
        col.export_anki_package(out_path=str(work / "Music.apkg"), options=options, limit=music)
        col.export_note_csv(
            out_path=str(work / "Music.txt"),
            limit=music,
            with_html=True,
            with_tags=True,
            with_deck=True,
            with_notetype=True,
            with_guid=True,
        )
        before = _history(col)
        col.export_collection_package(str(work / "all.colpkg"), include_media=True, legacy=False)
    finally:
        if col.db:
            col.close()
    return work, before


def _history(col) -> dict:
    return {
        "notes": col.note_count(),
        "cards": col.db.all("select id, nid, ord, queue, ivl, reps from cards order by id"),
        "revlog": col.db.all("select * from revlog order by id"),
    }


def _profile(studied, tmp_path):
    work, _before = studied
    shutil.copytree(work / "profile", tmp_path / "profile")
    return tmp_path / "profile" / "collection.anki2"


def _build(corpus, out):
    done = run_cli("build", corpus, "-o", out, "-f", "apkg")
    assert done.returncode == 0, done.stdout + done.stderr
    return next(out.glob("*.apkg"))


def _anki_imports(collection, apkg, before) -> list:
    """Anki's own import of ``apkg``: no note added, every review and card as before;
    the notes it updated."""
    from anki.collection import Collection, ImportAnkiPackageRequest

    col = Collection(str(collection))
    try:
        log = col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg))).log
        assert not log.new and not log.conflicting and not log.missing_notetype, log
        assert _history(col) == before and len(before["revlog"]) >= 10
        return list(log.updated)
    finally:
        col.close()


def _cards(corpus) -> dict[str, dict]:
    cards = {}
    for path in corpus.glob("*.yaml"):
        if path.name != "corpus.yaml":
            cards.update({c["id"]: c for c in yaml.safe_load(path.read_text())["cards"]})
    return cards


def test_a_note_types_own_look_is_said_and_a_second_adopt_makes_no_backup(studied, tmp_path):
    work, before = studied
    collection = _profile(studied, tmp_path)
    corpus = tmp_path / "music"
    done = run_cli("import", work / "Music.apkg", "-o", corpus)
    assert done.returncode == 0, done.stderr
    looks = [line for line in done.stdout.splitlines() if "a look of its own" in line]
    assert looks == [  # said before adopt, once for the note type; Basic, Cloze: stock
        f"{work / 'Music.apkg'}: note type 'Music Term' (3 notes) has a look of its own (its "
        "CSS and its templates' markup), which cheatdeck's note types do not keep: once "
        "adopted, its notes show as every cheatdeck card does (the note type stays in Anki, "
        "empty, with its look)"
    ]
    assert looks[0] in (corpus / "import.txt").read_text("utf-8").splitlines()
    apkg = _build(corpus, tmp_path / "out")
    first = run_cli("adopt", collection, corpus)
    assert first.returncode == 0 and "backup: " in first.stdout, first.stdout + first.stderr
    assert [line for line in first.stdout.splitlines() if "its look" in line] == [
        "notice: 3 notes of 'Music Term' no longer show its look (its CSS and its templates' "
        "markup): they show as every cheatdeck card does; 'Music Term' stays in Anki, empty, "
        "with it"
    ]
    again = run_cli("adopt", collection, corpus)
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout.splitlines() == [
        f"nothing to adopt: all 6 notes of the corpus in {collection} have cheatdeck's note "
        "types already; nothing was changed and no backup made (import the built .apkg in "
        "Anki to update them)"
    ]
    assert len(list(collection.parent.glob("*.before-adopt-*"))) == 1
    assert not list(collection.parent.glob("*-wal"))  # Anki's WAL file left as it was
    _anki_imports(collection, apkg, before)


def _imported_and_built(studied, tmp_path):
    """The Music deck imported into ``tmp_path/music`` and built once (its lock written):
    the corpus and the built package."""
    work, _before = studied
    corpus = tmp_path / "music"
    assert run_cli("import", work / "Music.apkg", "-o", corpus).returncode == 0
    return corpus, _build(corpus, tmp_path / "out")


def _edit(path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_an_id_renamed_with_its_guid_kept_is_that_note_without_renamed_from(studied, tmp_path):
    work, before = studied
    collection = _profile(studied, tmp_path)
    corpus, _apkg = _imported_and_built(studied, tmp_path)
    assert run_cli("adopt", collection, corpus).returncode == 0
    # no wait: adopt gives the notes it moves the built deck's times (the lock's), so an
    # edit built in the second adopt ran is newer all the same
    _edit(corpus / "general.yaml", "- id: tempo\n", "- id: tempo-definition\n")  # guid: kept
    _edit(corpus / "chords.yaml", "- id: notes-of-a-c-major-triad\n", "- id: c-major-triad\n")
    done = run_cli("check", corpus)
    assert done.returncode == 0 and "removed-card" not in done.stdout, done.stdout
    done = run_cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (
        "  renamed: notes-of-a-c-major-triad → c-major-triad, tempo → tempo-definition"
        in done.stdout.splitlines()
    ), done.stdout
    updated = _anki_imports(collection, next((tmp_path / "out").glob("*.apkg")), before)
    assert sorted(note.fields[0] for note in updated) == ["Notes of a C major triad", "Tempo"]
    assert not [line for line in done.stdout.splitlines() if "tempo" in line and "added" in line]


#: The triad card split in two.
SPLIT = """\
- id: root-of-c-major
  kind: qa
  question: Root of a C major triad
  answer: C
- id: fifth-of-c-major
  kind: qa
  question: Fifth of a C major triad
  answer: G
"""


def test_removed_card_is_said_where_retired_or_renamed_from_is_typed(studied, tmp_path):
    import json

    corpus, _apkg = _imported_and_built(studied, tmp_path)
    lines = (corpus / "corpus.yaml").read_text("utf-8").splitlines()
    terms = (corpus / "terms.yaml").read_text("utf-8")
    (corpus / "terms.yaml").write_text(terms[: terms.index("- id: fermata")], "utf-8")
    chords = corpus / "chords.yaml"  # the triad split in two, no GUID kept
    text = chords.read_text("utf-8")
    chords.write_text(text[: text.index("- id: notes-of-a-c-major-triad")] + SPLIT, "utf-8")
    done = run_cli("check", corpus, "--format", "json")
    found = {
        d["message"].split("'")[1]: d
        for d in json.loads(done.stdout)
        if d["code"] == "removed-card"
    }
    deleted, split = found["fermata"], found["notes-of-a-c-major-triad"]
    assert (deleted["file"], deleted["line"], deleted["column"]) == (
        str(corpus / "corpus.yaml"),
        len(lines) + 1,  # the line to type `retired: [fermata]` on
        1,
    ), deleted
    assert deleted["related"]["file"] == str(corpus / "cheatdeck.lock")
    chords = (corpus / "chords.yaml").read_text("utf-8").splitlines()
    assert (split["file"], split["line"]) == (
        str(corpus / "chords.yaml"),
        chords.index("- id: fifth-of-c-major") + 1,  # where renamed_from goes
    ), split
    _edit(corpus / "corpus.yaml", "subtitle:", "retired: []\nsubtitle:")
    done = run_cli("check", corpus)
    said = [line for line in done.stdout.splitlines() if "'fermata'" in line]
    where = lines.index("subtitle: Imported from Anki") + 1  # retired: [] is there now
    assert said and said[0].startswith(f"{corpus / 'corpus.yaml'}:{where}:1: "), done.stdout


def test_a_colpkg_of_two_top_decks_keeps_both_decks(studied, tmp_path):
    from anki.collection import Collection

    work, before = studied
    collection = _profile(studied, tmp_path)
    done = run_cli("import", work / "all.colpkg", "-o", tmp_path / "all")
    assert done.returncode == 0, done.stderr
    assert (
        "the notes come from 2 top decks (Ear Training, Music) and a corpus has one root "
        "deck, so each is a corpus of its own, in the folders ear-training and music: "
        "check, build and adopt each"
    ) in done.stdout.splitlines(), done.stdout
    assert f"next: cheatdeck check {tmp_path / 'all/music'}" in done.stdout
    packages = []
    for name, deck in (("ear-training", "Ear Training"), ("music", "Music")):
        corpus = tmp_path / "all" / name
        assert yaml.safe_load((corpus / "corpus.yaml").read_text())["deck"] == deck
        assert run_cli("check", corpus, "--strict").returncode == 0
        packages.append(_build(corpus, tmp_path / "out" / name))
        done = run_cli("adopt", collection, corpus)
        assert done.returncode == 0, done.stdout + done.stderr
    for apkg in packages:
        _anki_imports(collection, apkg, before)
    col = Collection(str(collection))
    try:
        decks = {col.decks.name(did) for did in col.db.list("select did from cards")}
    finally:
        col.close()
    assert {deck.split("::")[0] for deck in decks} == {"Ear Training", "Music"}, decks


def test_adopt_after_a_text_import_names_the_fields_as_the_collection_does(studied, tmp_path):
    from anki.collection import Collection

    work, before = studied
    collection = _profile(studied, tmp_path)
    corpus = tmp_path / "music"
    done = run_cli("import", work / "Music.txt", "-o", corpus)
    assert done.returncode == 0, done.stderr
    assert (
        "fields beyond question and answer kept in note: Field 3 (adopt writes the names the "
        "collection gives them)"
    ) in done.stdout
    assert _cards(corpus)["tempo"]["note"] == "Field 3: Measured in BPM"
    _build(corpus, tmp_path / "out")
    done = run_cli("adopt", collection, corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[0] == (
        f"named the fields a notes text export could not, as {collection} names them: "
        "Field 3 → Example (3 cards, in general.yaml, terms.yaml)"
    )
    cards = _cards(corpus)
    assert cards["tempo"]["note"] == "Example: Measured in BPM"
    assert cards["allegro"]["note"] == "Example: The *first* movement"
    assert run_cli("check", corpus, "--strict").returncode == 0
    col = Collection(str(collection))
    try:
        fields = col.db.scalar("select flds from notes where flds like 'Tempo%'")
    finally:
        col.close()
    assert "Example: Measured in BPM" in fields and "Field 3" not in fields, fields
    done = run_cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg")
    assert done.returncode == 0, done.stdout + done.stderr
    _anki_imports(collection, next((tmp_path / "out").glob("*.apkg")), before)
