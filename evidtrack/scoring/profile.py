"""The scoring profile: every weight, cap, prior and threshold, in one versioned table.

Each parameter is declared once, here, as a field whose metadata (``Parameter``) says what it
means, in the methodology's words, and which values it may take. Its validator is built from
that range, so the built-in profiles and every user profile (read through the one converter
by ``evidtrack.loading``) are checked by the same code; the methodology page's parameter table
and the tests' generated profiles are derived from the same metadata.

Some ranges are set by the properties the score must have, whatever the profile: the
likelihood stays within [0.01, 0.99] (``p_floor``, ``p_ceiling``), denials lower the log-odds
by at most 0.5 (``denial_floor``), one interested party cannot lift the log-odds by more than
1.5 (``camp_cap``), the same origin counts once (the origin cluster's rho is 0), and one direct
admission outweighs any number of accuser assertions (``camp_cap`` below the least weight of an
admission).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from enum import Enum, StrEnum
from types import MappingProxyType
from typing import Any, Final

import attrs

from evidtrack.model import Credibility, Directness, EvidenceKind, Reliability, Role
from evidtrack.model._fields import DESCRIPTION, doc
from evidtrack.model._validators import InvalidField

#: The metadata key of a parameter's ``Parameter``.
PARAMETER: Final = "evidtrack.parameter"


@attrs.frozen(kw_only=True)
class Range:
    """The values a parameter may take: from ``low`` to ``high``, each end included or not."""

    low: float
    high: float = math.inf
    low_included: bool = True
    high_included: bool = True

    def __contains__(self, value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            return False
        above = value >= self.low if self.low_included else value > self.low
        below = value <= self.high if self.high_included else value < self.high
        return above and below

    def __str__(self) -> str:
        """Where values lie: ``in [0, 1]``, ``at or above 0``, ``above 0``, ``at 0``."""
        if self.high == math.inf:
            return f"at or above {self.low:g}" if self.low_included else f"above {self.low:g}"
        if self.low == self.high:
            return f"at {self.low:g}"
        if not (self.low_included or self.high_included):
            return f"strictly in ({self.low:g}, {self.high:g})"
        left = "[" if self.low_included else "("
        right = "]" if self.high_included else ")"
        return f"in {left}{self.low:g}, {self.high:g}{right}"


#: The ranges the parameters share.
NON_NEGATIVE: Final = Range(low=0.0)
POSITIVE: Final = Range(low=0.0, low_included=False)
FRACTION: Final = Range(low=0.0, high=1.0)


@attrs.frozen(kw_only=True)
class Parameter:
    """What a profile field is: its symbol in the methodology, its meaning, its values."""

    #: How the methodology writes it: ``K[kind]``, ``ρ``, ``prior``.
    symbol: str
    #: One sentence, in the methodology's words.
    meaning: str
    #: The values it may take (each value, for a table).
    range: Range
    #: Why the range is what it is, where a property of the score sets it.
    why: str = ""
    #: For a table: the type of its keys (every key has a value).
    keys: type[Enum] | None = None


def _check(field: str, name: str, value: object, allowed: Range, why: str) -> None:
    if value not in allowed:
        reason = f" ({why})" if why else ""
        raise InvalidField(field, f"{name} {value!r} must lie {allowed}{reason}")


def parameter(
    symbol: str,
    meaning: str,
    allowed: Range,
    *,
    why: str = "",
    keys: type[Enum] | None = None,
    also: Callable[[Any, attrs.Attribute[Any], Any], None] | None = None,
) -> Any:
    """An ``attrs.field`` for a parameter: its validator and its metadata from one declaration.

    ``also`` checks the value against other fields (declared before it) once its range holds.
    """
    fact = Parameter(symbol=symbol, meaning=meaning, range=allowed, why=why, keys=keys)

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if keys is None:
            _check(attribute.name, attribute.name, value, allowed, why)
            return
        missing = [key.value for key in keys if key not in value]
        if missing:
            raise InvalidField(
                attribute.name, f"{attribute.name} has no value for {', '.join(map(str, missing))}"
            )
        for key, number in value.items():
            _check(attribute.name, str(key.value), number, allowed, why)

    validators = [validate] if also is None else [validate, also]
    converter: Callable[[Any], Any] | None = _frozen_mapping if keys is not None else None
    return attrs.field(
        validator=validators,
        converter=converter,
        metadata={PARAMETER: fact, DESCRIPTION: meaning},
    )


def _frozen_mapping(value: Mapping[Any, Any]) -> Mapping[Any, Any]:
    # A read-only view: a profile is a published table, not something a caller edits.
    return MappingProxyType(dict(value))


def _text(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value.strip():
        raise InvalidField(attribute.name, f"{attribute.name} must not be empty")


class ClusterKind(StrEnum):
    """Why items were put together; each kind has its own rho and cap."""

    DENIAL = "denial"
    ARTIFACT = "artifact"
    ORIGIN = "origin"
    PARTY = "party"
    ORGANISATION = "organisation"
    SINGLE = "single"

    @property
    def words(self) -> str:
        """What the cluster's members share, as a row of the explanation says it."""
        return _CLUSTER_WORDS[self]

    @property
    def rho_range(self) -> Range:
        """The values its rho may take: an origin's repeats count once (rho 0), others any."""
        return Range(low=0.0, high=0.0) if self is ClusterKind.ORIGIN else FRACTION


_CLUSTER_WORDS: Final = {
    ClusterKind.DENIAL: "one party's denials",
    ClusterKind.ARTIFACT: "same artifact",
    ClusterKind.ORIGIN: "same origin",
    ClusterKind.PARTY: "one party's assertions",
    ClusterKind.ORGANISATION: "one organisation's reports",
    ClusterKind.SINGLE: "one item",
}


@attrs.frozen(kw_only=True)
class ClusterRule:
    """``agg(X) = (1 - rho) max(X) + rho sum(X)``; the cluster value is clipped to +/- cap."""

    rho: float = parameter(
        "ρ",
        "How much the members after the strongest add: 0 only the strongest counts, 1 all count.",
        FRACTION,
    )
    cap: float = parameter(
        "cap", "The most the cluster can add to or take from the log-odds, in nats.", POSITIVE
    )


def _clusters(
    instance: Any, attribute: attrs.Attribute[Any], value: Mapping[ClusterKind, ClusterRule]
) -> None:
    missing = [kind.value for kind in ClusterKind if kind not in value]
    if missing:
        raise InvalidField(attribute.name, f"clusters has no rule for {', '.join(missing)}")
    for kind, rule in value.items():
        if rule.rho not in kind.rho_range:
            raise InvalidField(
                attribute.name,
                f"the {kind.value} cluster's rho {rule.rho!r} must lie {kind.rho_range}: the"
                " same information counts once however often it is repeated",
            )


def _above_floor(instance: Profile, attribute: attrs.Attribute[Any], value: float) -> None:
    if not instance.p_floor < instance.prior < value:
        raise InvalidField(
            attribute.name,
            f"need p_floor ({instance.p_floor:g}) < prior ({instance.prior:g}) < p_ceiling"
            f" ({value:g})",
        )


def _below_admission(instance: Profile, attribute: attrs.Attribute[Any], value: float) -> None:
    least = instance.least_admission()
    if not value < least:
        raise InvalidField(
            attribute.name,
            f"camp_cap {value:g} must be below {least:.3g}, what one direct admission by the"
            " accused's binding speaker from a source graded A or B with credibility 1 or 2 is"
            " worth at least (its weight, capped by the single cluster's cap): an admission"
            " outweighs any number of accuser assertions",
        )


@attrs.frozen(kw_only=True, eq=True, hash=False)
class Profile:
    """Weights in log-odds (nats) and the thresholds of the outputs, with a name and version."""

    name: str = attrs.field(
        validator=_text, metadata=doc("The profile's name, printed with every score.")
    )
    version: str = attrs.field(
        validator=_text,
        metadata=doc("The profile's version, printed with every score: change it with a weight."),
    )
    description: str = attrs.field(validator=_text, metadata=doc("What sets the profile apart."))
    prior: float = parameter(
        "prior",
        "Probability of the allegation before any evidence.",
        Range(low=0.0, high=1.0, low_included=False, high_included=False),
    )
    p_floor: float = parameter(
        "p_floor",
        "The least likelihood a score reports, so that no score claims certainty.",
        Range(low=0.01, high=1.0, high_included=False),
        why="the likelihood never goes below 0.01",
    )
    p_ceiling: float = parameter(
        "p_ceiling",
        "The greatest likelihood a score reports, so that no score claims certainty.",
        Range(low=0.0, high=0.99, low_included=False),
        why="the likelihood never goes above 0.99",
        also=_above_floor,
    )
    kind_weight: Mapping[EvidenceKind, float] = parameter(
        "K[kind]", "How much a kind of evidence can say, in nats.", NON_NEGATIVE, keys=EvidenceKind
    )
    reliability_weight: Mapping[Reliability, float] = parameter(
        "r(reliability)",
        "The factor of the source's reliability, Admiralty A to F.",
        NON_NEGATIVE,
        keys=Reliability,
    )
    credibility_weight: Mapping[Credibility, float] = parameter(
        "c(credibility)",
        "The factor of the item's credibility, Admiralty 1 to 6; 1 counts as 1 only when the"
        " item says where outside the corpus it is confirmed, else as 2.",
        NON_NEGATIVE,
        keys=Credibility,
    )
    role_supports: Mapping[Role, float] = parameter(
        "M[role, supports]",
        "The factor of the party's role for a supporting item.",
        NON_NEGATIVE,
        keys=Role,
    )
    role_refutes: Mapping[Role, float] = parameter(
        "M[role, refutes]",
        "The factor of the party's role for a refuting item.",
        NON_NEGATIVE,
        keys=Role,
    )
    clusters: Mapping[ClusterKind, ClusterRule] = attrs.field(
        converter=_frozen_mapping,
        validator=_clusters,
        metadata=doc("ρ and cap for each kind of cluster."),
    )
    camp_rho: float = parameter(
        "ρ camp",
        "How much the accuser camp's clusters after the strongest add.",
        FRACTION,
    )
    camp_cap: float = parameter(
        "cap camp",
        "The most the accuser camp's support can add to the log-odds, however many interested"
        " states assert the allegation.",
        Range(low=0.0, high=1.5, low_included=False),
        why="one interested party alone cannot lift the log-odds by more than 1.5; and below"
        " what one direct admission by the accused is worth",
        also=_below_admission,
    )
    organisation_rho: float = parameter(
        "ρ organisation",
        "How much one independent organisation's clusters after the strongest add: its several"
        " examinations and reports share its method and its blind spots.",
        FRACTION,
    )
    denial_floor: float = parameter(
        "denial floor",
        "The most that all the accused parties' denials together take from the log-odds.",
        Range(low=0.0, high=0.5),
        why="any number of denials lowers the log-odds by at most 0.5",
    )
    response_credibility: Credibility = parameter(  # noqa: RUF009  (an attrs field, not a default)
        "response credibility",
        "The credibility an official response gets when it records none of its own.",
        Range(low=1, high=6),
    )
    min_support: float = parameter(
        "min support",
        "The least a cluster must be worth, in nats, to count as support for the confidence level.",
        NON_NEGATIVE,
    )
    first_hand_min_directness: float = parameter(
        "first-hand min directness",
        "The least directness an independent source's first-hand or documentary item needs to"
        " make confidence high: it must bear on the proposition itself, not on circumstance"
        " around it.",
        FRACTION,
    )
    strong_refutation: float = parameter(
        "strong refutation",
        "An independent cluster worth this much against the allegation, or more, is a strong"
        " refutation, which rules out high confidence.",
        POSITIVE,
    )

    def credibility_factor(self, credibility: int, confirmed_outside: bool) -> float:
        """c(credibility); a 1 that does not say where it is confirmed counts as a 2."""
        return self.credibility_weight[effective_credibility(credibility, confirmed_outside)]

    def role_factor(self, role: Role, sign: int) -> float:
        if sign > 0:
            return self.role_supports[role]
        if sign < 0:
            return self.role_refutes[role]
        return 0.0

    def rule(self, kind: ClusterKind) -> ClusterRule:
        return self.clusters[kind]

    def least_admission(self) -> float:
        """The least one direct admission by a binding speaker counts for, alone, in nats.

        From a source graded A or B, with credibility 1 or 2; capped as a single item.
        """
        weight = (
            self.kind_weight[EvidenceKind.ADMISSION]
            * min(self.reliability_weight[Reliability.A], self.reliability_weight[Reliability.B])
            * min(self.credibility_weight[Credibility(1)], self.credibility_weight[Credibility(2)])
            * self.role_supports[Role.ACCUSED]
            * Directness.DIRECT.number
        )
        return min(weight, self.rule(ClusterKind.SINGLE).cap)

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"


def effective_credibility(credibility: int, confirmed_outside: bool) -> Credibility:
    """The credibility an item counts with: a 1 that does not say where outside the corpus it
    is confirmed counts as a 2 (a grade given for other items of the corpus would count their
    corroboration twice)."""
    if credibility == 1 and not confirmed_outside:
        return Credibility.PROBABLY_TRUE
    # Looked up, not called: Credibility(n) costs a microsecond per item, and the loader has
    # checked the grade already (an unknown one still raises, through the call).
    return _CREDIBILITY.get(credibility) or Credibility(credibility)


_CREDIBILITY: Final[Mapping[int, Credibility]] = {int(grade): grade for grade in Credibility}


def parameters(cls: type = Profile) -> Iterator[tuple[attrs.Attribute[Any], Parameter]]:
    """The parameter fields of a profile (or a cluster rule), in their order, with their facts."""
    for field in attrs.fields(cls):
        fact = field.metadata.get(PARAMETER)
        if fact is not None:
            yield field, fact


_SUPPORTS: Final = {
    Role.INDEPENDENT: 1.0,
    Role.THIRD_PARTY: 0.7,
    Role.ACCUSER: 0.6,
    Role.ALLY: 0.6,
    Role.ACCUSED: 1.5,
}

STANDARD: Final = Profile(
    name="standard",
    version="1.0",
    description="The proposed weights; the accuser camp capped like one party.",
    prior=0.5,
    p_floor=0.01,
    p_ceiling=0.99,
    kind_weight={
        EvidenceKind.PHYSICAL_EXAMINATION: 3.0,
        EvidenceKind.VERIFIED_DOCUMENTS: 2.5,
        EvidenceKind.EXPERT_FINDING: 2.5,
        EvidenceKind.ADMISSION: 2.5,
        EvidenceKind.GEOLOCATED_IMAGERY: 2.0,
        EvidenceKind.DATASET: 2.0,
        EvidenceKind.TESTIMONY: 1.5,
        EvidenceKind.INTELLIGENCE_ASSESSMENT: 1.5,
        EvidenceKind.OFFICIAL_STATEMENT: 1.0,
        EvidenceKind.DENIAL: 1.0,
        EvidenceKind.MEDIA_REPORT: 0.7,
        EvidenceKind.NO_INDICATION: 0.5,
        EvidenceKind.CONDUCT: 0.3,
    },
    # MISP's numeric Admiralty values /100: A 100, B 75, C 50, D 25, E 0, F 50.
    reliability_weight={
        Reliability.A: 1.0,
        Reliability.B: 0.75,
        Reliability.C: 0.5,
        Reliability.D: 0.25,
        Reliability.E: 0.0,
        Reliability.F: 0.5,
    },
    credibility_weight=dict(zip(Credibility, (0.9, 0.7, 0.5, 0.3, 0.1, 0.5), strict=True)),
    role_supports=_SUPPORTS,
    # Against the allegation, independent and third parties weigh the same; an accuser's own
    # caveats run against its interest (full weight), an accused's denial serves its own (0.2).
    role_refutes={**_SUPPORTS, Role.ACCUSER: 1.0, Role.ALLY: 1.0, Role.ACCUSED: 0.2},
    clusters={
        ClusterKind.DENIAL: ClusterRule(rho=0.3, cap=1.5),
        ClusterKind.ARTIFACT: ClusterRule(rho=0.3, cap=3.0),
        ClusterKind.ORIGIN: ClusterRule(rho=0.0, cap=3.0),
        ClusterKind.PARTY: ClusterRule(rho=0.3, cap=1.5),
        ClusterKind.ORGANISATION: ClusterRule(rho=0.5, cap=3.0),
        ClusterKind.SINGLE: ClusterRule(rho=0.0, cap=3.0),
    },
    camp_rho=0.5,
    camp_cap=1.5,
    organisation_rho=0.5,
    denial_floor=0.5,
    response_credibility=Credibility(6),
    min_support=0.25,
    # Partial: an item about part of the proposition itself (the origin of one missile), not
    # about circumstance around it (rail cars whose cargo cannot be identified).
    first_hand_min_directness=Directness.PARTIAL.number,
    strong_refutation=1.0,
)

#: For a second opinion: interested parties and the press count less, dependence more.
STRICT: Final = attrs.evolve(
    STANDARD,
    name="strict",
    version="1.0",
    description="Interested parties capped lower, press and statements weaker, more dependence.",
    kind_weight={
        **STANDARD.kind_weight,
        EvidenceKind.OFFICIAL_STATEMENT: 0.7,
        EvidenceKind.MEDIA_REPORT: 0.4,
        EvidenceKind.INTELLIGENCE_ASSESSMENT: 1.0,
    },
    clusters={
        **STANDARD.clusters,
        ClusterKind.ARTIFACT: ClusterRule(rho=0.2, cap=3.0),
        ClusterKind.PARTY: ClusterRule(rho=0.2, cap=1.0),
        ClusterKind.ORGANISATION: ClusterRule(rho=0.3, cap=3.0),
    },
    camp_rho=0.3,
    camp_cap=1.0,
    organisation_rho=0.3,
    min_support=0.4,
)

BUILTIN: Final = {profile.name: profile for profile in (STANDARD, STRICT)}
