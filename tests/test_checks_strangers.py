"""The fact checks on cards from corpora that people wrote on their own (the misses they
reported), and the general rules drawn from them. Each test failed before its fix."""

from __future__ import annotations

import textwrap

from conftest import check_deck


def test_an_answer_with_a_gloss_in_brackets_is_the_same_answer(tmp_path):
    """ "The femur (thigh bone)." is "Femur" with an article and a gloss: the same answer,
    so two questions asked alike are nearly the same fact (never "possibly conflicting"),
    and one question asked twice is a duplicate. A gloss on both sides, or another word
    before the brackets, is no longer the same answer."""
    found = check_deck(
        tmp_path,
        "Anatomy",
        """
        - {id: a, kind: qa, question: What is the longest bone in the body?,
           answer: The femur (thigh bone).}
        - {id: b, kind: qa, question: Which bone is the longest in the body?, answer: Femur}
        - {id: c, kind: qa, question: Smallest bone in the body?, answer: Stapes (stirrup)}
        - {id: d, kind: qa, question: Smallest bone in the body?, answer: Stapes}
        - {id: e, kind: qa, question: Which ossicle touches the eardrum?, answer: Malleus}
        - {id: f, kind: qa, question: Which ossicle touches the eardrum?,
           answer: Incus (anvil)}
        """,
    )
    assert len(found) == 3, found
    femur, stapes, malleus = found
    assert femur.startswith("warning similar-fact: nearly the same fact as b"), femur
    assert stapes.startswith("error duplicate-fact: same fact as d"), stapes
    assert malleus.startswith("error conflicting-fact: conflicts with f"), malleus


def test_a_loose_synonym_written_in_small_letters_is_no_name(tmp_path):
    """ "Which bone is the longest in the *human* body?" asks what "Longest bone in the
    body?" asks (both "Femur"). Prompts compare "human" as its looser synonym "people",
    which the corpus never writes, so the added word counted as a name and, where
    "longest", "bone" and "body" are common words, the pair went unseen."""
    others = "\n".join(
        f"- {{id: r{n}, kind: qa, question: Largest bone of the body in region {n}?,"
        f" answer: Bone {n}}}"
        for n in range(1, 8)
    )
    found = check_deck(
        tmp_path,
        "Anatomy",
        f"""
        - {{id: a, kind: qa, question: Longest bone in the body?, answer: Femur}}
        - {{id: b, kind: qa, question: Which bone is the longest in the human body?,
           answer: Femur}}
        {textwrap.indent(others, "        ").strip()}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: nearly the same fact as b"
    ], found


VERTEBRAE = """
- id: vertebrae
  kind: table
  title: Vertebrae by region
  columns: [Region, Count]
  rows:
    cervical: [Neck, 7]
    thoracic: [Chest, 12]
    lumbar: [Lower back, 5]
"""


def test_a_cell_under_a_generic_column_meets_a_question_naming_its_row_and_title(tmp_path):
    """The cell thoracic / Count of "Vertebrae by region" is asked by "How many thoracic
    vertebrae?": the row and a word of the title, the column ("Count") a generic word
    the question says as "how many". Such a cell was keyed by its row alone and left
    out; now it meets a subject that names its row and a word of its title (never its
    row alone: "How many thoracic nerves?" asks another thing)."""
    found = check_deck(
        tmp_path,
        "Anatomy",
        VERTEBRAE
        + """
- {id: thoracic, kind: qa, question: How many thoracic vertebrae?, answer: "11"}
- {id: cervical, kind: qa, question: How many cervical vertebrae are there?, answer: Seven}
- {id: nerves, kind: qa, question: How many pairs of lumbar nerves are there?, answer: "4"}
""",
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "error duplicate-fact: same fact as cervical",
        "error conflicting-fact: conflicts with thoracic",
    ], found


def test_a_question_asking_for_a_command_meets_the_command_of_its_task(tmp_path):
    """ "Which key undoes the last change?" `U` asks for the command of the task "Undo
    the last change" (``u``): the question says the task's words and the word it asks
    for ("key"). Another key is a possible conflict (a warning: the prompts are only
    worded alike); a task of other words ("Redo ...") is another thing."""
    found = check_deck(
        tmp_path,
        "Vim",
        """
        - {id: undo-q, kind: qa, question: Which key undoes the last change?, answer: "`U`"}
        - {id: undo, kind: command, task: Undo the last change, command: u}
        - {id: redo, kind: command, task: Redo the last change, command: Ctrl-r}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: possibly conflicting with undo"
    ], found


def test_two_things_traded_across_while_is_no_duplicate(tmp_path):
    """A Python deck: "Identity (the same object), while `==` compares values." and
    "Values (equality), while `==` compares identity." share their words, so they were a
    duplicate-fact error ("same fact"), on two answers that cannot both be right. Words
    traded across "while" (or "whereas", "but") while the rest of each part stays is a
    possible conflict; two clauses that only change places still say one thing."""
    found = check_deck(
        tmp_path,
        "Python",
        """
        - {id: a, kind: qa, question: What does `is` compare?,
           answer: "Identity (the same object), while `==` compares values."}
        - {id: b, kind: qa, question: What does `is` compare?,
           answer: "Values (equality), while `==` compares identity."}
        - {id: c, kind: qa, question: How do lists and tuples differ?,
           answer: "Lists are mutable, while tuples are immutable."}
        - {id: d, kind: qa, question: How do lists and tuples differ?,
           answer: "Tuples are immutable, while lists are mutable."}
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact: possibly conflicting with b " in found[0], found
    assert "error duplicate-fact: same fact as d " in found[1], found


def test_a_power_of_two_less_one_is_the_number_it_makes(tmp_path):
    """A Python deck: sys.maxsize as `2**63 − 1` and as 9223372036854775807 were a
    conflicting-fact error: "2**63 − 1" was read as the three numbers 2, 63 and 1. A
    power written `**`, `^` or raised, plus or less a whole number, is that number; two
    such values that differ still conflict."""
    found = check_deck(
        tmp_path,
        "Python",
        """
        - {id: a, kind: limit, subject: sys.maxsize on a 64-bit build, value: 2**63 − 1,
           unit: ""}
        - {id: b, kind: qa, question: What is sys.maxsize on a 64-bit build?,
           answer: "9223372036854775807"}
        - {id: c, kind: qa, question: Largest value of a signed 32-bit int?,
           answer: 2^31 - 1}
        - {id: d, kind: qa, question: Largest value of a signed 32-bit int?,
           answer: "2147483647"}
        - {id: e, kind: qa, question: Largest value of an unsigned 16-bit int?,
           answer: 2¹⁶ − 1}
        - {id: f, kind: qa, question: Largest value of an unsigned 16-bit int?,
           answer: 2**15 − 1}
        """,
    )
    assert len(found) == 3, found
    assert found[0].startswith("error duplicate-fact: same fact as b "), found
    assert found[1].startswith("error duplicate-fact: same fact as d "), found
    assert found[2].startswith("error conflicting-fact: conflicts with f "), found


def test_a_python_dunder_name_outside_backticks_is_warned(tmp_path):
    """``term: __init__.py``, ``__slots__`` and ``answer: '"__main__"'`` reached every
    output as "init.py", "slots" and '"main"' in bold (Markdown's ``__bold__``), and
    nothing said so. A name in double underscores outside backticks that the outputs show
    without them is a warning that gives it in backticks; in backticks, escaped or in
    code it is shown as written, and nothing is said."""
    found = check_deck(
        tmp_path,
        "Python",
        r"""
        - {id: a, kind: concept, term: __init__.py, definition: Marks a regular package.}
        - {id: b, kind: qa, question: What is `__name__` when run as a script?,
           answer: '"__main__"'}
        - {id: c, kind: concept, term: "`__slots__`", definition: Fixes the attributes.}
        - {id: d, kind: concept, term: '\_\_dict\_\_', definition: The attribute mapping.}
        - {id: e, kind: snippet, title: Guard, lang: python,
           code: 'if __name__ == "__main__": main()'}
        """,
    )
    assert found == [
        "warning bold-name: 'term' of 'a': '__init__.py' outside backticks is Markdown for "
        "bold: every output shows 'init.py', its underscores gone: write it in backticks: "
        '`__init__.py` (quoted, as the value starts with it: "`__init__.py`")',
        "warning bold-name: 'answer' of 'b': '__main__' outside backticks is Markdown for "
        "bold: every output shows 'main', its underscores gone: write it in backticks: "
        "`__main__`",
    ], found


def test_a_backslash_markdown_drops_is_named(tmp_path):
    """A regex card's answer `'\\.'` (to "How do you match a literal dot?") reached every
    output as ".", and the cell `'\\|'` as "|": Markdown takes a backslash before
    punctuation for an escape and drops it, and nothing said so. It is a warning that
    gives the text in backticks or with two backslashes; in backticks, doubled, in a
    formula or code it is shown as written, and nothing is said; nor for `\\_` or `\\*`,
    written to keep emphasis out. (A Windows path loses its backslash too: see the next
    test.)"""
    found = check_deck(
        tmp_path,
        "Regex",
        r"""
        - {id: a, kind: qa, question: How do you match a literal dot?, answer: '\.'}
        - {id: b, kind: qa, question: How do you match a pipe?, answer: 'Write \| in it'}
        - {id: c, kind: qa, question: How do you match a plus?, answer: '`\+`'}
        - {id: d, kind: qa, question: How do you match a hash?, answer: '\\#'}
        - {id: e, kind: concept, term: '\_\_dict\_\_', definition: 'A star: \*'}
        - {id: f, kind: qa, question: Where is it?, answer: 'C:\Users\alice\Documents'}
        - {id: g, kind: snippet, title: Dot, lang: python, code: 're.compile(r"\.")'}
        - {id: h, kind: qa, question: What is it?, answer: '\(\{x\}\)'}
        """,
    )
    assert found == [
        "warning lost-backslash: 'answer' of 'a': '\\.' outside backticks is Markdown for "
        "'.': every output shows '.', its backslash gone: write it in backticks (`\\.`) or "
        "with two backslashes (\\\\.)",
        "warning lost-backslash: 'answer' of 'b': '\\|' outside backticks is Markdown for "
        "'|': every output shows '|', its backslash gone: write it in backticks (`\\|`) or "
        "with two backslashes (\\\\|)",
    ], found


def test_a_windows_path_that_markdown_changes_is_told_to_go_in_backticks(tmp_path):
    """``C:\\Users\\<name>\\.ssh`` in an answer reached the HTML sheet, the PDF and Anki as
    ``C:\\Users<name>.ssh``, and a UNC path ``\\\\server\\share`` as ``\\server\\share``:
    Markdown takes ``\\<``, ``\\.`` and ``\\\\`` for escapes in a path as anywhere, while the
    check said nothing of a Windows path. The warning gives the path in backticks; a
    path Markdown leaves as written (``C:\\Windows\\System32``) is not named."""
    found = check_deck(
        tmp_path,
        "Windows",
        r"""
        - {id: a, kind: qa, question: Where are a user's SSH keys?,
           answer: 'In C:\Users\<name>\.ssh, one file a key.'}
        - {id: b, kind: qa, question: How is a share written?,
           answer: 'As \\server\share\folder'}
        - {id: c, kind: qa, question: Where is the hosts file?,
           answer: 'C:\Windows\System32\drivers\etc\hosts.'}
        - {id: d, kind: qa, question: Where is the temp folder?,
           answer: '`C:\Users\<name>\AppData\Local\Temp`'}
        - {id: e, kind: qa, question: Where is roaming AppData?,
           answer: 'C:\Users\<name>\AppData\Roaming (%APPDATA%)'}
        """,
    )
    assert found == [
        "warning lost-backslash: 'answer' of 'a': the Windows path 'C:\\Users\\<name>\\.ssh' "
        "outside backticks is Markdown, whose escapes take some of its backslashes: every "
        "output shows 'C:\\Users<name>.ssh': write it in backticks (`C:\\Users\\<name>\\.ssh`)",
        "warning lost-backslash: 'answer' of 'b': the Windows path '\\\\server\\share\\folder' "
        "outside backticks is Markdown, whose escapes take some of its backslashes: every "
        "output shows '\\server\\share\\folder': write it in backticks "
        "(`\\\\server\\share\\folder`)",
        "warning lost-backslash: 'answer' of 'e': the Windows path "
        "'C:\\Users\\<name>\\AppData\\Roaming' outside backticks is Markdown, whose escapes "
        "take some of its backslashes: every output shows 'C:\\Users<name>\\AppData\\Roaming': "
        "write it in backticks (`C:\\Users\\<name>\\AppData\\Roaming`), in single quotes as "
        "the value starts with it: '`C:\\Users\\<name>\\AppData\\Roaming` (%APPDATA%)'",
    ], found


def test_a_lazy_quantifier_is_not_its_greedy_form(tmp_path):
    """One question answered `.*?` and `.*` (a term defined `+?` and `+`) was a
    duplicate-fact error, "same question, '.*?' = '.*'", that said to keep one card: the
    lazy quantifier's `?` was folded away as punctuation. They are two answers."""
    found = check_deck(
        tmp_path,
        "Regex",
        """
        - {id: a, kind: qa, question: Which pattern matches any run as short as possible?,
           answer: '`.*?`'}
        - {id: b, kind: qa, question: Which pattern matches any run as short as possible?,
           answer: '`.*`'}
        - {id: c, kind: concept, term: Lazy one or more, definition: '`+?`'}
        - {id: d, kind: concept, term: Lazy one or more, definition: '`+`'}
        """,
    )
    assert len(found) == 2, found
    assert not any("duplicate-fact" in line for line in found), found
    assert "possibly conflicting" in found[0] and "'.*?' here and '.*' there" in found[0]
    assert "possibly conflicting" in found[1] and "'+?' here and '+' there" in found[1]


def test_a_question_mark_after_a_plus_is_no_lazy_quantifier():
    """Marking lazy quantifiers made "… the coenzyme NAD+?" another question than "NAD+
    is derived from which vitamin?" (a held-out conflict lost): a '?' after a word's '+'
    ends the question; after a regex's atom, or in a code span, it is a lazy quantifier."""
    from cheatdeck.checks.normalize import fold

    assert fold("Which vitamin is the precursor of NAD+?") == fold(
        "Which vitamin is the precursor of NAD+"
    )
    assert fold("What is C++?") == fold("What is C++")
    for lazy, greedy in ((".*?", ".*"), ("`+?`", "`+`"), (r"\d+?", r"\d+"), ("a{2,3}?", "a{2,3}")):
        assert fold(lazy) != fold(greedy), lazy


def test_typical_asks_nothing_of_its_own(tmp_path):
    """ "What is the typical stopping distance at 70 mph?" asks what "Stopping distance at
    70 mph" does ("typically" was a filler already): 73 metres against 96 m conflicts."""
    found = check_deck(
        tmp_path,
        "Driving",
        """
        - {id: a, kind: limit, subject: Stopping distance at 70 mph, value: 96 m}
        - {id: b, kind: qa, question: What is the typical stopping distance at 70 mph?,
           answer: 73 metres}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "error conflicting-fact: conflicts with b"
    ], found


def test_a_number_written_with_hundred_or_thousand_is_that_number(tmp_path):
    """ "One Hundred Years of Solitude" is "100 Years of Solitude" ("one" before
    "hundred" is no article, and "twenty thousand" is 20000): one title, one author."""
    found = check_deck(
        tmp_path,
        "Literature",
        """
        - {id: a, kind: qa, question: Who wrote Twenty Thousand Leagues Under the Seas?,
           answer: Jules Verne}
        - {id: b, kind: qa, question: Who wrote 20000 Leagues Under the Seas?,
           answer: H. G. Wells}
        - {id: c, kind: qa, question: Who wrote One Hundred Years of Solitude?,
           answer: Gabriel García Márquez}
        - {id: d, kind: qa, question: Author of 100 Years of Solitude?,
           answer: Gabriel Garcia Marquez}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: possibly conflicting with b",
        "warning similar-fact: nearly the same fact as d",
    ], found


def test_a_surname_alone_names_the_person_the_full_name_does(tmp_path):
    """ "Fitzgerald" answers what "F. Scott Fitzgerald" does: nearly the same fact, not
    "possibly conflicting"; another surname still may conflict."""
    found = check_deck(
        tmp_path,
        "Literature",
        """
        - {id: a, kind: qa, question: Who wrote The Great Gatsby?, answer: F. Scott Fitzgerald}
        - {id: b, kind: qa, question: The Great Gatsby — author?, answer: Fitzgerald}
        - {id: c, kind: qa, question: Who wrote The Sun Also Rises?, answer: Ernest Hemingway}
        - {id: d, kind: qa, question: The Sun Also Rises — author?, answer: Steinbeck}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: nearly the same fact as b",
        "warning similar-fact: possibly conflicting with d",
    ], found


def test_a_possible_conflict_names_only_the_cards_that_differ(tmp_path):
    """ "1.6 mm" and "1.6 millimetres across the central three-quarters of the tread" give
    one value: to a subject that adds a word ("legal"), the pair is nearly the same fact,
    never "possibly conflicting" (as it was when the prose spelt its unit out). With a
    third card that differs ("2 mm"), there are two possible conflicts, each with the
    third: never one line that says the first two differ."""
    found = check_deck(
        tmp_path,
        "Driving",
        """
        - {id: a, kind: limit, subject: Minimum legal tyre tread depth for cars, value: 1.6 mm}
        - {id: b, kind: qa, question: "What's the minimum tread depth on car tyres?",
           answer: 1.6 millimetres across the central three-quarters of the tread}
        - {id: c, kind: qa, question: Min tyre tread depth (car)?, answer: 2 mm}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: nearly the same fact as b",
        "warning similar-fact: possibly conflicting with c",
        "warning similar-fact: possibly conflicting with c",
    ], found
    assert "'1.6 mm' here and '2 mm' there" in found[1], found


def test_who_is_the_agent_asks_who_did_it(tmp_path):
    """ "Who is the ruler of the underworld?" asks what "Who rules the underworld?" does
    (both ask who, so the agent noun was never read against the verb): another answer
    may conflict, the same answer (a surname) is nearly the same fact."""
    found = check_deck(
        tmp_path,
        "Mythology",
        """
        - {id: a, kind: qa, question: Who rules the underworld?, answer: Hades}
        - {id: b, kind: qa, question: Who is the ruler of the underworld?, answer: Persephone}
        - {id: c, kind: qa, question: Who discovered penicillin?, answer: Alexander Fleming}
        - {id: d, kind: qa, question: Who was the discoverer of penicillin?, answer: Fleming}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: possibly conflicting with b",
        "warning similar-fact: nearly the same fact as d",
    ], found


def test_a_density_per_cubic_unit_typed_in_ascii_is_converted(tmp_path):
    """ "19.3 g/cm3", "19300 kg/m3" and "19.3 g/cc" are one density (a cube typed as
    "3", or "cc"): a duplicate, and "17.3 g/cc" a conflict (they read as grams, the
    volume dropped, and "kg/m³" as a unit the checks did not convert)."""
    found = check_deck(
        tmp_path,
        "Minerals",
        """
        - {id: a, kind: limit, subject: Density of gold, value: 19.3, unit: g/cm3}
        - {id: b, kind: qa, question: What is the density of gold?, answer: 19300 kg/m3}
        - {id: c, kind: limit, subject: Density of silver, value: 10.5, unit: g/cc}
        - {id: d, kind: qa, question: Silver density?, answer: 1.05 g/cm3}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "error duplicate-fact: same fact as b",
        "error conflicting-fact: conflicts with d",
    ], found


def test_one_before_a_preposition_is_a_number_not_an_article(tmp_path):
    """ "A ratio of 1 in 10" holds the number 1, not the article "a": it is no "ratio of
    10" (the "1" read as an article made the two one prompt, a duplicate-fact error)."""
    found = check_deck(
        tmp_path,
        "Maths",
        """
        - {id: a, kind: qa, question: What does a ratio of 1 in 10 mean?,
           answer: One of every ten}
        - {id: b, kind: qa, question: What does a ratio of 10 mean?, answer: Ten to one}
        """,
    )
    assert not [line for line in found if line.startswith("error")], found


def test_speed_and_bandwidth_name_a_data_rate(tmp_path):
    """ "Max speed of USB 2.0" asks the "USB 2.0 max transfer rate" (bits per second):
    48 Mbps against 480 Mbit/s may conflict, and a bandwidth of 3.15 GB/s does."""
    found = check_deck(
        tmp_path,
        "Hardware",
        """
        - {id: a, kind: limit, subject: USB 2.0 max transfer rate, value: 480, unit: Mbit/s}
        - {id: b, kind: qa, question: What is the max speed of USB 2.0?, answer: 48 Mbps}
        - {id: c, kind: limit, subject: PCIe 4.0 x16 bandwidth, value: 31.5, unit: GB/s}
        - {id: d, kind: qa, question: What is the bandwidth of PCIe 4.0 x16?, answer: 3.15 GB/s}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: possibly conflicting with b",
        "error conflicting-fact: conflicts with d",
    ], found


def test_a_subject_line_asks_something_of_the_name_it_starts_with(tmp_path):
    """ "Mona Lisa painter?" asks the painter of the Mona Lisa, "Which museum holds the
    Mona Lisa?" another thing of it: two questions sharing only a name (they were
    "possibly conflicting"). "Leonardo" names whom "Leonardo da Vinci" does."""
    found = check_deck(
        tmp_path,
        "Art",
        """
        - {id: a, kind: qa, question: Which museum holds the Mona Lisa?, answer: Louvre}
        - {id: b, kind: qa, question: Mona Lisa painter?, answer: Leonardo}
        - {id: c, kind: qa, question: Who painted the Mona Lisa?, answer: Leonardo da Vinci}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: nearly the same fact as c"
    ], found


def test_a_measured_value_and_a_name_answer_two_questions(tmp_path):
    """ "How long is Guernica?" (3.49 m) and "Who painted Guernica?" (Pablo Picasso), in a
    deck of paintings whose word "paint" the prompts may leave out: a length and a name
    are never one answer (they were "possibly conflicting")."""
    found = check_deck(
        tmp_path,
        "Paintings",
        """
        - {id: a, kind: qa, question: Who painted Guernica?, answer: Pablo Picasso}
        - {id: b, kind: qa, question: How long is Guernica?, answer: 3.49 m}
        - {id: c, kind: qa, question: How wide is Guernica?, answer: 7.76 m}
        """,
    )
    assert found == [], found


def test_what_an_acronym_stands_for_is_no_rewording_of_its_definition(tmp_path):
    """ "What does CPI stand for?" (Consumer price index) and the term "CPI" defined in
    other words ask two things of one term (they were "possibly conflicting"); a
    definition that starts with the words, or says half of them, is nearly the same
    fact, and one that spells the letters otherwise may conflict."""
    found = check_deck(
        tmp_path,
        "Economics",
        """
        - {id: a, kind: concept, term: CPI,
           definition: How much what urban households buy costs month by month.}
        - {id: b, kind: qa, question: What does CPI stand for?, answer: Consumer price index}
        - {id: c, kind: concept, term: ECB,
           definition: "European Central Bank: the euro's central bank"}
        - {id: d, kind: qa, question: What does ECB stand for?, answer: European Central Bank}
        - {id: e, kind: concept, term: IMF, definition: International Money Fund}
        - {id: f, kind: qa, question: What does IMF stand for?, answer: International Monetary Fund}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: nearly the same fact as d",
        "warning similar-fact: possibly conflicting with f",
    ], found


def test_a_definition_saying_the_expansion_in_its_words_is_nearly_the_same_fact(tmp_path):
    """ "What does HMAC stand for?" (Hash-based message authentication code) and "HMAC":
    "A message authentication code built from a hash function and a key" say one thing;
    so do "2048 bits" and "2,048-bit", which is no code like "Form 1099-INT"."""
    found = check_deck(
        tmp_path,
        "Cryptography",
        """
        - {id: a, kind: concept, term: HMAC,
           definition: A message authentication code built from a hash function and a key}
        - {id: b, kind: qa, question: What does HMAC stand for?,
           answer: Hash-based message authentication code}
        - {id: c, kind: limit, subject: Minimum RSA modulus size, value: 2048 bits}
        - {id: d, kind: qa, question: Smallest RSA modulus allowed?, answer: "2,048-bit"}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: nearly the same fact as b",
        "warning similar-fact: nearly the same fact as d",
    ], found


def test_a_count_and_a_measure_under_loosely_reworded_prompts_are_two_facts(tmp_path):
    """ "Standard ECG paper speed" 25 mm/s and "Leads in a standard ECG" twelve share
    "standard ECG" and differ by one word each ("paper" / "leads"): a loose rewording of
    one question, were it not that a count and a speed answer no one question. It was a
    "possibly conflicting" warning; so was "Normal QRS duration" < 120 ms against the QRS
    axis's "−30° to +90°". One prompt asked twice with a count and a measure stays a
    possible conflict ("1,000 nm" may be "1 micrometre"), and so do prompts worded
    otherwise whose count is the measure's number ("8,000" / "8000 bytes")."""
    found = check_deck(
        tmp_path,
        "Cardiology",
        """
        - {id: a, kind: limit, subject: Standard ECG paper speed, value: 25, unit: mm/s}
        - {id: b, kind: limit, subject: Leads in a standard ECG, value: twelve}
        - {id: c, kind: limit, subject: Electrodes of a Holter monitor, value: "5"}
        - {id: d, kind: limit, subject: Electrodes of a Holter monitor, value: 5, unit: cm}
        - {id: e, kind: limit, subject: Normal QRS duration, value: < 120, unit: ms}
        - {id: f, kind: qa, question: What is the normal range of the QRS axis?,
           answer: −30° to +90°}
        - {id: g, kind: limit, subject: Max length of a varchar(n) column, value: 8000,
           unit: bytes}
        - {id: h, kind: limit, subject: Maximum n for varchar(n), value: "8,000"}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: possibly conflicting with d",
        "warning similar-fact: possibly conflicting with h",
    ], found


def test_a_question_asking_what_a_terms_acronym_is_asks_the_term(tmp_path):
    """ "What is AF?" answered "An irregularly irregular rhythm without P waves" asks what
    the term "Atrial fibrillation" (defined "Irregularly irregular rhythm with no
    discernible P waves") says: the prompts shared no word, so the pair went unseen. A
    question for what the acronym stands for is answered with the term (no conflict with
    "What is AF?"; the same fact as "What is GDP?" answered "Gross domestic product: the
    market value ..."), and one that defines another acronym otherwise is no match."""
    found = check_deck(
        tmp_path,
        "Cardiology",
        """
        - {id: a, kind: concept, term: Atrial fibrillation,
           definition: Irregularly irregular rhythm with no discernible P waves}
        - {id: b, kind: qa, question: What is AF?,
           answer: An irregularly irregular rhythm without P waves}
        - {id: c, kind: qa, question: What does AF stand for?, answer: Atrial fibrillation}
        - {id: d, kind: concept, term: Ventricular tachycardia,
           definition: Three or more ventricular beats in a row above 100 bpm}
        - {id: e, kind: qa, question: Define VT., answer: A broad-complex tachycardia}
        - {id: f, kind: qa, question: What is GDP?,
           answer: "Gross domestic product: the market value of all final goods"}
        - {id: g, kind: qa, question: What does GDP stand for?, answer: Gross domestic product}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: nearly the same fact as b",
        "warning similar-fact: nearly the same fact as g",
    ], found


def test_upper_limit_inside_a_prompt_is_its_maximum(tmp_path):
    """ "Upper limit of normal QTc in men" was "max normal QTc in men", but "QTc upper
    limit (men)" kept "upper limit": only before "of" or "for", or at the end, was it
    read as the maximum. So "QTc upper limit (men)" 450 ms against "Maximum QTc in men"
    440 ms was only a possible conflict."""
    found = check_deck(
        tmp_path,
        "Cardiology",
        """
        - {id: a, kind: limit, subject: QTc upper limit (men), value: 450, unit: ms}
        - {id: b, kind: limit, subject: Maximum QTc in men, value: 440, unit: ms}
        - {id: c, kind: limit, subject: QTc lower limit (men), value: 350, unit: ms}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "error conflicting-fact: conflicts with b"
    ], found


def test_insert_is_a_loose_synonym_of_add(tmp_path):
    """ "Add a cursor above" and "Insert cursor above" ask one thing: with two other
    shortcuts, a possible conflict; they went unseen."""
    found = check_deck(
        tmp_path,
        "Editor",
        """
        - {id: a, kind: qa, question: Add a cursor above, answer: Ctrl+Alt+Up}
        - {id: b, kind: qa, question: Insert cursor above, answer: Ctrl+Alt+Down}
        - {id: c, kind: qa, question: Delete the line, answer: Ctrl+Shift+K}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: possibly conflicting with b"
    ], found


def test_a_decks_name_said_in_small_letters_is_no_name_of_it(tmp_path):
    """The deck "Study::Vexillology (flags of the world)" names "Study" and
    "Vexillology". "What is the study of flags called?" says "study", a plain word, and
    the term "Vexillology" names the other deck word: read as two prompts that each name
    one of their deck's things (as "Bordeaux red maximum yield" / "Burgundy red maximum
    yield" are), the pair went unseen. A deck's name counts as said where the prompt
    writes it with a capital."""
    found = check_deck(
        tmp_path,
        "Vexillology (flags of the world)",
        """
        - {id: a, kind: qa, question: What is the study of flags called?, answer: Vexillology}
        - {id: b, kind: concept, term: Vexillology, definition: The study of flags}
        """,
    )
    assert [line.partition(" at ")[0] for line in found] == [
        "warning similar-fact: nearly the same fact as b"
    ], found
