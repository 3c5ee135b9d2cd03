"""When something happened: one partial date, or a span from one to another.

Written as text, as ISO 8601 writes an interval: ``2024-01-02`` for a day, ``2024-01-05/2024-01-06``
for "5 to 6 January", ``2024-04-01/2024-04-10`` for "early April". Each end keeps its own
precision (``2024-07/2024-08``), and neither is ever made more precise than the source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from evidtrack.model._fields import doc
from evidtrack.model.partial_date import DATE_PATTERN, PartialDate

if TYPE_CHECKING:
    import pendulum

_DATE: Final = DATE_PATTERN.removeprefix("^").removesuffix("$")
#: One date, or two joined by a slash.
RANGE_PATTERN: Final = f"^{_DATE}(/{_DATE})?$"


@attrs.frozen(kw_only=True)
class DateRange:
    """From ``start`` to ``end``, both included, each at its own precision; one date has both."""

    start: PartialDate = attrs.field(metadata=doc("The first date it may have happened on."))
    end: PartialDate = attrs.field(metadata=doc("The last date it may have happened on."))

    @classmethod
    def parse(cls, text: str) -> DateRange:
        """Read ``DATE`` or ``DATE/DATE``; ``ValueError`` says what to write instead."""
        parts = text.split("/")
        if len(parts) > 2:
            raise ValueError(
                f"{text!r} is not a date or a range: write one date, or two joined by one '/'"
                " such as 2024-01-05/2024-01-06"
            )
        start = PartialDate.parse(parts[0])
        end = PartialDate.parse(parts[-1])
        return cls(start=start, end=end)

    @classmethod
    def of(cls, date: PartialDate) -> DateRange:
        """The range of one date."""
        return cls(start=date, end=date)

    def isoformat(self) -> str:
        """The written form; ``DateRange.parse`` reads it back to an equal value."""
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def __str__(self) -> str:
        return self.isoformat()

    def first(self) -> pendulum.DateTime:
        """The first instant the range covers, in UTC."""
        return self.start.start()

    def last(self) -> pendulum.DateTime:
        """The first instant after the range (exclusive end), in UTC."""
        return self.end.end()

    def bounds(self) -> tuple[pendulum.DateTime, pendulum.DateTime]:
        """The first instant either end covers and the first instant after both: a reversed
        range (a rule's finding) still spans what its two ends cover."""
        return (
            min(self.start.start(), self.end.start()),
            max(self.start.end(), self.end.end()),
        )

    def is_reversed(self) -> bool:
        """True when the end surely comes before the start (a rule reports it)."""
        return self.end.surely_before(self.start)

    def surely_after(self, date: PartialDate) -> bool:
        """True when every instant of the range follows every instant of ``date``."""
        return date.end() <= self.first()
