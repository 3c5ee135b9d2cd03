"""An item's weight in log-odds (nats): ``stance x K x r x c x M x directness`` (scoring.md B.1)."""

from __future__ import annotations

from evidtrack.scoring.inputs.scored_item import ScoredItem
from evidtrack.scoring.profiles import Profile


def item_weight(item: ScoredItem, profile: Profile) -> float:
    """Signed weight: positive supports, negative refutes, 0.0 for a neutral item."""
    sign = item.sign
    if sign == 0:
        return 0.0
    magnitude = (
        profile.kind_weight[item.kind]
        * profile.reliability_weight[item.reliability]
        * profile.credibility_factor(item.credibility, item.confirmed_outside)
        * profile.role_factor(item.role, sign)
        * profile.directness_weight[item.directness]
    )
    return sign * magnitude
