"""derived_from cycles: found exactly when the links go round, each a real circle."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from evidtrack.model import (
    Citation,
    Credibility,
    EvidenceKind,
    OfficialResponse,
    ResponseKind,
    Stance,
    Statement,
)
from evidtrack.rules.et301_derivation_cycle import Derived, cycles


def item(n: int, derived: tuple[int, ...]) -> Derived:
    """Even numbers are evidence items, odd ones responses: links cross the two kinds."""
    citations = (Citation(document="d", quote="q"),)
    derived_from = tuple(f"ev-{d}" for d in derived)
    if n % 2:
        return OfficialResponse(
            id=f"ev-{n}",
            allegations=("a",),
            actor="P",
            source="s",
            kind=ResponseKind.DENIAL,
            citations=citations,
            derived_from=derived_from,
        )
    return Statement(
        id=f"ev-{n}",
        allegations=("a",),
        claim="c",
        citations=citations,
        source="s",
        party="P",
        kind=EvidenceKind.MEDIA_REPORT,
        stance=Stance.SUPPORTS,
        credibility=Credibility.POSSIBLY_TRUE,
        directness=1.0,
        derived_from=derived_from,
    )


graphs = st.integers(1, 8).flatmap(
    lambda n: st.lists(
        st.lists(st.integers(0, n - 1), max_size=3, unique=True).map(tuple),
        min_size=n,
        max_size=n,
    )
)


def reaches(edges: list[tuple[int, ...]], start: int, goal: int) -> bool:
    seen, todo = set(), list(edges[start])
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(edges[node])
    return False


@given(graphs)
def test_cycles_are_real_and_found_exactly_when_there_is_one(edges: list[tuple[int, ...]]) -> None:
    items = tuple(item(n, derived) for n, derived in enumerate(edges))
    found = cycles(items)
    on_a_cycle = {n for n in range(len(edges)) if reaches(edges, n, n)}
    assert bool(found) == bool(on_a_cycle)
    for circle in found:
        ids = [i.id for i in circle]
        assert len(set(ids)) == len(ids)
        for here, there in zip(circle, circle[1:] + circle[:1], strict=True):
            assert there.id in here.derived_from
        assert {int(i.id[3:]) for i in circle} <= on_a_cycle
    # Every node on a cycle shares a strongly connected part with some reported node.
    reported = {int(i.id[3:]) for circle in found for i in circle}
    for n in on_a_cycle:
        assert any(reaches(edges, n, m) and reaches(edges, m, n) for m in reported)


def test_self_link_and_long_chain() -> None:
    assert [[i.id for i in c] for c in cycles((item(0, (0,)),))] == [["ev-0"]]
    chain = tuple(item(n, (n + 1,) if n < 4999 else ()) for n in range(5000))
    assert cycles(chain) == []
    ring = (*chain[:-1], item(4999, (0,)))
    (circle,) = cycles(ring)
    assert len(circle) == 5000
    assert circle[0].id == "ev-0"
