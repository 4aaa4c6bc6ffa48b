"""The fact checks on the kinds of card the twenty-ninth held-out set showed them
missing (tests/data/fact_pairs_unseen29.txt): each test is a general rule, met there on
anesthesiology, PHP, bookbinding or rowing cards and written here with other words (most
on other tools and subjects)."""

from __future__ import annotations

import pytest

from cheatdeck.checks.similar import _COMPOUND_TYPE

from conftest import check_facts as check


def test_a_symbol_in_brackets_after_its_name_is_the_symbol(tmp_path):
    # "the native pipe (|>)" names the symbol "|>": one question with another version
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which R version added the native pipe (|>)?, answer: R 4.1}
        - {id: b, kind: qa, question: In which version was the native pipe |> added to R?,
           answer: R 3.6}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_another_symbol_in_brackets_stays_another_question(tmp_path):
    # the brackets go, the symbol stays: "(|>)" and "(>)" still ask two things
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which R version added the native pipe (|>)?, answer: R 4.1}
        - {id: b, kind: qa, question: Which R version added the native pipe (>)?, answer: R 3.6}
        """,
    )
    assert found == [], found


def test_the_extension_of_a_config_file_names_no_measure(tmp_path):
    # "in php.ini" says where the setting is written, as "PHP" does
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: PHP default post_max_size, value: 8 MB}
        - {id: b, kind: limit, subject: Default post_max_size in php.ini, value: 2 MB}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_two_config_files_keep_their_names(tmp_path):
    # the extension goes, the file's name stays: two servers' settings
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Default max_input_vars in php.ini, value: 1000 variables}
        - {id: b, kind: limit, subject: Default max_input_vars in hhvm.ini, value: 500 variables}
        """,
    )
    assert found == [], found


def test_a_sport_of_the_olympic_games_asks_what_one_of_the_olympics_asks(tmp_path):
    # "the Olympic Games" are "the Olympics"; "join" / "added to": a warning, a reader
    # checks the years
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: In what year did canoe slalom join the Olympics?,
           answer: "1972"}
        - {id: b, kind: qa, question: When was canoe slalom added to the Olympic Games?,
           answer: "1992"}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_other_games_stay_other_games(tmp_path):
    # only the Olympic (and Paralympic) Games lose their "Games"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which city hosted the 2014 Olympics?, answer: Sochi}
        - {id: b, kind: qa, question: Which city hosted the 2014 Commonwealth Games?,
           answer: Glasgow}
        """,
    )
    assert found == [], found


def test_one_rare_name_to_two_wordy_questions_is_one_fact(tmp_path):
    # the same drug, named by no other card, to two questions sharing "anticonvulsant"
    # and "gum overgrowth", the second saying many words of its own: a warning
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which anticonvulsant is known for causing gum
           overgrowth?, answer: Phenytoin}
        - {id: b, kind: qa, question: Which IV anticonvulsant blocks sodium channels and
           overgrows the gums in long use?, answer: phenytoin (narrow therapeutic range)}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_a_name_other_cards_use_is_no_rare_name(tmp_path):
    # a third card names the drug: a subject of several cards, not a lone answer
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which anticonvulsant is known for causing gum
           overgrowth?, answer: Phenytoin}
        - {id: b, kind: qa, question: Which IV anticonvulsant blocks sodium channels and
           overgrows the gums in long use?, answer: phenytoin (narrow therapeutic range)}
        - {id: c, kind: qa, question: What is the therapeutic range of phenytoin?,
           answer: 10-20 mg/L}
        """,
    )
    assert found == [], found


def test_the_other_name_in_an_answers_brackets_is_the_thing_asked_about(tmp_path):
    # "(jeweller's eyeglass)" in the answer names what the other card asks about, and
    # both answers say "magnifying glass": one thing under two names
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is a loupe?, answer: "a small magnifying glass
           (jeweller's eyeglass), e.g. 10x"}
        - {id: b, kind: qa, question: What is a jeweller's eyeglass?, answer: A magnifying
           glass for close work}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_a_name_in_brackets_with_no_answer_shared_is_another_thing(tmp_path):
    # "(see mortise)" points to a related thing: the answers share no word
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is a tenon?, answer: the projecting end of a joint
           (mortise)}
        - {id: b, kind: qa, question: What is a mortise?, answer: A slot cut to receive a tenon}
        """,
    )
    assert found == [], found


def test_a_hyphened_name_said_apart_is_no_longer_name(tmp_path):
    # "Harvard-Yale Boat Race" / "Boat Race between Harvard and Yale": one race, the
    # hyphened word's parts said in the other prompt (a warning: 4 miles / 2 miles)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How long is the Harvard-Yale Boat Race course?,
           answer: 4 miles}
        - {id: b, kind: qa, question: What distance is the Boat Race between Harvard and
           Yale?, answer: 2 miles}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_a_hyphened_name_with_a_part_unsaid_is_another_name(tmp_path):
    # "Franco-Prussian War" names another war than a "Prussian War": "Franco" is unsaid
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: When did the Franco-Prussian War begin?, answer: "1870"}
        - {id: b, kind: qa, question: When did the Prussian War begin?, answer: "1866"}
        """,
    )
    assert found == [], found


def test_type_ending_a_compound_noun_names_no_other_thing(tmp_path):
    # "Anionic type" (a list's term) names what "Anionics" names: one fact in two lists
    found = check(
        tmp_path,
        """
        - {id: a, kind: list, title: Classes of surfactants,
           items: [{Anionics: "soaps, sodium lauryl sulfate"}]}
        - {id: b, kind: list, title: Surfactant classes,
           items: [{Anionic type: "soaps, sodium lauryl sulfate"}]}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_the_type_of_a_thing_is_asked_apart_from_the_thing(tmp_path):
    # "the type of None" is no compound: it asks another thing than "What is None?"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the type of None?, answer: NoneType}
        - {id: b, kind: qa, question: What is None?, answer: the null object of Python}
        """,
    )
    assert found == [], found


@pytest.mark.parametrize(
    ("prompt", "compound"),
    [
        ("Which trap kind do modern codes require?", True),
        ("Voice type of the Queen of the Night", True),
        ("Plural of the Dutch word kind?", False),  # the word itself, mentioned
        ("Which function tells an object's type?", False),
        ("What is the return type of len()?", False),
        ("What type of rock is granite?", False),
    ],
)
def test_type_or_kind_ending_a_compound(prompt, compound):
    assert bool(_COMPOUND_TYPE.search(prompt)) is compound


def test_a_question_asking_what_a_term_is_meets_it_asked_in_a_context(tmp_path):
    # "What is a let?" asks what "What is a let in tennis?" asks, as the term "Let" does
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is a let?, answer: a serve that touches the net
           and lands in before it is played again}
        - {id: b, kind: qa, question: What is a let in tennis?, answer: a serve that clips
           the net cord and is replayed}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_a_question_asking_more_of_a_term_is_no_term(tmp_path):
    # "What is a shuttlecock made of?" asks more than what a shuttlecock is
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is a shuttlecock made of?, answer: feathers and
           a cork base}
        - {id: b, kind: qa, question: What is a shuttlecock in badminton?, answer: the
           feathered projectile hit over the net}
        """,
    )
    assert found == [], found


def test_a_word_in_brackets_is_no_slot_of_a_template(tmp_path):
    # "the apex (clipping)" names the apex: its bracketed word is an aside, not a word
    # swapped into "the apex of the corner" (one answer and more: one fact)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the apex of the corner?,
           answer: Where the car comes closest to the inside kerb}
        - {id: b, kind: qa, question: What happens at the apex (clipping)?,
           answer: the car comes closest to the inside kerb before it unwinds the steering}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_an_answer_restated_with_the_prompts_words_is_the_same_answer(tmp_path):
    # "final" / "with the final keyword, e.g. ...": the one word, the rest the prompts'
    # words and an example
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which keyword declares a method that cannot be
           overridden?, answer: final}
        - {id: b, kind: qa, question: How do you declare a method that cannot be
           overridden?, answer: "with the final keyword, e.g. public final void run()"}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_an_answer_with_words_of_its_own_is_another_answer(tmp_path):
    # "sealed" is said, but "subclass" is no word of either prompt: not a restatement
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which keyword declares a method that cannot be
           overridden?, answer: final}
        - {id: b, kind: qa, question: How do you declare a method that cannot be
           overridden?, answer: "with the sealed keyword in a subclass"}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found
