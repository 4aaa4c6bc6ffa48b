"""The fact checks on the kinds of card the forty-fifth held-out set showed them missing
(tests/data/fact_pairs_unseen45.txt, on audiology, COBOL, bonsai and darts cards): each
test is a general rule, written here with other words on other subjects."""

from __future__ import annotations

import pytest

from conftest import check_facts as check


@pytest.mark.parametrize(
    ("digits", "words"),
    [
        (
            "Dose of ibuprofen for children under 6 years?",
            "Dose of ibuprofen for children under six years?",
        ),
        (
            "Dose of ibuprofen for children under 6 years?",
            "Dose of ibuprofen for children younger than 6 years?",
        ),
        (
            "Flu shot advice for adults over 65?",
            "Flu shot advice for adults older than sixty-five?",
        ),
    ],
)
def test_a_bound_in_words_is_the_bound_in_signs(tmp_path, digits, words):
    # "under six", "younger than 6" and "under 6" are one bound: the same question,
    # another answer is a conflict
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{digits}", answer: 5 mg/kg}}
        - {{id: b, kind: qa, question: "{words}", answer: 20 mg/kg}}
        """,
    )
    assert len(found) == 1 and "conflict" in found[0], found


@pytest.mark.parametrize(
    ("digits", "words"),
    [
        ("Highest 3-dart checkout?", "Highest three-dart checkout?"),
        ("Fastest 4-minute mile runner?", "Fastest four-minute mile runner?"),
    ],
)
def test_a_number_that_starts_a_compound_is_no_roman_numeral(tmp_path, digits, words):
    # "Highest 3-dart checkout" counts darts as "three-dart" does: the number after a
    # capitalised first word is no "Type III", so the two prompts ask one thing
    found = check(
        tmp_path,
        f"""
        - {{id: a, kind: qa, question: "{digits}", answer: "170"}}
        - {{id: b, kind: qa, question: "{words}", answer: "160"}}
        """,
    )
    assert len(found) == 1 and "conflicting-fact" in found[0], found


def _prompt_words(tmp_path, questions: list[str]):
    """The layer-3 verdict of a deck of these questions, their items and prompt words."""
    from cheatdeck.checks.facts import Verdict
    from cheatdeck.checks.items import Vocabulary, build_items
    from cheatdeck.load import load_corpus

    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: Study\n", "utf-8")
    lines = [
        f'- {{id: c{n}, kind: qa, question: "{q}", answer: "x{n}"}}'
        for n, q in enumerate(questions)
    ]
    (cards / "t.yaml").write_text("deck: D\ntitle: D\ncards:\n" + "\n".join(lines) + "\n", "utf-8")
    loaded = load_corpus(cards)
    corpus = loaded.corpus
    vocab = Vocabulary()
    items = build_items(corpus, vocab)
    verdict = Verdict(items, vocab, corpus.settings.similarity)
    return verdict, items, [verdict.words.prompt[item.index] for item in items]


def test_a_count_per_thing_is_the_count_on_that_thing(tmp_path):
    # "players per team" asks what "players on a team" asks: the word after "per" is
    # the other prompt's plain word, so the two prompts share all their words ...
    verdict, (a, b), (x, y) = _prompt_words(
        tmp_path,
        ["How many players per team in water polo?", "How many players are on a water polo team?"],
    )
    same = verdict._per_said_plainly(a, b, x, y)
    assert set(same[0]) == set(same[1]), [[verdict.vocab.words[t] for t in s] for s in same]


def test_a_count_per_thing_said_the_other_way_round_stays_apart(tmp_path):
    # ... but "groups per user" is no "users in a group": the counted word comes last there
    verdict, (a, b), (x, y) = _prompt_words(
        tmp_path, ["Maximum groups per user in IAM?", "Maximum users in an IAM group?"]
    )
    kept = verdict._per_said_plainly(a, b, x, y)
    assert set(kept[0]) != set(kept[1]), [[verdict.vocab.words[t] for t in s] for s in kept]


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("fact_pairs_unseen12.txt", 273),
        ("fact_pairs_unseen12.txt", 313),
        ("fact_pairs_unseen35.txt", 517),
    ],
)
def test_counts_per_thing_are_found_among_many_cards(tmp_path, path, line):
    # where the prompts' shared words are common (a set of many cards), only the rule
    # above joins "Maximum charging voltage per lithium-ion cell" and "Max charge voltage
    # of a Li-ion cell"
    from test_fact_pairs import ROOT, findings_by_pair, read_pairs

    pairs = read_pairs(ROOT / "tests" / "data" / path)
    (pair,) = [pair for pair in pairs if pair.line == line]
    found = findings_by_pair(pairs, tmp_path)
    assert found[pair.number], pair


@pytest.mark.parametrize(
    ("path", "line"), [("fact_pairs_unseen45.txt", 67), ("fact_pairs_unseen20.txt", 340)]
)
def test_a_list_term_asked_with_its_title_word_said_again_is_found(tmp_path, path, line):
    # "Tympanogram types" / "Type B" asks of a "type B tympanogram" (the item's "type"
    # is no second "type"), as "What does a type B tympanogram *indicate*?" does (a verb
    # that ends a "What does" question asks the meaning, as "mean" does); "Dashes" / "Em
    # dash" and "What is an em dash?". Among many cards: in a few, other rules find them.
    from test_fact_pairs import ROOT, findings_by_pair, read_pairs

    pairs = read_pairs(ROOT / "tests" / "data" / path)
    (pair,) = [pair for pair in pairs if pair.line == line]
    found = findings_by_pair(pairs, tmp_path)
    assert found[pair.number], pair


def test_a_count_per_thing_is_a_count_of_that_thing(tmp_path):
    # "Layers per function" counts layers, as "How many layers ...?" does: the two are one
    # count to compare (a possible conflict), not a thing and the count of it
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: "How many layers can one function use?", answer: tbd}
        - {id: b, kind: limit, subject: Layers per function, value: XXX}
        """,
    )
    similar = [line for line in found if "similar-fact" in line]
    assert len(similar) == 1 and "possibly conflicting" in similar[0], found
