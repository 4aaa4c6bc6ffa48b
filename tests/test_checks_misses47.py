"""The fact checks on the kinds of card the held-out sets' misses showed as groups
(tests/data/fact_pairs_unseen22.txt to fact_pairs_unseen27.txt): each test is a general
rule, written here with other words (urban planning and zoning, most of them)."""

from __future__ import annotations

from conftest import check_deck
from conftest import check_facts as check


def test_a_version_with_a_trailing_zero_is_the_version(tmp_path):
    # "LEED v4.0" is "LEED v4", "Zoning Code 2.0" the code 2: two years for one release
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: In which year was LEED v4 released?, answer: "2013"}
        - {id: b, kind: qa, question: When was LEED v4.0 released?, answer: "2016"}
        - {id: c, kind: qa, question: When was Zoning Code 2 adopted?, answer: "2019"}
        - {id: d, kind: qa, question: When was Zoning Code 2.0 adopted?, answer: "2021"}
        """,
    )
    assert len(found) == 2, found
    assert all("conflicting-fact" in line or "similar-fact" in line for line in found), found


def test_a_version_that_goes_on_past_its_zero_is_another_version(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: When was Zoning Code 2.0.1 adopted?, answer: "2019"}
        - {id: b, kind: qa, question: When was Zoning Code 2 adopted?, answer: "2021"}
        """,
    )
    assert found == [], found


def test_an_acronym_with_two_letters_from_one_word_is_its_words(tmp_path):
    # "HOA" is "homeowners association", "PUD" is "planned unit development": a compound
    # word ("homeowners", "postpartum") gives two of the acronym's letters
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many members sit on an HOA board?, answer: "5"}
        - {id: b, kind: qa, question: How many members sit on a homeowners association board?,
           answer: "7"}
        - {id: c, kind: limit, subject: Typical CBD parking minimum per flat, value: 1 space}
        - {id: d, kind: limit, subject: Typical downtown parking minimum per flat, value: 2 spaces}
        """,
    )
    assert len(found) == 1, found
    assert "possibly conflicting with b" in found[0], found


def test_an_acronym_the_words_do_not_spell_stays_apart(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many members sit on an HOA board?, answer: "5"}
        - {id: b, kind: qa, question: How many members sit on a housing authority board?,
           answer: "7"}
        """,
    )
    assert not any("b at" in line for line in found), found


def test_a_name_the_corpus_declares_is_the_terms_name(tmp_path):
    # a term that says "also called", "also known as" or "aka", or an acronym defined by
    # a name alone, makes the two names one for the checks: the corpus says so, no list
    found = check(
        tmp_path,
        """
        - {id: setback, kind: concept, term: Setback (also called building line),
           definition: How far a building must stand back from the lot line}
        - {id: a, kind: qa, question: What is the minimum building line in an R1 zone?,
           answer: 6 m}
        - {id: b, kind: limit, subject: Minimum setback in an R1 zone, value: 9 m}
        - {id: cbd, kind: concept, term: Central business district,
           definition: "The commercial heart of a city, also known as the downtown"}
        - {id: c, kind: qa, question: Which zone allows the tallest towers in the downtown?,
           answer: C-4}
        - {id: d, kind: qa, question: Which zone allows the tallest towers in the central
             business district?, answer: C-5}
        - {id: ulp, kind: concept, term: ULP, definition: Brownfield}
        - {id: e, kind: limit, subject: Share of new homes built on brownfield land,
           value: 60 %}
        - {id: f, kind: limit, subject: Share of new homes built on ULP land, value: 45 %}
        """,
    )
    assert len(found) == 3, found
    assert "possibly conflicting with b" in found[0], found
    assert "possibly conflicting with d" in found[1], found
    assert "possibly conflicting with f" in found[2], found


def test_two_names_no_card_declares_one_stay_apart(tmp_path):
    # without the declaration the same prompts are two questions; a definition that names
    # a kind of thing ("A protocol") declares no other name
    found = check(
        tmp_path,
        """
        - {id: setback, kind: concept, term: Setback,
           definition: How far a building must stand back from the lot line}
        - {id: a, kind: qa, question: What is the minimum building line in an R1 zone?,
           answer: 6 m}
        - {id: b, kind: limit, subject: Minimum setback in an R1 zone, value: 9 m}
        - {id: gis, kind: concept, term: GIS, definition: A map system}
        - {id: c, kind: qa, question: Which map system does the city use?, answer: Esri}
        - {id: d, kind: qa, question: Which GIS does the city use?, answer: QGIS}
        """,
    )
    assert found == [], found


def test_a_term_asked_for_by_its_name_in_a_language(tmp_path):
    # in a Zoning deck, "What is zoning called in French?" asks what the term "Zonage"
    # defines ("the French name for land-use zoning"): its one word left is the language
    found = check_deck(
        tmp_path,
        "Zoning",
        """
        - {id: a, kind: qa, question: What is zoning called in French?, answer: zonage}
        - {id: b, kind: concept, term: Zonage, definition: The French name for land-use zoning}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_a_term_whose_definition_names_another_language_is_not_asked(tmp_path):
    found = check_deck(
        tmp_path,
        "Zoning",
        """
        - {id: a, kind: qa, question: What is zoning called in French?, answer: zonage}
        - {id: b, kind: concept, term: Zonage, definition: The Italian name for land-use zoning}
        """,
    )
    assert not any("b at" in line for line in found), found


def test_a_name_with_a_year_in_brackets_is_a_name(tmp_path):
    # "Ebenezer Howard (in 1898)" answers who, as "Ebenezer Howard" does: the year in
    # brackets makes it no value ("How long is ...?" 3.49 m / "Who ...?" a name); in a
    # deck that says "planner" often, "Which planner" asks what "Who" asks
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which planner devised the garden city model?,
           answer: Ebenezer Howard}
        - {id: b, kind: qa, question: Who devised the garden city model?,
           answer: Ebenezer Howard (in 1898)}
        - {id: c, kind: qa, question: Which planner wrote The Death and Life of Great
             American Cities?, answer: Jane Jacobs}
        - {id: d, kind: qa, question: Which planner rebuilt Paris under Napoleon III?,
           answer: Georges-Eugène Haussmann}
        - {id: e, kind: qa, question: Which planner drew the 1909 Plan of Chicago?,
           answer: Daniel Burnham}
        - {id: f, kind: qa, question: Which planner laid out Canberra?,
           answer: Walter Burley Griffin}
        """,
    )
    assert len(found) == 1 and "same fact as b" in found[0], found


def test_a_value_answer_and_a_name_answer_stay_two_questions(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How long is the garden city greenbelt?, answer: 5 km}
        - {id: b, kind: qa, question: Who laid out the garden city greenbelt?,
           answer: Ebenezer Howard}
        """,
    )
    assert found == [], found


def test_an_acronym_in_brackets_after_a_term_is_its_other_name(tmp_path):
    # "Setback (SBL)": "SBL" (setback line) is more than the term's initials, but the
    # term says it is its other name
    found = check(
        tmp_path,
        """
        - {id: setback, kind: concept, term: Setback (SBL),
           definition: How far a building must stand back from the lot line}
        - {id: a, kind: limit, subject: Minimum SBL in an R1 zone, value: 6 m}
        - {id: b, kind: limit, subject: Minimum setback in an R1 zone, value: 9 m}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_a_qualifier_in_brackets_after_a_term_is_no_other_name(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: plot-ratio, kind: concept, term: Plot ratio (gross),
           definition: A building's floor area divided by its plot's area}
        - {id: a, kind: limit, subject: Maximum gross area in a C-2 zone, value: 3 ha}
        - {id: b, kind: limit, subject: Maximum plot ratio in a C-2 zone, value: "5"}
        """,
    )
    assert not any("b at" in line for line in found), found


def test_a_country_in_brackets_after_a_term_is_no_other_name(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: zoning, kind: concept, term: Euclidean zoning (US),
           definition: Zoning that separates land uses into districts}
        - {id: a, kind: limit, subject: Share of US cities with a zoning code, value: 97 %}
        - {id: b, kind: limit, subject: Share of Euclidean zoning cities with a zoning code,
           value: 100 %}
        """,
    )
    assert not any("b at" in line for line in found), found


def test_a_product_in_brackets_after_a_term_is_no_other_name(tmp_path):
    # "Zoning map (ArcGIS)" says which tool the map is made in, "Overlay (GIS)" which
    # field the term is of: neither is the term's other name
    found = check(
        tmp_path,
        """
        - {id: map, kind: concept, term: Zoning map (ArcGIS),
           definition: The map that shows each parcel's zone}
        - {id: overlay, kind: concept, term: Overlay (GIS),
           definition: Layers of maps laid over one another}
        - {id: a, kind: limit, subject: Licence fee of ArcGIS per seat, value: 700 USD}
        - {id: b, kind: limit, subject: Licence fee of zoning map per seat, value: 100 USD}
        - {id: c, kind: qa, question: Which GIS does the planning office use?, answer: QGIS}
        - {id: d, kind: qa, question: Which overlay does the planning office use?,
           answer: Flood zone}
        """,
    )
    assert not any("b at" in line or "d at" in line for line in found), found


def test_a_long_option_the_corpus_gives_a_short_one_is_that_option(tmp_path):
    # "-n" is no letter of "--dry-run", but a card writes them as one option; without
    # that card the two commands stay apart (many a tool gives -n to another option)
    commands = """
        - {id: a, kind: command, task: List the rules a zoning script would apply,
           command: zonecheck parcels.csv -n}
        - {id: b, kind: command, task: Preview the rules the zoning script applies,
           command: zonecheck parcels.csv --dry-run}
        """
    options = """
        - {id: c, kind: list, title: zonecheck options,
           items: [{"-n, --dry-run": "List the rules without applying them"}]}
        """
    found = check(tmp_path / "declared", commands + options)
    assert len(found) == 1 and "the same command as b" in found[0], found
    assert check(tmp_path / "alone", commands) == []


def test_a_part_of_a_series_by_its_number_is_its_ordinal(tmp_path):
    # "round 3 of the rezoning" is "the third round of the rezoning"
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which district did round 3 of the city rezoning cover?,
           answer: Riverside}
        - {id: b, kind: qa, question: Which district did the third round of the city rezoning
             cover?, answer: Old Town}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with b" in found[0], found


def test_a_count_of_rounds_is_no_ordinal(tmp_path):
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which district was rezoned after 3 rounds of hearings?,
           answer: Riverside}
        - {id: b, kind: qa, question: Which district was rezoned in round 3 of hearings?,
           answer: Old Town}
        """,
    )
    assert not any("b at" in line for line in found), found
