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


def test_a_limit_in_round_feet_is_the_metric_one_converted(tmp_path):
    """Set 18: "Max depth for PADI Open Water divers" 18 m and "Open Water certification
    depth limit" 60 feet were found by nothing: 60 ft is 18.3 m, 1.6 per cent off, and a
    converted value had to be within one per cent. A metric limit written in round feet
    stays within two; kibibytes against kilobytes (2.3 per cent) stay two values."""
    found = check_deck(
        tmp_path,
        "Drones",
        """
        - {id: a, kind: limit, subject: Maximum flight height in the EU open category, value: 120 m}
        - {id: b, kind: limit, subject: Open category flight height limit, value: 400 ft}
        - {id: c, kind: limit, subject: Maximum page size of the flash chip, value: 4 KiB}
        - {id: d, kind: limit, subject: Flash chip page size limit, value: 4 KB}
        """,
    )
    assert len(found) == 2, found
    assert found[0].startswith("warning similar-fact: nearly the same fact as b "), found
    assert "possibly conflicting with d" in found[1] and "'4 KiB' here and '4 KB'" in found[1]


def test_temp_is_short_for_temperature(tmp_path):
    """Set 18: "Arduino Uno MCU temp range (min/max)" was written with "temp", which no
    prompt with "temperature" met. "Temp" is the short form people write on cards ("Max
    CPU temp"), folded as "max" is; a temp folder stays another thing."""
    found = check_deck(
        tmp_path,
        "Raspberry Pi",
        """
        - {id: a, kind: limit, subject: Max CPU temp of the Raspberry Pi 4, value: 85 °C}
        - {id: b, kind: limit, subject: Maximum CPU temperature of the Raspberry Pi 4, value: 80 °C}
        - {id: c, kind: command, task: Show the temp folder, command: echo $TMPDIR}
        - {id: d, kind: command, task: Show the CPU temperature, command: vcgencmd measure_temp}
        """,
    )
    assert len(found) == 1, found
    assert "possibly conflicting with b" in found[0] and "'85 °C' here and '80 °C'" in found[0]


def test_a_formula_is_how_a_thing_is_calculated(tmp_path):
    """Set 18: "Gross profit formula" and "How is gross profit calculated?" were found by
    nothing: "formula" and "calculated" were words the other prompt lacked. Both only ask
    how to work the thing out; two ratios stay two things."""
    found = check_deck(
        tmp_path,
        "Health",
        """
        - {id: a, kind: qa, question: BMI formula, answer: "weight in kg / (height in m)²"}
        - id: b
          kind: qa
          question: How is BMI calculated?
          answer: Body weight in kilograms divided by the square of the height in metres
        - id: c
          kind: qa
          question: How is the waist-to-hip ratio calculated?
          answer: Waist circumference divided by hip circumference
        - {id: d, kind: qa, question: Waist-to-height ratio formula, answer: Waist ÷ height}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: nearly the same fact as b "), found


def test_the_ohm_sign_after_a_number_is_the_ohm(tmp_path):
    """Set 18: "Total resistance of two 100 Ω resistors in parallel?" 50 Ω and "Two 100 ohm
    resistors in parallel give" 200 ohms were found by nothing: folded, "Ω" was an omega
    and "ohm" another word. After a number (and a prefix: "kΩ" is a kilohm) it is the
    unit, as milliamps are "mA"; an omega alone ("ω", angular velocity) stays a letter."""
    found = check_deck(
        tmp_path,
        "Electronics",
        """
        - {id: a, kind: qa, question: Voltage over a 470 Ω resistor carrying 10 mA?, answer: 4.7 V}
        - id: b
          kind: qa
          question: Voltage over a 470 ohm resistor carrying 10 milliamps?
          answer: 47 V
        - {id: c, kind: qa, question: What does ω stand for in rotation?, answer: Angular velocity}
        - {id: d, kind: qa, question: What does Ω stand for in Ohm's law?, answer: The ohm}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("error conflicting-fact: ") and "'4.7 V' here, '47 V'" in found[0]


def test_a_term_asked_for_with_its_short_form_in_brackets(tmp_path):
    """Set 18: "Accounts receivable" ("Money owed to a business by its customers ...")
    and "What do you call amounts customers owe a company?" (Accounts receivable (A/R))
    were found by nothing: the answer was the term and its short form in brackets, so
    not the term word for word. The gloss is left out; another term, glossed, is not
    the term."""
    found = check_deck(
        tmp_path,
        "Cardiology",
        """
        - id: a
          kind: concept
          term: Myocardial infarction
          definition: Death of heart muscle after a coronary artery is blocked
        - id: b
          kind: qa
          question: What do you call heart muscle death from a blocked coronary artery?
          answer: Myocardial infarction (MI)
        - id: d
          kind: qa
          question: What is inflammation of the heart's outer lining called?
          answer: Pericarditis (inflamed pericardium)
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: nearly the same fact as b "), found


def test_words_in_brackets_are_the_context_another_prompt_leaves_out(tmp_path):
    """Set 18: "What does EAN stand for?" (Enriched Air Nitrox) and "EAN (gas) meaning"
    (Extended Air Nitrogen) were found by nothing: "gas" was a word the other prompt
    lacked. Words in brackets give the context a deck's name gives; when the rest is
    the other prompt's words, the two ask one thing. A prompt that differs outside its
    brackets ("Zipped" / "Unzipped") stays another."""
    found = check_deck(
        tmp_path,
        "Motoring",
        """
        - {id: a, kind: qa, question: What does ABS stand for?, answer: Anti-lock braking system}
        - {id: b, kind: qa, question: ABS (cars) meaning, answer: Automatic brake stabiliser}
        - {id: c, kind: limit, subject: Zipped upload size (console), value: 10 MB}
        - {id: d, kind: limit, subject: Unzipped upload size, value: 250 MB}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with b "), found
