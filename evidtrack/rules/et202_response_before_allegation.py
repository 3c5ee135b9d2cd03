"""ET202 response-before-allegation: a response dated before the allegation was first made."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model import Allegation, Dataset, PartialDate, Stance
from evidtrack.rules.base import Rule, RuleContext


def first_made(allegation: Allegation, dataset: Dataset) -> PartialDate | None:
    """The earliest date the allegation is on record: its supporting items, its citations."""
    dates = [
        item.date for item in dataset.evidence_for(allegation.id) if item.stance is Stance.SUPPORTS
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
    allegation: prk-rus-missiles
    actor: PRK
    source: kcna
    kind: denial
    date: 2023-01-10
    document: doc-upi
    quote: We have never exported any arms
"""
    good_example = """\
responses:
  - id: resp-prk-early
    allegation: prk-rus-missiles
    actor: PRK
    source: kcna
    kind: denial
    date: 2024-02-10
    document: doc-upi
    quote: We have never exported any arms
"""

    def check(self, context: RuleContext) -> Iterator[Finding]:
        dataset = context.dataset
        made_on: dict[str, PartialDate | None] = {}
        for response in dataset.responses:
            allegation = dataset.allegation_by_id.get(response.allegation)
            if allegation is None:
                continue
            if allegation.id not in made_on:
                made_on[allegation.id] = first_made(allegation, dataset)
            made = made_on[allegation.id]
            if made is not None and response.date.surely_before(made):
                yield self.finding(
                    context,
                    response,
                    "date",
                    say=f"response dated {response.date}, before {allegation.id} was first made"
                    f" ({made}): correct the date, or the allegation it answers",
                )


RULE = ResponseBeforeAllegation()
