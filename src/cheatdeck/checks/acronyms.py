"""An acronym in one prompt, its words spelt out in another: "GCS at which to consider
intubation" / "Below what Glasgow Coma Scale score is the airway secured?", "What does
an RCD do?" / "How does a residual current device work?".

``spelt_out_acronyms`` reads the corpus's prompts for a word in capitals (two to five
letters) whose letters start consecutive words of some prompt, and gives each such
acronym with its words, when the corpus spells it one way only. ``similar`` reads
those words as the acronym when it compares two prompts in other words
(``Verdict._acronyms_folded``, in the rules of one measure echoed and of a question
asked again), a warning at most.
Guards, how people write: the words are content words of two letters or more, written
alike (all capitalised, a name: "Grand Prix"; or all small, a term: "residual current
device"; a prompt's first word may be either); a two-letter acronym stands only for a
name in capitals ("GP" / "Grand Prix", never "PE" / "physical exam"); an acronym the
corpus spells out two ways ("PE": "pulmonary embolism", "physical examination") is
left alone."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from .normalize import capital_stopwords, content_words, fold

#: A word in capitals, two to five letters, with a plural "s" or not ("RCD", "RCDs").
_ACRONYM = re.compile(r"\b([A-Z]{2,5})s?\b")
#: A word of a prompt: letters only (a hyphen parts two words, "end-tidal").
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: What breaks a run of words: a sentence's or a clause's punctuation, a bracket.
_BREAK = re.compile(r"[,;:.!?()\[\]{}\"\n]")
#: The most words an acronym stands for.
_LONGEST = 5


def spelt_out_acronyms(prompts: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(acronym, its words as one prompt writes them) for each acronym of ``prompts``
    that another prompt spells out in one way only (stems compared)."""
    prompts = list(prompts)
    acronyms = set().union(*map(acronyms_in, prompts))
    if not acronyms:
        return
    spellings: dict[str, dict[frozenset[str], str]] = defaultdict(dict)
    for prompt in prompts:
        for acronym, words in spelt_out_in(prompt, acronyms):
            spellings[acronym].setdefault(_stems(words), words)
    for acronym, spelt in spellings.items():
        if len(spelt) == 1:
            yield acronym, next(iter(spelt.values()))


def spelt_out_in(prompt: str, acronyms: set[str]) -> Iterator[tuple[str, str]]:
    """(acronym, words) for each run of consecutive words of ``prompt`` whose initials
    spell one of ``acronyms`` (``_written_as_a_name``)."""
    for number, clause in enumerate(_BREAK.split(prompt)):
        words = [found.group() for found in _WORD.finditer(clause)]
        first_of_prompt = number == 0 and clause.lstrip().startswith(tuple(words[:1]))
        capitals = [word[0].upper() for word in words]  # each word's once, not each run's
        for size in range(2, min(_LONGEST, len(words)) + 1):
            for start in range(len(words) - size + 1):
                initials = "".join(capitals[start : start + size])
                if initials in acronyms:
                    run = words[start : start + size]
                    if _written_as_a_name(run, first_of_prompt and start == 0):
                        yield initials, " ".join(run)


def _written_as_a_name(run: list[str], starts_prompt: bool) -> bool:
    """The words may stand for an acronym: each a content word of two letters or more,
    none in capitals, all capitalised or all small (the prompt's first word either),
    and all capitalised for a two-letter acronym."""
    if any(len(word) < 2 or word.isupper() or not _stems(word) for word in run):
        return False
    later = run[1:] if starts_prompt else run
    capitalised = {word[0].isupper() for word in later}
    if len(capitalised) != 1:
        return False
    return len(run) > 2 or capitalised == {True}


def _stems(words: str) -> frozenset[str]:
    return frozenset(content_words(fold(words)))


def acronyms_in(text: str) -> set[str]:
    """The words in capitals of ``text`` that may be acronyms, a plural "s" left off."""
    return {found.group(1) for found in _ACRONYM.finditer(text)}


def acronym_words(acronym: str) -> list[str]:
    """The acronym's own word, as a prompt's words hold it (a stop word in capitals
    kept: "US")."""
    return content_words(fold(acronym), capital_stopwords(acronym))
