"""General rules drawn from the conflicts the held-out fact-pair sets
(tests/data/fact_pairs_unseen*.txt) missed, each seen in several sets. The cards here
are written fresh, in other domains; each test failed before its rule."""

from __future__ import annotations

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
