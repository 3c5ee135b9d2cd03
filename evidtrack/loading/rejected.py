"""Notes on the records the loader rejected: enough for later checks to name the real cause.

A document rejected for a missing url would otherwise make every evidence item that cites it
"refer to an unknown document", with the advice to add one that is already there. Each note
keeps the record's kind, its id as written, where its first finding is, and the ids it names.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from evidtrack.findings import Finding, Location
from evidtrack.model._fields import REFERENCE
from evidtrack.model._tagged import record_members


@attrs.frozen(kw_only=True)
class Rejected:
    """A record that failed to load: ``documents`` list, id ``doc-upi``, first finding here."""

    #: The top-level list it was written in (``documents``).
    key: str
    #: Its id, when one was written as text.
    id: str | None
    #: Where its first finding points: what a user fixes to bring the record back.
    location: Location
    #: (field, id) of each reference it writes at its top level, as text.
    references: tuple[tuple[str, str], ...] = ()

    def names(self, field: str, target: str) -> bool:
        """Whether the record refers to ``target`` in ``field``."""
        return (field, target) in self.references


def rejection(
    key: str, cls: type, raw: Any, findings: Sequence[Finding], where: Location
) -> Rejected:
    """The note on one rejected record, from what was written (``raw``) and its findings."""
    first = min(findings, key=Finding.sort_key).location if findings else where
    if not isinstance(raw, dict):
        return Rejected(key=key, id=None, location=first)
    written_id = raw.get("id")
    references: list[tuple[str, str]] = []
    # A union of records whose tag was not readable: the fields all its members have.
    members = record_members(cls) or (cls,)
    names = set.intersection(*({f.name for f in attrs.fields(m)} for m in members))
    for field in (f for f in attrs.fields(members[0]) if f.name in names):
        if REFERENCE not in field.metadata:
            continue
        value = raw.get(field.name)
        values = value if isinstance(value, list) else [value]
        references.extend((field.name, v) for v in values if isinstance(v, str))
    return Rejected(
        key=key,
        id=written_id if isinstance(written_id, str) else None,
        location=first,
        references=tuple(references),
    )
