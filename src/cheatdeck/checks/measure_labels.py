"""Two values labelled as two measures: a value ending in a word in capitals that names
what it measures ("4.40% APR" / "4.50% APY", "500 mg IV" / "1 g PO"). One question
answered so may be answered right twice: a possible conflict, not a certain one."""

from __future__ import annotations

import re

from .quantities import doses_a_day, parse

#: A value, then a label in capitals of two to six letters: "4.40% APR", "12% YoY".
_LABELLED = re.compile(r"(?P<value>.*\d.*?)\s+(?P<label>[A-Z][A-Za-z]{0,4}[A-Z])")


def labelled_apart(a: str, b: str) -> bool:
    """``a`` and ``b`` are each a value with its own label in capitals, the labels
    different ("4.40% APR" / "4.50% APY"), no label in the other's text, and neither a
    unit ("5 TB" / "5 GB" are two values) nor a schedule ("BD", "TDS")."""
    first, second = _LABELLED.fullmatch(a.strip()), _LABELLED.fullmatch(b.strip())
    if first is None or second is None:
        return False
    label_a, label_b = first.group("label"), second.group("label")
    if label_a == label_b or label_a in b or label_b in a:
        return False
    if doses_a_day(a)[0] is not None or doses_a_day(b)[0] is not None:
        return False  # "500 mg BD" / "500 mg TDS": a schedule, no measure's name
    return _label_not_a_unit(first) and _label_not_a_unit(second)


def _label_not_a_unit(found: re.Match) -> bool:
    """The value reads the same with and without its label: "4.40% APR" is 4.40%, while
    "5 GB" is no bare 5 (a unit the checks know, not a label)."""
    value = parse(found.group("value"))
    return bool(value) and parse(found.group(0)) == value
