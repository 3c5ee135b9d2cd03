"""ET203 derived-before-origin: an item or response published before what it derives from."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.rules.base import CorpusContext, CorpusRule
from evidtrack.rules.facts import (
    DOCUMENTS,
    GRAPH_EXTRACTORS,
    REPORTED,
    REPORTED_KEYS,
    evidence_graph,
    publication,
    surely_before,
)


class DerivedBeforeOrigin(CorpusRule):
    code = "ET203"
    name = "derived-before-origin"
    message = "item dated before an item it derives from: correct a date or the derived_from link"
    rationale = (
        "derived_from says an item only repeats earlier items. A repetition cannot precede what"
        " it repeats: either a date is wrong, or the link points the wrong way (the later item"
        " is the relay)."
    )
    bad_example = """\
evidence:
  - id: ev-relay-early
    allegations: [prk-rus-missiles]
    claim: A news agency repeats the US count of nine launches
    citations:
      - document: doc-upi
        quote: Russia has attacked Ukraine at least nine times
    published: 2024-01-15
    source: upi
    party: USA
    kind: media_report
    stance: supports
    credibility: 3
    directness: direct
    derived_from: [ev-wood]
"""
    good_example = """\
evidence:
  - id: ev-relay-early
    allegations: [prk-rus-missiles]
    claim: A news agency repeats the US count of nine launches
    citations:
      - document: doc-upi
        quote: Russia has attacked Ukraine at least nine times
    published: 2024-02-07
    source: upi
    party: USA
    kind: media_report
    stance: supports
    credibility: 3
    directness: direct
    derived_from: [ev-wood]
"""

    extractors = (*GRAPH_EXTRACTORS, REPORTED, DOCUMENTS)

    def check_corpus(self, context: CorpusContext) -> Iterator[Finding]:
        graph = context.facts.derived(evidence_graph)
        if not graph.linked:
            return
        dates = [date for key in REPORTED_KEYS for date in context.facts.derived(publication)[key]]
        first = graph.first
        for position in graph.linked:
            date = dates[position]
            if date is None:
                continue
            for index, origin in enumerate(graph.links[position]):
                at = first.get(origin)
                origin_date = None if at is None else dates[at]
                if origin_date is None or not surely_before(date, origin_date):
                    continue
                yield self.finding_at(
                    context,
                    graph.handle(position),
                    "derived_from",
                    index,
                    say=f"{graph.ids[position]} ({date[0]}) derives from {origin}, published"
                    f" later ({origin_date[0]}): correct a date, or reverse the derived_from link",
                )


RULE = DerivedBeforeOrigin()
