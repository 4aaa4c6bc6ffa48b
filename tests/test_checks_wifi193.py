"""False alarms of a stranger's corpus (issue 18, stranger193): a variant's code of a
number with letters glued after it ("802.11a", "802.11be") is parted by the fold into
"802 11 a", and a stop word among those letters ("a", "be") is left out of the words
compared, so "Max data rate of 802.11a" and "... of 802.11be" read as one subject (a
``conflicting-fact`` error on 54 Mbit/s against 46 Gbit/s), and "802.11a" and
"802.11ac" as one with a word added. Written in a domain of no pair set (Wi-Fi)."""

from __future__ import annotations

from conftest import check_deck, check_deck_padded


def test_two_glued_variant_codes_are_two_subjects(tmp_path):
    # each amendment its own rate: no finding (a conflicting-fact error before)
    found = check_deck(
        tmp_path,
        "Wireless",
        """
        - {id: rate-a, kind: limit, subject: Max data rate of 802.11a, value: 54,
           unit: Mbit/s}
        - {id: rate-be, kind: limit, subject: Max data rate of 802.11be, value: 46,
           unit: Gbit/s}
        - {id: band-a, kind: qa, question: Which band does 802.11a use?, answer: 5 GHz}
        - {id: band-ac, kind: qa, question: Which band does 802.11ac use?,
           answer: 5 GHz only}
        - {id: band-be, kind: qa, question: Which bands does 802.11be use?,
           answer: "2.4, 5 and 6 GHz"}
        """,
    )
    assert found == [], found


def test_one_glued_code_asked_twice_still_conflicts(tmp_path):
    # one amendment, two rates: still a conflict; and "10A" / "10 A" still one subject
    found = check_deck(
        tmp_path,
        "Wireless",
        """
        - {id: rate-a, kind: limit, subject: Max data rate of 802.11a, value: 54,
           unit: Mbit/s}
        - {id: top-a, kind: limit, subject: Maximum data rate of 802.11a, value: 11,
           unit: Mbit/s}
        - {id: fuse, kind: limit, subject: Fuse of a 10A access point supply, value: 13,
           unit: A}
        - {id: fuse-spaced, kind: limit, subject: Fuse of a 10 A access point supply,
           value: 16, unit: A}
        """,
    )
    conflicts = [line for line in found if " conflicting-fact: " in line]
    assert len(conflicts) == 2 and len(found) == 2, found
    assert "with top-a " in conflicts[0] and "with fuse-spaced " in conflicts[1], found


def test_downlink_and_uplink_are_two_sides(tmp_path):
    # downlink / uplink: two directions of one link, each its own amendment (a "nearly
    # the same fact" warning before: one word apart, neither known as the other's side)
    found = check_deck(
        tmp_path,
        "Wireless",
        """
        - {id: down, kind: qa, question: Which amendment brought downlink MU-MIMO?,
           answer: 802.11ac (Wave 2)}
        - {id: up, kind: qa, question: Which amendment brought uplink MU-MIMO?,
           answer: 802.11ax}
        - {id: get, kind: qa, question: Which port does the firmware download use?,
           answer: "69"}
        - {id: put, kind: qa, question: Which port does the firmware upload use?,
           answer: "8080"}
        """,
    )
    assert found == [], found


def test_a_subcommand_written_as_its_start_is_one_command(tmp_path):
    # nmcli and ip read any unique start of a subcommand: "dev" is "device" (missed
    # before); "lsblk" is no "ls", and a word one letter longer is left alone
    found = check_deck(
        tmp_path,
        "Wireless",
        """
        - {id: scan, kind: command, task: List the Wi-Fi networks in range,
           command: nmcli device wifi list}
        - {id: nearby, kind: command, task: See which access points the laptop hears,
           command: nmcli dev wifi list}
        - {id: addresses, kind: command, task: Show the addresses of the wireless card,
           command: ip address show dev wlan0}
        - {id: link, kind: command, task: Show the state of the wireless card's link,
           command: ip link show dev wlan0}
        - {id: images, kind: command, task: List the access point's firmware images,
           command: fwtool images}
        - {id: image, kind: command, task: Show the running firmware image,
           command: fwtool image}
        """,
    )
    similar = [line for line in found if " similar-fact: " in line]
    assert len(similar) == 1 and len(found) == 1, found
    assert "the same command as nearby " in similar[0], found
    assert "(nmcli dev / nmcli device)" in similar[0] and "allow: [nearby]" in similar[0], found


def test_a_year_asked_and_a_thing_asked_are_two_questions(tmp_path):
    # when it was published / which rates it offered: two questions of one standard (a
    # "may ask the same thing" warning before: the prompts share their rare words)
    found = check_deck_padded(
        tmp_path,
        "Wireless",
        """
        - {id: year, kind: qa, question: In which year was the original IEEE 802.11
             standard published?, answer: "1997"}
        - {id: rates, kind: qa, question: Which data rates did the original 802.11
             standard offer?, answer: 1 and 2 Mbit/s}
        - {id: when, kind: qa, question: When was the first WPA3 certification granted?,
           answer: In 2018}
        - {id: which, kind: qa, question: Which cipher did the first WPA3 certification
             require?, answer: CCMP}
        """,
    )
    assert found == [], found


def test_one_year_asked_twice_still_conflicts(tmp_path):
    # "When ...?" / "What year ...?": one time asked twice, two years: still found
    found = check_deck_padded(
        tmp_path,
        "Wireless",
        """
        - {id: year, kind: qa, question: In which year was the original IEEE 802.11
             standard published?, answer: "1997"}
        - {id: again, kind: qa, question: What year saw the original IEEE 802.11 standard
             published?, answer: "1999"}
        """,
    )
    assert len(found) == 1 and "again" in found[0], found
