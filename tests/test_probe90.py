"""A personal-finance and accounting learner's corpus (probe 90): amounts written every
way ("$1,200", "USD 1200", "1.200 €", "£5k"), rates, limits and accounting terms. Each
test is a general rule, written here with money cards."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_dot_that_may_group_thousands_is_no_certain_conflict(tmp_path):
    # "1.200 €" is 1200 euros as most of Europe writes it, and 1.2 as English reads it:
    # against "€1,200" the two may be one value, a warning to look, never an error
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the Berlin rent?, answer: "1.200 €"}
        - {id: b, kind: qa, question: What is the Berlin rent?, answer: "€1,200"}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0], found


def test_a_dot_before_three_digits_still_conflicts_with_other_values(tmp_path):
    # neither reading of "1.200 €" (1.2 or 1200) is 1,500 euros: a conflict still
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the Berlin rent?, answer: "1.200 €"}
        - {id: b, kind: qa, question: What is the Berlin rent?, answer: "€1,500"}
        - {id: c, kind: qa, question: What does the coffee cost in Rome?, answer: "€1.20"}
        - {id: d, kind: qa, question: What does the coffee cost in Rome?, answer: "€1.50"}
        """,
    )
    assert len(found) == 2, found
    assert all("error conflicting-fact" in line for line in found), found


def test_an_initialism_written_with_a_slash_names_its_words(tmp_path):
    # "A/R" is "AR", the initials of "Accounts receivable": one term twice, as "AR" is
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Accounts receivable, definition: What customers owe.}
        - {id: b, kind: concept, term: A/R, definition: What customers owe.}
        - {id: c, kind: concept, term: Input/output, definition: Data moved in or out.}
        - {id: d, kind: concept, term: I/O, definition: Data moved in or out.}
        """,
    )
    assert len(found) == 2, found
    assert all("warning similar-fact" in line for line in found), found
    assert "nearly the same fact as b " in found[0] and "as d " in found[1], found


def test_a_slashed_initialism_of_other_words_stays_apart(tmp_path):
    # "A/P" spells neither "Accounts receivable" nor "Income statement"
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: Accounts receivable, definition: What customers owe.}
        - {id: b, kind: concept, term: A/P, definition: What the business owes its suppliers.}
        - {id: c, kind: concept, term: Income statement, definition: Revenue less expenses.}
        - {id: d, kind: concept, term: I/O, definition: Data moved in or out.}
        """,
    )
    assert found == [], found


def test_values_labelled_as_two_measures_are_no_certain_conflict(tmp_path):
    # "4.40% APR" and "4.50% APY" are one savings rate measured two ways: both may be
    # right, a warning; the same label with another value is still a conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What does the savings account pay?, answer: 4.40% APR}
        - {id: b, kind: qa, question: What does the savings account pay?, answer: 4.50% APY}
        - {id: c, kind: qa, question: What does the credit card charge?, answer: 24.99% APR}
        - {id: d, kind: qa, question: What does the credit card charge?, answer: 22.99% APR}
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact" in found[0] and "with b " in found[0], found
    assert "error conflicting-fact" in found[1] and "with d " in found[1], found


def test_a_unit_in_capitals_is_no_label_of_a_measure(tmp_path):
    # "512 MB" / "512 KB": the capitals are units, two values, a conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How much memory does the function get?, answer: 512 MB}
        - {id: b, kind: qa, question: How much memory does the function get?, answer: 512 KB}
        """,
    )
    assert len(found) == 1 and "error conflicting-fact" in found[0], found


def test_a_schedule_in_capitals_is_no_label_of_a_measure(tmp_path):
    # "500 mg BD" / "1 g TDS": twice and three times a day, one starting dose: a conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Metformin starting dose, value: 500 mg BD}
        - {id: b, kind: limit, subject: Metformin starting dose, value: 1 g TDS}
        """,
    )
    assert len(found) == 1 and "error conflicting-fact" in found[0], found


def test_a_measure_with_a_dot_before_three_digits_is_a_decimal(tmp_path):
    # "2.962 m" is a decimal in English (only an amount of euros is written "1.200 €")
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Height of the Zugspitze, value: 2.962 m}
        - {id: b, kind: limit, subject: Height of the Zugspitze, value: 2962 m}
        """,
    )
    assert len(found) == 1 and "error conflicting-fact" in found[0], found
