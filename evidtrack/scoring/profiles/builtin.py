"""The built-in profiles: ``standard`` (scoring.md part B as written) and ``strict``."""

from __future__ import annotations

from typing import Final

import attrs

from evidtrack.model import Directness, EvidenceKind, Reliability, Role
from evidtrack.scoring.profiles.profile import ClusterKind, ClusterRule, Profile

STANDARD: Final = Profile(
    name="standard",
    version="1.0",
    description="The weights of scoring.md part B; the accuser camp capped like one party.",
    prior=0.5,
    p_floor=0.01,
    p_ceiling=0.99,
    kind_weight={
        EvidenceKind.PHYSICAL_EXAMINATION: 3.0,
        EvidenceKind.VERIFIED_DOCUMENTS: 2.5,
        EvidenceKind.EXPERT_FINDING: 2.5,
        EvidenceKind.ADMISSION: 2.5,
        EvidenceKind.GEOLOCATED_IMAGERY: 2.0,
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
    credibility_weight={1: 0.9, 2: 0.7, 3: 0.5, 4: 0.3, 5: 0.1, 6: 0.5},
    role_supports={
        Role.INDEPENDENT: 1.0,
        Role.THIRD_PARTY: 0.7,
        Role.ACCUSER: 0.6,
        Role.ALLY: 0.6,
        Role.ACCUSED: 1.5,
    },
    role_refutes={
        Role.INDEPENDENT: 1.0,
        Role.THIRD_PARTY: 0.7,
        Role.ACCUSER: 1.0,
        Role.ALLY: 1.0,
        Role.ACCUSED: 0.2,
    },
    directness_weight={
        Directness.DIRECT: 1.0,
        Directness.PARTIAL: 0.6,
        Directness.CIRCUMSTANTIAL: 0.3,
    },
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
    response_credibility=6,
    min_support=0.25,
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
