"""The one mapping from official responses to scored items (scoring.md B.1, S/2006/997 para 28).

| response | counts as |
| --- | --- |
| denial | refuting item of kind ``denial`` by the responding party |
| admission | supporting ``admission`` if the speaker binds the accused state, else an |
|           | official statement of a third party |
| veto, refusal of access | supporting item of kind ``conduct``, circumstantial |
| demand for proof, no comment, non-denial, vote | recorded, neutral (no weight) |
| counter-accusation | recorded, neutral: guilty and innocent parties both make them (Heuer) |
| condemnation | recorded, neutral: it restates an accusation; its facts are evidence items |

A response's reliability is its source's grade; it has no credibility grade of its own, so it
gets the profile's ``response_credibility`` (6, truth cannot be judged, by default).
"""

from __future__ import annotations

from typing import Final

import attrs

from evidtrack.model import (
    Allegation,
    Dataset,
    Directness,
    EvidenceKind,
    OfficialResponse,
    ResponseKind,
    Stance,
)
from evidtrack.scoring.inputs.roles import role_of
from evidtrack.scoring.inputs.scored_item import (
    UNKNOWN_RELIABILITY,
    Origin,
    ScoredItem,
    grade_admission,
    without_id,
)
from evidtrack.scoring.profiles import Profile


@attrs.frozen(kw_only=True)
class Treatment:
    """How one kind of response enters the score; ``kind`` None means recorded but neutral."""

    kind: EvidenceKind | None
    stance: Stance
    directness: Directness
    reason: str


def _counts(kind: EvidenceKind, stance: Stance, directness: Directness, reason: str) -> Treatment:
    return Treatment(kind=kind, stance=stance, directness=directness, reason=reason)


def _neutral(reason: str) -> Treatment:
    return Treatment(kind=None, stance=Stance.NEUTRAL, directness=Directness.DIRECT, reason=reason)


_DIRECT, _CIRCUMSTANTIAL = Directness.DIRECT, Directness.CIRCUMSTANTIAL
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
        "an admission: supporting item, if the speaker binds the accused state",
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


def from_response(
    response: OfficialResponse, allegation: Allegation, dataset: Dataset, profile: Profile
) -> ScoredItem | None:
    """The scored item a response stands for, or None when it is recorded but neutral."""
    how = treatment(response)
    if how.kind is None:
        return None
    source = dataset.source_by_id.get(response.source)
    role = role_of(response.actor, allegation, dataset, source=source)
    kind, role, note = grade_admission(
        how.kind, how.stance, role, response.speaker or response.actor, dataset
    )
    return ScoredItem(
        id=response.id,
        record=Origin.RESPONSE,
        kind=kind,
        stance=how.stance,
        party=response.actor,
        role=role,
        reliability=source.reliability if source is not None else UNKNOWN_RELIABILITY,
        credibility=profile.response_credibility,
        confirmed_outside=False,
        directness=how.directness,
        date=response.date,
        note=note,
        fingerprint=without_id(response),
    )
