"""ET202 response-before-allegation: a response dated before the allegation was first made."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final, Literal

from evidtrack.findings import Finding
from evidtrack.model import Allegation
from evidtrack.rules.base import CorpusContext, ScreenedRule
from evidtrack.rules.facts import (
    DOCUMENTS,
    IDS,
    REPORTED,
    Dated,
    Extractor,
    Facts,
    FileFacts,
    Keep,
    ReportedFacts,
    Summary,
    cited_dates,
    document_dates,
    fields,
    joined,
    keep_least,
    least,
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


#: By allegation: the earliest start of the own dates of its supporting items, the documents
#: its undated supporting items cite, the earliest end of the own dates of its responses, the
#: documents its undated responses cite.
Timing = tuple[
    dict[str, int], dict[str, set[tuple[str, ...]]], dict[str, int], dict[str, set[tuple[str, ...]]]
]


def _timing(file: FileFacts) -> Timing:
    supported: dict[str, int] = {}
    supported_by: dict[str, set[tuple[str, ...]]] = {}
    for fact in file.values(REPORTED, "evidence"):
        if fact[1]:
            _note(fact, supported, supported_by, 1)
    answered: dict[str, int] = {}
    answered_by: dict[str, set[tuple[str, ...]]] = {}
    for fact in file.values(REPORTED, "responses"):
        _note(fact, answered, answered_by, 2)
    return supported, supported_by, answered, answered_by


def _note(
    fact: ReportedFacts,
    own: dict[str, int],
    cited: dict[str, set[tuple[str, ...]]],
    bound: Literal[1, 2],
) -> None:
    """A record's date under each of its allegations: its own date's bound, or its documents."""
    date = fact[2]
    for allegation in fact[0]:
        if date is not None:
            keep_least(own, allegation, date[bound])
        else:
            cited.setdefault(allegation, set()).add(fact[4])


TIMING: Final = Summary(
    "supported and answered by allegation", _timing, fields(least, joined, least, joined)
)


class ResponseBeforeAllegation(ScreenedRule):
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
    summaries = (TIMING,)

    def may_find(self, facts: Facts) -> bool:
        """Whether a response may be dated before its allegation was made, by the summaries: the
        earliest end of its responses' dates against the earliest start of when it was made."""
        supported, supported_by, answered, answered_by = facts.merged(TIMING)
        dates = facts.derived(cited_dates)
        documents = facts.derived(document_dates)
        cited: dict[str, tuple[str, ...]] = {}
        for allegation, documents_cited in zip(
            facts.values(IDS, "allegations"), facts.values(CITED, "allegations"), strict=True
        ):
            cited.setdefault(allegation, documents_cited)
        for allegation in answered.keys() | answered_by.keys():
            if allegation not in cited:
                continue  # no such allegation: nothing to compare with
            ends = [dates[c] for c in answered_by.get(allegation, ())]
            end = min(
                [
                    *((answered[allegation],) if allegation in answered else ()),
                    *(date[2] for date in ends if date is not None),
                ],
                default=None,
            )
            made = [documents.get(d) for d in cited[allegation]]
            made.extend(dates[c] for c in supported_by.get(allegation, ()))
            start = min(
                [
                    *((supported[allegation],) if allegation in supported else ()),
                    *(date[1] for date in made if date is not None),
                ],
                default=None,
            )
            if end is not None and start is not None and end <= start:
                return True
        return False

    def walk(self, context: CorpusContext) -> Iterator[Finding]:
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
