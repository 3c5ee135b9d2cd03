"""ET504 early-publication-without-basis: a publication date before its documents, unexplained."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from evidtrack.findings import Finding, Severity
from evidtrack.rules.base import CorpusContext, ScreenedRule
from evidtrack.rules.facts import (
    DOCUMENTS,
    IDS,
    REPORTED,
    REPORTED_KEYS,
    Dated,
    Facts,
    FileFacts,
    Summary,
    cited_dates,
    document_dates,
    keep_least,
    least,
)


def _earliest(file: FileFacts) -> dict[tuple[str, ...], int]:
    found: dict[tuple[str, ...], int] = {}
    for fact in file.values(REPORTED):
        date = fact[2]
        if date is not None and not fact[3]:
            keep_least(found, fact[4], date[2])
    return found


#: For each set of cited documents, the earliest end of the own publication dates, given
#: without a basis, of records that cite it: a record is early when it ends before every
#: document starts.
EARLIEST: Final = Summary("earliest own date without basis by documents", _earliest, least)


class EarlyPublicationWithoutBasis(ScreenedRule):
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
    summaries = (EARLIEST,)

    def may_find(self, facts: Facts) -> bool:
        """Whether a record may be published before its documents unexplained, by the summaries."""
        documents = facts.derived(document_dates)
        dates = facts.derived(cited_dates)
        for cited, end in facts.merged(EARLIEST).items():
            if len(cited) == 1:  # most records cite one document: its date, looked up once
                date = dates[cited]
                starts = [] if date is None else [date[1]]
            else:
                starts = [when[1] for d in cited if (when := documents.get(d)) is not None]
            if starts and end <= min(starts):
                return True
        return False

    def walk(self, context: CorpusContext) -> Iterator[Finding]:
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
