"""The study-tool exports, each checked by that tool's own importer or parser where one runs here.

One build of ``tests/cases/hostile/cards`` (every kind; tabs, newlines, ``<``, ``&``,
``::``, ``}}``, ``$``, ``#`` at the start of a field, non-ASCII) is shared by every test:
* anki-tsv: imported with the real ``anki`` package (``get_csv_metadata`` + ``import_csv``);
* mnemosyne: imported by Mnemosyne's own ``Mnemosyne2Cards`` importer when ``mnemosyne``
  is importable (``mnemosyne-proj`` pins pytest<8 and PyQt6, so it is not in the lock),
  and always checked against its documented XML log format;
* crowdanki: read back by Brain Brew's ``CrowdAnkiExport``;
* logseq: parsed by mldoc, Logseq's parser, when ``tests/js/node_modules`` is installed;
* obsidian, quizlet, mochi: checked against their documented formats (no parser of
  theirs runs offline here); json: validated against its JSON Schema.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import subprocess
import textwrap
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from cheatdeck import pipeline
from cheatdeck.facts import facts_of
from cheatdeck.writers import WRITER_NAMES, WRITERS

from conftest import run_cli

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "cases" / "hostile" / "cards"
GOLDEN = ROOT / "tests" / "golden" / "exports"
MLDOC = ROOT / "tests" / "js"
EPOCH = "1700000000"
FORMATS = tuple(writer.name for writer in WRITERS if writer.golden)  # pinned by a golden


def _build(corpus: Path, out: Path, names) -> None:
    outcome = pipeline.build(corpus, out, [WRITER_NAMES[name] for name in names])
    assert not outcome.report.failed(False), [str(d) for d in outcome.report.diagnostics]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The hostile corpus built twice (the second time with the lock the first wrote)."""
    base = tmp_path_factory.mktemp("exports")
    corpus = base / "cards"
    shutil.copytree(HOSTILE, corpus)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        _build(corpus, base / "first", FORMATS)
        _build(corpus, base / "second", FORMATS)
    outcome = pipeline.check(corpus)
    facts = [f for c in outcome.corpus.cards() if c.anki for f in facts_of(c, "hostile")]
    return {"out": base / "first", "again": base / "second", "corpus": corpus, "facts": facts}


def _out(built, name: str) -> Path:
    return built["out"] / WRITER_NAMES[name].filename("hostile")


def _text(built, name: str) -> str:
    return _out(built, name).read_text(encoding="utf-8")


def _zip_member(path: Path, member: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(member).decode("utf-8")


# ------------------------------------------------------------------ every format


def _files(path: Path) -> dict[str, bytes]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file())
        return {p.relative_to(path).as_posix(): p.read_bytes() for p in files}
    return {"": path.read_bytes()}


@pytest.mark.parametrize("name", FORMATS)
def test_rebuilding_gives_the_same_bytes(built, name):
    first = _files(_out(built, name))
    again = _files(built["again"] / WRITER_NAMES[name].filename("hostile"))
    assert first == again and first


GOLDEN_VIEWS = {
    "anki-tsv": lambda b: _text(b, "anki-tsv"),
    "obsidian": lambda b: _text(b, "obsidian"),
    "logseq": lambda b: _text(b, "logseq"),
    "quizlet": lambda b: _text(b, "quizlet"),
    "json": lambda b: _text(b, "json"),
    "mnemosyne": lambda b: (
        _zip_member(_out(b, "mnemosyne"), "cards.xml")
        + _zip_member(_out(b, "mnemosyne"), "METADATA")
    ),
    "mochi": lambda b: _zip_member(_out(b, "mochi"), "data.json"),
    "crowdanki": lambda b: (_out(b, "crowdanki") / "deck.json").read_text(encoding="utf-8"),
}


@pytest.mark.parametrize("name", FORMATS)
def test_output_matches_golden(built, name, update_golden):
    golden = GOLDEN / f"hostile.{name}.golden"
    text = GOLDEN_VIEWS[name](built)
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"missing {golden}: run pytest --update-golden"
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["obsidian", "logseq", "mochi"])
def test_raw_html_in_cards_stays_text_in_markdown_exports(built, name):
    text = GOLDEN_VIEWS[name](built)
    if name == "mochi":
        text = "\n".join(
            card["content"] for deck in json.loads(text)["decks"] for card in deck["cards"]
        )
    outside_code = re.sub(r"```.*?```|`[^`\n]*`", "", text, flags=re.S)
    assert not re.search(r"(?<!\\)<(script|stdio|b>|timeout)", outside_code)
    assert "script>alert" in text  # the text itself is still there


# ------------------------------------------------------------------ anki-tsv


def _collection(tmp_path, with_note_types: bool):
    from anki.collection import Collection

    from cheatdeck.writers.anki.notetypes import NOTE_TYPES

    col = Collection(str(tmp_path / "collection.anki2"))
    if with_note_types:
        models = col.models
        for spec in NOTE_TYPES.values():
            model = models.new(spec.name)
            model["type"] = 1 if spec.cloze else 0
            for name in spec.fields:
                models.add_field(model, models.new_field(name))
            for template in spec.templates:
                t = models.new_template(template.name)
                t["qfmt"] = "{{cloze:Text}}" if spec.cloze else "{{" + template.asks + "}}"
                t["afmt"] = t["qfmt"]
                models.add_template(model, t)
            models.add(model)
    return col


def _import_tsv(col, path: Path):
    from anki.import_export_pb2 import ImportCsvRequest

    metadata = col.get_csv_metadata(path=str(path), delimiter=None)
    return metadata, col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log


def test_anki_tsv_headers_are_read_by_anki(built, tmp_path):
    col = _collection(tmp_path, with_note_types=True)
    metadata, _ = _import_tsv(col, _out(built, "anki-tsv"))
    assert (metadata.guid_column, metadata.notetype_column) == (1, 2)
    assert (metadata.deck_column, metadata.tags_column) == (3, 4)
    assert metadata.is_html
    col.close()


def test_anki_tsv_imports_every_fact_with_its_guid_deck_and_tags(built, tmp_path):
    col = _collection(tmp_path, with_note_types=True)
    _, log = _import_tsv(col, _out(built, "anki-tsv"))
    facts = built["facts"]
    assert len(log.new) == len(facts) and not log.conflicting and not log.missing_notetype
    notes = {col.get_note(nid).guid: col.get_note(nid) for nid in col.find_notes("")}
    assert set(notes) == {fact.guid for fact in facts}
    for fact in facts:
        note = notes[fact.guid]
        assert note.note_type()["name"].startswith("cheatdeck ")
        assert col.decks.name(note.cards()[0].did) == fact.card.deck
        assert set(fact.card.tags) <= set(note.tags)
    include = next(n for n in notes.values() if "#include" in n.fields[0])
    assert include.fields[0].startswith("#include &lt;stdio.h&gt;")  # a '#' row is not a comment
    tabbed = [n for n in notes.values() if any("Tab:\there" in f for f in n.fields)]
    assert tabbed  # a tab inside a field stays inside it
    _, again = _import_tsv(col, _out(built, "anki-tsv"))
    assert not again.new and col.note_count() == len(facts)
    col.close()


def test_anki_tsv_without_cheatdeck_note_types_reports_every_row(built, tmp_path):
    col = _collection(tmp_path, with_note_types=False)
    _, log = _import_tsv(col, _out(built, "anki-tsv"))
    assert len(log.missing_notetype) == len(built["facts"]) and col.note_count() == 0
    col.close()


def test_anki_tsv_after_the_apkg_updates_the_same_notes(built, tmp_path):
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    out = tmp_path / "out"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        _build(built["corpus"], out, ["apkg", "anki-tsv"])
    col = _collection(tmp_path, with_note_types=False)
    request = ImportAnkiPackageRequest(
        package_path=str(out / "hostile.apkg"),
        options=ImportAnkiPackageOptions(with_scheduling=False),
    )
    assert len(col.import_anki_package(request).log.new) == len(built["facts"])
    fields = {nid: list(col.get_note(nid).fields) for nid in col.find_notes("")}
    _, log = _import_tsv(col, out / "hostile.tsv")
    assert not log.new and not log.conflicting and not log.missing_notetype
    assert not log.updated  # the same fields, code's line breaks included: nothing to sync
    assert len(log.duplicate) == len(built["facts"])
    assert col.note_count() == len(built["facts"])
    assert {nid: list(col.get_note(nid).fields) for nid in col.find_notes("")} == fields
    col.close()


def test_anki_tsv_after_the_apkg_keeps_the_images_written_in_a_cards_text(tmp_path):
    """The .tsv names an image written in the text as the .apkg packed it: importing
    the .tsv after the .apkg left the note with "[image: …]" in place of the picture."""
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    corpus = tmp_path / "cards"
    (corpus / "images").mkdir(parents=True)
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    (corpus / "images" / "dot.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><circle r="2"/></svg>',
        "utf-8",
    )
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n  - id: flag\n    kind: qa\n"
        "    question: Which flag shows ![the sun](images/dot.svg)?\n    answer: Japan's\n",
        "utf-8",
    )
    out = tmp_path / "out"
    _build(corpus, out, ["apkg", "anki-tsv"])
    (tmp_path / "anki").mkdir()
    col = _collection(tmp_path / "anki", with_note_types=False)
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(out / "m.apkg"), options=ImportAnkiPackageOptions()
        )
        col.import_anki_package(request)
        (nid,) = col.find_notes("")
        from_apkg = list(col.get_note(nid).fields)
        _, log = _import_tsv(col, out / "m.tsv")
        from_tsv = list(col.get_note(nid).fields)
        media = sorted(os.listdir(col.media.dir()))
    finally:
        col.close()
    assert len(log.duplicate) == 1 and not log.updated and not log.new
    assert from_tsv == from_apkg
    (name,) = media
    assert f'<img src="{name}" alt="the sun">' in from_tsv[0]


# ------------------------------------------------------------------ mnemosyne


def _mnemosyne_entries(built):
    xml = _zip_member(_out(built, "mnemosyne"), "cards.xml")
    root = ElementTree.fromstring(xml)
    return root, [(int(e.get("type")), e) for e in root.iter("log")]


def test_mnemosyne_cards_xml_follows_the_log_format(built):
    root, entries = _mnemosyne_entries(built)
    assert int(root.get("number_of_entries")) == len(entries)
    tags = {e.get("o_id"): e.findtext("name") for t, e in entries if t == 10}
    facts = {e.get("o_id"): e for t, e in entries if t == 16}
    cards = [e for t, e in entries if t == 6]
    assert len(facts) == len(built["facts"])
    for card in cards:
        assert card.get("fact") in facts
        assert set(card.get("tags").split(",")) <= set(tags)
        if card.get("card_t") == "5":  # a cloze card names its bracket, as Mnemosyne finds it
            extra = card.findtext("extra")
            text = facts[card.get("fact")].findtext("text")
            found = re.findall(r"\[(.+?)\]", text)
            assert (
                f"'cloze': {found[int(extra.split('index')[1].strip(chr(39) + ': }'))]!r}" in extra
            )
    assert "Hostile Δ::Text & Markup" in tags.values()
    with zipfile.ZipFile(_out(built, "mnemosyne")) as archive:
        assert "images/dot.png" in archive.namelist()


@contextlib.contextmanager
def _mnemosyne(tmp_path: Path):
    """A fresh Mnemosyne collection in ``tmp_path``: (its database, its own importer of
    ``.cards`` files); the errors it shows are in ``_MnemosyneWidget.errors``."""
    from mnemosyne.libmnemosyne import Mnemosyne

    previous = Path.cwd()
    os.chdir(tmp_path)
    _MnemosyneWidget.errors = []
    mnemosyne = Mnemosyne(
        upload_science_logs=False, interested_in_old_reps=True, asynchronous_database=True
    )
    mnemosyne.components.insert(
        0, ("mnemosyne.libmnemosyne.gui_translators.gettext_gui_translator", "GetTextGuiTranslator")
    )
    mnemosyne.components += [(__name__, "_MnemosyneWidget"), (__name__, "_MnemosyneDialog")]
    mnemosyne.gui_for_component["ScheduledForgottenNew"] = [(__name__, "_MnemosyneReview")]
    try:
        mnemosyne.initialise(str(tmp_path / "data"), automatic_upgrades=False)
        importer = next(
            f
            for f in mnemosyne.component_manager.all("file_format")
            if type(f).__name__ == "Mnemosyne2Cards"
        )
        yield mnemosyne.database(), importer
    finally:
        mnemosyne.finalise()
        os.chdir(previous)


def test_mnemosyne_imports_the_cards_file_and_reimport_updates(built, tmp_path):
    with _mnemosyne(tmp_path) as (db, importer):
        path = str(_out(built, "mnemosyne"))
        importer.do_import(path)
        facts, cards = db.fact_count(), db.card_count()
        importer.do_import(path)
        assert (db.fact_count(), db.card_count()) == (facts, cards)
        assert facts == len(built["facts"])
        assert "Hostile Δ::Numbers::Limits & Tables" in {t.name for t in db.tags()}
        assert not _MnemosyneWidget.errors


BELLS = """\
deck: Methods
title: Methods
cards:
  - id: plain-hunt
    kind: qa
    question: How far does each bell move per change in plain hunt?
    answer: One place
  - id: rounds
    kind: qa
    question: What is rounds?
    answer: The bells rung in order, treble to tenor
"""


def _notice_of_kind(out: str) -> str:
    (line,) = [line for line in out.splitlines() if "changed kind (qa → concept)" in line]
    return line


def test_a_kind_change_says_what_a_mnemosyne_import_adds_when_the_build_writes_it(tmp_path):
    # The notice named only Anki's `adopt`, also to a build writing the Mnemosyne export,
    # whose import adds the card anew as a new fact beside the old one
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: bells\ntitle: Bells\ndeck: Bells\n", "utf-8")
    (cards / "methods.yaml").write_text(BELLS, "utf-8")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    first = run_cli("build", cards, "-o", tmp_path / "o", "-f", "apkg,mnemosyne", env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    before = tmp_path / "before.cards"
    shutil.copyfile(tmp_path / "o" / "bells.mnemosyne.cards", before)
    anki_only = tmp_path / "anki-only"
    shutil.copytree(cards, anki_only)
    concept = "kind: concept\n    term: Rounds\n    definition: The bells rung in order"
    for folder in (cards, anki_only):
        topic = folder / "methods.yaml"
        text = topic.read_text("utf-8")
        old = "kind: qa\n    question: What is rounds?\n    answer: The bells rung in order"
        topic.write_text(text.replace(old, concept), "utf-8")
    env["SOURCE_DATE_EPOCH"] = str(int(EPOCH) + 100)
    again = run_cli("build", cards, "-o", tmp_path / "o", "-f", "apkg,mnemosyne", env=env)
    assert again.returncode == 0, again.stdout + again.stderr
    said = "; Mnemosyne's import adds a new fact too, the old one keeps its learning data"
    assert said in _notice_of_kind(again.stdout), again.stdout
    alone = run_cli("build", anki_only, "-o", tmp_path / "a", "-f", "apkg", env=env)
    assert alone.returncode == 0, alone.stdout + alone.stderr
    assert "Mnemosyne" not in _notice_of_kind(alone.stdout), alone.stdout
    # as it says, with Mnemosyne's own importer: the build before, then this one
    with _mnemosyne(tmp_path) as (db, importer):
        importer.do_import(str(before))
        assert (db.fact_count(), db.card_count()) == (2, 2)
        importer.do_import(str(tmp_path / "o" / "bells.mnemosyne.cards"))
        assert (db.fact_count(), db.card_count()) == (3, 3)  # the old fact stays beside it
    assert not _MnemosyneWidget.errors


def test_mnemosyne_finds_an_image_whose_name_has_a_space_or_an_accent(tmp_path):
    """An image written in a card's text as ``![frame](<images/hive frame.png>)`` was
    named ``images/hive%20frame.png`` in the fact, as Markdown writes a link: Mnemosyne
    looks for that file name, said "Missing media file!" on import and showed no image."""
    from PIL import Image

    corpus = tmp_path / "cards"
    (corpus / "images").mkdir(parents=True)
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    for name in ("hive frame.png", "königin.png"):
        Image.new("RGB", (4, 4), "yellow").save(corpus / "images" / name)
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n"
        "  - id: frame\n    kind: qa\n"
        "    question: 'What is shown? ![frame](<images/hive frame.png>)'\n"
        "    answer: A frame\n    note: 'Her: ![queen](images/königin.png)'\n",
        "utf-8",
    )
    _build(corpus, tmp_path / "out", ["mnemosyne"])
    with _mnemosyne(tmp_path) as (db, importer):
        importer.do_import(str(tmp_path / "out" / "m.mnemosyne.cards"))
        assert not _MnemosyneWidget.errors
        (fields,) = db.con.execute("select group_concat(value) from data_for_fact").fetchone()
        assert 'src="images/hive frame.png"' in fields and 'src="images/königin.png"' in fields


try:  # Mnemosyne's UI components, defined only where Mnemosyne is installed
    from mnemosyne.libmnemosyne.ui_components.dialogs import ExportMetadataDialog
    from mnemosyne.libmnemosyne.ui_components.main_widget import MainWidget
    from mnemosyne.libmnemosyne.ui_components.review_widget import ReviewWidget

    class _MnemosyneWidget(MainWidget):
        errors: list[str] = []

        def show_error(self, error):
            self.errors.append(error)

        def show_information(self, info):
            pass

    class _MnemosyneDialog(ExportMetadataDialog):
        def values(self):
            return {}

        def set_values(self, values):
            pass

        def set_read_only(self):
            pass

    class _MnemosyneReview(ReviewWidget):
        def redraw_now(self):
            pass
except ImportError:
    pass


# ------------------------------------------------------------------ crowdanki


def test_brain_brew_reads_the_crowdanki_folder(built, caplog):
    from brain_brew.representation.json.crowd_anki_export import CrowdAnkiExport

    from cheatdeck.writers.anki.notetypes import note_type_of

    with caplog.at_level(logging.WARNING):
        export = CrowdAnkiExport(str(_out(built, "crowdanki")))
    assert not [r for r in caplog.records if "Unexpected" in r.getMessage()]
    data = export.json_data
    assert data.name == "Hostile Δ"
    assert sorted(n["guid"] for n in data.notes) == sorted(f.guid for f in built["facts"])
    names = {model.name for model in export.note_models}
    assert names == {note_type_of(f.variant).name for f in built["facts"]}
    models = {m.id: m for m in export.note_models}
    for note in data.notes:
        assert len(note["fields"]) == len(models[note["note_model_uuid"]].fields)
    for name in data.media_files:
        assert (_out(built, "crowdanki") / "media" / name).is_file()


# ------------------------------------------------------------------ obsidian


def _obsidian_cards(text: str) -> list[tuple[str, list[str]]]:
    """(deck tag, card lines) as the plugin reads the note: blank lines end a card
    except inside fences; a #flashcards line sets the deck of the cards after it."""
    cards, deck, block, fence = [], None, [], None
    for line in text.split("\n") + [""]:
        if fence:
            block.append(line)
            if line.startswith(fence):
                fence = None
            continue
        if line.startswith("```"):
            fence = re.match(r"`+", line).group(0)
        if line.strip():
            block.append(line)
            continue
        if block:
            if block[0].startswith("#flashcards"):
                deck = block[0]
            elif _is_card(block):
                cards.append((deck, block))
        block = []
    return cards


def _is_card(block: list[str]) -> bool:
    """A multi-line card has a '?' or '??' line; a cloze has an unescaped ==…==."""
    if any(line.strip() in ("?", "??") for line in block):
        return True
    return any(
        re.search(r"(?<!\\)==[^=]+?(?<!\\)==", re.sub(r"`[^`]*`", "", line)) for line in block
    )


def test_obsidian_cards_parse_as_the_plugin_reads_them(built):
    cards = _obsidian_cards(_text(built, "obsidian"))
    live = built["facts"]
    assert len(cards) == len(live)
    for (deck, lines), fact in zip(cards, live, strict=True):
        assert deck == "#flashcards/" + "/".join(
            re.sub(r"[^\w-]+", "-", p.strip()).strip("-") for p in fact.card.deck.split("::")
        )
        text = re.sub(r"```.*?```", "", "\n".join(lines), flags=re.S)  # fences are kept whole
        assert "::" not in text  # no accidental one-line card (code spans are read too)
        if fact.variant == "cloze":
            assert all("==" in line for line in lines[:1])
            continue
        separators = [i for i, line in enumerate(lines) if line in ("?", "??")]
        assert len(separators) == 1
        assert lines[separators[0]] == ("??" if fact.variant.endswith("-reverse") else "?")


def test_obsidian_writes_formulas_as_dollars_and_a_cloze_inside_one_as_questions(tmp_path):
    """Obsidian typesets ``$…$`` only (``\\(…\\)`` showed as raw LaTeX), and a highlight
    cannot sit inside a formula: such a cloze is one question card per Anki group."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n"
        "  - id: square\n    kind: qa\n    question: When is it true?\n"
        "    answer: '\\((a+b)^2 < c\\) costs $5 #x'\n"
        "  - id: euler\n    kind: cloze\n"
        "    text: 'Euler: \\(e^{i\\pi} + {{c1::1}} = 0\\), {{c2::famous}}.'\n",
        "utf-8",
    )
    out = tmp_path / "out"
    outcome = pipeline.build(corpus, out, [WRITER_NAMES["obsidian"]])
    assert not outcome.report.failed(), outcome.report.render()
    text = (out / "m.obsidian.md").read_text("utf-8")
    assert "$(a+b)^2 < c$ costs \\$5 \\#x" in text
    revealed = "Euler: $e^{i\\pi} + \\underline{\\boldsymbol{1}} = 0$, **famous**."
    cards = [
        ["Euler: $e^{i\\pi} + \\boxed{?} = 0$, famous.", "?", revealed],
        ["Euler: $e^{i\\pi} + 1 = 0$, […].", "?", revealed],
    ]
    blocks = [block.split("\n") for block in text.split("\n\n")]
    assert all(card in blocks for card in cards), blocks
    assert "==" not in text and "\\(" not in text


def test_obsidian_cloze_with_math_keeps_the_hint_of_a_deletion_outside_the_formula(tmp_path):
    """A cloze with a deletion in a formula is one question card per group; a deletion
    outside the formula shows its hint there ("[neutral]"), as the highlight's ``^[hint]``
    does, Quizlet's "[hint]" and Logseq's macro do: "[…]" lost it."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n"
        "  - id: euler\n    kind: cloze\n"
        "    text: 'Euler: \\(e^{i\\pi} + {{c1::1}} = 0\\), pH {{c2::7::neutral}}.'\n",
        "utf-8",
    )
    out = tmp_path / "out"
    outcome = pipeline.build(corpus, out, [WRITER_NAMES["obsidian"]])
    assert not outcome.report.failed(), outcome.report.render()
    text = (out / "m.obsidian.md").read_text("utf-8")
    assert "Euler: $e^{i\\pi} + 1 = 0$, pH [neutral]." in text.split("\n"), text


def test_obsidian_clozes_keep_anki_groups(built):
    text = _text(built, "obsidian")
    assert "==cast to an rvalue==[^1]" in text and "^[a header][^2]" in text
    assert "The symbol ==Δ== means ==change==" in text  # plain numbering needs no numbers


# ------------------------------------------------------------------ logseq


def _expected_cards(facts, reversed_too: bool) -> int:
    """Cards a one-card-per-group tool makes: one per cloze group, one per other fact,
    and with ``reversed_too`` a second one for a reversible fact (Anki's reverse card)."""
    from cheatdeck import cloze

    count = 0
    for fact in facts:
        if fact.variant == "cloze":
            count += len(cloze.numbers(fact.prompt))
        else:
            count += 2 if reversed_too and fact.variant.endswith("-reverse") else 1
    return count


def need_mldoc() -> None:
    """Skip the test when mldoc (``npm ci --prefix tests/js``) or node is missing."""
    if not (MLDOC / "node_modules" / "mldoc").is_dir() or not shutil.which("node"):
        pytest.skip("mldoc not installed: npm ci --prefix tests/js")


def mldoc_nodes(path: Path) -> list:
    """What Logseq's parser, mldoc, reads in the Logseq file ``path``: (node, position)
    pairs."""
    result = subprocess.run(
        ["node", str(MLDOC / "mldoc_parse.js"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout)


def test_logseq_blocks_parse_with_mldoc(built):
    need_mldoc()
    blocks = [node for node, _pos in mldoc_nodes(_out(built, "logseq")) if node[0] == "Heading"]
    cards = [b for b in blocks if ["Tag", [["Plain", "card"]]] in b[1]["title"]]
    assert len(cards) == _expected_cards(built["facts"], reversed_too=True)
    html_or_math = {"Inline_Html", "Latex_Fragment", "Export_Snippet"}
    for block in blocks:
        kinds = {item[0] for item in block[1]["title"]}
        assert not kinds & html_or_math, block[1]["title"]
    macros = [i for b in cards for i in b[1]["title"] if i[0] == "Macro"]
    deletions = sum(f.prompt.count("{{c") for f in built["facts"] if f.variant == "cloze")
    assert {m[1]["name"] for m in macros} == {"cloze"} and len(macros) == deletions


def test_logseq_keeps_formulas_whole_and_clozes_inside_them_as_boxes(tmp_path):
    """Logseq reads \\(…\\) as LaTeX: nothing is escaped inside (``\\<`` or a second
    ``\\(`` broke the formula), and a deletion inside one, which its cloze macro cannot
    be, is a boxed "?" with the revealed text as the card's back."""
    need_mldoc()
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n"
        "  - id: square\n    kind: qa\n    question: When is it true?\n"
        "    answer: '\\((a+b)^2 < c\\) and [[x]]'\n"
        "  - id: euler\n    kind: cloze\n"
        "    text: 'Euler: \\(e^{i\\pi} + {{c1::1}} = 0\\), {{c2::famous}}.'\n"
        "  - id: roots\n    kind: cloze\n"
        "    text: 'Two real roots when {{c1::\\(\\Delta > 0\\)}}.'\n",
        "utf-8",
    )
    out = tmp_path / "out"
    outcome = pipeline.build(corpus, out, [WRITER_NAMES["logseq"]])
    assert not outcome.report.failed(), outcome.report.render()
    nodes = [node for node, _pos in mldoc_nodes(out / "m.logseq.md")]
    blocks = [node[1]["title"] for node in nodes if node[0] == "Heading"]
    formulas = [item[1][1] for title in blocks for item in title if item[0] == "Latex_Fragment"]
    assert "(a+b)^2 < c" in formulas
    assert formulas.count("e^{i\\pi} + \\boxed{?} = 0") == 1  # card 1: the deletion in math
    assert formulas.count("e^{i\\pi} + \\underline{\\boldsymbol{1}} = 0") == 1  # its back
    assert formulas.count("e^{i\\pi} + 1 = 0") == 1  # card 2: the formula shown whole
    assert "\\Delta > 0" in formulas  # the back of the card whose deletion is a formula
    macros = [item[1] for title in blocks for item in title if item[0] == "Macro"]
    assert macros == [{"name": "cloze", "arguments": ["famous"]}]  # no LaTeX source shown
    plain = "".join(item[1] for title in blocks for item in title if item[0] == "Plain")
    assert "[[x]]" in plain and "\\(" not in plain


def test_logseq_keeps_a_value_that_starts_with_greater_than(tmp_path):
    """A value ">13" (a pH) is a quote of "13" to mldoc, as "> 13" is: the "greater than" was
    lost in Logseq (probe110). Its ">" is escaped, with or without a blank after it."""
    need_mldoc()
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n"
        "  - {id: ph, kind: qa, question: pH of 0.1 M NaOH?, answer: '>13'}\n"
        "  - {id: ka, kind: qa, question: Ka of a strong acid?, answer: '> 1'}\n",
        "utf-8",
    )
    out = tmp_path / "out"
    outcome = pipeline.build(corpus, out, [WRITER_NAMES["logseq"]])
    assert not outcome.report.failed(), outcome.report.render()
    nodes = [node for node, _pos in mldoc_nodes(out / "m.logseq.md")]
    assert not [node for node in nodes if node[0] == "Quote"], nodes
    titles = [node[1]["title"] for node in nodes if node[0] == "Heading"]
    plain = ["".join(item[1] for item in title if item[0] == "Plain") for title in titles]
    assert ">13" in plain and "> 1" in plain, plain


def test_logseq_keeps_code_whole_that_holds_fences_of_its_own(tmp_path):
    """mldoc ends a ``` block at any line that starts with ``` or ~~~, whatever the run's
    length or indentation: a snippet of Markdown that shows a fenced block (a README) came
    out in Logseq as shreds of code and paragraphs. Such code is a #+BEGIN_SRC block."""
    need_mldoc()
    code = (
        "Put this in `app.conf`:\n\n```nginx\nlocation /api/ { proxy_pass http://api; }\n"
        "```\n\n~~~\ntilde fence\n  ~~~\n"
    )
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    snippet = {"id": "readme", "kind": "snippet", "title": "A README", "lang": "markdown"}
    command = {"id": "show", "kind": "command", "task": "Show it", "command": "cat README.md"}
    command["output"] = "```\nfenced\n```"
    topic = {"deck": "A", "title": "A", "cards": [{**snippet, "code": code}, command]}
    (corpus / "a.yaml").write_text(json.dumps(topic), "utf-8")
    out = tmp_path / "out"
    outcome = pipeline.build(corpus, out, [WRITER_NAMES["logseq"]])
    assert not outcome.report.failed(), outcome.report.render()
    nodes = [node for node, _pos in mldoc_nodes(out / "m.logseq.md")]
    assert [n[0] for n in nodes if n[0] not in ("Heading", "Src")] == []  # no shreds
    sources = ["".join(n[1]["lines"]).rstrip("\n") for n in nodes if n[0] == "Src"]
    blank_lines_emptied = [
        "\n".join(x if x.strip() else "" for x in s.split("\n")) for s in sources
    ]
    assert [textwrap.dedent(s) for s in blank_lines_emptied] == [
        code.rstrip("\n"),
        "cat README.md",
        "```\nfenced\n```",
    ]


def test_logseq_card_blocks_have_their_answer_as_children(built):
    lines = _text(built, "logseq").split("\n")
    cards = [i for i, line in enumerate(lines) if " #card " in line]
    assert len(cards) == _expected_cards(built["facts"], reversed_too=True)
    for i in cards:
        depth = len(lines[i]) - len(lines[i].lstrip())
        if "{{cloze" not in lines[i]:
            child = next(line for line in lines[i + 1 :] if line.lstrip().startswith("- "))
            assert len(child) - len(child.lstrip()) == depth + 2


# ------------------------------------------------------------------ quizlet


def test_quizlet_lines_are_term_tab_definition(built):
    rows = _text(built, "quizlet").rstrip("\n").split("\n")
    assert all(row.count("\t") == 1 and all(row.split("\t")) for row in rows)
    assert len(rows) == _expected_cards(built["facts"], reversed_too=False)
    text = "".join(rows)
    assert "<script>" in text and "std::vector<int>" in text  # plain text, not HTML
    assert "< becomes &lt;" in text  # an entity written in a card stays as written


def test_quizlet_joins_a_shell_commands_continuations_into_one_line(tmp_path):
    """A command written over several lines with trailing backslashes read
    "kubectl debug -it <pod> \\ / --image=busybox \\ / --target=<c>" on Quizlet; the shell
    reads one line, and so does the definition now. Other code keeps its lines (" / ")."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: k\ntitle: K\ndeck: K\n", "utf-8")
    (corpus / "k.yaml").write_text(
        "deck: K\ntitle: K\ncards:\n"
        "  - id: debug\n    kind: command\n    task: Attach a debug container\n"
        "    command: |\n      kubectl debug -it <pod> \\\n        --image=busybox:1.36 \\\n"
        "        --target=<container>\n"
        "  - id: script\n    kind: snippet\n    title: Two lines of Python\n    lang: python\n"
        "    code: |\n      x = 1 + \\\n          2\n      print(x)\n",
        "utf-8",
    )
    out = tmp_path / "out"
    _build(corpus, out, ["quizlet"])
    rows = dict(row.split("\t") for row in (out / "k.quizlet.txt").read_text("utf-8").splitlines())
    assert rows["Attach a debug container"] == (
        "kubectl debug -it <pod> --image=busybox:1.36 --target=<container>"
    )
    assert rows["Two lines of Python"] == "x = 1 + \\ /     2 / print(x)"  # not a shell: as written


def test_a_cloze_inside_a_formula_keeps_its_latex_on_quizlet_and_mnemosyne(tmp_path):
    """Each piece around a deletion was rendered alone, so Markdown read the lone '\\('
    as an escaped parenthesis and the answer's '\\,' as a comma: Quizlet showed
    "Bayes: ( P(A \\mid B) = […] )" and "\\frac{P(B \\mid A),P(A)}{P(B)}"."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: k\ntitle: K\ndeck: K\n", "utf-8")
    (corpus / "k.yaml").write_text(
        "deck: K\ntitle: K\ncards:\n  - id: bayes\n    kind: cloze\n"
        "    text: 'Bayes: \\( P(A \\mid B) = {{c1::\\frac{P(B \\mid A)\\,P(A)}{P(B)} }} \\)"
        " *if* {{c2::P(B) > 0}}'\n",
        "utf-8",
    )
    out = tmp_path / "out"
    _build(corpus, out, ["quizlet", "mnemosyne"])
    rows = (out / "k.quizlet.txt").read_text("utf-8").splitlines()
    assert rows == [
        "Bayes: \\( P(A \\mid B) = […] \\) if P(B) > 0\t\\frac{P(B \\mid A)\\,P(A)}{P(B)}",
        "Bayes: \\( P(A \\mid B) = \\frac{P(B \\mid A)\\,P(A)}{P(B)} \\) if […]\tP(B) > 0",
    ]
    xml = _zip_member(out / "k.mnemosyne.cards", "cards.xml")
    assert (
        "Bayes: \\( P(A \\mid B) = [\\frac{P(B \\mid A)\\,P(A)}{P(B)} ] \\) "
        "&lt;em&gt;if&lt;/em&gt; [P(B) &amp;gt; 0]"
    ) in xml
    assert '"cloze": "\\\\frac{P(B \\\\mid A)\\\\,P(A)}{P(B)} "' in xml.replace("'", '"')


def test_quizlet_keeps_a_links_address_after_its_text(tmp_path):
    """Quizlet shows plain text: "see [the docs](https://…)" read "see the docs"."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: k\ntitle: K\ndeck: K\n", "utf-8")
    (corpus / "k.yaml").write_text(
        "deck: K\ntitle: K\ncards:\n"
        "  - id: helm\n    kind: qa\n    question: Where are Helm's chart rules?\n"
        "    answer: 'In [the chart guide](https://helm.sh/docs/topics/charts/), and"
        " <https://helm.sh>; write `[x](y)` as is'\n",
        "utf-8",
    )
    out = tmp_path / "out"
    _build(corpus, out, ["quizlet"])
    rows = dict(row.split("\t") for row in (out / "k.quizlet.txt").read_text("utf-8").splitlines())
    assert rows["Where are Helm's chart rules?"] == (
        "In the chart guide (https://helm.sh/docs/topics/charts/), and https://helm.sh;"
        " write [x](y) as is"
    )


def test_quizlet_shows_a_links_address_as_written(tmp_path):
    """The address after a link's text is what the card says: it read
    "https://kubernetes.io/search/?q=a%7Cb" and "K%C3%B6nigin", Markdown's
    percent-encoding for HTML, where the card wrote "a|b" and "Königin"."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: k\ntitle: K\ndeck: K\n", "utf-8")
    (corpus / "k.yaml").write_text(
        "deck: K\ntitle: K\ncards:\n"
        "  - id: q\n    kind: qa\n    question: Where to look?\n"
        "    answer: '[search](https://kubernetes.io/search/?q=a|b),"
        " [Königin](https://de.wikipedia.org/wiki/Königin), <https://x.org/a%20b>'\n",
        "utf-8",
    )
    out = tmp_path / "out"
    _build(corpus, out, ["quizlet"])
    rows = dict(row.split("\t") for row in (out / "k.quizlet.txt").read_text("utf-8").splitlines())
    assert rows["Where to look?"] == (
        "search (https://kubernetes.io/search/?q=a|b),"
        " Königin (https://de.wikipedia.org/wiki/Königin), https://x.org/a%20b"
    )


# ------------------------------------------------------------------ mochi


def test_mochi_archive_is_a_sorted_zip_with_fixed_dates(built):
    with zipfile.ZipFile(_out(built, "mochi")) as archive:
        infos = archive.infolist()
        data = json.loads(archive.read("data.json"))
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert len({i.date_time for i in infos}) == 1
    decks = {deck["id"]: deck for deck in data["decks"]}
    assert data["version"] == 2
    assert all(d.get("parent-id") in decks for d in decks.values() if "parent-id" in d)
    cards = [card for deck in decks.values() for card in deck["cards"]]
    reverse = sum(f.variant.endswith("-reverse") for f in built["facts"])
    assert len(cards) == len(built["facts"]) + reverse
    for card in cards:
        if "{{" not in card["content"] or "\\{\\{" in card["content"]:
            assert "\n---\n" in card["content"]
    assert len({card["id"] for card in cards}) == len(cards)


# ------------------------------------------------------------------ json


def test_json_export_validates_against_its_schema(built):
    import jsonschema

    from cheatdeck.writers.exports.json_export import export_schema

    schema = export_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads(_text(built, "json"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    validator.validate(document)
    ids = [card["id"] for topic in document["topics"] for card in topic["cards"]]
    assert len(ids) == 12 and len(set(ids)) == 12
    guids = {f["guid"] for t in document["topics"] for c in t["cards"] for f in c["facts"]}
    assert guids == {fact.guid for fact in built["facts"]}
    document["topics"][0]["cards"][0]["kind"] = "qa"
    assert not validator.is_valid(document)


def test_a_deletion_inside_code_is_marked_around_its_own_code_span(tmp_path):
    """`` `.a {{c1:://}} "x"` `` (jq): Markdown shows nothing inside code as markup, so the
    deletion's mark was shown as typed (``==//==`` in Obsidian, ``{{cloze //}}`` in
    Logseq, the answer visible), ``$`` in code was escaped (``\\$ENV``, backslash and
    all) and Quizlet lost the blanks beside the code ("x"yields)."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n"
        "  - id: alt\n    kind: cloze\n"
        "    text: '`.a {{c1:://}} \"x\"` yields x when `.a` is {{c2::null or false}}.'\n"
        "  - id: env\n    kind: cloze\n"
        "    text: '`{{c1::$ENV.HOME}}` reads a variable.'\n"
        "  - id: obj\n    kind: cloze\n"
        "    text: '`{{c1::{name: .user} }}` builds an object.'\n",
        "utf-8",
    )
    out = tmp_path / "out"
    names = ["obsidian", "logseq", "quizlet", "mochi"]
    outcome = pipeline.build(corpus, out, [WRITER_NAMES[name] for name in names])
    assert not outcome.report.failed(), outcome.report.render()
    obsidian = (out / "m.obsidian.md").read_text("utf-8")
    assert '`.a` ==`//`== `"x"` yields x when `.a` is ==null or false==.' in obsidian
    assert "==`$ENV.HOME`== reads a variable." in obsidian
    assert "==`{name: .user}`== builds an object." in obsidian
    logseq = (out / "m.logseq.md").read_text("utf-8")
    assert '`.a` {{cloze //}} `"x"` yields x' in logseq
    assert "{{cloze $ENV.HOME}} reads a variable." in logseq
    quizlet = (out / "m.quizlet.txt").read_text("utf-8").splitlines()
    assert '.a […] "x" yields x when .a is null or false.\t//' in quizlet
    assert "[…] reads a variable.\t$ENV.HOME" in quizlet
    mochi = _zip_member(out / "m.mochi", "data.json")
    assert "{{1::`$ENV.HOME`}} reads a variable." in mochi


def test_logseq_clozes_keep_their_hints_as_cues():
    """Anki shows {{c1::to_entries::a builtin}}'s hint; Logseq's cloze macro takes one as
    its cue ('{{cloze answer \\\\ cue}}'), but the hint was dropped. A '\\\\'
    in an answer is split, else Logseq would read what follows it as the cue."""
    from cheatdeck.writers.exports.logseq import cloze_groups

    ((shown, back),) = cloze_groups("`{{c1::to_entries::a builtin}}` makes pairs.")
    assert shown == "{{cloze to_entries \\\\ a builtin}} makes pairs." and back is None
    ((shown, _),) = cloze_groups("A UNC path starts {{c1::\\\\\\\\server}}.")  # \\\\ in Markdown
    assert shown == "A UNC path starts {{cloze \\\u200b\\server}}."


def test_logseq_reads_a_cloze_glued_to_the_word_before_it(tmp_path):
    """mldoc (so Logseq) reads a ``{{cloze …}}`` macro only after a space: Japanese
    ("IPアドレスの{{c1::サブネットマスク}}は"), a deletion inside a word or after a
    bracket was plain text on the card, its answer shown in full on the front."""
    need_mldoc()
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n"
        "  - id: mask\n    kind: cloze\n"
        "    text: IPアドレスの{{c1::サブネットマスク::マスク}}は"
        "{{c2::255.255.255.0}}が一般的です。\n"
        "  - id: words\n    kind: cloze\n"
        "    text: re{{c1::use}}d ({{c1::twice}}){{c1::!}}\n",
        "utf-8",
    )
    out = tmp_path / "out"
    outcome = pipeline.build(corpus, out, [WRITER_NAMES["logseq"]])
    assert not outcome.report.failed(), outcome.report.render()
    nodes = [node for node, _pos in mldoc_nodes(out / "m.logseq.md")]
    blocks = [node[1]["title"] for node in nodes if node[0] == "Heading"]
    macros = [item[1]["arguments"] for title in blocks for item in title if item[0] == "Macro"]
    assert macros == [
        ["サブネットマスク \\\\ マスク"],
        ["255.255.255.0"],
        ["use"],
        ["twice"],
        ["!"],
    ]
    plain = "".join(item[1] for title in blocks for item in title if item[0] == "Plain")
    assert "{{" not in plain


def test_a_line_of_dashes_in_an_answer_stays_text_in_obsidian_and_logseq(tmp_path):
    """An answer line '---' under another line made that line a heading in Obsidian
    (Markdown's underline) and a rule in Logseq (mldoc read 'Horizontal_Rule'); '***' was
    a rule in both. Such lines are escaped and show as written."""
    from markdown_it import MarkdownIt

    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n  - id: lines\n    kind: qa\n    question: Which lines?\n"
        "    answer: |\n      This one\n      ---\n      ***\n      = =\n      and _ alone\n",
        "utf-8",
    )
    out = tmp_path / "out"
    outcome = pipeline.build(corpus, out, [WRITER_NAMES["obsidian"], WRITER_NAMES["logseq"]])
    assert not outcome.report.failed(), outcome.report.render()
    tokens = MarkdownIt("commonmark").parse((out / "m.obsidian.md").read_text("utf-8"))
    assert [t.markup for t in tokens if t.type in ("hr", "heading_open")] == ["#", "##"]
    shown = MarkdownIt("commonmark").render((out / "m.obsidian.md").read_text("utf-8"))
    assert "This one\n---\n***\n= =\nand _ alone" in shown, shown
    need_mldoc()
    nodes = [node for node, _pos in mldoc_nodes(out / "m.logseq.md")]
    assert "Horizontal_Rule" not in [node[0] for node in nodes]
    lines = [i[1].strip() for n in nodes if n[0] == "Paragraph" for i in n[1] if i[0] == "Plain"]
    assert lines == ["---", "***", "= =", "and _ alone"], nodes


def test_a_line_that_starts_like_a_list_or_a_quote_stays_a_line(tmp_path):
    """A definition '- not a list item' (or an answer's line '1. first', '> quoted') was
    a list or a quote in Obsidian and Mochi, and a block of its own in Logseq, its '- '
    gone: the README keeps each line of a text as written, its '-' and '>' too."""
    from markdown_it import MarkdownIt

    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n  - id: dash\n    kind: concept\n    term: A dash\n"
        "    definition: '- not a list item'\n"
        "  - id: lines\n    kind: qa\n    question: Which lines?\n"
        "    answer: |\n      These:\n      - a dash\n      1. a number\n      > a quote\n",
        "utf-8",
    )
    out = tmp_path / "out"
    names = ["obsidian", "logseq", "mochi"]
    outcome = pipeline.build(corpus, out, [WRITER_NAMES[name] for name in names])
    assert not outcome.report.failed(), outcome.report.render()
    md = MarkdownIt("commonmark")
    mochi = json.loads(_zip_member(out / "m.mochi", "data.json"))
    for text in [(out / "m.obsidian.md").read_text("utf-8")] + [
        card["content"] for deck in mochi["decks"] for card in deck["cards"]
    ]:
        kinds = {t.type for t in md.parse(text)}
        assert not kinds & {"bullet_list_open", "ordered_list_open", "blockquote_open"}, text
        shown = md.render(text)
        assert (
            "- not a list item" in shown or "These:\n- a dash\n1. a number\n&gt; a quote" in shown
        )
    need_mldoc()
    nodes = [node for node, _pos in mldoc_nodes(out / "m.logseq.md")]
    titles = [[i[1] for i in n[1]["title"] if i[0] == "Plain"] for n in nodes if n[0] == "Heading"]
    assert ["- not a list item"] in titles and ["These:"] in titles, titles
    lines = [i[1].strip() for n in nodes if n[0] == "Paragraph" for i in n[1] if i[0] == "Plain"]
    assert lines == ["- a dash", "1. a number", "> a quote"], nodes


def test_a_clozes_note_source_and_image_reach_the_back_of_its_cards(tmp_path):
    """Anki shows a cloze's note, source and image under the text; Logseq, Mochi and
    Quizlet left all three out (the image went into the Mochi archive, shown nowhere)."""
    from PIL import Image

    corpus = tmp_path / "cards"
    (corpus / "images").mkdir(parents=True)
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    Image.new("RGB", (4, 4), "yellow").save(corpus / "images" / "box.png")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n  - id: super\n    kind: cloze\n"
        "    text: A {{c1::super}} is a {{c2::honey}} box.\n"
        "    note: It sits above the queen excluder.\n    source: BBKA § Equipment\n"
        "    image: images/box.png\n",
        "utf-8",
    )
    out = tmp_path / "out"
    _build(corpus, out, ["logseq", "mochi", "quizlet"])
    logseq = (out / "m.logseq.md").read_text("utf-8").split("\n")
    for card in [i for i, line in enumerate(logseq) if "#card" in line]:
        assert logseq[card + 1 : card + 4] == [
            "      - ![image](../images/box.png)",
            "      - **Note:** It sits above the queen excluder.",
            "      - **Source:** BBKA § Equipment",
        ], logseq
    (deck,) = [
        d for d in json.loads(_zip_member(out / "m.mochi", "data.json"))["decks"] if d["cards"]
    ]
    assert deck["cards"][0]["content"] == (
        "A {{1::super}} is a {{2::honey}} box.\n\n---\n\n![](@media/images-box.png)\n\n"
        "*Note:* It sits above the queen excluder.\n\n*Source:* BBKA § Equipment"
    )
    rows = (out / "m.quizlet.txt").read_text("utf-8").splitlines()
    assert rows == [
        "A […] is a honey box.\tsuper / Note: It sits above the queen excluder."
        " / Source: BBKA § Equipment",
        "A super is a […] box.\thoney / Note: It sits above the queen excluder."
        " / Source: BBKA § Equipment",
    ]


def test_logseq_asks_a_reversible_fact_both_ways():
    """Anki makes two cards of a concept or question with ``reverse: true``; Logseq had
    the first only (Mochi and Mnemosyne make both, Obsidian writes '??'). The second
    shows the image and extras under its answer, as Anki's reverse card does."""
    from cheatdeck.writers.exports.logseq import fact_blocks

    corpus = pipeline.check(HOSTILE).corpus
    vector = next(c for c in corpus.cards() if c.id == "concept-vector")
    (fact,) = facts_of(vector, "hostile")
    lines = fact_blocks(fact, 0)
    cards = [line for line in lines if " #card " in line]
    assert [card.split(" #card ")[0] for card in cards] == [
        "- std\\:\\:vector\\<int>",
        "- A growable array; `std::vector<T>` & friends push in \\$O(1)\\$ amortised.",
    ]
    back = lines[lines.index(cards[1]) + 1 :]  # the prompt, then what Anki's back adds
    assert back[0] == "  - std\\:\\:vector\\<int>" and back[1:] == lines[2:5], lines


def test_mochi_shows_double_equals_as_written(tmp_path):
    """Mochi reads ``==text==`` as a highlight (its basic formatting): "a==b==c" (Python's
    chained comparison) showed "abc" with a highlighted "b", the marks gone, where Anki
    shows the text as written. Mochi's ``==`` are escaped as Obsidian's and Logseq's are."""
    from markdown_it import MarkdownIt

    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n"
        "  - id: chain\n    kind: qa\n    question: How does Python read a==b==c?\n"
        "    answer: As a==b and b==c, not ==marked== (`x==y` in code)\n"
        "  - id: eq\n    kind: cloze\n    text: In C, {{c1::a==b}} compares.\n",
        "utf-8",
    )
    out = tmp_path / "out"
    _build(corpus, out, ["mochi"])
    data = json.loads(_zip_member(out / "m.mochi", "data.json"))
    chain, eq = [card["content"] for deck in data["decks"] for card in deck["cards"]]
    assert chain == (
        "How does Python read a\\=\\=b\\=\\=c?\n\n---\n\n"
        "As a\\=\\=b and b\\=\\=c, not \\=\\=marked\\=\\= (`x==y` in code)"
    )
    assert eq == "In C, {{1::a\\=\\=b}} compares."
    shown = MarkdownIt("commonmark").render(chain)  # the escapes show the marks as written
    assert "a==b==c?" in shown and "As a==b and b==c, not ==marked==" in shown


def test_mochi_points_an_image_written_in_a_text_and_as_image_at_its_attachment(tmp_path):
    """A card may show its picture in the question and name it as ``image:`` too
    ("Which vessel is this? ![](images/crock.png)"). Mochi attached the file once, but
    the question kept the corpus path, ``](images/crock.png)``, which Mochi finds nowhere
    (a broken image), as only the images other than ``image:`` were pointed at
    ``@media/``."""
    from PIL import Image

    corpus = tmp_path / "cards"
    (corpus / "images").mkdir(parents=True)
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    Image.new("RGB", (4, 4), "brown").save(corpus / "images" / "crock.png")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n  - id: onggi\n    kind: concept\n"
        '    term: "Which vessel? ![onggi](images/crock.png)"\n'
        "    definition: An onggi crock\n    reverse: true\n    image: images/crock.png\n",
        "utf-8",
    )
    out = tmp_path / "out"
    _build(corpus, out, ["mochi"])
    data = json.loads(_zip_member(out / "m.mochi", "data.json"))
    contents = [card["content"] for deck in data["decks"] for card in deck["cards"]]
    assert contents == [
        "Which vessel? ![onggi](@media/images-crock.png)\n\n---\n\nAn onggi crock\n\n"
        "![](@media/images-crock.png)",
        "An onggi crock\n\n---\n\nWhich vessel? ![onggi](@media/images-crock.png)\n\n"
        "![](@media/images-crock.png)",
    ]
    with zipfile.ZipFile(out / "m.mochi") as archive:
        assert sorted(archive.namelist()) == ["data.json", "images-crock.png"]


def _plugin_one_line_cards(text: str) -> list[str]:
    """The lines the Spaced Repetition plugin reads as one-line cards: its parser
    (``src/parser.ts``) takes any line outside a fence that *includes* the separator
    ``::`` (``:::`` reversed) as one, code spans or not, and drops the card being read."""
    found, fence = [], None
    for line in text.split("\n"):
        if fence:
            fence = None if line.startswith(fence) else fence
        elif line.startswith(("```", "~~~")):
            fence = re.match(r"`+|~+", line).group(0)
        elif "::" in line:
            found.append(line)
    return found


def test_obsidian_writes_a_code_span_with_two_colons_so_the_plugin_reads_no_one_line_card(
    tmp_path,
):
    """``::`` inside a code span (`std::vector`, `a::b` in a cloze's answer) was written
    as is: the plugin, which looks for ``::`` in the raw line, read a one-line card
    there ("A growable `std" / "vector` array"), cut the card it was reading and lost its
    question. In a cloze, `a==b==c` in code gave a deletion "b" (and the plugin removes
    every ``==`` from a cloze's text). Such a span is written as HTML, ``<code>…</code>``,
    with its punctuation as character references (``&#58;``), which Obsidian shows as
    the code written."""
    from markdown_it import MarkdownIt

    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n"
        "  - id: vec\n    kind: qa\n    question: 'What does `std::vector<T>` hold?'\n"
        "    answer: 'Elements of `T`; `v.push_back(x)` and `a::b ::: c` `*not* <em>`'\n"
        "  - id: new\n    kind: cloze\n    text: 'Rust makes one with {{c1::`Vec::new()`}}.'\n"
        "  - id: eq\n    kind: cloze\n    text: 'Python reads `a==b==c` as a {{c1::chain}}.'\n",
        "utf-8",
    )
    out = tmp_path / "out"
    _build(corpus, out, ["obsidian"])
    text = (out / "m.obsidian.md").read_text("utf-8")
    assert _plugin_one_line_cards(text) == []
    cards = _obsidian_cards(text)
    assert [lines[0] for _deck, lines in cards] == [
        "What does <code>std&#58;&#58;vector&#60;T&#62;</code> hold?",
        "Rust makes one with ==<code>Vec&#58;&#58;new&#40;&#41;</code>==.",
        "Python reads <code>a&#61;&#61;b&#61;&#61;c</code> as a ==chain==.",
    ]
    # the plugin's deletions, ``==(.*?)==`` in the raw text: the highlight only
    assert re.findall(r"==(.*?)==", cards[2][1][0]) == ["chain"]
    shown = MarkdownIt("commonmark").render("\n".join(cards[0][1]))
    assert "What does <code>std::vector&lt;T&gt;</code> hold?" in shown  # as written
    assert "<code>a::b ::: c</code> <code>*not* &lt;em&gt;</code>" in shown
    assert "`T`" in text and "`v.push_back(x)`" in text  # a span without '::' is kept
    assert "<code>a&#58;&#58;b &#58;&#58;&#58; c</code>" in text


def test_logseq_reads_no_property_from_a_line_that_starts_with_code_holding_two_colons(
    tmp_path,
):
    """mldoc (so Logseq) reads a block's line whose first word ends in ``::`` as a
    property, ``key:: value``, a code span's backtick included: "`tags:: x` on its own
    line" became the property "`tags" (the line gone from the answer), and a question
    starting so lost its text. ``::`` outside code is escaped; such a code span is
    written with a space inside each backtick (`` ` tags:: x ` ``), which mldoc reads
    as code and no property."""
    need_mldoc()
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: M\n", "utf-8")
    (corpus / "a.yaml").write_text(
        "deck: A\ntitle: A\ncards:\n"
        "  - id: prop\n    kind: qa\n    question: '`alias:: x` sets what?'\n"
        "    answer: |-\n      A page alias; so does\n      `tags:: x` on its own line\n"
        "      and `a :: b` stays\n"
        "  - id: key\n    kind: cloze\n    text: '`key::value` is a {{c1::property}}.'\n",
        "utf-8",
    )
    out = tmp_path / "out"
    _build(corpus, out, ["logseq"])
    nodes = [node for node, _pos in mldoc_nodes(out / "m.logseq.md")]
    assert "Property_Drawer" not in [node[0] for node in nodes], nodes
    codes = [
        item[1]
        for node in nodes
        for item in (node[1]["title"] if node[0] == "Heading" else node[1])
        if node[0] in ("Heading", "Paragraph") and item[0] == "Code"
    ]
    assert codes == [" alias:: x ", " tags:: x ", "a :: b", " key::value "], nodes
