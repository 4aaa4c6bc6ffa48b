"""General rules drawn from the conflicts the held-out fact-pair sets
(tests/data/fact_pairs_unseen*.txt) missed, each seen in several sets. The cards here
are written fresh, in other domains; each test failed before its rule."""

from __future__ import annotations

from cheatdeck.checks.normalize import content_words, fold

from conftest import check_deck


def _check(tmp_path, name: str, deck: str, cards: str) -> list[str]:
    (tmp_path / name).mkdir()
    return check_deck(tmp_path / name, deck, cards)


def test_a_qualifier_or_a_side_one_question_says_alone(tmp_path):
    """Sets 1, 5, 7, 8, 9, 10, 11, 15 and 17: "Default port of the Pushgateway" /
    "Pushgateway listen port", "Who won the first Cricket World Cup (1975)?" / "Winner of
    the 1975 Cricket World Cup" with other answers were found by nothing: a qualifier
    ("default", "max") or a side ("first", "last") said by one question only kept them
    apart. A question without one asks for the value usually meant: a possible conflict
    (a warning). Not when each says its own ("small" / "medium"), nor a side that names a
    kind or a condition ("hot", "before"), not a value."""
    found = _check(
        tmp_path,
        "port",
        "Caching",
        """
        - {id: a, kind: qa, question: Default port of the Memcached server?, answer: "11211"}
        - {id: b, kind: qa, question: Which port does Memcached listen on?, answer: "11311"}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with b "), found
    found = _check(
        tmp_path,
        "first",
        "Cycling",
        """
        - {id: c, kind: qa, question: Who won the first Giro d'Italia (1909)?, answer: Luigi Ganna}
        - {id: d, kind: qa, question: "Winner of the 1909 Giro d'Italia?", answer: Carlo Galetti}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with d "), found
    found = _check(
        tmp_path,
        "apart",
        "Pottery",
        """
        - {id: e, kind: qa, question: Which glaze suits small kilns for beginners?, answer: celadon}
        - {id: f, kind: qa, question: Which glaze suits medium kilns?, answer: tenmoku}
        """,
    )
    assert found == [], found
    found = _check(
        tmp_path,
        "both",
        "Puma",
        """
        - {id: i, kind: qa, question: Default number of worker threads in Puma?, answer: "5"}
        - {id: j, kind: qa, question: Which max thread count does Puma give a worker?, answer: "16"}
        """,
    )
    assert found == [], found
    found = _check(
        tmp_path,
        "relative",
        "Running",
        """
        - {id: g, kind: qa, question: Which stretch warms hamstrings before a run?, answer: a lunge}
        - {id: h, kind: qa, question: Which stretch loosens hamstrings?, answer: a hamstring curl}
        """,
    )
    assert found == [], found


def test_to_before_a_verb_and_its_object_is_no_direction(tmp_path):
    """Sets 10 and 11: "Haskell function to flatten a list of lists" / "Which function
    concatenates a list of lists?", "Lua function to parse a string into a number" /
    "Which function converts a string to a number in Lua?" were found by nothing: the
    word after "to" was read as a direction ("to:parse"), which never differs silently.
    "to" followed by a word and then an article ("to *parse* a string") is an
    infinitive: the word is the verb, as in "how to parse". "to the head", "to a remote"
    still name a place, and a definition's "to walk (a dog)" keeps the "to walk" of the
    French deck's other definitions."""
    found = _check(
        tmp_path,
        "r",
        "Statistics",
        """
        - {id: a, kind: qa, question: Which function in R converts a factor to numbers?, answer: x}
        - {id: b, kind: qa, question: R function to turn a factor into numbers, answer: y}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with b "), found
    assert content_words(fold("R function to turn a factor into numbers"))[2] == "turn"
    assert content_words(fold("Move a node to the head of a list"))[2] == "to:head"
    assert content_words(fold("Copy a key to a remote host"))[2] == "to:remot"
    assert content_words(fold("Copy a key to all the hosts"))[2] == "to:all"
    assert content_words(fold("Convert to daily the rate"))[1] == "per:day"
    # a definition that opens with "to" reads it as "to walk" alone is read
    assert content_words(fold("to walk (a dog)")) == ["to:walk", "dog"]


def test_common_verbs_of_one_meaning_are_one_word_to_layer_3(tmp_path):
    """Sets 2, 9 and 10: "Which keyword starts a goroutine?" / "What keyword launches a
    new goroutine?", "Which pancreatic hormone raises blood glucose?" / "... increases
    blood sugar?", "At which company was Prometheus originally developed?" / "Prometheus
    was created at" were found by nothing: "launch" / "start", "raise" / "increase",
    "develop" / "create" were words of their own. Layer 3 reads them as one word (a
    warning; layers 1 and 2 keep them apart)."""
    found = _check(
        tmp_path,
        "raise",
        "Physiology",
        """
        - id: a
          kind: qa
          question: Which pituitary hormone raises milk production?
          answer: prolactin
        - id: b
          kind: qa
          question: Which hormone from the pituitary increases milk output?
          answer: insulin
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with b "), found
    found = _check(
        tmp_path,
        "launch",
        "Terminal",
        """
        - {id: c, kind: qa, question: Which command starts a tmux session?, answer: tmux new}
        - {id: d, kind: qa, question: What command launches a new tmux session?, answer: tmux ls}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with d "), found
    found = _check(
        tmp_path,
        "invent",
        "Physics",
        """
        - {id: e, kind: qa, question: Who invented the battery?, answer: Alessandro Volta}
        - {id: f, kind: qa, question: Who developed the first battery?, answer: Luigi Galvani}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with f "), found
