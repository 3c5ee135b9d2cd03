"""ET202 response-before-allegation: a response dated before the allegation was first made."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model import Allegation, Dataset, PartialDate, Stance
from evidtrack.rules.base import Rule, RuleContext


def first_made(allegation: Allegation, dataset: Dataset) -> PartialDate | None:
    """The earliest date the allegation is on record: its supporting items, its citations."""
    dates = [
        date
        for item in dataset.evidence_for(allegation.id)
        if item.stance is Stance.SUPPORTS and (date := dataset.published(item)) is not None
    ]
    for citation in allegation.citations:
        document = dataset.document_by_id.get(citation.document)
        if document is not None and document.date is not None:
            dates.append(document.date)
    return min(dates, key=lambda d: d.start(), default=None)


class ResponseBeforeAllegation(Rule):
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

    def check(self, context: RuleContext) -> Iterator[Finding]:
        dataset = context.dataset
        made_on: dict[str, PartialDate | None] = {}
        for response in dataset.responses:
            published = dataset.published(response)
            for allegation_id in response.allegations:
                allegation = dataset.allegation_by_id.get(allegation_id)
                if allegation is None or published is None:
                    continue
                if allegation.id not in made_on:
                    made_on[allegation.id] = first_made(allegation, dataset)
                made = made_on[allegation.id]
                if made is not None and published.surely_before(made):
                    yield self.finding(
                        context,
                        response,
                        "published" if response.published is not None else "citations",
                        say=f"response published {published}, before {allegation.id} was first"
                        f" made ({made}): correct the date, or the allegation it answers",
                    )


RULE = ResponseBeforeAllegation()
