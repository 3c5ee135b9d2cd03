"""Something that happened, dated: a strike, an inspection, a vote, a mandate's lapse."""

from __future__ import annotations

from enum import StrEnum

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import IS_ID, NOT_BLANK, UNIQUE_IDS
from evidtrack.model.citation import Citation
from evidtrack.model.date_range import DateRange
from evidtrack.model.record_kind import RecordKind


class EventKind(StrEnum):
    """What sort of event."""

    STRIKE = "strike"
    LAUNCH = "launch"
    SHIPMENT = "shipment"
    INSPECTION = "inspection"
    PUBLICATION = "publication"
    MEETING = "meeting"
    VOTE = "vote"
    MANDATE_LAPSE = "mandate_lapse"
    PROVISION_EXPIRY = "provision_expiry"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Event:
    """An event that evidence and responses are about, shown on the timeline and in dossiers."""

    id: str = attrs.field(
        validator=IS_ID, metadata=doc("Id of the record.", example="strike-kharkiv-2024-01-02")
    )
    kind: EventKind = attrs.field(metadata=doc("What sort of event.", example="strike"))
    title: str = attrs.field(
        validator=NOT_BLANK,
        metadata=doc("What happened, in one line.", example="Missile strike on Kharkiv"),
    )
    occurred: DateRange | None = attrs.field(
        default=None,
        metadata=doc(
            "When: a date, or a range such as 2024-07/2024-08, at the precision the sources give.",
            example="2024-01-02",
        ),
    )
    place: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc("Where, as the sources name it.", example="Kharkiv, Ukraine"),
    )
    actors: tuple[str, ...] = attrs.field(
        default=(),
        validator=UNIQUE_IDS,
        metadata=doc(
            "Ids of the actors that took part.", references=RecordKind.ACTOR, example=["RUS"]
        ),
    )
    vessels: tuple[str, ...] = attrs.field(
        default=(),
        validator=UNIQUE_IDS,
        metadata=doc("Ids of the vessels involved.", references=RecordKind.VESSEL),
    )
    citations: tuple[Citation, ...] = attrs.field(
        default=(), metadata=doc("Documents that report the event.")
    )
    notes: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Analyst's notes.")
    )
