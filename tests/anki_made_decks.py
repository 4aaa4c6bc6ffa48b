"""A user's collection made with the real ``anki`` package, as Anki's own editor leaves
notes (not genanki): Japanese vocabulary with furigana and human anatomy with images,
on Anki's stock note types (Image Occlusion included), a custom note type that shows a
field with ``{{furigana:...}}``, and a cloze with nested deletions. Shared by the
import tests that need what only a real collection holds."""

from __future__ import annotations

from pathlib import Path

from anki.collection import Collection, DeckIdLimit, ExportAnkiPackageOptions
from foreign_decks import _png

SKULL = _png(30, 30)
HAND = _png(50, 50)
JAPANESE = "日本語::Vocab"
ANATOMY = "Anatomy::Head: Skull/Face"
#: (GUID, note type, deck, fields)
NOTES = [
    ("jp-mizu", "Basic (and reversed card)", JAPANESE, ["水[みず]", "water"]),
    ("jp-sensei", "Basic (optional reversed card)", JAPANESE, ["先生[せんせい]", "teacher", "y"]),
    (
        "ana-flow",
        "Basic",
        "Anatomy",
        ["Cardiac output", r"\(CO = HR_{bpm} \times SV\), e.g. \[\frac{a_1}{b^*} &lt; 1\]"],
    ),
    (
        "ana-foramen",
        "Anatomy Q",
        ANATOMY,
        ["Occipital", "Foramen for the spinal cord?", "Foramen magnum"],
    ),
    ("jp-hon", "Basic (optional reversed card)", JAPANESE, ["本[ほん]", "book", ""]),
    (
        "jp-densha",
        "Japanese Vocab",
        JAPANESE,
        ["電車[でんしゃ]", "train", "電車[でんしゃ]で行[い]きます。", "Genki I"],
    ),
    (
        "ana-skull",
        "Basic",
        ANATOMY,
        ['Identify the bone<br><img src="skull_lateral.png">', "Temporal"],
    ),
    ("ana-bones", "Cloze", ANATOMY, ["The skull has {{c1::{{c2::22}} bones}}.", ""]),
    (
        "ana-sutures",
        "Cloze",
        ANATOMY,
        ["The {{c1::coronal}} suture joins {{c2::frontal}} bone.", ""],
    ),
]


def one_card_note_type(col, name: str, fields: tuple[str, ...], front: str, back: str) -> dict:
    """A note type ``name`` of ``fields`` whose one card shows ``front``, then ``back``
    under the front side, added to ``col``: as a user makes one in Anki's editor."""
    models = col.models
    model = models.new(name)
    for field in fields:
        models.add_field(model, models.new_field(field))
    template = models.new_template("Card 1")
    template["qfmt"] = front
    template["afmt"] = "{{FrontSide}}<hr id=answer>" + back
    models.add_template(model, template)
    models.add(model)
    return models.by_name(name)


def _japanese_vocab(col) -> dict:
    """A note type of four fields whose question shows Front with furigana (ruby)."""
    return one_card_note_type(
        col,
        "Japanese Vocab",
        ("Front", "Back", "Example", "Source"),
        "{{furigana:Front}}",
        "{{Back}}<br>{{furigana:Example}}",
    )


def _anatomy_question(col) -> dict:
    """A note type whose first field is a region and whose second is named "Question",
    like cheatdeck's own field, and third "Answer"."""
    return one_card_note_type(
        col,
        "Anatomy Q",
        ("Region", "Question", "Answer"),
        "<small>{{Region}}</small><br>{{Question}}",
        "{{Answer}}",
    )


def make_collection(folder: Path) -> Collection:
    """A collection in ``folder`` holding ``NOTES`` and one Image Occlusion note (two
    shapes on a picture of a hand, GUID given by Anki), open."""
    folder.mkdir(parents=True, exist_ok=True)
    col = Collection(str(folder / "collection.anki2"))
    (folder / "skull_lateral.png").write_bytes(SKULL)
    col.media.add_file(str(folder / "skull_lateral.png"))
    _japanese_vocab(col)
    _anatomy_question(col)
    for guid, notetype, deck, fields in NOTES:
        note = col.new_note(col.models.by_name(notetype))
        for index, value in enumerate(fields):
            note.fields[index] = value
        note.guid = guid
        col.add_note(note, col.decks.id(deck))
    occlusion = col.models.by_name("Image Occlusion")
    (folder / "hand.png").write_bytes(HAND)
    col.add_image_occlusion_note(
        notetype_id=occlusion["id"],
        image_path=str(folder / "hand.png"),
        occlusions="{{c1::image-occlusion:rect:left=.1:top=.1:width=.2:height=.2:oi=1}}"
        "{{c2::image-occlusion:rect:left=.5:top=.5:width=.2:height=.2:oi=1}}",
        header="Hand bones",
        back_extra="carpals",
        tags=["anatomy::bones"],
    )
    note_id = col.find_notes('"note:Image Occlusion"')[0]
    col.set_deck(col.card_ids_of_note(note_id), col.decks.id(ANATOMY))
    return col


def export_deck(col: Collection, deck: str, path: Path) -> Path:
    """The deck ``deck`` (with its sub-decks) as a .apkg, as Anki's Export writes it."""
    options = ExportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=True, with_media=True, legacy=False
    )
    col.export_anki_package(
        out_path=str(path), options=options, limit=DeckIdLimit(col.decks.id(deck))
    )
    return path


def export_notes_text(col: Collection, deck: str, path: Path) -> Path:
    """The deck's notes as Anki's "Notes in Plain Text" with every column ticked."""
    col.export_note_csv(
        out_path=str(path),
        limit=DeckIdLimit(col.decks.id(deck)),
        with_html=True,
        with_tags=True,
        with_deck=True,
        with_notetype=True,
        with_guid=True,
    )
    return path
