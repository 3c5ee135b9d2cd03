"""ET207 published-after-document: a publication date later than a document that carries it."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.rules.base import Rule, RuleContext


class PublishedAfterDocument(Rule):
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

    def check(self, context: RuleContext) -> Iterator[Finding]:
        documents = context.dataset.document_by_id
        for record in (*context.dataset.evidence, *context.dataset.responses):
            published = record.published
            if published is None:
                continue
            for citation in record.citations:
                document = documents.get(citation.document)
                if document is None or document.date is None:
                    continue
                if document.date.surely_before(published):
                    yield self.finding(
                        context,
                        record,
                        "published",
                        say=f"{record.id} is published {published}, after {document.id}"
                        f" ({document.date}) reports it: give the earlier date, or leave"
                        " published out",
                    )
                    break


RULE = PublishedAfterDocument()
