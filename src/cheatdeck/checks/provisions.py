"""Numbered provisions of a law or a rule book: "s. 1(1)", "Art. 6(1)(a)", "§ 2-207",
"reg. 4(2)". Folded to words, "s. 1(1)" is "section 1 1" and "s. 2(1)(a)" is "section 2 1
a": one answer's words inside the other's, as if one said a word more. A provision's
numbers are a path, each number inside the one before; two answers that name other paths
name other provisions."""

from __future__ import annotations

import re

#: A number with its subdivisions in brackets right after it: "1(1)", "6(1)(a)",
#: "2-207(3)", "14(2)(iv)".
_SUBDIVIDED = r"\d+[A-Za-z]?(?:-\d+)?(?:\((?:\d{1,3}[A-Za-z]?|[a-z]{1,2}|[ivx]{1,4})\))+"
#: A provision's label, then its number: "s. 5", "ss 2", "§ 2-207", "Art. 6", "section 1".
_LABELLED = (
    r"(?:\b(?:ss?|sec|section|art|article|reg|regulation|rule|r|para|paragraph|cl|clause)\.?"
    r"|§§?)\s*(\d+[A-Za-z]?(?:-\d+)?)(?![\d(-])"
)
_REFERENCE = re.compile(rf"(?<![\w.(-])({_SUBDIVIDED})(?![\w(-])|{_LABELLED}", re.IGNORECASE)


def provisions_of(text: str) -> list[str]:
    """The provisions an answer names, in order: "s. 2(1)(a) and s. 3" gives "2(1)(a)"
    and "3"; a plain number is none ("1968")."""
    return [
        (found[1] or found[2]).casefold().replace(" ", "") for found in _REFERENCE.finditer(text)
    ]


def provisions_apart(first: str, second: str) -> bool:
    """Two answers that name provisions, at least one with subdivisions in brackets, and
    not the same ones: "s. 1(1)" / "s. 2(1)(a)", "Art. 6(1)" / "Art. 6(1)(a)". Not
    "§ 2-207" / "section 2-207 UCC", one provision written two ways."""
    x, y = provisions_of(first), provisions_of(second)
    if not x or not y or not any("(" in found for found in (*x, *y)):
        return False
    return sorted(set(x)) != sorted(set(y))


#: An Act or a code named by its initials after a provision: "UCC", "GDPR", "TEU".
_INITIALS = re.compile(r"[A-Z]{2,6}")


def provisions_named_alike(first: str, second: str) -> bool:
    """Two answers that name the same provisions, one of them also the code's initials
    and nothing more: "§ 2-207" / "section 2-207 UCC", "Art. 6(1)" / "Art. 6(1) GDPR".
    Not "s. 5" / "s. 5 of the Theft Act 1968", which may name another Act's section."""
    x, y = provisions_of(first), provisions_of(second)
    if not x or x != y:
        return False
    rest_x, rest_y = (_REFERENCE.sub(" ", text).split() for text in (first, second))
    shorter, longer = sorted((rest_x, rest_y), key=len)
    added = [word for word in longer if word not in shorter]
    return (
        set(shorter) <= set(longer)
        and len(added) <= 1
        and all(_INITIALS.fullmatch(word) for word in added)
    )
