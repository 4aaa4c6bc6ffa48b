"""A first-year chemistry student's corpus met by a stranger (probe110): a product typed
with stars, which Markdown reads as italics. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def test_a_product_typed_with_stars_is_named(tmp_path):
    # "P*V = n*R*T" shows "PV = nR*T" with "V = n" in italics, "W/(m*K*s)" "W/(mKs)";
    # a lone star ("x*y", "k*[A]*[B]"), stars in backticks or around a word set apart
    # ("a *word*": emphasis meant) show as written or as meant
    found = check_deck(
        tmp_path,
        "Chemistry",
        """
        - {id: a, kind: qa, question: Ideal gas law?, answer: P*V = n*R*T}
        - {id: b, kind: limit, subject: A conductance per kelvin, value: "1", unit: W/(m*K*s)}
        - {id: c, kind: qa, question: Second-order rate law?, answer: "rate = k*[A]*[B]"}
        - {id: d, kind: qa, question: Star product?, answer: "x*y, or `n*R*T` in code"}
        - {id: e, kind: qa, question: Which word is stressed?, answer: "the *last* one"}
        """,
    )
    stars = [line for line in found if "glued-stars" in line]
    assert len(stars) == 2, found
    assert "the stars of 'P*V' outside backticks" in stars[0], stars
    assert "every output shows 'PV = nR*T'" in stars[0], stars
    assert "('P*V = n*R*T' as 'P·V = n·R·T')" in stars[0], stars
    assert "'W/(m*K*s)' as 'W/(m·K·s)'" in stars[1], stars


def test_an_acid_and_its_anion_are_two_substances(tmp_path):
    # Snowball stems "carbonic" and "carbonate" alike ("carbon"): the acid's formula
    # (H2CO3) and the anion's (CO3^2-) were "possibly conflicting"
    found = check_deck(
        tmp_path,
        "Chemistry",
        """
        - id: acids
          kind: table
          title: Common acids
          row_header: Acid
          columns: [Formula, pKa]
          rows:
            Carbonic: [H2CO3, "6.35"]
            Acetic: [CH3COOH, "4.76"]
        - {id: carbonate, kind: concept, term: Carbonate, definition: CO3^2-}
        - {id: acetate, kind: concept, term: Acetate, definition: CH3COO^-}
        """,
    )
    assert found == [], found
