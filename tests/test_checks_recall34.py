"""General rules drawn from the misses of the held-out fact-pair sets
(tests/data/fact_pairs_unseen*.txt), each seen in more than one set. Each test failed
before its rule."""

from __future__ import annotations

from cheatdeck.checks.normalize import fold

from conftest import check_deck


def test_say_is_a_filler_of_a_question_that_asks_for_words(tmp_path):
    """Sets 10, 11 and 13: "How to say please in Polish" / 'Polish for "please"' and
    "What does the rule of tincture say?" / "What is the rule of tincture?" were found
    by nothing: "say" was a word of the question's own. Like "name" ("Roman *name* of
    Zeus"), it adds nothing to what is asked (a warning); a question that asks for
    something else keeps its words apart."""
    found = check_deck(
        tmp_path,
        "Phrases",
        """
        - {id: a, kind: qa, question: 'Polish for "please"', answer: proszę}
        - {id: b, kind: qa, question: 'How to say "please" in Polish', answer: dziękuję}
        - {id: c, kind: qa, question: What does the rule of tincture say?, answer: red on gold}
        - {id: d, kind: qa, question: What is the rule of tincture?, answer: red on blue}
        - {id: e, kind: qa, question: 'Polish for "good night"', answer: dobranoc}
        """,
    )
    assert len(found) == 2, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with b "), found
    assert found[1].startswith("warning similar-fact: possibly conflicting with d "), found


def test_in_some_terms_asks_in_those_words(tmp_path):
    """Sets 9 and 16: "In Homebrew terms, what is a keg?" / 'What is a "keg" in
    Homebrew?' was found by nothing: "terms" was a word of the question's own. "in UK
    terms", "in Homebrew terms" say whose words are meant, as "in the UK" does; "terms"
    is folded away, so the two ask one question (not in "in terms of", where a measure
    follows, nor "terms" alone)."""
    found = check_deck(
        tmp_path,
        "Homebrew",
        """
        - {id: a, kind: qa, question: What is a keg in Homebrew terms?, answer: a formula}
        - {id: b, kind: qa, question: What is a keg in Homebrew?, answer: a tap}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("error conflicting-fact: conflicts with b "), found
    assert fold("Cost in terms of yarn") == "cost in terms of yarn"
    assert fold("Terms of trade") == "terms of trade"


def test_standard_and_recommended_say_which_value_is_usual(tmp_path):
    """Sets 3, 8, 9, 11, 12 and 16: "Standard seam allowance in quilting" / "Quilting
    seam allowance", "Recommended headspace for jams" / "Headspace to leave in jars of
    jam" were found by nothing: "standard", "recommended", "typical" were words of the
    prompt's own. They say the value is the one usually met, and a prompt may leave them
    out (a warning). Not when they fill a template's slot against another word: "Standard
    VAT rate" / "Reduced VAT rate", "Table height, recommended" / "Table height, minimum"
    name two values."""
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    found = check_deck(
        tmp_path / "one",
        "Canning",
        """
        - {id: a, kind: qa, question: Recommended headspace for jams?, answer: a quarter inch}
        - {id: b, kind: qa, question: Headspace for jams?, answer: one inch}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with b "), found
    found = check_deck(
        tmp_path / "two",
        "Sewing",
        """
        - {id: c, kind: limit, subject: Standard VAT rate on sewing machines, value: 19 %}
        - {id: d, kind: limit, subject: Reduced VAT rate on sewing machines, value: 7 %}
        - {id: e, kind: limit, subject: "Sewing table height, recommended", value: 76 cm}
        - {id: f, kind: limit, subject: "Sewing table height, minimum", value: 70 cm}
        """,
    )
    assert found == [], found


def test_a_list_item_and_a_question_that_names_it_without_the_title(tmp_path):
    """Sets 15 and 16: a list "Promise combinators" with the item "Promise.allSettled"
    and the question "What does Promise.allSettled do?" were found by nothing: the
    title's words ("combinators") were words of the item's prompt that the question
    lacks. The title is the item's context, as a deck is a card's: the words left are
    compared (a warning); a question about another item of the list is not joined."""
    found = check_deck(
        tmp_path,
        "JavaScript",
        """
        - id: a
          kind: list
          title: Promise combinators
          items:
            - {Promise.allSettled: waits for every promise and reports each outcome}
            - {Promise.race: settles as the first promise settles}
        - id: b
          kind: qa
          question: What does Promise.allSettled do?
          answer: waits for all promises and gives each outcome
        - {id: c, kind: qa, question: What does Promise.any do?, answer: fulfils with the first}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: nearly the same fact as b "), found


def test_a_genus_written_as_its_initial_is_the_same_genus(tmp_path):
    """Set 16: "Brevibacterium linens" and "What does B. linens do?" were found by
    nothing: "brevibacterium" and "b" were two words. A genus written out where another
    prompt of the corpus writes its initial before the same species' name is that
    initial ("Escherichia coli" is "E. coli"); not when two genera of that initial come
    before the name ("Escherichia coli", "Entamoeba coli"), and not after another
    initial ("U.S. citizens")."""
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    found = check_deck(
        tmp_path / "one",
        "Microbiology",
        """
        - {id: a, kind: qa, question: What does E. coli make in the gut?, answer: K2}
        - {id: b, kind: qa, question: What does Escherichia coli make in the gut?, answer: B12}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with b "), found
    found = check_deck(
        tmp_path / "two",
        "Microbiology",
        """
        - {id: a, kind: qa, question: What does E. coli make in the gut?, answer: K2}
        - {id: b, kind: qa, question: What does Escherichia coli make in the gut?, answer: B12}
        - {id: c, kind: qa, question: What does Entamoeba coli make in the gut?, answer: cysts}
        """,
    )
    assert found == [], found


def test_a_short_option_whose_long_form_its_task_names(tmp_path):
    """Sets 9, 11 and 16: ``sysctl -p FILE`` to "Load sysctl settings from a file" and
    ``sysctl --load=FILE``, ``curl -O URL`` to "... under its remote name" and ``curl
    --remote-name URL`` were found by nothing: the letter is none of the long option's
    initials. The short option's task saying the long option's words is the sign they
    are one option (a warning); ``git log -p`` / ``git log --stat`` stay apart."""
    found = check_deck(
        tmp_path,
        "Shell",
        """
        - {id: a, kind: command, task: Load sysctl settings from a file, command: sysctl -p f.conf}
        - {id: b, kind: command, task: Apply the settings of f.conf, command: sysctl --load=f.conf}
        - {id: c, kind: command, task: Show the patch of each commit, command: git log -p}
        - {id: d, kind: command, task: Show the stat of each commit, command: git log --stat}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: nearly the same fact as b "), found


def test_a_class_or_module_before_a_name_another_prompt_calls_bare(tmp_path):
    """Set 16: "What does getDay() return for a Sunday?" / "What does Date.getDay() give
    for Sunday?" was found by nothing: "date" was a word of one prompt's own. A dotted
    name's qualifiers are left out where another prompt writes the name without them:
    called ("getDay()"), or dotted itself ("path.join" for "os.path.join"). A word in
    prose ("a SQL join") is no name written bare."""
    found = check_deck(
        tmp_path,
        "JavaScript",
        """
        - {id: a, kind: qa, question: What does getDay() return for a Sunday?, answer: "0"}
        - {id: b, kind: qa, question: What does Date.getDay() give for Sunday?, answer: "7"}
        - {id: c, kind: qa, question: What does str.join return?, answer: a string}
        - {id: d, kind: qa, question: What does a SQL join return?, answer: rows}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with b "), found
