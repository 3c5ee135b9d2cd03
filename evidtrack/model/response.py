"""What a party did about an allegation: denial, admission, demand for proof, veto..."""

from __future__ import annotations

from enum import StrEnum

import attrs

from evidtrack.model import _shared as shared
from evidtrack.model._fields import doc
from evidtrack.model._validators import IS_ID, NOT_BLANK, UNIQUE_IDS
from evidtrack.model.citation import Citation
from evidtrack.model.date_range import DateRange
from evidtrack.model.grades import DIRECTNESS_RANGE, Credibility
from evidtrack.model.partial_date import PartialDate
from evidtrack.model.record_kind import RecordKind
from evidtrack.model.vote import Vote


class ResponseKind(StrEnum):
    DENIAL = "denial"
    ADMISSION = "admission"
    DEMAND_FOR_PROOF = "demand_for_proof"
    NON_DENIAL = "non_denial"
    COUNTER_ACCUSATION = "counter_accusation"
    CONDEMNATION = "condemnation"
    VETO = "veto"
    VOTE = "vote"
    REFUSAL_OF_ACCESS = "refusal_of_access"
    NO_COMMENT = "no_comment"

    @property
    def spoken(self) -> bool:
        """True for words (a denial, a demand), False for conduct (a veto, a refusal)."""
        return self not in _CONDUCT


_CONDUCT = frozenset({ResponseKind.VETO, ResponseKind.VOTE, ResponseKind.REFUSAL_OF_ACCESS})


@attrs.frozen(kw_only=True)
class OfficialResponse:
    """A party's reaction on record, with the documents that report it, graded like evidence."""

    id: str = attrs.field(
        validator=IS_ID, metadata=doc("Id of the record.", example="resp-kcna-denial")
    )
    allegations: tuple[str, ...] = attrs.field(
        validator=shared.ALLEGATIONS_CHECK, metadata=shared.ALLEGATIONS
    )
    actor: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the party that responded.", references=RecordKind.ACTOR, example="PRK"),
    )
    speakers: tuple[str, ...] = attrs.field(
        default=(), validator=UNIQUE_IDS, metadata=shared.SPEAKERS
    )
    source: str = attrs.field(validator=shared.SOURCE_CHECK, metadata=shared.SOURCE)
    kind: ResponseKind = attrs.field(metadata=doc("What the party did.", example="denial"))
    citations: tuple[Citation, ...] = attrs.field(
        validator=shared.CITATIONS_CHECK, metadata=shared.CITATIONS
    )
    published: PartialDate | None = attrs.field(default=None, metadata=shared.PUBLISHED)
    published_basis: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=shared.PUBLISHED_BASIS
    )
    occurred: DateRange | None = attrs.field(default=None, metadata=shared.OCCURRED)
    credibility: Credibility | None = attrs.field(default=None, metadata=shared.CREDIBILITY)
    credibility_note: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=shared.CREDIBILITY_NOTE
    )
    directness: float | None = attrs.field(
        default=None, validator=DIRECTNESS_RANGE, metadata=shared.DIRECTNESS
    )
    derived_from: tuple[str, ...] = attrs.field(
        default=(), validator=UNIQUE_IDS, metadata=shared.DERIVED_FROM
    )
    events: tuple[str, ...] = attrs.field(default=(), validator=UNIQUE_IDS, metadata=shared.EVENTS)
    vote: Vote | None = attrs.field(
        default=None, metadata=doc("For a veto or a vote: the vote as reported.")
    )
    notes: str | None = attrs.field(default=None, validator=NOT_BLANK, metadata=shared.NOTES)
