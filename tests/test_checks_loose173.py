"""Loose synonyms read by stem caught other words (loose173, issue 18): "completely" is
"fully", but its stem is also "completed"'s; "founded" is "made", but its stem is "found"'s
(of "find"); "take" is "capture" for a place taken, not for "How long does a kite *take*
...?". Such forms are read as their group's word only as written
(``normalize.LOOSE_AS_WRITTEN``) or in their sense (``normalize._LOOSE_SENSES``). The
decks are of lighthouses, canals, kites, circuses, puppets and fireworks, no pair set's."""

from __future__ import annotations

import pytest

from cheatdeck.checks.normalize import stem

from conftest import card_pair, check_facts


def _read_words(tmp_path, questions: list[str]) -> list[set[str]]:
    """Each question's prompt words as the fact checks' layer 3 reads them (loose
    synonyms folded), without their side ("per:") or repeat marks."""
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
    corpus = load_corpus(cards).corpus
    vocab = Vocabulary()
    items = build_items(corpus, vocab)
    verdict = Verdict(items, vocab, corpus.settings.similarity)
    return [
        {vocab.words[t].split("§", 1)[0].rpartition(":")[2] for t in verdict.words.prompt[i.index]}
        for i in items
    ]


#: A question with a word that shares a stem with a loose synonym's form, and the group's
#: word it must not be read as.
COLLISIONS = [
    ("When was the Bell Rock Lighthouse completed?", "fully"),  # "completely"
    ("Which keepers found the Eddystone lantern?", "make"),  # "founded"
    ("Where was the first kite festival held?", "contain"),  # "hold"
    ("Which knot is used for matching rope ends?", "game"),  # "match"
    ("What is the personal flag of a circus ringmaster called?", "people"),  # "person"
    ("Which humanities prize did the puppeteer win?", "people"),  # "human"
    ("Is a kite line of 300 m valid at a festival?", "verify"),  # "validate"
    ("Which lighthouse has a tidal location?", "find"),  # "locate"
    ("Which medical kit does a pyrotechnician carry?", "drug"),  # "medication"
    ("What does a puppeteer call a fault in the strings?", "mutated"),  # "faulty"
    ("When did the Panama Canal development begin?", "make"),  # "develop"
    ("Which canal lock is designated a World Heritage Site?", "make"),  # "design"
    ("Where are the juggling finals held?", "last"),  # "final"
    ("How long does a kite take to climb 100 m?", "capture"),  # "take"
    ("At which angle is an elevated kite flown?", "height"),  # "elevation"
    ("Which earthing rod protects a lighthouse?", "world"),  # "earth"
    ("Which hepatitis vaccine do circus performers need?", "liver"),  # "hepatic"
    ("Which kindness award did the puppeteer win?", "type"),  # "kind"
    ("Which circus act is one-sided?", "team"),  # "side"
    ("Which puppeteer died of appendicitis?", "add"),  # "append"
    ("Which transporter bridge crosses the Tees?", "carry"),  # "transport"
    ("Which selective coating do lighthouse lenses use?", "choose"),  # "select"
    ("What does the modifier 'double' mean in a knot's name?", "change"),  # "modify"
    ("What proportion of lighthouses are automated?", "ratio"),  # "proportions"
    ("Which stretch do jugglers use for their quads?", "quadruple"),  # "quad"
    ("What resulted from the 1703 Eddystone storm?", "return"),  # "result"
    ("Which attachment links a kite's bridle to its line?", "connected"),  # "attached"
    ("Which principality built the lighthouse at Monaco?", "mainly"),  # "principally"
    ("Which regulator approves firework displays?", "official"),  # "regulation"
    ("Which centralized body licenses puppeteers?", "center"),  # "central"
    ("Which kite shape is easiest to visualize?", "vision"),  # "visual"
]


@pytest.mark.parametrize(("question", "group"), COLLISIONS)
def test_a_word_sharing_a_loose_synonyms_stem_is_not_that_synonym(tmp_path, question, group):
    (words,) = _read_words(tmp_path, [question])
    assert stem(group) not in words, words


#: Each guarded form in its own sense: still its group's word.
MEANT = [
    ("Is the Bell Rock Lighthouse completely automated?", "fully"),
    ("Who founded Circus Oz?", "make"),
    ("Which kite line holds the most tension?", "contain"),
    ("Which medication eases a puppeteer's stage fright?", "drug"),
    ("Which king took Harlech Castle?", "capture"),
    ("Harlech Castle was taken by which king?", "capture"),
    ("Which canal lock was designed by Telford?", "make"),
    ("Players per side in kite fighting?", "team"),
]


@pytest.mark.parametrize(("question", "group"), MEANT)
def test_a_guarded_form_as_written_is_still_its_groups_word(tmp_path, question, group):
    (words,) = _read_words(tmp_path, [question])
    assert stem(group) in words, words


def test_found_is_no_made(tmp_path):
    """ "Who *found* it?" asks who came upon a thing, "Who *made* it?" who built it: two
    facts, no warning ("found" shares its stem with "founded", a loose "made")."""
    cards = card_pair(
        "Which keepers found the Eddystone lantern?",
        "Which keepers made the Eddystone lantern?",
        ("the Hall brothers", "the Rudyerd workshop"),
    )
    assert check_facts(tmp_path, cards) == []


def test_took_before_a_name_is_still_captured(tmp_path):
    """ "took" before a castle's name is "captured": one question, two answers."""
    cards = card_pair(
        "In what year did Owain Glyndwr take Harlech Castle?",
        "In what year did Owain Glyndwr capture Harlech Castle?",
        ("1404", "1409"),
    )
    found = check_facts(tmp_path, cards)
    assert len(found) == 1, found
    assert "similar-fact" in found[0] or "conflicting-fact" in found[0], found
