"""The Markdown code fence every Markdown output uses (the sheet's .md, Obsidian,
Logseq, Mochi): a run of backticks longer than any run inside the code, so code
that holds ``` itself still ends where it should.
"""

from __future__ import annotations

import re

_BACKTICKS = re.compile(r"`+")


def fence(code: str, lang: str | None) -> list[str]:
    """``code`` as fenced lines: the opening fence with ``lang``, the code's lines
    (trailing newlines dropped), the closing fence."""
    longest = max((len(run) for run in _BACKTICKS.findall(code)), default=0)
    marks = "`" * max(3, longest + 1)
    return [f"{marks}{lang or ''}", *code.rstrip("\n").split("\n"), marks]
