"""What a thing "reports" it "shows" (tests/data/fact_pairs_unseen57.txt: "Which signal
does gdb report on a segmentation fault?" / "Signal gdb shows when the program
segfaults"; fact_pairs_unseen18.txt: "Which statement reports revenue ...?" /
"Statement showing revenues ..."): one question worded twice. A loose synonym: a
``similar-fact`` warning at most, and only in prompts. Written with other words than
the sets'."""

from __future__ import annotations

from conftest import card_pair
from conftest import check_facts as check


def test_what_a_tool_reports_it_shows(tmp_path):
    found = check(
        tmp_path,
        card_pair(
            "Which exit status does valgrind show after a leak?",
            "Which exit status does valgrind report after a leak?",
            ("1", "0"),
        ),
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "possibly conflicting with b" in found[0], found
