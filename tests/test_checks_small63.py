"""The fact checks on a newcomer's small corpus (issue 18): a first deck of 20 to 100
cards on one subject. The pair sets checked domain by domain (~70 cards a corpus) and in
pieces of 10 pairs (~20 cards), ``findings_by_small_corpus``, keep every error right."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fact_pairs import ROOT, findings_by_small_corpus, read_pairs, score

#: Sets checked domain by domain here (~70 cards a corpus), and in corpora of 10 pairs
#: (~20 cards): the labelled set and two held-out ones (~10 s of checking in all).
SMALL_SETS = ("fact_pairs.txt", "fact_pairs_unseen8.txt", "fact_pairs_unseen42.txt")


@pytest.mark.parametrize("pieces", [0, 10], ids=["by-domain", "10-pairs"])
@pytest.mark.parametrize("name", SMALL_SETS)
def test_no_wrong_error_in_small_corpora(tmp_path, name, pieces):
    pairs = read_pairs(ROOT / "tests" / "data" / name)
    found = score(pairs, findings_by_small_corpus(pairs, Path(tmp_path), pieces))
    assert found["errors"] >= 5  # the small corpora hold errors to find ...
    assert found["precision"] == 1.0, "\n".join(found["misses"])  # ... and none wrong
