"""Two questions asking one thing in other words, answered with different text (issue 18,
qa/qa conflicts): a word that one question writes short or in another form and the
other in full ("the *Federal* Reserve" / "the *Fed*", "*Japan*'s flag" / "the
*Japanese* flag") is a word both say, so the questions are asked again in other words
and their answers a possible conflict. Each test failed with its rule undone."""

from __future__ import annotations

import pytest
from test_checks_checks64 import _prompt_words

from cheatdeck.checks.similar import _word_and_its_form

from conftest import check_deck_padded


def _similar(found: list[str]) -> list[str]:
    return [line for line in found if " similar-fact: " in line]


def test_a_word_written_short_is_a_word_both_questions_say(tmp_path):
    """ "Strad" is "Stradivarius" written short: the questions share it with "country"
    and "violin", and say two words each besides, so two countries are a warning."""
    found = check_deck_padded(
        tmp_path,
        "Violins",
        """
        - {id: a, kind: qa, question: Which country does the Stradivarius violin varnish
             come from?, answer: Italy}
        - {id: b, kind: qa, question: Origin country of the Strad violin finish?,
           answer: Austria}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "possibly conflicting with b " in similar[0], found
    assert not [line for line in found if "conflicting-fact" in line], found


def test_a_word_and_its_form():
    """A start of three letters or more, and two letters more than it: a short form or
    another form of one word; not one letter more ("http" / "https": two protocols),
    nor an ending that names another thing ("voiceless", "goddess")."""
    assert _word_and_its_form("fed", "feder")  # "Fed" / "Federal" (stems)
    assert _word_and_its_form("japanes", "japan")
    assert not _word_and_its_form("https", "http")
    assert not _word_and_its_form("voic", "voiceless")
    assert not _word_and_its_form("god", "goddess")
    assert not _word_and_its_form("ab", "about")


def test_questions_sharing_only_words_in_other_forms_ask_two_things(tmp_path):
    """ "the first *Corinthian* to be ostracized" / "... ostracism in *Corinth*" share
    one word written alike: a form of another word makes no second, they ask two
    things (who was ostracized, who brought ostracism in)."""
    verdict, (a, b), (x, y) = _prompt_words(
        tmp_path,
        ["Who was the first Corinthian to be ostracized?", "Who introduced ostracism in Corinth?"],
    )
    shared, own_a, own_b = (
        frozenset(x) & frozenset(y),
        frozenset(x) - frozenset(y),
        frozenset(y) - frozenset(x),
    )
    assert verdict._forms_as_shared(a, b, shared, own_a, own_b) == (shared, own_a, own_b)


_ASKED_TWICE = [
    (
        "Genetics",
        ("What share of mutations arise in body cells of tomato plants?", "most"),
        ("What share of mutations arise in somatic cells of tomato plants?", "few"),
    ),
    (
        "Yurts",
        ("What is the central post of a yurt called?", "bagana"),
        ("Name of the center post of a yurt", "toono"),
    ),
    (
        "Audio",
        ("Which amplifier class suits an independent speaker cabinet?", "class D"),
        ("Which amplifier class suits a standalone speaker cabinet?", "class A"),
    ),
    (
        "Owls",
        ("Which lobe of the owl brain processes vision?", "occipital lobe"),
        ("Which owl brain lobe processes visual input?", "temporal lobe"),
    ),
]


@pytest.mark.parametrize(("deck", "first", "second"), _ASKED_TWICE)
def test_words_written_for_one_another_ask_one_question(tmp_path, deck, first, second):
    """A noun and its adjective ("centre" / "central", "vision" / "visual", "body" /
    "somatic"), "independent" / "standalone": one
    question asked twice, its two answers a possible conflict (a warning)."""
    found = check_deck_padded(
        tmp_path,
        deck,
        f"""
        - {{id: a, kind: qa, question: "{first[0]}", answer: "{first[1]}"}}
        - {{id: b, kind: qa, question: "{second[0]}", answer: "{second[1]}"}}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "possibly conflicting with b " in similar[0], found
    assert not [line for line in found if "conflicting-fact" in line], found
