"""Profiles: the built-in tables, user profiles from TOML/YAML, and located errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidtrack.model import EvidenceKind, Role
from evidtrack.scoring import BUILTIN, STANDARD, STRICT, ProfileError, profile_from_mapping, score
from evidtrack.scoring.profiles import ClusterKind, check_profile
from evidtrack.scoring.profiles.files import BAD_PROFILE, load_profile
from tests.scoring.worlds import world


def test_builtin_profiles_are_valid_and_named() -> None:
    assert set(BUILTIN) == {"standard", "strict"}
    for profile in BUILTIN.values():
        assert check_profile(profile) == []
        assert profile.version
        assert set(profile.kind_weight) == set(EvidenceKind)
        assert set(profile.role_supports) == set(Role) == set(profile.role_refutes)
        assert set(profile.clusters) == set(ClusterKind)


def test_standard_is_scoring_md_part_b() -> None:
    assert STANDARD.kind_weight[EvidenceKind.PHYSICAL_EXAMINATION] == 3.0
    assert STANDARD.kind_weight[EvidenceKind.CONDUCT] == 0.3
    assert STANDARD.role_supports[Role.ACCUSED] == 1.5
    assert STANDARD.role_refutes[Role.ACCUSED] == 0.2
    assert STANDARD.rule(ClusterKind.PARTY).cap == 1.5
    assert STANDARD.rule(ClusterKind.ORIGIN).rho == 0.0
    assert STANDARD.denial_floor == 0.5
    assert STANDARD.prior == 0.5


def test_every_assessment_carries_profile_name_and_version() -> None:
    custom = profile_from_mapping({"name": "mine", "version": "7", "base": "strict"})
    for profile in (STANDARD, STRICT, custom):
        assessed = score("alg", world(), profile=profile)
        assert (assessed.profile_name, assessed.profile_version) == (
            profile.name,
            profile.version,
        )
        assert assessed.to_dict()["profile"] == {"name": profile.name, "version": profile.version}


def test_user_profile_overrides_its_base() -> None:
    profile = profile_from_mapping(
        {
            "name": "cautious",
            "version": "1",
            "prior": 0.3,
            "kind_weight": {"media_report": 0.2},
            "credibility_weight": {"1": 0.8, 2: 0.6},
            "clusters": {"party": {"cap": 1.0}},
        }
    )
    assert profile.prior == 0.3
    assert profile.kind_weight[EvidenceKind.MEDIA_REPORT] == 0.2
    assert profile.kind_weight[EvidenceKind.ADMISSION] == 2.5  # from standard
    assert profile.credibility_weight[1] == 0.8
    assert profile.credibility_weight[2] == 0.6
    assert profile.rule(ClusterKind.PARTY).cap == 1.0
    assert profile.rule(ClusterKind.PARTY).rho == STANDARD.rule(ClusterKind.PARTY).rho


@pytest.mark.parametrize(
    ("mapping", "path", "words"),
    [
        ({"version": "1"}, ("name",), "missing 'name'"),
        ({"name": "x", "version": 1}, ("version",), "non-empty text"),
        ({"name": "x", "version": "1", "priro": 0.4}, ("priro",), "did you mean 'prior'"),
        ({"name": "x", "version": "1", "prior": True}, ("prior",), "finite number"),
        ({"name": "x", "version": "1", "prior": 1.5}, ("prior",), "strictly in (0, 1)"),
        ({"name": "x", "version": "1", "base": "lax"}, ("base",), "no built-in profile"),
        (
            {"name": "x", "version": "1", "kind_weight": {"rumour": 1}},
            ("kind_weight", "rumour"),
            "unknown key",
        ),
        (
            {"name": "x", "version": "1", "clusters": {"party": {"rho": 2}}},
            ("clusters", "party", "rho"),
            "[0, 1]",
        ),
        (
            {"name": "x", "version": "1", "clusters": {"party": {"weight": 2}}},
            ("clusters", "party", "weight"),
            "unknown key",
        ),
        (
            {"name": "x", "version": "1", "response_credibility": 7},
            ("response_credibility",),
            "1..6",
        ),
        (
            {"name": "x", "version": "1", "role_supports": {"ally": -1}},
            ("role_supports", "ally"),
            "negative",
        ),
    ],
)
def test_bad_profiles_say_which_key(
    mapping: dict[str, object], path: tuple[str, ...], words: str
) -> None:
    with pytest.raises(ProfileError) as caught:
        profile_from_mapping(mapping)
    assert any(p.path == path and words in p.message for p in caught.value.problems), (
        caught.value.problems
    )


@settings(max_examples=200)
@given(st.dictionaries(st.text(max_size=8), st.integers() | st.text(max_size=4), max_size=4))
def test_any_mapping_gives_a_profile_or_problems(mapping: dict[str, object]) -> None:
    problems: tuple[object, ...] = ()
    profile = None
    try:
        profile = profile_from_mapping({"name": "n", "version": "v", **mapping})
    except ProfileError as error:
        problems = error.problems
    if profile is None:
        assert problems, "a refused mapping says why"
    else:
        assert check_profile(profile) == []


def test_yaml_profile_errors_are_located(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("name: mine\nversion: '1'\nkind_weight:\n  media_report: 0.5\n  rumor: 1\n")
    loaded = load_profile(str(path))
    assert loaded.profile is None
    (finding,) = loaded.findings
    assert finding.code == BAD_PROFILE
    assert (finding.location.line, finding.location.column) == (5, 3)
    assert "unknown key 'rumor'" in finding.message


def test_toml_profile_loads_and_errors_name_the_key(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text(
        'name = "mine"\nversion = "2"\nbase = "strict"\n[kind_weight]\nmedia_report = 0.1\n'
    )
    loaded = load_profile(str(good))
    assert loaded.findings == ()
    assert loaded.profile is not None
    assert loaded.profile.kind_weight[EvidenceKind.MEDIA_REPORT] == 0.1
    assert loaded.profile.camp_cap == STRICT.camp_cap
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "mine"\nversion = "2"\n[clusters.party]\nrho = 3\n')
    (finding,) = load_profile(str(bad)).findings
    assert "clusters.party.rho" in finding.message
    broken = tmp_path / "broken.toml"
    broken.write_text('name = "mine\n')
    (finding,) = load_profile(str(broken)).findings
    assert "TOML syntax error" in finding.message
    assert finding.location.line == 1


def test_unknown_profile_name_is_a_finding() -> None:
    (finding,) = load_profile("lenient").findings
    assert "no built-in profile 'lenient'" in finding.message
    assert load_profile("strict").profile is STRICT
