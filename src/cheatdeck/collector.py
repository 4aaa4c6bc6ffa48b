"""The cyclic garbage collector paused while many small objects without cycles are made.

Loading, the lock, the fact checks, the Anki rows and WeasyPrint's boxes each make
hundreds of thousands of objects and no reference cycles: the collector would only
rescan them, again and again (a third to a half of those steps' time).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused(keep: bool = False) -> Iterator[None]:
    """The collector off for the block, then as it was before.

    ``keep``: what the block made is kept (the corpus, the lock) and is frozen, left out
    of later collections, before the collector runs again: else its next runs would
    walk all of it (2 s at 100k cards), and every full run after.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            if keep:
                gc.freeze()
            gc.enable()
