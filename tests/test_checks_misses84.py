"""One question asked twice in other words, its answer told again in other words (issue
18, the qa/qa duplicates of the held-out sets): the answers share most of the shorter
one's content words (``restated.told_in_other_words``, read by
``Verdict._answer_told_otherwise``), unless the questions ask another way
(``restated.asked_another_way``); or one number to both, which third prompts may say
(``similar._one_number_answered``); or two questions that share only their deck's name
(``Verdict._deck_named_by_both``); on cards of other subjects than the sets'."""

from __future__ import annotations

import textwrap

import pytest

from cheatdeck.checks.restated import asked_another_way, told_in_other_words

from conftest import check_deck_padded, check_facts, made_up_word
from conftest import check_facts_padded as check

_TARGET_ZONE = """
        - {id: a, kind: qa, question: What is the target zone in handball?,
           answer: "everything beyond the six-metre line, including the wings"}
        - {id: b, kind: qa, question: %s,
           answer: "the court beyond the six-metre line, wings included"}
        """


def test_an_answer_told_again_in_other_words_is_one_fact(tmp_path):
    # "beyond", "six-metre line", "wings", "including": one answer in other words, to
    # two questions that share only "handball"
    found = check(tmp_path, _TARGET_ZONE % "Handball valid shooting area")
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


@pytest.mark.parametrize(
    "other",
    [
        "How is the handball shooting area marked?",  # a way beside a what
        "Why is the handball shooting area so wide?",  # a reason beside a what
        "Handball valid shooting area since 2016",  # what holds from a year on
        "Handball shooting area versus the goal area",  # two things compared
    ],
)
def test_a_question_asked_another_way_is_no_answer_told_again(tmp_path, other):
    assert check(tmp_path, _TARGET_ZONE % other) == []


def test_told_in_other_words_needs_three_words_and_most_of_the_shorter():
    assert told_in_other_words(
        "the first and second layers of skin", "the outer two layers of the skin, first and second"
    )
    # two words shared are not enough
    assert not told_in_other_words("layers of skin", "skin layers")
    # three words, but not most of the shorter answer's
    assert not told_in_other_words(
        "moist heat, high pressure and long exposure kill spores in an autoclave",
        "steam under pressure kills bacteria, fungi and viruses quickly",
    )


def test_told_in_other_words_is_no_yes_against_a_no_nor_notation():
    assert not told_in_other_words(
        "No, the rope must be tied off to an anchor first",
        "Yes, once the rope is tied off to an anchor",
    )
    assert not told_in_other_words(
        "SET search_path = public, extensions", "SET search_path TO public, extensions;"
    )


def test_asked_another_way_reads_how_why_comparing_and_years():
    assert asked_another_way("What is a sextant?", "How is a sextant used?")
    assert asked_another_way("What does ballast do?", "Why do ships carry ballast?")
    assert not asked_another_way("How do you reef a sail?", "How is a sail reefed?")
    assert asked_another_way("What does a jib do?", "How does a jib differ from a genoa?")
    assert asked_another_way("Which classes race in the Cup?", "Which classes race since 2021?")
    assert not asked_another_way("Who won in 1983?", "Which yacht won the 1983 race?")


def _among_made_up_cards(cards: str) -> str:
    """``cards`` followed by 300 concept cards of made-up words: past the size of a
    small corpus, whose pairs the fact checks read more loosely."""
    filler = "\n".join(
        f"- {{id: f{k}, kind: concept, term: {made_up_word(k)}, "
        f"definition: {made_up_word(k + 4000)}}}"
        for k in range(300)
    )
    return textwrap.dedent(cards).strip() + "\n" + filler


def test_one_number_to_two_reworded_questions_is_one_fact_though_others_say_it(tmp_path):
    # a third prompt says "4": a number is no subject of several facts, as a name is
    found = check_facts(
        tmp_path,
        _among_made_up_cards(
            """
            - {id: a, kind: qa, question: How many tines does a dinner fork usually have?,
               answer: Four}
            - {id: b, kind: qa, question: Usual count of prongs on a table fork, answer: "4"}
            - {id: c, kind: qa, question: Why is the number 4 unlucky in Japan?,
               answer: It sounds like the word for death}
            """
        ),
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


_BUILD_TOOL = """
        - {id: a, kind: qa, question: Which build tool ships with Elixir?, answer: Mix}
        - {id: b, kind: qa, question: What is the project manager bundled in the Elixir
           distribution?, answer: "mix (mix new, mix test)"}
        """


def test_two_questions_sharing_only_their_decks_name_answered_alike_are_one_fact(tmp_path):
    # "Elixir", the deck's name, is all the two questions share: what both ask about
    found = check_deck_padded(tmp_path, "Elixir", _BUILD_TOOL)
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_decks_name_shared_with_one_number_answered_is_no_question_asked_twice(tmp_path):
    # one number may answer many questions of one deck
    found = check_deck_padded(
        tmp_path,
        "Elixir",
        """
        - {id: a, kind: qa, question: How many elements does an Elixir tuple of a pair hold?,
           answer: "2"}
        - {id: b, kind: qa, question: Which major version of Erlang/OTP was Elixir's first
           stable release built on?, answer: two}
        """,
    )
    assert found == [], found


def test_told_in_other_words_counts_no_numbers():
    # one set of numbers in two orders: two firing orders, no words said again
    assert not told_in_other_words("1-3-4-2", "1-2-4-3")
    assert not told_in_other_words("4 3 2 1, 5 6", "1 2 3 4, 5 6")
    # nor one-letter symbols: two sequences of moves of one puzzle
    assert not told_in_other_words("R U R' U' R2 F", "R2 U' R U R F'")


def test_told_in_other_words_counts_numbers_among_the_words_not_said_again():
    # "config", "vm", "network" again, but not most of either line with its numbers
    assert not told_in_other_words(
        'config.vm.network "forwarded_port", guest: 80, host: 8080',
        'config.vm.network "private_network", ip: "192.168.56.10"',
    )
