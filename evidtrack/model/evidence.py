"""Evidence items: statements (what someone said) and observations (what was seen or examined).

The two differ in their fields, so an evidence file's ``evidence`` list holds either, told apart
by ``kind``: a statement has speakers and its citations quote their words; an observation has no
speaker and no sentence to quote, and says instead what was ``observed``, with the object it
concerns (an ``artifact`` label, ``events``).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final

import attrs

from evidtrack.model import _shared as shared
from evidtrack.model._fields import also_written, doc
from evidtrack.model._validators import IS_ID, NOT_BLANK, UNIQUE_IDS, OneOf
from evidtrack.model.citation import Citation
from evidtrack.model.date_range import DateRange
from evidtrack.model.grades import DIRECTNESS_RANGE, Credibility
from evidtrack.model.partial_date import PartialDate
from evidtrack.model.quantity import Quantity
from evidtrack.model.record_kind import RecordKind
from evidtrack.model.role import Role


class EvidenceKind(StrEnum):
    """What kind of evidence an item is; ``observed`` tells observations from statements."""

    PHYSICAL_EXAMINATION = "physical_examination"
    VERIFIED_DOCUMENTS = "verified_documents"
    EXPERT_FINDING = "expert_finding"
    ADMISSION = "admission"
    GEOLOCATED_IMAGERY = "geolocated_imagery"
    DATASET = "dataset"
    TESTIMONY = "testimony"
    INTELLIGENCE_ASSESSMENT = "intelligence_assessment"
    OFFICIAL_STATEMENT = "official_statement"
    DENIAL = "denial"
    MEDIA_REPORT = "media_report"
    NO_INDICATION = "no_indication"
    CONDUCT = "conduct"

    @property
    def observed(self) -> bool:
        """True for an observation (no speaker, no words to quote), False for a statement."""
        return self in OBSERVATION_KINDS


#: The kinds that are observations; every other kind is a statement.
OBSERVATION_KINDS: Final = frozenset(
    {
        EvidenceKind.PHYSICAL_EXAMINATION,
        EvidenceKind.VERIFIED_DOCUMENTS,
        EvidenceKind.GEOLOCATED_IMAGERY,
        EvidenceKind.DATASET,
        EvidenceKind.CONDUCT,
    }
)
STATEMENT_KINDS: Final = frozenset(EvidenceKind) - OBSERVATION_KINDS


@also_written(
    {
        "for": "supports",
        "confirms": "supports",
        "corroborates": "supports",
        "against": "refutes",
        "denies": "refutes",
        "contradicts": "refutes",
        "disputes": "refutes",
        "unclear": "neutral",
        "none": "neutral",
    }
)
class Stance(StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    NEUTRAL = "neutral"

    @property
    def sign(self) -> int:
        return _SIGN[self]


_SIGN: Final[Mapping[Stance, int]] = {Stance.SUPPORTS: 1, Stance.REFUTES: -1, Stance.NEUTRAL: 0}


@attrs.frozen(kw_only=True)
class _Evidence:
    """What statements and observations share: a claim, its reports, its grades, its origin."""

    id: str = attrs.field(
        validator=IS_ID, metadata=doc("Id of the record.", example="ev-wood-nine")
    )
    allegations: tuple[str, ...] = attrs.field(
        validator=shared.ALLEGATIONS_CHECK, metadata=shared.ALLEGATIONS
    )
    claim: str = attrs.field(
        validator=NOT_BLANK,
        metadata=doc(
            "The proposition, in the analyst's words.",
            example="Russia launched DPRK-supplied ballistic missiles at Ukraine at least 9 times",
        ),
    )
    citations: tuple[Citation, ...] = attrs.field(
        validator=shared.CITATIONS_CHECK, metadata=shared.CITATIONS
    )
    published: PartialDate | None = attrs.field(default=None, metadata=shared.PUBLISHED)
    published_basis: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=shared.PUBLISHED_BASIS
    )
    occurred: DateRange | None = attrs.field(default=None, metadata=shared.OCCURRED)
    source: str = attrs.field(validator=shared.SOURCE_CHECK, metadata=shared.SOURCE)
    party: str = attrs.field(
        validator=IS_ID,
        metadata=doc(
            "Id of the party whose claim or finding it is.",
            references=RecordKind.ACTOR,
            example="USA",
        ),
    )
    role: Role | None = attrs.field(
        default=None,
        metadata=doc("The party's role, where it differs from the one the allegation implies."),
    )
    stance: Stance = attrs.field(metadata=doc("Whether it supports the allegation."))
    credibility: Credibility = attrs.field(metadata=shared.CREDIBILITY)
    credibility_note: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=shared.CREDIBILITY_NOTE
    )
    directness: float = attrs.field(validator=DIRECTNESS_RANGE, metadata=shared.DIRECTNESS)
    derived_from: tuple[str, ...] = attrs.field(
        default=(), validator=UNIQUE_IDS, metadata=shared.DERIVED_FROM
    )
    origin: str | None = attrs.field(
        default=None,
        validator=IS_ID,
        metadata=doc(
            "A label for the original source several items share (one intelligence release).",
            example="us-declassified-2024-01",
        ),
    )
    artifact: str | None = attrs.field(
        default=None,
        validator=IS_ID,
        metadata=doc(
            "A label for the physical object examined (one debris lot).",
            example="debris-kharkiv-2024-01-02",
        ),
    )
    events: tuple[str, ...] = attrs.field(default=(), validator=UNIQUE_IDS, metadata=shared.EVENTS)
    quantity: Quantity | None = attrs.field(
        default=None,
        metadata=doc("The figure it gives for what was transferred, as its words bound it."),
    )
    notes: str | None = attrs.field(default=None, validator=NOT_BLANK, metadata=shared.NOTES)


@attrs.frozen(kw_only=True)
class Statement(_Evidence):
    """What someone said, in the words of the documents that report it."""

    kind: EvidenceKind = attrs.field(
        validator=OneOf(STATEMENT_KINDS),
        metadata=doc("What kind of statement.", example="official_statement"),
    )
    speakers: tuple[str, ...] = attrs.field(
        default=(), validator=UNIQUE_IDS, metadata=shared.SPEAKERS
    )


@attrs.frozen(kw_only=True)
class Observation(_Evidence):
    """What was seen or examined: debris, imagery, documents, conduct, a dataset."""

    kind: EvidenceKind = attrs.field(
        validator=OneOf(OBSERVATION_KINDS),
        metadata=doc("What kind of observation.", example="physical_examination"),
    )
    observed: str = attrs.field(
        validator=NOT_BLANK,
        metadata=doc(
            "What was observed, in the analyst's words; the object goes in artifact or events.",
            example="Debris of the missile that struck Kharkiv on 2 January 2024: more than 290"
            " components from 26 companies",
        ),
    )

    @property
    def speakers(self) -> tuple[str, ...]:
        """An observation has no speaker."""
        return ()


#: An evidence item: a statement or an observation, told apart by its kind.
EvidenceItem = Statement | Observation
