"""A stranger's music-theory corpus: chord progressions written in Roman numerals, which
the fact checks must not equate when their order or their letters' case differs."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_progression_in_another_order_is_another_answer(tmp_path):
    # "I–IV–V" and "I–V–IV" hold the same numerals: the order is the progression
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which chords does the song's verse use?, answer: I–IV–V}
        - {id: b, kind: qa, question: Which chords does the song's verse use?, answer: I–V–IV}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found
    assert "duplicate-fact" not in found[0], found


def test_a_progression_in_other_letter_case_is_another_answer(tmp_path):
    # small letters write a minor chord, capitals a major one: "ii–V–I" is no "II–V–I"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which cadence closes the bridge?, answer: ii–V–I}
        - {id: b, kind: qa, question: Which cadence closes the bridge?, answer: II–V–I}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def test_a_progression_with_other_dashes_is_the_same_answer(tmp_path):
    # a hyphen typed for the en dash, a flat typed as "b": one progression
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which cadence closes the bridge?, answer: ♭VII–IV–I}
        - {id: b, kind: qa, question: Which cadence closes the bridge?, answer: bVII-IV-I}
        """,
    )
    assert len(found) == 1 and "duplicate-fact" in found[0], found


def test_a_progression_in_a_sentence_is_told_apart_too(tmp_path):
    # the same sentence around two progressions: at most a possible conflict, never
    # the same fact
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: Which chords does the song's verse use?
          answer: The I–IV–V, played twice
        - id: b
          kind: qa
          question: Which chords does the song's verse use?
          answer: The I–V–IV, played twice
        """,
    )
    assert found and all("duplicate-fact" not in line for line in found), found


def test_two_terms_of_progressions_in_other_case_are_two_terms(tmp_path):
    # "ii–V–I" (a minor ii) and "II–V–I" (a major II) name two cadences
    found = check(
        tmp_path,
        """
        - {id: a, kind: concept, term: vi–IV–I, definition: A pop loop that starts on the minor.}
        - {id: b, kind: concept, term: VI–IV–I, definition: A loop borrowed from the minor key.}
        """,
    )
    assert found == [], found


def test_a_progression_stays_on_one_line_of_the_sheet():
    # "I–IV–" ended a line of the HTML and PDF sheets and "V" began the next; a chord's
    # notes "G–B–D–F" alike. A range of numbers and a long chain of words are as before.
    from cheatdeck.writers.sheet.blocks import units_whole

    kept = units_whole("The blues: I–IV–V; in C major G–B–D–F; a jazz ♭VII–ii–V7–I.")
    for chain in ("I–IV–V", "G–B–D–F", "♭VII–ii–V7–I"):
        assert f'<span class="unit">{chain}</span>' in kept, kept
    assert units_whole("from Paris–Berlin") == "from Paris–Berlin"
