"""Long runs of placeholders and text without a space (``<host>:<path_to_dir>``) stay in
their column of the PDF: WeasyPrint breaks no such run by itself, so the sheet gives it
a break where a placeholder begins. Read back with ``pdftotext -bbox``."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from cheatdeck.writers.sheet import page
from cheatdeck.writers.sheet.pdf import breakable_placeholders

COMMANDS = [
    "rsync -r <remote_host>:<path_to_remote_directory> <path_to_local_directory>",
    "rsync -azvhP <path_to_local_file> <remote_host>:<path_to_remote_directory>",
    "scp <remote_host>:<path_to_remote_file> <path_to_local_directory>",
    "docker run -v <path_to_host_path>:<path_to_container_path> <image> <command>",
    "rsync -e ssh --delete <remote_host>:<path_to_remote_file> <path_to_local_file>",
]
SETTINGS = {"paper": "letter", "orientation": "portrait", "columns": 4, "font_size": 6.5}


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    corpus = {"name": "copy", "title": "Copying files", "deck": "Copy", "settings": SETTINGS}
    (folder / "corpus.yaml").write_text(yaml.safe_dump(corpus))
    cards = [
        {
            "id": f"copy-{n}",
            "kind": "command",
            "task": f"Copy the files, way {n}",
            "command": f"{c} -{n}",
        }
        for n, c in enumerate(COMMANDS * 3, start=1)
    ]
    topic = {"deck": "Remote", "title": "Remote copies", "cards": cards}
    (folder / "remote.yaml").write_text(yaml.safe_dump(topic, width=200))
    return folder


def test_a_long_run_of_placeholders_stays_in_its_column(tmp_path):
    corpus = _corpus(tmp_path / "copy")
    done = subprocess.run(
        [sys.executable, "-m", "cheatdeck", "build", corpus, "-o", tmp_path / "o", "-f", "pdf"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "overflow" not in done.stderr, done.stderr
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(tmp_path / "o" / "copy.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    setup = page.PageSetup("letter", "portrait", 4, 6.5, 6.0)
    margin = page.PAGE_MARGINS_MM / 2 * page.PT_PER_MM
    pitch = setup.column_pt + page.COLUMN_GAP_MM * page.PT_PER_MM
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<', bbox)
    placeholders = [w for w in words if "path_to_remote_directory" in w[2]]
    assert placeholders, "the placeholder is on the page, whole"
    for left, right, word in (w for w in words if "&lt;" in w[2] or "_" in w[2]):  # code
        column = int((float(left) - margin) // pitch)
        edge = margin + column * pitch + setup.column_pt
        assert float(right) <= edge + 1, (
            f"{word!r} runs {float(right) - edge:.1f} pt past its column"
        )


def test_a_break_is_offered_only_in_a_run_longer_than_a_code_line():
    long_run = (
        '<span class="placeholder">&lt;host&gt;</span>:'
        '<span class="placeholder">&lt;path_to_remote_directory&gt;</span>'
    )
    short_run = 'KEY=<span class="placeholder">&lt;value&gt;</span>'
    assert breakable_placeholders(long_run, 30).count("<wbr>") == 1
    assert breakable_placeholders(long_run, 40) == long_run  # 32 characters fit
    assert breakable_placeholders(short_run, 30) == short_run
    assert breakable_placeholders(long_run, None) == long_run  # a paper of unknown width


def test_a_run_of_code_longer_than_its_line_breaks_where_a_coloured_token_begins(tmp_path):
    """``if std::env::var("CARGO_FEATURE_…").is_ok() {`` ran past its column on the PDF,
    unbroken: WeasyPrint breaks no run without a space made of several coloured tokens."""
    folder = tmp_path / "cargo"
    folder.mkdir()
    corpus = {"name": "t", "title": "T", "deck": "T", "settings": {"orientation": "portrait"}}
    (folder / "corpus.yaml").write_text(yaml.safe_dump(corpus))
    code = (
        "fn main() {\n"
        '    if std::env::var("CARGO_FEATURE_SIMD_KERNELS_FOR_THE_FASTEST_MACHINES").is_ok() {\n'
        '        println!("cargo::rustc-cfg=simd");\n    }\n}\n'
    )
    card = {"id": "simd", "kind": "snippet", "title": "Build script", "lang": "rust", "code": code}
    topic = {"deck": "A", "title": "A", "cards": [card]}
    (folder / "a.yaml").write_text(yaml.safe_dump(topic, width=200))
    done = subprocess.run(
        [sys.executable, "-m", "cheatdeck", "build", folder, "-o", tmp_path / "o", "-f", "pdf"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(tmp_path / "o" / "t.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = re.findall(r"<word [^>]*>([^<]*)<", bbox)
    assert [w for w in words if "is_ok" in w], "the code is on the page"
    assert [w for w in words if "var(" in w and "is_ok" in w] == [], "one line, past the column"
