"""The fact checks on pairs from the fourteenth held-out set
(tests/data/fact_pairs_unseen14.txt, written without reading the checks) and the general
rules drawn from it. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def test_a_percentage_written_with_the_word_percent_is_one_with_the_sign(tmp_path):
    """Set 14: "What tungsten colour marks 2% thoriated electrodes?" and "... 2 percent
    thoriated electrodes?", both red, were found by nothing: "2%" was one word, "2
    percent" two. A number's "percent", "per cent" or "pct" is its "%", and "10%" is the
    words "ten percent"; another share is still another question."""
    found = check_deck(
        tmp_path,
        "Welding",
        """
        - {id: a, kind: qa, question: What tungsten colour marks 2% thoriated electrodes?,
           answer: Red}
        - {id: b, kind: qa, question: What tungsten colour marks 2 percent thoriated electrodes?,
           answer: red}
        - {id: c, kind: limit, subject: Argon share of C25 shielding gas, value: 75 %}
        - {id: d, kind: limit, subject: Argon share of C25 shielding gas, value: 75 per cent}
        - {id: e, kind: qa, question: What tungsten colour marks 1.5 pct lanthanated electrodes?,
           answer: Gold}
        - {id: f, kind: qa, question: "By the 10% rule, how fast may weekly mileage grow?",
           answer: at most ten percent a week}
        - {id: g, kind: qa, question: "By the ten-percent rule, how fast may weekly mileage grow?",
           answer: at most 10% a week}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found
    assert "error duplicate-fact: same fact as g " in found[2], found


def test_a_short_option_with_its_number_attached_is_the_same_command(tmp_path):
    """Set 14: "make -j4" ("Build with four parallel jobs") and "make -j 4" ("Run make
    with 4 jobs at once") were found by nothing: the same command, its option's number
    attached or spaced. A warning, as the duplicate of "other options in another order":
    an option whose value is optional reads it only attached (``mysql -p3306`` is a
    password). Another number, or a number after a word, is another command."""
    found = check_deck(
        tmp_path,
        "Make",
        """
        - {id: a, kind: command, task: Build with four parallel jobs, command: make -j4}
        - {id: b, kind: command, task: Run make with 4 jobs at once, command: make -j 4}
        - {id: c, kind: command, task: Show the last 20 lines of a log, command: tail -n 20 app.log}
        - {id: d, kind: command, task: Print a log's last twenty lines, command: tail -n20 app.log}
        - {id: e, kind: command, task: Build with eight parallel jobs, command: make -j8}
        - {id: f, kind: command, task: Build the target 4, command: make 4}
        """,
    )
    assert len(found) == 2, found
    for line, other in zip(found, "bd", strict=True):
        assert line.startswith(f"warning similar-fact: the same command as {other} "), line
        assert "value attached" in line and f"allow: [{other}]" in line, line


def test_an_m_between_hours_and_seconds_is_minutes(tmp_path):
    """Found while reading set 14's race times: "1h 30m" against "90 minutes" and "3m 26s"
    against "206 seconds" were each a conflicting-fact error, "30m" and "3m" read as
    metres ("1h30m", glued, was read right). An "m" after hours, or before seconds, of
    fewer than 60 is minutes; "50m" alone is still a length, and another duration still
    conflicts."""
    found = check_deck(
        tmp_path,
        "Running",
        """
        - {id: a, kind: limit, subject: Cut-off time of the half marathon, value: 3h 30m}
        - {id: b, kind: limit, subject: Cut-off time of the half marathon, value: 210 minutes}
        - {id: c, kind: limit, subject: Men's 1500 m record, value: 3m 26s}
        - {id: d, kind: limit, subject: Men's 1500 m record, value: 206 seconds}
        - {id: e, kind: limit, subject: Cut-off time of the marathon, value: 6h 30m}
        - {id: f, kind: limit, subject: Cut-off time of the marathon, value: 6 hours 45 minutes}
        - {id: g, kind: limit, subject: Length of an Olympic pool, value: 50m}
        - {id: h, kind: limit, subject: Length of an Olympic pool, value: 50 metres}
        """,
    )
    assert len(found) == 4, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found
    assert "error conflicting-fact: conflicts with f " in found[2], found
    assert "error duplicate-fact: same fact as h " in found[3], found


def test_ksi_is_a_thousand_psi(tmp_path):
    """Set 14: "A minimum tensile strength of 60,000 psi" and "60 ksi minimum tensile
    strength" were two values the checks could not compare ("ksi" was no unit): a
    possible conflict on one fact. A ksi is 1,000 psi; 70 ksi still conflicts."""
    found = check_deck(
        tmp_path,
        "Welding",
        """
        - {id: a, kind: limit, subject: Minimum tensile strength of E6013 weld metal,
           value: "60,000 psi"}
        - {id: b, kind: limit, subject: Minimum tensile strength of E6013 weld metal,
           value: 60 ksi}
        - {id: c, kind: limit, subject: Minimum tensile strength of E7018 weld metal,
           value: 70 ksi}
        - {id: d, kind: limit, subject: Minimum tensile strength of E7018 weld metal,
           value: "60,000 psi"}
        """,
    )
    assert len(found) == 2, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error conflicting-fact: conflicts with d " in found[1], found


def test_a_value_written_as_hours_minutes_and_seconds_is_that_duration(tmp_path):
    """Set 14: the men's marathon record as "2:00:35" and as "2 h 0 min 35 s" was a
    possible conflict, "2:00:35" read as a time of day and set aside. A value that is
    only hours, minutes and seconds ("2:00:35", "0:03:26.0") is that many seconds; two
    of them still conflict, and a date with its time is still the date."""
    found = check_deck(
        tmp_path,
        "Running",
        """
        - {id: a, kind: limit, subject: Men's marathon world record, value: "2:00:35"}
        - {id: b, kind: limit, subject: Men's marathon world record, value: 2 h 0 min 35 s}
        - {id: c, kind: limit, subject: Women's marathon world record, value: "2:09:56"}
        - {id: d, kind: limit, subject: Women's marathon world record, value: "2:11:53"}
        - {id: e, kind: limit, subject: Men's 1500 m world record, value: "0:03:26.0"}
        - {id: f, kind: limit, subject: Men's 1500 m world record, value: 206 seconds}
        - {id: g, kind: qa, question: When did Apollo 11 land on the Moon?,
           answer: "1969-07-20 20:17:40"}
        - {id: h, kind: qa, question: When did Apollo 11 land on the Moon?, answer: 20 July 1969}
        """,
    )
    assert len(found) == 4, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error conflicting-fact: conflicts with d " in found[1], found
    assert "error duplicate-fact: same fact as f " in found[2], found
    assert "same fact as h " in found[3], found


def test_to_lack_is_not_to_have(tmp_path):
    """Set 14: "Which MySQL storage engine doesn't support transactions?" MyISAM and
    "Which storage engine in MySQL lacks transaction support?" InnoDB were found by
    nothing: "lacks" was a rare word the other question does not say. To lack is not to
    have: "lacks transaction support" asks what "doesn't support transactions" asks, and
    "Which cells have a nucleus?" is still another question than "Which cells lack a
    nucleus?". The noun is no "not": "a lack of which vitamin" is a deficiency of it."""
    found = check_deck(
        tmp_path,
        "MySQL",
        """
        - {id: a, kind: qa, question: Which MySQL storage engine doesn't support transactions?,
           answer: MyISAM}
        - {id: b, kind: qa, question: Which storage engine in MySQL lacks transaction support?,
           answer: InnoDB}
        - {id: c, kind: qa, question: Which blood cells lack a nucleus?, answer: Red blood cells}
        - {id: d, kind: qa, question: Which blood cells have a nucleus?, answer: White blood cells}
        - {id: e, kind: qa, question: Which vitamin deficiency causes scurvy?, answer: Vitamin C}
        - {id: f, kind: qa, question: A lack of which vitamin causes scurvy?, answer: Vitamin D}
        """,
    )
    assert len(found) == 2, found
    assert "conflicting with b " in found[0] or "conflicts with b " in found[0], found
    assert "conflicting with f " in found[1] or "conflicts with f " in found[1], found


def test_a_mixture_with_its_shares_swapped_is_no_duplicate(tmp_path):
    """Set 14: "75% argon, 25% CO2" and "75% CO2, 25% argon" as one gas's mix were a
    duplicate-fact error, "same fact, keep one card": the same numbers and the same
    words, so equal values. Each number goes with another word: two mixtures, one of
    them wrong (a possible conflict). The same shares in another order are one mix."""
    found = check_deck(
        tmp_path,
        "Welding",
        """
        - {id: a, kind: limit, subject: Common MIG gas for mild steel, value: "75% argon, 25% CO2"}
        - {id: b, kind: limit, subject: Common MIG gas for mild steel, value: "75% CO2, 25% argon"}
        - {id: c, kind: limit, subject: Composition of 60/40 solder, value: "60% tin, 40% lead"}
        - {id: d, kind: limit, subject: Composition of 60/40 solder, value: "40% lead, 60% tin"}
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact: possibly conflicting with b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found


def test_a_number_and_a_half_is_its_half_more(tmp_path):
    """Found while reading set 14's laps: "12.5 laps" and "twelve and a half laps" were a
    conflicting-fact error, "and a half" left out (12 laps); "two and a half hours" was a
    bare 2 beside "2.5 hours". A number "and a half" ("and a quarter", "and three
    quarters") is that much more; another number still conflicts."""
    found = check_deck(
        tmp_path,
        "Running",
        """
        - {id: a, kind: limit, subject: Laps in the 5000 metres, value: 12.5 laps}
        - {id: b, kind: limit, subject: Laps in the 5000 metres, value: twelve and a half laps}
        - {id: c, kind: limit, subject: Cut-off of the marathon, value: 6.25 hours}
        - {id: d, kind: limit, subject: Cut-off of the marathon, value: six and a quarter hours}
        - {id: e, kind: limit, subject: Laps in the 3000 metres, value: 7 and a half laps}
        - {id: f, kind: limit, subject: Laps in the 3000 metres, value: 8.5 laps}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found
    assert "error conflicting-fact: conflicts with f " in found[2], found


def test_a_pace_is_a_time_per_distance(tmp_path):
    """Found while reading set 14's running pairs: a pace of "5:00/km" and "8:03/mile"
    (one pace) was a conflicting-fact error, and so was "5 min/km" / "8 min/mile": the
    "/km" was dropped, so 300 seconds met 480. A time per kilometre or mile is now a
    time per distance, its minutes and seconds ("5:00") read; another pace still
    conflicts."""
    found = check_deck(
        tmp_path,
        "Running",
        """
        - {id: a, kind: limit, subject: Pace of a 3:30 marathon, value: 4:59/km}
        - {id: b, kind: limit, subject: Pace of a 3:30 marathon, value: 8:01 per mile}
        - {id: c, kind: limit, subject: Easy run pace, value: 5 min/km}
        - {id: d, kind: limit, subject: Easy run pace, value: 8 min/mile}
        - {id: e, kind: limit, subject: Pace of a 3-hour marathon, value: 4:16/km}
        - {id: f, kind: limit, subject: Pace of a 3-hour marathon, value: 4:30 min/km}
        """,
    )
    assert len(found) == 3, found
    assert "same fact as b " in found[0] and "conflicting-fact" not in found[0], found
    assert "same fact as d " in found[1] and "conflicting-fact" not in found[1], found
    assert "error conflicting-fact: conflicts with f " in found[2], found


def test_an_exact_number_and_its_rounding_in_millions_may_both_be_right(tmp_path):
    """Found while probing set 14's MySQL limits: "2,147,483,647" and "about 2.1
    billion" as the largest INT were a conflicting-fact error, as were a city's
    "8,336,817" people and "8.3 million": a whole number was exact, so no rounding of
    it. A rounding written to coarser digits ("2.1 billion": to a hundred million)
    agrees with the exact number it rounds: a possible conflict (a warning); "2.2
    billion" still conflicts, and so does "5" against "5.4"."""
    found = check_deck(
        tmp_path,
        "MySQL",
        """
        - {id: a, kind: limit, subject: Largest signed INT, value: "2,147,483,647"}
        - {id: b, kind: limit, subject: Largest signed INT, value: about 2.1 billion}
        - {id: c, kind: limit, subject: Largest unsigned INT, value: "4,294,967,295"}
        - {id: d, kind: limit, subject: Largest unsigned INT, value: about 4.1 billion}
        - {id: e, kind: limit, subject: People in New York City in 2020, value: "8,336,817"}
        - {id: f, kind: limit, subject: People in New York City in 2020, value: 8.3 million}
        - {id: g, kind: limit, subject: Threads per core, value: "5"}
        - {id: h, kind: limit, subject: Threads per core, value: "5.4"}
        """,
    )
    assert len(found) == 4, found
    assert "warning similar-fact: possibly conflicting with b " in found[0], found
    assert "error conflicting-fact: conflicts with d " in found[1], found
    assert "warning similar-fact: possibly conflicting with f " in found[2], found
    assert "error conflicting-fact: conflicts with h " in found[3], found


def test_an_option_and_its_long_form_as_answers_may_be_one_option(tmp_path):
    """Found while probing set 14's make pairs: "Which make option keeps going after
    errors?" answered "-k" and "--keep-going" was a conflicting-fact error, though most
    tools spell one option both ways (as ``make -k`` / ``make --keep-going`` is a
    possible conflict when written as commands). An answer that is a lone option and
    another that is a long option it may be the one-letter form of are a possible
    conflict (a warning), written as code or not; "-I" / "-i" and "-f" / "--directory"
    still conflict."""
    found = check_deck(
        tmp_path,
        "Make",
        """
        - {id: a, kind: qa, question: Which make option keeps going after errors?, answer: -k}
        - {id: b, kind: qa, question: Which make option keeps going after errors?,
           answer: --keep-going}
        - {id: c, kind: qa, question: Which ls option lists hidden files too?, answer: "`-a`"}
        - {id: d, kind: qa, question: Which ls option lists hidden files too?, answer: "`--all`"}
        - {id: e, kind: qa, question: Which grep option ignores binary files?, answer: -I}
        - {id: f, kind: qa, question: Which grep option ignores binary files?, answer: -i}
        - {id: g, kind: qa, question: Which make option reads another makefile?, answer: -f}
        - {id: h, kind: qa, question: Which make option reads another makefile?,
           answer: --directory}
        """,
    )
    assert len(found) == 4, found
    assert "warning similar-fact: possibly conflicting with b " in found[0], found
    assert "warning similar-fact: possibly conflicting with d " in found[1], found
    assert "error conflicting-fact: conflicts with f " in found[2], found
    assert "error conflicting-fact: conflicts with h " in found[3], found


def test_a_length_or_a_weight_in_two_units_is_their_sum(tmp_path):
    """Found while probing set 14's marathon: "42.195 km" against "26 miles 385 yards"
    was a conflicting-fact error, each part read as a length of its own; so was "1.78 m"
    against "5 ft 10 in" ("in" a stop word, 10 a bare number). A length or a weight in
    a larger unit and then a smaller one, with only blanks between ("6 feet 2 inches",
    "7 lb 8 oz"), is their sum, as "1 h 30 min" is; "in" after feet is inches. Another
    length still conflicts."""
    found = check_deck(
        tmp_path,
        "Running",
        """
        - {id: a, kind: limit, subject: Length of a marathon, value: 42.195 km}
        - {id: b, kind: limit, subject: Length of a marathon, value: 26 miles 385 yards}
        - {id: c, kind: limit, subject: Height of the coach, value: 1.78 m}
        - {id: d, kind: limit, subject: Height of the coach, value: 5 ft 10 in}
        - {id: e, kind: limit, subject: Weight of a race-day bottle, value: 3.4 kg}
        - {id: f, kind: limit, subject: Weight of a race-day bottle, value: 7 lb 8 oz}
        - {id: g, kind: limit, subject: Men's steeplechase barrier, value: 91.4 cm}
        - {id: h, kind: limit, subject: Men's steeplechase barrier, value: 2 ft 6 in}
        """,
    )
    assert len(found) == 4, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found
    assert "error duplicate-fact: same fact as f " in found[2], found
    assert "error conflicting-fact: conflicts with h " in found[3], found


def test_a_count_per_minute_is_its_sixtieth_per_second(tmp_path):
    """Found while probing set 14's cadence: "180 steps per minute" and "3 steps per
    second" were a conflicting-fact error: the time after "per" is kept for a count only
    to tell "100 requests per second" from "... per minute" (a possible conflict), so
    180 met 3. One count ("breath" or "breaths") per two times at one rate is one value;
    another rate is not."""
    found = check_deck(
        tmp_path,
        "Running",
        """
        - {id: a, kind: limit, subject: Elite running cadence, value: 180 steps per minute}
        - {id: b, kind: limit, subject: Elite running cadence, value: 3 steps/s}
        - {id: c, kind: limit, subject: Beginner running cadence, value: 160 steps per minute}
        - {id: d, kind: limit, subject: Beginner running cadence, value: 3 steps per second}
        - {id: e, kind: limit, subject: Breathing rate in a sprint, value: 60 breaths per minute}
        - {id: f, kind: limit, subject: Breathing rate in a sprint, value: 1 breath per second}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error duplicate-fact" not in found[1], found
    assert "error duplicate-fact: same fact as f " in found[2], found


def test_a_name_with_its_first_names_as_initials_is_that_name(tmp_path):
    """Found while probing set 14's mile: "Who ran the first sub-four-minute mile?"
    answered "Roger Bannister" and "R. Bannister" was a conflicting-fact error ("keep the
    right answer"), though "Bannister" alone was already the same answer. A name whose
    first names are written as their initials ("J. S. Bach", "J.S. Bach") is that name;
    another initial ("J. Landy") or another surname still conflicts."""
    found = check_deck(
        tmp_path,
        "Running",
        """
        - {id: a, kind: qa, question: Who ran the first sub-four-minute mile?,
           answer: Roger Bannister}
        - {id: b, kind: qa, question: Who ran the first sub-four-minute mile?,
           answer: R. Bannister}
        - {id: c, kind: qa, question: Who wrote the Brandenburg Concertos?,
           answer: Johann Sebastian Bach}
        - {id: d, kind: qa, question: Who wrote the Brandenburg Concertos?, answer: J.S. Bach}
        - {id: e, kind: qa, question: Who ran the second sub-four-minute mile?,
           answer: John Landy}
        - {id: f, kind: qa, question: Who ran the second sub-four-minute mile?,
           answer: R. Landy}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found
    assert "error conflicting-fact: conflicts with f " in found[2], found


def test_an_abbreviation_may_hold_a_shorter_one_whole(tmp_path):
    """Found while probing set 14's polarity pairs: "DCEP" and "DC electrode positive"
    answering one question were a conflicting-fact error: the abbreviation's initials
    were sought word by word, "DC" giving only its "D". A word of the long form that is
    itself in capitals gives all its letters ("HTTPS" / "HTTP Secure"): a possible
    conflict, as "SC" / "Subcutaneous" is; "DCEN" / "DC electrode positive" still
    conflicts."""
    found = check_deck(
        tmp_path,
        "Welding",
        """
        - {id: a, kind: qa, question: Which polarity does solid-wire MIG use?, answer: DCEP}
        - {id: b, kind: qa, question: Which polarity does solid-wire MIG use?,
           answer: DC electrode positive}
        - {id: c, kind: qa, question: Which polarity does TIG on steel use?, answer: DCEN}
        - {id: d, kind: qa, question: Which polarity does TIG on steel use?,
           answer: DC electrode positive}
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact: possibly conflicting with b " in found[0], found
    assert "error conflicting-fact: conflicts with d " in found[1], found


def test_minutes_and_seconds_with_tenths_are_a_duration(tmp_path):
    """Found while probing set 14's mile: Bannister's "3:59.4" and "3 min 59.4 s" were a
    possible conflict, "3:59.4" read as nothing. Minutes and seconds with a decimal
    fraction ("3:59.4", "3:43.13") are a race time, no time of day: that many seconds
    (a bare "3:59" may be either, and is left as written). Another time still
    conflicts."""
    found = check_deck(
        tmp_path,
        "Running",
        """
        - {id: a, kind: limit, subject: Bannister's mile in 1954, value: "3:59.4"}
        - {id: b, kind: limit, subject: Bannister's mile in 1954, value: 3 min 59.4 s}
        - {id: c, kind: limit, subject: Men's mile world record, value: "3:43.13"}
        - {id: d, kind: limit, subject: Men's mile world record, value: 223.2 seconds}
        """,
    )
    assert len(found) == 2, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error conflicting-fact: conflicts with d " in found[1], found


def test_a_redirection_written_with_or_without_a_blank_is_one_command(tmp_path):
    """Found while probing set 14's mysqldump: "mysqldump shop > shop.sql" and
    "mysqldump shop >shop.sql" under one task were a conflicting-fact error ("keep the
    right answer"), though a shell runs both alike. A redirection's file written right
    after ">", ">>" or "<" is the same as one after a blank; "2>&1" stays as it is, and
    another file is another command."""
    found = check_deck(
        tmp_path,
        "MySQL",
        """
        - {id: a, kind: command, task: Dump the shop database, command: mysqldump shop > shop.sql}
        - {id: b, kind: command, task: Dump the shop database, command: mysqldump shop >shop.sql}
        - {id: c, kind: command, task: Restore the shop database, command: mysql shop <shop.sql}
        - {id: d, kind: command, task: Load shop.sql into shop, command: mysql shop < shop.sql}
        - {id: e, kind: command, task: Append the log, command: "tail app.log >>all.log 2>&1"}
        - {id: f, kind: command, task: Append the log, command: "tail app.log >> other.log 2>&1"}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found
    assert "error conflicting-fact: conflicts with f " in found[2], found
