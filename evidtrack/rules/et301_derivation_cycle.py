"""ET301 derivation-cycle: evidence items that derive from each other in a circle."""

from __future__ import annotations

from collections.abc import Iterator

from evidtrack.findings import Finding
from evidtrack.model import EvidenceItem, OfficialResponse
from evidtrack.rules.base import Rule, RuleContext

Derived = EvidenceItem | OfficialResponse


def cycles(items: tuple[Derived, ...]) -> list[list[Derived]]:
    """Each circle of derived_from links once, starting at its first item in file order."""
    by_id: dict[str, Derived] = {}
    for item in items:
        by_id.setdefault(item.id, item)
    order = {item.id: n for n, item in enumerate(by_id.values())}
    found: list[list[Derived]] = []
    done: set[str] = set()
    for start in by_id.values():
        # Depth-first search along derived_from, iteratively: chains can be long.
        path: list[Derived] = []
        on_path: dict[str, int] = {}
        stack: list[tuple[Derived, int]] = [(start, 0)]
        while stack:
            item, next_edge = stack.pop()
            if next_edge == 0:
                if item.id in done:
                    continue
                on_path[item.id] = len(path)
                path.append(item)
            targets = [t for t in item.derived_from if t in by_id]
            if next_edge < len(targets):
                stack.append((item, next_edge + 1))
                target = targets[next_edge]
                if target in on_path:
                    circle = path[on_path[target] :]
                    first = min(range(len(circle)), key=lambda n: order[circle[n].id])
                    found.append(circle[first:] + circle[:first])
                elif target not in done:
                    stack.append((by_id[target], 0))
            else:
                done.add(item.id)
                del on_path[item.id]
                path.pop()
    return found


class DerivationCycle(Rule):
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

    def check(self, context: RuleContext) -> Iterator[Finding]:
        for circle in cycles((*context.dataset.evidence, *context.dataset.responses)):
            head = circle[0]
            successor = circle[1].id if len(circle) > 1 else head.id
            shown = " -> ".join(item.id for item in [*circle, head])
            yield self.finding(
                context,
                head,
                "derived_from",
                head.derived_from.index(successor),
                say=f"derived_from links form a circle ({shown}): a relay points at what it"
                " repeats, so remove the link that points back",
            )


RULE = DerivationCycle()
