"""Long work: how it reports progress, how it is asked to stop, and what stopping raises.

Every long batch in Kohort (issuing, rendering, merging, writing one file per person)
takes a ``progress(done, total)`` callback and a ``cancelled()`` question and, when the
answer is yes, raises :class:`~app.errors.CancelledError` before anything is kept. The
same three names serve the services, the documents in ``diplomas/`` and both front ends.
"""

from __future__ import annotations

from collections.abc import Callable

from app.errors import CancelledError
from app.i18n import _

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

__all__ = ["Cancelled", "CancelledError", "Progress", "stop_if_cancelled"]


def stop_if_cancelled(cancelled: Cancelled | None, done: int, total: int, what: str) -> None:
    """Raise :class:`CancelledError` when asked to stop; ``what`` names the work
    ("Issuing", "Rendering", "Writing") in the message, which says how far it got."""
    if cancelled is not None and cancelled():
        raise CancelledError(
            _("{what} was cancelled after {done} of {total}.").format(
                what=what, done=done, total=total
            )
        )
