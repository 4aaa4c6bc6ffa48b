"""The command line as the user typed it, which ``cli.main`` sets: a message that suggests
another corpus folder names the command the user ran (``cheatdeck adopt PROFILE col/a``,
not ``check col/a``). Imports nothing of cheatdeck: ``cli`` reads it before anything else."""

from __future__ import annotations

import os
import shlex
from contextvars import ContextVar, Token

#: The words after ``cheatdeck`` and the place of the corpus folder among them (None: not
#: typed, the default ``cards``); unset outside the command line.
TYPED: ContextVar[tuple[tuple[str, ...], int | None] | None] = ContextVar("typed", default=None)


def typed(words: list[str], corpus: str | None) -> Token:
    """Record what the user typed, ``corpus`` being the corpus folder as typed (the last
    word equal to it); the token resets it."""
    places = [at for at, word in enumerate(words) if corpus is not None and word == corpus]
    return TYPED.set((tuple(words), places[-1] if places else None))


def command_on(folder: str) -> str:
    """The command the user typed, run on ``folder`` instead; ``cheatdeck check FOLDER``
    outside the command line."""
    found = TYPED.get()
    if found is None:
        return f"cheatdeck check {shlex.quote(folder)}"
    words, at = list(found[0]), found[1]
    if at is None:
        words.append(folder)
    else:
        words[at] = folder
    return "cheatdeck " + shlex.join(words)


def corpus_folder(root: str) -> str:
    """The corpus folder at ``root`` as a command to type names it, quoted for the shell:
    as the user typed it, else (not typed: the default ``cards``, or ``.`` run from inside
    it; outside the command line) its path from the current folder, or its absolute path
    when that is shorter."""
    found = TYPED.get()
    if found is not None and found[1] is not None:
        return shlex.quote(found[0][found[1]])
    try:
        relative = os.path.relpath(root, os.getcwd())
    except (ValueError, OSError):  # another drive on Windows; a current folder deleted
        relative = root
    return shlex.quote(min(relative, root, key=len) if relative.startswith(os.pardir) else relative)
