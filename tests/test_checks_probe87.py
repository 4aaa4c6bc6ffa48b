"""probe87: a nursing student's pharmacology corpus — how often a dose is given, and a
drug's British and American names."""

from __future__ import annotations

from conftest import check_deck


def test_an_interval_and_times_a_day_are_two_schedules(tmp_path):
    """ "500 mg q8h" (round the clock) and "500 mg TID" (while awake) give three doses a
    day at other hours: a possible conflict (a warning), never the same fact; "TID",
    "t.i.d." and "three times a day" are one schedule, and "q12h" / "TID" conflict."""
    found = check_deck(
        tmp_path,
        "Pharmacology",
        """
        - {id: a, kind: qa, question: Adult dose of amoxicillin?, answer: 500 mg PO q8h}
        - {id: b, kind: qa, question: Adult dose of amoxicillin?, answer: 500 mg PO TID}
        - {id: c, kind: qa, question: Dose of nitrofurantoin?,
           answer: 100 mg t.i.d. by mouth for 5 days}
        - {id: d, kind: qa, question: Dose of nitrofurantoin?,
           answer: 100 mg three times a day by mouth for 5 days}
        - {id: e, kind: qa, question: Cefuroxime for pneumonia?, answer: 500 mg every 12 hours}
        - {id: f, kind: qa, question: Cefuroxime for pneumonia?, answer: 500 mg TID}
        """,
    )
    assert len(found) == 3, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with b"), found
    assert found[1].startswith("error duplicate-fact: same fact as d"), found
    assert found[2].startswith("error conflicting-fact: conflicts with f"), found


def test_a_drugs_british_and_american_names_are_one_answer(tmp_path):
    """ "Adrenaline" / "Epinephrine" and "Salbutamol" / "Albuterol" name one drug: a
    duplicate, never a conflict; "Noradrenaline" / "Epinephrine" still conflict."""
    found = check_deck(
        tmp_path,
        "Pharmacology",
        """
        - {id: a, kind: qa, question: Drug of first choice in anaphylaxis?, answer: Adrenaline}
        - {id: b, kind: qa, question: Drug of first choice in anaphylaxis?, answer: Epinephrine}
        - {id: c, kind: qa, question: Bronchodilator for acute asthma?, answer: Salbutamol}
        - {id: d, kind: qa, question: Bronchodilator for acute asthma?, answer: Albuterol}
        - {id: e, kind: qa, question: Which catecholamine is made last?, answer: Noradrenaline}
        - {id: f, kind: qa, question: Which catecholamine is made last?, answer: Epinephrine}
        """,
    )
    assert len(found) == 3, found
    assert found[0].startswith("error duplicate-fact: same fact as b"), found
    assert "'Adrenaline' = 'Epinephrine'" in found[0], found
    assert found[1].startswith("error duplicate-fact: same fact as d"), found
    assert found[2].startswith("error conflicting-fact: conflicts with f"), found


def test_a_route_in_letters_and_spelt_out_is_one_dose(tmp_path):
    """ "125 mcg PO once daily" / "0.125 mg by mouth once daily" and "40 mg SC once
    daily" / "40 mg subcutaneously once daily" are one dose (a dose and how often is a
    value, whatever route it names); "500 mg IV TDS" / "500 mg PO TDS" and "10 mg IM
    every 4 hours" / "10 mg PO every 4 hours", two routes, are a possible conflict,
    never the same fact."""
    found = check_deck(
        tmp_path,
        "Pharmacology",
        """
        - {id: a, kind: qa, question: Maintenance dose of digoxin?, answer: 125 mcg PO once daily}
        - {id: b, kind: qa, question: Maintenance dose of digoxin?,
           answer: 0.125 mg by mouth once daily}
        - {id: c, kind: qa, question: Enoxaparin for prophylaxis?, answer: 40 mg SC once daily}
        - {id: d, kind: qa, question: Enoxaparin for prophylaxis?,
           answer: 40 mg subcutaneously once daily}
        - {id: e, kind: qa, question: Metronidazole in C. diff?, answer: 500 mg IV TDS}
        - {id: f, kind: qa, question: Metronidazole in C. diff?, answer: 500 mg PO TDS}
        - {id: g, kind: qa, question: Morphine for severe pain?, answer: 10 mg IM every 4 hours}
        - {id: h, kind: qa, question: Morphine for severe pain?, answer: 10 mg PO every 4 hours}
        """,
    )
    assert len(found) == 4, found
    assert found[0].startswith("error duplicate-fact: same fact as b"), found
    assert "'125 mcg PO once daily' = '0.125 mg by mouth once daily'" in found[0], found
    assert found[1].startswith("error duplicate-fact: same fact as d"), found
    assert found[2].startswith("warning similar-fact: possibly conflicting with f"), found
    assert found[3].startswith("warning similar-fact: possibly conflicting with h"), found


def test_once_a_day_is_every_24_hours(tmp_path):
    """A dose once a day has one schedule however it is written: "1 g IV once daily" /
    "1000 mg intravenously every 24 hours" are one fact (a q8h / TID pair is not)."""
    found = check_deck(
        tmp_path,
        "Pharmacology",
        """
        - {id: a, kind: qa, question: Ceftriaxone for meningitis?, answer: 2 g IV once daily}
        - {id: b, kind: qa, question: Ceftriaxone for meningitis?,
           answer: 2000 mg intravenously every 24 hours}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("error duplicate-fact: same fact as b"), found
