"""ET504 early-publication-without-basis: a publication date before its documents, unexplained."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding, Severity
from evidtrack.rules.base import CorpusContext, CorpusRule
from evidtrack.rules.facts import (
    DOCUMENTS,
    IDS,
    REPORTED,
    REPORTED_KEYS,
    Dated,
    document_dates,
)


class EarlyPublicationWithoutBasis(CorpusRule):
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

    extractors = (IDS, REPORTED, DOCUMENTS)

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        facts = context.facts
        documents = facts.derived(document_dates)
        # The dates of each set of cited documents, and the earliest start among them.
        dated: dict[tuple[str, ...], tuple[list[Dated], int | None]] = {}
        for key in REPORTED_KEYS:
            ids: list[str] = []  # read only for a finding
            for position, fact in enumerate(facts.values(REPORTED, key)):
                date, basis, cited = fact[2], fact[3], fact[4]
                if date is None or basis:
                    continue
                if cited not in dated:
                    dates = [when for d in cited if (when := documents.get(d)) is not None]
                    dated[cited] = dates, min((when[1] for when in dates), default=None)
                dates, start = dated[cited]
                # Surely before every dated document: it ends before the earliest one starts.
                if start is None or date[2] > start:
                    continue
                ids = ids or list(facts.values(IDS, key))
                first = min(dates, key=lambda d: (d[2], d[1]))
                yield self.finding_at(
                    context,
                    facts.handle(REPORTED, key, position),
                    "published",
                    say=f"{ids[position]} is published {date[0]}, before any document that"
                    f" reports it (the first: {first[0]}): say why in published_basis",
                )


RULE = EarlyPublicationWithoutBasis()
