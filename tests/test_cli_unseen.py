"""The command line run where a newcomer runs it: the wrong folder, ``-o`` at a file.
One line saying what to type, exit status 2, nothing written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import run_cli

TOPIC = (
    "deck: Knots\ntitle: Knots\ncards:\n  - id: bowline\n    kind: qa\n"
    "    question: Which knot makes a fixed loop?\n    answer: The bowline.\n"
)


@pytest.fixture
def sailing(tmp_path) -> Path:
    """A corpus in a folder not named ``cards``, with a sub-folder of topics."""
    corpus = tmp_path / "sailing"
    (corpus / "rigging").mkdir(parents=True)
    (corpus / "corpus.yaml").write_text("name: sailing\ntitle: Sailing\ndeck: Sailing\n")
    (corpus / "rigging" / "knots.yaml").write_text(TOPIC)
    return corpus


def usage_error(done) -> str:
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stdout == "" and "Traceback" not in done.stderr
    (line,) = done.stderr.splitlines()
    return line


def test_build_beside_a_corpus_not_named_cards_names_it(sailing):
    line = usage_error(run_cli("build", cwd=sailing.parent))
    assert line == (
        "cheatdeck: error: no corpus folder 'cards' here, but 'sailing' is one "
        "(it holds corpus.yaml): cheatdeck build sailing"
    )
    assert not (sailing.parent / "build").exists()


@pytest.mark.parametrize("command", ["check", "build", "stats"])
def test_a_command_run_inside_a_corpus_sub_folder_names_the_corpus_above(sailing, command):
    line = usage_error(run_cli(command, cwd=sailing / "rigging"))
    assert line == (
        "cheatdeck: error: no corpus folder 'cards' here, but this folder is inside one, "
        f"'..' (it holds corpus.yaml): cheatdeck {command} .."
    )
    assert sorted(p.name for p in (sailing / "rigging").iterdir()) == ["knots.yaml"]


def test_a_folder_with_no_corpus_near_says_how_to_start_one(tmp_path):
    line = usage_error(run_cli("build", cwd=tmp_path))
    assert (
        line == "cheatdeck: error: no corpus folder 'cards' (start one with: cheatdeck init cards)"
    )


@pytest.mark.parametrize("out", ["notes.txt", "notes.txt/deck"])
def test_o_at_a_file_is_a_usage_error_that_says_what_o_takes(sailing, out):
    (sailing.parent / "notes.txt").write_text("mine\n")
    line = usage_error(run_cli("build", "sailing", "-o", out, "-f", "md", cwd=sailing.parent))
    where = "is a file" if out == "notes.txt" else "is inside 'notes.txt', a file"
    assert line == (
        f"cheatdeck: error: -o {out} {where}: -o names the folder the outputs go in "
        "(it is made if missing), e.g. -o sailing/build"
    )
    assert (sailing.parent / "notes.txt").read_text() == "mine\n"
    assert not (sailing / "cheatdeck.lock").exists()


def _can_mount_read_only() -> bool:
    import shutil
    import subprocess

    if not shutil.which("unshare") or os.geteuid() != 0:
        return False
    return subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _can_mount_read_only(), reason="needs root and mount namespaces")
@pytest.mark.parametrize("read_only", ["out", "sailing"])
def test_a_read_only_folder_says_which_and_what_to_do(sailing, read_only):
    # a read-only mount stands in for a folder a user cannot write (root writes anywhere)
    import subprocess
    import sys

    (sailing.parent / "out").mkdir()
    script = (
        f"mount --bind {read_only} {read_only} && mount -o remount,bind,ro {read_only} && "
        f"{sys.executable} -m cheatdeck build sailing -o out -f md"
    )
    done = subprocess.run(
        ["unshare", "-m", "bash", "-c", script],
        cwd=sailing.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = usage_error_or_problem(done)
    fix = {
        "out": "give -o a folder you can write to",
        "sailing": "the corpus folder must be writable: the build keeps cheatdeck.lock in it",
    }[read_only]
    assert line == f"cheatdeck: error: cannot write {read_only}: Read-only file system: {fix}"
    assert list((sailing.parent / "out").iterdir()) == []
    assert not (sailing / "cheatdeck.lock").exists()


def usage_error_or_problem(done) -> str:
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.splitlines()
    return line


def test_a_command_run_from_a_sibling_of_cards_names_it(tmp_path):
    # the repository layout: cards/ and build/ side by side, the command run in build/
    (tmp_path / "cards").mkdir()
    (tmp_path / "cards" / "corpus.yaml").write_text("name: s\ntitle: S\ndeck: S\n")
    (tmp_path / "build").mkdir()
    line = usage_error(run_cli("check", cwd=tmp_path / "build"))
    assert line == (
        "cheatdeck: error: no corpus folder 'cards' here, but '../cards' is one: "
        "cheatdeck check ../cards"
    )


def test_a_misspelt_corpus_folder_names_the_one_beside_it(sailing):
    line = usage_error(run_cli("check", "sailng", cwd=sailing.parent))
    assert (
        line == "cheatdeck: error: no corpus folder 'sailng': did you mean cheatdeck check sailing?"
    )
    line = usage_error(run_cli("check", "poetry", cwd=sailing.parent))
    assert line == "cheatdeck: error: no corpus folder 'poetry'"
