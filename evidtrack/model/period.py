"""A span of time between two partial dates, either end open."""

from __future__ import annotations

import attrs

from evidtrack.model._fields import doc
from evidtrack.model.partial_date import PartialDate


@attrs.frozen(kw_only=True)
class Period:
    """From ``start`` to ``end`` inclusive, each at its own precision; a missing end is open."""

    start: PartialDate | None = attrs.field(
        default=None, metadata=doc("First date of the period, if known.", example="2023-12")
    )
    end: PartialDate | None = attrs.field(
        default=None, metadata=doc("Last date of the period, if known.", example="2024-02-06")
    )

    def is_reversed(self) -> bool:
        """True when the end surely comes before the start (a rule reports it)."""
        return (
            self.start is not None and self.end is not None and self.end.surely_before(self.start)
        )

    def overlaps(self, other: Period) -> bool:
        """True when the two periods may share an instant, given what is known of their ends."""
        if self.start is not None and other.end is not None and other.end.surely_before(self.start):
            return False
        return not (
            other.start is not None and self.end is not None and self.end.surely_before(other.start)
        )
