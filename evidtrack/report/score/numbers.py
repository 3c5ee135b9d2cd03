"""Numbers as the score's outputs give them, rounded here and nowhere else.

Log-odds and weights, in nats, to three decimals. A likelihood with at least two decimals (four
in JSON) and as many more as it takes for the printed number to fall in the same ICD 203 term
as the exact one: 0.7997 is "likely", so it prints as 0.7997, never as 0.80 (which would be
"very likely").
"""

from __future__ import annotations

from typing import Final

from evidtrack.scoring import likelihood_term

#: Decimals of log-odds and weights, in nats.
NATS: Final = 3
#: The fewest decimals of a likelihood in text, and in JSON.
LIKELIHOOD_TEXT: Final = 2
LIKELIHOOD_JSON: Final = 4
#: Between a number and its unit: a line never breaks there ("83 %" stays on one line).
NO_BREAK_SPACE: Final = "\u00a0"
#: Enough for any float to print as itself.
_MOST: Final = 17


def signed(value: float, digits: int = 2) -> str:
    """``+0.28``, ``-0.05``; a value that rounds to zero prints as ``+0.00`` whatever its sign."""
    rounded = round(value, digits)
    return f"{(rounded if rounded != 0 else 0.0):+.{digits}f}"


def nats_text(value: float) -> str:
    """A value in nats as text: ``+0.283``."""
    return signed(value, NATS)


def parameter(value: float) -> str:
    """A profile's parameter as written in the profile: ``1.5``, ``0.25``."""
    return f"{value:g}"


def nats(value: float) -> float:
    """A value in nats for JSON: rounded, so that 0.13499999999999998 is 0.135."""
    rounded = round(value, NATS)
    return rounded if rounded != 0 else 0.0


def likelihood(p: float, digits: int = LIKELIHOOD_TEXT) -> str:
    """The likelihood with ``digits`` decimals, or more where fewer would change its term."""
    term = likelihood_term(p)
    for places in range(digits, _MOST + 1):
        text = f"{p:.{places}f}"
        if likelihood_term(float(text)) is term:
            return text
    return repr(p)


def likelihood_number(p: float) -> float:
    """The likelihood for JSON: four decimals, or more where fewer would change its term."""
    return float(likelihood(p, LIKELIHOOD_JSON))


def percent(p: float) -> str:
    """``67 %``, or ``79.97 %`` where ``80 %`` would read as the next term; the space before the
    sign does not break."""
    term = likelihood_term(p)
    for places in range(_MOST + 1):
        text = f"{p * 100:.{places}f}"
        if likelihood_term(min(1.0, float(text) / 100)) is term:
            return f"{text}{NO_BREAK_SPACE}%"
    return f"{p * 100!r}{NO_BREAK_SPACE}%"
