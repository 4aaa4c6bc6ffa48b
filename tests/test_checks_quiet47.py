"""Fewer false warnings on pairs labelled distinct (issue 18): each test is a general
rule, met on the fact-pair sets' distinct pairs (tests/data/fact_pairs*.txt: crochet,
insurance, T-SQL and accounting cards) and written here with other words."""

from __future__ import annotations

from conftest import check_facts as check


def test_single_and_double_name_two_things(tmp_path):
    # "single" / "double": two things of one kind, each with its own value
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Width of a single garage door, value: "2.4", unit: m}
        - {id: b, kind: limit, subject: Width of a double garage door, value: "4.8", unit: m}
        - {id: c, kind: limit, subject: Buffer size for single precision, value: "4", unit: bytes}
        - {id: d, kind: limit, subject: Buffer size for double precision, value: "8", unit: bytes}
        """,
    )
    assert found == [], found


def test_one_multiple_in_both_prompts_still_conflicts(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Width of a double garage door, value: "4.8", unit: m}
        - {id: b, kind: limit, subject: Double garage door width, value: "5.5", unit: m}
        """,
    )
    assert len(found) == 1 and "conflict" in found[0], found


def test_who_does_it_and_who_it_is_done_to_are_two_terms(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Assurer,
           definition: The company that pays out when the covered event happens.}
        - {id: b, kind: concept, term: Assured,
           definition: The person whose life or goods the policy covers.}
        """,
    )
    assert found == [], found


def test_a_name_made_by_putting_letters_in_answers_a_longer_prompt(tmp_path):
    # "getHours()" / "getUTCHours()": the longer prompt names another thing, whose name
    # is made from the other's by putting letters in
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which JavaScript method returns the hours of a date?,
           answer: getHours()}
        - {id: b, kind: qa, question: Which JavaScript method returns the UTC hours of a date?,
           answer: getUTCHours()}
        """,
    )
    assert found == [], found


def test_a_number_with_a_digit_put_in_still_conflicts(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Height of the bar, value: "2.44", unit: m}
        - {id: b, kind: limit, subject: Height of the top bar, value: "2.434", unit: m}
        """,
    )
    assert len(found) == 1, found


def test_sibling_terms_whose_definitions_add_a_word_are_two_terms(tmp_path):
    # "Gross profit" / "Operating profit": one definition the other's and more, the
    # terms one template with a word swapped
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Gross profit, definition: Revenue minus cost of sales.}
        - {id: b, kind: concept, term: Operating profit,
           definition: Revenue minus cost of sales minus operating expenses.}
        - {id: c, kind: concept, term: Short position,
           definition: A bet that the price of an asset will fall.}
        - {id: d, kind: concept, term: Long position,
           definition: A bet that the price of an asset will rise.}
        """,
    )
    assert found == [], found


def test_a_name_and_the_name_with_more_still_warns(tmp_path):
    # names are no definitions told apart by a word: one answer and the same with more
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who built the Brooklyn bridge?, answer: John Roebling}
        - {id: b, kind: qa, question: Who constructed the Brooklyn bridge?,
           answer: "John Roebling, Washington Roebling"}
        """,
    )
    assert len(found) == 1, found


def test_a_share_and_a_total_are_two_amounts(tmp_path):
    # "per county" names a thing the other prompt does not: a share, not the whole; "in
    # total" against a prompt that narrows it by one word ("penalty goals")
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Number of delegates per county, value: "3", unit: delegates}
        - {id: b, kind: limit, subject: Total number of delegates, value: "150", unit: delegates}
        - {id: c, kind: qa, question: How many goals did the striker score in total?, answer: "40"}
        - {id: d, kind: qa, question: How many penalty goals did the striker score?, answer: "12"}
        """,
    )
    assert found == [], found


def test_a_share_of_a_thing_both_name_still_conflicts(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Maximum rows per sheet, value: "1000", unit: rows}
        - {id: b, kind: limit, subject: Maximum rows in a sheet, value: "2000", unit: rows}
        """,
    )
    assert len(found) == 1 and "conflict" in found[0], found


def test_the_orders_of_two_things_are_two_answers(tmp_path):
    # both prompts ask an order, each names a thing the other does not, the answers are
    # the same words in another order
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Individual pursuit lap order?,
           answer: "climb, sprint, flat, descent"}
        - {id: b, kind: qa, question: Pursuit relay lap order?,
           answer: "sprint, flat, climb, descent"}
        """,
    )
    assert found == [], found


def test_one_order_asked_twice_in_another_order_still_warns(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: In what order are the courses of a French dinner served?,
           answer: "starter, main, cheese, dessert"}
        - {id: b, kind: qa, question: What is the order of the French dinner courses?,
           answer: "starter, cheese, main, dessert"}
        """,
    )
    assert len(found) == 1, found


def test_an_option_picked_by_two_questions_offering_it_says_nothing(tmp_path):
    # "rods" to two questions that offer "rods or cones" is like "yes" to two questions
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: "Rods or cones: which work in dim light?", answer: rods}
        - {id: b, kind: qa, question: "Rods or cones: which are more numerous?", answer: rods}
        """,
    )
    assert found == [], found


def test_a_word_that_makes_the_opposite_thing_added_is_no_conflict(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Operator for a pattern match in awk, answer: "~"}
        - {id: b, kind: qa, question: Operator for a negative pattern match in awk, answer: "!~"}
        - {id: c, kind: limit, subject: Default port of the proxy, value: "3128", unit: port}
        - {id: d, kind: limit, subject: Default port of the reverse proxy, value: "80", unit: port}
        """,
    )
    assert found == [], found


def test_two_steps_of_a_chain_of_units_are_two_facts(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Ounces in one pound, value: "16", unit: oz}
        - {id: b, kind: limit, subject: Pounds in one stone, value: "14", unit: lb}
        """,
    )
    assert found == [], found


def test_answers_of_symbols_are_compared_as_written(tmp_path):
    # folding drops "?" and "!": "$?" and "$!" were one answer to two questions
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which shell variable holds the status of the last pipeline?,
           answer: "$?"}
        - {id: b, kind: qa,
           question: Which shell variable holds the PID of the last background process?,
           answer: "$!"}
        """,
    )
    assert found == [], found


def test_file_extensions_are_compared_as_written(tmp_path):
    # stemming made ".exs" ".ex": one answer to two questions, and to one question
    # asked twice no conflict
    found = check(
        tmp_path / "two",
        """
        - {id: a, kind: qa, question: Which extension do Elixir modules to compile take?,
           answer: .ex}
        - {id: b, kind: qa, question: Which extension do Elixir scripts take?, answer: .exs}
        """,
    )
    assert found == [], found
    found = check(
        tmp_path / "one",
        """
        - {id: a, kind: qa, question: File extension of an Elixir script?, answer: .exs}
        - {id: b, kind: qa, question: Which extension does an Elixir script use?, answer: .ex}
        """,
    )
    assert len(found) == 1 and "possibly conflicting" in found[0], found


def test_an_operator_in_brackets_is_the_operator(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the infix form of mappend?, answer: "<>"}
        - {id: b, kind: qa, question: Which operator is mappend written infix?, answer: "(<>)"}
        """,
    )
    assert len(found) == 1 and "nearly the same fact" in found[0], found


def test_a_task_and_its_way_back_are_two_tasks(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Get the Unicode name of a character in Python,
           command: unicodedata.name(c)}
        - {id: b, kind: command, task: Get the character for a Unicode name in Python,
           command: unicodedata.lookup(n)}
        """,
    )
    assert found == [], found


def test_sibling_terms_whose_definitions_swap_a_word_by_one_value_are_two_terms(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Long-distance race, definition: "Race longer than 10 km."}
        - {id: b, kind: concept, term: Short-distance race, definition: "Race shorter than 10 km."}
        """,
    )
    assert found == [], found


def test_sibling_prompts_with_values_apart_still_warn(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Normal body temperature, definition: "About 37 °C."}
        - {id: b, kind: concept, term: Normal oral temperature, definition: "About 98.6 °F."}
        """,
    )
    assert len(found) == 1, found


def test_one_prompt_denying_what_the_other_says_asks_another_thing(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: HTTP status when a resource is not found,
           value: "404", unit: code}
        - {id: b, kind: limit, subject: HTTP status when a resource is found but not allowed,
           value: "405", unit: code}
        """,
    )
    assert found == [], found


def test_one_thing_denied_in_two_words_still_conflicts(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which light waves cannot travel through lead glass?,
           answer: X-rays}
        - {id: b, kind: qa, question: Which light waves cannot pass through lead glass?,
           answer: gamma rays}
        """,
    )
    assert len(found) == 1, found


def test_two_measures_of_one_shape_are_two_values(tmp_path):
    # a distance and a diameter: two lengths of one target, not one asked twice
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Olympic archery target distance, value: "70", unit: m}
        - {id: b, kind: limit, subject: Olympic archery target face diameter,
           value: "122", unit: cm}
        """,
    )
    assert found == [], found


def test_a_name_in_code_and_one_with_an_underscore_are_two_names(tmp_path):
    found = check(
        tmp_path / "two",
        """
        - {id: a, kind: qa, question: Mongoose method that finds a document by id, answer: find}
        - {id: b, kind: qa, question: Mongoose method that finds the first document matching
             conditions, answer: find_one}
        """,
    )
    assert found == [], found
    found = check(
        tmp_path / "one",
        """
        - {id: a, kind: qa, question: Mongoose method that finds a document by id,
           answer: find_by_id()}
        - {id: b, kind: qa, question: Mongoose method that finds one document by its id,
           answer: find_by_id}
        """,
    )
    assert len(found) == 1 and "nearly the same fact" in found[0], found
