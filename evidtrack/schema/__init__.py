"""JSON Schema for evidence files, generated from the model (see ``generator`` for the mapping)."""

from evidtrack.schema.files import DEFAULT_FOLDER, SCHEMAS, generate, render, stale, write
from evidtrack.schema.generator import SchemaError, build_schema, evidence_file_schema

__all__ = [
    "DEFAULT_FOLDER",
    "SCHEMAS",
    "SchemaError",
    "build_schema",
    "evidence_file_schema",
    "generate",
    "render",
    "stale",
    "write",
]
