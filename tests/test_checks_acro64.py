"""An acronym in one prompt, its words spelt out in the other (issue 18): the fact
checks read "EHF" as "European Handball Federation" and "PVT" as "portal vein
thrombosis" when the corpus spells the acronym out one way only
(checks/acronyms.py)."""

from __future__ import annotations

from cheatdeck.checks.acronyms import spelt_out_acronyms

from conftest import check_facts_padded as check

PORTAL_VEIN = """
- {id: a, kind: qa, question: Which vein is imaged to diagnose portal vein thrombosis?,
   answer: the portal vein}
- {id: b, kind: qa, question: What imaging confirms PVT?, answer: Portal vein Doppler ultrasound}
"""


def test_a_question_asked_again_with_its_subject_as_an_acronym(tmp_path):
    found = check(tmp_path, PORTAL_VEIN)
    assert len(found) == 1 and "similar-fact" in found[0] and "b at" in found[0], found


def test_an_acronym_the_corpus_spells_out_two_ways_is_read_as_neither(tmp_path):
    # "PVT" is "portal vein thrombosis" here and "pulmonary valve thickening" there:
    # which one the second question asks of, the corpus does not say
    other = "- {id: c, kind: qa, question: What causes pulmonary valve thickening?, answer: age}"
    found = check(tmp_path, PORTAL_VEIN + other)
    assert found == [], found


def test_one_measure_for_a_name_and_its_acronym(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Maximum timeouts per side in a European Handball
           Federation match, answer: "3"}
        - {id: b, kind: limit, subject: EHF timeouts per game, value: 3 timeouts}
        - {id: c, kind: qa, question: How long does a handball game last?, answer: 60 minutes}
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0] and "b at" in found[0], found


def test_the_words_of_an_acronym_are_written_alike():
    prompts = [
        "Which GP is held at night?",
        "Where is the Singapore Grand Prix held?",
        "What does an RCD do?",
        "How does a residual current device work?",
        "Which PE signs matter?",  # a two-letter acronym: a name in capitals only
        "Signs of pulmonary embolism",
        "Shut down a Vagrant VM",  # "Vagrant machine": one capitalised word, one not
        "Stop a Vagrant machine",
    ]
    assert sorted(spelt_out_acronyms(prompts)) == [
        ("GP", "Grand Prix"),
        ("RCD", "residual current device"),
    ]
