"""speed57: the gates that spare ``check`` work on texts that cannot hold what a step
reads; each test fails if its gate drops a finding."""

from __future__ import annotations

from cheatdeck.checks.normalize import tones_marked

from conftest import check_facts_padded


def test_a_tone_number_of_each_tone_alone_is_read(tmp_path):
    """``tones_marked`` skips a text with no digit its pattern reads (``_TONE_DIGIT``):
    pinyin whose only digit is a 1, a 2, a 3 or a 4 is still written with its mark, so
    each pair below is one fact typed twice."""
    cards = """\
        - {id: ma-mother, kind: concept, term: 妈 (mā), definition: mother}
        - {id: ma-mother-2, kind: concept, term: 妈 (ma1), definition: mother}
        - {id: ma-hemp, kind: concept, term: 麻 (má), definition: hemp}
        - {id: ma-hemp-2, kind: concept, term: 麻 (ma2), definition: hemp}
        - {id: ma-horse, kind: concept, term: 马 (mǎ), definition: horse}
        - {id: ma-horse-2, kind: concept, term: 马 (ma3), definition: horse}
        - {id: ma-scold, kind: concept, term: 骂 (mà), definition: to scold}
        - {id: ma-scold-2, kind: concept, term: 骂 (ma4), definition: to scold}
        """
    found = check_facts_padded(tmp_path, cards)
    assert len(found) == 4, found
    for tone, card in zip("1234", ("mother", "hemp", "horse", "scold"), strict=True):
        line = next(line for line in found if f"ma-{card}-2" in line)
        assert "duplicate-fact" in line and "tones written as numbers" in line, (tone, line)


def test_a_text_whose_digits_are_no_tone_numbers_is_left_as_it_is():
    assert tones_marked("ma9 ni8 hao7") == "ma9 ni8 hao7"
    assert tones_marked("xie4xie5 ma5") == "xièxie ma5"
