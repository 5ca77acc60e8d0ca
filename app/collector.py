"""The cycle collector, paused while a big read builds its rows."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """A big cohort's reads make hundreds of thousands of small objects, none of them in a
    cycle: the cycle collector would walk them all several times over (a fifth to a third
    of reading 20,000 people). It runs again afterwards as usual."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
