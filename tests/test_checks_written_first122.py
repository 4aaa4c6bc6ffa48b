"""Who wrote a thing first is who created it (tests/data/fact_pairs_unseen60.txt,
"Who wrote ImageMagick originally?" / "Who created ImageMagick?"; fact_pairs_unseen15.txt,
"Who wrote the original GNU Emacs?" / "Who created GNU Emacs?"): "wrote the original X",
"wrote the first version of X", "wrote X originally", "originally wrote X" and "first
wrote X" ask who "created" X. A loose rewording: a ``similar-fact`` warning at most.
Written with other things than the sets'; who wrote a thing alone stays apart from who
made it (a film's screenwriter and its director)."""

from __future__ import annotations

import pytest

from conftest import card_pair
from conftest import check_facts as check


@pytest.mark.parametrize(
    "first",
    [
        "Who wrote the original Vim?",
        "Who wrote the first version of Vim?",
        "Who wrote Vim originally?",
        "Who originally wrote Vim?",
        "Who first wrote Vim?",
    ],
)
def test_who_wrote_it_first_asks_who_created_it(tmp_path, first):
    found = check(tmp_path, card_pair(first, "Who created Vim?", ("Bram Moolenaar", "Bill Joy")))
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "possibly conflicting with b" in found[0], found


@pytest.mark.parametrize("first", ["Who wrote Vertigo?", "Who wrote the script of Vertigo?"])
def test_who_wrote_it_alone_stays_apart_from_who_made_it(tmp_path, first):
    found = check(
        tmp_path, card_pair(first, "Who made Vertigo?", ("Alec Coppel", "Alfred Hitchcock"))
    )
    assert not any("same fact" in line or "conflict" in line for line in found), found
