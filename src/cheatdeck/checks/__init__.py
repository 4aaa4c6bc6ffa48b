"""The corpus checks: pure functions (context) -> diagnostics, run in ``CHECKS`` order.

The loader already reports the load and schema codes; these checks add what needs
the whole corpus: completeness, duplicate and conflicting facts, the lock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..diagnostics import Diagnostic
from ..lock import Lock
from ..model import Corpus, Loc


@dataclass(frozen=True)
class CheckContext:
    """What a check may look at."""

    corpus: Corpus
    lock: Lock | None = None
    today: dt.date = field(default_factory=dt.date.today)
    retired_locs: dict[str, Loc] = field(default_factory=dict)


Check = Callable[[CheckContext], Iterable[Diagnostic]]


def _registry() -> list[Check]:
    from . import lockfile

    checks: list[Check] = [lockfile.check_removed_cards]
    try:  # the completeness and fact checks live in their own modules
        from . import completeness, facts

        checks += [*completeness.CHECKS, *facts.CHECKS]
    except ImportError:  # pragma: no cover - while they are being written
        pass
    return checks


def run_checks(ctx: CheckContext) -> list[Diagnostic]:
    """Every check over the corpus; diagnostics in the order found."""
    found: list[Diagnostic] = []
    for check in _registry():
        found.extend(check(ctx))
    return found
