"""The fact checks on values and commands as engineers, radiographers and video editors
write them: a millihertz ("±20 mHz"), the hertz by its older name ("cycles per second"),
a dose in sieverts or grays ("20 µSv", "200 cGy"), a unit per a product of units
("J/(g·K)"), a task reworded around the option both commands change."""

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


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("0.02 mSv", "20 µSv", True),
        ("2.4 mSv", "2400 μSv", True),  # the Greek mu
        ("2 Gy", "200 cGy", True),
        ("2 Gy", "2 mGy", False),
        ("2 Gy", "2 Sv", False),
        ("20 mSv per year", "20 millisieverts per year", True),
        ("2 Gy", "200 centigrays", True),
    ],
)
def test_radiation_doses(a, b, same):
    assert same_value(parse(a), parse(b)) is same


def test_a_dose_in_other_prefixes_and_a_unit_per_two_units_are_no_conflict(tmp_path):
    cards = """
    - {id: xray, kind: qa, question: Effective dose of a dental X-ray?, answer: about 0.005 mSv}
    - {id: xray-micro, kind: qa, question: Effective dose of a dental X-ray?, answer: ~5 µSv}
    - {id: oil, kind: qa, question: Specific heat of olive oil?, answer: 1.97 J/(g·K)}
    - {id: oil-kg, kind: qa, question: Specific heat of olive oil?, answer: 1970 J/(kg·K)}
    - {id: wax, kind: qa, question: Specific heat of paraffin wax?, answer: 2.5 J/(g·K)}
    - {id: wax-wrong, kind: qa, question: Specific heat of paraffin wax?, answer: 1.5 J/(g·K)}
    """
    found = check(tmp_path, {"Lab notes": cards})
    assert len(found) == 3, found
    xray, oil, wax = found
    assert "error duplicate-fact" in xray and "xray-micro" in xray
    assert "warning similar-fact" in oil and "oil-kg" in oil
    assert "error conflicting-fact" in wax and "wax-wrong" in wax


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


def test_a_task_reworded_with_a_verb_both_commands_spell_may_conflict(tmp_path):
    """ "Scale ..." / "Resize ..." under one option written with two values: the verb one
    task says is the option's name in both commands ("scale=640:-2" / "scale=-2:640"), no
    slot of one template filled with another thing; "Blur" / "Sharpen" and "Crop" /
    "Resize", each the name of its own command's option, stay two tasks."""
    cards = """
    - id: scale
      kind: command
      task: Scale the intro clip to 640 pixels wide
      command: ffmpeg -i intro.mp4 -vf scale=640:-2 small.mp4
    - id: resize
      kind: command
      task: Resize the intro clip to 640 pixels wide
      command: ffmpeg -i intro.mp4 -vf scale=-2:640 small.mp4
    """
    apart = """
    - id: blur
      kind: command
      task: Blur photo.jpg with ImageMagick
      command: magick photo.jpg -blur 0x8 out.jpg
    - id: sharpen
      kind: command
      task: Sharpen photo.jpg with ImageMagick
      command: magick photo.jpg -sharpen 0x8 out.jpg
    - id: crop
      kind: command
      task: Crop photo.jpg to 100 pixels square with ImageMagick
      command: magick photo.jpg -crop 100x100 out.jpg
    - id: square
      kind: command
      task: Resize photo.jpg to 100 pixels square with ImageMagick
      command: magick photo.jpg -resize 100x100 out.jpg
    """
    found = check(tmp_path, {"Video editing": cards, "Photo editing": apart})
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "resize" in found[0]
    assert "possibly conflicting" in found[0]
