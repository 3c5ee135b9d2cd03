"""The kinds of record: what an id field points at, and what each list of a file holds."""

from __future__ import annotations

from enum import StrEnum


class RecordKind(StrEnum):
    """A kind of record; each has its own list in an evidence file and its own ids."""

    RESOLUTION = "resolution"
    ACTOR = "actor"
    SOURCE = "source"
    DOCUMENT = "document"
    VESSEL = "vessel"
    EVENT = "event"
    ALLEGATION = "allegation"
    EVIDENCE = "evidence"
    RESPONSE = "response"
