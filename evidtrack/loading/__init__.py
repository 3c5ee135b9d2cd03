"""Files -> model: safe, located YAML loading and the one converter."""

from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from evidtrack.loading.profiles import (
        BAD_PROFILE,
        ProfileError,
        ProfileLoad,
        load_profile,
        profile_from_mapping,
    )

#: Names of the profile loader, imported on first use: it imports the scorer, which reading
#: and validating evidence files never needs.
_PROFILES = frozenset(
    {"BAD_PROFILE", "ProfileError", "ProfileLoad", "load_profile", "profile_from_mapping"}
)


def __getattr__(name: str) -> object:
    if name not in _PROFILES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from evidtrack.loading import profiles

    value: object = getattr(profiles, name)
    globals()[name] = value
    return value


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
