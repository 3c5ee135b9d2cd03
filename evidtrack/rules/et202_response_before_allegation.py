"""ET202 response-before-allegation: a response dated before the allegation was first made."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from evidtrack.findings import Finding
from evidtrack.model import Allegation
from evidtrack.rules.base import CorpusContext, CorpusRule
from evidtrack.rules.facts import (
    DOCUMENTS,
    IDS,
    REPORTED,
    Dated,
    Extractor,
    Facts,
    Keep,
    document_dates,
    publication,
    surely_before,
)


def _citations(allegation: Allegation) -> tuple[str, ...]:
    return tuple(citation.document for citation in allegation.citations)


#: The documents each allegation cites, in the order of the file's allegation ids.
CITED = Extractor("cited documents", ("allegations",), _citations, Keep.EAGER)


def first_made(facts: Facts) -> Mapping[str, Dated | None]:
    """The earliest date each allegation is on record: the publication of its supporting
    items, then the documents its citations quote (the first of equal starts is kept)."""
    documents = facts.derived(document_dates)
    # The earliest supporting item of each allegation so far, the first of equal starts: the
    # items come before the documents below, so the first of all equal starts is the same.
    earliest: dict[str, Dated] = {}
    published = facts.derived(publication)["evidence"]
    for fact, date in zip(facts.values(REPORTED, "evidence"), published, strict=True):
        if fact[1] and date is not None:
            for allegation in fact[0]:
                known = earliest.get(allegation)
                if known is None or date[1] < known[1]:
                    earliest[allegation] = date
    made: dict[str, Dated | None] = {}
    for allegation, cited in zip(
        facts.values(IDS, "allegations"), facts.values(CITED, "allegations"), strict=True
    ):
        if allegation in made:
            continue  # the first allegation with the id, as the records' index has it
        found = [earliest[allegation]] if allegation in earliest else []
        found.extend(when for document in cited if (when := documents.get(document)) is not None)
        made[allegation] = min(found, key=lambda d: d[1], default=None)
    return made


class ResponseBeforeAllegation(CorpusRule):
    code = "ET202"
    name = "response-before-allegation"
    message = "response dated before the allegation was first made: correct one of the dates"
    rationale = (
        "A party can only respond to an allegation once it has been made. The allegation counts"
        " as made at the earliest date among its supporting evidence items and the documents"
        " its citations quote; a response surely before that (given both precisions) means a"
        " wrong date, or a response filed under the wrong allegation."
    )
    bad_example = """\
responses:
  - id: resp-prk-early
    allegations: [prk-rus-missiles]
    actor: PRK
    source: kcna
    kind: denial
    published: 2023-01-10
    citations:
      - document: doc-upi
        quote: We have never exported any arms
"""
    good_example = """\
responses:
  - id: resp-prk-early
    allegations: [prk-rus-missiles]
    actor: PRK
    source: kcna
    kind: denial
    published: 2024-02-07
    citations:
      - document: doc-upi
        quote: We have never exported any arms
"""

    extractors = (IDS, REPORTED, DOCUMENTS, CITED)

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        facts = context.facts
        if not facts.count(IDS, "responses"):
            return
        made_on = facts.derived(first_made)
        published = facts.derived(publication)["responses"]
        for (handle, fact), date in zip(facts.rows(REPORTED, "responses"), published, strict=True):
            if date is None:
                continue
            for allegation in fact[0]:
                if allegation not in made_on:
                    continue
                made = made_on[allegation]
                if made is not None and surely_before(date, made):
                    yield self.finding_at(
                        context,
                        handle,
                        "published" if fact[2] is not None else "citations",
                        say=f"response published {date[0]}, before {allegation} was first"
                        f" made ({made[0]}): correct the date, or the allegation it answers",
                    )


RULE = ResponseBeforeAllegation()
