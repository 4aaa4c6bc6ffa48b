"""How cheatdeck ends after Ctrl-C: one line, then killed by SIGINT as the user asked.

A program that catches Ctrl-C should end by SIGINT once it has cleaned up, so a shell
loop or ``make`` that ran it stops too (the shell shows status 130 either way; a loop
that sees a plain exit 130 goes on to its next command). It also makes the ending one
way every time: Python 3.11 itself ends by SIGINT after a Ctrl-C that it raised inside
code run by ``exec`` or ``eval`` of a string (a dataclass or named tuple being made),
even when cheatdeck caught it and returned 130.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import NoReturn

MESSAGE = "cheatdeck: interrupted; every output was left whole"


def end_interrupted() -> NoReturn:
    """Say so, flush what was printed, and end by SIGINT (exit 130 where signals cannot)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C cannot cut this short
    print(MESSAGE, file=sys.stderr)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more to say there
            pass
    if os.name == "posix":
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    os._exit(130)
