"""Security Council resolutions and the provisions a transfer can breach."""

from __future__ import annotations

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import IS_ID, NOT_BLANK, Matches
from evidtrack.model.citation import Citation
from evidtrack.model.partial_date import PartialDate
from evidtrack.model.period import Period
from evidtrack.model.record_kind import RecordKind

SYMBOL_PATTERN = r"^S/RES/[0-9]+( \([0-9]{4}\))?$"


@attrs.frozen(kw_only=True)
class Provision:
    """One operative paragraph (or part of one) and what it prohibits."""

    id: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the provision, unique within its resolution.", example="arms-export"),
    )
    paragraph: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc("The paragraph as the resolution numbers it, if known.", example="OP8(a)"),
    )
    prohibits: str = attrs.field(
        validator=NOT_BLANK,
        metadata=doc(
            "What the provision prohibits, in a sentence.",
            example="export of arms or related materials by the DPRK",
        ),
    )
    in_force: Period = attrs.field(
        factory=Period,
        metadata=doc("When the provision applies; an open end means it still does."),
    )
    citations: tuple[Citation, ...] = attrs.field(
        default=(), metadata=doc("Quotations that support this record.")
    )


@attrs.frozen(kw_only=True)
class ProvisionRef:
    """A pointer to one provision of one resolution."""

    resolution: str = attrs.field(
        validator=IS_ID,
        metadata=doc(
            "Id of the resolution.", references=RecordKind.RESOLUTION, example="unsc-1718"
        ),
    )
    provision: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the provision within that resolution.", example="arms-export"),
    )


@attrs.frozen(kw_only=True)
class Resolution:
    """A Security Council resolution that sets up or changes a sanctions regime."""

    id: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the record.", example="unsc-1718"),
    )
    symbol: str = attrs.field(
        validator=Matches(SYMBOL_PATTERN, "is not a resolution symbol such as 'S/RES/1718 (2006)'"),
        metadata=doc(
            "The UN document symbol, with the year where the sources give it.",
            example="S/RES/1718 (2006)",
        ),
    )
    adopted: PartialDate | None = attrs.field(
        default=None, metadata=doc("Date of adoption, if the sources give it.")
    )
    regime: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc("The sanctions regime.", example="DPRK"),
    )
    committee: str | None = attrs.field(
        default=None,
        validator=IS_ID,
        metadata=doc(
            "Id of the actor that is the regime's sanctions committee.",
            references=RecordKind.ACTOR,
            example="unsc-1718-committee",
        ),
    )
    provisions: tuple[Provision, ...] = attrs.field(
        default=(), metadata=doc("The provisions an allegation can cite.")
    )
    citations: tuple[Citation, ...] = attrs.field(
        default=(), metadata=doc("Quotations that support this record.")
    )
    notes: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Analyst's notes.")
    )

    def provision(self, provision_id: str) -> Provision | None:
        """The provision with that id, or None."""
        for provision in self.provisions:
            if provision.id == provision_id:
                return provision
        return None
