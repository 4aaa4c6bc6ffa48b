"""misses95: a limit against a question about it, and two limits naming one quantity
two ways (issue 18) — values written in two units, rounded."""

from __future__ import annotations

from conftest import check_deck_padded


def test_a_value_converted_joins_prompts_sharing_two_words_only(tmp_path):
    """A value converted and rounded (``_converted_and_rounded``: 232 °C is 449.6 °F)
    joins two prompts only when they share two rare words or more: "Melting point of
    tin" and "Temperature at which tin boils" share "tin" alone and ask two things."""
    found = check_deck_padded(
        tmp_path,
        "Metals",
        """
        - {id: a, kind: limit, subject: Melting point of tin, value: 232 °C}
        - {id: b, kind: limit, subject: Temperature at which tin boils, value: about 450 °F}
        """,
    )
    assert not [line for line in found if "-fact:" in line], found


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
