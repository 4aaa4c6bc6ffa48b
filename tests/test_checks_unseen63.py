"""The fact checks on shapes of writing the blind set 63
(tests/data/fact_pairs_unseen63.txt) showed them missing: a definition that gives its
term's other names after a bare "also" in brackets ("(also cirque or cwm)"). Each rule
is written here in other domains than the sets' (ski jumping)."""

from __future__ import annotations

from conftest import check_facts_padded

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
