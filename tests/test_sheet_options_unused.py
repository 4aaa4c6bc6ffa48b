"""``--pages``, ``--paper`` and ``--orientation`` shape only the sheet: a build that writes
no sheet says they were left unused, in one line, and builds what it was asked for."""

from __future__ import annotations

from conftest import run_cli


def _corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: knots\ntitle: Knots\ndeck: Knots\n", "utf-8")
    (corpus / "knots.yaml").write_text(
        "deck: Loops\ntitle: Loops\ncards:\n"
        "  - {id: bowline, kind: concept, term: Bowline, definition: A fixed loop}\n",
        "utf-8",
    )
    return corpus


def test_sheet_options_on_a_build_without_a_sheet_are_named_as_unused(tmp_path):
    corpus = _corpus(tmp_path)
    done = run_cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg", "--pages", "1")
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if "--pages" in line]
    assert lines == [
        "cheatdeck: --pages shapes the sheet (pdf, html, md), which -f apkg does not write: "
        "left unused; add pdf, html or md to -f for a sheet"
    ], done.stderr
    assert (tmp_path / "out" / "knots.apkg").is_file()
    done = run_cli(
        "build", corpus, "-o", tmp_path / "out2", "-f", "anki-tsv", "--paper", "letter",
        "--orientation", "portrait",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "--paper and --orientation shape the sheet" in done.stderr, done.stderr


def test_sheet_options_on_a_build_with_a_sheet_say_nothing_of_it(tmp_path):
    corpus = _corpus(tmp_path)
    done = run_cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg,md", "--pages", "1")
    assert done.returncode == 0, done.stderr
    assert "left unused" not in done.stderr, done.stderr
