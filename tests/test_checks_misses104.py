"""Rules added for qa/qa duplicates the checks missed over all pair sets (misses104),
each written here with small corpora of domains of their own."""

from __future__ import annotations

from conftest import check_deck_padded
from conftest import check_facts_padded as check


def test_an_answer_opening_with_with_names_the_means_it_says(tmp_path):
    # "How do you ...?" "with mut" answers what "Which keyword ...?" "mut" does: the
    # word after "with" is the answer; another keyword stays another answer
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which keyword makes a Rust binding mutable?, answer: mut}
        - {id: b, kind: qa, question: How do you declare a binding that can change in Rust?,
           answer: with mut}
        - {id: c, kind: qa, question: Which keyword makes a Rust function run at compile time?,
           answer: const}
        """,
    )
    assert len(found) == 1, found
    assert "similar-fact" in found[0] and "as b " in found[0], found


def test_one_measure_opening_both_answers_in_other_units_is_one_answer(tmp_path):
    # "228 litres" and "228 L (about 60 US gallons)": one volume, the second says more
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the volume of a Burgundy pièce?,
           answer: 228 litres}
        - {id: b, kind: qa, question: How much does a standard Burgundy barrel hold?,
           answer: 228 L (about 60 US gallons)}
        """,
    )
    assert len(found) == 1, found
    assert "similar-fact" in found[0] and "as b " in found[0], found


def test_an_answer_named_in_the_others_aside_is_the_same_answer(tmp_path):
    # "water parting" is one of the names the first answer's brackets list; a name the
    # brackets set apart ("not ...") is another answer
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the ridge between two drainage basins called?,
           answer: "a drainage divide (watershed, water parting)"}
        - {id: b, kind: qa, question: What term names the high ground between two drainage basins?,
           answer: water parting}
        """,
    )
    assert len(found) == 1, found
    assert "similar-fact" in found[0] and "as b " in found[0], found


def test_the_decks_own_name_names_no_thing_of_one_card(tmp_path):
    # "Klingon" names the deck all its cards are about: "... Klingon's first book ...?"
    # and "When did Okrand publish the Tlhingan Hol Dictionary?" ask one year
    found = check_deck_padded(
        tmp_path,
        "Klingon",
        """
        - {id: a, kind: qa, question: "In what year was Klingon's first book published?",
           answer: "1985"}
        - {id: b, kind: qa, question: When did Okrand publish the Tlhingan Hol Dictionary?,
           answer: In 1985}
        """,
    )
    found = [line for line in found if line.split(" ", 2)[1] != "placeholder:"]
    assert len(found) == 1, found
    assert "similar-fact" in found[0] and "as b " in found[0], found


def test_two_quoted_phrases_sharing_a_word_with_one_answer_ask_one_thing(tmp_path):
    # '"thank you"' and '"Thanks"' in one language, both "dankon": one phrase; two phrases
    # with two answers stay two questions
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the Esperanto word for "thank you"?, answer: dankon}
        - {id: b, kind: qa, question: '"Thanks" in Esperanto', answer: dankon}
        - {id: c, kind: qa, question: What is the Esperanto word for "good morning"?,
           answer: bonan matenon}
        - {id: d, kind: qa, question: '"Good evening" in Esperanto', answer: bonan vesperon}
        """,
    )
    assert len(found) == 1, found
    assert "similar-fact" in found[0] and "as b " in found[0], found
