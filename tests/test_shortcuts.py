"""The shortcuts taken for speed (fact checks, Anki fields) give what the long way gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cheatdeck.checks import quantities

WORDS = ["one", "Two", "TWENTY", "seventeen", "ninety-nine", "hundred", "none", "phone"]
WORDS += ["tone", "often", "eleven nines", "x", "1", "٣", "ſix", "é", "nine_", "_ten"]
PIECES = [*WORDS, " ", "-", ".", ",", "_", "a", "b", "(", ")", "%", "\n"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12))
def test_a_text_said_to_state_no_number_states_none(pieces):
    text = "".join(pieces)
    if not quantities._may_state_number(text):
        assert quantities._DIGIT.search(quantities._in_digits(text)) is None, text


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "1993", "nineteen", "oh", "thousand", "2"]), max_size=12))
def test_numbers_in_words_are_read_as_the_full_pass_reads_them(pieces):
    text = "".join(pieces)
    fast = quantities._in_digits(text)
    gate = quantities._may_spell_number
    quantities._may_spell_number = lambda text: True  # both searches, every text
    try:
        full = quantities._in_digits(text)
    finally:
        quantities._may_spell_number = gate
    assert fast == full, text


def test_number_words_and_digits_are_seen():
    for text in ("eleven nines", "Twenty-four hours", "ONE region", "3 AZs", "sixty"):
        assert quantities._may_state_number(text), text
    for text in ("phone tone", "the often used key", "none"):
        assert not quantities._may_state_number(text), text


HTML_PIECES = ["<code>", "</code>", "<pre>", "</pre>", '<img src="a.png" alt="x">', "<IMG>"]
HTML_PIECES += ["[", "]", "$", "[$]", "[sound:a.mp3]", "[latex]", "\\(", "\\)", "\\", "a", " "]
HTML_PIECES += ["<b>", "</b>", "<", ">", "&lt;", "anki:", "/"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(HTML_PIECES), min_size=1, max_size=12))
def test_anki_safe_shortcut_gives_the_full_pass(pieces):
    import re

    from cheatdeck.writers.anki import fields

    html = "".join(pieces)
    fast = fields.anki_safe(html, lambda src: None)
    guard = fields._MAY_NEED_GUARD
    fields._MAY_NEED_GUARD = re.compile("")  # always "may need": the full pass
    try:
        full = fields.anki_safe(html, lambda src: None)
    finally:
        fields._MAY_NEED_GUARD = guard
    assert fast == full, html


def test_an_image_looked_at_once_is_reported_for_every_card_that_shows_it(tmp_path):
    from cheatdeck.load import load_corpus

    (tmp_path / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: T\n")
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "fake.png").write_text("not an image")
    card = "  - id: {id}\n    kind: qa\n    question: Q{id}?\n    answer: A\n    image: {path}\n"
    for name in ("a", "b"):
        cards = "".join(
            card.format(id=f"{name}{n}", path=path)
            for n, path in enumerate(("images/fake.png", "images/gone.png"))
        )
        (tmp_path / f"{name}.yaml").write_text(f"deck: {name}\ntitle: {name}\ncards:\n{cards}")
    found = load_corpus(tmp_path, cwd=tmp_path).diagnostics
    codes = sorted((d.file, d.line, d.code) for d in found)
    assert codes == [
        ("a.yaml", 8, "bad-image"),
        ("a.yaml", 13, "missing-media"),
        ("b.yaml", 8, "bad-image"),
        ("b.yaml", 13, "missing-media"),
    ], codes


def test_the_fact_checks_tell_pinyin_tone_numbers_without_folding_again(tmp_path, monkeypatch):
    """Whether an item's prompt or answer holds pinyin typed with tone numbers is told
    when its items are made: telling it from ``Item.key`` and ``Item.answer_key`` folded
    every ASCII prompt and answer a second time (0.18 s of ``check`` at 10k cards)."""
    from cheatdeck.checks import facts
    from cheatdeck.checks.items import Item, Vocabulary, build_items
    from cheatdeck.load import load_corpus

    (tmp_path / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: T\n")
    cards = "".join(
        f"  - {{id: c{n}, kind: qa, question: {q}?, answer: {a}}}\n"
        for n, (q, a) in enumerate([("Capital of Peru", "Lima"), ("Hello in Chinese", "ni3 hao3")])
    )
    (tmp_path / "a.yaml").write_text(f"deck: A\ntitle: A\ncards:\n{cards}")
    corpus = load_corpus(tmp_path, cwd=tmp_path).corpus
    vocab = Vocabulary()
    items = build_items(corpus, vocab)
    assert [item.tone_numbered for item in items] == [False, True]
    items.pop()  # a marked item's typed forms are made from its key, as they should be

    def folded_again(item):
        raise AssertionError("folded again")

    monkeypatch.setattr(Item, "key", property(folded_again))
    monkeypatch.setattr(Item, "answer_key", property(folded_again))
    facts._find_problems(items, vocab, corpus.settings, corpus.deck)
