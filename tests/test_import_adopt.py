"""``cheatdeck import`` and ``cheatdeck adopt`` end to end, with the real Anki backend.

A deck cheatdeck did not write (genanki: Basic, Basic-and-reversed, Cloze, an image,
sub-decks, hierarchical tags) is imported into a fresh collection and every card is
reviewed. Then: ``cheatdeck import`` of the .apkg -> ``check --strict`` -> ``build`` ->
``cheatdeck adopt`` -> Anki imports the built .apkg. No note may be new, every review
log entry and card state must be the same, and the text each card showed must still be
on it.
"""

from __future__ import annotations

import html
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import yaml
from foreign_decks import NOTES, make_apkg

from cheatdeck.writers.anki.notetypes import NOTE_TYPES, REVERSE_FIELD

from conftest import run_cli

anki_collection = pytest.importorskip("anki.collection")
Collection = anki_collection.Collection
ImportAnkiPackageRequest = anki_collection.ImportAnkiPackageRequest


def _visible(text_html: str) -> str:
    text = re.sub(r"<style.*?</style>|<script.*?</script>", " ", text_html, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r"\s+", " ", text).strip()


def _review_everything(col) -> int:
    col.decks.select(col.decks.id("Chemistry"))
    answered: set[int] = set()
    while True:
        card = col.sched.getCard()
        if card is None or card.id in answered:
            return len(answered)
        card.start_timer()
        col.sched.answerCard(card, 3 if len(answered) % 2 else 2)
        answered.add(card.id)


def _state(col) -> dict:
    cards = col.db.all(
        "select id, nid, ord, type, queue, due, ivl, factor, reps, lapses, left, odue"
        " from cards order by id"
    )
    revlog = col.db.all("select * from revlog order by id")
    texts = {}
    for (cid,) in col.db.all("select id from cards"):
        card = col.get_card(cid)
        texts[cid] = (_visible(card.question()), _visible(card.answer()))
    return {"cards": cards, "revlog": revlog, "texts": texts, "notes": col.note_count()}


def _note_shapes(col) -> dict[str, tuple]:
    """GUID -> (note type id, Reverse field or None, the template of each of its cards,
    or for a cloze note its deletion number)."""
    shapes = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        model = note.note_type()
        ords = sorted(col.get_card(cid).ord for cid in note.card_ids())
        cards = [f"c{o + 1}" if model["type"] == 1 else model["tmpls"][o]["name"] for o in ords]
        reverse = note[REVERSE_FIELD] if REVERSE_FIELD in note else None
        shapes[note.guid] = (note.mid, reverse, cards)
    return shapes


def _expected_shapes() -> dict[str, tuple]:
    """The foreign deck's notes as cheatdeck's note types hold them: one Q&A note type,
    whose second template gives g-ne's reversed card; the cloze note keeps both cards."""
    qa, cloze = NOTE_TYPES["qa"], NOTE_TYPES["cloze"]
    forward, backward = (t.name for t in qa.templates)
    shapes = {guid: (qa.id, "", [forward]) for *_rest, guid in NOTES}
    shapes["g-ne"] = (qa.id, "reverse", [forward, backward])
    shapes["g-ox"] = (cloze.id, None, ["c1", "c2"])
    return shapes


@pytest.fixture
def reviewed(tmp_path):
    """A collection holding the foreign deck, every card reviewed once."""
    apkg = make_apkg(tmp_path / "chem.apkg")
    folder = tmp_path / "profile"
    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
    assert _review_everything(col) == col.card_count() == 8  # reversed and cloze: 2 each
    before = _state(col)
    col.close()
    return apkg, folder / "collection.anki2", before


def test_import_makes_a_corpus_that_checks_clean_and_builds(tmp_path, reviewed):
    apkg, _collection, _before = reviewed
    corpus = tmp_path / "chem"
    done = run_cli("import", apkg, "-o", corpus)
    assert done.returncode == 0, done.stderr
    topics = {p.name: yaml.safe_load(p.read_text()) for p in corpus.glob("*.yaml")}
    cards = {
        c["guid"]: c for name, t in topics.items() if name != "corpus.yaml" for c in t["cards"]
    }
    assert set(cards) == {guid for *_rest, guid in NOTES}  # nothing dropped
    assert cards["g-na"] == {
        "id": "symbol-of-sodium",
        "kind": "qa",
        "question": "Symbol of **sodium**?",
        "answer": "Na",
        "guid": "g-na",
        "tags": ["chem::elements"],
    }
    assert cards["g-ne"]["reverse"] is True and "reverse" not in cards["g-fe"]
    assert cards["g-ox"]["kind"] == "cloze" and cards["g-ox"]["note"] == "OIL RIG"
    assert cards["g-h2o"]["question"] == "Water molecule\n![](images/water.png)"  # in place
    assert (corpus / "images" / "water.png").is_file()
    decks = {t["deck"] for name, t in topics.items() if name != "corpus.yaml"}
    assert decks == {"Elements", "Reactions", "General"}
    assert topics["corpus.yaml"]["deck"] == "Chemistry"
    report = (corpus / "import.txt").read_text()
    assert cards["g-h2o"]["answer"] == "H₂O" and "<sub>" not in report  # H<sub>2</sub>O
    assert "Chemistry::General" in report
    done = run_cli("check", corpus, "--strict")
    assert done.returncode == 0, done.stdout
    done = run_cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg,md")
    assert done.returncode == 0, done.stdout + done.stderr


def test_import_refuses_a_folder_that_holds_files(tmp_path, reviewed):
    apkg, _collection, _before = reviewed
    corpus = tmp_path / "busy"
    corpus.mkdir()
    (corpus / "mine.yaml").write_text("x: 1\n")
    done = run_cli("import", apkg, "-o", corpus)
    assert done.returncode == 2 and "not empty" in done.stderr
    assert [p.name for p in corpus.iterdir()] == ["mine.yaml"]


def test_import_into_a_file_or_under_one_is_one_line(tmp_path, reviewed):
    """``-o notes.txt`` (a file) and ``-o notes.txt/deck`` (a folder under a file): one
    line naming the folder and why, never a traceback; the file stays as it was."""
    apkg, _collection, _before = reviewed
    (tmp_path / "notes.txt").write_text("mine\n")
    done = run_cli("import", apkg, "-o", tmp_path / "notes.txt")
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"cheatdeck: error: '{tmp_path / 'notes.txt'}' is a file, not a folder\n"
    done = run_cli("import", apkg, "-o", tmp_path / "notes.txt" / "deck")
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.splitlines() == [
        f"cheatdeck: error: cannot write {tmp_path / 'notes.txt' / 'deck'}: "
        f"'{tmp_path / 'notes.txt'}' is a file, not a folder"
    ]
    assert (tmp_path / "notes.txt").read_text() == "mine\n"


def test_import_build_adopt_keeps_every_review_and_adds_no_note(tmp_path, reviewed):
    apkg, collection, before = reviewed
    corpus = tmp_path / "chem"
    assert run_cli("import", apkg, "-o", corpus).returncode == 0
    out = tmp_path / "out"
    done = run_cli("build", corpus, "-o", out, "-f", "apkg")
    assert done.returncode == 0, done.stdout + done.stderr

    # without adopt, Anki skips every note: their note types differ
    trial = tmp_path / "trial.anki2"
    shutil.copyfile(collection, trial)
    col = Collection(str(trial))
    log = col.import_anki_package(ImportAnkiPackageRequest(package_path=str(out / "chem.apkg"))).log
    col.close()
    assert len(log.new) == 0 and len(log.conflicting) == len(NOTES)

    done = run_cli("adopt", collection, corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    for moved in (
        "moved 4 notes: Basic (genanki) -> cheatdeck Q&A\n",
        "moved 1 note: Basic (and reversed card) (genanki) -> cheatdeck Q&A\n",  # one type
        "moved 1 note: Cloze (genanki) -> cheatdeck Cloze\n",
        "moved 1 card from the deck Chemistry into Chemistry::General, where the corpus "
        "puts it (reviews kept)\n",
        "6 notes moved, 6 notes given the corpus's text\n",
    ):
        assert moved in done.stdout, done.stdout
    assert list(collection.parent.glob("collection.before-adopt-*.anki2"))

    col = Collection(str(collection))
    log = col.import_anki_package(ImportAnkiPackageRequest(package_path=str(out / "chem.apkg"))).log
    after = _state(col)
    names = {col.get_note(nid).note_type()["name"] for nid in col.find_notes("")}
    shape = _note_shapes(col)
    shown_media = [
        src
        for nid in col.find_notes("")
        for value in col.get_note(nid).fields
        for src in re.findall(r'src="([^"]+)"', value)
    ]
    media_dir = Path(col.media.dir())
    cards_per_deck = {
        deck.name: len(col.decks.cids(deck.id)) for deck in col.decks.all_names_and_ids()
    }
    col.close()
    # the root deck's note is where the corpus puts it: no deck the import added is empty
    assert cards_per_deck == {
        "Default": 0,
        "Chemistry": 0,
        "Chemistry::Elements": 4,
        "Chemistry::General": 1,
        "Chemistry::Reactions": 3,
    }, cards_per_deck
    assert shown_media and all((media_dir / src).is_file() for src in shown_media)
    assert len(log.new) == 0 and len(log.conflicting) == 0
    assert names == {NOTE_TYPES["qa"].name, NOTE_TYPES["cloze"].name}
    assert shape == _expected_shapes()  # Reverse filled, the reversed card on template 1
    assert after["notes"] == before["notes"] == len(NOTES)
    assert after["revlog"] == before["revlog"]
    assert after["cards"] == before["cards"]
    for cid, (front, back) in before["texts"].items():
        new_front, new_back = after["texts"][cid]
        for shown, now in ((front, new_front), (back, new_back)):
            for word in re.findall(r"\w+", shown.replace("(genanki)", "")):
                # H<sub>2</sub>O shows as H₂O: the same characters in NFKC
                assert word in unicodedata.normalize("NFKC", now), (cid, word, shown, now)

    again = run_cli("adopt", collection, corpus)  # a second run has nothing to move
    assert again.returncode == 0 and "nothing to adopt: all" in again.stdout, again.stdout
    assert "backup:" not in again.stdout  # nothing changed, nothing to back up


def test_adopt_leaves_a_reversed_card_the_corpus_would_leave_empty(tmp_path, reviewed):
    """A note with a reversed card whose corpus card lacks ``reverse: true`` (as a text
    export imports it) stays where it is: on the Q&A note type its second card would be
    empty, its review history on a card Anki offers to delete. Once the card says
    ``reverse: true``, adopt moves it, that card to the reversed template."""
    apkg, collection, before = reviewed
    corpus = tmp_path / "chem"
    assert run_cli("import", apkg, "-o", corpus).returncode == 0
    topic = corpus / "elements.yaml"
    text = topic.read_text()
    assert text.count("  reverse: true\n") == 1
    topic.write_text(text.replace("  reverse: true\n", ""))

    done = run_cli("adopt", collection, corpus)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "moved 4 notes: Basic (genanki) -> cheatdeck Q&A\n" in done.stdout
    assert "moved 1 note: Cloze (genanki) -> cheatdeck Cloze\n" in done.stdout
    assert "5 notes moved, 5 notes given the corpus's text\n" in done.stdout
    assert (
        "cheatdeck: 1 note of 'Basic (and reversed card) (genanki)' not moved to "
        "'cheatdeck Q&A' (GUIDs g-ne): they have a reversed card: give their cards "
        "`reverse: true` to keep it\n"
    ) in done.stderr, done.stderr
    col = Collection(str(collection))
    after, shape = _state(col), _note_shapes(col)
    stays = col.models.by_name("Basic (and reversed card) (genanki)")
    ne_cards = col.db.list("select c.id from cards c, notes n where c.nid = n.id and guid = 'g-ne'")
    col.close()
    assert after["cards"] == before["cards"] and after["revlog"] == before["revlog"]
    assert len(ne_cards) == 2 and all(after["texts"][c] == before["texts"][c] for c in ne_cards)
    assert shape == _expected_shapes() | {"g-ne": (stays["id"], None, ["Card 1", "Card 2"])}

    topic.write_text(text)
    done = run_cli("adopt", collection, corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.endswith(
        "moved 1 note: Basic (and reversed card) (genanki) -> cheatdeck Q&A\n"
        "1 note moved, 1 note given the corpus's text\n"
    ), done.stdout
    col = Collection(str(collection))
    after, shape = _state(col), _note_shapes(col)
    col.close()
    assert after["cards"] == before["cards"] and after["revlog"] == before["revlog"]
    assert shape == _expected_shapes()


def _schema_1_collection(path: Path) -> None:
    """The foreign deck's notes as an earlier cheatdeck (schema 1) wrote them: a note type
    of its own for reversed Q&A notes, no Reverse field, names today's note types have
    too (so Anki names those "cheatdeck Q&A+" when it adds them); every card reviewed."""
    col = Collection(str(path))
    models = col.models
    extras = ["Note", "Source", "Image", "CheatdeckId"]

    def notetype(name, fields, *templates, cloze=False):
        model = models.new(name)
        model["type"] = 1 if cloze else 0
        for name_ in fields + extras:
            models.add_field(model, models.new_field(name_))
        for name_, front, back in templates:
            template = models.new_template(name_)
            template["qfmt"], template["afmt"] = front, back
            models.add_template(model, template)
        models.add(model)
        return models.by_name(name)

    forward = ("Question → Answer", "{{Question}}", "{{FrontSide}}<hr>{{Answer}}")
    backward = ("Answer → Question", "{{Answer}}", "{{FrontSide}}<hr>{{Question}}")
    types = {
        "basic": notetype("cheatdeck Q&A", ["Question", "Answer"], forward),
        "reversed": notetype(
            "cheatdeck Q&A (and reversed)", ["Question", "Answer"], forward, backward
        ),
        "cloze": notetype(
            "cheatdeck Cloze", ["Text"], ("Cloze", "{{cloze:Text}}", "{{cloze:Text}}"), cloze=True
        ),
    }
    for deck, model, fields, tags, guid in NOTES:
        note = col.new_note(types[model])
        note.fields[: 1 if model == "cloze" else 2] = fields[: 1 if model == "cloze" else 2]
        note.guid, note.tags = guid, tags
        col.add_note(note, col.decks.id(deck))
    assert _review_everything(col) == col.card_count() == 8
    col.close()


def test_adopt_moves_notes_of_an_earlier_cheatdecks_note_types(tmp_path, reviewed):
    """Schema 1's "cheatdeck Q&A" and "cheatdeck Q&A (and reversed)" notes go to today's Q&A
    note type, found by its id (not its name, which the old note type still holds): the
    reversed card to the reversed template, the Reverse field filled; nothing is added."""
    apkg, _collection, _before = reviewed
    corpus = tmp_path / "chem"
    assert run_cli("import", apkg, "-o", corpus).returncode == 0
    folder = tmp_path / "old-profile"
    folder.mkdir()
    collection = folder / "collection.anki2"
    _schema_1_collection(collection)
    col = Collection(str(collection))
    before = _state(col)
    col.close()

    done = run_cli("adopt", collection, corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    for moved in (
        "moved 4 notes: cheatdeck Q&A -> cheatdeck Q&A+\n",
        "moved 1 note: cheatdeck Q&A (and reversed) -> cheatdeck Q&A+\n",
        "moved 1 note: cheatdeck Cloze -> cheatdeck Cloze+\n",
        "moved 1 card from the deck Chemistry into Chemistry::General, where the corpus "
        "puts it (reviews kept)\n",
        "6 notes moved, 6 notes given the corpus's text\n",
    ):
        assert moved in done.stdout, done.stdout

    out = tmp_path / "out"
    done = run_cli("build", corpus, "-o", out, "-f", "apkg")
    assert done.returncode == 0, done.stdout + done.stderr
    col = Collection(str(collection))
    log = col.import_anki_package(ImportAnkiPackageRequest(package_path=str(out / "chem.apkg"))).log
    after, shape = _state(col), _note_shapes(col)
    col.close()
    assert len(log.new) == 0 and len(log.conflicting) == 0
    assert after["notes"] == before["notes"] == len(NOTES)
    assert after["revlog"] == before["revlog"]
    assert after["cards"] == before["cards"]
    assert shape == _expected_shapes()
    for cid, (front, back) in before["texts"].items():
        new_front, new_back = after["texts"][cid]
        for shown, now in ((front, new_front), (back, new_back)):
            for word in re.findall(r"\w+", shown):
                # H<sub>2</sub>O shows as H₂O: the same characters in NFKC
                assert word in unicodedata.normalize("NFKC", now), (cid, word, shown, now)


def test_adopt_refuses_while_the_collection_is_open(tmp_path, reviewed):
    apkg, collection, _before = reviewed
    corpus = tmp_path / "chem"
    assert run_cli("import", apkg, "-o", corpus).returncode == 0
    holder = sqlite3.connect(collection)
    holder.execute("BEGIN EXCLUSIVE")  # what Anki's open profile does to the file
    try:
        done = run_cli("adopt", collection, corpus)
    finally:
        holder.rollback()
        holder.close()
    assert done.returncode == 1 and "in use" in done.stderr, done.stderr
    assert not list(collection.parent.glob("*before-adopt*"))


def test_adopt_refuses_while_anki_holds_the_collection(tmp_path, reviewed):
    apkg, collection, _before = reviewed
    corpus = tmp_path / "chem"
    assert run_cli("import", apkg, "-o", corpus).returncode == 0
    script = (
        "import sys, time; from anki.collection import Collection;"
        f"c = Collection({str(collection)!r}); c.db.execute('update col set mod=mod');"
        "print('open', flush=True); time.sleep(60)"
    )
    anki = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert anki.stdout.readline().strip() == "open"
        done = run_cli("adopt", collection, corpus)
    finally:
        anki.kill()
        anki.wait()
    assert done.returncode == 1 and "in use" in done.stderr, done.stdout + done.stderr


def _imported_cards(corpus) -> dict[str, dict]:
    cards = {}
    for path in corpus.glob("*.yaml"):
        if path.name != "corpus.yaml":
            data = yaml.safe_load(path.read_text())
            cards.update({c["guid"]: {**c, "deck": data["deck"]} for c in data["cards"]})
    return cards


def test_a_colpkg_and_a_notes_text_export_import_like_the_apkg(tmp_path, reviewed):
    from anki.collection import DeckIdLimit

    apkg, collection, _before = reviewed
    col = Collection(str(collection))
    text = tmp_path / "notes.txt"
    col.export_note_csv(
        out_path=str(text),
        limit=DeckIdLimit(col.decks.id("Chemistry")),
        with_html=True,
        with_tags=True,
        with_deck=True,
        with_notetype=True,
        with_guid=True,
    )
    colpkg = tmp_path / "ALL.COLPKG"  # upper case as Windows may keep it (probe25f)
    col.export_collection_package(str(colpkg), include_media=True, legacy=False)  # closes it
    assert run_cli("import", apkg, "-o", tmp_path / "from-apkg").returncode == 0
    expected = _imported_cards(tmp_path / "from-apkg")
    done = run_cli("import", colpkg, "-o", tmp_path / "from-colpkg")
    assert done.returncode == 0, done.stderr
    assert _imported_cards(tmp_path / "from-colpkg") == expected
    assert (tmp_path / "from-colpkg" / "images" / "water.png").is_file()
    done = run_cli("import", text, "-o", tmp_path / "from-text")
    assert done.returncode == 0, done.stderr
    from_text = _imported_cards(tmp_path / "from-text")
    assert set(from_text) == set(expected)
    # a text export cannot say which notes reverse, nor the names of the fields
    assert from_text["g-ox"]["note"] == "Field 2: OIL RIG"
    for guid, card in expected.items():
        card = {k: v for k, v in card.items() if k not in ("reverse", "note")}
        got = {k: v for k, v in from_text[guid].items() if k != "note"}
        assert got == card, guid
    for name in ("from-colpkg", "from-text"):
        done = run_cli("check", tmp_path / name, "--strict")
        assert done.returncode == 0, (name, done.stdout)


def test_a_package_and_an_export_named_in_upper_case_import(tmp_path, reviewed):
    """'MyDeck.APKG' (as Windows may show and keep it) was refused as 'not a .apkg, …'
    while the loader takes '.YAML' (probe25f)."""
    apkg, _collection, _before = reviewed
    upper = tmp_path / "MyDeck.APKG"
    shutil.copy(apkg, upper)
    text = tmp_path / "NOTES.TXT"
    text.write_text("#separator:tab\n#guid column:1\ng-up\tfront\tback\n")
    for source, corpus in ((upper, tmp_path / "a"), (text, tmp_path / "b")):
        done = run_cli("import", source, "-o", corpus)
        assert done.returncode == 0, done.stderr
        assert run_cli("check", corpus).returncode == 0


def test_a_text_export_without_guids_is_refused(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("#separator:tab\n#html:true\nfront\tback\n")
    done = run_cli("import", text, "-o", tmp_path / "c")
    assert done.returncode == 1 and "no GUID column" in done.stderr
    assert not (tmp_path / "c").exists()


@pytest.mark.parametrize(
    ("data", "where", "says"),
    [
        (b"#separator:tab\n#guid column:1\ng1\tCaf\xe9\tyes\n", ":3:7:", "byte 0xe9 is not UTF-8"),
        (b"#separator:tab\n#guid column:x\ng1\tfront\tback\n", ":2:1:", "#guid column:1"),
    ],
)
def test_a_text_export_that_cannot_be_read_is_one_line_at_its_place(tmp_path, data, where, says):
    """A Latin-1 export and a header naming no column were tracebacks (probe25f)."""
    text = tmp_path / "notes.txt"
    text.write_bytes(data)
    done = run_cli("import", text, "-o", tmp_path / "c")
    assert done.returncode == 1, done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith(f"cheatdeck: error: {text}{where}") and says in line, line
    assert not (tmp_path / "c").exists()


@pytest.mark.parametrize(
    ("deck_json", "says"),
    [
        (None, "a folder without deck.json"),
        ('{"name": ', "deck.json:1:10: not JSON"),
        ("[]", "its values are not where CrowdAnki writes them"),
        ('{"notes": [{"fields": ["a", "b"]}]}', "no 'note_model_uuid'"),
        ('{"note_models": [{"name": "Basic"}]}', "no 'flds'"),
    ],
)
def test_a_folder_that_is_no_crowdanki_export_is_one_line(tmp_path, deck_json, says):
    """A cheatdeck corpus or a damaged deck.json given to import was a traceback or an
    OS error's text (probe25f); each now names the file and what to give instead."""
    folder = tmp_path / "deck"
    folder.mkdir()
    if deck_json is not None:
        (folder / "deck.json").write_text(deck_json)
    done = run_cli("import", folder, "-o", tmp_path / "c")
    assert done.returncode == 1, done.stderr
    [line] = done.stderr.splitlines()
    assert says in line and "export the deck again with CrowdAnki" in line, line
    assert not (tmp_path / "c").exists()


def test_a_crowdanki_folder_imports_with_its_sub_decks(tmp_path):
    import json

    deck = {
        "__type__": "Deck",
        "name": "Spanish",
        "note_models": [
            {
                "crowdanki_uuid": "m-basic",
                "name": "Basic",
                "type": 0,
                "flds": [{"name": "Front"}, {"name": "Back"}],
                "tmpls": [{"name": "Card 1"}],
            },
            {
                "crowdanki_uuid": "m-three",
                "name": "Vocab",
                "type": 0,
                "flds": [{"name": "Word"}, {"name": "Meaning"}, {"name": "Example"}],
                "tmpls": [{"name": "Recognise"}, {"name": "Recall"}],
            },
        ],
        "notes": [],
        "children": [
            {
                "name": "Verbs",
                "notes": [
                    {
                        "guid": "s-ser",
                        "note_model_uuid": "m-basic",
                        "fields": ["ser", "to be (permanent)"],
                        "tags": ["verbs::irregular"],
                    },
                    {
                        "guid": "s-empty",
                        "note_model_uuid": "m-basic",
                        "fields": ["estar", ""],
                        "tags": [],
                    },
                ],
                "children": [],
            },
            {
                "name": "Nouns",
                "notes": [
                    {
                        "guid": "s-casa",
                        "note_model_uuid": "m-three",
                        "fields": ["la casa", "the house", "<ul><li>mi casa</li></ul>"],
                        "tags": [],
                    }
                ],
                "children": [],
            },
        ],
    }
    folder = tmp_path / "Spanish"
    folder.mkdir()
    (folder / "deck.json").write_text(json.dumps(deck))
    done = run_cli("import", folder, "-o", tmp_path / "es")
    assert done.returncode == 0, done.stderr
    cards = _imported_cards(tmp_path / "es")
    assert set(cards) == {"s-ser", "s-casa"}
    assert cards["s-ser"]["deck"] == "Verbs" and cards["s-ser"]["tags"] == ["verbs::irregular"]
    assert cards["s-casa"]["reverse"] is True  # two templates
    assert cards["s-casa"]["note"] == "Example: - mi casa"
    report = done.stdout
    assert "s-empty" in report and "left out: its answer (second field) is empty" in report
    assert "note type 'Vocab' mapped as question/answer" in report
    assert "<li>, <ul>" in report
    assert "2 of 3 notes imported" in report
    assert run_cli("check", tmp_path / "es", "--strict").returncode == 0


def test_anki_stock_note_types_and_html_that_markdown_cannot_hold(tmp_path):
    """A package exported by Anki itself: stock note types, HTML from Anki's editor."""
    from anki.collection import ExportAnkiPackageOptions

    col = Collection(str(tmp_path / "src.anki2"))
    deck = col.decks.id("Español::Verbos")

    def add(notetype, fields):
        note = col.new_note(col.models.by_name(notetype))
        for index, value in enumerate(fields):
            note.fields[index] = value
        col.add_note(note, deck)
        return note.guid

    guids = {
        "ser": add("Basic", ["<div>ser&nbsp;(yo)</div>", "<div>soy</div><div><br></div>"]),
        "ir": add("Basic (optional reversed card)", ["ir", "to go", "y"]),
        "venir": add("Basic (optional reversed card)", ["venir", "to come", ""]),
        "typed": add("Basic (type in the answer)", ["hablar (yo)", "hablo"]),
        "cloze": add("Cloze", ["Yo {{c1::tengo::tener}} <u>hambre</u>", ""]),
        "sound": add("Basic", ["[sound:hola.mp3] hola", "hello"]),
        "empty": add("Basic", ["solo pregunta", ""]),
        "math": add("Basic", ["x[$]x^2[/$]", "2 * 3 & snake_case"]),
    }
    apkg = tmp_path / "es.apkg"
    col.export_anki_package(
        out_path=str(apkg),
        limit=None,
        options=ExportAnkiPackageOptions(with_scheduling=False, with_media=True),
    )
    col.close()
    done = run_cli("import", apkg, "-o", tmp_path / "es")
    assert done.returncode == 0, done.stderr
    cards = _imported_cards(tmp_path / "es")
    by = {name: cards.get(guid) for name, guid in guids.items()}
    assert by["ser"]["question"] == "ser (yo)" and by["ser"]["answer"] == "soy"
    assert by["ir"]["reverse"] is True and "note" not in by["ir"]  # Add Reverse: a switch
    assert "Basic (optional reversed card)" not in done.stdout  # mapped without loss
    assert "reverse" not in by["venir"]
    assert by["typed"] == {**by["typed"], "question": "hablar (yo)", "answer": "hablo"}
    assert by["cloze"]["text"] == "Yo {{c1::tengo::tener}} hambre"
    assert by["math"]["answer"] == "2 \\* 3 & snake\\_case"  # shows as 2 * 3 & snake_case
    assert by["math"]["question"] == "x\\(x^2\\)"  # Anki's LaTeX math as MathJax
    assert by["empty"] is None
    report = done.stdout
    for expected in (
        "<u>",
        "sounds not carried over: hola.mp3",
        "LaTeX [$]…[/$] turned into MathJax \\(…\\)",
        f"note {guids['typed']} (Español::Verbos) -> hablar-yo: note type 'Basic (type in the "
        "answer)' has the answer typed in; a cheatdeck card shows it to recall",
        f"note {guids['empty']} (Español::Verbos): left out: its answer (second field) is empty",
        "7 of 8 notes imported",
    ):
        assert expected in report, expected
    assert run_cli("check", tmp_path / "es", "--strict").returncode == 0
    for path in (tmp_path / "es").glob("*.yaml"):  # every editor hint resolves
        (hint,) = re.findall(r"^# yaml-language-server: \$schema=(\S+)$", path.read_text(), re.M)
        assert (path.parent / hint).is_file(), (path.name, hint)


def test_notes_of_several_top_decks_make_a_corpus_each(tmp_path, reviewed):
    import json

    apkg, _collection, _before = reviewed
    folder = tmp_path / "Git"
    folder.mkdir()
    model = {
        "crowdanki_uuid": "m",
        "name": "Basic",
        "type": 0,
        "flds": [{"name": "Front"}, {"name": "Back"}],
        "tmpls": [{"name": "Card 1"}],
    }
    note = {"guid": "git-1", "note_model_uuid": "m", "fields": ["HEAD?", "the checkout"]}
    deck = {"name": "Git", "note_models": [model], "notes": [note], "children": []}
    (folder / "deck.json").write_text(json.dumps(deck))
    done = run_cli("import", apkg, folder, "-o", tmp_path / "both")
    assert done.returncode == 0, done.stderr
    assert "come from 2 top decks (Chemistry, Git)" in done.stdout, done.stdout
    assert "each is a corpus of its own, in the folders chemistry and git" in done.stdout
    for name, deck in (("chemistry", "Chemistry"), ("git", "Git")):
        corpus = yaml.safe_load((tmp_path / "both" / name / "corpus.yaml").read_text())
        assert corpus["deck"] == deck
        assert run_cli("check", tmp_path / "both" / name, "--strict").returncode == 0
    decks = {c["guid"]: c["deck"] for c in _imported_cards(tmp_path / "both/chemistry").values()}
    assert decks["g-na"] == "Elements" and decks["g-ph"] == "General"
    assert list(_imported_cards(tmp_path / "both/git")) == ["git-1"]


def test_adopt_of_a_note_type_with_more_fields_makes_no_blank_card(tmp_path):
    """A note type of the user's own with four fields and one card each ("Interval":
    name, semitones, example, notes) is imported as Q&A, its last fields in ``note``.
    Adopt moves its notes to cheatdeck's Q&A type without filling ``Reverse`` from the
    third field: Anki would make each note a reversed card that shows a blank front."""
    import genanki

    interval = genanki.Model(
        1607392319,
        "Interval",
        fields=[{"name": n} for n in ("Name", "Semitones", "Example", "Notes")],
        templates=[{"name": "Card 1", "qfmt": "{{Name}}", "afmt": "{{Semitones}} {{Example}}"}],
    )
    deck = genanki.Deck(2059400199, "Music")
    for guid, fields in (
        ("g-fifth", ["Perfect fifth", "7", "C → G", "Power chords"]),
        ("g-third", ["Minor third", "3", "A → C", ""]),
    ):
        deck.add_note(genanki.Note(model=interval, fields=fields, guid=guid))
    apkg = tmp_path / "music.apkg"
    genanki.Package([deck]).write_to_file(str(apkg))
    collection = tmp_path / "profile" / "collection.anki2"
    collection.parent.mkdir()
    col = Collection(str(collection))
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
    col.decks.select(col.decks.id("Music"))
    for _ in range(2):
        card = col.sched.getCard()
        card.start_timer()
        col.sched.answerCard(card, 3)
    before = col.db.all("select id, nid, ord, reps from cards order by id")
    col.close()

    corpus = tmp_path / "music"
    assert run_cli("import", apkg, "-o", corpus).returncode == 0
    done = run_cli("adopt", collection, corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "moved 2 notes: Interval -> cheatdeck Q&A\n" in done.stdout, done.stdout
    col = Collection(str(collection))
    after = col.db.all("select id, nid, ord, reps from cards order by id")
    fronts = [_visible(col.get_card(cid).question()) for cid, *_rest in after]
    notes = [col.get_note(nid) for nid in col.find_notes("")]
    col.close()
    assert after == before, fronts  # no card added, each keeps its id, template and reviews
    assert all(front and "blank" not in front for front in fronts), fronts
    assert all(note[REVERSE_FIELD] == "" for note in notes)
    assert "Power chords" in " ".join(notes[0].fields + notes[1].fields)  # kept in Note


def test_a_damaged_image_is_copied_and_named_by_the_import(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text(
        "#separator:tab\n#html:true\n#guid column:1\n"
        'g-flag\tWhich flag? <img src="flag.png">\tA red one\n'
        'g-ok\tWhich dot? <img src="dot.png">\tA blue one\n',
        encoding="utf-8",
    )
    (tmp_path / "flag.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"broken")
    from PIL import Image

    Image.new("RGB", (4, 4), (0, 0, 200)).save(tmp_path / "dot.png")
    done = run_cli("import", text, "-o", tmp_path / "c")
    assert done.returncode == 0, done.stderr
    said = done.stdout + done.stderr
    named = [line for line in said.splitlines() if "images/flag.png" in line]
    assert len(named) == 1 and "note g-flag" in named[0] and "is damaged" in named[0], named
    assert "dot.png" not in said
    assert "1 of 2 notes" not in said and "2 of 2 notes imported" in said
    assert (tmp_path / "c" / "images" / "flag.png").is_file()  # copied: the user decides
    assert "images/flag.png" in (tmp_path / "c" / "import.txt").read_text(encoding="utf-8")


def test_a_note_asked_in_another_script_is_named_by_its_answer(tmp_path):
    """A Korean or Chinese front has no letter an id may hold: the cards were named
    "note", "note-2", ...; now by the answer, else by the deck."""
    import json

    deck = {
        "__type__": "Deck",
        "name": "Korean",
        "note_models": [
            {
                "crowdanki_uuid": "m-basic",
                "name": "Basic",
                "type": 0,
                "flds": [{"name": "Front"}, {"name": "Back"}],
                "tmpls": [{"name": "Card 1"}],
            }
        ],
        "notes": [],
        "children": [
            {
                "name": "Food",
                "notes": [
                    {"guid": "k-1", "note_model_uuid": "m-basic", "fields": ["김치", "kimchi"]},
                    {"guid": "k-2", "note_model_uuid": "m-basic", "fields": ["물", "water"]},
                    {"guid": "k-3", "note_model_uuid": "m-basic", "fields": ["밥", "밥"]},
                    {"guid": "k-4", "note_model_uuid": "m-basic", "fields": ["국", "국"]},
                ],
                "children": [],
            }
        ],
    }
    folder = tmp_path / "Korean"
    folder.mkdir()
    (folder / "deck.json").write_text(json.dumps(deck))
    done = run_cli("import", folder, "-o", tmp_path / "ko")
    assert done.returncode == 0, done.stderr
    ids = {guid: card["id"] for guid, card in _imported_cards(tmp_path / "ko").items()}
    assert ids == {"k-1": "kimchi", "k-2": "water", "k-3": "food", "k-4": "food-2"}


def test_a_deck_cheatdeck_built_imports_back_with_its_ids_and_concepts(tmp_path):
    """A learner's own .apkg imported back: each concept came back a `qa` card named by
    its question ("form", "form-2" for a table's cells), its note holding
    "CheatdeckId: nihon" and "Reverse: reverse", tagged `kind::concept` beside the
    `kind::qa` the build adds."""
    corpus = tmp_path / "nihongo"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: nihongo\ntitle: Japanese\ndeck: Japanese\n")
    (corpus / "vocab.yaml").write_text(
        "deck: Vocabulary\ntitle: Vocabulary\ntags: [vocab]\ncards:\n"
        "  - {id: nihon, kind: concept, term: 日本(にほん), definition: Japan, reverse: true}\n"
        "  - {id: mizu-q, kind: qa, question: 水 means?, answer: water}\n"
        "  - id: forms\n    kind: table\n    title: Verb forms\n    row_header: Dictionary form\n"
        "    columns: [ます form]\n"
        "    rows:\n      食べる: [食べます]\n"
    )
    done = run_cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg")
    assert done.returncode == 0, done.stderr
    back = tmp_path / "back"
    done = run_cli("import", tmp_path / "out" / "nihongo.apkg", "-o", back)
    assert done.returncode == 0, done.stderr
    cards = {c["id"]: c for c in _imported_cards(back).values()}
    assert {"nihon", "mizu-q", "forms"} <= set(cards), sorted(cards)
    nihon = cards["nihon"]
    assert nihon["kind"] == "concept" and nihon["reverse"] is True
    assert (nihon["term"], nihon["definition"]) == ("日本(にほん)", "Japan")
    assert "note" not in nihon and "note" not in cards["mizu-q"]
    assert nihon["tags"] == ["vocab"]  # no kind::concept: the build adds the kind's tag
    assert "Cheatdeck" not in cards["forms"].get("note", "")
    # the row_header the Table field holds for the card's top-left cell is no part of
    # the title ("Verb formsDictionary form")
    assert cards["forms"]["note"].startswith("Table: Verb forms\n"), cards["forms"]
    done = run_cli("check", back, "--strict")
    assert done.returncode == 0, done.stdout


def test_commands_and_snippets_cheatdeck_built_import_back_as_commands_and_snippets(tmp_path):
    """A jq deck's own .apkg imported back: each command became a `qa` card whose answer
    was the code in a Markdown fence, reported as "<pre>" and "styles on <span>" Markdown
    cannot hold, and built again it was a Q&A note Anki skips (its note is a Command).
    Now commands and snippets come back as themselves, and the rebuilt deck updates the
    same notes."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    corpus = tmp_path / "jq"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: jq\ntitle: jq\ndeck: jq\n")
    (corpus / "cli.yaml").write_text(
        "deck: CLI\ntitle: CLI\ncards:\n"
        "  - id: raw\n    kind: command\n    task: Print strings without quotes\n"
        "    command: jq -r '.name' <file>\n"
        "  - id: compact\n    kind: command\n    task: Print one value a line\n"
        "    command: jq -c . data.json\n    output: '{\"a\":1}'\n    source: jq manual\n"
        "  - id: reduce\n    kind: snippet\n    title: Sum with reduce\n    lang: python\n"
        "    code: |\n      total = 0\n      for x in xs:\n      \ttotal += x  # a < b & c\n"
        "  - id: q\n    kind: qa\n    question: What does -R do?\n    answer: Reads raw lines.\n"
    )
    done = run_cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg")
    assert done.returncode == 0, done.stderr
    back = tmp_path / "back"
    done = run_cli("import", tmp_path / "out" / "jq.apkg", "-o", back)
    assert done.returncode == 0, done.stderr
    assert "<pre>" not in done.stdout and "mapped as question/answer" not in done.stdout
    cards = {c["id"]: c for c in _imported_cards(back).values()}
    assert {k: cards["raw"][k] for k in ("kind", "task", "command")} == {
        "kind": "command",
        "task": "Print strings without quotes",
        "command": "jq -r '.name' <file>",
    }
    assert "lang" not in cards["raw"]
    assert (cards["compact"]["kind"], cards["compact"]["output"]) == ("command", '{"a":1}')
    assert cards["compact"]["note"] == "Source: jq manual"
    assert {k: cards["reduce"][k] for k in ("kind", "title", "lang", "code")} == {
        "kind": "snippet",
        "title": "Sum with reduce",
        "lang": "python",
        "code": "total = 0\nfor x in xs:\n\ttotal += x  # a < b & c",
    }
    assert run_cli("check", back, "--strict").returncode == 0
    done = run_cli("build", back, "-o", tmp_path / "again", "-f", "apkg")
    assert done.returncode == 0, done.stdout + done.stderr
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        (rebuilt,) = (tmp_path / "again").glob("*.apkg")
        for apkg in (tmp_path / "out" / "jq.apkg", rebuilt):
            options = ImportAnkiPackageOptions(update_notes=1)  # always update
            request = ImportAnkiPackageRequest(package_path=str(apkg), options=options)
            log = col.import_anki_package(request).log
        assert (len(log.new), len(log.conflicting)) == (0, 0), log
        assert len(col.find_notes("")) == 4
    finally:
        col.close()


def test_adopt_given_a_file_that_is_no_collection_says_so_in_one_line(tmp_path, reviewed):
    apkg, _collection, _before = reviewed
    corpus = tmp_path / "chem"
    assert run_cli("import", apkg, "-o", corpus).returncode == 0
    done = run_cli("adopt", apkg, corpus)  # the deck given where the collection goes
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [
        f"cheatdeck: error: {apkg} is not an Anki collection: give the collection.anki2 in "
        "the profile's folder (on Linux ~/.local/share/Anki2/<profile>/collection.anki2)"
    ]


@pytest.mark.parametrize("name", ["MyDeck.apkg", "backup.colpkg", "notes.txt", "MyDeck"])
def test_a_file_that_does_not_exist_is_named_as_missing(tmp_path, name):
    done = run_cli("import", tmp_path / name, "-o", tmp_path / "out")
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [f"cheatdeck: error: {tmp_path / name}: no such file"]
    assert not (tmp_path / "out").exists()
