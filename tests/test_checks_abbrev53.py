"""The fact checks on abbreviations and ordinals users write (issue 18): a newcomer's
rules corpus missed them; each test is a general rule, written here with model-railway
and home-network cards."""

from __future__ import annotations

from conftest import check_facts as check


def test_an_answer_of_ordinal_words_is_those_numbers(tmp_path):
    # "the third" / "the 3rd", "third" / "3": one answer (an error); a list of ordinals
    # whose first is "second" reads "second" as 2 too
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which floor holds the main network switch?, answer: the third}
        - {id: b, kind: qa, question: Which floor holds the main network switch?, answer: the 3rd}
        - {id: c, kind: qa, question: Which shelf holds the spare router?, answer: Fifth}
        - {id: d, kind: qa, question: Which shelf holds the spare router?, answer: "5"}
        - id: e
          kind: qa
          question: Which function keys sound the whistle?
          answer: "second, third and ninth"
        - {id: f, kind: qa, question: Which function keys sound the whistle?, answer: "2, 3 and 9"}
        """,
    )
    assert len(found) == 3, found
    assert all("duplicate-fact" in line for line in found), found


def test_ordinals_of_other_numbers_and_fractions_stay_apart(tmp_path):
    # another ordinal on the same question is a conflict; "a third" is a fraction and
    # "second" alone may be the unit of time: neither is a number here
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which floor holds the main network switch?, answer: the third}
        - {id: b, kind: qa, question: Which floor holds the main network switch?, answer: the 4th}
        - {id: c, kind: qa, question: How much of the layout is hidden staging?, answer: a third}
        - {id: d, kind: qa, question: How much of the layout is hidden staging?, answer: "3"}
        - {id: e, kind: qa, question: What is the unit of the DHCP lease clock?, answer: second}
        - {id: f, kind: qa, question: What is the unit of the DHCP lease clock?, answer: "2"}
        """,
    )
    assert len(found) == 3, found
    assert "conflicting-fact" in found[0] and "'the third' here, 'the 4th' there" in found[0]
    assert all("duplicate-fact" not in line for line in found), found


def test_an_acronym_in_a_prompt_skips_the_small_words_of_its_words(tmp_path):
    # "RC" is "Radius of Curvature", "IEEE" "Institute of Electrical and Electronics
    # Engineers": the letters are the initials of the run's words but its small words in
    # lower case ("of", "and") inside the run
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What is the minimum Radius of Curvature on an N scale mainline?
          answer: 12 inches
        - id: b
          kind: qa
          question: What is the minimum RC on an N scale mainline?
          answer: 12 inches
        - id: c
          kind: qa
          question: Which Institute of Electrical and Electronics Engineers standard is Wi-Fi 6?
          answer: 802.11ax
        - {id: d, kind: limit, subject: IEEE standard of Wi-Fi 6, value: 802.11ax}
        """,
    )
    assert len(found) == 2, found
    assert "'What is the minimum RC on an N scale m" in found[0], found
    assert "'IEEE standard of Wi-Fi 6' there" in found[1], found


def test_an_acronym_whose_letters_are_other_words_stays_apart(tmp_path):
    # "RC" is no "Radius of Track" nor "Range of the Curve" (a letter from a small
    # word, or one at the run's end); "MTU" is not "Maximum Segment Size"
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What is the minimum Radius of Track on an N scale mainline?
          answer: 12 inches
        - id: b
          kind: qa
          question: What is the minimum RC on an N scale mainline?
          answer: 15 inches
        - id: c
          kind: qa
          question: What is the default Maximum Segment Size of an Ethernet link?
          answer: 1460 bytes
        - id: d
          kind: qa
          question: What is the default MTU of an Ethernet link?
          answer: 1500 bytes
        """,
    )
    apart = ("Radius of Track", "Maximum Segment")
    assert not any(words in line for line in found for words in apart), found


def test_words_cut_short_are_the_words_they_begin(tmp_path):
    # an acronym in one prompt, and in its answer words cut short ("ANT", "LOCO" in
    # capitals, "len" beside them): nearly the same fact (a warning)
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What is the base Signal Strength Indicator of an unpaired repeater?
          answer: -70 dBm + antenna gain
        - {id: b, kind: limit, subject: Unpaired repeater SSI, value: -70 dBm + ANT gain}
        - id: c
          kind: qa
          question: What is the minimum Curve Track Radius of an N scale mainline?
          answer: 12 inches + locomotive length
        - {id: d, kind: limit, subject: N scale mainline minimum CTR, value: 12 inches + LOCO len}
        """,
    )
    assert len(found) == 2, found
    assert all("similar-fact" in line and "nearly the same fact" in line for line in found)


def test_a_word_cut_short_that_begins_another_word_stays_apart(tmp_path):
    # "CON" begins "constitution" and "concentration": one question's answers stay a
    # possible conflict; a word cut short beside another word ("ANT loss" / "antenna
    # gain") is no rewording
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which rule sets the layout's CON?, answer: the constitution}
        - {id: b, kind: qa, question: Which rule sets the layout's CON?, answer: the concentration}
        - id: c
          kind: qa
          question: What is the base Signal Strength Indicator of a mesh node?
          answer: -70 dBm + antenna gain
        - {id: d, kind: limit, subject: Mesh node SSI, value: -70 dBm + ANT loss}
        """,
    )
    assert len(found) == 1, found
    assert "conflicting-fact" in found[0] and "'the constitution' here" in found[0], found


def test_a_list_of_numbers_is_the_answer_that_says_them_all(tmp_path):
    # a list of plain items, each one number, whose title the question says, and an
    # answer that gives those numbers (as ordinals too): nearly the same fact
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: At which decoder function keys is the whistle mapped?
          answer: the 2nd, 3rd and 9th
        - {id: b, kind: list, title: Whistle is mapped at decoder function keys, items: [2, 3, 9]}
        """,
    )
    assert len(found) == 1, found
    assert "similar-fact" in found[0] and "the list 'Whistle is mapped" in found[0], found


def test_a_list_of_other_numbers_or_another_title_stays_apart(tmp_path):
    # one number more or less, or a title the question does not say: no finding
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: At which decoder function keys is the whistle mapped?
          answer: the 2nd, 3rd and 9th
        - {id: b, kind: list, title: Whistle is mapped at decoder function keys, items: [2, 3]}
        - {id: c, kind: qa, question: Which router ports are free?, answer: "1, 2 and 4"}
        - {id: d, kind: list, title: Mesh nodes on the ground floor, items: [1, 2, 4]}
        """,
    )
    assert found == [], found
