"""A dot that may group thousands: "1.200 €" is 1200 euros as most of Europe writes it,
and 1.2 as an English corpus reads it. Two answers that one of those readings makes
equal ("1.200 €" / "€1,200") may be one value: a possible conflict, not a certain one."""

from __future__ import annotations

import re

from .quantities import equal_values, parse

#: A number whose dots each stand before three digits, with no comma, then a currency
#: that a decimal-comma country writes after its amounts: "1.200 €", "12.500.000 EUR".
#: Not a measure ("2.962 m" is a decimal in English) nor a currency of three decimals.
_DOTS_BEFORE_THREE = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])"
    r"(?=\s?(?:€|₽|₺|₴|(?:EUR|CHF|DKK|SEK|NOK|PLN|CZK|HUF|RON|TRY|BRL|ARS|RUB|UAH)\b))"
)


def dot_may_group_thousands(value: str, others: frozenset) -> bool:
    """``value`` holds a number whose dots may group thousands, and read so it states
    ``others`` (the other answer's values): "1.200 €" against "€1,200"."""
    if not others or _DOTS_BEFORE_THREE.search(value) is None:
        return False
    grouped = _DOTS_BEFORE_THREE.sub(lambda found: found.group(0).replace(".", ""), value)
    read = parse(grouped)
    return bool(read) and equal_values(read, others)
