"""One corpus text for the sheet tests of a wide table (sheet51's astronomy corpus): an
eight-column comparison of telescope types, whose cells are short phrases."""

#: A topic file's title and the table card, up to its Dobsonian row: a test adds rows or
#: cards after it, and the deck line before it.
TELESCOPE_TYPES = """\
title: Telescopes
cards:
  - id: types
    kind: table
    title: Telescope types compared
    row_header: Type
    columns: [Optics, Typical focal ratio, Cooldown, Collimation, Chromatic aberration,
      Portability, Price per inch of aperture, Best for]
    rows:
      Achromatic refractor: [Two-element lens, "f/5–f/15", "10–20 min", never,
        visible purple fringe, good, low, wide fields and the Moon]
      Apochromatic refractor: [Three-element ED lens, "f/5–f/7.5", "15–30 min", never,
        none, good, very high, imaging and planets]
      Newtonian reflector: [Parabolic primary and flat secondary, "f/4–f/8", "30–60 min",
        often, none, fair, very low, deep sky on a budget]
      Dobsonian: [Newtonian on an alt-az rocker box, "f/4–f/6", "30–60 min", often, none,
        poor above 10 in, lowest, faint galaxies and nebulae]
"""
