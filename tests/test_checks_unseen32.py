"""The fact checks on the kinds of card the thirty-second held-out set showed them
missing (tests/data/fact_pairs_unseen32.txt): each test is a general rule, met there on
orthopedics, Erlang, calligraphy or water polo cards and written here with other words
(most on other subjects)."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_definition_led_by_the_answer_written_as_two_words_is_asked_back(tmp_path):
    # "the breastbone" / "the breast bone, ...": one word written as one or as two
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the sternum commonly called?, answer: the breastbone}
        - id: b
          kind: concept
          term: sternum
          definition: the breast bone, a flat bone in the middle of the chest
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_term_typed_without_its_marks_is_the_answer_with_them(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the Japanese word for tea ceremony?, answer: sadō}
        - {id: b, kind: concept, term: sado, definition: the Japanese tea ceremony (the way of tea)}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_term_with_an_aside_in_brackets_is_the_answer_without_it(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the name of the second cervical vertebra?,
           answer: axis}
        - id: b
          kind: concept
          term: axis (C2)
          definition: the second cervical vertebra, with the dens on which the atlas turns
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_term_and_another_answer_asked_back_are_no_rewording(tmp_path):
    # the marks and the brackets set aside, the words still differ: two things
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the name of the second cervical vertebra?,
           answer: axis}
        - id: b
          kind: concept
          term: atlas (C1)
          definition: the first cervical vertebra, which carries the skull
        - {id: c, kind: qa, question: What is the Japanese word for flower arranging?,
           answer: ikebana}
        - {id: d, kind: concept, term: sado, definition: the Japanese tea ceremony (the way of tea)}
        """,
    )
    assert found == [], found


def test_a_test_asked_for_by_what_it_checks_is_asked_back(tmp_path):
    # "Which manoeuvre *checks* for X?" "Dix-Hallpike (how it is done)" / "What does the
    # Dix-Hallpike manoeuvre *diagnose*?" X: the answer's aside and the questions' verbs
    # set aside, one fact asked from both sides
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: Which manoeuvre checks for benign paroxysmal positional vertigo?
          answer: Dix-Hallpike (head turned 45 degrees, patient lies back)
        - {id: b, kind: qa, question: What does the Dix-Hallpike manoeuvre diagnose?,
           answer: benign paroxysmal positional vertigo}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_test_asked_for_by_another_condition_is_no_rewording(tmp_path):
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: Which manoeuvre checks for benign paroxysmal positional vertigo?
          answer: Dix-Hallpike (head turned 45 degrees, patient lies back)
        - {id: b, kind: qa, question: What does the Epley manoeuvre treat?,
           answer: benign paroxysmal positional vertigo}
        """,
    )
    assert found == [], found


def test_the_full_stop_that_ends_an_expression_is_no_other_code(tmp_path):
    # Erlang's shell (and Prolog's) ends an expression with a full stop: "i()." is "i()"
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Show the processes of the node, command: "i()."}
        - {id: b, kind: command, task: List the node's processes, command: "i()"}
        """,
    )
    assert len(found) == 1 and "error duplicate-fact" in found[0], found


def test_leave_and_quit_are_one_task(tmp_path):
    # "How do you *leave* the shell?" asks for what "*Quit* the shell" does ("exit"
    # too); "Erlang" and "erl" are two words
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How do you leave the Erlang shell cleanly?, answer: "q()"}
        - {id: b, kind: command, task: Quit the erl shell, command: "q()"}
        - {id: c, kind: qa, question: How do you exit the toplevel?, answer: "halt."}
        - {id: d, kind: command, task: Quit the Prolog toplevel, command: "halt."}
        """,
    )
    assert len(found) == 2 and all("similar-fact" in line for line in found), found
    found = check(
        tmp_path / "apart",
        """
        - {id: a, kind: qa, question: How do you leave insert mode?, answer: Esc}
        - {id: b, kind: command, task: Quit Vim without saving, command: ":q!"}
        """,
    )
    assert found == [], found


def test_two_calls_ending_with_full_stops_still_differ(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Leave the Erlang shell, command: "q()."}
        - {id: b, kind: command, task: Leave the Erlang shell, command: "halt()."}
        """,
    )
    assert len(found) == 1 and "possibly conflicting" in found[0], found


def test_an_answer_led_by_a_term_before_a_comma_names_that_term(tmp_path):
    # the answer names the term first, with an article and a British spelling, then
    # says what its definition says: the term asked for by another name
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is a stopper in football?,
           answer: "the centre back, a defender in the middle of the back line"}
        - {id: b, kind: concept, term: center back,
           definition: a defender who plays in the middle of the defensive line}
        - {id: c, kind: qa, question: What do the British call a truck?,
           answer: "a lorry, a large vehicle that carries goods by road"}
        - {id: d, kind: concept, term: lorry,
           definition: British word for a large motor vehicle for carrying goods}
        """,
    )
    assert len(found) == 2 and all("similar-fact" in line for line in found), found


def test_an_answer_led_by_another_term_names_no_term(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is a wing back in football?,
           answer: "the full back, a defender on the side of the back line"}
        - {id: b, kind: concept, term: center back,
           definition: a defender who plays in the middle of the defensive line}
        """,
    )
    assert found == [], found


def test_a_former_name_in_the_definition_is_the_name_asked_for(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What was Sri Lanka called before 1972?, answer: Ceylon}
        - {id: b, kind: concept, term: Sri Lanka,
           definition: "an island country in South Asia, formerly Ceylon"}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_another_name_than_the_definition_gives_is_no_rewording(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What was Sri Lanka called before 1972?, answer: Taprobane}
        - {id: b, kind: concept, term: Sri Lanka,
           definition: "an island country in South Asia, formerly Ceylon"}
        """,
    )
    assert found == [], found


def test_a_thing_between_two_others_is_asked_apart_from_them(tmp_path):
    # "the rest *between rounds*" is no round: no "possibly conflicting" 3 / 1 minutes
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How long is a quarter?, answer: 8 minutes}
        - {id: b, kind: qa, question: How long is the break between quarters?, answer: 2 minutes}
        - {id: c, kind: qa, question: How long is a round in boxing?, answer: 3 minutes}
        - {id: d, kind: qa, question: How long is the rest between rounds in boxing?,
           answer: 1 minute}
        """,
    )
    assert found == [], found


def test_a_question_narrowed_by_a_between_is_still_asked_again(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How long is the rest in boxing?, answer: 1 minute}
        - {id: b, kind: qa, question: How long is the rest between rounds in boxing?,
           answer: 2 minutes}
        """,
    )
    assert len(found) == 1 and "conflict" in found[0], found


def test_a_thing_defined_by_what_it_measures_between_is_still_that_thing(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Standard gauge, value: "1,435 mm"}
        - {id: b, kind: limit, subject: Distance between the rails of standard-gauge track,
           value: "1.435 m"}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_call_with_a_placeholder_is_the_call_with_the_value_asked_of(tmp_path):
    # "l(Module)." / "l(my_app).": the question names the value the placeholder stands
    # for; the full stops end the Erlang and Prolog expressions
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Load a compiled module into the Erlang shell,
           command: "l(Module)."}
        - {id: b, kind: qa, question: How do you load the compiled module my_app into the shell?,
           answer: "l(my_app)."}
        - {id: c, kind: command, task: Consult a Prolog file from the toplevel,
           command: "consult(File)."}
        - id: d
          kind: qa
          question: How do you consult the Prolog file family.pl from the toplevel?
          answer: "consult(family)."
        """,
    )
    assert len(found) == 2 and all("similar-fact" in line for line in found), found


def test_a_call_with_a_value_no_question_names_is_no_rewording(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Load a compiled module into the Erlang shell,
           command: "l(Module)."}
        - {id: b, kind: qa, question: How do you load a compiled module into the shell?,
           answer: "l(lists)."}
        """,
    )
    assert found == [], found
