"""The domain model: frozen attrs classes, importing nothing of I/O, the CLI or the docs."""

import attrs as _attrs

from evidtrack.model.actor import Actor, ActorKind, Authority
from evidtrack.model.allegation import Allegation, ItemCategory, TransferredItem
from evidtrack.model.citation import Citation
from evidtrack.model.dataset import Dataset, Record
from evidtrack.model.document import Document
from evidtrack.model.evidence import (
    Credibility,
    Directness,
    EvidenceItem,
    EvidenceKind,
    Stance,
)
from evidtrack.model.partial_date import PartialDate, Precision
from evidtrack.model.period import Period
from evidtrack.model.quantity import Qualifier, Quantity
from evidtrack.model.record_kind import RecordKind
from evidtrack.model.resolution import Provision, ProvisionRef, Resolution
from evidtrack.model.response import OfficialResponse, ResponseKind, Vote
from evidtrack.model.role import Role, RoleAssignment
from evidtrack.model.source import Reliability, Source, SourceKind

__all__ = [
    "Actor",
    "ActorKind",
    "Allegation",
    "Authority",
    "Citation",
    "Credibility",
    "Dataset",
    "Directness",
    "Document",
    "EvidenceItem",
    "EvidenceKind",
    "ItemCategory",
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
    "Resolution",
    "ResponseKind",
    "Role",
    "RoleAssignment",
    "Source",
    "SourceKind",
    "Stance",
    "TransferredItem",
    "Vote",
]

# The modules use postponed annotations; resolve them once so that every consumer (converter,
# schema and docs generators) reads real types from ``attrs.fields``.
for _cls in (
    Actor,
    Allegation,
    Citation,
    Dataset,
    Document,
    EvidenceItem,
    OfficialResponse,
    PartialDate,
    Period,
    Provision,
    ProvisionRef,
    Quantity,
    Resolution,
    RoleAssignment,
    Source,
    TransferredItem,
    Vote,
):
    _attrs.resolve_types(_cls)
del _cls
