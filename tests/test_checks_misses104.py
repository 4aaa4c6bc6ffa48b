"""Rules added for qa/qa duplicates the checks missed over all pair sets (misses104),
each written here with small corpora of domains of their own."""

from __future__ import annotations

from conftest import check_facts_padded as check


def test_an_answer_opening_with_with_names_the_means_it_says(tmp_path):
    # "How do you ...?" "with mut" answers what "Which keyword ...?" "mut" does: the
    # word after "with" is the answer; another keyword stays another answer
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which keyword makes a Rust binding mutable?, answer: mut}
        - {id: b, kind: qa, question: How do you declare a binding that can change in Rust?,
           answer: with mut}
        - {id: c, kind: qa, question: Which keyword makes a Rust function run at compile time?,
           answer: const}
        """,
    )
    assert len(found) == 1, found
    assert "similar-fact" in found[0] and "as b " in found[0], found
