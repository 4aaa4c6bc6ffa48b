"""The fact checks on pairs from the twenty-first held-out set
(tests/data/fact_pairs_unseen21.txt, written without reading the checks) and the general
rules drawn from it. Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def test_a_name_with_a_trailing_underscore_is_another_name(tmp_path):
    """Set 21: "What does mapM_ do?" and "What does mapM do?" were one question with one
    answer (a wrong duplicate): the fold drops the underscore. A name that ends in one
    (Haskell's ``mapM_`` / ``forM_``, Python's ``class_``) is another name; the same
    name written twice, and a word in Markdown's ``_emphasis_``, are still one prompt."""
    found = check_deck(
        tmp_path,
        "Haskell",
        """
        - id: a
          kind: qa
          question: What does mapM_ do?
          answer: Maps a monadic action over a structure and discards the results
        - id: b
          kind: qa
          question: What does mapM do?
          answer: Maps a monadic action over a structure and collects the results
        - {id: c, kind: qa, question: What does forM_ return?, answer: "m ()"}
        - {id: d, kind: qa, question: What does forM_ return?, answer: "m ()"}
        - {id: e, kind: qa, question: What is _mise en place_?, answer: All in place before cooking}
        - {id: f, kind: qa, question: What is mise en place?, answer: All in place before cooking}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 2, found
    assert "error duplicate-fact: same fact as d " in errors[0], found
    assert "error duplicate-fact: same fact as f " in errors[1], found


def test_dimensions_written_with_times_x_or_by_are_one(tmp_path):
    """Set 21: "Maximum rank of a 3x5 matrix" 3 and "Max rank of a 3×5 matrix" 5 were
    found by nothing, nor "Number of entries in a 3x4 matrix" 12 and "How many entries
    does a 3 by 4 matrix have?" twelve: the fold kept "3x5" but made "3×5" "3 5".
    Dimensions between two numbers or two letters are one form however the sign is
    written."""
    found = check_deck(
        tmp_path,
        "Linear algebra",
        """
        - {id: a, kind: limit, subject: Maximum rank of a 3x5 matrix, value: "3"}
        - {id: b, kind: limit, subject: Max rank of a 3×5 matrix, value: "5"}
        - {id: c, kind: qa, question: Nullity of an invertible n×n matrix?, answer: "0"}
        - {id: d, kind: qa, question: Nullity of an invertible n by n matrix?, answer: "0"}
        """,
    )
    errors = [line for line in found if line.startswith("error")]
    assert len(errors) == 2, found
    assert "error conflicting-fact: conflicts with b " in errors[0], found
    assert "error duplicate-fact: same fact as d " in errors[1], found


def test_a_power_of_ten_is_no_dimension():
    from cheatdeck.checks.normalize import fold

    assert fold("3 × 5") == fold("3 x 5") == fold("3 by 5") == fold("3x5") == "3x5"
    assert fold("6.02 × 10^23") == "6 02 10^23"  # as before: no "6.02x10"
    assert fold("Divide n by a number") == "divide n by a number"  # "a" is a word


def test_with_no_is_without(tmp_path):
    """Set 21: "What is the default fixity of an operator without a fixity declaration?"
    infixl 9 and "Default fixity of an operator with no fixity declaration?" infixr 9
    were found by nothing: "with no" is the "without" the loose match of two prompts
    keeps apart as a condition. "with no" now says "no", as "has no" does, and a
    "without" in one prompt with a "no" in the other is one condition; a condition one
    prompt lacks still parts them."""
    found = check_deck(
        tmp_path,
        "Haskell",
        """
        - id: a
          kind: qa
          question: What is the default fixity of an operator without a fixity declaration?
          answer: infixl 9
        - id: b
          kind: qa
          question: Default fixity of an operator with no fixity declaration?
          answer: infixr 9
        """,
    )
    assert len(found) == 1 and "similar-fact" in found[0] and " b at " in found[0], found
    (tmp_path / "2").mkdir()
    found = check_deck(
        tmp_path / "2",
        "Kafka",
        """
        - {id: c, kind: limit, subject: Producer throughput per partition, value: 50 MB/s}
        - id: d
          kind: limit
          subject: Producer throughput per partition with no batching
          value: 5 MB/s
        """,
    )
    assert found == [], found


def test_a_number_sign_before_a_number_is_the_word_number(tmp_path):
    """Set 21: "Which tooth is #8 in the Universal system?" upper right central incisor
    and "Universal tooth number 8?" upper left central incisor were found by nothing:
    the fold kept "#8" as one word. A "#" glued to a number is "number"; a hex colour
    ("#111", "#1e90ff") and "C#5" keep theirs."""
    found = check_deck(
        tmp_path,
        "Dentistry",
        """
        - id: a
          kind: qa
          question: "Which tooth is #8 in the Universal system?"
          answer: Upper right central incisor
        - {id: b, kind: qa, question: Universal tooth number 8?, answer: Upper left central incisor}
        """,
    )
    assert len(found) == 1 and "similar-fact: possibly conflicting with b " in found[0], found
    from cheatdeck.checks.normalize import fold

    assert [fold(text) for text in ("#111", "#1e90ff", "C#5", "issue #12")] == [
        "#111111",
        "#1e90ff",
        "c#5",
        "issue number 12",
    ]


def test_a_colon_command_and_its_abbreviation_are_one_command(tmp_path):
    """Set 21: "Show the type of an expression in GHCi" ``:t expr`` and "Ask GHCi for an
    expression's type" ``:type expr`` were found by nothing, nor ``:r`` / ``:reload``:
    a command typed after ':' as its first letters is the command a tool such as GHCi
    or Vim runs for it; a warning, as Vim gives ``:s`` to substitute, not to ``:set``.
    Two other commands (``:t`` / ``:k``) are no finding."""
    found = check_deck(
        tmp_path,
        "GHCi",
        """
        - {id: a, kind: command, task: Show the type of an expression in GHCi, command: ":t expr"}
        - {id: b, kind: command, task: "Ask GHCi for an expression's type", command: ":type expr"}
        - {id: c, kind: command, task: Show the kind of a type in GHCi, command: ":k expr"}
        - {id: d, kind: command, task: Reload files in ghci, command: ":reload"}
        - {id: e, kind: command, task: Reload the loaded modules in GHCi, command: ":r"}
        """,
    )
    assert len(found) == 2, found
    assert "warning similar-fact: the same command as b " in found[0], found
    assert "(:t / :type)" in found[0], found
    assert "warning similar-fact: the same command as e " in found[1], found


def test_a_range_that_ends_at_an_hour(tmp_path):
    """Set 21: "Titebond II clamp time" 30-60 min and "How long should a Titebond II joint
    stay clamped?" 30 minutes to an hour were found by nothing: the range's end "an
    hour" was no number, so the answer read as 30 minutes alone. "a" or "an" before a
    span of time after a range's "to" is one of it; "a year-end party" states no year."""
    found = check_deck(
        tmp_path,
        "Woodworking",
        """
        - {id: a, kind: limit, subject: Glue clamp time, value: 30-60 min}
        - {id: b, kind: qa, question: Glue clamp time?, answer: 30 minutes to an hour}
        """,
    )
    assert len(found) == 1 and "error duplicate-fact: same fact as b " in found[0], found
    from cheatdeck.checks.quantities import parse

    assert parse("30 minutes to an hour") == parse("30-60 min")
    assert parse("Go to a year-end party") == frozenset()


def test_named_for_is_named_after(tmp_path):
    """Set 21: "Who is Haskell named after?" Haskell Curry and "Haskell is named for
    which logician?" Alonzo Church were found by nothing: "named for", as American
    English says it, is "named after"."""
    found = check_deck(
        tmp_path,
        "Haskell",
        """
        - {id: a, kind: qa, question: Who is Haskell named after?, answer: Haskell Curry}
        - {id: b, kind: qa, question: Haskell is named for which logician?, answer: Alonzo Church}
        """,
    )
    assert len(found) == 1 and "similar-fact: possibly conflicting with b " in found[0], found


def test_a_mixed_number_is_one_number(tmp_path):
    """Found by probing set 21's imperial sizes: "1 1/2 in" against "1.5 in" was a
    conflicting-fact error, and "2 3/4 cups" against "2.75 cups": a whole number before a
    proper fraction was read as two numbers (1 in and 1/2 in). A whole number, a blank
    or a hyphen, then a proper fraction is one number ("1-1/2 in", lumber's way); a
    fraction alone and a blood pressure's "120/80" read as before."""
    found = check_deck(
        tmp_path,
        "Woodworking",
        """
        - {id: a, kind: limit, subject: Actual thickness of a 2x4, value: 1 1/2 in}
        - {id: b, kind: limit, subject: Actual thickness of a 2x4, value: 1.5 in}
        - {id: c, kind: limit, subject: Flour in the recipe, value: 2 3/4 cups}
        - {id: d, kind: limit, subject: Flour in the recipe, value: 2.75 cups}
        - {id: e, kind: limit, subject: Width of a nominal 2x6, value: 5-1/2 in}
        - {id: f, kind: limit, subject: Width of a nominal 2x6, value: 5.5 in}
        """,
    )
    assert len(found) == 3, found
    assert all(line.startswith("error duplicate-fact: same fact as ") for line in found), found
    from cheatdeck.checks.quantities import parse

    assert parse("3/4 in") == parse("0.75 in")
    assert parse("120/80 mmHg") == parse("120 and 80 mmHg")


def test_foot_and_inch_marks_are_units(tmp_path):
    """Found by probing set 21's imperial sizes: a door "80\\"" high against "6' 8\\"", and
    a ceiling "8'" against "96\\"", were conflicting-fact errors: the marks were no units,
    so 80 met 6 and 8, and 8 met 96. A number's "'" or "′" is feet and its "\\"" or "″"
    inches, when every such mark in the value follows a number and no "°" makes them
    minutes and seconds of arc ("51° 28′ 40″")."""
    found = check_deck(
        tmp_path,
        "Carpentry",
        """
        - {id: a, kind: limit, subject: Standard door height, value: "80\\""}
        - {id: b, kind: limit, subject: Standard door height, value: "6' 8\\""}
        - {id: c, kind: limit, subject: Standard ceiling height, value: "8'"}
        - {id: d, kind: limit, subject: Standard ceiling height, value: "96″"}
        - {id: e, kind: limit, subject: Standard ceiling height, value: 8 ft}
        """,
    )
    assert len(found) == 2, found
    assert all(line.startswith("error duplicate-fact: same fact as ") for line in found), found
    from cheatdeck.checks.quantities import parse

    assert parse('3/4"') == parse("0.75 in")
    assert parse("51° 28′ 40″") != parse("51° 28 ft 40 in")
    assert parse("It's 12\"") == parse("It's 12")  # an apostrophe: the marks are no units


def test_a_name_with_a_prime_is_another_name(tmp_path):
    """Found by probing after set 21's mapM_ / mapM: "What does foldl' do?" and "What does
    foldl do?" were one question (a conflicting-fact error), and so were "f'" and "f" in
    calculus: the fold drops the prime. A name that ends in "'" (not a plural's
    possessive, "the users'") is another name."""
    found = check_deck(
        tmp_path,
        "Haskell",
        """
        - {id: a, kind: qa, question: "What does foldl' do?", answer: A strict left fold}
        - {id: b, kind: qa, question: What does foldl do?, answer: A lazy left fold}
        - {id: c, kind: qa, question: "What is f' in calculus?", answer: The derivative of f}
        - {id: d, kind: qa, question: What is f in calculus?, answer: A function}
        - {id: e, kind: qa, question: "Where are the users' files?", answer: /home}
        - {id: f, kind: qa, question: Where are the users files?, answer: /srv}
        """,
    )
    assert len(found) == 1, found
    assert "error conflicting-fact: conflicts with f " in found[0], found


def test_a_closing_quote_is_no_prime(tmp_path):
    found = check_deck(
        tmp_path,
        "BASIC",
        """
        - {id: a, kind: qa, question: "What does the 'go to' statement do?", answer: Jumps}
        - {id: b, kind: qa, question: What does the go to statement do?, answer: Jumps}
        """,
    )
    assert len(found) == 1 and "error duplicate-fact: same fact as b " in found[0], found
