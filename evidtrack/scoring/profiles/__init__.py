"""Scoring profiles: the versioned table of weights, the built-in ones, and user profiles."""

from evidtrack.scoring.profiles.builtin import BUILTIN, STANDARD, STRICT
from evidtrack.scoring.profiles.config import (
    ProfileError,
    ProfileProblem,
    check_profile,
    profile_from_mapping,
)
from evidtrack.scoring.profiles.profile import ClusterKind, ClusterRule, Profile

__all__ = [
    "BUILTIN",
    "STANDARD",
    "STRICT",
    "ClusterKind",
    "ClusterRule",
    "Profile",
    "ProfileError",
    "ProfileProblem",
    "check_profile",
    "profile_from_mapping",
]
