"""Two prompts of one value that end naming two things: "Usual adult dose of
*amoxicillin*?" and "Adult oral dose of *metronidazole*?", both 500 mg. Their other words
read alike, and one value answering both says the two drugs share a dose, not that one
fact was written twice. Only values: one text answer to both ("Antidote for heparin?" /
"What reverses heparin?", protamine) says more than a shared number does; and only one
value to both (two values stay a possible conflict)."""

from __future__ import annotations

import re

from .items import Item
from .normalize import LOOSE, american_drug_names, content_words, fold
from .quantities import equal_values

#: The one word a prompt's last "of" or "for" names, at its end: "dose of amoxicillin?",
#: "for the Boeing" (not "of the GRS80 ellipsoid", "for a case binding": two words may
#: name one thing otherwise).
_LAST_OBJECT = re.compile(r"\b(?:of|for)\s+(?:the\s+|an?\s+)?([^\W\d_][\w-]*)\s*\??\s*$")


def values_of_two_objects(a: Item, b: Item) -> bool:
    """``a`` and ``b`` state one value to prompts that each end naming one thing in one
    word ("... of X") the other prompt never says, neither word inside the other ("flu"
    of "influenza"), and no one thing in two names (a drug's British and American names,
    a loose synonym). Other values stay a possible conflict: "... top of the arc" /
    "... top of the key" may name one place."""
    if not a.quantities or not b.quantities or not equal_values(a.quantities, b.quantities):
        return False
    first, second = _LAST_OBJECT.search(a.prompt), _LAST_OBJECT.search(b.prompt)
    if first is None or second is None:
        return False
    one, other = first.group(1).casefold(), second.group(1).casefold()
    if one in other or other in one:
        return False
    named_a, named_b = _words(one), _words(other)
    if not named_a or not named_b or named_a == named_b:
        return False
    words_a, words_b = _words(a.full_prompt), _words(b.full_prompt)
    return named_a.isdisjoint(words_b) and named_b.isdisjoint(words_a)


def _words(text: str) -> frozenset[str]:
    """The content words of ``text``, a drug's British name American, loose synonyms one."""
    words = content_words(american_drug_names(fold(text)))
    return frozenset(LOOSE.get(word, word) for word in words)
