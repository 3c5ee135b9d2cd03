"""A ship named in a transfer, identified as UN panels identify ships: IMO number, MMSI, flag."""

from __future__ import annotations

from typing import Final

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import (
    IS_COUNTRY_CODE,
    IS_ID,
    ISO_3166_ALPHA_3,
    NO_BLANK_ITEMS,
    NOT_BLANK,
    Each,
    Matches,
)
from evidtrack.model.citation import Citation

#: Seven digits, the last a check digit (a rule checks it: the pattern cannot).
IMO_PATTERN: Final = r"^[0-9]{7}$"
#: Maritime Mobile Service Identity: nine digits.
MMSI_PATTERN: Final = r"^[0-9]{9}$"


def imo_check_digit(imo: str) -> int:
    """The check digit of an IMO number's first six digits: weights 7 to 2, sum modulo 10."""
    return (
        sum(int(digit) * weight for digit, weight in zip(imo[:6], range(7, 1, -1), strict=True))
        % 10
    )


@attrs.frozen(kw_only=True)
class Vessel:
    """A vessel, one id however its names and flags changed."""

    id: str = attrs.field(
        validator=IS_ID, metadata=doc("Id of the record.", example="example-trader")
    )
    name: str = attrs.field(
        validator=NOT_BLANK, metadata=doc("The name it sailed under.", example="Example Trader")
    )
    imo: str | None = attrs.field(
        default=None,
        validator=Matches(
            IMO_PATTERN, "is not an IMO number: write its seven digits in quotes, without 'IMO'"
        ),
        metadata=doc("IMO ship identification number, seven digits.", example="9074729"),
    )
    mmsi: str | None = attrs.field(
        default=None,
        validator=Matches(MMSI_PATTERN, "is not an MMSI: write its nine digits in quotes"),
        metadata=doc("Maritime Mobile Service Identity, nine digits.", example="273123456"),
    )
    flag: str | None = attrs.field(
        default=None,
        validator=IS_COUNTRY_CODE,
        metadata=doc(
            "ISO 3166-1 alpha-3 code of the flag state.",
            example="RUS",
            standard=ISO_3166_ALPHA_3,
        ),
    )
    former_names: tuple[str, ...] = attrs.field(
        default=(),
        validator=NO_BLANK_ITEMS,
        metadata=doc("Names it sailed under before.", example=["Sample Carrier"]),
    )
    former_flags: tuple[str, ...] = attrs.field(
        default=(),
        validator=Each(IS_COUNTRY_CODE),
        metadata=doc(
            "ISO 3166-1 alpha-3 codes of its earlier flag states.",
            example=["MLT"],
            standard=ISO_3166_ALPHA_3,
        ),
    )
    citations: tuple[Citation, ...] = attrs.field(
        default=(), metadata=doc("Documents that identify the vessel.")
    )
    notes: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Analyst's notes.")
    )

    @property
    def imo_valid(self) -> bool:
        """Whether the IMO number can be a ship's: its last digit is its check digit, and it is
        not all zeros (False when there is none)."""
        imo = self.imo
        return imo is not None and imo != "0000000" and int(imo[6]) == imo_check_digit(imo)
