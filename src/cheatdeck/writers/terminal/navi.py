"""The ``navi`` writer: a folder of navi cheats, one ``<topic>.cheat`` per topic file.

A cheat starts with ``% tags`` (the topic's deck, lower case, plus the corpus name); each
card is a ``# task`` line then its command. Placeholders are already navi variables
(``<name>``); names navi would not read (``<my.name>``) get underscores. A command of
several lines keeps its trailing ``\\`` continuations, which navi reads as one command;
a short script is joined into one line with ``;``.
"""

from __future__ import annotations

import re

from .. import BuildContext
from .common import encoded, spell_placeholders, terminal_commands

_NAME = re.compile(r"[^\w]")


def render(ctx: BuildContext) -> dict[str, bytes]:
    by_topic: dict[str, list] = {}
    for cmd in terminal_commands(ctx):
        by_topic.setdefault(cmd.card.topic, []).append(cmd)
    files = {}
    for topic, cmds in by_topic.items():
        stem = topic.rsplit(".", 1)[0].replace("/", "-")
        deck = cmds[0].card.deck
        tags = [
            part.strip().lower().replace(" ", "-").replace(",", "") for part in deck.split("::")
        ]
        tags = list(dict.fromkeys([*tags, ctx.corpus.name]))
        lines = [f"% {', '.join(tags)}"]
        for cmd in cmds:
            lines += ["", f"# {cmd.task}", command(cmd.text, cmd.line)]
        files[f"{stem}.cheat"] = "\n".join(lines) + "\n"
    return encoded(files)


def command(text: str, one_line: str) -> str:
    """The command as written when its lines are ``\\`` continuations, else on one line."""
    lines = [line.rstrip() for line in text.strip("\n").split("\n")]
    if not all(line.endswith("\\") for line in lines[:-1]):
        lines = [one_line]
    # navi reads a line starting with these as a new description, tag line, variable or
    # comment, the first line too ("$EDITOR <file>"); an indent keeps it the command's
    lines = [(" " + line) if line[:1] in "#%$;@" else line for line in lines]
    return spell_placeholders("\n".join(lines), lambda name: f"<{_NAME.sub('_', name)}>")
