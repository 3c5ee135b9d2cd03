"""ET207 published-after-document: a publication date later than a document that carries it."""

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
    document_dates,
    greatest,
    keep_greatest,
    surely_before,
)


def _latest(file: FileFacts) -> dict[tuple[str, ...], int]:
    found: dict[tuple[str, ...], int] = {}
    for fact in file.values(REPORTED):
        date = fact[2]
        if date is not None:
            keep_greatest(found, fact[4], date[1])
    return found


#: For each set of cited documents, the latest start of the own publication dates of records
#: that cite it: a record is late when the first document ends before it starts.
LATEST: Final = Summary("latest own date by documents", _latest, greatest)


class PublishedAfterDocument(ScreenedRule):
    code = "ET207"
    name = "published-after-document"
    message = "published after a document that reports it: give the earlier date, or the basis"
    rationale = (
        "An item or response is public at the latest when the first document that reports it"
        " is; a publication date surely after a cited document's date (given both precisions)"
        " would hide it from a score as of the days between. Either the date is wrong, or the"
        " document is. Leave published out to take the earliest cited document's date."
    )
    bad_example = """\
evidence:
  - id: ev-wood-late
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: on at least nine occasions
    published: 2024-03
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""
    good_example = """\
evidence:
  - id: ev-wood-late
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: on at least nine occasions
    published: 2024-02
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""

    extractors = (IDS, REPORTED, DOCUMENTS)
    summaries = (LATEST,)

    def may_find(self, facts: Facts) -> bool:
        """Whether a record may be published after one of its documents, by the summaries."""
        # The first document to end is the one a record without a date of its own takes.
        dates = facts.derived(cited_dates)
        return any(
            (date := dates[cited]) is not None and date[2] <= start
            for cited, start in facts.merged(LATEST).items()
        )

    def walk(self, context: CorpusContext) -> Iterator[Finding]:
        facts = context.facts
        documents = facts.derived(document_dates)
        # The earliest end among the dates of each set of cited documents.
        first_end: dict[tuple[str, ...], int | None] = {}
        for key in REPORTED_KEYS:
            ids: list[str] = []  # read only for a finding
            for position, fact in enumerate(facts.values(REPORTED, key)):
                date, cited = fact[2], fact[4]
                if date is None:
                    continue
                if cited not in first_end:
                    ends = [when[2] for d in cited if (when := documents.get(d)) is not None]
                    first_end[cited] = min(ends, default=None)
                end = first_end[cited]
                if end is None or end > date[1]:
                    continue  # no cited document surely before the date
                ids = ids or list(facts.values(IDS, key))
                document, when = next(
                    (d, when)
                    for d in cited
                    if (when := documents.get(d)) is not None and surely_before(when, date)
                )
                yield self.finding_at(
                    context,
                    facts.handle(REPORTED, key, position),
                    "published",
                    say=f"{ids[position]} is published {date[0]}, after {document}"
                    f" ({when[0]}) reports it: give the earlier date, or leave published out",
                )


RULE = PublishedAfterDocument()
