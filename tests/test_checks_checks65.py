"""The fact checks on misses of the forty-sixth held-out set
(tests/data/fact_pairs_unseen46.txt, written without reading the checks) and the general
rules drawn from them. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def errors_of(found: list[str]) -> list[str]:
    return [line for line in found if line.startswith("error")]


def fact_lines(found: list[str]) -> list[str]:
    return [line for line in found if "-fact:" in line]


def test_a_metastable_isotope_named_in_full_is_its_symbol(tmp_path):
    """Set 46: "What is the half-life of technetium-99m?" about 6 hours and "Tc-99m
    half-life" 66 hours were found by nothing: the fold reads "carbon-14" as "C-14" but
    left the "m" of a metastable isotope out of its reading."""
    found = check_deck(
        tmp_path,
        "Nuclear medicine",
        """
        - {id: a, kind: qa, question: What is the half-life of barium-137m?, answer: 2.6 minutes}
        - {id: b, kind: limit, subject: Ba-137m half-life, value: 30 years}
        - {id: c, kind: limit, subject: Half-life of krypton-81m, value: 13 seconds}
        - {id: d, kind: limit, subject: Half-life of Kr-81, value: 229000 years}
        """,
    )
    errors = errors_of(found)
    assert len(errors) == 1, found
    assert "error conflicting-fact: conflicts with b " in errors[0], found


def test_a_scale_written_with_thousands_is_one_ratio(tmp_path):
    """Set 46's map scales: "1:15,000" was read as the time 1:15 and a bare 000, so
    every scale written with a thousands comma was the number 0: "1:25,000" and
    "1:50,000" said one value. A scale is a ratio, its parts written with commas or
    without ("1:50,000" = "1:50000")."""
    found = check_deck(
        tmp_path,
        "Map reading",
        """
        - {id: a, kind: limit, subject: Scale of an Explorer map, value: "1:25,000"}
        - {id: b, kind: limit, subject: Explorer map scale, value: "1:50,000"}
        - {id: c, kind: limit, subject: Scale of a Landranger map, value: "1:50,000"}
        - {id: d, kind: limit, subject: Landranger map scale, value: "1:50000"}
        """,
    )
    errors = errors_of(found)
    assert len(errors) == 2, found
    assert "error conflicting-fact: conflicts with b " in errors[0], found
    assert "error duplicate-fact: same fact as d " in errors[1], found


def test_a_separator_attached_to_its_option_is_one_command(tmp_path):
    """Set 46: "awk -F: '{print $1}' /etc/passwd" and "awk -F ':' '{print $1}'
    /etc/passwd" were found by nothing: a value of one sign attached to a short option
    is the option's value spaced, as getopt reads it ("cut -d," is "cut -d ','"), and
    both commands may have a value to space."""
    found = check_deck(
        tmp_path,
        "Text tools",
        """
        - {id: a, kind: command, task: Print the second field of a CSV, command: "cut -d, -f2 f"}
        - {id: b, kind: command, task: Second column of a CSV file, command: "cut -d ',' -f2 f"}
        - {id: c, kind: command, task: Sort on field 3 of group, command: "sort -t: -k3 f"}
        - {id: d, kind: command, task: Sort on field 2 of group, command: "sort -t ':' -k2 f"}
        """,
    )
    facts = fact_lines(found)
    assert len(facts) == 1, found
    assert facts[0].startswith("warning similar-fact: ") and " b " in facts[0], found


def test_a_verb_written_as_two_words_asks_what_the_one_word_asks(tmp_path):
    """Sets 5, 31, 34, 40, 41: "Which pragma turns off run-time checks in Ada?" /
    "Which pragma disables ...?", "What does (car '(1 2 3)) return?" / "... evaluate
    to?", "Which part of the flower becomes the fruit?" / "... develops into the fruit?"
    and "Which function converts an int to a string?" / "... turns an int into a
    string?" were found by nothing: each phrase is its one verb."""
    found = check_deck(
        tmp_path,
        "Home automation",
        """
        - {id: a, kind: qa, question: Which setting turns off the motion sensor?, answer: away mode}
        - {id: b, kind: qa, question: Which setting disables the motion sensor?, answer: eco mode}
        - {id: c, kind: qa, question: What does the dimmer macro evaluate to?, answer: "40%"}
        - {id: d, kind: qa, question: What does the dimmer macro return?, answer: "60%"}
        - {id: e, kind: qa, question: What does a dusk cue develop into?, answer: night scene}
        - {id: f, kind: qa, question: What does a dusk cue become?, answer: sleep scene}
        - {id: g, kind: qa, question: Which bridge turns a Zigbee signal into Wi-Fi?, answer: Hue}
        - {id: h, kind: qa, question: Which bridge converts a Zigbee signal to Wi-Fi?, answer: Tado}
        """,
    )
    facts = fact_lines(found)
    assert len(facts) == 4, found
    for other in ("b", "d", "f", "h"):
        assert any(f" {other} " in line and "conflict" in line for line in facts), found


def test_letters_asked_in_a_context_are_the_term_its_definition_spells_out(tmp_path):
    """Set 46: "What does BAT stand for in reactivity training?" Behavior Adjustment
    Training and "BAT": "Behaviour Adjustment Training, Grisha Stewart's method for
    reactive dogs" were found by nothing: "What does X stand for in Y?" asks what "What
    does X stand for?" asks when the term's definition starts with the answer (the names
    it goes on to give are no context of its own), in British or American spelling (not
    a possible conflict: "Color" / "Colour")."""
    found = check_deck(
        tmp_path,
        "Strength training",
        """
        - id: a
          kind: qa
          question: What does AMRAP stand for in circuit training?
          answer: As many rounds as possible
        - id: b
          kind: concept
          term: AMRAP
          definition: As Many Rounds As Possible, Greg Glassman's CrossFit format
        """,
    )
    facts = fact_lines(found)
    assert len(facts) == 1 and "nearly the same fact as b " in facts[0], found
    found = check_deck(
        tmp_path / "print",
        "Print shop",
        """
        - id: c
          kind: qa
          question: What does ICC stand for in printing?
          answer: International Color Consortium
        - id: d
          kind: concept
          term: ICC
          definition: International Colour Consortium, publisher of colour profiles for print shops
        """,
    )
    facts = fact_lines(found)
    assert len(facts) == 1 and "nearly the same fact as d " in facts[0], found


def test_letters_spelt_out_with_a_number_are_no_value_against_a_name(tmp_path):
    """Set 29's "What does TOF stand for in neuromuscular monitoring?" Train-of-four /
    "TOF": "train of four: four supramaximal stimuli at 2 Hz", found before the rule
    above and lost with it: once the prompts match, a definition that starts with the
    expansion is the same fact, though it goes on to a value (2 Hz) and the expansion
    reads as a name ("Who painted Guernica?" / "How long is Guernica?" stay apart)."""
    found = check_deck(
        tmp_path,
        "Anesthesia",
        """
        - id: a
          kind: qa
          question: What does TOF stand for in neuromuscular monitoring?
          answer: Train-of-four
        - id: b
          kind: concept
          term: TOF
          definition: "train of four: four supramaximal stimuli at 2 Hz"
        """,
    )
    facts = fact_lines(found)
    assert len(facts) == 1 and "nearly the same fact as b " in facts[0], found
