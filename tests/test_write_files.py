"""cheatdeck.build: outputs written whole or not at all, unchanged bytes left untouched."""

from __future__ import annotations

import os

import pytest

from cheatdeck import build
from cheatdeck.build import write_chunks, write_file, write_lines


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    monkeypatch.setattr(build, "CHUNK", 8)  # every text below spans several pieces


def _old(path, data: bytes):
    path.write_bytes(data)
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_a_new_file_is_written(tmp_path):
    assert write_chunks(tmp_path / "sub" / "out.txt", [b"abc", b"def"])
    assert (tmp_path / "sub" / "out.txt").read_bytes() == b"abcdef"


def test_the_same_bytes_leave_the_file_untouched(tmp_path):
    path = tmp_path / "out.txt"
    _old(path, b"0123456789" * 5)
    assert not write_chunks(path, [b"0123456789" * 2, b"0123456789" * 3])
    assert not write_lines(path, ["0123456789"] * 5)
    assert path.stat().st_mtime_ns == 1_000_000_000
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(
    "new",
    [
        b"0123456789" * 4 + b"X123456789",  # differs in the last piece
        b"X" + b"0123456789" * 5,  # in the first
        b"0123456789" * 4,  # shorter
        b"0123456789" * 5 + b"!",  # longer
        b"",  # empty
    ],
)
def test_other_bytes_replace_the_file_whole(tmp_path, new):
    path = tmp_path / "out.txt"
    _old(path, b"0123456789" * 5)
    pieces = [new[i : i + 7] for i in range(0, len(new), 7)]
    assert write_chunks(path, pieces)
    assert path.read_bytes() == new
    assert path.stat().st_mtime_ns != 1_000_000_000
    assert _leftovers(tmp_path) == []


def test_lines_are_encoded_as_utf8_text(tmp_path):
    lines = [f"ligne {n} — été\n" for n in range(50)]
    assert write_lines(tmp_path / "out.txt", lines)
    assert (tmp_path / "out.txt").read_bytes() == "".join(lines).encode("utf-8")
    assert write_file(tmp_path / "out.txt", b"short")
    assert (tmp_path / "out.txt").read_bytes() == b"short"


def test_a_failure_midway_leaves_the_old_file_and_no_temporary_one(tmp_path):
    path = tmp_path / "out.txt"
    _old(path, b"0123456789" * 5)

    def failing():
        yield b"0123456789"
        yield b"XXXXXXXXXX"  # a difference: the temporary file is begun
        raise RuntimeError("the writer failed")

    with pytest.raises(RuntimeError):
        write_chunks(path, failing())
    assert path.read_bytes() == b"0123456789" * 5
    assert _leftovers(tmp_path) == []
