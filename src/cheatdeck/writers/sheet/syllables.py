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
# A word's letters between what may come before and after them ("(interchangeable)").
LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?![^\W\d_])")


@lru_cache(maxsize=4096)
def marked(word: str, language: str) -> str:
    """``word`` with a soft hyphen between its syllables; each part of "non-flammable"
    on its own (a line may end after its hyphen) and only its letters ("(Pauling)");
    as it is when ``language`` has no patterns."""
    found = hyphenator(language)
    if found is None:
        return word

    def hyphenate(letters: re.Match) -> str:
        return found.inserted(letters[0], hyphen=SOFT_HYPHEN)

    return "-".join(LETTERS.sub(hyphenate, part) for part in word.split("-"))


def pieces(word: str, language: str) -> list[str]:
    """The pieces a line may end between in ``word``: its syllables (each but the last
    with the hyphen it would end in) and the parts after its own hyphens."""
    found = re.split(f"(?<=-)|{SOFT_HYPHEN}", marked(word, language))
    last = len(found) - 1
    return [p if p.endswith("-") or at == last else p + "-" for at, p in enumerate(found)]


@lru_cache(maxsize=8)
def hyphenator(language: str):
    """Pyphen's hyphenator of ``language`` ("pt-BR" as "pt_BR", else its base "pt"), or
    None when it has none (or Pyphen, which comes with WeasyPrint, is missing)."""
    try:
        import pyphen
    except ImportError:
        return None
    for tag in (language.replace("-", "_"), language.split("-")[0]):
        if tag in pyphen.LANGUAGES:
            return pyphen.Pyphen(lang=tag, left=SYLLABLE_MIN, right=SYLLABLE_MIN)
    return None
