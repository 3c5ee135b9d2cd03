"""Files -> model: safe, located YAML loading and the one converter."""

from evidtrack.loading.codes import LoadCode
from evidtrack.loading.load import (
    LoadResult,
    NoEvidenceFiles,
    Paths,
    find_files,
    load_file,
    load_paths,
    load_text,
)
from evidtrack.loading.rejected import Rejected
from evidtrack.loading.source_map import SourceMap

__all__ = [
    "LoadCode",
    "LoadResult",
    "NoEvidenceFiles",
    "Paths",
    "Rejected",
    "SourceMap",
    "find_files",
    "load_file",
    "load_paths",
    "load_text",
]
