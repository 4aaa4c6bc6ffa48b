"""The fact checks on the kinds of card the twenty-second held-out set showed them
missing (tests/data/fact_pairs_unseen22.txt): each test is a general rule, met there on
Ruby, spaceflight, audio or Esperanto cards and written here with other words (most on
other subjects)."""

from __future__ import annotations

from cheatdeck.checks.normalize import fold

from conftest import check_facts as check


def test_degrees_celsius_spelt_out_is_the_degree_sign(tmp_path):
    # "at 100 °C" and "at 100 degrees Celsius" ask one thing: two values conflict
    found = check(
        tmp_path,
        """
        - id: a
          kind: limit
          subject: Density of water at 4 °C
          value: "1000 kg/m³"
        - id: b
          kind: limit
          subject: Density of water at 4 degrees Celsius
          value: "917 kg/m³"
        - id: c
          kind: qa
          question: At what temperature does tin melt, in degrees Fahrenheit?
          answer: "449.5 °F"
        - id: d
          kind: qa
          question: At what temperature does tin melt, in °F?
          answer: "449.5 °F"
        """,
    )
    assert len(found) == 2, found
    assert "error conflicting-fact" in found[0], found
    assert "error duplicate-fact" in found[1], found


def test_an_acronyms_plural_is_the_acronym(tmp_path):
    # "DVDs" and "DVD" are one word, as "disks" and "disk" are (no stemmer takes the "s"
    # off a word without vowels)
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: How much does a single-layer DVD hold?
          answer: 4.7 GB
        - id: b
          kind: qa
          question: How much do single-layer DVDs hold?
          answer: 8.5 GB
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found
    # ... but a protocol over TLS typed with a small "s" is that protocol
    assert fold("HTTPs and LDAPs") == "https and ldaps", fold("HTTPs and LDAPs")


def test_a_program_run_by_its_path_is_the_same_command(tmp_path):
    # a project's binstub or wrapper, or a program's full path, runs the program named
    found = check(
        tmp_path,
        """
        - id: a
          kind: command
          task: Build the project and run its tests
          command: ./gradlew build
        - id: b
          kind: command
          task: Compile everything and test it
          command: gradlew build
        - id: c
          kind: command
          task: Make a virtual environment in .venv
          command: /usr/bin/python3 -m venv .venv
        - id: d
          kind: command
          task: Create a venv
          command: python3 -m venv .venv
        - id: e
          kind: command
          task: Show the contents of the hosts file
          command: cat /etc/hosts
        - id: f
          kind: command
          task: Print the static host table
          command: cat hosts
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact: the same command as b" in found[0], found
    assert "one with its program run by a path (bin/rails / rails)" in found[0], found
    assert "warning similar-fact: the same command as d" in found[1], found


def test_a_word_asked_both_ways_is_one_fact(tmp_path):
    # 'What does "X" mean?' Y and 'How do you say "Y"?' X: one word, asked from each side
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What does "Gesundheit" mean?
          answer: Bless you
        - id: b
          kind: qa
          question: How do you say "bless you" in German?
          answer: Gesundheit
        - id: c
          kind: qa
          question: What does "Hund" mean?
          answer: dog
        - id: d
          kind: qa
          question: How do you say "cat" in German?
          answer: Katze
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_quoted_word_described_is_the_same_question(tmp_path):
    # 'What does the Italian word "cane" mean?' asks what 'What does "cane" mean?' asks
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What does "cane" mean?
          answer: dog
        - id: b
          kind: qa
          question: What does the Italian word "cane" mean?
          answer: cat
        - id: c
          kind: qa
          question: What does the noun "gatto" mean?
          answer: cat
        - id: d
          kind: qa
          question: What does the verb "gatto" mean?
          answer: to crawl
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with b" in found[0], found


def test_a_question_about_what_a_command_does_is_its_card(tmp_path):
    # "What does `X` do?" asks for the task of the command card of X
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What does `npm ci` do?
          answer: Installs exactly the packages of package-lock.json, into a clean node_modules.
        - id: b
          kind: command
          task: Do a clean install from the lockfile
          command: npm ci
        - id: c
          kind: qa
          question: What does `npm ci` delete first?
          answer: The node_modules folder.
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_question_may_ask_for_a_listed_term_in_its_lists_words(tmp_path):
    # the list's title says what its explanation leaves to it ("Latin noun endings")
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What is the genitive singular ending of Latin first-declension nouns?
          answer: -ae (puellae, "of the girl")
        - id: b
          kind: list
          title: Latin first-declension noun endings
          items:
            - "-ae": genitive singular, puellae
            - "-am": accusative singular, puellam
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_a_capital_delta_before_a_letter_is_the_word_delta(tmp_path):
    # "ΔT" is read "delta T", as "Delta-T" is written
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: Delta-T
          definition: The difference between Terrestrial Time and Universal Time.
        - id: b
          kind: qa
          question: What does ΔT measure in timekeeping?
          answer: How far Terrestrial Time runs ahead of Universal Time, their difference.
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_an_answer_that_leads_with_a_term_asks_for_it(tmp_path):
    # "Term: what it is" as a question's answer is the term's card asked the other way
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: Doppler effect
          definition: A wave's change in frequency for an observer moving relative to its source.
        - id: b
          kind: qa
          question: Why does a siren's pitch drop as it passes you?
          answer: "Doppler effect: the frequency you hear changes as the source moves away."
        - id: c
          kind: qa
          question: Who first described it?
          answer: "Doppler effect: named after Christian Doppler, 1842."
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_lunar_and_solar_name_the_moon_and_the_sun_and_final_is_last(tmp_path):
    # layer 3 reads "lunar" as "Moon", "solar" as "Sun" and "final" as "last" in prompts
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What is the radius of the Sun?
          answer: About 696,000 km
        - id: b
          kind: qa
          question: How large is the solar radius?
          answer: About 1.39 million km
        - id: c
          kind: qa
          question: Which ship made the last voyage of the Franklin expedition?
          answer: HMS Erebus and HMS Terror
        - id: d
          kind: qa
          question: Which ship made the final voyage of the Franklin expedition?
          answer: HMS Investigator
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact: possibly conflicting with b" in found[0], found
    assert "warning similar-fact: possibly conflicting with d" in found[1], found


def test_a_fact_stated_whole_in_another_answer(tmp_path):
    # the other card's answer says this question's words and its answer
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What is the dative plural ending?
          answer: -ibus
        - id: b
          kind: qa
          question: How is the indirect object of a third-declension plural noun marked?
          answer: With the dative plural ending -ibus (regibus, to the kings).
        - id: c
          kind: qa
          question: What is the ablative plural ending?
          answer: -is
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_an_answer_that_leads_with_a_term_the_question_names_asks_about_it(tmp_path):
    found = check(
        tmp_path,
        """
        - id: a
          kind: concept
          term: savoir
          definition: to know (a fact)
        - id: b
          kind: qa
          question: What is the difference between 'savoir' and 'connaître'?
          answer: "savoir: a fact or a skill; connaître: a person or a place"
        """,
    )
    assert found == [], found


def test_a_subcommand_abbreviated_under_a_program_run_by_its_path(tmp_path):
    # "bin/rails g" is "rails generate": a path and an abbreviation at once
    found = check(
        tmp_path,
        """
        - id: a
          kind: command
          task: Generate a Post model with a title
          command: bin/rails g model Post title:string
        - id: b
          kind: command
          task: Create the Post model with the generator
          command: rails generate model Post title:string
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: nearly the same fact as b" in found[0], found


def test_drop_is_remove_in_prompts(tmp_path):
    # layer 3 reads "drop" as "remove" in prompts (a loose synonym: warnings only)
    found = check(
        tmp_path,
        """
        - id: a
          kind: qa
          question: What does String#squeeze remove?
          answer: repeated characters in a run
        - id: b
          kind: qa
          question: Which characters does String#squeeze drop?
          answer: vowel characters
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with b" in found[0], found
