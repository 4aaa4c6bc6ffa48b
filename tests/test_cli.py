"""The command line as a user meets it: exit codes, output formats, all-or-nothing builds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import copy_corpus


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def break_corpus(cards: Path) -> None:
    (cards / "broken.yaml").write_text(
        "deck: B\ntitle: B\ncards:\n  - id: x\n    kind: concept\n    term: T\n    defintion: D\n"
    )


def test_check_clean_corpus_exits_0(cli, kinds_corpus):
    result = cli("check", kinds_corpus)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("0 errors, 0 warnings in 10 cards")


def test_check_with_errors_exits_1_with_one_line_each(cli, kinds_corpus, tmp_path):
    break_corpus(kinds_corpus)
    result = cli("check", "cards", cwd=kinds_corpus.parent)
    assert result.returncode == 1
    first, summary = result.stdout.strip().splitlines()
    assert first.startswith("cards/broken.yaml:7:5: error unknown-field: 'defintion'")
    assert summary.startswith("1 error, 0 warnings")
    assert "Traceback" not in result.stderr


def test_formats_paper_and_orientation_are_read_in_any_case(cli, kinds_corpus, tmp_path):
    out = tmp_path / "o"
    done = cli(
        "build",
        kinds_corpus,
        "-f",
        "MD,Html",
        "--paper",
        "A4",
        "--orientation",
        "Portrait",
        "-o",
        out,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.suffix for p in out.iterdir() if not p.name.startswith(".")) == [".html", ".md"]


def test_usage_errors_exit_2(cli, kinds_corpus, tmp_path):
    assert cli("check", tmp_path / "missing").returncode == 2
    assert cli("check", kinds_corpus, "--bogus").returncode == 2
    assert cli("build", kinds_corpus, "-f", "nope", "-o", tmp_path / "o").returncode == 2
    assert cli("frobnicate").returncode == 2
    assert not (tmp_path / "o").exists()


def test_orientation_the_columns_of_corpus_yaml_do_not_fit_is_a_usage_error(
    cli, kinds_corpus, tmp_path
):
    """corpus.yaml's columns: 6 fits A4 landscape only: --orientation portrait (4 at most)
    is refused as corpus.yaml itself would be, not laid out in columns too narrow."""
    settings = "settings:\n  columns: 6\n"
    corpus_yaml = kinds_corpus / "corpus.yaml"
    corpus_yaml.write_text(corpus_yaml.read_text().replace("settings:\n", settings))
    out = tmp_path / "o"
    done = cli("build", kinds_corpus, "-f", "pdf", "--orientation", "portrait", "-o", out)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "--orientation portrait: corpus.yaml's columns: 6" in done.stderr
    assert "at most 4 fit" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "usage", "hint"),
    [
        (
            ["build", "--stict"],
            "cheatdeck build",
            "unrecognized arguments: --stict; did you mean --strict?",
        ),
        (["check", "--formt", "json"], "cheatdeck check", "did you mean --format?"),
        (
            ["check", "--format=jsn"],
            "cheatdeck check",
            "invalid choice: 'jsn' (choose from 'text', 'json', 'github'); did you mean 'json'?",
        ),
        (["bulid"], "cheatdeck", "invalid choice: 'bulid' (choose from 'check', 'build', "),
        (["bulid"], "cheatdeck", "); did you mean 'build'?"),
        (["check", "--zzz"], "cheatdeck check", "unrecognized arguments: --zzz\n"),
        (
            ["build", "--format", "pdf"],
            "cheatdeck build",
            "--format is how problems are printed: the outputs are chosen with -f (-f pdf)",
        ),
    ],
)
def test_a_misspelt_option_or_command_gets_the_one_meant_and_exit_2(
    cli, kinds_corpus, args, usage, hint
):
    done = cli(*args, kinds_corpus)
    assert done.returncode == 2
    assert done.stderr.startswith(f"usage: {usage} ")  # the command's own usage, its options
    assert hint in done.stderr and done.stderr.count("\n") <= 6, done.stderr


def test_json_format_is_a_list_as_the_spec_says(cli, kinds_corpus):
    break_corpus(kinds_corpus)
    result = cli("check", kinds_corpus, "--format", "json")
    assert result.returncode == 1
    items = json.loads(result.stdout)
    assert isinstance(items, list) and len(items) == 1
    assert set(items[0]) == {"file", "line", "column", "severity", "code", "message", "related"}
    assert items[0]["code"] == "unknown-field" and items[0]["line"] == 7


def test_github_format_prints_annotations(cli, kinds_corpus):
    break_corpus(kinds_corpus)
    result = cli("check", kinds_corpus, "--format", "github")
    assert result.stdout.startswith("::error file=")
    assert ",line=7,col=5,title=unknown-field::" in result.stdout


def test_build_json_and_github_formats_hold_on_an_unchanged_build(cli, kinds_corpus, tmp_path):
    """build --format json prints only the JSON list on stdout (the build's other lines
    go to stderr), and an unchanged build replays its warnings in the format asked for."""
    (kinds_corpus / "comment.yaml").write_text(
        "deck: C\ntitle: C\ncards:\n  - id: c\n    kind: qa\n"
        "    question: How is a comment marked?\n    answer: use # for comments\n"
    )
    out = tmp_path / "o"
    for _ in range(2):  # the second build is unchanged
        done = cli("build", kinds_corpus, "-f", "md", "-o", out, "--format", "json")
        assert done.returncode == 0, done.stdout + done.stderr
        assert [item["code"] for item in json.loads(done.stdout)] == ["yaml-comment"]
    done = cli("build", kinds_corpus, "-f", "md", "-o", out, "--format", "github")
    assert done.stdout.startswith("::warning file="), done.stdout
    assert "title=yaml-comment::" in done.stdout


def test_the_markdown_sheet_of_one_card_says_1_card(cli, kinds_corpus, tmp_path):
    """The Markdown's line under the title counts as the PDF's does: "1 card"."""
    out = tmp_path / "o"
    done = cli("build", kinds_corpus, "-f", "md", "--tag", "kind::cloze", "-o", out)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "`kinds` · 1 card · " in (out / "kinds.md").read_text(encoding="utf-8")


def test_failed_build_leaves_out_byte_for_byte_unchanged(cli, kinds_corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "kinds.md").write_text("an older build\n")
    (out / "notes.txt").write_text("the user's own file\n")
    before = snapshot(out)
    lock_before = snapshot(kinds_corpus)
    break_corpus(kinds_corpus)
    result = cli("build", kinds_corpus, "-o", out, "-f", "md")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert snapshot(out) == before
    assert "cheatdeck.lock" not in snapshot(kinds_corpus)
    assert set(snapshot(kinds_corpus)) - set(lock_before) == {"broken.yaml"}


def test_build_writes_markdown_and_lock_then_nothing_changes(cli, kinds_corpus, tmp_path):
    out = tmp_path / "out"
    first = cli("build", kinds_corpus, "-o", out, "-f", "md")
    assert first.returncode == 0, first.stderr
    assert (out / "kinds.md").is_file()
    assert (kinds_corpus / "cheatdeck.lock").is_file()
    files = snapshot(out)
    lock = (kinds_corpus / "cheatdeck.lock").read_bytes()
    mtime = (out / "kinds.md").stat().st_mtime_ns
    second = cli("build", kinds_corpus, "-o", out, "-f", "md")
    assert second.returncode == 0
    assert snapshot(out) == files
    assert (kinds_corpus / "cheatdeck.lock").read_bytes() == lock
    assert (out / "kinds.md").stat().st_mtime_ns == mtime
    assert sorted(p.name for p in out.iterdir()) == [".cheatdeck-manifest.json", "kinds.md"]
    assert "unchanged" in second.stdout


def test_build_after_an_edit_rebuilds(cli, kinds_corpus, tmp_path):
    out = tmp_path / "out"
    assert cli("build", kinds_corpus, "-o", out, "-f", "md").returncode == 0
    basics = kinds_corpus / "basics.yaml"
    basics.write_text(basics.read_text().replace("List the S3 buckets", "List every S3 bucket"))
    result = cli("build", kinds_corpus, "-o", out, "-f", "md")
    assert result.returncode == 0
    assert "1 changed" in result.stdout
    assert "List every S3 bucket" in (out / "kinds.md").read_text()


def test_removed_card_must_be_retired(cli, kinds_corpus, tmp_path):
    out = tmp_path / "out"
    assert cli("build", kinds_corpus, "-o", out, "-f", "apkg").returncode == 0  # in the deck
    numbers = kinds_corpus / "numbers.yaml"
    text = numbers.read_text()
    start = text.index("  - id: cloze-region")
    end = text.index("  - id: snippet-policy")
    numbers.write_text(text[:start] + text[end:])
    result = cli("check", kinds_corpus)
    assert result.returncode == 1
    assert "removed-card" in result.stdout and "cloze-region" in result.stdout
    corpus = kinds_corpus / "corpus.yaml"
    corpus.write_text(corpus.read_text() + "retired: [cloze-region]\n")
    assert cli("check", kinds_corpus).returncode == 0
    assert cli("build", kinds_corpus, "-o", out, "-f", "md").returncode == 0


def test_retired_id_cannot_be_reused(cli, kinds_corpus):
    corpus = kinds_corpus / "corpus.yaml"
    corpus.write_text(corpus.read_text() + "retired: [limit-text]\n")
    result = cli("check", kinds_corpus)
    assert result.returncode == 1 and "reused-id" in result.stdout


def test_tag_filter_keeps_only_tagged_cards(cli, kinds_corpus, tmp_path):
    out = tmp_path / "out"
    assert cli("build", kinds_corpus, "-o", out, "-f", "md", "--tag", "numbers").returncode == 0
    text = (out / "kinds.md").read_text()
    assert "Lambda maximum timeout" in text and "List the S3 buckets" not in text


def test_a_tag_in_another_case_is_the_same_tag_as_in_anki(cli, kinds_corpus, tmp_path):
    """'--tag Numbers' was a usage error ("did you mean 'numbers'?"), and '--tag türkçe'
    left out the cards tagged 'Türkçe' in another topic, while Anki takes them for one
    tag."""
    out = tmp_path / "out"
    result = cli("build", kinds_corpus, "-o", out, "-f", "md", "--tag", "NUMBERS")
    assert result.returncode == 0, result.stderr
    text = (out / "kinds.md").read_text()
    assert "Lambda maximum timeout" in text and "List the S3 buckets" not in text


def test_a_build_with_tag_says_how_many_cards_its_outputs_hold(cli, kinds_corpus, tmp_path):
    # the sheet does not name the tag: the build says the outputs are a part
    result = cli("build", kinds_corpus, "-o", tmp_path / "out", "-f", "md", "--tag", "numbers")
    assert result.returncode == 0, result.stderr
    total = int(result.stdout.split(" in the corpus)")[0].rsplit("(", 1)[1])
    subtitle = (tmp_path / "out" / "kinds.md").read_text().split(" cards")[0]  # "`kinds` · 3"
    kept = int(subtitle.rsplit("· ", 1)[1])
    assert 0 < kept < total
    assert f"--tag numbers: {kept} of {total} cards in these outputs\n" in result.stdout


def test_help_and_version(cli):
    assert cli("--help").returncode == 0
    result = cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("cheatdeck ")


def test_strict_fails_on_warnings(cli, tmp_path):
    cards = copy_corpus("kinds", tmp_path)
    numbers = cards / "numbers.yaml"
    numbers.write_text(numbers.read_text().replace("as_of: 2025-01-01", "as_of: 1901-01-01"))
    plain = cli("check", cards)
    strict = cli("check", cards, "--strict")
    assert "stale" in plain.stdout
    assert plain.returncode == 0 and strict.returncode == 1


def test_a_tag_no_card_carries_is_a_usage_error(cli, kinds_corpus, tmp_path):
    out = tmp_path / "out"
    result = cli("build", kinds_corpus, "-o", out, "-f", "md", "--tag", "nosuchtag")
    assert result.returncode == 2
    assert "no card carries the tag 'nosuchtag'" in result.stderr
    assert not out.exists()


def test_one_unknown_tag_among_known_ones_is_a_usage_error(cli, kinds_corpus, tmp_path):
    out = tmp_path / "out"
    args = ("build", kinds_corpus, "-o", out, "-f", "md", "--tag", "kind::qa")
    assert cli(*args).returncode == 0
    result = cli(*args, "--tag", "kind::qaa")
    assert result.returncode == 2, result.stderr
    assert "no card carries the tag 'kind::qaa': did you mean 'kind::qa'" in result.stderr
    assert result.stderr.endswith("? (nothing was written)\n")  # not "?; nothing was written"


@pytest.mark.parametrize(
    ("tag", "says"),
    [
        ("kind::qa,kind::cloze", "--tag takes one tag: write --tag kind::qa --tag kind::cloze"),
        ("essential", "'essential' is a priority, not a tag: --pages N keeps the essential"),
    ],
)
def test_a_tag_list_or_a_priority_gets_what_to_type(cli, kinds_corpus, tmp_path, tag, says):
    """'--tag a,b' is one tag named 'a,b'; 'essential' is a priority (for --pages)."""
    result = cli("build", kinds_corpus, "-o", tmp_path / "out", "-f", "md", "--tag", tag)
    assert result.returncode == 2 and says in result.stderr, result.stderr
    assert not (tmp_path / "out").exists()


def test_an_output_that_cannot_be_written_is_one_line_not_a_traceback(cli, kinds_corpus, tmp_path):
    out = tmp_path / "out"
    (out / "kinds.md").mkdir(parents=True)  # a folder where the Markdown should go
    result = cli("build", kinds_corpus, "-o", out, "-f", "html,md")
    assert result.returncode == 1
    target = out / "kinds.md"
    assert result.stderr.strip().splitlines()[-1] == (
        f"cheatdeck: error: {target}: a folder cheatdeck did not write is where this build's "
        f"output goes; nothing was written. Move it away (mv {target} {target}.bak) or "
        "build into another folder (-o DIR)"
    )
    assert "Traceback" not in result.stderr
    # no temporary file, and the HTML not written either
    assert sorted(p.name for p in out.iterdir()) == ["kinds.md"]


def test_output_piped_into_a_reader_that_stops_early_is_no_traceback(kinds_corpus):
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    command = f"{sys.executable} -m cheatdeck stats {kinds_corpus} | head -c 1"
    for _ in range(3):  # the pipe breaks at a different moment each time
        done = subprocess.run(command, shell=True, env=env, capture_output=True, text=True)
        assert done.returncode == 0
        assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr


def test_out_as_the_corpus_folder_or_a_topic_file_as_corpus_is_one_usage_line(cli, kinds_corpus):
    """``-o`` naming the corpus folder itself once waited 5 s on its own build lock and
    blamed "another cheatdeck build"; a topic file given as CORPUS was "no corpus folder"."""
    before = snapshot(kinds_corpus)
    for out in (kinds_corpus, kinds_corpus / "."):
        done = cli("build", kinds_corpus, "-o", out)
        assert done.returncode == 2, done.stderr
        assert "is the corpus folder itself: give the outputs a folder of their own" in done.stderr
        assert "another cheatdeck build" not in done.stderr
    topic = next(kinds_corpus.glob("*.yaml"))
    done = cli("check", topic)
    assert done.returncode == 2
    assert "is a file: give the corpus folder that holds corpus.yaml (cheatdeck check" in (
        done.stderr
    )
    assert snapshot(kinds_corpus) == before


def test_a_changed_image_is_named_though_no_card_changed(cli, kinds_corpus, tmp_path):
    """An image's new bytes make its notes newer in the .apkg (Anki updates them), while
    no card's text changed: the build says which image, once."""
    from PIL import Image

    out = tmp_path / "out"
    assert cli("build", kinds_corpus, "-o", out, "-f", "apkg").returncode == 0
    Image.new("RGB", (12, 12), "green").save(kinds_corpus / "images" / "dot.png")
    result = cli("build", kinds_corpus, "-o", out, "-f", "apkg")
    assert result.returncode == 0, result.stderr
    assert "0 changed" in result.stdout
    assert "images/dot.png changed: Anki updates the notes that show it" in result.stderr
    again = cli("build", kinds_corpus, "-o", out, "-f", "apkg,md")
    assert "images/dot.png changed" not in again.stderr


def test_build_prints_no_library_log_lines_when_math_is_typeset(cli, tmp_path):
    # ziafont (the math renderer) logs through the root logger, which once made Python
    # print every WeasyPrint warning raw ("WARNING:weasyprint:.notdef glyph …") beside
    # cheatdeck's own one-line notice about characters no installed font has
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: signs\ntitle: Signs\ndeck: Signs\n")
    (cards / "signs.yaml").write_text(
        "deck: Egypt\ntitle: Egypt\ncards:\n"
        "  - {id: sign-man, kind: qa, question: What is 𓀀?, answer: A seated man}\n"
        "  - {id: area, kind: qa, question: Area of a circle?, answer: '\\(\\pi r^2\\)'}\n",
        encoding="utf-8",
    )
    done = cli("build", cards, "-o", tmp_path / "out", "-f", "pdf")
    assert done.returncode == 0, done.stderr
    assert "no installed font has 𓀀" in done.stderr
    assert "WARNING" not in done.stderr and "weasyprint" not in done.stderr, done.stderr


@pytest.mark.parametrize(
    ("written", "meant"), [("htm", "html"), ("markdown", "md"), ("apgk", "apkg")]
)
def test_a_misspelt_format_gets_the_one_meant(cli, kinds_corpus, tmp_path, written, meant):
    done = cli("build", kinds_corpus, "-f", f"pdf,{written}", "-o", tmp_path / "o")
    assert done.returncode == 2 and not (tmp_path / "o").exists()
    assert f"unknown format '{written}' (did you mean '{meant}'?); formats: apkg," in (
        done.stderr
    ), done.stderr


def test_stats_sorts_tags_as_a_reader_looks_them_up(cli, kinds_corpus):
    """Tags with an accent or a capital letter were listed after every plain one
    ("zarzuela", then "Órgano", "ñandú", "ópera"): sorted by code point; Turkish "ılık"
    and Danish "øl" still came after "zarzuela", as their letters have no accent."""
    topic = kinds_corpus / "basics.yaml"
    spanish = ["zarzuela", "ópera", "Órgano", "ñandú", "acústica", "ılık", "øl"]
    text = topic.read_text(encoding="utf-8")
    topic.write_text(text.replace("tags: [basics]", f"tags: [{', '.join(spanish)}]"), "utf-8")
    done = cli("stats", kinds_corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    listed = done.stdout.split("per tag:\n")[1].split("\n\n")[0].split()
    assert [word for word in listed if word in spanish] == [
        "acústica",
        "ılık",
        "ñandú",
        "øl",
        "ópera",
        "Órgano",
        "zarzuela",
    ], done.stdout


def test_quiet_build_still_says_when_anki_keeps_a_note_behind(cli, kinds_corpus, tmp_path):
    """``-q`` ("print problems only") printed nothing at all, so a card whose kind changed
    left its old note and review history behind in Anki without a word."""
    out = tmp_path / "out"
    assert cli("build", kinds_corpus, "-o", out, "-f", "apkg", "-q").returncode == 0
    basics = kinds_corpus / "basics.yaml"
    text = basics.read_text(encoding="utf-8")
    question = "    kind: qa\n    question: How do you switch to a branch named `<branch>`?\n"
    assert question in text
    basics.write_text(
        text.replace(question, "    kind: concept\n    term: Switch branches\n").replace(
            '    answer: "`git checkout <branch>`', '    definition: "`git checkout <branch>`'
        ),
        encoding="utf-8",
    )
    done = cli("build", kinds_corpus, "-o", out, "-f", "apkg", "-q")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "changed kind (qa → concept)" in done.stdout, done.stdout + done.stderr
    assert "cards:" not in done.stdout and "written" not in done.stdout, done.stdout


def test_check_says_when_the_default_scope_parts_the_decks(cli, tmp_path):
    """Under the default ``fact_scope`` facts of two decks below the root are never
    compared: ``check`` says so on stderr, and what to write, until corpus.yaml writes a
    ``fact_scope``; a corpus of one deck hears nothing."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: k\ntitle: K\ndeck: K8s\n", "utf-8")
    for deck in ("Pods", "Services"):
        (cards / f"{deck}.yaml").write_text(
            f"deck: K8s::{deck}\ntitle: {deck}\ncards:\n"
            f"  - {{id: {deck.lower()}, kind: qa, question: What is a {deck[:-1]}?, answer: x}}\n",
            "utf-8",
        )
    said = cli("check", cards)
    assert said.returncode == 0 and said.stdout.endswith("0 errors, 0 warnings in 2 cards\n")
    assert said.stderr == (
        "cheatdeck: facts were compared within each of the 2 decks below 'K8s' (Pods, "
        "Services), not across them (fact_scope: deck, the default); if they are topics of "
        "one subject, write 'fact_scope: corpus' under 'settings:' in corpus.yaml; "
        "'fact_scope: deck' there keeps the default and ends this line\n"
    ), said.stderr
    for scope in ("deck", "corpus"):
        (cards / "corpus.yaml").write_text(
            f"name: k\ntitle: K\ndeck: K8s\nsettings:\n  fact_scope: {scope}\n", "utf-8"
        )
        assert cli("check", cards).stderr == ""
    (cards / "corpus.yaml").write_text("name: k\ntitle: K\ndeck: K8s\n", "utf-8")
    (cards / "Services.yaml").unlink()
    assert cli("check", cards).stderr == ""


def test_check_says_so_of_the_default_scope_beside_errors_too(cli, tmp_path):
    """A corpus with an error is still fact-checked over its valid cards, deck by deck:
    the line that says so was left out until every error was fixed."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: lab\ntitle: Lab\ndeck: Lab\n", "utf-8")
    for deck, value in (("Renal", "3.5 to 5"), ("Electrolytes", "3.5–5.0 mmol/L")):
        (cards / f"{deck}.yaml").write_text(
            f"deck: {deck}\ntitle: {deck}\ncards:\n  - id: k-{deck.lower()}\n    kind: limit\n"
            f"    subject: Serum potassium\n    value: {value}\n"
            f"  - id: na-{deck.lower()}\n    kind: qa\n    question: Sodium?\n    answer: Na\n",
            "utf-8",
        )
    said = cli("check", cards)
    assert said.returncode == 1 and "missing-unit" in said.stdout, said.stdout
    assert said.stderr.startswith("cheatdeck: facts were compared within each of the 2 decks")
