"""Small synthetic datasets for the score's property tests, built directly as model objects.

One fixed cast of actors and sources around one allegation (accusers ACC1 and ACC2, ally ALY1,
accused PRK and RUS, third parties THD1 and THD2, independent organisations ORG1 and ORG2), and
strategies for evidence items and responses among them.
"""

from __future__ import annotations

from typing import Any, Final

import attrs
from hypothesis import strategies as st

from evidtrack.model import (
    Actor,
    ActorKind,
    Allegation,
    Authority,
    Citation,
    Credibility,
    Dataset,
    Directness,
    EvidenceItem,
    EvidenceKind,
    ItemCategory,
    Observation,
    OfficialResponse,
    PartialDate,
    Reliability,
    ResponseKind,
    Role,
    RoleAssignment,
    Source,
    SourceKind,
    Stance,
    Statement,
    TransferredItem,
)
from evidtrack.scoring import OBJECT_EXAMINATIONS

ALLEGATION: Final = Allegation(
    id="alg",
    title="PRK transferred missiles to RUS",
    suppliers=("PRK",),
    recipients=("RUS",),
    items=(TransferredItem(category=ItemCategory.BALLISTIC_MISSILES),),
    accusers=("ACC1", "ACC2"),
    accused=("PRK", "RUS"),
    roles=(RoleAssignment(actor="ALY1", role=Role.ALLY),),
)

CAMP: Final = ("ACC1", "ACC2", "ALY1")
ACCUSED: Final = ("PRK", "RUS")
THIRD: Final = ("THD1", "THD2")
ORGS: Final = ("ORG1", "ORG2")
PARTIES: Final = (*CAMP, *ACCUSED, *THIRD, *ORGS)
#: People who speak for the accused: one can bind the state, one cannot.
BINDING_SPEAKER: Final = "prk-minister"
NON_BINDING_SPEAKER: Final = "prk-backbencher"
#: An organ of the accused that binds it with no person named (a general staff).
ORGAN: Final = "prk-general-staff"
#: Who may speak for PRK in a generated item or response.
_PRK_SPEAKERS: Final = ((), (BINDING_SPEAKER,), (NON_BINDING_SPEAKER,), (ORGAN,))


def _state(code: str) -> Actor:
    return Actor(id=code, kind=ActorKind.STATE, name=f"State {code}", country_code=code[:3])


def _for_prk(id: str, kind: ActorKind, name: str, authority: Authority) -> Actor:
    return Actor(id=id, kind=kind, name=name, acts_for="PRK", authority=authority)


ACTORS: Final = (
    *(_state(code) for code in (*CAMP, *ACCUSED, *THIRD)),
    *(Actor(id=org, kind=ActorKind.ORGANISATION, name=f"Organisation {org}") for org in ORGS),
    _for_prk(BINDING_SPEAKER, ActorKind.PERSON, "Minister", Authority.MINISTER),
    _for_prk(NON_BINDING_SPEAKER, ActorKind.PERSON, "Backbencher", Authority.LEGISLATOR),
    _for_prk(ORGAN, ActorKind.BODY, "General Staff", Authority.MILITARY_COMMAND),
)
GOVERNMENT_SOURCES: Final = tuple(f"gov-{grade.value}" for grade in Reliability)
RESEARCH_SOURCES: Final = tuple(f"research-{grade.value}" for grade in Reliability)
#: One source per reliability grade, of each kind: ``gov-A``... and ``research-A``...
SOURCES: Final = tuple(
    Source(id=f"{prefix}-{g.value}", name=f"{prefix} {g.value}", kind=kind, reliability=g)
    for prefix, kind in (
        ("gov", SourceKind.GOVERNMENT),
        ("research", SourceKind.RESEARCH_ORGANISATION),
    )
    for g in Reliability
)

dates = st.builds(
    lambda year, month, day, precision: PartialDate(
        year=year,
        month=month if precision >= 1 else None,
        day=day if precision >= 2 else None,
    ),
    st.integers(2022, 2024),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 2),
)


@attrs.frozen(kw_only=True)
class ItemSpec:
    """An evidence item without its id; ``to_item`` numbers it."""

    fields: dict[str, Any] = attrs.field(hash=False)

    def to_item(self, item_id: str, **changes: Any) -> EvidenceItem:
        values = {**self.fields, **changes}
        speakers = values.pop("speakers", ())
        common = {
            "id": item_id,
            "allegations": (ALLEGATION.id,),
            "claim": "a claim",
            "citations": (Citation(document="doc", quote="a quote"),),
            **values,
        }
        if values["kind"].observed:  # an observation has no speaker
            return Observation(observed="what was seen", **common)
        return Statement(speakers=speakers, **common)


def spec(**fields: Any) -> ItemSpec:
    """A plain item (a third party's direct official statement, A/2, 2024-01-10), changed."""
    base: dict[str, Any] = {
        "published": PartialDate.parse("2024-01-10"),
        "source": "gov-A",
        "party": "THD1",
        "kind": EvidenceKind.OFFICIAL_STATEMENT,
        "stance": Stance.SUPPORTS,
        "credibility": Credibility.PROBABLY_TRUE,
        "directness": Directness.DIRECT.number,
    }
    return ItemSpec(fields={**base, **fields})


def assertion(spec: ItemSpec) -> ItemSpec:
    """``spec`` as an assertion: an examination of an object loses its ``artifact``.

    An examination of an object with an artifact is keyed by the object whoever examined it,
    outside the accuser camp's cap; the bounded-party and admission-dominance properties bound
    what an interested party asserts, not its examinations of objects.
    """
    if spec.fields["kind"] in OBJECT_EXAMINATIONS:
        return ItemSpec(fields={**spec.fields, "artifact": None})
    return spec


def _source_for(party: str) -> st.SearchStrategy[str]:
    return st.sampled_from(RESEARCH_SOURCES if party in ORGS else GOVERNMENT_SOURCES)


@st.composite
def item_specs(
    draw: st.DrawFn,
    parties: tuple[str, ...] = PARTIES,
    stances: tuple[Stance, ...] = tuple(Stance),
    kinds: tuple[EvidenceKind, ...] = tuple(EvidenceKind),
    labels: bool = True,
) -> ItemSpec:
    party = draw(st.sampled_from(parties))
    credibility = draw(st.sampled_from(Credibility))
    return ItemSpec(
        fields={
            "published": draw(dates),
            "source": draw(_source_for(party)),
            "party": party,
            "speakers": draw(st.sampled_from(_PRK_SPEAKERS)) if party == "PRK" else (),
            "kind": draw(st.sampled_from(kinds)),
            "stance": draw(st.sampled_from(stances)),
            "credibility": credibility,
            "credibility_note": draw(st.sampled_from((None, "confirmed outside the corpus"))),
            "directness": draw(st.sampled_from(tuple(d.number for d in Directness))),
            "origin": draw(st.sampled_from((None, None, "o1", "o2"))) if labels else None,
            "artifact": draw(st.sampled_from((None, None, None, "a1"))) if labels else None,
        }
    )


@st.composite
def responses(
    draw: st.DrawFn, index: int, actors: tuple[str, ...] = (*PARTIES, ORGAN)
) -> OfficialResponse:
    actor = draw(st.sampled_from(actors))
    return OfficialResponse(
        id=f"resp-{index}",
        allegations=(ALLEGATION.id,),
        actor=actor,
        speakers=draw(st.sampled_from(_PRK_SPEAKERS)) if actor == "PRK" else (),
        source=draw(_source_for(actor)),
        kind=draw(st.sampled_from(tuple(ResponseKind))),
        published=draw(dates),
        citations=(Citation(document="doc", quote="a quote"),),
        # graded as evidence is, or not at all (the profile's response credibility then)
        credibility=draw(st.one_of(st.none(), st.sampled_from(Credibility))),
        credibility_note=draw(st.sampled_from((None, "a recorded vote"))),
        directness=draw(st.one_of(st.none(), st.sampled_from([d.number for d in Directness]))),
    )


def world(
    evidence: tuple[EvidenceItem, ...] = (), answers: tuple[OfficialResponse, ...] = ()
) -> Dataset:
    return Dataset(
        actors=ACTORS,
        sources=SOURCES,
        allegations=(ALLEGATION,),
        evidence=evidence,
        responses=answers,
    )


@st.composite
def evidence_lists(
    draw: st.DrawFn,
    max_size: int = 8,
    specs: st.SearchStrategy[ItemSpec] | None = None,
    prefix: str = "ev",
    relays: bool = True,
) -> tuple[EvidenceItem, ...]:
    """Items numbered ``prefix-0``, ``prefix-1``...; some relay earlier ones."""
    found = draw(st.lists(specs if specs is not None else item_specs(), max_size=max_size))
    items: list[EvidenceItem] = []
    for index, spec in enumerate(found):
        derived: tuple[str, ...] = ()
        if relays and items and draw(st.integers(0, 5)) == 0:
            derived = (draw(st.sampled_from(items)).id,)
        items.append(spec.to_item(f"{prefix}-{index}", derived_from=derived))
    return tuple(items)


@st.composite
def worlds(draw: st.DrawFn, max_items: int = 8, max_responses: int = 3) -> Dataset:
    evidence = draw(evidence_lists(max_size=max_items))
    count = draw(st.integers(0, max_responses))
    answers = tuple(draw(responses(i)) for i in range(count))
    return world(evidence, answers)
