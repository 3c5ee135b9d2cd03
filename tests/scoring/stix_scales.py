"""STIX 2.1 confidence scales (Part 1, Appendix B), as the tests read them: labels to 0-100
values and back.

The score uses one of them, None/Low/Med/High (``evidtrack.scoring.labels``), taken from the
code here; the others are written here to show, against the ``stix2`` reference implementation,
that they differ from ICD 203: the DNI scale's reverse ranges are STIX's, not ICD 203's (85 is
"Very Likely" here and 90 already "Almost Certain", while ICD 203 keeps "very likely" up to
95 %).
"""

from __future__ import annotations

from typing import Final

from evidtrack.scoring import labels
from evidtrack.scoring.labels import Likelihood

#: (label, value) forward, and (label, lowest value, highest value) reverse, per scale.
Forward = tuple[tuple[str, int], ...]
Reverse = tuple[tuple[str, int, int], ...]

#: The code's scale, the one the score uses.
NONE_LOW_MED_HIGH: Final[Forward] = tuple(labels.NONE_LOW_MED_HIGH.items())
NONE_LOW_MED_HIGH_RANGES: Final[Reverse] = (
    ("None", 0, 0),
    ("Low", 1, 29),
    ("Med", 30, 69),
    ("High", 70, 100),
)
ZERO_TEN: Final[Forward] = tuple((str(n), 10 * n) for n in range(11))
ZERO_TEN_RANGES: Final[Reverse] = (
    ("0", 0, 4),
    *((str(n), 10 * n - 5, 10 * n + 4) for n in range(1, 10)),
    ("10", 95, 100),
)
ADMIRALTY_CREDIBILITY: Final[Forward] = (
    # "6 - Truth cannot be judged" has no value on the STIX scale.
    ("5 - Improbable", 10),
    ("4 - Doubtful", 30),
    ("3 - Possibly True", 50),
    ("2 - Probably True", 70),
    ("1 - Confirmed by other sources", 90),
)
ADMIRALTY_CREDIBILITY_RANGES: Final[Reverse] = (
    ("5 - Improbable", 0, 19),
    ("4 - Doubtful", 20, 39),
    ("3 - Possibly True", 40, 59),
    ("2 - Probably True", 60, 79),
    ("1 - Confirmed by other sources", 80, 100),
)
WEP: Final[Forward] = (
    ("Impossible", 0),
    ("Highly Unlikely/Almost Certainly Not", 10),
    # The STIX text's table prints 20 here; the reference implementation returns 30, and
    # 30 sits in the middle of the label's own range (20-39). We follow the implementation.
    ("Unlikely/Probably Not", 30),
    ("Even Chance", 50),
    ("Likely/Probable", 70),
    ("Highly likely/Almost Certain", 90),
    ("Certain", 100),
)
WEP_RANGES: Final[Reverse] = (
    ("Impossible", 0, 0),
    ("Highly Unlikely/Almost Certainly Not", 1, 19),
    ("Unlikely/Probably Not", 20, 39),
    ("Even Chance", 40, 59),
    ("Likely/Probable", 60, 79),
    ("Highly likely/Almost Certain", 80, 99),
    ("Certain", 100, 100),
)
DNI: Final[Forward] = (
    ("Almost No Chance / Remote", 5),
    ("Very Unlikely / Highly Improbable", 15),
    ("Unlikely / Improbable", 30),
    ("Roughly Even Chance / Roughly Even Odds", 50),
    ("Likely / Probable", 70),
    ("Very Likely / Highly Probable", 85),
    ("Almost Certain / Nearly Certain", 95),
)
DNI_RANGES: Final[Reverse] = (
    ("Almost No Chance / Remote", 0, 9),
    ("Very Unlikely / Highly Improbable", 10, 19),
    ("Unlikely / Improbable", 20, 39),
    ("Roughly Even Chance / Roughly Even Odds", 40, 59),
    ("Likely / Probable", 60, 79),
    ("Very Likely / Highly Probable", 80, 89),
    ("Almost Certain / Nearly Certain", 90, 100),
)

#: Which DNI label names each ICD 203 term (the words agree; the ranges do not).
DNI_LABEL_OF: Final = {term: label for term, (label, _) in zip(Likelihood, DNI, strict=True)}


def to_value(scale: Forward, label: str) -> int:
    """The STIX confidence value of ``label`` on ``scale``; ValueError if it has none."""
    for name, value in scale:
        if name == label:
            return value
    raise ValueError(f"{label!r} has no STIX confidence value on this scale")


def to_label(ranges: Reverse, value: int) -> str:
    """The label whose range holds ``value`` (an integer 0..100)."""
    for name, low, high in ranges:
        if low <= value <= high:
            return name
    raise ValueError(f"STIX confidence {value} is outside 0..100")


def likelihood_value(term: Likelihood) -> int:
    """The STIX confidence value of an ICD 203 term, via STIX's DNI scale."""
    return to_value(DNI, DNI_LABEL_OF[term])
