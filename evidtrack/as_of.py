"""The one reader of as-of dates, for the command line and every library entry point alike.

An as-of date is a year, a month or a day, and means the end of it: as of ``2023-12`` counts
what was public by the end of December 2023. A ``datetime.date`` or a ``PartialDate`` is taken
as it is.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeAlias

from evidtrack.model import PartialDate
from evidtrack.model._validators import InvalidField

#: What an ``as_of`` argument may be: text as the command line takes it, a date, a partial date.
AsOf: TypeAlias = str | dt.date | PartialDate

#: The written forms, said once: the command line's help and every error read them from here.
FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"


class AsOfError(ValueError):
    """An as-of date that cannot be read; the message says what to write."""


def parse_as_of(value: AsOf) -> PartialDate | dt.date:
    """The as-of date ``value`` names: text is read as a partial date, dates are kept."""
    if isinstance(value, PartialDate | dt.date):
        return value
    if isinstance(value, str):
        try:
            return PartialDate.parse(value.strip())
        except InvalidField as exc:  # the form is right, a part is out of range
            raise AsOfError(f"{value!r} is not a date: {exc}") from None
        except ValueError:
            raise AsOfError(
                f"{value!r} is not a date: write {FORMS} (as of the end of that year, month or day)"
            ) from None
    raise TypeError(f"as_of: expected text such as '2024-01', a date or a PartialDate: {value!r}")


def last_day(value: AsOf) -> dt.date:
    """The last calendar day an as-of date covers (UTC): ``2024-03`` -> 2024-03-31."""
    date = parse_as_of(value)
    if isinstance(date, PartialDate):
        # The day of its last second: read from the bounds, without building a moment.
        return dt.datetime.fromtimestamp(date.bounds[1] - 1, dt.UTC).date()
    if isinstance(date, dt.datetime):
        return date.date()
    return date
