"""The fact checks on misses of the forty-fourth held-out set
(tests/data/fact_pairs_unseen44.txt, written without reading the checks) and the general
rules drawn from them. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def fact_lines(found: list[str]) -> list[str]:
    return [line for line in found if "-fact:" in line]


def test_a_deck_of_several_things_keeps_them_apart(tmp_path):
    """Set 44: "What is the diameter of a snooker ball?" 52.5 mm and "... of a pool
    ball?" 57.15 mm in a deck "Snooker and pool" were called a conflict: both lost their
    deck's words ("snooker", "pool") and read as one question. A deck named for several
    things holds cards of each; two prompts that differ only by which of them they name
    ask two things. One prompt that names a thing the other leaves out is still asked
    again ("Water temperature for green tea" / "... for tea" in "Tea and coffee")."""
    found = check_deck(
        tmp_path,
        "Tea and coffee",
        """
        - {id: a, kind: qa, question: What is the caffeine in a cup of tea?, answer: 47 mg}
        - {id: b, kind: qa, question: What is the caffeine in a cup of coffee?, answer: 95 mg}
        - {id: c, kind: limit, subject: Brewing temperature for green tea, value: 80 °C}
        - {id: d, kind: limit, subject: Green brewing temperature, value: 90 °C}
        """,
    )
    lines = fact_lines(found)
    assert len(lines) == 1, found
    assert "conflicting-fact: conflicts with d " in lines[0], found


def test_two_choice_questions_of_one_choice_are_one_question(tmp_path):
    """Set 44: "Which quenchant cools faster, water or oil?" Water and "Which is the
    faster quench, oil or water?" Oil were found by nothing (set 43's hen or rooster
    hackle and set 42's harder or softer grip wax too): the options move and the other
    words change form. Two questions that offer the same two options and say the same
    other words ask one thing: the answers picking two options may conflict, picking one
    they say one fact. Two questions of those options about two things ("Is *dia*
    masculine or feminine?" / "Is *mapa* ...?") stay apart."""
    found = check_deck(
        tmp_path,
        "Cycling",
        """
        - id: a
          kind: qa
          question: Which tape is used on road bars, cork or foam?
          answer: Cork tape, soft and grippy
        - id: b
          kind: qa
          question: Should road bars be taped with cork or foam wraps?
          answer: Foam tape
        - id: c
          kind: qa
          question: Which grips are used on city bikes, ergo or round?
          answer: Ergo grips, shaped and wide
        - id: d
          kind: qa
          question: Should city bikes be fitted with round or ergo grips?
          answer: Ergo grips
        - {id: e, kind: qa, question: 'Is a Brompton a folder or a tandem?', answer: A folder}
        - {id: f, kind: qa, question: 'Is a Pino a folder or a tandem?', answer: A tandem}
        """,
    )
    lines = fact_lines(found)
    assert len(lines) == 2, found
    assert "possibly conflicting with b " in lines[0], found
    assert "nearly the same fact as d " in lines[1], found
    assert not any("error" in line for line in lines), found


def test_a_question_that_names_a_list_item_and_gives_its_answer(tmp_path):
    """Set 44: "Snooker ball values" / "Pink": 6 points and "How many points is the pink
    worth?" 6 were found by nothing (set 43's "Woolly Bugger materials" / "Tail": marabou
    and "What is the tail of a Woolly Bugger made of?" too): a question that names a
    list item's term and gives its short answer states that item's fact. A question that
    names another item, or asks another thing of it, states another. Set 44's "Blade
    steels" / "1095": "Simple high-carbon steel with about 0.95% carbon" and "How much
    carbon does 1095 steel contain?" About 0.95 percent: an item in prose that states
    the question's value, and no other, states its fact too."""
    found = check_deck(
        tmp_path,
        "Board games",
        """
        - id: values
          kind: list
          title: Chess piece values
          items:
            - Rook: 5 points
            - Knight: 3 points
        - {id: rook, kind: qa, question: How many points is a rook worth?, answer: '5'}
        - {id: bishop, kind: qa, question: How many points is a bishop worth?, answer: '3'}
        - {id: knight, kind: qa, question: Which way does a knight move?, answer: In an L}
        - id: boards
          kind: list
          title: Boards
          items:
            - Othello: Played with 64 discs, black and white
            - Shogi: Each player starts with twenty pieces, promoted by flipping them
        - {id: othello, kind: qa, question: How many discs does Othello use?, answer: '64'}
        - {id: chess, kind: qa, question: How many pieces has a chess player?, answer: '20'}
        """,
    )
    lines = fact_lines(found)
    assert len(lines) == 2, found
    assert "nearly the same fact as rook " in lines[0], found
    assert "nearly the same fact as othello " in lines[1], found


def test_a_latin_adjective_and_a_loose_synonym_in_prompts(tmp_path):
    """Set 44: "Which cell is the hallmark of Hodgkin lymphoma?" and "Which cell is
    pathognomonic of Hodgkin lymphoma?" (Reed–Sternberg / Sézary) were found by nothing,
    as were set 3's "upper first molar" / "maxillary first molar" (three roots / two):
    "pathognomonic" says what "hallmark" and "characteristic" say, "maxillary" and
    "mandibular" are the upper and lower jaw's adjectives. A warning each; the lower
    molar is no maxillary one (before, "lower" / "maxillary" read as one word swapped)."""
    found = check_deck(
        tmp_path,
        "Oral medicine",
        """
        - {id: a, kind: qa, question: Which sign is the hallmark of measles?, answer: Koplik spots}
        - {id: b, kind: qa, question: Which sign is pathognomonic of measles?, answer: Rash}
        - {id: c, kind: qa, question: How many roots does a lower first molar have?, answer: Two}
        - {id: d, kind: limit, subject: Roots of a mandibular first molar, value: three}
        - {id: e, kind: limit, subject: Roots of a maxillary first molar, value: three}
        """,
    )
    lines = fact_lines(found)
    assert len(lines) == 2, found
    assert "possibly conflicting with b " in lines[0], found
    assert "possibly conflicting with d " in lines[1], found
    assert "allow: [d]'" in lines[1], found  # the maxillary molar is no lower one
