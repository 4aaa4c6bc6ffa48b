# ruff: noqa: E501 - cards written one a line, as in a topic file
"""The fact checks on cards as lubrication engineers, polar historians and SPARQL users
write them: a viscosity in millipascal-seconds ("10 mPa·s" is "0.01 Pa·s", not ten
megapascals), a name with the years of the deed after a comma ("Robert Stevenson,
1807–10"), a last name beside a full name with a hyphen in it ("Charcot" / "Jean-Baptiste
Charcot"), a question asked the other way round (each card's answer said in the other's
question), a keyword answered where a command types it ("OPTIONAL"), and a temperature
in a prompt with its degree sign glued ("at 40°C") or spaced ("at 40 °C")."""

from __future__ import annotations

import pytest
from test_checks_unseen import check

from cheatdeck.checks.quantities import parse, same_value


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("10 mPa·s", "0.01 Pa·s", True),  # a millipascal: a small m, a capital P
        ("about 1.0 mPa s", "0.001 Pa s", True),
        ("10 mPa", "10 MPa", False),
        ("2 mpa", "2 MPa", True),  # in small letters still a megapascal
        ("20 µPa", "0.00002 Pa", True),  # the micro sign
        ("20 μPa", "20 µPa", True),  # the Greek mu
    ],
)
def test_pascals_with_a_small_prefix(a, b, same):
    assert same_value(parse(a), parse(b)) is same


def test_an_oil_viscosity_in_millipascal_seconds_is_no_conflict(tmp_path):
    cards = """
    - {id: oil, kind: qa, question: Dynamic viscosity of SAE 30 oil at 100 °C?, answer: about 10 mPa·s}
    - {id: oil-si, kind: limit, subject: "Dynamic viscosity of SAE 30 oil at 100 °C", value: 0.01 Pa·s}
    - {id: glycol, kind: qa, question: Dynamic viscosity of glycerol at 20 °C?, answer: 1.41 Pa·s}
    - {id: glycol-wrong, kind: qa, question: Dynamic viscosity of glycerol at 20 °C?, answer: 1.41 mPa·s}
    """
    found = check(tmp_path, {"Lubricants": cards})
    assert len(found) == 2, found
    oil, glycol = found
    assert "error conflicting-fact" not in oil and "oil-si" in oil
    assert "error conflicting-fact" in glycol and "glycol-wrong" in glycol


def test_a_name_dated_after_a_comma_or_written_in_full_is_one_answer(tmp_path):
    cards = """
    - {id: bell, kind: qa, question: Who built the Bell Rock Lighthouse?, answer: Robert Stevenson}
    - {id: bell-dated, kind: qa, question: "Bell Rock Lighthouse: builder?", answer: "Robert Stevenson, 1807–10"}
    - {id: ship, kind: qa, question: Who commanded the Pourquoi-Pas? in Antarctica?, answer: Charcot}
    - {id: ship-full, kind: qa, question: Who commanded the Pourquoi-Pas? in Antarctica?, answer: Jean-Baptiste Charcot}
    - {id: fram, kind: qa, question: Who built the Fram?, answer: "Colin Archer, 1892"}
    - {id: fram-wrong, kind: qa, question: Who built the Fram?, answer: "Colin Archer, 1902"}
    """
    found = check(tmp_path, {"Polar exploration": cards})
    assert len(found) == 3, found
    bell, ship, fram = found
    assert "similar-fact" in bell and "bell-dated" in bell and "possibly conflicting" not in bell
    assert "error duplicate-fact" in ship and "ship-full" in ship
    assert "error conflicting-fact" in fram and "fram-wrong" in fram


def test_a_question_asked_the_other_way_round(tmp_path):
    cards = """
    - {id: pole, kind: qa, question: Which explorer first reached the South Pole?, answer: Amundsen (1911)}
    - {id: pole-back, kind: qa, question: Amundsen first reached which pole in 1911?, answer: the South Pole}
    - {id: ship, kind: qa, question: Which ship did Shackleton lose in the pack ice?, answer: Endurance}
    - {id: ship-back, kind: qa, question: Whose ship Endurance was lost in the pack ice?, answer: Shackleton}
    """
    apart = """
    - {id: nansen, kind: qa, question: Which ship did Nansen sail into the ice?, answer: the Fram}
    - {id: scott, kind: qa, question: Which ship took Scott south in 1910?, answer: Terra Nova}
    - {id: earlier, kind: qa, question: Which ship sailed south before the Aurora?, answer: the Nimrod}
    - {id: later, kind: qa, question: Which ship sailed south after the Nimrod?, answer: the Aurora}
    """
    found = check(tmp_path, {"Polar exploration": cards, "Polar ships": apart})
    assert len(found) == 2, found
    pole, ship = found
    assert "warning similar-fact" in pole and "pole-back" in pole
    assert "warning similar-fact" in ship and "ship-back" in ship
    assert "possibly conflicting" not in pole + ship


def test_a_keyword_answered_and_a_command_that_types_it(tmp_path):
    """A question answered with a query language's keywords in capitals, and a command
    whose code says them: one fact asked two ways, a warning. Not when the two tasks say
    two sides ("after" / "before"), nor when the prompts share fewer than two words."""
    cards = """
    - {id: opt, kind: qa, question: How do you keep results that lack an email triple in SPARQL?, answer: OPTIONAL}
    - id: opt-cmd
      kind: command
      task: Keep results whose email triple is missing
      command: "SELECT ?p ?mail WHERE { ?p a foaf:Person . OPTIONAL { ?p foaf:mbox ?mail } }"
    """
    apart = """
    - {id: having, kind: qa, question: How do you filter solutions after grouping in SPARQL?, answer: HAVING}
    - id: having-cmd
      kind: command
      task: Filter solutions before grouping them
      command: "SELECT ?p (COUNT(?x) AS ?n) WHERE { ?p ?q ?x FILTER(?x > 2) } GROUP BY ?p HAVING (COUNT(?x) > 1)"
    - {id: order, kind: qa, question: How do you sort the results in SPARQL?, answer: ORDER BY}
    - id: order-cmd
      kind: command
      task: List every person's name
      command: "SELECT ?name WHERE { ?p foaf:name ?name } ORDER BY ?name"
    """
    found = check(tmp_path, {"SPARQL": cards, "SPARQL grouping": apart})
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "opt-cmd" in found[0]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Flash point at 20°C", "Flash point at 20 °C", True),
        ("Flash point at 20° C", "Flash point at 20 °C", True),
        ("Flash point at 68°F", "Flash point at 68 °F", True),
        ("Flash point at 20°C", "Flash point at 20 °F", False),
        ("Chanel N°5", "Chanel number 5", True),  # the number sign, not a degree
    ],
)
def test_a_degree_sign_glued_or_spaced_in_a_prompt_folds_alike(a, b, same):
    from cheatdeck.checks.normalize import degrees_spaced, fold

    assert (fold(degrees_spaced(a)) == fold(degrees_spaced(b))) is same


def test_a_temperature_glued_to_its_degree_sign_asks_the_same(tmp_path):
    cards = """
    - {id: visc, kind: qa, question: Kinematic viscosity of ISO VG 46 oil at 40 °C?, answer: 46 mm²/s}
    - {id: visc-glued, kind: qa, question: ISO VG 46 oil at 40°C - its kinematic viscosity?, answer: 68 mm²/s}
    - {id: hot, kind: qa, question: Kinematic viscosity of ISO VG 46 oil at 100°C?, answer: 6.8 mm²/s}
    """
    found = check(tmp_path, {"Lubricants": cards})
    assert len(found) == 1, found
    assert "error conflicting-fact" in found[0] and "visc-glued" in found[0]
