"""The fact checks on a genetics student's cards: genotypes told apart by case, data sizes
in bits and bytes, and the columns of one table. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def test_genotypes_told_apart_by_case_are_two_terms(tmp_path):
    """ "AA", "Aa" and "aa" are three genotypes, and "What phenotype does Aa show?" asks
    another thing than "... aa ...": a word made of letter pairs ("Aa", "AaBb") is
    genotype notation, whose case is what it says. They were one term, and their three
    definitions a conflicting-fact error."""
    found = check_deck(
        tmp_path,
        "Genetics",
        """
        - {id: dominant, kind: concept, term: AA, definition: Homozygous dominant}
        - {id: hetero, kind: concept, term: Aa, definition: Heterozygous}
        - {id: recessive, kind: concept, term: aa, definition: Homozygous recessive}
        - {id: hetero-b, kind: concept, term: Bb, definition: Heterozygous}
        - {id: recessive-b, kind: concept, term: bb, definition: Homozygous recessive}
        - {id: show-hetero, kind: qa, question: What phenotype does Aa show?,
           answer: Dominant}
        - {id: show-recessive, kind: qa, question: What phenotype does aa show?,
           answer: Recessive}
        - {id: di, kind: qa, question: Gametes of an AaBb parent?, answer: "4"}
        - {id: di-homo, kind: qa, question: Gametes of an AABB parent?, answer: "1"}
        """,
    )
    assert found == [], found


def test_a_genotype_typed_twice_is_still_one_term(tmp_path):
    """Written alike, a genotype is one term: another definition conflicts. A word not
    made of letter pairs keeps its case set aside ("DNA" / "dna")."""
    found = check_deck(
        tmp_path,
        "Genetics",
        """
        - {id: a, kind: concept, term: Aa, definition: Heterozygous}
        - {id: b, kind: concept, term: Aa, definition: Homozygous}
        - {id: c, kind: qa, question: What does DNA stand for?, answer: Deoxyribonucleic acid}
        - {id: d, kind: qa, question: What does dna stand for?, answer: Ribonucleic acid}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "error conflicting-fact: conflicts with b",
        "error conflicting-fact: conflicts with d",
    ], found


def test_gigabits_are_not_gigabytes(tmp_path):
    """ "3.2 Gb" (bits, as the checks read a small b) and "3.2 GB" (bytes) are two values:
    folded alike, they were a duplicate-fact error, "same subject, '3.2 Gb' = '3.2 GB'".
    A unit typed in other capitals that reads alike stays one value ("100 GB" /
    "100 gb")."""
    found = check_deck(
        tmp_path,
        "Genome",
        """
        - {id: a, kind: limit, subject: Size of the haploid human genome, value: 3.2,
           unit: Gb}
        - {id: b, kind: limit, subject: Haploid human genome size, value: 3.2, unit: GB}
        - {id: c, kind: qa, question: Size of the 1000 Genomes data set?, answer: 100 GB}
        - {id: d, kind: qa, question: Size of the 1000 Genomes data set?, answer: 100 gb}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "error conflicting-fact: conflicts with b",
        "error duplicate-fact: same fact as d",
    ], found


def test_two_columns_of_one_table_are_two_facts(tmp_path):
    """A PCR step's "Temperature" and "Time" both read as the measure of the step, so
    the two cells of one row were "the same cell" in units the checks do not convert: a
    warning no ``allow:`` could silence (one card). The author wrote two columns."""
    found = check_deck(
        tmp_path,
        "PCR",
        """
        - id: pcr
          kind: table
          title: PCR cycle
          row_header: Step
          columns: [Temperature, Time]
          rows:
            Denaturation: [94–98 °C, 20–30 s]
            Annealing: [50–65 °C, 20–40 s]
            Extension: [72 °C, 1 min per kb]
        """,
    )
    assert found == [], found


def test_angstroms_are_a_length(tmp_path):
    """ "3.4 Å" is "0.34 nanometres": the checks read Å as no unit, so against "0.34
    nm" (a unit they do not know either) the two bare numbers were a conflicting-fact
    error. Å is a length now: "0.34 nanometres" is the same value, "34 Å" another, and
    "0.34 nm" (nanometres or nautical miles) a possible conflict."""
    found = check_deck(
        tmp_path,
        "DNA",
        """
        - {id: a, kind: limit, subject: Rise per base pair in B-DNA, value: 3.4, unit: Å}
        - {id: b, kind: limit, subject: Rise per base pair in B-DNA, value: 0.34,
           unit: nanometres}
        - {id: c, kind: limit, subject: Diameter of the double helix, value: 20,
           unit: ångströms}
        - {id: d, kind: limit, subject: Diameter of the double helix, value: 2, unit: nm}
        - {id: e, kind: limit, subject: Length of one helical turn, value: 34, unit: Å}
        - {id: f, kind: limit, subject: Length of one helical turn, value: 3.4, unit: Å}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "error duplicate-fact: same fact as b",
        "warning similar-fact: possibly conflicting with d",
        "error conflicting-fact: conflicts with f",
    ], found


def test_a_count_of_pairs_is_not_the_count_of_things(tmp_path):
    """ "Chromosomes in a human gamete?" `23` and `23 pairs` (46 chromosomes) were a
    duplicate-fact error: "pairs" was set aside as a count's noun. Under a prompt that
    does not count pairs they are a possible conflict; under one that does ("How many
    pairs of autosomes ...?") still one fact."""
    found = check_deck(
        tmp_path,
        "Chromosomes",
        """
        - {id: a, kind: qa, question: Chromosomes in a human gamete?, answer: "23"}
        - {id: b, kind: qa, question: Chromosomes in a human gamete?, answer: 23 pairs}
        - {id: c, kind: qa, question: How many pairs of autosomes are there?, answer: "22"}
        - {id: d, kind: qa, question: How many pairs of autosomes are there?,
           answer: 22 pairs}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: possibly conflicting with b",
        "error duplicate-fact: same fact as d",
    ], found
