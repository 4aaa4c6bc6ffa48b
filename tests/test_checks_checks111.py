"""Rules added with held-out set 58 (checks111), each written here with small corpora of
domains of their own (rsync, grep, git)."""

from __future__ import annotations

from conftest import check_facts_padded as check


def test_a_command_and_a_card_asking_for_its_one_option_are_the_same_fact(tmp_path):
    # "rsync -n src/ dst/" does the task; "Which rsync flag ...?" asks for "-n": one option
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Show what rsync would copy without copying,
           command: rsync -n src/ backup/}
        - {id: b, kind: qa, question: Which flag makes rsync do a dry run?,
           answer: "-n (--dry-run)"}
        - {id: c, kind: command, task: Count the matching lines of a file,
           command: grep -c error app.log}
        - {id: d, kind: concept, term: grep -c, definition: prints how many lines match}
        """,
    )
    assert len(found) == 2, found
    assert all("warning similar-fact" in line for line in found), found


def test_one_option_of_two_subcommands_or_of_a_longer_command_stays_apart(tmp_path):
    # "git log -p" shows patches; "git add -p" stages hunks: the question names "add"
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Show each commit with its diff, command: git log -p}
        - {id: b, kind: qa, question: Which git add flag stages hunks one by one?,
           answer: "-p"}
        - {id: c, kind: command, task: Copy a tree keeping permissions and deleting extras,
           command: rsync -a --delete src/ dst/}
        - {id: d, kind: qa, question: Which rsync flag deletes files gone from the source?,
           answer: "--delete"}
        """,
    )
    assert found == [], found


def test_one_part_of_a_unit_in_words_is_that_fraction_of_the_unit(tmp_path):
    # "a quarter inch" is 1/4 inch and "half a cup" 1/2 cup: a part of one unit in words
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Gap to leave between tiles and the wall,
           value: "1/4 inch"}
        - {id: b, kind: qa, question: What gap do tilers leave at the wall?,
           answer: a quarter inch}
        - {id: c, kind: qa, question: How much rice for two people?, answer: half a cup}
        - {id: d, kind: qa, question: Rice per two servings, answer: 0.5 cups}
        """,
    )
    assert len(found) == 2, found
    assert all("warning similar-fact" in line for line in found), found


def test_a_part_in_words_without_a_unit_is_no_quantity(tmp_path):
    # "a quarter" may be a coin or a game's period: no 1/4 to compare
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which US coin is worth 25 cents?, answer: a quarter}
        - {id: b, kind: qa, question: Which US coin is worth ten cents?, answer: a dime}
        """,
    )
    assert found == [], found
