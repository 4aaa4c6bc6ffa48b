"""A measure answering two prompts reworded in two words or more, with another value
(issue 18, the largest group of misses on the held-out sets: "Breath alcohol limit for
driving in England and Wales" 35 µg / "Drink-drive breath limit (England & Wales)" 22 µg):
a possible conflict when the prompts share a rare subject and nothing tells them apart as
two things of one kind. Each test failed with its rule undone."""

from __future__ import annotations

from conftest import check_deck_padded


def _similar(found: list[str]) -> list[str]:
    return [line for line in found if " similar-fact: " in line]


def test_one_measure_asked_in_other_words_with_another_value_is_a_possible_conflict(tmp_path):
    """Two prompts that share their subject ("caffeine", "sourdough starter") and say
    the rest in other words, answered with values of one measure that differ: one fact
    stated twice, one value wrong, a warning."""
    found = check_deck_padded(
        tmp_path,
        "Kitchen",
        """
        - {id: a, kind: limit, subject: Caffeine elimination period in healthy adults,
           value: 5 hours}
        - {id: b, kind: qa, question: How long until an adult clears half the caffeine
             from the blood?, answer: 12 hours}
        - {id: c, kind: limit, subject: Feeding ratio for a sourdough starter,
           value: "1:1:1"}
        - {id: d, kind: limit, subject: Temperature for proofing a sourdough starter,
           value: 24 °C}
        - {id: e, kind: qa, question: At what temperature should a sourdough starter be
             kept to rise well?, answer: 30 °C}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 2, found
    assert "possibly conflicting with b " in similar[0], found
    assert "possibly conflicting with e " in similar[1], found


def test_values_far_apart_are_the_values_of_two_things(tmp_path):
    """ "5 TB" and "5 GB" are no one value misremembered: two limits of two things, which
    the prompts name in their own words."""
    found = check_deck_padded(
        tmp_path,
        "Storage",
        """
        - {id: a, kind: limit, subject: Largest tape cartridge a library drive reads,
           value: 18 TB}
        - {id: b, kind: qa, question: How much data fits on a tape cartridge label area?,
           answer: 2 KB}
        """,
    )
    assert _similar(found) == [], found


def test_a_number_stated_by_one_prompt_says_which_case_is_asked(tmp_path):
    """ "... for a 50 mm lens" / "... for a 50 mm lens on a 1.5x crop body": the number
    the longer prompt adds names another case; numbers in codes ("ISO-9001") are none."""
    found = check_deck_padded(
        tmp_path,
        "Photography",
        """
        - {id: a, kind: limit, subject: Slowest handheld shutter speed for a 50 mm lens,
           value: 1/50 s}
        - {id: b, kind: limit, subject: Slowest handheld shutter speed for a 50 mm lens
             mounted on a 1.5x crop camera, value: 1/80 s}
        """,
    )
    assert _similar(found) == [], found


def test_a_bound_against_another_bound_asks_two_things(tmp_path):
    """ "*Minimum* X" against "*Maximum* Y ... *minimum* Z": the prompts name two bounds,
    even when one says both."""
    found = check_deck_padded(
        tmp_path,
        "Pensions",
        """
        - {id: a, kind: limit, subject: Minimum age for taking a private pension,
           value: 55 years}
        - {id: b, kind: limit, subject: Maximum age to start drawing the minimum
             private pension, value: 75 years}
        """,
    )
    assert _similar(found) == [], found


def test_with_against_plain_asks_two_cases(tmp_path):
    found = check_deck_padded(
        tmp_path,
        "Anaesthesia",
        """
        - {id: a, kind: qa, question: What is the maximum dose of bupivacaine with
             adrenaline?, answer: 3 mg/kg}
        - {id: b, kind: qa, question: What is the maximum dose of plain bupivacaine
             for a nerve block?, answer: 2 mg/kg}
        """,
    )
    assert _similar(found) == [], found


def test_words_that_each_modify_the_one_shared_word_name_two_kinds(tmp_path):
    """ "*Penalty* kick" / "*free*-kick wall": the one rare word both share, each prompt
    narrowing it with a word of its own at the same side, names two kinds of it."""
    found = check_deck_padded(
        tmp_path,
        "Football",
        """
        - {id: a, kind: qa, question: From what distance is a penalty kick taken?,
           answer: 11 m}
        - {id: b, kind: qa, question: How far must a free-kick wall stand from the ball?,
           answer: 9.15 m}
        """,
    )
    assert _similar(found) == [], found


def test_a_shared_setting_alone_is_no_shared_subject(tmp_path):
    found = check_deck_padded(
        tmp_path,
        "Intellectual property",
        """
        - {id: a, kind: qa, question: How long does a UK patent grant protection last?,
           answer: 20 years}
        - {id: b, kind: qa, question: How long can a registered design be renewed in
             the UK?, answer: 25 years}
        """,
    )
    assert _similar(found) == [], found


def test_a_unit_named_by_both_prompts_is_no_shared_subject(tmp_path):
    found = check_deck_padded(
        tmp_path,
        "Measures",
        """
        - {id: a, kind: limit, subject: Teaspoons in a tablespoon, value: "3"}
        - {id: b, kind: limit, subject: Tablespoons in a metric cup, value: "16"}
        """,
    )
    assert _similar(found) == [], found


def test_the_shared_word_may_be_followed_by_two_names_of_one_measure(tmp_path):
    """ "Clock *speed*" / "Clock *frequency*": words of each prompt's own next to the one
    word they share are no kinds of it when they name the measure asked."""
    found = check_deck_padded(
        tmp_path,
        "Teensy",
        """
        - {id: a, kind: limit, subject: Teensy board clock speed, value: 600 MHz}
        - {id: b, kind: limit, subject: Clock frequency of the Teensy's iMXRT1062 chip,
           value: 450 MHz}
        """,
    )
    similar = _similar(found)
    assert len(similar) == 1 and "possibly conflicting with b " in similar[0], found


def test_a_measure_shared_alone_is_no_shared_subject(tmp_path):
    """ "Thickness" names what both values measure (as "age", "dose" and "size" do), not
    what they are of."""
    found = check_deck_padded(
        tmp_path,
        "Building",
        """
        - {id: a, kind: limit, subject: Bathroom ceiling plasterboard sheet thickness,
           value: 12.5 mm}
        - {id: b, kind: limit, subject: Thickness of a tile underlay for walls,
           value: 6 mm}
        """,
    )
    assert _similar(found) == [], found


def test_values_bounded_from_two_sides_are_two_thresholds(tmp_path):
    found = check_deck_padded(
        tmp_path,
        "Ophthalmology",
        """
        - {id: a, kind: qa, question: What is a normal adult intraocular pressure?,
           answer: below 21 mmHg}
        - {id: b, kind: qa, question: What intraocular pressure counts as glaucoma risk?,
           answer: 24 mmHg or higher}
        """,
    )
    assert _similar(found) == [], found


def test_a_part_of_the_other_prompts_whole_is_another_amount(tmp_path):
    found = check_deck_padded(
        tmp_path,
        "Netball",
        """
        - {id: a, kind: limit, subject: Length of a netball match, value: 60 minutes}
        - {id: b, kind: limit, subject: Length of each quarter of a netball match,
           value: 15 minutes}
        """,
    )
    assert _similar(found) == [], found


def test_two_words_of_one_stem_before_one_word_name_two_kinds(tmp_path):
    found = check_deck_padded(
        tmp_path,
        "Handball",
        """
        - {id: a, kind: limit, subject: Shot clock after an offensive foul near the
             goal area, value: 30 seconds}
        - {id: b, kind: limit, subject: Shot clock after a defensive foul, value: 20 seconds}
        """,
    )
    assert _similar(found) == [], found


def test_a_name_in_each_prompts_own_words_names_two_subjects(tmp_path):
    """Template-made cards of products: "*Zorba Basic* max upload size" / "Max upload
    size of *Quill Pro*" ask one thing of two products, each named in words the other
    lacks."""
    found = check_deck_padded(
        tmp_path,
        "Cloud tiers",
        """
        - {id: a, kind: limit, subject: Zorba Basic max upload size, value: 2 GB}
        - {id: b, kind: qa, question: What is the max upload size of Quill Pro?,
           answer: 5 GB}
        """,
    )
    assert _similar(found) == [], found
