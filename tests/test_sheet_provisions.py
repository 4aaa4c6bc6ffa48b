"""A law student's sheet: a provision of a law by its sign and number ("§ 2-207",
"s. 1(1)(a)", "Art. 6(1)") stays on one line in the HTML sheet, with the text as written
("§ 2-" ended a line at 1440 px and "207" began the next; "s." and "1(1)" were parted at
390 px). Seen in Chromium, each character's line box measured."""

from __future__ import annotations

import json

import pytest
from test_outputs97 import build, open_page

from cheatdeck.writers.sheet import blocks

PROVISIONS = ["§ 2-207", "s. 1(1)(a)", "Art. 6(1)"]


def provisions_topic() -> str:
    """Answers that put each provision at every place of a line's end."""
    cards = []
    for n in range(30):
        lead = ("the offer was met by a reply " * 4)[: 20 + 3 * n].rstrip()
        for k, provision in enumerate(PROVISIONS):
            cards.append(
                f"  - id: rule-{n}-{k}\n    kind: qa\n    question: Which rule {n} {k}?\n"
                f'    answer: "{lead} {provision} of the Act applies."\n'
            )
    return "deck: Law\ntitle: Contract law\ncards:\n" + "".join(cards)


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
        for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
            found += 1;
            const tops = new Set();
            for (let i = at; i < at + wanted.length; i++) {
                const [node, start] = nodes.filter(([, start]) => start <= i).pop();
                const range = document.createRange();
                range.setStart(node, i - start);
                range.setEnd(node, i - start + 1);
                const rect = range.getClientRects()[0];
                if (rect && rect.width > 0) tops.add(Math.round(rect.top));
            }
            if (tops.size > 1) parted.push(card.id);
        }
    }
    return {parted, found};
}"""


@pytest.mark.parametrize("width", [1440, 390])
def test_a_provision_stays_on_one_line_and_reads_as_written(browser, tmp_path, width):
    out = build(tmp_path, {"law.yaml": provisions_topic()}, "html,md")
    page = open_page(browser, out / "sailing.html", width)
    found = {wanted: page.evaluate(PARTED, wanted) for wanted in PROVISIONS}
    page.close()
    for wanted in PROVISIONS:
        assert found[wanted]["found"] == 30, json.dumps(found)  # plain blanks, as written
        assert found[wanted]["parted"] == [], (wanted, found[wanted])
    markdown = (out / "sailing.md").read_text("utf-8")
    for wanted in PROVISIONS:
        assert markdown.count(f"{wanted} of the Act applies") == 30


def test_a_provision_is_kept_whole_but_not_a_unit_before_a_full_stop():
    assert (
        blocks.units_whole("met by § 2-207 here") == 'met by <span class="unit">§ 2-207</span> here'
    )
    assert blocks.units_whole("s. 1(1)(a) of it") == '<span class="unit">s. 1(1)(a)</span> of it'
    assert blocks.units_whole("it took 5 s. Then") == 'it took <span class="unit">5 s</span>. Then'
    long = "§ 1-2-3-4-5-6-7-8-9-10-11-12"  # longer than PROVISION_MAX: may break
    assert blocks.units_whole(long) == long
