"""The checks on values and words as photographers, referees and anyone write them:
fractions ("1/250 s"), a kelvin colour temperature ("5500 K"), a number glued to its unit
("50mm"), lengths in metres and feet, British and American spellings."""

from __future__ import annotations

import pytest
from test_checks_unseen import check

from cheatdeck.checks.normalize import american, fold, stem
from cheatdeck.checks.quantities import parse, rounded_alike, same_value


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("1/250 s", "1/250 second"),
        ("1/2 s", "0.5 s"),
        ("3/4", "0.75"),
        ("5500 K", "5,500 kelvin"),  # a colour temperature
        ("5500K", "5500 K"),
        ("10K", "10,000"),  # ... or a thousand: both readings count
        ("2–8 °C", "2 to 8 °C"),
        ("1½ cups", "1.5 cups"),  # vulgar fractions ("1½" was 11 and 2)
        ("½ cup", "0.5 cup"),
        ("2 ¾", "2.75"),
        ("1⁄2", "0.5"),  # the fraction slash
        ("1:2", "2:4"),
        ("25 bp", "0.25%"),  # basis points
        ("25 bps", "0.25 percentage points"),
        ("9600 bps", "9,600 bit/s"),  # ... or bits per second
        ("120/80 mmHg", "120/80 mm Hg"),  # pressure, not millimetres
        ("5 km", "5,000 m"),
        ("23.77 metres", "23.77 m"),
        ("3 ft (0.914 m)", "0.914 m"),
        ("٣٫١٤", "3.14"),  # Arabic's decimal separator (U+066B) ...
        ("١٬٠٠٠ km", "1000 km"),  # ... and its thousands separator (U+066C)
    ],
)
def test_same_values(a, b):
    assert same_value(parse(a), parse(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("1/200 s", "1/250 s"),  # was "the same fact": both read as the number 1
        ("1/50 s", "1/60 s"),
        ("1/4", "1/8"),
        ("3200 K", "2700 K"),
        ("10K", "20K"),
        ("11 m", "13 m"),
        ("25 bps", "50 bps"),
        ("120/80 mmHg", "150/100 mmHg"),  # a pair, not the fraction 1.5 twice
        ("1:2", "1:1.5"),  # rice to water: was the number 1 both times
        ("1:1.5", "1:1.25"),
    ],
)
def test_different_values(a, b):
    assert not same_value(parse(a), parse(b))
    assert not rounded_alike(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("78 ft", "23.77 m"),  # a tennis court: the same length, converted and rounded
        ("12 yards", "11 m"),  # the penalty spot
        ("2.2 lb", "1 kg"),
        ("120 mmHg", "16 kPa"),
        ("32 psi", "2.2 bar"),
    ],
)
def test_customary_and_metric_values_are_roundings_of_each_other(a, b):
    assert rounded_alike(a, b)


def test_a_whole_number_in_metric_units_stays_exact():
    assert not rounded_alike("5 TB", "5.4 TB")
    assert not rounded_alike("3", "3.14")


@pytest.mark.parametrize(
    ("british", "american_form"),
    [
        ("colour", "color"),
        ("flavours", "flavors"),
        ("centre", "center"),
        ("metres", "meters"),
        ("organise", "organize"),
        ("organisation", "organization"),
        ("analysed", "analyzed"),
        ("licence", "license"),
        ("catalogue", "catalog"),
        ("programme", "program"),
        ("haemoglobin", "hemoglobin"),
        ("oesophagus", "esophagus"),
        ("paediatric", "pediatric"),
    ],
)
def test_british_spellings_are_compared_as_american(british, american_form):
    assert stem(british) == stem(american_form)


@pytest.mark.parametrize("word", ["four", "hour", "your", "genre", "fence", "rogue", "does"])
def test_words_with_one_spelling_keep_it(word):
    assert american(word) == word


@pytest.mark.parametrize("text", ["12/25/2024", "10.0.0.0/16", "1/0", "f/2.8", "1/ISO"])
def test_no_fraction_where_none_is_written(text):
    assert all(amount.denominator == 1 for _dimension, amount in parse(text))


def test_a_number_glued_to_its_unit_is_the_same_words():
    assert fold("a 50mm lens") == fold("a 50 mm lens")
    assert fold("1.5GB of RAM") == fold("1.5 GB of RAM")
    assert fold("the 3rd shell") == "the 3rd shell"  # ordinals stay whole
    assert fold("gp3 volume") == "gp3 volume"  # names that end in digits too


EXPOSURE = """
- id: flash-sync
  kind: limit
  subject: Typical flash sync speed
  value: 1/200 s
- id: flash-sync-again
  kind: limit
  subject: Flash sync speed (typical)
  value: 1/250 s
"""

COLOUR = """
- id: daylight
  kind: limit
  subject: Colour temperature of daylight
  value: 5500 K
- id: daylight-again
  kind: limit
  subject: Daylight colour temperature
  value: 5,500 kelvin
"""

LENS = """
- id: handheld
  kind: limit
  subject: Slowest handheld shutter speed with a 50 mm lens
  value: 1/50 s
- id: handheld-again
  kind: limit
  subject: Slowest handheld shutter speed with a 50mm lens
  value: 1/60 s
"""


def test_two_fractions_of_a_second_conflict(tmp_path):
    found = check(tmp_path, {"Photo": EXPOSURE})
    assert any("conflicting-fact" in line and "'1/200 s'" in line for line in found), found
    assert not any("duplicate-fact" in line for line in found), found


def test_kelvin_written_two_ways_is_one_fact(tmp_path):
    found = check(tmp_path, {"Photo": COLOUR})
    assert any("duplicate-fact" in line for line in found), found
    assert not any("conflicting-fact" in line for line in found), found


def test_50mm_and_50_mm_are_one_subject(tmp_path):
    found = check(tmp_path, {"Photo": LENS})
    assert any("conflicting-fact" in line for line in found), found


COURT = """
- id: court-length
  kind: limit
  subject: Length of a tennis court
  value: 78 ft
- id: court-length-metric
  kind: limit
  subject: Tennis court length
  value: 23.77 m
"""

NET = """
- id: net
  kind: limit
  subject: Net height at the centre
  value: 0.914 m
- id: net-again
  kind: limit
  subject: Height of the net in the center
  value: 0.95 m
"""


def test_feet_and_metres_of_one_length_are_no_conflict(tmp_path):
    """78 ft is 23.774 m, 23.77 m is 77.99 ft: one length in two units, a duplicate."""
    found = check(tmp_path, {"Tennis": COURT})
    assert not any("conflicting" in line for line in found), found
    assert len(found) == 1 and "error duplicate-fact" in found[0], found


def test_centre_and_center_are_one_subject(tmp_path):
    found = check(tmp_path, {"Tennis": NET})
    assert any("conflicting-fact" in line for line in found), found


ARABIC = """
- id: ar-letters
  kind: limit
  subject: Letters in the Arabic alphabet
  value: 28
  unit: letters
"""

RUSSIAN = """
- id: ru-letters
  kind: limit
  subject: Letters in the Russian alphabet
  value: 33
  unit: letters
"""

ARABIC_AGAIN = """
- id: ar-letters-again
  kind: limit
  subject: Letters in the alphabet
  value: 29
  unit: letters
"""


def test_two_decks_named_in_their_subjects_measure_two_things(tmp_path):
    """The words of a card's deck are dropped from its subject ("in PostgreSQL" in a
    PostgreSQL deck); two sibling decks' cards that name their own decks stay apart."""
    found = check(tmp_path, {"Languages::Arabic": ARABIC, "Languages::Russian": RUSSIAN})
    assert not any("error" in line for line in found), found


def test_a_subject_naming_its_decks_language_and_one_naming_the_others_stay_apart(tmp_path):
    """In an Arabic corpus with a deck that compares Hebrew, "Number of letters in the
    Arabic alphabet" (28) and "Letters in the Hebrew alphabet" (22) were "possibly
    conflicting": "Arabic", a word of both decks (the first level's), was set aside as
    context, and "Hebrew", the other deck's own word, read as a word added. Each prompt
    names its own deck's word in one place: two things, as when both decks are siblings."""
    arabic = ARABIC.replace("Letters in", "Number of letters in")
    hebrew = RUSSIAN.replace("Russian", "Hebrew").replace("ru-", "he-").replace("33", "22")
    found = check(tmp_path, {"Arabic::Numbers": arabic, "Arabic::Hebrew comparison": hebrew})
    assert found == [], found


def test_a_subject_that_leaves_out_its_deck_still_meets_one_that_names_it(tmp_path):
    found = check(tmp_path, {"Languages::Arabic": ARABIC + ARABIC_AGAIN})
    assert any("conflicting-fact" in line for line in found), found


def test_brackets_inside_braces_get_the_field_quoted(tmp_path):
    """``d[k]`` inside a card written in braces starts a YAML list: the message quotes
    the field it is in (it quoted the whole line from the card's id before)."""
    from test_checks_unseen import check_topic

    topic = (
        "deck: Python\ntitle: Python\ncards:\n"
        "  - {id: dict-index, kind: qa, question: What does `d[k]` raise for a missing key?,"
        " answer: KeyError}\n"
    )
    found = check_topic(tmp_path, topic)
    assert found == [
        "chords.yaml:4:42: yaml-syntax: in a card written in braces ({…}), YAML reads"
        " [ ] { } , # and ': ' as its own: quote the value:"
        ' question: "What does `d[k]` raise for a missing key?"'
    ], found


@pytest.mark.parametrize(
    "question",
    [
        "What does TBD stand for?",
        "What does ??? mean in Scala?",
        'Where does "lorem ipsum" come from?',
        "What is a “TODO” comment?",
    ],
)
def test_a_placeholder_word_named_in_a_question_is_no_placeholder(question):
    from cheatdeck.checks.completeness import find_placeholders

    assert find_placeholders(question) == []


@pytest.mark.parametrize("text", ["Release date: TBD", "TODO: write this", "Lorem ipsum dolor"])
def test_a_placeholder_left_in_prose_is_still_found(text):
    from cheatdeck.checks.completeness import find_placeholders

    assert find_placeholders(text)


CAPITALS = """
- {id: sudan, kind: qa, question: What is the capital of Sudan?, answer: Khartoum}
- {id: south-sudan, kind: qa, question: What is the capital of South Sudan?, answer: Juba}
- {id: guinea, kind: qa, question: What is the capital of Guinea?, answer: Conakry}
- {id: eq-guinea, kind: qa, question: What is the capital of Equatorial Guinea?, answer: Malabo}
- {id: york, kind: qa, question: Which river runs through York?, answer: The Ouse}
- {id: new-york, kind: qa, question: Which river runs through New York?, answer: The Hudson}
"""


def test_a_word_that_makes_another_place_of_a_name_is_another_question(tmp_path):
    """A capitalised word added to a question may narrow it ("... (UK)"), but "South",
    "New", "Equatorial" leading a name name another place: no "possibly conflicting"."""
    assert check(tmp_path, {"Geography": CAPITALS}) == []


CASTLING = """
- {id: castle-kingside, kind: qa, question: How is kingside castling written?, answer: O-O}
- {id: castle-queenside, kind: qa, question: How is queenside castling written?, answer: O-O-O}
"""


def test_one_short_answer_repeated_is_another_answer(tmp_path):
    """ "O-O" and "O-O-O" share their one word; they are two answers, so two questions that
    differ in a rare word ("kingside" / "queenside") are not one fact reworded."""
    assert check(tmp_path, {"Chess": CASTLING}) == []


UNIONS = """
- {id: union, kind: qa, question: Does UNION remove duplicates?, answer: "Yes"}
- {id: union-all, kind: qa, question: Does UNION ALL remove duplicates?, answer: "No"}
"""


def test_a_keyword_in_capitals_that_goes_on_another_is_another_question(tmp_path):
    """ "UNION ALL" is not "UNION" narrowed (as "(UK)" narrows a question): no warning."""
    assert check(tmp_path, {"SQL": UNIONS}) == []


MOODS = """
- {id: ojala, kind: qa, question: Which mood follows «ojalá»?, answer: The subjunctive}
- {id: quiero-que, kind: qa, question: Which mood follows «quiero que»?, answer: The subjunctive}
"""


def test_two_questions_quoting_two_things_are_two_facts(tmp_path):
    """The same answer to one question about two quoted things: not one fact reworded."""
    assert check(tmp_path, {"Gramática": MOODS}) == []


ACCENTS = """
- {id: arbol, kind: concept, term: árbol, definition: tree}
- {id: arbol-typed, kind: concept, term: arbol, definition: tree}
- {id: cafe, kind: qa, question: What does "café" mean?, answer: coffee}
- {id: cafe-typed, kind: qa, question: What does "cafe" mean?, answer: coffee}
- {id: strasse, kind: concept, term: die Straße, definition: the street}
- {id: strasse-typed, kind: concept, term: die Strasse, definition: the street}
- {id: papa, kind: concept, term: papa, definition: potato}
- {id: papa-accent, kind: concept, term: papá, definition: dad}
- {id: ano, kind: qa, question: What does "año" mean?, answer: year}
- {id: ano-other, kind: qa, question: What does "ano" mean?, answer: anus}
"""


def test_one_fact_typed_without_its_accents_is_a_duplicate(tmp_path):
    found = check(tmp_path, {"Words": ACCENTS})
    assert len(found) == 3, found
    assert all("duplicate-fact" in line for line in found), found
    assert "same term and definition but for accents" in found[0]
    assert "arbol-typed" in found[0] and "cafe-typed" in found[1] and "strasse-typed" in found[2]
    # papa / papá and año / ano are other words with other meanings: nothing


VOWEL_SIGNS = """
- {id: kataba, kind: concept, term: كَتَبَ, definition: he wrote}
- {id: kutub, kind: concept, term: كُتُب, definition: books}
- {id: sefer, kind: concept, term: סֵפֶר, definition: book}
- {id: sapar, kind: concept, term: סַפָּר, definition: barber}
- {id: dil, kind: concept, term: दिल, definition: heart}
- {id: dal, kind: concept, term: दाल, definition: lentils}
- {id: kitab, kind: concept, term: كِتَاب, definition: book}
- {id: kitab-typed, kind: concept, term: كتاب, definition: book}
"""


def test_words_apart_by_their_vowel_signs_are_other_words(tmp_path):
    """كَتَبَ / كُتُب, סֵפֶר / סַפָּר and दिल / दाल were each "the same term" with two
    definitions (an error): their vowel signs were read as punctuation, each word as
    its consonants. A word written once with its vowel signs and once without is still
    one fact typed twice."""
    assert fold("दिल") == "दिल" and fold("كَتَبَ") == "كَتَبَ"
    found = check(tmp_path, {"Words": VOWEL_SIGNS})
    assert len(found) == 1 and "duplicate-fact" in found[0], found
    assert "kitab-typed" in found[0], found


STRETCHED = """
- {id: jamil, kind: concept, term: جَمِيل, definition: beautiful}
- {id: jamil-stretched, kind: concept, term: جـمـيـل, definition: beautiful}
- {id: medial, kind: qa, question: Medial form of ب?, answer: ـبـ}
- {id: final, kind: qa, question: Medial form of ب?, answer: ـب}
"""


def test_a_word_stretched_with_tatweel_is_the_word(tmp_path):
    """جـمـيـل, drawn out with tatweel (U+0640) between its letters, is جَمِيل typed
    without its vowel signs: one fact twice (it was no finding). A tatweel at a word's
    end shows a letter's joined form, which it is part of: ـبـ and ـب are two answers."""
    assert fold("جـمـيـل") == fold("جميل") and fold("ـبـ") != fold("ـب")
    found = check(tmp_path, {"Words": STRETCHED})
    assert len(found) == 2, found
    assert "duplicate-fact" in found[0] and "jamil-stretched" in found[0], found
    assert "conflicting-fact" in found[1] and "final" in found[1], found


OTHER_DIGITS = """
- {id: three, kind: qa, question: What number is ثَلَاثَة?, answer: ٣}
- {id: three-typed, kind: qa, question: What number is ثلاثة?, answer: "3"}
- {id: five, kind: qa, question: What number is חָמֵשׁ?, answer: "5"}
- {id: five-typed, kind: qa, question: What number is חמש?, answer: "5"}
"""


def test_vowel_signs_and_digits_of_another_script_typed_apart_are_one_fact(tmp_path):
    """A question with its vowel signs answered in Arabic-Indic digits, and the same
    question without them answered in Western digits: each difference alone was found
    (a duplicate), both together were not."""
    found = check(tmp_path, {"Words": OTHER_DIGITS})
    assert len(found) == 2, found
    assert "duplicate-fact" in found[0] and "three-typed" in found[0], found
    assert "but for vowel signs, '٣' = '3'" in found[0], found
    assert "five-typed" in found[1] and "but for vowel signs)" in found[1], found


VOWELS_LEFT_OUT = """
- {id: plural, kind: qa, question: What is the plural of كِتَاب?, answer: كُتُب}
- {id: plural-typed, kind: qa, question: What is the plural of كتاب?, answer: كِتَابَات}
- {id: ilm, kind: concept, term: عِلْم, definition: science}
- {id: alam, kind: concept, term: عَلَم, definition: flag}
- {id: sefer, kind: concept, term: סֵפֶר, definition: book}
- {id: sefer-typed, kind: concept, term: ספר, definition: barber}
"""


def test_a_prompt_typed_without_its_vowel_signs_with_another_answer_is_a_possible_conflict(
    tmp_path,
):
    """Arabic and Hebrew are mostly written without their vowel signs, so a learner types
    them on one card and not on the other: "the plural of كتاب" with another answer than
    "the plural of كِتَاب" was not found. The bare word may be either word, so it is a
    warning; two words each written with their own vowel signs (عِلْم science, عَلَم flag)
    are two words, and nothing is said."""
    found = check(tmp_path, {"Words": VOWELS_LEFT_OUT}, "settings:\n  fact_scope: corpus\n")
    assert len(found) == 2, found
    assert all("warning similar-fact: possibly conflicting with" in line for line in found), found
    assert "plural-typed" in found[0] and "but for its vowel signs" in found[0], found
    assert "'كُتُب' here and 'كِتَابَات' there" in found[0], found
    assert "sefer-typed" in found[1], found


STRESS_MARKS = """
- {id: khorosho, kind: concept, term: хорошо́, definition: "well, good"}
- {id: khorosho-2, kind: concept, term: хорошо, definition: bad}
- {id: moloko, kind: concept, term: моло́ко, definition: milk}
- {id: moloko-2, kind: concept, term: молоко, definition: milk}
- {id: zamok, kind: concept, term: за́мок, definition: castle}
- {id: zamok-2, kind: concept, term: замо́к, definition: lock}
"""


def test_a_stress_mark_on_a_cyrillic_word_is_no_part_of_its_spelling(tmp_path):
    """хорошо́ and моло́ко, stressed for a learner, are хорошо and молоко: keeping every
    combining mark in its word (for Arabic's and Devanagari's vowel signs) had made
    them other words, and a wrong definition no conflict (a definition listing senses
    against another is a possible one: a warning). за́мок (castle) and замо́к (lock),
    each marked on another syllable, stay two words."""
    found = check(tmp_path, {"Words": STRESS_MARKS})
    assert len(found) == 2, found
    assert "possibly conflicting with khorosho-2" in found[0], found
    assert "duplicate-fact" in found[1] and "moloko-2" in found[1], found


STRESSED_ANSWERS = """
- {id: doma, kind: qa, question: Plural of дом?, answer: дома́}
- {id: doma-2, kind: qa, question: Plural of дом?, answer: до́ма}
- {id: voda, kind: qa, question: Russian for water?, answer: вода́}
- {id: voda-2, kind: qa, question: Russian for water?, answer: вода}
"""


def test_answers_stressed_on_other_syllables_are_not_one_answer(tmp_path):
    """дома́ (houses) and до́ма (at home), each marked on another syllable, were "the same
    fact" (an error that says to keep either card): they are two words, only one of them
    right. An answer marked once and typed once without its mark is still one."""
    found = check(tmp_path, {"Words": STRESSED_ANSWERS})
    assert len(found) == 2, found
    assert "warning similar-fact: possibly conflicting with doma-2" in found[0], found
    assert "duplicate-fact" in found[1] and "voda-2" in found[1], found


def test_a_duplicate_typed_once_with_stress_marks_says_so(tmp_path):
    """моло́ко / молоко was "(same term and definition)" of two terms that read otherwise."""
    found = check(tmp_path, {"Words": STRESS_MARKS})
    assert "(same term and definition but for stress marks)" in found[1], found


CONVERTED = """
- id: net
  kind: limit
  subject: Net height at the centre
  value: 3 ft (0.914 m)
- id: net-metric
  kind: limit
  subject: Height of the net in the center
  value: 0.914 m
- id: boil
  kind: limit
  subject: Boiling point of water at sea level
  value: 100 °C (212 °F)
- id: boil-again
  kind: limit
  subject: Water boiling point at sea level
  value: 212 °F
"""


def test_a_value_with_its_conversion_is_one_value_not_a_range(tmp_path):
    found = check(tmp_path, {"Facts": CONVERTED})
    assert len(found) == 2, found
    assert all("error duplicate-fact" in line for line in found), found
    assert "'3 ft (0.914 m)' = '0.914 m'" in found[0]


MOTIONS = """
- id: brackets
  kind: table
  title: Bracket motions
  row_header: Keys
  columns: [Moves to]
  rows:
    "`[[`": [previous section start]
    "`]]`": [next section start]
    "`[{`": ["enclosing `{`"]
- id: star
  kind: qa
  question: Which key searches forward for the word under the cursor?
  answer: "`*`"
- id: star-again
  kind: qa
  question: Which key searches forward for the word under the cursor?
  answer: "`#`"
"""


def test_labels_and_answers_of_punctuation_only_are_kept_as_written(tmp_path):
    found = check(tmp_path, {"Vim": MOTIONS})
    assert len(found) == 1, found  # `[[`, `]]` and `[{` are three rows, not one
    assert "error conflicting-fact" in found[0] and "star-again" in found[0], found


SPACED_IMAGES = """
- {id: a, kind: qa, question: Which chart?, answer: "See ![the chart](images/my chart.png) here"}
- {id: b, kind: qa, question: Which title?, answer: "See ![d](images/none.png \\"A title\\")"}
- {id: c, kind: qa, question: Which code?, answer: "Write `![x](a b.png)` in Markdown"}
"""


def test_an_image_path_with_a_space_outside_angle_brackets_is_named_with_the_fix(tmp_path):
    found = check(tmp_path, {"Charts": SPACED_IMAGES})
    assert len(found) == 2, found
    assert "error bad-image" in found[0], found
    assert "write ![the chart](<images/my chart.png>)" in found[0], found
    assert "missing-media" in found[1] and "none.png" in found[1], found  # a title, no space


def test_braces_inside_a_bracketed_list_get_that_item_quoted(tmp_path):
    from test_checks_unseen import check_topic

    topic = (
        "deck: Vim\ntitle: Vim\ncards:\n"
        "  - id: brackets\n    kind: table\n    title: Bracket motions\n"
        "    columns: [Moves to]\n    rows:\n"
        '      "`[{`": [enclosing `{`]\n'
    )
    found = check_topic(tmp_path, topic)
    assert found == [
        "chords.yaml:9:15: yaml-syntax: inside [ ], YAML reads { } [ ] , ` and a ':' that"
        ' starts an item as its own: quote such an item: "`[{`": ["enclosing `{`"]'
    ], found


CLOZES = """
- id: metformin-1
  kind: cloze
  text: "{{c1::Metformin}} is first-line for type 2 diabetes."
- id: metformin-2
  kind: cloze
  text: "Metformin is first-line for {{c1::type 2 diabetes}}."
- id: insulin
  kind: cloze
  text: "{{c1::Insulin}} lowers blood glucose."
- id: insulin-again
  kind: cloze
  text: "{{c1::Insulin}} lowers blood glucose."
"""


def test_one_cloze_text_with_other_deletions_is_told_to_become_one_card(tmp_path):
    found = check(tmp_path, {"Pharmacology": CLOZES})
    assert len(found) == 2, found
    assert "other deletions): make them one card that holds every deletion" in found[0]
    assert "'allow: [metformin-2]'" in found[0], found
    assert "(same cloze text): keep one card, or add" in found[1], found  # a plain copy


PRESSURES = """
- id: sea-level
  kind: limit
  subject: Standard sea-level pressure
  value: 1013 mbar
- id: sea-level-again
  kind: limit
  subject: Standard pressure at sea level
  value: 1013.25 hPa
- id: capacity
  kind: limit
  subject: Capacity of the big disk
  value: 5 TB
- id: capacity-again
  kind: limit
  subject: Big disk capacity
  value: 5.4 TB
"""


def test_a_whole_number_in_another_unit_name_of_one_size_may_be_a_rounding(tmp_path):
    """mbar and hPa are one size: "1013 mbar" may round "1013.25 hPa" (a warning), while
    "5 TB" against "5.4 TB", one unit written alike, still conflicts."""
    found = check(tmp_path, {"Weather": PRESSURES})
    assert len(found) == 2, found
    assert "warning similar-fact" in found[0] and "sea-level-again" in found[0], found
    assert "error conflicting-fact" in found[1] and "capacity-again" in found[1], found


SAME_TERM_TWICE = """
- id: castes
  kind: list
  title: The castes
  items:
    - Drone: mates
    - Drone: 24 days to emerge
"""


def test_two_items_of_one_card_are_not_told_to_allow_an_empty_list(tmp_path):
    (found,) = check(tmp_path, {"Bees": SAME_TERM_TWICE})
    assert "the same item 'Drone'" in found and found.endswith("; fix one"), found
    assert "allow" not in found, found


WITH_AT_THE_END = """
- {id: handled, kind: qa, question: "In water polo, how must the ball be handled by field players?", answer: with one hand only}
- {id: handle-with, kind: qa, question: "Water polo field players: handle the ball with?", answer: both hands}
- {id: sculls, kind: qa, question: "In sculling, how is the boat propelled?", answer: with two oars per rower}
- {id: sculls-with, kind: qa, question: "Sculling: the boat is propelled with?", answer: one oar per rower}
"""  # noqa: E501


def test_a_question_ending_with_with_asks_what_it_asks_without_it(tmp_path):
    """A question ending "... handle the ball with?" asks how the ball is handled: the
    other answer may conflict (was nothing; "two oars" against "one oar" a warning)."""
    found = check(tmp_path, {"Sports": WITH_AT_THE_END})
    assert len(found) == 2, found
    assert "warning similar-fact: possibly conflicting" in found[0], found
    assert "handle-with" in found[0], found
    assert "error conflicting-fact" in found[1] and "sculls-with" in found[1], found


SIZE_COMPOUNDS = """
- {id: king, kind: limit, subject: Length of a king-size bed (UK), value: 200 cm}
- {id: king-again, kind: limit, subject: UK king bed length, value: 2 m}
- {id: king-width, kind: limit, subject: Width of a king-sized bed (UK), value: 150 cm}
- {id: queen-width, kind: limit, subject: Width of a queen-sized bed (UK), value: 135 cm}
"""


def test_the_size_of_a_compound_adjective_names_no_other_measure(tmp_path):
    """A "king-size bed" is a "king bed": its length is one value (was a warning); its
    first word stays, so a king's width is not a queen's."""
    (found,) = check(tmp_path, {"Furniture": SIZE_COMPOUNDS})
    assert "error duplicate-fact" in found and "king-again" in found, found


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("6,650 km", "4,130 miles", True),  # a round figure in another unit
        ("8,400 kJ", "2,000 kcal", True),
        ("100 km/h", "62 mph", True),
        # a whole number's trailing zero hides a rounding of at most a tenth of it: "20
        # feet" (6.1 m) is no rounding of 5.18 m, and the warning said they agreed
        ("5.18 m", "20 feet", False),
        ("100 km/h", "70 mph", False),
    ],
)
def test_a_round_number_hides_a_rounding_of_at_most_a_tenth_of_it(a, b, alike):
    assert rounded_alike(a, b) is alike
    assert rounded_alike(b, a) is alike
