"""A term against a question about it, and two limits of one quantity (issue 18, the
term/question duplicates and subject/subject conflicts of the held-out sets), on cards
of other subjects than the sets'."""

from __future__ import annotations

from cheatdeck.checks.terms_reworded import _asked_thing_of

from conftest import check_facts_padded as check


def test_a_place_the_definition_tells_asked_again_is_one_fact(tmp_path):
    # the definition tells where the oche is: "Where is the oche?" asks it again
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Oche,
           definition: the raised line 2.37 m from the dartboard behind which a player throws}
        - {id: b, kind: qa, question: Where is the oche in darts?,
           answer: "2.37 m from the dartboard, a raised line"}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_place_the_definition_leaves_unsaid_is_another_fact(tmp_path):
    # the definition says what photosynthesis is, not where it happens
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Photosynthesis,
           definition: "making sugar from light, water and carbon dioxide"}
        - {id: b, kind: qa, question: Where does photosynthesis happen?,
           answer: in the chloroplasts of leaf cells}
        """,
    )
    assert found == [], found


def test_a_time_the_definition_tells_beside_what_the_thing_is_stays_apart(tmp_path):
    # "When ...?" asks one part of a definition that says what the thing is: similar,
    # not one fact
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Spring tide,
           definition: "tide with the largest range, at the new and the full moon"}
        - {id: b, kind: qa, question: When do spring tides occur?,
           answer: at the new and the full moon}
        """,
    )
    assert found == [], found


def test_a_term_asked_of_a_thing_by_its_short_form_is_one_fact(tmp_path):
    # "What is the RMR of an adult?" names the term by its short form in brackets, and
    # its answer says again three words of the definition
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Resting metabolic rate (RMR),
           definition: the energy the body burns at rest to keep its organs working}
        - {id: b, kind: qa, question: What is the RMR of an adult?,
           answer: the energy burnt at rest to keep the organs going}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_value_asked_of_a_thing_is_another_fact(tmp_path):
    # "What is the RMR of a 70 kg man?" asks a value of the term: the answer shares one
    # word with the definition, too little when the question asks it "of" a thing
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Resting metabolic rate (RMR),
           definition: the energy the body burns at rest to keep its organs working}
        - {id: b, kind: qa, question: What is the RMR of a 70 kg man?,
           answer: about 1700 kcal of energy a day}
        """,
    )
    assert found == [], found


def test_a_thing_asked_of_another_is_read_unless_the_question_asks_more_of_it():
    assert _asked_thing_of("What is the RMR of an adult?") == (
        frozenset({"rmr"}),
        frozenset({"adult"}),
    )
    # "... made of?": what it is made of, not what it is
    assert _asked_thing_of("What is the frame of a tent made of?") is None


def test_an_answer_the_definition_says_to_a_question_naming_the_term_is_one_fact(tmp_path):
    # the definition says what Sketchpad drew with: "Which device ...?" asks it again
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Sketchpad,
           definition: Ivan Sutherland's program that drew on a screen with a light pen}
        - {id: b, kind: qa, question: Which device drew on the screen in Sketchpad?,
           answer: a light pen}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_an_answer_adding_words_of_its_own_is_another_fact_of_the_term(tmp_path):
    # the definition says "beta" and "pancreas", not the islets of Langerhans the
    # answer adds
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Insulin,
           definition: a hormone of the beta cells of the pancreas that lowers blood sugar}
        - {id: b, kind: qa, question: Which cells make insulin?,
           answer: the beta cells of the pancreatic islets of Langerhans}
        """,
    )
    assert found == [], found


def test_a_way_asked_of_a_term_is_another_fact_though_the_definition_says_it(tmp_path):
    # "How ...?" asks a way, a fact of its own beside what the term is
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Sketchpad,
           definition: Ivan Sutherland's program that drew on a screen with a light pen}
        - {id: b, kind: qa, question: How did Sketchpad users draw?,
           answer: with a light pen on the screen}
        """,
    )
    assert found == [], found


def test_an_answer_against_a_definition_that_denies_it_is_no_fact_told_again(tmp_path):
    # the definition says a hacker is not necessarily a criminal: the press's use is
    # another sense
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Hacker,
           definition: "a skilled programmer who explores systems, not necessarily a criminal one"}
        - {id: b, kind: qa, question: Which programmer does the press call a hacker?,
           answer: a criminal one who breaks into systems}
        """,
    )
    assert found == [], found


def test_an_answer_of_one_written_word_is_a_detail_of_the_term(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Kebab case,
           definition: a naming style for identifiers in words-joined-by-hyphens form}
        - {id: b, kind: qa, question: Which pattern do kebab case identifiers follow?,
           answer: words-joined-by-hyphens}
        """,
    )
    assert found == [], found


def test_an_answer_the_definition_gives_as_examples_is_a_detail_of_the_term(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Monotreme,
           definition: "an egg-laying mammal, such as the platypus and the echidna"}
        - {id: b, kind: qa, question: Which animals are monotremes?,
           answer: the platypus and the echidna}
        """,
    )
    assert found == [], found


def test_a_question_that_sets_another_thing_beside_the_term_asks_of_that(tmp_path):
    # "instead of a unique index": what stands in another thing's place, not what a
    # foreign key is
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Foreign key,
           definition: a column that names the primary key of another table}
        - {id: b, kind: qa,
           question: Which clause does a foreign key column carry instead of UNIQUE?,
           answer: "REFERENCES: it names the primary key of another table"}
        """,
    )
    assert found == [], found
