"""outputs108: a list's `ordered: true` numbers it in every output; the sheet's line
breaks around ranges in other languages and words after numbers; the import's leftovers."""

from __future__ import annotations

import os
import re
import textwrap
from pathlib import Path

import pytest
from test_sheet import context

from cheatdeck import cli
from cheatdeck.facts import facts_of
from cheatdeck.invocation import TYPED, command_on, typed
from cheatdeck.load import load_corpus
from cheatdeck.lock import card_data, card_hash
from cheatdeck.model import KINDS
from cheatdeck.writers.anki.fields import field_values
from cheatdeck.writers.anki.notetypes import NOTE_TYPES
from cheatdeck.writers.exports.common import context_prompt
from cheatdeck.writers.sheet import blocks, markdown
from cheatdeck.writers.sheet.page import _kept_whole, document_html, print_html

from conftest import run_cli

CHROMIUM = Path("/usr/bin/chromium")
CORPUS = "name: law\ntitle: Criminal law\ndeck: Law\n"

LAW = """\
deck: Crime
title: Elements and stages
cards:
  - id: crime-elements
    kind: list
    title: Elements of a crime
    ordered: true
    items:
      - Actus reus: the guilty act or omission
      - Mens rea: the guilty mind
      - Concurrence: act and mind at the same time
      - Causation: the act caused the harm
  - id: trial-stages
    kind: list
    title: Stages of a criminal trial
    ordered: true
    items:
      - Jury selection
      - Opening statements by both sides
      - Presentation of the evidence
      - Closing arguments
  - id: appeal-path
    kind: list
    title: Appeal path
    ordered: true
    items: [Trial court, Appeals court, Supreme court]
  - id: defences
    kind: list
    title: Common defences
    items:
      - Self-defence in the face of an imminent threat
      - Insanity at the time of the act
      - Duress by another's threat
"""


def write(tmp_path: Path, topics: dict[str, str]) -> Path:
    cards = tmp_path / "cards"
    cards.mkdir(parents=True)
    (cards / "corpus.yaml").write_text(CORPUS, "utf-8")
    for name, text in topics.items():
        (cards / name).write_text(textwrap.dedent(text), "utf-8")
    return cards


@pytest.fixture
def law(tmp_path):
    cards = write(tmp_path, {"law.yaml": LAW})
    return context(cards)


def by_id(ctx) -> dict:
    return {card.id: card for card in ctx.corpus.cards()}


# ------------------------------------------------------------ 1. ordered lists


def test_ordered_is_declared_once_in_the_model_as_an_option_of_the_list_kind():
    spec = KINDS["list"].field("ordered")
    assert spec is not None and not spec.required
    assert spec.type.value == "bool"
    assert "ordered" not in KINDS["list"].note_fields  # the note type keeps its fields
    assert NOTE_TYPES["list-item"].fields[:3] == ("Prompt", "Item", "List")


def test_ordered_reads_true_and_defaults_to_false(law):
    cards = by_id(law)
    assert cards["crime-elements"].ordered is True
    assert cards["defences"].ordered is False


def test_a_wrong_ordered_is_one_error_at_its_value_saying_what_to_write(tmp_path):
    wrong = "ordered: yes please\n    items:\n      - Jury"
    text = LAW.replace("ordered: true\n    items:\n      - Jury", wrong)
    cards = write(tmp_path, {"law.yaml": text})
    result = load_corpus(cards, cwd=tmp_path)
    errors = [d for d in result.diagnostics if d.severity == "error"]
    assert len(errors) == 1, errors
    (error,) = errors
    line = text.splitlines().index("    ordered: yes please") + 1
    assert (error.code, error.line, error.col) == ("wrong-type", line, 14)
    assert "'ordered' must be true or false" in error.message
    assert "write ordered: true or ordered: false" in error.message


def test_the_sheet_numbers_an_ordered_list_and_bullets_the_others(law):
    for document in (document_html(law), print_html(law)):
        elements = re.search(r'id="c-crime-elements".*?</article>', document, re.S)[0]
        assert "<ol>" in elements and "<ul" not in elements
        appeal = re.search(r'id="c-appeal-path".*?</article>', document, re.S)[0]
        assert '<ol class="run-in">' in appeal
        defences = re.search(r'id="c-defences".*?</article>', document, re.S)[0]
        assert "<ul>" in defences and "<ol" not in defences
        assert ".card ol.run-in > li::before" in document  # its numbers' rules


def test_a_sheet_with_no_ordered_list_keeps_its_stylesheet(tmp_path):
    cards = write(tmp_path, {"law.yaml": LAW.replace("    ordered: true\n", "")})
    ctx = context(cards)
    for document in (document_html(ctx), print_html(ctx)):
        assert "<ol" not in document.split("<main", 1)[-1]
        assert "ol.run-in" not in document  # the same bytes as before ordered existed


def test_markdown_numbers_an_ordered_list(law):
    text = markdown.render(law).decode()
    assert "1. **Actus reus** — the guilty act or omission\n2. **Mens rea**" in text
    assert "1. Trial court\n2. Appeals court\n3. Supreme court" in text
    assert "- Self-defence in the face of an imminent threat\n- Insanity" in text


def test_markdown_indents_a_numbered_items_second_line_past_its_number():
    assert markdown._bullet("a", "", ["*Note*"], "10.") == "10. a  \n    *Note*"
    assert markdown._bullet("a", "", ["*Note*"]) == "- a  \n  *Note*"


def test_anki_numbers_a_plain_items_list_in_its_prompt_field_only(law):
    cards = by_id(law)
    stages = facts_of(cards["trial-stages"], "law")
    defences = facts_of(cards["defences"], "law")
    prompt = NOTE_TYPES["list-item"].fields.index("Prompt")
    shown = field_values(stages[1], None)[prompt]
    assert shown.startswith('<ul class="cd-items" style="list-style-type: decimal">')
    assert field_values(defences[1], None)[prompt].startswith('<ul class="cd-items">')


def test_ordered_changes_a_plain_items_note_and_no_term_items_note(tmp_path):
    ordered = by_id(context(write(tmp_path / "a", {"law.yaml": LAW})))
    unordered = LAW.replace("    ordered: true\n", "")
    plain = by_id(context(write(tmp_path / "b", {"law.yaml": unordered})))
    for card_id, changes in (("trial-stages", True), ("crime-elements", False)):
        before = [f.content_hash for f in facts_of(plain[card_id], "law")]
        after = [f.content_hash for f in facts_of(ordered[card_id], "law")]
        assert (before != after) is changes, card_id
    # a list that does not say ordered keeps the lock hash it had before the field existed
    assert "ordered" not in card_data(plain["defences"])
    assert card_hash(plain["trial-stages"]) != card_hash(ordered["trial-stages"])


def test_study_tool_exports_number_an_ordered_lists_plain_items(law):
    cards = by_id(law)
    second = facts_of(cards["trial-stages"], "law")[1]
    assert context_prompt(second) == (
        "Stages of a criminal trial: 1. Jury selection · 2. …?… · "
        "3. Presentation of the evidence · 4. Closing arguments"
    )
    assert "…?…" in second.prompt and "1." not in second.prompt  # the checks' prompt
    term = facts_of(cards["crime-elements"], "law")[1]
    assert context_prompt(term) == "Elements of a crime: Mens rea"


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")
@pytest.mark.parametrize("width", [1440, 390])
def test_chromium_shows_the_numbers(browser, law, tmp_path, width):
    path = tmp_path / "law.html"
    path.write_text(document_html(law), "utf-8")
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(path.as_uri())
        styles = page.evaluate(
            "[...document.querySelectorAll('#c-crime-elements li')]"
            ".map(li => getComputedStyle(li).listStyleType)"
        )
        befores = page.evaluate(
            "[...document.querySelectorAll('#c-appeal-path li')]"
            ".map(li => getComputedStyle(li, '::before').content)"
        )
        tops = page.evaluate(
            "[...document.querySelectorAll('#c-appeal-path li')]"
            ".map(li => Math.round(li.getBoundingClientRect().top))"
        )
    finally:
        page.close()
    assert styles == ["decimal"] * 4
    assert befores == ['counter(step) ". "'] * 3 or all("." in b for b in befores), befores
    assert len(set(tops)) == 1  # three short items run on one line


# ------------------------------------------------------------ 2. the sheet's line breaks


@pytest.mark.parametrize(
    "text",
    ["5 bis 10 kg", "5 à 10 kg", "5 a 10 kg", "5 tot 10 kg", "5 till 10 kg", "5 do 10 kg"]
    + ["5 até 10 kg", "1,5 bis 2 hPa", "−5 à −10 °C"],
)
def test_a_range_in_the_words_of_other_languages_is_kept_whole_as_one_in_english(text):
    assert blocks.units_whole(f"de {text} par jour") == (
        f'de <span class="unit">{text}</span> par jour'
    )
    assert _kept_whole(text) == text.replace(" ", "\u00a0")  # a table sizes it so too
    english = blocks.units_whole("5 to 10 kg")
    assert english == '<span class="unit">5 to 10 kg</span>'


@pytest.mark.parametrize("text", ["met by 2-207 here", "costs 10 more than", "at 3 from 5"])
def test_a_word_of_four_small_letters_after_a_number_is_no_unit(text):
    assert blocks.units_whole(text) == text
    assert blocks.numbers_whole(text) == text


@pytest.mark.parametrize(
    "text", ["4.7 kohm", "3 kcal", "4 mmol/L", "760 torr", "5 knot", "3 tons", "2 days", "7 dias"]
)
def test_a_unit_of_four_small_letters_is_still_kept_with_its_number(text):
    assert (
        blocks.units_whole(f"about {text} here") == f'about <span class="unit">{text}</span> here'
    )


PARTED = """(wanted) => {
    const parted = [];
    let found = 0;
    for (const card of document.querySelectorAll('main article')) {
        const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
        let text = '';
        const nodes = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            nodes.push([node, text.length]);
            text += node.data;
        }
        for (const match of text.matchAll(new RegExp(wanted, 'g'))) {
            found += 1;
            const tops = new Set();
            for (let at = match.index; at < match.index + match[0].length; at++) {
                const [node, start] = nodes.filter(([, start]) => start <= at).pop();
                const range = document.createRange();
                range.setStart(node, at - start);
                range.setEnd(node, at - start + 1);
                const rect = range.getClientRects()[0];
                if (rect && rect.width > 0) tops.add(Math.round(rect.top));
            }
            if (tops.size > 1) parted.push(card.id);
        }
    }
    return {parted, found};
}"""

RANGES = ("5 bis 10 kg", "5 à 10 kg")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")
def test_a_german_or_french_range_never_ends_a_line_on_a_phone(browser, tmp_path):
    cards = []
    for n in range(24):
        lead = " ".join(["Mehl"] * (n // 4)) + "x" * (n % 4)
        for m, wanted in enumerate(RANGES):
            cards.append(
                f"  - id: r-{n}-{m}\n    kind: qa\n    question: Wie viel {n} {m}?\n"
                f"    answer: {lead} {'de ' * m}{wanted} am Tag.\n"
            )
    topic = "deck: W\ntitle: Mengen\ncards:\n" + "".join(cards)
    path = tmp_path / "sheet.html"
    path.write_text(document_html(context(write(tmp_path, {"w.yaml": topic}))), "utf-8")
    page = browser.new_page(viewport={"width": 390, "height": 900})
    try:
        page.goto(path.as_uri())
        found = {wanted: page.evaluate(PARTED, wanted) for wanted in RANGES}
    finally:
        page.close()
    for wanted in RANGES:
        assert found[wanted]["found"] == 24, found
        assert found[wanted]["parted"] == [], (wanted, found[wanted])


# ------------------------------------------------------------ 3. the import's leftovers


RENAMED = """\
deck: T
title: Tempo
cards:
  - id: tempo
    kind: qa
    guid: "Ab1Cd2Ef3G"
    question: What is the tempo of a piece?
    answer: The speed of its beat
"""


def _build(cards: Path, epoch: int) -> bytes:
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    done = run_cli("build", cards, "-o", cards.parent / "out", "-f", "md", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return (cards / "cheatdeck.lock").read_bytes()


def test_a_rename_implied_by_a_kept_guid_is_one_change_to_the_lock(tmp_path):
    cards = write(tmp_path, {"t.yaml": RENAMED})
    _build(cards, 1_700_000_000)
    topic = cards / "t.yaml"
    topic.write_text(RENAMED.replace("id: tempo\n", "id: tempo-definition\n"), "utf-8")
    renamed = _build(cards, 1_700_001_000)  # the one edit: the lock changes once
    assert b'"tempo-definition"' in renamed and b'"tempo"' not in renamed
    assert b"renamed_from" not in renamed  # not written: the lock holds the card as written
    assert _build(cards, 1_700_002_000) == renamed  # the next build leaves it as it is


def test_a_written_renamed_from_is_still_recorded(tmp_path):
    cards = write(tmp_path, {"t.yaml": RENAMED.replace('    guid: "Ab1Cd2Ef3G"\n', "")})
    _build(cards, 1_700_000_000)
    text = RENAMED.replace('    guid: "Ab1Cd2Ef3G"\n', "    renamed_from: tempo\n")
    (cards / "t.yaml").write_text(text.replace("id: tempo\n", "id: tempo-definition\n"), "utf-8")
    renamed = _build(cards, 1_700_001_000)
    assert b'"renamed_from":"tempo"' in renamed
    assert _build(cards, 1_700_002_000) == renamed


def _two_corpora(tmp_path: Path) -> Path:
    """col/a and col/b, a corpus each: col is their parent folder, no corpus itself."""
    parent = tmp_path / "col"
    for name in ("a", "b"):
        (parent / name).mkdir(parents=True)
        (parent / name / "corpus.yaml").write_text(CORPUS.replace("law", name), "utf-8")
        (parent / name / "t.yaml").write_text(RENAMED, "utf-8")
    return parent


@pytest.mark.parametrize(
    ("typed_words", "wanted"),
    [
        (["check", "--strict", "col"], "cheatdeck check --strict col/a"),
        (["build", "col", "-f", "md"], "cheatdeck build col/a -f md"),
    ],
)
def test_a_corpus_below_the_folder_given_is_suggested_with_the_command_typed(
    tmp_path, monkeypatch, capsys, typed_words, wanted
):
    _two_corpora(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert cli.main(typed_words) == 1
    said = capsys.readouterr().out
    assert f"did you mean `{wanted}`?" in said, said
    assert TYPED.get() is None  # reset: a library caller is told `check`


def test_adopt_on_the_parent_folder_of_two_corpora_suggests_adopt(tmp_path, monkeypatch, capsys):
    collection = pytest.importorskip("anki.collection")
    _two_corpora(tmp_path)
    collection.Collection(str(tmp_path / "profile.anki2")).close()
    monkeypatch.chdir(tmp_path)
    assert cli.main(["adopt", "profile.anki2", "col"]) == 1
    said = capsys.readouterr().out
    assert "did you mean `cheatdeck adopt profile.anki2 col/a`?" in said, said
    assert "cheatdeck check" not in said


def test_the_suggestion_outside_the_command_line_is_check():
    assert command_on("col/a") == "cheatdeck check col/a"
    token = typed(["stats", "--json"], None)  # the corpus not typed: cards by default
    try:
        assert command_on("a b") == "cheatdeck stats --json 'a b'"
    finally:
        TYPED.reset(token)
