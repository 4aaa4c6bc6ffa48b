"""speed55: shortcuts in the fact checks that give the same findings sooner; each test
fails when its shortcut skips work it must do."""

from __future__ import annotations

import pytest

from cheatdeck.checks.normalize import tones_marked


@pytest.mark.parametrize(
    ("typed", "marked"),
    [("ma1", "mā"), ("ma2", "má"), ("ma3", "mǎ"), ("ma4", "mà"), ("ni3 hao3", "nǐ hǎo")],
)
def test_each_tone_with_a_mark_is_marked(typed, marked):
    """The shortcut for a text with no tone digit lets every tone that has a mark (1 to
    4) through, each alone."""
    assert tones_marked(typed) == marked


@pytest.mark.parametrize("text", ["ma5", "ma0 de5", "ipv6", "e9", "no digit at all"])
def test_text_without_a_marked_tone_is_kept(text):
    assert tones_marked(text) == text
