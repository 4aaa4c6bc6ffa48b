"""The checks on corpora of domains not tried before: astronomy (distances in ly, pc,
AU), personal finance (currencies, rates) and history (eras, regnal numbers,
centuries), written the way a new user writes them."""

from __future__ import annotations

import pytest
from test_checks_unseen import check

from cheatdeck.checks.quantities import parse, rounded_alike, same_value

# ------------------------------------------------------------------ history: eras


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("AD 1215", "1215", True),  # a year with no era is a year of the common era
        ("1215 CE", "1215", True),
        ("A.D. 1215", "1215", True),
        ("44 BC", "44", False),
        ("44 BC", "AD 44", False),
    ],
)
def test_a_year_of_the_common_era_is_the_bare_year(a, b, same):
    assert same_value(parse(a), parse(b)) is same


def test_a_year_written_with_and_without_ad_is_one_fact(tmp_path):
    cards = """
    - {id: magna-carta, kind: limit, subject: Magna Carta sealed, value: AD 1215}
    - {id: magna-carta-2, kind: qa, question: When was Magna Carta sealed?, answer: "1215"}
    - {id: magna-carta-3, kind: limit, subject: Sealing of Magna Carta, value: "1225"}
    """
    found = check(tmp_path, {"History": cards})
    assert len(found) == 2, found
    conflict, duplicate = found
    assert "error conflicting-fact" in conflict and "magna-carta-3" in conflict, conflict
    assert "error duplicate-fact" in duplicate and "'AD 1215' = '1215'" in duplicate


# ------------------------------------------------------------------ astronomy: distances


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("about 4.24 light-years", "approx. 4.24 ly"),
        ("4.24 light years", "4.24 ly"),
        ("1 AU", "149,597,870.7 km"),
        ("1 kpc", "1,000 parsecs"),
        ("1.30 pc", "4.24 ly"),  # 4.2401 ly: alike to the written decimals
        ("299,792 km/s", "299 792 km/s"),
        ("1 mile", "1.609344 km"),
        ("2.5 cm", "25 mm"),
    ],
)
def test_distances_in_other_units(a, b):
    assert same_value(parse(a), parse(b)) or rounded_alike(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("8.6 ly", "8.6 pc"), ("1 AU", "1 ly"), ("5 km", "5 mi"), ("4.24 ly", "4.24 s")],
)
def test_other_distances(a, b):
    assert not same_value(parse(a), parse(b))
    assert not rounded_alike(a, b)


def test_a_distance_in_parsecs_is_one_in_light_years(tmp_path):
    """Read as plain numbers, 1.30 pc against 4.24 ly was a conflict and 8.6 ly against
    8.6 pc a duplicate."""
    cards = """
    - {id: proxima, kind: limit, subject: Distance to Proxima Centauri, value: 4.24 light-years}
    - {id: proxima-pc, kind: limit, subject: Distance to Proxima Centauri, value: 1.30 pc}
    - {id: sirius, kind: limit, subject: Distance to Sirius, value: 8.6 light-years}
    - {id: sirius-pc, kind: limit, subject: Distance to Sirius, value: 8.6 pc}
    """
    found = check(tmp_path, {"Astronomy": cards})
    assert len(found) == 2, found
    proxima, sirius = found
    # 1.30 pc is 4.24 ly to the written decimals, and 4.24 ly is 1.30 pc: one value
    assert "error duplicate-fact: same fact as proxima-pc" in proxima, proxima
    assert "error conflicting-fact" in sirius and "'8.6 light-years' here, '8.6 pc'" in sirius


# ------------------------------------------------------------------ reworded subjects


def test_a_regnal_number_keeps_two_rulers_apart(tmp_path):
    """The "I" of "Elizabeth I" is no pronoun: without it the subject was the other's
    minus a word, and the two reigns "possibly conflicting"."""
    cards = """
    - {id: eliz-1, kind: limit, subject: End of the reign of Elizabeth I, value: "1603"}
    - {id: eliz-2, kind: limit, subject: End of the reign of Elizabeth II, value: "2022"}
    - {id: ww1, kind: limit, subject: World War I, value: 1914–1918}
    - {id: ww2, kind: limit, subject: World War II, value: 1939–1945}
    - {id: can-i, kind: qa, question: Can I withdraw from a Roth IRA at 50?, answer: Yes}
    - {id: can-you, kind: qa, question: Can you withdraw from a Roth IRA at 50?, answer: No}
    """
    found = check(tmp_path, {"History": cards})
    assert len(found) == 1, found  # "Can I" and "Can you" ask one thing
    assert "similar-fact: possibly conflicting with can-you" in found[0], found


def test_a_place_added_to_a_subject_may_still_conflict(tmp_path):
    """A capitalised word added (a country, a body) narrows the same question; a
    lower-case word added ("submission") or a single letter asks another."""
    cards = """
    - {id: isa, kind: limit, subject: Annual ISA allowance (UK), value: "£20,000"}
    - {id: isa-2, kind: limit, subject: Annual ISA allowance, value: "£15,000"}
    - {id: sirius, kind: limit, subject: Distance to Sirius, value: 8.6 ly}
    - {id: sirius-2, kind: limit, subject: Distance of Sirius from Earth, value: 2.6 ly}
    - {id: roth, kind: limit, subject: Roth IRA contribution limit, value: "$7,000"}
    - {id: roth-2, kind: limit, subject: Roth IRA catch-up contribution limit, value: "$1,000"}
    - {id: sharps-g, kind: limit, subject: Number of sharps in G major, value: 1, unit: sharps}
    - {id: sharps-a, kind: limit, subject: Number of sharps in A major, value: 3, unit: sharps}
    """
    found = check(tmp_path, {"Almanac": cards})
    assert len(found) == 2, found
    isa, sirius = found
    assert "warning similar-fact: possibly conflicting with isa-2" in isa, isa
    assert "warning similar-fact: possibly conflicting with sirius-2" in sirius, sirius


def test_start_and_begin_ask_the_same(tmp_path):
    cards = """
    - {id: tax-year, kind: qa, question: When does the UK tax year start?, answer: 6 April}
    - {id: tax-year-2, kind: qa, question: When does the UK tax year begin?, answer: 1 April}
    - {id: war, kind: limit, subject: Start of the Thirty Years' War, value: "1618"}
    - {id: war-2, kind: limit, subject: Thirty Years War began, value: "1619"}
    """
    found = check(tmp_path, {"History": cards})
    assert len(found) == 2, found
    assert all("possibly conflicting" in line or "conflicting-fact" in line for line in found)
    assert "tax-year-2" in found[0] and "war-2" in found[1], found


def test_a_prompt_may_leave_out_its_deck(tmp_path):
    """In a Mars deck "Length of a sol" and "Length of a Mars sol" ask one thing."""
    cards = """
    - {id: sol, kind: limit, subject: Length of a Mars sol, value: 24 h 37 min}
    - {id: sol-2, kind: limit, subject: Length of a sol in hours, value: 25 hours}
    """
    found = check(tmp_path, {"Mars": cards})
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with sol-2" in found[0], found


def test_notify_and_notification_are_one_word(tmp_path):
    cards = """
    - id: breach
      kind: limit
      subject: Deadline to notify a personal data breach (GDPR)
      value: 72 hours
    - {id: breach-2, kind: limit, subject: GDPR data breach notification deadline, value: 48 h}
    """
    found = check(tmp_path, {"Law": cards})
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with breach-2" in found[0], found


def test_a_roman_numeral_is_its_ordinal(tmp_path):
    cards = """
    - {id: ww2, kind: limit, subject: World War II, value: 1939–1945}
    - {id: ww2-2, kind: limit, subject: Second World War, value: 1939–1946}
    - {id: ww1, kind: limit, subject: First World War, value: 1914–1918}
    - {id: ww1-2, kind: limit, subject: World War I, value: 1914 to 1918}
    - {id: henry8, kind: limit, subject: Accession of Henry VIII, value: "1509"}
    - {id: henry8-2, kind: limit, subject: Accession of Henry the Eighth, value: "1509"}
    - {id: henry7, kind: limit, subject: Accession of Henry VII, value: "1485"}
    """
    found = check(tmp_path, {"History": cards})
    assert len(found) == 3, found
    ww2, ww1, henry = found
    assert "error conflicting-fact: conflicts with ww2-2" in ww2, ww2
    assert "error duplicate-fact: same fact as ww1-2" in ww1, ww1
    assert "error duplicate-fact: same fact as henry8-2" in henry, henry


# ------------------------------------------------------------------ durations and ratios


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("about 8 minutes 20 seconds", "≈ 500 s", True),  # one duration in two units
        ("24 h 37 min", "24 hours 37 minutes", True),
        ("1 hour and 30 minutes", "90 min", True),
        ("1 h 30 min", "1 h", False),  # was "one a part of the other": the same value
        ("5–10 min", "5 to 10 minutes", True),  # a range stays a range
        ("3:2", "1.5:1", True),
        ("1:2", "1 : 2", True),
        ("1:2", "1:3", False),  # was read as "1" twice
        ("1:2", "2:1", False),
    ],
)
def test_durations_in_parts_and_ratios(a, b, same):
    assert same_value(parse(a), parse(b)) is same


def test_a_ratio_or_a_duration_that_differs_is_a_conflict_not_a_duplicate(tmp_path):
    cards = """
    - {id: rice, kind: limit, subject: Water to rice ratio, value: "1:2"}
    - {id: rice-2, kind: limit, subject: Water to rice ratio, value: "1:3"}
    - {id: rice-3, kind: limit, subject: Water to rice ratio, value: "2:4"}
    - {id: match, kind: limit, subject: Length of a football match, value: 1 h 30 min}
    - {id: match-2, kind: limit, subject: Length of a football match, value: 1 h}
    - {id: match-3, kind: limit, subject: Length of a football match, value: 90 minutes}
    """
    found = check(tmp_path, {"Cooking": cards})
    assert len(found) == 4, found
    rice, rice_same, match, match_same = found
    assert "error conflicting-fact: conflicts with rice-2" in rice, rice
    assert "error duplicate-fact" in rice_same and "'1:2' = '2:4'" in rice_same, rice_same
    assert "error conflicting-fact: conflicts with match-2" in match, match
    assert "error duplicate-fact" in match_same and "'1 h 30 min' = '90 minutes'" in match_same


def test_the_same_duration_in_parts_under_a_reworded_question(tmp_path):
    cards = """
    - id: sunlight
      kind: qa
      question: How long does sunlight take to reach Earth?
      answer: about 8 minutes 20 seconds
    - id: sunlight-2
      kind: qa
      question: How long does light from the Sun take to reach the Earth?
      answer: ≈ 500 s
    """
    found = check(tmp_path, {"Astronomy": cards})
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as sunlight-2" in found[0], found


def test_a_century_in_words_is_the_century_in_digits(tmp_path):
    cards = """
    - id: renaissance
      kind: qa
      question: In which century did the Italian Renaissance begin?
      answer: the 14th century
    - id: renaissance-2
      kind: qa
      question: When did the Italian Renaissance begin?
      answer: in the fourteenth century
    """
    found = check(tmp_path, {"History": cards})
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as renaissance-2" in found[0], found


def test_a_temperature_rounded_from_the_other_scale_under_a_reworded_subject(tmp_path):
    cards = """
    - {id: roast, kind: limit, subject: Oven temperature for roasting a chicken, value: 200 °C}
    - {id: roast-2, kind: limit, subject: Oven temperature to roast chicken, value: about 390 °F}
    """
    found = check(tmp_path, {"Cooking": cards})
    assert len(found) == 1, found
    # 200 °C is 392 °F, about 390 °F is 199 °C: each the other rounded to its tens
    assert "error duplicate-fact: same fact as roast-2" in found[0], found


# ------------------------------------------------------------------ when, and in what year


def test_when_and_in_what_year_ask_the_same_of_a_year(tmp_path):
    cards = """
    - {id: hastings, kind: qa, question: Year of the Battle of Hastings?, answer: "1066"}
    - {id: hastings-2, kind: qa, question: When was the Battle of Hastings fought?, answer: "1067"}
    - {id: theses, kind: qa, question: When did Luther post the Ninety-five Theses?, answer: "1517"}
    - {id: theses-2, kind: qa, question: In what year did Luther post 95 Theses?, answer: "1521"}
    - {id: accession, kind: limit, subject: Accession of Henry VIII, value: "1509"}
    - {id: death, kind: limit, subject: Date of death of Henry VIII, value: "1547"}
    - {id: euro, kind: qa, question: In what year did the euro enter circulation?, answer: "2002"}
    - {id: euro-2, kind: qa, question: When was the euro an accounting currency?, answer: "1999"}
    """
    found = check(tmp_path, {"History": cards})
    assert len(found) == 2, found  # another event is another question
    hastings, theses = found
    assert "warning similar-fact: possibly conflicting with hastings-2" in hastings, hastings
    assert "warning similar-fact: possibly conflicting with theses-2" in theses, theses


def test_a_word_both_answers_state_need_not_be_asked(tmp_path):
    """Both answers name the code ("§ 242 StGB"): a question that names it too asks
    nothing more than one that names the code in other words."""
    cards = """
    - id: theft
      kind: qa
      question: Which section of the German Criminal Code defines theft?
      answer: § 242 StGB
    - {id: theft-2, kind: qa, question: Which StGB section defines theft?, answer: § 244 StGB}
    - {id: fraud, kind: qa, question: Which section of the StGB defines fraud?, answer: § 263 StGB}
    """
    found = check(tmp_path, {"Law": cards})
    assert "warning similar-fact: possibly conflicting with theft-2" in found[0], found
    assert "'§ 242 StGB' here and '§ 244 StGB' there" in found[0], found
    assert all("theft" not in line.partition("fact: ")[2] for line in found[1:]), found


# ------------------------------------------------------------------ acronyms and units


def test_a_unit_in_brackets_is_no_acronym_of_the_heading(tmp_path):
    """ "Distance from Sun (AU)" holds a unit: its cells are no rewording of the term AU
    (they were "possibly conflicting" with it); "Astronomical unit (AU)" spells it."""
    cards = """
    - id: au
      kind: concept
      term: AU
      definition: The mean Earth–Sun distance, about 150 million km.
    - id: au-2
      kind: concept
      term: Astronomical unit (AU)
      definition: The average distance between Earth and the Sun, roughly 150 million kilometres.
    - id: planets
      kind: table
      title: Planets
      columns: [Distance from Sun (AU)]
      rows: {Mercury: ["0.39"], Venus: ["0.72"]}
    """
    found = check(tmp_path, {"Astronomy": cards})
    assert len(found) == 1, found
    # "km" and "kilometres" are one word: a rewording, not a possible conflict
    assert "warning similar-fact: nearly the same fact as au-2" in found[0], found
    assert "planets" not in found[0], found


# ------------------------------------------------------------------ currencies and citations


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("$7,000", "USD 7000", True),
        ("£20,000", "£20k", True),
        ("18k USD", "$18,000", True),
        ("7000 dollars", "$7,000", True),
        ("$1.5 million", "USD 1,500,000", True),
        ("USD 7000", "EUR 7000", False),  # were both the plain number 7000
        ("7000 USD", "7000 EUR", False),
        ("£250", "$250", False),
    ],
)
def test_currencies_are_units(a, b, same):
    assert same_value(parse(a), parse(b)) is same


@pytest.mark.parametrize("text", ["§ 242 StGB", "Art. 5(1)(b)", "s. 3(2)(a) of the Act"])
def test_a_citation_is_no_amount(text):
    assert parse(text) == frozenset()


@pytest.mark.parametrize("text", ["Art. 17a", "Section 230a", "article 33A GDPR"])
def test_a_provision_numbered_with_a_letter_is_no_amount(text):
    assert parse(text) == frozenset()


def test_a_provision_with_a_letter_is_another_provision(tmp_path):
    """ "§ 78a", "Art. 17a" and "Section 230a" name other provisions than "§ 78",
    "Art. 17" and "Section 230": the letter was read as a unit or a word "a", so the
    answers were one (a duplicate-fact error) and the subjects one (a conflict)."""
    cards = """
    - {id: sea, kind: limit, subject: Section of the Exchange Act in 15 U.S.C., value: § 78}
    - {id: sea-2, kind: limit, subject: Section of the Exchange Act in 15 U.S.C., value: § 78a}
    - {id: erase, kind: limit, subject: Article on erasure in the amended act, value: Art. 17}
    - {id: erase-2, kind: limit, subject: Article on erasure in the amended act, value: Art. 17a}
    - {id: cda, kind: qa, question: Which section shields platforms?, answer: Section 230}
    - {id: cda-2, kind: qa, question: Which section shields platforms?, answer: Section 230a}
    - {id: notice, kind: limit, subject: Notice period under § 622 BGB, value: 4, unit: weeks}
    - {id: notice-2, kind: limit, subject: Notice period under § 622a BGB, value: 6, unit: weeks}
    - {id: breach, kind: limit, subject: Deadline in Art. 33, value: 72, unit: hours}
    - {id: breach-2, kind: limit, subject: Deadline in Art. 33a, value: 48, unit: hours}
    """
    found = check(tmp_path, {"Law": cards})
    assert not any("duplicate-fact" in line for line in found), found
    assert not any("notice-2" in line or "breach-2" in line for line in found), found
    assert any("sea-2" in line for line in found), found  # still told apart, not silent


def test_a_section_sign_spaced_or_not_is_one_prompt(tmp_path):
    """ "§ 823 BGB" and "§823 BGB" name one section: the lone "§" was a symbol asked
    about, so the two prompts were two questions and neither the duplicate nor the
    conflict was found."""
    cards = """
    - {id: tort, kind: qa, question: What does § 823 BGB govern?, answer: Tort liability}
    - {id: tort-2, kind: qa, question: What does §823 BGB govern?, answer: Tort liability}
    - {id: tort-3, kind: qa, question: What does §823 BGB govern?, answer: Unjust enrichment}
    - {id: limit, kind: limit, subject: Limitation period under § 195 BGB, value: 3, unit: years}
    - {id: limit-2, kind: limit, subject: Limitation period under §195 BGB, value: 3, unit: years}
    - {id: sign, kind: qa, question: What does the § sign mark?, answer: A section}
    - {id: sign-2, kind: qa, question: What does the ¶ sign mark?, answer: A paragraph}
    """
    found = check(tmp_path, {"Law": cards})
    text = "\n".join(found)
    assert any("error duplicate-fact" in line and "tort-2" in line for line in found), text
    assert any("error conflicting-fact" in line and "tort-3" in line for line in found), text
    assert any("error duplicate-fact" in line and "limit-2" in line for line in found), text
    assert not any("sign-2" in line or line.startswith("t0.yaml:9:") for line in found), text


def test_numbers_of_two_words_the_checks_cannot_read_are_a_possible_conflict(tmp_path):
    """ "72 Stunden" and "3 Tage" (72 hours, 3 days: one deadline in German) were a
    conflicting-fact error: each word was read as a count's noun. Two words the checks
    do not know may be two units: a warning. One noun counted twice still conflicts,
    and so does a number with a multiplier the checks read ("3.1 billion")."""
    cards = """
    - {id: breach, kind: limit, subject: Meldefrist nach Art. 33 DSGVO, value: 72 Stunden}
    - {id: breach-2, kind: limit, subject: Meldefrist nach Art. 33 DSGVO, value: 3 Tage}
    - {id: senate, kind: limit, subject: Size of the US Senate, value: 100 senators}
    - {id: senate-2, kind: limit, subject: Size of the US Senate, value: 96 senators}
    - {id: genome, kind: limit, subject: Base pairs in the human genome, value: 3.1 billion}
    - {id: genome-2, kind: limit, subject: Base pairs in the human genome, value: 310 million}
    """
    found = check(tmp_path, {"Law": cards})
    assert len(found) == 3, found
    breach, senate, genome = found
    assert "warning similar-fact: possibly conflicting with breach-2" in breach, breach
    assert "error conflicting-fact: conflicts with senate-2" in senate, senate
    assert "error conflicting-fact: conflicts with genome-2" in genome, genome


def test_another_currency_code_or_paragraph_is_no_duplicate(tmp_path):
    """Read as amounts, each of these pairs was a duplicate-fact error."""
    cards = """
    - {id: purpose, kind: qa, question: GDPR article on purpose limitation?, answer: Art. 5(1)(b)}
    - {id: purpose-2, kind: qa, question: GDPR article on purpose limitation?, answer: Art. 5(1)(c)}
    - {id: theft, kind: qa, question: Which section of the StGB defines theft?, answer: § 242 StGB}
    - {id: theft-2, kind: qa, question: Which section of the StGB defines theft?, answer: § 242 BGB}
    - {id: roth, kind: limit, subject: Roth IRA contribution limit (2024), value: USD 7000}
    - {id: roth-2, kind: limit, subject: Roth IRA contribution limit (2024), value: EUR 7000}
    - {id: roth-3, kind: limit, subject: Roth IRA contribution limit (2024), value: "$7,000"}
    """
    found = check(tmp_path, {"Law": cards})
    assert len(found) == 4, found
    purpose, theft, roth, roth_same = found
    assert "warning similar-fact: possibly conflicting with purpose-2" in purpose, purpose
    assert "error conflicting-fact: conflicts with theft-2" in theft, theft
    assert "error conflicting-fact: conflicts with roth-2" in roth, roth
    assert "error duplicate-fact" in roth_same and "'USD 7000' = '$7,000'" in roth_same


def test_a_formula_written_with_other_operators_under_an_acronym(tmp_path):
    """ "−" and "÷" (or "-" and "/") between words are operators, "100 %" is "100%", and
    an acronym spelt out is a shared rare word: one fact asked twice."""
    cards = """
    - {id: roi, kind: qa, question: How is ROI calculated?, answer: (Gain − cost) ÷ cost × 100 %}
    - id: roi-2
      kind: qa
      question: What is the formula for return on investment?
      answer: (gain - cost) / cost × 100%
    - {id: roe, kind: qa, question: How is ROE calculated?, answer: Net income ÷ equity × 100 %}
    """
    found = check(tmp_path, {"Finance": cards})
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as roi-2" in found[0], found


def test_one_formula_with_a_minus_sign_or_a_hyphen_is_one_answer(tmp_path):
    """Was "possibly conflicting": the minus sign and the slash stayed words."""
    cards = """
    - {id: margin, kind: qa, question: Gross margin formula?, answer: (Revenue − COGS) ÷ revenue}
    - {id: margin-2, kind: qa, question: Gross margin formula?, answer: (revenue - COGS) / revenue}
    """
    found = check(tmp_path, {"Finance": cards})
    assert len(found) == 1, found
    assert "error duplicate-fact: same fact as margin-2" in found[0], found


# ------------------------------------------------------------------ newcomer mistakes


def test_a_row_written_without_brackets_gets_the_row_to_write(tmp_path):
    cards = """
    - id: tudors
      kind: table
      title: Tudor monarchs
      columns: [Reign began, Reign ended]
      rows:
        Henry VII: [1485, 1509]
        Henry VIII: 1509, 1547
    """
    found = check(tmp_path, {"History": cards})
    assert found[0] == (
        "t0.yaml:10: error wrong-type: row 'Henry VIII' must be a list with one cell per"
        " column: write Henry VIII: [1509, 1547]"
    ), found


def test_a_number_cut_by_a_comma_inside_braces_is_quoted_as_written(tmp_path):
    """The fix said "about 4, 130 miles": the pieces joined, not the text written."""
    cards = """
    - {id: nile, kind: qa, question: How long is the Nile?, answer: about 4,130 miles}
    """
    found = check(tmp_path, {"Geography": cards})
    assert found[0].endswith('quote the whole value, answer: "about 4,130 miles"'), found


# ------------------------------------------------------------------ one length in two units


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("8,849 m", "29,032 ft", True),  # 29,032 ft is 8,848.95 m: each rounded to its unit
        ("343 m/s", "1,235 km/h", True),
        ("6,650 km", "about 4,130 miles", True),  # a whole ten of miles
        ("6,650 km", "3,000 miles", False),
        ("2,000 kcal", "8,400 kJ", True),  # a whole thousand
        ("9 kcal", "37 kJ", True),
        ("2,000 kcal", "6,000 kJ", False),
        ("8,849 m", "8,611 m", False),  # one unit: whole numbers are exact
        ("5 TB", "6,000 GB", False),
    ],
)
def test_whole_numbers_in_two_units_may_be_roundings(a, b, alike):
    assert not same_value(parse(a), parse(b))
    assert rounded_alike(a, b) is alike


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("1.4 M☉", "1.4 solar masses", True),  # a capital M is no metre
        ("$1.5m", "USD 1,500,000", True),  # after a currency, m is million
        ("2 m", "200 cm", True),
        ("3 ft", "36 inches", True),
        ("3 ft", "36 in", True),  # "in" ending a value is inches
        ("3 ft", "36 in a yard", False),  # "in" before a word is a stop word
    ],
)
def test_metres_feet_and_millions(a, b, same):
    assert same_value(parse(a), parse(b)) is same


def test_a_height_in_metres_and_in_feet_is_no_conflict(tmp_path):
    """Was a conflicting-fact error: "m" and "ft" were read as plain numbers."""
    cards = """
    - {id: everest, kind: limit, subject: Height of Mount Everest, value: "8,849 m"}
    - {id: everest-ft, kind: limit, subject: Height of Mount Everest, value: "29,032 ft"}
    - {id: everest-old, kind: limit, subject: Height of Mount Everest, value: "8,848 m"}
    """
    found = check(tmp_path, {"Geography": cards})
    assert len(found) == 2, found
    conflict, rounded = found
    assert "error conflicting-fact: conflicts with everest-old" in conflict, conflict
    assert "error duplicate-fact: same fact as everest-ft" in rounded, rounded
