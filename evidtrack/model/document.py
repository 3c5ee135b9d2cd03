"""One publication that evidence and responses quote."""

from __future__ import annotations

import attrs

from evidtrack.model._fields import doc
from evidtrack.model._validators import IS_ID, NOT_BLANK, AnyOf, Matches, checks
from evidtrack.model.partial_date import PartialDate
from evidtrack.model.record_kind import RecordKind

FILE_PATTERN = r"^[^/\\][^\\]*$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"


@attrs.frozen(kw_only=True)
class Document:
    """An article, statement, report or post: a url, a saved text or a bibliographic citation."""

    id: str = attrs.field(
        validator=IS_ID,
        metadata=doc("Id of the record.", example="doc-003-upi"),
    )
    title: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc(
            "Title as published, if known; a document known by its citation may not have one.",
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
        default=None,
        validator=NOT_BLANK,
        metadata=doc(
            "Where it was published, with its scheme.",
            example="https://www.upi.com/Top_News/World-News/2024/02/07/",
            url=True,
        ),
    )
    archived_url: str | None = attrs.field(
        default=None,
        validator=NOT_BLANK,
        metadata=doc(
            "Where an archived copy is kept (a web archive's snapshot), with its scheme.",
            url=True,
        ),
    )
    file: str | None = attrs.field(
        default=None,
        validator=Matches(FILE_PATTERN, "must be a path relative to the archive folder"),
        metadata=doc(
            "File name of its saved text in the archive folder, for verbatim quote checks.",
            example="003_4860ffd1d7637bf6.txt",
        ),
    )
    sha256: str | None = attrs.field(
        default=None,
        validator=Matches(SHA256_PATTERN, "is not a SHA-256 digest: write its 64 hex digits"),
        metadata=doc(
            "SHA-256 of the saved text's bytes, taken when it was saved: the quote check says"
            " when the text no longer matches it.",
        ),
    )
    bibliographic: str | None = attrs.field(
        default=None,
        validator=checks(
            NOT_BLANK,
            AnyOf(
                ("url", "file", "bibliographic"),
                says="A document needs a url, a file or a bibliographic citation: where it was"
                " published, its text in the archive folder, or how others cite it.",
                message="a document needs a url, a file or a bibliographic citation: add url:"
                " (where it was published), file: (the name of its text in the archive folder)"
                " or bibliographic: (how it is cited, when you have neither)",
            ),
            AnyOf(
                ("title", "bibliographic"),
                says="A document needs a title or a bibliographic citation, to be named by.",
                message="a document needs a title or a bibliographic citation: add title: (as"
                " published) or bibliographic: (how it is cited)",
            ),
        ),
        metadata=doc(
            "A bibliographic citation, for a document known without a url or a saved text.",
            example="Yonhap News Agency, 22 September 2022",
        ),
    )
    notes: str | None = attrs.field(
        default=None, validator=NOT_BLANK, metadata=doc("Analyst's notes.")
    )
