"""The fact checks on misses of the forty-third held-out set
(tests/data/fact_pairs_unseen43.txt, written without reading the checks) and the general
rules drawn from them. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def errors_of(found: list[str]) -> list[str]:
    return [line for line in found if line.startswith("error")]


def test_a_superlative_of_a_measure_asks_its_bound(tmp_path):
    """Set 43: "What is the heaviest legal bowling ball?" 16 lb and "Maximum bowling ball
    weight" 18 pounds were found by nothing (set 9's "Heaviest legal golf ball" /
    "Maximum weight of a golf ball" too): "heaviest" of a weight is its maximum, and a
    "legal" one is the one allowed. "Youngest age" of an age is its minimum. The
    "fastest" boarding time is no maximum time: its speed stays a word."""
    found = check_deck(
        tmp_path,
        "Air travel",
        """
        - {id: a, kind: limit, subject: Heaviest legal carry-on bag, value: 8 kg}
        - {id: b, kind: limit, subject: Maximum carry-on bag weight, value: 10 kg}
        - {id: c, kind: qa, question: Youngest age to fly alone?, answer: 12 years}
        - {id: d, kind: limit, subject: Minimum age to fly alone, value: twelve years}
        - {id: e, kind: limit, subject: Fastest boarding time, value: 15 minutes}
        - {id: f, kind: limit, subject: Maximum boarding time, value: 45 minutes}
        """,
    )
    errors = errors_of(found)
    assert len(errors) == 2, found
    assert "error conflicting-fact: conflicts with b " in errors[0], found
    assert "error duplicate-fact: same fact as d " in errors[1], found


def test_a_version_number_is_not_a_name_made_from_another(tmp_path):
    """Set 11: "Which Helm major version removed Tiller?" Helm 3 and "Helm version that
    dropped Tiller" Helm 2 were found by nothing: the fold writes a number after a name
    as its Roman numeral ("helm iii" / "helm ii"), and a value that holds the other's
    letters read as a thing named after the other ("Redis" 6379 / "Redis Sentinel"
    26379). Two numerals are two numbers."""
    found = check_deck(
        tmp_path,
        "Operating systems",
        """
        - id: a
          kind: qa
          question: Which Windows major version removed the Start button?
          answer: Windows 8
        - id: b
          kind: qa
          question: Windows version that dropped the Start button
          answer: Windows 7
        """,
    )
    warnings = [line for line in found if "similar-fact" in line]
    assert len(warnings) == 1, found
    assert "possibly conflicting" in warnings[0] and "b " in warnings[0], found


def test_a_question_on_a_term_answered_as_its_definition_is_one_fact(tmp_path):
    """Set 20: "Xylem": "Tissue carrying water and minerals up from the roots" and "What
    does xylem transport?" "Water and dissolved minerals, from the roots to the leaves"
    were found by nothing (set 17's "VACUUM" / "What does the VACUUM command do in
    SQLite?" too): a question about the term whose answer says three of the
    definition's words, half of its own at least, describes the term again (a warning).
    A question that asks more of the term (which chisel chops it by hand), or a way to
    do a thing with it ("How do you sharpen a card scraper?"), is another card, though
    its answer says the definition again."""
    found = check_deck(
        tmp_path,
        "Woodworking",
        """
        - id: a
          kind: concept
          term: Dovetail joint
          definition: Interlocking tapered pins and tails that resist pulling apart
        - id: b
          kind: qa
          question: What is a dovetail joint made of?
          answer: Tapered tails and pins that interlock so the joint cannot pull apart
        - id: c
          kind: concept
          term: Mortise
          definition: A rectangular hole cut into a piece to receive a tenon
        - id: d
          kind: qa
          question: Which chisel chops a mortise by hand?
          answer: A mortise chisel, thick enough to cut the rectangular hole for a tenon
        - id: e
          kind: concept
          term: Card scraper
          definition: A thin steel plate whose burred edge shaves fine curls from hardwood
        - id: f
          kind: qa
          question: How do you sharpen a card scraper?
          answer: File the edge flat, then roll a burr on the steel so it shaves fine curls
        """,
    )
    warnings = [line for line in found if "similar-fact" in line]
    assert len(warnings) == 1, found
    assert "similar-fact: nearly the same fact as b " in warnings[0], found


def test_an_acronym_with_small_letters_is_spelt_by_its_capitals(tmp_path):
    """Set 43: "MoCA maximum score" 30 points and "What is the highest possible score on
    the Montreal Cognitive Assessment?" 30 were found by nothing: the acronym read as
    four letters, "MOCA", which no four words spell. An acronym that writes some of its
    letters small is spelt by the words of its capitals ("LoRa": "Long Range", "SysV":
    "System V")."""
    found = check_deck(
        tmp_path,
        "Embedded systems",
        """
        - {id: a, kind: limit, subject: LoRa maximum spreading factor, value: "12"}
        - id: b
          kind: qa
          question: What is the highest spreading factor of Long Range modulation?
          answer: twelve
        - {id: c, kind: limit, subject: SysV shared memory segment limit, value: 4096 segments}
        - id: d
          kind: qa
          question: What is the maximum number of shared memory segments on System V?
          answer: "4096"
        """,
    )
    warnings = [line for line in found if "similar-fact" in line]
    assert len(warnings) == 2, found
    assert "nearly the same fact as b " in warnings[0], found
    assert "nearly the same fact as d " in warnings[1], found


def test_a_number_with_its_thousands_spaced_is_one_number(tmp_path):
    """Set 10: "On a 1:25,000 map, what ground distance is 4 cm?" 1 km and "4 cm on a
    1:25 000 map" 10 km were found by nothing: the fold made "25,000" one number and
    "25 000" two. Thousands set apart by a space, as the SI writes them, are one number;
    a number before another of three digits glued to its unit stays two ("5 200m")."""
    found = check_deck(
        tmp_path,
        "Orienteering",
        """
        - id: a
          kind: qa
          question: "On a 1:15,000 map, what ground distance is 2 cm?"
          answer: 300 m
        - {id: b, kind: qa, question: "2 cm on a 1:15 000 map", answer: 3 km}
        """,
    )
    warnings = [line for line in found if "similar-fact" in line]
    assert len(warnings) == 1, found
    assert "possibly conflicting with b " in warnings[0], found
    from cheatdeck.checks.normalize import fold

    assert fold("5 200m heats") == "5 200 m heats"
