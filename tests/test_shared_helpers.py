"""The helpers every writer shares, each defined once: the cloze grammar, the zip
writer, the Markdown code fence, the deck options and the Writer registry."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from cheatdeck import cloze, pipeline
from cheatdeck.cloze import Deletion
from cheatdeck.facts import facts_of
from cheatdeck.model import KINDS
from cheatdeck.writers import WRITER_NAMES, WRITERS, select
from cheatdeck.writers.anki.notetypes import NOTE_TYPES
from cheatdeck.writers.archive import sorted_zip, zip_bytes, zip_date
from cheatdeck.writers.fence import fence

# ------------------------------------------------------------------ cloze


def test_cloze_parts_split_runs_and_deletions_with_number_and_hint():
    text = "A {{c1::VPC}} spans {{c2::one region::where?}}, {{c1::subnets}} one AZ."
    assert cloze.parts(text) == [
        "A ",
        Deletion(1, "VPC", None),
        " spans ",
        Deletion(2, "one region", "where?"),
        ", ",
        Deletion(1, "subnets", None),
        " one AZ.",
    ]
    assert cloze.numbers(text) == [1, 2]
    assert not cloze.numbering_is_plain(cloze.parts(text))
    assert cloze.numbering_is_plain(cloze.parts("{{c1::a}} and {{c2::b}}"))


def test_cloze_text_may_start_or_end_with_a_deletion_and_span_lines():
    assert cloze.parts("{{c3::x\ny}}") == [Deletion(3, "x\ny", None)]
    assert cloze.parts("no deletion") == ["no deletion"]


def test_cloze_revealed_shows_answers_or_what_the_caller_asks():
    text = "{{c1::git rebase::verb}} rewrites {{c2::history}}"
    assert cloze.revealed(text) == "git rebase rewrites history"
    assert cloze.revealed(text, lambda d: f"[{d.number}:{d.hint}]") == "[1:verb] rewrites [2:None]"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("plain", "no deletion"),
        ("{{c1::}}", "deletion '{{c1::}}' hides nothing"),
        ("{{c1:Paris}} is it", "malformed deletion '{{c1:Paris}}': write {{c1::Paris}}"),
        ("{{C1::Paris}}", "write {{c1::Paris}}"),
        ("{{ c2::Lyon }}", "write {{c2::Lyon}}"),
        ("{{c1::Paris} is it", "write {{c1::Paris}}"),
        ("{{c1:Paris:city}}", "write {{c1::Paris::city}}"),
        ("{c1::Paris} is it", "'{c1::Paris}' needs double braces: write {{c1::Paris}}"),
        (  # beside a deletion written right, it would show as written in Anki
            "{c1::Paris} is the capital of {{c2::France}}",
            "'{c1::Paris}' needs double braces: write {{c1::Paris}}",
        ),
        (  # one opening brace: every output showed it as typed, braces and all
            "La cadencia {c1::perfecta::auténtica}} va del {{c2::V}} al I",
            "'{c1::perfecta::auténtica}}' needs double braces: write {{c1::perfecta::auténtica}}",
        ),
        ("{c1::Paris}} is it", "'{c1::Paris}}' needs double braces: write {{c1::Paris}}"),
        (  # typed with a Japanese input method on: it said "write {{c1::answer}} or ..."
            "私は{{c1\uff1a\uff1a学生}}です。",
            "malformed deletion '{{c1\uff1a\uff1a学生}}': write {{c1::学生}}",
        ),
        (  # full-width braces: it said "no deletion"
            "私は\uff5b\uff5bc1::学生\uff5d\uff5dです。",
            "'\uff5b\uff5bc1::学生\uff5d\uff5d' is written with full-width braces: write "
            "{{c1::学生}}",
        ),
        (  # beside a deletion written right, it was shown as typed and never hidden
            "我\uff5b\uff5bc1::喝\uff5d\uff5d茶，你喝{{c2::什么}}？",
            "'\uff5b\uff5bc1::喝\uff5d\uff5d' is written with full-width braces: write {{c1::喝}}",
        ),
        (
            "他{{c1::在}}家。(Tā \uff5b\uff5bc1\uff1a\uff1azài\uff5d\uff5d jiā.)",
            "write {{c1::zài}}",
        ),
        ("{{c1:: }}", "is empty"),
        ("{{c1::a::b::c}}", "more than one '::'"),
        ("{{c0::a}}", "numbered from c1"),
        ("{{c1::a}} then {{oops}}", "malformed deletion '{{oops}}"),
        ("{{c1::a {{c2::b}} }}", "malformed deletion"),
        (
            r"\(E = {{c1::\frac{1}{2}}} mv^2\)",
            r"put a space before the closing braces: {{c1::\frac{1}{2} }}",
        ),
        (r"{{c1::x^{2}}}", r"{{c1::x^{2} }}"),
    ],
)
def test_cloze_problem_names_what_is_wrong(text, problem):
    found = cloze.problem(text)
    assert found is not None and problem in found


def test_a_deletion_that_closes_its_own_braces_before_the_end_is_valid():
    assert cloze.problem(r"\(E = {{c1::\frac{1}{2} }} mv^2\)") is None
    assert cloze.problem(r"\sqrt{ {{c1::x}}}") is None  # closes the brace opened before it


def test_a_third_closing_brace_after_a_deletion_is_named():
    found = cloze.problem("Workers make {{c1::royal jelly}}}.")  # shown as 'royal jelly}.'
    assert found is not None and "'{{c1::royal jelly}}' is followed by a third '}'" in found
    assert "remove it" in found


def test_cloze_problem_accepts_valid_text():
    assert cloze.problem("{{c1::a}} b }} {{c2::c::hint}}") is None


def test_an_escaped_literal_deletion_is_text_not_one_with_single_braces():
    """A card teaching the cloze syntax writes a literal ``{{c9::x}}`` as the README
    says, ``\\{\\{c9::x\\}\\}``: the loader took its ``{c9::x\\}`` for a deletion
    with single braces and said to write ``{{c9::x\\}}``."""
    assert cloze.problem(r"Anki reads {{c1::deletions}}; `\{\{c9::x\}\}` is text.") is None
    assert cloze.problem(r"Written \{\{c2::Lyon\}\} it stays {{c1::text}}.") is None


def test_a_deletion_cut_inside_its_code_span_by_braces_is_named_with_the_fix():
    """``{{c1::`\\{\\{ item }}`}}`` (a Jinja2 expression in a deletion, its ``{{``
    escaped, its ``}}`` not): Anki ends the deletion at the ``}}`` inside the code, so
    the card showed ``[...]}}`` and every sheet a broken code span. The fix escapes the
    braces inside the code, and the fixed text is valid."""
    text = r"The loop variable is {{c1::`\{\{ item }}`}} in a task."
    found = cloze.problem(text)
    assert found is not None and "inside the code span of its answer" in found, found
    fixed = r"{{c1::`\{\{ item \}\}`}}"
    assert found.endswith(fixed), found
    assert cloze.problem(text.replace(r"{{c1::`\{\{ item }}`}}", fixed)) is None
    # a code span closed inside the deletion, and braces after it, are left alone
    assert cloze.problem("Use {{c1::`x`}} }} and {{c2::`a` b}}`c`") is None


def test_a_template_expression_in_a_deletion_s_code_with_neither_brace_pair_escaped():
    """``{{c1::`{{ item }}`}}`` (neither the ``{{`` nor the ``}}`` of the Jinja2
    expression escaped) got "malformed deletion ...: write {{c1::answer}}", the README's
    fix left untold: the message gives the deletion with both pairs escaped, and the fixed
    text is valid."""
    text = "The loop variable is {{c1::`{{ item }}`}} in a task."
    found = cloze.problem(text)
    fixed = r"{{c1::`\{\{ item \}\}`}}"
    assert found is not None and found.endswith(fixed), found
    assert "'{{c1::`{{ item }}`}}'" in found, found
    assert cloze.problem(text.replace("{{c1::`{{ item }}`}}", fixed)) is None


def test_a_double_colon_in_backticks_belongs_to_the_answer():
    """`` {{c1::`From::from`}} `` hid '`From' with the hint 'from`' (the '::' inside the
    code span taken for answer::hint): Rust paths and C++ scopes in a deletion."""
    text = "converted by {{c1::`From::from`}}; {{c2::`Vec::new`::a constructor}}"
    assert cloze.problem(text) is None
    assert cloze.parts(text)[1:4] == [
        Deletion(1, "`From::from`", None),
        "; ",
        Deletion(2, "`Vec::new`", "a constructor"),
    ]
    assert cloze.revealed(text) == "converted by `From::from`; `Vec::new`"
    from cheatdeck.writers.anki.fields import cloze_html

    html = cloze_html(text)  # Anki reads no hint inside the code: its '::' is split
    assert "{{c1::<code>From:<!-- -->:from</code>}}" in html, html
    assert "{{c2::<code>Vec:<!-- -->:new</code>::a constructor}}" in html, html
    found = cloze.problem("{{c1::`a::b`::hint::more}}")
    assert found is not None and "more than one '::'" in found


# ------------------------------------------------------------------ fields declared once

GIT_TOPIC = """\
deck: Everyday
title: Everyday Git
cards:
  - id: stage
    kind: concept
    term: Staging area
    definition: The snapshot the next commit records.
    example: "`git add -p` stages parts of a file."
    note: Also called the index.
  - id: undo
    kind: command
    task: Undo the last commit but keep its changes
    command: git reset --soft HEAD~1
    output: (no output)
  - id: message
    kind: snippet
    title: A commit message
    code: Fix parser
  - id: threshold
    kind: limit
    subject: Default big-file threshold
    value: 512
    unit: MiB
    as_of: 2099-05-01
    source: git-config(1)
  - id: objects
    kind: table
    title: Object types
    columns: [Holds]
    rows:
      blob: [file content]
"""


def _git_facts(tmp_path) -> dict:
    (tmp_path / "corpus.yaml").write_text("name: git\ntitle: Git\ndeck: Git\n", encoding="utf-8")
    (tmp_path / "01-everyday.yaml").write_text(GIT_TOPIC, encoding="utf-8")
    outcome = pipeline.check(tmp_path)
    assert outcome.corpus is not None, [str(d) for d in outcome.report.diagnostics]
    return {card.id: facts_of(card, "git") for card in outcome.corpus.cards()}


def test_facts_read_prompt_answer_extras_and_code_language_by_role(tmp_path):
    facts = _git_facts(tmp_path)
    (stage,) = facts["stage"]
    assert (stage.variant, stage.prompt, stage.answer) == (
        "concept",
        "Staging area",
        "The snapshot the next commit records.",
    )
    assert [(e.label, e.code) for e in stage.extras] == [("Example", False), ("Note", False)]
    (undo,) = facts["undo"]
    assert (undo.answer, undo.code_lang) == ("git reset --soft HEAD~1", "shell")
    assert [(e.field, e.text, e.code) for e in undo.extras] == [("output", "(no output)", True)]
    (message,) = facts["message"]
    assert message.code_lang == "text"  # a snippet without lang: the kind's default
    (threshold,) = facts["threshold"]
    assert (threshold.answer, threshold.code_lang) == ("512 MiB", None)
    assert [(e.label, e.text) for e in threshold.extras] == [
        ("As of", "2099-05-01"),
        ("Source", "git-config(1)"),
    ]
    (cell,) = facts["objects"]
    assert (cell.key, cell.prompt, cell.context, cell.row, cell.column) == (
        "objects/blob/Holds",
        "blob — Holds",
        "Object types",
        "blob",
        "Holds",
    )


def test_each_kind_declares_its_prompt_answer_and_anki_fields_once():
    asked = {
        kind: (s.prompt and s.prompt.name, s.answer and s.answer.name) for kind, s in KINDS.items()
    }
    assert asked == {
        "concept": ("term", "definition"),
        "qa": ("question", "answer"),
        "command": ("task", "command"),
        "limit": ("subject", "value"),
        "table": (None, None),
        "cloze": ("text", None),
        "snippet": ("title", "code"),
        "list": (None, None),
    }
    for kind, spec in KINDS.items():
        variant = {"table": "table-cell", "list": "list-item"}.get(kind, kind)
        assert NOTE_TYPES[variant].fields[: len(spec.note_fields)] == spec.note_fields


# ------------------------------------------------------------------ zip


def test_zip_is_deterministic_deflated_dated_and_sorted(tmp_path):
    files = {"b.json": b"{}" * 100, "a/img.png": b"\x89PNG" * 50, "0": b"zero"}
    first = sorted_zip(files, 1_700_000_000)
    assert first == sorted_zip(dict(reversed(files.items())), 1_700_000_000)
    assert first != sorted_zip(files, 1_700_000_001 + 3600)
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == sorted(files)
        assert {i.compress_type for i in infos} == {zipfile.ZIP_DEFLATED}
        assert {i.date_time for i in infos} == {(2023, 11, 14, 22, 13, 20)}
        assert {i.external_attr >> 16 for i in infos} == {0o644}
        assert {name: archive.read(name) for name in files} == files


def test_zip_streams_a_path_to_the_same_bytes_and_keeps_the_given_order(tmp_path):
    path = tmp_path / "collection"
    path.write_bytes(b"SQLite format 3\0" * 1000)
    entries = [("z", b"first"), ("collection", path)]
    streamed = zip_bytes(entries, 0, level=1)
    assert streamed == zip_bytes([("z", b"first"), ("collection", path.read_bytes())], 0, 1)
    assert zipfile.ZipFile(io.BytesIO(streamed)).namelist() == ["z", "collection"]


def test_zip_dates_stay_inside_zips_range():
    assert zip_date(0) == (1980, 1, 1, 0, 0, 0)
    assert zip_date(10**11)[0] == 2107


# ------------------------------------------------------------------ fence


def test_fence_outlasts_backticks_inside_the_code():
    assert fence("git log", "shell") == ["```shell", "git log", "```"]
    assert fence("echo ```\nls ````\n", None) == ["`````", "echo ```", "ls ````", "`````"]
    assert fence("a `b` c", "text")[0] == "```text"


# ------------------------------------------------------------------ deck options


def test_apkg_and_crowdanki_ship_the_same_deck_options(kinds_corpus, tmp_path):
    writers = [WRITER_NAMES["apkg"], WRITER_NAMES["crowdanki"]]
    outcome = pipeline.build(kinds_corpus, tmp_path / "out", writers)
    assert not outcome.report.failed(False)
    apkg = next((tmp_path / "out").glob("*.apkg"))
    with zipfile.ZipFile(apkg) as archive:
        (tmp_path / "col.anki2").write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "col.anki2")
    (dconf,) = conn.execute("SELECT dconf FROM col").fetchone()
    conn.close()
    in_apkg = json.loads(dconf)["1"]
    deck_json = next((tmp_path / "out").glob("*.crowdanki")) / "deck.json"
    (in_crowdanki,) = json.loads(deck_json.read_text(encoding="utf-8"))["deck_configurations"]
    for own in ("id", "name", "mod", "usn"):
        in_apkg.pop(own)
    for own in ("__type__", "crowdanki_uuid", "name"):
        in_crowdanki.pop(own)
    assert in_apkg == in_crowdanki
    assert in_apkg["new"]["perDay"] == 20 and in_apkg["rev"]["perDay"] == 200


def test_the_cloze_pattern_and_the_fence_are_written_once():
    src = Path(__file__).resolve().parents[1] / "src" / "cheatdeck"
    texts = {
        p.relative_to(src).as_posix(): p.read_text(encoding="utf-8") for p in src.rglob("*.py")
    }
    assert [name for name, text in texts.items() if "def fence(" in text] == ["writers/fence.py"]
    # checks/normalize.py folds text loosely (any case, any number) for comparisons only
    spelled = sorted(name for name, text in texts.items() if r"\{\{c" in text)
    assert spelled == ["checks/normalize.py", "cloze.py"]


# ------------------------------------------------------------------ the writer registry


def test_every_registered_format_is_a_module_of_its_family_with_render():
    for writer in WRITERS:
        assert writer.family in ("anki", "sheet", "exports", "terminal"), writer
        module = writer.code()
        assert module.__name__ == f"cheatdeck.writers.{writer.module}"
        assert callable(module.render), writer.name


def test_each_golden_file_belongs_to_a_format_marked_golden():
    golden = Path(__file__).resolve().parent / "golden" / "exports"
    files = sorted(p.name for p in golden.glob("hostile.*.golden"))
    assert files == sorted(f"hostile.{w.name}.golden" for w in WRITERS if w.golden)


def test_select_keeps_the_command_lines_choices():
    assert [w.name for w in select(None)] == ["apkg", "pdf", "html", "md"]
    assert [w.name for w in select("md, apkg,md")] == ["md", "apkg"]
    assert select("all") == list(WRITERS)
    with pytest.raises(ValueError, match="unknown format 'epub'; formats: apkg, pdf"):
        select("md,epub")


def test_the_pipeline_s_layers_never_import_a_command():
    """Data flows load -> model -> checks -> writers; the commands (init, show, stats) sit
    on top. A check that imported ``commands.init`` for the starter's ids broke that."""
    import ast

    src = Path(__file__).resolve().parents[1] / "src" / "cheatdeck"
    layers = [*(src / "load").glob("*.py"), *(src / "checks").glob("*.py")]
    layers += [*(src / "writers").rglob("*.py"), src / "model.py", src / "pipeline.py"]
    found = []
    for path in layers:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.split(".")[0] == "commands" or ".commands" in f".{node.module}":
                    found.append(f"{path.relative_to(src)}: from {'.' * node.level}{node.module}")
    assert found == []
