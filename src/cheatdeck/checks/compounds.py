"""A compound's formula and its name in words, read as one answer.

"CaCO3" and "calcium carbonate", "NaCl" and "sodium chloride", "CO2" and "carbon
dioxide", "CuSO4·5H2O" and "copper(II) sulfate pentahydrate" name one compound: the
fact checks compare answers by their words, and read a formula and its name as two
short answers that cannot both be right. This module reads both as the count of each
element they hold: a formula by its symbols, counts and brackets; a name by its cation
(an element, with its charge in Roman numerals or its usual one; "ammonium"), its anion
(an element's "-ide" or a polyatomic ion: "carbonate", "sulfate", ...) balanced by their
charges, or by the prefixes of a molecular name ("dinitrogen tetroxide"), and a hydrate's
water ("pentahydrate"). What it does not read is no compound (None).
"""

from __future__ import annotations

import re
from collections import Counter
from math import gcd

from .elements import ELEMENT_OF_NAME, SYMBOLS

_SYMBOLS = frozenset(SYMBOLS)
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
#: A formula as typed: symbols, counts and brackets, then a hydrate's water after a dot.
_FORMULA = re.compile(r"[A-Z(\[][A-Za-z0-9()\[\]]*(?:\s*[·.*•]\s*\d*\s*H2O)?")
_TOKEN = re.compile(r"([A-Z][a-z]?|\(|\)|\[|\])(\d*)")
_HYDRATE = re.compile(r"\s*[·.*•]\s*(\d*)\s*H2O$")

#: Anions by their name: what they hold and their charge.
_ANIONS = {
    "oxide": ("O", 2),
    "peroxide": ("O2", 2),
    "fluoride": ("F", 1),
    "chloride": ("Cl", 1),
    "bromide": ("Br", 1),
    "iodide": ("I", 1),
    "sulfide": ("S", 2),
    "sulphide": ("S", 2),
    "nitride": ("N", 3),
    "phosphide": ("P", 3),
    "hydride": ("H", 1),
    "hydroxide": ("OH", 1),
    "cyanide": ("CN", 1),
    "carbonate": ("CO3", 2),
    "bicarbonate": ("HCO3", 1),
    "hydrogen carbonate": ("HCO3", 1),
    "hydrogencarbonate": ("HCO3", 1),
    "sulfate": ("SO4", 2),
    "sulphate": ("SO4", 2),
    "hydrogen sulfate": ("HSO4", 1),
    "bisulfate": ("HSO4", 1),
    "sulfite": ("SO3", 2),
    "sulphite": ("SO3", 2),
    "thiosulfate": ("S2O3", 2),
    "nitrate": ("NO3", 1),
    "nitrite": ("NO2", 1),
    "phosphate": ("PO4", 3),
    "permanganate": ("MnO4", 1),
    "chromate": ("CrO4", 2),
    "dichromate": ("Cr2O7", 2),
    "hypochlorite": ("ClO", 1),
    "chlorate": ("ClO3", 1),
    "perchlorate": ("ClO4", 1),
    "acetate": ("C2H3O2", 1),
    "oxalate": ("C2O4", 2),
}
#: The anions by name, for ``normalize.stem`` (an anion is not its acid).
ANIONS = frozenset(_ANIONS)
#: A cation's usual charges, when its name gives none in Roman numerals.
_USUAL_CHARGES = {
    **dict.fromkeys(("H", "Li", "Na", "K", "Rb", "Cs", "Ag", "NH4"), (1,)),
    **dict.fromkeys(("Be", "Mg", "Ca", "Sr", "Ba", "Zn", "Cd", "Ni", "Ra"), (2,)),
    **dict.fromkeys(("Al", "Ga", "Sc"), (3,)),
    "Fe": (2, 3),
    "Cu": (1, 2),
    "Co": (2, 3),
    "Pb": (2, 4),
    "Sn": (2, 4),
    "Hg": (1, 2),
    "Mn": (2, 4),
    "Cr": (2, 3),
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7}
#: Greek prefixes of a molecular name and of a hydrate's water.
_PREFIXES = {
    "mono": 1,
    "mon": 1,
    "di": 2,
    "tri": 3,
    "tetra": 4,
    "tetr": 4,
    "penta": 5,
    "pent": 5,
    "hexa": 6,
    "hex": 6,
    "hepta": 7,
    "hept": 7,
    "octa": 8,
    "oct": 8,
    "nona": 9,
    "deca": 10,
    "dec": 10,
}
_PREFIX = "|".join(sorted(_PREFIXES, key=len, reverse=True))
_CATION = re.compile(rf"^(?:({_PREFIX})(?=[a-z]{{4}}))?([a-z]+)\s*(?:\(([ivx]+)\))?$")
_MOLECULAR_ANION = re.compile(rf"^({_PREFIX})?([a-z]+ide)$")
_SPACED_NUMERAL = re.compile(r"\s+\((?=[ivx]+\))")  # "iron (III)" is "iron(III)"
_WATER = re.compile(rf"^({_PREFIX})hydrate$")


def formula_and_name(first: str, second: str) -> bool:
    """One answer is a compound's formula and the other its name, and the two hold the
    same elements in the same counts ("CaCO3" / "calcium carbonate", "NaCl" / "Sodium
    chloride", "CO2" / "carbon dioxide"); not "CO" / "carbon dioxide". Words around them
    that both answers say are left aside ("Solid CO2" / "solid carbon dioxide")."""
    first, second = _apart(first.split(), second.split())
    for formula, name in ((first, second), (second, first)):
        held = formula_counts(formula)
        if held is not None and any(held == named for named in name_counts(name)):
            return True
    return False


def _apart(first: list[str], second: list[str]) -> tuple[str, str]:
    """The words of two answers where they differ, the words both begin and end with
    left out ("Solid CO2" / "solid carbon dioxide": "CO2", "carbon dioxide")."""
    start = 0
    while start < min(len(first), len(second)) - 1 and _same(first[start], second[start]):
        start += 1
    end = 0
    while end < min(len(first), len(second)) - start - 1 and _same(
        first[-1 - end], second[-1 - end]
    ):
        end += 1
    return (
        " ".join(first[start : len(first) - end]),
        " ".join(second[start : len(second) - end]),
    )


def _same(word: str, other: str) -> bool:
    return word.casefold() == other.casefold()


def formula_counts(text: str) -> Counter | None:
    """The elements a formula holds and their counts ("Ca(OH)2": Ca 1, O 2, H 2; a
    hydrate's water after its dot); None for what is no formula of two symbols or more."""
    text = text.strip().translate(_SUBSCRIPTS)
    if not _FORMULA.fullmatch(text):
        return None
    water = _HYDRATE.search(text)
    if water is not None:
        text = text[: water.start()]
    held = _counts(text)
    if held is None or sum(held.values()) < 2:
        return None
    if water is not None:
        held.update({"H": 2 * int(water[1] or 1), "O": int(water[1] or 1)})
    return held


def _counts(text: str) -> Counter | None:
    stack: list[Counter] = [Counter()]
    position = 0
    while position < len(text):
        token = _TOKEN.match(text, position)
        if token is None:
            return None
        part, count = token[1], int(token[2] or 1)
        if part in "([":
            if token[2]:
                return None
            stack.append(Counter())
        elif part in ")]":
            if len(stack) < 2:
                return None
            inner = stack.pop()
            stack[-1].update({symbol: n * count for symbol, n in inner.items()})
        elif part in _SYMBOLS:
            stack[-1][part] += count
        else:
            return None
        position = token.end()
    return stack[0] if len(stack) == 1 else None


def name_counts(text: str) -> list[Counter]:
    """The element counts a compound's name may say, one for each charge its cation may
    have ("iron oxide": FeO, Fe2O3); none for what is no such name."""
    words = _SPACED_NUMERAL.sub("(", text.strip().rstrip(".").casefold()).split()
    if words[:1] in (["a"], ["an"]):
        words = words[1:]
    water = 0
    if words and (hydrate := _WATER.match(words[-1])) is not None:
        water, words = _PREFIXES[hydrate[1]], words[:-1]
    if len(words) < 2:
        return []
    found = _ionic(words) or _molecular(words)
    for held in found:
        held.update({"H": 2 * water, "O": water})
    return found


def _ionic(words: list[str]) -> list[Counter]:
    anion = " ".join(words[1:])
    if anion not in _ANIONS:
        return []
    cation = _CATION.match(words[0])
    if cation is None or cation[1]:
        return []
    symbol = "NH4" if cation[2] == "ammonium" else ELEMENT_OF_NAME.get(cation[2])
    if symbol is None:
        return []
    charges = (_ROMAN[cation[3]],) if cation[3] in _ROMAN else _USUAL_CHARGES.get(symbol, ())
    anion_part, anion_charge = _ANIONS[anion]
    found = []
    for charge in charges:
        shared = gcd(charge, anion_charge)
        held = _scaled(symbol, anion_charge // shared)
        held.update(_scaled(anion_part, charge // shared))
        found.append(held)
    return found


def _molecular(words: list[str]) -> list[Counter]:
    """A molecular name of two words, counted by its prefixes ("dinitrogen tetroxide");
    one prefix at least, else it is read as ionic."""
    if len(words) != 2:
        return []
    first = _CATION.match(words[0])
    second = _MOLECULAR_ANION.match(words[1])
    if first is None or second is None or first[3] or not (first[1] or second[1]):
        return []
    symbol = ELEMENT_OF_NAME.get(first[2])
    stem = second[2] if second[2] in _ANIONS else f"o{second[2]}"  # "tetr-oxide"
    if symbol is None or stem not in _ANIONS or len(_ANIONS[stem][0]) > 2:
        return []
    held = _scaled(symbol, _PREFIXES.get(first[1] or "", 1))
    held.update(_scaled(_ANIONS[stem][0], _PREFIXES.get(second[1] or "", 1)))
    return [held]


def _scaled(formula: str, times: int) -> Counter:
    held = _counts(formula) or Counter()
    return Counter({symbol: n * times for symbol, n in held.items()})


#: An answer that is a compound's name with its formula in brackets, or the other way:
#: "calcium carbonate (CaCO3)", "CaCO3 (calcium carbonate)".
_GLOSSED_COMPOUND = re.compile(r"\s*([^()]+?)\s*\(\s*([^()]+?)\s*\)\s*")


def compound_glossed(first: str, second: str) -> bool:
    """One answer names a compound and gives its formula in brackets, and the other is
    that name or that formula, alone or told the other way ("calcium carbonate (CaCO3)"
    / "CaCO3"): one answer."""
    for glossed, other in ((first, second), (second, first)):
        found = _GLOSSED_COMPOUND.fullmatch(glossed)
        if found is None or not formula_and_name(found[1], found[2]):
            continue
        other = other.strip()
        if any(other.casefold() == part.casefold() for part in (found[1], found[2])):
            return True
        if any(formula_and_name(other, part) for part in (found[1], found[2])):
            return True
    return False
