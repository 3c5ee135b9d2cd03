"""ET201 future-date: a date after the as-of date (today unless ``--as-of`` says otherwise)."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model import PartialDate
from evidtrack.rules._walk import values_of_type
from evidtrack.rules.base import Rule, RuleContext


class FutureDate(Rule):
    code = "ET201"
    name = "future-date"
    message = "date after the as-of date: correct the year or month, or check --as-of"
    rationale = (
        "Evidence records what has been published; a date after the as-of date is almost always"
        " a typo (2042 for 2024) and would make the item invisible to a score as of today. Only"
        " a date that lies wholly after the as-of day is reported: '2024' is not after"
        " 2024-03-01. The end of a provision's in-force period may lie ahead (a sunset clause)"
        " and is not checked."
    )
    bad_example = """\
documents:
  - id: doc-upi-late
    title: Russia has launched North Korean missiles at least 9 times in Ukraine
    publisher: upi
    date: 2042-02-07
    file: upi.txt
"""
    good_example = """\
documents:
  - id: doc-upi-late
    title: Russia has launched North Korean missiles at least 9 times in Ukraine
    publisher: upi
    date: 2024-02-07
    file: upi.txt
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        after = context.as_of_end.timestamp()
        for record in context.dataset.records():
            for path, date in values_of_type(record, PartialDate):
                if "in_force" in path and path[-1] == "end":
                    continue
                if date.bounds[0] >= after:
                    yield self.finding(
                        context,
                        record,
                        *path,
                        say=f"{date} is after the as-of date {context.as_of.isoformat()}:"
                        " correct the date, or pass --as-of if you validate as of a later day",
                    )


RULE = FutureDate()
