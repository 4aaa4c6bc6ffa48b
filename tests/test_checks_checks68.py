"""Fixes found on held-out pair set 49 (air traffic control, tcpdump and Wireshark,
mountaineering, hepatology), each tried on a small corpus of another domain. Each test
failed before its fix."""

from __future__ import annotations

from conftest import check_deck_padded


def _facts(found: list[str]) -> list[str]:
    return [line for line in found if "-fact:" in line]


def test_nautical_miles_in_capitals_are_a_distance(tmp_path):
    # "5 NM" as pilots and sailors write it is 5 nautical miles, not a bare count of 5
    found = check_deck_padded(
        tmp_path,
        "Sailing",
        """
        - {id: a, kind: qa, question: What is the minimum clearance from the Quillane lightship?,
           answer: 2 NM}
        - {id: b, kind: limit, subject: Quillane lightship clearance (minimum),
           value: two nautical miles}
        """,
    )
    assert len(_facts(found)) == 1, found
    assert "similar-fact: nearly the same fact as b" in _facts(found)[0], found


def test_elevation_is_the_height_a_question_asks(tmp_path):
    # "How high is X?" asks X's height, which "X elevation" names too: two heights of
    # one peak are a possible conflict
    found = check_deck_padded(
        tmp_path,
        "Ranges",
        """
        - {id: a, kind: qa, question: How high is Mount Quorvath?, answer: "4,210 m"}
        - {id: b, kind: limit, subject: Mount Quorvath elevation, value: "4,480 m"}
        """,
    )
    assert len(_facts(found)) == 1, found
    assert "possibly conflicting" in _facts(found)[0], found


def test_the_heights_of_two_peaks_are_no_conflict(tmp_path):
    found = check_deck_padded(
        tmp_path,
        "Ranges",
        """
        - {id: a, kind: qa, question: How high is Mount Quorvath?, answer: "4,210 m"}
        - {id: b, kind: limit, subject: Mount Tessaly elevation, value: "4,480 m"}
        """,
    )
    assert _facts(found) == [], found


def test_a_bare_count_of_a_unit_asked_after_a_word_is_in_that_unit(tmp_path):
    # "After how many days ...?" eighteen is 18 days, as "How many days ...?" is
    found = check_deck_padded(
        tmp_path,
        "Poultry",
        """
        - {id: a, kind: qa, question: After how many days of brooding does a Kelmeri egg
             hatch?, answer: eighteen}
        - {id: b, kind: limit, subject: Kelmeri egg brooding time to hatch,
           value: "> 18 days"}
        """,
    )
    assert len(_facts(found)) == 1, found
    assert "similar-fact: nearly the same fact" in _facts(found)[0], found


def test_a_body_in_brackets_is_whose_figure_it_is_not_another_subject(tmp_path):
    # "(FAA)" ending one subject names who set the figure the other question asks
    found = check_deck_padded(
        tmp_path,
        "Flying",
        """
        - {id: a, kind: qa, question: What is the maximum indicated airspeed in a Vorrel
             corridor in the US?, answer: 180 knots}
        - {id: b, kind: limit, subject: Vorrel corridor speed limit (FAA), value: 180 kt}
        """,
    )
    assert len(_facts(found)) == 1, found
    assert "similar-fact: nearly the same fact" in _facts(found)[0], found


def test_a_count_per_volume_written_with_per_is_one_written_with_a_slash(tmp_path):
    # "500 per mL" is 500 things per millilitre, as "500/mL" is: "500,000 /L" equals it
    found = check_deck_padded(
        tmp_path,
        "Limnology",
        """
        - {id: a, kind: qa, question: What Kelvari count is normal in lake water?,
           answer: 500 per mL}
        - {id: b, kind: limit, subject: Normal Kelvari count of lake water,
           value: "500,000 /L"}
        """,
    )
    assert len(_facts(found)) == 1, found
    assert "error duplicate-fact" in _facts(found)[0], found
