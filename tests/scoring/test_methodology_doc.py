"""The methodology page says what the code does: its profile table equals the built-in profiles."""

from __future__ import annotations

from pathlib import Path

from evidtrack.model import Directness, EvidenceKind, Reliability, Role
from evidtrack.scoring import STANDARD, STRICT, Profile
from evidtrack.scoring.profiles import ClusterKind

PAGE = Path(__file__).resolve().parents[2] / "evidtrack" / "docs" / "pages" / "methodology.md"
ROLES = (Role.INDEPENDENT, Role.THIRD_PARTY, Role.ACCUSER, Role.ALLY, Role.ACCUSED)


def _n(*values: float) -> str:
    return ", ".join(str(v) for v in values)


def expected_rows(profile: Profile) -> dict[str, str]:
    return {
        "prior": _n(profile.prior),
        "p_floor, p_ceiling": _n(profile.p_floor, profile.p_ceiling),
        **{f"K {kind.value}": _n(profile.kind_weight[kind]) for kind in EvidenceKind},
        "r A, B, C, D, E, F": _n(*(profile.reliability_weight[g] for g in Reliability)),
        "c 1, 2, 3, 4, 5, 6": _n(*(profile.credibility_weight[c] for c in range(1, 7))),
        "M supports: independent, third_party, accuser, ally, accused": _n(
            *(profile.role_supports[r] for r in ROLES)
        ),
        "M refutes: independent, third_party, accuser, ally, accused": _n(
            *(profile.role_refutes[r] for r in ROLES)
        ),
        "directness: direct, partial, circumstantial": _n(
            *(profile.directness_weight[d] for d in Directness)
        ),
        **{
            f"cluster {kind.value} ρ / cap": f"{profile.rule(kind).rho} / {profile.rule(kind).cap}"
            for kind in ClusterKind
        },
        "camp_rho, camp_cap": _n(profile.camp_rho, profile.camp_cap),
        "denial_floor": _n(profile.denial_floor),
        "response_credibility": str(profile.response_credibility),
        "min_support": _n(profile.min_support),
        "strong_refutation": _n(profile.strong_refutation),
    }


def test_profile_table_matches_the_code() -> None:
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    header = f"| parameter | {STANDARD.label} | {STRICT.label} |"
    start = lines.index(header) + 2
    table: dict[str, tuple[str, str]] = {}
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        name, standard, strict = (cell.strip() for cell in line.strip("|").split("|"))
        table[name] = (standard, strict)
    want_standard, want_strict = expected_rows(STANDARD), expected_rows(STRICT)
    assert set(table) == set(want_standard)
    for name, (standard, strict) in table.items():
        assert (standard, strict) == (want_standard[name], want_strict[name]), name


def test_page_cites_the_standards_of_scoring_md_part_a() -> None:
    text = PAGE.read_text(encoding="utf-8")
    for source in (
        "S/2006/997",
        "2159 (2014)",
        "2407 (2018)",
        "AJP-2.1",
        "STANAG 2511",
        "FM 2-22.3",
        "MISP",
        "ICD 203",
        "STIX 2.1",
        "Heuer",
        "801(d)(2)",
        "804(b)(3)",
        "Nicaragua",
        "Conflict Armament Research",
        "ACLED",
    ):
        assert source in text, source
