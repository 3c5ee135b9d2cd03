"""ET301 derivation-cycle: evidence items that derive from each other in a circle."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Final, Protocol, TypeVar

from evidtrack.findings import Finding
from evidtrack.model import EvidenceItem, OfficialResponse
from evidtrack.rules.base import CorpusContext, ScreenedRule
from evidtrack.rules.facts import (
    IDS,
    LINKS,
    REPORTED_KEYS,
    Facts,
    FileFacts,
    Summary,
    evidence_graph,
    fields,
    reported_ids_unique,
)

#: What derives from what: evidence items and responses alike.
Derived = EvidenceItem | OfficialResponse


class Linked(Protocol):
    """What the search reads of an item: its id and the ids it derives from."""

    @property
    def id(self) -> str: ...

    @property
    def derived_from(self) -> tuple[str, ...]: ...


L = TypeVar("L", bound=Linked)


def cycles(items: Sequence[L]) -> list[list[L]]:
    """Each circle of derived_from links once, starting at its first item in file order."""
    by_id: dict[str, L] = {}
    for item in items:
        by_id.setdefault(item.id, item)
    circles = _circles({item.id: item.derived_from for item in by_id.values()})
    return [[by_id[item] for item in circle] for circle in circles]


def _circles(links: Mapping[str, tuple[str, ...]]) -> list[list[str]]:
    """The circles among ids (in the order of ``links``, each id's first record)."""
    order = {item: n for n, item in enumerate(links)}
    found: list[list[str]] = []
    # An item none of whose origins is in the graph closes no circle: most relays repeat an
    # original. The search starts from the others.
    inside = {item: [t for t in targets if t in links] for item, targets in links.items()}
    done = {item for item, targets in inside.items() if not targets}
    for start in links:
        if start in done:
            continue
        # Depth-first search along derived_from, iteratively: chains can be long.
        path: list[str] = []
        on_path: dict[str, int] = {}
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:
            item, next_edge = stack.pop()
            if next_edge == 0:
                if item in done:
                    continue
                on_path[item] = len(path)
                path.append(item)
            targets = inside[item]
            if next_edge < len(targets):
                stack.append((item, next_edge + 1))
                target = targets[next_edge]
                if target in on_path:
                    circle = path[on_path[target] :]
                    first = min(range(len(circle)), key=lambda n: order[circle[n]])
                    found.append(circle[first:] + circle[:first])
                elif target not in done:
                    stack.append((target, 0))
            else:
                done.add(item)
                del on_path[item]
                path.pop()
    return found


def _circling(file: FileFacts) -> tuple[bool, bool]:
    links: dict[str, tuple[str, ...]] = {}
    for key in REPORTED_KEYS:
        for record_id, origins in zip(file.values(IDS, key), file.values(LINKS, key), strict=True):
            links.setdefault(record_id, origins)
    outside = any(origin not in links for origins in links.values() for origin in origins)
    return outside, bool(_circles({item: origins for item, origins in links.items() if origins}))


#: Whether a link of a file names no item or response of the file, and whether the file's own
#: links form a circle. A screen, not a fold of records: a circle through several files has a
#: link that leaves one, so merged, it never clears files whose links form a circle, however
#: the records were split between files.
CIRCLING: Final = Summary(
    "derived_from links leave the file, or circle", _circling, fields(any, any)
)


class DerivationCycle(ScreenedRule):
    code = "ET301"
    name = "derivation-cycle"
    message = "derived_from links form a circle: remove the link from the earlier item"
    rationale = (
        "derived_from points from a relay to what it repeats, so following the links must end"
        " at original reporting. A circle (A repeats B, B repeats A) is circular reporting"
        " written into the data: no item in it is the origin, and the score could not tell"
        " which item carries the information."
    )
    bad_example = """\
evidence:
  - id: ev-relay-a
    allegations: [prk-rus-missiles]
    claim: An agency repeats the US count of nine launches
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
    derived_from: [ev-relay-b]
  - id: ev-relay-b
    allegations: [prk-rus-missiles]
    claim: Another agency repeats the US count of nine launches
    citations:
      - document: doc-upi
        quote: a U.S. diplomat said
    published: 2024-02-07
    source: upi
    party: USA
    kind: media_report
    stance: supports
    credibility: 3
    directness: direct
    derived_from: [ev-relay-a]
"""
    good_example = """\
evidence:
  - id: ev-relay-a
    allegations: [prk-rus-missiles]
    claim: An agency repeats the US count of nine launches
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
  - id: ev-relay-b
    allegations: [prk-rus-missiles]
    claim: Another agency repeats the US count of nine launches
    citations:
      - document: doc-upi
        quote: a U.S. diplomat said
    published: 2024-02-07
    source: upi
    party: USA
    kind: media_report
    stance: supports
    credibility: 3
    directness: direct
    derived_from: [ev-relay-a]
"""

    extractors = (IDS, LINKS)
    summaries = (CIRCLING,)

    def may_find(self, facts: Facts) -> bool:
        """Whether derived_from links may form a circle, by the summaries."""
        outside, circle = facts.merged(CIRCLING)
        # Each file followed its links alone: right only if no other record has the id.
        return outside or circle or not facts.derived(reported_ids_unique)

    def walk(self, context: CorpusContext) -> Iterator[Finding]:
        graph = context.facts.derived(evidence_graph)
        # The search follows the first item of each id, and only items that derive from
        # others can close a circle: it is given those alone.
        ids, first, links_of = graph.ids, graph.first, graph.links
        links = {ids[n]: links_of[n] for n in graph.linked if first[ids[n]] == n}
        for circle in _circles(links):
            head = circle[0]
            successor = circle[1] if len(circle) > 1 else head
            shown = " -> ".join([*circle, head])
            yield self.finding_at(
                context,
                graph.handle(first[head]),
                "derived_from",
                links[head].index(successor),
                say=f"derived_from links form a circle ({shown}): a relay points at what it"
                " repeats, so remove the link that points back",
            )


RULE = DerivationCycle()
