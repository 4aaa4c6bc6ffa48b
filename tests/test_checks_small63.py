"""The fact checks on a newcomer's small corpus (issue 18): a first deck of 20 to 100
cards on one subject, where a handful of cards share the subject's words.

``similar.MIN_COMMON``: a word counts as common (a stop word of the corpus) only when ten
items use it at least, so "wedging" in six cards of a pottery deck is still a word two
terms can share as their rare one. The pair sets checked domain by domain
(``findings_by_small_corpus``) keep every error right."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fact_pairs import ROOT, findings_by_small_corpus, read_pairs, score

from conftest import check_deck

_FIELDS = {"qa": ("question", "answer"), "concept": ("term", "definition")}
_FIELDS["limit"] = ("subject", "value")


def deck(*cards: tuple[str, str, str, str]) -> str:
    """The YAML of cards written as (id, kind, prompt, answer)."""
    lines = []
    for card_id, kind, prompt, answer in cards:
        prompt_field, answer_field = _FIELDS[kind]
        lines.append(f'- {{id: {card_id}, kind: {kind}, {prompt_field}: "{prompt}", ')
        lines[-1] += f'{answer_field}: "{answer}"}}'
    return "\n".join(lines)


#: A pottery deck of 20 cards: six say "wedging"; "Wedging" and "Clay wedging" are one
#: term defined twice, in other words.
POTTERY = deck(
    ("wedging", "concept", "Wedging", "Kneading clay to push out trapped air"),
    ("clay-wedging", "concept", "Clay wedging", "Working a lump until no air pockets remain"),
    ("wedging-why", "qa", "Why must clay be wedged before throwing?", "air bursts in the kiln"),
    ("wedging-ram", "qa", "What is ram's head wedging?", "rocking the clay forward"),
    ("wedging-spiral", "qa", "What does spiral wedging produce?", "a conical lump of clay"),
    ("wedging-table", "qa", "Which surface suits wedging?", "canvas-covered plaster"),
    ("bisque", "concept", "Bisque", "The first firing that turns dry clay into porous ware"),
    ("cone-06", "limit", "Temperature of cone 06", "999 °C"),
    ("glaze", "concept", "Glaze", "A glassy coating fused to the clay surface in the kiln"),
    ("leather", "concept", "Leather hard", "Clay firm enough to trim but still damp"),
    ("greenware", "concept", "Greenware", "Unfired pottery that has dried"),
    ("slip", "concept", "Slip", "Clay mixed with water to a creamy liquid"),
    ("centering", "qa", "What is centering on the wheel?", "pressing the clay into a true mound"),
    ("cone-6", "limit", "Temperature of cone 6", "1222 °C"),
    ("porcelain", "qa", "Which clay body fires to a white translucent ware?", "porcelain"),
    ("stoneware", "qa", "Which clay body is vitrified at mid to high fire?", "stoneware"),
    ("crazing", "concept", "Crazing", "A net of fine cracks in a glaze that shrinks more"),
    ("trimming", "qa", "When is a pot trimmed?", "at leather hard"),
    ("kiln-wash", "concept", "Kiln wash", "Alumina and kaolin painted on shelves"),
    ("raku", "concept", "Raku", "A firing where pots are pulled red hot from the kiln"),
)


def test_a_word_six_cards_of_a_small_deck_share_is_no_stop_word(tmp_path):
    found = check_deck(tmp_path, "Pottery", POTTERY)
    assert len(found) == 1, found
    assert "similar-fact: nearly the same fact as clay-wedging" in found[0], found


#: A coffee deck of 20 cards; "How many grams of coffee go into a double espresso?" and
#: "Coffee dose for a double espresso shot" ask one thing, answered with two weights.
COFFEE = deck(
    ("arabica", "qa", "Which coffee species is grown most worldwide?", "Arabica"),
    ("robusta", "qa", "Which species has more caffeine?", "Robusta"),
    ("origin", "qa", "Where did coffee drinking begin?", "Yemen"),
    ("caffeine", "limit", "Caffeine in a shot of espresso", "63 mg"),
    ("pressure", "qa", "What pressure does an espresso machine brew at?", "9 bar"),
    ("crema", "concept", "Crema", "The golden foam on top of an espresso"),
    ("cold-brew", "concept", "Cold brew", "Coffee steeped in cold water for twelve hours"),
    ("brazil", "qa", "Which country exports the most beans?", "Brazil"),
    ("flat-white", "qa", "What is a flat white?", "Espresso with steamed milk and microfoam"),
    ("tree", "qa", "How many years does a coffee tree take to bear fruit?", "3 to 4 years"),
    ("press", "qa", "Grind size for a French press", "coarse"),
    ("peaberry", "concept", "Peaberry", "A coffee cherry holding a single round bean"),
    ("moka", "qa", "What does a moka pot brew with?", "steam pressure"),
    ("roast", "qa", "Which roast has the most caffeine by weight?", "light roast"),
    ("dose", "qa", "How many grams of coffee go into a double espresso?", "14 g"),
    ("dose-2", "limit", "Coffee dose for a double espresso shot", "18 g"),
    ("ristretto", "concept", "Ristretto", "A short espresso shot pulled with half the water"),
    ("americano", "qa", "Which drink adds hot water to espresso?", "Americano"),
    ("decaf", "qa", "Which solvent-free method removes caffeine?", "the Swiss Water process"),
    ("cupping", "concept", "Cupping", "Tasting brewed coffee by slurping it from a spoon"),
)


def test_one_measure_answered_twice_in_a_small_deck_is_a_possible_conflict(tmp_path):
    found = check_deck(tmp_path, "Coffee", COFFEE)
    assert len(found) == 1, found
    assert "similar-fact: possibly conflicting with dose-2" in found[0], found
    assert "'14 g' here and '18 g' there" in found[0], found


#: Sets checked domain by domain here (~70 cards a corpus), and in corpora of 10 pairs
#: (~20 cards): the labelled set and three held-out ones (~10 s in all).
SMALL_SETS = ("fact_pairs.txt", "fact_pairs_unseen8.txt", "fact_pairs_unseen42.txt")


@pytest.mark.parametrize("pieces", [0, 10], ids=["by-domain", "10-pairs"])
@pytest.mark.parametrize("name", SMALL_SETS)
def test_no_wrong_error_in_small_corpora(tmp_path, name, pieces):
    pairs = read_pairs(ROOT / "tests" / "data" / name)
    found = score(pairs, findings_by_small_corpus(pairs, Path(tmp_path), pieces))
    assert found["errors"] >= 5  # the small corpora hold errors to find ...
    assert found["precision"] == 1.0, "\n".join(found["misses"])  # ... and none wrong
