"""Limits and commands stated twice in other words (issue 18, the task/task,
subject/subject and question/subject misses of the held-out sets): a limit's count
against a reworded limit's other count is a possible conflict ("Number of permanent
teeth" 32 / "Adult teeth count" 36). Each test failed with its rule undone."""

from __future__ import annotations

from conftest import check_deck_padded


def _similar(found: list[str]) -> list[str]:
    return [line for line in found if " similar-fact: " in line]


def test_a_limits_count_against_a_reworded_limits_other_count_is_a_possible_conflict(
    tmp_path,
):
    """Two limits of one subject in other words, each a bare count that differs ("Strings
    on a classical guitar" 6 / "Classical guitar string count" 7): one fact stated twice,
    one count wrong, a warning."""
    found = check_deck_padded(
        tmp_path,
        "Music",
        """
        - {id: a, kind: limit, subject: Number of strings on a classical guitar, value: "6"}
        - {id: b, kind: limit, subject: Nylon guitar string count, value: "7"}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "possibly conflicting with b " in similar[0], found


def test_two_limits_of_years_are_two_events(tmp_path):
    """Years are no count of the subject: "Vatican Council I" 1869-1870 and "Vatican
    Council II" 1962-1965 say when two things happened, not one measure twice."""
    found = check_deck_padded(
        tmp_path,
        "History",
        """
        - {id: a, kind: limit, subject: Vatican Council I, value: "1869–1870"}
        - {id: b, kind: limit, subject: Vatican Council II, value: "1962–1965"}
        - {id: c, kind: concept, term: Ecumenical council, definition: a meeting of the
             bishops; the first was held at Nicaea and the second at Constantinople}
        """,
    )
    assert _similar(found) == [], found


def test_a_command_name_written_as_its_initials_is_one_command(tmp_path):
    """``Remove-Item -Recurse build`` / ``ri -r build``: the capitalised parts of a
    command's name as its initials and an option as its start (PowerShell's aliases),
    and ``-out:app.exe`` / ``--output:app.exe``, are one command written twice: a
    warning, whatever the tasks say."""
    found = check_deck_padded(
        tmp_path,
        "Shell",
        """
        - {id: a, kind: command, task: Delete the build folder and everything below it,
           command: Remove-Item build -Recurse}
        - {id: b, kind: command, task: Wipe out build/, command: ri build -r}
        - {id: c, kind: command, task: Name the program that the compiler writes,
           command: "csc -out:app.exe main.cs"}
        - {id: d, kind: command, task: Choose the output file of csc,
           command: "csc --output:app.exe main.cs"}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 2, found
    assert all("written as its initials or an option as its start" in s for s in similar), found


def test_options_bundled_are_no_option_written_short(tmp_path):
    """``tar -x`` / ``tar -xzvf`` and ``ls -l`` / ``ls -lart``: letters bundled after one
    dash are several options, not one long option that the other starts."""
    found = check_deck_padded(
        tmp_path,
        "Shell",
        """
        - {id: a, kind: command, task: Unpack an archive, command: tar -x -f a.tar}
        - {id: b, kind: command, task: Unpack a gzipped archive verbosely,
           command: tar -xzv -f a.tar}
        - {id: c, kind: command, task: List files in long format, command: ls -l}
        - {id: d, kind: command, task: List all files by time reversed, command: ls -lart}
        """,
    )
    assert _similar(found) == [], found


def test_one_measure_echoed_though_one_prompt_says_a_side_word_or_a_number(tmp_path):
    """'Time to proof bread dough at 24 °C' 2 hours / 'How long does the Brotform guide
    let dough prove?' two hours: the first prompt's own words are plain words once the
    side word's mark ("*to* proof") and the number are set aside, so the other's name
    (Brotform) does not make the two prompts two subjects."""
    found = check_deck_padded(
        tmp_path,
        "Baking",
        """
        - {id: a, kind: limit, subject: Time to proof bread dough at 24 degrees, value: 2 hours}
        - {id: b, kind: qa, question: How long does the Brotform guide let dough rise?,
           answer: two hours}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "possibly conflicting" not in similar[0], found


def test_an_answers_lead_value_is_its_value(tmp_path):
    """'Cold proof time for pizza dough' 24 hours / 'How long should pizza dough
    cold-proof in the fridge?' '24 hours (48 hours for more flavour)': the value the
    answer leads with is the one it gives, the bracket an aside."""
    found = check_deck_padded(
        tmp_path,
        "Baking",
        """
        - {id: a, kind: limit, subject: Cold proof time for pizza dough, value: 24 hours}
        - {id: b, kind: qa, question: How long should pizza dough cold-proof in the fridge?,
           answer: 24 hours (48 hours for more flavour)}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "possibly conflicting" not in similar[0], found


def test_a_threshold_and_the_side_it_bounds_name_one_bound(tmp_path):
    """'Frost protection threshold for citrus trees' -2 °C / 'Below what air temperature
    do citrus trees need frost protection?' 0 °C: "below which" says what the threshold
    is, so the two values are a possible conflict."""
    found = check_deck_padded(
        tmp_path,
        "Orchard",
        """
        - {id: a, kind: limit, subject: Frost protection cutoff for citrus trees,
           value: "-2 °C"}
        - {id: b, kind: qa, question: Below what air temperature do citrus trees need frost
             protection?, answer: "0 °C"}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "possibly conflicting with b " in similar[0], found


def test_a_subject_written_anew_with_one_word_more_may_conflict(tmp_path):
    """'Minimum weight of a racing kart with its driver' 145 kg / 'Racing kart minimum
    weight' 165 kg: one word more ("with its driver"), but the shared words in another
    order, so the subject was written anew, not a template with a word added; a
    possible conflict."""
    found = check_deck_padded(
        tmp_path,
        "Karting",
        """
        - {id: a, kind: limit, subject: Minimum weight of a racing kart with its driver,
           value: 145 kg}
        - {id: b, kind: limit, subject: Racing kart minimum weight, value: 165 kg}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "possibly conflicting with b " in similar[0], found


def test_a_template_with_a_word_added_is_another_subject(tmp_path):
    """'Maximum load of a euro pallet' / 'Maximum load of a euro half pallet': the same
    words in the same order and one more, a template with a word added: two things."""
    found = check_deck_padded(
        tmp_path,
        "Logistics",
        """
        - {id: a, kind: limit, subject: Maximum static load of a euro pallet, value: 1500 kg}
        - {id: b, kind: limit, subject: Maximum static load of a euro half pallet,
           value: 500 kg}
        """,
    )
    assert _similar(found) == [], found


def test_a_task_written_anew_with_a_word_more_and_one_option_changed_may_conflict(tmp_path):
    """'Download with four parallel connections' ``aria2c -x4 URL`` / 'Run aria2c with 4
    connections in parallel' ``aria2c -j4 URL``: one task says a word more, but the
    words they share stand in another order, so it was written anew (not "Unstage a
    file" / "Unstage all files"): one task, one of the commands perhaps wrong."""
    found = check_deck_padded(
        tmp_path,
        "Networking",
        """
        - {id: a, kind: command, task: Download with four parallel connections,
           command: aria2c -x4 URL}
        - {id: b, kind: command, task: Run aria2c with 4 connections in parallel,
           command: aria2c -j4 URL}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1, found
    assert "possibly conflicting with b " in similar[0], found


def test_one_count_of_what_two_subjects_share_is_no_fact_stated_twice(tmp_path):
    """'Pairs of antennae on a lobster' 2 / 'How many pairs of wings does a dragonfly
    have?' 2 pairs: the one word the prompts share is the thing counted, which the answer
    writes too; two subjects with one count, no warning."""
    found = check_deck_padded(
        tmp_path,
        "Zoology",
        """
        - {id: a, kind: limit, subject: Pairs of antennae on a lobster, value: "2"}
        - {id: b, kind: qa, question: How many pairs of wings does a dragonfly have?,
           answer: 2 pairs}
        """,
    )
    assert _similar(found) == [], found
