"""An alleged transfer: one proposition that can be true or false."""

from __future__ import annotations

from enum import StrEnum

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import (
    IS_ID,
    NO_BLANK_ITEMS,
    NOT_BLANK,
    UNIQUE_IDS,
    NotEmpty,
    checks,
)
from evidtrack.model.citation import Citation
from evidtrack.model.date_range import DateRange
from evidtrack.model.period import Period
from evidtrack.model.quantity import Quantity
from evidtrack.model.record_kind import RecordKind
from evidtrack.model.resolution import ProvisionRef
from evidtrack.model.role import RoleAssignment


class ItemCategory(StrEnum):
    BALLISTIC_MISSILES = "ballistic_missiles"
    MISSILE_LAUNCHERS = "missile_launchers"
    ARTILLERY_SHELLS = "artillery_shells"
    ROCKETS = "rockets"
    UNMANNED_AERIAL_VEHICLES = "unmanned_aerial_vehicles"
    AMMUNITION = "ammunition"
    ARMS = "arms"
    MILITARY_EQUIPMENT = "military_equipment"
    TECHNOLOGY = "technology"
    COMPONENTS = "components"
    PRODUCTION_MATERIALS = "production_materials"
    DUAL_USE_GOODS = "dual_use_goods"
    PERSONNEL = "personnel"
    CRUDE_OIL = "crude_oil"
    REFINED_PETROLEUM = "refined_petroleum"
    COAL = "coal"
    OTHER = "other"  # a description says what


class TransportMode(StrEnum):
    """How one leg of a transfer moved."""

    SEA = "sea"
    RAIL = "rail"
    AIR = "air"
    ROAD = "road"
    PIPELINE = "pipeline"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class TransferredItem:
    """What was allegedly transferred: a category, a designation if known, how many."""

    category: ItemCategory = attrs.field(
        metadata=doc("Category of materiel.", example="ballistic_missiles")
    )
    designation: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc("Designation, if the sources give one.", example="KN-23"),
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(),
        validator=NO_BLANK_ITEMS,
        metadata=doc("Other designations of the same item.", example=["Hwasong-11"]),
    )
    quantity: Quantity | None = attrs.field(
        default=None, metadata=doc("How many, as the sources bound it.")
    )
    description: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc(
            "The items in the sources' words; what they are, for the category other.",
            example="rockets and artillery shells",
        ),
    )


@attrs.frozen(kw_only=True)
class TransportLeg:
    """One leg of a transfer as UN panels report it: the means, the vessel, the ports."""

    mode: TransportMode = attrs.field(metadata=doc("How it moved.", example="sea"))
    vessel: str | None = attrs.field(
        default=None,
        validator=IS_ID,
        metadata=doc(
            "Id of the vessel that carried it, for a leg by sea.",
            references=RecordKind.VESSEL,
            example="example-trader",
        ),
    )
    departure: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc(
            "Where the leg began: a port, a station, an airfield, as the sources name it.",
            example="Rajin",
        ),
    )
    via: tuple[str, ...] = attrs.field(
        default=(),
        validator=NO_BLANK_ITEMS,
        metadata=doc("Places on the way, in order.", example=["Vladivostok"]),
    )
    arrival: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc("Where the leg ended, as the sources name it.", example="Dunai"),
    )
    occurred: DateRange | None = attrs.field(
        default=None,
        metadata=doc("When it moved: a date, or a range.", example="2023-09-07/2023-09-08"),
    )
    description: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc("The leg in the sources' words.", example="containers loaded at Rajin"),
    )


#: One or more actors, each once.
_PARTIES = checks(UNIQUE_IDS, NotEmpty("actor id"))


@attrs.frozen(kw_only=True)
class Allegation:
    """Suppliers transferred items to recipients during a period, contrary to provisions."""

    id: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the record.", example="prk-rus-ballistic-missiles"),
    )
    title: str = attrs.field(
        validator=NOT_BLANK,
        metadata=doc(
            "The proposition in one line.",
            example="The DPRK transferred ballistic missiles and launchers to Russia",
        ),
    )
    suppliers: tuple[str, ...] = attrs.field(
        validator=_PARTIES,
        metadata=doc(
            "Ids of the actors alleged to supply.", references=RecordKind.ACTOR, example=["PRK"]
        ),
    )
    recipients: tuple[str, ...] = attrs.field(
        validator=_PARTIES,
        metadata=doc(
            "Ids of the actors alleged to receive.", references=RecordKind.ACTOR, example=["RUS"]
        ),
    )
    intermediaries: tuple[str, ...] = attrs.field(
        default=(),
        validator=UNIQUE_IDS,
        metadata=doc(
            "Ids of the actors alleged to pass it on between them: a broker, a private military"
            " company, a shipping firm.",
            references=RecordKind.ACTOR,
        ),
    )
    items: tuple[TransferredItem, ...] = attrs.field(
        metadata=doc("What was allegedly transferred.")
    )
    transport: tuple[TransportLeg, ...] = attrs.field(
        default=(), metadata=doc("How it allegedly moved, leg by leg.")
    )
    period: Period = attrs.field(
        factory=Period, metadata=doc("When the transfer allegedly took place.")
    )
    provisions: tuple[ProvisionRef, ...] = attrs.field(
        default=(), metadata=doc("The provisions the transfer would breach.")
    )
    accusers: tuple[str, ...] = attrs.field(
        default=(),
        validator=UNIQUE_IDS,
        metadata=doc(
            "Ids of the actors that make the allegation.",
            references=RecordKind.ACTOR,
            example=["USA"],
        ),
    )
    accused: tuple[str, ...] = attrs.field(
        validator=UNIQUE_IDS,
        metadata=doc(
            "Ids of the actors accused.", references=RecordKind.ACTOR, example=["PRK", "RUS"]
        ),
    )
    roles: tuple[RoleAssignment, ...] = attrs.field(
        default=(),
        metadata=doc("Explicit roles of other parties, overriding the derived ones."),
    )
    citations: tuple[Citation, ...] = attrs.field(
        default=(), metadata=doc("Documents that state the allegation.")
    )
    notes: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Analyst's notes.")
    )
