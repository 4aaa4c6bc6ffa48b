"""The corpus checks: pure functions (context) -> diagnostics, run in ``all_checks()`` order.

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


def all_checks() -> list[Check]:
    """Every check, in order. Checks marked ``reads_lock`` read the lock as it is on
    disk: a build runs them before stamping it."""
    from . import completeness, facts, lockfile

    return [lockfile.check_removed_cards, *completeness.CHECKS, *facts.CHECKS]


def run_checks(ctx: CheckContext, checks: Iterable[Check] | None = None) -> list[Diagnostic]:
    """Every check (or those of ``checks``) over the corpus; diagnostics in the order found."""
    found: list[Diagnostic] = []
    for check in all_checks() if checks is None else checks:
        found.extend(check(ctx))
    return found
