"""ET203 derived-before-origin: an item or response published before what it derives from."""

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
    allegations: [prk-rus-missiles]
    claim: A news agency repeats the US count of nine launches
    citations:
      - document: doc-upi
        quote: Russia has attacked Ukraine at least nine times
    published: 2024-01-15
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
    allegations: [prk-rus-missiles]
    claim: A news agency repeats the US count of nine launches
    citations:
      - document: doc-upi
        quote: Russia has attacked Ukraine at least nine times
    published: 2024-02-07
    source: upi
    party: USA
    kind: media_report
    stance: supports
    credibility: 3
    directness: direct
    derived_from: [ev-wood]
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        dataset = context.dataset
        for item in (*dataset.evidence, *dataset.responses):
            date = dataset.published(item)
            for index, origin_id in enumerate(item.derived_from):
                origin = dataset.evidence_by_id.get(origin_id) or dataset.response_by_id.get(
                    origin_id
                )
                origin_date = None if origin is None else dataset.published(origin)
                if date is None or origin is None or origin_date is None:
                    continue
                if date.surely_before(origin_date):
                    yield self.finding(
                        context,
                        item,
                        "derived_from",
                        index,
                        say=f"{item.id} ({date}) derives from {origin.id}, published later"
                        f" ({origin_date}): correct a date, or reverse the derived_from link",
                    )


RULE = DerivedBeforeOrigin()
