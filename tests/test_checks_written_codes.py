"""The fact checks on codes, values and rewordings as people write them in any domain:
a code of capitals and a number hyphened, spaced or joined ("W-2" / "W2", "NIS 2" /
"NIS2"); "how fast" and "rate" of a speed, "period" and "interval" of a duration; forces
in newtons; a term named twice; answers a side apart."""

from __future__ import annotations

import pytest
from test_checks_unseen import check

from cheatdeck.checks.normalize import content_words, fold
from cheatdeck.checks.quantities import parse, same_value


@pytest.mark.parametrize(
    ("a", "b"),
    [("Form W-2", "Form W2"), ("SHA-256", "SHA256"), ("vitamin B-12", "vitamin B12")],
)
def test_a_code_hyphened_or_not_folds_alike(a, b):
    assert fold(a) == fold(b)
    assert content_words(fold(a)) == content_words(fold(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [("HTTP 404", "HTTP404"), ("KEY-1.5", "KEY15"), ("-2", "2"), ("UP-50%", "UP50%")],
)
def test_a_spaced_code_or_a_number_that_goes_on_stays_apart(a, b):
    assert fold(a) != fold(b)


FORMS = """
- {id: w2, kind: qa, question: Which form reports an employee's wages?, answer: Form W-2}
- {id: w2-again, kind: qa, question: Which form reports an employee's wages?, answer: Form W2}
"""


def test_one_form_hyphened_and_joined_is_one_answer(tmp_path):
    found = check(tmp_path, {"Taxes": FORMS})
    assert len(found) == 1 and "error duplicate-fact" in found[0], found


ALERTS = """
- {id: alert, kind: limit, subject: PM10 alert threshold after a big wildfire, value: 50 µg/m³}
- {id: alert-2, kind: limit, subject: PM 10 alert threshold, value: 80 µg/m³}
"""


def test_a_code_written_as_two_words_asks_what_the_joined_code_asks(tmp_path):
    """ "PM 10" is the code "PM10": a prompt that says the other's words and more, with
    another value, may conflict with it (a warning)."""
    found = check(tmp_path, {"Air quality": ALERTS})
    assert len(found) == 1 and "warning similar-fact: possibly conflicting" in found[0], found


FORKLIFTS = """
- {id: forklift, kind: qa, question: How fast may a forklift go in a warehouse?, answer: 10 km/h}
- {id: forklift-2, kind: limit, subject: Maximum forklift rate, value: 6.2 mph}
- {id: pallets, kind: qa, question: What is the maximum height of a pallet stack?, answer: 1.8 m}
- {id: aisle, kind: limit, subject: Minimum aisle width for a counterbalance truck, value: 3.5 m}
"""


def test_how_fast_and_rate_name_what_a_speed_measures(tmp_path):
    """ "How *fast* may a forklift go ...?" (10 km/h) asks what "Maximum forklift *rate*"
    (6.2 mph) does: of a speed, "fast" and "rate" name what it measures, as "speed" does."""
    found = check(tmp_path, {"Warehouse": FORKLIFTS})
    assert len(found) == 1 and "warning similar-fact: nearly the same fact" in found[0], found
    assert "forklift-2" in found[0]


def test_a_speed_for_two_named_places_is_two_facts(tmp_path):
    places = FORKLIFTS.replace("in a warehouse?", "in Canada?").replace(
        "Maximum forklift rate", "Maximum forklift rate in Germany"
    )
    assert "Canada" in places and "Germany" in places
    assert check(tmp_path, {"Warehouse": places}) == []


COTTERS = """
- {id: cotter, kind: concept, term: Cotter, definition: a pin that locks a wheel on its axle}
- id: cotter-pin
  kind: concept
  term: Cotter pin
  definition: a split cotter pushed through an axle to hold a wheel on
- {id: castling, kind: concept, term: Castling, definition: the king moves two squares}
- {id: kingside, kind: concept, term: Kingside castling, definition: castling on the h-file}
"""


def test_a_term_with_the_word_its_twin_is_defined_by_is_one_concept(tmp_path):
    """ "Cotter pin" adds the word "Cotter" is defined by ("a *pin* that ..."): one concept
    named twice (a warning), though its definition names the other ("a split *cotter*");
    "Kingside castling", defined by "castling", adds a word "Castling" never says: a
    kind of castling."""
    found = check(tmp_path, {"Mechanics": COTTERS})
    assert len(found) == 1 and "warning similar-fact: nearly the same fact" in found[0], found
    assert "cotter-pin" in found[0]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("20 kN", "20,000 newtons", True),
        ("22 KN", "22 kilonewtons", True),
        ("1 meganewton", "1000 kN", True),
        ("20 kN", "20 kn", False),  # knots
        ("20 kN", "20", False),
    ],
)
def test_a_force_in_newtons_is_read_as_written(a, b, same):
    assert bool(parse(a)) and same_value(parse(a), parse(b)) is same


SLINGS = """
- {id: sling, kind: limit, subject: Breaking strength of a sewn sling, value: 22 kN}
- {id: sling-2, kind: limit, subject: Breaking strength of a sewn sling, value: 22 kilonewtons}
"""


def test_one_force_in_two_spellings_is_one_value(tmp_path):
    found = check(tmp_path, {"Climbing": SLINGS})
    assert len(found) == 1 and "error duplicate-fact" in found[0], found


VALVES = """
- id: mitral
  kind: qa
  question: Where is the mitral valve?
  answer: between the left atrium and the left ventricle
- id: mitral-2
  kind: qa
  question: Where is the mitral valve?
  answer: between the right atrium and the right ventricle
- id: corner
  kind: qa
  question: Where is the Start button in Windows 10?
  answer: the bottom left corner of the screen
- id: corner-2
  kind: qa
  question: Where is the Start button in Windows 10?
  answer: the lower left corner of the screen
"""


def test_answers_a_side_apart_cannot_both_be_right(tmp_path):
    """One word swapped for its other side ("left" / "right"), in an answer of more than a
    few words: a conflict, not prose worded otherwise. Two words of one side ("bottom" /
    "lower") are no conflict."""
    found = check(tmp_path, {"Heart": VALVES})
    assert len(found) == 2, found
    assert "error conflicting-fact" in found[0] and "mitral-2" in found[0], found
    assert "error conflicting-fact" not in found[1] and "corner-2" in found[1], found


EGGS = """
- {id: duck, kind: limit, subject: Incubation period of a duck egg, value: 28 days}
- {id: duck-2, kind: limit, subject: Duck egg incubation time, value: 35 days}
- {id: goose, kind: limit, subject: Interval between goose egg turns, value: 8 hours}
- {id: goose-2, kind: limit, subject: Time between goose egg turns, value: 480 minutes}
"""


def test_a_period_or_an_interval_is_the_time_a_duration_measures(tmp_path):
    """Of a duration, "period" and "interval" only say what the value measures, as "time"
    does: "Incubation period of a duck egg" is the "Duck egg incubation time"."""
    found = check(tmp_path, {"Poultry": EGGS})
    assert len(found) == 2, found
    assert "error conflicting-fact" in found[0] and "duck-2" in found[0], found
    assert "error duplicate-fact" in found[1] and "goose-2" in found[1], found


LEUKOCYTES = """
- {id: wbc, kind: concept, term: White blood cells, definition: leukocytes that fight infection}
- {id: wbc-2, kind: qa, question: What is another name for leukocytes?, answer: white blood cells}
"""


def test_a_question_half_in_a_definition_asks_for_its_term(tmp_path):
    """ "What is another name for *leukocytes*?" (white blood cells) asks for the term
    "White blood cells", whose definition says half the question: "*leukocytes* that
    ..."."""
    found = check(tmp_path, {"Blood": LEUKOCYTES})
    assert len(found) == 1 and "warning similar-fact: nearly the same fact" in found[0], found


BONE_DRY = """
- {id: bone-dry, kind: concept, term: Bone dry, definition: clay dried until no water is left}
- id: bone-dry-2
  kind: qa
  question: What does bone dry mean for greenware?
  answer: completely dry and ready for a first firing
"""


def test_what_a_term_means_in_a_context_asks_what_it_is(tmp_path):
    """ "What does bone dry mean *for greenware*?" asks what the term "Bone dry" is, in
    a context (as "What is gezellig *in English*?" does)."""
    found = check(tmp_path, {"Ceramics": BONE_DRY})
    assert len(found) == 1 and "warning similar-fact: nearly the same fact" in found[0], found


POPS = """
- id: pop
  kind: qa
  question: What does pop() on an empty Python list return?
  answer: nothing, an IndexError is raised and the list stays empty
- {id: pop-2, kind: qa, question: What happens on pop() from an empty Python list?, answer: None}
- {id: deque, kind: concept, term: Python deque, definition: a double-ended queue of the stdlib}
- {id: deque-2, kind: qa, question: Can a Python deque be shared by threads?, answer: Yes.}
- id: carry
  kind: qa
  question: What does hemoglobin carry?
  answer: oxygen
- id: carry-2
  kind: qa
  question: What does hemoglobin carry besides oxygen?
  answer: some carbon dioxide and hydrogen ions
"""


def test_a_short_answer_and_a_longer_one_sharing_no_word_may_conflict(tmp_path):
    """One question asked twice, a short answer and a longer one that share no word: a
    possible conflict (a warning, as for two short answers). Not when a prompt names the
    other's answer ("besides oxygen"), nor for a term and a question that asks something
    of it ("Python deque" / "Can a Python deque be shared ...?")."""
    found = check(tmp_path, {"Python": POPS})
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with pop-2" in found[0], found


COMMANDS = """
- {id: list, kind: command, task: List topics, command: kafka-topics --bootstrap-server k:9 --list}
- {id: show, kind: command, task: Show topics, command: kafka-topics --list --bootstrap-server k:9}
- {id: mute, kind: command, task: Remove the audio, command: ffmpeg -i <in> -an -c:v copy <out>}
- {id: strip, kind: command, task: Strip the sound, command: ffmpeg -i <in> -c:v copy -an <out>}
- {id: tunnel, kind: command, task: Forward local port 8080, command: ssh -L 8080:db:80 jump}
- {id: forward, kind: command, task: Reach the database, command: ssh jump -L 8080:db:80}
"""

#: Commands whose words are the same but swapped between places or between options: two
#: commands (a copy the other way, a conversion the other way), and a pipe or "--", past
#: which order is the order of the work.
OTHER_COMMANDS = """
- {id: to-utf8, kind: command, task: Latin-1 to UTF-8, command: iconv -f ISO-8859-1 -t UTF-8 in.txt}
- {id: to-latin1, kind: command, task: To Latin-1, command: iconv -f UTF-8 -t ISO-8859-1 in.txt}
- {id: sync-up, kind: command, task: Upload the site, command: rsync -av -n site/ host:site/}
- {id: sync-down, kind: command, task: Download the site, command: rsync -n -av host:site/ site/}
- {id: count, kind: command, task: Count the errors, command: grep -c -i error log | sort -n}
- {id: sort, kind: command, task: Sort the error count, command: grep -i -n error log | sort -c}
"""


def test_one_command_with_its_options_in_another_order_is_one_fact(tmp_path):
    found = check(tmp_path, {"Tools": COMMANDS})
    assert len(found) == 3, found
    for line, other in zip(found, ("show", "strip", "forward"), strict=True):
        assert "warning similar-fact" in line, line
        assert f"the same command as {other} at " in line, line
        assert "with its options in another order" in line, line


def test_words_swapped_between_places_or_options_are_another_command(tmp_path):
    assert check(tmp_path, {"Tools": OTHER_COMMANDS}) == []


MOVES = """
- {id: sicilian, kind: qa, question: Black's reply in the Sicilian Defence?, answer: 1...c5}
- {id: sicilian-2, kind: qa, question: Black's reply in the Sicilian Defence?, answer: 1...c6}
- {id: reti, kind: limit, subject: White's first move in the Réti Opening, value: 1.Nf3}
- {id: reti-2, kind: limit, subject: White's first move in the Réti Opening, value: 1.Nc3}
- {id: scotch, kind: limit, subject: White's third move in the Scotch Game, value: 3.d4}
- {id: scotch-2, kind: limit, subject: White's third move in the Scotch Game, value: 3. d4}
"""


def test_a_number_before_another_code_is_no_value_the_answers_share(tmp_path):
    """ "1...c5" and "1...c6" share the move number 1, not the move: a conflict, never
    "same fact, keep one card" (which hid the contradiction). The same code twice is
    still one answer."""
    found = check(tmp_path, {"Openings": MOVES})
    assert len(found) == 3, found
    assert "error conflicting-fact" in found[0] and "'1...c5' here, '1...c6' there" in found[0]
    assert "error conflicting-fact" in found[1] and "'1.Nf3' here, '1.Nc3' there" in found[1]
    assert "error duplicate-fact" in found[2] and "scotch-2" in found[2], found


READINGS = """
- {id: reading-of, kind: qa, question: Reading of 山, answer: やま}
- {id: on-reading-of, kind: qa, question: On-reading of 山, answer: サン}
- {id: on-call, kind: qa, question: Who answers on-call pages?, answer: the primary engineer}
- {id: oncall, kind: qa, question: Who answers oncall pages?, answer: the primary engineer}
"""


def test_a_stop_word_that_starts_a_compound_is_a_word(tmp_path):
    """ "On-reading" lost its "on" (a stop word) and asked what "Reading" asks: a
    warning nobody agreed with. "on-call" and "oncall" stay one word written two ways."""
    found = check(tmp_path, {"Kanji": READINGS})
    assert len(found) == 1 and "error duplicate-fact" in found[0] and "oncall" in found[0], found


@pytest.mark.parametrize(
    ("a", "b"),
    [("by-product", "byproduct"), ("in-house", "inhouse"), ("just-in-time", "just in time")],
)
def test_a_stop_word_hyphened_to_the_next_word_folds_as_joined(a, b):
    assert fold(a) == fold(b)
