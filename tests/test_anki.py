"""The apkg writer, checked in real Anki: identity, times, escaping, look, cloze, media, history.

Builds run the real pipeline (``SOURCE_DATE_EPOCH`` fixes the lock's clock) and
packages are imported with the ``anki`` package into fresh collections in temp
folders, with Anki's default import options. Expensive builds and imports are
shared per module.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

import pytest

from cheatdeck import pipeline
from cheatdeck.facts import Fact, facts_of, guid_for
from cheatdeck.highlight import code_html
from cheatdeck.load import load_corpus
from cheatdeck.model import Command, Concept, Limit
from cheatdeck.text import plain
from cheatdeck.writers import WRITER_NAMES, BuildContext, OutputError, templates_dir
from cheatdeck.writers.anki.fields import cloze_html, media_name
from cheatdeck.writers.anki.notetypes import (
    NOTE_TYPES,
    SCHEMA_VERSION,
    note_type_of,
    schema_snapshot,
    stable_id,
)

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "anki"
KINDS = ROOT / "tests" / "cases" / "kinds" / "cards"
SHIPPED = ROOT / "cards"

EPOCH = 1_700_000_000

import anki.collection as anki_collection  # noqa: E402 - the test extra installs Anki

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


def build_apkg(corpus: Path, out: Path, epoch: int, keep_as: Path | None = None) -> Path:
    """Build only the apkg at ``epoch``; returns it (copied to ``keep_as`` when given)."""
    with source_date(epoch):
        outcome = pipeline.build(corpus, out, [WRITER_NAMES["apkg"]])
    assert not outcome.report.failed(), outcome.report.render()
    built = out / f"{outcome.corpus.name}.apkg"
    if keep_as is not None:
        shutil.copyfile(built, keep_as)
        return keep_as
    return built


def corpus_facts(corpus: Path) -> list[Fact]:
    result = load_corpus(corpus)
    assert result.corpus is not None
    return [f for c in result.corpus.cards() if c.anki for f in facts_of(c, result.corpus.name)]


def copy_tree(source: Path, dest: Path) -> Path:
    shutil.copytree(source, dest)
    (dest / "cheatdeck.lock").unlink(missing_ok=True)
    return dest


def open_collection(folder: Path):
    folder.mkdir(parents=True, exist_ok=True)
    return anki_collection.Collection(str(folder / "collection.anki2"))


def import_apkg(col, apkg: Path):
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    request = ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def guids(log_notes, col) -> set[str]:
    """GUIDs of the notes an import log lists (ids are the target collection's)."""
    return {col.get_note(entry.id.nid).guid for entry in log_notes}


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible(html_text: str) -> str:
    parser = _Visible()
    parser.feed(html_text)
    parser.close()
    return "".join(parser.parts)


def package_notes(apkg: Path) -> dict[str, dict]:
    """guid -> {fields (by name), tags, mod, notetype} read from the package's SQLite."""
    with zipfile.ZipFile(apkg) as archive:
        data = archive.read("collection.anki2")
    conn = sqlite3.connect(":memory:")
    conn.deserialize(data)
    models = json.loads(conn.execute("SELECT models FROM col").fetchone()[0])
    notes = {}
    for guid, mid, mod, tags, flds in conn.execute("SELECT guid, mid, mod, tags, flds FROM notes"):
        model = models[str(mid)]
        names = [f["name"] for f in model["flds"]]
        notes[guid] = {
            "fields": dict(zip(names, flds.split("\x1f"), strict=True)),
            "tags": tags.split(),
            "mod": mod,
            "notetype": model["name"],
        }
    conn.close()
    return notes


def expected_sources(fact: Fact) -> dict[str, tuple[str, str]]:
    """field -> (how it is written, source): "md" inline Markdown, "code", or "raw" text."""
    card = fact.card
    own: dict[str, tuple[str, str]]
    if fact.variant.startswith("concept"):
        example = card.example if isinstance(card, Concept) else None
        own = {
            "Term": ("md", fact.prompt),
            "Definition": ("md", fact.answer),
            "Example": ("md", example or ""),
        }
    elif fact.variant.startswith("qa"):
        own = {"Question": ("md", fact.prompt), "Answer": ("md", fact.answer)}
    elif fact.variant == "command":
        output = card.output if isinstance(card, Command) else None
        own = {
            "Task": ("md", fact.prompt),
            "Command": ("code", fact.answer),
            "Output": ("code", output or ""),
        }
    elif fact.variant == "limit":
        as_of = card.as_of.isoformat() if isinstance(card, Limit) and card.as_of else ""
        own = {"Subject": ("md", fact.prompt), "Value": ("md", fact.answer), "AsOf": ("raw", as_of)}
    elif fact.variant == "table-cell":
        own = {
            "Prompt": ("md", fact.prompt),
            "Cell": ("md", fact.answer),
            # the title, then the row_header the top-left cell shows (the template
            # shows each in its place: test_anki_look)
            "Table": ("raw", plain(fact.context) + plain(getattr(card, "row_header", "") or "")),
            "Row": ("md", _row_as_shown(card, fact.row)),
            "Column": ("md", fact.column),
        }
    elif fact.variant == "cloze":
        own = {"Text": ("md", fact.prompt)}
    elif fact.variant == "snippet":
        own = {"Title": ("md", fact.prompt), "Code": ("code", fact.answer)}
    else:
        terms = [item.term for item in card.items if item.term]
        prompt = ("md", fact.prompt)
        if fact.prompt not in terms:  # a plain item: the other items, its own hidden
            shown = ["?" if i.text == fact.answer else plain(i.term or i.text) for i in card.items]
            prompt = ("raw", "".join(shown))
        own = {
            "Prompt": prompt,
            "Item": ("md", fact.answer),
            "List": ("md", fact.context),
        }
    own.update(
        Note=("md", card.note or ""),
        Source=("md", card.source or ""),
        CheatdeckId=("raw", card.id),
    )
    if fact.variant in ("table-cell", "list-item"):
        own["CheatdeckKey"] = ("raw", fact.key)
    return own


def _row_as_shown(card, row: str) -> str:
    """A row label that is a bare number is named with the table's row_header."""
    header = getattr(card, "row_header", None)
    if header and row and all(ch.isdigit() or ch in ".,+−-" for ch in row):
        return f"{header} {row}"
    return row


def assert_fields_show_their_source(apkg: Path, facts: list[Fact]) -> int:
    """Every field's visible text equals its source text; returns the fields checked."""
    notes = package_notes(apkg)
    checked = 0
    problems = []
    for fact in facts:
        fields = notes[fact.guid]["fields"]
        for name, (how, source) in expected_sources(fact).items():
            shown = visible(fields[name])
            wanted = (
                plain(source) if how == "md" else source.rstrip("\n") if how == "code" else source
            )
            if shown != wanted:
                problems.append(f"{fact.key} {name}: shows {shown!r}, source {wanted!r}")
            checked += 1
    assert not problems, "\n".join(problems)
    return checked


def card_states(col) -> dict[tuple[str, int], tuple]:
    """(note guid, template ord) -> the card's scheduling state."""
    states = {}
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        key = (card.note().guid, card.ord)
        states[key] = (card.id, card.type, card.queue, card.due, card.ivl, card.reps, card.lapses)
    return states


def revlog(col) -> list[tuple]:
    return col.db.all("SELECT id, cid, ease, ivl, type FROM revlog ORDER BY id")


def answer(col, card_id: int, rating_name: str) -> None:
    from anki.scheduler.v3 import CardAnswer

    card = col.get_card(card_id)
    card.start_timer()
    states = col._backend.get_scheduling_states(card.id)
    rating = getattr(CardAnswer, rating_name)
    col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=rating))


def guid_of(facts: list[Fact], key: str) -> str:
    return next(f.guid for f in facts if f.key == key)


# ---------------------------------------- golden: schema and identity


def test_note_type_schema_matches_the_golden_snapshot(update_golden):
    snapshot = schema_snapshot()
    path = GOLDEN / "notetypes.json"
    if update_golden:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(snapshot, indent=1, ensure_ascii=False) + "\n", "utf-8")
    golden = json.loads(path.read_text("utf-8"))
    assert snapshot == golden, (
        "a note type's name, id, fields or templates changed: existing notes would stop "
        "updating in Anki; bump SCHEMA_VERSION deliberately and run pytest --update-golden"
    )


def test_note_type_ids_come_from_fixed_strings_through_sha256():
    ids = set()
    for spec in NOTE_TYPES.values():
        assert spec.name.startswith("cheatdeck ")
        assert spec.id == stable_id(f"cheatdeck notetype {spec.variant} v{SCHEMA_VERSION}")
        assert spec.fields[-4:] == ("Note", "Source", "Image", "CheatdeckId") or spec.fields[
            -5:
        ] == ("Note", "Source", "Image", "CheatdeckId", "CheatdeckKey")
        ids.add(spec.id)
    assert len(ids) == len(NOTE_TYPES) == 8  # reverse is a card of concept and qa
    reversed_types = {v: s for v, s in NOTE_TYPES.items() if "Reverse" in s.fields}
    assert set(reversed_types) == {"concept", "qa"}
    assert {len(s.templates) for s in reversed_types.values()} == {2}
    assert all(len(s.templates) == 1 for v, s in NOTE_TYPES.items() if v not in reversed_types)


def _independent_guid(name: str, key: str) -> str:
    import hashlib

    alphabet = (
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        "!#$%&()*+,-./:;<=>?@[]^_`{|}~"
    )
    number = int.from_bytes(
        hashlib.sha256(f"cheatdeck\0{name}\0{key}".encode()).digest()[:8], "big"
    )
    out = ""
    while number:
        number, rest = divmod(number, 91)
        out = alphabet[rest] + out
    return out


def test_guid_formula_matches_the_golden_file(update_golden):
    facts = corpus_facts(KINDS)
    samples = [
        ("aws-refresher", "iam-role"),
        ("aws-refresher", "ec2-types/General purpose/Example"),
        ("kinds", "list-practices#Least privilege"),
        ("kinds", "list-practices#2"),
        ("other", "ünïcode-key/Row — 1/Col <b>"),
    ]
    current = {
        "formula": "base91(first 8 bytes of sha256('cheatdeck' NUL corpus-name NUL note-key))",
        "kinds": {f.key: f.guid for f in facts},
        "samples": [[name, key, guid_for(name, key)] for name, key in samples],
    }
    path = GOLDEN / "guids.json"
    if update_golden:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n", "utf-8")
    golden = json.loads(path.read_text("utf-8"))
    assert current == golden, "a GUID changed: every user's notes would be duplicated"
    for name, key, guid in golden["samples"]:
        assert _independent_guid(name, key) == guid
    # keys: the card id, plus row and column for a cell, plus term or text digest for an item
    assert "table-storage/EBS/Kind" in golden["kinds"]
    assert "list-practices#Least privilege" in golden["kinds"]
    digest = hashlib.sha256(b"Enable MFA for the root user").hexdigest()[:10]
    assert f"list-practices#~{digest}" in golden["kinds"]
    assert not any(re.search(r"#\d+$", key) for key in golden["kinds"])  # never a position


# ---------------------------------------- one shared build of the kinds corpus


@dataclass
class KindsBuild:
    corpus: Path
    apkg: Path
    facts: list[Fact]
    col: object
    log: object
    media_dir: Path


# The kinds corpus has every kind; these two cards add the remaining note types.
EXTRA_YAML = """deck: Extra
title: The other note types
cards:
  - id: concept-plain
    kind: concept
    term: Availability Zone
    definition: One or more isolated data centres inside a Region.
  - id: qa-both-ways
    kind: qa
    question: Which TCP port does HTTPS listen on by default?
    answer: "443"
    reverse: true
"""


@pytest.fixture(scope="module")
def kinds(tmp_path_factory) -> KindsBuild:
    root = tmp_path_factory.mktemp("kinds")
    corpus = copy_tree(KINDS, root / "cards")
    (corpus / "extra.yaml").write_text(EXTRA_YAML, "utf-8")
    apkg = build_apkg(corpus, root / "out", EPOCH)
    col = open_collection(root / "anki")
    log = import_apkg(col, apkg)
    yield KindsBuild(corpus, apkg, corpus_facts(corpus), col, log, Path(col.media.dir()))
    col.close()


def expected_card_count(facts: list[Fact]) -> int:
    count = 0
    for fact in facts:
        if fact.variant == "cloze":
            count += len(set(re.findall(r"\{\{c(\d+)::", fact.prompt)))
        else:
            count += 2 if fact.variant.endswith("-reverse") else 1
    return count


def test_import_counts_notes_cards_and_decks_of_the_corpus(kinds):
    col = kinds.col
    assert len(kinds.log.new) == len(kinds.facts) == col.note_count()
    assert not kinds.log.updated and not kinds.log.duplicate and not kinds.log.conflicting
    assert col.card_count() == expected_card_count(kinds.facts)
    decks = {d.name for d in col.decks.all_names_and_ids()} - {"Default"}
    assert decks == {
        "Kinds",
        "Kinds::Basics",
        "Kinds::Extra",
        "Kinds::Numbers",
        "Kinds::Numbers::Limits",
    }
    assert {note_type_of(f.variant).variant for f in kinds.facts} == set(NOTE_TYPES)  # every type
    assert {"concept-reverse", "qa-reverse"} <= {f.variant for f in kinds.facts}
    for fact in kinds.facts:
        note = col.get_note(col.find_notes(f'"CheatdeckId:{fact.card.id}"')[0])
        for card in note.cards():
            assert col.decks.name(card.did) == fact.card.deck


def test_every_card_renders_a_front_and_a_back(kinds):
    col = kinds.col
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        front, back = visible(card.question()), visible(card.answer())
        assert front.strip() and back.strip()
        assert len(back.strip()) > len(front.strip())  # the back adds the answer
    assert not col.get_empty_cards().notes


def test_raw_html_in_cards_shows_as_text(kinds):
    col = kinds.col
    note = col.get_note(col.find_notes('"CheatdeckId:qa-branch"')[0])
    card = note.cards()[0]
    html_back = card.answer()
    assert "<script>" not in html_back
    shown = visible(html_back)
    assert "git checkout <branch> — not <script>alert(1)</script>" in shown
    assert "Vec<String> and std::vector<int> & a && b > c stay as written." in shown
    assert "How do you switch to a branch named <branch>?" in visible(card.question())


def test_fields_show_exactly_their_source_text(kinds):
    assert assert_fields_show_their_source(kinds.apkg, kinds.facts) > 50


def test_search_by_card_id_finds_every_note_of_a_card(kinds):
    col = kinds.col
    assert len(col.find_notes('"CheatdeckId:table-*"')) == 4
    assert len(col.find_notes('"CheatdeckId:list-practices"')) == 3
    assert len(col.find_notes('"CheatdeckKey:table-storage/EBS/*"')) == 2


def test_tags_are_hierarchical_without_spaces_and_name_the_kind(kinds):
    col = kinds.col
    for fact in kinds.facts:
        note = col.get_note(col.find_notes(f'"CheatdeckId:{fact.card.id}"')[0])
        assert f"kind::{fact.card.kind}" in note.tags
        assert set(fact.card.tags) <= set(note.tags)
        assert all(" " not in tag for tag in note.tags)
    assert col.find_notes("tag:kind::table")


def test_images_are_shipped_under_content_hashed_names(kinds):
    source = (kinds.corpus / "images" / "dot.png").read_bytes()
    name, _ = media_name("images/dot.png", source)
    assert re.fullmatch(r"dot-[0-9a-f]{16}\.png", name)
    assert (kinds.media_dir / name).read_bytes() == source
    assert not any(p.name.startswith("_") for p in kinds.media_dir.iterdir())
    note = kinds.col.get_note(kinds.col.find_notes('"CheatdeckId:concept-role"')[0])
    assert note["Image"] == f'<img src="{name}" alt="">'
    assert f'src="{name}"' in note.cards()[0].answer()


def test_note_types_carry_their_look_inside(kinds):
    col = kinds.col
    names = {m.name for m in col.models.all_names_and_ids()}
    assert not any(n.endswith("+") for n in names)
    for fact_variant in {f.variant for f in kinds.facts}:
        model = col.models.get(note_type_of(fact_variant).id)
        assert model is not None and model["name"] == note_type_of(fact_variant).name
        css = model["css"]
        for palette in (".nightMode", ".night_mode"):
            assert palette in css
        assert ".hl-" in css  # Pygments classes for highlighted code
        assert "overflow-x: auto" in css  # wide tables and code scroll on a phone
        everything = css + "".join(t["qfmt"] + t["afmt"] for t in model["tmpls"])
        for external in ("http:", "https:", "@import", "url(", "<script", "@font-face", "<link"):
            assert external not in everything, external
    assert col.models.by_name("cheatdeck Cloze")["type"] == 1


def test_code_is_highlighted_in_command_and_snippet_cards(kinds):
    col = kinds.col
    note = col.get_note(col.find_notes('"CheatdeckId:cmd-for-loop"')[0])
    assert note["Command"] == code_html("for i in range(3):\n    print(i)", "python")
    assert 'class="hl-k"' in note["Command"]
    snippet = col.get_note(col.find_notes('"CheatdeckId:snippet-policy"')[0])
    # the placeholder is marked as one before the lexer runs (highlight.py)
    assert 'arn:aws:s3:::<span class="placeholder">&lt;bucket&gt;</span>/*' in snippet["Code"]


def test_cloze_cards_keep_the_authors_numbers(kinds):
    col = kinds.col
    note = col.get_note(col.find_notes('"CheatdeckId:cloze-region"')[0])
    cards = sorted(note.cards(), key=lambda c: c.ord)
    assert [c.ord for c in cards] == [0, 1]
    assert "[...]" in visible(cards[0].question()) and "Availability Zones" in visible(
        cards[0].question()
    )
    assert "[AZs]" in visible(cards[1].question())
    assert "Availability Zones" in visible(cards[1].answer())


# ---------------------------------------- determinism


def test_two_builds_of_the_same_corpus_give_the_same_bytes(tmp_path, kinds):
    other = copy_tree(KINDS, tmp_path / "cards")
    (other / "extra.yaml").write_text(EXTRA_YAML, "utf-8")
    again = build_apkg(other, tmp_path / "out", EPOCH)
    assert again.read_bytes() == kinds.apkg.read_bytes()
    with zipfile.ZipFile(again) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos][:2] == ["collection.anki2", "media"]
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in infos)
        assert {i.date_time for i in infos} == {(2023, 11, 14, 22, 13, 20)}
        conn = sqlite3.connect(":memory:")
        conn.deserialize(archive.read("collection.anki2"))
        crt, mod, scm = conn.execute("SELECT crt, mod, scm FROM col").fetchone()
        assert (crt, mod, scm) == (EPOCH, EPOCH * 1000, EPOCH * 1000)
        assert {m for (m,) in conn.execute("SELECT mod FROM notes")} == {EPOCH}
        conn.close()


# ---------------------------------------- history: edit, rebuild, re-import


@dataclass
class History:
    facts_before: list[Fact]
    facts_after: list[Fact]
    edited: set[str]
    states_before: dict
    states_after: dict
    revlog_before: list
    revlog_after: list
    log_edit: object
    log_same: object
    log_old: object
    updated_guids: set[str]
    notetype_names: set[str]
    cards_before: int
    cards_after: int
    same_bytes: bool
    texts: dict = field(default_factory=dict)


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> History:
    root = tmp_path_factory.mktemp("history")
    corpus = copy_tree(KINDS, root / "cards")
    out = root / "out"
    v1 = build_apkg(corpus, out, EPOCH, keep_as=root / "v1.apkg")
    before = corpus_facts(corpus)
    col = open_collection(root / "anki")
    try:
        import_apkg(col, v1)
        # study: learn some cards, including ones whose notes are edited below
        for key, rating in (
            ("qa-branch", "GOOD"),
            ("table-storage/EFS/Scope", "EASY"),
            ("cloze-region", "GOOD"),
            ("concept-role", "EASY"),
            ("limit-timeout", "AGAIN"),
        ):
            nid = col.find_notes(f'"CheatdeckKey:{key}"' if "/" in key else f'"CheatdeckId:{key}"')
            for card in col.get_note(nid[0]).cards():
                answer(col, card.id, rating)
        states_before, revlog_before = card_states(col), revlog(col)
        cards_before = col.card_count()

        numbers, basics = corpus / "numbers.yaml", corpus / "basics.yaml"
        text = basics.read_text("utf-8").replace("— not <script>", "— never <script>")
        basics.write_text(text, "utf-8")
        text = numbers.read_text("utf-8")
        text = text.replace('"Regional | multi-AZ"', '"Regional, multi-AZ"')
        text = text.replace(
            "{{c2::Availability Zones::AZs}}.",
            "{{c2::Availability Zones::AZs}} in {{c3::one partition}}.",
        )
        text = text.replace("as_of: 2025-01-01", "as_of: 2024-06-30")
        numbers.write_text(text, "utf-8")
        image = corpus / "images" / "dot.png"
        image.write_bytes(image.read_bytes() + b"changed")  # same path, new bytes
        v2 = build_apkg(corpus, out, EPOCH + 100, keep_as=root / "v2.apkg")
        v3 = build_apkg(corpus, out, EPOCH + 200, keep_as=root / "v3.apkg")
        after = corpus_facts(corpus)

        log_edit = import_apkg(col, v2)
        updated = guids(log_edit.updated, col)
        log_same = import_apkg(col, v3)
        log_old = import_apkg(col, v1)
        texts = {
            key: col.get_note(col.find_notes(f'"CheatdeckKey:{key}"')[0])["Cell"]
            for key in ("table-storage/EFS/Scope",)
        }
        for card_id, name in (
            ("qa-branch", "Answer"),
            ("limit-timeout", "AsOf"),
            ("concept-role", "Image"),
        ):
            texts[card_id] = col.get_note(col.find_notes(f'"CheatdeckId:{card_id}"')[0])[name]
        texts["media"] = sorted(os.listdir(col.media.dir()))
        texts["image"] = media_name("images/dot.png", image.read_bytes())[0]
        return History(
            facts_before=before,
            facts_after=after,
            edited={
                guid_of(after, "qa-branch"),
                guid_of(after, "table-storage/EFS/Scope"),
                guid_of(after, "cloze-region"),
                guid_of(after, "limit-timeout"),
                guid_of(after, "concept-role"),
            },
            states_before=states_before,
            states_after=card_states(col),
            revlog_before=revlog_before,
            revlog_after=revlog(col),
            log_edit=log_edit,
            log_same=log_same,
            log_old=log_old,
            updated_guids=updated,
            notetype_names={m.name for m in col.models.all_names_and_ids()},
            cards_before=cards_before,
            cards_after=col.card_count(),
            same_bytes=v2.read_bytes() == v3.read_bytes(),
            texts=texts,
        )
    finally:
        col.close()


def test_reimport_after_edit_updates_exactly_the_edited_notes(history):
    assert history.updated_guids == history.edited
    assert not history.log_edit.new and not history.log_edit.conflicting
    assert len(history.log_edit.duplicate) == len(history.facts_after) - len(history.edited)
    assert history.texts["table-storage/EFS/Scope"] == "Regional, multi-AZ"
    assert "never &lt;script&gt;" in history.texts["qa-branch"]
    assert history.texts["limit-timeout"] == "2024-06-30"


def test_a_changed_image_arrives_under_a_new_name_and_updates_its_note(history):
    new_name = history.texts["image"]
    assert history.texts["concept-role"] == f'<img src="{new_name}" alt="">'
    assert new_name in history.texts["media"] and len(history.texts["media"]) == 2


def test_media_names_are_content_hashed_basenames_never_hidden():
    data = b"\x89PNG fake"
    for path, stem in (
        ("images/_secret.PNG", "secret"),
        ("a/.hidden.png", "hidden"),
        ("deep/er/My Diagram (v2).svg", "My-Diagram-v2"),
        ("images/___.gif", "image"),
    ):
        name, digest = media_name(path, data)
        assert name == f"{stem}-{digest}{PurePosixPath(path).suffix.lower()}"
        assert not name.startswith(("_", ".")) and "/" not in name and " " not in name
    assert media_name("x.png", b"1")[0] != media_name("x.png", b"2")[0]


def test_reimport_after_edit_adds_no_second_note_type(history):
    assert not any(name.endswith("+") for name in history.notetype_names)
    cheatdeck_types = {n for n in history.notetype_names if n.startswith("cheatdeck ")}
    assert cheatdeck_types == {note_type_of(f.variant).name for f in history.facts_after}


def test_reimport_after_edit_keeps_review_state_and_history(history):
    assert history.revlog_before and history.revlog_after == history.revlog_before
    studied = {k: v for k, v in history.states_before.items() if v[5] > 0}
    assert len(studied) >= 5
    for key, state in history.states_before.items():
        assert history.states_after[key] == state, key


def test_adding_a_cloze_deletion_adds_a_card(history):
    assert history.cards_after == history.cards_before + 1
    cloze_guid = guid_of(history.facts_after, "cloze-region")
    assert (cloze_guid, 2) in history.states_after and (cloze_guid, 2) not in history.states_before


def test_reimporting_an_unchanged_build_updates_nothing(history):
    assert history.same_bytes
    assert not history.log_same.updated and not history.log_same.new
    assert len(history.log_same.duplicate) == len(history.facts_after)
    # an older build never rolls notes back
    assert not history.log_old.updated and not history.log_old.new


# ---------------------------------------- the look changes alone


def test_a_css_only_change_is_applied_on_reimport(tmp_path, monkeypatch):
    corpus = copy_tree(KINDS, tmp_path / "cards")
    first = build_apkg(corpus, tmp_path / "out", EPOCH, keep_as=tmp_path / "first.apkg")
    col = open_collection(tmp_path / "anki")
    try:
        import_apkg(col, first)
        templates = tmp_path / "templates"
        shutil.copytree(templates_dir(), templates)
        with (templates / "anki" / "style.css").open("a", encoding="utf-8") as css:
            css.write("\n.cd-test-marker { color: #123456; }\n")
        monkeypatch.setattr(BuildContext, "templates", property(lambda self: templates))
        second = build_apkg(corpus, tmp_path / "out", EPOCH + 100, keep_as=tmp_path / "second.apkg")
        log = import_apkg(col, second)
        assert not log.updated and not log.new and not log.conflicting
        qa = col.models.get(NOTE_TYPES["qa"].id)
        assert ".cd-test-marker" in qa["css"]
        assert (
            ".cd-test-marker"
            in col.get_card(col.find_cards('"CheatdeckId:qa-branch"')[0]).question()
        )
        assert not any(m.name.endswith("+") for m in col.models.all_names_and_ids())
        assert package_notes(first) == package_notes(second)  # notes untouched, times too
        lock = json.loads((corpus / "cheatdeck.lock").read_text("utf-8"))
        assert lock["other"]["notetype:cheatdeck Q&A"]["changed"] == EPOCH + 100
        assert {e["changed"] for e in lock["cards"].values()} == {EPOCH}
    finally:
        col.close()


def test_missing_templates_are_an_output_error_not_a_traceback(tmp_path, monkeypatch):
    corpus = copy_tree(KINDS, tmp_path / "cards")
    (tmp_path / "templates" / "anki").mkdir(parents=True)
    monkeypatch.setattr(BuildContext, "templates", property(lambda self: tmp_path / "templates"))
    with source_date(EPOCH), pytest.raises(OutputError, match="Anki templates missing"):
        pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES["apkg"]])
    assert not (tmp_path / "out" / "kinds.apkg").exists()


# ---------------------------------------- cloze guards


GUARD_YAML = r"""deck: Guard
title: Guard
cards:
  - id: cloze-guard
    kind: cloze
    text: 'In C++ {{c1::std\:\:vector}} holds items;
      JSON {{c2::{"a"\: {"b"\: 1\}\}::object}} and **{{c3::bold}}** {stay}
      {{c4::\{x\}::set}}.'
"""


def test_cloze_guards_double_colons_and_braces_inside_deletions(tmp_path):
    corpus = copy_tree(KINDS, tmp_path / "cards")
    (corpus / "guard.yaml").write_text(GUARD_YAML, "utf-8")
    field = cloze_html(corpus_facts(corpus)[-1].prompt)
    assert re.findall(r"\{\{c(\d)::", field) == ["1", "2", "3", "4"]
    assert field.count("}}") == 4 and field.count("::") == 6  # 4 openings + 2 hints
    apkg = build_apkg(corpus, tmp_path / "out", EPOCH)
    col = open_collection(tmp_path / "anki")
    try:
        import_apkg(col, apkg)
        note = col.get_note(col.find_notes('"CheatdeckId:cloze-guard"')[0])
        cards = sorted(note.cards(), key=lambda c: c.ord)
        assert [c.ord for c in cards] == [0, 1, 2, 3]
        first_q, second_q = visible(cards[0].question()), visible(cards[1].question())
        assert "In C++ [...] holds items" in first_q
        assert "[object]" in second_q and "std::vector" in second_q
        shown = visible(cards[2].answer())
        assert 'In C++ std::vector holds items; JSON {"a": {"b": 1}} and bold {stay} {x}.' in shown
        assert "<strong>" in cards[2].answer()
        assert "[set]" in visible(cards[3].question()) and "{x}" in visible(cards[3].answer())
    finally:
        col.close()


# ---------------------------------------- retiring a card, through the CLI


def test_removed_card_fails_until_retired_then_ships_tagged(kinds_corpus, cli, tmp_path):
    out = tmp_path / "out"
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH)}
    first = cli("build", kinds_corpus, "-o", out, "-f", "apkg", env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    apkg = out / "kinds.apkg"
    v1 = apkg.read_bytes()
    retired_guid = guid_for("kinds", "limit-text")
    col = open_collection(tmp_path / "anki")
    try:
        import_apkg(col, apkg)

        numbers = kinds_corpus / "numbers.yaml"
        text = numbers.read_text("utf-8")
        block = re.search(r"  - id: limit-text\n(?:    .*\n)+", text)
        assert block is not None
        numbers.write_text(text.replace(block.group(0), ""), "utf-8")
        env["SOURCE_DATE_EPOCH"] = str(EPOCH + 100)
        failed = cli("build", kinds_corpus, "-o", out, "-f", "apkg", env=env)
        assert failed.returncode == 1
        assert "removed-card" in failed.stdout + failed.stderr
        assert apkg.read_bytes() == v1  # nothing written

        corpus_yaml = kinds_corpus / "corpus.yaml"
        corpus_yaml.write_text(corpus_yaml.read_text("utf-8") + "retired: [limit-text]\n", "utf-8")
        passed = cli("build", kinds_corpus, "-o", out, "-f", "apkg", env=env)
        assert passed.returncode == 0, passed.stdout + passed.stderr
        log = import_apkg(col, apkg)
        assert guids(log.updated, col) == {retired_guid}
        assert not log.new
        note = col.get_note(col.find_notes('"CheatdeckId:limit-text"')[0])
        assert note.guid == retired_guid
        assert "cheatdeck::retired" in note.tags
    finally:
        col.close()


# ---------------------------------------- the shipped corpus


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    root = tmp_path_factory.mktemp("shipped")
    corpus = copy_tree(SHIPPED, root / "cards")
    with source_date(EPOCH):
        outcome = pipeline.build(corpus, root / "out", [WRITER_NAMES["apkg"]])
    assert not outcome.report.failed(), outcome.report.render()
    apkg = root / "out" / f"{outcome.corpus.name}.apkg"
    col = open_collection(root / "anki")
    log = import_apkg(col, apkg)
    yield apkg, corpus_facts(corpus), col, log
    col.close()


def test_shipped_corpus_imports_with_zero_empty_cards(shipped):
    apkg, facts, col, log = shipped
    assert len(log.new) == len(facts) == col.note_count()
    assert col.card_count() == expected_card_count(facts)
    assert not col.get_empty_cards().notes
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        assert visible(card.question()).strip() and visible(card.answer()).strip()
    assert not any(m.name.endswith("+") for m in col.models.all_names_and_ids())


def test_shipped_corpus_fields_show_exactly_their_source_text(shipped):
    apkg, facts, _, _ = shipped
    assert assert_fields_show_their_source(apkg, facts) > len(facts)


def test_the_benchmarks_genanki_baseline_writes_the_very_notes_of_the_apkg(kinds_corpus, tmp_path):
    # BENCHMARKS.md compares the apkg writer with genanki writing "the same notes": check
    # that Anki finds the same GUIDs, fields and tags in both packages
    from conftest import run_bench_worker

    ours = build_apkg(kinds_corpus, tmp_path / "out", 1_700_000_000)
    run_bench_worker("genanki-same", kinds_corpus, tmp_path / "bench")
    theirs = tmp_path / "bench" / "genanki-same.apkg"

    def notes(apkg: Path, folder: Path) -> dict:
        col = open_collection(folder)
        try:
            import_apkg(col, apkg)
            found = {}
            for note_id in col.find_notes(""):
                note = col.get_note(note_id)
                found[note.guid] = (list(note.fields), sorted(note.tags))
            return found
        finally:
            col.close()

    expected = notes(ours, tmp_path / "a")
    assert expected and notes(theirs, tmp_path / "b") == expected


def test_a_plain_list_item_hides_itself_not_an_item_explained_by_its_text(tmp_path):
    """'- Roof' after '- Lid: Roof' hid the Lid item and showed 'Roof', its own answer,
    on its front."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: hive\ntitle: Hive\ndeck: Hive\n", "utf-8")
    (corpus / "parts.yaml").write_text(
        "deck: Parts\ntitle: Parts\ncards:\n  - id: parts\n    kind: list\n"
        "    title: Hive, bottom to top\n    items:\n      - Floor\n      - Lid: Roof\n"
        "      - Roof\n      - Brood box\n",
        "utf-8",
    )
    col = open_collection(tmp_path / "anki")
    import_apkg(col, build_apkg(corpus, tmp_path / "out", 1_700_000_000))
    (roof,) = [
        visible(card.question())
        for card in map(col.get_card, col.find_cards('"CheatdeckId:parts"'))
        if card.note()["Item"] == "Roof" and "#~" in card.note()["CheatdeckKey"]
    ]
    assert "Lid" in roof and "Roof" not in roof, roof
    col.close()


def test_a_row_labelled_with_a_bare_number_is_named_with_its_row_header(tmp_path):
    """A hurricane scale's rows "1".."5" under 'row_header: Category' showed "1 — km/h ?"
    on the card, nothing saying what "1" is: the card names the row "Category 1"; a
    label of words stays as written, and so does a number under no row_header."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: wx\ntitle: Wx\ndeck: Wx\n", "utf-8")
    (corpus / "scales.yaml").write_text(
        "deck: Scales\ntitle: Scales\ncards:\n"
        "  - id: saffir\n    kind: table\n    title: Saffir-Simpson scale\n"
        "    row_header: Category\n    columns: [mph, km/h]\n    rows:\n"
        '      "1": [74-95, 119-153]\n      "5": ["157+", "252+"]\n'
        "      Tropical storm: [39-73, 63-118]\n"
        "  - id: bare\n    kind: table\n    title: Rounds\n    columns: [Points]\n"
        '    rows:\n      "1": ["10"]\n      "2": ["20"]\n',
        "utf-8",
    )
    col = open_collection(tmp_path / "anki")
    import_apkg(col, build_apkg(corpus, tmp_path / "out", 1_700_000_000))
    rows = {}
    for card in map(col.get_card, col.find_cards("")):
        note = card.note()
        rows.setdefault(note["CheatdeckId"], set()).add(visible(note["Row"]))
        if note["Row"] == "Category 5" and note["Column"] == "mph":
            assert "Category 5" in visible(card.question()), visible(card.question())
    assert rows == {
        "saffir": {"Category 1", "Category 5", "Tropical storm"},
        "bare": {"1", "2"},
    }, rows
    col.close()
