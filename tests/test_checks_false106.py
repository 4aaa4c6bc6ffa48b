"""False errors and warnings the last strangers found (a music theory learner, an aviation
student, a video editor; false106): accidentals and dots that the fold and the values
did not see, a spaced slash between two numbers, one option spelt two ways, and a bare
number against the same number with its unit under reworded questions."""

from __future__ import annotations

from conftest import check_facts_padded as check

# --- accidentals and dots: other notes, other values -----------------------------------


def test_answers_apart_by_an_accidental_are_no_duplicate(tmp_path):
    # "1♭" and "1♯" were both the number 1: a duplicate-fact error; "♭3" was the 3 of "3"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many flats does F major have?, answer: "1♭"}
        - {id: b, kind: qa, question: How many flats does F major have?, answer: "1♯"}
        - {id: c, kind: qa, question: Which scale degree is lowered in Dorian?, answer: "♭3"}
        - {id: d, kind: qa, question: Which scale degree is lowered in Dorian?, answer: "3"}
        """,
    )
    assert len(found) == 2, found
    assert not any("duplicate-fact" in line for line in found), found


def test_one_accidental_in_two_spellings_is_still_a_duplicate(tmp_path):
    # "F#" / "F♯", "Bb" / "B♭", "b3" / "♭3": one note, one degree, typed two ways
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the leading tone of G major?, answer: "F#"}
        - {id: b, kind: qa, question: What is the leading tone of G major?, answer: "F♯"}
        - {id: c, kind: qa, question: What is the fourth of F major?, answer: "Bb"}
        - {id: d, kind: qa, question: What is the fourth of F major?, answer: "B♭"}
        - {id: e, kind: qa, question: Which degree does a minor scale lower?, answer: "b3"}
        - {id: f, kind: qa, question: Which degree does a minor scale lower?, answer: "♭3"}
        """,
    )
    assert len(found) == 3, found
    assert all("error duplicate-fact" in line for line in found), found


def test_a_dotted_note_value_is_no_duplicate_of_the_plain_one(tmp_path):
    # "dotted" lengthens a note by half: three beats, not two
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which note value lasts three beats in 4/4?,
           answer: A dotted half note}
        - {id: b, kind: qa, question: Which note value lasts three beats in 4/4?,
           answer: A half note}
        - {id: c, kind: qa, question: Which note value lasts three and a half beats?,
           answer: A double-dotted half note}
        - {id: d, kind: qa, question: Which note value lasts three and a half beats?,
           answer: A dotted half note}
        """,
    )
    assert len(found) == 2, found
    assert not any("duplicate-fact" in line or "nearly the same" in line for line in found)


def test_notes_apart_under_a_reworded_question_are_no_same_fact(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: k, kind: qa, question: How many sharps are in the key signature of G major?,
           answer: "1♯"}
        - {id: l, kind: qa, question: The key signature of G major has how many sharps?,
           answer: "1♭"}
        - {id: a, kind: qa, question: Which note value lasts three beats in 4/4 time?,
           answer: A dotted half note}
        - {id: b, kind: qa, question: "In 4/4 time, which note value lasts three beats?",
           answer: A half note}
        """,
    )
    assert len(found) == 2, found
    assert all("possibly conflicting" in line for line in found), found


# --- a slash between two numbers, spaced -----------------------------------------------


def test_a_spaced_slash_between_two_numbers_is_one_value(tmp_path):
    # "3 / 4" was read as 3 and 4: a conflicting-fact error with "3/4"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the time signature of a waltz?, answer: 3/4}
        - {id: b, kind: qa, question: What is the time signature of a waltz?, answer: 3 / 4}
        - {id: c, kind: qa, question: What is the time signature of a march?, answer: 2/4}
        - {id: d, kind: qa, question: What is the time signature of a march?, answer: 6 / 8}
        """,
    )
    assert len(found) == 2, found
    assert "duplicate-fact" in found[0] and "'3/4' = '3 / 4'" in found[0], found
    assert "conflicting-fact" in found[1], found


# --- one option spelt two ways ---------------------------------------------------------


def test_an_option_written_as_the_initials_of_the_other_is_no_conflict(tmp_path):
    # ffmpeg's "-vf" is its "-filter:v" (video filter): at most a possible conflict
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Change the frame rate of a video to 24 fps,
           command: ffmpeg -i in.mp4 -vf fps=24 out.mp4}
        - {id: b, kind: command, task: Change the frame rate of a video to 24 fps,
           command: ffmpeg -i in.mp4 -filter:v fps=24 out.mp4}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting" in found[0], found


def test_an_option_whose_letters_are_not_the_others_initials_still_conflicts(tmp_path):
    # "-af" (audio filter) is no initials of "-filter:v" (video filter): two options
    found = check(
        tmp_path,
        """
        - {id: a, kind: command, task: Double the volume of a video,
           command: ffmpeg -i in.mp4 -af volume=2 out.mp4}
        - {id: b, kind: command, task: Double the volume of a video,
           command: ffmpeg -i in.mp4 -filter:v volume=2 out.mp4}
        """,
    )
    assert len(found) == 1 and "error conflicting-fact" in found[0], found


# --- a bare number and the same number with its unit ----------------------------------


def test_a_bare_number_with_trailing_zeros_under_a_reworded_question_is_one_value(tmp_path):
    # "121.500" is the 121.5 MHz the other card writes with its unit: nearly one fact
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the VHF emergency frequency?, answer: 121.5 MHz}
        - {id: b, kind: qa, question: Which frequency is the VHF emergency frequency?,
           answer: "121.500"}
        - {id: c, kind: qa, question: What is the UHF military emergency frequency?,
           answer: 243 MHz}
        - {id: d, kind: qa, question: What is the UHF military emergency frequency?,
           answer: "243.0"}
        """,
    )
    assert len(found) == 2, found
    assert all("nearly the same fact" in line for line in found), found
    assert not any("possibly conflicting" in line for line in found), found


def test_questions_apart_by_a_dot_are_two_questions(tmp_path):
    # "dotted" in one prompt only: two note values asked, not one question reworded
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many beats does a dotted half note last?, answer: "3"}
        - {id: b, kind: qa, question: How many beats does a half note last?, answer: "2"}
        """,
    )
    assert found == [], found
