"""ET401 quote-not-found: a quote that its document's text does not contain verbatim."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.integrity.quotes import quote_found
from evidtrack.model import Citation
from evidtrack.rules._walk import FieldPath, values_of_type
from evidtrack.rules.base import Rule, RuleContext


def quotations(record: object) -> Iterator[tuple[FieldPath, str, str]]:
    """Every (path, document id, quote) in a record: each citation that quotes words."""
    for path, citation in values_of_type(record, Citation):
        if citation.quote is not None:
            yield path, citation.document, citation.quote


class QuoteNotFound(Rule):
    code = "ET401"
    name = "quote-not-found"
    message = "quote not found verbatim in the document's text: copy it exactly from the text"
    rationale = (
        "Every fact rests on the document's own words, so a quote must be found in the text"
        " verbatim. Before comparing, both sides are normalised in two ways only: every run of"
        " whitespace (spaces, tabs, line breaks, no-break spaces) becomes one space, and"
        " quotation marks (straight or curly, single or double, and guillemets) become straight"
        " ones. Spelling, typos ('nor more'), dashes, case and punctuation must match: a"
        " paraphrase is not a quote. The text is read from the archive folder (--archive or the"
        " archive key of the configuration) under the document's file name; when it is not"
        " there the quote is not checked and the summary says 'text not available'."
    )
    bad_example = """\
evidence:
  - id: ev-wood-paraphrase
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: Russia fired North Korean missiles nine times
    published: 2024-02-07
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""
    good_example = """\
evidence:
  - id: ev-wood-paraphrase
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine at least nine times
    citations:
      - document: doc-upi
        quote: "“To date, Russia has launched DPRK-supplied ballistic missiles"
    published: 2024-02-07
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        documents = context.dataset.document_by_id
        for record in context.dataset.records():
            for path, document_id, quote in quotations(record):
                document = documents.get(document_id)
                if document is None or document.file is None:
                    continue  # an unknown document is ET102's; no file, no text to check
                text = context.archive.text(document.file)
                if text is None or quote_found(quote, text):
                    continue
                yield self.finding(
                    context,
                    record,
                    *path,
                    "quote",
                    say=f"quote not found verbatim in {document.file} ({document.id}): copy it"
                    " exactly from the text (only whitespace and quotation marks may differ)",
                )


RULE = QuoteNotFound()
