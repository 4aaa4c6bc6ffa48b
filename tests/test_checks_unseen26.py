"""The fact checks on the kinds of card the twenty-sixth held-out set showed them
missing (tests/data/fact_pairs_unseen26.txt): each test is a general rule, met there on
phonetics, obstetrics, R or ballet cards and written here with other words (most on
other languages and subjects)."""

from __future__ import annotations

from conftest import check_deck
from conftest import check_facts as check


def test_a_symbol_that_ends_a_question_is_the_symbol_without_its_question_mark(tmp_path):
    # "… <$>?" and "… <$> …" name one operator: the "?" ends the question
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which Haskell version added the operator <$>?,
           answer: "4.8"}
        - {id: b, kind: qa, question: In which Haskell version did <$> appear?, answer: "4.6"}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_a_symbol_and_another_that_ends_a_question_stay_apart(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: "Which Kotlin version added the operator ?.?",
           answer: "1.0"}
        - {id: b, kind: qa, question: "In which Kotlin version did ?: appear?", answer: "1.1"}
        """,
    )
    assert not any("possibly conflicting" in line or "error" in line for line in found), found


def test_two_version_numbers_are_two_answers(tmp_path):
    # "2.7.18" and "2.18.7" hold the same words ("2", "7", "18") but name two releases;
    # "16.0.0" is "16.0" written longer
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which Python version added the walrus operator?,
           answer: 3.8.18}
        - {id: b, kind: qa, question: In which release of Python did the walrus operator appear?,
           answer: 3.18.8}
        - {id: c, kind: qa, question: Which Java version added records?, answer: Java 16.0.0}
        - {id: d, kind: qa, question: In which release of Java did records appear?,
           answer: "16.0"}
        """,
    )
    assert len(found) == 2, found
    assert "possibly conflicting with b" in found[0], found
    assert "possibly conflicting" not in found[1] and "d at" in found[1], found


def test_a_deck_name_inside_an_acronym_spelt_out_names_the_acronym(tmp_path):
    # in a deck "Treaty and NATO", "North Atlantic Treaty Organization" names what
    # "NATO" names (its "Treaty" is no other deck name); "Treaty of Rome" is another thing
    found = check_deck(
        tmp_path,
        "Treaty and NATO",
        """
        - {id: a, kind: qa,
           question: In what year was the North Atlantic Treaty Organization founded?,
           answer: "1949"}
        - {id: b, kind: qa, question: When was NATO founded?, answer: "1955"}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_deck_names_each_prompt_says_alone_stay_apart(tmp_path):
    found = check_deck(
        tmp_path,
        "Treaty and NATO",
        """
        - {id: a, kind: qa, question: In what year was the Treaty of Rome signed?,
           answer: "1957"}
        - {id: b, kind: qa, question: When was the NATO treaty signed?, answer: "1949"}
        """,
    )
    assert not any("conflict" in line for line in found), found


def test_a_name_with_an_aside_in_brackets_is_the_name(tmp_path):
    # "Verdi (1853)" is "Giuseppe Verdi" with the year of the work aside; another name
    # with an aside stays another name
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who wrote the music of La Traviata?, answer: Giuseppe Verdi}
        - {id: b, kind: qa, question: Composer of La Traviata?, answer: Verdi (1853)}
        - {id: c, kind: qa, question: Who wrote the music of Tosca?, answer: Giacomo Puccini}
        - {id: d, kind: qa, question: Composer of Tosca?, answer: Verdi (1900)}
        """,
    )
    assert any("nearly the same fact as b" in line for line in found), found
    assert not any("same fact as d" in line for line in found), found


def test_a_hormone_spelt_trophin_is_the_one_spelt_tropin(tmp_path):
    # British "-trophin" and American "-tropin" name one hormone, the acronym before or
    # after its name
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which hormone makes the adrenal cortex release cortisol?,
           answer: corticotrophin (ACTH)}
        - {id: b, kind: qa, question: Which pituitary hormone stimulates cortisol release?,
           answer: ACTH (corticotropin)}
        """,
    )
    assert len(found) == 1 and "same fact as b" in found[0], found


def test_an_acronym_after_from_is_its_words_spelt_out(tmp_path):
    # "from the UAE" and "from the United Arab Emirates" fill one side alike; "from the
    # USA" and "from the United Kingdom" fill it otherwise
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How long is a full-length flight from the UAE?,
           answer: 7 hours (420 minutes)}
        - {id: b, kind: limit, subject: Length of a flight from the United Arab Emirates,
           value: 420 minutes}
        - {id: c, kind: qa, question: How long is a full-length flight from the USA?,
           answer: 9 hours (540 minutes)}
        - {id: d, kind: limit, subject: Length of a flight from the United Kingdom,
           value: 540 minutes}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_a_question_answered_with_the_commands_function_is_the_command(tmp_path):
    # "type()" names the function ``type(x)`` calls; "len(s) — or sum(1 for _ in s)" writes
    # ``len(s)`` and another way; ``del(xs[0])`` and "del(xs)" are two calls
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Show the type of an object, command: type(x)}
        - {id: b, kind: qa, question: Which function tells an object's type?, answer: type()}
        - {id: c, kind: command, task: Get the length of a string, command: len(s)}
        - {id: d, kind: qa, question: How do you get the length of a string?,
           answer: len(s) — or sum(1 for _ in s)}
        - {id: e, kind: command, task: Delete the first item of a list, command: "del(xs[0])"}
        - {id: f, kind: qa, question: How do you delete a whole list?, answer: del(xs)}
        """,
    )
    assert len(found) == 2, found
    assert "nearly the same fact as b" in found[0], found
    assert "nearly the same fact as d" in found[1], found


def test_what_a_call_returns_is_its_result(tmp_path):
    # "What does f(x) return?" asks what "Result of f(x)?" asks, where the call is the
    # one word the two share
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: "What does bool([]) return?", answer: "False"}
        - {id: b, kind: qa, question: "Result of bool([])?", answer: "True"}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_no_dot_before_a_number_is_the_word_number(tmp_path):
    # "Sonata no. 14" is "Sonata 14", not a sonata with "no" (a negation) in its name
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Key of Beethoven's Piano Sonata no. 14?,
           answer: C-sharp minor}
        - {id: b, kind: qa, question: In which key is Beethoven's Piano Sonata 14?,
           answer: F minor}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_two_transcribed_sounds_are_two_answers(tmp_path):
    # "[x]" and "[i]" name two sounds ("i" is no stop word there); "[x]" and "/x/" one
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which sound is the letter J in Spanish?, answer: "[x]"}
        - {id: b, kind: qa, question: Sound of Spanish J?, answer: "[i]"}
        - {id: c, kind: qa, question: Which sound is the letter R in Hindi?, answer: "[ɾ]"}
        - {id: d, kind: qa, question: Sound of Hindi R?, answer: /ɾ/}
        """,
    )
    assert len(found) == 2, found
    assert "possibly conflicting with b" in found[0], found
    assert "possibly conflicting" not in found[1] and "d at" in found[1], found


def test_a_call_with_another_example_literal_is_the_commands_call(tmp_path):
    # "requests" and "pkg" are examples where neither prompt names them; a question
    # that names what it installs ("flask") asks another thing
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Install a module from PyPI with pip's API,
           command: pip.main("requests")}
        - {id: b, kind: qa, question: How do you install a PyPI module with pip's API?,
           answer: pip.main("pkg")}
        - {id: c, kind: command, task: Install a module with pip's API from a wheel,
           command: pip.main("x.whl")}
        - {id: d, kind: qa, question: How do you install flask with pip's API from a wheel?,
           answer: pip.main("flask")}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_two_commands_calling_one_function_on_example_files_are_one_fact(tmp_path):
    # "in.json" and 'data.json' are examples; a file a task names is what it works on
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Read a JSON file into a pandas DataFrame,
           command: pd.read_json("in.json")}
        - {id: b, kind: command, task: Load a JSON document from a file as a pandas DataFrame,
           command: pd.read_json('data.json')}
        - {id: c, kind: command, task: Read the settings.json file into a pandas DataFrame,
           command: pd.read_json("settings.json")}
        - {id: d, kind: command, task: Read the users.json file into a pandas DataFrame,
           command: pd.read_json("users.json")}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_a_letter_of_an_acronym_asked_is_the_listed_term(tmp_path):
    # "What does the S in SOLID stand for?" asks for an item of "SOLID principles" whose
    # term starts with S; the O answered otherwise is not the S's item
    found = check(
        tmp_path,
        """
        - {id: a, kind: list, title: SOLID principles, items: [
             {Single responsibility: a class has one reason to change},
             {Open-closed: "open for extension, closed for modification"}]}
        - {id: b, kind: qa, question: What does the S in SOLID stand for?,
           answer: Single responsibility principle}
        - {id: c, kind: qa, question: What does the O in SOLID stand for?,
           answer: Object orientation}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_a_first_line_treatment_is_the_treatment_of_choice(tmp_path):
    # "First-line drug in X" asks what "Drug of choice for X" asks, and "... to prevent
    # X" what "X prophylaxis" asks (in prompts, by the looser comparison)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: First-line drug in anginal attacks?,
           answer: Nitroglycerin}
        - {id: b, kind: qa, question: Drug of choice for an attack of angina?, answer: Aspirin}
        - {id: c, kind: qa, question: Antibiotic given to prevent endocarditis before dental work?,
           answer: Amoxicillin}
        - {id: d, kind: qa, question: Antibiotic for endocarditis prophylaxis?,
           answer: Vancomycin}
        """,
    )
    assert len(found) == 2, found
    assert "possibly conflicting with b" in found[0], found
    assert "possibly conflicting with d" in found[1], found


def test_an_aside_in_brackets_with_numbers_is_still_an_aside(tmp_path):
    # "perfect game (12 strikes in a row)" answers "a perfect game" with a gloss: its
    # number is the gloss's, not a value the other answer lacks
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the best possible game in bowling?,
           answer: a perfect game}
        - {id: b, kind: qa, question: Which bowling game beats all others?,
           answer: perfect game (12 strikes in a row)}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_credited_with_brings_no_condition(tmp_path):
    # "Which physicist is credited with stating X?" asks who stated X, as "Who formulated
    # X?" does: its "with" is no condition such as "throughput with batching"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who formulated the three laws of motion?,
           answer: Isaac Newton}
        - {id: b, kind: qa,
           question: Which physicist is credited with stating the three motion laws?,
           answer: Isaac Newton (1687)}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found
