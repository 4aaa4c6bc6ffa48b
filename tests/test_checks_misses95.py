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


def test_a_measure_asked_by_how_is_no_side(tmp_path):
    """ "How *high* was the biggest iceberg ever sighted?" asks the height that "Largest
    iceberg ever sighted (WMO record)" states, its answer's lead value 168 feet (51.2 m)
    before an aside of names: "high" after "how" names the measure asked, not a side of
    it ("high" / "low") that would make two things of one subject. Two tides of one pier
    stay two facts."""
    found = check_deck_padded(
        tmp_path,
        "Oceans",
        """
        - {id: a, kind: limit, subject: Largest iceberg ever sighted (WMO record), value: 51.2 m}
        - {id: b, kind: qa, question: How high was the biggest iceberg ever sighted?,
           answer: "168 feet (Baffin Bay, Greenland, 1958)"}
        - {id: c, kind: limit, subject: Highest spring tide at the pier, value: 4.1 m}
        - {id: d, kind: qa, question: How low does the lowest spring tide at the pier fall?,
           answer: "4.1 m (chart datum, 2019 survey)"}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, facts
    assert facts[0].startswith("warning similar-fact:") and " b " in facts[0], facts
