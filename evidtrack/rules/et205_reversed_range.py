"""ET205 reversed-range: a period or a date range whose end comes before its start."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model import DateRange, Period
from evidtrack.rules._walk import values_of_type
from evidtrack.rules.base import Rule, RuleContext


class ReversedRange(Rule):
    code = "ET205"
    name = "reversed-range"
    message = "period ends before it starts: swap start and end, or correct one of them"
    rationale = (
        "A period or a date range ('occurred: 2024-02/2024-01') whose end surely precedes its"
        " start (given the precision of both dates) overlaps nothing, so every check and score"
        " that reads it would be wrong. '2024' to '2024-02' is not reversed: the year contains"
        " the month."
    )
    bad_example = """\
allegations:
  - id: prk-rus-launchers
    title: The DPRK transferred missile launchers to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: missile_launchers
    period:
      start: 2024-02
      end: 2023-12
    accused: [PRK, RUS]
"""
    good_example = """\
allegations:
  - id: prk-rus-launchers
    title: The DPRK transferred missile launchers to Russia
    suppliers: [PRK]
    recipients: [RUS]
    items:
      - category: missile_launchers
    period:
      start: 2023-12
      end: 2024-02
    accused: [PRK, RUS]
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        for record in context.dataset.records():
            for path, period in values_of_type(record, Period):
                if period.is_reversed():
                    yield self.finding(
                        context,
                        record,
                        *path,
                        "end",
                        say=f"the period ends ({period.end}) before it starts ({period.start}):"
                        " swap start and end, or correct one of them",
                    )
            for path, span in values_of_type(record, DateRange):
                if span.is_reversed():
                    yield self.finding(
                        context,
                        record,
                        *path,
                        say=f"the range {span} ends before it starts: write it"
                        f" {span.end}/{span.start}, or correct one of them",
                    )


RULE = ReversedRange()
