"""probe89: a private pilot student's corpus — right-of-way questions, altimeter settings
in two units, and every output of it."""

from __future__ import annotations

from conftest import check_deck


def test_a_preposition_is_no_short_form_of_a_longer_word(tmp_path):
    """ "Which aircraft has the right of way *over* all others?" and "Who has the right of
    way when one aircraft *overtakes* another?" ask two things: "over" is a word of its
    own, not a short form of "overtakes" (as "Fed" is of "Federal"), so the two questions
    share three words, not four, and their two answers are no possible conflict. The same
    question asked again in other words still is one."""
    found = check_deck(
        tmp_path,
        "Aviation",
        """
        - {id: a, kind: qa, question: Who has the right of way when one aircraft overtakes another?,
           answer: The aircraft being overtaken; pass well clear on its right.}
        - {id: b, kind: qa, question: Which aircraft has the right of way over all others?,
           answer: An aircraft in distress.}
        - {id: c, kind: qa, question: What is the Fed's target inflation rate?, answer: 2%}
        - {id: d, kind: qa, question: What is the Federal Reserve's target inflation rate?,
           answer: 2 percent}
        """,
    )
    assert not any("with b" in line for line in found), found
    assert len(found) == 1 and " d " in found[0], found


def test_one_pressure_in_three_units_is_no_conflict(tmp_path):
    """ "29.92 inHg" and "1013.25 hPa (1013 mb)" answer one question with one pressure,
    the second written in two units of its own: they agree once rounded (a warning to
    keep one), never a conflicting-fact error. A range in the other's unit still is no
    such value ("990–1000 hPa" / "29.92 inHg" conflict)."""
    found = check_deck(
        tmp_path,
        "Aviation",
        """
        - {id: a, kind: qa, question: Standard sea-level pressure?, answer: 29.92 inHg}
        - {id: b, kind: qa, question: Standard sea-level pressure?, answer: 1013.25 hPa (1013 mb)}
        - {id: e, kind: qa, question: Pressure of a deep low?, answer: 29.92 inHg}
        - {id: f, kind: qa, question: Pressure of a deep low?, answer: 990–1000 hPa}
        """,
    )
    assert len(found) == 2, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with b"), found
    assert "agree once rounded" in found[0], found
    assert found[1].startswith("error conflicting-fact: conflicts with f"), found


def test_an_answer_whose_values_a_longer_one_restates_is_no_conflict(tmp_path):
    """ "1013.25 hPa (1013 mb)" is among the values "15 °C and 29.92 inHg (1013.25 hPa);
    lapse rate 2 °C per 1,000 ft" states: the definition tells more, not another
    pressure, so no "possibly conflicting" warning; one that states another pressure
    among its values ("1000 hPa") still is one."""
    found = check_deck(
        tmp_path,
        "Aviation",
        """
        - {id: a, kind: qa, question: Standard sea-level pressure in hectopascals?,
           answer: 1013.25 hPa (1013 mb)}
        - {id: b, kind: concept, term: Standard atmosphere at sea level,
           definition: "15 °C and 29.92 inHg (1013.25 hPa); lapse rate 2 °C per 1,000 ft."}
        """,
    )
    assert found == [], found
    found = check_deck(
        tmp_path / "other",
        "Aviation",
        """
        - {id: a, kind: qa, question: Standard sea-level pressure in hectopascals?,
           answer: 1013.25 hPa (1013 mb)}
        - {id: b, kind: concept, term: Standard atmosphere at sea level,
           definition: "15 °C and 1000 hPa; lapse rate 2 °C per 1,000 ft."}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found
