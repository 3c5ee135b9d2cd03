"""``agg(X) = (1 - rho) max(X) + rho sum(X)``: between "only the strongest" and "all of them"."""

from __future__ import annotations

import math
from collections.abc import Iterable


def agg(values: Iterable[float], rho: float) -> float:
    """Aggregate non-negative values; 0.0 for none. ``math.fsum`` keeps it order-free."""
    collected = sorted(values)
    if not collected:
        return 0.0
    return (1.0 - rho) * collected[-1] + rho * math.fsum(collected)


def clip(value: float, cap: float) -> tuple[float, bool]:
    """``value`` limited to ``[-cap, cap]``, and whether the cap was hit."""
    if value > cap:
        return cap, True
    if value < -cap:
        return -cap, True
    return value, False


def signed_agg(values: Iterable[float], rho: float) -> tuple[float, float]:
    """agg of the positive values and agg of the magnitudes of the negative ones."""
    collected = list(values)
    positive = agg((v for v in collected if v > 0), rho)
    negative = agg((-v for v in collected if v < 0), rho)
    return positive, negative
