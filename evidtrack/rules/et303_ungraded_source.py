"""ET303 ungraded-source: an item or response whose source carries no reliability grade."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.rules.base import Rule, RuleContext


class UngradedSource(Rule):
    code = "ET303"
    name = "ungraded-source"
    message = "the source of the information has no grade: name the graded originator, or grade it"
    rationale = (
        "A publisher that only relays others' words needs no Admiralty grade of its own, so"
        " its reliability may be left out; but the source an item or response names is where"
        " the information comes from, and the score weighs it by that source's grade. An"
        " ungraded source there counts as F (reliability cannot be judged): name the"
        " originator the publisher relays, or grade the source."
    )
    bad_example = """\
sources:
  - id: relay-wire
    name: A wire service that relays statements
    kind: independent_media
evidence:
  - id: ev-relayed
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: on at least nine occasions
    source: relay-wire
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""
    good_example = """\
sources:
  - id: relay-wire
    name: A wire service that relays statements
    kind: independent_media
evidence:
  - id: ev-relayed
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: on at least nine occasions
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        sources = context.dataset.source_by_id
        for record in (*context.dataset.evidence, *context.dataset.responses):
            source = sources.get(record.source)
            if source is not None and source.reliability is None:
                yield self.finding(
                    context,
                    record,
                    "source",
                    say=f"{record.id} names {source.id} as its source, which has no"
                    " reliability grade: name the graded originator it relays, or grade it",
                )


RULE = UngradedSource()
