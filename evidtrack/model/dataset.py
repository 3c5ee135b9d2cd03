"""A corpus of records, as one file holds them or as a whole folder does, indexed by id."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property
from typing import TypeVar

import attrs

from evidtrack.model._fields import doc
from evidtrack.model.actor import Actor
from evidtrack.model.allegation import Allegation
from evidtrack.model.document import Document
from evidtrack.model.evidence import EvidenceItem
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
        default=(), metadata=doc("Security Council resolutions and their provisions.")
    )
    actors: tuple[Actor, ...] = attrs.field(
        default=(), metadata=doc("States, bodies, organisations and people.")
    )
    sources: tuple[Source, ...] = attrs.field(
        default=(), metadata=doc("Publishers and originators, graded for reliability.")
    )
    documents: tuple[Document, ...] = attrs.field(
        default=(), metadata=doc("Publications that evidence and responses quote.")
    )
    allegations: tuple[Allegation, ...] = attrs.field(
        default=(), metadata=doc("Alleged transfers.")
    )
    evidence: tuple[EvidenceItem, ...] = attrs.field(
        default=(), metadata=doc("Evidence items bearing on allegations.")
    )
    responses: tuple[OfficialResponse, ...] = attrs.field(
        default=(), metadata=doc("Official responses of the parties.")
    )

    @classmethod
    def merge(cls, parts: Iterable[Dataset]) -> Dataset:
        """All records of all parts, in order."""
        parts = tuple(parts)
        return cls(
            resolutions=tuple(r for p in parts for r in p.resolutions),
            actors=tuple(r for p in parts for r in p.actors),
            sources=tuple(r for p in parts for r in p.sources),
            documents=tuple(r for p in parts for r in p.documents),
            allegations=tuple(r for p in parts for r in p.allegations),
            evidence=tuple(r for p in parts for r in p.evidence),
            responses=tuple(r for p in parts for r in p.responses),
        )

    def records(self) -> Iterator[Record]:
        """Every record, kind by kind in field order."""
        yield from self.resolutions
        yield from self.actors
        yield from self.sources
        yield from self.documents
        yield from self.allegations
        yield from self.evidence
        yield from self.responses

    def __len__(self) -> int:
        return sum(len(getattr(self, f.name)) for f in attrs.fields(Dataset))

    @cached_property
    def resolution_by_id(self) -> Mapping[str, Resolution]:
        return _first_by_id(self.resolutions)

    @cached_property
    def actor_by_id(self) -> Mapping[str, Actor]:
        return _first_by_id(self.actors)

    @cached_property
    def source_by_id(self) -> Mapping[str, Source]:
        return _first_by_id(self.sources)

    @cached_property
    def document_by_id(self) -> Mapping[str, Document]:
        return _first_by_id(self.documents)

    @cached_property
    def allegation_by_id(self) -> Mapping[str, Allegation]:
        return _first_by_id(self.allegations)

    @cached_property
    def evidence_by_id(self) -> Mapping[str, EvidenceItem]:
        return _first_by_id(self.evidence)

    @cached_property
    def response_by_id(self) -> Mapping[str, OfficialResponse]:
        return _first_by_id(self.responses)

    def evidence_for(self, allegation_id: str) -> tuple[EvidenceItem, ...]:
        return tuple(item for item in self.evidence if item.allegation == allegation_id)

    def responses_to(self, allegation_id: str) -> tuple[OfficialResponse, ...]:
        return tuple(r for r in self.responses if r.allegation == allegation_id)
