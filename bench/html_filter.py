"""Time the HTML sheet's search box in a real browser: each keystroke's script and the
layout it causes, on a sheet built from a corpus (e.g. ``bench/synth.py``'s 10k cards).

Each round opens the sheet in Debian's chromium (Playwright, ``executable_path``) twice:
as shipped, and with every section laid out whether in view or not
(``content-visibility: visible``, the bare baseline: what the sheet did before sections
out of view were skipped). Medians over the rounds, milliseconds.

    python bench/synth.py /tmp/c10k --cards 10000
    python -m cheatdeck build /tmp/c10k -o /tmp/c10k-out -f html
    python bench/html_filter.py /tmp/c10k-out/synth.html --typed ab --rounds 3
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ALL_LAID_OUT = ".topic { content-visibility: visible !important; }"
KEYSTROKE = """(text) => {
    const box = document.getElementById('search');
    box.value = text;
    const start = performance.now();
    box.dispatchEvent(new Event('input'));
    const scripted = performance.now();
    document.body.offsetHeight;  // the layout the change asks for, now
    return [scripted - start, performance.now() - scripted];
}"""


def one_round(browser, sheet: Path, typed: str, baseline: bool) -> dict[str, float]:
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(sheet.as_uri())
    if baseline:
        page.add_style_tag(content=ALL_LAID_OUT)
    page.evaluate("document.body.offsetHeight")
    script = layout = 0.0
    for end in [*range(1, len(typed) + 1), 0]:  # type the word, then clear the box
        spent = page.evaluate(KEYSTROKE, typed[:end])
        script, layout = script + spent[0], layout + spent[1]
    page.close()
    return {"script": script, "layout": layout}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sheet", type=Path, help="an HTML sheet cheatdeck built")
    parser.add_argument("--typed", default="ab", help="what is typed, one letter at a time")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    found: dict[str, list[dict[str, float]]] = {"shipped": [], "all laid out": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        for _ in range(args.rounds):
            for name, baseline in (("shipped", False), ("all laid out", True)):
                found[name].append(one_round(browser, args.sheet.resolve(), args.typed, baseline))
        browser.close()
    keystrokes = len(args.typed) + 1
    print(f"{args.sheet.name}: {keystrokes} keystrokes ('{args.typed}' typed, then cleared)")
    for name, rounds in found.items():
        script = statistics.median(r["script"] for r in rounds)
        layout = statistics.median(r["layout"] for r in rounds)
        print(f"  {name:13s} script {script:7.0f} ms  layout {layout:7.0f} ms  (all keystrokes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
