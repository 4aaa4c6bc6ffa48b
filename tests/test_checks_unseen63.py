"""The fact checks on shapes of writing the blind set 63
(tests/data/fact_pairs_unseen63.txt) showed them missing: a definition that gives its
term's other names after a bare "also" in brackets ("(also cirque or cwm)"), and
"ordinary" for "normal" in a prompt. Each rule is written here in other domains than the
sets' (ski jumping, postal services)."""

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
