"""misses95: a limit against a question about it, and two limits naming one quantity
two ways (issue 18) — values written in two units, rounded."""

from __future__ import annotations

from conftest import check_deck_padded


def test_one_temperature_in_two_units_rounded_is_one_fact(tmp_path):
    """ "Temperature of ring 2" about 204 °C and "Ring 2 baking temperature" approx.
    400 °F state one value, converted and rounded (400 °F is 204.4 °C): one fact
    written twice, a warning. Two stages of one template stay two facts though their
    values round alike ("soft-ball stage" 113 °C / "firm-ball stage" about 235 °F)."""
    found = check_deck_padded(
        tmp_path,
        "Kitchen",
        """
        - {id: a, kind: limit, subject: Temperature of ring 2, value: about 204 °C}
        - {id: b, kind: limit, subject: Ring 2 baking temperature, value: approx. 400 °F}
        - {id: c, kind: limit, subject: Soft-ball stage of fudge, value: 113 °C}
        - {id: d, kind: limit, subject: Firm-ball stage of fudge, value: about 235 °F}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, facts
    assert facts[0].startswith("warning similar-fact:") and " b " in facts[0], facts
