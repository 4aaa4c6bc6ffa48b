"""One question asked twice in other words, with one answer's core (issue 18, the qa/qa
duplicates of the held-out sets): ``Verdict._one_answer_reworded`` and the predicates of
``checks/restated.py``, on cards of other subjects than the sets'."""

from __future__ import annotations

from cheatdeck.checks.restated import narrowed_by_compound, one_frame, same_core

from conftest import check_facts as check


def test_a_question_reworded_with_the_answer_in_more_words_is_nearly_the_same_fact(tmp_path):
    # the two prompts share one rare word (Rubicon) and say the rest otherwise; one
    # answer is the other with the words of a name
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which Roman general crossed the Rubicon in 49 BC?,
           answer: Caesar}
        - {id: b, kind: qa, question: Who led his legion over the Rubicon and started the
           civil war?, answer: Gaius Julius Caesar}
        - {id: c, kind: qa, question: Which Roman general defeated Hannibal at Zama?,
           answer: Scipio Africanus}
        - {id: d, kind: qa, question: Who led the Roman fleet at Actium?, answer: Agrippa}
        - {id: e, kind: qa, question: Which war did the Rubicon crossing start?,
           answer: the civil war of 49 BC}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_compound_that_narrows_what_is_asked_keeps_two_questions_apart(tmp_path):
    # "rate-limiting" picks one enzyme of the pathway; the other question picks another
    # way, and the same answer fits both
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the rate-limiting enzyme of cholesterol
           synthesis?, answer: HMG-CoA reductase}
        - {id: b, kind: qa, question: Which enzyme of cholesterol synthesis do statins
           block?, answer: HMG-CoA reductase}
        """,
    )
    assert found == [], found


def test_questions_that_share_only_the_kind_they_ask_for_stay_apart(tmp_path):
    # "Which organ ...?" twice: two facts of the gallbladder, not one asked twice
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which organ stores bile between meals?,
           answer: the gallbladder}
        - {id: b, kind: qa, question: Which organ is removed in a cholecystectomy?,
           answer: the gallbladder}
        - {id: c, kind: qa, question: Which organ makes insulin?, answer: the pancreas}
        """,
    )
    assert found == [], found


def test_an_answer_leaning_on_its_question_fits_many_questions(tmp_path):
    # "They are left unchanged" says nothing without its question
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What happens to the lower 16 bits of a register on a
           byte write?, answer: They are left unchanged}
        - {id: b, kind: qa, question: What does writing a byte do to the upper register
           bits?, answer: They are left unchanged}
        """,
    )
    assert found == [], found


def test_an_answer_core_is_the_same_words_with_a_name_an_aside_or_an_asked_word():
    asked = "Which cells of the retina see colour? Which photoreceptors give colour vision?"
    assert same_core("Mozart", "Wolfgang Amadeus Mozart", "")
    assert same_core("The tolerance", "Tolerance (e.g. gold = ±5%)", "")
    assert same_core("cones", "cone cells", asked)
    assert not same_core("AFP", "AFP and beta-hCG", "")  # a list, not its item
    assert not same_core("2", "2, at 8 and 16 points", "")  # other numbers
    assert not same_core("val", "lazy val", "")  # a word of its own
    assert not same_core("s.[i]", "s.(i)", "")  # notation the words leave out
    assert not same_core("swim, bike, run", "run, bike, swim", "")  # another order


def test_prompts_of_one_frame_and_compounds_that_narrow():
    assert one_frame("Who wrote the Iliad?", "Who wrote the Odyssey?")
    assert one_frame("Gender of most nouns ending in -a?", "Gender of nouns ending in -ción?")
    assert not one_frame("Which grape is Barolo made from?", "Barolo is 100% which variety?")
    assert narrowed_by_compound(
        "What is the first-line treatment of gout?", "Which treatment of gout lowers urate?"
    )
    assert not narrowed_by_compound(  # the word narrowed is not asked by the other
        "What is the first-line treatment of gout?", "Which drug lowers urate in gout?"
    )
