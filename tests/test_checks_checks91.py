"""The fact checks on values and commands as engineers and video editors write them:
a millihertz ("±20 mHz"), the hertz by its older name ("cycles per second")."""

from __future__ import annotations

import pytest
from test_checks_unseen import check

from cheatdeck.checks.quantities import parse, same_value


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("20 mHz", "0.02 Hz", True),  # a millihertz: a capital H, a small m
        ("±20 mHz", "±0.02 Hz", True),
        ("20 mHz", "20 MHz", False),
        ("2400 mhz", "2.4 GHz", True),  # in small letters still a megahertz
        ("50 cycles per second", "50 Hz", True),
        ("50 cycles/s", "50 hertz", True),
        ("50 cycles per second", "60 Hz", False),
    ],
)
def test_hertz_written_otherwise(a, b, same):
    assert same_value(parse(a), parse(b)) is same


def test_a_millihertz_band_is_no_conflict_and_an_old_unit_no_miss(tmp_path):
    cards = """
    - {id: band, kind: limit, subject: Tuning fork drift band, value: ±20 mHz}
    - {id: band-hz, kind: limit, subject: Tuning fork drift band, value: ±0.02 Hz}
    - {id: hum, kind: qa, question: Frequency of the studio's power hum?, answer: 50 Hz}
    - {id: hum-old, kind: qa, question: "Power hum: its frequency?", answer: fifty cycles a second}
    """
    found = check(tmp_path, {"Studio acoustics": cards})
    assert len(found) == 2, found
    band, hum = found
    assert "error duplicate-fact" in band and "band-hz" in band
    assert "error duplicate-fact" in hum and "hum-old" in hum
