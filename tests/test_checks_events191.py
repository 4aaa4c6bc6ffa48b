"""False ``similar-fact`` warnings of a stranger's corpus (issue 18, events191): two
dated events of one thing asked in two questions that each say two words of their own,
one naming who did it ("When was the source first *published* ...?" / "When did
*Oracle* *close* the source ...?"), read as one date asked twice; and a lower bound
("*Minimum* disks in a vdev") beside a count of what may happen ("Disks that *may* fail
in a vdev") read as one limit when both values are 2. Written in a domain of no pair
set (lighthouses)."""

from __future__ import annotations

from conftest import check_deck, check_deck_padded


def _similar(found: list[str]) -> list[str]:
    return [line for line in found if " similar-fact: " in line]


def test_two_events_one_of_them_by_a_named_doer_are_two_dates(tmp_path):
    # kindled / replaced by Stevenson: two events of one lamp, a year each (a "possibly
    # conflicting" warning before: the lamp's two words read as one subject asked twice)
    found = check_deck_padded(
        tmp_path,
        "Lighthouses",
        """
        - {id: lit, kind: qa, question: When was the Skerryvore lamp first kindled?,
           answer: In February 1844.}
        - {id: oil, kind: qa, question: "When did Stevenson replace the Skerryvore lamp
             with oil burners?", answer: In 1852.}
        - {id: shown, kind: qa, question: When was the Eddystone light first shown to
             shipping?, answer: In October 1759.}
        - {id: gone, kind: qa, question: "When did Trinity House dismantle the Eddystone
             light, ending its watch?", answer: In 1877.}
        """,
    )
    assert found == [], found


def test_one_event_asked_twice_with_two_years_is_still_a_possible_conflict(tmp_path):
    # one event (first shown) in other words, two years: a conflict, found as before
    found = check_deck_padded(
        tmp_path,
        "Lighthouses",
        """
        - {id: shown, kind: qa, question: When was the Eddystone light first shown to
             shipping?, answer: In October 1759.}
        - {id: again, kind: qa, question: In what year was the Eddystone light first
             shown?, answer: In 1756.}
        - {id: gone, kind: qa, question: "When did Trinity House dismantle the Eddystone
             light, ending its watch?", answer: In 1877.}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1 and len(found) == 1, found
    assert "possibly conflicting with again " in similar[0], found


def test_a_floor_and_what_may_fail_are_two_limits(tmp_path):
    # the fewest panels a lens has and how many may be dark: two limits whose values
    # match (each pair was "nearly the same fact" before, one rare value shared)
    found = check_deck(
        tmp_path,
        "Lighthouses",
        """
        - {id: min-panels, kind: limit, subject: Minimum panels in a rotating first-order
             lens, value: 2, unit: panels}
        - {id: dark-panels, kind: limit, subject: Panels that may be dark in a rotating
             first-order lens, value: 2, unit: panels}
        - {id: min-vanes, kind: limit, subject: Minimum vanes on a wind-driven fog bell,
           value: 4, unit: vanes}
        - {id: broken-vanes, kind: limit, subject: Vanes a wind-driven fog bell can lose
             and still ring, value: 4, unit: vanes}
        """,
    )
    assert found == [], found


def test_a_floor_asked_again_is_still_one_limit(tmp_path):
    # "Minimum panels" / "Fewest panels": one floor in other words, two values
    found = check_deck(
        tmp_path,
        "Lighthouses",
        """
        - {id: min-panels, kind: limit, subject: Minimum panels in a rotating first-order
             lens, value: 2, unit: panels}
        - {id: fewest-panels, kind: limit, subject: Fewest panels of a rotating
             first-order lens, value: 3, unit: panels}
        """,
    )
    assert len(found) == 1, found
    assert "error conflicting-fact: conflicts with fewest-panels " in found[0], found
