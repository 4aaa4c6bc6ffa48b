"""The ``cheat`` writer: a folder of cheat/cheat sheets, one per program (``git``, ``aws``).

A sheet is plain text named after the program, with cheat's YAML front matter (the
syntax to highlight and the tags: the decks its commands come from). Each card is a
``# To <task>:`` comment line then its command as written (a console's ``$ `` prompts
and output left out), placeholders included (``<bucket>``, cheat's own convention).
"""

from __future__ import annotations

import json

from .. import BuildContext
from .common import encoded, pages, terminal_commands


def render(ctx: BuildContext) -> dict[str, bytes]:
    files = {}
    for name, cmds in pages(terminal_commands(ctx)).items():
        tags = []
        for cmd in cmds:
            tags += [part.strip().lower().replace(" ", "-") for part in cmd.card.deck.split("::")]
        tags = list(dict.fromkeys(tags))
        lines = [
            "---",
            "syntax: bash",
            f"tags: [{', '.join(json.dumps(t, ensure_ascii=False) for t in tags)}]",
            "---",
        ]
        for index, cmd in enumerate(cmds):
            if index:
                lines.append("")
            task = cmd.task[:1].lower() + cmd.task[1:] if cmd.task[1:2].islower() else cmd.task
            lines.append(f"# To {task.rstrip('.:')}:")
            lines.append(cmd.text.strip("\n"))
        files[name] = "\n".join(lines) + "\n"
    return encoded(files)
