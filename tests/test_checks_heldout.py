"""The fact checks on pairs from a held-out set (tests/data/fact_pairs_unseen.txt, written
without reading the checks): a verb's irregular past form, and a deck's own name standing
in a prompt for a plain word. Each test failed before its fix."""

from __future__ import annotations

import textwrap
from pathlib import Path

from cheatdeck import pipeline


def check_deck(tmp_path: Path, deck: str, cards: str) -> list[str]:
    """``check`` of one topic in deck ``deck``: ``severity code: message`` lines."""
    return check_decks(tmp_path, {deck: cards})


def check_decks(tmp_path: Path, decks: dict[str, str]) -> list[str]:
    """``check`` of one topic per deck (deck -> cards YAML)."""
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: Study\n", "utf-8")
    for number, (deck, cards) in enumerate(decks.items()):
        body = textwrap.indent(textwrap.dedent(cards).strip(), "  ")
        text = f"deck: {deck}\ntitle: {deck}\ncards:\n{body}\n"
        (folder / f"t{number}.yaml").write_text(text, "utf-8")
    return [f"{d.severity} {d.code}: {d.message}" for d in pipeline.check(folder).report.sorted()]


def test_an_irregular_past_form_asks_what_its_verb_asks(tmp_path):
    found = check_deck(
        tmp_path,
        "Nursing",
        """
        - {id: a, kind: qa, question: Where is the radial pulse felt?, answer: thumb side}
        - {id: b, kind: qa, question: Where do you feel the radial pulse?, answer: finger side}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "conflict" in found[0], found


def test_the_deck_name_in_one_prompt_is_no_word_of_its_own(tmp_path):
    found = check_deck(
        tmp_path,
        "Excel",
        """
        - {id: a, kind: limit, subject: Maximum rows in a worksheet, value: "1,048,576"}
        - {id: b, kind: limit, subject: Excel max rows, value: "65,536"}
        - {id: c, kind: qa, question: What is the last column in Excel?, answer: XFD}
        - {id: d, kind: qa, question: Which is the last column of a worksheet?, answer: XFZ}
        """,
    )
    assert len(found) == 2, found
    assert all("warning similar-fact" in line and "conflict" in line for line in found), found
    assert "with b at" in found[0] and "with d at" in found[1], found


def test_a_deck_name_against_another_name_still_asks_another_thing(tmp_path):
    found = check_deck(
        tmp_path,
        "Unicode",
        """
        - {id: a, kind: qa, question: What is the highest Unicode code point?, answer: U+10FFFF}
        - {id: b, kind: qa, question: What is the highest ASCII code point?, answer: U+007F}
        """,
    )
    assert found == [], found


def test_in_a_large_corpus_a_small_deck_compares_an_acronym_with_its_words(tmp_path):
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: Study\n", "utf-8")
    filler = "\n".join(  # 300 facts of another deck: the corpus is no small one
        f"  - {{id: f{n}, kind: qa, question: 'What is item {n} of the list?', "
        f"answer: 'entry {n}'}}"
        for n in range(300)
    )
    (folder / "list.yaml").write_text(f"deck: List\ntitle: List\ncards:\n{filler}\n", "utf-8")
    (folder / "photo.yaml").write_text(
        "deck: Photography\ntitle: Photography\ncards:\n"
        "  - {id: dof, kind: concept, term: DOF, definition: The zone that looks in focus}\n"
        "  - {id: depth, kind: concept, term: Depth of field, "
        "definition: The range of distances that appear sharp}\n",
        "utf-8",
    )
    found = [str(d) for d in pipeline.check(folder).report.sorted()]
    assert len(found) == 1 and "similar-fact" in found[0] and "depth" in found[0], found


def test_one_key_combination_spaced_otherwise_under_two_tasks_is_one_command(tmp_path):
    found = check_deck(
        tmp_path,
        "Excel",
        """
        - {id: a, kind: command, task: Sum the selected range quickly, command: Alt+=}
        - {id: b, kind: command, task: AutoSum, command: Alt + =}
        - {id: c, kind: command, task: Insert the current date, command: "Ctrl+;"}
        - {id: d, kind: command, task: Insert the current time, command: "Ctrl+Shift+;"}
        """,
    )
    assert len(found) == 1 and "error duplicate-fact" in found[0], found
    assert "same fact as b at" in found[0] and "same command for another task" in found[0], found


def test_a_term_with_a_plain_word_more_defined_alike_is_perhaps_one_concept(tmp_path):
    found = check_deck(
        tmp_path,
        "Photography",
        """
        - {id: a, kind: concept, term: Aperture, definition: The opening in the lens}
        - {id: b, kind: concept, term: Lens aperture, definition: The adjustable hole in a lens}
        - {id: c, kind: concept, term: Castling, definition: A move of the king and a rook}
        - {id: d, kind: concept, term: Kingside castling, definition: Castling with the h-file rook}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "with b at" in found[0] or "as b at" in found[0], found


def test_a_word_glossed_in_brackets_is_asked_by_its_other_name(tmp_path):
    found = check_deck(
        tmp_path,
        "Greek",
        """
        - {id: a, kind: qa, question: What does λόγος (logos) mean?, answer: word}
        - {id: b, kind: qa, question: What does logos mean?, answer: law}
        - {id: c, kind: qa, question: What does ἔργον (ergon) mean?, answer: work}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "with b at" in found[0] and "'word' here and 'law' there" in found[0], found


def test_a_question_reworded_in_plain_words_with_another_short_answer_is_a_warning(tmp_path):
    found = check_deck(
        tmp_path,
        "Java",
        """
        - {id: a, kind: qa, question: How do you say "cat" in Java?, answer: kucing}
        - {id: b, kind: qa, question: Java word for cat, answer: anjing}
        - {id: c, kind: qa, question: What is the molar mass of water?, answer: 18 g/mol}
        - {id: d, kind: qa, question: What is the molar mass of carbon dioxide?, answer: 44 g/mol}
        - {id: e, kind: qa, question: Which blood cells carry oxygen?, answer: Red blood cells}
        - {id: f, kind: qa, question: Which blood cells fight infection?, answer: White blood cells}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "with b at" in found[0] and "'kucing' here and 'anjing' there" in found[0], found


def test_one_value_under_prompts_of_common_words_and_a_plain_one_is_one_fact(tmp_path):
    cards = [  # "Java" and a value's length in every card: common words of this corpus
        f"- {{id: f{n}, kind: limit, subject: 'Length of Java buffer {n}', value: {n + 100} bits}}"
        for n in range(12)
    ]
    cards += [
        "- {id: a, kind: limit, subject: Size of a Java long, value: 64 bits}",
        "- {id: b, kind: limit, subject: Java long width, value: 8 bytes}",
    ]
    found = check_deck(tmp_path, "Java", "\n".join(cards))
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b at" in found[0], found


def test_plain_synonyms_in_prompts_are_one_question_for_the_warning(tmp_path):
    found = check_deck(
        tmp_path,
        "Nursing",
        """
        - {id: a, kind: limit, subject: Normal newborn respiratory rate, value: 30-60 breaths/min}
        - {id: b, kind: limit, subject: Normal neonatal respiratory rate, value: 12-20 breaths/min}
        - {id: c, kind: command, task: Select the whole chart, command: Ctrl+A}
        - {id: d, kind: command, task: Select the entire chart, command: Ctrl+Shift+A}
        """,
    )
    assert len(found) == 2 and all("warning similar-fact" in line for line in found), found
    assert "with b at" in found[0] and "with d at" in found[1], found


def test_a_statement_with_and_without_its_final_semicolon_is_one_command(tmp_path):
    found = check_deck(
        tmp_path,
        "SQL Server",
        """
        - {id: a, kind: command, task: Show the server version, command: "SELECT @@VERSION;"}
        - {id: b, kind: command, task: Which version is running, command: SELECT @@VERSION}
        - {id: c, kind: command, task: Repeat the last f or t, command: ";"}
        - {id: d, kind: command, task: End a case branch in bash, command: ";;"}
        """,
    )
    assert len(found) == 1 and "error duplicate-fact" in found[0], found
    assert "same fact as b at" in found[0], found


def test_a_question_that_only_adds_a_name_to_a_one_word_term_asks_the_same(tmp_path):
    found = check_deck(
        tmp_path,
        "Spanish",
        """
        - {id: a, kind: qa, question: What does caliente mean?, answer: hot}
        - {id: b, kind: qa, question: English meaning of caliente?, answer: cold}
        - {id: c, kind: qa, question: How do you pronounce caliente?, answer: ka-LYEN-te}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "with b at" in found[0] and "'hot' here and 'cold' there" in found[0], found


def test_a_definition_listing_senses_beside_another_sense_is_no_error(tmp_path):
    found = check_deck(
        tmp_path,
        "Italian",
        """
        - {id: a, kind: concept, term: la libreria, definition: the bookshop}
        - {id: b, kind: concept, term: la libreria, definition: "the bookcase, bookshelf"}
        - {id: c, kind: concept, term: il banco, definition: the bank}
        - {id: d, kind: concept, term: il banco, definition: the river}
        """,
    )
    assert len(found) == 2, found
    assert found[0].startswith("warning similar-fact") and "with b at" in found[0], found
    assert found[1].startswith("error conflicting-fact"), found  # one answer each: an error


def test_approximate_values_in_two_temperature_scales_are_one_value(tmp_path):
    """ "about 1,100–1,200 °C" is 2,012–2,192 °F, written "roughly 2,000–2,200 °F" (held-out
    set 3): a rounding, not a conflict; "about 8,849 m" still is not "about 8,848 m"."""
    found = check_deck(
        tmp_path,
        "Volcanology",
        """
        - {id: a, kind: limit, subject: Temperature of basaltic lava, value: "about 1,100–1,200 °C"}
        - {id: b, kind: limit, subject: Basalt lava temperature, value: "roughly 2,000–2,200 °F"}
        - {id: c, kind: limit, subject: Height of Mount Everest, value: "about 8,849 m"}
        - {id: d, kind: limit, subject: Mount Everest height, value: "about 8,848 m"}
        - {id: e, kind: limit, subject: Temperature of andesite lava, value: "about 1,000 °C"}
        - {id: f, kind: limit, subject: Andesite lava temperature, value: "about 2,000 °F"}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact" in found[0] and "'roughly 2,000–2,200 °F'" in found[0], found
    assert all("error conflicting-fact" in line for line in found[1:]), found


def test_a_count_against_a_measure_is_a_possible_conflict_only(tmp_path):
    """ "about 1,000 nm" (nm: nanometres or nautical miles, a unit the checks leave alone)
    against "about 1 micrometre": maybe one value in two units, a warning, not an error."""
    found = check_deck(
        tmp_path,
        "Microbiology",
        """
        - {id: a, kind: limit, subject: Diameter of a typical coccus, value: about 1 micrometre}
        - {id: b, kind: limit, subject: Typical coccus diameter, value: "about 1,000 nm"}
        - {id: c, kind: limit, subject: Length of a typical bacillus, value: 2 micrometres}
        - {id: d, kind: limit, subject: Typical bacillus length, value: 5 micrometres}
        """,
    )
    assert len(found) == 2, found
    conflict, possible = sorted(found)  # "error ..." before "warning ..."
    assert "error conflicting-fact" in conflict and "'2 micrometres'" in conflict, found
    assert "warning similar-fact" in possible and "'about 1,000 nm'" in possible, found


def test_words_of_held_out_set_3_that_ask_alike(tmp_path):
    """ "Fewest" is a minimum, "normally" says nothing, "expiry" is "expiration", "the last
    to erupt" holds no direction (held-out set 3); "St."/"Saint" are one word for the
    warning."""
    found = check_deck(
        tmp_path,
        "Mixed",
        """
        - {id: a, kind: limit, subject: Fewest players per team, value: "7"}
        - {id: b, kind: limit, subject: Minimum players per team, value: "6"}
        - {id: c, kind: qa, question: TTL of a key with no expiry?, answer: "-1"}
        - {id: d, kind: qa, question: TTL of a key with no expiration?, answer: "-2"}
        - id: e
          kind: qa
          question: Which teeth are usually the last to erupt?
          answer: The third molars (wisdom teeth)
        - {id: f, kind: qa, question: Which teeth normally erupt last?, answer: Premolars}
        - {id: i, kind: qa, question: Which year did Mount St. Helens erupt?, answer: "1980"}
        - {id: j, kind: qa, question: Year Mount Saint Helens erupted, answer: "1981"}
        """,
    )
    assert len(found) == 4, found
    for first, second in ("ab", "cd", "ef", "ij"):
        assert any(f"with {second} at" in line for line in found), (first, found)


def test_a_term_asked_for_in_its_deck_language_is_asked_the_other_way(tmp_path):
    """ "der Hund" = "the dog" and "What is the German word for dog?" in a German deck: the
    deck's words are no words of the question's own (held-out set 3)."""
    found = check_deck(
        tmp_path,
        "German",
        """
        - {id: a, kind: concept, term: der Hund, definition: the dog}
        - {id: b, kind: qa, question: What is the German word for "dog"?, answer: der Hund}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found


def test_loose_synonyms_of_held_out_set_3_make_a_possible_conflict(tmp_path):
    """ "match"/"game", "ideal"/"optimal", "average"/"typical", "blast"/"explosion": one
    question reworded, a warning (held-out set 3)."""
    found = check_deck(
        tmp_path,
        "Mixed",
        """
        - {id: a, kind: limit, subject: Length of extra time in a knockout match, value: 30 min}
        - {id: b, kind: limit, subject: Extra time duration in knockout games, value: 20 min}
        - {id: c, kind: limit, subject: Doubling time of E. coli in ideal conditions, value: 20 min}
        - {id: d, kind: limit, subject: E. coli doubling time under optimal conditions, value: 20 h}
        - {id: e, kind: qa, question: Freezing point of average seawater?, answer: "-1.9 °C"}
        - id: f
          kind: qa
          question: At what temperature does typical seawater freeze?
          answer: 0 °C
        - {id: g, kind: qa, question: Which volcano's 1883 blast was heard?, answer: Krakatoa}
        - {id: h, kind: qa, question: Which volcano's 1883 explosion was heard?, answer: Tambora}
        """,
    )
    assert len(found) == 4, found
    for second in "bdfh":
        assert any(f"with {second} at" in line for line in found), (second, found)


def test_common_verbs_of_questions_reworded_make_a_possible_conflict(tmp_path):
    """ "carries"/"brings", "picks"/"selects", "validate"/"verify": one question worded
    twice, a warning; "Which current brings cold water?" still asks another thing."""
    found = check_deck(
        tmp_path,
        "Mixed",
        """
        - {id: a, kind: qa, question: Which current carries warm water north?, answer: Gulf}
        - {id: b, kind: qa, question: Which current brings warm water north?, answer: Labrador}
        - {id: c, kind: qa, question: Which method picks the least loaded server?, answer: least}
        - {id: d, kind: qa, question: Which method selects the least loaded server?, answer: hash}
        - {id: e, kind: qa, question: How do you validate a zone file?, answer: named-checkzone}
        - {id: f, kind: qa, question: How do you verify a zone file?, answer: named-checkconf}
        - {id: g, kind: qa, question: Which current brings cold water south?, answer: Labrador}
        """,
    )
    assert len(found) == 3, found
    for second in "bdf":
        assert any(f"with {second} at" in line for line in found), (second, found)


def test_a_term_and_a_question_about_it_ask_one_thing(tmp_path):
    """Held-out set 4: "What is sharding in MongoDB?" in a MongoDB deck and the term
    "Sharding" (the deck's words aside); "What is a toilet flapper?" and "Flapper" (one
    plain word more, defined alike); "Which cells produce melanin?" (melanocytes) and
    "Melanocyte" defined as a cell that produces melanin. Each a warning; "Sharding" in
    another deck is no such pair."""
    found = check_decks(
        tmp_path,
        {
            "MongoDB": """
            - {id: a, kind: concept, term: Sharding, definition: Splitting data across shards.}
            - id: b
              kind: qa
              question: What is sharding in MongoDB?
              answer: Spreading documents over many machines to scale out.
            """,
            "Plumbing": """
            - id: c
              kind: concept
              term: Flapper
              definition: The rubber valve at the bottom of a toilet tank.
            - id: d
              kind: qa
              question: What is a toilet flapper?
              answer: The rubber seal in the tank that lifts to flush.
            """,
            "Dermatology": """
            - id: e
              kind: concept
              term: Melanocyte
              definition: A cell in the basal layer of the epidermis that produces melanin.
            - {id: f, kind: qa, question: Which cells produce melanin?, answer: melanocytes}
            """,
            "Databases": """
            - {id: g, kind: concept, term: Sharding, definition: Splitting rows across servers.}
            """,
        },
    )
    assert len(found) == 3, found
    for second in "bdf":
        assert any(f" {second} at " in line and "warning" in line for line in found), found


def test_words_of_held_out_set_4_that_ask_alike(tmp_path):
    """ "most" is a maximum ("the most protein" / "highest-protein"); "produce"/"make",
    "contain"/"include", "modern"/"current", "kind"/"type" are one word for the warning;
    "played to how many points" asks what "How many points is it played to?" asks
    (held-out set 4)."""
    found = check_deck(
        tmp_path,
        "Mixed",
        """
        - {id: a, kind: qa, question: Which flour has the most protein?, answer: bread flour}
        - {id: b, kind: qa, question: Which flour has the highest protein?, answer: cake flour}
        - {id: c, kind: qa, question: Which cells produce melanin?, answer: melanocytes}
        - {id: d, kind: qa, question: Which skin cells make melanin?, answer: keratinocytes}
        - {id: e, kind: qa, question: Which leavener contains an acid?, answer: baking powder}
        - {id: f, kind: qa, question: Which leavener includes an acid?, answer: baking soda}
        - {id: g, kind: qa, question: Which trap type do modern codes require?, answer: P-trap}
        - {id: h, kind: qa, question: Which trap kind do current codes require?, answer: S-trap}
        - {id: i, kind: qa, question: How many points is a tiebreak played to?, answer: 7}
        - {id: j, kind: qa, question: A tiebreak is played to how many points?, answer: 9}
        """,
    )
    assert len(found) == 5, found
    for second in "bdfhj":
        assert any(f" {second} at " in line for line in found), (second, found)


def test_only_the_british_ence_words_are_respelt(tmp_path):
    """ "-ence" became "-ense" in every word, so "Idempotence" (idempotens) and
    "idempotency" (idempot) were two words (held-out set 4); only licence, defence,
    offence and pretence have an American "-ense"."""
    found = check_deck(
        tmp_path,
        "Ansible",
        """
        - {id: a, kind: concept, term: Idempotence, definition: Running it twice changes nothing.}
        - {id: b, kind: concept, term: Idempotency, definition: A second run gives the same result.}
        - {id: c, kind: limit, subject: TV licence fee, value: 174.50 GBP}
        - {id: d, kind: limit, subject: TV license fee, value: 169.50 GBP}
        """,
    )
    assert len(found) == 2, found
    assert any("with b at" in line or "as b at" in line for line in found), found
    assert any("error conflicting-fact" in line and "d at" in line for line in found), found


def test_a_question_that_asks_something_of_a_term_is_no_rewording_of_it(tmp_path):
    """A term beside a question about one of its properties is two facts: no warning for
    "What is an enzyme made of?", "What does the mitochondrion produce?" or "Where are
    Docker volumes stored?" beside the term, though the answer is in its definition."""
    found = check_deck(
        tmp_path,
        "Biology",
        """
        - {id: a, kind: concept, term: Enzyme, definition: A protein that speeds up a reaction.}
        - {id: b, kind: qa, question: What is an enzyme made of?, answer: Protein}
        - id: c
          kind: concept
          term: Mitochondrion
          definition: Organelle that produces ATP by cellular respiration.
        - {id: d, kind: qa, question: What does the mitochondrion produce?, answer: ATP}
        - id: e
          kind: concept
          term: Docker volume
          definition: Storage kept under /var/lib/docker/volumes.
        - id: f
          kind: qa
          question: Where are Docker volumes stored?
          answer: /var/lib/docker/volumes
        """,
    )
    assert found == []


def test_questions_for_a_place_a_time_or_a_reason_ask_otherwise(tmp_path):
    """ "Where was Napoleon born?" and "When was Napoleon born?" share every other word:
    they were "possibly conflicting", and so were "Where does photosynthesis happen?" and
    the term "Photosynthesis"; "Who wrote Hamlet?" and "When was Hamlet written?" too.
    "When ...?" and "In which year ...?", "Who ...?" and "Which playwright ...?" still ask
    one thing."""
    found = check_deck(
        tmp_path,
        "History",
        """
        - {id: a, kind: qa, question: Where was Napoleon born?, answer: "Ajaccio, Corsica"}
        - {id: b, kind: qa, question: When was Napoleon born?, answer: "1769"}
        - {id: c, kind: qa, question: Why did the Titanic sink?, answer: It hit an iceberg}
        - {id: d, kind: qa, question: When did the Titanic sink?, answer: "1912"}
        - {id: e, kind: concept, term: Photosynthesis, definition: Plants turning light into sugar.}
        - {id: f, kind: qa, question: Where does photosynthesis happen?, answer: In chloroplasts}
        - {id: g, kind: qa, question: In which year was Napoleon born?, answer: "1796"}
        - {id: h, kind: qa, question: Who wrote Hamlet?, answer: William Shakespeare}
        - {id: i, kind: qa, question: When was Hamlet written?, answer: Around 1600}
        - {id: j, kind: qa, question: Which playwright wrote Hamlet?, answer: Christopher Marlowe}
        """,
    )
    assert len(found) == 2, found
    assert any("with g at" in line for line in found), found
    assert any("with j at" in line for line in found), found


def test_a_pattern_s_syntax_tells_two_prompts_apart(tmp_path):
    """Fifth held-out set: "{3}" and "{3,}" fold to one prompt, but ask two things."""
    found = check_deck(
        tmp_path,
        "Regular expressions",
        """
        - {id: a, kind: qa, question: "What does {3} mean?", answer: exactly 3 times}
        - {id: b, kind: qa, question: "What does {3,} mean?", answer: 3 or more times}
        - {id: c, kind: qa, question: "Meaning of (?:x)", answer: a group that does not capture}
        - {id: d, kind: qa, question: "Meaning of (x)", answer: a capturing group}
        - {id: e, kind: qa, question: "What does {3} mean?", answer: 3 times exactly}
        """,
    )
    assert len(found) == 1 and "error duplicate-fact" in found[0], found
    assert "'exactly 3 times' = '3 times exactly'" in found[0], found


def test_a_temperature_s_scale_written_out_is_its_sign(tmp_path):
    """Fifth held-out set: "95 degrees Celsius" is "95 °C" (it was a bare 95), and a
    prompt ending "on the Celsius scale" names its answer's unit as "in Celsius" does."""
    found = check_deck(
        tmp_path,
        "Laundry",
        """
        - {id: a, kind: qa, question: Hottest wash temperature on a care label?, answer: 95 °C}
        - id: b
          kind: limit
          subject: Hottest wash temperature on a care label
          value: 95 degrees Celsius
        - {id: c, kind: limit, subject: Absolute zero in Celsius, value: −273.15 °C}
        - {id: d, kind: limit, subject: Absolute zero on the Celsius scale, value: −237.15 °C}
        - {id: e, kind: limit, subject: Water boils at sea level at, value: 212 deg F}
        - {id: f, kind: limit, subject: Boiling point of water at sea level, value: 100 degrees C}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact" in found[0] and "'95 °C' = '95 degrees Celsius'" in found[0]
    assert "error conflicting-fact: conflicts with d " in found[1], found
    assert "warning similar-fact: nearly the same fact as f " in found[2], found  # 212 °F


def test_what_a_term_does_or_states_asks_what_it_is(tmp_path):
    """Fifth held-out set: "What does the first law of thermodynamics state?" asks what
    the term "First law of thermodynamics" is (a warning, as "What is ...?" does)."""
    found = check_deck(
        tmp_path,
        "Thermodynamics",
        """
        - id: a
          kind: qa
          question: What does the first law of thermodynamics state?
          answer: "energy is conserved: the internal energy changes by heat in minus work out"
        - id: b
          kind: concept
          term: First law of thermodynamics
          definition: energy cannot be created or destroyed, only converted
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found


def test_british_spellings_no_rule_tells_are_american_too(tmp_path):
    """Fifth held-out set: "tyres" / "tires", as "colour" / "color": one question,
    whose two answers conflict (an error); "grey" / "gray" in a prompt alike."""
    found = check_deck(
        tmp_path,
        "Cycling",
        """
        - {id: a, kind: qa, question: Which valve is also found on car tyres?, answer: Schrader}
        - {id: b, kind: qa, question: Which valve is also found on car tires?, answer: Presta}
        - {id: c, kind: qa, question: What does a grey cable housing hold?, answer: a brake cable}
        - {id: d, kind: qa, question: What does a gray cable housing hold?, answer: a brake cable}
        """,
    )
    assert len(found) == 2, found
    assert "error conflicting-fact: conflicts with b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found


def test_one_after_with_is_an_article(tmp_path):
    """Fifth held-out set: "an iron with one dot" asks what "... with a single dot"
    asks; "one" there is no value of its own."""
    found = check_deck(
        tmp_path,
        "Laundry",
        """
        - {id: a, kind: qa, question: Iron with one dot, answer: "low heat, up to 110 °C"}
        - {id: b, kind: qa, question: Max temperature for an iron with a single dot, answer: 150 °C}
        """,
    )
    assert len(found) == 1 and "warning similar-fact: possibly conflicting" in found[0], found


def test_an_answer_turned_into_its_opposite_is_a_possible_conflict(tmp_path):
    """Fifth held-out set: "clockwise" / "turn it counterclockwise" under one reworded
    question was "nearly the same fact: merge them"; it is a possible conflict."""
    found = check_deck(
        tmp_path,
        "Cycling",
        """
        - id: a
          kind: qa
          question: Which way do you turn the right pedal to tighten it?
          answer: clockwise
        - id: b
          kind: qa
          question: How do you tighten the right pedal of a bike?
          answer: turn it counterclockwise
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with b " in found[0], found


def test_answers_turned_to_questions_apart_by_a_side_are_no_conflict(tmp_path):
    """... but two questions apart by a side ask two things ("the left pedal" / "the
    right pedal")."""
    found = check_deck(
        tmp_path,
        "Cycling",
        """
        - id: c
          kind: qa
          question: Which way do you turn the left pedal to loosen it?
          answer: clockwise
        - id: d
          kind: qa
          question: Which way do you turn the right pedal to loosen it?
          answer: counterclockwise
        """,
    )
    assert found == []


def test_one_question_answered_and_turned_is_a_conflict(tmp_path):
    """The same question answered "anticlockwise" and "clockwise" was a duplicate-fact
    error ("same fact: keep one card"): "counter" made no difference. It conflicts, as
    "stop" / "do not stop" does."""
    found = check_deck(
        tmp_path,
        "Weather",
        """
        - {id: a, kind: qa, question: Which way do hurricanes spin up north?, answer: anticlockwise}
        - {id: b, kind: qa, question: Which way do hurricanes spin up north?, answer: clockwise}
        """,
    )
    assert len(found) == 1, found
    assert "error conflicting-fact: conflicts with b " in found[0], found


def test_an_english_word_with_or_without_its_diaeresis_is_one_word(tmp_path):
    """A newcomer's pharmacy deck: "opioid naive" and "opioid naïve" are one subject, whose
    two doses conflict (they were two subjects, and nothing was found)."""
    found = check_deck(
        tmp_path,
        "Pharmacy",
        """
        - {id: a, kind: limit, subject: Fentanyl patch starting dose (opioid naive), value: 12 µg/h}
        - {id: b, kind: limit, subject: Fentanyl patch starting dose (opioid naïve), value: 25 µg/h}
        """,
    )
    assert len(found) == 1 and "error conflicting-fact: conflicts with b " in found[0], found


def test_a_bound_in_words_is_its_sign(tmp_path):
    """A newcomer's pharmacy deck: "adult > 50 kg" and "an adult over 50 kg" are one
    subject (4 g = 4000 mg: a duplicate; nothing was found), "under 50" and "< 50" too,
    and "> 50 kg" is no "< 50 kg"."""
    found = check_deck(
        tmp_path,
        "Pharmacy",
        """
        - id: a
          kind: limit
          subject: Paracetamol maximum daily dose (adult > 50 kg)
          value: 4 g
        - id: b
          kind: qa
          question: What is the maximum daily dose of paracetamol for an adult over 50 kg?
          answer: 4000 mg
        - id: c
          kind: limit
          subject: Paracetamol maximum daily dose (adult under 50 kg)
          value: 60 mg/kg
        - id: d
          kind: limit
          subject: Paracetamol maximum daily dose (adult < 50 kg)
          value: 75 mg/kg
        """,
    )
    assert len(found) == 2, found
    assert "error duplicate-fact: same fact as b " in found[0], found
    assert "error conflicting-fact: conflicts with d " in found[1], found


def test_yes_to_two_questions_makes_them_no_duplicates(tmp_path):
    """A chess deck: "Can a king and queen force mate against a lone king?" and "Can two
    bishops force mate against a lone king?", both "yes", were "nearly the same fact"."""
    found = check_deck(
        tmp_path,
        "Chess",
        """
        - {id: a, kind: qa, question: Can king and queen mate a lone king?, answer: "yes"}
        - {id: b, kind: qa, question: Can two bishops mate a lone king?, answer: "yes"}
        - {id: c, kind: qa, question: Can king and knight mate a lone king?, answer: "no"}
        - {id: d, kind: qa, question: Can two knights mate a lone king?, answer: "no"}
        """,
    )
    assert found == []


def test_a_side_word_swapped_for_a_plain_one_may_be_one_question(tmp_path):
    """A chess deck: "Moves without a capture ... *before* a draw can be claimed" (50) and
    "How many moves without a capture ... *allow* a draw claim?" (75) were no finding:
    "before" is a side only against another side ("before" / "after")."""
    found = check_deck(
        tmp_path,
        "Chess",
        """
        - id: a
          kind: limit
          subject: Moves without a capture or pawn move before a draw can be claimed
          value: 50 moves
        - id: b
          kind: qa
          question: How many moves without a capture or pawn move allow a draw claim?
          answer: "75"
        - id: c
          kind: limit
          subject: Moves without a capture or pawn move after which the game is drawn
          value: 75 moves
        """,
    )
    # b's "75" and c's "75 moves" are reported apart, as nearly one fact
    assert len(found) == 2 and "possibly conflicting with b " in found[0], found
    assert "nearly the same fact as c " in found[1], found


def test_two_rows_of_one_table_are_two_things(tmp_path):
    """A chess deck: "How many points is a queen worth?" (9) and "What is a rook worth in
    points?" (5) were "possibly conflicting": one word swapped, as in a rewording. Queen
    and rook are two rows of the deck's own "Piece values" table: two things."""
    found = check_deck(
        tmp_path,
        "Chess",
        """
        - id: values
          kind: table
          title: Piece values
          columns: [Points]
          rows: {Pawn: ["1"], Knight: ["3"], Rook: ["5"], Queen: ["9"]}
        - {id: queen, kind: qa, question: How many points is a queen worth?, answer: "9"}
        - {id: rook, kind: qa, question: What is a rook worth in points?, answer: 5 points}
        """,
    )
    assert found == []


def test_two_rows_of_one_table_with_one_value_are_two_facts(tmp_path):
    """A Java deck: "Size of a Java int" and "Size of a Java float" (32 bits each) were
    "nearly the same fact: merge them", one word swapped with the value kept, as in a
    rewording. Int and float are two rows of the deck's own "Primitive types" table:
    two things that share a value (found by probe36a)."""
    found = check_deck(
        tmp_path,
        "Java",
        """
        - id: types
          kind: table
          title: Primitive types
          columns: [Default]
          rows: {int: ["0"], long: [0L], float: [0.0f]}
        - {id: int, kind: limit, subject: Size of a Java int, value: 32, unit: bits}
        - {id: float, kind: limit, subject: Size of a Java float, value: 32, unit: bits}
        """,
    )
    assert found == []


def test_two_sides_with_one_answer_are_two_questions(tmp_path):
    """A music deck: the step patterns of the major and the natural minor scale hold the
    same letters ("W W H W W W H" / "W H W W H W W") and were "nearly the same fact";
    "major" / "minor" are two sides, as "left" / "right" are."""
    found = check_deck(
        tmp_path,
        "Music",
        """
        - id: major
          kind: qa
          question: What is the pattern of whole and half steps in a major scale?
          answer: W W H W W W H
        - id: minor
          kind: qa
          question: What is the pattern of whole and half steps in a natural minor scale?
          answer: W H W W H W W
        """,
    )
    assert found == []


def test_time_of_a_duration_only_names_what_it_measures(tmp_path):
    """First held-out set: "Normal capillary refill time" (under 2 seconds) and "Normal
    capillary refill" (under 10 seconds) ask one thing: a conflict, not a maybe."""
    found = check_deck(
        tmp_path,
        "Nursing",
        """
        - {id: a, kind: limit, subject: Normal capillary refill time, value: under 2 seconds}
        - {id: b, kind: limit, subject: Normal capillary refill, value: under 10 seconds}
        """,
    )
    assert len(found) == 1 and "error conflicting-fact: conflicts with b " in found[0], found


def test_longest_and_shortest_are_maximum_and_minimum(tmp_path):
    found = check_deck(
        tmp_path,
        "Storage",
        """
        - {id: a, kind: limit, subject: Minimum length of a bucket name, value: 3 characters}
        - {id: b, kind: limit, subject: Shortest allowed bucket name, value: three characters}
        - {id: c, kind: limit, subject: Longest expiry of a signed URL, value: 7 days}
        - {id: d, kind: limit, subject: Maximum expiry of a signed URL, value: 8 days}
        """,
    )
    assert len(found) == 2, found
    assert "nearly the same fact as b" in found[0] and "conflict" not in found[0], found
    assert "error conflicting-fact: conflicts with d" in found[1], found
    assert "'7 days' here, '8 days' there" in found[1], found


def test_a_command_and_its_abbreviated_form_are_one_command(tmp_path):
    """The same command with a subcommand's short form or a long option's letter, under
    two wordings of its task, is one fact; a short option against another short one, a
    long option of another letter, or another package whose name holds the first's
    letters (``awscli`` / ``aws-sam-cli``, ``pytest`` / ``pytest-cov``), is not."""
    found = check_deck(
        tmp_path,
        "Shell",
        """
        - {id: a, kind: command, task: List the globally installed packages, command: npm ls -g}
        - {id: b, kind: command, task: Show which packages are installed globally,
           command: npm list --global}
        - {id: c, kind: command, task: Reattach to the session named work,
           command: tmux attach -t work}
        - {id: d, kind: command, task: Attach again to session work, command: tmux a -t work}
        - {id: e, kind: command, task: Copy a folder with its contents, command: cp -r src dst}
        - {id: f, kind: command, task: Copy a folder keeping its modes,
           command: cp --preserve src dst}
        - {id: g, kind: command, task: Remove the container web, command: docker rm web}
        - {id: h, kind: command, task: Remove the image web, command: docker rmi web}
        - {id: i, kind: command, task: Install the AWS CLI with Homebrew,
           command: brew install awscli}
        - {id: j, kind: command, task: Install the SAM CLI with Homebrew,
           command: brew install aws-sam-cli}
        - {id: k, kind: command, task: Install pytest with pip, command: pip install pytest}
        - {id: l, kind: command, task: Install pytest's coverage plugin with pip,
           command: pip install pytest-cov}
        - {id: m, kind: command, task: Start a session named work, command: tmux new -s work}
        - {id: n, kind: command, task: Open a new session called work,
           command: tmux new-session -s work}
        - {id: o, kind: command, task: Start nginx now and at boot,
           command: systemctl enable --now nginx}
        - {id: p, kind: command, task: Enable and start nginx,
           command: systemctl enable --now nginx.service}
        """,
    )
    assert len(found) == 4, found
    assert all("warning similar-fact: nearly the same fact" in line for line in found), found
    assert ["as b" in found[0], "as d" in found[1], "as n" in found[2], "as p" in found[3]] == [
        True
    ] * 4, found


def test_phrases_that_ask_a_sum_or_a_bound_and_mercury_spelled_out(tmp_path):
    """The phrase "add up to" asks a sum; "upper limit of" a maximum; "allowed" after a bound says
    nothing more ("Longest allowed tweet"); "mm of mercury" is mmHg, not a length."""
    found = check_deck(
        tmp_path,
        "Reference",
        """
        - {id: a, kind: qa, question: Sum of the interior angles of a triangle?, answer: 180°}
        - {id: b, kind: qa, question: What do the angles of a triangle add up to?, answer: 360°}
        - {id: c, kind: limit, subject: Upper limit of normal blood sodium, value: 145 mmol/L}
        - {id: d, kind: limit, subject: Maximum normal blood sodium, value: 155 mmol/L}
        - {id: e, kind: limit, subject: Maximum length of a tweet, value: 280 characters}
        - {id: f, kind: limit, subject: Longest allowed tweet, value: 140 characters}
        - {id: g, kind: qa, question: Normal systolic pressure of an adult at rest?,
           answer: 120 mm of mercury}
        - {id: h, kind: limit, subject: Normal adult resting systolic pressure, value: 120 mmHg}
        """,
    )
    assert len(found) == 4, found
    assert "possibly conflicting with b" in found[0] and "'180°' here and '360°'" in found[0]
    assert "error conflicting-fact: conflicts with d" in found[1], found
    assert "possibly conflicting with f" in found[2], found
    assert "error duplicate-fact: same fact as h" in found[3], found
    assert "'120 mm of mercury' = '120 mmHg'" in found[3], found


def test_a_prefix_written_with_or_without_its_hyphen_is_one_word(tmp_path):
    found = check_deck(
        tmp_path,
        "Eyes",
        """
        - {id: a, kind: qa, question: What does the abbreviation IOP stand for?,
           answer: intraocular pressure}
        - {id: b, kind: concept, term: IOP, definition: intra-ocular pressure}
        """,
    )
    assert len(found) == 1 and "warning similar-fact: nearly the same fact as b" in found[0]


def test_one_value_converted_under_two_wordings_sharing_words_is_one_fact(tmp_path):
    """100 °C and 212 °F are one temperature written in two units ("°" alone is no
    shared unit): someone converted it, so two prompts that share two words likely ask
    one thing, however else they are worded."""
    found = check_deck(
        tmp_path,
        "Physics",
        """
        - {id: a, kind: limit, subject: Boiling point of water at sea level, value: 100 °C}
        - {id: b, kind: limit, subject: Temperature at which water boils at 1 atm,
           value: 212 °F}
        - {id: c, kind: limit, subject: Melting point of lead, value: 327 °C}
        - {id: d, kind: limit, subject: Temperature at which lead boils, value: 621 °F}
        """,
    )
    assert len(found) == 1 and "warning similar-fact: nearly the same fact as b" in found[0]


def test_a_word_that_scales_the_subject_makes_another_subject(tmp_path):
    found = check_deck(
        tmp_path,
        "Running",
        """
        - {id: a, kind: limit, subject: Length of a marathon, value: 42.195 km}
        - {id: b, kind: limit, subject: Length of a half marathon, value: 21.0975 km}
        - {id: c, kind: limit, subject: Default PostgreSQL port, value: "5433"}
        - {id: d, kind: limit, subject: Default PostgreSQL server port, value: "5432"}
        """,
    )
    assert len(found) == 1 and "error conflicting-fact: conflicts with d" in found[0], found


def test_length_of_a_duration_only_names_what_it_measures(tmp_path):
    found = check_deck(
        tmp_path,
        "Running",
        """
        - {id: a, kind: limit, subject: Length of a marathon taper, value: 2–3 weeks}
        - {id: b, kind: qa, question: How long should you taper before a marathon?,
           answer: two to three weeks}
        - {id: c, kind: limit, subject: Length of a football match, value: 90 minutes}
        - {id: d, kind: limit, subject: Duration of a football match, value: 1.5 h}
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found
    assert "error duplicate-fact: same fact as d" in found[1], found


def test_what_does_a_term_measure_asks_what_the_term_is(tmp_path):
    found = check_deck(
        tmp_path,
        "Running",
        """
        - {id: a, kind: concept, term: VO2 max,
           definition: the highest rate at which the body can take up and use oxygen}
        - {id: b, kind: qa, question: What does VO2 max measure?,
           answer: the maximum rate of oxygen uptake during exercise}
        """,
    )
    assert len(found) == 1 and "warning similar-fact: nearly the same fact as b" in found[0]


def test_a_brewers_rewordings_and_siblings(tmp_path):
    """From a brewer's corpus: a word after "to" in the corpus's word list is still a
    word written in lower case ("a typical mash"); a prompt ending "in Fahrenheit" is a
    sibling of one without it (ale / lager); one term defined twice in other words is
    nearly the same fact, not a possible conflict."""
    found = check_deck(
        tmp_path,
        "Brewing::Mash",
        """
        - {id: time, kind: limit, subject: Mash duration, value: 60 min}
        - {id: time-2, kind: qa, question: How long is a typical mash?, answer: one hour}
        - {id: ph, kind: limit, subject: Ideal mash pH, value: "5.2–5.6"}
        - {id: out, kind: limit, subject: Mash-out temperature, value: 76 °C}
        - {id: thick, kind: limit, subject: Mash thickness, value: 2.5–3.5 L/kg}
        - {id: temp, kind: limit, subject: Single-infusion mash temperature, value: 65–68 °C}
        - {id: heat, kind: qa, question: What do you add to the grain?, answer: hot water}
        - {id: ale, kind: limit, subject: Ale fermentation temperature, value: 18–22 °C}
        - {id: lager, kind: limit, subject: Lager fermentation temperature, value: 8–13 °C}
        - {id: lager-f, kind: limit, subject: Lager fermentation temperature in Fahrenheit,
           value: 46–55 °F}
        - {id: strike, kind: concept, term: Strike water,
           definition: the hot water added to the grain to start the mash}
        - {id: strike-2, kind: qa, question: What is strike water?,
           answer: water heated and mixed with the grist to begin mashing}
        """,
    )
    assert len(found) == 3, found
    assert "warning similar-fact: nearly the same fact as time-2" in found[0], found
    assert "error duplicate-fact: same fact as lager-f" in found[1], found
    assert "warning similar-fact: nearly the same fact as strike-2" in found[2], found


def test_an_aquarists_gallons_and_zeros(tmp_path):
    """Gallons are a volume (US ones unless written "imperial"), "US" is no microsecond,
    and a value of nothing ("0 ppm") ties no two prompts of one template together."""
    found = check_deck(
        tmp_path,
        "Aquarium",
        """
        - {id: betta, kind: limit, subject: Minimum tank for a betta, value: 5 gallons}
        - {id: betta-2, kind: limit, subject: Smallest tank size for a betta fish, value: 19 L}
        - {id: pond, kind: limit, subject: Minimum pond for two koi, value: 1000 imperial gallons}
        - {id: pond-2, kind: limit, subject: Smallest pond for two koi, value: 4546 L}
        - {id: ammonia, kind: limit, subject: Safe ammonia level, value: 0 ppm}
        - {id: nitrite, kind: limit, subject: Safe nitrite level, value: 0 ppm}
        - {id: states, kind: qa, question: How many states has the US?, answer: 50 US states}
        - {id: states-2, kind: limit, subject: Number of US states, value: "50"}
        """,
    )
    assert len(found) == 3, found
    assert "nearly the same fact as betta-2" in found[0], found
    assert "error duplicate-fact: same fact as pond-2" in found[1], found
    assert "same fact as states-2" in found[2], found


def test_a_command_with_a_plainly_quoted_word_is_the_same_command(tmp_path):
    """A shell reads 'jq '.' f' as 'jq . f'; quotes that protect a blank, a "$" or a glob
    make another command."""
    found = check_deck(
        tmp_path,
        "Shell",
        """
        - {id: a, kind: command, task: Pretty-print a JSON file, command: jq . data.json}
        - {id: b, kind: command, task: Format JSON from a file nicely, command: jq '.' data.json}
        - {id: c, kind: command, task: List text files, command: ls *.txt}
        - {id: d, kind: command, task: List the file named star dot txt, command: ls '*.txt'}
        """,
    )
    assert len(found) == 1, found
    assert "error duplicate-fact: same fact as b" in found[0], found
    assert "same command for another task" in found[0], found


def test_compass_points_and_temperatures_are_two_sides(tmp_path):
    """One answer to "... warm water ..." and "... cold water ...", or to "... from the
    east" and "... from the west", says nothing: two questions, two sides."""
    found = check_deck(
        tmp_path,
        "Geography",
        """
        - {id: a, kind: qa, question: Which current brings warm water north?, answer: Gulf Stream}
        - {id: b, kind: qa, question: Which current brings cold water north?, answer: Gulf Stream}
        - {id: c, kind: qa, question: Which trade winds blow from the east?, answer: the easterlies}
        - {id: d, kind: qa, question: Which trade winds blow from the west?, answer: the easterlies}
        """,
    )
    assert found == [], found


def test_a_prompts_first_word_asking_an_attribute_is_no_name(tmp_path):
    """The prompts "Opposite of groot" and "Plural of bil" ask another thing than "What
    does groot mean?": their first word is capitalised as a sentence's is, not a name's."""
    found = check_deck(
        tmp_path,
        "Vocabulary",
        """
        - {id: a, kind: qa, question: What does "groot" mean?, answer: big}
        - {id: b, kind: qa, question: Opposite of "groot"?, answer: klein}
        - {id: c, kind: qa, question: What does "bil" mean?, answer: car}
        - {id: d, kind: qa, question: Plural of "bil"?, answer: bilar}
        - {id: e, kind: qa, question: What is the plural of bil?, answer: bilarna}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with e" in found[0], found


def test_a_historians_wars_and_dates(tmp_path):
    """The acronym "WWI" is not "World War II" (its "II" is one letter short of "WWII"); a
    date's year answers "In which year ...?" as "When ...?" does, so 1912 and 1913 may
    conflict; "RMS" only names the ship."""
    found = check_deck(
        tmp_path,
        "History",
        """
        - {id: a, kind: qa, question: When did World War II end?, answer: "1945"}
        - {id: b, kind: qa, question: When did WWI end?, answer: "1918"}
        - {id: c, kind: qa, question: When did the Titanic sink?, answer: 15 April 1912}
        - {id: d, kind: qa, question: In which year did the RMS Titanic sink?, answer: "1913"}
        """,
    )
    assert len(found) == 1 and "possibly conflicting with d" in found[0], found
    assert "'15 April 1912' here and '1913' there" in found[0], found


def test_a_first_word_naming_what_is_asked_of_a_thing_is_a_plain_word(tmp_path):
    """The cards "Range of human hearing" and "What frequencies can humans hear?" state
    one range: "Range", capitalised only as the first word, is no name that parts them."""
    found = check_deck(
        tmp_path,
        "Audio",
        """
        - {id: a, kind: limit, subject: Range of human hearing, value: 20 Hz – 20 kHz}
        - {id: b, kind: qa, question: What frequencies can humans hear?,
           answer: "roughly 20 to 20,000 Hz"}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_small_and_big_are_two_sides(tmp_path):
    found = check_deck(
        tmp_path,
        "Poker",
        """
        - {id: a, kind: qa, question: Who posts the small blind?,
           answer: the player left of the button}
        - {id: b, kind: qa, question: Who posts the big blind?,
           answer: the player two seats left of the button}
        """,
    )
    assert found == [], found


def test_fluid_ounces_are_a_volume(tmp_path):
    found = check_deck(
        tmp_path,
        "Bar",
        """
        - {id: a, kind: limit, subject: Standard US shot, value: 1.5 fl oz}
        - {id: b, kind: qa, question: How big is a standard shot in the US?, answer: 44 ml}
        - {id: c, kind: limit, subject: Standard UK measure, value: 25 ml}
        - {id: d, kind: qa, question: How heavy is a standard UK measure of sugar?, answer: 1 oz}
        """,
    )
    assert len(found) == 1 and "nearly the same fact as b" in found[0], found


def test_a_terms_reading_in_latin_letters_names_the_same_word(tmp_path):
    # fact_pairs_unseen7.txt: "来る kuru" and "来る" are one word; "to come" and "to go"
    # cannot both be what it means. Two readings are two words ("生 nama" / "生 sei"),
    # which a bare "生" does not tie together.
    found = check_decks(
        tmp_path,
        {
            "Japanese": """
            - {id: kuru, kind: concept, term: 来る kuru, definition: to come}
            - {id: kuru-2, kind: concept, term: 来る, definition: to go}
            - {id: iku, kind: concept, term: iku 行く, definition: to go}
            - {id: iku-2, kind: concept, term: 行く, definition: go}
            """,
            "Korean": """
            - {id: mul, kind: concept, term: 물 mul, definition: water}
            - {id: mul-2, kind: concept, term: 물, definition: fire}
            """,
            "Kanji": """
            - {id: nama, kind: concept, term: 生 nama, definition: raw}
            - {id: sei, kind: concept, term: 生 sei, definition: life}
            - {id: bare, kind: concept, term: 生, definition: birth}
            """,
        },
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 3, found
    assert "conflicting-fact" in errors[0] and "'to come' here, 'to go' there" in errors[0]
    assert "duplicate-fact" in errors[1] and "'to go' = 'go'" in errors[1], errors
    assert "conflicting-fact" in errors[2] and "'water' here, 'fire' there" in errors[2]


def test_a_long_options_value_after_an_equals_sign_is_its_value(tmp_path):
    # fact_pairs_unseen7.txt: "--unit=nginx" is "--unit nginx", which "-u nginx" writes
    # short: one command for one task in other words.
    found = check_deck(
        tmp_path,
        "systemd",
        """
        - {id: a, kind: command, task: Show the nginx unit's logs, command: journalctl -u nginx}
        - {id: b, kind: command, task: "Read nginx's journal", command: journalctl --unit=nginx}
        """,
    )
    assert len(found) == 1 and "warning similar-fact" in found[0], found
    assert "nearly the same fact as b" in found[0], found


def test_a_limit_is_a_maximum(tmp_path):
    # fact_pairs_unseen7.txt (and unseen2's "database size limit" / "Max size of a
    # database"): a "limit" names the highest value allowed, as "maximum" does.
    found = check_deck(
        tmp_path,
        "Scuba diving",
        """
        - {id: a, kind: limit, subject: Maximum depth for an Open Water Diver, value: 18 m}
        - {id: b, kind: limit, subject: Depth limit of Open Water Diver certification, value: 30 m}
        - {id: c, kind: limit, subject: Maximum depth for recreational nitrox, value: 40 m}
        - {id: d, kind: limit, subject: Recreational nitrox depth limit, value: 130 ft}
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact" in found[0] and "'18 m' here and '30 m' there" in found[0]
    assert "warning similar-fact" in found[1] and "nearly the same fact as d" in found[1]


def test_stand_for_and_short_for_ask_what_an_abbreviation_means(tmp_path):
    # fact_pairs_unseen7.txt and unseen6.txt: "What does IBU stand for?", "What is IBU
    # short for?" and "What does k2tog mean?" ask one thing; other expansions conflict.
    found = check_deck(
        tmp_path,
        "Brewing and knitting",
        """
        - id: a
          kind: qa
          question: What does IBU stand for?
          answer: International Bitterness Units
        - {id: b, kind: qa, question: What is IBU short for?, answer: Imperial Brewing Units}
        - {id: c, kind: qa, question: What does k2tog mean?, answer: knit two stitches together}
        - {id: d, kind: qa, question: What does K2tog stand for?, answer: knit 3 stitches together}
        """,
    )
    assert len(found) == 2, found
    assert all("warning similar-fact: possibly conflicting" in line for line in found), found
    assert "'International Bitterness Units' here and 'Imperial Brewing" in found[0], found
    assert "'knit two stitches together' here and 'knit 3 stitches" in found[1], found


def test_prose_that_states_the_value_is_nearly_the_same_fact_not_a_conflict(tmp_path):
    # a beekeeper's corpus: the value and a definition that states it agree; a definition
    # that states another value still conflicts
    found = check_deck(
        tmp_path,
        "Hive",
        """
        - {id: a, kind: limit, subject: Bee space, value: 6-9, unit: mm}
        - id: b
          kind: qa
          question: What is the bee space?
          answer: A gap of 6–9 mm that bees leave open
        - {id: c, kind: limit, subject: Queen development time, value: 16, unit: days}
        - id: d
          kind: qa
          question: What is the queen development time?
          answer: Sixteen days from egg to emergence
        - {id: e, kind: limit, subject: Drone development time, value: 24, unit: days}
        - {id: f, kind: qa, question: What is the drone development time?, answer: About 20 days}
        """,
    )
    assert len(found) == 3, found
    assert found[0].startswith("warning similar-fact: nearly the same fact as b"), found
    assert found[1].startswith("warning similar-fact: nearly the same fact as d"), found
    assert found[2].startswith("error conflicting-fact: conflicts with f"), found


def test_one_question_answered_by_a_value_and_by_prose_stating_it_is_nearly_one_fact(tmp_path):
    found = check_deck(
        tmp_path,
        "Hive",
        """
        - {id: a, kind: qa, question: What is the bee space?, answer: 6-9 mm}
        - id: b
          kind: qa
          question: What is the bee space?
          answer: A gap of 6–9 mm that bees leave open
        """,
    )
    assert len(found) == 1 and found[0].startswith("warning similar-fact: nearly the same fact")


def test_one_number_counting_two_things_is_no_duplicate(tmp_path):
    """ "8 legs" / "8 eyes" to one question are not one answer: a possible conflict (a
    warning), not "same fact … keep one card"; "6" / "6 legs" and "10 legs" / "ten legs"
    still are."""
    found = check_deck(
        tmp_path,
        "Zoology",
        """
        - {id: a, kind: qa, question: How many legs does a spider have?, answer: 8 legs}
        - {id: b, kind: qa, question: How many legs do spiders have?, answer: 8 eyes}
        - {id: c, kind: qa, question: How many legs does an insect have?, answer: 6 legs}
        - {id: d, kind: qa, question: How many legs do insects have?, answer: "6"}
        - {id: e, kind: qa, question: How many legs does a crab have?, answer: 10 legs}
        - {id: f, kind: qa, question: How many legs do crabs have?, answer: ten legs}
        """,
    )
    assert len(found) == 3, found
    assert "warning similar-fact: possibly conflicting with b" in found[0], found
    assert "'8 legs' here and '8 eyes' there" in found[0], found
    assert "error duplicate-fact: same fact as d" in found[1], found
    assert "error duplicate-fact: same fact as f" in found[2], found


def test_areas_and_volumes_are_no_lengths(tmp_path):
    """ "5 m²" is an area, "5 m³" a volume: not the length "5 m"; "341 ha" is
    "3.41 km²" and "0.3 m³" is "300 L", one value written twice."""
    found = check_deck(
        tmp_path,
        "Home",
        """
        - {id: a, kind: limit, subject: Floor area of the spare room, value: 12 m²}
        - {id: b, kind: limit, subject: Floor area of the spare room, value: 12 m}
        - {id: c, kind: limit, subject: Area of Central Park, value: 341 ha}
        - {id: d, kind: limit, subject: Area of Central Park, value: 3.41 km²}
        - {id: e, kind: limit, subject: Volume of a standard bathtub, value: 0.3 m^3}
        - {id: f, kind: limit, subject: Volume of a standard bathtub, value: 300 litres}
        - {id: g, kind: limit, subject: Size of a tennis court, value: 2808 square feet}
        - {id: h, kind: limit, subject: Size of a tennis court, value: 260.87 m2}
        """,
    )
    assert len(found) == 4, found
    assert "'12 m²'" in found[0] and "duplicate" not in found[0], found
    assert "error duplicate-fact: same fact as d" in found[1], found
    assert "error duplicate-fact: same fact as f" in found[2], found
    assert "same fact as h" in found[3], found


def test_orders_of_growth_and_formulas_are_compared_as_written(tmp_path):
    """ "O(log n)" / "O(n)" to one question conflict (not "same fact": a word left out);
    "O(n log n)" / "O(n·log n)" and "O(n²)" / "O(n^2)" are one answer, and so are
    "E = mc²" / "E=mc^2"."""
    found = check_deck(
        tmp_path,
        "Algorithms",
        """
        - {id: a, kind: qa, question: Time complexity of binary search?, answer: O(log n)}
        - {id: b, kind: qa, question: Time complexity of binary search?, answer: O(n)}
        - {id: c, kind: qa, question: Average time complexity of merge sort?,
           answer: O(n log n)}
        - {id: d, kind: qa, question: Average time complexity of merge sort?,
           answer: O(n·log n)}
        - {id: e, kind: qa, question: Worst case of bubble sort?, answer: O(n²)}
        - {id: f, kind: qa, question: Worst case of bubble sort?, answer: O(n^2)}
        - {id: g, kind: qa, question: Mass–energy equivalence?, answer: E = mc²}
        - {id: h, kind: qa, question: Mass–energy equivalence?, answer: E=mc^2}
        """,
    )
    assert len(found) == 4, found
    assert "error conflicting-fact: conflicts with b" in found[0], found
    assert all("error duplicate-fact" in line for line in found[1:]), found


def test_an_umlaut_spelt_out_is_the_same_answer(tmp_path):
    """German typed without umlauts writes "ue" for "ü" and "ss" for "ß": "die Bücher" /
    "die Buecher" is one answer (a duplicate), not a conflict; so is Danish "aa" for "å".
    "schon" (already) and "schön" stay two words."""
    found = check_deck(
        tmp_path,
        "Languages",
        """
        - {id: a, kind: qa, question: Plural of "das Buch"?, answer: die Bücher}
        - {id: b, kind: qa, question: Plural of "das Buch"?, answer: die Buecher}
        - {id: c, kind: qa, question: German for "the street"?, answer: die Straße}
        - {id: d, kind: qa, question: German for "the street"?, answer: die Strasse}
        - {id: e, kind: qa, question: Danish for "river"?, answer: å}
        - {id: f, kind: qa, question: Danish for "river"?, answer: aa}
        - {id: g, kind: qa, question: German for "already"?, answer: schon}
        - {id: h, kind: qa, question: German for "already"?, answer: schön}
        """,
    )
    assert len(found) == 4, found
    assert all("error duplicate-fact" in line for line in found[:3]), found
    assert "error conflicting-fact: conflicts with h" in found[3], found  # "schön": beautiful


def test_a_blood_group_with_its_sign_or_in_words_is_one_answer(tmp_path):
    """ "AB+" is "AB positive" and "O−" "O negative": one answer each, not a conflict;
    "O negative" / "O positive" still conflict."""
    found = check_deck(
        tmp_path,
        "Haematology",
        """
        - {id: a, kind: qa, question: Which blood group is the universal recipient?, answer: AB+}
        - {id: b, kind: qa, question: Which blood group is the universal recipient?,
           answer: AB positive}
        - {id: c, kind: qa, question: Which blood group is the universal donor?, answer: O−}
        - {id: d, kind: qa, question: Which blood group is the universal donor?,
           answer: O negative}
        - {id: e, kind: qa, question: Which blood group is the universal donor?,
           answer: O positive}
        """,
    )
    assert len(found) == 3, found
    said = " | ".join(found)
    assert "error duplicate-fact: same fact as b" in found[0], found
    assert "error duplicate-fact: same fact as d" in said, found
    assert "error conflicting-fact: conflicts with e" in said, found


def test_a_short_form_with_a_number_may_abbreviate_words(tmp_path):
    """ "P5" may abbreviate "perfect fifth" (a number word written as its digit): a
    warning, not a conflict; "P4" / "perfect fifth" still conflict."""
    found = check_deck(
        tmp_path,
        "Music theory",
        """
        - {id: a, kind: qa, question: Interval from C up to G?, answer: perfect fifth}
        - {id: b, kind: qa, question: Interval from C up to G?, answer: P5}
        - {id: c, kind: qa, question: Interval from C up to F?, answer: perfect fifth}
        - {id: d, kind: qa, question: Interval from C up to F?, answer: P4}
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact: possibly conflicting with b" in found[0], found
    assert "error conflicting-fact: conflicts with d" in found[1], found


def test_how_often_a_dose_is_taken_is_read_as_doses_a_day(tmp_path):
    """ "three times a day" is "TDS": one answer; "every 8 hours" / "three times a day"
    give as many doses on another schedule (round the clock, or while awake: probe87), a
    possible conflict; "every 8 hours" / "twice daily" conflict; one value in the other's
    ranges ("400 mg every 6 hours" / "200–400 mg every 4–6 hours") is a possible
    conflict, not the same fact."""
    found = check_deck(
        tmp_path,
        "Pharmacology",
        """
        - {id: a, kind: qa, question: Adult dose of amoxicillin?, answer: 500 mg every 8 hours}
        - {id: b, kind: qa, question: Adult dose of amoxicillin?, answer: 500 mg three times a day}
        - {id: c, kind: qa, question: Adult dose of amoxicillin?, answer: 500 mg TDS}
        - {id: d, kind: qa, question: Adult dose of cefalexin?, answer: 500 mg every 8 hours}
        - {id: e, kind: qa, question: Adult dose of cefalexin?, answer: 500 mg twice daily}
        - {id: f, kind: qa, question: Adult dose of ibuprofen?,
           answer: 200–400 mg every 4–6 hours}
        - {id: g, kind: qa, question: Adult dose of ibuprofen?, answer: 400 mg every 6 hours}
        """,
    )
    assert len(found) == 4, found
    assert "warning similar-fact: possibly conflicting with b" in found[0], found
    assert "error duplicate-fact: same fact as c" in found[1], found
    assert "error conflicting-fact: conflicts with e" in found[2], found
    assert "warning similar-fact: possibly conflicting with g" in found[3], found


def test_a_value_stated_in_parts_is_no_certain_conflict(tmp_path):
    """ "4" / "2 atria and 2 ventricles" and "90 minutes" / "two halves of 45 minutes"
    state one value in parts: a possible conflict (a warning), not "keep the right
    answer"; "4" / "3 (2 atria and 1 ventricle)" still conflict."""
    found = check_deck(
        tmp_path,
        "Anatomy and sport",
        """
        - {id: a, kind: qa, question: How many chambers has the human heart?, answer: "4"}
        - {id: b, kind: qa, question: How many chambers has the human heart?,
           answer: 2 atria and 2 ventricles}
        - {id: c, kind: qa, question: How long is a football match?, answer: 90 minutes}
        - {id: d, kind: qa, question: How long is a football match?,
           answer: two halves of 45 minutes}
        - {id: e, kind: qa, question: How many chambers has a frog's heart?, answer: "4"}
        - {id: f, kind: qa, question: How many chambers has a frog's heart?,
           answer: 3 (2 atria and 1 ventricle)}
        """,
    )
    assert len(found) == 3, found
    assert "warning similar-fact: possibly conflicting with b" in found[0], found
    assert "warning similar-fact: possibly conflicting with d" in found[1], found
    assert "error conflicting-fact: conflicts with f" in found[2], found


def test_two_short_descriptions_of_one_term_are_no_certain_conflict(tmp_path):
    """A term defined by two descriptions of a few words each that share no word may be
    described two ways ("the powerhouse of the cell" / "site of cellular respiration"):
    a possible conflict, not "keep the right answer"; one word against another ("the
    dog" / "the cat") still conflicts."""
    found = check_deck(
        tmp_path,
        "Biology and German",
        """
        - {id: a, kind: concept, term: Mitochondrion, definition: the powerhouse of the cell}
        - {id: b, kind: concept, term: Mitochondrion, definition: site of cellular respiration}
        - {id: c, kind: concept, term: der Hund, definition: the dog}
        - {id: d, kind: concept, term: der Hund, definition: the cat}
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact: possibly conflicting with b" in found[0], found
    assert "error conflicting-fact: conflicts with d" in found[1], found


def test_synthesis_is_making(tmp_path):
    """ "protein synthesis" / "they make proteins" say one thing (a duplicate), not two
    answers ("keep the right answer")."""
    found = check_deck(
        tmp_path,
        "Biology",
        """
        - {id: a, kind: qa, question: What is the function of ribosomes?, answer: protein synthesis}
        - {id: b, kind: qa, question: What is the function of ribosomes?,
           answer: they make proteins}
        """,
    )
    assert len(found) == 1 and "error duplicate-fact: same fact as b" in found[0], found


def test_an_element_and_its_symbol_are_one_answer(tmp_path):
    """ "hydrogen" / "H" and "Sodium" / "Na" to one question are one answer (a
    duplicate), not a conflict; "gold" / "Ag" still conflict."""
    found = check_deck(
        tmp_path,
        "Chemistry",
        """
        - {id: a, kind: qa, question: Which element has atomic number 1?, answer: hydrogen}
        - {id: b, kind: qa, question: Which element has atomic number 1?, answer: H}
        - {id: c, kind: qa, question: Which element has atomic number 11?, answer: Sodium}
        - {id: d, kind: qa, question: Which element has atomic number 11?, answer: Na}
        - {id: e, kind: qa, question: Which element has atomic number 79?, answer: gold}
        - {id: f, kind: qa, question: Which element has atomic number 79?, answer: Ag}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact: same fact as b" in found[0], found
    assert "error duplicate-fact: same fact as d" in found[1], found
    assert "error conflicting-fact: conflicts with f" in found[2], found


def test_an_abbreviation_after_the_or_with_a_numeral_may_be_its_words(tmp_path):
    """ "the UN" / "the United Nations" and "USA" / "the United States" to one question
    may be one answer written two ways: a possible conflict (a warning), not "keep the
    right answer"; "the UN" / "the League of Nations" still conflicts. "WWII" / "World
    War II" are one name however written (``normalize._WORLD_WAR``): the same fact."""
    found = check_deck(
        tmp_path,
        "History",
        """
        - {id: a, kind: qa, question: Which body was founded in 1945 to keep peace?,
           answer: the UN}
        - {id: b, kind: qa, question: Which body was founded in 1945 to keep peace?,
           answer: the United Nations}
        - {id: c, kind: qa, question: Which war ended in 1945?, answer: WWII}
        - {id: d, kind: qa, question: Which war ended in 1945?, answer: World War II}
        - {id: e, kind: qa, question: Which country bought Alaska in 1867?, answer: USA}
        - {id: f, kind: qa, question: Which country bought Alaska in 1867?,
           answer: the United States}
        - {id: g, kind: qa, question: Which body was founded in 1920 to keep peace?,
           answer: the UN}
        - {id: h, kind: qa, question: Which body was founded in 1920 to keep peace?,
           answer: the League of Nations}
        """,
    )
    assert len(found) == 4, found
    for line, other in zip(found[:3], "bdf", strict=True):
        if other == "d":
            assert "error duplicate-fact: same fact as d" in line, found
        else:
            assert f"warning similar-fact: possibly conflicting with {other}" in line, found
    assert "error conflicting-fact: conflicts with h" in found[3], found


def test_one_question_asked_in_other_words_with_another_short_answer(tmp_path):
    """Two questions that share their subject and what they ask, each worded with a word
    or two of its own ("Which family do sunflowers belong to?" / "Sunflowers are in which
    plant family?"), with short answers that cannot both be right: a possible conflict (a
    warning). Two prompts of one template with another word or two in its slot ("Which
    enzyme breaks down *starch*?" / "... *dietary fats*?") ask two things."""
    found = check_deck(
        tmp_path,
        "Botany",
        """
        - {id: a, kind: qa, question: Which family do sunflowers belong to?, answer: Asteraceae}
        - {id: b, kind: qa, question: Sunflowers are in which plant family?, answer: Rosaceae}
        - {id: c, kind: qa, question: Which tissue carries water up from the roots?,
           answer: xylem}
        - {id: d, kind: qa, question: Which tissue carries sugars made in the leaves?,
           answer: phloem}
        - {id: e, kind: qa, question: Which enzyme breaks down starch?, answer: amylase}
        - {id: f, kind: qa, question: Which enzyme breaks down dietary fats?, answer: lipase}
        - {id: g, kind: qa, question: Which pigment absorbs red and blue light?,
           answer: chlorophyll}
        - {id: h, kind: qa, question: Which pigment gives carrots their orange colour?,
           answer: carotene}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with b" in found[0], found


def test_one_command_with_one_option_changed_under_a_task_in_other_words(tmp_path):
    """Two commands the same but for one option, under two tasks that say one thing in
    other words ("Follow a growing log file as it is written" ``tail -f`` / "Watch a log
    file grow in real time" ``tail -n``): one of them may be wrong (a warning). Not two
    tasks of one template with another word in its slot (start / stop, TCP / UDP), nor a
    task that only adds words to the other ("... and the programs using them")."""
    found = check_deck(
        tmp_path,
        "Linux",
        """
        - {id: a, kind: command, task: Follow a growing log file as it is written,
           command: tail -f /var/log/syslog}
        - {id: b, kind: command, task: Watch a log file grow in real time,
           command: tail -n /var/log/syslog}
        - {id: c, kind: command, task: Start the SSH daemon, command: systemctl start sshd}
        - {id: d, kind: command, task: Stop the SSH daemon, command: systemctl stop sshd}
        - {id: e, kind: command, task: Show the listening TCP sockets, command: ss -tl}
        - {id: f, kind: command, task: Show the listening UDP sockets, command: ss -ul}
        - {id: g, kind: command, task: Show the open ports, command: ss -t}
        - {id: h, kind: command, task: Show the open ports and the programs using them,
           command: ss -p}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with b" in found[0], found


def test_a_question_asked_again_without_which_or_what(tmp_path):
    """A question asked with "which" and again with "where" or as a subject line, with
    short answers that cannot both be right ("In which city does the Tour de France
    end?" Nice / "Where is the Tour de France finish line?" Paris): a possible conflict
    (a warning). Two prompts of one template with another word in its slot ("Which gas
    do leaves *release* ...?" / "Gas that leaves *absorb* ...") ask two things."""
    found = check_deck(
        tmp_path,
        "Trivia",
        """
        - {id: a, kind: qa, question: Where is the Tour de France finish line?, answer: Paris}
        - {id: b, kind: qa, question: In which city does the Tour de France end?, answer: Nice}
        - {id: c, kind: qa, question: Which gas do leaves release in daylight?, answer: oxygen}
        - {id: d, kind: qa, question: Gas that leaves absorb in daylight, answer: carbon dioxide}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with b" in found[0], found


def test_one_question_asked_again_in_more_words_with_the_same_answer(tmp_path):
    """One question worded twice with one answer: a subject line and a question that says
    more words of its own than the two share, names and a qualifier one of them leaves
    out included ("Default SMTP port of Postfix" / "Which port does the Postfix mail
    daemon use?", both 25): nearly the same fact (a warning). Two prompts
    of one template with another name in its slot ("Who composed *Tosca*?" / "Who
    composed *Turandot*?", both Puccini) and a qualifier on each side ("*Minimum* ..." /
    "*Maximum* ...") ask two things."""
    found = check_deck(
        tmp_path,
        "Servers",
        """
        - {id: a, kind: qa, question: Default SMTP port of Postfix, answer: "25"}
        - {id: b, kind: qa, question: Which port does the Postfix mail daemon use?, answer: "25"}
        - {id: c, kind: qa, question: Who composed Tosca?, answer: Giacomo Puccini}
        - {id: d, kind: qa, question: Who composed Turandot?, answer: Giacomo Puccini}
        - {id: e, kind: qa, question: Minimum replica count of a Zorbi cluster, answer: "3"}
        - {id: f, kind: qa, question: Maximum number of replicas a Zorbi cluster has, answer: "3"}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_year_said_in_words_is_that_year(tmp_path):
    """ "nineteen eighty-nine" is 1989 and "two thousand and five" 2005: the same year in
    digits is the same fact, not a conflict (both were read as two numbers, 19 and 89);
    another year still conflicts, and "ten twenty-minute rounds" holds no year."""
    found = check_deck(
        tmp_path,
        "History",
        """
        - {id: a, kind: qa, question: In which year did the Berlin Wall fall?, answer: "1989"}
        - {id: b, kind: qa, question: Berlin Wall fall year, answer: nineteen eighty-nine}
        - {id: c, kind: qa, question: In which year was YouTube founded?, answer: "2005"}
        - {id: d, kind: qa, question: YouTube founding year, answer: two thousand and five}
        - {id: e, kind: qa, question: In which year did the Titanic sink?, answer: "1912"}
        - {id: f, kind: qa, question: Titanic sinking year, answer: nineteen thirteen}
        """,
    )
    assert len(found) == 3, found
    assert "error duplicate-fact" in found[0] and "error duplicate-fact" in found[1], found
    assert "error conflicting-fact" in found[2], found
    from cheatdeck.checks.quantities import parse

    assert sorted(parse("ten twenty-minute rounds")) == [("n", 10), ("n", 20)]
    assert sorted(parse("eighteen oh five")) == [("n", 1805)]


def _fresh(folder: Path) -> Path:
    """``folder``, made: one of several corpora of a test."""
    folder.mkdir()
    return folder


def test_each_prompt_naming_its_own_deck_asks_two_things(tmp_path):
    """ "Largest organ?" in Anatomy::Organs and "Largest muscle?" in Anatomy::Muscles: each
    prompt says its own deck's word, so the two ask for two things (the deck's words are
    set aside only when the other card's deck says them: "Sharding" in a MongoDB deck is
    "What is sharding in MongoDB?")."""
    found = check_decks(
        _fresh(tmp_path / "a"),
        {
            "Anatomy::Organs": "- {id: a, kind: qa, question: Largest organ?, answer: Skin}",
            "Anatomy::Muscles": "- {id: b, kind: qa, question: Largest muscle?,"
            " answer: Gluteus maximus}",
        },
    )
    assert found == [], found
    found = check_decks(
        _fresh(tmp_path / "b"),
        {
            "Databases::Basics": "- {id: a, kind: qa, question: What is sharding in MongoDB?,"
            " answer: Splitting data across machines}",
            "Databases::MongoDB": "- {id: b, kind: concept, term: Sharding,"
            " definition: Splitting data across several machines}",
        },
    )
    assert len(found) == 1 and "warning similar-fact: nearly the same fact" in found[0], found


def test_a_longest_thing_is_no_largest_or_highest_one(tmp_path):
    """ "Longest muscle?" / "Largest muscle?" and "Highest capital city in the world?" /
    "Longest river in the world?" ask for a length against a size or a height: two
    questions, though "longest", "largest" and "highest" all fold to "max". "Maximum
    length" and "Longest allowed" still meet."""
    found = check_deck(
        _fresh(tmp_path / "a"),
        "Anatomy",
        """
        - {id: a, kind: qa, question: Largest muscle?, answer: Gluteus maximus}
        - {id: b, kind: qa, question: Longest muscle?, answer: Sartorius}
        - {id: c, kind: qa, question: Highest capital city in the world?, answer: La Paz}
        - {id: d, kind: qa, question: Longest river in the world?, answer: The Nile}
        """,
    )
    assert found == [], found
    found = check_deck(
        _fresh(tmp_path / "b"),
        "npm",
        """
        - {id: a, kind: limit, subject: Maximum length of an npm package name, value: 214 chars}
        - {id: b, kind: limit, subject: Longest allowed npm package name, value: 256 chars}
        """,
    )
    assert len(found) == 1 and "conflict" in found[0], found


def test_one_template_asked_of_two_subjects(tmp_path):
    """ "Valence electrons of a halogen?" (7) / "... of an alkali metal?" (1): the same
    words but the last ones, after "of", which name two subjects of one template. In a
    deck about them both subjects are common words, so they were read as one question
    worded twice (a possibly-conflicting warning on two right cards)."""
    found = check_deck(
        tmp_path,
        "Chemistry",
        """
        - {id: a, kind: qa, question: Valence electrons of a halogen?, answer: "7"}
        - {id: b, kind: qa, question: Valence electrons of an alkali metal?, answer: "1"}
        - {id: c, kind: qa, question: Alkali metal reacting most violently with water?,
           answer: caesium}
        - {id: d, kind: list, title: Alkali metals, items: [Lithium, Sodium]}
        - {id: e, kind: list, title: Halogens, items: [Fluorine, Chlorine]}
        - {id: f, kind: qa, question: Most reactive halogen?, answer: Fluorine}
        - {id: g, kind: qa, question: Halogen liquid at room temperature?, answer: Bromine}
        - {id: h, kind: qa, question: Softest alkali metal?, answer: Caesium}
        """,
    )
    assert found == [], found


def test_a_deck_word_one_prompt_says_alone_is_set_aside_only_in_its_own_deck(tmp_path):
    """ "Who wrote War and Peace?" in Literature::Authors ("author" folds to "write") /
    "Original language of War and Peace?" in Literature::Forms: "wrote" was set aside as
    a deck's word, so the first prompt read as "War and Peace" and the second as that
    with words added (a possibly-conflicting warning on two right cards). A word one
    prompt says alone is set aside only when the other card's deck says it."""
    found = check_decks(
        tmp_path,
        {
            "Literature::Authors": "- {id: a, kind: qa, question: Who wrote War and Peace?,"
            " answer: Leo Tolstoy}",
            "Literature::Forms": "- {id: b, kind: qa, question: Original language of War and"
            " Peace?, answer: Russian}",
        },
    )
    assert found == [], found


def test_two_questions_about_one_named_work(tmp_path):
    """ "Who wrote Don Quixote?" / "Don Quixote's horse?", "Who wrote Moby-Dick?" /
    "Narrator of Moby-Dick?": all the prompts share is the title both write capitalised,
    which one asks something of, and each says a word of its own: two questions about
    one work, read as one worded twice (possibly-conflicting warnings on right cards).
    A shared plain word still makes one question reworded (Ansible's templating)."""
    found = check_decks(
        _fresh(tmp_path / "a"),
        {
            "Literature::Authors": """
            - {id: a, kind: qa, question: Who wrote Don Quixote?, answer: Miguel de Cervantes}
            - {id: b, kind: qa, question: Who wrote Moby-Dick?, answer: Herman Melville}
            - {id: c, kind: qa, question: Who wrote Emma?, answer: Jane Austen}
            - {id: d, kind: qa, question: Who wrote Beloved?, answer: Toni Morrison}
            - {id: e, kind: qa, question: Who wrote Dracula?, answer: Bram Stoker}
            - {id: f, kind: qa, question: Who wrote Faust?, answer: Goethe}
            """,
            "Literature::Characters": """
            - {id: g, kind: qa, question: Don Quixote's horse?, answer: Rocinante}
            - {id: h, kind: qa, question: Narrator of Moby-Dick?, answer: Ishmael}
            """,
        },
    )
    assert found == [], found
    found = check_deck(
        _fresh(tmp_path / "b"),
        "Ansible",
        """
        - {id: a, kind: qa, question: Which templating engine does Ansible use?, answer: Jinja2}
        - {id: b, kind: qa, question: Templating language of Ansible templates?,
           answer: Mustache}
        """,
    )
    assert len(found) == 1 and "conflict" in found[0], found


def test_the_one_who_did_it_asks_what_who_did_it_asks(tmp_path):
    """ "Discoverer of X-rays" asks what "Who discovered X-rays?" asks, and "Creator of
    Elasticsearch" what "Who created Elasticsearch?" asks: both pairs were found by
    nothing (the noun and the verb were other words). "Career home run record holder" /
    "Who holds ...?" was found before and stays one finding. The one who did another
    thing ("Who discovered radioactivity?", "Creator of Lucene") is another question."""
    found = check_decks(
        tmp_path,
        {
            "Radiology": """
            - {id: a, kind: qa, question: Who discovered X-rays?, answer: Wilhelm Röntgen}
            - {id: b, kind: qa, question: Discoverer of X-rays, answer: Marie Curie}
            - {id: c, kind: qa, question: Who discovered radioactivity?, answer: Becquerel}
            - {id: d, kind: qa, question: Inventor of the CT scanner, answer: Godfrey Hounsfield}
            """,
            "Search": """
            - {id: e, kind: qa, question: Who created Elasticsearch?, answer: Shay Banon}
            - {id: f, kind: qa, question: Creator of Elasticsearch, answer: Doug Cutting}
            - {id: g, kind: qa, question: Creator of Lucene, answer: Doug Cutting}
            """,
            "Baseball": """
            - {id: h, kind: qa, question: Who holds the career home run record?,
               answer: Barry Bonds}
            - {id: i, kind: qa, question: Career home run record holder, answer: Hank Aaron}
            """,
        },
    )
    assert len(found) == 3, found
    assert all("warning similar-fact" in line and "conflict" in line for line in found), found
    for line, partner in zip(found, ("with b at", "with f at", "with i at"), strict=True):
        assert partner in line, found


def test_minimum_written_out_after_a_name_with_a_digit_is_no_minute(tmp_path):
    """ "F1 minimum car weight" was read as "F1 minutes car weight" (a word ending in a
    digit before "min" made it minutes), so it never met "Minimum weight of an F1 car".
    "5 min" after a number is still five minutes."""
    from cheatdeck.checks.normalize import content_words, fold

    assert "min" in content_words(fold("F1 minimum car weight"))
    assert content_words(fold("EC2 min volume size"))[1] == "min"
    assert content_words(fold("rest 5 min")) == content_words(fold("rest 5 minutes"))
    found = check_deck(
        tmp_path,
        "Motorsport",
        """
        - {id: a, kind: limit, subject: Minimum weight of an F1 car (2024), value: 798 kg}
        - {id: b, kind: limit, subject: F1 minimum car weight in 2024, value: 768 kg}
        """,
    )
    assert len(found) == 1 and "error conflicting-fact" in found[0], found


def test_a_term_with_a_qualifier_in_brackets_is_the_term(tmp_path):
    """ "Recession (rule of thumb)" defines what "Recession" defines, "Flop (hold'em)"
    what "the flop" does, "isobaths (depth contours)" what "Isobath" does: each pair,
    defined in other words that share some, was found by nothing. Brackets that name
    another thing ("Mercury" / "Mercury (element)", definitions sharing no word) and two
    qualifiers ("Fold (mixing)" / "Fold (laminating)") stay two terms."""
    found = check_decks(
        tmp_path,
        {
            "Economics": """
            - {id: a, kind: concept, term: Recession,
               definition: Two consecutive quarters of falling real GDP (a common rule of thumb)}
            - {id: b, kind: concept, term: Recession (rule of thumb),
               definition: Real GDP shrinking for two quarters in a row}
            """,
            "Poker": """
            - {id: c, kind: concept, term: the flop,
               definition: "the first three community cards, dealt face up together"}
            - {id: d, kind: concept, term: Flop (hold'em),
               definition: the three shared cards dealt at once after the first betting round}
            """,
            "Maps": """
            - {id: e, kind: concept, term: Isobath,
               definition: a line on a map joining points of equal water depth}
            - {id: f, kind: concept, term: isobaths (depth contours),
               definition: lines connecting points of the same depth under water}
            """,
            "Astronomy": """
            - {id: g, kind: concept, term: Mercury, definition: the smallest planet of the Sun}
            - {id: h, kind: concept, term: Mercury (element), definition: "a liquid metal, Hg"}
            """,
            "Baking": """
            - {id: i, kind: concept, term: Fold (mixing),
               definition: gently combine a light mixture into a heavier one}
            - {id: j, kind: concept, term: Fold (laminating),
               definition: fold the dough over the butter layer to make layers}
            """,
        },
    )
    assert len(found) == 3, found
    assert all("warning similar-fact" in line for line in found), found
    for line, partner in zip(found, (" b at", " d at", " f at"), strict=True):
        assert partner in line, found


def test_a_unit_in_a_prompt_is_one_word_written_either_way(tmp_path):
    """ "800 V pack" and "800-volt pack", "50 m pool" and "50-metre pool", "6 ft" and
    "six-foot" name one thing: the unit's name and its symbol were two words, so each
    pair below asked two questions and was found by nothing."""
    from cheatdeck.checks.normalize import content_words, fold

    for short, long in (("800 V", "800-volt"), ("50 m", "50-metre"), ("6 ft", "six-foot")):
        assert content_words(fold(short)) == content_words(fold(long)), (short, long)
    assert content_words(fold("50 Hz mains")) == content_words(fold("50-hertz mains"))
    found = check_decks(
        tmp_path,
        {
            "Batteries": """
            - {id: a, kind: limit, subject: Cells in series in an 800 V pack, value: "192"}
            - {id: b, kind: qa, question: How many cells in series in an 800-volt pack?,
               answer: "216"}
            """,
            "Swimming": """
            - {id: c, kind: qa, question: How many lanes does a 50 m Olympic pool have?,
               answer: "10"}
            - {id: d, kind: qa, question: Lanes in a 50-metre Olympic pool, answer: "8"}
            """,
        },
    )
    assert len(found) == 2 and all("conflict" in line for line in found), found
    assert " b at" in found[0] and " d at" in found[1], found
