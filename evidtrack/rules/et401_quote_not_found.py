"""ET401 quote-not-found: a quote that its document's text does not contain verbatim."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.integrity.quotes import quote_found
from evidtrack.model import Citation, Document
from evidtrack.rules._walk import FieldPath, values_of_type
from evidtrack.rules.base import CorpusContext, CorpusRule
from evidtrack.rules.facts import Extractor, FileFacts, Keep, Summary


def quotations(record: object) -> Iterator[tuple[FieldPath, str, str]]:
    """Every (path, document id, quote) in a record: each citation that quotes words."""
    for path, citation in values_of_type(record, Citation):
        if citation.quote is not None:
            yield path, citation.document, citation.quote


def _quotes(record: object) -> tuple[tuple[FieldPath, str, str], ...] | None:
    return tuple(quotations(record)) or None


def _file(document: Document) -> tuple[str, str | None]:
    return document.id, document.file


#: Every quotation of every record; the archive file of each document.
QUOTES = Extractor("quotations", (), _quotes)
FILES = Extractor("document files", ("documents",), _file, Keep.EAGER)


def _quoted(file: FileFacts) -> set[str]:
    return {document for quoted in file.values(QUOTES) for _, document, _ in quoted}


#: The documents a file quotes.
QUOTED = Summary("quoted documents", _quoted)


class QuoteNotFound(CorpusRule):
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

    extractors = (QUOTES, FILES)
    summaries = (QUOTED,)

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        files: dict[str, str | None] = {}
        for document, file in context.facts.values(FILES):
            files.setdefault(document, file)
        quoted = set().union(*(documents for _, documents in context.facts.summaries(QUOTED)))
        # A document whose text is not in the archive is not checked (nor is an unknown one:
        # that is ET102's); the quotes are read only for documents whose text is there.
        texts: dict[str, str] = {}
        for document in sorted(quoted):
            file = files.get(document)
            text = None if file is None else context.archive.text(file)
            if text is not None:
                texts[document] = text
        if not texts:
            return
        for handle, quotations_of_record in context.facts.rows(QUOTES):
            for path, document_id, quote in quotations_of_record:
                text = texts.get(document_id)
                if text is None or quote_found(quote, text):
                    continue
                yield self.finding_at(
                    context,
                    handle,
                    *path,
                    "quote",
                    say=f"quote not found verbatim in {files[document_id]} ({document_id}): copy"
                    " it exactly from the text (only whitespace and quotation marks may differ)",
                )


RULE = QuoteNotFound()
