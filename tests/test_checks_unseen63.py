"""The fact checks on three shapes of writing the blind set 63
(tests/data/fact_pairs_unseen63.txt) showed them missing: a definition that gives its
term's other names after a bare "also" in brackets ("(also cirque or cwm)"), "ordinary"
for "normal" in a prompt, and a question of a term answered with a number its definition
gives ("When was the Code of Hammurabi written?" / "Code of Hammurabi": "... c. 1754 BC
..."). Each rule is written here in other domains than the sets' (ski jumping, postal
services, lighthouses)."""

from __future__ import annotations

from conftest import card_pair, check_facts_padded

INRUN = """
- {id: a, kind: concept, term: Inrun,
   definition: "the sloped track a jumper slides down to gain speed before the take-off
   table (also approach or in-run)"}
- {id: b, kind: qa, question: What is the approach in ski jumping?,
   answer: the track down which jumpers build speed before leaving the table}
"""


def test_other_names_given_after_a_bare_also_in_brackets(tmp_path):
    """A definition that ends "(also approach or in-run)" gives its term two other names:
    "What is the approach?" asks what the term "Inrun" is (a warning)."""
    found = check_facts_padded(tmp_path, INRUN)
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, found
    assert "similar-fact" in facts[0], facts


def test_ordinary_is_normal_in_a_prompt(tmp_path):
    """A prompt of an *ordinary* letter asks what one of a *normal* letter asks: two
    answers, a possible conflict (a warning)."""
    found = check_facts_padded(
        tmp_path,
        card_pair(
            "Delivery target for a normal first-class letter in the UK?",
            "UK delivery target for an ordinary first-class letter?",
            ("the next working day", "three working days"),
        ),
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, found
    assert "similar-fact" in facts[0] and "conflict" in facts[0], facts


BELL_ROCK = """
- {id: a, kind: concept, term: Bell Rock Lighthouse,
   definition: "the oldest surviving sea-washed lighthouse, off Arbroath, lit in 1811"}
- {id: b, kind: qa, question: When was the Bell Rock Lighthouse first lit?, answer: "%s"}
"""


def test_a_number_asked_of_a_term_that_its_definition_gives(tmp_path):
    """The question "When was the Bell Rock Lighthouse first lit?" "in 1811" asks what
    the term's definition tells ("... lit in 1811"): one fact (a warning); a year the
    definition does not give is left alone."""
    found = check_facts_padded(tmp_path, BELL_ROCK % "in 1811")
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, found
    assert "similar-fact" in facts[0] and "conflict" not in facts[0], facts
    found = check_facts_padded(tmp_path / "other", BELL_ROCK % "in 1843")
    assert not [line for line in found if "-fact:" in line], found


FLATPAK = """
- {id: a, kind: command, task: Remove an app and its data,
   command: flatpak uninstall --delete-data app}
- {id: b, kind: qa, question: How do you get rid of a program together with everything it
   stored?, answer: "%s"}
"""


def test_a_question_answered_with_the_command_typed_with_sudo(tmp_path):
    """A question that asks how to do a thing, answered with a command card's code
    typed with sudo and a placeholder in angle brackets ("sudo flatpak uninstall
    --delete-data <app>" / ``flatpak uninstall --delete-data app``), is one fact (a
    warning), though the prompts share no word; another command stays apart."""
    found = check_facts_padded(tmp_path, FLATPAK % "sudo flatpak uninstall --delete-data <app>")
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, found
    assert "similar-fact" in facts[0] and "conflict" not in facts[0], facts
    found = check_facts_padded(tmp_path / "other", FLATPAK % "sudo flatpak uninstall --unused")
    assert not [line for line in found if "-fact:" in line], found
