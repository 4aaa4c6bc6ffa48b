"""Two questions asking one thing in other words, answered with different text (issue 18,
qa/qa conflicts, the largest group of misses on the held-out sets): a name that one of
them says and the other leaves out ("Which *museum* houses the Rosetta Stone?" / "Where
is the Rosetta Stone displayed?") no longer hides the conflict, and a few words people
write for one another ("finish" / "end", "carry" / "transmit") are read as one. Each test
failed with its rule undone."""

from __future__ import annotations

from conftest import check_deck_padded


def _similar(found: list[str]) -> list[str]:
    return [line for line in found if " similar-fact: " in line]


def test_a_name_on_one_side_of_a_reworded_question_is_a_possible_conflict(tmp_path):
    """ "Which observatory houses the Hale Telescope?" names the kind of place ("Palomar
    Observatory"), "Where is the Hale Telescope installed?" does not: one question worded
    twice, two places, a warning."""
    found = check_deck_padded(
        tmp_path,
        "Astronomy",
        """
        - {id: a, kind: qa, question: Which observatory houses the Hale Telescope?,
           answer: Palomar Observatory}
        - {id: b, kind: qa, question: Where is the Hale Telescope installed?,
           answer: Kitt Peak}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "possibly conflicting with b " in similar[0], found
    assert not [line for line in found if "conflicting-fact" in line], found


def test_a_thing_asked_for_by_one_question_only_is_another_question(tmp_path):
    """ "What *colour* is the Giro's leader jersey?" asks for a colour, "What is the
    Giro's leader jersey called in Italian?" for a name: two questions, no conflict."""
    found = check_deck_padded(
        tmp_path,
        "Cycling",
        """
        - {id: a, kind: qa, question: What colour is the Giro d'Italia leader jersey?,
           answer: pink}
        - {id: b, kind: qa, question: What is the Giro d'Italia leader jersey called in
             Italian?, answer: maglia rosa}
        """,
    )
    assert not _similar(found), found


def test_a_lone_letter_names_one_of_a_series(tmp_path):
    """ "... in haemophilia *B*" names one of a series, as "classic haemophilia" (A)
    does: two questions, no conflict."""
    found = check_deck_padded(
        tmp_path,
        "Haematology",
        """
        - {id: a, kind: qa, question: Which clotting factor is missing in haemophilia B?,
           answer: factor IX}
        - {id: b, kind: qa, question: Which clotting factor is missing in classic
             haemophilia?, answer: factor VIII}
        """,
    )
    assert not _similar(found), found


def test_an_answer_spelling_its_own_question_word_tells_two_questions(tmp_path):
    """ "table.sort" spells the word "sorts" of its own question: the words that differ
    pick the answers, siblings, not one question worded twice."""
    found = check_deck_padded(
        tmp_path,
        "Lua",
        """
        - {id: c, kind: qa, question: Which Lua library function joins table elements
             into a string?, answer: table.concat}
        - {id: d, kind: qa, question: Which Lua library function sorts a table in place?,
           answer: table.sort}
        """,
    )
    assert not _similar(found), found


def test_a_race_that_finishes_or_ends_and_a_nerve_that_carries_or_transmits(tmp_path):
    """ "finish" and "end", "carry" and "transmit" are read as one word in prompts (a
    warning's layer): "Where does the Engadin marathon finish?" asks what "In which
    village does the Engadin marathon end?" asks."""
    found = check_deck_padded(
        tmp_path,
        "Races",
        """
        - {id: a, kind: qa, question: Where does the Engadin ski marathon finish?,
           answer: S-chanf}
        - {id: b, kind: qa, question: In which village does the Engadin ski marathon
             end?, answer: Maloja}
        - {id: c, kind: qa, question: Which cranial nerve carries taste from the front
             of the tongue?, answer: the facial nerve}
        - {id: d, kind: qa, question: Which cranial nerve transmits taste from the front
             of the tongue?, answer: the vagus nerve}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 2, found
    assert "possibly conflicting with b " in similar[0], found
    assert "possibly conflicting with d " in similar[1], found


def test_names_on_both_sides_name_two_things(tmp_path):
    """ "... the Bauhaus building in *Dessau*?" / "... the *Wassily* chair for the
    Bauhaus?": a name of each side's own, two things asked about, no conflict."""
    found = check_deck_padded(
        tmp_path,
        "Design",
        """
        - {id: a, kind: qa, question: Who designed the Bauhaus building in Dessau?,
           answer: Walter Gropius}
        - {id: b, kind: qa, question: Who designed the Wassily chair for the Bauhaus?,
           answer: Marcel Breuer}
        """,
    )
    assert not _similar(found), found


def test_not_equal_is_inequality(tmp_path):
    """ "What is the *not-equal* operator in Haskell?" asks what "Which operator tests
    *inequality* in Haskell?" asks: two operators, a possible conflict."""
    found = check_deck_padded(
        tmp_path,
        "Haskell",
        """
        - {id: a, kind: qa, question: What is the not-equal operator in Haskell?,
           answer: /=}
        - {id: b, kind: qa, question: Which operator tests inequality in Haskell?,
           answer: "!="}
        """,
    )
    assert [line for line in found if "possibly conflicting with b " in line], found


def test_yes_against_no_cannot_both_be_right(tmp_path):
    """ "yes, the first match wins" / "no, every rule is checked": one question asked
    twice, answered yes and no, whatever each adds."""
    found = check_deck_padded(
        tmp_path,
        "Firewalls",
        """
        - {id: a, kind: qa, question: Does the order of rules in an iptables chain
             matter?, answer: "yes, the first match wins"}
        - {id: b, kind: qa, question: Does rule order within an iptables chain matter?,
           answer: "no, every rule is checked"}
        """,
    )
    assert [line for line in found if "possibly conflicting with b " in line], found


def test_a_name_opening_a_question_is_a_name_too(tmp_path):
    """ "*Barolo* is made from which grape?" names its wine as its first word, "Which
    grape is *Soave* made from?" in its middle: a name on each side, two wines."""
    found = check_deck_padded(
        tmp_path,
        "Wine",
        """
        - {id: a, kind: qa, question: Barolo is made from which grape?, answer: Nebbiolo}
        - {id: b, kind: qa, question: Which grape is Soave made from?, answer: Garganega}
        """,
    )
    assert not _similar(found), found


def test_a_name_added_by_one_question_only_is_context(tmp_path):
    """ "Who painted The Night Watch for the Amsterdam militia?" adds the name of whom it
    was painted for, "Who painted The Night Watch?" nothing: one question, two painters,
    a warning."""
    found = check_deck_padded(
        tmp_path,
        "Painting",
        """
        - {id: a, kind: qa, question: Who painted The Night Watch for the Amsterdam
             militia?, answer: Rembrandt}
        - {id: b, kind: qa, question: Who painted The Night Watch?, answer: Vermeer}
        """,
    )
    assert [line for line in found if "possibly conflicting with b " in line], found


def test_a_name_that_modifies_a_shared_word_names_another_thing(tmp_path):
    """ "... the current *UTC* date and time?" says which date: another question than
    "... the current date and time?", no conflict."""
    found = check_deck_padded(
        tmp_path,
        "Spreadsheets",
        """
        - {id: a, kind: qa, question: Which spreadsheet function returns the current date
             and time?, answer: NOW}
        - {id: b, kind: qa, question: Which spreadsheet function returns the current UTC
             date and time?, answer: UTCNOW}
        """,
    )
    assert not _similar(found), found
