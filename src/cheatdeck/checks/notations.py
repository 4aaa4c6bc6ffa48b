"""Numbers written in another notation of their base, read as one number.

A hexadecimal number is written "0x90" (C and most languages), "90h" (Intel's
assemblers), "&H90" (BASIC) or "$90" (Motorola's and the 6502's assemblers): two answers
that differ only by these ("int 0x80" / "INT 80h") say one value. The fact checks read
"90h" as ninety hours and "&H90" as a word of its own: two answers that cannot both be
right. Only a pair is read, each word beside the other: "24h" alone stays a day.
"""

from __future__ import annotations

import re

#: A hexadecimal number with its mark: "0x1F", "&H1F", "$1F", or "1Fh" (which begins with
#: a digit, as Intel's assemblers require: "0FFh").
_HEX = re.compile(r"(?:0x|&h|\$)([0-9a-f]+)|([0-9][0-9a-f]*)h", re.IGNORECASE)
#: What may close a word after its number: "(0x80)," "80h."
_CLOSING = ".,;:)]"


def hex_written_otherwise(first: str, second: str) -> bool:
    """The two texts say the same words, but for a hexadecimal number written in
    another notation with the same value ("int 0x80" / "INT 80h", "&H40" / "0x40"); not
    "0x90" / "91h", nor two texts the same as written."""
    words, other_words = first.split(), second.split()
    if len(words) != len(other_words):
        return False
    written_otherwise = False
    for word, other in zip(words, other_words, strict=True):
        if word.casefold() == other.casefold():
            continue
        value = _hex_value(word)
        if value is None or value != _hex_value(other):
            return False
        written_otherwise = True
    return written_otherwise


def _hex_value(word: str) -> int | None:
    found = _HEX.fullmatch(word.rstrip(_CLOSING).lstrip("(["))
    if found is None:
        return None
    return int(found[1] or found[2], 16)


def hex_values_apart(first: str, second: str) -> bool:
    """Each text is one hexadecimal number alone, written "0x90", "&H5A" or "91h" (not
    "$90", which may be a price), and their values differ: "0x90" / "91h" are two
    numbers, whatever the notations."""
    texts = first.strip(), second.strip()
    if any(text.startswith("$") for text in texts):
        return False
    values = _hex_value(texts[0]), _hex_value(texts[1])
    return None not in values and values[0] != values[1]
