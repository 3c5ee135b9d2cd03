"""The role of a party in one allegation: derived from the allegation, overridable in the data.

Rule, in order (the first that applies):
1. the item's own ``role`` (an override written on the evidence item);
2. an explicit ``roles`` entry of the allegation for that actor;
3. the allegation's ``accused`` and ``accusers`` lists;
4. an actor that ``acts_for`` another takes that actor's role (steps 2-5 again, up the chain);
5. a body or organisation at the end of the chain is ``independent`` when the source carrying
   the item is a UN body or a research organisation that speaks for no one else; a UN panel
   acting for the Council, reported by a UN source, is independent, a ministry is not;
6. everyone else is a ``third_party``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Final

import attrs

from evidtrack.model import ActorKind, Allegation, Dataset, Role, Source, SourceKind

_INDEPENDENT_SOURCES: Final = frozenset({SourceKind.UN_BODY, SourceKind.RESEARCH_ORGANISATION})
_ORGANISED: Final = frozenset({ActorKind.BODY, ActorKind.ORGANISATION})


def chain(party: str, dataset: Dataset) -> Iterator[str]:
    """``party``, then the actor it acts for, and so on up; an ``acts_for`` cycle (a data error)
    stops where it loops."""
    seen: set[str] = set()
    current: str | None = party
    while current is not None and current not in seen:
        seen.add(current)
        yield current
        actor = dataset.actor_by_id.get(current)
        current = None if actor is None else actor.acts_for


def role_of(
    party: str,
    allegation: Allegation,
    dataset: Dataset,
    *,
    source: Source | None = None,
    override: Role | None = None,
) -> Role:
    """The role of ``party`` in ``allegation``, for an item carried by ``source``."""
    if override is not None:
        return override
    return standing(party, allegation, dataset).under(source)


@attrs.frozen(kw_only=True)
class Standing:
    """A party's place in an allegation before the source of an item is known (steps 2-6)."""

    #: Its role; None for a body or organisation at the end of its chain, whose role the
    #: source carrying the item decides (step 5).
    role: Role | None
    #: ``party`` and the actors it acts for, up its chain.
    chain: frozenset[str]

    def under(self, source: Source | None) -> Role:
        """The role of the party in an item carried by ``source``."""
        if self.role is not None:
            return self.role
        return Role.INDEPENDENT if _independent_source(source, self.chain) else Role.THIRD_PARTY


def standing(party: str, allegation: Allegation, dataset: Dataset) -> Standing:
    """What the allegation and the actors' chains say of ``party``: the same for every item of
    the party, whatever its source (the score reads it once per party)."""
    explicit = _explicit(allegation)
    seen: set[str] = set()
    for current in chain(party, dataset):
        seen.add(current)
        if current in explicit:
            return Standing(role=explicit[current], chain=frozenset(seen))
        if current in allegation.accused:
            return Standing(role=Role.ACCUSED, chain=frozenset(seen))
        if current in allegation.accusers:
            return Standing(role=Role.ACCUSER, chain=frozenset(seen))
        actor = dataset.actor_by_id.get(current)
        if actor is not None and actor.acts_for is None and actor.kind in _ORGANISED:
            # The top of its chain: the source carrying the item decides.
            return Standing(role=None, chain=frozenset(seen))
    return Standing(role=Role.THIRD_PARTY, chain=frozenset(seen))


def _explicit(allegation: Allegation) -> Mapping[str, Role]:
    """The roles the allegation assigns by name (most assign none: no dict built then)."""
    if not allegation.roles:
        return _NONE
    return {assignment.actor: assignment.role for assignment in allegation.roles}


_NONE: Final[Mapping[str, Role]] = MappingProxyType({})


def accused_state(party: str, allegation: Allegation, dataset: Dataset) -> str | None:
    """The accused party that ``party`` is or acts for (a general staff's state), if any."""
    explicit = _explicit(allegation)
    for current in chain(party, dataset):
        if explicit.get(current) is Role.ACCUSED or (
            current not in explicit and current in allegation.accused
        ):
            return current
    return None


def _independent_source(source: Source | None, chain: frozenset[str]) -> bool:
    return (
        source is not None
        and source.kind in _INDEPENDENT_SOURCES
        and (source.speaks_for is None or source.speaks_for in chain)
    )
