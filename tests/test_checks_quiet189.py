"""False ``similar-fact`` warnings that a stranger's corpus met (issue 18, quiet189): a
length asked of a "<noun> name" compound (the name of a thing) beside a size asked of
the thing itself: two limits that else differ only in "name", a word a prompt may add
("Roman name of Zeus"), and in "length" / "size", read as one measure. Written in a
domain of no pair set (ZFS storage)."""

from __future__ import annotations

from conftest import check_deck


def test_a_things_name_and_the_thing_are_two_subjects(tmp_path):
    # how long a file's name may be and how large the file may grow: two limits (each
    # pair was a "possibly conflicting" warning before, "length" and "size" read as one
    # measure and "name" as a word a prompt may add)
    found = check_deck(
        tmp_path,
        "ZFS",
        """
        - {id: file-size, kind: limit, subject: Maximum size of a single file,
           value: 16, unit: EiB}
        - {id: file-name, kind: limit, subject: Maximum length of a file name,
           value: 255, unit: bytes}
        - {id: dataset-size, kind: limit, subject: Maximum size of a dataset,
           value: 256, unit: ZiB}
        - {id: dataset-name, kind: limit, subject: Maximum length of a dataset name,
           value: 256, unit: bytes}
        - {id: label-size, kind: qa, question: How large is a vdev label?, answer: 256 KiB}
        - {id: label-name, kind: qa, question: How long may a vdev label name be?,
           answer: 64 bytes}
        """,
    )
    assert found == [], found


def test_a_length_asked_of_a_name_and_of_the_thing_is_still_one_limit(tmp_path):
    # "key name length" / "length of a key": one length, asked of one thing
    found = check_deck(
        tmp_path,
        "ZFS",
        """
        - {id: a, kind: limit, subject: Maximum length of a dataset property,
           value: 8192, unit: bytes}
        - {id: b, kind: limit, subject: Dataset property name length limit,
           value: 4096, unit: bytes}
        """,
    )
    assert any("'allow: [b]'" in line for line in found), found


def test_a_name_of_a_thing_without_a_measure_is_the_thing(tmp_path):
    # "pool name" / "pool" with no length nor size: the pool, named by its name: one fact
    found = check_deck(
        tmp_path,
        "ZFS",
        """
        - {id: a, kind: qa, question: Default root pool name in the installer, answer: rpool}
        - {id: b, kind: qa, question: What is the default root pool the installer creates?,
           answer: rpool}
        """,
    )
    assert any("'allow: [b]'" in line for line in found), found


def test_name_of_thing_asked_reads_the_compound_only():
    from cheatdeck.checks.similar import _name_of_thing_asked

    assert _name_of_thing_asked("Maximum length of a file name", "Maximum size of a file")
    assert _name_of_thing_asked("Longest host-name allowed", "Largest host allowed")
    assert not _name_of_thing_asked("Length of a key name", "Maximum length of a key")
    assert not _name_of_thing_asked("What prefix do class names start with?", "Class prefix")
    assert not _name_of_thing_asked("Roman name of Zeus", "Roman equivalent of Zeus")
    assert not _name_of_thing_asked("The wolf's Latin name", "Latin word for a wolf")
    assert not _name_of_thing_asked("Pool name rules", "What is a pool named after?")
