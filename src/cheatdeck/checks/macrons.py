"""Macrons left out: romanized Japanese, Māori, Hawaiian and Latin are often typed without
them ("Tōhoku" / "Tohoku", "Kanō Jigorō" / "Jigoro Kano", "Gōjū-ryū" / "Goju-ryu"). A
word of Latin letters whose only marks are macrons is the same word typed plain; other
marks tell words apart ("año" / "ano", "schön" / "schon", "está" / "esta")."""

from __future__ import annotations

import unicodedata

_MACRON = "\u0304"


def typed_without_macrons(word: str) -> str | None:
    """``word`` as typed without its macrons, when it holds one or more, no other mark,
    and is of Latin letters (three or more): "tōhoku" -> "tohoku", "ryū" -> "ryu"; None
    for "año", "mā" or a word with none."""
    if word.isascii():
        return None
    decomposed = unicodedata.normalize("NFD", word)
    if _MACRON not in decomposed:
        return None
    plain = decomposed.replace(_MACRON, "")
    if len(plain) < 3 or not plain.isascii() or not plain.isalpha():
        return None
    return plain
