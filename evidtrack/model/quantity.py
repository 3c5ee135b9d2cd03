"""How many: bounds and the qualifier the source used, never a made-up point value."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import NOT_BLANK, InRange


class Qualifier(StrEnum):
    """How the source bounded the number ("at least nine", "millions", "over 560")."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    FEWER_THAN = "fewer_than"
    ABOUT = "about"
    BETWEEN = "between"
    UNSPECIFIED = "unspecified"


@attrs.frozen(kw_only=True)
class Quantity:
    """A count as the source gave it: the words, the bounds they imply, and the unit."""

    text: str = attrs.field(
        validator=NOT_BLANK,
        metadata=doc("The words of the source, verbatim.", example="at least nine occasions"),
    )
    qualifier: Qualifier = attrs.field(
        metadata=doc("How the words bound the number.", example="at_least")
    )
    low: int | None = attrs.field(
        default=None,
        validator=InRange(minimum=0),
        metadata=doc("Lower bound the words support, if any.", example=9),
    )
    high: int | None = attrs.field(
        default=None,
        validator=InRange(minimum=0),
        metadata=doc("Upper bound the words support, if any."),
    )
    unit: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc("What is counted.", example="launches"),
    )

    def bounds_reversed(self) -> bool:
        """True when both bounds are given and the low one is greater (a rule reports it)."""
        return self.low is not None and self.high is not None and self.low > self.high

    def contradiction(self) -> str | None:
        """Why the bounds and the qualifier disagree, or None when they agree.

        Kept as data, not a validator, so that a rule reports it at its line with its code.
        """
        low, high = self.low, self.high
        if self.bounds_reversed():
            return f"low {low} is greater than high {high}"
        expected: dict[Qualifier, tuple[bool | None, bool | None]] = {
            # (low required?, high required?); None: either way
            Qualifier.EXACT: (True, True),
            Qualifier.AT_LEAST: (True, False),
            Qualifier.MORE_THAN: (True, False),
            Qualifier.AT_MOST: (False, True),
            Qualifier.FEWER_THAN: (False, True),
            Qualifier.ABOUT: (None, None),
            Qualifier.BETWEEN: (True, True),
            Qualifier.UNSPECIFIED: (False, False),
        }
        need_low, need_high = expected[self.qualifier]
        for name, need, value in (("low", need_low, low), ("high", need_high, high)):
            if need is True and value is None:
                return f"qualifier {self.qualifier.value!r} needs {name}"
            if need is False and value is not None:
                return f"qualifier {self.qualifier.value!r} takes no {name}"
        if self.qualifier is Qualifier.EXACT and low != high:
            return f"qualifier 'exact' needs low == high, got {low} and {high}"
        if self.qualifier is Qualifier.ABOUT and low is None and high is None:
            return "qualifier 'about' needs low or high"
        return None


def lowest_floor(quantities: Iterable[Quantity]) -> Quantity | None:
    """The figure with the lowest lower bound: the most conservative figure (ACLED's practice).

    Every figure that bounds a count from below admits at least that many, so the lowest such
    bound is the largest number all of them agree on. Figures without a lower bound ("at most
    50", "several") bound nothing from below and do not enter it. Of equal bounds, the first.
    """
    floors = [q for q in quantities if q.low is not None]
    return min(floors, key=lambda q: q.low or 0, default=None)
