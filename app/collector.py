"""The cycle collector, kept off the rows of a big read."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """A big cohort's reads make hundreds of thousands of small objects, none of them in a
    cycle: the cycle collector would walk them all several times over (a fifth to a third
    of reading 20,000 people). It is paused meanwhile, and what was made is then put with
    the oldest objects (``freeze`` and ``unfreeze``, which move objects without looking at
    them) rather than left young, where the next collection would walk it all at once (in
    the window, while the tab in view is filled). Cycles among them are still found, by
    the next full collection."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_on:
            gc.enable()
