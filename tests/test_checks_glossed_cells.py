"""A limit that names a table's row with a gloss meets that row's values, not the cell
that says what the row label means (the gloss itself)."""

from __future__ import annotations

from conftest import check_facts_padded as check


def test_the_cell_a_gloss_repeats_is_no_value_of_the_subject(tmp_path):
    # a cyclist's tyre table: "twenty-five millimetre tyre" glosses "25c", it is no pressure
    found = check(
        tmp_path,
        """
        - {id: a, kind: table, title: Tyre pressures (road), row_header: Width,
           columns: [Meaning, PSI],
           rows: {25c: [twenty-five millimetre tyre, "90"],
                  28c: [twenty-eight millimetre tyre, "80"]}}
        - {id: b, kind: limit, subject: Road pressure of a 25c (twenty-five millimetre tyre),
           value: 100 PSI}
        """,
    )
    assert len(found) == 1, found
    assert "error conflicting-fact" in found[0] and "'90' here, '100 PSI' there" in found[0], found
