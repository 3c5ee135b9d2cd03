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
from evidtrack.loading.profiles import (
    BAD_PROFILE,
    ProfileError,
    ProfileLoad,
    load_profile,
    profile_from_mapping,
)
from evidtrack.loading.rejected import Rejected
from evidtrack.loading.source_map import SourceMap

__all__ = [
    "BAD_PROFILE",
    "LoadCode",
    "LoadResult",
    "NoEvidenceFiles",
    "Paths",
    "ProfileError",
    "ProfileLoad",
    "Rejected",
    "SourceMap",
    "find_files",
    "load_file",
    "load_paths",
    "load_profile",
    "load_text",
    "profile_from_mapping",
]
