"""The fact checks on a hobbyist's electronics corpus (Ohm's law, parts, Arduino, the
multimeter), written by someone who had read only the README: the misses and false
alarms it showed, and the general rules drawn from them. Each test failed before its
fix."""

from __future__ import annotations

from conftest import check_deck


def test_a_frequency_named_by_its_speed_is_the_frequency(tmp_path):
    """ "Clock speed of the Arduino Uno" in MHz asks what "Clock of the Arduino Uno"
    does: "speed" and "frequency" only name a value in hertz, as "pressure" names one in
    pascals. Before, 16 MHz against 8 MHz was only "nearly the same subject"."""
    found = check_deck(
        tmp_path,
        "Arduino",
        """
        - {id: a, kind: limit, subject: Clock of the Arduino Uno, value: 16 MHz}
        - {id: b, kind: qa, question: What is the clock speed of the Arduino Uno?,
           answer: 8 MHz}
        - {id: c, kind: limit, subject: Raspberry Pi 4 CPU clock frequency, value: 1.5 GHz}
        - {id: d, kind: limit, subject: Raspberry Pi 4 CPU clock, value: 1500 MHz}
        """,
    )
    assert len(found) == 2, found
    uno, pi = found
    assert uno.startswith("error conflicting-fact: conflicts with b"), uno
    assert pi.startswith("error duplicate-fact: same fact as d"), pi


def test_a_tolerance_after_its_unit_is_the_range_it_states(tmp_path):
    """ "4.7 kΩ ± 5 %" is 4465 Ω to 4935 Ω, not 4.7 kΩ and a bare 5 %: read so, it held the
    "± 5 %" of a gold band's tolerance, and a question about a resistor's colour bands
    was "nearly the same fact" as one about the gold band. "5 V ± 0.25 V" is 4.75 V to
    5.25 V, not a range from 0.25 V to 5 V."""
    found = check_deck(
        tmp_path,
        "Components",
        """
        - {id: a, kind: qa, question: What value is a resistor banded yellow violet red gold?,
           answer: 4.7 kΩ ± 5 %}
        - {id: b, kind: limit, subject: Tolerance of a gold tolerance band, value: ± 5 %}
        - {id: c, kind: limit, subject: USB supply voltage, value: 5 V ± 0.25 V}
        - {id: d, kind: qa, question: What is the USB supply voltage?, answer: 4.75–5.25 V}
        - {id: e, kind: limit, subject: UK mains voltage, value: 230 V +10 % / -6 %}
        - {id: f, kind: limit, subject: EU mains voltage, value: 230 V ± 10 %}
        - {id: g, kind: qa, question: What is the EU mains voltage?, answer: 207–253 V}
        """,
    )
    assert len(found) == 2, found
    usb, mains = found
    assert usb.startswith("error duplicate-fact: same fact as d"), usb
    assert mains.startswith("error duplicate-fact: same fact as g"), mains


def test_a_tolerance_in_a_smaller_unit_or_in_ppm_is_read_in_the_value_s_unit(tmp_path):
    """ "5 V ± 200 mV" was 200 mV and 5 V (a range from one to the other), a wrong
    conflict with "4.8–5.2 V"; "16 MHz ± 50 ppm" held a bare 50. A tolerance closer than a
    conversion's rounding (1 %) leaves the value itself: "16 MHz ± 50 ppm" is "16 MHz"."""
    found = check_deck(
        tmp_path,
        "Parts",
        """
        - {id: a, kind: limit, subject: Reference output voltage, value: 5 V ± 200 mV}
        - {id: b, kind: qa, question: What is the reference output voltage?, answer: 4.8–5.2 V}
        - {id: c, kind: limit, subject: Crystal frequency, value: 16 MHz ± 50 ppm}
        - {id: d, kind: qa, question: What is the crystal frequency?, answer: 16 MHz}
        - {id: e, kind: limit, subject: Room temperature, value: 20 °C ± 2 K}
        """,
    )
    assert len(found) == 2, found
    reference, crystal = found
    assert reference.startswith("error duplicate-fact: same fact as b"), reference
    assert crystal.startswith("error duplicate-fact: same fact as d"), crystal
