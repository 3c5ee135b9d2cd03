"""One publication that evidence and responses quote."""

from __future__ import annotations

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import IS_ID, NOT_BLANK, AnyOf, Matches, checks
from evidtrack.model.partial_date import PartialDate
from evidtrack.model.record_kind import RecordKind

FILE_PATTERN = r"^[^/\\][^\\]*$"


@attrs.frozen(kw_only=True)
class Document:
    """An article, statement, report or post; its text may sit in the user's archive folder."""

    id: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the record.", example="doc-003-upi"),
    )
    title: str = attrs.field(
        validator=NOT_BLANK,
        metadata=doc(
            "Title as published.",
            example="Russia has launched North Korean missiles at least 9 times in Ukraine",
        ),
    )
    publisher: str = attrs.field(
        validator=IS_ID,
        metadata=doc(
            "Id of the source that published it.", references=RecordKind.SOURCE, example="upi"
        ),
    )
    date: PartialDate | None = attrs.field(
        default=None,
        metadata=doc(
            "When it was written or filed, at the precision the text supports; not the day a"
            " page was fetched.",
            example="2024-02-07",
        ),
    )
    date_basis: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc("How the date was derived.", example="dateline 'SEOUL, Feb. 7'"),
    )
    url: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Where it was published.")
    )
    file: str | None = attrs.field(
        default=None,
        validator=checks(
            Matches(FILE_PATTERN, "must be a path relative to the archive folder"),
            AnyOf(
                ("url", "file"),
                says="A document needs a url or a file, or both: where it was published, or its"
                " text in the archive folder.",
                message="a document needs a url or a file: add url: (where it was published) or"
                " file: (the name of its text in the archive folder)",
            ),
        ),
        metadata=doc(
            "File name of its text in the archive folder, for verbatim quote checks.",
            example="003_4860ffd1d7637bf6.txt",
        ),
    )
    notes: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Analyst's notes.")
    )
