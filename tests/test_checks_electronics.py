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

