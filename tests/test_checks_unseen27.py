"""The fact checks on the kinds of card the twenty-seventh held-out set showed them
missing (tests/data/fact_pairs_unseen27.txt): each test is a general rule, met there on
archaeology, Scala, perfumery or triathlon cards and written here with other words (most
on other tools and subjects)."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_command_written_as_one_code_span_is_the_command(tmp_path):
    # "`cargo build`" is "cargo build" marked as code: one command for two tasks
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Build the crate, command: cargo build}
        - {id: b, kind: command, task: Compile the package with Cargo, command: "`cargo build`"}
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0] and "b at" in found[0], found


def test_a_command_with_a_code_span_inside_stays_another_command(tmp_path):
    # only a code span around the whole command is markup; "`pwd`/bin" is not "pwd"
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Print the working directory, command: pwd}
        - {id: b, kind: command, task: List the local bin folder, command: "ls `pwd`/bin"}
        """,
    )
    assert found == [], found


def test_composed_asks_what_created_asks(tmp_path):
    # "Who *composed* X?" and "Who *created* X?" ask one thing (a warning: a reader checks)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who created the opera Carmen?, answer: Georges Bizet}
        - {id: b, kind: qa, question: Who composed the opera Carmen?, answer: Giuseppe Verdi}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_take_place_asks_what_held_asks(tmp_path):
    # "Where did X *take place*?" asks where X was "*held*"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Where were the 1936 Summer Olympics held?, answer: Berlin}
        - {id: b, kind: qa, question: Where did the 1936 Summer Olympics take place?,
           answer: Paris}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_n_degree_before_a_number_is_number(tmp_path):
    # "Symphony N° 9" is "Symphony No. 9"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who wrote Symphony No. 9 in D minor?, answer: Beethoven}
        - {id: b, kind: qa, question: Who wrote Symphony N° 9 in D minor?, answer: Mahler}
        """,
    )
    assert len(found) == 1 and "error conflicting-fact" in found[0], found


def test_a_latitude_keeps_its_degrees(tmp_path):
    # "45° N" and "N 45" are no number sign: two latitudes stay two questions
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which city lies at 45° N 7° E?, answer: Turin}
        - {id: b, kind: qa, question: Which city lies at 45° S 7° E?, answer: Durban}
        """,
    )
    assert found == [], found
