"""Who publishes, what it is affiliated with, and how reliable it has been (Admiralty A-F)."""

from __future__ import annotations

from enum import StrEnum

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import (
    ID_PATTERN,
    is_id,
    is_optional_id,
    no_blank_items,
    not_blank,
    optional_not_blank,
)


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

    A = "A"  # completely reliable
    B = "B"  # usually reliable
    C = "C"  # fairly reliable
    D = "D"  # not usually reliable
    E = "E"  # unreliable
    F = "F"  # reliability cannot be judged

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

    id: str = attrs.field(
        validator=is_id, metadata=doc("Id of the record.", example="kcna", pattern=ID_PATTERN)
    )
    name: str = attrs.field(
        validator=not_blank, metadata=doc("Name.", example="Korean Central News Agency")
    )
    kind: SourceKind = attrs.field(metadata=doc("What sort of source.", example="state_media"))
    speaks_for: str | None = attrs.field(
        default=None,
        validator=is_optional_id,
        metadata=doc(
            "Id of the actor the source speaks for: state media of a state is that state speaking.",
            references="actor",
            example="PRK",
        ),
    )
    reliability: Reliability = attrs.field(
        metadata=doc("Admiralty source reliability, A (completely reliable) to F.", example="E")
    )
    reliability_rationale: str | None = attrs.field(
        default=None,
        validator=optional_not_blank,
        metadata=doc(
            "Why the grade: track record, access, interest in the matter.",
            example="State organ of an accused party; no record of independent reporting.",
        ),
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), validator=no_blank_items, metadata=doc("Other names.", example=["KCNA"])
    )
    url: str | None = attrs.field(
        default=None, validator=optional_not_blank, metadata=doc("Home page.")
    )
    notes: str | None = attrs.field(
        default=None, validator=optional_not_blank, metadata=doc("Analyst's notes.")
    )
