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
        ("3 min, 10 max", "3 to 10"),  # ... but a minimum beside a "max"
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


# ------------------------------------------------------------------ newcomer mistakes

CHORDS = """\
deck: Music::Chords
title: Chords
tags: [music]
cards:
  - id: maj7
    kind: concept
    term: Major seventh chord
    definition: A major triad plus a major 7th, e.g. C–E–G–B.
  - id: dim-triad
    kind: qa
    question: Which intervals make a diminished triad?
    answer: Two minor thirds stacked.
  - id: triads
    kind: table
    title: Triads
    row_header: Triad
    columns: [Third, Fifth]
    rows:
      Major: [major, perfect]
      Minor: [minor, perfect]
  - id: modes
    kind: list
    title: Modes
    items:
      - Ionian: major
      - Dorian: minor with a raised 6th
"""


def check_topic(tmp_path: Path, topic: str, corpus: str = "name: t\ntitle: T\ndeck: Study\n"):
    """``check`` of a corpus holding one topic file: the report's lines (text format)."""
    from cheatdeck import pipeline

    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text(corpus, encoding="utf-8")
    (cards / "chords.yaml").write_text(topic, encoding="utf-8")
    report = pipeline.check(cards).report
    return [f"{Path(d.file).name}:{d.line}:{d.col}: {d.code}: {d.message}" for d in report.sorted()]


def test_the_unmistaken_topic_is_clean(tmp_path):
    assert check_topic(tmp_path, CHORDS) == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (  # a comma inside an unquoted flow cell makes two cells
            "Minor: [minor, perfect]",
            "Minor: [minor, perfect, or diminished]",
            "chords.yaml:20:7: table-shape: row 'Minor' has 3 cells for 2 columns (Third, Fifth):"
            " remove 1 cell, or quote a cell that holds a comma",
        ),
        (
            "Minor: [minor, perfect]",
            "Minor: [minor]",
            "chords.yaml:20:7: table-shape: row 'Minor' has 1 cell for 2 columns (Third, Fifth):"
            " give it one cell per column",
        ),
        (  # the row labels' heading written as the first column: one line, what to write
            "    row_header: Triad\n    columns: [Third, Fifth]",
            "    columns: [Triad, Third, Fifth]",
            "chords.yaml:16:14: table-shape: every row has 2 cells for 3 columns: the first "
            "heading, 'Triad', names the row labels (the keys under 'rows'): write "
            "row_header: Triad and columns: [Third, Fifth]",
        ),
        (
            "columns: [Third, Fifth]",
            "columns: Third, Fifth",
            "chords.yaml:17:14: wrong-type: 'columns' must be a list: write"
            " columns: [Third, Fifth]",
        ),
        (
            "tags: [music]",
            "tags: music, chords",
            "chords.yaml:3:7: wrong-type: each of 'tags' must be one word: write tags: [music,"
            " chords]",
        ),
        (
            "tags: [music]",
            "tags: [music theory]",
            "chords.yaml:3:8: wrong-type: each of 'tags' must be one word, no spaces: write"
            " 'music-theory'",
        ),
        (  # the second term lost its '- '
            "      - Dorian: minor",
            "        Dorian: minor",
            "chords.yaml:25:9: wrong-type: an item is text or one 'term: explanation': start each"
            " item with '- ' (2 terms here under one '- ')",
        ),
        (  # an item written as fields
            "      - Dorian: minor with a raised 6th",
            "      - {term: Dorian, text: minor with a raised 6th}",
            "chords.yaml:26:9: wrong-type: an item is text or one 'term: explanation', not"
            " fields: write '- Dorian: minor with a raised 6th'",
        ),
        (
            "  - id: dim-triad\n",
            "  - dim-triad\n  - id: dim-triad\n",
            "chords.yaml:9:5: wrong-type: a card must be a mapping of keys to values: start it"
            " with '- id: …'",
        ),
        (
            "  - id: dim-triad\n    kind: qa",
            "  - kind: qa",
            "chords.yaml:9:5: missing-field: card has no 'id': add one such as"
            " 'id: intervals-make-diminished-triad'",
        ),
        (
            "  - id: dim-triad\n",
            "  - id:\n",
            "chords.yaml:9:8: bad-id: 'id' is empty: give the card an id such as"
            " 'intervals-make-diminished-triad'",
        ),
        (
            "    answer: Two minor thirds stacked.\n",
            "    answer: Two minor thirds stacked.\n    sheet: no\n",
            "chords.yaml:13:12: wrong-type: 'sheet' must be true or false, not 'no': write"
            " sheet: false",
        ),
    ],
    ids=[
        "comma-cell",
        "short-row",
        "label-heading-as-column",
        "columns-text",
        "tags-text",
        "tag-spaces",
        "item-dash",
        "item-fields",
        "card-text",
        "no-id",
        "empty-id",
        "sheet-no",
    ],
)
def test_each_mistake_is_one_line_that_says_what_to_write(tmp_path, old, new, expected):
    assert old in CHORDS
    found = check_topic(tmp_path, CHORDS.replace(old, new, 1))
    assert len(found) == 1 and found[0].startswith(expected), found


def test_a_comma_inside_braces_gets_the_value_quoted_once(tmp_path):
    topic = CHORDS + (
        "  - {id: d-major, kind: qa, question: Notes of a D major triad?, answer: D, F♯, A}\n"
    )
    found = check_topic(tmp_path, topic)
    assert found == [
        "chords.yaml:27:77: unknown-field: 'F♯' is not a field of a qa card: inside { } a ','"
        ' ends the value before it: quote the whole value, answer: "D, F♯, A"'
    ]


def test_cards_written_as_a_bare_list_say_where_cards_go(tmp_path):
    found = check_topic(tmp_path, "- id: maj7\n  kind: qa\n  question: q?\n  answer: a\n")
    assert found == [
        "chords.yaml:1:1: wrong-type: a topic file must be a mapping of keys to values: start "
        "it with 'deck:' and 'title:', and put the cards in a list under 'cards:'"
    ]


def test_a_corpus_name_with_capitals_gets_the_name_to_write(tmp_path):
    found = check_topic(tmp_path, CHORDS, "name: Music Theory\ntitle: T\ndeck: Study\n")
    assert len(found) == 1 and found[0].startswith("corpus.yaml:1:7: bad-id: name 'Music Theory'")
    assert found[0].endswith("write 'music-theory'"), found


def test_allow_naming_a_card_of_an_unreadable_file_says_so(tmp_path):
    broken = tmp_path / "cards" / "intervals.yaml"
    topic = CHORDS.replace("    term: Major", "    allow: [tritone]\n    term: Major")
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: Study\n", encoding="utf-8")
    (cards / "chords.yaml").write_text(topic, encoding="utf-8")
    broken.write_text(
        "deck: Music::Intervals\ntitle: Intervals\ncards:\n  - id: tritone\n    kind: cloze\n"
        "    text: Inverted, an interval adds up to {{c1::9}}: a 3rd becomes a 6th.\n",
        encoding="utf-8",
    )
    from cheatdeck import pipeline

    found = [f"{d.code}: {d.message}" for d in pipeline.check(cards).report.sorted()]
    assert found[0].startswith("unknown-allow: allow: names 'tritone', which no card read has;")
    assert "intervals.yaml could not be read and may hold it: fix its errors first" in found[0]
    assert found[1].startswith("yaml-syntax: ': ' inside a value starts a new key"), found


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("5 mg/kg", "5 mg per kg", True),
        ("0.5 mg/dL", "5 mg/L", True),
        ("5 mg/kg", "5 mg", False),  # a dose per kg is not a dose
        ("5 mg/kg", "5 mg/L", False),  # nor a level in the blood
    ],
)
def test_doses_per_kg_and_levels_per_litre_are_their_own_measures(a, b, same):
    assert same_value(parse(a), parse(b)) is same


def test_a_level_and_a_dose_of_one_drug_are_no_conflict(tmp_path):
    cards = """
    - id: genta-peak
      kind: limit
      subject: Target peak gentamicin level (once daily dosing)
      value: 5-10 mg/L
    - {id: genta-dose, kind: limit, subject: Gentamicin once-daily dose, value: 5 mg/kg}
    - {id: genta-dose-2, kind: limit, subject: Gentamicin dose (once daily), value: 7 mg/kg}
    """
    found = check(tmp_path, {"Pharmacology": cards})
    # the dose's words are all in the level's subject: only the values tell them apart
    assert len(found) == 1, found  # the two doses, not the level
    assert "t0.yaml:8: error conflicting-fact: conflicts with genta-dose-2" in found[0]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("44 BC", "44 BCE", True),
        ("44 B.C.", "44 BC", True),
        ("AD 476", "476 CE", True),
        ("A.D. 476", "476 AD", True),
        ("44 BC", "AD 44", False),  # the era is half the answer
        ("753 BC", "753 CE", False),
        ("Windows CE 6.0", "Windows CE 6.5", False),  # a version, not a year
    ],
)
def test_years_keep_their_era(a, b, same):
    assert same_value(parse(a), parse(b)) is same


def test_a_year_in_the_other_era_conflicts(tmp_path):
    cards = """
    - {id: caesar, kind: qa, question: In which year was Caesar assassinated?, answer: 44 BCE}
    - {id: caesar-2, kind: qa, question: What year was Caesar assassinated?, answer: AD 44}
    - {id: fall, kind: limit, subject: Fall of the Western Roman Empire, value: AD 476}
    - {id: fall-2, kind: limit, subject: Fall of the Western Roman Empire, value: 476 C.E.}
    """
    found = check(tmp_path, {"History": cards})
    assert len(found) == 2, found
    assert "error conflicting-fact" in found[0] and "'44 BCE' here, 'AD 44' there" in found[0]
    assert "error duplicate-fact" in found[1] and "'AD 476' = '476 C.E.'" in found[1]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("100 °C", "212 °F", True),
        ("37 °C", "98.6 °F", True),
        ("2–8 °C", "2 to 8°C", True),
        ("37 ℃", "37 °C", True),
        ("100 °C", "100 °F", False),  # two temperatures, not one
        ("-5 °C", "5 °C", False),
        ("2–8 °C", "2–10 °C", False),
    ],
)
def test_temperatures_are_compared_on_one_scale(a, b, same):
    assert same_value(parse(a), parse(b)) is same


def test_a_temperature_rounded_from_the_other_scale_is_no_conflict(tmp_path):
    cards = """
    - {id: insulin, kind: limit, subject: Storage temperature of unopened insulin, value: 2–8 °C}
    - {id: insulin-f, kind: limit, subject: Unopened insulin storage temperature, value: 36–46 °F}
    - {id: fever, kind: limit, subject: Fever threshold in adults, value: 38 °C}
    - {id: fever-f, kind: limit, subject: Adult fever threshold, value: 38 °F}
    - {id: oven, kind: limit, subject: Oven temperature for baguettes, value: 250 °C}
    - {id: oven-f, kind: limit, subject: Baguette oven temperature, value: 480 °F}
    """
    found = check(tmp_path, {"Pharmacology": cards})
    assert len(found) == 3, found
    # 250 °C is 482 °F, 480 °F is 249 °C, each rounded to the tens it is written in
    assert "error duplicate-fact" in found[2] and "'250 °C' = '480 °F'" in found[2]
    assert "error duplicate-fact" in found[0] and "'2–8 °C' = '36–46 °F'" in found[0]
    assert "error conflicting-fact" in found[1] and "'38 °C' here, '38 °F' there" in found[1]


def test_a_small_corpus_compares_prompts_whose_shared_words_are_all_common(tmp_path):
    """In a deck about keys, "sharps" and "major" are in most cards: no block pairs the
    two cards about E major, so a small corpus compares every pair."""
    keys = [("C", 0), ("G", 1), ("D", 2), ("A", 3), ("B", 5), ("F♯", 6), ("C♯", 7)]
    cards = "".join(
        f"- {{id: sharps-{n}, kind: limit, subject: Number of sharps in {key} major,"
        f" value: {n}, unit: sharps}}\n"
        for key, n in keys
    )
    cards += (
        "- {id: e-major, kind: limit, subject: Number of sharps in E major, value: 4,"
        " unit: sharps}\n"
        "- {id: e-major-2, kind: limit, subject: Sharps in the key signature of E major,"
        " value: 3, unit: sharps}\n"
    )
    found = check(tmp_path, {"Music": cards})
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with e-major-2" in found[0], found
    assert "'4 sharps' here and '3 sharps' there" in found[0]


@pytest.mark.parametrize(
    ("other", "sharps"),
    [("C♯", 7), ("C#", 7), ("C♭", 7)],
)
def test_an_accidental_names_another_key(tmp_path, other, sharps):
    cards = f"""
    - {{id: c, kind: limit, subject: Accidentals in C major, value: 0, unit: accidentals}}
    - {{id: other, kind: limit, subject: Accidentals in {other} major, value: {sharps},
        unit: accidentals}}
    """
    assert check(tmp_path, {"Music": cards}) == []


def test_sharp_and_flat_signs_read_as_people_type_them(tmp_path):
    cards = """
    - {id: bb, kind: qa, question: Relative minor of B♭ major?, answer: G minor}
    - {id: bb-2, kind: qa, question: Relative minor of Bb major?, answer: G minor}
    - {id: fs, kind: qa, question: Relative minor of F♯ major?, answer: D♯ minor}
    - {id: fs-2, kind: qa, question: Relative minor of F# major?, answer: "D# minor"}
    """
    found = check(tmp_path, {"Music": cards})
    assert len(found) == 2 and all("error duplicate-fact" in line for line in found), found


ANALGESICS = """
- {id: pcm-max, kind: limit, subject: Max daily paracetamol dose for adults, value: 4 g}
- {id: pcm-half-life, kind: limit, subject: Paracetamol half-life, value: 2 h}
- {id: pcm-overdose, kind: qa, question: What treats a paracetamol overdose?,
   answer: Acetylcysteine}
- {id: pcm-route, kind: qa, question: By which routes is paracetamol given?,
   answer: "Oral, rectal and IV"}
- {id: pcm-class, kind: qa, question: Is paracetamol an NSAID?, answer: "No"}
- {id: pcm-liver, kind: qa, question: Which organ does paracetamol overdose harm?,
   answer: The liver}
- {id: ibu-max, kind: limit, subject: Maximum daily dose of ibuprofen (prescription),
   value: 2.4 g}
- {id: mor-half-life, kind: limit, subject: Half-life of morphine, value: 3 h}
"""


def test_a_drug_the_corpus_names_often_is_still_a_subject(tmp_path):
    """ "paracetamol" is in six cards (common here), "ibuprofen" and "morphine" in one:
    the ibuprofen and morphine cards ask about another drug, not the same thing again."""
    assert check(tmp_path, {"Pharmacology": ANALGESICS}) == []


def test_a_reworded_question_about_one_drug_still_conflicts(tmp_path):
    cards = ANALGESICS + (
        "- {id: pcm-max-2, kind: qa, question: What is the maximum daily paracetamol dose"
        " in adults?, answer: 3 g}\n"
    )
    found = check(tmp_path, {"Pharmacology": cards})
    assert len(found) == 1 and "conflicting-fact" in found[0], found
    assert "'4 g' here, '3 g' there" in found[0]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "  - id: dim-triad",
            "    - id: dim-triad",
            "chords.yaml:9:5: yaml-syntax: '- ' at 4 spaces, but the list item above starts at"
            " 2 spaces: put this '-' under the one above (2 spaces)",
        ),
        (
            "  - id: dim-triad",
            "- id: dim-triad",
            "chords.yaml:9:1: yaml-syntax: '- ' at 0 spaces, but the list item above starts at"
            " 2 spaces: put this '-' under the one above (2 spaces)",
        ),
        (
            "  - id: dim-triad",
            " - id: dim-triad",
            "chords.yaml:9:2: yaml-syntax: '- ' at 1 space, but the list item above starts at"
            " 2 spaces: put this '-' under the one above (2 spaces)",
        ),
        (
            "  - id: dim-triad\n    kind: qa",
            " - id: dim-triad\n   kind: qa",
            "chords.yaml:9:2: yaml-syntax: '- ' at 1 space, but the list item above starts at"
            " 2 spaces: put this '-' under the one above (2 spaces)",
        ),
        (
            "  - id: dim-triad",
            "  -id: dim-triad",
            "chords.yaml:9:3: yaml-syntax: put a space after '-': - id: dim-triad",
        ),
        (
            "    answer: Two minor thirds stacked.",
            "    answer:Two minor thirds stacked.",
            "chords.yaml:12:5: yaml-syntax: 'answer:Two minor thirds stacked.' needs a space"
            " after ':' to be a key: write answer: Two minor thirds stacked.",
        ),
    ],
    ids=[
        "dash-deeper",
        "dash-at-start",
        "dash-short-by-one",
        "card-short-by-one",
        "dash-glued",
        "colon-glued",
    ],
)
def test_a_misplaced_dash_or_colon_says_where_it_goes(tmp_path, old, new, expected):
    assert old in CHORDS
    found = check_topic(tmp_path, CHORDS.replace(old, new, 1))
    assert len(found) == 1 and found[0].startswith(expected), found


def test_a_unit_written_in_the_value_and_again_in_unit_is_warned(tmp_path):
    topic = CHORDS + (
        "  - id: triad-notes\n    kind: limit\n    subject: Notes in a triad\n"
        "    value: 3 notes\n    unit: Notes\n"
        "  - id: seventh-notes\n    kind: limit\n    subject: Notes in a seventh chord\n"
        "    value: 4\n    unit: notes\n"
    )
    assert check_topic(tmp_path, topic) == [
        "chords.yaml:31:11: unit-twice: 'value: 3 notes' already ends with its unit, and"
        " 'unit: Notes' adds it again ('3 notes Notes'): drop one of them"
    ]


HALF_LIVES = """
- {id: pcm, kind: limit, subject: Paracetamol half-life, value: about 2 hours}
- {id: pcm-od, kind: qa, question: What treats a paracetamol overdose?, answer: Acetylcysteine}
- {id: mor, kind: limit, subject: Half-life of morphine, value: ~2–3 h}
- {id: mor-onset, kind: limit, subject: Onset of IV morphine, value: 5–10 min}
- {id: mor-class, kind: qa, question: Which class is morphine?, answer: Opioid}
- {id: gen-class, kind: qa, question: Which class is gentamicin?, answer: Aminoglycoside}
- {id: gen-peak, kind: limit, subject: Peak gentamicin level, value: 5–10 mg/L}
"""


def test_one_end_of_a_range_is_not_the_range(tmp_path):
    """ "Paracetamol half-life" (about 2 hours) and "Half-life of morphine" (2–3 h) are
    two facts: 2 h is one end of 2–3 h, not the same answer."""
    assert check(tmp_path, {"Pharmacology": HALF_LIVES}) == []


def test_one_drug_named_twice_with_one_value_is_still_one_fact(tmp_path):
    cards = HALF_LIVES + "- {id: mor-2, kind: limit, subject: Morphine half-life, value: 2-3 h}\n"
    found = check(tmp_path, {"Pharmacology": cards})
    assert len(found) == 1 and "error duplicate-fact" in found[0], found


def test_a_term_and_its_acronym_in_brackets_are_one_term(tmp_path):
    cards = """
    - {id: nsaid, kind: concept, term: NSAID, definition: Inhibits COX-1 and COX-2.}
    - id: nsaid-2
      kind: concept
      term: Non-steroidal anti-inflammatory drug (NSAID)
      definition: A drug that blocks the cyclo-oxygenase enzymes.
    - {id: ssri, kind: concept, term: SSRI, definition: Blocks serotonin reuptake.}
    """
    found = check(tmp_path, {"Pharmacology": cards})
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "t0.yaml:4:" in found[0] and "nsaid-2" in found[0]


def test_numbers_and_ordinals_in_words_ask_the_same(tmp_path):
    cards = """
    - id: amiodarone
      kind: limit
      subject: Amiodarone dose in cardiac arrest (after 3rd shock)
      value: 300 milligrams
    - id: amiodarone-2
      kind: limit
      subject: Amiodarone dose in cardiac arrest after the third shock
      value: 300 mg
    - {id: fifth, kind: qa, question: How many semitones in a fifth?, answer: "7"}
    - {id: fourth, kind: qa, question: How many semitones in a fourth?, answer: "5"}
    """
    found = check(tmp_path, {"Pharmacology": cards})
    assert len(found) == 1 and "error duplicate-fact" in found[0], found
    assert "'300 milligrams' = '300 mg'" in found[0]


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        (
            "fact_scope: decks",
            "corpus.yaml:5:15: wrong-type: 'fact_scope' must be one of: deck, topic, corpus:"
            " did you mean 'deck'?",
        ),
        (
            "language: en_GB",
            "corpus.yaml:5:13: wrong-type: 'language' must be a language tag such as en, de or"
            " pt-BR: write en-GB",
        ),
        (  # Japan's code, not Japanese's: the HTML said lang="jp"
            "language: jp",
            "corpus.yaml:5:13: wrong-type: 'language' is a language tag, and 'jp' is a"
            " country's code: write ja",
        ),
        (  # well formed, but no language's: the HTML said lang="xx-YY", without a word
            "language: xx-YY",
            "corpus.yaml:5:13: wrong-type: 'language' xx-YY: 'xx' is no language's code"
            " (ISO 639), so the sheet's <html lang> would name none: write the language's"
            " code, such as en, de or pt-BR",
        ),
        (
            "language: iw-IL",
            "corpus.yaml:5:13: wrong-type: 'language' iw-IL: 'iw' is a withdrawn code: write he-IL",
        ),
        (
            "language: German",
            "corpus.yaml:5:13: wrong-type: 'language' must be a language tag such as en, de or"
            " pt-BR: write de",
        ),
    ],
)
def test_a_setting_written_almost_right_gets_the_right_spelling(tmp_path, setting, expected):
    corpus = f"name: t\ntitle: T\ndeck: Study\nsettings:\n  {setting}\n"
    assert check_topic(tmp_path, CHORDS, corpus) == [expected]


def test_a_repeated_id_gets_a_free_one_to_write(tmp_path):
    topic = CHORDS.replace("  - id: triads\n", "  - id: maj7\n").replace(
        "  - id: modes\n", "  - id: maj7\n"
    )
    found = check_topic(tmp_path, topic)
    assert [line.split(": ")[0] for line in found] == ["chords.yaml:13:9", "chords.yaml:21:9"]
    assert found[0].endswith("give this card an id of its own, such as 'maj7-2'"), found
    assert found[1].endswith("give this card an id of its own, such as 'maj7-3'"), found


def test_one_range_in_units_that_do_not_convert_is_no_error(tmp_path):
    """mg/dL and mmol/L need a molar mass to convert: the pair may still be right."""
    cards = """
    - {id: glucose, kind: limit, subject: Normal fasting blood glucose, value: 70–100 mg/dL}
    - {id: glucose-2, kind: limit, subject: Fasting blood glucose (normal), value: 3.9–5.6 mmol/L}
    """
    found = check(tmp_path, {"Physiology": cards})
    assert len(found) == 1 and "warning similar-fact: possibly conflicting" in found[0], found


def test_a_misspelt_topic_key_is_one_error_not_two(tmp_path):
    topic = CHORDS.replace("deck: Music::Chords", "Deck: Music::Chords").replace("cards:", "card:")
    assert check_topic(tmp_path, topic) == [
        "chords.yaml:1:1: unknown-field: 'Deck' is not a topic key: did you mean 'deck'?",
        "chords.yaml:4:1: unknown-field: 'card' is not a topic key: did you mean 'cards'?",
    ]


def test_a_yaml_file_that_is_no_topic_is_one_line(tmp_path):
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: Study\n", encoding="utf-8")
    (cards / "chords.yaml").write_text(CHORDS, encoding="utf-8")
    (cards / "docker-compose.yml").write_text("version: '3'\nservices: {}\n", encoding="utf-8")
    from cheatdeck import pipeline

    found = [
        f"{d.line}:{d.col} {d.code}: {d.message}" for d in pipeline.check(cards).report.sorted()
    ]
    assert found == [
        "1:1 missing-field: not a topic file (its keys are version, services; a topic has"
        " deck, title and cards): move it out of the corpus folder, or write it as a topic"
    ]
