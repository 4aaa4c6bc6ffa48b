"""The fact checks on pairs from the seventeenth held-out set
(tests/data/fact_pairs_unseen17.txt, written without reading the checks) and the general
rules drawn from it. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def test_mt_is_mount_in_a_mountains_name(tmp_path):
    """Set 17: "Mount St. Helens 1980 eruption VEI" 5 and "VEI of the Mt. St. Helens
    eruption (1980)" 6 were found by nothing: "Mt" and "Mount" were two words. Another
    mountain stays another fact, and the verb "mount" is no error."""
    found = check_deck(
        tmp_path,
        "Volcanoes",
        """
        - {id: a, kind: limit, subject: Mount St. Helens 1980 eruption VEI, value: "5"}
        - {id: b, kind: limit, subject: VEI of the Mt. St. Helens eruption (1980), value: "6"}
        - {id: c, kind: limit, subject: Height of Mt. Fuji, value: "3,776 m"}
        - {id: d, kind: limit, subject: Height of Mount Rainier, value: "4,392 m"}
        - {id: e, kind: command, task: Mount a USB drive, command: mount /dev/sdb1 /mnt}
        - {id: f, kind: command, task: Mount a drive read-only, command: mount -o ro /dev/sdb1 /mnt}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 1, found
    assert "error conflicting-fact: " in errors[0] and "'5' here, '6' there" in errors[0]


def test_two_words_joined_by_a_slash_are_the_two_words(tmp_path):
    """Set 17: "Maximum length of a string or BLOB" and "Default max string/BLOB length"
    (1,000,000,000 bytes and 1 billion bytes) were found by nothing: "string/blob" was one
    word. Two words of three letters or more joined by a slash are read as the two words,
    as "string or BLOB" is; a rate ("miles/gallon") stays one word."""
    found = check_deck(
        tmp_path,
        "SQLite",
        """
        - {id: a, kind: limit, subject: Maximum length of a string or BLOB, value: 10^9 bytes}
        - {id: b, kind: limit, subject: Default max string/BLOB length, value: 1 billion bytes}
        - {id: c, kind: limit, subject: Fuel economy in miles/gallon, value: "30"}
        - {id: d, kind: limit, subject: Fuel economy in miles, value: "300"}
        - {id: e, kind: limit, subject: Maximum length of a string, value: "255 bytes"}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 1, found
    assert "error duplicate-fact: same fact as b " in errors[0], found
    assert not any(" c " in line or " d " in line for line in found), found


def test_an_exit_code_is_an_exit_status(tmp_path):
    """Set 17: "Exit status of a command that is not found" 127 and "Exit code when a
    command is not found" 126 were found by nothing: "code" and "status" were two words.
    A process's exit code is its exit status; another command's stays another fact."""
    found = check_deck(
        tmp_path,
        "Bash",
        """
        - {id: a, kind: limit, subject: Exit status of a command that is not found, value: "127"}
        - {id: b, kind: limit, subject: Exit code when a command is not found, value: "126"}
        - {id: c, kind: limit, subject: Exit code of a successful command, value: "0"}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 1, found
    assert "error conflicting-fact: " in errors[0] and "'127' here, '126' there" in errors[0]


def test_a_list_item_and_a_concept_card_of_one_term_are_compared(tmp_path):
    """Set 17: the item "Shield volcano" of a list "Types of volcano" and a concept card
    "Shield volcano", the same fact in other words, were found by nothing: the list's
    title kept the prompts apart. A list item and a concept card naming one term are
    compared (a warning: the list's title may name another sense), as are the item and a
    question asking what its term is ("What does DHPP stand for?"); another term is not."""
    found = check_deck(
        tmp_path,
        "Volcanoes",
        """
        - id: types
          kind: list
          title: Types of volcano
          items:
            - Shield volcano: Broad, gently sloping volcano built by fluid basaltic lava flows
            - Cinder cone: Small steep cone of loose scoria around one vent
        - id: shield
          kind: concept
          term: Shield volcano
          definition: A wide volcano with gentle slopes, built from runny basalt lava flows
        - {id: strato, kind: concept, term: Stratovolcano, definition: Steep layered cone}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: ") and " shield " in found[0], found
    (tmp_path / "qa").mkdir()
    found = check_deck(
        tmp_path / "qa",
        "Vet",
        """
        - {id: a, kind: qa, question: What does DHPP stand for?, answer: "Distemper, hepatitis,
           parvovirus, parainfluenza"}
        - {id: b, kind: qa, question: What does FeLV stand for?, answer: Feline leukaemia virus}
        - id: abbreviations
          kind: list
          title: Dog vaccine abbreviations
          items:
            - DHPP: Distemper, hepatitis (adenovirus), parvovirus and parainfluenza
            - Lepto: Leptospirosis
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: ") and " abbreviations " in found[0], found


def test_a_question_answered_with_a_commands_code_is_perhaps_that_command(tmp_path):
    """Set 17: "Which PRAGMA checks the integrity of an SQLite database?" PRAGMA
    integrity_check and the command card "Check an SQLite database for corruption"
    ``PRAGMA integrity_check;`` were found by nothing: the answer was not written as a
    code span, and the task is not all in the question. A question answered with a
    command's code as written, whose prompt shares two words or more with the task, is
    a warning; another command (``ls`` / ``ls -t``) is not."""
    found = check_deck(
        tmp_path,
        "Databases",
        """
        - {id: a, kind: qa, question: Which PRAGMA checks the integrity of an SQLite database?,
           answer: PRAGMA integrity_check}
        - {id: b, kind: command, task: Check an SQLite database for corruption,
           command: PRAGMA integrity_check;}
        - {id: c, kind: qa, question: Which command lists the files of a directory?, answer: ls}
        - {id: d, kind: command, task: List the files of a directory by time, command: ls -t}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: ") and " b " in found[0], found


def test_a_question_asking_for_a_list_items_term_by_its_explanation(tmp_path):
    """Set 17: "Which test operator checks that a file exists and is a regular file?"
    -f and the item -f "True if the file exists and is a regular file" of a list "Bash
    file test operators" were found by nothing, though a concept card -f was. A question
    whose answer is a list item's term and whose words are half or more in the item's
    explanation is a warning; the item of another term is not."""
    found = check_deck(
        tmp_path,
        "Bash",
        """
        - {id: a, kind: qa, question: Which test operator checks that a file exists and is
           a regular file?, answer: "-f"}
        - {id: b, kind: qa, question: Which test operator checks that a file is a directory?,
           answer: "-d"}
        - id: tests
          kind: list
          title: Bash file test operators
          items:
            - "-f": True if the file exists and is a regular file
            - "-s": True if the file exists and is not empty
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: ") and " tests " in found[0], found


def test_a_question_answered_with_the_first_words_of_a_terms_definition(tmp_path):
    """Set 17: "What is the medical term for spaying?" Ovariohysterectomy and the term
    "Spay": "Ovariohysterectomy: surgical removal of the ovaries and uterus" were found by
    nothing. A question that names a term and is answered with the words its definition
    starts with, before a colon, a dash or a bracket, is a warning; another answer is not."""
    found = check_deck(
        tmp_path,
        "Vet",
        """
        - {id: a, kind: qa, question: What is the medical term for spaying?,
           answer: Ovariohysterectomy}
        - {id: b, kind: qa, question: What is the medical term for neutering?, answer: Orchiectomy}
        - {id: spay, kind: concept, term: Spay,
           definition: "Ovariohysterectomy: surgical removal of the ovaries and uterus"}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: ") and " spay " in found[0], found


def test_a_term_spelt_out_before_its_definition_names_another_term(tmp_path):
    """Set 17: "GDV": "Gastric dilatation-volvulus: the stomach fills with gas and twists"
    and "Bloat (gastric dilatation and volvulus)", one condition, were found by nothing.
    A term whose definition starts with another term's name, or the name in its
    brackets, before a colon, a dash or a bracket, is a warning; another name is not."""
    found = check_deck(
        tmp_path,
        "Vet",
        """
        - {id: gdv, kind: concept, term: GDV, definition: "Gastric dilatation-volvulus: the
           stomach fills with gas and twists"}
        - {id: bloat, kind: concept, term: Bloat (gastric dilatation and volvulus),
           definition: Life-threatening twisting of a gas-filled stomach in large dogs}
        - {id: ulcer, kind: concept, term: Ulcer (gastric ulcer),
           definition: A sore in the lining of the stomach}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: ") and " bloat " in found[0], found
