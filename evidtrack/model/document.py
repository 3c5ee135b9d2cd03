"""One publication that evidence and responses quote."""

from __future__ import annotations

from typing import Any

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import (
    ID_PATTERN,
    CrossField,
    InvalidField,
    is_id,
    matches,
    not_blank,
    optional_not_blank,
)
from evidtrack.model.partial_date import PartialDate

FILE_PATTERN = r"^[^/\\][^\\]*$"


def _check_url_or_file(
    instance: Document, attribute: attrs.Attribute[Any], value: str | None
) -> None:
    if value is None and instance.url is None:
        raise InvalidField(
            "file",
            "a document needs a url or a file: add url: (where it was published) or file: (the"
            " name of its text in the archive folder)",
        )


_url_or_file = CrossField(
    says="A document needs a url or a file, or both: where it was published, or its text in"
    " the archive folder.",
    fields=("url", "file"),
    check=_check_url_or_file,
)


@attrs.frozen(kw_only=True)
class Document:
    """An article, statement, report or post; its text may sit in the user's archive folder."""

    id: str = attrs.field(
        validator=is_id,
        metadata=doc("Id of the record.", example="doc-003-upi", pattern=ID_PATTERN),
    )
    title: str = attrs.field(
        validator=not_blank,
        metadata=doc(
            "Title as published.",
            example="Russia has launched North Korean missiles at least 9 times in Ukraine",
        ),
    )
    publisher: str = attrs.field(
        validator=is_id,
        metadata=doc("Id of the source that published it.", references="source", example="upi"),
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
        validator=optional_not_blank,
        metadata=doc("How the date was derived.", example="dateline 'SEOUL, Feb. 7'"),
    )
    url: str | None = attrs.field(
        default=None, validator=optional_not_blank, metadata=doc("Where it was published.")
    )
    file: str | None = attrs.field(
        default=None,
        validator=[
            matches(FILE_PATTERN, "must be a path relative to the archive folder"),
            _url_or_file,
        ],
        metadata=doc(
            "File name of its text in the archive folder, for verbatim quote checks.",
            example="003_4860ffd1d7637bf6.txt",
            pattern=FILE_PATTERN,
        ),
    )
    notes: str | None = attrs.field(
        default=None, validator=optional_not_blank, metadata=doc("Analyst's notes.")
    )
