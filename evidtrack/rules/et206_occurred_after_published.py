"""ET206 occurred-after-published: a record that reports something before it happened."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.rules.base import Rule, RuleContext


class OccurredAfterPublished(Rule):
    code = "ET206"
    name = "occurred-after-published"
    message = "what it reports happened after it was published: correct occurred or published"
    rationale = (
        "An item or response can only report what has happened by the time it is public. An"
        " occurrence that surely lies after the publication date (given the precision of both:"
        " 'occurred: 2024-01' is not after 'published: 2024-01-10') is a wrong date, most often"
        " the year. The publication date is the record's own, or its first cited document's."
    )
    bad_example = """\
evidence:
  - id: ev-debris-early
    allegations: [prk-rus-missiles]
    claim: Debris of a DPRK missile was examined in Kharkiv
    observed: Debris of the missile that struck Kharkiv
    citations:
      - document: doc-upi
    occurred: 2024-03
    source: us-government
    party: USA
    kind: physical_examination
    stance: supports
    credibility: 3
    directness: 0.8
    artifact: debris-kharkiv
"""
    good_example = """\
evidence:
  - id: ev-debris-early
    allegations: [prk-rus-missiles]
    claim: Debris of a DPRK missile was examined in Kharkiv
    observed: Debris of the missile that struck Kharkiv
    citations:
      - document: doc-upi
    occurred: 2024-01-02
    source: us-government
    party: USA
    kind: physical_examination
    stance: supports
    credibility: 3
    directness: 0.8
    artifact: debris-kharkiv
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        dataset = context.dataset
        for record in (*dataset.evidence, *dataset.responses):
            published = dataset.published(record)
            if record.occurred is None or published is None:
                continue
            if record.occurred.surely_after(published):
                yield self.finding(
                    context,
                    record,
                    "occurred",
                    say=f"{record.id} reports what happened {record.occurred}, after it was"
                    f" published ({published}): correct occurred or published",
                )


RULE = OccurredAfterPublished()
