"""Who publishes, what it is affiliated with, and how reliable it has been (Admiralty A-F)."""

from __future__ import annotations

from enum import StrEnum

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import IS_ID, NO_BLANK_ITEMS, NOT_BLANK
from evidtrack.model.record_kind import RecordKind


class SourceKind(StrEnum):
    GOVERNMENT = "government"
    UN_BODY = "un_body"
    STATE_MEDIA = "state_media"
    INDEPENDENT_MEDIA = "independent_media"
    AGGREGATOR = "aggregator"
    RESEARCH_ORGANISATION = "research_organisation"
    INTERNATIONAL_ORGANISATION = "international_organisation"


class Reliability(StrEnum):
    """Admiralty code source reliability (NATO AJP-2.1; labels of US FM 2-22.3)."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Reliability.A: "completely reliable",
    Reliability.B: "usually reliable",
    Reliability.C: "fairly reliable",
    Reliability.D: "not usually reliable",
    Reliability.E: "unreliable",
    Reliability.F: "reliability cannot be judged",
}


@attrs.frozen(kw_only=True)
class Source:
    """A publisher or originator of information, graded for reliability with a reason."""

    id: str = attrs.field(validator=IS_ID, metadata=doc("Id of the record.", example="kcna"))
    name: str = attrs.field(
        validator=NOT_BLANK, metadata=doc("Name.", example="Korean Central News Agency")
    )
    kind: SourceKind = attrs.field(metadata=doc("What sort of source.", example="state_media"))
    speaks_for: str | None = attrs.field(
        default=None,
        validator=IS_ID,
        metadata=doc(
            "Id of the actor the source speaks for: state media of a state is that state speaking.",
            references=RecordKind.ACTOR,
            example="PRK",
        ),
    )
    reliability: Reliability | None = attrs.field(
        default=None,
        metadata=doc(
            "Admiralty source reliability, A (completely reliable) to F. Left out for a"
            " publisher that only relays others' words: the items it carries are graded by their"
            " own source.",
            example="E",
        ),
    )
    reliability_rationale: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc(
            "Why the grade: track record, access, interest in the matter.",
            example="State organ of an accused party; no record of independent reporting.",
        ),
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), validator=NO_BLANK_ITEMS, metadata=doc("Other names.", example=["KCNA"])
    )
    url: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Home page.", url=True)
    )
    notes: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Analyst's notes.")
    )
