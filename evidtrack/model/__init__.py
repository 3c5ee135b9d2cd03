"""The domain model: frozen attrs classes, importing nothing of I/O, the CLI or the docs."""

import attrs as _attrs

from evidtrack.model.actor import Actor, ActorKind, Authority
from evidtrack.model.allegation import (
    Allegation,
    ItemCategory,
    TransferredItem,
    TransportLeg,
    TransportMode,
)
from evidtrack.model.citation import Citation
from evidtrack.model.dataset import Dataset, Record, Reported
from evidtrack.model.date_range import DateRange
from evidtrack.model.document import Document
from evidtrack.model.event import Event, EventKind
from evidtrack.model.evidence import (
    EvidenceItem,
    EvidenceKind,
    Observation,
    Stance,
    Statement,
)
from evidtrack.model.grades import Credibility, Directness
from evidtrack.model.partial_date import PartialDate, Precision
from evidtrack.model.period import Period
from evidtrack.model.quantity import Qualifier, Quantity
from evidtrack.model.record_kind import RecordKind
from evidtrack.model.resolution import MeasureBody, Provision, ProvisionRef, Resolution
from evidtrack.model.response import OfficialResponse, ResponseKind
from evidtrack.model.role import Role, RoleAssignment
from evidtrack.model.source import Reliability, Source, SourceKind
from evidtrack.model.vessel import Vessel
from evidtrack.model.vote import Vote

__all__ = [
    "Actor",
    "ActorKind",
    "Allegation",
    "Authority",
    "Citation",
    "Credibility",
    "Dataset",
    "DateRange",
    "Directness",
    "Document",
    "Event",
    "EventKind",
    "EvidenceItem",
    "EvidenceKind",
    "ItemCategory",
    "MeasureBody",
    "Observation",
    "OfficialResponse",
    "PartialDate",
    "Period",
    "Precision",
    "Provision",
    "ProvisionRef",
    "Qualifier",
    "Quantity",
    "Record",
    "RecordKind",
    "Reliability",
    "Reported",
    "Resolution",
    "ResponseKind",
    "Role",
    "RoleAssignment",
    "Source",
    "SourceKind",
    "Stance",
    "Statement",
    "TransferredItem",
    "TransportLeg",
    "TransportMode",
    "Vessel",
    "Vote",
]

# The modules use postponed annotations; resolve them once so that every consumer (converter,
# schema and docs generators) reads real types from ``attrs.fields``.
for _cls in (
    Actor,
    Allegation,
    Citation,
    Dataset,
    DateRange,
    Document,
    Event,
    Observation,
    OfficialResponse,
    PartialDate,
    Period,
    Provision,
    ProvisionRef,
    Quantity,
    Resolution,
    RoleAssignment,
    Source,
    Statement,
    TransferredItem,
    TransportLeg,
    Vessel,
    Vote,
):
    _attrs.resolve_types(_cls)
del _cls
