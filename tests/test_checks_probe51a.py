"""A newcomer's Mandarin deck (probe51a): pinyin typed with tone numbers is the word typed
with tone marks, and homophones written with other hanzi are other words."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cheatdeck import pipeline
from cheatdeck.checks.normalize import tones_marked


def check(tmp_path: Path, cards: str) -> list[str]:
    corpus = tmp_path / "hsk"
    corpus.mkdir()
    head = "name: hsk\ntitle: HSK\ndeck: HSK\nsettings:\n  fact_scope: corpus\n"
    (corpus / "corpus.yaml").write_text(head, "utf-8")
    topic = "deck: Words\ntitle: Words\ncards:\n" + textwrap.indent(textwrap.dedent(cards), "  ")
    (corpus / "words.yaml").write_text(topic, "utf-8")
    report = pipeline.check(corpus).report
    return [f"{d.severity} {d.code}: {d.message}" for d in report.sorted()]


def test_pinyin_typed_with_tone_numbers_is_the_word_typed_with_tone_marks(tmp_path):
    """'你好 (nǐ hǎo)' / '你好 (ni3 hao3)', both 'hello', were never compared: the digits
    kept the readings apart, and 'zai4jian4' (all ASCII) was no accented form of
    'zàijiàn'."""
    cards = """\
        - {id: ni-hao, kind: concept, term: 你好 (nǐ hǎo), definition: hello}
        - {id: ni-hao-2, kind: concept, term: 你好 (ni3 hao3), definition: hello}
        - {id: zai-jian, kind: concept, term: zàijiàn, definition: goodbye}
        - {id: zai-jian-2, kind: concept, term: zai4jian4, definition: goodbye}
        - {id: chi, kind: qa, question: What does 吃 (chī) mean?, answer: to eat}
        - {id: chi-2, kind: qa, question: What does 吃 (chi1) mean?, answer: to eat}
        """
    found = check(tmp_path, cards)
    assert len(found) == 3, found
    assert all(
        line.startswith("error duplicate-fact") and "tones written as numbers" in line
        for line in found
    ), found
    assert "ni-hao-2" in found[0] and "zai-jian-2" in found[1] and "chi-2" in found[2]


def test_homophones_written_with_other_hanzi_are_other_words(tmp_path):
    cards = """\
        - {id: ta-he, kind: concept, term: 他 (tā), definition: he}
        - {id: ta-she, kind: concept, term: 她 (ta1), definition: she}
        - {id: shi-be, kind: concept, term: 是 (shì), definition: to be}
        - {id: shi-matter, kind: concept, term: 事 (shi4), definition: matter}
        - {id: mai-buy, kind: concept, term: 买 (mǎi), definition: to buy}
        - {id: mai-sell, kind: concept, term: 卖 (mai4), definition: to sell}
        """
    assert check(tmp_path, cards) == []


@pytest.mark.parametrize(
    ("typed", "marked"),
    [
        ("ni3 hao3", "nǐ hǎo"),
        ("zhong1guo2", "zhōngguó"),
        ("xie4xie", "xièxie"),
        ("lv4", "lǜ"),
        ("gou3", "gǒu"),
        ("liu4 jiu3 dui4", "liù jiǔ duì"),
        ("吃chi1", "吃chī"),
        ("ipv4 mp3 h2o co2 no2 cyp2d6 e5", "ipv4 mp3 h2o co2 no2 cyp2d6 e5"),
    ],
)
def test_tone_numbers_become_tone_marks_in_pinyin_only(typed, marked):
    assert tones_marked(typed) == marked
