"""The fast path of text.inline_html (code, emphasis, strong) gives markdown-it's HTML."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cheatdeck import text
from cheatdeck.load import load_corpus

ROOT = Path(__file__).resolve().parent.parent

PIECES = ["a", "Z", "9", "é", " ", "  ", "*", "**", "***", "`", "``", '"', "'", ".", ",", "-"]
PIECES += ["(", ")", "\t", "_", "<", "&", "\n", "[x](y)", "~~", "\\*", "word", "café"]


def _markdown_it(source: str) -> str:
    return text._markdown().renderInline(source).replace("\n", "<br>")


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=16))
def test_fast_path_matches_markdown_it(pieces):
    source = "".join(pieces)
    fast = text._simple_html(source)
    if fast is not None:
        assert fast == _markdown_it(source)


def test_common_shapes_take_the_fast_path():
    cases = {
        "Run `ls -la` in *any* folder": "Run <code>ls -la</code> in <em>any</em> folder",
        '**Max** "size" of ` a `': "<strong>Max</strong> &quot;size&quot; of <code>a</code>",
        "`<script>` & co": None,  # & outside a code span: markdown-it decides
    }
    for source, expected in cases.items():
        fast = text._simple_html(source)
        assert fast == expected
        if fast is not None:
            assert fast == _markdown_it(source)
    assert text.inline_html("Run `<b>` now") == "Run <code>&lt;b&gt;</code> now"


def test_pathological_text_is_linear():
    assert text._simple_html("a" * 20_000 + "<") is None
    assert text._simple_html("*a" * 2_000) == _markdown_it("*a" * 2_000)
    assert text._simple_html("*a" * 2_001) is None  # an odd star: markdown-it decides


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | list):
        return [s for item in value for s in _strings(item)]
    if is_dataclass(value):
        return [s for f in fields(value) for s in _strings(getattr(value, f.name))]
    return []


def _corpus_strings(folder: Path) -> list[str]:
    result = load_corpus(folder)
    if result.corpus is None:
        return []
    return [s for card in result.corpus.cards() for s in _strings(card)]


def test_fast_path_matches_on_the_repo_corpora():
    folders = [ROOT / "cards", *sorted((ROOT / "tests" / "cases").glob("*/cards"))]
    strings = [s for folder in folders if folder.is_dir() for s in _corpus_strings(folder)]
    fast = 0
    for source in strings:
        rendered = text._simple_html(source)
        if rendered is not None:
            fast += 1
            assert rendered == _markdown_it(source), source
    assert fast > 0
