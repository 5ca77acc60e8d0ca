"""Figures with one decimal, rounded half up as people round by hand (4,25 is 4,3; Python's
own formatting rounds half to even and then the binary fraction: 4,25 to 4,2), with a
decimal comma where the language writes one. The one rounding of the CLI's text, the window
and the PDF report; both :mod:`app` and :mod:`diplomas` import it (it imports nothing of
either). Charts draw the unrounded values and label them with this."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def half_up(value: float, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals, halves rounded up (away from zero): "4.3".

    The float's shortest decimal form is rounded (4.35 is "4.35", not 4.34999…), so what
    looks like a half is one."""
    quantum = Decimal(1).scaleb(-digits)
    return str(Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP))


def decimal_figure(value: float, *, comma: bool, digits: int = 1) -> str:
    """:func:`half_up` with a decimal comma when ``comma``: "4,3"."""
    text = half_up(value, digits)
    return text.replace(".", ",") if comma else text
