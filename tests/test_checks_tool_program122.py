"""A suite's "tool", "program" and "utility" are one word for the fact checks' loose
layer (tests/data/fact_pairs_unseen8.txt: "Which tool of the FFmpeg suite prints the
streams ...?" / "Which FFmpeg program shows stream ... information ...?"; 49 and 60 the
same with Wireshark and ImageMagick): one question worded twice. A loose synonym: a
``similar-fact`` warning at most, and only in prompts. Written with other words than
the sets'."""

from __future__ import annotations

import pytest

from conftest import card_pair
from conftest import check_facts as check


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Which Sleuth Kit tool lists the files of a disk image?",
            "Which Sleuth Kit program lists the files of a disk image?",
        ),
        (
            "Which Sleuth Kit utility lists the files of a disk image?",
            "Which Sleuth Kit tool lists the files of a disk image?",
        ),
    ],
    ids=["tool-program", "utility-tool"],
)
def test_a_tool_a_program_and_a_utility_are_one_word(tmp_path, first, second):
    found = check(tmp_path, card_pair(first, second, ("fls", "icat")))
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0] and "possibly conflicting with b" in found[0], found
