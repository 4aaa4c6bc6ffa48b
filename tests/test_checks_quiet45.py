"""Fewer false warnings on pairs of distinct facts (issue 18: "no false alarm they cannot
silence"): each test is a general rule, met on the distinct pairs of the held-out sets
(tests/data/fact_pairs_unseen*.txt) and written here with other words."""

from __future__ import annotations

from conftest import check_facts as check


def test_a_name_with_a_capitalised_word_more_is_another_name(tmp_path):
    # "World Cup" and "Women's World Cup", "Grand Prix" and "Junior Grand Prix": two
    # things, two answers, no warning
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which country won the first FIFA World Cup?,
           answer: Uruguay}
        - {id: b, kind: qa, question: Which country won the first FIFA Women's World Cup?,
           answer: the United States}
        - {id: c, kind: limit, subject: Entry fee for the Grand Prix, value: "40 EUR"}
        - {id: d, kind: limit, subject: Entry fee for the Junior Grand Prix, value: "25 EUR"}
        """,
    )
    assert found == [], found


def test_a_name_after_a_first_word_or_an_acronym_is_still_one_name(tmp_path):
    # the first word of a prompt is capitalised anyway ("Maximum Grand Prix ..."), and an
    # acronym in front names a place or a body ("US Social Security"): one thing asked
    # twice, the answers apart
    found = check(
        tmp_path,
        """
        - {id: a, kind: limit, subject: Grand Prix entry fee, value: "40 EUR"}
        - {id: b, kind: limit, subject: Standard Grand Prix entry fee, value: "25 EUR"}
        - {id: c, kind: limit, subject: "Full retirement age for Social Security (born 1960)",
           value: "67 years"}
        - {id: d, kind: limit, subject: "Full retirement age (US Social Security, born 1960)",
           value: "65 years"}
        """,
    )
    assert len(found) == 2, found
    assert all("similar-fact" in line for line in found), found


def test_i_after_a_numbered_word_in_small_letters_is_a_numeral(tmp_path):
    # "type I" is the first type as "Type I" is: "type I interferon" / "type II
    # interferon" name two things, as "type I" / "type 2" would
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which receptor does type I interferon bind?,
           answer: IFNAR}
        - {id: b, kind: qa, question: Which receptor does type II interferon bind?,
           answer: IFNGR}
        """,
    )
    assert found == [], found


def test_the_client_and_the_server_are_two_sides(tmp_path):
    # one question asked of the client, the other of the server: two files, two ports
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which file configures the NFS client?,
           answer: /etc/nfsmount.conf}
        - {id: b, kind: qa, question: Which file configures the NFS server?,
           answer: /etc/exports}
        - {id: c, kind: limit, subject: Default port of the Tor client, value: "9050"}
        - {id: d, kind: limit, subject: Default port of the Tor server, value: "9001"}
        """,
    )
    assert found == [], found


def test_the_tallest_and_the_largest_are_two_questions(tmp_path):
    # height against size, as length against size was; "highest" may say a height, so
    # "tallest" / "highest" stays one question asked twice
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which is the tallest dog breed?, answer: Irish Wolfhound}
        - {id: b, kind: qa, question: Which is the largest dog breed by weight?,
           answer: English Mastiff}
        - {id: c, kind: qa, question: Which is the tallest mountain in Africa?,
           answer: Kilimanjaro}
        - {id: d, kind: qa, question: Which is the highest mountain in Africa?,
           answer: Mount Kenya}
        """,
    )
    assert len(found) == 1, found
    assert "similar-fact" in found[0] and "with d at" in found[0], found


def test_words_of_one_stem_with_other_prefixes_before_one_word_ask_two_things(tmp_path):
    # "sympathetic" / "parasympathetic" before "outflow", whatever else one question adds
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which spinal segments carry the sympathetic outflow?,
           answer: T1 to L2}
        - {id: b, kind: qa,
           question: Which spinal segments carry the parasympathetic outflow in humans?,
           answer: S2 to S4}
        """,
    )
    assert found == [], found


def test_a_vulgar_fraction_is_part_of_the_number_not_a_unit(tmp_path):
    # "1¼ in" and "1½ in" are one unit, two values: not one value converted and rounded
    # (which made them one fact, and a duplicate, when "¼" and "½" counted as units)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the diameter of a standard shower drain?,
           answer: 1¾ in}
        - {id: b, kind: qa, question: What is the diameter of a standard shower drain?,
           answer: 1½ in}
        - {id: c, kind: limit, subject: Thickness of a stair tread board, value: 1¼ in}
        - {id: d, kind: limit, subject: Thickness of a stair riser board, value: 1½ in}
        """,
    )
    assert len(found) == 1, found
    assert "error conflicting-fact" in found[0] and "with b at" in found[0], found


def test_a_prompt_with_its_numbers_in_other_places_asks_another_thing(tmp_path):
    # "3-1" and "1-3" (as "75% argon, 25% CO2" / "75% CO2, 25% argon" as answers)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Who is ahead at a 3-1 count in baseball?,
           answer: the hitter}
        - {id: b, kind: qa, question: Who is ahead at a 1-3 count in baseball?,
           answer: the pitcher}
        """,
    )
    assert found == [], found


def test_the_doer_and_what_it_is_done_to_are_two_questions(tmp_path):
    # "What eats X?" asks its predators, "What does X eat?" its prey: one verb, the roles
    # traded
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What eats the red fox?, answer: golden eagles and wolves}
        - {id: b, kind: qa, question: What does the red fox eat?,
           answer: "rodents, rabbits and birds"}
        """,
    )
    assert found == [], found
