"""The fact checks on what the fortieth held-out set (tests/data/fact_pairs_unseen40.txt,
written without reading the checks) missed, and the general rules drawn from it. Each
test failed before its fix."""

from __future__ import annotations

from conftest import check_deck, check_facts


def test_a_short_option_with_a_file_attached_is_the_option_and_its_file(tmp_path):
    """Set 40: "gprclean -P project.gpr" and "gprclean -Pproject.gpr" were found by
    nothing. getopt reads a short option's value attached or apart; a value with a dot
    or a slash (a file, a path) is never a bundle of one-letter flags ("-xvf")."""
    found = check_facts(
        tmp_path,
        """
        - {id: a, kind: command, task: Link with libs in /opt/lib, command: cc -L/opt/lib m.c}
        - {id: b, kind: command, task: Search /opt/lib for libs, command: cc -L /opt/lib m.c}
        - {id: c, kind: command, task: Build a project file, command: gprbuild -Papp.gpr}
        - {id: d, kind: command, task: Compile what app.gpr describes, command: gprbuild -P app.gpr}
        """,
    )
    assert len(found) == 2, found
    assert "similar-fact: the same command as b " in found[0], found
    assert "similar-fact: the same command as d " in found[1], found
    assert all("value attached" in line for line in found), found


def test_a_name_joined_by_underscores_in_capitals_is_the_same_answer(tmp_path):
    """Set 40: "Which exception is raised when a value is outside a subtype's range?"
    Constraint_Error and "What exception does Ada raise when a range check fails?"
    CONSTRAINT_ERROR were found by nothing: an answer of code that differs only in its
    letters' case was two answers ("-n" / "-N"). A name of words joined by "_" written
    once in capitals is one name in two habits (Ada, SQL and Fortran ignore the case);
    two names that differ by one letter's case stay apart."""
    found = check_facts(
        tmp_path,
        """
        - id: a
          kind: qa
          question: Which exception does a failed heap allocation raise?
          answer: Storage_Error
        - id: b
          kind: qa
          question: What exception is raised when the heap runs out of storage?
          answer: STORAGE_ERROR
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b " in found[0], found


def test_an_acronym_spelt_out_two_ways_is_a_possible_conflict(tmp_path):
    """Set 40: "What does CMHR stand for?" combustion modified high resilience and "What
    does CMHR foam stand for?" cold moulded high resilience were found by nothing: the
    prompts share one word, and answers of other words say nothing alone. Two questions
    that ask what one acronym stands for, answered with two expansions that each spell
    it, cannot both be right; unless each question names a field of its own."""
    conflicting = check_facts(
        tmp_path / "nsaid",
        """
        - id: a
          kind: qa
          question: What does NSAID stand for?
          answer: non-steroidal anti-inflammatory drug
        - id: b
          kind: qa
          question: NSAID drug abbreviation?
          answer: non-specific anti-inflammatory drug
        """,
    )
    assert len(conflicting) == 1, conflicting
    assert "warning similar-fact: possibly conflicting with b " in conflicting[0], conflicting
    two_fields = check_facts(
        tmp_path / "pca",
        """
        - id: a
          kind: qa
          question: What does PCA stand for in statistics?
          answer: principal component analysis
        - id: b
          kind: qa
          question: What does PCA stand for in anaesthesia?
          answer: patient-controlled analgesia
        """,
    )
    assert two_fields == [], two_fields
    one_expansion = check_facts(
        tmp_path / "ssd",
        """
        - {id: a, kind: qa, question: What does SSD stand for?, answer: solid-state drive}
        - {id: b, kind: qa, question: SSD storage abbreviation?, answer: Solid State Drive}
        """,
    )
    assert not any("conflict" in line for line in one_expansion), one_expansion


def test_a_count_per_microlitre_spelt_out_is_a_count_per_volume(tmp_path):
    """Set 40: "CD4 count defining AIDS" < 200 cells/µL and "Below what CD4 count is HIV
    infection classified as AIDS?" under 200 cells per microlitre were found by nothing:
    "per millilitre" and "/µL" were read as volumes, "per microlitre" was not, and the
    answer was a bare 200. Another count per microlitre is another value."""
    found = check_facts(
        tmp_path,
        """
        - id: a
          kind: limit
          subject: Neutrophil count defining severe neutropenia
          value: < 500 cells/µL
        - id: b
          kind: qa
          question: Below what neutrophil count is neutropenia called severe?
          answer: under 500 cells per microlitre
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b " in found[0], found


def test_a_count_times_an_amount_is_also_their_total(tmp_path):
    """Set 37's "two halves of 30 minutes" and "60 minutes (2 × 30 min)" (set 40's "4 ×
    15 minutes" and "four quarters of 15 minutes (60 minutes)" alike) were found by
    nothing: the total beside the parts was read as the end of a range, 30 to 60
    minutes. A count times an amount with a unit states their total too."""
    found = check_facts(
        tmp_path,
        """
        - id: a
          kind: qa
          question: How long is a professional basketball game?
          answer: four quarters of 12 minutes
        - id: b
          kind: limit
          subject: Playing time of a professional basketball game
          value: 48 minutes (4 × 12 min)
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b " in found[0], found


def test_a_body_named_in_brackets_is_no_other_thing_measured(tmp_path):
    """Set 40: "What does a hockey ball weigh?" 156–163 g and "Ball mass (FIH)" 156 to
    163 grams were found alone but not among the set's many cards about balls: with
    equal values, a word one prompt has alone had to be written in lower case somewhere,
    and "FIH" never is. An acronym in brackets ending one prompt (the other having no
    brackets) names the body whose figure it is, not another thing measured."""
    found = [
        line
        for line in check_deck(
            tmp_path,
            "Water polo",
            """
        - {id: a, kind: qa, question: What does a water polo ball weigh?, answer: 400–450 g}
        - {id: b, kind: limit, subject: Ball mass (FINA), value: 400 to 450 grams}
        - id: c
          kind: qa
          question: Which player may hold the ball with both hands?
          answer: the goalkeeper
        - {id: d, kind: qa, question: What colour is the ball?, answer: yellow}
        - id: e
          kind: qa
          question: Who restarts play with the ball after a goal?
          answer: the team that conceded
        - {id: f, kind: qa, question: May a field player punch the ball?, answer: no}
        - id: g
          kind: qa
          question: Where is the ball put for the sprint at the start of each quarter?
          answer: at the centre of the pool
        - {id: h, kind: limit, subject: Width of the goal, value: 3 m}
        - {id: i, kind: limit, subject: Players per team in the water, value: "7"}
        - {id: j, kind: limit, subject: Length of a quarter, value: 8 min}
        - {id: k, kind: limit, subject: Shot clock, value: 30 s}
        - {id: l, kind: limit, subject: Height of the crossbar above the water, value: 0.9 m}
        - {id: m, kind: limit, subject: Ball circumference for men, value: 68–71 cm}
        - {id: n, kind: limit, subject: Ball circumference for women, value: 65–67 cm}
        - {id: o, kind: limit, subject: Ball pressure, value: 90–97 kPa}
        - {id: p, kind: limit, subject: Water temperature, value: 25–27 °C}
        - {id: q, kind: limit, subject: Depth of the pool, value: 2 m}
            """,
        )
        if line.split(" ", 2)[1] != "placeholder:"
    ]
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b " in found[0], found


def test_a_minimum_is_what_is_required(tmp_path):
    """Set 40: "Wyzenbeek minimum for heavy-duty upholstery (ACT)" 30,000 double rubs and
    "ACT heavy-duty Wyzenbeek requirement" 15,000 double rubs were found by nothing: two
    prompts that share three words or more and say one other word each are one question
    worded twice, but never when that word is a qualifier ("max" / "default"). A minimum
    is what is required: "minimum" and "requirement" qualify alike."""
    found = check_facts(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Minimum age for a UK car driving licence, value: 17 years}
        - {id: b, kind: limit, subject: UK car driving licence age requirement, value: 16 years}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with b " in found[0], found


def test_an_aside_in_brackets_inside_an_answer_is_set_aside(tmp_path):
    """Set 40: "Which tick genus transmits Lyme disease?" Ixodes and "Lyme disease is
    spread by what kind of tick?" Ixodes (black-legged or deer) ticks were found by
    nothing: an answer's aside in brackets was set aside only at its end. An aside
    after a word, with words after it, is an aside too: "Ixodes ticks" is "Ixodes" and
    the word the question asks for."""
    found = check_facts(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which mosquito genus spreads dengue?, answer: Aedes}
        - id: b
          kind: qa
          question: Dengue is carried by what kind of mosquito?
          answer: Aedes (aegypti or albopictus) mosquitoes
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b " in found[0], found
