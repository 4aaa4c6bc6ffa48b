"""The fact checks on abbreviations and ordinals users write (issue 18): a newcomer's
rules corpus missed them; each test is a general rule, written here with model-railway
and home-network cards."""

from __future__ import annotations

from conftest import check_facts as check


def test_an_answer_of_ordinal_words_is_those_numbers(tmp_path):
    # "the third" / "the 3rd", "third" / "3": one answer (an error); a list of ordinals
    # whose first is "second" reads "second" as 2 too
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which floor holds the main network switch?, answer: the third}
        - {id: b, kind: qa, question: Which floor holds the main network switch?, answer: the 3rd}
        - {id: c, kind: qa, question: Which shelf holds the spare router?, answer: Fifth}
        - {id: d, kind: qa, question: Which shelf holds the spare router?, answer: "5"}
        - id: e
          kind: qa
          question: Which function keys sound the whistle?
          answer: "second, third and ninth"
        - {id: f, kind: qa, question: Which function keys sound the whistle?, answer: "2, 3 and 9"}
        """,
    )
    assert len(found) == 3, found
    assert all("duplicate-fact" in line for line in found), found


def test_ordinals_of_other_numbers_and_fractions_stay_apart(tmp_path):
    # another ordinal on the same question is a conflict; "a third" is a fraction and
    # "second" alone may be the unit of time: neither is a number here
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which floor holds the main network switch?, answer: the third}
        - {id: b, kind: qa, question: Which floor holds the main network switch?, answer: the 4th}
        - {id: c, kind: qa, question: How much of the layout is hidden staging?, answer: a third}
        - {id: d, kind: qa, question: How much of the layout is hidden staging?, answer: "3"}
        - {id: e, kind: qa, question: What is the unit of the DHCP lease clock?, answer: second}
        - {id: f, kind: qa, question: What is the unit of the DHCP lease clock?, answer: "2"}
        """,
    )
    assert len(found) == 3, found
    assert "conflicting-fact" in found[0] and "'the third' here, 'the 4th' there" in found[0]
    assert all("duplicate-fact" not in line for line in found), found
