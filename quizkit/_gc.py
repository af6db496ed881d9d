"""The cyclic garbage collector paused while a deck load or an import builds its objects.

Loading a 20,000-note deck file and importing it build hundreds of thousands of
small objects (values, notes, rows), none of them in a reference cycle, all alive
until the end. Each time Python's cyclic collector runs (every few hundred new
objects, and a full pass now and then) it walks them again: a tenth of the import's
time, up to a third of a deck load's in a process that already holds other decks.
Reference counting frees them as ever. The collector runs again when the outermost
pause ends, unless it was off already (a caller's own choice, left as it was).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block (nested pauses are one)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
