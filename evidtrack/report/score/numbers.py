"""Numbers as the score's outputs print them, rounded here and nowhere else."""

from __future__ import annotations


def signed(value: float, digits: int = 2) -> str:
    """``+0.28``, ``-0.05``; a value that rounds to zero prints as ``+0.00`` whatever its sign."""
    rounded = round(value, digits)
    return f"{(rounded if rounded != 0 else 0.0):+.{digits}f}"
