"""The fact checks on prompts and answers whose numbers come in an order that matters
(issue 18): a count, a score, a ratio, a formation or a date written with the same
numbers in another order asks another thing, and counts traded between the things they
count are another answer. Each test is a general rule, seen failing before its fix."""

from __future__ import annotations

from conftest import check_facts as check


def _errors(found: list[str]) -> list[str]:
    return [line for line in found if line.startswith("error")]


def test_numbers_joined_in_another_order_ask_two_things(tmp_path):
    # "3-1" / "1-3", "2:1" / "1:2": one ordered pair each, the same numbers the other
    # way round; the answers trade their counts too, yet neither is a duplicate
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does the 2:1 ratio mean in the recipe?,
           answer: two cups flour to one cup water}
        - {id: b, kind: qa, question: What does the 1:2 ratio mean in the recipe?,
           answer: one cup flour to two cups water}
        - {id: c, kind: qa, question: What does a 3-1 count mean in baseball?,
           answer: three balls and one strike}
        - {id: d, kind: qa, question: What does a 1-3 count mean in baseball?,
           answer: one ball and three strikes}
        """,
    )
    assert not _errors(found), found
    assert not any("same question" in line or "same subject" in line for line in found), found


def test_numbers_joined_in_the_same_order_still_ask_one_thing(tmp_path):
    # the rule parts other orders only: one ratio written twice is still one question
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does the 2:1 ratio mean in the recipe?,
           answer: two cups flour to one cup water}
        - {id: b, kind: qa, question: What does the 2:1 ratio mean in this recipe?,
           answer: 2 cups flour to 1 cup water}
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0], found


def test_answers_of_the_same_numbers_in_other_places_are_two_answers(tmp_path):
    # "4-3-3" / "3-4-3" and "(3, 5)" / "(5, 3)" write the same numbers in other places:
    # no duplicate; a bare list of ports in another order ("80, 443") is still one answer
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which formation did Ajax play in 1995?, answer: 4-3-3}
        - {id: b, kind: qa, question: Which formation did Ajax play in 1995?, answer: 3-4-3}
        - {id: c, kind: qa, question: Where is the well on the map?, answer: "(3, 5)"}
        - {id: d, kind: qa, question: Where is the well on the map?, answer: "(5, 3)"}
        - {id: e, kind: qa, question: Which ports does the web server listen on?,
           answer: "80, 443"}
        - {id: f, kind: qa, question: Which ports does the web server listen on?,
           answer: "443, 80"}
        """,
    )
    assert len(found) == 3, found
    assert "duplicate-fact" not in found[0] and "duplicate-fact" not in found[1], found
    assert "duplicate-fact" in found[2] and "f at" in found[2], found


def test_counts_traded_between_the_things_they_count_are_two_answers(tmp_path):
    # "two cups flour to one cup water" / "one cup flour to two cups water": the same
    # numbers and words, each number with the other's thing (numbers in words, a plural's
    # "s" and the "to" between them set aside); the same counts in another order are one
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How is the batter mixed?,
           answer: two cups flour to one cup water}
        - {id: b, kind: qa, question: How is the batter mixed?,
           answer: one cup flour to two cups water}
        - {id: c, kind: qa, question: What is a full count in baseball?,
           answer: 3 balls and 2 strikes}
        - {id: d, kind: qa, question: What is a full count in baseball?,
           answer: 2 strikes and 3 balls}
        """,
    )
    assert len(found) == 2, found
    assert "duplicate-fact" not in found[0] and "b at" in found[0], found
    assert "duplicate-fact" in found[1] and "d at" in found[1], found


def test_numbers_traded_between_the_words_beside_them_are_two_facts(tmp_path):
    # "pin 3 of the 5-pin connector" / "pin 5 of the 3-pin connector": the same words and
    # numbers, each number beside the other's word, measure two things; "x = 3, y = 5" /
    # "x = 5, y = 3" are two answers; a list in another order ("tcp 80, tcp 443") is one
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Max voltage on pin 3 of the 5-pin connector, value: 5 V}
        - {id: b, kind: limit, subject: Max voltage on pin 5 of the 3-pin connector, value: 5 V}
        - {id: c, kind: limit, subject: Wins needed in a best of 7 series in round 2,
           value: "4"}
        - {id: d, kind: limit, subject: Wins needed in a best of 2 series in round 7,
           value: "2"}
        - {id: e, kind: qa, question: What solves the system of equations?,
           answer: "x = 3, y = 5"}
        - {id: f, kind: qa, question: What solves the system of equations?,
           answer: "x = 5, y = 3"}
        - {id: g, kind: qa, question: Which ports does the mail relay open?,
           answer: "tcp 25, tcp 587"}
        - {id: h, kind: qa, question: Which ports does the mail relay open?,
           answer: "tcp 587, tcp 25"}
        """,
    )
    assert len(found) == 2, found
    assert "duplicate-fact" not in found[0] and "f at" in found[0], found
    assert "duplicate-fact" in found[1] and "h at" in found[1], found


def test_codes_in_another_order_are_two_answers_unless_a_list(tmp_path):
    # the moves "1. e4 e5" / "1. e5 e4" are two lines of play; "CYP2D6 and CYP3A4" in
    # another order is one list
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which moves open the Italian Game?,
           answer: 1. e4 e5 2. Nf3 Nc6 3. Bc4}
        - {id: b, kind: qa, question: Which moves open the Italian Game?,
           answer: 1. e4 e5 2. Nc6 Nf3 3. Bc4}
        - {id: c, kind: qa, question: Which enzymes break down codeine?,
           answer: CYP2D6 and CYP3A4}
        - {id: d, kind: qa, question: Which enzymes break down codeine?,
           answer: CYP3A4 and CYP2D6}
        """,
    )
    assert len(found) == 2, found
    assert "duplicate-fact" not in found[0] and "b at" in found[0], found
    assert "duplicate-fact" in found[1] and "d at" in found[1], found


def test_numbers_in_words_traded_or_reordered_are_two_facts(tmp_path):
    # the same rules with numbers written in words: "best of seven in round two" /
    # "best of two in round seven", "a three-one count" / "a one-three count"
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Wins needed in a best of seven series in round two,
           value: "4"}
        - {id: b, kind: limit, subject: Wins needed in a best of two series in round seven,
           value: "2"}
        - {id: c, kind: qa, question: How many balls are in a three-one count?, answer: "3"}
        - {id: d, kind: qa, question: How many balls are in a one-three count?, answer: "1"}
        """,
    )
    assert not _errors(found), found


def test_reordered_numbers_in_prompts_are_no_possible_conflict(tmp_path):
    # layer 3 too: "the 4-3-3 formation" / "the 3-4-3 formation" ask two things, and so do
    # "a 4-3-3" / "a 3-4-3" with other answers
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which team made the 4-3-3 formation famous?,
           answer: Netherlands}
        - {id: b, kind: qa, question: Which team made the 3-4-3 formation famous?, answer: Ajax}
        - {id: c, kind: limit, subject: Players in midfield in a 4-3-3, value: "3"}
        - {id: d, kind: limit, subject: Players in midfield in a 3-4-3, value: "4"}
        """,
    )
    assert found == [], found


def test_names_a_slash_joins_in_another_order_ask_two_things(tmp_path):
    # "EUR/USD" / "USD/EUR": a currency pair the other way round, another rate; the
    # prompts hold one set of words, yet neither conflicts with the other
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: EUR/USD exchange rate at the end of 2024, value: "1.04"}
        - {id: b, kind: limit, subject: USD/EUR exchange rate at the end of 2024, value: "0.96"}
        - {id: c, kind: limit, subject: Walking pace in min/km, value: "12"}
        - {id: d, kind: limit, subject: Walking pace in km/min, value: "0.083"}
        """,
    )
    assert found == [], found


def test_parts_in_another_order_around_an_ordering_word_are_two_answers(tmp_path):
    # "primer before paint" / "paint before primer", "mic → preamp → mixer" reversed:
    # the same words in another order, two answers; the same parts in the same order are
    # still one
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: In which order are the coats applied?,
           answer: primer before paint}
        - {id: b, kind: qa, question: In which order are the coats applied?,
           answer: paint before primer}
        - {id: c, kind: qa, question: How does the signal flow in the studio?,
           answer: mic → preamp → mixer}
        - {id: d, kind: qa, question: How does the signal flow in the studio?,
           answer: mixer → preamp → mic}
        - {id: e, kind: qa, question: How does the signal flow in the studio?,
           answer: mic → preamp → mixer}
        """,
    )
    assert not any("duplicate-fact" in line and "d at" in line for line in found), found
    assert not any("duplicate-fact" in line and "b at" in line for line in found), found
    assert any("duplicate-fact" in line and "e at" in line for line in found), found
