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
    light, heavy = check_groups()
    return light + heavy


def check_groups() -> tuple[list[Check], list[Check]]:
    """The checks in ``CHECKS`` order, cut in two: the light ones, then the fact checks.

    Two processes can run one group each. Checks marked ``reads_lock`` (the first of the
    light group) read the lock as it is on disk: a build runs them before stamping it.
    Checks marked ``per_card`` look at one card at a time: they may run on any part of
    the corpus (``check_halves`` runs them on each half of the files).
    """
    from . import completeness, facts, lockfile

    return [lockfile.check_removed_cards, *completeness.CHECKS], list(facts.CHECKS)


def run_checks(ctx: CheckContext, checks: Iterable[Check] | None = None) -> list[Diagnostic]:
    """Every check (or those of ``checks``) over the corpus; diagnostics in the order found."""
    found: list[Diagnostic] = []
    for check in _registry() if checks is None else checks:
        found.extend(check(ctx))
    return found
