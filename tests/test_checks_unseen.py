"""The checks on corpora written the way a new user writes them: pharmacology doses and
music theory, with units, ranges, contractions and mistakes the shipped corpora lack."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cheatdeck.checks.quantities import parse, same_value


def check(tmp_path: Path, topics: dict[str, str], settings: str = "") -> list[str]:
    """``check`` of a corpus with one topic per ``topics`` entry (deck -> cards YAML);
    the diagnostics as ``file:line: severity code: message``."""
    from cheatdeck import pipeline

    cards = tmp_path / "cards"
    cards.mkdir(parents=True)
    (cards / "corpus.yaml").write_text(f"name: t\ntitle: T\ndeck: Study\n{settings}", "utf-8")
    for number, (deck, body) in enumerate(topics.items()):
        body = textwrap.indent(textwrap.dedent(body).strip(), "  ")
        text = f"deck: {deck}\ntitle: {deck}\ncards:\n{body}\n"
        (cards / f"t{number}.yaml").write_text(text, encoding="utf-8")
    report = pipeline.check(cards).report
    return [
        f"{Path(d.file).name}:{d.line}: {d.severity} {d.code}: {d.message}" for d in report.sorted()
    ]


# ------------------------------------------------------------------ values and units


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("4 g", "4,000 mg"),
        ("0.5 mg", "500 µg"),  # the micro sign
        ("0.5 mg", "500 μg"),  # the Greek mu
        ("500 mcg", "500 micrograms"),
        ("300 milligrams", "300 mg"),
        ("5 mL", "0.005 l"),
        ("440 Hz", "440 hertz"),
        ("0.44 kHz", "440 Hz"),
        ("5–10 min", "5-10 minutes"),  # "min" after a number is minutes
        ("2 400 mg", "2,400 mg"),  # thousands set apart by a space
        ("2\u202f400 mg", "2400 mg"),  # ... or by a narrow no-break space
        ("1 000", "1,000"),
        ("80 443", "80, 443"),  # two numbers stay readable as two
    ],
)
def test_same_values_in_other_units(a, b):
    assert same_value(parse(a), parse(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("4 g", "3 g"),
        ("0.5 mg", "5 mg"),
        ("500 µg", "500 mg"),
        ("2 400 mg", "2 000 mg"),
        ("440 Hz", "442 Hz"),
        ("5 mL", "5 mg"),  # a volume is not a mass
        ("5 min", "5 s"),
    ],
)
def test_different_values_in_other_units(a, b):
    assert not same_value(parse(a), parse(b))


DOSES = """
- id: paracetamol-max
  kind: limit
  subject: Maximum daily dose of paracetamol (adults)
  value: 4
  unit: g
- id: paracetamol-max-mg
  kind: limit
  subject: Max daily paracetamol dose for adults
  value: "4,000"
  unit: mg
- id: adrenaline-im
  kind: limit
  subject: Adrenaline dose in anaphylaxis (adult IM)
  value: 0.5
  unit: mg
- id: adrenaline-im-ug
  kind: limit
  subject: Adult IM adrenaline dose for anaphylaxis
  value: 500
  unit: µg
- id: morphine-onset
  kind: limit
  subject: Onset of IV morphine
  value: 5–10
  unit: min
- id: morphine-onset-2
  kind: limit
  subject: IV morphine onset
  value: 5-10
  unit: minutes
"""


def test_one_dose_in_two_units_is_a_duplicate_not_a_conflict(tmp_path):
    found = check(tmp_path, {"Pharmacology": DOSES})
    assert len(found) == 3, found
    paracetamol, adrenaline, morphine = found
    assert "error duplicate-fact" in paracetamol and "'4 g' = '4,000 mg'" in paracetamol
    assert "error duplicate-fact" in adrenaline and "'0.5 mg' = '500 µg'" in adrenaline
    assert "error duplicate-fact" in morphine and "'5–10 min' = '5-10 minutes'" in morphine
    assert "conflicting" not in "".join(found)


def test_another_dose_in_other_units_still_conflicts(tmp_path):
    cards = DOSES.replace('value: "4,000"', 'value: "3,000"').replace("value: 500", "value: 50")
    found = [line for line in check(tmp_path, {"Pharmacology": cards}) if "error" in line]
    assert sum("conflicting-fact" in line for line in found) == 2, found
    assert any("'4 g' here, '3,000 mg' there" in line for line in found), found
    assert any("'0.5 mg' here, '50 µg' there" in line for line in found), found


# ------------------------------------------------------------------ words


def test_a_contraction_asks_the_same_question(tmp_path):
    cards = """
    - {id: g-minor, kind: qa, question: What is the relative minor of G major?, answer: E minor}
    - {id: g-minor-2, kind: qa, question: "What's the relative minor of G major?", answer: B minor}
    - {id: d-minor, kind: qa, question: What's the relative minor of F major?, answer: D minor}
    """
    found = check(tmp_path, {"Music": cards})
    assert len(found) == 1, found  # F major's is another question
    assert "error conflicting-fact" in found[0] and "'E minor' here, 'B minor' there" in found[0]
