"""A chemistry student's corpus (probe76): formulas, ions, isotopes and concentrations as
the fact checks compare them.

An ion is not its element: "Na+" and "Na" answer one question two ways (a conflict), never
one fact told twice.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from cheatdeck import pipeline
from cheatdeck.checks.normalize import fold
from cheatdeck.writers import WRITER_NAMES


def diagnostics(tmp_path: Path, cards: str) -> list[str]:
    """``check`` of one topic, ``chem.yaml``, holding ``cards``: each line as printed,
    from its line number on."""
    folder = tmp_path / "chem"
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text("name: chem\ntitle: Chem\ndeck: Chem\n", "utf-8")
    body = textwrap.indent(textwrap.dedent(cards).strip(), "  ")
    (folder / "chem.yaml").write_text(f"deck: Ions\ntitle: Ions\ncards:\n{body}\n", "utf-8")
    report = pipeline.check(folder).report
    return [d.to_text().split("chem.yaml:", 1)[-1] for d in report.sorted()]


def test_an_ion_is_not_its_element(tmp_path):
    # "Na+" folds to "sodium" (as a lab report names the ion), and "sodium" is the
    # element whose symbol is "Na": the two were one fact told twice
    for ion in ("Na+", "Na⁺"):
        found = diagnostics(
            tmp_path / ion.encode().hex(),
            f"""
            - {{id: a, kind: qa, question: What does sodium become when it loses an electron?,
                answer: {ion}}}
            - {{id: b, kind: qa, question: What does sodium become when it loses an electron?,
                answer: Na}}
            """,
        )
        assert len(found) == 1, found
        assert "error conflicting-fact" in found[0], found
        assert f"'{ion}' here, 'Na' there" in found[0], found


def test_an_element_named_is_still_its_symbol(tmp_path):
    found = diagnostics(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which element has atomic number 11?, answer: Sodium}
        - {id: b, kind: qa, question: Which element has atomic number 11?, answer: Na}
        """,
    )
    assert len(found) == 1 and "error duplicate-fact" in found[0], found


def test_a_molar_concentration_is_moles_per_litre(tmp_path):
    # "0.1 M" was a bare number and "100 mM" 100 millimetres: "0.1 M" / "0.1 mol/L" was
    # a possible conflict, "100 mM" / "10 cm" one value
    found = diagnostics(
        tmp_path,
        """
        - {id: a, kind: qa, question: Concentration of the stock solution?, answer: 0.1 M}
        - {id: b, kind: qa, question: Concentration of the stock solution?, answer: 0.1 mol/L}
        - {id: c, kind: qa, question: Concentration of the stock solution?, answer: 100 mM}
        - {id: d, kind: qa, question: Concentration of the stock solution?, answer: 0.1 mol L⁻¹}
        - {id: e, kind: qa, question: Depth of the trench?, answer: 100 mM}
        - {id: f, kind: qa, question: Depth of the trench?, answer: 10 cm}
        """,
    )
    assert len(found) == 2, found
    assert "error duplicate-fact: same fact as b" in found[0], found
    assert "c at" in found[0] and "d at" in found[0], found
    # a length and a concentration: units the checks do not convert, never one value
    assert "warning similar-fact: possibly conflicting with f" in found[1], found
    assert "do not convert into each other" in found[1], found


def test_a_stronger_solution_conflicts(tmp_path):
    found = diagnostics(
        tmp_path,
        """
        - {id: a, kind: qa, question: Concentration of the stock solution?, answer: 0.1 M}
        - {id: b, kind: qa, question: Concentration of the stock solution?, answer: 1 mol/L}
        - {id: c, kind: qa, question: Mass of the star?, answer: 5 M☉}
        - {id: d, kind: qa, question: Mass of the star?, answer: 5 mol/L}
        """,
    )
    assert len(found) == 2, found
    assert "error conflicting-fact" in found[0] and "'0.1 M' here, '1 mol/L' there" in found[0]
    # a mass in suns is no concentration: not one value
    assert "warning similar-fact: possibly conflicting with d" in found[1], found
    assert "'5 M☉' here and '5 mol/L' there" in found[1], found


def test_an_isotope_by_its_raised_mass_number_is_its_name(tmp_path):
    # "¹⁴C" folded to "14 c", "C-14" and "carbon-14" to "c14": the half-life given twice
    # was not found, and the 5,370 of one a conflict with neither
    found = diagnostics(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Half-life of ¹⁴C, value: "5,730", unit: years}
        - {id: b, kind: limit, subject: Half-life of C-14, value: "5,730", unit: years}
        - {id: c, kind: limit, subject: Half-life of carbon-14, value: "5,370", unit: years}
        """,
    )
    assert len(found) == 2, found
    assert any("error duplicate-fact: same fact as b" in line for line in found), found
    assert any("error conflicting-fact: conflicts with c" in line for line in found), found


def test_a_raised_mass_number_below_4_stays_apart_from_a_molecule(tmp_path):
    # "²H" (deuterium) read as "H-2" would fold as "H₂", the molecule
    found = diagnostics(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which species does the cylinder hold?, answer: ²H}
        - {id: b, kind: qa, question: Which species does the cylinder hold?, answer: H₂}
        """,
    )
    assert len(found) == 1 and "error conflicting-fact" in found[0], found


def test_a_labelled_formula_keeps_its_mass_number_in_front():
    # only a symbol standing alone is an isotope: "¹⁴CO₂" is a formula, written as "14CO2"
    assert fold("¹⁴CO₂") == fold("14CO2")
    assert fold("¹⁴C") == fold("carbon-14") != fold("¹⁴CO₂")


def built(tmp_path: Path, cards: str, formats: list[str]) -> dict[str, str]:
    """The text of each output of ``formats`` built from one topic holding ``cards``."""
    folder = tmp_path / "chem"
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text("name: chem\ntitle: Chem\ndeck: Chem\n", "utf-8")
    body = textwrap.indent(textwrap.dedent(cards).strip(), "  ")
    (folder / "chem.yaml").write_text(f"deck: Gen\ntitle: Gen\ncards:\n{body}\n", "utf-8")
    outcome = pipeline.build(folder, tmp_path / "out", [WRITER_NAMES[f] for f in formats])
    assert not outcome.report.failed(), outcome.report.render()
    return {path.name: path.read_text("utf-8") for path in (tmp_path / "out").glob("chem.*")}


def test_a_deletion_raised_in_a_formula_keeps_its_braces(tmp_path):
    # "10^{{c2::23}}" shown on the card that asks c1 was "10^23", which MathJax and KaTeX
    # draw as 10²3; hidden or revealed after "^" it was "^\boxed{?}" and
    # "^\underline{…}", a superscript KaTeX (Logseq) refuses
    outputs = built(
        tmp_path,
        r"""
        - id: avogadro
          kind: cloze
          text: 'Avogadro: \(N_A = {{c1::6.022}} \times 10^{{c2::23}}\) per mole'
        """,
        ["md", "obsidian", "logseq"],
    )
    obsidian, logseq = outputs["chem.obsidian.md"], outputs["chem.logseq.md"]
    for made in (obsidian, logseq):
        assert r"\boxed{?} \times 10^{23}" in made, made
        assert r"6.022 \times 10^{\boxed{?}}" in made, made
        assert r"10^{\underline{\boldsymbol{23}}}" in made, made
        assert "10^23" not in made and r"10^\boxed" not in made, made
    assert r"10^{\underline{\boldsymbol{23}}}" in outputs["chem.md"]


def test_a_deletion_right_after_a_caret_is_named_with_its_braces(tmp_path):
    # Anki asks "10^{{c2::23}}" as "10^[...]" and shows it to c1's card as "10^23"
    found = diagnostics(
        tmp_path,
        r"""
        - id: avogadro
          kind: cloze
          text: 'Avogadro: \(N_A = {{c1::6.022}} \times 10^{{c2::23}}\) per mole'
        - id: water
          kind: cloze
          text: 'Water is \(H_{{c1::2}}O\), and `x^{{c2::2}}` is code.'
        """,
    )
    assert len(found) == 2, found
    assert found[0].startswith("6:11: warning bad-math: 'text' of 'avogadro': ")
    assert found[0].endswith(
        "only the '[' raised, and on the other cards shows '^23' with only its first "
        "character raised: write ^{ {{c2::23}} }"
    ), found
    # one character after "_" is lowered whole on the other cards: no more to say
    assert found[1].endswith("'_[...]', only the '[' lowered: write _{ {{c1::2}} }"), found


def test_a_deletion_in_braces_or_beside_a_script_is_left_alone(tmp_path):
    found = diagnostics(
        tmp_path,
        r"""
        - id: avogadro
          kind: cloze
          text: 'Avogadro: \(N_A = {{c1::6.022}} \times 10^{ {{c2::23}} }\) per mole'
        - id: euler
          kind: cloze
          text: '\(e^{i\pi} + {{c1::1}} = 0\), and x^{{c2::2}} outside a formula'
        """,
    )
    assert found == [], found


def test_a_reaction_arrow_is_read_as_typed_on_a_keyboard(tmp_path):
    # "⇌" and "→" folded away: an equilibrium and a one-way reaction were one fact,
    # and "⇌" / "<=>" or "→" / "->" only alike in their words
    found = diagnostics(
        tmp_path,
        """
        - {id: a, kind: qa, question: Equation of the Haber process?, answer: N2 + 3H2 ⇌ 2NH3}
        - {id: b, kind: qa, question: Equation of the Haber process?, answer: N2 + 3H2 <=> 2NH3}
        - {id: c, kind: qa, question: Equation of methane combustion?, answer: CH4 + 2O2 → CO2}
        - {id: d, kind: qa, question: Equation of methane combustion?, answer: CH4 + 2O2 -> CO2}
        - {id: e, kind: qa, question: Equation of rusting?, answer: 4Fe + 3O2 → 2Fe2O3}
        - {id: f, kind: qa, question: Equation of rusting?, answer: 4Fe + 3O2 ⇌ 2Fe2O3}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact: same fact as b" in found[0], found
    assert "error duplicate-fact: same fact as d" in found[1], found
    assert "warning similar-fact: possibly conflicting with f" in found[2], found


def test_an_arrow_in_prose_stays_out_of_the_words():
    # only an arrow between formulas is a reaction's: "hundo → hundoj" shows a word made
    assert fold("Add -j: hundo → hundoj") == fold("Add -j: hundo, hundoj")
    assert fold("CH4 + 2O2 → CO2") != fold("CH4 + 2O2, CO2")
