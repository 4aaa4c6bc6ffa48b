"""probe137: a newcomer's YAML mistakes in a lighthouse corpus each get one line with the
fix, and tricky values reach every output as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from cheatdeck.load import load_corpus
from cheatdeck.load.syntax import compose

CORPUS = "name: lh\ntitle: Lighthouses\ndeck: Lighthouses\n"
QA = "deck: Optics\ntitle: Optics\ncards:\n  - id: a\n    kind: qa\n    question: What is it?\n"
LIST = (
    "deck: Optics\ntitle: Optics\ncards:\n  - id: l\n    kind: list\n    title: Parts\n    items:\n"
)


def _messages(tmp_path: Path, topic: str) -> list[str]:
    cards = tmp_path / "lh"
    cards.mkdir(exist_ok=True)
    (cards / "corpus.yaml").write_text(CORPUS, encoding="utf-8")
    (cards / "optics.yaml").write_text(topic, encoding="utf-8")
    return [d.to_text() for d in load_corpus(cards, cwd=tmp_path).diagnostics]


@pytest.mark.parametrize(
    ("line", "fix"),
    [
        ("    answer: ? unknown", 'quote the value: answer: "? unknown"'),
        ("    answer: ?", 'quote the value: answer: "?"'),
    ],
)
def test_a_value_starting_with_a_question_mark_and_a_blank_says_to_quote_it(line, fix):
    """`answer: ? unknown` (a light whose range is not known) was PyYAML's own words,
    "mapping keys are not allowed in this context": no fix, nothing to type."""
    node, problem = compose(QA + line + "\n", "optics.yaml")
    assert node is None and problem is not None
    assert (problem.line, problem.col) == (7, 13), problem.to_text()
    assert "'? ' marks a YAML key" in problem.message, problem.message
    assert problem.message.endswith(fix), problem.message


@pytest.mark.parametrize(
    ("line", "fix"),
    [
        ("      - ? unlit", '- "? unlit"'),
        ("      - ? unlit # not known", '- "? unlit" # not known'),
        ("      - ?", '- "?"'),
    ],
)
def test_a_list_item_starting_with_a_question_mark_says_to_quote_it(tmp_path, line, fix):
    """`- ? unlit` was told "the item 'unlit:' has nothing after its ':'" (a colon never
    written) and `- ?` "an item is empty": YAML read each as a key with no value."""
    messages = _messages(tmp_path, LIST + line + "\n      - lamp\n")
    assert len(messages) == 1, messages
    assert messages[0].startswith("lh/optics.yaml:8:9: error wrong-type: '? ' marks a YAML key")
    assert messages[0].endswith(f"quote it: {fix}"), messages[0]


def test_an_item_whose_term_starts_with_a_question_mark_is_left_alone(tmp_path):
    assert _messages(tmp_path, LIST + "      - ?x: a term\n      - lamp\n") == []


def test_cards_keyed_by_their_ids_get_the_dash_to_write(tmp_path):
    """Cards written as a mapping of ids (`cards:` then `pharos:` and its fields) got
    "'cards' must be a list of cards", with nothing to type."""
    topic = "deck: Towers\ntitle: Towers\ncards:\n  pharos:\n    kind: qa\n"
    (message,) = _messages(tmp_path, topic)
    assert message.startswith("lh/optics.yaml:4:3: error wrong-type:"), message
    assert "write '- id: pharos' where 'pharos:' is" in message, message


@pytest.mark.parametrize("value", ["none", "3"])
def test_cards_that_are_no_list_say_how_a_card_is_written(tmp_path, value):
    (message,) = _messages(tmp_path, f"deck: Towers\ntitle: Towers\ncards: {value}\n")
    assert message.startswith("lh/optics.yaml:3:8: error wrong-type:"), message
    assert "as '- id: …'" in message, message
