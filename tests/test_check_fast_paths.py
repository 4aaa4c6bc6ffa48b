"""The fact checks' shortcuts (taken for speed) give what the long way gives."""

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


def test_number_words_and_digits_are_seen():
    for text in ("eleven nines", "Twenty-four hours", "ONE region", "3 AZs", "sixty"):
        assert quantities._may_state_number(text), text
    for text in ("phone tone", "the often used key", "none"):
        assert not quantities._may_state_number(text), text
