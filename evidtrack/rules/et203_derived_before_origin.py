"""ET203 derived-before-origin: an item published before an item it derives from."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.rules.base import Rule, RuleContext


class DerivedBeforeOrigin(Rule):
    code = "ET203"
    name = "derived-before-origin"
    message = "item dated before an item it derives from: correct a date or the derived_from link"
    rationale = (
        "derived_from says an item only repeats earlier items. A repetition cannot precede what"
        " it repeats: either a date is wrong, or the link points the wrong way (the later item"
        " is the relay)."
    )
    bad_example = """\
evidence:
  - id: ev-relay-early
    allegation: prk-rus-missiles
    claim: A news agency repeats the US count of nine launches
    document: doc-upi
    quote: Russia has attacked Ukraine at least nine times
    date: 2024-01-15
    source: upi
    party: USA
    kind: media_report
    stance: supports
    credibility: 3
    directness: direct
    derived_from: [ev-wood]
"""
    good_example = """\
evidence:
  - id: ev-relay-early
    allegation: prk-rus-missiles
    claim: A news agency repeats the US count of nine launches
    document: doc-upi
    quote: Russia has attacked Ukraine at least nine times
    date: 2024-02-07
    source: upi
    party: USA
    kind: media_report
    stance: supports
    credibility: 3
    directness: direct
    derived_from: [ev-wood]
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        by_id = context.dataset.evidence_by_id
        for item in context.dataset.evidence:
            for index, origin_id in enumerate(item.derived_from):
                origin = by_id.get(origin_id)
                if origin is not None and item.date.surely_before(origin.date):
                    yield self.finding(
                        context,
                        item,
                        "derived_from",
                        index,
                        say=f"{item.id} ({item.date}) derives from {origin.id}, dated later"
                        f" ({origin.date}): correct a date, or reverse the derived_from link",
                    )


RULE = DerivedBeforeOrigin()
