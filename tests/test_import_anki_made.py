"""``cheatdeck import`` of decks the real Anki made (``anki_made_decks``): what only a
real collection holds (Image Occlusion, nested cloze deletions, templates that show a
field with furigana, an image in the question) comes out as the user studied it, or is
named in ``import.txt``; the corpus it writes always passes ``check --strict``."""

from __future__ import annotations

import pytest
import yaml

from conftest import run_cli

pytest.importorskip("anki.collection")

from anki_made_decks import SKULL, make_collection  # noqa: E402 - needs the anki package


@pytest.fixture(scope="module")
def anatomy_and_japanese(tmp_path_factory):
    """The corpus ``cheatdeck import`` made of the anatomy deck and of the Japanese deck
    (one .apkg each, as Anki exports one deck), and their import.txt lines."""
    from anki_made_decks import export_deck, export_notes_text

    work = tmp_path_factory.mktemp("anki-made")
    col = make_collection(work / "profile")
    try:
        decks = {
            name: export_deck(col, top, work / f"{name}.apkg")
            for name, top in (("anatomy", "Anatomy"), ("japanese", "日本語"))
        }
        decks["japanese-text"] = export_notes_text(col, "日本語", work / "japanese.txt")
    finally:
        col.close()
    made = {}
    for name, apkg in decks.items():
        done = run_cli("import", apkg, "-o", work / name)
        assert done.returncode == 0, done.stderr
        made[name] = (work / name, (work / name / "import.txt").read_text().splitlines())
    return made


def _cards(corpus) -> dict[str, dict]:
    cards = {}
    for path in corpus.glob("*.yaml"):
        if path.name != "corpus.yaml":
            cards.update({c["guid"]: c for c in yaml.safe_load(path.read_text())["cards"]})
    return cards


def test_the_imported_corpora_pass_check_strict(anatomy_and_japanese):
    for corpus, _report in anatomy_and_japanese.values():
        done = run_cli("check", corpus, "--strict")
        assert done.returncode == 0, done.stdout + done.stderr


def test_an_image_occlusion_note_is_left_out_and_named(anatomy_and_japanese):
    corpus, report = anatomy_and_japanese["anatomy"]
    assert not [c for c in _cards(corpus).values() if "image-occlusion" in str(c)]
    left_out = [line for line in report if "Image Occlusion" in line]
    assert len(left_out) == 1 and ": left out: an Image Occlusion note" in left_out[0]


def test_a_cloze_with_nested_deletions_is_left_out_and_named(anatomy_and_japanese):
    corpus, report = anatomy_and_japanese["anatomy"]
    assert "ana-bones" not in _cards(corpus) and "ana-sutures" in _cards(corpus)
    assert [line for line in report if "ana-bones" in line] == [
        f"{corpus.parent / 'anatomy.apkg'}: note ana-bones (Anatomy::Head: Skull/Face): "
        "left out: nested cloze deletions ({{c1::…{{c2::…}}…}}), which a cheatdeck cloze "
        "cannot hold; the note stays in Anki as it is"
    ]


def test_an_image_in_the_question_stays_in_the_question(anatomy_and_japanese):
    corpus, report = anatomy_and_japanese["anatomy"]
    card = _cards(corpus)["ana-skull"]
    assert card["question"] == "Identify the bone\n![](images/skull_lateral.png)"
    assert card["answer"] == "Temporal" and "image" not in card
    assert (corpus / "images" / "skull_lateral.png").read_bytes() == SKULL
    assert not [line for line in report if "ana-skull" in line]


def test_a_field_anki_shows_with_furigana_is_named(anatomy_and_japanese):
    corpus, report = anatomy_and_japanese["japanese"]
    card = _cards(corpus)["jp-densha"]
    assert card["question"] == "電車[でんしゃ]"  # as written: the reading in brackets
    assert (
        f"{corpus.parent / 'japanese.apkg'}: note jp-densha (日本語::Vocab) -> train: "
        "note type 'Japanese Vocab' shows Front, Example with furigana; a cheatdeck card "
        "shows the reading in brackets, as written: 漢字[かんじ]"
    ) in report
    assert not [line for line in report if "jp-mizu" in line]  # Basic shows brackets too


def test_a_text_export_knows_the_reversed_cards_of_ankis_stock_note_types(anatomy_and_japanese):
    from_apkg = _cards(anatomy_and_japanese["japanese"][0])
    from_text = _cards(anatomy_and_japanese["japanese-text"][0])
    assert from_text["jp-mizu"]["reverse"] is True  # Basic (and reversed card)
    assert from_text["jp-sensei"]["reverse"] is True  # optional reversed, Add Reverse: y
    assert "reverse" not in from_text["jp-hon"]  # optional reversed, Add Reverse empty
    for guid in ("jp-mizu", "jp-sensei", "jp-hon"):
        assert from_text[guid] == from_apkg[guid], guid


def test_mathjax_comes_through_as_written(anatomy_and_japanese):
    corpus, report = anatomy_and_japanese["anatomy"]
    card = _cards(corpus)["ana-flow"]
    assert card["answer"] == r"\(CO = HR_{bpm} \times SV\), e.g. \[\frac{a_1}{b^*} < 1\]"
    assert not [line for line in report if "ana-flow" in line]  # Anki typesets it as before


def test_fields_named_question_and_answer_are_the_cards_question_and_answer(
    anatomy_and_japanese,
):
    corpus, report = anatomy_and_japanese["anatomy"]
    card = _cards(corpus)["ana-foramen"]
    assert card["question"] == "Foramen for the spinal cord?"
    assert card["answer"] == "Foramen magnum" and card["note"] == "Region: Occipital"
    assert [line.split(" -> ", 1)[1] for line in report if "ana-foramen" in line] == [
        "foramen-for-the-spinal-cord: note type 'Anatomy Q' mapped as question/answer "
        "(fields Question and Answer)",
        "foramen-for-the-spinal-cord: fields beyond question and answer kept in note: Region",
    ]


def _reviewed_state(col) -> dict:
    """Each card's scheduling and review log, and the images its question shows."""
    import re

    cards = {}
    for cid, guid, ord_, queue, due, ivl, reps in col.db.all(
        "select c.id, n.guid, c.ord, c.queue, c.due, c.ivl, c.reps"
        " from cards c join notes n on n.id = c.nid"
    ):
        question = col.get_card(cid).question()
        shown = [
            re.sub(r"-[0-9a-f]{16}\.", ".", src) for src in re.findall(r'src="([^"]+)"', question)
        ]
        cards[cid] = (guid, ord_, queue, due, ivl, reps, shown)
    return {"cards": cards, "revlog": col.db.all("select * from revlog order by id")}


def test_import_build_adopt_keeps_every_review_of_an_anki_made_collection(tmp_path):
    """Every card reviewed (one suspended); after import -> build -> adopt -> Anki's
    import of the built deck: the same notes, the same reviews and states, each question
    still shows its image; the notes left out (Image Occlusion, nested cloze) untouched."""
    from anki.collection import Collection, ImportAnkiPackageRequest
    from anki_made_decks import export_deck

    col = make_collection(tmp_path / "profile")
    col.sched.suspend_cards(col.find_cards('"deck:日本語::Vocab" 本'))
    for top in ("Anatomy", "日本語"):
        col.decks.select(col.decks.id(top))
        while (card := col.sched.getCard()) is not None:
            col.sched.answerCard(card, 3)
    export_deck(col, "Anatomy", tmp_path / "anatomy.apkg")
    before = _reviewed_state(col)
    left_out = (
        "select guid, mid, flds, mod from notes"
        " where guid = 'ana-bones' or flds like '%image-occlusion%' order by guid"
    )
    untouched = col.db.all(left_out)
    col.close()
    assert len(before["revlog"]) >= 8
    corpus = tmp_path / "anatomy"
    assert run_cli("import", tmp_path / "anatomy.apkg", "-o", corpus).returncode == 0
    done = run_cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg")
    assert done.returncode == 0, done.stdout + done.stderr
    collection = tmp_path / "profile" / "collection.anki2"
    done = run_cli("adopt", collection, corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    col = Collection(str(collection))
    try:
        log = col.import_anki_package(
            ImportAnkiPackageRequest(package_path=str(tmp_path / "out" / "anatomy.apkg"))
        ).log
        assert not log.new and not log.conflicting and not log.missing_notetype
        assert _reviewed_state(col) == before
        skull = col.db.scalar("select flds from notes where guid = 'ana-skull'")
        assert skull.startswith("Identify the bone<br><img src=")
        assert len(untouched) == 2 and col.db.all(left_out) == untouched
    finally:
        col.close()


@pytest.mark.parametrize(
    ("fields", "question", "note"),
    [
        (("Front", "Back", "Question"), "Wrist bones?", "Question: How many?"),
        (("Topic", "Question", "Answer"), "How many?", "Topic: Wrist bones?"),
        (("Word", "Meaning", "Example"), "Wrist bones?", "Example: How many?"),
    ],
)
def test_the_question_field_is_found_by_a_pair_of_names(fields, question, note):
    from cheatdeck.importer.mapping import note_to_card
    from cheatdeck.importer.notes import ImportedNote, NoteType

    values = {"Question": "How many?", "Answer": "8", "Back": "8", "Meaning": "8"}
    first = "Wrist bones?"
    imported = ImportedNote(
        guid="g",
        notetype=NoteType("Mine", fields, templates=1),
        values=tuple(
            values.get(name, first if i == 0 else "How many?") for i, name in enumerate(fields)
        ),
        deck="Anatomy",
    )
    card, _report = note_to_card(imported, {})
    assert (card["question"], card["answer"], card["note"]) == (question, "8", note)


def test_an_image_a_text_export_lacks_stays_named_until_its_file_is_copied(tmp_path):
    """A text export holds no media: the image stays in the card, and check asks for the
    file, so that adopt does not take the picture off the Anki note."""
    from anki_made_decks import export_notes_text

    col = make_collection(tmp_path / "profile")
    try:
        (tmp_path / "export").mkdir()
        text = export_notes_text(col, "Anatomy", tmp_path / "export" / "anatomy.txt")
    finally:
        col.close()
    corpus = tmp_path / "anatomy"
    done = run_cli("import", text, "-o", corpus)
    assert done.returncode == 0, done.stderr
    assert _cards(corpus)["ana-skull"]["question"] == (
        "Identify the bone\n![](images/skull_lateral.png)"
    )
    assert (
        f"{text}: note ana-skull (Anatomy::Head: Skull/Face) -> identify-the-bone: image "
        "skull_lateral.png is not in anatomy.txt: copy it into images/ from the Anki "
        "profile's collection.media folder (check reports it missing until then)"
    ) in done.stdout.splitlines()
    done = run_cli("check", corpus)
    assert done.returncode == 1 and "missing-media" in done.stdout, done.stdout
    (corpus / "images").mkdir(exist_ok=True)
    (corpus / "images" / "skull_lateral.png").write_bytes(SKULL)
    done = run_cli("check", corpus, "--strict")
    assert done.returncode == 0, done.stdout


def test_a_table_becomes_one_line_per_row_without_markdown_table_rules():
    from cheatdeck.importer.mapping import convert

    table = (
        "Chambers<table><tbody><tr><th>Right</th><th>Left</th></tr>"
        "<tr><td>RA</td><td><b>LA</b></td></tr><tr><td>RV</td><td>LV</td></tr>"
        "</tbody></table>"
    )
    converted = convert(table, {})
    assert converted.text == "Chambers\nRight | Left\nRA | **LA**\nRV | LV"
    assert (
        converted.lost[0] == "formatting Markdown cannot hold: <table>, <tbody>, <td>, <th>, <tr>"
    )


def test_an_image_name_with_brackets_or_a_space_is_written_in_angle_brackets():
    from cheatdeck.importer.mapping import convert
    from cheatdeck.media import inline_images

    copied = {"femur(1).png": "images/femur(1).png", "x ray.png": "images/x ray.png"}
    text = convert('<img src="femur(1).png"><img src="x ray.png">', copied).text
    assert text == "![](<images/femur(1).png>)![](<images/x ray.png>)"
    assert inline_images(text) == ["images/femur(1).png", "images/x ray.png"]


def test_a_question_that_is_only_an_image_is_a_card_named_by_its_answer():
    from cheatdeck.importer.mapping import card_id_base, note_to_card
    from cheatdeck.importer.notes import ImportedNote, NoteType

    note = ImportedNote(
        guid="g",
        notetype=NoteType("Basic", ("Front", "Back"), templates=1),
        values=('<img src="femur.png">', "Femur"),
        deck="Anatomy",
    )
    card, report = note_to_card(note, {"femur.png": "images/femur.png"})
    assert card["question"] == "![](images/femur.png)" and report == []
    assert card_id_base(card, "Anatomy") == "femur"


@pytest.mark.parametrize(
    ("question", "made"),
    [("Kız mı?", "kiz-mi"), ("die Straße", "die-strasse"), ("smørbrød", "smorbrod")],
)
def test_an_imported_note_keeps_its_letters_without_their_marks_in_its_id(question, made):
    """ "Kız mı?" was named 'kz-m' and "die Straße" 'die-strae': a dotless ı, an ø or a
    ß, which have no accent to leave out, were dropped from the id."""
    from cheatdeck.importer.mapping import card_id_base

    assert card_id_base({"question": question}, "Türkçe") == made


def test_only_the_images_of_imported_cards_are_copied(anatomy_and_japanese):
    corpus, _report = anatomy_and_japanese["anatomy"]
    assert sorted(p.name for p in (corpus / "images").iterdir()) == ["skull_lateral.png"]


def test_an_image_anki_addresses_url_encoded_is_found_by_its_file_name(tmp_path):
    """Anki's editor writes the file "umami (1).png" as src="umami%20(1).png": the
    import copies that file (a .colpkg holds every media file) and names it so when
    the package lacks it (Anki's .apkg export leaves such a file out)."""
    from anki.collection import Collection
    from anki_made_decks import export_deck

    folder = tmp_path / "profile"
    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    (folder / "umami (1).png").write_bytes(SKULL)
    col.media.add_file(str(folder / "umami (1).png"))
    note = col.new_note(col.models.by_name("Basic"))
    note.fields[:] = ["Umami", '<img src="umami%20(1).png"> glutamate']
    note.guid = "cook-umami"
    col.add_note(note, col.decks.id("Cooking::Stocks"))
    export_deck(col, "Cooking", tmp_path / "cooking.apkg")
    col.export_collection_package(str(tmp_path / "all.colpkg"), include_media=True, legacy=False)
    done = run_cli("import", tmp_path / "all.colpkg", "-o", tmp_path / "whole")
    assert done.returncode == 0, done.stderr
    card = _cards(tmp_path / "whole")["cook-umami"]
    assert card["answer"] == "![](<images/umami (1).png>) glutamate"
    assert (tmp_path / "whole" / "images" / "umami (1).png").read_bytes() == SKULL
    assert "cook-umami" not in (tmp_path / "whole" / "import.txt").read_text()
    done = run_cli("import", tmp_path / "cooking.apkg", "-o", tmp_path / "deck")
    assert done.returncode == 0, done.stderr
    assert _cards(tmp_path / "deck")["cook-umami"]["answer"] == card["answer"]
    assert "image umami (1).png is not in cooking.apkg: copy it into images/" in done.stdout


def test_adopt_keeps_the_marked_and_leech_tags_ankis_export_leaves_out(tmp_path):
    """Anki's .apkg export drops its own ``marked`` and ``leech`` tags, so the imported
    corpus cannot hold them; adopt gives each note the corpus's tags and keeps those two
    (the user's marks and Anki's leech flag are review state, not card text)."""
    from anki.collection import Collection, ImportAnkiPackageRequest
    from anki_made_decks import export_deck

    (tmp_path / "profile").mkdir()
    col = Collection(str(tmp_path / "profile" / "collection.anki2"))
    for guid, front, tags in (
        ("bird-marked", "Bittern call", ["calls::night", "marked"]),
        ("bird-leech", "Wryneck call", ["Leech", "calls"]),
        ("bird-plain", "Hoopoe call", ["calls"]),
    ):
        note = col.new_note(col.models.by_name("Basic"))
        note.fields[:] = [front, "a boom"]
        note.guid, note.tags = guid, tags
        col.add_note(note, col.decks.id("Birds::Calls"))
    export_deck(col, "Birds", tmp_path / "birds.apkg")
    col.close()
    corpus = tmp_path / "birds"
    assert run_cli("import", tmp_path / "birds.apkg", "-o", corpus).returncode == 0
    assert "- marked" not in (corpus / "calls.yaml").read_text()  # Anki's export left it out
    done = run_cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg")
    assert done.returncode == 0, done.stdout + done.stderr
    collection = tmp_path / "profile" / "collection.anki2"
    done = run_cli("adopt", collection, corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    col = Collection(str(collection))
    try:
        col.import_anki_package(
            ImportAnkiPackageRequest(package_path=str(tmp_path / "out" / "birds.apkg"))
        )
        tags = {
            guid: set(col.get_note(col.db.scalar("select id from notes where guid = ?", guid)).tags)
            for guid in ("bird-marked", "bird-leech", "bird-plain")
        }
    finally:
        col.close()
    assert tags == {
        "bird-marked": {"calls::night", "marked", "kind::qa"},
        "bird-leech": {"Leech", "calls", "kind::qa"},
        "bird-plain": {"calls", "kind::qa"},
    }


def _imported_answers(tmp_path, answers: list[str]) -> tuple[dict[str, str], str]:
    """Each answer on a Basic note of a collection the ``anki`` package made, exported as
    Anki exports a deck and brought in with ``cheatdeck import``: the answer each card
    got, by its question ("Q0", "Q1", …), and import.txt."""
    from anki.collection import Collection
    from anki_made_decks import export_deck

    (tmp_path / "profile").mkdir()
    col = Collection(str(tmp_path / "profile" / "collection.anki2"))
    for number, answer in enumerate(answers):
        note = col.new_note(col.models.by_name("Basic"))
        note.fields[:] = [f"Q{number}", answer]
        col.add_note(note, col.decks.id("Birds::Facts"))
    export_deck(col, "Birds", tmp_path / "birds.apkg")
    col.close()
    corpus = tmp_path / "birds"
    done = run_cli("import", tmp_path / "birds.apkg", "-o", corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    strict = run_cli("check", corpus, "--strict")
    assert strict.returncode == 0, strict.stdout + strict.stderr
    cards = yaml.safe_load((corpus / "facts.yaml").read_text())["cards"]
    return {c["question"]: c["answer"] for c in cards}, (corpus / "import.txt").read_text()


def test_sub_and_superscript_digits_come_through_as_unicode_ones(tmp_path):
    """Anki's editor writes km² as ``km<sup>2</sup>``: Markdown has no superscript, and
    the digits alone would read km2 (a different fact) in the card the user studies.
    Digits and signs have Unicode sub- and superscript forms; other text stays reported."""
    answers, report = _imported_answers(
        tmp_path,
        [
            "pairs/km<sup>2</sup>",
            "C<sub>5</sub>H<sub>4</sub>N<sub>4</sub>O<sub>3</sub>",
            "10<sup>−3</sup> and x<sup>(n+1)</sup>",
            "the 1<sup>st</sup> winter",
        ],
    )
    assert answers["Q0"] == "pairs/km²"
    assert answers["Q1"] == "C₅H₄N₄O₃"
    assert answers["Q2"] == "10⁻³ and x⁽ⁿ⁺¹⁾"
    assert answers["Q3"] == "the 1st winter"
    assert report.count("formatting Markdown cannot hold: <sup>") == 1
    assert "(Birds::Facts) -> q3: field Back: formatting Markdown cannot hold: <sup>" in report


def test_ankis_latex_math_becomes_mathjax_that_anki_typesets_again(tmp_path):
    """``[$]…[/$]`` and ``[$$]…[/$$]`` are math Anki made into an image; as text, the
    adopted card would show the markup. They become ``\\(…\\)`` and ``\\[…\\]``, which
    Anki's MathJax typesets (reported: it may look a little different);
    ``[latex]…[/latex]``, a whole LaTeX body, stays text and reported."""
    answers, report = _imported_answers(
        tmp_path,
        [
            r"area [$]A = \pi r^2[/$] of a territory",
            r"[$$]\frac{a}{b} &lt; 1[/$$]",
            r"[latex]\begin{tabular}{l}x\end{tabular}[/latex]",
        ],
    )
    assert answers["Q0"] == r"area \(A = \pi r^2\) of a territory"
    assert answers["Q1"] == r"\[\frac{a}{b} < 1\]"
    assert answers["Q2"].startswith("[latex]")
    assert "-> q0: field Back: LaTeX [$]…[/$] turned into MathJax \\(…\\)" in report
    assert "-> q2: field Back: LaTeX ([latex]…[/latex]) kept as plain text" in report


def test_a_note_types_fields_are_asked_as_its_card_asked_them(tmp_path):
    """A note type of the user's own whose fields are not named as question and answer:
    its card's front shows Call and Habitat and its back Species and Latin name. The
    card asks what the front showed and answers with the first field only the back shows
    (not field 1 -> question, field 2 -> answer: another question than the one studied)."""
    from anki.collection import Collection
    from anki_made_decks import export_deck, one_card_note_type

    (tmp_path / "profile").mkdir()
    col = Collection(str(tmp_path / "profile" / "collection.anki2"))
    species = one_card_note_type(
        col,
        "Bird Species",
        ("Species", "Latin name", "Call", "Habitat"),
        "Which bird? {{Call}}<br>{{#Habitat}}{{text:Habitat}}{{/Habitat}}",
        "{{Species}} <i>{{Latin name}}</i>",
    )
    for fields in (
        ["Golden oriole", "<i>Oriolus oriolus</i>", "Fluty <i>weela-wee-oo</i>", "Tall woods"],
        ["Corn bunting", "Emberiza calandra", "Jangling keys", ""],
    ):
        note = col.new_note(species)
        note.fields[:] = fields
        col.add_note(note, col.decks.id("Birds::Species"))
    export_deck(col, "Birds", tmp_path / "birds.apkg")
    col.close()
    corpus = tmp_path / "birds"
    done = run_cli("import", tmp_path / "birds.apkg", "-o", corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    assert run_cli("check", corpus, "--strict").returncode == 0
    cards = {c["answer"]: c for c in yaml.safe_load((corpus / "species.yaml").read_text())["cards"]}
    oriole, bunting = cards["Golden oriole"], cards["Corn bunting"]
    assert oriole["question"] == "Fluty *weela-wee-oo*\nTall woods"
    assert oriole["note"] == "Latin name: *Oriolus oriolus*"
    assert bunting["question"] == "Jangling keys"
    assert (
        "note type 'Bird Species' mapped as question/answer (fields Call, Habitat as the "
        "question and Species as the answer, as its card showed them)"
    ) in done.stdout


def test_a_note_field_comes_back_as_the_note_as_written(tmp_path):
    """The stock Cloze's "Back Extra", and the "Note" of a deck cheatdeck built, are what
    a card's ``note`` is: each comes through as written, not as a "Back Extra: …" line
    (which imported again would grow a "Note: " each time); a field of another name
    keeps its name."""
    from anki.collection import Collection
    from anki_made_decks import export_deck

    (tmp_path / "profile").mkdir()
    col = Collection(str(tmp_path / "profile" / "collection.anki2"))
    note = col.new_note(col.models.by_name("Cloze"))
    note.fields[:] = ["The {{c1::song thrush}} repeats each phrase.", "Compare <b>mistle</b>"]
    col.add_note(note, col.decks.id("Birds::Calls"))
    export_deck(col, "Birds", tmp_path / "birds.apkg")
    col.close()
    first = tmp_path / "first"
    assert run_cli("import", tmp_path / "birds.apkg", "-o", first).returncode == 0
    (card,) = yaml.safe_load((first / "calls.yaml").read_text())["cards"]
    assert card["note"] == "Compare **mistle**"
    topic = yaml.safe_load((first / "calls.yaml").read_text())
    topic["cards"].append(
        {
            "id": "oriole",
            "kind": "qa",
            "question": "Fluty call?",
            "answer": "Golden oriole",
            "note": "Latin name: *Oriolus oriolus*",
        }
    )
    (first / "calls.yaml").write_text(yaml.safe_dump(topic, allow_unicode=True))
    done = run_cli("build", first, "-o", tmp_path / "out", "-f", "apkg")
    assert done.returncode == 0, done.stdout + done.stderr
    again = tmp_path / "again"
    done = run_cli("import", tmp_path / "out" / "first.apkg", "-o", again)
    assert done.returncode == 0, done.stdout + done.stderr
    notes = {
        c["id"]: c["note"] for c in yaml.safe_load((again / "calls.yaml").read_text())["cards"]
    }
    assert notes == {card["id"]: "Compare **mistle**", "oriole": "Latin name: *Oriolus oriolus*"}
    assert "kept in note" not in done.stdout


def test_adopt_names_each_note_whose_sound_it_takes_off(tmp_path):
    """A cheatdeck card plays no sound, so adopt, giving the note the corpus's fields,
    takes its ``[sound:…]`` off: it names the note and the file, and where the note as
    it was is kept (the backup), rather than saying nothing."""
    from anki.collection import Collection
    from anki_made_decks import export_deck

    (tmp_path / "profile").mkdir()
    col = Collection(str(tmp_path / "profile" / "collection.anki2"))
    (tmp_path / "cuckoo.mp3").write_bytes(b"ID3" + bytes(64))
    col.media.add_file(str(tmp_path / "cuckoo.mp3"))
    for guid, fields in (
        ("bird-cuckoo", ["Which bird sings its name?", "Cuckoo<br>[sound:cuckoo.mp3]"]),
        ("bird-wren", ["Loudest small bird?", "Wren"]),
    ):
        note = col.new_note(col.models.by_name("Basic"))
        note.fields[:] = fields
        note.guid = guid
        col.add_note(note, col.decks.id("Birds::Calls"))
    export_deck(col, "Birds", tmp_path / "birds.apkg")
    col.close()
    corpus = tmp_path / "birds"
    assert run_cli("import", tmp_path / "birds.apkg", "-o", corpus).returncode == 0
    done = run_cli("adopt", tmp_path / "profile" / "collection.anki2", corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    (line,) = [line for line in done.stdout.splitlines() if "sound" in line]
    assert line.startswith(
        "notice: note bird-cuckoo (which-bird-sings-its-name): no longer plays cuckoo.mp3"
    ), line
    assert "collection.before-adopt-" in line
