"""Why two answers a possible conflict quotes may both be right, in a few words.

A "possibly conflicting" warning asks the user to fix one answer; when the checks know
why the two may both be right, the warning says so, so the user can tell a slip from a
fact written two ways: a dose every 8 hours against one three times a day ("often the
same schedule, not always"), a dot that groups thousands ("1.200 €" / "€1,200"), two
labels of two measures ("4.40% APR" / "4.50% APY")."""

from __future__ import annotations

import re

from .grouping_dot import dot_may_group_thousands
from .measure_labels import labelled_apart
from .quantities import doses_a_day, parse, schedules_apart


def why_both_may_be_right(first: str, second: str) -> str:
    """A bracketed aside on why the values ``first`` and ``second`` may both be right
    (" (…)"), or "" when the checks know no such reason."""
    for reason in (_schedules, _grouping_dot, _labels):
        said = reason(first, second)
        if said:
            return f" ({said})"
    return ""


def _schedules(first: str, second: str) -> str:
    """One dose at a fixed interval, the other as often a day: "q8h" / "TID"."""
    per_day = doses_a_day(first)[0]
    if per_day is None or per_day != doses_a_day(second)[0] or not schedules_apart(first, second):
        return ""
    hours = 24 / per_day
    every = f"every {int(hours)} hours" if hours == int(hours) else f"every {float(hours)} hours"
    return f"{every} and {int(per_day)} times a day: often the same schedule, not always"


#: A number whose dots each stand before three digits: "1.200", "12.500.000".
_DOTTED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])")


def _grouping_dot(first: str, second: str) -> str:
    """A dot that groups thousands in one, read as a decimal point: "1.200 €" / "€1,200"."""
    for value, other in ((first, second), (second, first)):
        if dot_may_group_thousands(value, parse(other)):
            number = _DOTTED_THOUSANDS.search(value)
            if number is None:
                continue
            grouped = number.group(0)
            return (
                f"'{grouped}' is {grouped.replace('.', ',')} where a dot groups thousands, "
                "a decimal in English"
            )
    return ""


#: The label in capitals a value ends with: "APR" of "4.40% APR".
_LABEL = re.compile(r"([A-Z][A-Za-z]{0,4}[A-Z])\s*$")


def _labels(first: str, second: str) -> str:
    """Each value labelled as its own measure: "4.40% APR" / "4.50% APY"."""
    if not labelled_apart(first, second):
        return ""
    label_a, label_b = _LABEL.search(first.strip()), _LABEL.search(second.strip())
    if label_a is None or label_b is None:
        return ""
    return f"{label_a.group(1)} and {label_b.group(1)} label two measures, each may be right"
