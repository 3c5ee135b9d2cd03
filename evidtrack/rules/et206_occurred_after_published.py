"""ET206 occurred-after-published: a record that reports something before it happened."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from evidtrack.findings import Finding
from evidtrack.rules.base import CorpusContext, ScreenedRule
from evidtrack.rules.facts import (
    DOCUMENTS,
    IDS,
    REPORTED,
    REPORTED_KEYS,
    Facts,
    FileFacts,
    Summary,
    cited_dates,
    fields,
    greatest,
    keep_greatest,
    publication,
)

#: Whether a record with its own publication date reports what happened surely after it, and
#: for each set of documents that records without one cite, the latest start of what they
#: report.
Occurred = tuple[bool, dict[tuple[str, ...], int]]


def _occurred(file: FileFacts) -> Occurred:
    after = False
    latest: dict[tuple[str, ...], int] = {}
    for fact in file.values(REPORTED):
        occurred, date = fact[5], fact[2]
        if occurred is None:
            continue
        if date is None:
            keep_greatest(latest, fact[4], occurred[1])
        elif date[2] <= occurred[1]:
            after = True
    return after, latest


OCCURRED: Final = Summary(
    "occurred after own date, latest by documents", _occurred, fields(any, greatest)
)


class OccurredAfterPublished(ScreenedRule):
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

    extractors = (IDS, REPORTED, DOCUMENTS)
    summaries = (OCCURRED,)

    def may_find(self, facts: Facts) -> bool:
        """Whether a record may report what happened after it was published, by the summaries."""
        after, latest = facts.merged(OCCURRED)
        dates = facts.derived(cited_dates)
        return after or any(
            (date := dates[cited]) is not None and date[2] <= start
            for cited, start in latest.items()
        )

    def walk(self, context: CorpusContext) -> Iterator[Finding]:
        facts = context.facts
        for key in REPORTED_KEYS:
            dates = facts.derived(publication)[key]
            ids: list[str] = []  # read only for a finding
            for position, (fact, date) in enumerate(
                zip(facts.values(REPORTED, key), dates, strict=True)
            ):
                occurred = fact[5]
                # The range surely after the date: the date ends before the range begins.
                if occurred is None or date is None or date[2] > occurred[1]:
                    continue
                ids = ids or list(facts.values(IDS, key))
                yield self.finding_at(
                    context,
                    facts.handle(REPORTED, key, position),
                    "occurred",
                    say=f"{ids[position]} reports what happened {occurred[0]}, after it was"
                    f" published ({date[0]}): correct occurred or published",
                )


RULE = OccurredAfterPublished()
