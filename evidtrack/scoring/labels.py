"""Published label scales: ICD 203 likelihood terms, and STIX 2.1's None/Low/Med/High scale.

ICD 203 (US Intelligence Community Directive 203, Analytic Standards, 2015) names the
likelihood of a probability.

The directive's published ranges share their endpoints (1-5 %, 5-20 %, ... 95-99 %). Here each
term owns its lower endpoint and not its upper one: ``[0.05, 0.20)`` is "very unlikely", so
exactly 20 % is "unlikely" and exactly 55 % "likely". The first term also covers ``[0, 0.05)``
and the last ``[0.95, 1]``, although the score never leaves [0.01, 0.99].
These are not the ranges of STIX 2.1's DNI scale, which uses the same words (80-89 "Very
Likely", 90-100 "Almost Certain"): the two tables differ, and the score uses ICD 203's.

The confidence level is also given on STIX 2.1's None/Low/Med/High scale (STIX Version 2.1,
OASIS Standard, 2021, Part 1, Appendix B), whose reference implementation is the ``stix2``
package's ``stix2.confidence.scales``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Likelihood(StrEnum):
    """ICD 203 terms, first row of the directive's table."""

    ALMOST_NO_CHANCE = "almost no chance"
    VERY_UNLIKELY = "very unlikely"
    UNLIKELY = "unlikely"
    ROUGHLY_EVEN_CHANCE = "roughly even chance"
    LIKELY = "likely"
    VERY_LIKELY = "very likely"
    ALMOST_CERTAIN = "almost certain"

    @property
    def synonym(self) -> str:
        """The directive's second row (remote, highly improbable, ...)."""
        return _SYNONYMS[self]

    @property
    def published_range(self) -> tuple[int, int]:
        """The range the directive prints, in percent, endpoints shared with the neighbours."""
        return _PUBLISHED[self]


_SYNONYMS: Final = {
    Likelihood.ALMOST_NO_CHANCE: "remote",
    Likelihood.VERY_UNLIKELY: "highly improbable",
    Likelihood.UNLIKELY: "improbable",
    Likelihood.ROUGHLY_EVEN_CHANCE: "roughly even odds",
    Likelihood.LIKELY: "probable",
    Likelihood.VERY_LIKELY: "highly probable",
    Likelihood.ALMOST_CERTAIN: "nearly certain",
}
_PUBLISHED: Final = {
    Likelihood.ALMOST_NO_CHANCE: (1, 5),
    Likelihood.VERY_UNLIKELY: (5, 20),
    Likelihood.UNLIKELY: (20, 45),
    Likelihood.ROUGHLY_EVEN_CHANCE: (45, 55),
    Likelihood.LIKELY: (55, 80),
    Likelihood.VERY_LIKELY: (80, 95),
    Likelihood.ALMOST_CERTAIN: (95, 99),
}
#: Lower endpoints (inclusive), in percent, in order.
LOWER_BOUNDS: Final = tuple((low, term) for term, (low, _) in _PUBLISHED.items())


def likelihood_term(p: float) -> Likelihood:
    """The term whose half-open interval ``[low, high)`` holds ``p`` (a probability, 0..1)."""
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"probability {p} is outside [0, 1]")
    chosen = Likelihood.ALMOST_NO_CHANCE
    for low, term in LOWER_BOUNDS[1:]:
        if p >= low / 100:  # compared as fractions: 20 / 100 is the float nearest 0.2
            chosen = term
    return chosen


#: STIX 2.1's None/Low/Med/High scale: each label and the confidence value STIX gives it.
NONE_LOW_MED_HIGH: Final = {"None": 0, "Low": 15, "Med": 50, "High": 85}
