"""What the score weighs: evidence items, and official responses through one mapping.

Each input is a ``ScoredItem``: the fields of a record the score reads, with its source's
grade, its party's role and the admission rule resolved against the dataset.

Official responses count through one mapping (S/2006/997, annex, para 28: contestations are
recorded and assessed):

| response | counts as |
| --- | --- |
| denial | refuting item of kind ``denial`` by the responding party |
| admission | supporting ``admission`` if a speaker binds the accused state (counted as the |
|           | state's), else an official statement of a third party |
| veto, refusal of access | supporting item of kind ``conduct``, circumstantial |
| demand for proof, no comment, non-denial, vote | recorded, neutral (no weight) |
| counter-accusation | recorded, neutral: guilty and innocent parties both make them (Heuer) |
| condemnation | recorded, neutral: it restates an accusation; its facts are evidence items |

A response's reliability is its source's grade; its credibility and directness are read by one
function, ``response_grade``: a response graded as evidence is (a hedged admission is partial;
a recorded vote is confirmed outside the corpus) counts with its own grades; where it records
none, it gets the profile's ``response_credibility`` (6, truth cannot be judged, by default) and
the directness of its kind above. A response that repeats another (``derived_from``) is a relay,
as an item is.

Directness is read by one function too, ``directness``: how much of the allegation an item bears
on, from 0 to 1.

Every input is dated by when it became public (``Dataset.published``: its own date, else its
first cited document's); a source without a grade (a publisher that only relays) counts as F.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Hashable
from enum import StrEnum
from typing import Any, Final

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
    ResponseKind,
    Role,
    Source,
    Stance,
)
from evidtrack.scoring.profile import Profile
from evidtrack.scoring.roles import Standing, accused_state, standing


class Recorded(StrEnum):
    """The list of the dataset an input was recorded in."""

    EVIDENCE = "evidence"
    RESPONSE = "response"


@attrs.frozen(kw_only=True)
class ScoredItem:
    """The fields of an item that the score reads, resolved against the dataset."""

    id: str
    recorded_as: Recorded
    kind: EvidenceKind
    stance: Stance
    party: str
    role: Role
    reliability: Reliability
    credibility: int
    confirmed_outside: bool
    #: A share of the allegation, in [0, 1].
    directness: float
    date: PartialDate
    derived_from: tuple[str, ...] = ()
    #: The label of the original source several items share, if any.
    origin: str | None = None
    #: The label of the physical object examined, if any.
    artifact: str | None = None
    #: Why the item reads differently from its record (a demoted admission), if it does.
    note: str | None = None
    #: The record it was read from (None for a hypothetical item): two records equal but for
    #: the id are one piece of evidence.
    record: EvidenceItem | OfficialResponse | None = attrs.field(default=None, eq=False, repr=False)
    #: The other ids under which the same evidence is recorded (it counts once, under all).
    also: tuple[str, ...] = ()

    @property
    def sign(self) -> int:
        return self.stance.sign

    @property
    def ids(self) -> tuple[str, ...]:
        """Every id the evidence is recorded under, in order (the first is shown first)."""
        return (self.id, *self.also)

    def content(self) -> tuple[Recorded, Hashable]:
        """What makes two inputs the same evidence recorded twice: every field of the record
        but its id (read only when two inputs may be copies: most have none)."""
        return (self.recorded_as, self.id if self.record is None else without_id(self.record))


@attrs.frozen(kw_only=True)
class Treatment:
    """How one kind of response enters the score; ``kind`` None means recorded but neutral."""

    kind: EvidenceKind | None
    stance: Stance
    directness: float
    reason: str


def _counts(kind: EvidenceKind, stance: Stance, directness: float, reason: str) -> Treatment:
    return Treatment(kind=kind, stance=stance, directness=directness, reason=reason)


def _neutral(reason: str) -> Treatment:
    return Treatment(kind=None, stance=Stance.NEUTRAL, directness=1.0, reason=reason)


_DIRECT, _CIRCUMSTANTIAL = Directness.DIRECT.number, Directness.CIRCUMSTANTIAL.number
MAPPING: Final[dict[ResponseKind, Treatment]] = {
    ResponseKind.DENIAL: _counts(
        EvidenceKind.DENIAL,
        Stance.REFUTES,
        _DIRECT,
        "a denial: refuting item of the responding party",
    ),
    ResponseKind.ADMISSION: _counts(
        EvidenceKind.ADMISSION,
        Stance.SUPPORTS,
        _DIRECT,
        "an admission: supporting item, if a speaker binds the accused state",
    ),
    ResponseKind.VETO: _counts(
        EvidenceKind.CONDUCT, Stance.SUPPORTS, _CIRCUMSTANTIAL, "a veto: conduct, circumstantial"
    ),
    ResponseKind.REFUSAL_OF_ACCESS: _counts(
        EvidenceKind.CONDUCT,
        Stance.SUPPORTS,
        _CIRCUMSTANTIAL,
        "a refusal of access: conduct, circumstantial",
    ),
    ResponseKind.DEMAND_FOR_PROOF: _neutral("a demand for proof: recorded, neutral"),
    ResponseKind.NO_COMMENT: _neutral("no comment: recorded, neutral"),
    ResponseKind.NON_DENIAL: _neutral("a non-denial: recorded, neutral"),
    ResponseKind.VOTE: _neutral("a vote: recorded, neutral"),
    ResponseKind.COUNTER_ACCUSATION: _neutral(
        "a counter-accusation: recorded, neutral (consistent with guilt and innocence)"
    ),
    ResponseKind.CONDEMNATION: _neutral(
        "a condemnation: recorded, neutral (the facts it asserts are evidence items)"
    ),
}


def treatment(response: OfficialResponse) -> Treatment:
    return MAPPING[response.kind]


#: Admiralty F: a source the dataset does not hold, or holds ungraded, cannot be judged.
UNKNOWN_RELIABILITY = Reliability.F


def reliability_of(source: Source | None) -> Reliability:
    """The source's grade; F when there is no source or it carries no grade."""
    if source is None or source.reliability is None:
        return UNKNOWN_RELIABILITY
    return source.reliability


def directness(item: ScoredItem) -> float:
    """How much of the allegation ``item`` bears on, from 0 to 1: the one place it is read."""
    return item.directness


@attrs.frozen(kw_only=True)
class Grade:
    """The grades an input carries: Admiralty credibility, and how much it bears on."""

    credibility: int
    #: Whether a credibility of 1 says where outside the corpus it is confirmed.
    confirmed_outside: bool
    #: A share of the allegation, in [0, 1].
    directness: float


def response_grade(response: OfficialResponse, how: Treatment, profile: Profile) -> Grade:
    """A response's grades: the one place they are read.

    Its own credibility and directness where it records them; else the profile's
    ``response_credibility`` and the directness of its treatment.
    """
    return Grade(
        credibility=profile.response_credibility
        if response.credibility is None
        else response.credibility,
        confirmed_outside=response.credibility_note is not None,
        directness=how.directness if response.directness is None else response.directness,
    )


class Reader:
    """Reads the items and responses of one allegation as the score does, against the dataset.

    One reader per allegation: each party's standing in it and each source's grade are looked
    up once for all the items that share them.
    """

    def __init__(self, allegation: Allegation, dataset: Dataset, profile: Profile) -> None:
        self.allegation = allegation
        self.dataset = dataset
        self.profile = profile
        self._sources = dataset.source_by_id
        self._standings: dict[str, Standing] = {}
        self._grades: dict[str, tuple[Source | None, Reliability]] = {}

    def evidence(self, item: EvidenceItem, date: PartialDate) -> ScoredItem:
        """An evidence item published on ``date``, as the score reads it: its own grades."""
        return self._scored(
            item,
            kind=item.kind,
            stance=item.stance,
            credibility=item.credibility,
            confirmed_outside=item.credibility_note is not None,
            directness=item.directness,
            date=date,
        )

    def response(self, response: OfficialResponse, date: PartialDate) -> ScoredItem | None:
        """The scored item a response published on ``date`` stands for; None when it is
        neutral."""
        how = treatment(response)
        if how.kind is None:
            return None
        grade = response_grade(response, how, self.profile)
        return self._scored(
            response,
            kind=how.kind,
            stance=how.stance,
            credibility=grade.credibility,
            confirmed_outside=grade.confirmed_outside,
            directness=grade.directness,
            date=date,
        )

    def _party(self, party: str, source_id: str) -> tuple[Role, Reliability]:
        """The role of ``party`` in an item of the source ``source_id``, and that source's
        grade (``role_of``, looked up once per party and once per source)."""
        graded = self._grades.get(source_id)
        if graded is None:
            source = self._sources.get(source_id)
            graded = self._grades[source_id] = (source, reliability_of(source))
        place = self._standings.get(party)
        if place is None:
            place = self._standings[party] = standing(party, self.allegation, self.dataset)
        return place.under(graded[0]), graded[1]

    def _scored(
        self,
        record: EvidenceItem | OfficialResponse,
        *,
        kind: EvidenceKind,
        stance: Stance,
        credibility: int,
        confirmed_outside: bool,
        directness: float,
        date: PartialDate,
    ) -> ScoredItem:
        """One resolution for evidence and responses: the source's grade, the party's role,
        then the admission rule."""
        if isinstance(record, OfficialResponse):
            recorded_as, party, override = Recorded.RESPONSE, record.actor, None
            origin, artifact = None, None
        else:
            recorded_as, party, override = Recorded.EVIDENCE, record.party, record.role
            origin, artifact = record.origin, record.artifact
        role, reliability = self._party(party, record.source)
        if override is not None:
            role = override
        note = None
        if kind is EvidenceKind.ADMISSION:
            dataset, allegation = self.dataset, self.allegation
            kind, role, note = grade_admission(
                kind, stance, role, record.speakers or (party,), dataset
            )
            if kind is EvidenceKind.ADMISSION:
                # An organ that binds its state (a general staff) admits for the state: one
                # party.
                state = accused_state(party, allegation, dataset)
                if state is not None and state != party:
                    note = f"an admission by {party}, which binds {state}: counted as {state}'s"
                    party = state
        return ScoredItem(
            id=record.id,
            recorded_as=recorded_as,
            kind=kind,
            stance=stance,
            party=party,
            role=role,
            reliability=reliability,
            credibility=credibility,
            confirmed_outside=confirmed_outside,
            directness=directness,
            date=date,
            derived_from=record.derived_from,
            origin=origin,
            artifact=artifact,
            note=note,
            record=record,
        )


def without_id(record: EvidenceItem | OfficialResponse) -> Hashable:
    """Every field of a record but its id, as a hashable tuple."""
    kind: type = type(record)
    found: Hashable = _all_but_id(kind)(record)
    return found


@functools.cache
def _all_but_id(cls: type) -> operator.attrgetter[Any]:
    return operator.attrgetter(*(field.name for field in attrs.fields(cls) if field.name != "id"))


def grade_admission(
    kind: EvidenceKind, stance: Stance, role: Role, speakers: tuple[str, ...], dataset: Dataset
) -> tuple[EvidenceKind, Role, str | None]:
    """An admission stands only when the accused state's authorised voice makes it.

    Otherwise (a backbencher, an anonymous source) it is graded as an official statement of a
    third party (FRE 801(d)(2)(C)-(D): only an agent authorised to speak binds the party); of
    several speakers, one that binds the state is enough. An
    "admission" by a party that is not accused, or one that does not support the allegation, is
    no admission: it is read as an official statement of its party, whose role stays (an
    accused party's refutation stays under the denial floor).
    """
    if kind is not EvidenceKind.ADMISSION:
        return kind, role, None
    if stance is not Stance.SUPPORTS or role is not Role.ACCUSED:
        return EvidenceKind.OFFICIAL_STATEMENT, role, "only an accused party can admit"
    if any(binds(speaker, dataset) for speaker in speakers):
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
