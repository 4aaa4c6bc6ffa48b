"""The plain "these two prompts may ask the same thing" warning (``prompts_alike``):
two prompts whose words, weighted by their rarity in the corpus, are mostly the same
and that are worded apart (their words differ in four places or more) are one
``similar-fact`` warning, whatever their answers; a pair that shares one word, or
that is one template with a word swapped, is none. Each corpus holds the pair among
cards on other things (a word's rarity needs a corpus to be rare in)."""

from __future__ import annotations

import pytest

from conftest import check_cards as check

FIELDS = {
    "qa": ("question", "answer"),
    "limit": ("subject", "value"),
    "command": ("task", "command"),
    "concept": ("term", "definition"),
}
#: Cards on other things, written as a newcomer's deck of geography and biology.
OTHERS = (
    ("qa", "What is the capital of Australia?", "Canberra"),
    ("qa", "Which gas do plants take in for photosynthesis?", "Carbon dioxide"),
    ("concept", "Mitochondrion", "The organelle that makes most of a cell's ATP"),
    ("limit", "Height of Mount Kilimanjaro", "5895 m"),
    ("qa", "Who painted the ceiling of the Sistine Chapel?", "Michelangelo"),
    ("qa", "How many bones are in the adult human body?", "206"),
    ("concept", "Photosphere", "The visible surface of the Sun"),
    ("qa", "Which ocean is the deepest?", "The Pacific"),
)


def cards(*pairs: tuple[str, str, str]) -> str:
    lines = []
    for n, (kind, prompt, answer) in enumerate((*pairs, *OTHERS)):
        asked, said = FIELDS[kind]
        lines.append(f"- {{id: c{n}, kind: {kind}, {asked}: {prompt!r}, {said}: {answer!r}}}")
    return "\n".join(lines)


GUINEA = "Which wind blows hot dry air from the Sahara over the Gulf of Guinea?"
COAST = "What dusty wind brings hot dry air from the Sahara over the Guinea coast?"
ALIKE = "warning similar-fact: may ask the same thing as c1"

FOUND = {
    # the same wind asked in other words: a rare word each of its own ("Gulf" /
    # "coast", "dusty") keeps the exact rules from calling them one prompt
    "wind-reworded": (
        ("qa", GUINEA, "Harmattan"),
        ("qa", COAST, "Sirocco"),
    ),
}


@pytest.mark.parametrize("name", sorted(FOUND))
def test_prompts_reworded_are_one_warning(tmp_path, name):
    first, second = FOUND[name]
    found = check(tmp_path, cards(first, second))
    assert any(line.startswith(ALIKE) for line in found), found
    assert "add 'allow: [c1]' if they ask two things" in next(
        line for line in found if line.startswith(ALIKE)
    )


APART = {
    # one rare word shared, the rest of each prompt its own
    "one-word-shared": (
        ("qa", "Which river flows through Vienna and Budapest?", "The Danube"),
        ("qa", "How many countries does the Danube cross on its way to the sea?", "10"),
    ),
    # one template, one word swapped: two things asked
    "template-slot": (
        ("qa", GUINEA, "Harmattan"),
        ("qa", "Which wind blows hot dry air from the Sahara over the Mediterranean?", "Sirocco"),
    ),
}


@pytest.mark.parametrize("name", sorted(APART))
def test_prompts_apart_are_no_warning(tmp_path, name):
    first, second = APART[name]
    found = check(tmp_path, cards(first, second))
    assert not any("may ask the same thing" in line for line in found), found


def test_allow_silences_the_warning(tmp_path):
    first, second = FOUND["wind-reworded"]
    text = cards(first, second).replace("{id: c0,", "{id: c0, allow: [c1],", 1)
    found = check(tmp_path, text)
    assert not any("similar-fact" in line for line in found), found
