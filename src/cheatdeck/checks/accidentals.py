"""Music notation that tells two answers apart where the fold and the values see one.

An accidental names another note or degree: "1♭" / "1♯" (a key signature), "♭3" / "3",
"C#" / "Cb"; the same accidental in two spellings is one ("F#" / "F♯", "Bb" / "B♭",
"b3" / "♭3"). A dot lengthens a note value by half: "a dotted half note" is three
beats, "a half note" two.
"""

from __future__ import annotations

import re

#: An accidental as a sign of its own (♯ ♭ ♮, double ones), or typed: "#" after a note
#: letter or a number or before a number ("C#", "1#", "#4"), "b" after a capital note
#: letter that ends a word or starts a chord's quality ("Bb", "Ebm", "Abmaj7"), or before
#: a number or a Roman numeral ("b3", "bVII").
_ACCIDENTAL = re.compile(
    r"[♯♭♮𝄪𝄫]"
    r"|(?<=[A-G0-9])#|#(?=\d)"
    r"|(?<=(?<![^\W\d_])[A-G])b(?![a-ln-z])"
    r"|(?<![\w#])b(?=\d|[IViv]+\b)"
)
#: How each accidental reads, whatever its spelling.
_READ = {"♯": "#", "#": "#", "♭": "b", "b": "b", "♮": "n", "𝄪": "x", "𝄫": "bb"}


def _accidentals(text: str) -> tuple[str, list[str]]:
    """``text`` without its accidentals (case and blanks set aside), and the accidentals
    in order, each read one way."""
    signs = [_READ[found.group()] for found in _ACCIDENTAL.finditer(text)]
    rest = " ".join(_ACCIDENTAL.sub("", text).casefold().split())
    return rest, signs


def accidentals_apart(a: str, b: str) -> bool:
    """Two texts alike but for their accidentals, which differ: "1♭" / "1♯", "♭3" / "3",
    "E♭ major" / "E major". The same accidentals in other spellings ("F#" / "F♯",
    "Bb" / "B♭") are not apart."""
    if not (_has_accidental(a) or _has_accidental(b)):
        return False
    (rest_a, signs_a), (rest_b, signs_b) = _accidentals(a), _accidentals(b)
    return signs_a != signs_b and rest_a == rest_b


def _has_accidental(text: str) -> bool:
    return ("#" in text or "b" in text or not text.isascii()) and bool(_ACCIDENTAL.search(text))


#: A note value's dots: "dotted" one, "double-dotted" two, "triple dotted" three.
_DOTTED = re.compile(r"\b(?:(double|triple)[- ]?)?dotted\b", re.I)
_DOTS = {"": 1, "double": 2, "triple": 3}


def dots_apart(a: str, b: str) -> bool:
    """Two texts that give a note value another number of dots: "a dotted half note" (three
    beats) / "a half note" (two), "double-dotted" / "dotted"."""
    if "otted" not in a and "otted" not in b:
        return False
    return _dots(a) != _dots(b)


def _dots(text: str) -> int:
    return sum(_DOTS[(found.group(1) or "").lower()] for found in _DOTTED.finditer(text))
