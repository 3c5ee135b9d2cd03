"""ET504 early-publication-without-basis: a publication date before its documents, unexplained."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding, Severity
from evidtrack.rules.base import Rule, RuleContext


class EarlyPublicationWithoutBasis(Rule):
    code = "ET504"
    name = "early-publication-without-basis"
    severity = Severity.WARNING
    message = "published before every document that reports it: say why in published_basis"
    rationale = (
        "A statement may have been public before the documents on record report it (a"
        " statement restated weeks later, a meeting reported the next day), and then its own"
        " date is what the score must use. But a date earlier than every cited document is a"
        " claim of its own: a reviewer needs the words of the text it rests on."
    )
    bad_example = """\
evidence:
  - id: ev-wood-early
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: on at least nine occasions
    published: 2024-02-06
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""
    good_example = """\
evidence:
  - id: ev-wood-early
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: on at least nine occasions
    published: 2024-02-06
    published_basis: "'on Tuesday' before the dateline 'Feb. 7'"
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        documents = context.dataset.document_by_id
        for record in (*context.dataset.evidence, *context.dataset.responses):
            published = record.published
            if published is None or record.published_basis is not None:
                continue
            dates = [
                document.date
                for citation in record.citations
                if (document := documents.get(citation.document)) is not None
                and document.date is not None
            ]
            if dates and all(published.surely_before(date) for date in dates):
                first = min(dates, key=lambda d: (d.end(), d.start()))
                yield self.finding(
                    context,
                    record,
                    "published",
                    say=f"{record.id} is published {published}, before any document that"
                    f" reports it (the first: {first}): say why in published_basis",
                )


RULE = EarlyPublicationWithoutBasis()
