"""ET203 derived-before-origin: an item or response published before what it derives from."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from evidtrack.findings import Finding
from evidtrack.rules.base import CorpusContext, ScreenedRule
from evidtrack.rules.facts import (
    DOCUMENTS,
    GRAPH_EXTRACTORS,
    IDS,
    LINKS,
    REPORTED,
    REPORTED_KEYS,
    Facts,
    FileFacts,
    ReportedFacts,
    Summary,
    cited_dates,
    evidence_graph,
    fields,
    greatest,
    keep_greatest,
    keep_least,
    least,
    publication,
    reported_ids_unique,
    surely_before,
    union,
)

#: The derived_from links of a file, compared where the file can: whether a link names no item
#: or response of the file, whether a record with its own date is surely before the origin's
#: own date; and by the documents the undated ones cite, the bounds to compare once documents
#: are dated: the earliest end of records with their own date by the documents their undated
#: origins cite, the latest start of origins with their own date by the documents their undated
#: relays cite, and the pairs of documents both cite when neither has its own date.
Links = tuple[
    bool,
    bool,
    dict[tuple[str, ...], int],
    dict[tuple[str, ...], int],
    set[tuple[tuple[str, ...], tuple[str, ...]]],
]


def _links(file: FileFacts) -> Links:
    first: dict[str, ReportedFacts] = {}
    linked: list[tuple[ReportedFacts, tuple[str, ...]]] = []
    for key in REPORTED_KEYS:
        for record_id, fact, links in zip(
            file.values(IDS, key), file.values(REPORTED, key), file.values(LINKS, key), strict=True
        ):
            first.setdefault(record_id, fact)
            if links:
                linked.append((fact, links))
    outside = before = False
    relays: dict[tuple[str, ...], int] = {}
    origins: dict[tuple[str, ...], int] = {}
    both: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    for fact, links in linked:
        date = fact[2]
        for origin in links:
            found = first.get(origin)
            if found is None:
                outside = True
                continue
            origin_date = found[2]
            if date is not None and origin_date is not None:
                before = before or surely_before(date, origin_date)
            elif date is not None:
                keep_least(relays, found[4], date[2])
            elif origin_date is not None:
                keep_greatest(origins, fact[4], origin_date[1])
            else:
                both.add((fact[4], found[4]))
    return outside, before, relays, origins, both


#: Not a fold of records but a screen: a file resolves its links alone, and says when it
#: cannot (a link to another file). Merged, it never clears files in which a record is surely
#: before its origin, however the records were split between files.
LINKED: Final = Summary(
    "derived_from links by documents", _links, fields(any, any, least, greatest, union)
)


class DerivedBeforeOrigin(ScreenedRule):
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
    summaries = (LINKED,)

    def may_find(self, facts: Facts) -> bool:
        """Whether a record may be dated before what it derives from, by the summaries."""
        outside, before, relays, origins, both = facts.merged(LINKED)
        # Each file resolved its links alone: right only if no other record has the id.
        if before or outside or not facts.derived(reported_ids_unique):
            return True
        dates = facts.derived(cited_dates)
        for cited, end in relays.items():
            if (date := dates[cited]) is not None and end <= date[1]:
                return True
        for cited, start in origins.items():
            if (date := dates[cited]) is not None and date[2] <= start:
                return True
        return any(
            (date := dates[relay]) is not None
            and (origin_date := dates[origin]) is not None
            and surely_before(date, origin_date)
            for relay, origin in both
        )

    def walk(self, context: CorpusContext) -> Iterator[Finding]:
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
