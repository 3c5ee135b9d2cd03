"""Resolutions and other sanctions measures, and the provisions a transfer can breach."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import IS_ID, NOT_BLANK, AnyOf, Matches, When, checks
from evidtrack.model.citation import Citation
from evidtrack.model.partial_date import PartialDate
from evidtrack.model.period import Period
from evidtrack.model.record_kind import RecordKind
from evidtrack.model.vote import Vote

SYMBOL_PATTERN: Final = r"^S/RES/[0-9]+( \([0-9]{4}\))?$"
MEETING_PATTERN: Final = r"^S/PV\.[0-9]+( \(Resumption [0-9]+\))?$"
#: Provision ids as the Council numbers paragraphs: OP8(a)(i), annex-B-para-4.
PROVISION_ID_PATTERN: Final = r"^[A-Za-z0-9][A-Za-z0-9._:()-]{0,127}$"
IS_PROVISION_ID: Final = Matches(
    PROVISION_ID_PATTERN,
    "is not a provision id: use letters, digits, '.', '_', ':', '-' and parentheses, as in"
    " OP8(a)(i) or annex-B-para-4",
)


class MeasureBody(StrEnum):
    """Who adopted a measure: only the Security Council's measures can be breached as UN law."""

    UN_SECURITY_COUNCIL = "un_security_council"
    EU = "eu"
    NATIONAL = "national"
    OTHER = "other"

    @property
    def is_un(self) -> bool:
        return self is MeasureBody.UN_SECURITY_COUNCIL


_UN: Final = frozenset({MeasureBody.UN_SECURITY_COUNCIL})


@attrs.frozen(kw_only=True)
class Provision:
    """One operative paragraph (or part of one) and what it prohibits."""

    id: str = attrs.field(
        validator=IS_PROVISION_ID,
        metadata=doc(
            "Id of the provision, unique within its resolution; the Council's numbering will do.",
            example="OP8(a)(i)",
        ),
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
        default=(), metadata=doc("Documents that give the provision, its text or its source.")
    )
    notes: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Analyst's notes.")
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
        validator=IS_PROVISION_ID,
        metadata=doc("Id of the provision within that resolution.", example="OP8(a)(i)"),
    )


@attrs.frozen(kw_only=True)
class Resolution:
    """A sanctions measure: a Security Council resolution, or an EU or national measure."""

    id: str = attrs.field(validator=IS_ID, metadata=doc("Id of the record.", example="unsc-1718"))
    body: MeasureBody = attrs.field(
        default=MeasureBody.UN_SECURITY_COUNCIL,
        metadata=doc(
            "Who adopted it. A measure of the EU or of a state is context: a transfer that"
            " breaches only it is no violation of UN sanctions.",
            example="un_security_council",
        ),
    )
    symbol: str | None = attrs.field(
        default=None,
        validator=checks(
            NOT_BLANK,
            When(
                "body",
                _UN,
                Matches(SYMBOL_PATTERN, "is not a resolution symbol such as 'S/RES/1718 (2006)'"),
                says="A Security Council resolution's symbol is written as the UN writes it:"
                " S/RES/number (year).",
            ),
        ),
        metadata=doc(
            "The UN document symbol, with the year where the sources give it; for another"
            " measure, its official reference. Left out when the sources name the sanctions"
            ' regime but not the resolutions that make it ("several council resolutions").',
            example="S/RES/1718 (2006)",
        ),
    )
    adopted: PartialDate | None = attrs.field(
        default=None, metadata=doc("Date of adoption, if the sources give it.")
    )
    vote: Vote | None = attrs.field(
        default=None, metadata=doc("The vote that adopted it, as reported.")
    )
    meeting: str | None = attrs.field(
        default=None,
        validator=Matches(MEETING_PATTERN, "is not a meeting record symbol such as 'S/PV.5551'"),
        metadata=doc(
            "The symbol of the record of the meeting that adopted it.", example="S/PV.5551"
        ),
    )
    regime: str | None = attrs.field(
        default=None,
        # Checked here, after symbol: a measure is named by its symbol, or by its regime when
        # the sources give no number (a record must not invent one).
        validator=checks(
            NOT_BLANK,
            AnyOf(
                ("symbol", "regime"),
                says="A measure needs a symbol or a regime: the resolution's number as the UN"
                " writes it, or, when the sources give no number, the sanctions regime it"
                " belongs to.",
                message="a measure needs a symbol or a regime: add symbol: (such as"
                " 'S/RES/1718 (2006)') or, when the sources give no number, regime: (the"
                " sanctions regime, such as 'DPRK')",
            ),
        ),
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
        default=(), metadata=doc("Documents that support this record.")
    )
    notes: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Analyst's notes.")
    )

    @property
    def name(self) -> str:
        """What the measure is called: its symbol, else its regime's sanctions."""
        if self.symbol is not None:
            return self.symbol
        return f"{self.regime} sanctions regime (no resolution symbol on record)"

    def provision(self, provision_id: str) -> Provision | None:
        """The provision with that id, or None."""
        for provision in self.provisions:
            if provision.id == provision_id:
                return provision
        return None
