"""The corroboration score: how well each allegation is supported, as of any date, and why.

The methodology, its sources and every weight are in docs/methodology.md.
"""

from evidtrack.scoring.assessment.assessment import Assessment
from evidtrack.scoring.assessment.confidence import Confidence
from evidtrack.scoring.engine import score
from evidtrack.scoring.labels.icd203 import Likelihood, likelihood_term
from evidtrack.scoring.profiles import (
    BUILTIN,
    STANDARD,
    STRICT,
    Profile,
    ProfileError,
    profile_from_mapping,
)
from evidtrack.scoring.timeline import timeline

__all__ = [
    "BUILTIN",
    "STANDARD",
    "STRICT",
    "Assessment",
    "Confidence",
    "Likelihood",
    "Profile",
    "ProfileError",
    "likelihood_term",
    "profile_from_mapping",
    "score",
    "timeline",
]
