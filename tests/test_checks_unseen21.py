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
