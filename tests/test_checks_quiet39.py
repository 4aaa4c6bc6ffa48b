"""False alarms of the fact checks cut by general rules (the warnings on pairs
labelled distinct in the fact-pair sets): each test a deck of right, distinct cards in
words the sets do not use, and a guard that the rule leaves real findings alone."""

from __future__ import annotations

from test_fact_pairs import check


def test_terms_of_one_stem_with_other_prefixes_are_two_things(tmp_path):
    """Terms "Hypotonic solution" / "Hypertonic solution": one template, the swapped words
    share a long ending and start apart; two things of one kind, each defined in its own
    words (not "nearly the same fact")."""
    cards = """
    - id: hypo
      kind: concept
      term: Hypotonic solution
      definition: A solution with a lower solute concentration than the cell, so water flows in.
    - id: hyper
      kind: concept
      term: Hypertonic solution
      definition: A solution with a higher solute concentration than the cell, so water flows out.
    - id: mz
      kind: concept
      term: Monozygotic twins
      definition: Twins from one fertilised egg that split in two.
    - id: dz
      kind: concept
      term: Dizygotic twins
      definition: Twins from two eggs fertilised at the same time.
    - id: endo
      kind: concept
      term: Endocrine gland
      definition: A gland that releases its hormones straight into the blood.
    - id: exo
      kind: concept
      term: Exocrine gland
      definition: A gland that releases its secretions through a duct onto a surface.
    """
    assert check(tmp_path, {"Biology": cards}) == []


def test_one_definition_under_two_prefixed_terms_is_still_found(tmp_path):
    """The same definition under both terms says one thing twice: still a finding."""
    cards = """
    - id: hypo
      kind: concept
      term: Hypotonic solution
      definition: A solution with a lower solute concentration than the cell.
    - id: hyper
      kind: concept
      term: Hypertonic solution
      definition: A solution with a lower solute concentration than the cell.
    """
    found = check(tmp_path, {"Biology": cards})
    assert len(found) == 1 and "hyper" in found[0], found


def test_an_answer_that_is_a_letter_is_no_shorter_answer(tmp_path):
    """Answers "Hepatitis A" / "Hepatitis B or C": the letter is the answer, not an
    article the longer answer adds words to; two questions of one template, two answers."""
    cards = """
    - id: food
      kind: qa
      question: Which hepatitis virus spreads through contaminated food?
      answer: Hepatitis A
    - id: needles
      kind: qa
      question: Which hepatitis virus spreads through shared needles?
      answer: Hepatitis B or C
    - id: letters
      kind: qa
      question: Which paper format is used for business letters in Europe?
      answer: Format A
    - id: posters
      kind: qa
      question: Which paper format is used for posters in Europe?
      answer: Format B1
    """
    assert check(tmp_path, {"Mixed": cards}) == []


def test_roman_numbers_stay_numbers(tmp_path):
    """Answers "NYHA class I" / "NYHA class II" to one question asked twice: still
    reported (a lone "i", "v" or "x" may be a number, not a letter)."""
    cards = """
    - id: one
      kind: qa
      question: Which NYHA class covers heart patients with no limits on activity?
      answer: NYHA class I
    - id: two
      kind: qa
      question: Heart patients with no limits on activity are in which NYHA class?
      answer: NYHA class II
    """
    found = check(tmp_path, {"Cardiology": cards})
    assert len(found) == 1 and "similar-fact" in found[0], found


def test_a_number_with_letters_hyphened_on_is_a_code_of_its_own(tmp_path):
    """Answers "Form 990-EZ" / "Form 990": the letters make another code, not the same
    number written twice."""
    cards = """
    - id: small
      kind: qa
      question: Which return does a small US nonprofit file?
      answer: Form 990-EZ
    - id: large
      kind: qa
      question: Which return does a large US nonprofit file?
      answer: Form 990
    - id: fix
      kind: qa
      question: Which form corrects a quarterly payroll tax return?
      answer: Form 941-X
    - id: file
      kind: qa
      question: Which form files a quarterly payroll tax return?
      answer: Form 941-Q
    """
    assert check(tmp_path, {"Tax": cards}) == []


def test_a_superlative_of_another_rank_is_another_question(tmp_path):
    """Prompts "Largest moon of Saturn?" / "Second largest moon of Saturn?": two ranks,
    two questions."""
    cards = """
    - {id: titan, kind: qa, question: Largest moon of Saturn?, answer: Titan}
    - {id: rhea, kind: qa, question: Second largest moon of Saturn?, answer: Rhea}
    - {id: ganymede, kind: qa, question: Biggest moon of Jupiter?, answer: Ganymede}
    - {id: io, kind: qa, question: Third-biggest moon of Jupiter?, answer: Io}
    """
    assert check(tmp_path, {"Astronomy": cards}) == []


def test_answers_of_one_set_of_words_in_another_order_differ(tmp_path):
    """Terms "Trade surplus" / "Trade deficit": one template, answers of the same words
    in another order ("exports exceed imports" / "imports exceed exports")."""
    cards = """
    - id: surplus
      kind: concept
      term: Trade surplus
      definition: The amount by which a country's exports exceed its imports.
    - id: deficit
      kind: concept
      term: Trade deficit
      definition: The amount by which a country's imports exceed its exports.
    - id: draw
      kind: qa
      question: What is a draw for a left-handed golfer?
      answer: a shot curving gently right to left
    - id: fade
      kind: qa
      question: What is a fade for a left-handed golfer?
      answer: a shot curving gently left to right
    """
    assert check(tmp_path, {"Mixed": cards}) == []


def test_a_thing_named_after_another_with_a_value_made_from_its_value(tmp_path):
    """Prompts "Default port of Zorbix" / "... of Zorbix Relay" (8080 / 18080):
    the longer names another thing after the first, its value made from the first's."""
    cards = """
    - id: web
      kind: qa
      question: What is the default port of Zorbix?
      answer: "8080"
    - id: web-agent
      kind: qa
      question: What is the default port of Zorbix Relay?
      answer: "18080"
    """
    assert check(tmp_path, {"Servers": cards}) == []


def test_a_generic_word_added_names_no_other_thing(tmp_path):
    """Subjects "Default Zorbix port" / "Default Zorbix server port" (8080 / 80800): one
    port, one value mistyped; still reported."""
    cards = """
    - {id: port, kind: limit, subject: Default Zorbix port, value: "8080"}
    - {id: port-2, kind: limit, subject: Default Zorbix server port, value: "80800"}
    """
    assert len(check(tmp_path, {"Servers": cards})) == 1


def test_code_answers_in_another_case_are_two_answers(tmp_path):
    """Answers "%(dm)" / "%(Dm)": code tells a letter's case apart (a formula of words,
    "PV = nRT" / "pV = nRT", is left alone: a duplicate of the fifth set)."""
    cards = """
    - {id: day, kind: qa, question: Format code for the short day in Quillo logs, answer: "%(dm)"}
    - {id: long, kind: qa, question: Format code for the long day in Quillo logs, answer: "%(Dm)"}
    """
    assert check(tmp_path, {"Logs": cards}) == []
