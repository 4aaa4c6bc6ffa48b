"""The fact checks on seven decks of right, distinct cards (world geography, human
anatomy, Python's standard library, the chemical elements; world history, literature,
Spanish), written the way a busy user writes: terse subject lines, many cards of one
template ("Capital of Peru?" / "Capital of Chile?", "Atomic number of carbon" / "... of
iron", "Largest organ?" / "Largest muscle?", "Who wrote Moby-Dick?" / "Narrator of
Moby-Dick?", "dog in Spanish?" / "cat in Spanish?"). No card repeats or contradicts
another, so every finding is a false alarm: none may be an error, and the warnings left
are pinned here, each a template's sibling the checks cannot yet tell from a question
worded twice (silenced with ``allow``)."""

from __future__ import annotations

import pytest
from test_checks_sysadmin_wine import _findings

#: The warnings left on each deck: (card, other card), each pair once.
LEFT = {
    "geography": {
        ("p-largest-lake", "p-largest-freshwater-lake"),  # "freshwater" added
        ("p-largest-lake", "n-largest-country"),  # "lake" / "country" by area
    },
    "anatomy": {
        ("s-ribs", "s-true-ribs"),  # "true" added
        ("s-ribs", "s-floating-ribs"),  # 12 pairs / "11 and 12"
        ("o-largest-organ", "o-largest-internal"),  # "internal" added
    },
    "python_stdlib": set(),
    "chemistry": {
        ("t-count", "t-groups"),  # "Elements" / "Groups" in the periodic table
        ("t-count", "t-periods"),
        ("t-groups", "t-periods"),
        ("t-mendeleev", "t-periods"),
    },
    "history": {
        ("d-ww1", "e-ww1-trigger"),  # "First World War" 1914–1918 / "What triggered ...?"
    },
    "literature": set(),
    "spanish": set(),
}


@pytest.mark.parametrize("name", sorted(LEFT))
def test_right_cards_of_one_template_raise_no_error(name):
    """No error on a deck of right, distinct cards, and no warning but those pinned."""
    found = _findings(name)
    assert not [f for f in found if f[0].startswith("error")], found
    pairs = {tuple(sorted((card, other))) for _, card, other in found}
    assert pairs == {tuple(sorted(pair)) for pair in LEFT[name]}, pairs
