"""The fact checks on misses of the forty-eighth held-out set
(tests/data/fact_pairs_unseen48.txt, written without reading the checks) and the general
rules drawn from them. Each test failed before its fix."""

from __future__ import annotations

import pytest

from conftest import check_deck, check_deck_padded


def errors_of(found: list[str]) -> list[str]:
    return [line for line in found if line.startswith("error")]


def fact_lines(found: list[str]) -> list[str]:
    return [line for line in found if "-fact:" in line]


def test_megapascals_are_a_pressure(tmp_path):
    """Set 48: "-1500 kPa" and "−1.5 MPa" (the permanent wilting point) were found by
    nothing: "MPa" was no unit, so "1.5 MPa" was a bare 1.5. Material strengths and
    soil water potentials are written in megapascals."""
    found = check_deck(
        tmp_path,
        "Pipework",
        """
        - {id: a, kind: limit, subject: Hydrostatic test pressure of a water main, value: 1.6 MPa}
        - {id: b, kind: limit, subject: Water main hydrostatic test pressure, value: 16 bar}
        - {id: c, kind: limit, subject: Burst pressure of PE100 pipe, value: −4 MPa}
        - {id: d, kind: limit, subject: PE100 pipe burst pressure, value: -4000 kPa}
        """,
    )
    errors = errors_of(found)
    assert len(errors) == 2, found
    assert "error duplicate-fact: same fact as b " in errors[0], found
    assert "error duplicate-fact: same fact as d " in errors[1], found


def _similar(found: list[str]) -> list[str]:
    return [line for line in found if " similar-fact: " in line]


def test_a_count_or_a_year_asked_in_other_words_is_a_possible_conflict(tmp_path):
    """Set 48: "How many referees judge a lift?" 3 / "How many referees decide whether a
    lift is good?" 5 was found by nothing, as were 30 such pairs of the other sets (a
    year, a version, a count): a bare number names no measure, so two reworded prompts
    answered with two numbers were never compared."""
    found = check_deck_padded(
        tmp_path,
        "Beekeeping",
        """
        - {id: a, kind: qa, question: How many frames does a ten-frame Langstroth deep box
             hold?, answer: "10"}
        - {id: b, kind: qa, question: A deep Langstroth brood chamber takes how many frames?,
           answer: "8"}
        - {id: c, kind: qa, question: In what year did Langstroth patent his movable-frame
             hive?, answer: "1852"}
        - {id: d, kind: qa, question: When was the Langstroth hive first granted a patent?,
           answer: "1862"}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 2, found
    assert "possibly conflicting with b " in similar[0], found
    assert "possibly conflicting with d " in similar[1], found


TWO_THINGS_COUNTED = {
    "more said apart than shared": """
        - {id: a, kind: qa, question: What grit do you start sanding rough oak with?,
           answer: "80"}
        - {id: b, kind: qa, question: What grit do you sand to before applying an oil
             finish?, answer: "240"}
        """,
    "two ordinals": """
        - {id: a, kind: limit, subject: End of the reign of Charles I, value: "1649"}
        - {id: b, kind: limit, subject: End of the reign of Charles II, value: "1685"}
        - {id: c, kind: qa, question: In a regnal name which part comes first?,
           answer: the name; the number comes second}
        """,
    "two things counted": """
        - {id: a, kind: qa, question: How many points win a game of squash?, answer: "11"}
        - {id: b, kind: qa, question: How many games must a player take to win a
             best-of-five squash match?, answer: "3"}
        """,
    "a count and one of its kind": """
        - {id: a, kind: qa, question: How many chapters does the club rulebook have in
             total?, answer: "12"}
        - {id: b, kind: qa, question: Which chapter of the rulebook sets out the safety
             duties of members?, answer: "4"}
        """,
    "a name added": """
        - {id: a, kind: qa, question: What is the default port of Redis?, answer: "6379"}
        - {id: b, kind: qa, question: What is the default port of Redis Cluster Bus?,
           answer: "16379"}
        """,
    "a thing added": """
        - {id: a, kind: qa, question: How many points does a touchdown score?, answer: "6"}
        - {id: b, kind: qa, question: How many points does a team get for a touchdown plus
             a successful extra-point kick?, answer: "7"}
        """,
    "any of its kind": """
        - {id: a, kind: qa, question: What is the probability of rolling double sixes with
             two dice?, answer: 1/36}
        - {id: b, kind: qa, question: What is the probability of rolling any double with two
             dice?, answer: 1/6}
        """,
    "one compound, two first parts": """
        - {id: a, kind: qa, question: Which tear grade shows partial-thickness loss with
             exposed fibres?, answer: "2"}
        - {id: b, kind: qa, question: Which tear grade shows full-thickness loss with
             exposed bone or tendon?, answer: "4"}
        """,
    "two bounds named": """
        - {id: a, kind: limit, subject: Default soft limit of open files (ulimit) for login
             shells, value: "1024"}
        - {id: b, kind: limit, subject: Default hard limit for open files (ulimit=),
           value: "4096"}
        """,
    "the numbers of two words": """
        - {id: a, kind: concept, term: dix-sept, definition: "17"}
        - {id: b, kind: concept, term: soixante-dix, definition: "70"}
        - {id: c, kind: concept, term: dix-huit, definition: "18"}
        - {id: d, kind: concept, term: quatre-vingt-dix, definition: "90"}
        """,
}


@pytest.mark.parametrize("case", TWO_THINGS_COUNTED)
def test_bare_numbers_of_two_things_are_no_conflict(tmp_path, case):
    """What tells two prompts answered with bare numbers apart as two things, or their
    numbers as one (the distinct pairs of the sets these rules keep unreported: "World
    War I" / "World War II", "How many points win a game?" / "How many games win a
    best-of-seven match?", "MySQL" / "MySQL Group Replication" ...)."""
    found = check_deck_padded(tmp_path, "Notes", TWO_THINGS_COUNTED[case])
    assert not any("possibly conflicting" in line for line in _similar(found)), found


def test_a_level_above_which_is_a_threshold(tmp_path):
    """ "Serum lithium level above which toxicity becomes likely" 1.5 mmol/L / "Lithium
    toxicity threshold" 3.5 mmol/L (set 33; sets 26 and 36 alike) were found by
    nothing: "above" read as a side the other prompt does not say. "Above which" and
    "below which" are how a threshold is written."""
    found = check_deck_padded(
        tmp_path,
        "Aquarium",
        """
        - {id: a, kind: limit, subject: Nitrate concentration above which tetras become
             stressed, value: 80 ppm}
        - {id: b, kind: limit, subject: Tetra nitrate stress threshold, value: 40 ppm}
        - {id: c, kind: limit, subject: Phosphate concentration below which algae stop
             growing, value: 0.05 ppm}
        - {id: d, kind: limit, subject: Algae phosphate growth cut-off, value: 0.5 ppm}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 2, found
    assert "possibly conflicting with b " in similar[0], found
    assert "possibly conflicting with d " in similar[1], found
