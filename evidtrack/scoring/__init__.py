"""The corroboration score: how well each allegation is supported, as of any date, and why.

The methodology page of the docs (``evidtrack/docs/pages/methodology.md``) states every step,
weight and source. The steps, each one module:

- ``profile``: the versioned table of weights, caps, priors and thresholds;
- ``roles``: the role of each party in an allegation;
- ``inputs``: evidence items, and official responses through one mapping, as scored items;
- ``selection``: which items count as of a date, and why the others do not;
- ``clusters``: each item's weight, and its cluster of dependent items;
- ``combine``: the clusters in rows, and the log-odds they add up to;
- ``confidence``: the confidence level and the two-independent-sources flag;
- ``labels``: ICD 203 likelihood terms and STIX 2.1's None/Low/Med/High scale;
- ``assessment``: ``score()``, and what it returns;
- ``sensitivity``: the load-bearing evidence, and what new evidence would change the result;
- ``timeline``: what changed between two dates, and the score as of each date that changes
  what counts.

Other packages import what they need from here, never from the modules.
"""

from evidtrack.scoring.assessment import Assessment, score
from evidtrack.scoring.clusters import (
    CAMP_ROLES,
    OBJECT_EXAMINATIONS,
    Cluster,
    ClusterKey,
    Group,
    Member,
)
from evidtrack.scoring.combine import Limit, Row
from evidtrack.scoring.confidence import FIRST_HAND_OR_DOCUMENTARY, Confidence, Contribution
from evidtrack.scoring.inputs import Recorded, ScoredItem
from evidtrack.scoring.labels import Likelihood, likelihood_term
from evidtrack.scoring.profile import (
    BUILTIN,
    STANDARD,
    STRICT,
    ClusterKind,
    ClusterRule,
    Parameter,
    Profile,
    Range,
    parameters,
)
from evidtrack.scoring.selection import Excluded, ResponseOnRecord
from evidtrack.scoring.sensitivity import (
    Hypothesis,
    LoadBearing,
    Outcome,
    Sensitivity,
    sensitivity,
)
from evidtrack.scoring.timeline import (
    Change,
    Published,
    RowChange,
    changes,
    publication_dates,
    steps,
    timeline,
)

__all__ = [
    "BUILTIN",
    "CAMP_ROLES",
    "FIRST_HAND_OR_DOCUMENTARY",
    "OBJECT_EXAMINATIONS",
    "STANDARD",
    "STRICT",
    "Assessment",
    "Change",
    "Cluster",
    "ClusterKey",
    "ClusterKind",
    "ClusterRule",
    "Confidence",
    "Contribution",
    "Excluded",
    "Group",
    "Hypothesis",
    "Likelihood",
    "Limit",
    "LoadBearing",
    "Member",
    "Outcome",
    "Parameter",
    "Profile",
    "Published",
    "Range",
    "Recorded",
    "ResponseOnRecord",
    "Row",
    "RowChange",
    "ScoredItem",
    "Sensitivity",
    "changes",
    "likelihood_term",
    "parameters",
    "publication_dates",
    "score",
    "sensitivity",
    "steps",
    "timeline",
]
