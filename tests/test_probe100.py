"""A law student's corpus (probe100): numbered provisions of an Act ("s. 1(1)", "Art.
6(1)(a) GDPR", "§ 2-207") are paths, not words; two that name other provisions state two
facts, while one provision written two ways stays one."""

from __future__ import annotations

from cheatdeck.checks.provisions import provisions_apart, provisions_named_alike, provisions_of

from conftest import check_facts as check


def test_sections_of_one_act_asked_alike_stay_two_facts(tmp_path):
    # folded to words "section 1 1" sat inside "section 2 1 a": called the same fact
    found = check(
        tmp_path,
        """
        - id: theft-s1
          kind: qa
          question: Which section of the Theft Act 1968 defines theft?
          answer: s. 1(1)
        - id: theft-s2
          kind: qa
          question: Which section of the Theft Act 1968 says when an appropriation is not dishonest?
          answer: s. 2(1)(a)
        """,
    )
    assert found == [], found


def test_a_subparagraph_is_another_provision(tmp_path):
    found = check(
        tmp_path,
        """
        - id: bases
          kind: qa
          question: Which provision lists the lawful bases for processing personal data?
          answer: Art. 6(1) GDPR
        - id: consent
          kind: qa
          question: Which provision makes consent a lawful basis for processing?
          answer: Art. 6(1)(a) GDPR
        """,
    )
    assert found == [], found


def test_one_question_answered_with_two_provisions_still_conflicts(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which section defines theft?, answer: s. 1(1)}
        - {id: b, kind: qa, question: Which section defines theft?, answer: s. 2(1)}
        """,
    )
    assert len(found) == 1 and "conflicting" in found[0], found


def test_provisions_read_from_an_answer():
    assert provisions_of("s. 2(1)(a) and s. 3") == ["2(1)(a)", "3"]
    assert provisions_of("Theft Act 1968") == []  # a year is no provision
    assert provisions_of("O(n)") == []
    assert provisions_apart("§ 2-207(3)", "section 2-207(3) UCC") is False
    assert provisions_apart("s. 5", "s. 8") is False  # no subdivisions: words tell them apart


def test_one_provision_written_two_ways_is_one_answer(tmp_path):
    # was "possibly conflicting": "section 2-207 UCC" read as numbers, "§ 2-207" not
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: Which UCC section governs the battle of the forms?
          answer: "§ 2-207"
        - id: b
          kind: qa
          question: Which UCC section governs the battle of the forms?
          answer: section 2-207 UCC
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0], found


def test_the_same_number_in_another_act_is_not_called_one_answer():
    assert provisions_named_alike("§ 2-207", "section 2-207 UCC")
    assert provisions_named_alike("Art. 6(1)", "Art. 6(1) GDPR")
    assert not provisions_named_alike("s. 5", "s. 5 of the Theft Act 1968")
    assert not provisions_named_alike("s. 5 LA", "s. 5 TA")
    assert not provisions_named_alike("s. 1(1)", "s. 2(1)")
