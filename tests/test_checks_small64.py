"""The fact checks on a newcomer's first deck (issue 18): 22 photography cards, where the
deck's own subject words ("aperture", "lens", "shutter") are used by five cards and more.
A word two prompts share counts as rare below ``SHARED_RARE_FLOOR`` items when one prompt
only adds a word to the other; a word swapped for another is two things. Each test
failed with its rule undone."""

from __future__ import annotations

from conftest import check_deck

PHOTOGRAPHY = """
    - id: aperture
      kind: concept
      term: Aperture
      definition: The opening in a lens that lets light through
    - id: lens-aperture
      kind: concept
      term: Lens aperture
      definition: The adjustable opening of the lens that admits light
    - id: wide
      kind: qa
      question: "Which f-number gives a wider aperture, f/2 or f/8?"
      answer: f/2
    - id: blades
      kind: qa
      question: What forms the aperture inside a lens?
      answer: Diaphragm blades
    - id: priority
      kind: qa
      question: Which mode lets you set the aperture and the camera the shutter speed?
      answer: Aperture priority (A or Av)
    - id: bokeh
      kind: concept
      term: Bokeh
      definition: The look of the out-of-focus areas of an image
    - id: shutter
      kind: concept
      term: Shutter speed
      definition: How long the sensor is exposed to light
    - id: iso
      kind: concept
      term: ISO
      definition: The sensitivity of the sensor to light
    - id: triangle
      kind: qa
      question: Which three settings make the exposure triangle?
      answer: "Aperture, shutter speed and ISO"
    - id: stop
      kind: qa
      question: How much light does one stop add?
      answer: Twice as much
    - id: sunny
      kind: qa
      question: What does the sunny 16 rule say?
      answer: In bright sun use f/16 and a shutter speed of 1/ISO
    - id: focal
      kind: concept
      term: Focal length
      definition: The distance from the lens to the sensor when focused at infinity
    - id: prime
      kind: concept
      term: Prime lens
      definition: A lens of one fixed focal length
    - id: zoom
      kind: concept
      term: Zoom lens
      definition: A lens whose focal length can be changed
    - id: crop
      kind: qa
      question: What is the crop factor of an APS-C sensor (Nikon)?
      answer: "1.5"
    - id: raw
      kind: qa
      question: Why shoot RAW rather than JPEG?
      answer: It keeps more data for editing
    - id: histogram
      kind: concept
      term: Histogram
      definition: A graph of the tones of an image from dark to light
    - id: wb
      kind: concept
      term: White balance
      definition: The setting that makes white look white under a given light
    - id: thirds
      kind: concept
      term: Rule of thirds
      definition: Placing the subject on the lines that divide the frame in three
    - id: ring
      kind: concept
      term: Aperture ring
      definition: The ring on the lens barrel that sets the f-number
    - id: controls
      kind: qa
      question: What does the aperture of a lens control?
      answer: How much light reaches the sensor
    - id: zoom-ring
      kind: concept
      term: Zoom ring
      definition: The ring on the lens barrel that changes the focal length
    - id: shutter-count
      kind: concept
      term: Shutter count
      definition: How many times the shutter of a camera has fired
    - id: shutter-lag
      kind: qa
      question: What is shutter lag?
      answer: The delay between pressing the shutter button and the shot
"""


def test_a_term_said_again_with_a_word_added_is_found(tmp_path):
    """ "Aperture" and "Lens aperture" name one thing; "aperture" is on 8 of 22 cards,
    which made it a common word of the corpus, and the pair shared no rare word: it was
    never compared."""
    found = check_deck(tmp_path, "Photography", PHOTOGRAPHY)
    assert any("'Aperture' here, 'Lens aperture' there" in line for line in found), found
    assert all(line.startswith("warning similar-fact") for line in found), found


def test_a_word_swapped_in_a_small_deck_is_two_things(tmp_path):
    """ "Shutter count" and "What is shutter lag?" share only "shutter" (on 6 cards), each
    with a word of its own ("count", "lag"): two things, not one reworded. Counting
    "shutter" rare for them warned them alike."""
    found = check_deck(tmp_path, "Photography", PHOTOGRAPHY)
    assert not any("shutter lag" in line for line in found), found
    assert len(found) == 1, found


ELECTRONICS = """
    - id: liq1
      kind: limit
      subject: Liquidus temperature of 60/40 tin-lead solder
      value: 190 °C
    - id: liq2
      kind: limit
      subject: 60/40 solder liquidus
      value: 250 °C
    - id: flux
      kind: qa
      question: What does flux do when you solder?
      answer: It removes oxides so the solder wets the joint
    - id: iron
      kind: limit
      subject: Typical soldering iron tip temperature for leaded solder
      value: 330 °C
    - id: leadfree
      kind: qa
      question: What is lead-free solder mostly made of?
      answer: Tin with silver and copper (SAC)
    - id: wick
      kind: concept
      term: Solder wick
      definition: Braided copper that soaks up molten solder
    - id: cold
      kind: concept
      term: Cold joint
      definition: A dull joint where the solder did not flow
    - id: ohm
      kind: qa
      question: What is Ohm's law?
      answer: V = I × R
    - id: led
      kind: limit
      subject: Forward voltage of a red LED
      value: 2 V
    - id: cap
      kind: concept
      term: Capacitor
      definition: A part that stores charge between two plates
    - id: diode
      kind: concept
      term: Diode
      definition: A part that lets current flow one way
    - id: usb
      kind: limit
      subject: USB 2.0 bus voltage
      value: 5 V
    - id: ground
      kind: concept
      term: Ground
      definition: The reference point of a circuit at zero volts
    - id: pull
      kind: concept
      term: Pull-up resistor
      definition: A resistor that holds an input high when nothing drives it
    - id: pwm
      kind: concept
      term: PWM
      definition: Switching a signal on and off fast to set an average power
    - id: mosfet
      kind: qa
      question: Which pin of a MOSFET controls it?
      answer: The gate
    - id: aa
      kind: limit
      subject: Voltage of a fresh alkaline AA cell
      value: 1.5 V
    - id: multimeter
      kind: qa
      question: How do you measure current with a multimeter?
      answer: In series with the load
    - id: fuse
      kind: concept
      term: Fuse
      definition: A wire that melts to break a circuit on overcurrent
    - id: tin
      kind: qa
      question: Why tin a soldering iron tip?
      answer: A thin coat of solder keeps it from oxidising
"""


def test_one_measure_asked_again_in_a_small_deck_is_compared(tmp_path):
    """ "Liquidus temperature of 60/40 tin-lead solder" 190 °C and "60/40 solder
    liquidus" 250 °C: one prompt adds words to the other, both answered in degrees.
    In a 20-card deck the values of two prompts were never compared (the corpus too
    small to tell a rare word); now a possible conflict, a warning."""
    found = check_deck(tmp_path, "Electronics", ELECTRONICS)
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with liq2"), found


def test_a_named_thing_added_to_a_measure_is_another_thing(tmp_path):
    """ "Flash sync speed" 1/250 s and "Canon EOS R6 flash sync speed" 1/200 s: the
    longer prompt adds a camera's name, one camera's figure, no conflict."""
    cards = """
    - {id: sync, kind: limit, subject: Flash sync speed, value: 1/250 s}
    - {id: sync-canon, kind: limit, subject: Canon EOS R6 flash sync speed, value: 1/200 s}
    """
    found = check_deck(tmp_path, "Photography", PHOTOGRAPHY + cards)
    assert not any("sync-canon" in line for line in found), found
    assert len(found) == 1, found  # "Aperture" / "Lens aperture" alone
