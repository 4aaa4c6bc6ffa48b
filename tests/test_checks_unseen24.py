"""The fact checks on the kinds of card the twenty-fourth held-out set showed them
missing (tests/data/fact_pairs_unseen24.txt): each test is a general rule, met there on
pottery, Go, electric vehicle or immunology cards and written here with other words
(most on other cells or subjects)."""

from __future__ import annotations

import textwrap
from pathlib import Path


def check(tmp_path: Path, cards: str) -> list[str]:
    """``check`` of a corpus of one topic holding ``cards`` (YAML); the diagnostics as
    ``severity code: message``."""
    from cheatdeck import pipeline

    folder = tmp_path / "cards"
    folder.mkdir(parents=True)
    (folder / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: Study\n", "utf-8")
    body = textwrap.indent(textwrap.dedent(cards).strip(), "  ")
    text = f"deck: Study::Facts\ntitle: Facts\ncards:\n{body}\n"
    (folder / "t.yaml").write_text(text, encoding="utf-8")
    report = pipeline.check(folder).report
    return [
        f"{d.severity} {d.code}: {d.message}" for d in report.sorted() if d.code != "placeholder"
    ]


def test_a_cd_marker_said_positive_names_the_same_cells(tmp_path):
    # "CD4+ T cells", "CD4-positive T cells" and "CD4 T cells" are one answer; a marker
    # said absent ("CD4−") names other cells
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which cells does HIV mainly infect?,
           answer: CD4+ helper T cells}
        - {id: b, kind: qa, question: Which cells does HIV mainly infect?,
           answer: CD4 helper T cells}
        - {id: c, kind: qa, question: Which cells do Tregs mostly come from?,
           answer: CD4-positive T cells}
        - {id: d, kind: qa, question: Which cells do Tregs mostly come from?, answer: CD4 T cells}
        """,
    )
    assert len(found) == 2, found
    assert "error duplicate-fact" in found[0] and "same fact as b at" in found[0], found
    assert "error duplicate-fact" in found[1] and "same fact as d at" in found[1], found


def test_a_cd_marker_said_absent_stays_apart(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which thymocytes are double negative?,
           answer: CD4− CD8− cells}
        - {id: b, kind: qa, question: Which thymocytes are double negative?, answer: CD4 CD8 cells}
        """,
    )
    assert not any("same fact" in line for line in found), found


def test_a_count_with_its_parts_in_brackets_is_the_count(tmp_path):
    # "206 (80 axial, 126 appendicular)" answers 206, not also 80 or 126: against "80"
    # it conflicts; parts that add up to another number are left as written
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many bones are in the adult skeleton?,
           answer: "206 (80 axial, 126 appendicular)"}
        - {id: b, kind: qa, question: How many bones are in the adult skeleton?, answer: "80"}
        - {id: c, kind: qa, question: How many chambers has the heart?,
           answer: "4 (two atria, two ventricles)"}
        - {id: d, kind: qa, question: How many chambers has the heart?, answer: "4"}
        """,
    )
    assert len(found) == 2, found
    assert "error conflicting-fact" in found[0] and "'80'" in found[0], found
    assert "error duplicate-fact" in found[1] and "same fact as d at" in found[1], found


def test_immunoglobulin_and_antibody_ask_one_thing(tmp_path):
    # "Which immunoglobulin ...?" asks what "Which antibody ...?" asks (a warning: layer
    # 3 only, as other loose synonyms)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which antibody is the largest?, answer: IgM}
        - {id: b, kind: qa, question: Which immunoglobulin is the largest?, answer: IgG}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0], found
    assert "possibly conflicting with b at" in found[0], found
