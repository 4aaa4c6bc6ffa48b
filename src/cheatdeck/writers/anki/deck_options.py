"""The deck options (Anki's "deck config") of every Anki output, defined once.

The .apkg ships them as its collection's default options group and CrowdAnki as
the deck's named ``DeckConfig``: the same scheduling values either way (Anki's own
defaults: 20 new cards and 200 reviews a day, steps of 1 and 10 minutes).
"""

from __future__ import annotations

import copy

_OPTIONS: dict = {
    "autoplay": True,
    "dyn": False,
    "maxTaken": 60,
    "replayq": True,
    "timer": 0,
    "new": {
        "bury": False,
        "delays": [1.0, 10.0],
        "initialFactor": 2500,
        "ints": [1, 4, 0],
        "order": 1,
        "perDay": 20,
    },
    "rev": {
        "bury": False,
        "ease4": 1.3,
        "hardFactor": 1.2,
        "ivlFct": 1.0,
        "maxIvl": 36500,
        "perDay": 200,
    },
    "lapse": {"delays": [10.0], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0.0},
}


def deck_options() -> dict:
    """The scheduling options (a fresh copy: callers add their format's own keys)."""
    return copy.deepcopy(_OPTIONS)
