"""The fact checks on prompts reworded with synonyms: verbs and adjectives card writers
use for one another ("establish" / "create", "die out" / "go extinct", "latest" /
"newest"), counts asked two ways ("How many" / "Number of", "Crew of" / "3 astronauts"),
short forms ("Art. I", "1 SD"); and the hard negatives that must stay apart despite
them ("upload" / "download", "copy" / "move", "begin" / "end"). Each corpus is one a
newcomer could write (treaties, paleontology, acoustics, rugby, ...)."""

from __future__ import annotations

import pytest

from conftest import check_cards as check


def cards(*pairs: tuple[str, str, str]) -> str:
    """One card per (kind, prompt, answer)."""
    fields = {
        "qa": ("question", "answer"),
        "limit": ("subject", "value"),
        "command": ("task", "command"),
        "concept": ("term", "definition"),
    }
    lines = []
    for n, (kind, prompt, answer) in enumerate(pairs):
        asked, said = fields[kind]
        lines.append(f"- {{id: c{n}, kind: {kind}, {asked}: {prompt!r}, {said}: {answer!r}}}")
    return "\n".join(lines)


FOUND = {
    # the strict table (normalize.ABBREVIATIONS): one key, errors included
    "create-establish": (
        ("qa", "Which treaty established the European Economic Community?", "Treaty of Rome"),
        ("qa", "Which treaty created the European Economic Community?", "Treaty of Paris"),
        "warning similar-fact: possibly conflicting",
    ),
    "latest-newest": (
        ("limit", "Latest Bluetooth core specification version", "6.0"),
        ("limit", "Newest Bluetooth core specification version", "5.4"),
        "error conflicting-fact",
    ),
    "most-recent": (
        ("limit", "Most recent Bluetooth core specification version", "6.0"),
        ("limit", "Newest Bluetooth core specification version", "5.4"),
        "error conflicting-fact",
    ),
    "die-out-go-extinct": (
        ("qa", "When did the dodo become extinct?", "1681"),
        ("qa", "When did the dodo die out?", "1662"),
        "error conflicting-fact",
    ),
    "travel-pass-through": (
        ("qa", "Which waves can travel through a vacuum?", "Electromagnetic waves"),
        ("qa", "Which waves can propagate through a vacuum?", "Sound waves"),
        "warning similar-fact: possibly conflicting",
    ),
    "how-many-number-of": (
        ("qa", "How many hearts does an octopus have?", "3"),
        ("qa", "Number of hearts of an octopus", "2"),
        "error conflicting-fact",
    ),
    "how-many-number-of-more-words": (
        ("qa", "How many Olympian gods are there?", "12"),
        ("qa", "Number of Olympians", "fourteen"),
        "warning similar-fact: possibly conflicting",
    ),
    "avg-average": (
        ("limit", "Avg weight of a worker bee", "0.1 g"),
        ("limit", "Average weight of a worker bee", "0.2 g"),
        "error conflicting-fact",
    ),
    "dose-dosage": (
        ("limit", "Max daily dose of meloxicam for dogs", "0.1 mg/kg"),
        ("limit", "Max daily dosage of meloxicam for dogs", "0.2 mg/kg"),
        "error conflicting-fact",
    ),
    "z-score-z-value": (
        ("qa", "z-score for a 99 % confidence interval", "2.58"),
        ("qa", "Critical z value for a 99% CI", "2.33"),
        "warning similar-fact: possibly conflicting",
    ),
    # the looser table (normalize.LOOSE_SYNONYMS): a warning, never an error
    "abolish-end": (
        ("qa", "In which year did Japan abolish the han system?", "1871"),
        ("qa", "In which year did Japan end the han system?", "1868"),
        "warning similar-fact: possibly conflicting",
    ),
    "equivalent-counterpart": (
        ("qa", "Greek equivalent of the god Thoth", "Hermes"),
        ("qa", "Greek counterpart of the god Thoth", "Apollo"),
        "warning similar-fact: possibly conflicting",
    ),
    "name-equivalent": (
        ("qa", "Roman name of Zeus", "Jupiter"),
        ("qa", "Roman equivalent of Zeus", "Saturn"),
        "warning similar-fact: possibly conflicting",
    ),
    "keep-retention": (
        ("qa", "How long must employers keep payroll records?", "4 years"),
        ("qa", "Payroll record retention period for employers", "3 years"),
        "warning similar-fact: possibly conflicting",
    ),
    "people-humans": (
        ("limit", "Share of people who are left-handed", "10 %"),
        ("limit", "Share of humans who are left-handed", "25 %"),
        "warning similar-fact: possibly conflicting",
    ),
    "needed-required": (  # a value needed or required is its minimum: one subject
        ("qa", "How many members are needed for a quorum in the Commons?", "40"),
        ("qa", "How many members are required for a quorum in the Commons?", "20"),
        "error conflicting-fact",
    ),
    "tallest-highest": (
        ("qa", "What is the tallest building in Europe?", "Lakhta Center"),
        ("qa", "What is the highest building in Europe?", "The Shard"),
        "warning similar-fact: possibly conflicting",
    ),
    # what a count counts, and short forms
    "counted-word": (
        ("limit", "Crew of Apollo 11", "3 astronauts"),
        ("limit", "Number of astronauts on Apollo 11", "three"),
        "warning similar-fact: nearly the same fact",
    ),
    "counted-word-conflict": (
        ("limit", "Size of a rugby sevens squad", "12 players"),
        ("limit", "Number of players in a rugby sevens squad", "13"),
        "warning similar-fact: possibly conflicting",
    ),
    "within-1-sd": (
        ("limit", "Share of IQ scores within one standard deviation of the mean", "68 %"),
        ("limit", "Share of IQ scores within 1 SD of the mean", "95 %"),
        "warning similar-fact: possibly conflicting",
    ),
    # one fact asked the other way round
    "asked-the-other-way": (
        ("qa", "What is halite?", "Rock salt"),
        ("qa", "What is the mineral name of rock salt?", "Halite"),
        "warning similar-fact: nearly the same fact",
    ),
    "term-and-its-question": (
        ("concept", "Trisomy 21", "Down syndrome"),
        ("qa", "What causes Down syndrome?", "Trisomy 21"),
        "warning similar-fact: nearly the same fact",
    ),
    "germany-german": (  # Snowball's "germani" and "german" as one
        ("limit", "Minimum hourly wage in Germany, 2024", "12.41 EUR"),
        ("limit", "German minimum wage per hour (2024)", "12.82 EUR"),
        "error conflicting-fact",
    ),
    "allergy-allergic": (
        ("qa", "Which antibody class mediates allergy?", "IgE"),
        ("qa", "Which antibody class mediates allergic reactions?", "IgA"),
        "warning similar-fact: possibly conflicting",
    ),
    "art-article": (
        ("qa", "Which article of the Constitution sets up the courts?", "Art. III"),
        ("qa", "Which article of the Constitution sets up the courts?", "Article III"),
        "error duplicate-fact",
    ),
    "composed-of-goes-into": (
        ("qa", "What is bronze composed of?", "Copper and tin"),
        ("qa", "What goes into bronze?", "copper and zinc"),
        "warning similar-fact: possibly conflicting",
    ),
    "command-line-cli": (
        ("command", "List the buckets from the CLI", "aws s3 ls"),
        ("command", "List the buckets from the command line", "aws s3 list"),
        "warning similar-fact: possibly conflicting",
    ),
    "made-of-ingredients": (
        ("qa", "What is a Sazerac made of?", "Rye, absinthe, sugar, Peychaud's bitters"),
        ("qa", "Sazerac ingredients?", "rye whiskey, absinthe, sugar and Peychaud's"),
        "warning similar-fact: nearly the same fact",
    ),
}


@pytest.mark.parametrize("case", FOUND.values(), ids=FOUND.keys())
def test_a_prompt_reworded_with_a_synonym_is_found(tmp_path, case):
    *pair, expected = case
    found = check(tmp_path, cards(*pair))
    assert len(found) == 1 and found[0].startswith(expected), found


APART = {
    "upload-download": (
        ("command", "Upload a product image to the shop", "shopctl image push <file>"),
        ("command", "Download a product image from the shop", "shopctl image pull <name>"),
    ),
    "copy-move": (
        ("command", "Copy a product to another collection", "shopctl product cp <id> <c>"),
        ("command", "Move a product to another collection", "shopctl product mv <id> <c>"),
    ),
    "kill-terminate": (
        ("qa", "Which signal kills a process at once?", "SIGKILL"),
        ("qa", "Which signal asks a process to terminate?", "SIGTERM"),
    ),
    "discover-name": (
        ("qa", "Who discovered oxygen?", "Joseph Priestley"),
        ("qa", "Who named oxygen?", "Antoine Lavoisier"),
    ),
    "begin-end": (
        ("qa", "When did the Edo period end?", "1868"),
        ("qa", "When did the Edo period begin?", "1603"),
    ),
    "latest-earliest": (
        ("qa", "What is the latest Bluetooth version?", "6.0"),
        ("qa", "What is the earliest Bluetooth version?", "1.0"),
    ),
    "name-of-two-gods": (
        ("qa", "Greek name of the god Horus", "Apollo"),
        ("qa", "Greek name of the god Thoth", "Hermes"),
    ),
    "two-things-died-out": (
        ("qa", "When did the trilobites die out?", "252 Ma"),
        ("qa", "When did the ammonites die out?", "66 Ma"),
    ),
    "through-two-media": (
        ("limit", "Speed at which sound travels through steel", "5960 m/s"),
        ("limit", "Speed at which sound passes through water", "1480 m/s"),
    ),
    "how-many-of-two-things": (
        ("qa", "How many hearts does an octopus have?", "3"),
        ("qa", "Number of arms of an octopus", "8"),
    ),
    "one-sd-two-sd": (
        ("limit", "Share of IQ scores within one SD of the mean", "68 %"),
        ("limit", "Share of IQ scores within 2 SD of the mean", "95 %"),
    ),
    "not-the-other-way": (
        ("qa", "What is pyrite?", "Fool's gold"),
        ("qa", "What is fool's gold made of?", "Iron sulfide"),
    ),
    "answer-asked-about-again": (
        ("qa", "What is halite?", "Rock salt"),
        ("qa", "What is rock salt spread on roads for?", "De-icing"),
    ),
    "one-dose-two-species": (
        ("limit", "Max daily dose of meloxicam for dogs", "0.1 mg/kg"),
        ("limit", "Max daily dosage of meloxicam for cats", "0.05 mg/kg"),
    ),
    "z-values-of-two-intervals": (
        ("qa", "Critical z value for a 95% CI", "1.96"),
        ("qa", "z-score for a 99 % confidence interval", "2.58"),
    ),
    "make-from-is-no-made-of": (
        ("qa", "Which vitamin does the skin make from sunlight?", "Vitamin D"),
        ("qa", "What is the skin made of?", "Layers of cells"),
    ),
    "art-of-two-articles": (
        ("qa", "Which GDPR article covers the right to erasure?", "Art. 17"),
        ("qa", "Which GDPR article covers the right to object?", "Art. 21"),
    ),
}


@pytest.mark.parametrize("pair", APART.values(), ids=APART.keys())
def test_two_questions_stay_apart_despite_the_synonyms(tmp_path, pair):
    assert check(tmp_path, cards(*pair)) == []


def test_short_forms_of_a_part_read_as_the_word_only_before_a_number():
    from cheatdeck.checks.normalize import fold

    assert fold("Art. I") == fold("Article I") == "article i"
    assert fold("Sec. 3") == fold("section 3") and fold("ch. 11") == "chapter 11"
    assert fold("The art. of war") == "the art of war"  # no number after it
    assert fold("Wait 5 sec. 3 times") == "wait 5 sec 3 times"  # seconds, after a number


DECKS = {
    # "many" is "number", and "64 characters" counts what the other asks: the prompt
    # with fewer words of its own (deck words aside) is the shorter one
    "Git": (
        ("qa", "How many characters long is a full SHA-1 commit hash?", "40"),
        ("qa", "How long is a full Git SHA-1 hash?", "64 characters"),
        "warning similar-fact: possibly conflicting",
    ),
    # "name" is a filler: it is no word the other prompt must share
    "Docker": (
        ("qa", "Default Docker bridge network name", "bridge"),
        ("qa", "What is the default network a container joins?", "bridge"),
        "warning similar-fact: nearly the same fact",
    ),
}


@pytest.mark.parametrize(("deck", "case"), DECKS.items(), ids=DECKS.keys())
def test_fillers_and_counted_words_keep_a_rewording_found(tmp_path, deck, case):
    from test_fact_pairs import check as check_decks

    *pair, expected = case
    found = check_decks(tmp_path, {deck: cards(*pair)})
    assert len(found) == 1 and expected in found[0], found


def test_a_unit_sign_spaced_from_its_number_is_no_symbol_of_its_own():
    from cheatdeck.checks.similar import marks_apart

    assert not marks_apart("Top tax rate above 50 %", "Top tax rate above 50%")
    assert marks_apart("What does % do in Vim?", "What does # do in Vim?")
