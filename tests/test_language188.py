"""corpus.yaml's ``language`` (left188): a tag whose parts after the language are not
BCP 47's, or whose region is no country's code (``en-XX``, ``en-UK``), is one error at its
line that says the accepted forms and what to write; every real tag a user writes keeps
working, and the sheet's hyphenation finds its dictionary in any letter case and by the
tag's longest known start (``en-us`` is American, ``sr-Latn-RS`` Serbian in Latin)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cheatdeck import pipeline
from cheatdeck.writers.sheet import syllables

KITES = """\
deck: Kites
title: Kite flying
cards:
  - id: bridle
    kind: concept
    term: Bridle
    definition: The lines from the kite's frame to the flying line, setting its angle to the wind.
"""


def _check(tmp_path: Path, language: str) -> list[str]:
    cards = tmp_path / "kites"
    cards.mkdir()
    corpus = f"name: kites\ntitle: Kites\ndeck: Kites\nsettings:\n  language: {language}\n"
    (cards / "corpus.yaml").write_text(corpus, "utf-8")
    (cards / "kites.yaml").write_text(KITES, "utf-8")
    report = pipeline.check(cards).report
    return [f"{Path(d.file).name}:{d.line}:{d.col}: {d.code}: {d.message}" for d in report.sorted()]


@pytest.mark.parametrize(
    "tag",
    [
        "en",
        "en-GB",
        "en-gb",
        "pt-BR",
        "zh-Hant",
        "zh-Hant-TW",
        "sr-Latn-RS",
        "es-419",
        "de-CH-1996",
        "en-GB-oxendict",
        "ja-JP-u-ca-japanese",
        "en-US-x-twain",
        "yue-HK",
        "fil",
    ],
)
def test_a_real_language_tag_is_taken(tmp_path, tag):
    assert _check(tmp_path, tag) == []


AT = "corpus.yaml:5:13: wrong-type: 'language' "
FORMS = (
    "is no language tag (BCP 47): it is a language's code (en), then, each after a hyphen, "
    "its script (zh-Hant), its country (en-GB, pt-BR) or area (es-419), such as "
)


@pytest.mark.parametrize(
    ("tag", "said"),
    [
        (
            "en-XX",
            "en-XX: 'XX' is no country's code (ISO 3166) nor an area's (UN M.49, such as "
            "419): write en, or a country's code, such as en-GB",
        ),
        (
            "zh-Hant-XX",
            "zh-Hant-XX: 'XX' is no country's code (ISO 3166) nor an area's (UN M.49, such "
            "as 419): write zh-Hant, or a country's code, such as zh-Hant-TW",
        ),
        ("en-UK", "en-UK: 'UK' is no country's code: write en-GB"),
        ("en-GB-GB", f"en-GB-GB {FORMS}en or en-GB"),
        ("pt-PT-BR", f"pt-PT-BR {FORMS}pt or pt-BR"),
        ("en-Hant-Hant", f"en-Hant-Hant {FORMS}en or en-GB"),
        ("de-12", f"de-12 {FORMS}de or de-CH"),
    ],
)
def test_a_tag_of_no_country_or_out_of_order_is_one_error_with_the_fix(tmp_path, tag, said):
    assert _check(tmp_path, tag) == [AT + said]


def test_hyphenation_reads_the_tag_in_any_case_and_by_its_longest_known_start():
    soft = syllables.SOFT_HYPHEN
    american = syllables.marked("knowledge", "en-US").replace(soft, "-")
    assert american == "knowl-edge" != syllables.marked("knowledge", "en").replace(soft, "-")
    assert syllables.marked("knowledge", "en-us").replace(soft, "-") == american
    # Serbian in Latin letters: the Latin patterns, not the Cyrillic ones of "sr"
    assert syllables.marked("prevodilac", "sr").replace(soft, "-") == "prevodilac"
    assert syllables.marked("prevodilac", "sr-Latn-RS").replace(soft, "-") == "pre-vo-di-lac"
    assert syllables.marked("prevodilac", "sr-latn").replace(soft, "-") == "pre-vo-di-lac"
