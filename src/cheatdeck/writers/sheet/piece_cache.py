"""Pieces of earlier builds' outputs (the PDF's groups), kept by content key.

A writer asks ``get(space, key)`` and hands what it made to ``put``; nothing reaches
the disk until the build has written every output, when ``build.save_cache`` stores
the new pieces and drops the pieces of the same spaces that this build did not use.
Each entry carries a hash of its bytes, checked on every read: a damaged or
half-copied entry is a miss, never a wrong output, and the folder may be deleted at
any time. Keys are content hashes, so an entry is never stale, only unused.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

CACHE_DIR = ".cheatdeck-cache"  # inside the output folder
SUFFIX = ".piece"
MAGIC = b"cheatdeck-piece 1 "
NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,127}")


@dataclass
class PieceCache:
    """Reads pieces from ``folder`` (None: no cache on disk) and keeps new ones in memory."""

    folder: Path | None = None
    new: dict[str, dict[str, bytes]] = field(default_factory=dict)
    used: dict[str, set[str]] = field(default_factory=dict)

    def get(self, space: str, key: str) -> bytes | None:
        """The piece stored under ``key`` (by this build or an earlier one), or None."""
        _check(space, key)
        self.used.setdefault(space, set()).add(key)
        if key in self.new.get(space, {}):
            return self.new[space][key]
        if self.folder is None:
            return None
        try:
            data = (self.folder / space / (key + SUFFIX)).read_bytes()
        except OSError:
            return None
        return unwrap(data)

    def put(self, space: str, key: str, data: bytes) -> None:
        """Keep ``data`` for the build to store."""
        _check(space, key)
        self.used.setdefault(space, set()).add(key)
        self.new.setdefault(space, {})[key] = data

    def changes(self) -> tuple[dict[str, bytes], list[str]]:
        """(files to write, files to remove), relative to the folder: new pieces, and the
        pieces of every space this build used that it did not use."""
        files = {
            f"{space}/{key}{SUFFIX}": wrap(data)
            for space, pieces in sorted(self.new.items())
            for key, data in sorted(pieces.items())
        }
        stale: list[str] = []
        for space, keys in sorted(self.used.items()):
            folder = None if self.folder is None else self.folder / space
            if folder is None or not folder.is_dir():
                continue
            for path in sorted(folder.glob("*" + SUFFIX)):
                if path.name.removesuffix(SUFFIX) not in keys:
                    stale.append(f"{space}/{path.name}")
        return files, stale


def wrap(data: bytes) -> bytes:
    return MAGIC + hashlib.sha256(data).hexdigest().encode("ascii") + b"\n" + data


def unwrap(stored: bytes) -> bytes | None:
    """The piece inside a stored entry, or None when the entry is damaged."""
    head, _, data = stored.partition(b"\n")
    if not head.startswith(MAGIC):
        return None
    if head.removeprefix(MAGIC) != hashlib.sha256(data).hexdigest().encode("ascii"):
        return None
    return data


def _check(space: str, key: str) -> None:
    if not (NAME.fullmatch(space) and NAME.fullmatch(key)):
        raise ValueError(f"bad cache name {space}/{key}")
