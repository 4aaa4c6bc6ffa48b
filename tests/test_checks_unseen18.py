"""The fact checks on pairs from the eighteenth held-out set
(tests/data/fact_pairs_unseen18.txt, written without reading the checks) and the general
rules drawn from it. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def test_a_converted_value_keeps_a_name_one_prompt_adds(tmp_path):
    """Set 18: "Arduino Uno operating voltage" 5 V and "Operating voltage of the Uno
    board" 5000 mV were found by nothing: equal values, but "Arduino", a name, was said
    by one prompt only, as siblings that share a value differ. One value written in two
    units is a conversion: a name only one prompt adds narrows the subject the other
    leaves to its context. Two prompts that each name their own subject stay apart."""
    found = check_deck(
        tmp_path,
        "Travel",
        """
        - {id: a, kind: limit, subject: Tesla Supercharger peak charging power, value: 250 kW}
        - {id: b, kind: limit, subject: Peak charging power of a Supercharger stall, value: 0.25 MW}
        - {id: c, kind: limit, subject: Ionity charger peak charging power, value: 350 kW}
        - {id: d, kind: limit, subject: Peak charging power of a Fastned charger, value: 350000 W}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: ") and " b " in found[0], found
