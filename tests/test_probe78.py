"""What a geography learner's corpus showed (probe78): each test is a general rule, written
here with populations, areas and other counts people round."""

from __future__ import annotations

from conftest import check_facts as check


def test_about_a_number_of_millions_is_a_rounding_not_a_conflict(tmp_path):
    # "about 83 million" hides the rest of its last million: 83,200,000 and 83.2M may be
    # the same figure (a warning to keep one), never a conflicting-fact error
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Population of Germany, value: about 83 million}
        - {id: b, kind: limit, subject: Population of Germany, value: "83,200,000"}
        - {id: c, kind: limit, subject: Visitors to the museum each year, value: about 4M}
        - {id: d, kind: limit, subject: Visitors to the museum each year, value: 4.3M}
        """,
    )
    assert len(found) == 2, found
    assert all("warning similar-fact" in line and "agree once rounded" in line for line in found)


def test_about_a_number_of_millions_still_conflicts_past_its_rounding(tmp_path):
    # 84,300,000 is no rounding of "about 83 million", nor 5.2M of "about 4M"
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Population of Germany, value: about 83 million}
        - {id: b, kind: limit, subject: Population of Germany, value: "84,300,000"}
        - {id: c, kind: limit, subject: Visitors to the museum each year, value: about 4M}
        - {id: d, kind: limit, subject: Visitors to the museum each year, value: 5.2M}
        """,
    )
    assert len(found) == 2, found
    assert all("error conflicting-fact" in line for line in found), found


def test_an_estimated_number_of_millions_is_a_rounding(tmp_path):
    # "estimated 83 million" / "est. 4M" say as much as "about": 83,200,000 and 4.3M may
    # be the same figures; 85,100,000 is not
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Population of Germany, value: estimated 83 million}
        - {id: b, kind: limit, subject: Population of Germany, value: "83,200,000"}
        - {id: c, kind: limit, subject: Visitors to the museum each year, value: est. 4M}
        - {id: d, kind: limit, subject: Visitors to the museum each year, value: 4.3M}
        - {id: e, kind: limit, subject: Population of Austria, value: estimated 9 million}
        - {id: f, kind: limit, subject: Population of Austria, value: "9,700,000"}
        """,
    )
    assert len(found) == 3, found
    assert (
        sum("warning similar-fact" in line and "agree once rounded" in line for line in found) == 2
    )
    assert any(
        "error conflicting-fact" in line and "'estimated 9 million'" in line for line in found
    )


def test_a_long_whole_number_may_be_a_decimal_rounded_to_its_unit(tmp_path):
    # "8,849 m" is "8,848.86 m" rounded to the metre (a warning to keep one); "8,850 m" is
    # another survey, and a short whole number stays exact: "5" is no rounding of "5.4"
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Height of Mount Everest, value: "8,848.86 m"}
        - {id: b, kind: limit, subject: Height of Mount Everest, value: "8,849 m"}
        - {id: c, kind: limit, subject: Height of Lhotse, value: "8,516.2 m"}
        - {id: d, kind: limit, subject: Height of Lhotse, value: "8,520 m"}
        - {id: e, kind: limit, subject: Depth of the pond, value: "5.4 m"}
        - {id: f, kind: limit, subject: Depth of the pond, value: "5 m"}
        """,
    )
    assert len(found) == 3, found
    assert "warning similar-fact" in found[0] and "'8,848.86 m'" in found[0], found
    assert all("error conflicting-fact" in line for line in found[1:]), found


def test_a_column_of_millions_and_billions_is_a_column_of_figures():
    # "1.41 billion", "124 million" are figures as "83.2M" is: set right on the sheet;
    # words after a number still are not ("12 min 30 s", "Fuji, 3,776 m")
    from cheatdeck.writers.sheet import blocks

    class Plain:
        @staticmethod
        def plain(text):
            return text

    assert blocks.is_figures(Plain, ["1.41 billion", "124 million", "9.6 million km²"])
    assert not blocks.is_figures(Plain, ["12 min 30 s", "8 min"])
    assert not blocks.is_figures(Plain, ["Fuji, 3,776 m", "124 million"])


def test_a_value_rounded_under_a_reworded_subject_is_still_found(tmp_path):
    # "Molar mass of glucose" 180 g/mol / "Glucose molecular weight" 180.16 g/mol: the
    # subjects say one thing two ways and the values agree once rounded (a warning)
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Molar mass of glucose, value: 180 g/mol}
        - {id: b, kind: limit, subject: Glucose molecular weight, value: 180.16 g/mol}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "agree once rounded" in found[0], found
