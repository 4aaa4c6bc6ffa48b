"""The checks on values as a lab, a ward and a kitchen write them: a tolerance
("7.4 ± 0.05"), a unit with a power ("m/s²"), times of day, kitchen measures."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cheatdeck import pipeline


def check(
    tmp_path: Path,
    first: str,
    second: str,
    subject: str = "Arterial blood pH, normal",
    first_subject: str = "Normal arterial blood pH",
) -> list[str]:
    """``check`` of two limits of one subject (the second's ``subject`` its rewording):
    the diagnostics, severity and code first."""
    cards = tmp_path / "cards"
    cards.mkdir(parents=True)
    (cards / "corpus.yaml").write_text("name: lab\ntitle: Lab\ndeck: Lab\n", "utf-8")
    topic = f"""\
        deck: Ward
        title: Ward
        cards:
          - id: first
            kind: limit
            subject: {first_subject}
            value: "{first}"
          - id: second
            kind: limit
            subject: {subject}
            value: "{second}"
        """
    (cards / "ward.yaml").write_text(textwrap.dedent(topic), "utf-8")
    report = pipeline.check(cards).report
    return [f"{d.severity} {d.code}: {d.message}" for d in report.sorted()]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("7.35–7.45", "7.4 ± 0.05"),
        ("7.35-7.45 pH", "7.4 +/- 0.05 pH"),
        ("5690–5770 years", "5,730 ± 40 years"),
        ("-0.6 to -0.4 V", "−0.5 ± 0.1 V"),
    ],
)
def test_a_value_and_its_tolerance_is_the_range_it_states(tmp_path, first, second):
    found = check(tmp_path, first, second)
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


def test_a_value_inside_a_tolerance_is_a_possible_conflict_and_one_outside_a_conflict(tmp_path):
    inside = check(tmp_path / "inside", "7.4", "7.4 ± 0.05")
    assert len(inside) == 1 and inside[0].startswith("warning similar-fact"), inside
    outside = check(tmp_path / "outside", "7.6", "7.4 ± 0.05")
    assert len(outside) == 1 and outside[0].startswith("error conflicting-fact"), outside


def test_a_units_power_is_no_number_of_its_own(tmp_path):
    """ "m/s²" read as metres per second and the number 2: the whole 2 made "9.81 m/s²"
    and its rounding "9.80665 m/s²" an error instead of a possible conflict."""
    rounded = check(tmp_path / "rounded", "9.81 m/s²", "9.80665 m/s²")
    assert len(rounded) == 1 and rounded[0].startswith("warning similar-fact"), rounded
    assert "agree once rounded" in rounded[0], rounded
    twice = check(tmp_path / "twice", "6.022 × 10²³ mol⁻¹", "6.022e23 /mol")
    assert len(twice) == 1 and twice[0].startswith("error duplicate-fact"), twice
    other = check(tmp_path / "other", "9.81 m/s²", "9.9 m/s^2")
    assert len(other) == 1 and other[0].startswith("error conflicting-fact"), other


def test_a_time_of_day_with_a_leading_zero_is_the_same_time(tmp_path):
    """ "08:30" and "8:30" were "another short answer": a conflicting-fact error."""
    same = check(tmp_path / "same", "08:30", "8:30", "Normal arterial blood pH")
    assert len(same) == 1 and same[0].startswith("error duplicate-fact"), same
    other = check(tmp_path / "other", "08:30", "8:45", "Normal arterial blood pH")
    assert len(other) == 1 and other[0].startswith("error conflicting-fact"), other
    seconds = check(tmp_path / "seconds", "10:08:30", "10:8:30", "Normal arterial blood pH")
    assert not any("duplicate-fact" in line for line in seconds), seconds


@pytest.mark.parametrize(
    ("first", "second"), [("½ cup", "8 tbsp"), ("1 tbsp", "3 tsp"), ("1 tbsp", "15 mL")]
)
def test_kitchen_measures_convert(tmp_path, first, second):
    """ "½ cup" and "8 tbsp" were 0.5 and 8 of no unit: a conflicting-fact error."""
    found = check(tmp_path, first, second, "Normal arterial blood pH")
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


def test_a_metric_cup_is_a_rounding_of_a_us_cup_not_a_conflict(tmp_path):
    found = check(tmp_path, "1 cup", "250 mL", "Normal arterial blood pH")
    assert len(found) == 1 and found[0].startswith("warning similar-fact"), found


def qa_pair(tmp_path: Path, first: tuple[str, str], second: tuple[str, str]) -> list[str]:
    """``check`` of two questions (question, answer) in one deck."""
    cards = tmp_path / "cards"
    cards.mkdir(parents=True)
    (cards / "corpus.yaml").write_text("name: lab\ntitle: Lab\ndeck: Lab\n", "utf-8")
    rows = [
        f'  - {{id: q{n}, kind: qa, question: "{question}", answer: "{answer}"}}'
        for n, (question, answer) in enumerate((first, second))
    ]
    (cards / "k.yaml").write_text("deck: K\ntitle: K\ncards:\n" + "\n".join(rows) + "\n", "utf-8")
    report = pipeline.check(cards).report
    return [f"{d.severity} {d.code}: {d.message}" for d in report.sorted()]


def test_a_bare_number_is_in_the_unit_its_question_counts(tmp_path):
    """ "240" to "Millilitres in a US cup?" was "possibly conflicting" with "240 mL"."""
    found = qa_pair(
        tmp_path / "same",
        ("Millilitres in a US cup?", "240"),
        ("How many millilitres in a US cup?", "240 mL"),
    )
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found
    found = qa_pair(
        tmp_path / "other",
        ("Seconds in a day?", "86400"),
        ("How many seconds in a day?", "1440 min"),
    )
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("< 120 mmHg", "> 120 mmHg"),
        ("≤ 5 mg", "≥ 5 mg"),
        ("below 120 mmHg", "above 120 mmHg"),
        ("up to 5 mg", "over 5 mg"),
        ("at most 5 mg", "at least 5 mg"),
    ],
)
def test_bounds_from_two_sides_are_no_duplicate(tmp_path, first, second):
    """ "< 120 mmHg" and "> 120 mmHg" were "the same fact": their sides were left out."""
    found = check(tmp_path, first, second, "Normal arterial blood pH")
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found


@pytest.mark.parametrize(
    ("first", "second"), [("≤ 5 mg", "<= 5 mg"), ("no more than 5 mg", "at most 5 mg")]
)
def test_one_bound_written_two_ways_is_one_fact(tmp_path, first, second):
    found = check(tmp_path, first, second, "Normal arterial blood pH")
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


@pytest.mark.parametrize(
    ("first", "second"), [("1 g/mL", "1000 kg/m³"), ("2.7 g/cm³", "2700 kg/m^3")]
)
def test_a_density_per_cubic_metre_converts(tmp_path, first, second):
    """ "1000 kg/m³" was 1000 kg, the "/m³" left out: "possibly conflicting" with the
    "1 g/mL" it equals."""
    found = check(tmp_path, first, second, "Normal arterial blood pH")
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


def check_in_language(tmp_path: Path, language: str, first: str, second: str) -> list[str]:
    """``check`` of two limits of one subject in a corpus of ``language``."""
    cards = tmp_path / language
    cards.mkdir(parents=True)
    head = f"name: berge\ntitle: Berge\ndeck: Berge\nsettings:\n  language: {language}\n"
    (cards / "corpus.yaml").write_text(head, "utf-8")
    topic = f"""\
        deck: Alpen
        title: Alpen
        cards:
          - {{id: first, kind: limit, subject: Höhe der Zugspitze, value: "{first}"}}
          - {{id: second, kind: limit, subject: Höhe der Zugspitze, value: "{second}"}}
        """
    (cards / "alpen.yaml").write_text(textwrap.dedent(topic), "utf-8")
    report = pipeline.check(cards).report
    return [f"{d.severity} {d.code}: {d.message}" for d in report.sorted()]


@pytest.mark.parametrize(
    ("language", "first", "second", "code"),
    [
        ("de", "2.962 m", "2962 m", "duplicate-fact"),  # a dot groups thousands
        ("de", "2.962,0 m", "2962 m", "duplicate-fact"),
        ("de", "1,5 km", "1500 m", "duplicate-fact"),
        ("de", "2.962 m", "9718 ft", "duplicate-fact"),  # converted and rounded
        ("de", "2.962 m", "2.963 m", "conflicting-fact"),
        ("pt-BR", "2.962 m", "2962 m", "duplicate-fact"),
        ("en", "2.962 m", "2962 m", "conflicting-fact"),  # 2.962 m is not 2962 m
        ("de-CH", "2.962 m", "2962 m", "conflicting-fact"),  # Switzerland writes a point
    ],
)
def test_a_decimal_comma_language_reads_a_grouping_dot(tmp_path, language, first, second, code):
    """In a German corpus "2.962 m" is 2962 m: against "2962 m" it was a conflicting-fact
    error; the corpus's ``language`` says how its numbers are written."""
    found = check_in_language(tmp_path, language, first, second)
    assert len(found) == 1 and f"error {code}" in found[0], found


@pytest.mark.parametrize(
    ("language", "first", "second", "code"),
    [
        ("de", "25. Mai 2018", "25.05.2018", "duplicate-fact"),  # a day with its dot
        ("de", "am 1. März 2019", "2019-03-01", "duplicate-fact"),
        ("de", "am 1. März 2019", "am 1. Mai 2019", "conflicting-fact"),
        ("fr", "1er mai 2018", "2018-05-01", "duplicate-fact"),
        ("fr", "14 juillet 1789", "14/07/1789", "duplicate-fact"),
        ("es", "25 de mayo de 2018", "25/05/2018", "duplicate-fact"),
        ("it", "25 maggio 2018", "2018-05-25", "duplicate-fact"),
        ("nl", "25 mei 2018", "2018-05-25", "duplicate-fact"),
        ("de", "€20 Millionen", "20.000.000 €", "duplicate-fact"),  # a sign after it too
        ("de", "20 Mio. €", "€20 Millionen", "duplicate-fact"),
        ("de", "20 Mio. €", "10 Mio. €", "conflicting-fact"),
        ("de", "3 Mrd. €", "3.000.000.000 €", "duplicate-fact"),
        ("fr", "2 milliards €", "2 000 000 000 €", "duplicate-fact"),
        ("de", "1 Billion €", "1.000 Milliarden €", "duplicate-fact"),  # long scale: 10¹²
        ("en", "1 billion €", "1,000 million €", "duplicate-fact"),  # short scale: 10⁹
        ("de", "über 50 Mio. €", "mehr als 50 Millionen €", "duplicate-fact"),  # qualifiers
        ("fr", "au moins 5 kg", "5 kg minimum", "duplicate-fact"),
        ("de", "über 50 Mio. €", "unter 50 Mio. €", "conflicting-fact"),  # bounds apart
    ],
)
def test_dates_and_millions_in_other_languages(tmp_path, language, first, second, code):
    """ "25. Mai 2018" and "25.05.2018" (a German corpus) were a conflicting-fact error:
    a month was read only in English, and "Millionen" or a "€" after the amount not at
    all ("€20 Millionen" / "20.000.000 €" was a possible conflict)."""
    found = check_in_language(tmp_path, language, first, second)
    assert len(found) == 1 and f"error {code}" in found[0], found


@pytest.mark.parametrize(
    "second", ["60–110 umol/L", "60-110 micromol/L", "0.06–0.11 mmol/L", "60–110 μmol/l"]
)
def test_micromoles_written_with_u_or_in_millimoles_are_one_level(tmp_path, second):
    found = check(tmp_path, "60–110 µmol/L", second)
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


def test_micromoles_and_millimoles_of_one_number_conflict(tmp_path):
    found = check(tmp_path, "60–110 µmol/L", "60–110 mmol/L")
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found


@pytest.mark.parametrize(
    "subject",
    [
        "Serum K⁺ reference range",
        "Serum K+ reference range",
        "Serum potassium (K⁺) reference range",
        "Serum potassium reference interval",
    ],
)
def test_an_ions_symbol_and_charge_name_the_ion(tmp_path, subject):
    """A lab writes potassium "K⁺" or "K+", alone or after its name, and a "reference
    interval" where another says "reference range": two such potassium ranges that
    differ are a conflict, not two subjects."""
    found = check(
        tmp_path, "3.5–5.0 mmol/L", "3.5–5.5 mmol/L", subject, "Serum potassium reference range"
    )
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found


def test_an_ions_charge_keeps_other_ions_and_blood_groups_apart(tmp_path):
    """Only the ions a lab names by symbol are read: "Fe²⁺" and "Fe³⁺" stay two ions."""
    iron = check(tmp_path / "iron", "2 mmol/L", "3 mmol/L", "Serum Fe³⁺", "Serum Fe²⁺")
    assert iron == [], iron
    blood = check(tmp_path / "blood", "38 %", "7 %", "Share of O- donors", "Share of O+ donors")
    assert blood == [], blood


def test_two_analytes_with_most_words_shared_are_two_subjects(tmp_path):
    """ "Serum chloride reference interval" and "Total serum calcium reference interval"
    share three words and differ by one: they were read as one subject worded twice, a
    "possibly conflicting" warning between 98–106 and 2.2–2.6 mmol/L."""
    found = check(
        tmp_path,
        "98–106 mmol/L",
        "2.2–2.6 mmol/L",
        "Total serum calcium reference interval",
        "Serum chloride reference interval",
    )
    assert found == [], found


def test_a_micro_unit_typed_with_u_is_no_other_unit_that_may_round(tmp_path):
    """ "60–110 umol/L" against "60–100 µmol/L" was "agree once rounded", as if a whole
    number in another unit might hide a rounding: umol is µmol, and 110 is not 100."""
    found = check(tmp_path, "60–110 umol/L", "60–100 µmol/L")
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found


@pytest.mark.parametrize(
    ("first_subject", "subject"),
    [
        ("Creatinine (serum), adult male", "Serum creatinine, adult female"),
        ("Creatinine (serum) in men", "Serum creatinine in women"),
    ],
)
def test_a_male_and_a_female_value_are_two_subjects(tmp_path, first_subject, subject):
    found = check(tmp_path, "60–110 µmol/L", "45–90 µmol/L", subject, first_subject)
    assert found == [], found


def test_a_male_and_a_female_value_stay_apart_where_tables_say_male_and_female(tmp_path):
    """Where tables' rows say "Male" and "Female" cell after cell, the two words are
    common ones, which a reworded prompt may leave out: "Creatinine (serum), adult
    male" and "Serum creatinine, adult female" were then one subject, a warning."""
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: lab\ntitle: Lab\ndeck: Lab\n", "utf-8")
    rows = "\n".join(
        f"""\
          - id: table-{n}
            kind: table
            title: Analyte {n} by sex
            columns: [Reference interval]
            rows:
              Male: [{n}–{n + 5} g/L]
              Female: [{n}–{n + 4} g/L]"""
        for n in range(10, 16)
    )
    topic = f"""\
        deck: Renal
        title: Renal
        cards:
          - id: creatinine-male
            kind: limit
            subject: Creatinine (serum), adult male
            value: 60–110 µmol/L
          - id: creatinine-female
            kind: limit
            subject: Serum creatinine, adult female
            value: 45–90 µmol/L
{rows}
        """
    (cards / "renal.yaml").write_text(textwrap.dedent(topic), "utf-8")
    found = [f"{d.code}: {d.message}" for d in pipeline.check(cards).report.sorted()]
    assert found == [], found


@pytest.mark.parametrize(
    ("first", "second"),
    [("70–100 mg/dL", "3.9–5.6 mmol/L"), ("135–145 mEq/L", "135–145 mmol/L")],
)
def test_values_in_units_that_do_not_convert_say_so(tmp_path, first, second):
    """A glucose range in mg/dL and in mmol/L may be one fact in two unit systems: the
    warning said "fix one" as if it had found them to differ; it says why it cannot tell."""
    found = check(
        tmp_path, first, second, "Fasting plasma glucose, normal", "Normal fasting plasma glucose"
    )
    assert len(found) == 1 and found[0].startswith("warning similar-fact"), found
    assert "in units the checks do not convert into each other" in found[0], found
    assert "fix one" not in found[0], found


@pytest.mark.parametrize(
    "first_subject", ["Serum urea reference interval", "Serum glucose reference interval"]
)
def test_two_substances_a_lab_measures_are_two_subjects(tmp_path, first_subject):
    """ "K+ reference range (serum)" and "Serum urea reference interval" differ by one
    word each, in another order than a template's: they were one subject reworded."""
    found = check(
        tmp_path, "2.5–7.8 mmol/L", "3.5-5.5 mmol/l", "K+ reference range (serum)", first_subject
    )
    assert found == [], found


@pytest.mark.parametrize(
    "second",
    ["150,000–400,000 /µL", "150,000-400,000/uL", "150–400 × 10^9/L", "150000–400000/mm³"],
)
def test_a_count_per_litre_and_per_microlitre_is_one_value(tmp_path, second):
    """ "150–400 ×10⁹/L" against "150,000–400,000 /µL" (one platelet count in SI and US
    units) was a conflict: the volume was no unit, and "×10⁹" held for 400 only."""
    found = check(
        tmp_path, "150–400 ×10⁹/L", second, "Platelet count (adult)", "Platelet count, adult"
    )
    assert len(found) == 1 and found[0].startswith("error duplicate-fact"), found


def test_two_counts_per_litre_that_differ_conflict(tmp_path):
    found = check(
        tmp_path,
        "150–400 ×10⁹/L",
        "150,000–450,000 /µL",
        "Platelet count (adult)",
        "Platelet count, adult",
    )
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found
    assert "150,000–450,000 /µL" in found[0], found


@pytest.mark.parametrize("subject", ["Haemoglobin, adult male", "Hemoglobin, adult male"])
def test_hb_is_haemoglobin(tmp_path, subject):
    """ "Hb, adult male" 13–18 g/dL and "Haemoglobin, adult male" 130–170 g/L were two
    subjects: the lab's short form was a word of its own."""
    found = check(tmp_path, "13–18 g/dL", "130–170 g/L", subject, "Hb, adult male")
    assert len(found) == 1 and found[0].startswith("error conflicting-fact"), found
