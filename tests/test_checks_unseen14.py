"""The fact checks on pairs from the fourteenth held-out set
(tests/data/fact_pairs_unseen14.txt, written without reading the checks) and the general
rules drawn from it. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def test_a_percentage_written_with_the_word_percent_is_one_with_the_sign(tmp_path):
    """Set 14: "What tungsten colour marks 2% thoriated electrodes?" and "... 2 percent
    thoriated electrodes?", both red, were found by nothing: "2%" was one word, "2
    percent" two. A number's "percent", "per cent" or "pct" is its "%", and "10%" is the
    words "ten percent"; another share is still another question."""
    found = check_deck(
        tmp_path,
        "Welding",
        """
        - {id: a, kind: qa, question: What tungsten colour marks 2% thoriated electrodes?,
           answer: Red}
        - {id: b, kind: qa, question: What tungsten colour marks 2 percent thoriated electrodes?,
           answer: red}
        - {id: c, kind: limit, subject: Argon share of C25 shielding gas, value: 75 %}
        - {id: d, kind: limit, subject: Argon share of C25 shielding gas, value: 75 per cent}
        - {id: e, kind: qa, question: What tungsten colour marks 1.5 pct lanthanated electrodes?,
           answer: Gold}
        - {id: f, kind: qa, question: "By the 10% rule, how fast may weekly mileage grow?",
           answer: at most ten percent a week}
        - {id: g, kind: qa, question: "By the ten-percent rule, how fast may weekly mileage grow?",
           answer: at most 10% a week}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found
    assert "error duplicate-fact: same fact as g " in found[2], found
