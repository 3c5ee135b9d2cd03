"""An alleged transfer: one proposition that can be true or false."""

from __future__ import annotations

from enum import StrEnum

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import IS_ID, NO_BLANK_ITEMS, NOT_BLANK, UNIQUE_IDS
from evidtrack.model.citation import Citation
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
        metadata=doc("The items in the sources' words.", example="rockets and artillery shells"),
    )


@attrs.frozen(kw_only=True)
class Allegation:
    """Supplier transferred items to recipient during period, contrary to provisions."""

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
    supplier: str = attrs.field(
        validator=IS_ID,
        metadata=doc(
            "Id of the actor alleged to supply.", references=RecordKind.ACTOR, example="PRK"
        ),
    )
    recipient: str = attrs.field(
        validator=IS_ID,
        metadata=doc(
            "Id of the actor alleged to receive.", references=RecordKind.ACTOR, example="RUS"
        ),
    )
    items: tuple[TransferredItem, ...] = attrs.field(
        metadata=doc("What was allegedly transferred.")
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
        default=(), metadata=doc("Quotations that state the allegation.")
    )
    notes: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Analyst's notes.")
    )
