"""False alarms of the fact checks cut by general rules (the warnings on pairs
labelled distinct in the fact-pair sets): each test a deck of right, distinct cards in
words the sets do not use, and a guard that the rule leaves real findings alone."""

from __future__ import annotations

from test_fact_pairs import check


def test_terms_of_one_stem_with_other_prefixes_are_two_things(tmp_path):
    """Terms "Hypotonic solution" / "Hypertonic solution": one template, the swapped words
    share a long ending and start apart; two things of one kind, each defined in its own
    words (not "nearly the same fact")."""
    cards = """
    - id: hypo
      kind: concept
      term: Hypotonic solution
      definition: A solution with a lower solute concentration than the cell, so water flows in.
    - id: hyper
      kind: concept
      term: Hypertonic solution
      definition: A solution with a higher solute concentration than the cell, so water flows out.
    - id: mz
      kind: concept
      term: Monozygotic twins
      definition: Twins from one fertilised egg that split in two.
    - id: dz
      kind: concept
      term: Dizygotic twins
      definition: Twins from two eggs fertilised at the same time.
    - id: endo
      kind: concept
      term: Endocrine gland
      definition: A gland that releases its hormones straight into the blood.
    - id: exo
      kind: concept
      term: Exocrine gland
      definition: A gland that releases its secretions through a duct onto a surface.
    """
    assert check(tmp_path, {"Biology": cards}) == []


def test_one_definition_under_two_prefixed_terms_is_still_found(tmp_path):
    """The same definition under both terms says one thing twice: still a finding."""
    cards = """
    - id: hypo
      kind: concept
      term: Hypotonic solution
      definition: A solution with a lower solute concentration than the cell.
    - id: hyper
      kind: concept
      term: Hypertonic solution
      definition: A solution with a lower solute concentration than the cell.
    """
    found = check(tmp_path, {"Biology": cards})
    assert len(found) == 1 and "hyper" in found[0], found
