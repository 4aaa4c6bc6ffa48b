"""The fact checks on a Greek name written in Greek or in Latin letters ("Alexios
Komnenos" / "Alexius Comnenus", as tests/data/fact_pairs_unseen62.txt showed it
missed): one name, a ``similar-fact`` warning at most. Greek medicine, a domain not in
the pair sets."""

from __future__ import annotations

import pytest

from conftest import card_pair
from conftest import check_facts as check


def _possibly_conflicting(found: list[str]) -> bool:
    return len(found) == 1 and "possibly conflicting with b" in found[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Where was Asklepios worshipped first?", "Where was Asclepius worshipped first?"),
        ("On which island was Hippokrates born?", "On which island was Hippocrates born?"),
        ("Who taught Erasistratos anatomy?", "Who taught Erasistratus anatomy?"),
    ],
    ids=["asklepios", "hippokrates", "erasistratos"],
)
def test_a_greek_name_in_greek_or_latin_letters_is_one_name(tmp_path, first, second):
    found = check(tmp_path, card_pair(first, second, ("Epidaurus", "Kos")))
    assert _possibly_conflicting(found), found
    assert "warning similar-fact" in found[0], found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a name one letter longer is another name
        ("Who taught Galen anatomy?", "Who taught Galena anatomy?"),
        # a name of four letters is too short to tell: "Kato" (a Japanese surname) / "Cato"
        ("Whose pupil was Kato?", "Whose pupil was Cato?"),
    ],
    ids=["galen-galena", "kato-cato"],
)
def test_names_of_other_letters_stay_apart(tmp_path, first, second):
    found = check(tmp_path, card_pair(first, second, ("Chalcedon", "Alexandria")))
    assert not any("same fact" in line or "conflict" in line for line in found), found
