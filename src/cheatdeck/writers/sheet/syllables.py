"""Where a long word of a crowded table may break on paper: its syllables, by Pyphen's
hyphenation patterns (WeasyPrint's own) for the sheet's language, marked with soft
hyphens, so that WeasyPrint sizes the word's column by its longest syllable and breaks it
only there, with a hyphen.
"""

from __future__ import annotations

import re
from functools import lru_cache

SOFT_HYPHEN = "\u00ad"
SYLLABLE_MIN = 3  # letters a hyphenated word keeps on each side of a break ("Di-methyl")
# Combining marks a letter may carry, typed apart from it (a stress mark: "меча́тельность").
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# A word's letters, with their marks, between what may come before and after them
# ("(interchangeable)").
LETTERS = re.compile(rf"(?<![^\W\d_])[^\W\d_](?:[^\W\d_]|[{_MARKS}])*(?![^\W\d_{_MARKS}])")
_MARK = re.compile(f"[{_MARKS}]")


@lru_cache(maxsize=4096)
def marked(word: str, language: str) -> str:
    """``word`` with a soft hyphen between its syllables; each part of "non-flammable"
    on its own (a line may end after its hyphen) and only its letters ("(Pauling)");
    as it is when ``language`` has no patterns."""
    found = hyphenator(language)
    if found is None:
        return word

    def hyphenate(letters: re.Match) -> str:
        word = letters[0]
        bare = _MARK.sub("", word)
        if bare == word:
            return found.inserted(word, hyphen=SOFT_HYPHEN)
        # the syllables of the word without its marks, each mark kept on its letter:
        # a mark between two letters had cut the word in two for the patterns
        breaks = {int(at) for at in found.positions(bare) if not getattr(at, "data", None)}
        out: list[str] = []
        letter = 0
        for char in word:
            if not _MARK.fullmatch(char):
                if letter in breaks:
                    out.append(SOFT_HYPHEN)
                letter += 1
            out.append(char)
        return "".join(out)

    return "-".join(LETTERS.sub(hyphenate, part) for part in word.split("-"))


def spread(word: str, language: str) -> str:
    """``word`` marked as ``marked`` marks it, and a run of letters the patterns find no
    syllable in ("Soldered", "Threaded") marked after each letter that leaves
    ``SYLLABLE_MIN`` letters on each side: where a word in a table too crowded to keep it
    whole must break anyway, it then breaks with a hyphen ("Solde-" over "red"), not
    anywhere without one ("Soldere" over "d", which reads as two words)."""
    found = marked(word, language)
    if hyphenator(language) is None:
        return found

    def everywhere(letters: re.Match) -> str:
        run = letters[0]
        if SOFT_HYPHEN in run or _MARK.search(run) or len(run) < 2 * SYLLABLE_MIN:
            return run
        last = len(run) - SYLLABLE_MIN
        head, middle = run[:SYLLABLE_MIN], run[SYLLABLE_MIN:last]
        return head + "".join(SOFT_HYPHEN + char for char in middle) + SOFT_HYPHEN + run[last:]

    return _SPREAD_RUN.sub(everywhere, found)


# A run of letters with its soft hyphens, as ``marked`` left it.
_SPREAD_RUN = re.compile(rf"(?:[^\W\d_]|[{_MARKS}{SOFT_HYPHEN}])+")


def pieces(word: str, language: str) -> list[str]:
    """The pieces a line may end between in ``word``: its syllables (each but the last
    with the hyphen it would end in) and the parts after its own hyphens."""
    found = re.split(f"(?<=-)|{SOFT_HYPHEN}", marked(word, language))
    last = len(found) - 1
    return [p if p.endswith("-") or at == last else p + "-" for at, p in enumerate(found)]


def _cased(part: str) -> str:
    """A language tag's part after its language as BCP 47 writes it: a script
    Title-cased, a country's code in capitals, the rest in small letters (Pyphen's names
    are so: "sr_Latn", "en_GB")."""
    if len(part) == 4 and part.isalpha():
        return part.title()
    return part.upper() if len(part) == 2 and part.isalpha() else part.lower()


@lru_cache(maxsize=8)
def hyphenator(language: str):
    """Pyphen's hyphenator of ``language`` ("pt-BR" as "pt_BR", "sr-Latn-RS" as its
    "sr_Latn", else its base "pt"; a tag's letters in any case: "en-us" is "en_US"), or
    None when it has none (or Pyphen, which comes with WeasyPrint, is missing)."""
    try:
        import pyphen
    except ImportError:
        return None
    first, *rest = language.replace("_", "-").split("-")
    parts = [first.lower(), *map(_cased, rest)]
    for end in range(len(parts), 0, -1):
        if (tag := "_".join(parts[:end])) in pyphen.LANGUAGES:
            return pyphen.Pyphen(lang=tag, left=SYLLABLE_MIN, right=SYLLABLE_MIN)
    return None
