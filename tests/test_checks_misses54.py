"""The fact checks on misses of the held-out pair sets 30-39 (issue 18), grouped by
cause, and the general rules drawn from them. Each test failed with its rule undone."""

from __future__ import annotations

from conftest import check_facts


def _codes(found: list[str]) -> list[str]:
    return [line.split(":", 1)[0] for line in found]


def test_one_measure_answering_two_wordings_is_one_fact(tmp_path):
    """ "Maximum cabin altitude of a pressurised airliner" 8,000 ft and "How high may
    the cabin pressure go on a passenger jet?" "no more than 8000 feet" share one rare
    word and one measure with its unit: one fact asked twice (a warning)."""
    found = check_facts(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Usual cabin altitude ceiling of an airliner,
           value: "8,000 ft"}
        - {id: b, kind: qa, question: How high may the cabin pressure go on a passenger jet?,
           answer: no more than 8000 feet}
        - {id: c, kind: limit, subject: Typical cruise speed of a jet airliner, value: "900 km/h"}
        - {id: d, kind: limit, subject: Stall speed of a small trainer, value: "90 km/h"}
        - {id: e, kind: qa, question: Who built the first jet airliner?, answer: de Havilland}
        """,
    )
    assert _codes(found) == ["warning similar-fact"], found
    assert "nearly the same fact as b" in found[0], found


def test_a_measure_is_not_a_range_of_two_units(tmp_path):
    """ "more than 1 month" and "10 days to 1 month" share "1 month" but the second is a
    range whose ends are written in two units: two values, not one stated twice."""
    found = check_facts(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Minimum duration of rest for a tendon injury in horses,
           value: more than 1 month}
        - {id: b, kind: limit, subject: Duration of rest for a sore hoof,
           value: 10 days to 1 month}
        - {id: c, kind: limit, subject: Gestation of a mare, value: "11 months"}
        - {id: d, kind: limit, subject: Weaning age of a foal, value: "6 months"}
        - {id: e, kind: qa, question: Which bacterium causes strangles?,
           answer: Streptococcus equi}
        """,
    )
    assert found == [], found


def test_two_wordings_that_end_alike_are_no_template(tmp_path):
    """ "Usual time to reach a capsized kayaker in the harbour" / "Within how many
    minutes must rescuers get to a swimmer in the harbour?": the prompts share only
    their last word, around two long runs of words of their own; no template filled
    twice ("*Key* size" / "*Block* size"), so one measure answering both is one fact."""
    found = check_facts(
        tmp_path,
        """
        - {id: a, kind: limit, subject: usual time to reach a capsized kayaker in the harbour,
           value: "10 minutes"}
        - {id: b, kind: qa,
           question: within how many minutes must rescuers get to a swimmer in the harbour?,
           answer: within ten minutes}
        - {id: c, kind: limit, subject: Water temperature that risks cold shock, value: "15 °C"}
        - {id: d, kind: limit, subject: Length of a sea kayak, value: "5 m"}
        - {id: e, kind: qa, question: Who coordinates sea rescues in the UK?,
           answer: HM Coastguard}
        """,
    )
    assert _codes(found) == ["warning similar-fact"], found


def test_one_measure_for_two_fillings_of_a_template_is_no_fact_asked_twice(tmp_path):
    """ "Recommended rest after a *half marathon*" / "Recommended rest after a *hilly
    trail race*", both 10 days: one template whose short slot is filled twice, two
    facts that share a value."""
    found = check_facts(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Recommended rest after a half marathon,
           value: "10 days"}
        - {id: b, kind: limit, subject: Recommended rest after a hilly trail race,
           value: "10 days"}
        - {id: c, kind: limit, subject: Weekly mileage for a first marathon, value: "50 km"}
        - {id: d, kind: qa, question: Who won the first Olympic marathon?,
           answer: Spyridon Louis}
        - {id: e, kind: limit, subject: Length of a marathon, value: "42.195 km"}
        """,
    )
    assert found == [], found


def test_one_measure_for_two_named_subjects_is_no_fact_asked_twice(tmp_path):
    """ "Peak charging power of an Ionity charger" / "Top charging power at a Tesla
    Supercharger V4", both 350 kW: each prompt names a subject of its own, two facts that
    share a value."""
    found = check_facts(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Peak charging power of an Ionity charger,
           value: "350 kW"}
        - {id: b, kind: limit, subject: Top charging power at a Tesla Supercharger V4,
           value: "350 kW"}
        - {id: c, kind: limit, subject: Usable capacity of a small battery, value: "40 kWh"}
        - {id: d, kind: qa, question: Which plug do most European cars use?, answer: CCS2}
        - {id: e, kind: limit, subject: Voltage of a home wallbox, value: "230 V"}
        """,
    )
    assert found == [], found
