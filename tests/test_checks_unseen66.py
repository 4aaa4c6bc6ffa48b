"""The fact checks on the kinds of card the sixty-sixth held-out set showed them missing
(tests/data/fact_pairs_unseen66.txt): each test is a general rule, met there on Pandoc,
embryology, cribbage or Beat Generation cards and written here on other subjects
(lighthouses, ripgrep, farming)."""

from __future__ import annotations

from conftest import card_pair, check_facts_padded
from conftest import check_facts as check


def quoted_pair(first: str, second: str, answers: tuple[str, str]) -> str:
    """Two qa cards ``a`` and ``b`` in block style, their questions in single quotes (they
    hold double quotes)."""
    return "\n".join(
        f"- id: {side}\n  kind: qa\n  question: '{question}'\n  answer: {answer}"
        for side, question, answer in zip("ab", (first, second), answers, strict=True)
    )


def test_one_fact_asked_from_both_ends_is_found(tmp_path):
    # each question is asked with the other's answer: one fact, a warning
    found = check_facts_padded(
        tmp_path,
        card_pair(
            "Who designed the Bell Rock Lighthouse?",
            "Robert Stevenson's 1810 lighthouse off Arbroath?",
            ("Robert Stevenson", "Bell Rock"),
        ),
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_thing_asked_by_half_its_description_is_found(tmp_path):
    # "What is X?" a description / "What is it called when <half the description>?" X
    found = check_facts_padded(
        tmp_path,
        card_pair(
            "What is a lightship?",
            "In lighthouse work, what is it called when a moored vessel carries the light?",
            (
                "a moored vessel that carries a light where no tower stands",
                "a lightship (now mostly replaced by buoys)",
            ),
        ),
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_two_slots_of_one_template_traded_are_two_questions(tmp_path):
    # one-word answers in one frame, traded: "Which X comes after Y?" / "... before Z?"
    found = check(
        tmp_path,
        card_pair(
            "Which light came after the Winstanley tower?",
            "Which light came before the Rudyard tower?",
            ("Rudyard", "Winstanley"),
        ),
    )
    assert found == [], found


def test_answers_said_in_the_other_prompt_but_one_way_only_are_no_finding(tmp_path):
    # only one answer is in the other's prompt: two questions about one keeper
    found = check(
        tmp_path,
        card_pair(
            "Who kept the Longstone light in 1838?",
            "Which boat did Grace Darling row to the Forfarshire wreck?",
            ("Grace Darling's father, William Darling", "a coble"),
        ),
    )
    assert found == [], found


def test_an_option_answered_with_its_value_or_other_form_is_the_term(tmp_path):
    # "-m NUM / --max-count=NUM" answers what the term "rg --max-count" defines
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: rg --max-count
          definition: stops reading a file after NUM matching lines
        - id: b
          kind: qa
          question: Which rg option stops after a number of matching lines in each file?
          answer: "-m NUM / --max-count=NUM"
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_an_option_with_its_value_after_equals_is_the_term(tmp_path):
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: --type-add
          definition: rg option that defines a new file type by glob
        - id: b
          kind: qa
          question: How do you define a new file type for rg?
          answer: "--type-add=SPEC"
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_quotes_for_emphasis_do_not_make_two_questions(tmp_path):
    # one prompt quotes "cash crop", the other says it without quotes: one question,
    # two answers that cannot both be right
    found = check(
        tmp_path,
        quoted_pair(
            'What does "cash" mean in "cash crop"?',
            'Meaning of "cash" in cash crop?',
            ("grown to be sold, not eaten on the farm", "grown with borrowed money"),
        ),
    )
    assert len(found) == 1 and "similar-fact" in found[0] and "conflict" in found[0], found


def test_quotes_of_two_phrases_still_make_two_questions(tmp_path):
    found = check(
        tmp_path,
        quoted_pair(
            'What does "cash" mean in "cash crop"?',
            'What does "cash" mean in "petty cash"?',
            ("grown to be sold, not eaten on the farm", "money kept for small expenses"),
        ),
    )
    assert found == [], found


def test_one_after_a_tens_word_is_part_of_the_number(tmp_path):
    # "twenty-one" is 21, not "twenty" and an article: two stations, two counts (the
    # "one" had been read as "a", and the two prompts as one with two answers)
    found = check(
        tmp_path,
        card_pair(
            "How many keepers served the twenty-one lamp station?",
            "How many keepers served the twenty lamp station?",
            ("3", "2"),
        ),
    )
    assert found == [], found


def test_an_option_asked_beside_a_command_that_names_a_file_first(tmp_path):
    # "sort data.csv -o sorted.csv": the file before the option is no subcommand, and
    # the answer "-o FILE (or --output=FILE)" gives the option with its placeholder
    found = check(
        tmp_path,
        """
        - id: a
          kind: command
          task: Write the sorted lines of data.csv to sorted.csv
          command: sort data.csv -o sorted.csv
        - id: b
          kind: qa
          question: Which sort option writes the result to a file instead of stdout?
          answer: "-o FILE (or --output=FILE)"
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0], found
