"""The starter corpus shipped in the package's ``starter/`` folder: where it is and the
ids of its example cards. ``cheatdeck init`` copies it; the lock check recognises a
lock that holds only its examples (a newcomer who replaced them after one build)."""

from __future__ import annotations

import re
from pathlib import Path

STARTER = Path(__file__).resolve().parent / "starter"


def starter_ids() -> frozenset[str]:
    """The ids of the starter corpus's example cards."""
    ids: set[str] = set()
    for path in STARTER.glob("*.yaml"):
        ids.update(re.findall(r"(?m)^\s*- id: ([\w-]+)", path.read_text("utf-8")))
    return frozenset(ids)
