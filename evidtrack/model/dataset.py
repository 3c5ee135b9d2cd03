"""A corpus of records, as one file holds them or as a whole folder does, indexed by id."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property
from typing import Any, TypeVar, cast

import attrs

from evidtrack.model._fields import HOLDS, doc
from evidtrack.model.actor import Actor
from evidtrack.model.allegation import Allegation
from evidtrack.model.document import Document
from evidtrack.model.evidence import EvidenceItem
from evidtrack.model.record_kind import RecordKind
from evidtrack.model.resolution import Resolution
from evidtrack.model.response import OfficialResponse
from evidtrack.model.source import Source

Record = Resolution | Actor | Source | Document | Allegation | EvidenceItem | OfficialResponse
R = TypeVar("R", Resolution, Actor, Source, Document, Allegation, EvidenceItem, OfficialResponse)


def _first_by_id(records: Iterable[R]) -> Mapping[str, R]:
    # The first record with an id wins the index; later ones stay in the tuples, where the
    # duplicate-id rule finds and reports them, so nothing the user wrote is lost.
    index: dict[str, R] = {}
    for record in records:
        index.setdefault(record.id, record)
    return index


@attrs.frozen(kw_only=True)
class Dataset:
    """Records of every kind. One evidence file is a Dataset; a folder is their union."""

    resolutions: tuple[Resolution, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Security Council resolutions and their provisions.", holds=RecordKind.RESOLUTION
        ),
    )
    actors: tuple[Actor, ...] = attrs.field(
        default=(),
        metadata=doc("States, bodies, organisations and people.", holds=RecordKind.ACTOR),
    )
    sources: tuple[Source, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Publishers and originators, graded for reliability.", holds=RecordKind.SOURCE
        ),
    )
    documents: tuple[Document, ...] = attrs.field(
        default=(),
        metadata=doc("Publications that evidence and responses quote.", holds=RecordKind.DOCUMENT),
    )
    allegations: tuple[Allegation, ...] = attrs.field(
        default=(), metadata=doc("Alleged transfers.", holds=RecordKind.ALLEGATION)
    )
    evidence: tuple[EvidenceItem, ...] = attrs.field(
        default=(),
        metadata=doc("Evidence items bearing on allegations.", holds=RecordKind.EVIDENCE),
    )
    responses: tuple[OfficialResponse, ...] = attrs.field(
        default=(),
        metadata=doc("Official responses of the parties.", holds=RecordKind.RESPONSE),
    )

    @classmethod
    def merge(cls, parts: Iterable[Dataset]) -> Dataset:
        """All records of all parts, in order."""
        parts = tuple(parts)
        lists = {
            field.name: tuple(r for part in parts for r in getattr(part, field.name))
            for field in attrs.fields(cls)
        }
        return cls(**lists)

    def records(self) -> Iterator[Record]:
        """Every record, kind by kind in field order."""
        for field in attrs.fields(Dataset):
            yield from getattr(self, field.name)

    def __len__(self) -> int:
        return sum(len(getattr(self, f.name)) for f in attrs.fields(Dataset))

    @cached_property
    def _indexes(self) -> Mapping[RecordKind, Mapping[str, Record]]:
        return {
            kind_of_list(field): _first_by_id(getattr(self, field.name))
            for field in attrs.fields(Dataset)
        }

    def by_id(self, kind: RecordKind) -> Mapping[str, Record]:
        """The records of one kind by id; the first of several with one id."""
        return self._indexes[kind]

    @property
    def resolution_by_id(self) -> Mapping[str, Resolution]:
        return cast("Mapping[str, Resolution]", self.by_id(RecordKind.RESOLUTION))

    @property
    def actor_by_id(self) -> Mapping[str, Actor]:
        return cast("Mapping[str, Actor]", self.by_id(RecordKind.ACTOR))

    @property
    def source_by_id(self) -> Mapping[str, Source]:
        return cast("Mapping[str, Source]", self.by_id(RecordKind.SOURCE))

    @property
    def document_by_id(self) -> Mapping[str, Document]:
        return cast("Mapping[str, Document]", self.by_id(RecordKind.DOCUMENT))

    @property
    def allegation_by_id(self) -> Mapping[str, Allegation]:
        return cast("Mapping[str, Allegation]", self.by_id(RecordKind.ALLEGATION))

    @property
    def evidence_by_id(self) -> Mapping[str, EvidenceItem]:
        return cast("Mapping[str, EvidenceItem]", self.by_id(RecordKind.EVIDENCE))

    @property
    def response_by_id(self) -> Mapping[str, OfficialResponse]:
        return cast("Mapping[str, OfficialResponse]", self.by_id(RecordKind.RESPONSE))

    def evidence_for(self, allegation_id: str) -> tuple[EvidenceItem, ...]:
        return tuple(item for item in self.evidence if item.allegation == allegation_id)

    def responses_to(self, allegation_id: str) -> tuple[OfficialResponse, ...]:
        return tuple(r for r in self.responses if r.allegation == allegation_id)


def kind_of_list(field: attrs.Attribute[Any]) -> RecordKind:
    """The kind of record a list of the dataset holds, as its field declares it."""
    kind: RecordKind = field.metadata[HOLDS]
    return kind


def list_of(kind: RecordKind) -> str:
    """The top-level list that holds records of ``kind`` (``documents`` for documents)."""
    return next(field.name for field in attrs.fields(Dataset) if kind_of_list(field) is kind)
