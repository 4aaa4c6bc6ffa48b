"""Fewer false warnings on cards that state two facts (issue 18, quiet53): each test a
general rule drawn from pairs labelled distinct in the pair sets or from a corpus written
with no duplicates on purpose (bonsai cultivation and care), written here with other
words."""

from __future__ import annotations

from conftest import check_facts as check


def test_one_opening_asked_of_two_things_with_one_answer_inside_the_other(tmp_path):
    # "Which hormone(s) is/are released ..." asked of two things, its words inflected
    # otherwise: the answers nest ("cortisol" inside "cortisol and aldosterone"), yet
    # each answers its own question
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which hormones are released by the adrenal cortex?,
           answer: cortisol and aldosterone}
        - {id: b, kind: qa, question: Which hormone is released in response to long-term stress?,
           answer: cortisol}
        - {id: c, kind: qa, question: Which statement declares a function?, answer: def}
        - {id: d, kind: qa, question: Which statements declare a coroutine?,
           answer: async def}
        - {id: e, kind: qa, question: Which enzyme digests starch in the mouth?,
           answer: salivary amylase}
        - {id: f, kind: qa, question: Which enzymes digest starch in the small intestine?,
           answer: pancreatic amylase and maltase}
        """,
    )
    assert not found, found


def test_one_question_reworded_with_a_longer_answer_is_still_compared(tmp_path):
    # the same object asked twice, one answer saying a word more: still a finding
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which hormone is released by the adrenal medulla in fear?,
           answer: adrenaline}
        - {id: b, kind: qa, question: Which hormone does the adrenal medulla release in fear?,
           answer: adrenaline (epinephrine)}
        """,
    )
    assert any("-fact:" in line for line in found), found


def test_a_season_one_question_asks_in_is_a_condition_the_other_leaves_out(tmp_path):
    # "in a hot summer" narrows the question to a time of year: the general rule and
    # the summer figure are two facts, their answers apart rightly
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: When should a potted lemon tree be watered?,
           answer: "When the top two centimetres of compost are dry, not by the calendar."}
        - {id: b, kind: qa, question: How often may a potted lemon tree need water in a hot summer?,
           answer: Every day.}
        """,
    )
    assert not found, found


def test_a_season_both_questions_leave_out_is_still_compared(tmp_path):
    # without a season the same shape stays a possible conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: When should a potted lemon tree be watered?,
           answer: "When the top two centimetres of compost are dry, not by the calendar."}
        - {id: b, kind: qa, question: How often may a potted lemon tree need water?,
           answer: Every day.}
        """,
    )
    assert any("-fact:" in line for line in found), found


def test_a_higher_and_a_lower_degree_of_one_thing_are_two_facts(tmp_path):
    # "the most serious offences" / "lesser offences": two tiers of one scale
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit,
           subject: HIPAA maximum annual penalty for the most serious violations,
           value: 2 million USD}
        - {id: b, kind: limit, subject: HIPAA maximum annual penalty for lesser violations,
           value: 25000 USD}
        """,
    )
    assert not found, found


def test_a_word_glossed_in_english_function_words_is_another_sense_not_a_reading(tmp_path):
    # "было (there was)": the brackets tell a sense of the word, in English, not how it
    # reads in Latin letters; "было" alone is another sense, another definition
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: было, definition: "it was (neuter past of быть)"}
        - {id: b, kind: concept, term: было (there was),
           definition: "something existed or could be found"}
        """,
    )
    assert not found, found


def test_a_word_with_its_reading_and_without_is_still_one_word(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: 来る kuru, definition: to come}
        - {id: b, kind: concept, term: 来る, definition: to go}
        """,
    )
    assert any("-fact:" in line for line in found), found


def test_one_opening_written_alike_with_one_answer_inside_the_other_is_still_compared(
    tmp_path,
):
    # one question reworded at its end, its answer said at more length: a finding
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Journal entry for rent received in advance?,
           answer: "Debit cash, credit unearned revenue."}
        - {id: b, kind: qa, question: Journal entry for rent received ahead of the month?,
           answer: "Debit cash, credit unearned rent revenue."}
        """,
    )
    assert any("nearly the same fact as b" in line for line in found), found


def test_a_thing_put_with_the_others_thing_is_a_thing_of_its_own(tmp_path):
    # "a triangle with a cross" is a symbol of its own, not "a cross" asked again
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does a cross on a map legend mean?,
           answer: a church}
        - {id: b, kind: qa, question: What does a triangle with a cross on a map legend mean?,
           answer: a mountain summit with a summit cross}
        """,
    )
    assert not found, found


def test_a_task_that_keeps_a_thing_and_one_that_discards_it_are_two_tasks(tmp_path):
    # one option apart, under tasks of opposite outcomes: no "possibly conflicting"
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: "Undo the last commit, keeping its changes staged",
           command: "git reset --soft HEAD~1"}
        - {id: b, kind: command, task: "Undo the last commit and throw its changes away",
           command: "git reset --hard HEAD~1"}
        """,
    )
    assert not found, found


def test_the_value_and_the_name_of_a_setting_are_two_things_asked(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Print only the value of a git config key,
           command: git config --get user.email}
        - {id: b, kind: command, task: Print only the names of the git config keys,
           command: git config --list --name-only}
        """,
    )
    assert not found, found


def test_one_name_in_the_singular_and_the_plural_echoing_each_question(tmp_path):
    # "filter" / "filters", two aggregations: the number each question asks in tells them
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which aggregation buckets documents by one filter?,
           answer: filter}
        - {id: b, kind: qa,
           question: Which aggregation buckets documents by any of several filters?,
           answer: filters}
        - {id: c, kind: qa, question: Which query returns documents within a range?,
           answer: range}
        """,
    )
    assert not found, found


def test_a_plural_made_the_modifier_of_another_word_asks_of_that_thing(tmp_path):
    # "generators" / "generator expressions": the second asks of expressions
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which Python version introduced generators?,
           answer: Python 2.2}
        - {id: b, kind: qa, question: Which Python version introduced generator expressions?,
           answer: Python 2.4}
        """,
    )
    assert not found, found


def test_commands_apart_by_one_word_each_echoing_its_own_question(tmp_path):
    # "env" starts "environment", "version" is "version": the differing words pick the
    # answers, so the two ask two things
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: "Which command shows the Go toolchain's environment?",
           answer: go env}
        - {id: b, kind: qa, question: Which command shows the version of the Go toolchain?,
           answer: go version}
        """,
    )
    assert not found, found


def test_a_word_glossed_with_a_negation_is_no_same_fact_error(tmp_path):
    # "нет (there is not)" was read as "нет" with a reading, and its definition as the
    # bare word's: a duplicate-fact error on two senses
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: нет, definition: "no (the answer)"}
        - {id: b, kind: concept, term: нет (there is not), definition: "there is no, there are no"}
        """,
    )
    assert not found, found


def test_two_phrases_under_one_label_are_two_things_asked(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: "Dutch: goede morgen", answer: "good morning"}
        - {id: b, kind: qa, question: "Dutch: morgen avond", answer: "tomorrow evening"}
        """,
    )
    assert not found, found


def test_one_phrase_under_one_label_with_a_word_more_is_still_compared(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: "Dutch: goedemorgen", answer: "good morning"}
        - {id: b, kind: qa, question: "Dutch: goedemorgen allemaal", answer: "good evening"}
        """,
    )
    assert any("-fact:" in line for line in found), found
