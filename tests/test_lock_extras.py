"""The lock pins every package that an installed package asks for with an extra
(``fonttools[woff]``) together with that extra: pip's hash-checking mode resolves an
extra's requirement on its own, takes the newest release for it when the lock names the
package without the extra, and then refuses to install it as not pinned."""

from __future__ import annotations

import re
from importlib.metadata import distributions
from pathlib import Path

from packaging.requirements import Requirement

LOCK = Path(__file__).resolve().parent.parent / "requirements.lock"


def _pinned_with_extras() -> dict[str, set[str]]:
    """Package name -> the extras its line in the lock is pinned with."""
    pinned: dict[str, set[str]] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = re.match(r"([A-Za-z0-9_.-]+)(?:\[([^\]]*)\])?==", line)
        if match:
            extras = {e.strip() for e in (match.group(2) or "").split(",") if e.strip()}
            pinned[_name(match.group(1))] = extras
    return pinned


def _name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_extra_a_locked_package_asks_for_is_pinned_with_it():
    pinned = _pinned_with_extras()
    locked = {_name(d.metadata["Name"]) for d in distributions()} & set(pinned)
    missing = []
    for dist in distributions():
        if _name(dist.metadata["Name"]) not in locked:
            continue
        for text in dist.requires or []:
            requirement = Requirement(text)
            if not requirement.extras or _name(requirement.name) not in pinned:
                continue
            if requirement.marker is not None and "extra" in str(requirement.marker):
                continue  # asked for only with an extra of its own, which nothing installs
            if not requirement.extras <= pinned[_name(requirement.name)]:
                missing.append(f"{dist.metadata['Name']} asks for {text}")
    assert pinned.get("fonttools") == {"woff"}, pinned.get("fonttools")
    assert not missing, missing
