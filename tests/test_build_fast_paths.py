"""The build's short cuts give what the long way gives, byte for byte.

Each test compares a quick path of the build (issue 15, "speed") with the plain
computation it stands in for, on generated text and on every card of the repo's corpora.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cheatdeck import text
from cheatdeck.load import load_corpus
from cheatdeck.writers.anki import fields

ROOT = Path(__file__).resolve().parent.parent
PIECES = ["a", "Z", "9", "é", " ", "\t", "*", "`", '"', "'", ".", "-", "(", ")", "_", "<", ">"]
PIECES += ["&", "\n", "\r", "[", "]", "!", "![a](b.png)", "\\", "~", "{{c1::x}}", "word", "café"]


def _repo_cards() -> list:
    folders = [ROOT / "cards", *sorted((ROOT / "tests" / "cases").glob("*/cards"))]
    cards = []
    for folder in folders:
        corpus = load_corpus(folder).corpus
        if corpus is not None:
            cards += corpus.cards()
    return cards


CARDS = _repo_cards()


# ------------------------------------------------------------------ inline Markdown


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12))
def test_plain_text_is_its_own_html(pieces):
    """A text with no markup character comes back as it is: what escaping it gave."""
    source = "".join(pieces)
    if text._has_markup(source):
        return  # the Markdown paths: tests/test_text_fast.py
    assert text.inline_html(source) == html.escape(source, quote=False).replace("\n", "<br>")


def test_plain_text_path_is_taken_and_markup_is_not():
    assert text.inline_html('say "hi" (twice)') == 'say "hi" (twice)'
    assert text.inline_html("a < b") == "a &lt; b"
    assert text.inline_html("one\ntwo") == "one<br>two"


# ------------------------------------------------------------------ Anki note parts


MIXED_TAGS = ("Zeta", "alpha", " two  words ", "", "Beta::sub", "alpha")


@pytest.mark.parametrize(
    "card",
    [*CARDS[:300], dataclasses.replace(CARDS[0], tags=MIXED_TAGS)],
    ids=lambda card: f"{card.id}-{len(card.tags)}",
)
def test_anki_tags_as_computed_per_card(card):
    class _Fact:
        pass

    fact = _Fact()
    fact.card = card
    expected = {re.sub(r"\s+", "_", tag.strip()) for tag in card.tags if tag.strip()}
    expected.add(f"kind::{card.kind}")
    assert fields.tags_of(fact) == sorted(expected, key=str.casefold)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_sort_checksum_is_ankis_checksum(field_html):
    sort = fields.sort_text(field_html)
    expected = int(hashlib.sha1(sort.encode("utf-8")).hexdigest()[:8], 16)
    assert fields.sort_checksum(sort) == expected == fields.checksum(field_html)
