"""What the score weighs: one evidence item or one mapped response, with its grades resolved."""

from __future__ import annotations

from collections.abc import Hashable
from enum import StrEnum

import attrs

from evidtrack.model import (
    Allegation,
    Dataset,
    Directness,
    EvidenceItem,
    EvidenceKind,
    OfficialResponse,
    PartialDate,
    Reliability,
    Role,
    Stance,
)
from evidtrack.scoring.inputs.roles import role_of


class Origin(StrEnum):
    """Which kind of record an input came from."""

    EVIDENCE = "evidence"
    RESPONSE = "response"


@attrs.frozen(kw_only=True)
class ScoredItem:
    """The fields of an item that the score reads, resolved against the dataset."""

    id: str
    record: Origin
    kind: EvidenceKind
    stance: Stance
    party: str
    role: Role
    reliability: Reliability
    credibility: int
    confirmed_outside: bool
    directness: Directness
    date: PartialDate
    derived_from: tuple[str, ...] = ()
    origin: str | None = None
    artifact: str | None = None
    #: Why the item reads differently from its record (a demoted admission), if it does.
    note: str | None = None
    #: The record without its id: two records equal but for the id are one piece of evidence.
    fingerprint: Hashable = attrs.field(default=None, eq=False, repr=False)

    @property
    def sign(self) -> int:
        return self.stance.sign

    def content(self) -> tuple[Origin, Hashable]:
        """What makes two inputs the same evidence recorded twice."""
        return (self.record, self.fingerprint)


#: Admiralty F: a source the dataset does not hold cannot be judged.
UNKNOWN_RELIABILITY = Reliability.F


def from_evidence(item: EvidenceItem, allegation: Allegation, dataset: Dataset) -> ScoredItem:
    """An evidence item as the score reads it (admissions graded by ``grade_admission``)."""
    source = dataset.source_by_id.get(item.source)
    role = role_of(item.party, allegation, dataset, source=source, override=item.role)
    kind, role, note = grade_admission(
        item.kind, item.stance, role, item.speaker or item.party, dataset
    )
    return ScoredItem(
        id=item.id,
        record=Origin.EVIDENCE,
        kind=kind,
        stance=item.stance,
        party=item.party,
        role=role,
        reliability=source.reliability if source is not None else UNKNOWN_RELIABILITY,
        credibility=item.credibility,
        confirmed_outside=item.credibility_note is not None,
        directness=item.directness,
        date=item.date,
        derived_from=item.derived_from,
        origin=item.origin,
        artifact=item.artifact,
        note=note,
        fingerprint=without_id(item),
    )


def without_id(record: EvidenceItem | OfficialResponse) -> Hashable:
    """Every field of a record but its id, as a hashable tuple."""
    return tuple(
        getattr(record, field.name) for field in attrs.fields(type(record)) if field.name != "id"
    )


def grade_admission(
    kind: EvidenceKind, stance: Stance, role: Role, speaker: str, dataset: Dataset
) -> tuple[EvidenceKind, Role, str | None]:
    """An admission stands only when the accused state's authorised voice makes it.

    Otherwise (a backbencher, an anonymous source) it is graded as an official statement of a
    third party (scoring.md B.1). An "admission" by a party that is not accused, or one that
    does not support the allegation, is no admission: it is read as an official statement of
    its party, whose role stays (an accused party's refutation stays under the denial floor).
    """
    if kind is not EvidenceKind.ADMISSION:
        return kind, role, None
    if stance is not Stance.SUPPORTS or role is not Role.ACCUSED:
        return EvidenceKind.OFFICIAL_STATEMENT, role, "only an accused party can admit"
    if binds(speaker, dataset):
        return kind, role, None
    return (
        EvidenceKind.OFFICIAL_STATEMENT,
        Role.THIRD_PARTY,
        "admission by a speaker who cannot bind the accused state: graded as an official"
        " statement of a third party",
    )


def binds(speaker: str, dataset: Dataset) -> bool:
    """Whether the actor can bind its state (head of state, minister, spokesperson, organ)."""
    actor = dataset.actor_by_id.get(speaker)
    return actor is not None and actor.authority is not None and actor.authority.binds_state
