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

from cheatdeck import media, text
from cheatdeck.checks.fields import card_texts
from cheatdeck.facts import facts_of
from cheatdeck.load import load_corpus
from cheatdeck.model import Item, Row
from cheatdeck.writers.anki import fields
from cheatdeck.writers.anki.notetypes import note_type_of

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


# ------------------------------------------------------------------ images of a card


def _media_the_long_way(card) -> tuple[str, ...]:
    found = [card.image] if card.image else []
    for one in card_texts(card):
        if not one.is_code:
            found += media.inline_images(one.value)
    return tuple(dict.fromkeys(found))


def _with_image_in_each_field(card):
    """``card`` once per text it holds, that text with an inline image added."""
    image = " ![chart](images/chart.png)"
    for spec in dataclasses.fields(card):
        value = getattr(card, spec.name)
        if isinstance(value, str) and spec.name not in ("id", "kind"):
            yield dataclasses.replace(card, **{spec.name: value + image})
        elif value and isinstance(value, tuple) and isinstance(value[0], Row):
            row = value[0]
            cells = (row.cells[0] + image, *row.cells[1:])
            yield dataclasses.replace(card, rows=(Row(row.label, cells, row.loc), *value[1:]))
            labelled = Row(row.label + image, row.cells, row.loc)
            yield dataclasses.replace(card, rows=(labelled, *value[1:]))
        elif value and isinstance(value, tuple) and isinstance(value[0], Item):
            item = value[0]
            moved = Item(item.text + image, item.term, item.loc)
            yield dataclasses.replace(card, items=(moved, *value[1:]))
            if item.term:
                termed = Item(item.text, item.term + image, item.loc)
                yield dataclasses.replace(card, items=(termed, *value[1:]))
        elif value and isinstance(value, tuple) and isinstance(value[0], str):  # columns
            yield dataclasses.replace(card, **{spec.name: (value[0] + image, *value[1:])})


def test_card_media_finds_an_inline_image_in_any_field():
    checked = found = 0
    for card in CARDS:
        assert media.card_media(card) == _media_the_long_way(card), card.id
        for variant in _with_image_in_each_field(card):
            expected = _media_the_long_way(variant)
            assert media.card_media(variant) == expected, (card.id, expected)
            checked += 1
            found += "images/chart.png" in expected
    assert checked > 100 and found > 50  # the image is found, not only its absence agreed


def test_the_quick_image_test_passes_every_card_that_shows_one():
    variants = [variant for card in CARDS for variant in _with_image_in_each_field(card)]
    assert all(media._may_show_inline_image(variant) for variant in variants)
    assert not any(media._may_show_inline_image(card) for card in CARDS)  # and rules out


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


def _field_values_field_by_field(fact, inline_image) -> list[str]:
    """``fields.field_values`` as it was: every field guarded on its own."""
    card = fact.card
    own = fields._own_fields(fact)
    values = {name: fields.anki_safe(value, inline_image) for name, value in own.items()}
    values.update(
        Note=fields.anki_safe(fields._md(card.note), inline_image),
        Source=fields.anki_safe(fields._md(card.source), inline_image),
        Image="",
        CheatdeckId=html.escape(card.id, quote=False),
        CheatdeckKey=html.escape(fact.key, quote=False),
    )
    return [values[name].replace("\x1f", "") for name in note_type_of(fact.variant).fields]


GUARDED = [" [$]x[/$]", " \\(x^2\\)", " ![a](images/a.png)", " [sound:a.mp3]", " a\x1fb", " [x](y)"]


def test_one_search_a_note_guards_as_every_field_searched_alone():
    def packed(src: str) -> str | None:
        return "packed-" + src.replace("/", "-") if src.endswith(".png") else None

    guarded = 0
    for card in CARDS:
        variants = [card]
        for spec in dataclasses.fields(card):
            value = getattr(card, spec.name)
            if isinstance(value, str) and spec.name in ("note", "source", "answer", "term"):
                variants += [dataclasses.replace(card, **{spec.name: value + g}) for g in GUARDED]
        for variant in variants:
            for fact in facts_of(variant, "corpus"):
                expected = _field_values_field_by_field(fact, packed)
                assert fields.field_values(fact, None, packed) == expected, fact.key
                guarded += expected != _field_values_field_by_field(fact, None)
    assert guarded > 10  # images were packed: the guarded path ran


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_sort_checksum_is_ankis_checksum(field_html):
    sort = fields.sort_text(field_html)
    expected = int(hashlib.sha1(sort.encode("utf-8")).hexdigest()[:8], 16)
    assert fields.sort_checksum(sort) == expected == fields.checksum(field_html)


# ------------------------------------------------------------------ stored renderings


def _renderings_entry_by_entry() -> str:
    """``incremental._renderings`` as it was: every entry encoded on its own."""
    import json

    from cheatdeck import highlight, incremental
    from cheatdeck.writers.sheet import pdf

    dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    out = '{"key":' + dump(incremental.renderer_key()) + ',"inline":{'
    out += ",".join(dump(s) + ":" + dump(r) for s, r in text.RENDERED.items())
    out += '},"code":['
    out += ",".join(dump([s, lang, r]) for (s, lang), r in highlight.RENDERED.items())
    return out + '],"sheet":' + dump(pdf.LAID_OUT or pdf.EARLIER) + "}"


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=5),
    st.dictionaries(
        st.tuples(st.text(max_size=8), st.none() | st.sampled_from(["python", "bash"])),
        st.text(max_size=8),
        max_size=5,
    ),
)
def test_stored_renderings_are_encoded_as_entry_by_entry(inline, code):
    from cheatdeck import highlight, incremental

    saved = dict(text.RENDERED), dict(highlight.RENDERED)
    try:
        text.RENDERED.clear()
        text.RENDERED.update(inline)
        highlight.RENDERED.clear()
        highlight.RENDERED.update(code)
        assert "".join(incremental._renderings()) == _renderings_entry_by_entry()
    finally:
        text.RENDERED.clear()
        text.RENDERED.update(saved[0])
        highlight.RENDERED.clear()
        highlight.RENDERED.update(saved[1])


# ------------------------------------------------------------------ cloze guards

CLOZE_PIECES = ["{", "}", ":", "::", "{{", "}}", "a", " ", "<b>", "</b>", '<a href="x::y">', "<"]


def _guard_every_run(fragment: str, inside: bool) -> str:
    """``fields._guard`` as it was: every tag and text run looked at."""
    doubled = fields._DOUBLED if inside else fields._DOUBLED_BRACE

    def part(match):
        if match.group(1) is not None:
            return match.group(1).replace("::", ":&#58;") if inside else match.group(1)
        return doubled.sub(r"\1" + fields._SPLIT, match.group(2))

    guarded = fields._TAG_OR_TEXT.sub(part, fragment)
    first, last = (("{", ":"), ("}", ":")) if inside else (("}",), ("{",))
    if guarded[:1] in first:
        guarded = fields._SPLIT + guarded
    if guarded[-1:] in last:
        guarded += fields._SPLIT
    return guarded


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(CLOZE_PIECES), max_size=10), st.booleans())
def test_a_cloze_fragment_without_pairs_is_guarded_as_before(pieces, inside):
    fragment = "".join(pieces)
    assert fields._guard(fragment, inside) == _guard_every_run(fragment, inside)


# ------------------------------------------------------------------ md image links


def test_md_image_links_kept_per_image_corpus_and_out(tmp_path, monkeypatch):
    """Two corpora at the same relative path from two working folders, built into one
    OUT by one process: each sheet links to its own corpus's images."""
    import re
    import shutil

    from cheatdeck import pipeline
    from cheatdeck.writers import select

    out = tmp_path / "out"
    links = []
    for where in ("a", "b/c"):
        folder = tmp_path / where
        shutil.copytree(ROOT / "tests" / "cases" / "kinds" / "cards", folder / "cards")
        monkeypatch.chdir(folder)
        pipeline.build(Path("cards"), out, select("md"))
        sheet = (out / "kinds.md").read_text("utf-8")
        links.append(re.search(r"\]\(([^)]*images/[^)]*)\)", sheet).group(1))
    assert links == ["../a/cards/images/dot.png", "../b/c/cards/images/dot.png"]
