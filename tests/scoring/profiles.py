"""Valid scoring profiles, generated from the parameter fields' ranges (``Parameter.range``).

Every parameter is drawn from the range its field declares; the three checks that tie fields
together are met by drawing the dependent field inside what the others leave: the prior
between ``p_floor`` and ``p_ceiling``, and ``camp_cap`` below what one direct admission is worth.
"""

from __future__ import annotations

import math
from typing import Any, Final

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from evidtrack.model import Credibility
from evidtrack.scoring import ClusterKind, ClusterRule, Profile, Range, parameters

#: Where a range has no upper end, values are drawn up to this far above its lower end.
SPAN: Final = 5.0
#: camp_cap is drawn below the admission's worth by this factor, so that float rounding of the
#: log-odds cannot tie them; and an admission worth less than ``RESOLUTION`` nats vanishes in
#: that rounding next to the prior's log-odds, so such tables are not drawn.
MARGIN: Final = 0.999
RESOLUTION: Final = 1e-9


def numbers(allowed: Range, below: float = math.inf) -> st.SearchStrategy[float]:
    """Floats in ``allowed``, and below ``below``; nothing when no float lies there."""
    low = allowed.low if allowed.low_included else math.nextafter(allowed.low, math.inf)
    high = min(allowed.high, allowed.low + SPAN)
    if high == allowed.high and not allowed.high_included:
        high = math.nextafter(high, -math.inf)
    if below <= high:
        high = math.nextafter(below, -math.inf)
    return st.floats(low, high, allow_subnormal=False) if low <= high else st.nothing()


def _field(name: str) -> Any:
    return next(fact for field, fact in parameters(Profile) if field.name == name)


def _value(name: str) -> st.SearchStrategy[Any]:
    fact = _field(name)
    if fact.keys is None:
        return numbers(fact.range)
    return st.fixed_dictionaries({key: numbers(fact.range) for key in fact.keys})


def _rules() -> st.SearchStrategy[dict[ClusterKind, ClusterRule]]:
    _, cap = (fact for _, fact in parameters(ClusterRule))
    return st.fixed_dictionaries(
        {
            kind: st.builds(ClusterRule, rho=numbers(kind.rho_range), cap=numbers(cap.range))
            for kind in ClusterKind
        }
    )


#: Fields drawn after the others, inside what the others leave.
_DEPENDENT: Final = ("prior", "p_floor", "p_ceiling", "camp_cap", "response_credibility")


#: The fields drawn on their own, each from its range (built once: strategies are not free).
_INDEPENDENT: Final = st.fixed_dictionaries(
    {
        field.name: _value(field.name)
        for field, _ in parameters(Profile)
        if field.name not in _DEPENDENT
    }
)
_CLUSTERS: Final = _rules()


@st.composite
def valid_profiles(draw: st.DrawFn) -> Profile:
    fields: dict[str, Any] = draw(_INDEPENDENT)
    floor = draw(numbers(_field("p_floor").range, below=_field("p_ceiling").range.high))
    ceiling_range = attrs.evolve(_field("p_ceiling").range, low=floor, low_included=False)
    ceiling = draw(numbers(ceiling_range))
    prior = draw(numbers(Range(low=floor, high=ceiling, low_included=False, high_included=False)))
    allowed = _field("response_credibility").range
    credibility = draw(st.sampled_from([c for c in Credibility if c in allowed]))
    draft = dict(
        name="generated",
        version="1",
        description="drawn from the parameters' ranges",
        clusters=draw(_CLUSTERS),
        p_floor=floor,
        p_ceiling=ceiling,
        prior=prior,
        response_credibility=credibility,
        **fields,
    )
    # camp_cap below what one direct admission is worth: draw it once that worth is known.
    try:
        least = Profile(**draft, camp_cap=math.ulp(0.0)).least_admission()
    except ValueError:
        least = 0.0  # no admission weighs anything under these tables: no camp_cap fits
    assume(least > RESOLUTION)
    cap = draw(numbers(_field("camp_cap").range, below=least * MARGIN))
    return Profile(**draft, camp_cap=cap)
