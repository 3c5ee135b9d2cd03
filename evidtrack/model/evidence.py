"""One proposition from one document bearing on one allegation, with its grades and provenance."""

from __future__ import annotations

from enum import IntEnum, StrEnum

import attrs

from evidtrack.model._fields import also_written, doc
from evidtrack.model._validators import IS_ID, NOT_BLANK, UNIQUE_IDS
from evidtrack.model.partial_date import PartialDate
from evidtrack.model.record_kind import RecordKind
from evidtrack.model.role import Role


class EvidenceKind(StrEnum):
    PHYSICAL_EXAMINATION = "physical_examination"
    VERIFIED_DOCUMENTS = "verified_documents"
    EXPERT_FINDING = "expert_finding"
    ADMISSION = "admission"
    GEOLOCATED_IMAGERY = "geolocated_imagery"
    TESTIMONY = "testimony"
    INTELLIGENCE_ASSESSMENT = "intelligence_assessment"
    OFFICIAL_STATEMENT = "official_statement"
    DENIAL = "denial"
    MEDIA_REPORT = "media_report"
    NO_INDICATION = "no_indication"
    CONDUCT = "conduct"


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
        return {Stance.SUPPORTS: 1, Stance.REFUTES: -1, Stance.NEUTRAL: 0}[self]


class Credibility(IntEnum):
    """Admiralty code information credibility (NATO AJP-2.1; labels of US FM 2-22.3)."""

    CONFIRMED = 1  # outside the corpus, as credibility_note says
    PROBABLY_TRUE = 2
    POSSIBLY_TRUE = 3
    DOUBTFUL = 4
    IMPROBABLE = 5
    CANNOT_BE_JUDGED = 6

    @property
    def label(self) -> str:
        return _CREDIBILITY_LABELS[self]


_CREDIBILITY_LABELS = {
    Credibility.CONFIRMED: "confirmed by other sources",
    Credibility.PROBABLY_TRUE: "probably true",
    Credibility.POSSIBLY_TRUE: "possibly true",
    Credibility.DOUBTFUL: "doubtful",
    Credibility.IMPROBABLE: "improbable",
    Credibility.CANNOT_BE_JUDGED: "truth cannot be judged",
}


class Directness(StrEnum):
    """How much of the allegation the item bears on."""

    DIRECT = "direct"  # the whole proposition: who, what, to whom
    PARTIAL = "partial"  # part of it (the origin of one missile, say)
    CIRCUMSTANTIAL = "circumstantial"  # consistent with it, implies it only with more


@attrs.frozen(kw_only=True)
class EvidenceItem:
    """A claim or finding quoted from one document, graded and traced to its origin."""

    id: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the record.", example="ev-wood-nine"),
    )
    allegation: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the allegation it bears on.", references=RecordKind.ALLEGATION),
    )
    claim: str = attrs.field(
        validator=NOT_BLANK,
        metadata=doc(
            "The proposition, in the analyst's words.",
            example="Russia launched DPRK-supplied ballistic missiles at Ukraine at least 9 times",
        ),
    )
    document: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the document it appears in.", references=RecordKind.DOCUMENT),
    )
    quote: str = attrs.field(
        validator=NOT_BLANK,
        metadata=doc("The document's words, verbatim.", example="on at least nine occasions"),
    )
    date: PartialDate = attrs.field(
        metadata=doc(
            "When the claim was made public, at the precision the text supports.",
            example="2024-02-06",
        )
    )
    date_basis: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc(
            "How the date was derived from the text.",
            example="'on Tuesday' before the dateline 'Feb. 7'",
        ),
    )
    source: str = attrs.field(
        validator=IS_ID,
        metadata=doc(
            "Id of the source of the information (graded for reliability), which may differ"
            " from the document's publisher.",
            references=RecordKind.SOURCE,
            example="us-government",
        ),
    )
    party: str = attrs.field(
        validator=IS_ID,
        metadata=doc(
            "Id of the party whose claim it is.", references=RecordKind.ACTOR, example="USA"
        ),
    )
    speaker: str | None = attrs.field(
        default=None,
        validator=IS_ID,
        metadata=doc("Id of the person or body who said it.", references=RecordKind.ACTOR),
    )
    role: Role | None = attrs.field(
        default=None,
        metadata=doc("The party's role, where it differs from the one the allegation implies."),
    )
    kind: EvidenceKind = attrs.field(
        metadata=doc("What kind of evidence.", example="official_statement")
    )
    stance: Stance = attrs.field(metadata=doc("Whether it supports the allegation."))
    credibility: Credibility = attrs.field(
        metadata=doc(
            "Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged), judged"
            " on the item alone: corroboration inside the corpus is the score's job.",
            example=3,
        ),
    )
    credibility_note: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc(
            "Why the grade; credibility 1 must say where outside the corpus it is confirmed."
        ),
    )
    directness: Directness = attrs.field(
        metadata=doc("How much of the allegation it bears on.", example="direct")
    )
    derived_from: tuple[str, ...] = attrs.field(
        default=(),
        validator=UNIQUE_IDS,
        metadata=doc(
            "Ids of earlier items this one only repeats (a relay adds nothing).",
            references=RecordKind.EVIDENCE,
        ),
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
    notes: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Analyst's notes.")
    )
