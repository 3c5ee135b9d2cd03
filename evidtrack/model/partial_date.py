"""A date known only to some precision: a year, a month, a day, or a moment in UTC.

"September 2022" is the month 2022-09, never 2022-09-01: inventing a day would let a rule or the
score treat a vague report as if it were dated exactly. Every comparison goes through the
interval the date covers (``start`` inclusive, ``end`` exclusive).
"""

from __future__ import annotations

import calendar
import datetime
import re
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Final

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import DayExists, InRange, Needs, checks

if TYPE_CHECKING:  # pendulum is read when a moment is asked for (start, end), not at import:
    import pendulum  # validation compares bounds, and a run from the cache never needs it

#: The written forms, most precise last. Times without an offset are UTC.
DATE_PATTERN: Final = (
    r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])"
    r"([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?)?)?)?$"
)
_DATE_RE: Final = re.compile(
    r"^(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2})"
    r"(?:[T ](?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2}))?"
    r"(?P<offset>Z|[+-][0-9]{2}:[0-5][0-9])?)?)?)?$"
)


class Precision(StrEnum):
    """How much of a date is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    MINUTE = "minute"
    SECOND = "second"


#: An hour without minutes has no written form, so it could not round-trip through YAML.
_HOUR_NEEDS_MINUTES = Needs("minute")


@attrs.frozen(kw_only=True)
class PartialDate:
    """A calendar date or UTC moment at the precision its source supports."""

    year: int = attrs.field(validator=InRange(1, 9999), metadata=doc("Year, four digits."))
    month: int | None = attrs.field(
        default=None, validator=InRange(1, 12), metadata=doc("Month 1-12, if known.")
    )
    day: int | None = attrs.field(
        default=None, validator=DayExists(), metadata=doc("Day of the month, if known.")
    )
    hour: int | None = attrs.field(
        default=None,
        validator=checks(InRange(0, 23), Needs("day"), _HOUR_NEEDS_MINUTES),
        metadata=doc("Hour 0-23, if known."),
    )
    minute: int | None = attrs.field(
        default=None,
        validator=checks(InRange(0, 59), Needs("hour")),
        metadata=doc("Minute, known whenever the hour is."),
    )
    second: int | None = attrs.field(
        default=None,
        validator=checks(InRange(0, 59), Needs("minute")),
        metadata=doc("Second, if known."),
    )
    offset_minutes: int = attrs.field(
        default=0,
        validator=InRange(-23 * 60 - 59, 23 * 60 + 59),
        metadata=doc("UTC offset of a time, in minutes; times are UTC unless stated."),
    )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-MM-DD[T ]HH:MM[:SS][Z|±HH:MM]``.

        Raises ``ValueError`` with a message a user can act on. A date is a value, frozen: a
        text read before gives the date read then (a corpus writes the same days again and
        again); a text that failed is read anew, and fails again.
        """
        return _parse(text) if cls is PartialDate else cls._read(text)

    @classmethod
    def _read(cls, text: str) -> PartialDate:
        """``parse`` without its memory: the text read now."""
        match = _DATE_RE.fullmatch(text)
        if match is None:
            raise ValueError(
                f"{text!r} is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or"
                " YYYY-MM-DDTHH:MM[:SS] (UTC unless an offset such as +02:00 is given);"
                " keep only the precision the source supports"
            )
        parts = match.groupdict()
        offset = 0
        written = parts["offset"]
        if written and written != "Z":
            sign = -1 if written[0] == "-" else 1
            offset = sign * (int(written[1:3]) * 60 + int(written[4:6]))
        return cls(
            year=int(parts["year"]),
            month=_int_or_none(parts["month"]),
            day=_int_or_none(parts["day"]),
            hour=_int_or_none(parts["hour"]),
            minute=_int_or_none(parts["minute"]),
            second=_int_or_none(parts["second"]),
            offset_minutes=offset,
        )

    @property
    def precision(self) -> Precision:
        if self.second is not None:
            return Precision.SECOND
        if self.minute is not None:
            return Precision.MINUTE
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def isoformat(self) -> str:
        """The canonical written form; ``PartialDate.parse`` reads it back to an equal value."""
        text = f"{self.year:04d}"
        if self.month is None:
            return text
        text += f"-{self.month:02d}"
        if self.day is None:
            return text
        text += f"-{self.day:02d}"
        if self.minute is None:
            return text
        text += f"T{self.hour:02d}:{self.minute:02d}"
        if self.second is not None:
            text += f":{self.second:02d}"
        if self.offset_minutes == 0:
            return text + "Z"
        sign = "-" if self.offset_minutes < 0 else "+"
        hours, minutes = divmod(abs(self.offset_minutes), 60)
        return f"{text}{sign}{hours:02d}:{minutes:02d}"

    def __str__(self) -> str:
        return self.isoformat()

    def start(self) -> pendulum.DateTime:
        """The first instant the date covers, in UTC."""
        import pendulum

        if self.precision in (Precision.MINUTE, Precision.SECOND):
            moment = pendulum.datetime(
                self.year,
                self.month or 1,
                self.day or 1,
                self.hour or 0,
                self.minute or 0,
                self.second or 0,
                tz=pendulum.UTC,
            )
            return moment.subtract(minutes=self.offset_minutes)
        return pendulum.datetime(self.year, self.month or 1, self.day or 1, tz=pendulum.UTC)

    def end(self) -> pendulum.DateTime:
        """The first instant after the date (exclusive end), in UTC."""
        begin = self.start()
        match self.precision:
            case Precision.YEAR:
                return begin.add(years=1)
            case Precision.MONTH:
                return begin.add(months=1)
            case Precision.DAY:
                return begin.add(days=1)
            case Precision.MINUTE:
                return begin.add(minutes=1)
            case Precision.SECOND:
                return begin.add(seconds=1)

    def to_interval(self) -> pendulum.Interval[pendulum.DateTime]:
        """The span of time the date covers, as a pendulum interval."""
        import pendulum

        return pendulum.interval(self.start(), self.end())

    @cached_property
    def bounds(self) -> tuple[int, int]:
        """``start()`` and ``end()`` as whole seconds since 1970 UTC: cheap to compare.

        Rules compare the dates of every record, and pendulum takes microseconds to build a
        moment; these are computed once per date, with integer arithmetic.
        """
        day = datetime.date(self.year, self.month or 1, self.day or 1).toordinal() - _EPOCH_DAY
        start = day * _DAY
        match self.precision:
            case Precision.YEAR:
                return start, (_last_day(self.year, 12) + 1 - _EPOCH_DAY) * _DAY
            case Precision.MONTH:
                return start, (_last_day(self.year, self.month or 1) + 1 - _EPOCH_DAY) * _DAY
            case Precision.DAY:
                return start, start + _DAY
        start += ((self.hour or 0) * 60 + (self.minute or 0) - self.offset_minutes) * 60
        if self.second is None:
            return start, start + 60
        return start + self.second, start + self.second + 1

    def surely_before(self, other: PartialDate) -> bool:
        """True when every instant of this date precedes every instant of ``other``."""
        return self.bounds[1] <= other.bounds[0]

    def known_by(self, moment: pendulum.DateTime) -> bool:
        """True when the whole date lies before ``moment``: it has certainly happened by then."""
        return self.bounds[1] <= moment.timestamp()


_EPOCH_DAY: Final = datetime.date(1970, 1, 1).toordinal()
_DAY: Final = 24 * 60 * 60


def _last_day(year: int, month: int) -> int:
    """The ordinal of the last day of a month (``date.toordinal``)."""
    return datetime.date(year, month, calendar.monthrange(year, month)[1]).toordinal()


#: How many texts ``parse`` keeps: more than the distinct days of decades, in little memory.
_KEPT: Final = 1 << 14


@lru_cache(maxsize=_KEPT)
def _parse(text: str) -> PartialDate:
    return PartialDate._read(text)


def _int_or_none(text: str | None) -> int | None:
    return None if text is None else int(text)
