"""ET208 undated-record: an item or response with no publication date at all."""

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
    publication,
    union,
)


def _undated(file: FileFacts) -> set[tuple[str, ...]]:
    return {fact[4] for fact in file.values(REPORTED) if fact[2] is None}


#: The sets of documents that records without their own publication date cite.
UNDATED: Final = Summary("documents of undated records", _undated, union)


class UndatedRecord(ScreenedRule):
    code = "ET208"
    name = "undated-record"
    message = "no publication date: write published, or give a cited document its date"
    rationale = (
        "The score counts an item only from the day it became public, so an item without a"
        " date never counts at all. The date is the record's published, or, left out, the"
        " earliest date of the documents it cites; here neither says."
    )
    bad_example = """\
documents:
  - id: doc-undated
    title: A report whose page gives no date
    publisher: upi
    url: https://www.upi.com/
evidence:
  - id: ev-undated
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine
    citations:
      - document: doc-undated
        quote: Russia launched North Korean missiles
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""
    good_example = """\
documents:
  - id: doc-undated
    title: A report whose page gives no date
    publisher: upi
    url: https://www.upi.com/
evidence:
  - id: ev-undated
    allegations: [prk-rus-missiles]
    claim: Russia launched DPRK-supplied missiles at Ukraine
    citations:
      - document: doc-undated
        quote: Russia launched North Korean missiles
    published: 2024-02-07
    source: us-government
    party: USA
    kind: official_statement
    stance: supports
    credibility: 3
    directness: direct
"""

    extractors = (IDS, REPORTED, DOCUMENTS)
    summaries = (UNDATED,)

    def may_find(self, facts: Facts) -> bool:
        """Whether a record may have no publication date, by the summaries."""
        dates = facts.derived(cited_dates)
        return any(dates[cited] is None for cited in facts.merged(UNDATED))

    def walk(self, context: CorpusContext) -> Iterator[Finding]:
        facts = context.facts
        for key in REPORTED_KEYS:
            dates = facts.derived(publication)[key]
            if None not in dates:
                continue
            ids = list(facts.values(IDS, key))
            for position, date in enumerate(dates):
                if date is None:
                    yield self.finding_at(
                        context,
                        facts.handle(REPORTED, key, position),
                        "citations",
                        say=f"{ids[position]} has no publication date and none of its documents"
                        " has a date: write published, or give a cited document its date",
                    )


RULE = UndatedRecord()
