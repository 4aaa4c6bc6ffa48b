"""mhchem's ``\\ce{…}`` written in Unicode characters, for the ``bad-math`` fix.

The sheets' typesetter does not know ``\\ce``: a formula such as ``\\ce{SO4^2-}`` is
shown there as written. A simple one (element symbols, counts, charges, state
symbols, coefficients and arrows) reads the same in every output written as
``SO₄²⁻``; anything more (nested commands, ``$…$``, ``_``) is left to the author.
"""

from __future__ import annotations

import re

_LOWERED = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_RAISED = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")
_ARROWS = {"<=>": "⇌", "<->": "↔", "->": "→", "<-": "←"}
#: One ``\ce{…}`` whose argument holds no group of its own.
CE = re.compile(r"\\ce\s*\{(?P<formula>[^{}]*(?:\{[0-9]*[+-]\}[^{}]*)*)\}")
_TOKEN = re.compile(
    r"(?P<arrow><=>|<->|->|<-)"
    r"|\^\{?(?P<charge>[0-9]*[+-])\}?"
    r"|(?P<count>(?<=[A-Za-z)\]])[0-9]+)"
    r"|(?P<trailing>(?<=[A-Za-z0-9)\]])[+-](?=\s|$))"
    r"|(?P<plain>[A-Za-z0-9()\[\] +.·*]+?)"
)


def as_unicode(formula: str) -> str | None:
    """``SO4^2-`` -> ``SO₄²⁻``, ``2H2 + O2 -> 2H2O`` -> ``2H₂ + O₂ → 2H₂O``; None
    for what this does not read (another command, ``_``, ``$``)."""
    out: list[str] = []
    position = 0
    while position < len(formula):
        match = _TOKEN.match(formula, position)
        if match is None:
            return None
        kind = match.lastgroup
        text = match.group(kind)
        if kind == "arrow":
            out.append(_ARROWS[text])
        elif kind == "charge" or kind == "trailing":
            out.append(text.translate(_RAISED))
        elif kind == "count":
            out.append(text.translate(_LOWERED))
        elif kind == "plain":
            out.append(text.replace("*", "·"))  # mhchem's dot of a hydrate, CuSO4*5H2O
        position = match.end()
    written = "".join(out).strip()
    return written or None
