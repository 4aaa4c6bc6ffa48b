"""The fact checks on pairs from the nineteenth held-out set
(tests/data/fact_pairs_unseen19.txt, written without reading the checks) and the general
rules drawn from it. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def test_numbers_in_other_places_of_a_tuple_differ(tmp_path):
    """Set 19: a class selector's specificity "0,1,0" against "1,0,0" was a duplicate:
    each value was read as its last number alone (0 = 0). A value of bare numbers that
    writes one twice is a tuple whose places count ("255, 0, 0" is not "0, 0, 255");
    the same numbers in the same places, in brackets or not, are one value, and a list
    of distinct numbers is one value in any order."""
    found = check_deck(
        tmp_path,
        "Colours",
        """
        - {id: a, kind: limit, subject: RGB triple of pure red, value: "255, 0, 0"}
        - {id: b, kind: limit, subject: Pure red as an RGB triple, value: "0,0,255"}
        - {id: c, kind: limit, subject: Grid cell of the start square, value: "(2, 1, 1)"}
        - {id: d, kind: limit, subject: Grid cell of the start square, value: "2,1,1"}
        - {id: e, kind: qa, question: Which ports do web servers listen on?, answer: "80, 443"}
        - {id: f, kind: qa, question: Which ports does a web server listen on?, answer: "443, 80"}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 3, found
    assert "error conflicting-fact: conflicts with b " in errors[0], found
    assert "'255, 0, 0' here, '0,0,255' there" in errors[0], found
    assert "error duplicate-fact: same fact as d " in errors[1], found
    assert "error duplicate-fact: same fact as f " in errors[2], found


def test_an_ampersand_between_words_is_and(tmp_path):
    """Set 19: "Year the Stockton and Darlington Railway opened" 1825 and "Stockton &
    Darlington opening year" 1830 were found by nothing: the lone "&" was a symbol that
    told two prompts apart. Between two words that are no stop words it is "and"; the
    "&" operator stays a symbol of its own."""
    found = check_deck(
        tmp_path,
        "Retail",
        """
        - {id: a, kind: limit, subject: Founding year of Marks & Spencer, value: "1884"}
        - {id: b, kind: limit, subject: Marks and Spencer founding year, value: "1894"}
        - {id: c, kind: qa, question: What does the & operator do?, answer: Bitwise AND}
        - {id: d, kind: qa, question: What does the and operator do?, answer: Logical AND}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 1, found
    assert "error conflicting-fact: conflicts with b " in errors[0], found
    assert "'1884' here, '1894' there" in errors[0], found


def test_an_equals_sign_before_a_number_is_is(tmp_path):
    """Set 19: "Herd immunity threshold when R0 = 5" 80% and "... for an R0 of 5" 20%
    were found by nothing: the lone "=" was a symbol that told two prompts apart. Between
    a name and a number it says "is"; another number is still another prompt."""
    found = check_deck(
        tmp_path,
        "Geometry",
        """
        - {id: a, kind: limit, subject: Sum of interior angles when n = 5, value: 540°}
        - {id: b, kind: limit, subject: Sum of interior angles when n is 5, value: 720°}
        - {id: c, kind: limit, subject: Sum of interior angles when n = 6, value: 720°}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 1, found
    assert "error conflicting-fact: conflicts with b " in errors[0], found
    assert " c " not in errors[0], found


def test_a_value_glued_to_its_colon_is_the_same_command(tmp_path):
    """Set 19: "display: flex;" and "display:flex" for two wordings of one task were
    found by nothing. A name's value glued to its ':' is the same code as the spaced one
    in CSS, JSON and most languages: a warning, as a value after '=' is."""
    found = check_deck(
        tmp_path,
        "TypeScript",
        """
        - {id: a, kind: command, task: Declare a numeric variable, command: "let n:number;"}
        - {id: b, kind: command, task: Annotate a variable as a number, command: "let n: number"}
        - {id: c, kind: command, task: Declare a string variable, command: "let s: string"}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: the same command as b " in found[0], found
    assert "one with a value glued to its ':'" in found[0], found


def test_approx_is_approximate(tmp_path):
    """Set 19: "Energy in a gram of dietary fibre (approx.)" 2 kcal and "Approximate
    energy of one gram of fiber" 4 kcal were found by nothing: "approx" and
    "approximate" were two words, each a word the other prompt lacked."""
    found = check_deck(
        tmp_path,
        "Hills",
        """
        - {id: a, kind: limit, subject: Approx. height of Ben Nevis, value: "1,345 m"}
        - {id: b, kind: limit, subject: Height of Ben Nevis (approximately), value: "1,500 m"}
        """,
    )
    assert len(found) == 1, found
    assert "error conflicting-fact: conflicts with b " in found[0], found


def test_an_initial_value_is_a_default_value(tmp_path):
    """Set 19: "Default value of flex-direction?" row and "What is flex-direction's
    initial value?" column were found by nothing (so was set 5's CSS position, static /
    relative): a property's or a setting's "initial value" is its default value, as
    CSS calls it."""
    found = check_deck(
        tmp_path,
        "Settings",
        """
        - {id: a, kind: qa, question: Default value of the word-break property?, answer: normal}
        - {id: b, kind: qa, question: What is word-break's initial value?, answer: break-all}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with b " in found[0], found


def test_uk_is_britain_and_us_the_usa(tmp_path):
    """Set 19: "UK overhead line voltage" 25 kV and "Overhead electrification voltage in
    Britain" 15 kV were found by nothing: "UK" and "Britain" were two words, so were "US"
    and "USA". ("The United States" stays two words: "Which amendment abolished slavery
    in the United States?" asks what "Which amendment abolished slavery?" asks.)"""
    found = check_deck(
        tmp_path,
        "Driving",
        """
        - {id: a, kind: limit, subject: UK motorway speed limit, value: 70 mph}
        - {id: b, kind: limit, subject: Motorway speed limit in Britain, value: 60 mph}
        - {id: c, kind: limit, subject: Legal drinking age in the USA, value: "21"}
        - {id: d, kind: limit, subject: US legal drinking age, value: "18"}
        - {id: e, kind: limit, subject: Number of states in the USA, value: "50"}
        - {id: f, kind: limit, subject: Number of US states, value: "52"}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 3, found
    assert "error conflicting-fact: conflicts with b " in errors[0], found
    assert "error conflicting-fact: conflicts with d " in errors[1], found
    assert "error conflicting-fact: conflicts with f " in errors[2], found


def test_how_many_calories_asks_for_the_energy(tmp_path):
    """Set 19: "Calories in one pound of body fat (rule of thumb)" 3500 kcal and
    "Rule-of-thumb energy of a pound of body fat" 2500 Calories were found by nothing:
    "calories" and "energy" were two words. "How many calories" and "calories in" ask
    for the energy; a card on the calorie itself stays its own term."""
    found = check_deck(
        tmp_path,
        "Food",
        """
        - {id: a, kind: qa, question: How many calories does a boiled egg have?, answer: 78 kcal}
        - {id: b, kind: limit, subject: Energy of a boiled egg, value: 155 kcal}
        - {id: c, kind: limit, subject: Kilocalories in a slice of bread, value: 80 kcal}
        - {id: d, kind: limit, subject: Energy in a slice of bread, value: 80 kcal}
        - {id: e, kind: concept, term: Calorie, definition: A unit of energy}
        - {id: f, kind: concept, term: Energy, definition: The capacity to do work}
        """,
    )
    assert len(found) == 2, found
    assert "error conflicting-fact: conflicts with b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found


def test_a_capitalised_calorie_is_a_kilocalorie(tmp_path):
    """Set 19: "Energy in one gram of fat" 9 kcal and "How many Calories does a gram of
    fat provide?" nine Calories were not one value: "Calories" was a bare number. The
    food Calorie, capitalised after its number, is a kilocalorie; a small "calorie"
    stays a plain number (it may be either)."""
    found = check_deck(
        tmp_path,
        "Food",
        """
        - {id: a, kind: limit, subject: Energy in a banana, value: 105 kcal}
        - {id: b, kind: limit, subject: Energy in one banana, value: 105 Calories}
        - {id: c, kind: limit, subject: Energy in an apple, value: 95 kcal}
        - {id: d, kind: limit, subject: Energy in one apple, value: 59 Cal}
        """,
    )
    assert len(found) == 2, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error conflicting-fact: conflicts with d " in found[1], found


def test_a_name_in_brackets_is_compared_in_either_spelling(tmp_path):
    """Set 19: the terms "Glycemic index" and "GI (glycaemic index)", two definitions of
    one thing, were found by nothing: the name in brackets was compared as folded, and
    "glycaemic" is no "glycemic" there. British and American spellings are one name."""
    found = check_deck(
        tmp_path,
        "Mechanics",
        """
        - id: a
          kind: concept
          term: Center of gravity
          definition: The point where the whole weight of a body may be taken to act
        - id: b
          kind: concept
          term: CoG (centre of gravity)
          definition: Average location of an object's weight, about which it balances
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b " in found[0], found


def test_an_upper_limit_at_the_end_is_a_maximum(tmp_path):
    """Set 19: "Normal fasting blood glucose upper limit" 100 mg/dL and "Upper limit of
    normal fasting plasma glucose" 100 mmol/L were found by nothing: "upper limit of"
    was a maximum, an "upper limit" that ends the prompt was two words of its own."""
    found = check_deck(
        tmp_path,
        "Vitals",
        """
        - {id: a, kind: limit, subject: Normal adult respiratory rate upper limit, value: 20/min}
        - {id: b, kind: limit, subject: Upper limit of normal adult respiratory rate, value: 25/min}
        - {id: c, kind: limit, subject: "Normal adult heart rate: lower limit", value: 60 bpm}
        - {id: d, kind: limit, subject: Minimum normal adult heart rate, value: 50 bpm}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 2, found
    assert "error conflicting-fact: conflicts with b " in errors[0], found
    assert "error conflicting-fact: conflicts with d " in errors[1], found


def test_a_range_in_a_prompt_with_to_or_a_dash_is_one_range(tmp_path):
    """Set 19 wrote "women aged 19–50" and "women 19 to 50": the "to" between two numbers
    was read as a direction ("to 50"), so the two prompts were only nearly one (a
    warning where the values conflict). The "to" that joins a range's ends, the smaller
    first, is its dash."""
    found = check_deck(
        tmp_path,
        "Sleep",
        """
        - {id: a, kind: limit, subject: Recommended sleep for teenagers 13–18, value: 8–10 h}
        - {id: b, kind: limit, subject: Recommended sleep for teenagers 13 to 18, value: 6–7 h}
        """,
    )
    assert len(found) == 1, found
    assert "error conflicting-fact: conflicts with b " in found[0], found


def test_a_tag_in_angle_brackets_is_the_elements_name(tmp_path):
    """Set 19 answered "<h1>" in one card and "h1" in another (two wordings of the
    question); asked in one wording, the two were a conflicting-fact error. An answer
    that is one tag, no more, is the element's name; another element still conflicts."""
    found = check_deck(
        tmp_path,
        "HTML",
        """
        - {id: a, kind: qa, question: Which element marks up a table row?, answer: <tr>}
        - {id: b, kind: qa, question: Which element marks up a table row?, answer: tr}
        - {id: c, kind: qa, question: Which element marks up a header cell?, answer: <th>}
        - {id: d, kind: qa, question: Which element marks up a header cell?, answer: td}
        """,
    )
    assert len(found) == 2, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error conflicting-fact: conflicts with d " in found[1], found


def test_one_in_twenty_is_a_proportion(tmp_path):
    """Set 19 wrote an alpha level as 0.05 and as 5%; written "1 in 20", as people also
    write it, it was a conflicting-fact error: "1 in 20" was read as the numbers 1 and
    20. "N in M" (N the smaller; N is 1 or M at most 100) is the proportion N/M, in
    words too; "1 in 10 minutes" stays an amount of time."""
    found = check_deck(
        tmp_path,
        "Chance",
        """
        - {id: a, kind: limit, subject: Chance of two heads in two tosses, value: "1 in 4"}
        - {id: b, kind: limit, subject: Chance of two heads in two tosses, value: "0.25"}
        - {id: c, kind: limit, subject: Chance of three heads in three tosses, value: one in eight}
        - {id: d, kind: limit, subject: Chance of three heads in three tosses, value: "0.25"}
        """,
    )
    assert len(found) == 2, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error conflicting-fact: conflicts with d " in found[1], found


def test_a_colours_short_hex_code_is_its_long_one(tmp_path):
    """Set 19's CSS cards led here: one colour written "#FFF" and "#ffffff" was a
    conflicting-fact error, and "#333" was read as the number 333. A hex colour's three
    (or four) digits are its six (or eight), in either case, and no amount."""
    found = check_deck(
        tmp_path,
        "Colours",
        """
        - {id: a, kind: qa, question: Hex code of white?, answer: "#FFF"}
        - {id: b, kind: qa, question: Hex code of white?, answer: "#ffffff"}
        - {id: c, kind: limit, subject: Body text colour, value: "#333"}
        - {id: d, kind: limit, subject: Body text colour, value: "#333333"}
        - {id: e, kind: limit, subject: Link colour, value: "#00f"}
        - {id: f, kind: limit, subject: Link colour, value: "#0000cc"}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found
    assert "conflicts with f " in found[2], found
