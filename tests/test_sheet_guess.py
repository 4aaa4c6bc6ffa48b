"""The PDF laid out once after an edit: the last build's "(cont.)" headings, kept in OUT's
manifest, are the first layout's guess. Whatever the edit, the PDF is byte for byte the
one a build without the guess makes; when the guess holds it took one layout.

The corpus is written here (PostgreSQL, A4 portrait in two columns, large type, so
that a few cards make several columns): commands, concepts, a table, a list, a snippet
long enough to split, and one concept taller than a column.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from cheatdeck import cli, incremental
from cheatdeck.writers.sheet import layout_check, pdf

COMMANDS = [
    ("Connect to a database as a user", "psql -h <host> -U <user> <db>"),
    ("List the databases", r"psql -l"),
    ("Dump one database to a file", "pg_dump -Fc <db> > <db>.dump"),
    ("Restore a custom-format dump", "pg_restore -d <db> <db>.dump"),
    ("Create a database", "createdb <db>"),
    ("Drop a database", "dropdb <db>"),
    ("Start a server on a data folder", "pg_ctl -D <datadir> start"),
    ("Reload the configuration", "pg_ctl -D <datadir> reload"),
    ("Check that a server accepts connections", "pg_isready -h <host>"),
    ("Vacuum and analyse every database", "vacuumdb --all --analyze"),
]
CONCEPTS = {
    "MVCC": "every transaction sees a snapshot; writers never block readers",
    "WAL": "the write-ahead log: changes are logged before the data files change",
    "TOAST": "large values stored out of line, compressed, in a side table",
    "Vacuum": "reclaims space held by dead row versions and updates the visibility map",
    "Autovacuum": "a background worker that vacuums and analyses tables as they change",
    "Tablespace": "a folder where a database keeps some of its files",
    "Role": "a user or a group; it owns objects and holds privileges",
    "Schema": "a namespace inside a database for tables, views and functions",
}
SETTINGS = {
    "shared_buffers": "memory for the shared page cache",
    "work_mem": "memory one sort or hash may use before spilling to disk",
    "max_connections": "how many clients may connect at once",
    "effective_cache_size": "the planner's guess of the OS cache",
    "maintenance_work_mem": "memory for VACUUM and CREATE INDEX",
}
LONG_TEXT = " ".join(
    f"Step {n}: the planner weighs sequential scans, index scans and joins by cost."
    for n in range(1, 60)
)


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text(
        "name: pg\ntitle: PostgreSQL at the prompt\ndeck: PostgreSQL\n"
        "settings:\n  paper: a4\n  orientation: portrait\n  font_size: 11\n",
        encoding="utf-8",
    )
    tools = [
        {"id": f"cmd-{n}", "kind": "command", "task": task, "command": command}
        for n, (task, command) in enumerate(COMMANDS)
    ]
    tools.append(
        {
            "id": "settings",
            "kind": "table",
            "title": "Settings you tune first",
            "row_header": "Setting",
            "columns": ["Sets"],
            "rows": {name: [means] for name, means in SETTINGS.items()},
        }
    )
    tools.append(
        {
            "id": "backup-script",
            "kind": "snippet",
            "title": "A nightly backup script",
            "lang": "shell",
            "code": "\n".join(
                f"pg_dump -Fc db{n} > /backup/db{n}.dump  # database {n}" for n in range(14)
            ),
        }
    )
    ideas = [
        {"id": f"idea-{n}", "kind": "concept", "term": term, "definition": means}
        for n, (term, means) in enumerate(CONCEPTS.items())
    ]
    ideas.append({"id": "planner", "kind": "concept", "term": "Planner", "definition": LONG_TEXT})
    ideas.append(
        {
            "id": "locks",
            "kind": "list",
            "title": "Lock modes, weakest first",
            "items": ["ACCESS SHARE", "ROW SHARE", "ROW EXCLUSIVE", "SHARE", "EXCLUSIVE"],
        }
    )
    for number, (title, cards) in enumerate((("Tools", tools), ("Ideas", ideas)), start=1):
        topic = {"deck": title, "title": title, "order": number, "cards": cards}
        (folder / f"{number:02d}-{title.lower()}.yaml").write_text(
            yaml.safe_dump(topic, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
    return folder


def build(corpus: Path, out: Path, monkeypatch) -> tuple[bytes, int]:
    """``cheatdeck build CORPUS -o OUT -f pdf`` in this process: the PDF and how many
    WeasyPrint layouts it took."""
    real = pdf.lay_out
    layouts = []
    monkeypatch.setattr(pdf, "lay_out", lambda html, roots: layouts.append(1) or real(html, roots))
    assert cli.main(["build", str(corpus), "-o", str(out), "-f", "pdf", "-q"]) == 0
    monkeypatch.setattr(pdf, "lay_out", real)
    return (out / "pg.pdf").read_bytes(), len(layouts)


def cold(corpus: Path, tmp_path: Path, name: str, monkeypatch) -> tuple[bytes, int]:
    """The same corpus (and lock) built into an empty OUT: no guess."""
    twin = tmp_path / f"cold-{name}" / "cards"
    shutil.copytree(corpus, twin)
    return build(twin, tmp_path / f"cold-{name}" / "out", monkeypatch)


def edit(corpus: Path, file: str, change) -> None:
    path = corpus / file
    topic = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(topic["cards"])
    path.write_text(yaml.safe_dump(topic, sort_keys=False, allow_unicode=True), encoding="utf-8")


def card(cards: list[dict], card_id: str) -> dict:
    return next(c for c in cards if c["id"] == card_id)


def stored_guess(out: Path) -> dict:
    """What OUT's manifest keeps of the last layout (its tall cards and headings)."""
    line = (out / incremental.MANIFEST).read_text(encoding="utf-8").splitlines()[1]
    return json.loads(line)["sheet"]


def test_an_edited_corpus_gets_the_pdf_a_build_without_a_guess_makes(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "cards")
    out = tmp_path / "out"
    first, layouts = build(corpus, out, monkeypatch)
    assert layouts == 3  # finds the tall card; marks it; then the headings settle
    assert stored_guess(out)["tall"] == ["planner"] and stored_guess(out)["marks"]

    def typo(cards):
        card(cards, "cmd-1")["task"] = "List every database"

    def longer(cards):  # ten lines more in the first column: every column top moves
        card(cards, "cmd-2")["task"] = "Dump one database to a file " + "with options " * 40

    def removed(cards):
        cards.remove(card(cards, "cmd-4"))

    def tall_made_short(cards):
        card(cards, "planner")["definition"] = "chooses a plan by estimated cost"

    def made_tall(cards):
        card(cards, "idea-2")["definition"] = LONG_TEXT

    def tall_card_now_a_long_list(cards):  # guessed tall, and now tall by its own kind
        index = cards.index(card(cards, "idea-2"))
        cards[index] = {
            "id": "idea-2",
            "kind": "list",
            "title": "TOAST, step by step",
            "items": [f"step {n}: {LONG_TEXT[:120]}" for n in range(30)],
        }

    # (name, file, change, layouts the build with the guess may take; cold: without it)
    edits = [
        ("typo", "01-tools.yaml", typo, lambda cold: 1),
        ("longer", "01-tools.yaml", longer, lambda cold: cold),  # stands in for the first
        ("removed", "01-tools.yaml", removed, lambda cold: cold),
        ("tall-made-short", "02-ideas.yaml", tall_made_short, lambda cold: cold + 1),  # dropped
        ("made-tall", "02-ideas.yaml", made_tall, lambda cold: cold),
        ("now-a-long-list", "02-ideas.yaml", tall_card_now_a_long_list, lambda cold: cold + 1),
    ]
    for name, file, change, most in edits:
        edit(corpus, file, change)
        if name == "removed":
            corpus_yaml = corpus / "corpus.yaml"
            corpus_yaml.write_text(
                corpus_yaml.read_text(encoding="utf-8") + "retired: [cmd-4]\n", encoding="utf-8"
            )
        guess = stored_guess(out)
        warm, warm_layouts = build(corpus, out, monkeypatch)
        reference, cold_layouts = cold(corpus, tmp_path, name, monkeypatch)
        if name in ("longer", "tall-made-short", "made-tall"):
            assert stored_guess(out) != guess, f"{name}: the edit was to move columns"
        assert warm == reference, f"{name}: the guessed PDF differs from a cold build's"
        assert warm_layouts <= most(cold_layouts), (name, warm_layouts, cold_layouts)


@pytest.mark.parametrize("wrong", ["headings", "tall"])
def test_a_wrong_guess_never_marks_a_card_tall(tmp_path, wrong):
    """Headings guessed at every card, or a short card guessed tall and the tall one
    not: the sheet is the one laid out without a guess, with the same tall cards."""
    from test_sheet import context

    corpus = write_corpus(tmp_path / "cards")
    ctx = context(corpus)
    html = pdf.sheet.print_html(ctx)
    roots = (ctx.corpus_dir, ctx.templates)
    document, layout, laid_out = pdf.lay_out_sheet(html, roots)
    assert "planner" in layout.tall  # found taller than a column, marked
    if wrong == "headings":
        guess = pdf.Guess(
            frozenset({"planner"}),
            frozenset(
                layout_check.Continuation(f"c-{card.id}", "Ideas", top=-12.0, width=200.0)
                for card in ctx.corpus.cards()
            ),
        )
    else:
        guess = pdf.Guess(frozenset({"idea-0", "cmd-3"}), pdf.Guess.from_json(pdf.LAID_OUT).marks)
    guessed = pdf.lay_out_sheet(html, roots, guess=guess)
    assert guessed[2] == laid_out
    assert guessed[1].tall == layout.tall
    assert guessed[0].write_pdf() == document.write_pdf()


def test_a_stored_guess_that_is_malformed_or_unsigned_is_not_used(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "cards")
    out = tmp_path / "out"
    build(corpus, out, monkeypatch)
    stored = stored_guess(out)
    assert incremental.reuse_renderings(out) > 0 and pdf.EARLIER == stored
    assert pdf.Guess.from_json(stored).as_json() == stored
    for bad in (
        {"tall": ["planner"], "marks": [["c-x", "T", "", "0", 0, 0, 0]]},
        {"tall": ["planner"], "marks": [["c-x"]]},
        {"tall": "planner", "marks": []},
        {"tall": [1], "marks": []},
        [["c-x", "T", "", 0, 0, 0, 0]],
    ):
        assert pdf.Guess.from_json(bad) == pdf.Guess(), bad
    manifest = out / incremental.MANIFEST
    record, line, mac = manifest.read_text(encoding="utf-8").splitlines()
    data = json.loads(line)
    data["sheet"]["tall"].append("idea-0")  # what someone who can write OUT changes
    tampered = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    manifest.write_text(f"{record}\n{tampered}\n{mac}\n", encoding="utf-8")
    assert incremental.reuse_renderings(out) == 0 and pdf.EARLIER == {}


@pytest.fixture(autouse=True)
def _no_guess_left_behind():
    yield
    pdf.EARLIER.clear()
    pdf.LAID_OUT.clear()
